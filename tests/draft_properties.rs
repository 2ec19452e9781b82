//! Property: a draft of any text loads as a valid timeline, every quote found in the text, and
//! `dates` never panics; made-up articles of date words, names and punctuation.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

use chronicle::draft::{DraftOptions, draft};
use chronicle::model::{Input, TextsInMemory, load_inputs};
use proptest::prelude::*;

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "On",
            "on",
            "March",
            "13",
            "14,",
            "2022",
            "Monday",
            "last",
            "week",
            "year",
            "next",
            "the",
            "1930s",
            "and",
            "40s",
            "every",
            "day",
            "now",
            "ago",
            "two",
            "years",
            "will",
            "meet",
            "met",
            "said",
            "Xi",
            "Jinping",
            "President",
            "Joe",
            "Biden",
            "Rome",
            "China's",
            "U.S.",
            ".",
            ",",
            "\"",
            "\n\n",
            "\n",
            "Mr.",
            "May",
            "may",
            "Winter",
            "Olympics",
            "we",
            "at",
            "9:30",
            "a.m.",
            "-",
            "’s",
            "é",
            "中",
            "3/13/22",
            "—",
            ";",
            "(",
            ")",
        ]),
        0..60,
    )
    .prop_map(|words| words.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_draft_loads_with_every_quote_found(text in article(), day in 1u32..28) {
        let published = chrono::NaiveDate::from_ymd_opt(2022, 3, day).unwrap();
        let options = DraftOptions {
            published,
            title: None,
            name: "article.txt".to_owned(),
            text_path: "article.txt".to_owned(),
        };
        let drafted = draft(&text, &options);
        let json = serde_json::to_string(&drafted.timeline).unwrap();
        let input = Input { name: "draft.json".to_owned(), text: json.clone(), texts: Box::new(TextsInMemory::new([("article.txt", text.clone())])) };
        let loaded = load_inputs(vec![input]).unwrap_or_else(|d| panic!("{d:?}\n{text:?}\n{json}"));
        prop_assert_eq!(loaded.timeline.events.len(), drafted.timeline.events.len());
    }
}
