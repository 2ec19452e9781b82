use super::*;
use crate::model::{LoadOptions, load_paths};

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
