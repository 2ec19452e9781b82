//! Builders for expressions relative to publication or to a date already named: weekdays,
//! today, this week, the end of the year, the day before, two years ago, last summer.

use chrono::{Datelike, NaiveDate};

use super::TimexType::{self, Date, Duration, Time};
use super::calendar::{self, add_days, shifted};
use super::lexicon::Count;
use super::lexicon::{EVENT_NAME_WORDS, RELATIVE_DAYS, Unit};
use super::matcher::{Ctx, Found, Match, count_of, unit_of};
use super::tense::Tense;
use super::token::Token;

/// Lowercase words that may follow "the past" or a season without making it an attribute.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "in", "and", "or", "but", "he", "she", "they", "it", "we", "i", "to", "of", "has", "have", "had", "was",
    "were", "is", "are", "when", "where", "that", "this", "as", "for", "at", "on", "with", "been", "will",
    "would", "there", "before", "after", "since", "until", "months",
];

/// Words before a bare season that show it is the season ("in summer", "the winter").
pub(crate) const SEASON_CONTEXT: &[&str] =
    &["in", "during", "since", "until", "by", "through", "the", "over"];

fn deictic(t: Option<&Token>) -> Option<i64> {
    t.and_then(|t| t.entry?.deictic)
}

fn with_part(date: NaiveDate, part: Option<&str>) -> (TimexType, String) {
    match part {
        Some(p) => (Time, format!("{}T{p}", calendar::day(date))),
        None => (Date, calendar::day(date)),
    }
}

fn part_of(t: Option<&Token>) -> Option<&'static str> {
    t.and_then(|t| t.entry?.part_of_day)
}

pub(crate) fn weekday(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let wd = m.at(ctx, 2)?.entry?.weekday?;
    let p = ctx.published;
    let date = match deictic(m.at(ctx, 1)) {
        Some(n) if n < 0 => calendar::weekday(add_days(p, -1), wd, Tense::Past),
        Some(n) if n > 0 => calendar::weekday(add_days(p, 1), wd, Tense::Future),
        _ => calendar::weekday(p, wd, ctx.tense(m)),
    };
    let (kind, value) = with_part(date, part_of(m.at(ctx, 3)));
    Some(m.found(kind, value))
}

/// "over the weekend": the last one, or the next when the sentence is future.
pub(crate) fn the_weekend(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let future = ctx.tense(m) == Tense::Future;
    let saturday = calendar::weekday(ctx.published, 6, if future { Tense::Future } else { Tense::Past });
    Some(m.found(Date, format!("{}-WE", calendar::week(saturday))))
}

pub(crate) fn relative_day(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let word = m.at(ctx, 0)?.word();
    let &(_, offset, own_part) = RELATIVE_DAYS.iter().find(|r| r.0 == word)?;
    let (kind, value) = with_part(
        add_days(ctx.published, offset),
        part_of(m.at(ctx, 1)).or(own_part),
    );
    Some(m.found(kind, value))
}

pub(crate) fn this_part_of_day(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let part = part_of(m.at(ctx, 1))?;
    let offset = match (m.at(ctx, 0)?.word(), part) {
        ("this", _) => 0,
        ("last", "NI" | "EV") => -1,
        _ => return None,
    };
    let (kind, value) = with_part(add_days(ctx.published, offset), Some(part));
    Some(m.found(kind, value))
}

pub(crate) fn reference(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let next = ctx.token(m.end);
    if next.is_some_and(|n| n.glued && n.is_mark(b'-')) {
        return None;
    }
    Some(m.found(Date, "PRESENT_REF".to_string()))
}

pub(crate) fn the_past(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    if ctx
        .token(m.end)
        .is_some_and(|n| n.is_lower_word() && !FUNCTION_WORDS.contains(&n.word()))
    {
        return None;
    }
    let value = if m.at(ctx, 2)?.is("past") {
        "PAST_REF"
    } else {
        "FUTURE_REF"
    };
    Some(m.found(Date, value.to_string()))
}

pub(crate) fn at_the_time(_: &Ctx<'_>, m: &Match) -> Option<Found> {
    Some(m.found(Date, "PAST_REF".to_string()))
}

pub(crate) fn deictic_unit(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let unit_token = m.at(ctx, 3)?;
    let unit = unit_of(unit_token)?;
    let n = deictic(m.at(ctx, 2))?;
    if unit_token.entry?.unit?.1 || unit == Unit::Day {
        return None;
    }
    if m.has(0) && n != 0 && matches!(unit, Unit::Decade | Unit::Century) {
        return Some(m.found(Duration, calendar::duration(Count::Exact(1), unit)));
    }
    Some(m.found(Date, shifted(ctx.published, unit, n)?))
}

/// Whether publication falls in the second half of the unit around it.
fn past_middle(unit: Unit, p: NaiveDate) -> bool {
    match unit {
        Unit::Week | Unit::Weekend => p.weekday().number_from_monday() >= 4,
        Unit::Month => p.day() >= 15,
        Unit::Quarter => p.month0() % 3 >= 1,
        Unit::Decade => p.year() % 10 >= 5,
        Unit::Century => p.year() % 100 >= 50,
        _ => p.month() >= 7,
    }
}

/// "the end of the year": which year. A part that has not happened yet is last year's when
/// the sentence is past, and one already gone is next year's when it is future.
pub(crate) fn part_of_unit(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let part = m.at(ctx, 1)?.word();
    let unit_token = m.at(ctx, 5)?;
    let unit =
        unit_of(unit_token).filter(|u| !matches!(u, Unit::Day | Unit::Hour | Unit::Minute | Unit::Second))?;
    if unit_token.entry?.unit?.1 || !matches!(part, "end" | "beginning" | "start" | "middle") {
        return None;
    }
    let n = deictic(m.at(ctx, 4)).unwrap_or_else(|| {
        let late = past_middle(unit, ctx.published);
        match (ctx.tense(m), part) {
            (Tense::Past, "end") => -1,
            (Tense::Past, "middle") if !late => -1,
            (Tense::Future, "beginning" | "start") => 1,
            (Tense::Future, "middle") if late => 1,
            _ => 0,
        }
    });
    Some(m.found(Date, shifted(ctx.published, unit, n)?))
}

pub(crate) fn part_of_month(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let mo = u32::from(m.at(ctx, 3)?.entry?.month?);
    let y = match m.at(ctx, 4).and_then(|t| t.num) {
        Some(y) => i32::try_from(y).ok()?,
        None => calendar::year_of(ctx.published, mo, None, ctx.tense(m)),
    };
    let mut found = m.found(Date, calendar::month(y, mo));
    found.anchors = true;
    Some(found)
}

pub(crate) fn part_of_year(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let y = m.at(ctx, 3)?.num?;
    let mut found = m.found(Date, format!("{y:04}"));
    found.anchors = true;
    Some(found)
}

/// "the day before", "the following week": counted from the last date the text named.
pub(crate) fn anchored(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let unit_token = m.at(ctx, 2)?;
    let unit = unit_of(unit_token)?;
    let n = match (m.at(ctx, 1).map(Token::word), m.at(ctx, 3).map(Token::word)) {
        (None, Some("before")) => -1,
        (None, Some("after")) | (Some("following"), _) => 1,
        (Some("next"), _) if unit == Unit::Day => 1,
        (Some("previous" | "preceding"), _) => -1,
        (Some("same"), _) => 0,
        _ => return None,
    };
    if unit_token.entry?.unit?.1 || !matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
        return None;
    }
    let anchor = ctx.anchor.clone().unwrap_or_else(|| calendar::day(ctx.published));
    let date = anchor.get(..10).and_then(|d| d.parse::<NaiveDate>().ok());
    let month = anchor
        .get(..7)
        .and_then(|d| format!("{d}-01").parse::<NaiveDate>().ok());
    let year: Option<i32> = anchor
        .get(..4)
        .and_then(|y| y.parse().ok())
        .filter(|_| anchor.len() >= 4);
    let value = match (unit, date, month) {
        (Unit::Day | Unit::Week, Some(d), _) | (Unit::Month, Some(d), _) => shifted(d, unit, n)?,
        (Unit::Month, None, Some(d)) => shifted(d, unit, n)?,
        (Unit::Day, None, _) => format!("{:04}-XX-XX", year?),
        _ => format!("{:04}", i64::from(year?) + n),
    };
    Some(m.found(Date, value))
}

pub(crate) fn ago(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let unit = unit_of(m.at(ctx, 4)?)?;
    let count = if m.has(2) {
        Count::Vague
    } else {
        count_of(m.at(ctx, 1)?)?
    };
    let value = match (count, unit) {
        (Count::Exact(_), Unit::Hour | Unit::Minute | Unit::Second) => calendar::day(ctx.published),
        (Count::Exact(n), _) => shifted(ctx.published, unit, -i64::from(n))?,
        (Count::Vague, _) => "PAST_REF".to_string(),
    };
    Some(m.found(Date, value))
}

pub(crate) fn season(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let token = m.at(ctx, 3)?;
    let code = token.entry?.season?;
    let year = m.at(ctx, 5).and_then(|t| t.num);
    let n = deictic(m.at(ctx, 2));
    let next = ctx.token(m.end);
    let named = token.cap && next.is_some_and(|t| t.cap || EVENT_NAME_WORDS.contains(&t.word()));
    let attribute = next.is_some_and(|t| t.is_lower_word() && !FUNCTION_WORDS.contains(&t.word()));
    let bare = year.is_none() && n.is_none() && !m.has(0);
    if named || (token.cap && !token.first && year.is_none()) || (bare && (attribute || token.is("fall"))) {
        return None;
    }
    if bare && !SEASON_CONTEXT.contains(&ctx.word_before(m.first)) {
        return None;
    }
    let index = ["SP", "SU", "FA", "WI"].iter().position(|c| *c == code)?;
    let y = match year {
        Some(y) => i32::try_from(y).ok()?,
        None => calendar::season_year(ctx.published, i64::try_from(index).ok()?, n, ctx.tense(m)),
    };
    let mut found = m.found(Date, format!("{y:04}-{code}"));
    found.anchors = year.is_some();
    Some(found)
}
