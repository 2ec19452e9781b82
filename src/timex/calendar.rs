//! Calendar arithmetic for resolving expressions against the publication date, and the
//! TimeML spelling of each precision.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::lexicon::{Count, Unit};
use super::tense::Tense;

pub(crate) fn day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

pub(crate) fn month(year: i32, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

pub(crate) fn week(date: NaiveDate) -> String {
    let w = date.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

pub(crate) fn add_days(date: NaiveDate, n: i64) -> NaiveDate {
    let shifted = if n >= 0 {
        date.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(n.unsigned_abs()))
    };
    shifted.unwrap_or(date)
}

pub(crate) fn add_months(date: NaiveDate, n: i64) -> NaiveDate {
    let months = Months::new(u32::try_from(n.unsigned_abs()).unwrap_or(0));
    let shifted = if n >= 0 {
        date.checked_add_months(months)
    } else {
        date.checked_sub_months(months)
    };
    shifted.unwrap_or(date)
}

/// The year of month `m` (and day `d`, when given) as news means it: the latest one not after
/// publication, or the first one not before it when the tense is future.
pub(crate) fn year_of(published: NaiveDate, m: u32, d: Option<u32>, tense: Tense) -> i32 {
    let here = (published.month(), published.day());
    let there = (m, d.unwrap_or(if tense == Tense::Future { 31 } else { 1 }));
    match tense {
        Tense::Future if there < here => published.year() + 1,
        Tense::Future => published.year(),
        _ if there > here => published.year() - 1,
        _ => published.year(),
    }
}

/// The date of ISO weekday `wd` (Monday = 1): the latest one not after publication, or the
/// first one not before it when the tense is future.
pub(crate) fn weekday(published: NaiveDate, wd: u8, tense: Tense) -> NaiveDate {
    let today = i64::from(published.weekday().number_from_monday());
    let wanted = i64::from(wd);
    if tense == Tense::Future {
        add_days(published, (wanted - today).rem_euclid(7))
    } else {
        add_days(published, -(today - wanted).rem_euclid(7))
    }
}

/// The value of the unit `n` units away from publication, at the unit's precision.
pub(crate) fn shifted(published: NaiveDate, unit: Unit, n: i64) -> Option<String> {
    Some(match unit {
        Unit::Day => day(add_days(published, n)),
        Unit::Week => week(add_days(published, 7 * n)),
        Unit::Weekend => format!("{}-WE", week(add_days(published, 7 * n))),
        Unit::Fortnight => week(add_days(published, 14 * n)),
        Unit::Month => {
            let d = add_months(published, n);
            month(d.year(), d.month())
        }
        Unit::Quarter => {
            let d = add_months(published, 3 * n);
            format!("{:04}-Q{}", d.year(), d.month0() / 3 + 1)
        }
        Unit::Year => format!("{:04}", i64::from(published.year()) + n),
        Unit::Decade => format!("{:03}", (i64::from(published.year()) / 10) + n),
        Unit::Century => format!("{:02}", (i64::from(published.year()) / 100) + n),
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Season => return None,
    })
}

/// A TimeML duration: `P3M`, `P10Y` for a decade, `PT2H`, `PXD` for "several days".
pub(crate) fn duration(count: Count, unit: Unit) -> String {
    let (n, multiple, letter, time) = match unit {
        Unit::Second => (count, 1, "S", true),
        Unit::Minute => (count, 1, "M", true),
        Unit::Hour => (count, 1, "H", true),
        Unit::Day => (count, 1, "D", false),
        Unit::Weekend => (count, 2, "D", false),
        Unit::Week => (count, 1, "W", false),
        Unit::Fortnight => (count, 2, "W", false),
        Unit::Month => (count, 1, "M", false),
        Unit::Quarter | Unit::Season => (count, 3, "M", false),
        Unit::Year => (count, 1, "Y", false),
        Unit::Decade => (count, 10, "Y", false),
        Unit::Century => (count, 100, "Y", false),
    };
    let t = if time { "T" } else { "" };
    match n {
        Count::Exact(n) => format!("P{t}{}{letter}", u64::from(n) * multiple),
        Count::Vague if unit == Unit::Decade => "PXDE".to_string(),
        Count::Vague if unit == Unit::Century => "PXCE".to_string(),
        Count::Vague => format!("P{t}X{letter}"),
    }
}

/// The season of a date (0 spring .. 3 winter) and the year it belongs to: winter is counted
/// from December, so January and February belong to the winter of the year before.
pub(crate) fn season_of(date: NaiveDate) -> (i32, i64) {
    let m = date.month();
    let index = [3, 0, 1, 2][((m % 12) / 3) as usize];
    let year = if m <= 2 { date.year() - 1 } else { date.year() };
    (year, index)
}

/// The year of season `index` `n` seasons of its kind from the current one (`this`, `last`,
/// `next`); with `n` unknown, by tense: the latest begun, or the next to come.
pub(crate) fn season_year(published: NaiveDate, index: i64, n: Option<i64>, tense: Tense) -> i32 {
    let (year, current) = season_of(published);
    let now = i64::from(year) * 4 + current;
    let back = (current - index).rem_euclid(4);
    let ahead = (index - current).rem_euclid(4);
    let at = match n {
        Some(0) => i64::from(year) * 4 + index,
        Some(k) if k < 0 => now - if back == 0 { 4 } else { back } + 4 * (k + 1),
        Some(k) => now + if ahead == 0 { 4 } else { ahead } + 4 * (k - 1),
        None if tense == Tense::Future => now + ahead,
        None => now - back,
    };
    i32::try_from(at.div_euclid(4)).unwrap_or(year)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn resolves_months_and_weekdays() {
        let p = d("2013-03-22");
        assert_eq!(year_of(p, 8, None, Tense::Past), 2012);
        assert_eq!(year_of(p, 6, None, Tense::Future), 2013);
        assert_eq!(year_of(p, 3, Some(14), Tense::Unknown), 2013);
        assert_eq!(year_of(p, 3, Some(24), Tense::Past), 2012);
        assert_eq!(weekday(p, 5, Tense::Past), p);
        assert_eq!(weekday(p, 4, Tense::Past), d("2013-03-21"));
        assert_eq!(weekday(p, 1, Tense::Future), d("2013-03-25"));
    }

    #[test]
    fn shifts_units() {
        let p = d("2013-03-22");
        assert_eq!(shifted(p, Unit::Week, -1).as_deref(), Some("2013-W11"));
        assert_eq!(shifted(p, Unit::Month, -1).as_deref(), Some("2013-02"));
        assert_eq!(shifted(p, Unit::Year, 1).as_deref(), Some("2014"));
        assert_eq!(shifted(p, Unit::Quarter, 0).as_deref(), Some("2013-Q1"));
        assert_eq!(shifted(p, Unit::Decade, 0).as_deref(), Some("201"));
        assert_eq!(shifted(p, Unit::Weekend, 0).as_deref(), Some("2013-W12-WE"));
    }

    #[test]
    fn spells_durations() {
        assert_eq!(duration(Count::Exact(3), Unit::Month), "P3M");
        assert_eq!(duration(Count::Exact(1), Unit::Decade), "P10Y");
        assert_eq!(duration(Count::Vague, Unit::Day), "PXD");
        assert_eq!(duration(Count::Exact(2), Unit::Hour), "PT2H");
    }

    #[test]
    fn places_seasons() {
        let p = d("2013-03-22");
        assert_eq!(season_year(p, 1, Some(-1), Tense::Unknown), 2012);
        assert_eq!(season_year(p, 1, Some(0), Tense::Unknown), 2013);
        assert_eq!(season_year(p, 1, None, Tense::Past), 2012);
        assert_eq!(season_year(p, 1, None, Tense::Future), 2013);
        assert_eq!(season_year(p, 3, Some(-1), Tense::Unknown), 2012);
        assert_eq!(season_year(p, 3, None, Tense::Future), 2013);
    }
}
