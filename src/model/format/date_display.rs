//! Event dates in words at their precision (`1930s`, `spring 2022`, `Mar 2022 (day unknown)`,
//! `13 Mar 2022 09:30 UTC`) and back in the format's own syntax.

use std::fmt;

use super::{DatePoint, EventDate, Precision, Unbounded, month_abbrev, season_words, year_words};
use crate::model::format::edtf::{Day, Point, TimeOfDay, Within, Year, Zone};

fn time_words(time: &TimeOfDay) -> String {
    let mut text = format!("{:02}:{:02}", time.hour, time.minute);
    if time.second != 0 || time.fraction_digits > 0 {
        text.push_str(&format!(":{:02}", time.second));
    }
    text.push_str(&fraction(time));
    match time.zone {
        Some(Zone::Utc) => text.push_str(" UTC"),
        Some(Zone::Offset(minutes)) => text.push_str(&format!(" {}", offset(minutes, '−'))),
        None => {}
    }
    text
}

/// `.042` as written, or nothing.
fn fraction(time: &TimeOfDay) -> String {
    let digits = format!("{:09}", time.nanos);
    match time.fraction_digits {
        0 => String::new(),
        n => format!(".{}", &digits[..usize::from(n)]),
    }
}

/// `+05:30`, with `minus` for negative offsets.
fn offset(minutes: i16, minus: char) -> String {
    let sign = if minutes < 0 { minus } else { '+' };
    let minutes = minutes.unsigned_abs();
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

impl DatePoint {
    /// The point without qualifiers, its year left out when `with_year` is false (for the first
    /// half of a range within one year: `4–20 Feb 2022`).
    pub(crate) fn write_plain(&self, f: &mut fmt::Formatter<'_>, with_year: bool) -> fmt::Result {
        let point = self.edtf_point();
        let year = match point.year {
            Year::Known(y) => y,
            // 1930s, 1900s, 1000s.
            Year::Digits { first, .. } if first >= 0 => return write!(f, "{}s", year_words(first)),
            Year::Digits { first, last, .. } => {
                return write!(f, "{} – {}", year_words(first), year_words(last));
            }
            Year::Unknown => return f.write_str("unknown year"),
        };
        let y = year_words(year);
        match point.within {
            Within::Year => write!(f, "{y}"),
            Within::UnknownMonth => write!(f, "{y} (month unknown)"),
            Within::Season(season) => f.write_str(&season_words(season, year)),
            Within::Month(m) if with_year => write!(f, "{} {y}", month_abbrev(m)),
            Within::Month(m) => write!(f, "{}", month_abbrev(m)),
            Within::UnknownDay(m) => write!(f, "{} {y} (day unknown)", month_abbrev(m)),
            Within::Day(m, d) => {
                if with_year {
                    write!(f, "{d} {} {y}", month_abbrev(m))?;
                } else {
                    write!(f, "{d} {}", month_abbrev(m))?;
                }
                match &point.time {
                    Some(time) => write!(f, " {}", time_words(time)),
                    None => Ok(()),
                }
            }
        }
    }

    /// The point in the format's own syntax: `2022-03-13?`, `-0044-03`, `193X`, `2022-21`,
    /// `2022-03-13T09:30:00Z`, `Y-170000002`.
    pub fn edtf(&self) -> String {
        point_edtf(&self.edtf_point())
    }
}

fn point_edtf(point: &Point) -> String {
    let mut text = match point.year {
        Year::Known(y) if y.unsigned_abs() > 9999 => format!("Y{y}"),
        Year::Known(y) if y < 0 => format!("-{:04}", -y),
        Year::Known(y) => format!("{y:04}"),
        Year::Digits {
            first,
            last,
            unspecified,
        } => {
            let shown = if first < 0 { -last } else { first };
            let digits = format!("{:04}", shown.unsigned_abs());
            let sign = if first < 0 { "-" } else { "" };
            let known = 4 - usize::from(unspecified);
            format!(
                "{sign}{}{}",
                &digits[..known],
                "X".repeat(usize::from(unspecified))
            )
        }
        Year::Unknown => "XXXX".to_owned(),
    };
    match point.within {
        Within::Year => {}
        Within::UnknownMonth => text.push_str("-XX"),
        Within::Season(s) => text.push_str(&format!("-{}", s.code())),
        Within::Month(m) => text.push_str(&format!("-{m:02}")),
        Within::UnknownDay(m) => text.push_str(&format!("-{m:02}-XX")),
        Within::Day(m, d) => text.push_str(&format!("-{m:02}-{d:02}")),
    }
    if let Some(t) = &point.time {
        text.push_str(&format!("T{:02}:{:02}:{:02}", t.hour, t.minute, t.second));
        text.push_str(&fraction(t));
        match t.zone {
            Some(Zone::Utc) => text.push('Z'),
            Some(Zone::Offset(minutes)) => text.push_str(&offset(minutes, '-')),
            None => {}
        }
    }
    text.push_str(match (point.uncertain, point.approximate) {
        (true, true) => "%",
        (true, false) => "?",
        (false, true) => "~",
        (false, false) => "",
    });
    text
}

impl fmt::Display for DatePoint {
    /// `13 Mar 2022`, `Nov 2021`, `2022`, `1930s`, `spring 2022`; approximate points read
    /// `c. Mar 2022`, uncertain ones `13 Mar 2022?`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_approximate() {
            f.write_str("c. ")?;
        }
        self.write_plain(f, true)?;
        if self.is_uncertain() {
            f.write_str("?")?;
        }
        Ok(())
    }
}

impl EventDate {
    /// The date in the format's own syntax, as it would be written: `2022-02-04/2022-02-20`,
    /// `../2022-03-13`, `/2006`. Parsing it gives this date back.
    pub fn edtf(&self) -> String {
        let side = |u: Unbounded| match u {
            Unbounded::Open => "..",
            Unbounded::Unknown => "",
        };
        match self {
            EventDate::Point(p) => p.edtf(),
            EventDate::Range(s, e) => format!("{}/{}", s.edtf(), e.edtf()),
            EventDate::From(s, u) => format!("{}/{}", s.edtf(), side(*u)),
            EventDate::Until(u, e) => format!("{}/{}", side(*u), e.edtf()),
        }
    }
}

impl fmt::Display for EventDate {
    /// `13 Mar 2022`, `4–20 Feb 2022`, `Dec 2021 – Feb 2022`, `≤ 13 Mar 2022` (open),
    /// `≥ 2022`, `? – 2006` (unknown start), `2004 – ?` (unknown end).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventDate::Point(p) => p.fmt(f),
            EventDate::Until(Unbounded::Open, end) => write!(f, "≤ {end}"),
            EventDate::Until(Unbounded::Unknown, end) => write!(f, "? – {end}"),
            EventDate::From(start, Unbounded::Open) => write!(f, "≥ {start}"),
            EventDate::From(start, Unbounded::Unknown) => write!(f, "{start} – ?"),
            EventDate::Range(start, end) => write_closed_range(f, start, end),
        }
    }
}

fn write_closed_range(f: &mut fmt::Formatter<'_>, start: &DatePoint, end: &DatePoint) -> fmt::Result {
    let plain = |p: &DatePoint| !p.is_approximate() && !p.is_uncertain();
    let (s, e): (Day, Day) = (start.first(), end.first());
    let precision = start.precision();
    let same = precision == end.precision() && plain(start) && plain(end);
    if same && precision == Precision::Day && s.year == e.year {
        if s.month == e.month {
            return write!(
                f,
                "{}–{} {} {}",
                s.day,
                e.day,
                month_abbrev(s.month),
                year_words(s.year)
            );
        }
        start.write_plain(f, false)?;
        f.write_str(" – ")?;
        return end.write_plain(f, true);
    }
    let whole_months = |p: &DatePoint| matches!(p.edtf_point().within, Within::Month(_));
    if same && whole_months(start) && whole_months(end) && s.year == e.year {
        return write!(
            f,
            "{}–{} {}",
            month_abbrev(s.month),
            month_abbrev(e.month),
            year_words(s.year)
        );
    }
    let whole_years = |p: &DatePoint| matches!(p.edtf_point().within, Within::Year);
    if same && precision == Precision::Year && whole_years(start) && whole_years(end) {
        return write!(f, "{}–{}", year_words(s.year), year_words(e.year));
    }
    write!(f, "{start} – {end}")
}
