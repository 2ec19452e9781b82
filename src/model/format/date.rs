//! Event dates: an EDTF subset with year, month or day precision, qualifiers, ranges and open bounds.

use std::fmt;

use chrono::{Datelike, NaiveDate};

/// How finely a date point is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl Precision {
    /// The lowercase name used in JSON output and documentation.
    pub fn name(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
        }
    }
}

/// One calendar point at some precision, with EDTF qualifiers (`?` uncertain, `~` approximate).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DatePoint {
    first: NaiveDate,
    precision: Precision,
    uncertain: bool,
    approximate: bool,
}

impl DatePoint {
    pub fn precision(&self) -> Precision {
        self.precision
    }

    pub fn is_uncertain(&self) -> bool {
        self.uncertain
    }

    pub fn is_approximate(&self) -> bool {
        self.approximate
    }

    /// The first calendar day this point covers (1 Jan for a year, the 1st for a month).
    pub fn first_day(&self) -> NaiveDate {
        self.first
    }

    /// The last calendar day this point covers.
    pub fn last_day(&self) -> NaiveDate {
        let d = self.first;
        match self.precision {
            Precision::Day => d,
            Precision::Month => last_day_of_month(d.year(), d.month()),
            Precision::Year => NaiveDate::from_ymd_opt(d.year(), 12, 31).unwrap_or(d),
        }
    }

    /// The point in the format's own syntax: `2022-03-13?`, `-0044-03`, `2021~`.
    pub fn edtf(&self) -> String {
        let d = self.first;
        let year = d.year();
        let mut text = if year < 0 {
            format!("-{:04}", -year)
        } else {
            format!("{year:04}")
        };
        if self.precision >= Precision::Month {
            text.push_str(&format!("-{:02}", d.month()));
        }
        if self.precision == Precision::Day {
            text.push_str(&format!("-{:02}", d.day()));
        }
        text.push_str(match (self.uncertain, self.approximate) {
            (true, true) => "%",
            (true, false) => "?",
            (false, true) => "~",
            (false, false) => "",
        });
        text
    }

    /// The point without qualifiers, its year left out when `with_year` is false.
    pub(crate) fn write_plain(&self, f: &mut fmt::Formatter<'_>, with_year: bool) -> fmt::Result {
        let d = self.first;
        match self.precision {
            Precision::Year => write!(f, "{}", d.year()),
            Precision::Month if with_year => write!(f, "{} {}", month_abbrev(d.month()), d.year()),
            Precision::Month => write!(f, "{}", month_abbrev(d.month())),
            Precision::Day if with_year => {
                write!(f, "{} {} {}", d.day(), month_abbrev(d.month()), d.year())
            }
            Precision::Day => write!(f, "{} {}", d.day(), month_abbrev(d.month())),
        }
    }
}

impl fmt::Display for DatePoint {
    /// `13 Mar 2022`, `Nov 2021`, `2022`; approximate points read `c. Mar 2022`, uncertain ones `13 Mar 2022?`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.approximate {
            f.write_str("c. ")?;
        }
        self.write_plain(f, true)?;
        if self.uncertain {
            f.write_str("?")?;
        }
        Ok(())
    }
}

/// When an event happened: one point, or an interval whose ends may be open (`..`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventDate {
    Point(DatePoint),
    /// At least one bound is present; `None` is an open bound.
    Interval {
        start: Option<DatePoint>,
        end: Option<DatePoint>,
    },
}

impl EventDate {
    /// The first calendar day the date covers, or `None` when the start is open.
    pub fn first_day(&self) -> Option<NaiveDate> {
        match self {
            EventDate::Point(p) => Some(p.first_day()),
            EventDate::Interval { start, .. } => start.map(|p| p.first_day()),
        }
    }

    /// The last calendar day the date covers, or `None` when the end is open.
    pub fn last_day(&self) -> Option<NaiveDate> {
        match self {
            EventDate::Point(p) => Some(p.last_day()),
            EventDate::Interval { end, .. } => end.map(|p| p.last_day()),
        }
    }

    /// The bound that places the event in time: the start, or the end when the start is open.
    pub fn anchor(&self) -> DatePoint {
        match self {
            EventDate::Point(p) => *p,
            EventDate::Interval { start: Some(p), .. } => *p,
            EventDate::Interval {
                start: None,
                end: Some(p),
            } => *p,
            EventDate::Interval {
                start: None,
                end: None,
            } => unreachable!("parse never builds an interval open at both ends"),
        }
    }

    /// The date in the format's own syntax, as it would be written: `2022-02-04/2022-02-20`,
    /// `../2022-03-13`. Parsing it gives this date back.
    pub fn edtf(&self) -> String {
        let bound = |p: &Option<DatePoint>| p.map_or_else(|| "..".to_owned(), |p| p.edtf());
        match self {
            EventDate::Point(p) => p.edtf(),
            EventDate::Interval { start, end } => format!("{}/{}", bound(start), bound(end)),
        }
    }

    /// The precision of the anchor bound.
    pub fn precision(&self) -> Precision {
        self.anchor().precision()
    }

    /// The day this date sorts by: the first day of its anchor.
    pub fn sort_day(&self) -> NaiveDate {
        self.anchor().first_day()
    }

    /// Where the date sorts in a timeline: by anchor day, then coarser precision first.
    pub fn sort_key(&self) -> (NaiveDate, Precision) {
        (self.sort_day(), self.precision())
    }
}

impl fmt::Display for EventDate {
    /// `13 Mar 2022`, `4–20 Feb 2022`, `Dec 2021 – Feb 2022`, `≤ 13 Mar 2022`, `≥ 2022`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventDate::Point(p) => p.fmt(f),
            EventDate::Interval {
                start: None,
                end: Some(end),
            } => write!(f, "≤ {end}"),
            EventDate::Interval {
                start: Some(start),
                end: None,
            } => write!(f, "≥ {start}"),
            EventDate::Interval {
                start: Some(start),
                end: Some(end),
            } => write_closed_interval(f, start, end),
            EventDate::Interval {
                start: None,
                end: None,
            } => f.write_str(".."),
        }
    }
}

fn write_closed_interval(f: &mut fmt::Formatter<'_>, start: &DatePoint, end: &DatePoint) -> fmt::Result {
    let plain = |p: &DatePoint| !p.approximate && !p.uncertain;
    let (s, e) = (start.first_day(), end.first_day());
    let same_precision = start.precision == end.precision && plain(start) && plain(end);
    if same_precision && start.precision == Precision::Day && s.year() == e.year() {
        if s.month() == e.month() {
            return write!(
                f,
                "{}–{} {} {}",
                s.day(),
                e.day(),
                month_abbrev(s.month()),
                s.year()
            );
        }
        start.write_plain(f, false)?;
        f.write_str(" – ")?;
        return end.write_plain(f, true);
    }
    if same_precision && start.precision == Precision::Month && s.year() == e.year() {
        return write!(
            f,
            "{}–{} {}",
            month_abbrev(s.month()),
            month_abbrev(e.month()),
            s.year()
        );
    }
    if same_precision && start.precision == Precision::Year {
        return write!(f, "{}–{}", s.year(), e.year());
    }
    write!(f, "{start} – {end}")
}

/// Why a date string was rejected; the message is written for the person editing the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    pub message: String,
    pub hint: Option<String>,
}

impl DateError {
    fn new(message: impl Into<String>, hint: Option<&str>) -> Self {
        DateError {
            message: message.into(),
            hint: hint.map(str::to_owned),
        }
    }
}

const DATE_FORMS_HINT: &str = "write YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ? (uncertain) or ~ (approximate); ranges as START/END, open ends as ..";

/// Parses an EDTF-style date: `2022`, `2021-11`, `2022-03-13`, `2022-03~`, `2022-03-13?`,
/// `2022-02-04/2022-02-20`, `../2022-03-13`, `2022-03/..`.
///
/// ```
/// use chronicle::model::{Precision, parse_event_date};
///
/// let call = parse_event_date("2021-11").unwrap();
/// assert_eq!(call.precision(), Precision::Month);
/// assert_eq!(call.to_string(), "Nov 2021");
/// assert_eq!(parse_event_date("2022-02-04/2022-02-20").unwrap().to_string(), "4–20 Feb 2022");
/// assert!(parse_event_date("2022-02-30").is_err());
/// ```
pub fn parse_event_date(text: &str) -> Result<EventDate, DateError> {
    let text = text.trim();
    let Some((left, right)) = text.split_once('/') else {
        return parse_point(text).map(EventDate::Point);
    };
    let start = parse_bound(left)?;
    let end = parse_bound(right)?;
    match (start, end) {
        (None, None) => Err(DateError::new(
            format!("`{text}` is open at both ends"),
            Some("give at least one bound, e.g. ../2022-03-13 for \"on or before 13 March 2022\""),
        )),
        (Some(s), Some(e)) if e.last_day() < s.first_day() => Err(DateError::new(
            format!("the range `{text}` ends before it starts"),
            Some("put the earlier date first: START/END"),
        )),
        (start, end) => Ok(EventDate::Interval { start, end }),
    }
}

fn parse_bound(text: &str) -> Result<Option<DatePoint>, DateError> {
    match text {
        ".." => Ok(None),
        "" => Err(DateError::new(
            "a range bound is empty",
            Some("write .. for an open bound, e.g. ../2022-03-13"),
        )),
        _ => parse_point(text).map(Some),
    }
}

fn parse_point(text: &str) -> Result<DatePoint, DateError> {
    let (body, uncertain, approximate) = split_qualifier(text);
    let (negative, digits) = match body.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, body),
    };
    let parts: Vec<&str> = digits.split('-').collect();
    let well_formed = matches!(parts.as_slice(), [y] | [y, _] | [y, _, _] if y.len() == 4)
        && parts.iter().skip(1).all(|p| p.len() == 2)
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
    if !well_formed {
        return Err(DateError::new(
            format!("`{text}` is not a date"),
            Some(DATE_FORMS_HINT),
        ));
    }
    let number = |s: &str| s.parse::<u32>().unwrap_or(0);
    let year = number(parts[0]) as i32 * if negative { -1 } else { 1 };
    let month = parts.get(1).map(|m| number(m));
    let day = parts.get(2).map(|d| number(d));
    let first = calendar_day(text, year, month, day)?;
    let precision = match (month, day) {
        (None, _) => Precision::Year,
        (Some(_), None) => Precision::Month,
        (Some(_), Some(_)) => Precision::Day,
    };
    Ok(DatePoint {
        first,
        precision,
        uncertain,
        approximate,
    })
}

fn split_qualifier(text: &str) -> (&str, bool, bool) {
    if let Some(body) = text.strip_suffix('%') {
        (body, true, true)
    } else if let Some(body) = text.strip_suffix('?') {
        (body, true, false)
    } else if let Some(body) = text.strip_suffix('~') {
        (body, false, true)
    } else {
        (text, false, false)
    }
}

fn calendar_day(text: &str, year: i32, month: Option<u32>, day: Option<u32>) -> Result<NaiveDate, DateError> {
    let month_number = month.unwrap_or(1);
    if !(1..=12).contains(&month_number) {
        return Err(DateError::new(
            format!("`{text}` has no month {month_number}"),
            Some("months run from 01 to 12"),
        ));
    }
    NaiveDate::from_ymd_opt(year, month_number, day.unwrap_or(1)).ok_or_else(|| {
        let last = last_day_of_month(year, month_number).day();
        DateError::new(
            format!("`{text}` is not a calendar day"),
            Some(&format!("{} {year} has {last} days", month_name(month_number))),
        )
    })
}

fn last_day_of_month(year: i32, month: u32) -> NaiveDate {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(next_year, next_month, 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_name(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

fn month_abbrev(month: u32) -> &'static str {
    &month_name(month)[..3]
}

#[cfg(test)]
#[path = "date_tests.rs"]
mod tests;
