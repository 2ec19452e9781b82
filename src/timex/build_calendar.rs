//! Builders for expressions that name the calendar: dates, months, years, decades, centuries,
//! holidays and quarters.

use chrono::{Datelike, NaiveDate};

use super::TimexType::Date;
use super::calendar::{self, year_of};
use super::lexicon::HOLIDAYS;
use super::matcher::{Ctx, Found, Match};
use super::tense::Tense;
use super::token::Token;

/// Words before a bare "May" or "March" that show it is the month, not a modal or a verb.
pub(crate) const MONTH_CONTEXT: &[&str] = &[
    "in", "since", "until", "till", "by", "through", "of", "from", "during", "before", "after", "between",
    "early", "late", "mid", "last", "next", "this", "and", "or", "to", "on", "for",
];

/// Words before a year before 1900 that show it is a year ("in 1848").
pub(crate) const YEAR_CONTEXT: &[&str] = &[
    "in", "since", "until", "till", "by", "through", "of", "from", "during", "before", "after", "between",
    "around", "circa", "early", "late", "mid",
];

/// Determiners before a year that, with a lowercase word after it, make it a modifier
/// ("the 2010 raid"), not a time expression.
pub(crate) const DETERMINERS: &[&str] = &["the", "a", "an", "its", "his", "her", "their", "this", "that"];

/// Words after a four-digit number that make it a quantity.
#[rustfmt::skip]
pub(crate) const MEASURES: &[&str] = &[
    "percent", "people", "years", "days", "times", "feet", "metres", "meters", "miles", "dollars",
    "euros", "pounds", "yuan", "tons", "tonnes", "barrels", "troops", "workers", "jobs", "votes",
];

fn anchored(mut found: Found) -> Found {
    found.anchors = true;
    found
}

fn num(t: Option<&Token>) -> Option<u32> {
    t.and_then(|t| t.num)
}

fn date_value(y: i32, mo: u32, d: u32) -> Option<String> {
    NaiveDate::from_ymd_opt(y, mo, d).map(calendar::day)
}

pub(crate) fn iso(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let y = i32::try_from(num(m.at(ctx, 0))?).ok()?;
    let value = date_value(y, num(m.at(ctx, 2))?, num(m.at(ctx, 4))?)?;
    Some(anchored(m.found(Date, value)))
}

pub(crate) fn numeric(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let year = m.at(ctx, 4)?;
    let y = match (year.digits, year.num?) {
        (4, y) => y,
        (2, y) => 2000 + y,
        _ => return None,
    };
    let value = date_value(i32::try_from(y).ok()?, num(m.at(ctx, 0))?, num(m.at(ctx, 2))?)?;
    Some(anchored(m.found(Date, value)))
}

fn month_number(t: &Token) -> Option<u32> {
    let e = t.entry?;
    e.month.or(e.month_abbreviation).map(u32::from)
}

/// The year of a month (and day) without a written year: from `last`/`next`, or the tense.
fn month_year(ctx: &Ctx<'_>, m: &Match, month: u32, day: Option<u32>, deictic: Option<i64>) -> i32 {
    let p = ctx.published;
    match deictic {
        Some(n) if n < 0 => p.year() - i32::from(month >= p.month()),
        Some(n) if n > 0 => p.year() + i32::from(month <= p.month()),
        Some(_) => p.year(),
        None => year_of(p, month, day, ctx.tense(m)),
    }
}

pub(crate) fn month(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let month_token = m.at(ctx, 3)?;
    let mo = month_number(month_token)?;
    let day = num(m.at(ctx, 5)).filter(|_| !followed_by_clock(ctx, m));
    let year = num(m.at(ctx, 8)).and_then(|y| i32::try_from(y).ok());
    let deictic = m.at(ctx, 2).and_then(|t| t.entry?.deictic);
    let bare = day.is_none() && year.is_none() && deictic.is_none() && !m.has(0);
    if bare
        && matches!(month_token.word(), "may" | "march")
        && !MONTH_CONTEXT.contains(&ctx.word_before(m.first))
    {
        return None;
    }
    let mut found = m.found(Date, String::new());
    if day.is_none() && m.has(5) {
        found.last = m.caps[3]?;
    }
    let y = year.unwrap_or_else(|| month_year(ctx, m, mo, day, deictic));
    found.value = match day {
        Some(d) => date_value(y, mo, d)?,
        None => calendar::month(y, mo),
    };
    Some(anchored(found))
}

fn followed_by_clock(ctx: &Ctx<'_>, m: &Match) -> bool {
    m.caps[5]
        .and_then(|i| ctx.token(i + 1))
        .is_some_and(|t| t.glued && t.is_mark(b':'))
}

pub(crate) fn day_month(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let d = num(m.at(ctx, 0))?;
    let mo = month_number(m.at(ctx, 3)?)?;
    let y = match num(m.at(ctx, 6)) {
        Some(y) => i32::try_from(y).ok()?,
        None => year_of(ctx.published, mo, Some(d), ctx.tense(m)),
    };
    Some(anchored(m.found(Date, date_value(y, mo, d)?)))
}

pub(crate) fn year(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let token = m.at(ctx, 2)?;
    let y = token.num?;
    let i = m.caps[2]?;
    let before = i.checked_sub(1).and_then(|j| ctx.token(j));
    let after = ctx.token(i + 1);
    if before.is_some_and(|b| b.glued || token.glued)
        && before.is_some_and(|b| b.mark == b'$' || b.mark == b'#')
    {
        return None;
    }
    if after.is_some_and(|a| a.is_mark(b'%') || MEASURES.contains(&a.word())) {
        return None;
    }
    let attributive = DETERMINERS.contains(&ctx.word_before(m.first))
        && after.is_some_and(|a| a.is_lower_word() && !matches!(a.word(), "and" | "or" | "to" | "when"));
    if attributive || (y < 1900 && !m.has(0) && !YEAR_CONTEXT.contains(&ctx.word_before(m.first))) {
        return None;
    }
    Some(anchored(m.found(Date, format!("{y:04}"))))
}

pub(crate) fn year_tail(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let dash = m.caps[0]?;
    let head = ctx.token(dash.checked_sub(1)?)?;
    let (first, tail) = (head.num.filter(|_| head.digits == 4)?, num(m.at(ctx, 1))?);
    (tail > first % 100).then(|| m.found(Date, format!("{:04}", first / 100 * 100 + tail)))
}

pub(crate) fn decade(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let token = m.at(ctx, 3)?;
    let n = token.num.filter(|n| n % 10 == 0)?;
    let value = match token.digits {
        4 => format!("{:03}", n / 10),
        2 if m.has(2) => format!("{}{}", if n < 20 { "20" } else { "19" }, n / 10),
        2 => {
            let prev = ctx
                .previous
                .as_ref()
                .filter(|p| p.value.len() == 3 && p.last + 3 >= m.first)?;
            format!("{}{}", &prev.value[..2], n / 10)
        }
        _ => return None,
    };
    Some(anchored(m.found(Date, value)))
}

pub(crate) fn century(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let ordinal = m.at(ctx, 0).and_then(|t| t.entry?.ordinal).map(u32::from);
    let n = ordinal.or_else(|| num(m.at(ctx, 1)).filter(|_| m.has(2)))?;
    (1..=30)
        .contains(&n)
        .then(|| m.found(Date, format!("{:02}", n - 1)))
}

pub(crate) fn ordinal_day(_: &Ctx<'_>, m: &Match) -> Option<Found> {
    Some(m.found(Date, "XXXX-XX-XX".to_string()))
}

pub(crate) fn holiday(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let first = m.at(ctx, 0)?;
    let last = [6, 3].iter().find_map(|&i| m.at(ctx, i)).map_or("", |t| t.word());
    let &(_, _, mo, d) = HOLIDAYS.iter().find(|h| h.0 == first.word() && h.1 == last)?;
    if !first.cap {
        return None;
    }
    let mut found = m.found(Date, String::new());
    found.last = [6, 3, 0].iter().find_map(|&i| m.caps[i])?;
    let y = year_of(ctx.published, u32::from(mo), Some(u32::from(d)), ctx.tense(m));
    found.value = date_value(y, u32::from(mo), u32::from(d))?;
    Some(found)
}

pub(crate) fn quarter(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let ordinal = m.at(ctx, 1).and_then(|t| t.entry?.ordinal).map(u32::from);
    let q = ordinal
        .or_else(|| num(m.at(ctx, 2)).filter(|_| m.has(3)))
        .filter(|q| (1..=4).contains(q))?;
    let y = match num(m.at(ctx, 6)) {
        Some(y) => i32::try_from(y).ok()?,
        None => {
            let tense = ctx.tense(m);
            let tense = if tense == Tense::Unknown {
                Tense::Past
            } else {
                tense
            };
            year_of(ctx.published, q * 3 - 2, Some(1), tense)
        }
    };
    Some(m.found(Date, format!("{y:04}-Q{q}")))
}
