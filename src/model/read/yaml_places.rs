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
