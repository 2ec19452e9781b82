//! The only module that touches serde_yaml: YAML text to raw structs, or one located syntax error.

use crate::model::format::raw::RawTimeline;
use crate::model::read::serde_message::{ParseError, explain, plain_type_names, strip_positions};

/// Parses a timeline document. serde_yaml stops at the first syntax or type error.
pub(crate) fn parse_timeline(text: &str) -> Result<RawTimeline<'_>, ParseError> {
    serde_yaml::from_str(text).map_err(|err| describe(&err))
}

fn describe(err: &serde_yaml::Error) -> ParseError {
    let (line, column) = err.location().map_or((1, 1), |l| (l.line(), l.column()));
    let (message, marks) = strip_positions(&err.to_string());
    let (message, mut hint) = explain(&plain_type_names(&message));
    // libyaml names a second place for context: where the unfinished construct began.
    if let (None, [_, (context_line, context_column)]) = (&hint, marks.as_slice()) {
        hint = Some(format!(
            "it began at line {context_line}, column {context_column}; look for a missing closing quote or bracket"
        ));
    }
    ParseError {
        line,
        column,
        message,
        hint,
    }
}
