//! The only module that touches serde_yaml: YAML text to raw structs, or one located syntax
//! error; and raw structs back to YAML text, for exports.

use crate::model::format::raw::RawTimeline;
use crate::model::read::serde_message::{ParseError, explain, plain_type_names, strip_positions};
use crate::model::read::yaml_places;

/// Parses a timeline document. serde_yaml stops at the first syntax or type error.
pub(crate) fn parse_timeline(text: &str) -> Result<RawTimeline<'_>, ParseError> {
    serde_yaml::from_str(text).map_err(|err| place_unplaced(describe(&err), text))
}

/// A timeline (the format's structs, or what serialises as they do) as a YAML document.
/// Serialising plain structs of strings, numbers and lists cannot fail; should serde_yaml ever
/// refuse, the message says why.
pub(crate) fn write_timeline(timeline: &impl serde::Serialize) -> Result<String, String> {
    serde_yaml::to_string(timeline).map_err(|e| format!("cannot write YAML: {e}"))
}

/// A YAML document as the JSON value it denotes, to validate against the JSON Schema.
pub fn document_as_json(text: &str) -> Result<serde_json::Value, String> {
    serde_yaml::from_str(text).map_err(|e| format!("cannot read YAML: {e}"))
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
/// What is said where the problems stopped being looked for.
const STOPPED: &str = "the check stops here, after 100 problems";

/// After the plain parse failed on a type or field error: the document read as YAML values,
/// each problem recorded at its node and the node set right (removed, or given a placeholder
/// the checks pass), until the whole document reads as a timeline. The timeline is for checking
/// the rest, never for use. `None` when the text is not YAML at all (a syntax error), which the
/// plain parse has reported. JSON is read the same way (a JSON document is YAML too), with the
/// hints for JSON unless `written_in_yaml`.
///
/// Each source, actor and event is read and set right on its own, so a problem costs a read of
/// its item, not of the document: the whole costs about three reads of the document (values,
/// items, and the last whole read), however many problems there are, up to [`MOST_PROBLEMS`].
pub(crate) fn parse_leniently(
    text: &str,
    written_in_yaml: bool,
) -> Option<(Option<RawTimeline<'static>>, Vec<LenientProblem>)> {
    use crate::model::format::raw::{RawActor, RawEvent, RawSource};
    let mut value: serde_yaml::Value = serde_yaml::from_str(text).ok()?;
    // A document that is not a mapping has nothing to set right: the plain parse's message
    // (which says what the document is instead) stands.
    if !value.is_mapping() {
        return None;
    }
    let mut problems = Problems::default();
    let (Ok(sources), Ok(actors), Ok(events)) = (
        set_right_items::<RawSource>(&mut value, "sources", &mut problems),
        set_right_items::<RawActor>(&mut value, "actors", &mut problems),
        set_right_items::<RawEvent<'static>>(&mut value, "events", &mut problems),
    ) else {
        return Some((None, located(text, problems.found, written_in_yaml)));
    };
    // What is left is outside the items (their lists were taken out): the document as a whole.
    let mut raw = loop {
        match first_problem::<RawTimeline<'static>>(&value) {
            Ok(raw) => break raw,
            Err((path, message)) => {
                if !problems.set_right(&mut value, &[], path, message) {
                    return Some((None, located(text, problems.found, written_in_yaml)));
                }
            }
        }
    };
    raw.sources = sources.unwrap_or(raw.sources);
    raw.actors = actors.unwrap_or(raw.actors);
    raw.events = events.unwrap_or(raw.events);
    Some((Some(raw), located(text, problems.found, written_in_yaml)))
}

/// Problems found by a lenient parse: each path as printed, serde's message, and whether the
/// problem is at a key (an unknown field).
#[derive(Default)]
struct Problems {
    found: Vec<(String, String, bool)>,
}

impl Problems {
    /// Records the problem at `path` (within the item at `prefix`) and sets `node` (that item)
    /// right; false when the parse must stop: nothing could be changed, or too many problems.
    fn set_right(
        &mut self,
        node: &mut serde_yaml::Value,
        prefix: &[serde_path_to_error::Segment],
        path: Vec<serde_path_to_error::Segment>,
        message: String,
    ) -> bool {
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
        let whole: Vec<_> = prefix.iter().chain(holder).cloned().collect();
        if self.found.len() == MOST_PROBLEMS {
            // Said at the problem it stopped on.
            self.found.push((print_path(&whole), STOPPED.to_owned(), at_key));
            return false;
        }
        let go_on = lenient_repair::repair(node, &path, &message);
        self.found.push((print_path(&whole), message, at_key));
        go_on
    }
}

/// The parse stopped: nothing could be set right, or there were too many problems.
struct Stopped;

/// Reads each item of the list `field` of the document as a `T`, setting each right until it
/// reads, and takes the list out of the document; `None` when `field` holds no list (the read
/// of the whole document reports that).
fn set_right_items<T: serde::Deserialize<'static>>(
    document: &mut serde_yaml::Value,
    field: &str,
    problems: &mut Problems,
) -> Result<Option<Vec<T>>, Stopped> {
    use serde_path_to_error::Segment;
    let Some(items) = document
        .get_mut(field)
        .and_then(serde_yaml::Value::as_sequence_mut)
    else {
        return Ok(None);
    };
    let mut read = Vec::with_capacity(items.len());
    for (index, item) in items.iter_mut().enumerate() {
        let prefix = [
            Segment::Map {
                key: field.to_owned(),
            },
            Segment::Seq { index },
        ];
        loop {
            match first_problem::<T>(item) {
                Ok(value) => break read.push(value),
                Err((path, message)) => {
                    if !problems.set_right(item, &prefix, path, message) {
                        return Err(Stopped);
                    }
                }
            }
        }
    }
    items.clear();
    Ok(Some(read))
}

/// `node` read as a `T`, or where and why it does not read.
fn first_problem<T: serde::Deserialize<'static>>(
    node: &serde_yaml::Value,
) -> Result<T, (Vec<serde_path_to_error::Segment>, String)> {
    serde_path_to_error::deserialize::<_, T>(node.clone()).map_err(|error| {
        let path = error.path().iter().cloned().collect();
        (path, error.inner().to_string())
    })
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
fn located(text: &str, problems: Vec<(String, String, bool)>, written_in_yaml: bool) -> Vec<LenientProblem> {
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
            let (explained, hint) = match message.as_str() {
                STOPPED => (
                    message,
                    Some("fix these and check again to see the rest".to_owned()),
                ),
                _ => explain(&plain_type_names(&message), written_in_yaml),
            };
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
