//! Dates as tables of events write them (`2022-03-13`, `3/13/22`, `13/3/2022` with day first,
//! `March 13, 2022`, `13 Mar. 2022`, `March 2022`, `2022`), in the format's syntax at the
//! precision written.

use crate::model::edtf::days_in_month;
use crate::model::parse_event_date;

/// Weekday names, which may open a date (`Sunday, March 13, 2022`) and are skipped.
const WEEKDAYS: &[&str] = &[
    "monday",
    "mon",
    "tuesday",
    "tue",
    "tues",
    "wednesday",
    "wed",
    "thursday",
    "thu",
    "thur",
    "thurs",
    "friday",
    "fri",
    "saturday",
    "sat",
    "sunday",
    "sun",
];

/// Two-digit years from this one up are of the 1900s, the others of the 2000s (1970–2069).
const PIVOT: u32 = 70;

/// Which number comes first in `3/13/22`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Order {
    MonthFirst,
    DayFirst,
}

/// Why a cell is not a date, and what to do.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct DateProblem {
    pub message: String,
    pub hint: String,
}

/// The cell as a date of the format.
pub(crate) fn table_date(cell: &str, order: Order) -> Result<String, DateProblem> {
    let cell = cell.trim();
    if parse_event_date(cell).is_ok() {
        return Ok(cell.to_owned());
    }
    if let Some(date) = iso_with_clock(cell) {
        return Ok(date);
    }
    let numeric = cell.contains(['/', '.']) || cell.chars().filter(|c| *c == '-').count() == 2;
    if numeric
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '/' | '.' | '-'))
    {
        return numeric_date(cell, order);
    }
    written_date(cell).ok_or_else(|| DateProblem {
        message: format!("`{cell}` is not a date in a form chronicle reads"),
        hint: "write dates as 2022-03-13, 3/13/22 (or 13/3/22 with --day-first), March 13, 2022, March 2022 or 2022".to_owned(),
    })
}

/// `2022-03-13 14:30` or `2022-03-13T14:30`: the format wants seconds.
fn iso_with_clock(cell: &str) -> Option<String> {
    let (day, clock) = cell.split_once([' ', 'T'])?;
    let clock = clock.trim().trim_end_matches('Z');
    let parts: Vec<&str> = clock.split(':').collect();
    let padded = match parts.as_slice() {
        [h, m] => format!("{day}T{h:0>2}:{m}:00"),
        [h, m, s] => format!("{day}T{h:0>2}:{m}:{s}"),
        _ => return None,
    };
    parse_event_date(&padded).is_ok().then_some(padded)
}

/// `3/13/22`, `13.3.2022`, `03-13-2022`, `3/2022`: the order decides which number is the month.
fn numeric_date(cell: &str, order: Order) -> Result<String, DateProblem> {
    let numbers: Vec<&str> = cell.split(['/', '.', '-']).collect();
    let not_a_date = || {
        DateProblem {
        message: format!("`{cell}` is not a date in a form chronicle reads"),
        hint: "write dates as 2022-03-13, 3/13/22 (or 13/3/22 with --day-first), March 13, 2022, March 2022 or 2022".to_owned(),
    }
    };
    let value = |s: &str| s.parse::<u32>().ok().filter(|_| (1..=4).contains(&s.len()));
    match numbers.as_slice() {
        // A month and a four-digit year: `3/13` could as well be a day without its year.
        [month, year] if year.len() == 4 => {
            let (month, year) = (
                value(month).ok_or_else(not_a_date)?,
                value(year).ok_or_else(not_a_date)?,
            );
            if !(1..=12).contains(&month) {
                return Err(not_a_date());
            }
            Ok(format!("{year:04}-{month:02}"))
        }
        [a, b, year] if a.len() <= 2 && b.len() <= 2 => {
            let (a, b) = (value(a).ok_or_else(not_a_date)?, value(b).ok_or_else(not_a_date)?);
            let year = full_year(value(year).ok_or_else(not_a_date)?, year.len()).ok_or_else(not_a_date)?;
            let (month, day) = if order == Order::MonthFirst {
                (a, b)
            } else {
                (b, a)
            };
            if is_day(year, month, day) {
                return Ok(format!("{year:04}-{month:02}-{day:02}"));
            }
            let (other, flag) = match order {
                Order::MonthFirst => ("day first", "use --day-first"),
                Order::DayFirst => ("month first", "leave out --day-first"),
            };
            let hint = if is_day(year, day, month) {
                format!("it reads as a date written {other}: if the column is written so, {flag}")
            } else {
                "check the day and the month".to_owned()
            };
            let first = if order == Order::MonthFirst {
                "month first"
            } else {
                "day first"
            };
            Err(DateProblem {
                message: format!("`{cell}` is not a date read {first} (month {month}, day {day})"),
                hint,
            })
        }
        _ => Err(not_a_date()),
    }
}

/// A year as written: two digits pivot at 1970–2069, four are as they are.
fn full_year(year: u32, digits: usize) -> Option<u32> {
    match digits {
        2 if year >= PIVOT => Some(1900 + year),
        2 => Some(2000 + year),
        4 => Some(year),
        _ => None,
    }
}

fn is_day(year: u32, month: u32, day: u32) -> bool {
    (1..=12).contains(&month) && day >= 1 && day <= u32::from(days_in_month(i64::from(year), month as u8))
}

/// `March 13, 2022`, `Sunday, 13 March 2022`, `Mar. 13th 2022`, `March 2022`, `March, 2022`.
fn written_date(cell: &str) -> Option<String> {
    let lower = cell.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.split_first() {
        Some((first, rest)) if WEEKDAYS.contains(first) => rest,
        _ => &words[..],
    };
    // Month names and their abbreviations, as the date finder knows them.
    let month = |w: &str| crate::timex::month_number(w).map(u32::from);
    let day = |w: &str| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        let ordinal = suffix.is_empty() || ["st", "nd", "rd", "th"].contains(&suffix);
        digits
            .parse::<u32>()
            .ok()
            .filter(|_| ordinal && (1..=2).contains(&digits.len()))
    };
    let year = |w: &str| w.parse::<u32>().ok().filter(|_| w.len() == 4);
    let (year, month, day) = match *words {
        [m, d, y] if month(m).is_some() => (year(y)?, month(m)?, Some(day(d)?)),
        [d, m, y] if month(m).is_some() => (year(y)?, month(m)?, Some(day(d)?)),
        [m, y] => (year(y)?, month(m)?, None),
        _ => return None,
    };
    match day {
        Some(d) if is_day(year, month, d) => Some(format!("{year:04}-{month:02}-{d:02}")),
        Some(_) => None,
        None => Some(format!("{year:04}-{month:02}")),
    }
}

#[cfg(test)]
#[path = "table_date_tests.rs"]
mod tests;
