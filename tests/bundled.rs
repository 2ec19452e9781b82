//! The bundled timeline: valid, and every quote really is in the article.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

mod common;

use chronicle::model::bundled::load_bundled;
use chronicle::model::{DateBasis, DateRange, Event, Stance, Status, Timeline};
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
        "timelines/russia-china-2022.yaml: valid: 16 events, 19 actors, 1 source, 29 excerpts; 0 warnings\n"
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
    assert_eq!(quotes, 29);
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

fn event<'t>(timeline: &'t Timeline, id: &str) -> &'t Event {
    let index = timeline
        .event_index(id)
        .unwrap_or_else(|| panic!("no event {id}"));
    timeline.event(index)
}

/// Who asserts or denies in the event, as `(actor id or "-", stance, excerpt id)`.
fn claims(timeline: &Timeline, event: &Event) -> Vec<(String, Stance, String)> {
    event
        .claims()
        .iter()
        .map(|c| {
            let by = c.by.map_or("-".to_owned(), |a| timeline.actor(a).id.clone());
            let excerpt = event.excerpts[c.excerpt].id.as_deref().unwrap_or("").to_owned();
            (by, c.stance, excerpt)
        })
        .collect()
}

#[test]
fn the_call_is_a_call_as_the_article_says_and_nothing_more() {
    let timeline = load_bundled().unwrap().timeline;
    let call = event(&timeline, "biden-xi-call");
    assert_eq!(call.title(), "Joe Biden's call with Xi Jinping");
    assert!(call.note().unwrap().contains("not whether by phone or by video"));
    // The Rome meeting's related list shows the same title.
    let rome = event(&timeline, "sullivan-yang-rome-meeting");
    assert_eq!(timeline.event(rome.related[0]).title(), call.title());
}

#[test]
fn russias_request_has_its_own_event_with_the_officials_claim() {
    let timeline = load_bundled().unwrap().timeline;
    let request = event(&timeline, "russia-asks-china-for-equipment");
    assert_eq!(request.date_meaning().to_string(), "≤ 13 Mar 2022");
    assert_eq!(request.date_basis, DateBasis::Inferred);
    assert_eq!(request.reported().unwrap().to_string(), "13 Mar 2022");
    assert_eq!(request.reported_basis, DateBasis::Source);
    assert_eq!(request.status, Status::Reported);
    assert_eq!(
        claims(&timeline, request),
        [("-".to_owned(), Stance::Asserts, "officials".to_owned())]
    );
    let reports = timeline
        .event_index("reports-russia-asked-china-for-equipment")
        .unwrap();
    assert!(request.related.contains(&reports));
    // The officials' words carry a note: whose officials, and which "Times", is not said.
    let officials = &request.excerpts[1];
    assert!(officials.note.as_deref().unwrap().contains("whose officials"));
}

#[test]
fn the_reports_carry_the_outlets_claims_and_the_embassys_denial() {
    let timeline = load_bundled().unwrap().timeline;
    let reports = event(&timeline, "reports-russia-asked-china-for-equipment");
    assert_eq!(reports.status, Status::Denied);
    assert_eq!(
        claims(&timeline, reports),
        [
            ("ft".to_owned(), Stance::Asserts, "outlets".to_owned()),
            ("wapo".to_owned(), Stance::Asserts, "outlets".to_owned()),
            ("liu-pengyu".to_owned(), Stance::Denies, "denial".to_owned()),
        ]
    );
    assert!(!reports.summary().contains("US officials"));
}

#[test]
fn the_embassys_denial_is_dated_no_more_precisely_than_the_article_allows() {
    let timeline = load_bundled().unwrap().timeline;
    let denial = event(&timeline, "chinese-embassy-denial");
    assert_eq!(denial.date_meaning().to_string(), "between 13 and 14 Mar 2022");
    assert_eq!(denial.date_range, DateRange::Within);
    assert_eq!(denial.date_basis, DateBasis::Inferred);
    assert!(denial.title().contains("denies the claims"));
}

#[test]
fn windows_after_the_invasion_rest_on_its_outside_date_and_read_as_windows() {
    let timeline = load_bundled().unwrap().timeline;
    for id in [
        "west-united-response",
        "economic-sanctions",
        "un-abstentions",
        "invasion-stalls",
        "bucha-battle",
    ] {
        let window = event(&timeline, id);
        assert_eq!(window.date_basis, DateBasis::Outside, "{id}");
        assert_eq!(
            window.date_meaning().to_string(),
            "between 24 Feb and 14 Mar 2022",
            "{id}"
        );
    }
    let un = event(&timeline, "un-abstentions");
    assert!(un.title().contains("condemn Putin outright"));
    let roles: Vec<&str> = un.actors.iter().filter_map(|p| p.role.as_deref()).collect();
    assert!(!roles.contains(&"participant"), "{roles:?}");
}

#[test]
fn the_nits_are_fixed() {
    let timeline = load_bundled().unwrap().timeline;
    assert!(
        event(&timeline, "xi-putin-welcome-ceremony")
            .title()
            .contains("outside the Great Hall")
    );
    assert_eq!(
        event(&timeline, "sullivan-yang-rome-meeting").reported_basis,
        DateBasis::Inferred
    );
    assert_eq!(
        event(&timeline, "beijing-winter-olympics").date_text(),
        Some("2022")
    );
    let rome = event(&timeline, "sullivan-yang-rome-meeting");
    let on_rome = rome
        .excerpts
        .iter()
        .find(|e| e.quote.contains("on Rome"))
        .unwrap();
    assert!(on_rome.note.as_deref().unwrap().contains("in Rome"));
}
