//! Event dates: EDTF Level 1 points (decades to seconds, seasons, unspecified digits, qualifiers)
//! and ranges whose ends may be open (`..`) or unknown (empty), over years of any size.

use chrono::NaiveDate;

use crate::model::format::edtf::{self, Day, Edtf, End, Point, Season, TimeOfDay, Within, Year};

/// How finely a date point is known, coarsest first (the order dates sort in on the same day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// A thousand years with three digits unspecified (`1XXX`).
    Millennium,
    /// A hundred years (`19XX`).
    Century,
    /// Ten years (`193X`).
    Decade,
    Year,
    Season,
    Month,
    Day,
    /// A time of day to the minute (`T09:30:00`).
    Minute,
    /// A time of day to the second or finer.
    Second,
}

impl Precision {
    /// The lowercase name used in JSON output and documentation.
    pub fn name(self) -> &'static str {
        match self {
            Precision::Millennium => "millennium",
            Precision::Century => "century",
            Precision::Decade => "decade",
            Precision::Year => "year",
            Precision::Season => "season",
            Precision::Month => "month",
            Precision::Day => "day",
            Precision::Minute => "minute",
            Precision::Second => "second",
        }
    }
}

/// One point in time at some precision, with EDTF qualifiers (`?` uncertain, `~` approximate).
/// Its year is known at least to its millennium. Packed into 16 bytes: every event holds one or
/// two.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct DatePoint {
    packed: Packed,
}

impl std::fmt::Debug for DatePoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DatePoint({})", self.edtf())
    }
}

impl DatePoint {
    /// The point as parsed; its year is never [`Year::Unknown`].
    pub fn edtf_point(&self) -> Point {
        self.packed.point()
    }

    pub fn precision(&self) -> Precision {
        let point = self.edtf_point();
        match (point.year, point.within, point.time) {
            (Year::Digits { unspecified: 1, .. }, ..) => Precision::Decade,
            (Year::Digits { unspecified: 2, .. }, ..) => Precision::Century,
            (Year::Digits { .. }, ..) => Precision::Millennium,
            (_, Within::Year | Within::UnknownMonth, _) => Precision::Year,
            (_, Within::Season(_), _) => Precision::Season,
            (_, Within::Month(_) | Within::UnknownDay(_), _) => Precision::Month,
            (_, Within::Day(..), None) => Precision::Day,
            (_, Within::Day(..), Some(t)) if t.second == 0 && t.fraction_digits == 0 => Precision::Minute,
            (_, Within::Day(..), Some(_)) => Precision::Second,
        }
    }

    pub fn is_uncertain(&self) -> bool {
        self.edtf_point().uncertain
    }

    pub fn is_approximate(&self) -> bool {
        self.edtf_point().approximate
    }

    pub fn time(&self) -> Option<TimeOfDay> {
        self.edtf_point().time
    }

    /// The first day this point covers, exactly, for any year.
    pub fn first(&self) -> Day {
        self.edtf_point().lower().unwrap_or(Day::new(0, 1, 1))
    }

    /// The last day this point covers, exactly, for any year.
    pub fn last(&self) -> Day {
        self.edtf_point().upper().unwrap_or(Day::new(0, 12, 31))
    }

    /// The first day this point covers as a calendar date; a day beyond chrono's years (about
    /// ±262,000) is taken as chrono's first or last day, before or after every other date.
    pub fn first_day(&self) -> NaiveDate {
        to_naive(self.first())
    }

    /// The last day this point covers as a calendar date, taken as [`DatePoint::first_day`] is.
    pub fn last_day(&self) -> NaiveDate {
        to_naive(self.last())
    }

    /// Where the point sorts: its first day, coarser precision first, then its time of day.
    fn sort_key(&self) -> SortKey {
        let time = self.edtf_point().time.map_or(0, |t| {
            u64::from(t.hour) * 3_600_000_000_000
                + u64::from(t.minute) * 60_000_000_000
                + u64::from(t.second) * 1_000_000_000
                + u64::from(t.nanos)
        });
        SortKey {
            day: self.first(),
            precision: self.precision(),
            time,
        }
    }
}

/// Where a date sorts in a timeline: by its anchor's first day, then coarser precision first,
/// then time of day (as written: times in different zones are not moved to UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SortKey {
    day: Day,
    precision: Precision,
    time: u64,
}

/// A day of any year as a chrono date, beyond chrono's years taken as its first or last day.
fn to_naive(day: Day) -> NaiveDate {
    i32::try_from(day.year)
        .ok()
        .and_then(|year| NaiveDate::from_ymd_opt(year, u32::from(day.month), u32::from(day.day)))
        .unwrap_or(if day.year < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        })
}

/// How a range runs on where it has no bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unbounded {
    /// `..`: it runs on without end on that side ("on or before").
    Open,
    /// Nothing written: the range has an end there, but when is not known.
    Unknown,
}

/// When an event happened: one point, or a range with at least one known bound (a range with
/// none cannot be built).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventDate {
    Point(DatePoint),
    /// `START/END`.
    Range(DatePoint, DatePoint),
    /// `START/..` or `START/`.
    From(DatePoint, Unbounded),
    /// `../END` or `/END`.
    Until(Unbounded, DatePoint),
}

impl EventDate {
    /// The known bounds: the start and the end (a point is its own start).
    pub fn bounds(&self) -> (Option<DatePoint>, Option<DatePoint>) {
        match *self {
            EventDate::Point(p) => (Some(p), None),
            EventDate::Range(s, e) => (Some(s), Some(e)),
            EventDate::From(s, _) => (Some(s), None),
            EventDate::Until(_, e) => (None, Some(e)),
        }
    }

    /// The first day the date covers, exactly; `None` when the start is open or unknown.
    pub fn first(&self) -> Option<Day> {
        match self {
            EventDate::Point(p) | EventDate::Range(p, _) | EventDate::From(p, _) => Some(p.first()),
            EventDate::Until(..) => None,
        }
    }

    /// The last day the date covers, exactly; `None` when the end is open or unknown.
    pub fn last(&self) -> Option<Day> {
        match self {
            EventDate::Point(p) | EventDate::Range(_, p) | EventDate::Until(_, p) => Some(p.last()),
            EventDate::From(..) => None,
        }
    }

    /// [`EventDate::first`] as a calendar date (see [`DatePoint::first_day`] for deep time).
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.first().map(to_naive)
    }

    /// [`EventDate::last`] as a calendar date (see [`DatePoint::first_day`] for deep time).
    pub fn last_day(&self) -> Option<NaiveDate> {
        self.last().map(to_naive)
    }

    /// The bound that places the event in time: the start, or the end when there is no start.
    pub fn anchor(&self) -> DatePoint {
        match *self {
            EventDate::Point(p) | EventDate::Range(p, _) | EventDate::From(p, _) => p,
            EventDate::Until(_, p) => p,
        }
    }

    /// The precision of the anchor bound.
    pub fn precision(&self) -> Precision {
        self.anchor().precision()
    }

    /// The day this date sorts by: the first day of its anchor, as a calendar date.
    pub fn sort_day(&self) -> NaiveDate {
        self.anchor().first_day()
    }

    /// Where the date sorts in a timeline: by anchor day, coarser precision first, then time.
    pub fn sort_key(&self) -> SortKey {
        self.anchor().sort_key()
    }
}

/// Why a date string was rejected; the message is written for the person editing the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    pub message: String,
    pub hint: Option<String>,
}

impl DateError {
    fn new(message: impl Into<String>, hint: impl Into<String>) -> Self {
        DateError {
            message: message.into(),
            hint: Some(hint.into()),
        }
    }
}

const DATE_FORMS_HINT: &str = "write YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ? (uncertain) or ~ (approximate); ranges as START/END; seasons, decades, times and open ends are in docs/format.md";

/// Parses an event date in EDTF Level 1: `2022`, `2021-11`, `2022-03-13`, `2022-03~`, `193X`,
/// `2022-21` (spring), `2022-03-XX`, `2022-03-13T09:30:00Z`, `Y-170000002`,
/// `2022-02-04/2022-02-20`, `../2022-03-13` (open), `/2006` (unknown start).
///
/// ```
/// use chronicle::model::{Precision, parse_event_date};
///
/// let call = parse_event_date("2021-11").unwrap();
/// assert_eq!(call.precision(), Precision::Month);
/// assert_eq!(call.to_string(), "Nov 2021");
/// assert_eq!(parse_event_date("2022-02-04/2022-02-20").unwrap().to_string(), "4–20 Feb 2022");
/// assert_eq!(parse_event_date("193X").unwrap().to_string(), "1930s");
/// assert!(parse_event_date("2022-02-30").is_err());
/// ```
pub fn parse_event_date(text: &str) -> Result<EventDate, DateError> {
    let text = text.trim();
    let parsed = edtf::parse(text).map_err(|e| explain(text, &e.message))?;
    let point = |p: Point| match (p.year, Packed::new(&p)) {
        (_, Some(packed)) => Ok(DatePoint { packed }),
        (Year::Unknown, None) => Err(DateError::new(
            format!("`{text}` has no known year"),
            "give the year, or at least its century (19XX) or decade (193X)",
        )),
        (_, None) => Err(DateError::new(
            format!("`{text}` is further from year 0 than chronicle holds"),
            format!("years run to ±{}", year_words(date_packed::YEAR_LIMIT)),
        )),
    };
    let unbounded = |end: End| match end {
        End::Open => Some(Unbounded::Open),
        End::Unknown => Some(Unbounded::Unknown),
        End::Point(_) => None,
    };
    match parsed {
        Edtf::Point(p) => Ok(EventDate::Point(point(p)?)),
        Edtf::Interval {
            start: End::Point(s),
            end: End::Point(e),
        } => Ok(EventDate::Range(point(s)?, point(e)?)),
        Edtf::Interval {
            start: End::Point(s),
            end,
        } => Ok(EventDate::From(
            point(s)?,
            unbounded(end).unwrap_or(Unbounded::Open),
        )),
        Edtf::Interval {
            start,
            end: End::Point(e),
        } => Ok(EventDate::Until(
            unbounded(start).unwrap_or(Unbounded::Open),
            point(e)?,
        )),
        Edtf::Interval { .. } => Err(DateError::new(
            format!("`{text}` has no known bound"),
            "give at least one bound, e.g. ../2022-03-13 for \"on or before 13 March 2022\"",
        )),
    }
}

/// The parser's reason, said of the whole text, with the hint that helps most.
fn explain(text: &str, reason: &str) -> DateError {
    if reason == "the interval ends before it starts" {
        return DateError::new(
            format!("the range `{text}` ends before it starts"),
            "put the earlier date first: START/END",
        );
    }
    if let Some(((year, month), day)) = no_such_day(reason) {
        return DateError::new(
            format!("`{text}` is not a calendar day"),
            format!("{} {year} has {day} days", month_name(month)),
        );
    }
    if let Some(month) = reason.strip_prefix("there is no month ") {
        let month = month.split(' ').next().unwrap_or(month);
        return DateError::new(
            format!("`{text}` has no month {month}"),
            "months run from 01 to 12, seasons from 21 (spring) to 24 (winter)",
        );
    }
    DateError::new(format!("`{text}` is not a date: {reason}"), DATE_FORMS_HINT)
}

/// From the parser's `YYYY-MM has no day DD`: the year and month, and how many days it has.
fn no_such_day(reason: &str) -> Option<((i64, u8), u8)> {
    let (year_month, _) = reason.split_once(" has no day ")?;
    let (year, month) = year_month.rsplit_once('-')?;
    let (year, month): (i64, u8) = (year.parse().ok()?, month.parse().ok()?);
    Some(((year, month), edtf::days_in_month(year, month)))
}

pub(crate) const MONTHS: [&str; 12] = [
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

pub(crate) fn month_name(month: u8) -> &'static str {
    MONTHS[usize::from(month.clamp(1, 12) - 1)]
}

pub(crate) fn month_abbrev(month: u8) -> &'static str {
    &month_name(month)[..3]
}

/// A year for reading: `2022`, `-44`, and beyond four digits grouped by thousands
/// (`-170,000,002`).
pub(crate) fn year_words(year: i64) -> String {
    let digits = year.unsigned_abs().to_string();
    let sign = if year < 0 { "-" } else { "" };
    if digits.len() <= 5 {
        return format!("{sign}{digits}");
    }
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{sign}{grouped}")
}

/// A season's name with its year: `spring 2022`, `winter 2022–23`.
pub(crate) fn season_words(season: Season, year: i64) -> String {
    match season {
        Season::Winter => format!("winter {year}–{:02}", (year + 1).rem_euclid(100)),
        _ => format!("{} {year}", season.name()),
    }
}

#[path = "date_display.rs"]
mod display;

#[path = "date_packed.rs"]
mod date_packed;

use date_packed::Packed;

#[cfg(test)]
#[path = "date_tests.rs"]
mod tests;
