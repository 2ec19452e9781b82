//! `chronicle dates`: the temporal expressions of a text, with their TimeML type and value and
//! the date of the format each date or time maps to.

use std::process::ExitCode;

use chrono::NaiveDate;
use serde::Serialize;

use crate::sanitize::sanitize_line;
use crate::timex::{Timex, find};

use super::args::{DatesArgs, OutputFormat};
use super::beside::read_text;
use super::output::Printer;
use super::{EXIT_INVALID, EXIT_USAGE, write_stdout};

pub(super) fn run(args: &DatesArgs, printer: &Printer) -> ExitCode {
    let published = match publication_date(&args.published) {
        Ok(date) => date,
        Err(message) => {
            printer.stderr_line(&format!("error: {message}"));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let shown = sanitize_line(&args.file.display().to_string()).into_owned();
    let text = match read_text(&args.file) {
        Ok(text) => text,
        Err(message) => {
            printer.stderr_line(&format!("error: {shown}: {}", sanitize_line(&message)));
            return ExitCode::from(EXIT_INVALID);
        }
    };
    let found = find(&text, published);
    let output = match args.format {
        OutputFormat::Text => as_text(&text, &found),
        OutputFormat::Json => as_json(&text, &found, published),
    };
    match write_stdout(&output) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            printer.stderr_line(&format!("error: cannot write to standard output: {e}"));
            ExitCode::from(EXIT_INVALID)
        }
    }
}

/// `--published`: a day, `YYYY-MM-DD`.
pub(super) fn publication_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        format!(
            "--published `{}` is not a day; write it as YYYY-MM-DD (2022-03-14)",
            sanitize_line(text)
        )
    })
}

/// One line per expression: its byte span, type, value, date of the format, and words.
fn as_text(text: &str, found: &[Timex]) -> String {
    let mut out = String::new();
    for timex in found {
        let date = timex.chronicle_date().unwrap_or_else(|| "-".to_owned());
        let words = sanitize_line(
            &text[timex.start..timex.end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        )
        .into_owned();
        let span = format!("{}-{}", timex.start, timex.end);
        out.push_str(&format!(
            "{span:<12} {:<8} {:<14} {date:<23} {words}\n",
            timex.kind.as_str(),
            sanitize_line(&timex.value)
        ));
    }
    out
}

#[derive(Serialize)]
struct Listing<'a> {
    published: String,
    expressions: Vec<Expression<'a>>,
}

#[derive(Serialize)]
struct Expression<'a> {
    /// Byte offsets in the file's text.
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    value: &'a str,
    /// The date of the format, for dates and times on the calendar.
    date: Option<String>,
}

fn as_json(text: &str, found: &[Timex], published: NaiveDate) -> String {
    let listing = Listing {
        published: published.format("%Y-%m-%d").to_string(),
        expressions: found
            .iter()
            .map(|t| Expression {
                start: t.start,
                end: t.end,
                text: &text[t.start..t.end],
                kind: t.kind.as_str(),
                value: &t.value,
                date: t.chronicle_date(),
            })
            .collect(),
    };
    let mut json =
        crate::json_out::to_pretty_string(&listing).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    json.push('\n');
    json
}
