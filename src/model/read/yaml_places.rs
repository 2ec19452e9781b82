//! Where in a YAML document the errors serde_yaml reports without a place are: a key repeated
//! in one mapping, a second document, a forbidden character at a character index. Found by
//! walking saphyr-parser's events (linear in the document), never by matching lines.

use std::collections::HashSet;

use saphyr_parser::{Event, Parser};

/// The 1-based line and column of the first key that repeats an earlier key of its mapping.
pub(crate) fn repeated_key(text: &str) -> Option<(usize, usize)> {
    // One frame per open collection: for a mapping, the keys seen and whether a key comes next.
    let mut frames: Vec<Option<(HashSet<String>, bool)>> = Vec::new();
    for item in Parser::new_from_str(text) {
        let Ok((event, span)) = item else { return None };
        let at = (span.start.line(), span.start.col() + 1);
        match event {
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let mapping = matches!(event, Event::MappingStart(..));
                frames.push(mapping.then(|| (HashSet::new(), true)));
            }
            Event::MappingEnd | Event::SequenceEnd => {
                frames.pop();
                value_done(&mut frames);
            }
            Event::Scalar(value, ..) => match frames.last_mut() {
                Some(Some((keys, key_next @ true))) => {
                    if !keys.insert(value.into_owned()) {
                        return Some(at);
                    }
                    *key_next = false;
                }
                _ => value_done(&mut frames),
            },
            Event::Alias(_) => value_done(&mut frames),
            _ => {}
        }
    }
    None
}

/// A value of the innermost mapping is complete: its next scalar is a key.
fn value_done(frames: &mut [Option<(HashSet<String>, bool)>]) {
    if let Some(Some((_, key_next))) = frames.last_mut() {
        *key_next = true;
    }
}

/// The 1-based line and column where a second document starts, if the text holds more than one.
pub(crate) fn second_document(text: &str) -> Option<(usize, usize)> {
    let mut documents = 0;
    for item in Parser::new_from_str(text) {
        let Ok((event, span)) = item else { return None };
        if let Event::DocumentStart(_) = event {
            documents += 1;
            if documents == 2 {
                return Some((span.start.line(), span.start.col() + 1));
            }
        }
    }
    None
}

/// The 1-based line and column of the character at `index` (counted in characters).
pub(crate) fn character_place(text: &str, index: usize) -> (usize, usize) {
    let (mut line, mut column) = (1, 1);
    for c in text.chars().take(index) {
        if c == '\n' {
            (line, column) = (line + 1, 1);
        } else {
            column += 1;
        }
    }
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_key_is_found_in_its_own_mapping_only() {
        assert_eq!(repeated_key("a: 1\nb: 2\na: 3\n"), Some((3, 1)));
        assert_eq!(repeated_key("a: {x: 1, y: 2}\nb: [x, x]\nc: {x: 1}\n"), None);
        assert_eq!(
            repeated_key("events:\n  - id: a\n    title: t\n    id: b\n"),
            Some((4, 5))
        );
        assert_eq!(repeated_key("a: &v {k: 1}\nb: *v\na: 2\n"), Some((3, 1)));
        assert_eq!(repeated_key("a:\n  - [1, 2]\n  - {a: 1}\nb: 1\n"), None);
    }

    #[test]
    fn a_second_document_is_found_where_it_starts() {
        assert_eq!(second_document("a: 1\n---\nb: 2\n"), Some((2, 1)));
        assert_eq!(second_document("---\na: 1\n"), None);
    }

    #[test]
    fn character_indices_become_lines_and_columns() {
        assert_eq!(character_place("ab\ncd", 4), (2, 2));
        assert_eq!(character_place("éé\nx", 3), (2, 1));
        assert_eq!(character_place("", 0), (1, 1));
    }
}

/// A line and column, from 1.
type Place = (usize, usize);

/// Where each of the `wanted` nodes is, by their paths as serde prints them
/// (`events[3].status`): the 1-based line and column of the key naming it (for the last
/// segment of a mapping) and of its value. One walk over the document whatever the paths.
pub(crate) fn node_places(
    text: &str,
    wanted: &HashSet<String>,
) -> std::collections::HashMap<String, (Place, Place)> {
    enum Frame {
        /// A mapping: the key whose value comes next, if a key has been read.
        Mapping { key: Option<(String, (usize, usize))> },
        /// A sequence: the index of the next item.
        Sequence { next: usize },
    }
    let mut found = std::collections::HashMap::new();
    let mut frames: Vec<Frame> = Vec::new();
    let mut path: Vec<String> = Vec::new();
    let join = |path: &[String]| {
        let mut text = String::new();
        for part in path {
            if !part.starts_with('[') && !text.is_empty() {
                text.push('.');
            }
            text.push_str(part);
        }
        text
    };
    for item in Parser::new_from_str(text) {
        let Ok((event, span)) = item else { break };
        let at = (span.start.line(), span.start.col() + 1);
        // A scalar read as a mapping's key names the value that follows.
        if let (Event::Scalar(value, ..), Some(Frame::Mapping { key: key @ None })) =
            (&event, frames.last_mut())
        {
            *key = Some((value.to_string(), at));
            continue;
        }
        let starts_node = matches!(
            event,
            Event::Scalar(..) | Event::MappingStart(..) | Event::SequenceStart(..) | Event::Alias(..)
        );
        if starts_node {
            // The node starting here: a mapping's value or a sequence's item.
            let key_at = match frames.last_mut() {
                Some(Frame::Mapping { key }) => key.take().map(|(name, key_at)| {
                    path.push(name);
                    key_at
                }),
                Some(Frame::Sequence { next }) => {
                    path.push(format!("[{next}]"));
                    *next += 1;
                    None
                }
                None => None,
            };
            let name = join(&path);
            if !path.is_empty() && wanted.contains(&name) {
                found.insert(name, (key_at.unwrap_or(at), at));
            }
        }
        match event {
            Event::MappingStart(..) => frames.push(Frame::Mapping { key: None }),
            Event::SequenceStart(..) => frames.push(Frame::Sequence { next: 0 }),
            Event::MappingEnd | Event::SequenceEnd => {
                frames.pop();
                path.pop();
            }
            Event::Scalar(..) | Event::Alias(..) => {
                path.pop();
            }
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod node_places_tests {
    use super::*;

    #[test]
    fn nodes_are_found_by_their_printed_paths() {
        let text = "format: 1\nevents:\n  - id: a\n    status: denyed\n    actors: [x, y]\n";
        let wanted: HashSet<String> = ["events[0].status", "events[0].actors[1]", "format"]
            .map(String::from)
            .into();
        let places = node_places(text, &wanted);
        assert_eq!(places.get("events[0].status"), Some(&((4, 5), (4, 13))));
        assert_eq!(places.get("events[0].actors[1]").map(|p| p.1), Some((5, 17)));
        assert_eq!(places.get("format"), Some(&((1, 1), (1, 9))));
        let fixture = include_str!("../../../tests/fixtures/four-problems.yaml");
        let wanted: HashSet<String> = ["events[0].status".to_owned()].into();
        assert_eq!(
            node_places(fixture, &wanted).get("events[0].status").map(|p| p.1),
            Some((18, 13))
        );
    }
}
