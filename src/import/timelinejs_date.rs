//! A TimelineJS date (year, month, day, hour, minute, second, millisecond, each given or
//! empty) in the date syntax of the format, at the precision the parts give.

use crate::model::edtf::days_in_month;
use crate::model::parse_event_date;

/// The parts of one TimelineJS date, as given (empty parts are `None`).
#[derive(Debug, Default, Clone)]
pub(crate) struct DateParts {
    pub year: Option<String>,
    pub month: Option<String>,
    pub day: Option<String>,
    pub hour: Option<String>,
    pub minute: Option<String>,
    pub second: Option<String>,
    pub millisecond: Option<String>,
}

impl DateParts {
    /// The legacy TimelineJS 2 spelling: `"2011,3,23"`, `"1985"`, `"2011,3,23,14,30"`.
    pub(crate) fn from_legacy(text: &str) -> DateParts {
        let mut parts = text
            .split(',')
            .map(|p| Some(p.trim().to_owned()).filter(|p| !p.is_empty()));
        let mut next = || parts.next().flatten();
        DateParts {
            year: next(),
            month: next(),
            day: next(),
            hour: next(),
            minute: next(),
            second: next(),
            millisecond: None,
        }
    }
}

/// A date of the format, and what of the original it could not hold.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct ImportedDate {
    /// `2015-01-01T01:01:01.001`, `-0258`, `Y-13798000000`, `1920-01-05/1923-01-05`.
    pub date: String,
    /// The original span in words where the date could not hold all of it, for `date_text`:
    /// the times of a range's ends (`1920-01-05 06:45:56 – 1923-01-05 06:45:56`), or a range
    /// with a year past four digits, kept as its start (`-13,648,000,000 – -12,798,000,000`).
    pub dropped: Option<String>,
    /// Whether the date is only the start of a range the format cannot hold.
    pub start_only: bool,
}

/// The date of a slide from its start and optional end; an error says which part is wrong.
pub(crate) fn imported_date(start: &DateParts, end: Option<&DateParts>) -> Result<ImportedDate, String> {
    let (start_day, start_time) = point(start).map_err(|e| format!("its start date {e}"))?;
    let start_point = format!(
        "{start_day}{}",
        start_time.as_deref().map(iso_time).unwrap_or_default()
    );
    let imported = match end.filter(|e| e.year.is_some()) {
        None => ImportedDate {
            date: start_point,
            dropped: None,
            start_only: false,
        },
        Some(end) => {
            let (end_day, end_time) = point(end).map_err(|e| format!("its end date {e}"))?;
            let with_time = |day: &str, time: &Option<String>| match time {
                Some(t) => format!("{} {t}", day_words(day)),
                None => day_words(day),
            };
            let span = format!(
                "{} – {}",
                with_time(&start_day, &start_time),
                with_time(&end_day, &end_time)
            );
            if start_day.starts_with('Y') || end_day.starts_with('Y') {
                // The format's ranges hold years of up to four digits.
                ImportedDate {
                    date: start_point,
                    dropped: Some(span),
                    start_only: true,
                }
            } else {
                ImportedDate {
                    date: format!("{start_day}/{end_day}"),
                    dropped: (start_time.is_some() || end_time.is_some()).then_some(span),
                    start_only: false,
                }
            }
        }
    };
    parse_event_date(&imported.date)
        .map_err(|e| format!("`{}` is not a date: {}", imported.date, e.message))?;
    Ok(imported)
}

/// A day part for reading: `Y-13648000000` as `-13,648,000,000`, others as they are.
fn day_words(day: &str) -> String {
    match day.strip_prefix('Y').and_then(|y| y.parse::<i64>().ok()) {
        Some(year) => crate::model::year_words(year),
        None => day.to_owned(),
    }
}

fn iso_time(time: &str) -> String {
    format!("T{time}")
}

/// The day part (`2015-01-01`, `-0258`) and the time of day (`01:01:01.001`) if one is given.
fn point(parts: &DateParts) -> Result<(String, Option<String>), String> {
    let year_text = parts.year.as_deref().ok_or("has no year")?;
    let year: i64 =
        number(year_text).ok_or_else(|| format!("has the year `{year_text}`, not a whole number"))?;
    let mut day_part = year_syntax(year);
    let month = part(&parts.month, "month", 1, 12)?;
    let day = match month {
        Some(m) => part(&parts.day, "day", 1, i64::from(days_in_month(year, m as u8)))?,
        None if parts.day.is_some() => return Err("has a day but no month".to_owned()),
        None => None,
    };
    if let Some(m) = month {
        day_part.push_str(&format!("-{m:02}"));
    }
    if let Some(d) = day {
        day_part.push_str(&format!("-{d:02}"));
    }
    let hour = part(&parts.hour, "hour", 0, 23)?;
    let minute = part(&parts.minute, "minute", 0, 59)?;
    let second = part(&parts.second, "second", 0, 59)?;
    let millisecond = part(&parts.millisecond, "millisecond", 0, 999)?;
    let time = match (hour, day) {
        (None, _) if minute.is_some() || second.is_some() => return Err("has minutes but no hour".to_owned()),
        (None, _) => None,
        (Some(_), None) => return Err("has a time of day but no day".to_owned()),
        (Some(h), Some(_)) => {
            let mut time = format!("{h:02}:{:02}:{:02}", minute.unwrap_or(0), second.unwrap_or(0));
            if let Some(ms) = millisecond {
                time.push_str(&format!(".{ms:03}"));
            }
            Some(time)
        }
    };
    Ok((day_part, time))
}

/// A year as the format writes it: four digits at least (`0602`, `-0258`), `Y` before more.
fn year_syntax(year: i64) -> String {
    if year.unsigned_abs() > 9999 {
        format!("Y{year}")
    } else if year < 0 {
        format!("-{:04}", year.unsigned_abs())
    } else {
        format!("{year:04}")
    }
}

/// A part within `low..=high`, or `None` when not given.
fn part(text: &Option<String>, name: &str, low: i64, high: i64) -> Result<Option<i64>, String> {
    let Some(text) = text.as_deref() else {
        return Ok(None);
    };
    match number(text) {
        Some(n) if (low..=high).contains(&n) => Ok(Some(n)),
        Some(_) => Err(format!("has the {name} `{text}`, outside {low}–{high}")),
        None => Err(format!("has the {name} `{text}`, not a whole number")),
    }
}

/// A whole number as TimelineJS files write them: `"05"`, `"-13798000000"`, `"+3"`, `"7.0"`.
fn number(text: &str) -> Option<i64> {
    let text = text.trim();
    let whole = text.strip_suffix(".0").unwrap_or(text);
    whole.strip_prefix('+').unwrap_or(whole).parse().ok()
}

#[cfg(test)]
#[path = "timelinejs_date_tests.rs"]
mod tests;
