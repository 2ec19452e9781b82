//! Exporting a timeline, or the part the filters keep, to chronicle's own YAML and JSON and to
//! what newsrooms publish with: a Markdown briefing, TimelineJS, iCalendar and the TimelineJS
//! spreadsheet.

mod actor_object;
pub(crate) mod escape;
mod ics;
pub(crate) mod markdown;
mod native;
mod native_event;
mod selection;
mod sheet;
mod timelinejs;

pub(crate) use actor_object::ActorObject;
pub use selection::Selection;
pub(crate) use sheet::COLUMNS as SHEET_COLUMNS;
pub use timelinejs::GroupBy;

use crate::model::Source;

/// The formats `chronicle export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Yaml,
    Json,
    Markdown,
    TimelineJs,
    Ics,
    Csv,
}

/// What an export needs beyond the selection.
pub struct ExportOptions<'a> {
    pub group_by: Option<GroupBy>,
    /// The path each source's text is written under in YAML and JSON (the export may place the
    /// texts beside it).
    pub text_path: &'a dyn Fn(&Source) -> Option<String>,
    /// Whether the export is shown on a terminal: JSON then writes the characters a terminal
    /// acts on as `\u` escapes (see [`crate::json_out`]); in a file they are written as they are.
    pub for_terminal: bool,
    /// When the export is made, for iCalendar's DTSTAMP.
    pub now: chrono::DateTime<chrono::Utc>,
}

/// An export's text, and warnings about what it could not carry.
pub struct Exported {
    pub text: String,
    pub warnings: Vec<String>,
}

/// The selection written in `format`.
pub fn export(
    selection: &Selection<'_>,
    format: ExportFormat,
    options: &ExportOptions<'_>,
) -> Result<Exported, String> {
    let mut warnings = dropped_link_warning(selection).into_iter().collect::<Vec<_>>();
    let text = match format {
        ExportFormat::Yaml | ExportFormat::Json => {
            let document = native::document(selection, options.text_path, format == ExportFormat::Json);
            if format == ExportFormat::Yaml {
                crate::model::timeline_yaml(&document)?
            } else {
                json(&document, options.for_terminal)?
            }
        }
        ExportFormat::Markdown => markdown::briefing(selection),
        ExportFormat::TimelineJs | ExportFormat::Csv => {
            let (document, skipped) = timelinejs::document(selection, options.group_by);
            warnings.extend(skipped_warning(&skipped, "TimelineJS needs a known year"));
            if format == ExportFormat::Csv {
                sheet::table(&document)?
            } else {
                json(&document, options.for_terminal)?
            }
        }
        ExportFormat::Ics => {
            let (calendar, skipped) = ics::calendar(selection, options.now);
            warnings.extend(skipped_warning(
                &skipped,
                "an iCalendar entry needs a day or a range of days within the years 1–9999",
            ));
            calendar
        }
    };
    Ok(Exported { text, warnings })
}

/// A date as listings show it, in words for readers of a page: `≤ 13 Mar 2022` is `on or
/// before 13 Mar 2022`, `≥ 2022` is `on or after 2022`; other dates read as they are.
pub(crate) fn in_words(date: &str) -> String {
    if let Some(rest) = date.strip_prefix("≤ ") {
        format!("on or before {rest}")
    } else if let Some(rest) = date.strip_prefix("≥ ") {
        format!("on or after {rest}")
    } else {
        date.to_owned()
    }
}

/// Pretty JSON ending in a newline: inert for a terminal, or exactly as serde_json writes it.
fn json(value: &impl serde::Serialize, for_terminal: bool) -> Result<String, String> {
    let written = if for_terminal {
        crate::json_out::to_pretty_string(value)
    } else {
        serde_json::to_string_pretty(value)
    };
    let mut text = written.map_err(|e| format!("cannot write JSON: {e}"))?;
    text.push('\n');
    Ok(text)
}

/// One warning for the `related` links that point outside a filtered export.
fn dropped_link_warning(selection: &Selection<'_>) -> Option<String> {
    let dropped = selection.dropped_links();
    let shown: Vec<String> = dropped
        .iter()
        .take(5)
        .map(|(from, to)| format!("`{from}` → `{to}`"))
        .collect();
    let more = dropped.len().saturating_sub(shown.len());
    let more = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    (!dropped.is_empty()).then(|| {
        format!(
            "{} related link{} point{} to events the filters leave out and {} dropped: {}{more}",
            dropped.len(),
            if dropped.len() == 1 { "" } else { "s" },
            if dropped.len() == 1 { "s" } else { "" },
            if dropped.len() == 1 { "is" } else { "are" },
            shown.join(", ")
        )
    })
}

/// One warning naming the events an export left out, and why.
fn skipped_warning(ids: &[String], why: &str) -> Option<String> {
    let shown: Vec<String> = ids.iter().take(5).map(|id| format!("`{id}`")).collect();
    let more = ids.len().saturating_sub(shown.len());
    let more = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    (!ids.is_empty()).then(|| {
        format!(
            "{} event{} left out ({why}): {}{more}",
            ids.len(),
            if ids.len() == 1 { "" } else { "s" },
            shown.join(", ")
        )
    })
}
