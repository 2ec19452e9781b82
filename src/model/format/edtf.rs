//! EDTF Levels 0 and 1 as written, parsed without a calendar library, with the days each form covers.
//!
//! Years are 64-bit, so deep time (`Y-170000002`) is held exactly; days are compared as
//! `(year, month, day)` in the proleptic Gregorian calendar, with astronomical years (0 is 1 BCE).

use std::fmt;

/// A day of the proleptic Gregorian calendar, for any year; ordered by time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    pub year: i64,
    pub month: u8,
    pub day: u8,
}

impl Day {
    pub fn new(year: i64, month: u8, day: u8) -> Day {
        Day { year, month, day }
    }

    /// Days since 1 January 1970 (negative before it), for any year: the count of the
    /// proleptic Gregorian calendar (H. Hinnant's `days_from_civil`).
    pub fn days_since_1970(&self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = if month <= 2 { self.year - 1 } else { self.year };
        let era = year.div_euclid(400);
        let year_of_era = year.rem_euclid(400);
        let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The last day of a month.
    pub fn end_of_month(year: i64, month: u8) -> Day {
        Day::new(year, month, days_in_month(year, month))
    }
}

impl fmt::Display for Day {
    /// `2022-03-13`, `-0044-03-15`, `-170000002-01-01`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.year < 0 { "-" } else { "" };
        write!(
            f,
            "{sign}{:04}-{:02}-{:02}",
            self.year.unsigned_abs(),
            self.month,
            self.day
        )
    }
}

pub fn is_leap(year: i64) -> bool {
    year.rem_euclid(4) == 0 && (year.rem_euclid(100) != 0 || year.rem_euclid(400) == 0)
}

pub fn days_in_month(year: i64, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The four seasons of EDTF Level 1 (`-21` to `-24`), as in the northern hemisphere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    fn from_code(code: u8) -> Option<Season> {
        Some(match code {
            21 => Season::Spring,
            22 => Season::Summer,
            23 => Season::Autumn,
            24 => Season::Winter,
            _ => return None,
        })
    }

    pub fn code(self) -> u8 {
        21 + self as u8
    }

    pub fn name(self) -> &'static str {
        ["spring", "summer", "autumn", "winter"][self as usize]
    }

    /// The first month of the season and the number of months it lasts: spring is March to
    /// May; winter is December of the year to February of the next.
    fn months(self) -> u8 {
        [3, 6, 9, 12][self as usize]
    }
}

/// The year of a point: written whole, with its last digits unspecified (`199X`, `19XX`), or
/// not at all (`XXXX`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Year {
    Known(i64),
    /// The years `first..=last` (`199X` is 1990..=1999; `-01XX` is -199..=-100), with how many
    /// digits are unspecified.
    Digits {
        first: i64,
        last: i64,
        unspecified: u8,
    },
    Unknown,
}

/// What a point gives below its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Within {
    /// Nothing: the whole year.
    Year,
    /// The month is unspecified (`2004-XX`), and the day with it (`2004-XX-XX`).
    UnknownMonth,
    Season(Season),
    Month(u8),
    /// The day of a known month is unspecified (`2004-06-XX`).
    UnknownDay(u8),
    Day(u8, u8),
}

/// A time of day as written, with its zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimeOfDay {
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    /// Nanoseconds, and how many digits the fraction was written with (0 for none).
    pub nanos: u32,
    pub fraction_digits: u8,
    pub zone: Option<Zone>,
}

/// A time zone: `Z`, or an offset from UTC in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Zone {
    Utc,
    Offset(i16),
}

/// One point: a year with what it gives below it, a time of day on a day, and qualifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Point {
    pub year: Year,
    pub within: Within,
    pub time: Option<TimeOfDay>,
    pub uncertain: bool,
    pub approximate: bool,
}

impl Point {
    /// The first day the point covers; `None` when its year is unknown.
    pub fn lower(&self) -> Option<Day> {
        let first_year = match self.year {
            Year::Known(y) => y,
            Year::Digits { first, .. } => first,
            Year::Unknown => return None,
        };
        Some(match self.within {
            Within::Year | Within::UnknownMonth => Day::new(first_year, 1, 1),
            Within::Season(s) => Day::new(first_year, s.months(), 1),
            Within::Month(m) | Within::UnknownDay(m) => Day::new(first_year, m, 1),
            Within::Day(m, d) => Day::new(first_year, m, d),
        })
    }

    /// The last day the point covers; `None` when its year is unknown. Times of day are cut to
    /// their date as written (not moved to UTC).
    pub fn upper(&self) -> Option<Day> {
        let last_year = match self.year {
            Year::Known(y) => y,
            Year::Digits { last, .. } => last,
            Year::Unknown => return None,
        };
        Some(match self.within {
            Within::Year | Within::UnknownMonth => Day::new(last_year, 12, 31),
            Within::Season(Season::Winter) => Day::end_of_month(last_year + 1, 2),
            Within::Season(s) => Day::end_of_month(last_year, s.months() + 2),
            Within::Month(m) | Within::UnknownDay(m) => Day::end_of_month(last_year, m),
            Within::Day(m, d) => Day::new(last_year, m, d),
        })
    }
}

/// One end of an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum End {
    Point(Point),
    /// `..`: the interval runs on without end on that side.
    Open,
    /// Nothing written: the end exists but is not known.
    Unknown,
}

/// An EDTF string of Level 0 or 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Edtf {
    Point(Point),
    Interval { start: End, end: End },
}

/// Why a string is not EDTF; the message says what is wrong, for the person editing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EdtfError {
    pub message: String,
}

fn error<T>(message: impl Into<String>) -> Result<T, EdtfError> {
    Err(EdtfError {
        message: message.into(),
    })
}

/// Parses an EDTF string of Level 0 or 1, exactly as written (no spaces around it).
///
/// Linear in the length of `text`; nothing is allocated unless it fails.
pub fn parse(text: &str) -> Result<Edtf, EdtfError> {
    let Some((left, right)) = text.split_once('/') else {
        return parse_point(text, true).map(Edtf::Point);
    };
    let start = parse_end(left)?;
    let end = parse_end(right)?;
    if let (End::Point(s), End::Point(e)) = (&start, &end)
        && let (Some(s), Some(e)) = (s.lower(), e.lower())
        && e < s
    {
        return error("the interval ends before it starts");
    }
    Ok(Edtf::Interval { start, end })
}

fn parse_end(text: &str) -> Result<End, EdtfError> {
    match text {
        "" => Ok(End::Unknown),
        ".." => Ok(End::Open),
        _ => parse_point(text, false).map(End::Point),
    }
}

/// One point; `alone` when it is not an end of an interval (only then may it carry a time of
/// day or a `Y` year).
fn parse_point(text: &str, alone: bool) -> Result<Point, EdtfError> {
    let (body, uncertain, approximate) = match text.as_bytes().last() {
        Some(b'?') => (&text[..text.len() - 1], true, false),
        Some(b'~') => (&text[..text.len() - 1], false, true),
        Some(b'%') => (&text[..text.len() - 1], true, true),
        _ => (text, false, false),
    };
    let (date, time) = match body.split_once('T') {
        Some((date, time)) if alone => (date, Some(parse_time(time)?)),
        Some(_) => return error("a time of day cannot be an end of an interval"),
        None => (body, None),
    };
    if time.is_some() && (uncertain || approximate) {
        return error("a time of day takes no qualifier");
    }
    let (year, rest) = if let Some(y) = date.strip_prefix('Y') {
        if !alone {
            return error("a `Y` year cannot be an end of an interval");
        }
        parse_long_year(y)?
    } else {
        parse_four_digit_year(date)?
    };
    // Up to three parts after the year, without allocating (the parse is on the load's path).
    let mut parts = [""; 3];
    let mut count = 0;
    if !rest.is_empty() {
        let Some(rest) = rest.strip_prefix('-') else {
            return error("the year must be four digits, followed by -MM");
        };
        for part in rest.split('-') {
            if count == parts.len() {
                return error("a date has at most a year, a month and a day");
            }
            parts[count] = part;
            count += 1;
        }
    }
    let within = parse_within(year, &parts[..count])?;
    if time.is_some() && !matches!(within, Within::Day(..)) {
        return error("a time of day needs a whole date");
    }
    Ok(Point {
        year,
        within,
        time,
        uncertain,
        approximate,
    })
}

/// `Y` and more than four digits, perhaps negative: `Y170002`, `Y-10000`.
fn parse_long_year(text: &str) -> Result<(Year, &str), EdtfError> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, text),
    };
    let end = digits.find(|c: char| !c.is_ascii_digit()).unwrap_or(digits.len());
    let (number, rest) = digits.split_at(end);
    if number.len() <= 4 || number.starts_with('0') {
        return error("a `Y` year has more than four digits, without leading zeros (write 2006 for Y2006)");
    }
    // Up to 18 digits, so that a year and the next are both held exactly.
    let value: i64 = match number.len() {
        ..=18 => number.parse().unwrap_or(0),
        _ => return error("the year has more than 18 digits"),
    };
    Ok((Year::Known(if negative { -value } else { value }), rest))
}

/// Four digits, perhaps negative, the last ones perhaps `X`: `2004`, `-0999`, `199X`, `XXXX`.
fn parse_four_digit_year(text: &str) -> Result<(Year, &str), EdtfError> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, text),
    };
    let Some(year) = digits.get(..4) else {
        return error("a date starts with a four-digit year");
    };
    let rest = &digits[4..];
    let known = year.bytes().take_while(u8::is_ascii_digit).count();
    if !year.bytes().skip(known).all(|b| b == b'X') {
        return error("a date starts with a four-digit year (the last digits may be X)");
    }
    let unspecified = (4 - known) as u8;
    if unspecified == 4 {
        if negative {
            return error("an unknown year has no sign");
        }
        return Ok((Year::Unknown, rest));
    }
    let prefix: i64 = year[..known].parse().unwrap_or(0);
    let scale = 10i64.pow(u32::from(unspecified));
    let (low, high) = (prefix * scale, prefix * scale + scale - 1);
    if negative && high == 0 {
        return error("year zero has no sign (write 0000)");
    }
    let year = match (unspecified, negative) {
        (0, false) => Year::Known(low),
        (0, true) => Year::Known(-low),
        (_, false) => Year::Digits {
            first: low,
            last: high,
            unspecified,
        },
        (_, true) => Year::Digits {
            first: -high,
            last: -low,
            unspecified,
        },
    };
    Ok((year, rest))
}

/// What follows the year: nothing, a month, a season, or a month and a day, each perhaps `XX`.
fn parse_within(year: Year, parts: &[&str]) -> Result<Within, EdtfError> {
    let two = |part: &str| -> Result<Option<u8>, EdtfError> {
        match part {
            "XX" => Ok(None),
            _ if part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()) => Ok(part.parse().ok()),
            _ => error(format!("`{part}` is not two digits")),
        }
    };
    let partly_known_year = matches!(year, Year::Digits { .. });
    match parts {
        [] => Ok(Within::Year),
        _ if partly_known_year => error("a year with X digits stands alone"),
        [month] => match two(month)? {
            None => Ok(Within::UnknownMonth),
            Some(m @ 1..=12) if year != Year::Unknown => Ok(Within::Month(m)),
            Some(code) => match Season::from_code(code) {
                Some(season) if year != Year::Unknown => Ok(Within::Season(season)),
                _ => error(format!(
                    "there is no month {code:02} (01–12, or 21–24 for a season)"
                )),
            },
        },
        [month, day] => match (two(month)?, two(day)?) {
            (None, None) => Ok(Within::UnknownMonth),
            (None, Some(_)) => error("a day cannot be given without its month"),
            (Some(_), _) if year == Year::Unknown => error("an unknown year takes no month"),
            (Some(m @ 1..=12), None) => Ok(Within::UnknownDay(m)),
            (Some(m @ 1..=12), Some(d)) => {
                let Year::Known(y) = year else {
                    return error("a day needs its year");
                };
                if d == 0 || d > days_in_month(y, m) {
                    return error(format!("{y:04}-{m:02} has no day {d:02}"));
                }
                Ok(Within::Day(m, d))
            }
            (Some(m), _) => error(format!("there is no month {m:02}")),
        },
        _ => error("a date has at most a year, a month and a day"),
    }
}

/// `HH:MM:SS`, a fraction of a second, and `Z` or an offset (`+05:00`, `+0500`, `+05`).
fn parse_time(text: &str) -> Result<TimeOfDay, EdtfError> {
    let number = |s: &str, max: u8| -> Result<u8, EdtfError> {
        match s.parse::<u8>() {
            Ok(n) if s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) && n <= max => Ok(n),
            _ => error(format!("`{text}` is not a time of day (HH:MM:SS)")),
        }
    };
    let (clock, zone) = match text.find(['Z', '+', '-']) {
        Some(at) => (&text[..at], Some(parse_zone(&text[at..])?)),
        None => (text, None),
    };
    let (whole, fraction) = match clock.split_once('.') {
        Some((w, f)) if !f.is_empty() && f.len() <= 9 && f.bytes().all(|b| b.is_ascii_digit()) => {
            (w, Some(f))
        }
        Some(_) => return error(format!("`{text}` has a malformed fraction of a second")),
        None => (clock, None),
    };
    let fields: Vec<&str> = whole.split(':').collect();
    let [h, m, s] = fields.as_slice() else {
        return error(format!("`{text}` is not a time of day (HH:MM:SS)"));
    };
    let (hour, minute, second) = (number(h, 24)?, number(m, 59)?, number(s, 59)?);
    let nanos = fraction.map_or(0, |f| {
        let digits: u32 = f.parse().unwrap_or(0);
        digits * 10u32.pow(9 - f.len() as u32)
    });
    if hour == 24 && (minute, second, nanos) != (0, 0, 0) {
        return error("24:00:00 is the only time in hour 24");
    }
    Ok(TimeOfDay {
        hour,
        minute,
        second,
        nanos,
        fraction_digits: fraction.map_or(0, |f| f.len() as u8),
        zone,
    })
}

/// `Z`, or `±HH`, `±HHMM`, `±HH:MM` between -12:00 and +14:00 (and not `-00:00`).
fn parse_zone(text: &str) -> Result<Zone, EdtfError> {
    if text == "Z" {
        return Ok(Zone::Utc);
    }
    let bad = || {
        error(format!(
            "`{text}` is not a time zone (Z, or ±HH:MM from -12:00 to +14:00)"
        ))
    };
    let (sign, rest) = text.split_at(1);
    let digits: String = match rest.len() {
        2 | 4 => rest.to_owned(),
        5 if rest.as_bytes()[2] == b':' => rest.replace(':', ""),
        _ => return bad(),
    };
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return bad();
    }
    let hours: i16 = digits[..2].parse().unwrap_or(99);
    let minutes: i16 = match &digits[2..] {
        "" => 0,
        m => m.parse().unwrap_or(99),
    };
    if minutes > 59 {
        return bad();
    }
    let offset = hours * 60 + minutes;
    match sign {
        "+" if offset <= 14 * 60 => Ok(Zone::Offset(offset)),
        "-" if offset > 0 && offset <= 12 * 60 => Ok(Zone::Offset(-offset)),
        _ => bad(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_cover_the_days_they_say() {
        let bounds = |text: &str| match parse(text).unwrap() {
            Edtf::Point(p) => (p.lower().unwrap().to_string(), p.upper().unwrap().to_string()),
            Edtf::Interval { .. } => panic!("{text} is a point"),
        };
        assert_eq!(bounds("199X"), ("1990-01-01".into(), "1999-12-31".into()));
        assert_eq!(bounds("-01XX"), ("-0199-01-01".into(), "-0100-12-31".into()));
        assert_eq!(bounds("2001-21"), ("2001-03-01".into(), "2001-05-31".into()));
        assert_eq!(bounds("2019-24"), ("2019-12-01".into(), "2020-02-29".into()));
        assert_eq!(bounds("1985-04-XX"), ("1985-04-01".into(), "1985-04-30".into()));
        assert_eq!(
            bounds("Y-170000002"),
            ("-170000002-01-01".into(), "-170000002-12-31".into())
        );
        assert_eq!(
            bounds("2004-02-29T24:00:00"),
            ("2004-02-29".into(), "2004-02-29".into())
        );
    }

    #[test]
    fn days_are_counted_from_1970_in_any_year() {
        assert_eq!(Day::new(1970, 1, 1).days_since_1970(), 0);
        assert_eq!(Day::new(2022, 3, 13).days_since_1970(), 19_064);
        assert_eq!(Day::new(0, 3, 1).days_since_1970(), -719_468);
        assert_eq!(Day::new(-1, 12, 31).days_since_1970(), -719_529);
        // 425,004 cycles of 400 years (146,097 days each) and the 135,140 days of 1600 to 1969.
        let deep = Day::new(-170_000_000, 1, 1).days_since_1970();
        assert_eq!(deep, -62_091_944_528);
    }

    #[test]
    fn malformed_strings_are_refused_with_what_is_wrong() {
        for (text, message) in [
            ("2019-XX-09", "a day cannot be given without its month"),
            ("20XX-07", "a year with X digits stands alone"),
            (
                "Y2006",
                "a `Y` year has more than four digits, without leading zeros (write 2006 for Y2006)",
            ),
            (
                "2016-05-02T12:00:00-00:00",
                "`-00:00` is not a time zone (Z, or ±HH:MM from -12:00 to +14:00)",
            ),
            ("2012-24/2012-21", "the interval ends before it starts"),
            ("2003-02-29", "2003-02 has no day 29"),
            ("-0000", "year zero has no sign (write 0000)"),
        ] {
            assert_eq!(parse(text).unwrap_err().message, message, "{text}");
        }
    }
}
