//! Tests of reading TimelineJS JSON.

use super::*;
use crate::model::SourceKind;

fn imported(json: &str) -> super::super::Imported {
    let origin = super::super::Origin {
        name: "test.json".to_owned(),
        copy: None,
    };
    super::super::import(json, &super::super::ImportFormat::TimelineJs, &origin).unwrap()
}

const CURRENT: &str = r#"{
  "title": {"text": {"headline": "Women <em>in</em> Computing", "text": "<p class=\"lead\">A sample.</p>"}},
  "events": [
    {"start_date": {"year": "1815", "month": "12", "day": "10"}, "end_date": {"year": "1852", "month": "11", "day": "27"},
     "text": {"headline": "Ada Lovelace", "text": "<p>Take <a href=\"https://en.wikipedia.org/wiki/Ada_Lovelace\">Ada</a>.</p>"},
     "media": {"url": "https://upload.wikimedia.org/a/Ada.jpg", "credit": "Wikimedia Commons", "caption": "<a href=\"https://x.org\">Portrait</a>"},
     "group": "Pioneers", "unique_id": "ada", "background": {"url": "https://x.org/bg.jpg"}},
    {"start_date": {"year": 1948, "month": 3, "day": 14},
     "text": {"headline": "", "text": ""},
     "media": {"url": "<blockquote>There is no demand for women engineers. <cite>Edith Clarke</cite></blockquote>"}},
    {"start_date": {"year": "2015", "month": "01", "day": "01", "hour": "01", "minute": "01", "second": "01", "millisecond": "10"},
     "display_date": "New Year", "text": {"headline": "Test"}}
  ],
  "eras": [{"start_date": {"year": "600"}, "end_date": {"year": "650"}, "text": {"headline": "Era 600-650"}}]
}"#;

#[test]
fn a_timelinejs_3_file_is_read_whole() {
    let imported = imported(CURRENT);
    let timeline = &imported.timeline;
    assert_eq!(timeline.title, "Women in Computing");
    assert_eq!(
        timeline.description.as_deref(),
        Some(
            "A sample.\n\nImported from test.json (TimelineJS); every event is marked reported until checked against its sources."
        )
    );
    let ids: Vec<&str> = timeline.events.iter().map(|e| &*e.id).collect();
    assert_eq!(
        ids,
        [
            "ada",
            "there-is-no-demand-for-women-engineers-edith",
            "test",
            "era-600-650"
        ]
    );
    let ada = &timeline.events[0];
    assert_eq!(&*ada.date, "1815-12-10/1852-11-27");
    assert_eq!(
        &*ada.summary,
        "Take Ada (https://en.wikipedia.org/wiki/Ada_Lovelace)."
    );
    assert_eq!(ada.tags.iter().map(|t| &**t).collect::<Vec<_>>(), ["Pioneers"]);
    assert_eq!(ada.status, crate::model::Status::Reported);
    let cited: Vec<&str> = ada.cites.iter().map(|c| &**c).collect();
    assert_eq!(cited, ["wikimedia-ada", "wikipedia-ada-lovelace"]);
    let media = &timeline.sources[0];
    assert_eq!(
        (media.kind, media.title.as_str()),
        (SourceKind::Media, "Portrait")
    );
    assert_eq!(media.outlet.as_deref(), Some("Wikimedia Commons"));
    assert_eq!(timeline.sources[1].kind, SourceKind::Other);
    assert_eq!(
        imported.notes,
        ["slide backgrounds left out (the format has no place for them): 1"]
    );
}

#[test]
fn quotes_as_media_join_the_summary_and_titles_come_from_the_text() {
    let timeline = imported(CURRENT).timeline;
    let quote = &timeline.events[1];
    assert_eq!(&*quote.date, "1948-03-14");
    assert_eq!(
        &*quote.summary,
        "There is no demand for women engineers. Edith Clarke"
    );
    assert_eq!(
        &*quote.title,
        "There is no demand for women engineers. Edith Clarke"
    );
    let test = &timeline.events[2];
    assert_eq!(&*test.date, "2015-01-01T01:01:01.010");
    assert_eq!(test.date_text.as_deref(), Some("New Year"));
    let era = &timeline.events[3];
    assert_eq!((&*era.date, &*era.tags[0]), ("0600/0650", "era"));
}

#[test]
fn the_legacy_form_is_read() {
    let legacy = r#"{"timeline": {"headline": "Elizabeth Taylor<br/> 1932-2011", "text": "<p>A look.</p>",
      "date": [
        {"startDate": "2011,3,23", "headline": "Dies", "asset": {"media": "examples/final.jpg", "caption": "She died."}, "tags": "Personal life"},
        {"startDate": "1985", "endDate": "2011,2,16", "headline": "Founds amfAR", "text": "Text"}
      ]}}"#;
    let imported = imported(legacy);
    let timeline = &imported.timeline;
    assert_eq!(timeline.title, "Elizabeth Taylor 1932-2011");
    assert_eq!(&*timeline.events[0].date, "2011-03-23");
    assert_eq!(
        timeline.events[0].note.as_deref(),
        Some("Media in the original file: examples/final.jpg (She died.).")
    );
    assert_eq!(&*timeline.events[0].tags[0], "Personal life");
    assert_eq!(&*timeline.events[1].date, "1985/2011-02-16");
    assert!(timeline.sources.is_empty());
    assert_eq!(
        imported.notes,
        ["media that are not web addresses, kept in their event's note: 1"]
    );
}

#[test]
fn times_a_range_cannot_hold_go_to_date_text_or_the_note() {
    let json = r#"{"events": [
      {"start_date": {"year": "1920", "month": "1", "day": "5", "hour": "6", "minute": "45"},
       "end_date": {"year": "1923", "month": "1", "day": "5"}, "text": {"headline": "A"}},
      {"start_date": {"year": "1920", "month": "1", "day": "5", "hour": "6"},
       "end_date": {"year": "1923"}, "display_date": "the twenties", "text": {"headline": "B"}}]}"#;
    let timeline = imported(json).timeline;
    assert_eq!(timeline.title, "Imported from test.json");
    assert_eq!(
        timeline.events[0].date_text.as_deref(),
        Some("1920-01-05 06:45:00 – 1923-01-05")
    );
    assert_eq!(timeline.events[1].date_text.as_deref(), Some("the twenties"));
    assert_eq!(
        timeline.events[1].note.as_deref(),
        Some("Times in the original file: 1920-01-05 06:00:00 – 1923.")
    );
}

#[test]
fn an_event_that_cannot_be_read_is_named() {
    let json = r#"{"events": [
      {"start_date": {"year": "2016"}, "text": {"headline": "Fine"}},
      {"start_date": {"year": "2016", "month": "13"}, "text": {"headline": "Bad <b>month</b>"}},
      {"text": {"headline": ""}}]}"#;
    let problems = import_timelinejs(json, "t.json").err().unwrap();
    let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        said,
        [
            "event 2 (`Bad month`): its start date has the month `13`, outside 1–12",
            "event 3 (no headline): it has no start date"
        ]
    );
}

#[test]
fn what_is_not_timelinejs_is_refused_with_a_place() {
    let problems = import_timelinejs("{\"events\": [1,}", "t.json").err().unwrap();
    assert_eq!(problems[0].place.as_deref(), Some("line 1, column 15"));
    assert!(
        problems[0].message.starts_with("this is not JSON: "),
        "{}",
        problems[0].message
    );
    let problems = import_timelinejs("{\"slides\": []}", "t.json").err().unwrap();
    assert_eq!(
        problems[0].message,
        "this JSON is not a TimelineJS timeline: it has no `events` list (nor a legacy `timeline.date` list)"
    );
}
