use super::*;

fn date(text: &str) -> EventDate {
    parse_event_date(text).unwrap_or_else(|e| panic!("{text}: {}", e.message))
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn precision_comes_from_the_string() {
    assert_eq!(date("2022").precision(), Precision::Year);
    assert_eq!(date("2021-11").precision(), Precision::Month);
    assert_eq!(date("2022-03-13").precision(), Precision::Day);
}

#[test]
fn points_cover_their_whole_period() {
    assert_eq!(date("2022").first_day(), Some(day(2022, 1, 1)));
    assert_eq!(date("2022").last_day(), Some(day(2022, 12, 31)));
    assert_eq!(date("2021-11").last_day(), Some(day(2021, 11, 30)));
    assert_eq!(date("2024-02").last_day(), Some(day(2024, 2, 29)));
    assert_eq!(date("2022-03-13").last_day(), Some(day(2022, 3, 13)));
}

#[test]
fn dates_display_at_their_precision() {
    let shown: Vec<String> = [
        "2022",
        "2021-11",
        "2022-03-13",
        "2022-03~",
        "2022-03-13?",
        "2022-03%",
        "2022-02-04/2022-02-20",
        "2022-02-24/2022-03-13",
        "2021-12/2022-02",
        "2022-01/2022-03",
        "2020/2022",
        "../2022-03-13",
        "2022-03/..",
    ]
    .iter()
    .map(|t| date(t).to_string())
    .collect();
    assert_eq!(
        shown,
        [
            "2022",
            "Nov 2021",
            "13 Mar 2022",
            "c. Mar 2022",
            "13 Mar 2022?",
            "c. Mar 2022?",
            "4–20 Feb 2022",
            "24 Feb – 13 Mar 2022",
            "Dec 2021 – Feb 2022",
            "Jan–Mar 2022",
            "2020–2022",
            "≤ 13 Mar 2022",
            "≥ Mar 2022",
        ]
    );
}

#[test]
fn open_bounds_leave_that_side_unknown() {
    let before = date("../2022-03-13");
    assert_eq!(before.first_day(), None);
    assert_eq!(before.last_day(), Some(day(2022, 3, 13)));
    assert_eq!(before.sort_day(), day(2022, 3, 13));
    let after = date("2022-03/..");
    assert_eq!(after.first_day(), Some(day(2022, 3, 1)));
    assert_eq!(after.last_day(), None);
}

#[test]
fn coarser_dates_sort_first_on_the_same_day() {
    let mut dates = ["2021-11-01", "2021-11", "2021", "2021-10-31", "2021-11-02"].map(date);
    dates.sort_by_key(EventDate::sort_key);
    let shown: Vec<String> = dates.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        ["2021", "31 Oct 2021", "Nov 2021", "1 Nov 2021", "2 Nov 2021"]
    );
}

#[test]
fn wrong_dates_are_rejected_with_a_reason() {
    let cases = [
        ("2022-13-45", "`2022-13-45` has no month 13"),
        ("2022-02-30", "`2022-02-30` is not a calendar day"),
        ("2022-00", "`2022-00` has no month 0"),
        ("22-03-13", "`22-03-13` is not a date"),
        ("2022-3-13", "`2022-3-13` is not a date"),
        ("March 2022", "`March 2022` is not a date"),
        ("", "`` is not a date"),
        (
            "2022-03-13/2022-03-01",
            "the range `2022-03-13/2022-03-01` ends before it starts",
        ),
        ("../..", "`../..` is open at both ends"),
        ("/2022", "a range bound is empty"),
    ];
    for (text, message) in cases {
        let err = parse_event_date(text).expect_err(text);
        assert_eq!(err.message, message, "for {text}");
        assert!(err.hint.is_some(), "no hint for {text}");
    }
}

#[test]
fn february_hint_names_the_days_in_that_month() {
    let err = parse_event_date("2022-02-30").unwrap_err();
    assert_eq!(err.hint.as_deref(), Some("February 2022 has 28 days"));
}

#[test]
fn ranges_within_a_month_of_the_same_period_are_valid() {
    // A day inside the month it starts in is not "before" it.
    assert!(parse_event_date("2022-03/2022-03-01").is_ok());
}

#[test]
fn a_date_written_back_in_the_formats_syntax_parses_to_itself() {
    for text in [
        "2022",
        "2021-11",
        "2022-03-13",
        "2022-03~",
        "2022-03-13?",
        "2022-03%",
        "-0044-03-15",
        "0009",
        "2022-02-04/2022-02-20",
        "../2022-03-13",
        "2022-03/..",
        "2021-12/2022-02-15?",
    ] {
        let parsed = date(text);
        assert_eq!(parsed.edtf(), text);
        assert_eq!(date(&parsed.edtf()), parsed);
    }
}
