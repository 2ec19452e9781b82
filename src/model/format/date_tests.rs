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
        ("2022-00", "`2022-00` has no month 00"),
        (
            "22-03-13",
            "`22-03-13` is not a date: a date starts with a four-digit year (the last digits may be X)",
        ),
        ("2022-3-13", "`2022-3-13` is not a date: `3` is not two digits"),
        (
            "March 2022",
            "`March 2022` is not a date: a date starts with a four-digit year (the last digits may be X)",
        ),
        ("", "`` is not a date: a date starts with a four-digit year"),
        (
            "2022-03-13/2022-03-01",
            "the range `2022-03-13/2022-03-01` ends before it starts",
        ),
        ("../..", "`../..` has no known bound"),
        ("/", "`/` has no known bound"),
        ("XXXX-XX", "`XXXX-XX` has no known year"),
        (
            "2022-03-13T09:30/2022-03-14",
            "`2022-03-13T09:30/2022-03-14` is not a date: a time of day cannot be an end of an interval",
        ),
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
        "193X",
        "-01XX",
        "2022-24",
        "2022-03-XX",
        "2022-XX",
        "2022-03-13T09:30:00.042+05:30",
        "2022-03-13T09:30:00Z",
        "Y-170000002",
        "/2006",
        "2004-06-01/",
    ] {
        let parsed = date(text);
        assert_eq!(parsed.edtf(), text);
        assert_eq!(date(&parsed.edtf()), parsed);
    }
}

#[test]
fn the_forms_of_level_1_read_in_words() {
    let shown: Vec<String> = [
        "193X",
        "19XX",
        "-01XX",
        "2022-21",
        "2022-24",
        "2022-03-XX",
        "2022-XX",
        "2022-03-13T09:30:00",
        "2022-03-13T09:30:15Z",
        "2022-03-13T09:30:00.25+01:00",
        "2022-03-13T23:00:00-04",
        "Y-170000002",
        "Y17000",
        "/2006",
        "2004-06/",
        "../2006",
        "2022-21/2022-22",
    ]
    .iter()
    .map(|t| date(t).to_string())
    .collect();
    assert_eq!(
        shown,
        [
            "1930s",
            "1900s",
            "-199 – -100",
            "spring 2022",
            "winter 2022–23",
            "Mar 2022 (day unknown)",
            "2022 (month unknown)",
            "13 Mar 2022 09:30",
            "13 Mar 2022 09:30:15 UTC",
            "13 Mar 2022 09:30:00.25 +01:00",
            "13 Mar 2022 23:00 −04:00",
            "-170,000,002",
            "17000",
            "? – 2006",
            "Jun 2004 – ?",
            "≤ 2006",
            "spring 2022 – summer 2022",
        ]
    );
}

#[test]
fn new_precisions_sort_coarsest_first_and_times_in_their_day() {
    let mut dates = [
        "2022-03-13T09:30:00",
        "2022-03-13",
        "2022-03-13T08:00:00",
        "2022-21",
        "2022-03",
        "202X",
        "2022",
        "Y-170000002",
        "-9999",
    ]
    .map(date);
    dates.sort_by_key(EventDate::sort_key);
    let written: Vec<String> = dates.iter().map(EventDate::edtf).collect();
    assert_eq!(
        written,
        [
            "Y-170000002",
            "-9999",
            "202X",
            "2022",
            "2022-21",
            "2022-03",
            "2022-03-13",
            "2022-03-13T08:00:00",
            "2022-03-13T09:30:00",
        ]
    );
    assert_eq!(date("Y-170000002").first_day(), Some(NaiveDate::MIN));
    assert_eq!(date("Y170000002").last_day(), Some(NaiveDate::MAX));
    assert_eq!(date("202X").precision(), Precision::Decade);
    assert_eq!(date("2022-21").precision(), Precision::Season);
    assert_eq!(date("2022-03-13T09:30:00").precision(), Precision::Minute);
    assert_eq!(date("2022-03-13T09:30:01").precision(), Precision::Second);
}

#[test]
fn an_unknown_end_is_not_an_open_one() {
    let unknown = date("/2006");
    let open = date("../2006");
    assert_ne!(unknown, open);
    assert_eq!(unknown.first_day(), None);
    assert_eq!(unknown.last_day(), Some(day(2006, 12, 31)));
    assert_eq!(unknown.edtf(), "/2006");
    assert_eq!(open.edtf(), "../2006");
}

proptest::proptest! {
    /// Any string of EDTF's characters parses to a date that is written back as a string
    /// parsing to the same date, or is refused; nothing panics.
    #[test]
    fn any_string_of_date_characters_round_trips_or_is_refused(
        text in "[-0-9XY/.~?%TZ:+]{0,24}|[0-9X]{4}(-[0-9X]{2}){0,2}([~?%]|T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}(:[0-9]{2})?)?)?"
    ) {
        if let Ok(parsed) = parse_event_date(&text) {
            let written = parsed.edtf();
            proptest::prop_assert_eq!(parse_event_date(&written), Ok(parsed), "{} → {}", text, written);
            let _ = (parsed.to_string(), parsed.sort_key(), parsed.first_day(), parsed.last_day());
        }
    }
}
