//! What an event's date claims: a range lasted through, or some time within; in words; in a period.

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::format::date::{DatePoint, EventDate, Precision};

/// What a closed range (`START/END`) says about the event.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DateRange {
    /// The event lasted from the start to the end (the Games ran 4 to 20 February).
    #[default]
    Spans,
    /// The event happened some time within the range; when exactly is not known.
    Within,
}

impl DateRange {
    /// Whether this is the default, left out when written.
    pub fn is_spans(&self) -> bool {
        *self == DateRange::Spans
    }

    pub fn name(self) -> &'static str {
        match self {
            DateRange::Spans => "spans",
            DateRange::Within => "within",
        }
    }
}

/// How surely an event falls in a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodMatch {
    /// The event certainly happened (at least partly) in the period.
    Certain,
    /// The event may have happened in the period, or outside it: its date is known only to a
    /// range, an open bound or a coarse precision that reaches past the period.
    Possible,
}

/// One event date read with its range meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMeaning {
    pub date: EventDate,
    pub range: DateRange,
}

impl DateMeaning {
    /// Whether the date says "some time in here" rather than "throughout": a point (a month is
    /// some day of it), an open range ("on or before"), or a closed range marked `within`.
    pub fn is_window(&self) -> bool {
        match self.date {
            EventDate::Range(..) => self.range == DateRange::Within,
            EventDate::Point(_) | EventDate::From(..) | EventDate::Until(..) => true,
        }
    }

    /// Whether the event may fall within `[from, to]` (either side unbounded when `None`), and
    /// how surely. An open bound reaches without limit: `../2022-02-20` ("on or before 20
    /// February") may fall in any period that starts on or before 20 February.
    pub fn in_period(&self, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Option<PeriodMatch> {
        let first = self.date.first_day();
        let last = self.date.last_day();
        let starts_too_late = matches!((first, to), (Some(f), Some(t)) if f > t);
        let ends_too_early = matches!((last, from), (Some(l), Some(f)) if l < f);
        if starts_too_late || ends_too_early {
            return None;
        }
        let after_from = from.is_none_or(|from| first.is_some_and(|f| f >= from));
        let before_to = to.is_none_or(|to| last.is_some_and(|l| l <= to));
        if !self.is_window() || (after_from && before_to) {
            Some(PeriodMatch::Certain)
        } else {
            Some(PeriodMatch::Possible)
        }
    }
}

impl DateMeaning {
    /// The date for a column: a closed range marked `within` reads `in 24 Feb – 14 Mar 2022`,
    /// everything else as [`EventDate`] shows it.
    pub fn short(&self) -> String {
        match self.date {
            EventDate::Range(..) if self.range == DateRange::Within => format!("in {}", self.date),
            date => date.to_string(),
        }
    }
}

impl fmt::Display for DateMeaning {
    /// As [`EventDate`] shows it, except that a closed range marked `within` reads
    /// `between 24 Feb and 13 Mar 2022`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.date {
            EventDate::Range(start, end) if self.range == DateRange::Within => write_between(f, &start, &end),
            date => date.fmt(f),
        }
    }
}

fn write_between(f: &mut fmt::Formatter<'_>, start: &DatePoint, end: &DatePoint) -> fmt::Result {
    let plain = |p: &DatePoint| !p.is_approximate() && !p.is_uncertain();
    let (first, last) = (start.first(), end.first());
    let same_year = first.year == last.year;
    f.write_str("between ")?;
    let days = start.precision() == Precision::Day && end.precision() == Precision::Day;
    if same_year && first.month == last.month && days && plain(start) {
        write!(f, "{}", first.day)?;
    } else if same_year && plain(start) && plain(end) {
        start.write_plain(f, false)?;
    } else {
        write!(f, "{start}")?;
    }
    write!(f, " and {end}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::format::date::parse_event_date;

    fn meaning(text: &str, range: DateRange) -> DateMeaning {
        DateMeaning {
            date: parse_event_date(text).unwrap(),
            range,
        }
    }

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    use DateRange::{Spans, Within};
    use PeriodMatch::{Certain, Possible};

    #[test]
    fn a_range_lasted_through_overlaps_certainly_and_one_within_possibly() {
        let games = meaning("2022-02-04/2022-02-20", Spans);
        assert_eq!(games.in_period(day(2022, 2, 20), None), Some(Certain));
        assert_eq!(games.in_period(day(2022, 2, 21), None), None);
        assert_eq!(games.in_period(None, day(2022, 2, 4)), Some(Certain));
        assert_eq!(games.in_period(None, day(2022, 2, 3)), None);
        let window = meaning("2022-02-24/2022-03-13", Within);
        assert_eq!(window.in_period(None, day(2022, 3, 1)), Some(Possible));
        assert_eq!(
            window.in_period(day(2022, 2, 24), day(2022, 3, 13)),
            Some(Certain)
        );
        assert_eq!(window.in_period(day(2022, 3, 14), None), None);
    }

    #[test]
    fn an_open_bound_reaches_without_limit() {
        let before = meaning("../2022-02-20", Spans);
        assert_eq!(before.in_period(None, day(2022, 2, 15)), Some(Possible));
        assert_eq!(before.in_period(None, day(2022, 2, 20)), Some(Certain));
        assert_eq!(before.in_period(day(2022, 2, 20), None), Some(Possible));
        assert_eq!(before.in_period(day(2022, 2, 21), None), None);
        assert_eq!(before.in_period(day(1900, 1, 1), day(2030, 1, 1)), Some(Possible));
        let after = meaning("2022-03/..", Spans);
        assert_eq!(after.in_period(day(2022, 4, 1), None), Some(Possible));
        assert_eq!(after.in_period(None, day(2022, 2, 28)), None);
    }

    #[test]
    fn a_coarse_point_is_some_day_within_it() {
        let month = meaning("2021-11", Spans);
        assert_eq!(month.in_period(day(2021, 11, 15), None), Some(Possible));
        assert_eq!(
            month.in_period(day(2021, 11, 1), day(2021, 11, 30)),
            Some(Certain)
        );
        assert_eq!(month.in_period(day(2021, 12, 1), None), None);
        let day_point = meaning("2022-03-13", Spans);
        assert_eq!(
            day_point.in_period(day(2022, 3, 13), day(2022, 3, 13)),
            Some(Certain)
        );
        assert_eq!(day_point.in_period(None, None), Some(Certain));
    }

    #[test]
    fn a_range_within_reads_between() {
        let text = |d: &str, r| meaning(d, r).to_string();
        assert_eq!(
            text("2022-02-24/2022-03-13", Within),
            "between 24 Feb and 13 Mar 2022"
        );
        assert_eq!(text("2021-12/2022-02", Within), "between Dec 2021 and Feb 2022");
        assert_eq!(
            text("2022-03-13/2022-03-14", Within),
            "between 13 and 14 Mar 2022"
        );
        assert_eq!(
            text("2022-03-13/2022-03-14?", Within),
            "between 13 and 14 Mar 2022?"
        );
        assert_eq!(
            text("2022-02-24/2022-03-13?", Within),
            "between 24 Feb 2022 and 13 Mar 2022?"
        );
        assert_eq!(text("2022-02-24/2022-03-13", Spans), "24 Feb – 13 Mar 2022");
        assert_eq!(text("../2022-02-20", Within), "≤ 20 Feb 2022");
        assert_eq!(text("2022-03-13", Within), "13 Mar 2022");
        let short = |d: &str, r| meaning(d, r).short();
        assert_eq!(short("2022-02-24/2022-03-14", Within), "in 24 Feb – 14 Mar 2022");
        assert_eq!(short("2022-02-24/2022-03-14", Spans), "24 Feb – 14 Mar 2022");
        assert_eq!(short("../2022-02-20", Within), "≤ 20 Feb 2022");
    }
}
