//! The time ruler's counts: how many listed events fall in each stretch of the listed span,
//! worked out once per filter change.

use chrono::{Datelike, NaiveDate};

use crate::model::EventIndex;
use crate::query::SearchIndex;

/// Stretches the span is counted in; drawing adds them up into as many columns as fit.
pub const BINS: usize = 512;

/// The listed events' span and how they spread over it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ruler {
    /// The first and last day any listed event sorts by (days from the common era).
    pub first: i32,
    pub last: i32,
    /// Listed events per stretch of the span, [`BINS`] stretches.
    pub bins: Vec<u32>,
}

/// What the ruler's ticks and the period keys count in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Year,
    Month,
}

impl Ruler {
    /// The counts for `visible`, which is in timeline order (so its first and last events
    /// bound the span); the days come from the search index's packed facts. Events beyond
    /// chrono's years (deep time, held at its first or last day) are left out: a span of
    /// hundreds of thousands of years would leave every other event in one column.
    pub fn build(index: &SearchIndex, visible: &[EventIndex]) -> Ruler {
        let day = |e: &EventIndex| index.facts(*e).sort_day();
        let (min, max) = (
            NaiveDate::MIN.num_days_from_ce(),
            NaiveDate::MAX.num_days_from_ce(),
        );
        let within = |e: &&EventIndex| day(e) != min && day(e) != max;
        let (Some(first), Some(last)) = (
            visible.iter().find(within).map(day),
            visible.iter().rev().find(within).map(day),
        ) else {
            return Ruler::default();
        };
        let mut ruler = Ruler {
            first,
            last,
            bins: vec![0; BINS],
        };
        for event in visible.iter().filter(within) {
            let bin = ruler.bin_of(day(event));
            ruler.bins[bin] += 1;
        }
        ruler
    }

    pub fn is_empty(&self) -> bool {
        self.bins.is_empty()
    }

    /// Days the span covers.
    pub fn days(&self) -> i64 {
        i64::from(self.last) - i64::from(self.first) + 1
    }

    fn bin_of(&self, day: i32) -> usize {
        let offset = (i64::from(day) - i64::from(self.first)).clamp(0, self.days() - 1);
        (offset * BINS as i64 / self.days()) as usize
    }

    /// The column of `width` where a day falls.
    pub fn column_of(&self, day: NaiveDate, width: usize) -> usize {
        let offset = (i64::from(day.num_days_from_ce()) - i64::from(self.first)).clamp(0, self.days() - 1);
        (offset * width as i64 / self.days()) as usize
    }

    /// Listed events per column, for `width` columns.
    pub fn columns(&self, width: usize) -> Vec<u32> {
        let mut columns = vec![0; width];
        if width == 0 {
            return columns;
        }
        for (bin, &count) in self.bins.iter().enumerate() {
            columns[bin * width / BINS] += count;
        }
        columns
    }

    /// The period the ticks and the period keys use: years over a span of more than two.
    pub fn period(&self) -> Period {
        if self.days() > 2 * 366 {
            Period::Year
        } else {
            Period::Month
        }
    }
}

/// The first day of the period holding `day`, and of the periods before and after it.
pub fn period_bounds(day: NaiveDate, period: Period) -> (NaiveDate, NaiveDate, NaiveDate) {
    let start = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(day);
    match period {
        Period::Year => (
            start(day.year(), 1),
            start(day.year() - 1, 1),
            start(day.year() + 1, 1),
        ),
        Period::Month => {
            let (y, m) = (day.year(), day.month());
            let before = if m == 1 { start(y - 1, 12) } else { start(y, m - 1) };
            let after = if m == 12 { start(y + 1, 1) } else { start(y, m + 1) };
            (start(y, m), before, after)
        }
    }
}
