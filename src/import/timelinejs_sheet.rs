//! The TimelineJS spreadsheet template as CSV (Year, Month, Day, Time, …, Headline, Text,
//! Media, Type, Group): each row turned into the slide it stands for and read as TimelineJS.

use serde_json::{Map, Value, json};

// The template's one layout, which the export writes.
use crate::export::SHEET_COLUMNS;

use super::Problem;
use super::builder::Builder;
use super::table_reader::read_table;
use super::timelinejs::import_document;

/// The columns a file must have to be the template; the others may be missing.
const NEEDED: [&str; 2] = ["Year", "Headline"];

/// Whether a header row is the template's: it has the [`NEEDED`] columns (in any case).
pub(crate) fn is_template(headers: &[String]) -> bool {
    NEEDED
        .iter()
        .all(|needed| headers.iter().any(|h| h.eq_ignore_ascii_case(needed)))
}

/// Reads the template's CSV; `name` is said in the description.
pub(crate) fn import_sheet(text: &str, name: &str) -> Result<(Builder, Vec<String>), Vec<Problem>> {
    let table = read_table(text)?;
    for needed in NEEDED {
        if table.column(needed).is_none() {
            return Err(vec![Problem {
                place: Some("the header row".to_owned()),
                message: format!("there is no `{needed}` column, so this is not the TimelineJS spreadsheet"),
                hint: Some(format!(
                    "the template's columns are {}; for another table use --format csv",
                    SHEET_COLUMNS.join(", ")
                )),
            }]);
        }
    }
    let mut title = None;
    let mut events = Vec::new();
    let mut eras = Vec::new();
    let mut problems = Vec::new();
    for (row, cells) in table.rows() {
        let cell = |name: &str| table.cell(cells, name).map(str::to_owned);
        let slide = match slide(&cell, row) {
            Ok(slide) => slide,
            Err(message) => {
                problems.push(Problem {
                    place: Some(row.to_owned()),
                    message,
                    hint: None,
                });
                continue;
            }
        };
        match cell("Type").map(|t| t.to_ascii_lowercase()).as_deref() {
            Some("title") if title.is_none() => title = Some(slide),
            Some("title") => problems.push(Problem {
                place: Some(row.to_owned()),
                message: "a second title row; a timeline has one title".to_owned(),
                hint: Some("give this row another Type, or remove it".to_owned()),
            }),
            Some("era") => eras.push(slide),
            _ => events.push(slide),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let document = json!({ "title": title, "events": events, "eras": eras });
    import_document(&document, name, "TimelineJS spreadsheet")
}

/// The TimelineJS 3 slide a row stands for, with its row number.
fn slide(cell: &dyn Fn(&str) -> Option<String>, row: &str) -> Result<Value, String> {
    let date = |prefix: &str| -> Result<Option<Value>, String> {
        let part = |name: &str| cell(&format!("{prefix}{name}"));
        let mut parts = Map::new();
        for (key, name) in [("year", "Year"), ("month", "Month"), ("day", "Day")] {
            if let Some(value) = part(name) {
                parts.insert(key.to_owned(), Value::String(value));
            }
        }
        if let Some(time) = part("Time") {
            let clock = clock(&time).ok_or_else(|| {
                format!("the {prefix}Time `{time}` is not a time of day (HH:MM, HH:MM:SS, with AM or PM if 12-hour)")
            })?;
            for (key, value) in ["hour", "minute", "second", "millisecond"].iter().zip(clock) {
                if let Some(value) = value {
                    parts.insert((*key).to_owned(), Value::String(value.to_string()));
                }
            }
        }
        Ok((!parts.is_empty()).then_some(Value::Object(parts)))
    };
    let mut slide = json!({
        "row": row,
        "text": { "headline": cell("Headline"), "text": cell("Text") },
        "media": { "url": cell("Media"), "credit": cell("Media Credit"), "caption": cell("Media Caption") },
        "group": cell("Group"),
        "display_date": cell("Display Date"),
        "background": cell("Background"),
    });
    if let Value::Object(fields) = &mut slide {
        if let Some(start) = date("")? {
            fields.insert("start_date".to_owned(), start);
        }
        if let Some(end) = date("End ")? {
            fields.insert("end_date".to_owned(), end);
        }
    }
    Ok(slide)
}

/// `9:30`, `14:05:09`, `14:05:09.250`, `2:30 PM`: hour, minute, second and millisecond.
fn clock(text: &str) -> Option<[Option<u32>; 4]> {
    let lower = text.trim().to_ascii_lowercase();
    let (clock, meridiem) = match lower.strip_suffix("pm").or_else(|| lower.strip_suffix("p.m.")) {
        Some(rest) => (rest.trim(), Some(12)),
        None => match lower.strip_suffix("am").or_else(|| lower.strip_suffix("a.m.")) {
            Some(rest) => (rest.trim(), Some(0)),
            None => (lower.as_str(), None),
        },
    };
    let (clock, fraction) = clock.split_once('.').map_or((clock, None), |(c, f)| (c, Some(f)));
    let mut numbers = clock.split(':').map(|n| n.trim().parse::<u32>().ok());
    let mut hour = numbers.next()??;
    let minute = numbers.next().map_or(Some(0), |m| m)?;
    let second = numbers.next().flatten();
    if numbers.next().is_some() {
        return None;
    }
    if let Some(offset) = meridiem {
        if !(1..=12).contains(&hour) {
            return None;
        }
        hour = hour % 12 + offset;
    }
    let millisecond = match fraction {
        Some(f) if f.len() <= 3 && !f.is_empty() => Some(format!("{f:0<3}").parse().ok()?),
        Some(_) => return None,
        None => None,
    };
    Some([Some(hour), Some(minute), second, millisecond])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_is_told_by_its_header_read_as_csv() {
        let header = |text: &str| crate::import::table_reader::header_row(text);
        assert!(is_template(&header(
            "\u{feff}\"Year\",\"Notes, free\",headline\n1,2,3\n"
        )));
        assert!(!is_template(&header("Date,Title\n")));
        assert!(
            !is_template(&header("\"Year,Headline\"\n")),
            "one column named with a comma"
        );
    }

    #[test]
    fn clock_times_in_the_forms_sheets_hold() {
        assert_eq!(clock("9:30"), Some([Some(9), Some(30), None, None]));
        assert_eq!(clock("14:05:09"), Some([Some(14), Some(5), Some(9), None]));
        assert_eq!(
            clock("14:05:09.25"),
            Some([Some(14), Some(5), Some(9), Some(250)])
        );
        assert_eq!(clock("2:30 PM"), Some([Some(14), Some(30), None, None]));
        assert_eq!(clock("12:10 am"), Some([Some(0), Some(10), None, None]));
        assert_eq!(clock("12 p.m."), Some([Some(12), Some(0), None, None]));
        assert_eq!(clock("noon"), None);
        assert_eq!(clock("13:00 PM"), None);
        assert_eq!(clock("1:2:3:4"), None);
    }
}
