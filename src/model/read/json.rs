//! The JSON form of the format: the same fields as the YAML, read with serde_json.

use crate::model::format::raw::RawTimeline;
use crate::model::read::serde_message::{ParseError, explain, plain_type_names, strip_positions};

/// Parses a timeline document written as JSON: one object (serde would also read an array as
/// the timeline's fields in order, and name the wrong thing).
pub(crate) fn parse_timeline(text: &str) -> Result<RawTimeline<'_>, ParseError> {
    let start = text.len() - text.trim_start().len();
    if let Some(first) = text[start..].chars().next().filter(|&c| c != '{') {
        let before = &text[..start];
        let line = before.matches('\n').count() + 1;
        let column = before.len() - before.rfind('\n').map_or(0, |n| n + 1) + 1;
        let what = match first {
            '[' => "an array",
            '"' => "a string",
            _ => "not an object",
        };
        return Err(ParseError {
            line,
            column,
            message: format!("the document is {what}; a timeline is one JSON object"),
            hint: Some("write `{\"format\": 1, \"title\": …, \"events\": […]}`; see docs/format.md".into()),
        });
    }
    serde_json::from_str(text).map_err(|err| {
        let (message, _) = strip_positions(&err.to_string());
        let (message, hint) = explain(&plain_type_names(&message), false);
        ParseError {
            line: err.line().max(1),
            column: err.column().max(1),
            message,
            hint,
        }
    })
}
