//! `chronicle dates` and `chronicle draft` on the seed article: every dated mention found with
//! the right value, no false date, and a draft that `chronicle check` accepts.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

mod common;

use common::{chronicle, code, scratch, stderr, stdout};
use serde_json::Value;

const ARTICLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/source-article.txt");

fn expressions() -> Vec<(String, String, String)> {
    let output = chronicle(&["dates", ARTICLE, "--published", "2022-03-14", "--format", "json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let listing: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(listing["published"], "2022-03-14");
    listing["expressions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let text = e["text"].as_str().unwrap().to_owned();
            (
                text,
                e["type"].as_str().unwrap().to_owned(),
                e["value"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn dates_finds_every_dated_mention_of_the_article_with_its_value() {
    let found = expressions();
    let has = |text: &str, kind: &str, value: &str| {
        found
            .iter()
            .filter(|(t, k, v)| t == text && k == kind && v == value)
            .count()
    };
    assert_eq!(has("June 25, 2016", "DATE", "2016-06-25"), 1);
    assert_eq!(has("February 04, 2021", "DATE", "2021-02-04"), 1);
    assert_eq!(has("November 2021", "DATE", "2021-11"), 1);
    assert_eq!(has("2022", "DATE", "2022"), 1);
    assert_eq!(has("March 13", "DATE", "2022-03-13"), 2);
    assert_eq!(has("March 14", "DATE", "2022-03-14"), 2);
    assert!(has("now", "DATE", "PRESENT_REF") >= 1);
    assert_eq!(has("every day", "SET", "P1D"), 1);
    assert_eq!(has("1930s", "DATE", "193"), 1);
    assert_eq!(has("40s", "DATE", "194"), 1);
    for (text, _, _) in &found {
        assert!(
            !text.contains("Winter"),
            "the Olympics' name is no season: {found:?}"
        );
        assert_ne!(text.to_lowercase(), "we", "we is not Wednesday");
    }
}

#[test]
fn dates_as_text_lines_give_span_type_value_and_date() {
    let output = chronicle(&["dates", ARTICLE, "--published", "2022-03-14"]);
    let text = stdout(&output);
    let line = text.lines().find(|l| l.ends_with("June 25, 2016")).unwrap();
    assert_eq!(
        line.split_whitespace().collect::<Vec<_>>(),
        [
            "277-290",
            "DATE",
            "2016-06-25",
            "2016-06-25",
            "June",
            "25,",
            "2016"
        ]
    );
    let decade = text.lines().find(|l| l.ends_with("1930s")).unwrap();
    assert!(decade.contains(" 193 ") && decade.contains(" 193X "), "{decade}");
    let now = text.lines().find(|l| l.ends_with(" now")).unwrap();
    assert!(now.contains(" PRESENT_REF ") && now.contains(" - "), "{now}");
}

#[test]
fn a_bad_publication_date_or_file_is_said() {
    let output = chronicle(&["dates", ARTICLE, "--published", "14/03/2022"]);
    assert_eq!(code(&output), 2);
    assert_eq!(
        stderr(&output),
        "error: --published `14/03/2022` is not a day; write it as YYYY-MM-DD (2022-03-14)\n"
    );
    let output = chronicle(&["draft", "missing.txt", "--published", "2022-03-14"]);
    assert_eq!(code(&output), 1);
    assert!(
        stderr(&output).starts_with("error: missing.txt: cannot read it: "),
        "{}",
        stderr(&output)
    );
}

/// The draft of the article, written with -o and exported as JSON.
fn drafted(name: &str) -> Value {
    let folder = scratch(name);
    let out = folder.join("timeline.yaml");
    let output = chronicle(&[
        "draft",
        ARTICLE,
        "--published",
        "2022-03-14",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(
        stderr(&output).starts_with("drafted 7 events from 8 dated mentions in "),
        "{}",
        stderr(&output)
    );
    assert!(
        folder.join("source-article.txt").exists(),
        "the article is kept beside it"
    );
    let check = chronicle(&["check", out.to_str().unwrap()]);
    assert_eq!(code(&check), 0, "{}", stderr(&check));
    assert!(
        stderr(&check).ends_with("valid: 7 events, 14 actors, 1 source, 8 excerpts; 0 warnings\n"),
        "{}",
        stderr(&check)
    );
    let json = chronicle(&["export", out.to_str().unwrap(), "--format", "json"]);
    serde_json::from_str(&stdout(&json)).unwrap()
}

#[test]
fn the_draft_of_the_article_has_an_event_for_each_happening_and_checks() {
    let timeline = drafted("draft-events");
    let events = timeline["events"].as_array().unwrap();
    let dates: Vec<&str> = events.iter().map(|e| e["date"].as_str().unwrap()).collect();
    assert_eq!(
        dates,
        [
            "2016-06-25",
            "2021-02-04",
            "2021-11",
            "2022",
            "2022-03-13",
            "2022-03-13",
            "2022-03-14"
        ]
    );
    let meeting = &events[6];
    assert_eq!(
        meeting["excerpts"].as_array().unwrap().len(),
        2,
        "the two March 14 mentions are one meeting"
    );
    assert_eq!(meeting["date_text"], "March 14");
    assert_eq!(meeting["date_basis"], "inferred");
    assert_eq!(
        meeting["status"], "scheduled",
        "on the day of publication, and \"scheduled for\" it"
    );
    for event in &events[..6] {
        assert_eq!(event["status"], "reported");
    }
    for event in events {
        assert_eq!(event["tags"], serde_json::json!(["draft"]));
        assert!(
            event["note"]
                .as_str()
                .unwrap()
                .starts_with("Draft: proposed from “")
        );
    }
    let report = &events[4];
    assert_eq!(
        report["title"],
        "After it emerged on March 13 that Vladimir Putin asked China for military equipment"
    );
    let quote = report["excerpts"][0]["quote"].as_str().unwrap();
    assert!(
        quote.starts_with(
            "The United States is rushing to prevent a new axis of power between China and Russia"
        )
    );
}

#[test]
fn the_draft_proposes_the_recurring_names_as_actors() {
    let timeline = drafted("draft-actors");
    let actors: Vec<(String, String)> = timeline["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["name"].as_str().unwrap().to_owned(),
                a["kind"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let has = |name: &str, kind: &str| actors.iter().any(|(n, k)| n == name && k == kind);
    assert!(
        has("Russia", "state") && has("China", "state") && has("Ukraine", "state"),
        "{actors:?}"
    );
    assert!(
        has("Vladimir Putin", "person") && has("Xi Jinping", "person") && has("Jake Sullivan", "person"),
        "{actors:?}"
    );
    assert!(
        has("Financial Times", "media") && has("Washington Post", "media"),
        "{actors:?}"
    );
}
