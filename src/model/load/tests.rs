//! The load's steps, and the plain path held equal to the path large timelines take.

use std::path::Path;

use proptest::prelude::{ProptestConfig, any, prop, prop_assert, prop_assert_eq, proptest};

use super::*;

const SAMPLE: &str = include_str!("../../../tests/fixtures/sample/timeline.yaml");
const PROBLEMS: &str = include_str!("../../../tests/fixtures/several-problems.yaml");
const ESCAPED: &str = include_str!("../../../tests/fixtures/valid/minimal-escaped.json");

use crate::model::TextsInMemory as Texts;

/// Files beside the repository's `folder`.
fn beside(folder: &str) -> Box<dyn SourceTexts> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    Box::new(FilesBeside::new(&folder, false))
}

/// What loading gives, as text: the timeline and warnings, or the diagnostics.
fn shown(inputs: Vec<Input>, strategy: Strategy) -> String {
    match load_with(inputs, &LoadProgress::default(), Some(strategy), false).0 {
        Ok(loaded) => format!("{:#?}\n{:#?}", loaded.timeline, loaded.warnings),
        Err(diagnostics) => format!("{diagnostics:#?}"),
    }
}

fn input(name: &str, text: &str, texts: Box<dyn SourceTexts>) -> Input {
    Input {
        name: name.to_owned(),
        text: text.to_owned(),
        texts,
    }
}

/// Every way of sharing out the steps that a test tries against the plain path.
const SHARED: [Strategy; 4] = [
    Strategy::EveryCore { parts: 1 },
    Strategy::EveryCore { parts: 2 },
    Strategy::EveryCore { parts: 3 },
    Strategy::EveryCore { parts: 7 },
];

#[test]
fn every_core_loads_the_repository_files_as_the_plain_path_does() {
    // Each case: files as (name, text, folder of its sources), and what the load must show.
    type Files<'f> = &'f [(&'f str, &'f str, &'f str)];
    let cases: [(Files, &str); 3] = [
        (
            &[("timeline.yaml", SAMPLE, "tests/fixtures/sample")],
            "Timeline {",
        ),
        (
            &[
                ("a.yaml", SAMPLE, "tests/fixtures/sample"),
                ("b.yaml", PROBLEMS, "tests/fixtures"),
            ],
            "unknown actor",
        ),
        (&[("t.json", ESCAPED, "tests/fixtures/valid")], "Timeline {"),
    ];
    for (files, expected) in cases {
        let inputs = || {
            files
                .iter()
                .map(|&(n, t, f)| input(n, t, beside(f)))
                .collect::<Vec<_>>()
        };
        let plain = shown(inputs(), Strategy::Plain);
        assert!(plain.contains(expected), "{plain}");
        for strategy in SHARED {
            assert_eq!(shown(inputs(), strategy), plain, "{strategy:?}");
        }
    }
}

#[test]
fn quotes_are_found_in_each_of_several_sources() {
    let texts = || {
        Box::new(Texts::new([
            ("a.txt", "Alpha said the talks would go ahead."),
            ("b.txt", "Beta  denied\nit all, twice."),
            ("c.txt", "Gamma was not reached for comment."),
        ]))
    };
    let source = |id: &str| format!("  - {{id: {id}, title: {id}, kind: report, text: {id}.txt}}\n");
    // Written out of date order: each excerpt must follow its event to its place.
    let event = |id: &str, date: &str, source: &str, quote: &str| {
        format!(
            "  - {{id: {id}, date: '{date}', title: t, status: reported, excerpts: [{{source: {source}, quote: '{quote}'}}]}}\n"
        )
    };
    let yaml = format!(
        "format: 1\ntitle: t\nsources:\n{}{}{}events:\n{}{}{}{}",
        source("a"),
        source("b"),
        source("c"),
        event("one", "2022", "a", "the talks would go ahead"),
        event("two", "2020", "b", "denied it all"),
        event("three", "2021", "b", "denied nothing"),
        event("four", "2019", "c", "not reached"),
    ) + "  - {id: five, date: '2023', title: t, status: reported, excerpts: [{source: nowhere, quote: x}, {source: a, quote: not there}]}\n";
    let Err(diagnostics) = load_inputs(vec![input("t.yaml", &yaml, texts())]) else {
        panic!("two quotes are missing");
    };
    let messages: Vec<_> = diagnostics.iter().map(|d| (d.line, d.message.as_str())).collect();
    assert_eq!(
        messages,
        [
            (10, "events[2].excerpts[0].quote: quote not found in source `b`"),
            (12, "events[4].excerpts[0].source: unknown source `nowhere`"),
            (12, "events[4].excerpts[1].quote: quote not found in source `a`"),
        ],
        "a quote is placed among the excerpts as written, the unknown source's one included"
    );
    let fixed = yaml
        .replace("denied nothing", "it all")
        .replace("{source: nowhere, quote: x}, ", "");
    let fixed = fixed.replace("quote: not there", "quote: Alpha said");
    let loaded = load_inputs(vec![input("t.yaml", &fixed, texts())]).expect("valid");
    let spans: Vec<_> = loaded
        .timeline
        .events
        .iter()
        .map(|e| (e.id().to_owned(), e.excerpts[0].span.clone()))
        .collect();
    let expected = [
        ("four", 10..21),
        ("two", 6..19),
        ("three", 13..19),
        ("one", 11..35),
        ("five", 0..10),
    ];
    let expected: Vec<_> = expected.into_iter().map(|(id, s)| (id.to_owned(), s)).collect();
    assert_eq!(spans, expected);
    let events = &loaded.timeline.events;
    assert_eq!(events.capacity(), events.len(), "no spare slots kept");
}

/// How a generated timeline is written: the ways a document can hold lines shaped like events
/// that are not events, and the ways its bytes can differ.
#[derive(Debug, Clone, Copy)]
struct Writing {
    /// 0: none; 1: a single-quoted description over several lines, one of them `events:` and
    /// two shaped like events; 2: the same in a literal block scalar; 3: in a double-quoted one.
    description: u8,
    /// Summaries as folded block scalars holding `- id:` lines.
    block_summaries: bool,
    /// Comment lines shaped like events between the events.
    comments: bool,
    /// Events written in flow style on one line each.
    flow: bool,
    /// The first actor's id anchored, and used through an alias by every other event.
    aliases: bool,
    crlf: bool,
    bom: bool,
    /// A last event left unclosed: the whole parse rejects the document.
    broken: bool,
}

const FAKE: &str = "events:\n  - id: fake-1\n    date: '2020'\n  - {id: fake-2, date: '2020', title: Fake, status: reported}";

/// A timeline of `events`, each `(date, actor, quote, related)` by number, with mistakes where
/// the numbers lead off the lists: unknown actors, missing quotes, unknown related events,
/// ids used twice.
fn generated(events: &[(u16, u8, u8, u8, bool)], writing: Writing) -> String {
    let mut yaml = String::from("format: 1\ntitle: generated\n");
    yaml += &match writing.description {
        1 => format!(
            "description: 'A note.\n\n  {}\n\n  end.'\n",
            FAKE.replace('\'', "''").replace('\n', "\n\n  ")
        ),
        2 => format!("description: |\n  A note.\n  {}\n", FAKE.replace('\n', "\n  ")),
        3 => format!("description: \"A note.\\n{}\"\n", FAKE.replace('\n', "\\n")),
        _ => String::new(),
    };
    yaml += "sources:\n  - {id: wire, title: Wire, kind: report, text: wire.txt}\nactors:\n";
    for a in 0..4 {
        let anchor = if a == 0 && writing.aliases { "&first " } else { "" };
        yaml += &format!("  - {{id: {anchor}a{a}, name: Actor {a}, kind: person}}\n");
    }
    yaml += "events:\n";
    for (i, &(date, actor, quote, related, repeat_id)) in events.iter().enumerate() {
        let id = if repeat_id {
            "e0".to_owned()
        } else {
            format!("e{i}")
        };
        let date = match date % 4 {
            0 => format!("{}", 2000 + date % 30),
            1 => format!("{}-{:02}", 2000 + date % 30, date % 12 + 1),
            2 => format!("{}-{:02}-{:02}", 2000 + date % 30, date % 12 + 1, date % 28 + 1),
            _ => format!("{}/{}", 2000 + date % 30, 2001 + date % 30),
        };
        let actor = match writing.aliases && i % 2 == 1 {
            true => "*first".to_owned(),
            false => format!("a{}", actor % 6),
        };
        let quote = format!("sentence {quote} here");
        if writing.comments {
            yaml += "  # - id: commented-out\n";
        }
        if writing.flow {
            yaml += &format!(
                "  - {{id: {id}, date: '{date}', title: Event {i}, status: reported, actors: [{actor}], related: [e{related}], excerpts: [{{source: wire, quote: '{quote}'}}]}}\n"
            );
            continue;
        }
        yaml += &format!("  - id: {id}\n    date: '{date}'\n    title: Event {i}\n    status: reported\n");
        if writing.block_summaries {
            yaml += "    summary: >\n      Not an event:\n      - id: fake\n      events:\n";
        }
        yaml += &format!(
            "    actors: [{actor}]\n    related: [e{related}]\n    excerpts:\n      - {{source: wire, quote: '{quote}'}}\n"
        );
    }
    if writing.broken {
        yaml += "  - {id: unclosed, date: '2020'\n";
    }
    if writing.crlf {
        yaml = yaml.replace('\n', "\r\n");
    }
    if writing.bom {
        yaml.insert(0, '\u{feff}');
    }
    yaml
}

fn wire() -> Box<dyn SourceTexts> {
    let text: String = (0..40).map(|q| format!("The sentence {q} here. ")).collect();
    Box::new(Texts::new([("wire.txt", text)]))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_core_gives_what_the_plain_path_gives_and_only_real_events_are_read(
        events in prop::collection::vec((any::<u16>(), any::<u8>(), 0..50u8, 0..60u8, prop::bool::weighted(0.05)), 0..60),
        parts in 1..9usize,
        flags in (0..4u8, any::<[bool; 7]>()),
    ) {
        let (description, [block_summaries, comments, flow, aliases, crlf, bom, broken]) = flags;
        let writing = Writing { description, block_summaries, comments, flow, aliases, crlf, bom, broken };
        let yaml = generated(&events, writing);
        let text = yaml.strip_prefix('\u{feff}').unwrap_or(&yaml);
        match crate::model::read::yaml::parse_timeline(text) {
            Ok(raw) => {
                prop_assert!(!broken);
                prop_assert_eq!(raw.events.len(), events.len());
                prop_assert!(raw.events.iter().all(|e| !e.id.starts_with("fake")));
            }
            Err(_) => prop_assert!(broken, "{}", yaml),
        }
        let plain = shown(vec![input("g.yaml", &yaml, wire())], Strategy::Plain);
        let shared = shown(vec![input("g.yaml", &yaml, wire())], Strategy::EveryCore { parts });
        prop_assert_eq!(shared, plain);
    }
}

#[test]
fn a_hint_among_equally_close_ids_is_the_first_declared_on_every_load() {
    // Declared from ev-9 down, so that the first declared is not the first in sorted order.
    let actors: String = (0..10)
        .rev()
        .map(|a| format!("  - {{id: ev-{a}, name: A{a}, kind: person}}\n"))
        .collect();
    let yaml = format!(
        "format: 1\ntitle: t\nactors:\n{actors}events:\n  - {{id: e, date: '2022', title: E, status: reported, actors: [ev-]}}\n"
    );
    for _ in 0..10 {
        let Err(diagnostics) = load_inputs(vec![input("t.yaml", &yaml, wire())]) else {
            panic!("the actor is unknown");
        };
        let unknown = diagnostics.iter().find(|d| d.message.contains("unknown actor"));
        let hint = unknown.and_then(|d| d.hint.as_deref());
        assert_eq!(hint, Some("did you mean `ev-9`?"));
    }
}
