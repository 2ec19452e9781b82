//! Exporting a timeline, or the part the filters keep, to chronicle's own YAML and JSON and to
//! what newsrooms publish with: a Markdown briefing, TimelineJS, iCalendar and the TimelineJS
//! spreadsheet.

pub(crate) mod escape;
mod ics;
pub(crate) mod markdown;
mod native;
mod selection;
mod sheet;
mod timelinejs;

pub use selection::Selection;
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
    pub text_path: &'a dyn Fn(&Source) -> String,
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
            let raw = native::raw_timeline(selection, options.text_path);
            if format == ExportFormat::Yaml {
                crate::model::timeline_yaml(&raw)?
            } else {
                crate::json_out::to_pretty_string(&raw).map_err(|e| format!("cannot write JSON: {e}"))? + "\n"
            }
        }
        ExportFormat::Markdown => markdown::briefing(selection),
        ExportFormat::TimelineJs | ExportFormat::Csv => {
            let (document, skipped) = timelinejs::document(selection, options.group_by);
            warnings.extend(skipped_warning(&skipped, "TimelineJS needs a known year"));
            if format == ExportFormat::Csv {
                sheet::table(&document)?
            } else {
                crate::json_out::to_pretty_string(&document).map_err(|e| format!("cannot write JSON: {e}"))?
                    + "\n"
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
