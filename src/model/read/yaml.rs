//! The only module that touches serde_yaml: YAML text to raw structs, or one located syntax error.

use crate::model::format::raw::RawTimeline;
use crate::model::read::serde_message::{ParseError, explain, plain_type_names, strip_positions};
use crate::model::read::yaml_places;

/// Parses a timeline document. serde_yaml stops at the first syntax or type error.
pub(crate) fn parse_timeline(text: &str) -> Result<RawTimeline<'_>, ParseError> {
    serde_yaml::from_str(text).map_err(|err| place_unplaced(describe(&err), text))
}

/// serde_yaml reports some errors at no place (1:1): they are located in the text here.
fn place_unplaced(mut error: ParseError, text: &str) -> ParseError {
    let located = |error: &mut ParseError, at: Option<(usize, usize)>, hint: &str| {
        if let Some((line, column)) = at {
            (error.line, error.column) = (line, column);
        }
        error.hint = Some(hint.to_owned());
    };
    if error.message.contains("duplicate field") {
        let hint = "a key may appear once in a mapping; remove or merge the repeated one";
        located(&mut error, yaml_places::repeated_key(text), hint);
    } else if error.message.contains("more than one document") {
        error.message = "the file holds more than one YAML document".to_owned();
        let hint = "a timeline is one document: remove the `---` line and what follows, or split the file";
        located(&mut error, yaml_places::second_document(text), hint);
    } else if let Some((head, index)) = error.message.rsplit_once(" at position ")
        && let Ok(index) = index.trim().parse::<usize>()
    {
        error.message = head.to_owned();
        let hint = "timelines are text: remove the character (a NUL byte or another control character)";
        located(&mut error, Some(yaml_places::character_place(text, index)), hint);
    }
    error
}

fn describe(err: &serde_yaml::Error) -> ParseError {
    let (line, column) = err.location().map_or((1, 1), |l| (l.line(), l.column()));
    let (message, marks) = strip_positions(&err.to_string());
    let (message, mut hint) = explain(&plain_type_names(&message), true);
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
