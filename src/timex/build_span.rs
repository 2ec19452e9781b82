//! Builders for durations ("three months", "years"), sets ("every day", "weekly") and clock
//! times ("8 p.m.", "at 14:30").

use super::TimexType::{Duration, Set, Time};
use super::calendar::{self, duration as spell};
use super::lexicon::{Count, SET_ADVERBS, Unit};
use super::matcher::{Ctx, Found, Match, count_of, unit_of};
use super::token::Token;

/// Words before a count that make it an age ("ages 6 months and older").
pub(crate) const AGE_BEFORE: &[&str] = &["ages", "aged", "age"];
/// Words before a bare plural unit that make it a span ("for years").
pub(crate) const INTRODUCING: &[&str] = &["for", "over", "within", "in"];
/// Words after a span that make it an age.
pub(crate) const AGE_AFTER: &[&str] = &["old", "older", "younger"];

fn count_and_unit(ctx: &Ctx<'_>, m: &Match, count: usize, few: usize, unit: usize) -> Option<(Count, Unit)> {
    let c = if m.has(few) {
        Count::Vague
    } else {
        count_of(m.at(ctx, count)?)?
    };
    Some((c, unit_of(m.at(ctx, unit)?)?))
}

fn after_hyphen(ctx: &Ctx<'_>, i: usize) -> bool {
    let t = ctx.token(i);
    let before = i.checked_sub(1).and_then(|j| ctx.token(j));
    t.is_some_and(|t| t.glued) && before.is_some_and(|b| b.is_mark(b'-'))
}

fn is_age(ctx: &Ctx<'_>, m: &Match, end: usize) -> bool {
    let after = |k: usize| ctx.token(end + k);
    AGE_BEFORE.contains(&ctx.word_before(m.first))
        || after(0).is_some_and(|t| AGE_AFTER.contains(&t.word()))
        || (after(0).is_some_and(|t| t.glued && t.is_mark(b'-')) && after(1).is_some_and(|t| t.is("old")))
        || (after(0).is_some_and(|t| t.is("and") || t.is("or")) && after(1).is_some_and(|t| t.is("older")))
}

/// "three months", "almost seven years", "five years'", "several days".
pub(crate) fn duration(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let (count, unit) = count_and_unit(ctx, m, 1, 2, 5)?;
    let count_token = m.at(ctx, 1)?;
    let worded = count_token.num.is_none();
    let first = m.caps[1]?;
    if after_hyphen(ctx, first) || is_age(ctx, m, m.caps[5]? + 1) {
        return None;
    }
    if (unit == Unit::Second && worded) || unit == Unit::Quarter || (unit == Unit::Season && worded) {
        return None;
    }
    let mut found = m.found(Duration, spell(count, unit));
    let plural = m.at(ctx, 5).is_some_and(|t| ctx.str_of(t).ends_with('s'));
    let next = ctx.token(m.end);
    if !(plural && next.is_some_and(|n| n.is_lower_word() && !n.glued)) {
        found.last = m.caps[5]?;
    }
    Some(found)
}

/// "the past several months", "the next two weeks".
pub(crate) fn past_span(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    if m.at(ctx, 1)?.entry?.deictic? == 0 {
        return None;
    }
    let (count, unit) = count_and_unit(ctx, m, 2, 3, 4)?;
    Some(m.found(Duration, spell(count, unit)))
}

/// "three-month", "five-year": not inside longer compounds ("sub-five-minute", "22-year-old").
pub(crate) fn compound(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let count = count_of(m.at(ctx, 0)?)?;
    let unit = unit_of(m.at(ctx, 2)?)?;
    let after = ctx.token(m.end);
    if after_hyphen(ctx, m.caps[0]?)
        || after.is_some_and(|t| t.glued && t.is_mark(b'-'))
        || is_age(ctx, m, m.end)
    {
        return None;
    }
    (count != Count::Vague).then(|| m.found(Duration, spell(count, unit)))
}

/// "for years", "recent weeks", "days before".
pub(crate) fn vague(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let unit = unit_of(m.at(ctx, 2)?)?;
    let qualified = m.has(1);
    let introduced = !m.has(0) && INTRODUCING.contains(&ctx.word_before(m.first));
    if (m.has(0) && !qualified) || !(qualified || introduced || m.has(3)) {
        return None;
    }
    Some(m.found(Duration, spell(Count::Vague, unit)))
}

/// "3:07:35": hours, minutes and seconds of a race or a recording.
pub(crate) fn clock_duration(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let n = |i: usize| m.at(ctx, i).and_then(|t| t.num);
    let (h, min, s) = (n(0)?, n(2)?, n(4)?);
    (min < 60 && s < 60).then(|| m.found(Duration, format!("PT{h}H{min}M{s}S")))
}

pub(crate) fn every_unit(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let unit = unit_of(m.at(ctx, 3)?)?;
    let n = match (m.has(1), m.at(ctx, 2).map(count_of)) {
        (true, _) => 2,
        (false, Some(Some(Count::Exact(n)))) => n,
        (false, None) if unit != Unit::Second => 1,
        _ => return None,
    };
    let value = if unit == Unit::Season {
        "P1Y".to_string()
    } else {
        spell(Count::Exact(n), unit)
    };
    Some(m.found(Set, value))
}

pub(crate) fn every_weekday(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let wd = m.at(ctx, 1)?.entry?.weekday?;
    let part = m
        .at(ctx, 2)
        .and_then(|t| t.entry?.part_of_day)
        .map_or(String::new(), |p| format!("T{p}"));
    Some(m.found(Set, format!("XXXX-WXX-{wd}{part}")))
}

pub(crate) fn every_part_of_day(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let part = m.at(ctx, 1)?.entry?.part_of_day?;
    Some(m.found(Set, format!("XXXX-XX-XXT{part}")))
}

pub(crate) fn every_month(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let mo = m.at(ctx, 1)?.entry?.month?;
    Some(m.found(Set, format!("XXXX-{mo:02}")))
}

pub(crate) fn set_adverb(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let word = m.at(ctx, 0)?.word();
    let &(_, value) = SET_ADVERBS.iter().find(|a| a.0 == word)?;
    Some(m.found(Set, value.to_string()))
}

/// "twice a week", "three times a year", "once per day".
pub(crate) fn frequency(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let how = m.at(ctx, 1).map(Token::word);
    let per = m.at(ctx, 2)?.is("per");
    let counted = m.has(0) == (how == Some("times"));
    if !(counted && (how.is_some() || per)) {
        return None;
    }
    Some(m.found(Set, spell(Count::Exact(1), unit_of(m.at(ctx, 3)?)?)))
}

fn day_of(ctx: &Ctx<'_>, m: &Match) -> String {
    let sentence = ctx.token(m.first).map(|t| t.sentence);
    match ctx.last_day {
        Some((s, date)) if Some(s) == sentence => calendar::day(date),
        _ => calendar::day(ctx.published),
    }
}

/// "8 PM", "8:30 a.m.".
pub(crate) fn clock_time(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let hour = m.at(ctx, 0)?.num.filter(|h| (1..=12).contains(h))?;
    let marker = m.at(ctx, 3)?.word();
    if matches!(marker, "a" | "p") && !m.has(5) {
        return None;
    }
    let minutes = m.at(ctx, 2).and_then(|t| t.num).filter(|&mm| mm < 60);
    let h24 = match (hour, marker.starts_with('p')) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    };
    let mut found = m.found(Time, time_value(&day_of(ctx, m), h24, minutes));
    found.last = m.caps[6].or(m.caps[5]).unwrap_or(found.last);
    Some(found)
}

/// "at 14:30": a 24-hour clock after a preposition.
pub(crate) fn clock_24(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let marker = ctx.token(m.end).map(Token::word);
    if matches!(marker, Some("am" | "pm" | "a" | "p")) {
        return None;
    }
    let hour = m.at(ctx, 1)?.num.filter(|&h| h < 24)?;
    let minutes = m.at(ctx, 3)?.num.filter(|&mm| mm < 60)?;
    Some(m.found(Time, time_value(&day_of(ctx, m), hour, Some(minutes))))
}

fn time_value(day: &str, hour: u32, minutes: Option<u32>) -> String {
    match minutes {
        Some(mm) => format!("{day}T{hour:02}:{mm:02}"),
        None => format!("{day}T{hour:02}"),
    }
}

pub(crate) fn noon(ctx: &Ctx<'_>, m: &Match) -> Option<Found> {
    let hour = if m.at(ctx, 0)?.is("noon") { 12 } else { 0 };
    Some(m.found(Time, time_value(&day_of(ctx, m), hour, Some(0))))
}
