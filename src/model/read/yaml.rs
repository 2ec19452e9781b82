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

/// One problem found by [`parse_leniently`]: where, what, and a hint.
pub(crate) struct LenientProblem {
    pub line: usize,
    pub column: usize,
    /// The node's path as serde prints it (`events[3].status`).
    pub path: String,
    pub message: String,
    pub hint: Option<String>,
}

/// Problems reported before giving up on a broken document.
const MOST_PROBLEMS: usize = 100;

/// After the plain parse failed on a type or field error: the document read as YAML values,
/// each problem recorded at its node and the node set right (removed, or given a placeholder
/// the checks pass), until the whole document reads as a timeline. The timeline is for checking
/// the rest, never for use. `None` when the text is not YAML at all (a syntax error), which the
/// plain parse has reported.
pub(crate) fn parse_leniently(text: &str) -> Option<(Option<RawTimeline<'static>>, Vec<LenientProblem>)> {
    let mut value: serde_yaml::Value = serde_yaml::from_str(text).ok()?;
    let mut problems: Vec<(String, String, bool)> = Vec::new();
    let raw = loop {
        match serde_path_to_error::deserialize::<_, RawTimeline<'static>>(value.clone()) {
            Ok(raw) => break raw,
            Err(error) => {
                let path: Vec<serde_path_to_error::Segment> = error.path().iter().cloned().collect();
                let message = error.inner().to_string();
                let at_key = message.starts_with("unknown field");
                // An unknown field's path ends at the field: the problem is the holder's.
                let field = message
                    .strip_prefix("unknown field `")
                    .and_then(|m| m.split('`').next());
                let holder = match (path.last(), field) {
                    (Some(serde_path_to_error::Segment::Map { key }), Some(field)) if key == field => {
                        &path[..path.len() - 1]
                    }
                    _ => &path[..],
                };
                let printed = print_path(holder);
                if problems.len() == MOST_PROBLEMS || !lenient_repair::repair(&mut value, &path, &message) {
                    problems.push((printed, message, at_key));
                    return Some((None, located(text, problems)));
                }
                problems.push((printed, message, at_key));
            }
        }
    };
    Some((Some(raw), located(text, problems)))
}

/// The failing node's path as serde prints it: for an unknown field, the mapping holding it.
fn print_path(path: &[serde_path_to_error::Segment]) -> String {
    use serde_path_to_error::Segment;
    let mut printed = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => printed.push_str(&format!("[{index}]")),
            Segment::Map { key } => {
                if !printed.is_empty() {
                    printed.push('.');
                }
                printed.push_str(key);
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    printed
}

/// Each problem with its line and column, its message explained as the plain parse's are.
fn located(text: &str, problems: Vec<(String, String, bool)>) -> Vec<LenientProblem> {
    // An unknown field is found at its key: the holder's path and the field's name.
    let node_of = |path: &str, message: &str, at_key: bool| match (
        at_key,
        message
            .strip_prefix("unknown field `")
            .and_then(|m| m.split('`').next()),
    ) {
        (true, Some(field)) if path.is_empty() => field.to_owned(),
        (true, Some(field)) => format!("{path}.{field}"),
        _ => path.to_owned(),
    };
    let wanted: std::collections::HashSet<String> =
        problems.iter().map(|(p, m, k)| node_of(p, m, *k)).collect();
    let places = yaml_places::node_places(text, &wanted);
    problems
        .into_iter()
        .map(|(path, message, at_key)| {
            let node = node_of(&path, &message, at_key);
            let (line, column) = places
                .get(&node)
                .map_or((1, 1), |(key, value)| if at_key { *key } else { *value });
            let (explained, hint) = explain(&plain_type_names(&message), true);
            LenientProblem {
                line,
                column,
                message: if path.is_empty() {
                    explained
                } else {
                    format!("{path}: {explained}")
                },
                path: node,
                hint,
            }
        })
        .collect()
}

#[path = "lenient_repair.rs"]
mod lenient_repair;
