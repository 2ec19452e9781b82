//! The bundled timeline: valid, and every quote really is in the article.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

mod common;

use chronicle::model::bundled::load_bundled;
use common::{chronicle, code, stderr};

/// Whitespace runs as one space and curly quote marks straight: the documented comparison.
fn folded(text: &str) -> String {
    let straight: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        })
        .collect();
    straight.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn check_passes_on_the_bundled_timeline() {
    let output = chronicle(&["check"]);
    assert_eq!(code(&output), 0);
    assert_eq!(
        stderr(&output),
        "timelines/russia-china-2022.yaml: valid: 12 events, 18 actors, 1 source, 23 excerpts; 0 warnings\n"
    );
}

#[test]
fn every_quote_is_found_in_the_article_at_its_recorded_span() {
    let loaded = load_bundled().expect("the bundled timeline is valid");
    let timeline = &loaded.timeline;
    let article = std::fs::read_to_string("timelines/source-article.txt").unwrap();
    let mut quotes = 0;
    for event in &timeline.events {
        assert!(!event.excerpts.is_empty(), "{} has no excerpt", event.id());
        for excerpt in &event.excerpts {
            let source = timeline.source(excerpt.source);
            assert_eq!(source.text, article);
            let passage = &article[excerpt.span.clone()];
            assert_eq!(folded(passage), folded(&excerpt.quote), "in {}", event.id());
            quotes += 1;
        }
    }
    assert_eq!(quotes, 23);
}

#[test]
fn the_shipped_article_is_the_unchanged_source() {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/source-article.txt");
    let Ok(original) = std::fs::read(&shared) else {
        eprintln!("skipped: the shared original article is not beside the checkout");
        return;
    };
    assert_eq!(std::fs::read("timelines/source-article.txt").unwrap(), original);
}

#[test]
fn the_article_calls_xi_premier_and_the_timeline_notes_it() {
    let loaded = load_bundled().unwrap();
    let call = loaded
        .timeline
        .events
        .iter()
        .find(|e| e.id() == "biden-xi-call")
        .unwrap();
    assert!(call.excerpts[0].quote.contains("Chinese Premier Xi Jinping"));
    assert!(call.note().unwrap().contains("his office is President"));
}
