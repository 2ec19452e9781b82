//! The loader on mutated copies of a real timeline: a timeline, or diagnostics that each say where
//! and what, never a panic.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on what they rely on.

use chronicle::model::{Input, TextsInMemory, load_inputs};
use proptest::prelude::{Just, ProptestConfig, Strategy, prop, prop_assert, prop_oneof, proptest};

const TIMELINE: &str = include_str!("fixtures/sample/timeline.yaml");
const ARTICLE: &str = include_str!("fixtures/sample/article.txt");

/// Pieces of YAML that change a document's structure, and bytes that trouble parsers.
const PIECES: &[&str] = &[
    "events:",
    "- id: x",
    "\n",
    "\r\n",
    "\t",
    "  ",
    ": ",
    "- ",
    "#",
    "'",
    "\"",
    "{",
    "}",
    "[",
    "]",
    "&a ",
    "*a",
    "<<: *a",
    "|\n",
    ">-\n",
    "---\n",
    "...\n",
    "\u{feff}",
    "\u{0}",
    "\u{202e}",
    "?",
    "!!str ",
    "~",
    "null",
    "2022-13-45",
    "status: denyed",
    "actors: [nobody]",
    "quote: not there",
];

/// One change to the text: bytes removed, a piece inserted, or a line repeated or dropped.
#[derive(Debug, Clone)]
enum Mutation {
    Remove { at: usize, len: usize },
    Insert { at: usize, piece: &'static str },
    RepeatLine { line: usize },
    DropLine { line: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (0..TIMELINE.len(), 1..40usize).prop_map(|(at, len)| Mutation::Remove { at, len }),
        (0..TIMELINE.len(), prop::sample::select(PIECES))
            .prop_map(|(at, piece)| Mutation::Insert { at, piece }),
        (0..400usize).prop_map(|line| Mutation::RepeatLine { line }),
        (0..400usize).prop_map(|line| Mutation::DropLine { line }),
        Just(Mutation::Insert {
            at: 0,
            piece: "\u{feff}"
        }),
    ]
}

/// The nearest char boundary at or before `at`.
fn boundary(text: &str, at: usize) -> usize {
    (0..=at.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

fn mutate(mut text: String, mutation: &Mutation) -> String {
    match *mutation {
        Mutation::Remove { at, len } => {
            let start = boundary(&text, at);
            let end = boundary(&text, start + len);
            text.replace_range(start..end, "");
        }
        Mutation::Insert { at, piece } => text.insert_str(boundary(&text, at), piece),
        Mutation::RepeatLine { line } | Mutation::DropLine { line } => {
            let mut lines: Vec<&str> = text.split('\n').collect();
            let line = line % lines.len();
            match mutation {
                Mutation::RepeatLine { .. } => lines.insert(line, lines[line]),
                _ => drop(lines.remove(line)),
            }
            text = lines.join("\n");
        }
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_mutated_timeline_loads_or_is_refused_with_located_diagnostics(
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let text = mutations.iter().fold(TIMELINE.to_owned(), mutate);
        let input = Input {
            name: "mutated.yaml".to_owned(),
            text: text.clone(),
            texts: Box::new(TextsInMemory::new([("article.txt", ARTICLE)])),
        };
        match load_inputs(vec![input]) {
            Ok(loaded) => {
                prop_assert!(!loaded.warnings.iter().any(|d| d.is_error()));
                prop_assert!(!loaded.timeline.events.is_empty() || !text.contains("- id:"));
            }
            Err(diagnostics) => {
                prop_assert!(diagnostics.iter().any(|d| d.is_error()));
                let lines = text.split('\n').count();
                for d in &diagnostics {
                    prop_assert!(!d.message.is_empty());
                    prop_assert!(d.file == "mutated.yaml");
                    // Located within the file, or about the whole file (line 0) when it is empty.
                    prop_assert!(d.line <= lines + 1, "{d:?} in {lines} lines");
                    prop_assert!(d.line >= 1 || text.trim().is_empty(), "{d:?} is not located");
                }
            }
        }
    }
}
