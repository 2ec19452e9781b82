use super::*;
use crate::model::{LoadOptions, Status, load_paths};

/// The sample timeline of the tests (a frozen copy of an early bundled timeline).
fn sample() -> Timeline {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample/timeline.yaml");
    load_paths(&[path.into()], LoadOptions::default())
        .unwrap()
        .timeline
}

fn ids(timeline: &Timeline, events: &[EventIndex]) -> Vec<String> {
    events
        .iter()
        .map(|&e| timeline.event(e).id().to_owned())
        .collect()
}

#[test]
fn search_is_case_insensitive_with_unicode_lowercase() {
    let timeline = sample();
    let index = SearchIndex::build(&timeline);
    let query = |text: &str| Query {
        text: text.into(),
        ..Query::default()
    };
    assert_eq!(
        ids(&timeline, &apply(&timeline, &index, &query("LIFELINE"))),
        ["sullivan-cnn-interview"]
    );
    assert_eq!(
        ids(&timeline, &apply(&timeline, &index, &query("Jiechi"))),
        ["sullivan-yang-rome-meeting"]
    );
    // Actor names and aliases are searched: Beijing is China's alias.
    assert!(apply(&timeline, &index, &query("beijing")).len() > 3);
    assert_eq!(apply(&timeline, &index, &query("  ")).len(), 12);
    assert_eq!(
        SearchIndex::build(&timeline).matching_all("ä"),
        Vec::<EventIndex>::new()
    );
}

#[test]
fn a_narrowing_query_searches_only_the_previous_result() {
    let timeline = sample();
    let index = SearchIndex::build(&timeline);
    let before = Query {
        text: "su".into(),
        ..Query::default()
    };
    let after = Query {
        text: "sullivan".into(),
        ..Query::default()
    };
    assert!(narrows(&after, &before));
    assert!(!narrows(&before, &after));
    let previous = apply(&timeline, &index, &before);
    assert_eq!(
        apply_within(&timeline, &index, &after, &previous),
        apply(&timeline, &index, &after)
    );
    let other_actor = Query {
        actors: vec![ActorIndex(0)],
        ..after.clone()
    };
    assert!(!narrows(&other_actor, &before));
}

/// Source texts for tests: every path reads as the same text.
struct OneText(&'static str);

impl crate::model::SourceTexts for OneText {
    fn read(&self, _path: &str) -> Result<String, crate::model::ReadError> {
        Ok(self.0.to_owned())
    }
}

/// A timeline with `actors` actors (actor N belongs to actor 0) and one event per actor.
fn many_actors(actors: usize) -> Timeline {
    let mut yaml = String::from(
        "format: 1\ntitle: T\nsources: [{id: s, title: S, kind: other, text: s.txt}]\nactors:\n",
    );
    yaml.push_str("  - {id: a0, name: Group, kind: group}\n");
    for i in 1..actors {
        yaml.push_str(&format!(
            "  - {{id: a{i}, name: Actor {i}, kind: person, member_of: [a0]}}\n"
        ));
    }
    yaml.push_str("events:\n");
    for i in 0..actors {
        yaml.push_str(&format!(
            "  - {{id: e{i}, date: '2022', title: Event {i}, status: confirmed, actors: [a{i}], excerpts: [{{source: s, quote: text}}]}}\n"
        ));
    }
    let input = crate::model::Input {
        name: "t.yaml".into(),
        text: yaml,
        texts: Box::new(OneText("the text")),
    };
    crate::model::load_inputs(vec![input]).unwrap().timeline
}

#[test]
fn actor_filters_agree_with_and_without_the_bit_sets() {
    for count in [10, 70] {
        let timeline = many_actors(count);
        let index = SearchIndex::build(&timeline);
        assert_eq!(index.actor_bits(EventIndex(0)).is_some(), count <= 64);
        let group = timeline.actor_index("a0").unwrap();
        let member = timeline.actor_index("a5").unwrap();
        let any = Query {
            actors: vec![group],
            ..Query::default()
        };
        assert_eq!(
            apply(&timeline, &index, &any).len(),
            count,
            "a group includes all its members"
        );
        let both = Query {
            actors: vec![group, member],
            actor_match: ActorMatch::All,
            ..Query::default()
        };
        assert_eq!(ids(&timeline, &apply(&timeline, &index, &both)), ["e5"]);
        // Actor names are searched whether they sit apart (bit sets) or in each event's text.
        let named = |part: &str| -> Vec<String> {
            (0..count)
                .filter(|i| format!("actor {i}").contains(part) || (*i == 0 && "group".contains(part)))
                .map(|i| format!("e{i}"))
                .collect()
        };
        let by_name = |text: &str| Query {
            text: text.into(),
            ..Query::default()
        };
        let broad = apply(&timeline, &index, &by_name("ctor 1"));
        assert_eq!(ids(&timeline, &broad), named("ctor 1"));
        let narrowed = apply_within(&timeline, &index, &by_name("ctor 1x"), &broad);
        assert_eq!(ids(&timeline, &narrowed), Vec::<String>::new());
        let narrowed = apply_within(&timeline, &index, &by_name("ACTOR 1"), &broad);
        assert_eq!(ids(&timeline, &narrowed), named("actor 1"));
        assert_eq!(
            ids(&timeline, &apply(&timeline, &index, &by_name("grou"))),
            ["e0"]
        );
        let sliced: Vec<EventIndex> = [0..count / 2, count / 2..count]
            .into_iter()
            .flat_map(|part| apply_in(&timeline, &index, &by_name("actor"), part))
            .collect();
        assert_eq!(sliced.len(), count - 1, "every actor but the group");
    }
}

fn passing(timeline: &Timeline, query: &Query) -> Vec<String> {
    ids(timeline, &apply(timeline, &SearchIndex::build(timeline), query))
}

fn day(text: &str) -> Option<chrono::NaiveDate> {
    Some(chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap())
}

#[test]
fn a_claim_filter_finds_denials_by_an_actor_and_its_members() {
    let timeline = sample();
    let china = timeline.actor_index("china").unwrap();
    let denied_by_china = Query {
        claims: ClaimFilter {
            by: vec![china],
            stance: Some(crate::model::Stance::Denies),
        },
        ..Query::default()
    };
    // China's own denial, and its embassy spokesman's (a member of China through the embassy),
    // although that event's status is `confirmed`.
    assert_eq!(
        passing(&timeline, &denied_by_china),
        ["china-asked-russia-to-delay-invasion", "chinese-embassy-denial"]
    );
    let any_denial = Query {
        claims: ClaimFilter {
            by: Vec::new(),
            stance: Some(crate::model::Stance::Denies),
        },
        ..Query::default()
    };
    assert_eq!(
        passing(&timeline, &any_denial),
        passing(&timeline, &denied_by_china)
    );
    let asserted_by_ft = Query {
        claims: ClaimFilter {
            by: vec![timeline.actor_index("ft").unwrap()],
            stance: Some(crate::model::Stance::Asserts),
        },
        ..Query::default()
    };
    assert_eq!(
        passing(&timeline, &asserted_by_ft),
        ["reports-russia-asked-china-for-equipment"]
    );
}

#[test]
fn status_tag_and_source_filters_keep_any_of_their_values() {
    let timeline = sample();
    let statuses = Query {
        statuses: vec![Status::Denied, Status::Scheduled],
        ..Query::default()
    };
    assert_eq!(
        passing(&timeline, &statuses),
        [
            "china-asked-russia-to-delay-invasion",
            "sullivan-yang-rome-meeting"
        ]
    );
    let tags = Query {
        tags: vec!["photo".into(), "meeting".into()],
        ..Query::default()
    };
    assert_eq!(
        passing(&timeline, &tags),
        [
            "xi-putin-welcome-ceremony",
            "sullivan-white-house-briefing",
            "sullivan-yang-rome-meeting"
        ]
    );
    let article = Query {
        sources: vec![crate::model::SourceIndex(0)],
        single_source: true,
        ..Query::default()
    };
    assert_eq!(passing(&timeline, &article).len(), 12);
    // Tags are searched as text, too.
    let searched = Query {
        text: "military-aid".into(),
        ..Query::default()
    };
    assert_eq!(
        passing(&timeline, &searched),
        ["reports-russia-asked-china-for-equipment"]
    );
}

#[test]
fn as_of_keeps_what_a_reader_could_have_known_that_day() {
    let timeline = sample();
    let as_of = |text: &str| Query {
        as_of: day(text),
        ..Query::default()
    };
    let known_on_12_march = passing(&timeline, &as_of("2022-03-12"));
    assert!(!known_on_12_march.contains(&"reports-russia-asked-china-for-equipment".to_owned()));
    // The Rome meeting happens on the 14th, but was reported on the 13th.
    let known_on_13_march = passing(&timeline, &as_of("2022-03-13"));
    assert!(known_on_13_march.contains(&"sullivan-yang-rome-meeting".to_owned()));
    assert_eq!(known_on_13_march.len(), 12);
    assert_eq!(passing(&timeline, &as_of("2021-12-31")).len(), 3);
}

#[test]
fn a_search_that_reads_as_a_date_finds_what_may_fall_on_it() {
    let timeline = sample();
    let search = |text: &str| Query {
        text: text.into(),
        ..Query::default()
    };
    let on_13_march = [
        "invasion-stalls",
        "un-abstentions",
        "reports-russia-asked-china-for-equipment",
        "sullivan-cnn-interview",
        "chinese-embassy-denial",
    ];
    assert_eq!(passing(&timeline, &search("13 March 2022")), on_13_march);
    assert_eq!(passing(&timeline, &search("2022-03-13")), on_13_march);
    // With no year, any year: "on or before 20 Feb 2022" may have been a 13 March of 2021.
    let mut any_year = vec!["china-asked-russia-to-delay-invasion"];
    any_year.extend(on_13_march);
    assert_eq!(passing(&timeline, &search("13 Mar")), any_year);
    assert_eq!(search("13 Mar").highlight(), "");
    assert_eq!(search("rome").highlight(), "rome");
}

#[test]
fn narrowing_holds_for_every_part_that_gets_stricter() {
    let base = Query {
        text: "su".into(),
        statuses: vec![Status::Confirmed, Status::Reported],
        from: day("2022-01-01"),
        ..Query::default()
    };
    let stricter = Query {
        text: "sullivan".into(),
        statuses: vec![Status::Confirmed],
        from: day("2022-03-01"),
        to: day("2022-03-31"),
        as_of: day("2022-03-13"),
        single_source: true,
        ..base.clone()
    };
    assert!(narrows(&stricter, &base));
    assert!(!narrows(&base, &stricter));
    let wider_status = Query {
        statuses: Vec::new(),
        ..base.clone()
    };
    assert!(!narrows(&wider_status, &base));
    let earlier_from = Query {
        from: day("2021-01-01"),
        ..base.clone()
    };
    assert!(!narrows(&earlier_from, &base));
    let a_date = Query {
        text: "13 Mar".into(),
        ..base.clone()
    };
    assert!(!narrows(
        &a_date,
        &Query {
            text: "13 Ma".into(),
            ..base.clone()
        }
    ));
    // Whatever narrows gives the same as filtering afresh.
    let timeline = sample();
    let index = SearchIndex::build(&timeline);
    let before = apply(&timeline, &index, &base);
    assert_eq!(
        apply_within(&timeline, &index, &stricter, &before),
        apply(&timeline, &index, &stricter)
    );
}

#[test]
fn the_packed_facts_answer_as_the_events_do() {
    use super::facts::{Facts, Period, day_number};
    let timeline = sample();
    let provenance = {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/provenance/timeline.yaml"
        );
        load_paths(&[path.into()], LoadOptions::default())
            .unwrap()
            .timeline
    };
    let days: Vec<Option<chrono::NaiveDate>> = [
        None,
        day("1900-01-01"),
        day("2016-06-25"),
        day("2021-11-15"),
        day("2021-11-30"),
        day("2022-02-15"),
        day("2022-02-20"),
        day("2022-02-21"),
        day("2022-03-13"),
        day("2022-03-14"),
        day("2022-04-30"),
        day("2030-01-01"),
    ]
    .into();
    for event in timeline.events.iter().chain(&provenance.events) {
        let facts = Facts::of(event);
        for &from in &days {
            for &to in &days {
                let expected = event.in_period(from, to).is_some();
                assert_eq!(
                    facts.may_fall_in(&Period::new(from, to)),
                    expected,
                    "{} {from:?} {to:?}",
                    event.id()
                );
            }
            if let Some(day) = from {
                assert_eq!(
                    facts.known_by(day_number(day)),
                    known_by(event, day),
                    "{}",
                    event.id()
                );
            }
        }
    }
}

#[test]
fn the_galloping_search_finds_each_match_in_its_event() {
    // Events of very different lengths, so that the search moves by one and by thousands.
    let mut texts: Vec<String> = (0..3000).map(|i| "x".repeat(1 + (i * 7919) % 97)).collect();
    for i in [0, 1, 2, 3, 500, 1023, 1024, 2999] {
        texts[i] = format!("{} needle", texts[i]);
    }
    let events: Vec<String> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            format!("  - {{ id: e{i}, date: \"2022\", title: \"{text}\", status: confirmed }}\n")
        })
        .collect();
    let yaml = format!("format: 1\ntitle: T\nevents:\n{}", events.concat());
    let inputs = vec![crate::model::Input {
        name: "t.yaml".into(),
        text: yaml,
        texts: Box::new(OneText("")),
    }];
    let timeline = crate::model::load_inputs(inputs).unwrap().timeline;
    let index = SearchIndex::build(&timeline);
    let found: Vec<u32> = index.matching_all("needle").iter().map(|e| e.0).collect();
    assert_eq!(found, [0, 1, 2, 3, 500, 1023, 1024, 2999]);
}
