//! Maps TimeML values of dates and times to chronicle's EDTF-like date strings.

use chrono::{Duration, NaiveDate};

use super::TimexType;

/// The chronicle date a DATE or TIME value stands for: `2022-03-13`, `2021-11`, `2022`,
/// `194X` for a decade, `19XX` for a century, a Monday–Sunday range for an ISO week, an EDTF
/// season code (`2022-22`) for a season, a month range for a quarter, `YYYY-MM-DDTHH:MM:SS`
/// for a clock time, and the day alone for a part of a day (`2013-03-22TAF`). `None` for
/// durations, sets, and values with no place on the calendar (`PRESENT_REF`, `XXXX-XX-XX`).
pub fn chronicle_date(kind: TimexType, value: &str) -> Option<String> {
    if matches!(kind, TimexType::Duration | TimexType::Set) {
        return None;
    }
    let (date, time) = value.split_once('T').map_or((value, None), |(d, t)| (d, Some(t)));
    let b = date.as_bytes();
    if !b.iter().take(2).all(u8::is_ascii_digit) {
        return None;
    }
    match (date.len(), b.get(4), b.get(5)) {
        (2, ..) => Some(format!("{date}XX")),
        (3, ..) => Some(format!("{date}X")),
        (4, ..) => Some(date.to_string()),
        (7, Some(b'-'), Some(b'Q')) => quarter(date),
        (7, Some(b'-'), Some(b'0'..=b'9')) => Some(date.to_string()),
        (7, Some(b'-'), _) => season(date),
        (8 | 11, Some(b'-'), Some(b'W')) => week(&date[..8]),
        (10, ..) if date.ends_with("XX-XX") => Some(date[..4].to_string()),
        (10, ..) => Some(with_time(date.parse::<NaiveDate>().ok()?, time)),
        _ => None,
    }
}

fn with_time(date: NaiveDate, time: Option<&str>) -> String {
    let day = date.format("%Y-%m-%d").to_string();
    let Some(t) = time.filter(|t| t.starts_with(|c: char| c.is_ascii_digit())) else {
        return day;
    };
    let (h, m) = t.split_once(':').unwrap_or((t, "00"));
    format!("{day}T{h:0>2}:{m:0>2}:00")
}

fn season(date: &str) -> Option<String> {
    let code = match &date[5..] {
        "SP" => 21,
        "SU" => 22,
        "FA" => 23,
        "WI" => 24,
        _ => return None,
    };
    Some(format!("{}-{code}", &date[..4]))
}

fn quarter(date: &str) -> Option<String> {
    let q: u32 = date[6..].parse().ok().filter(|q| (1..=4).contains(q))?;
    Some(format!("{y}-{:02}/{y}-{:02}", q * 3 - 2, q * 3, y = &date[..4]))
}

fn week(date: &str) -> Option<String> {
    let year: i32 = date[..4].parse().ok()?;
    let week: u32 = date[6..8].parse().ok()?;
    let monday = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)?;
    let sunday = monday + Duration::days(6);
    Some(format!(
        "{}/{}",
        monday.format("%Y-%m-%d"),
        sunday.format("%Y-%m-%d")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use TimexType::{Date, Duration as Span, Time};

    #[test]
    fn maps_each_precision() {
        let cases = [
            (Date, "2022-03-13", Some("2022-03-13")),
            (Date, "2021-11", Some("2021-11")),
            (Date, "2022", Some("2022")),
            (Date, "194", Some("194X")),
            (Date, "19", Some("19XX")),
            (Date, "2013-W11", Some("2013-03-11/2013-03-17")),
            (Date, "2013-W12-WE", Some("2013-03-18/2013-03-24")),
            (Date, "2022-SU", Some("2022-22")),
            (Date, "2013-Q1", Some("2013-01/2013-03")),
            (Time, "2022-03-13T14:30", Some("2022-03-13T14:30:00")),
            (Time, "2012-03-13T20", Some("2012-03-13T20:00:00")),
            (Time, "2013-03-22TAF", Some("2013-03-22")),
            (Date, "2012-XX-XX", Some("2012")),
            (Date, "PRESENT_REF", None),
            (Date, "XXXX-XX-XX", None),
            (Span, "P3M", None),
        ];
        for (kind, value, want) in cases {
            assert_eq!(chronicle_date(kind, value).as_deref(), want, "{value}");
        }
    }
}
