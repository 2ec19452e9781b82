//! The JSON form of the format: the same fields as the YAML, read with serde_json.

use super::raw::RawTimeline;
use super::serde_message::{ParseError, explain, plain_type_names, strip_positions};

/// Parses a timeline document written as JSON.
pub fn parse_timeline(text: &str) -> Result<RawTimeline<'_>, ParseError> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_carry_the_position_and_a_hint() {
        let err = parse_timeline("{\n  \"format\": 1,\n  \"titel\": \"x\"\n}").unwrap_err();
        assert_eq!((err.line, err.column), (3, 9));
        assert_eq!(err.message, "unknown field `titel`");
        assert_eq!(err.hint.as_deref(), Some("did you mean `title`?"));
    }
}
