//! Reading timelines made elsewhere into chronicle's format: TimelineJS JSON (and its legacy
//! TimelineJS 2 form), the TimelineJS spreadsheet's CSV, and any CSV table of events.
//!
//! Every importer reads the whole file or fails: an event it cannot read is a [`Problem`] that
//! names it, never a silent gap. The result is the format's own structs, written as YAML by the
//! command line.

mod builder;
mod entities;
mod html_text;
mod table;
mod table_date;
mod table_reader;
mod table_row;
mod timelinejs;
mod timelinejs_date;
mod timelinejs_sheet;
mod timelinejs_slide;

use crate::model::RawTimeline;

use builder::Builder;
pub(crate) use builder::first_words;
pub use table::TableColumns;

/// The formats `chronicle import` reads.
#[derive(Debug, Clone)]
pub enum ImportFormat {
    /// TimelineJS 3 JSON, or the legacy TimelineJS 2 JSON.
    TimelineJs,
    /// The TimelineJS spreadsheet template, as CSV.
    TimelineJsSheet,
    /// Any CSV table of events, its columns mapped.
    Table(Box<TableColumns>),
}

/// A timeline read from another format, and what the reader should know about it.
#[derive(Debug)]
pub struct Imported {
    pub timeline: RawTimeline<'static>,
    /// What was left out or moved (backgrounds, map locations), one line each.
    pub notes: Vec<String>,
}

/// Why part of a file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: `event 3 (`Headline`)`, `row 12`, `line 4, column 7`.
    pub place: Option<String>,
    pub message: String,
    pub hint: Option<String>,
}

/// `row 3 (`European`): the Date column: …`: the place, when there is one, then the message.
impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.place {
            Some(place) => write!(f, "{place}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// The file being imported.
#[derive(Debug, Clone)]
pub struct Origin {
    /// Its name, said in the timeline's description and titles.
    pub name: String,
    /// Where a copy of it is kept beside the timeline, relative to the timeline's folder: it
    /// becomes a source (kind `document`) that every event cites.
    pub copy: Option<String>,
}

/// Reads `text` in `format`.
pub fn import(text: &str, format: &ImportFormat, origin: &Origin) -> Result<Imported, Vec<Problem>> {
    let (builder, notes) = match format {
        ImportFormat::TimelineJs => timelinejs::import_timelinejs(text, &origin.name)?,
        ImportFormat::TimelineJsSheet => timelinejs_sheet::import_sheet(text, &origin.name)?,
        ImportFormat::Table(columns) => table::import_table(text, &origin.name, columns)?,
    };
    Ok(Imported {
        timeline: with_origin(builder, origin).finish(),
        notes,
    })
}

/// Whether a CSV file is the TimelineJS spreadsheet rather than another table: its header row
/// has the template's Year and Headline columns.
pub fn is_timelinejs_sheet(text: &str) -> bool {
    timelinejs_sheet::is_template(&table_reader::header_row(text))
}

/// The builder with the kept copy of the imported file as a source every event cites.
fn with_origin(mut builder: Builder, origin: &Origin) -> Builder {
    if let Some(copy) = &origin.copy {
        builder.add_file_source(crate::model::RawSource {
            id: crate::model::slug_of_file(&origin.name).unwrap_or_else(|| "imported-file".to_owned()),
            title: origin.name.clone(),
            kind: crate::model::SourceKind::Document,
            outlet: None,
            url: None,
            published: None,
            text: Some(copy.clone()),
            note: Some("The file this timeline was imported from, kept as it was.".to_owned()),
        });
    }
    builder
}

/// The description's line saying where the timeline came from.
fn origin_line(name: &str, format: &str) -> String {
    format!(
        "Imported from {name} ({format}); every event is marked reported until checked against its sources."
    )
}
