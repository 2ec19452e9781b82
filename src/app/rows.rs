//! The rows of the timeline list: one per visible event, and a gap row across long intervals.

use crate::model::edtf::Day;
use crate::model::year_words;
use crate::model::{EventIndex, Timeline};

/// Intervals at least this long get a gap row.
pub(crate) const GAP_DAYS: i64 = 60;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// The event at this position of the visible list.
    Event(usize),
    /// A long interval between two events: `4 years 7 months`.
    Gap(String),
}

/// The list's rows, and the row of each visible event.
#[derive(Debug, Clone, Default)]
pub struct Rows {
    pub rows: Vec<Row>,
    pub row_of_event: Vec<usize>,
    /// The widest date among the rows, in columns, so drawing never measures every event.
    pub date_width: usize,
}

impl Rows {
    /// The rows of the visible events; `date_widths` is [`date_widths`] of the timeline.
    pub fn build(timeline: &Timeline, visible: &[EventIndex], date_widths: &[u8]) -> Self {
        let mut rows = Vec::with_capacity(visible.len() + visible.len() / 8);
        let mut row_of_event = Vec::with_capacity(visible.len());
        let mut previous: Option<Day> = None;
        let mut date_width = 0;
        for (position, &index) in visible.iter().enumerate() {
            date_width = date_width.max(usize::from(date_widths[index.0 as usize]));
            let day = timeline.event(index).date.anchor().first();
            if let Some(before) = previous
                && day.days_since_1970() - before.days_since_1970() >= GAP_DAYS
            {
                rows.push(Row::Gap(interval_label(before, day)));
            }
            previous = Some(day);
            row_of_event.push(rows.len());
            rows.push(Row::Event(position));
        }
        Rows {
            rows,
            row_of_event,
            date_width,
        }
    }

    /// Whether the row just above the event's row is a gap row.
    pub fn has_gap_above(&self, position: usize) -> bool {
        let row = self.row_of_event.get(position).copied().unwrap_or(0);
        row > 0 && matches!(self.rows[row - 1], Row::Gap(_))
    }
}

/// How wide each event's date is when shown (at most 255 columns), measured once so that
/// building rows after each keystroke formats no dates.
pub(crate) fn date_widths(timeline: &Timeline) -> Vec<u8> {
    let width = |e: &crate::model::Event| crate::width::text_width(&e.date_label()).min(255) as u8;
    timeline.events.iter().map(width).collect()
}

/// `4 years 7 months`, `1 year`, `2 months`: whole calendar months between two days.
pub(crate) fn interval_label(from: Day, to: Day) -> String {
    let mut months = (to.year - from.year) * 12 + i64::from(to.month) - i64::from(from.month);
    if to.day < from.day {
        months -= 1;
    }
    let (years, months) = (months / 12, months % 12);
    let part = |n: i64, unit: &str| match n {
        0 => None,
        1 => Some(format!("1 {unit}")),
        n if n >= 100_000 => Some(format!("{} {unit}s", year_words(n))),
        n => Some(format!("{n} {unit}s")),
    };
    let parts: Vec<String> = [part(years, "year"), part(months, "month")]
        .into_iter()
        .flatten()
        .collect();
    if parts.is_empty() {
        "under a month".to_owned()
    } else {
        parts.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i64, m: u8, d: u8) -> Day {
        Day::new(y, m, d)
    }

    #[test]
    fn intervals_read_in_years_and_months() {
        assert_eq!(
            interval_label(day(2016, 6, 25), day(2021, 2, 4)),
            "4 years 7 months"
        );
        assert_eq!(interval_label(day(2021, 2, 4), day(2021, 11, 1)), "8 months");
        assert_eq!(interval_label(day(2020, 1, 1), day(2021, 1, 1)), "1 year");
        assert_eq!(interval_label(day(2020, 1, 31), day(2020, 3, 31)), "2 months");
        assert_eq!(
            interval_label(day(-170_000_000, 1, 1), day(1900, 1, 1)),
            "170,001,900 years"
        );
    }
}
