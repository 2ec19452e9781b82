//! Tests of TimelineJS dates in the format's syntax.

use super::*;

fn parts(values: &[&str]) -> DateParts {
    let get = |i: usize| values.get(i).map(|v| (*v).to_owned()).filter(|v| !v.is_empty());
    DateParts {
        year: get(0),
        month: get(1),
        day: get(2),
        hour: get(3),
        minute: get(4),
        second: get(5),
        millisecond: get(6),
    }
}

fn date(values: &[&str]) -> String {
    imported_date(&parts(values), None).unwrap().date
}

#[test]
fn each_precision_is_kept() {
    assert_eq!(date(&["2016"]), "2016");
    assert_eq!(date(&["1943", "7"]), "1943-07");
    assert_eq!(date(&["1908", "05", "13"]), "1908-05-13");
    assert_eq!(date(&["2016", "11", "13", "9", "30"]), "2016-11-13T09:30:00");
    assert_eq!(
        date(&["2000", "01", "05", "6", "45", "56"]),
        "2000-01-05T06:45:56"
    );
    assert_eq!(
        date(&["2015", "01", "01", "01", "01", "01", "01"]),
        "2015-01-01T01:01:01.001"
    );
    assert_eq!(
        date(&["2015", "01", "01", "01", "01", "01", "999"]),
        "2015-01-01T01:01:01.999"
    );
}

#[test]
fn small_negative_and_huge_years() {
    assert_eq!(date(&["602"]), "0602");
    assert_eq!(date(&["0"]), "0000");
    assert_eq!(date(&["-258"]), "-0258");
    assert_eq!(date(&["-5410"]), "-5410");
    assert_eq!(date(&["-13798000000"]), "Y-13798000000");
    assert_eq!(date(&["12000"]), "Y12000");
}

#[test]
fn ranges_hold_days_and_say_their_times() {
    let start = parts(&["1920", "01", "05", "6", "45", "56"]);
    let end = parts(&["1923", "01", "05", "6", "45", "56"]);
    assert_eq!(
        imported_date(&start, Some(&end)).unwrap(),
        ImportedDate {
            date: "1920-01-05/1923-01-05".to_owned(),
            dropped: Some("1920-01-05 06:45:56 – 1923-01-05 06:45:56".to_owned()),
            start_only: false,
        }
    );
    let plain = imported_date(&parts(&["1815", "12", "10"]), Some(&parts(&["1852", "11", "27"]))).unwrap();
    assert_eq!(plain.date, "1815-12-10/1852-11-27");
    assert_eq!(plain.dropped, None);
    // An end with no year is no end.
    assert_eq!(
        imported_date(&parts(&["1815"]), Some(&parts(&[]))).unwrap().date,
        "1815"
    );
}

#[test]
fn a_range_of_years_past_four_digits_is_kept_as_its_start() {
    let span = imported_date(&parts(&["-13648000000"]), Some(&parts(&["-12798000000"]))).unwrap();
    assert_eq!(
        span,
        ImportedDate {
            date: "Y-13648000000".to_owned(),
            dropped: Some("-13,648,000,000 – -12,798,000,000".to_owned()),
            start_only: true,
        }
    );
    let typo = imported_date(
        &DateParts::from_legacy("1961,1,1"),
        Some(&DateParts::from_legacy("196002152034")),
    )
    .unwrap();
    assert_eq!(typo.date, "1961-01-01");
    assert_eq!(typo.dropped.as_deref(), Some("1961-01-01 – 196,002,152,034"));
}

#[test]
fn legacy_dates_are_comma_separated() {
    let legacy = DateParts::from_legacy("2011,3,23");
    assert_eq!(imported_date(&legacy, None).unwrap().date, "2011-03-23");
    assert_eq!(
        imported_date(&DateParts::from_legacy("1985"), None).unwrap().date,
        "1985"
    );
    let range = imported_date(
        &DateParts::from_legacy("1991,10,6"),
        Some(&DateParts::from_legacy("1996,10,31")),
    );
    assert_eq!(range.unwrap().date, "1991-10-06/1996-10-31");
}

#[test]
fn wrong_parts_are_named() {
    let error = |values: &[&str]| imported_date(&parts(values), None).unwrap_err();
    assert_eq!(error(&[]), "its start date has no year");
    assert_eq!(
        error(&["20x6"]),
        "its start date has the year `20x6`, not a whole number"
    );
    assert_eq!(
        error(&["2016", "13"]),
        "its start date has the month `13`, outside 1–12"
    );
    assert_eq!(
        error(&["2015", "2", "29"]),
        "its start date has the day `29`, outside 1–28"
    );
    assert_eq!(error(&["2016", "", "3"]), "its start date has a day but no month");
    assert_eq!(
        error(&["2016", "1", "", "9"]),
        "its start date has a time of day but no day"
    );
    assert_eq!(
        error(&["2016", "1", "2", "24"]),
        "its start date has the hour `24`, outside 0–23"
    );
    let backwards = imported_date(&parts(&["2000"]), Some(&parts(&["1990"]))).unwrap_err();
    assert!(
        backwards.starts_with("`2000/1990` is not a date: "),
        "{backwards}"
    );
}
