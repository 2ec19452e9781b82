//! Sources known only by their URL: the format accepts them, `check` counts their unverified
//! excerpts once, and `list` and the viewer mark them.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

mod common;

use chronicle::app::{Action, StartOptions, TerminalRequest};
use common::viewer::{apply, screen_text, select_id, viewer_of};
use common::{chronicle, code, stderr, stdout};

const LINKED: &str = "tests/fixtures/linked/timeline.yaml";

#[test]
fn check_counts_the_unverified_excerpts_in_one_warning() {
    let output = chronicle(&["check", LINKED]);
    assert_eq!(code(&output), 0);
    assert_eq!(
        stderr(&output),
        "tests/fixtures/linked/timeline.yaml:9:5: warning: sources[1]: 3 excerpts and 1 citation of 3 sources with no local text are unverified (first in `bridge-closes`, `bridge-reopens`, `bridge-photographed`)\n  \
         hint: to verify them, save each source's text beside the timeline and give its path as `text`\n\
         tests/fixtures/linked/timeline.yaml: valid: 4 events, 0 actors, 4 sources, 5 excerpts; 1 warning\n"
    );
}

#[test]
fn the_warning_has_a_stable_code() {
    let output = chronicle(&["check", LINKED, "--format", "json"]);
    assert!(
        stdout(&output).contains(r#""code": "unverified-excerpts""#),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_source_needs_a_text_or_a_url() {
    let path = common::scratch("linked-neither").join("t.yaml");
    std::fs::write(
        &path,
        "format: 1\ntitle: T\nsources:\n  - id: s\n    title: S\nevents: []\n",
    )
    .unwrap();
    let output = chronicle(&["check", path.to_str().unwrap()]);
    assert_eq!(code(&output), 1);
    let message = stderr(&output);
    assert!(
        message.contains("t.yaml:4:5: error: sources[0]: source `s` has neither a `text` nor a `url`"),
        "{message}"
    );
    assert!(
        message.contains(
            "hint: give the path of its full text beside the timeline, or at least its web address"
        )
    );
}

#[test]
fn list_marks_events_with_unverified_excerpts() {
    let output = chronicle(&["list", LINKED]);
    assert_eq!(
        stdout(&output),
        "29 Apr 2024  ~ °  The harbour bridge closes for repairs\n\
         13 May 2024  ✓ °  The harbour bridge reopens\n\
         14 May 2024  ✓ °  A photographer shows the reopened bridge\n\
         20 May 2024  >¹   The council reviews the repairs\n"
    );
}

#[test]
fn the_json_listing_says_which_excerpts_are_verified() {
    let output = chronicle(&["list", LINKED, "--format", "json"]);
    let listing: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let reopens = &listing["events"][1];
    assert_eq!(reopens["id"], "bridge-reopens");
    let excerpts = reopens["excerpts"].as_array().unwrap();
    assert_eq!(excerpts[0]["verified"], true);
    assert_eq!(
        (excerpts[0]["start"].as_u64(), excerpts[0]["end"].as_u64()),
        (Some(0), Some(37))
    );
    assert_eq!(excerpts[1]["verified"], false);
    assert!(excerpts[1]["start"].is_null() && excerpts[1]["end"].is_null());
    assert!(listing["sources"][1]["text"].is_null());
    assert_eq!(listing["sources"][1]["kind"], "other");
}

#[test]
fn the_detail_pane_marks_each_unverified_excerpt() {
    let mut app = viewer_of(LINKED, StartOptions::default(), 240, 40);
    select_id(&mut app, "bridge-reopens");
    let screen = screen_text(&app);
    let ends_a_line = |text: &str| {
        screen
            .lines()
            .any(|line| line.trim_end_matches(['│', ' ']).ends_with(text))
    };
    assert!(
        ends_a_line("2. “reopened after repairs” — Bridge closed for repairs · unverified (no local text)"),
        "{screen}"
    );
    assert!(
        ends_a_line("1. “The harbour bridge reopened on Monday” — City notice on the bridge"),
        "{screen}"
    );
    assert!(
        screen.contains("text: none kept; its excerpts are unverified"),
        "{screen}"
    );
}

#[test]
fn the_source_view_of_a_linked_source_shows_the_quote_and_opens_the_url() {
    let mut app = viewer_of(LINKED, StartOptions::default(), 100, 30);
    select_id(&mut app, "bridge-closes");
    apply(&mut app, &[Action::OpenSource]);
    let screen = screen_text(&app);
    for line in [
        "No local text is kept for this source,",
        "so this quote is unverified.",
        "“The bridge will close on Monday for two weeks of repairs.”",
        "URL: https://example.org/wire/bridge-closed",
        "o opens it in your browser",
    ] {
        assert!(screen.contains(line), "{line:?} in\n{screen}");
    }
    apply(&mut app, &[Action::OpenUrl]);
    assert_eq!(
        app.request.take(),
        Some(TerminalRequest::Open(
            "https://example.org/wire/bridge-closed".into()
        ))
    );
    // The next excerpt is the other linked source's.
    apply(&mut app, &[Action::NextExcerpt]);
    assert!(screen_text(&app).contains("URL: https://example.org/radio/commuters"));
}

#[test]
fn a_verified_excerpt_of_the_same_timeline_still_opens_its_text() {
    let mut app = viewer_of(LINKED, StartOptions::default(), 100, 30);
    select_id(&mut app, "bridge-reopens");
    apply(&mut app, &[Action::OpenSource]);
    let screen = screen_text(&app);
    assert!(
        screen.contains("The harbour bridge reopened on Monday after two weeks of repairs"),
        "{screen}"
    );
    assert!(!screen.contains("No local text"), "{screen}");
}

#[test]
fn an_event_that_only_cites_shows_its_sources_and_opens_the_first_with_a_link() {
    let mut app = viewer_of(LINKED, StartOptions::default(), 240, 40);
    select_id(&mut app, "bridge-photographed");
    let screen = screen_text(&app);
    assert!(
        screen.contains(
            "none; the event cites its sources without quoting them (o opens the first with a link)"
        ),
        "{screen}"
    );
    assert!(screen.contains("The bridge at dawn"), "{screen}");
    assert!(
        screen.contains("Harbour Photo Agency · media · no publication date"),
        "{screen}"
    );
    apply(&mut app, &[Action::OpenUrl]);
    assert_eq!(
        app.request.take(),
        Some(TerminalRequest::Open(
            "https://example.org/photos/bridge.jpg".into()
        ))
    );
}

#[test]
fn exports_carry_what_an_event_cites() {
    let yaml = stdout(&chronicle(&[
        "export",
        LINKED,
        "--format",
        "yaml",
        "--source",
        "bridge-photo",
    ]));
    assert!(
        yaml.contains("  cites:\n  - city-notice\n  - bridge-photo\n"),
        "{yaml}"
    );
    assert!(yaml.contains("kind: media"), "{yaml}");
    let json = stdout(&chronicle(&["export", LINKED, "--format", "timelinejs"]));
    let document: serde_json::Value = serde_json::from_str(&json).unwrap();
    let slide = document["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["unique_id"] == "bridge-photographed")
        .unwrap();
    assert_eq!(
        slide["media"],
        serde_json::json!({
            "url": "https://example.org/photos/bridge.jpg",
            "caption": "The bridge at dawn",
            "credit": "Harbour Photo Agency"
        })
    );
    let markdown = stdout(&chronicle(&["export", LINKED, "--format", "markdown"]));
    assert!(
        markdown.contains(
            "*Cites:* City notice on the bridge; [The bridge at dawn](<https://example.org/photos/bridge.jpg>), Harbour Photo Agency"
        ),
        "{markdown}"
    );
}
