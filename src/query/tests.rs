use super::*;
use crate::model::bundled::load_bundled;

fn ids(timeline: &Timeline, events: &[EventIndex]) -> Vec<String> {
    events.iter().map(|&e| timeline.event(e).id.clone()).collect()
}

#[test]
fn search_is_case_insensitive_with_unicode_lowercase() {
    let timeline = load_bundled().unwrap().timeline;
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
    let timeline = load_bundled().unwrap().timeline;
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
