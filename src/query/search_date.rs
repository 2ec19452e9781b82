//! A search query read as a date: `2022-03-13`, `13 Mar`, `13 March 2022`, `March 13, 2022`, `Mar 2022`.

use chrono::{Datelike, NaiveDate};

use crate::model::{DateMeaning, DateRange, Event, EventDate, parse_event_date};

/// A date typed into the search prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchDate {
    /// A day, month or year (or a range in the format's syntax): events that may overlap it.
    Period(DateMeaning),
    /// A day of a month with no year (`13 Mar`): events that may overlap that day in any year.
    DayOfYear { month: u32, day: u32 },
}

impl SearchDate {
    /// Reads `text` as a date, or `None` when it is text to search for. A month name alone
    /// (`march`) is text: only a month with a day or a year is a date.
    pub fn parse(text: &str) -> Option<SearchDate> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        if text.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == '-')
            && let Ok(date) = parse_event_date(text)
        {
            return Some(SearchDate::Period(DateMeaning {
                date,
                range: DateRange::Spans,
            }));
        }
        written_date(text)
    }

    /// Whether the event may fall on this date (see [`DateMeaning::in_period`]).
    pub fn may_include(&self, event: &Event) -> bool {
        match self {
            SearchDate::Period(period) => event
                .in_period(period.date.first_day(), period.date.last_day())
                .is_some(),
            SearchDate::DayOfYear { month, day } => may_fall_on(event.date, *month, *day),
        }
    }
}

/// `13 Mar`, `13 March 2022`, `March 13`, `Mar 13, 2022`, `March 2022`.
fn written_date(text: &str) -> Option<SearchDate> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| w.parse::<u32>().ok();
    let (day, month, year) = match words.as_slice() {
        [d, m] if number(d).is_some() && month_number(m).is_some() => (number(d), month_number(m)?, None),
        [m, d] if number(d).is_some_and(|d| d <= 31) && month_number(m).is_some() => {
            (number(d), month_number(m)?, None)
        }
        [m, y] if month_number(m).is_some() && y.len() == 4 => (None, month_number(m)?, number(y)),
        [d, m, y] | [m, d, y] if number(d).is_some() && month_number(m).is_some() && y.len() == 4 => {
            (number(d), month_number(m)?, number(y))
        }
        _ => return None,
    };
    match (day, year) {
        (Some(day), None) => {
            // 29 February exists in leap years; any other day must exist in some year.
            NaiveDate::from_ymd_opt(2000, month, day)?;
            Some(SearchDate::DayOfYear { month, day })
        }
        (Some(day), Some(year)) => {
            let written = format!("{year:04}-{month:02}-{day:02}");
            period(&written)
        }
        (None, Some(year)) => period(&format!("{year:04}-{month:02}")),
        (None, None) => None,
    }
}

fn period(written: &str) -> Option<SearchDate> {
    let date = parse_event_date(written).ok()?;
    Some(SearchDate::Period(DateMeaning {
        date,
        range: DateRange::Spans,
    }))
}

/// `3` for `mar`, `March`, `MARCH`; the first three letters at least, or `sept`.
fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = word.trim_end_matches('.').to_lowercase();
    if word.len() < 3 {
        return None;
    }
    let position = MONTHS.iter().position(|m| m.starts_with(&word));
    position.or((word == "sept").then_some(8)).map(|i| i as u32 + 1)
}

/// Whether a date may include the day `month`/`day` of some year.
fn may_fall_on(date: EventDate, month: u32, day: u32) -> bool {
    let (Some(first), Some(last)) = (date.first_day(), date.last_day()) else {
        // An open bound reaches every year on its side.
        return true;
    };
    // Four years always hold the day, 29 February included; fewer are looked at year by year.
    if last.year() - first.year() >= 4 {
        return true;
    }
    (first.year()..=last.year())
        .any(|year| NaiveDate::from_ymd_opt(year, month, day).is_some_and(|d| first <= d && d <= last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day_of_year(text: &str) -> Option<(u32, u32)> {
        match SearchDate::parse(text)? {
            SearchDate::DayOfYear { month, day } => Some((month, day)),
            SearchDate::Period(_) => None,
        }
    }

    fn period_text(text: &str) -> Option<String> {
        match SearchDate::parse(text)? {
            SearchDate::Period(p) => Some(p.date.edtf()),
            SearchDate::DayOfYear { .. } => None,
        }
    }

    #[test]
    fn the_forms_people_type_are_dates() {
        assert_eq!(period_text("2022-03-13").as_deref(), Some("2022-03-13"));
        assert_eq!(period_text("13 March 2022").as_deref(), Some("2022-03-13"));
        assert_eq!(period_text("March 13, 2022").as_deref(), Some("2022-03-13"));
        assert_eq!(period_text("Mar 2022").as_deref(), Some("2022-03"));
        assert_eq!(period_text("2022").as_deref(), Some("2022"));
        assert_eq!(period_text("2022-02/2022-03").as_deref(), Some("2022-02/2022-03"));
        assert_eq!(day_of_year("13 Mar"), Some((3, 13)));
        assert_eq!(day_of_year("mar 13"), Some((3, 13)));
        assert_eq!(day_of_year("29 Feb"), Some((2, 29)));
        assert_eq!(day_of_year("4 sept"), Some((9, 4)));
    }

    #[test]
    fn anything_else_is_text() {
        for text in [
            "march",
            "13",
            "30 Feb",
            "ma 13",
            "13 Mar 22",
            "Mar 32",
            "the 2022 games",
            "",
            "2022-13",
        ] {
            assert_eq!(SearchDate::parse(text), None, "{text}");
        }
    }

    #[test]
    fn a_day_without_a_year_falls_in_any_year_a_date_covers() {
        let date = |t: &str| parse_event_date(t).unwrap();
        assert!(may_fall_on(date("2022-03-13"), 3, 13));
        assert!(!may_fall_on(date("2022-03-14"), 3, 13));
        assert!(may_fall_on(date("2021-11/2022-04"), 3, 13));
        assert!(!may_fall_on(date("2021-11/2022-02"), 3, 13));
        assert!(may_fall_on(date("../2022-02-20"), 3, 13));
        assert!(may_fall_on(date("2019/2023"), 2, 29));
        assert!(!may_fall_on(date("2021/2022"), 2, 29));
    }
}
