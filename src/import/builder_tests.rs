//! Tests of gathering imported events into a timeline.

use super::*;

fn event(title: &str) -> NewEvent {
    NewEvent {
        title: title.to_owned(),
        date: "2022".to_owned(),
        ..NewEvent::default()
    }
}

fn media(url: &str, title: &str) -> Citation {
    Citation {
        url: url.to_owned(),
        title: title.to_owned(),
        kind: SourceKind::Media,
        outlet: Some("Wikimedia  Commons".to_owned()),
    }
}

#[test]
fn ids_come_from_the_file_or_the_title_and_never_clash() {
    let mut builder = Builder::new("T".to_owned(), None);
    assert_eq!(builder.add_event(event("Test")), "test");
    assert_eq!(builder.add_event(event("Test")), "test-2");
    let given = NewEvent {
        wanted_id: Some("first".to_owned()),
        ..event("Test")
    };
    assert_eq!(builder.add_event(given), "first");
    let taken = NewEvent {
        wanted_id: Some("first".to_owned()),
        ..event("Other")
    };
    assert_eq!(builder.add_event(taken), "other", "a taken id is not reused");
}

#[test]
fn an_event_without_a_title_takes_its_first_words() {
    let mut builder = Builder::new("T".to_owned(), None);
    let untitled = NewEvent {
        summary:
            "\nThe actress, renowned for her beauty, talent and eventful personal life, was one of the last."
                .to_owned(),
        ..event("  ")
    };
    builder.add_event(untitled);
    builder.add_event(event(""));
    let timeline = builder.finish();
    assert_eq!(
        &*timeline.events[0].title,
        "The actress, renowned for her beauty, talent and eventful personal…"
    );
    assert_eq!(
        &*timeline.events[0].id,
        "the-actress-renowned-for-her-beauty-talent-and"
    );
    assert_eq!(&*timeline.events[1].title, "Untitled event");
}

#[test]
fn one_source_per_address_and_one_actor_per_name() {
    let mut builder = Builder::new("T".to_owned(), None);
    let url = "https://upload.wikimedia.org/wikipedia/commons/a/a4/Ada_Lovelace_portrait.jpg";
    let cited = |names: &[&str]| NewEvent {
        cites: vec![
            media(url, "Portrait by Alfred Edward Chalon"),
            media(url, "Again"),
        ],
        actors: names.iter().map(|n| (*n).to_owned()).collect(),
        ..event("Ada")
    };
    builder.add_event(cited(&["Ada Lovelace", "Charles  Babbage"]));
    builder.add_event(cited(&["Ada Lovelace"]));
    let timeline = builder.finish();
    assert_eq!(timeline.sources.len(), 1);
    let source = &timeline.sources[0];
    assert_eq!(source.id, "wikimedia-ada-lovelace-portrait");
    assert_eq!(source.title, "Portrait by Alfred Edward Chalon");
    assert_eq!(source.outlet.as_deref(), Some("Wikimedia Commons"));
    assert_eq!(source.url.as_deref(), Some(url));
    assert_eq!(timeline.events[1].cites.len(), 1);
    let actors: Vec<(&str, &str)> = timeline
        .actors
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str()))
        .collect();
    assert_eq!(
        actors,
        [
            ("ada-lovelace", "Ada Lovelace"),
            ("charles-babbage", "Charles Babbage")
        ]
    );
    assert_eq!(&*timeline.events[1].actors[0].id, "ada-lovelace");
}

#[test]
fn the_imported_file_is_cited_first_by_every_event() {
    let mut builder = Builder::new("T".to_owned(), None);
    builder.add_event(NewEvent {
        cites: vec![media("https://example.com/a.jpg", "A")],
        ..event("One")
    });
    builder.add_file_source(RawSource {
        id: "example".to_owned(),
        title: "example.json".to_owned(),
        kind: SourceKind::Document,
        outlet: None,
        url: None,
        published: None,
        text: Some("example.json".to_owned()),
        note: None,
    });
    let timeline = builder.finish();
    let cites: Vec<&str> = timeline.events[0].cites.iter().map(|c| &**c).collect();
    assert_eq!(cites, ["example", "example-a"]);
}
