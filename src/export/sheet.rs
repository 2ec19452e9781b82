//! CSV in the column layout of the TimelineJS spreadsheet template, to paste into the sheet:
//! the same slides as the TimelineJS export, every text cell guarded against formula injection.

use super::escape::spreadsheet_cell;
use super::timelinejs::{DateParts, Document, Slide};

/// The template's header row, in its order.
pub(crate) const COLUMNS: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

/// The document as CSV: the header, the title row (`Type` = `title`), then a row per slide.
pub(crate) fn table(document: &Document) -> Result<String, String> {
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    let failed = |e: csv::Error| format!("cannot write CSV: {e}");
    writer.write_record(COLUMNS).map_err(failed)?;
    writer
        .write_record(row(&document.title, "title"))
        .map_err(failed)?;
    for slide in &document.events {
        writer.write_record(row(slide, "")).map_err(failed)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| format!("cannot write CSV: {e}"))?;
    String::from_utf8(bytes).map_err(|e| format!("cannot write CSV: {e}"))
}

fn row(slide: &Slide, kind: &str) -> Vec<String> {
    let (year, month, day, time) = date_cells(slide.start_date.as_ref());
    let (end_year, end_month, end_day, end_time) = date_cells(slide.end_date.as_ref());
    let text = |value: &str| spreadsheet_cell(value).into_owned();
    vec![
        year,
        month,
        day,
        time,
        end_year,
        end_month,
        end_day,
        end_time,
        text(slide.display_date.as_deref().unwrap_or_default()),
        text(&slide.text.headline),
        text(&slide.text.text),
        text(slide.media.as_ref().map_or("", |m| &m.url)),
        text(slide.media.as_ref().map_or("", |m| &m.credit)),
        text(slide.media.as_ref().map_or("", |m| &m.caption)),
        String::new(),
        kind.to_owned(),
        text(slide.group.as_deref().unwrap_or_default()),
        String::new(),
    ]
}

/// Year, month, day and `HH:MM[:SS]` cells; numbers, so a negative year stays a number.
fn date_cells(parts: Option<&DateParts>) -> (String, String, String, String) {
    let Some(parts) = parts else {
        return Default::default();
    };
    let time = match (&parts.hour, &parts.minute) {
        (Some(hour), Some(minute)) => {
            let mut time = format!("{hour:0>2}:{minute:0>2}");
            if let Some(second) = &parts.second {
                time.push_str(&format!(":{second:0>2}"));
            }
            time
        }
        _ => String::new(),
    };
    (
        parts.year.clone(),
        parts.month.clone().unwrap_or_default(),
        parts.day.clone().unwrap_or_default(),
        time,
    )
}
