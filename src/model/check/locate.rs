//! Finds the line and column of document nodes by path, for diagnostics found after parsing.
//!
//! Only run when there is something to report, so the happy path never pays for it.

use std::collections::{HashMap, HashSet};

use saphyr_parser::{Event, Parser};

use crate::model::diagnostic::NodePath;

/// 1-based line and column of a node.
pub(crate) type Position = (usize, usize);

/// Positions of the requested paths (and their ancestors, as fallbacks) in one document.
pub(crate) struct Locator {
    positions: HashMap<String, Position>,
}

impl Locator {
    /// Walks `text` once, remembering where each wanted path (or one of its ancestors) starts.
    pub(crate) fn new<'p>(text: &str, wanted: impl IntoIterator<Item = &'p NodePath>) -> Self {
        let mut targets = HashSet::new();
        for path in wanted {
            let mut next = Some(*path);
            while let Some(p) = next {
                next = p.parent();
                targets.insert(p.to_string());
            }
        }
        Locator {
            positions: walk(text, &targets),
        }
    }

    /// The node's position, or its nearest ancestor's, or the top of the file.
    pub(crate) fn position(&self, path: &NodePath) -> Position {
        let mut next = Some(*path);
        while let Some(p) = next {
            if let Some(&pos) = self.positions.get(&p.to_string()) {
                return pos;
            }
            next = p.parent();
        }
        (1, 1)
    }
}

enum Frame {
    Sequence { path: String, next_index: usize },
    Mapping { path: String, key: Option<String> },
}

fn walk(text: &str, targets: &HashSet<String>) -> HashMap<String, Position> {
    let mut positions = HashMap::new();
    let mut stack: Vec<Frame> = Vec::new();
    for item in Parser::new_from_str(text) {
        let Ok((event, span)) = item else { break };
        let at = (span.start.line(), span.start.col() + 1);
        match event {
            Event::Scalar(value, ..) => {
                if let Some(path) = node_path(&mut stack, Some(&value)) {
                    remember(&mut positions, targets, path, at);
                }
            }
            Event::Alias(_) => {
                if let Some(path) = node_path(&mut stack, None) {
                    remember(&mut positions, targets, path, at);
                }
            }
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                let path = node_path(&mut stack, None).unwrap_or_else(|| "?".to_owned());
                remember(&mut positions, targets, path.clone(), at);
                stack.push(match event {
                    Event::SequenceStart(..) => Frame::Sequence { path, next_index: 0 },
                    _ => Frame::Mapping { path, key: None },
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                stack.pop();
            }
            _ => {}
        }
    }
    positions
}

/// The path of the node that starts now, or `None` when it is a mapping key (which it records).
fn node_path(stack: &mut [Frame], scalar: Option<&str>) -> Option<String> {
    match stack.last_mut() {
        None => Some(String::new()),
        Some(Frame::Sequence { path, next_index }) => {
            let here = format!("{path}[{next_index}]");
            *next_index += 1;
            Some(here)
        }
        Some(Frame::Mapping { path, key }) => match key.take() {
            None => {
                *key = Some(scalar.unwrap_or("?").to_owned());
                None
            }
            Some(k) if path.is_empty() => Some(k),
            Some(k) => Some(format!("{path}.{k}")),
        },
    }
}

fn remember(
    positions: &mut HashMap<String, Position>,
    targets: &HashSet<String>,
    path: String,
    at: Position,
) {
    if targets.contains(&path) {
        positions.entry(path).or_insert(at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "\
title: T
events:
  - id: a
    actors: [xi, putin]
  - id: b
    actors:
      - id: biden
        role: caller
      - xi
";

    fn locate(path: NodePath) -> Position {
        Locator::new(DOC, [&path]).position(&path)
    }

    fn event(i: usize) -> NodePath {
        NodePath::root().key("events").index(i)
    }

    #[test]
    fn finds_block_and_flow_nodes() {
        assert_eq!(locate(NodePath::root().key("title")), (1, 8));
        assert_eq!(locate(event(0).key("id")), (3, 9));
        assert_eq!(locate(event(0).key("actors").index(1)), (4, 18));
        assert_eq!(locate(event(1).key("actors").index(0).key("role")), (8, 15));
        assert_eq!(locate(event(1).key("actors").index(1)), (9, 9));
    }

    #[test]
    fn missing_nodes_fall_back_to_the_nearest_ancestor() {
        // A block sequence starts at its first dash.
        assert_eq!(locate(event(1).key("actors").index(7)), (7, 7));
        assert_eq!(locate(event(9).key("id")), (3, 3));
    }
}
