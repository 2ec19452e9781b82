//! Behaviour of `find` on whole texts: what it must find, what it must leave, and its bound.

use chrono::NaiveDate;

use super::{Timex, TimexType, find};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn found(text: &str, published: NaiveDate) -> Vec<(String, &'static str, String)> {
    find(text, published)
        .into_iter()
        .map(|t: Timex| (text[t.start..t.end].to_string(), t.kind.as_str(), t.value))
        .collect()
}

fn has(all: &[(String, &'static str, String)], extent: &str, kind: &str, value: &str) -> usize {
    all.iter()
        .filter(|f| f.0 == extent && f.1 == kind && f.2 == value)
        .count()
}

/// A short report of the kind chronicle's timelines quote, written for this test.
const REPORT: &str = "Leaders gather in Geneva\n\n\
Delegates arrive for the summit on March 13, 2022, in Geneva. (File photo taken on June 25, 2016.)\n\n\
The talks were first proposed in November 2021, and the 2022 Beijing Winter Olympics delayed \
them. Officials met on March 13 and will meet again on March 14. We expect a statement, one \
aide said. Now the delegates say the fighting goes on every day, as it did in Europe in the \
1930s and 40s. A second round is set for March 14, aides said, and may follow on March 13 \
next year. Archive picture of February 04, 2021.";

#[test]
fn finds_what_a_news_report_dates() {
    let all = found(REPORT, day(2022, 3, 14));
    assert_eq!(has(&all, "March 13, 2022", "DATE", "2022-03-13"), 1, "{all:?}");
    assert_eq!(has(&all, "June 25, 2016", "DATE", "2016-06-25"), 1, "{all:?}");
    assert_eq!(has(&all, "February 04, 2021", "DATE", "2021-02-04"), 1, "{all:?}");
    assert_eq!(has(&all, "November 2021", "DATE", "2021-11"), 1, "{all:?}");
    assert_eq!(has(&all, "2022", "DATE", "2022"), 1, "{all:?}");
    assert_eq!(has(&all, "March 13", "DATE", "2022-03-13"), 2, "{all:?}");
    assert_eq!(has(&all, "March 14", "DATE", "2022-03-14"), 2, "{all:?}");
    assert_eq!(has(&all, "Now", "DATE", "PRESENT_REF"), 1, "{all:?}");
    assert_eq!(has(&all, "every day", "SET", "P1D"), 1, "{all:?}");
    assert_eq!(has(&all, "1930s", "DATE", "193"), 1, "{all:?}");
    assert_eq!(has(&all, "40s", "DATE", "194"), 1, "{all:?}");
    assert!(
        !all.iter()
            .any(|f| f.0.contains("Winter") || f.0 == "We" || f.0.contains("second")),
        "{all:?}"
    );
}

#[test]
fn leaves_words_that_only_look_like_dates() {
    let text = "We may march on the sun. They sat in the second row. The Winter Games and the \
                Summer Olympics drew crowds. May Lewis spoke. A march began. The Arab Spring \
                spread. Theresa May said we would wed in the fall of the empire. Children ages \
                6 months and older, and a 22-year-old son, ran a sub-five-minute mile. One second \
                counts. The 2010 commando raid killed nine. It costs $2013 or 1500 dollars.";
    let all = found(text, day(2013, 3, 22));
    assert!(all.is_empty(), "{all:?}");
}

#[test]
fn tense_decides_unwritten_years() {
    let p = day(2013, 3, 22);
    assert_eq!(found("The firm was sold in June.", p)[0].2, "2012-06");
    assert_eq!(found("The firm will be sold in June.", p)[0].2, "2013-06");
    assert_eq!(found("He resigned on Monday.", p)[0].2, "2013-03-18");
    assert_eq!(found("He is expected to resign on Monday.", p)[0].2, "2013-03-25");
    assert_eq!(found("Two years ago the plant closed.", p)[0].2, "2011");
    assert_eq!(found("The deal was signed last month.", p)[0].2, "2013-02");
    assert_eq!(found("The law takes effect next year.", p)[0].2, "2014");
}

#[test]
fn dates_map_to_chronicle_dates() {
    let text = "The rally was held this week, in the 1940s spirit, on Friday afternoon in spring 2012.";
    let found = find(text, day(2013, 3, 13));
    let dates: Vec<_> = found.iter().map(Timex::chronicle_date).collect();
    let want = ["2013-03-11/2013-03-17", "194X", "2013-03-08", "2012-21"];
    assert_eq!(dates, want.map(|s| Some(s.to_string())));
    let spans = super::sentences(text);
    let holding = spans.iter().find(|s| s.contains(&found[0].start)).unwrap();
    assert_eq!(&text[holding.clone()], text, "one sentence holds them all");
    assert_eq!(
        find("for three months", day(2013, 3, 13))[0].kind,
        TimexType::Duration
    );
}

/// Worst case: a megabyte of what the rules look at, with nothing for them to finish on. The
/// work per token is bounded, so this takes as long as a megabyte of prose.
#[test]
fn hostile_input_stays_linear() {
    let mut text = "1".repeat(1 << 20);
    text.push_str(" March");
    assert_eq!(find(&text, day(2013, 3, 22)).len(), 0);
    let words = "the last early March 13 , 2013 - 58 every each 1930 's the day before ";
    let text = words.repeat((1 << 20) / words.len());
    assert!(!find(&text, day(2013, 3, 22)).is_empty());
    let text = "May ".repeat(1 << 18) + &"1/2/".repeat(1 << 16) + &":".repeat(1 << 16);
    assert!(find(&text, day(2013, 3, 22)).len() < 1 << 18);
}
