//! Tests of drafting a timeline from an article.

use super::*;
use crate::model::{DateBasis, Status};

const ARTICLE: &str = "Harbour bridge to reopen after repairs

The harbour bridge closed on April 29, 2024, for repairs, the city council said. Council engineer Mara Holt \
said the work would take two weeks. Mara Holt inspected the cables every day.

The city council will vote on May 20 on the cost. Holt will ask the council on May 20 to approve the cost. \
A storm will hit the coast on May 20. In the 1990s the bridge was painted. It is open now.";

fn drafted() -> Draft {
    draft(
        ARTICLE,
        &DraftOptions {
            published: "2024-05-14".parse().unwrap(),
            title: None,
            name: "bridge.txt".to_owned(),
            text_path: "bridge.txt".to_owned(),
        },
    )
}

#[test]
fn each_dated_happening_is_an_event_quoting_its_sentences() {
    let draft = drafted();
    let events = &draft.timeline.events;
    let dates: Vec<&str> = events.iter().map(|e| &*e.date).collect();
    assert_eq!(dates, ["2024-04-29", "2024-05-20", "2024-05-20"]);
    assert_eq!(draft.mentions, 4);
    let vote = &events[1];
    assert_eq!(
        vote.excerpts.len(),
        2,
        "the vote and what Holt asks the council on May 20 share words"
    );
    assert_eq!(
        &*vote.excerpts[0].quote,
        "The city council will vote on May 20 on the cost."
    );
    assert_eq!(vote.status, Status::Scheduled);
    assert_eq!(vote.date_basis, DateBasis::Inferred, "the year is worked out");
    assert_eq!(vote.date_text.as_deref(), Some("May 20"));
    assert_eq!(
        &*events[2].excerpts[0].quote,
        "A storm will hit the coast on May 20."
    );
    let closed = &events[0];
    assert_eq!(closed.date_basis, DateBasis::Source);
    assert_eq!(closed.status, Status::Reported);
    let storm = &events[2];
    assert_eq!(storm.status, Status::Scheduled, "after publication");
    assert_eq!(&*closed.tags[0], "draft");
    assert!(
        closed
            .note
            .as_deref()
            .unwrap()
            .starts_with("Draft: proposed from “April 29, 2024” (2024-04-29)")
    );
}

#[test]
fn the_article_is_the_source_and_repeated_names_the_actors() {
    let draft = drafted();
    let timeline = &draft.timeline;
    assert_eq!(timeline.title, "Draft: Harbour bridge to reopen after repairs");
    let source = &timeline.sources[0];
    assert_eq!(
        (source.id.as_str(), source.text.as_deref()),
        ("bridge", Some("bridge.txt"))
    );
    assert_eq!(source.published.as_deref(), Some("2024-05-14"));
    let actors: Vec<(&str, crate::model::ActorKind)> = timeline
        .actors
        .iter()
        .map(|a| (a.name.as_str(), a.kind))
        .collect();
    assert_eq!(actors, [("Mara Holt", crate::model::ActorKind::Person)]);
    let told = &timeline.events[1];
    assert_eq!(told.actors.len(), 1, "Holt is named in its sentences");
}

#[test]
fn a_run_on_sentence_of_many_dates_is_quoted_in_parts() {
    let sentence: String = (1400..2000)
        .map(|year| format!("the fleet sailed in {year} and "))
        .collect();
    let text = format!("{sentence}then it sank.");
    let draft = draft(
        &text,
        &DraftOptions {
            published: "2022-01-01".parse().unwrap(),
            title: None,
            name: "log.txt".to_owned(),
            text_path: "log.txt".to_owned(),
        },
    );
    let events = &draft.timeline.events;
    assert_eq!(events.len(), 600);
    for event in events {
        let quote = &event.excerpts[0].quote;
        assert!(quote.len() <= window::MOST_QUOTED, "{}", quote.len());
        assert!(text.contains(&**quote), "a part of the sentence, verbatim");
        assert!(
            quote.contains(&*event.date),
            "{} holds {}",
            &**quote,
            &*event.date
        );
    }
}

#[test]
fn a_happening_named_many_times_quotes_its_first_sentences() {
    let text = "The storm flooded the harbour on May 5. ".repeat(500);
    let draft = draft(
        &text,
        &DraftOptions {
            published: "2021-05-09".parse().unwrap(),
            title: None,
            name: "log.txt".to_owned(),
            text_path: "log.txt".to_owned(),
        },
    );
    assert_eq!(draft.timeline.events.len(), 1);
    assert_eq!(draft.timeline.events[0].excerpts.len(), event::MOST_EXCERPTS);
}

#[test]
fn a_happening_on_the_day_of_publication_is_scheduled_only_when_said_so() {
    let status_of = |text: &str| {
        let options = DraftOptions {
            published: "2024-05-14".parse().unwrap(),
            title: None,
            name: "a.txt".to_owned(),
            text_path: "a.txt".to_owned(),
        };
        draft(text, &options).timeline.events[0].status
    };
    assert_eq!(
        status_of("Ministers are scheduled to meet in Oslo on May 14."),
        Status::Scheduled
    );
    assert_eq!(
        status_of("Ministers will meet in Oslo on May 14."),
        Status::Scheduled
    );
    assert_eq!(status_of("Ministers met in Oslo on May 14."), Status::Reported);
}
