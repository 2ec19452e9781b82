//! The JSON form of the format: the same fields as the YAML, read with serde_json.

use crate::model::format::raw::RawTimeline;
use crate::model::read::serde_message::{ParseError, explain, plain_type_names, strip_positions};

/// Parses a timeline document written as JSON.
pub(crate) fn parse_timeline(text: &str) -> Result<RawTimeline<'_>, ParseError> {
    serde_json::from_str(text).map_err(|err| {
        let (message, _) = strip_positions(&err.to_string());
        let (message, hint) = explain(&plain_type_names(&message));
        ParseError {
            line: err.line().max(1),
            column: err.column().max(1),
            message,
            hint,
        }
    })
}
