//! The rule table: each rule is a token pattern and the function that normalises a match.
//!
//! Rules are tried at every token that the tables know (a word of the lexicon, a number or a
//! mark); the longest match wins, and earlier rules win ties.

use super::build_calendar as cal;
use super::build_relative as rel;
use super::build_span as span;
use super::lexicon::{DURATION_QUALIFIERS, SET_ADVERBS, SET_QUANTIFIERS};
use super::matcher::Test::{
    Count, DayNumber, Deictic, Digits, Mark, Modifier, Month, Ordinal, PartOfDay, Season, TwoDigits, Unit,
    Units, Weekday, Year,
};
use super::matcher::{Ctx, Found, Match, Slot, ctx, g, opt, s, w};

pub(crate) type Build = fn(&Ctx<'_>, &Match) -> Option<Found>;

pub(crate) struct Rule {
    pub(crate) name: &'static str,
    pub(crate) slots: &'static [Slot],
    pub(crate) build: Build,
}

const SUFFIX: &[&str] = &["st", "nd", "rd", "th"];
const THE: &[&str] = &["the"];
const DASH: Slot = g(s(Mark(b'-')));
const APOSTROPHE: Slot = s(Mark(b'\''));
const ADVERBS: [&str; 9] = {
    let mut words = [""; 9];
    let mut i = 0;
    while i < 9 {
        words[i] = SET_ADVERBS[i].0;
        i += 1;
    }
    words
};

macro_rules! rule {
    ($name:literal, [$($slot:expr),* $(,)?], $build:path) => {
        Rule { name: $name, slots: &[$($slot),*], build: $build }
    };
}

#[rustfmt::skip]
pub(crate) const RULES: &[Rule] = &[
    // Calendar dates.
    rule!("iso date", [s(Year), DASH, g(s(TwoDigits)), DASH, g(s(TwoDigits))], cal::iso),
    rule!("numeric date", [s(DayNumber), g(s(Mark(b'/'))), g(s(DayNumber)), g(s(Mark(b'/'))), g(s(Digits))], cal::numeric),
    rule!("month", [opt(s(Modifier)), opt(DASH), opt(s(Deictic)), s(Month), opt(g(s(Mark(b'.')))),
        opt(s(DayNumber)), opt(g(w(SUFFIX))), opt(s(Mark(b','))), opt(s(Year))], cal::month),
    rule!("day month", [s(DayNumber), opt(g(w(SUFFIX))), opt(w(&["of"])), s(Month), opt(g(s(Mark(b'.')))),
        opt(s(Mark(b','))), opt(s(Year))], cal::day_month),
    rule!("year", [opt(s(Modifier)), opt(DASH), s(Year)], cal::year),
    rule!("year after a dash", [ctx(DASH), g(s(TwoDigits))], cal::year_tail),
    rule!("decade", [opt(s(Modifier)), opt(DASH), opt(APOSTROPHE), s(Count), opt(g(APOSTROPHE)), g(w(&["s"]))], cal::decade),
    rule!("decade year", [opt(s(Modifier)), opt(DASH), opt(APOSTROPHE), s(Year), opt(g(APOSTROPHE)), g(w(&["s"]))], cal::decade),
    rule!("century", [opt(s(Ordinal)), opt(s(Count)), opt(g(w(SUFFIX))), w(&["century"])], cal::century),
    rule!("ordinal day", [w(THE), s(Count), g(w(SUFFIX)), w(&["day"])], cal::ordinal_day),
    rule!("holiday", [w(&["christmas", "halloween", "valentine", "new"]), opt(g(APOSTROPHE)), opt(g(w(&["s"]))),
        opt(w(&["year"])), opt(g(APOSTROPHE)), opt(g(w(&["s"]))), opt(w(&["day", "eve"]))], cal::holiday),
    rule!("quarter", [opt(w(THE)), opt(s(Ordinal)), opt(s(Count)), opt(g(w(SUFFIX))), w(&["quarter"]),
        opt(w(&["of"])), opt(s(Year))], cal::quarter),
    // Relative to publication or to a date already named.
    rule!("weekday", [opt(s(Modifier)), opt(s(Deictic)), s(Weekday), opt(s(PartOfDay))], rel::weekday),
    rule!("the weekend", [ctx(w(&["over", "during", "at", "on", "through"])), w(THE), w(&["weekend"])], rel::the_weekend),
    rule!("relative day", [w(&["today", "tonight", "yesterday", "tomorrow"]), opt(s(PartOfDay))], rel::relative_day),
    rule!("part of this day", [w(&["this", "last"]), s(PartOfDay)], rel::this_part_of_day),
    rule!("reference", [w(&["now", "currently", "nowadays", "presently"])], rel::reference),
    rule!("at present", [w(&["at"]), w(&["present"])], rel::reference),
    rule!("the past", [w(THE), opt(w(&["near", "distant", "recent"])), w(&["past", "future"])], rel::the_past),
    rule!("at the time", [w(&["at"]), w(THE), w(&["time"])], rel::at_the_time),
    rule!("this unit", [opt(w(THE)), opt(s(Modifier)), s(Deictic), s(Unit)], rel::deictic_unit),
    rule!("end of unit", [opt(w(THE)), s(Modifier), w(&["of"]), opt(w(THE)), opt(s(Deictic)), s(Unit)], rel::part_of_unit),
    rule!("end of month", [opt(w(THE)), s(Modifier), w(&["of"]), s(Month), opt(s(Year))], rel::part_of_month),
    rule!("end of year", [opt(w(THE)), s(Modifier), w(&["of"]), s(Year)], rel::part_of_year),
    rule!("day before", [w(THE), opt(w(&["following", "next", "previous", "preceding", "same"])), s(Unit),
        opt(ctx(w(&["before", "after"])))], rel::anchored),
    rule!("ago", [opt(w(DURATION_QUALIFIERS)), s(Count), opt(w(&["few", "couple"])), opt(w(&["of"])), s(Unit),
        w(&["ago"])], rel::ago),
    rule!("season", [opt(s(Modifier)), opt(DASH), opt(s(Deictic)), s(Season), opt(w(&["of"])), opt(s(Year))], rel::season),
    // Durations, sets and times of day.
    rule!("duration", [opt(w(DURATION_QUALIFIERS)), s(Count), opt(w(&["few", "couple"])), opt(w(&["of"])),
        opt(w(&["more", "other", "additional", "full", "straight"])), s(Unit), opt(g(APOSTROPHE))], span::duration),
    rule!("span of the past", [w(THE), s(Deictic), s(Count), opt(w(&["few", "couple"])), s(Units)], span::past_span),
    rule!("compound duration", [s(Count), DASH, g(s(Unit))], span::compound),
    rule!("vague span", [opt(w(THE)), opt(w(&["recent", "coming", "past", "last"])), s(Units),
        opt(ctx(w(&["before", "after", "earlier", "later"])))], span::vague),
    rule!("clock duration", [s(Count), g(s(Mark(b':'))), g(s(TwoDigits)), g(s(Mark(b':'))), g(s(TwoDigits))], span::clock_duration),
    rule!("every unit", [w(SET_QUANTIFIERS), opt(w(&["other"])), opt(s(Count)), s(Unit)], span::every_unit),
    rule!("every weekday", [w(SET_QUANTIFIERS), s(Weekday), opt(s(PartOfDay))], span::every_weekday),
    rule!("every part of day", [w(SET_QUANTIFIERS), s(PartOfDay)], span::every_part_of_day),
    rule!("every month", [w(SET_QUANTIFIERS), s(Month)], span::every_month),
    rule!("set adverb", [w(&ADVERBS)], span::set_adverb),
    rule!("times a unit", [opt(s(Count)), opt(w(&["once", "twice", "times"])), w(&["a", "per"]), s(Unit)], span::frequency),
    rule!("clock time", [s(Count), opt(g(s(Mark(b':')))), opt(g(s(TwoDigits))), w(&["am", "pm", "a", "p"]),
        opt(g(s(Mark(b'.')))), opt(g(w(&["m"]))), opt(g(s(Mark(b'.'))))], span::clock_time),
    rule!("time after at", [ctx(w(&["at", "by", "until", "till", "around", "from", "before", "after"])), s(Count),
        g(s(Mark(b':'))), g(s(TwoDigits))], span::clock_24),
    rule!("noon", [w(&["noon", "midnight"])], span::noon),
];

/// Every word a rule mentions, so the lexicon knows it.
pub(crate) fn literal_words() -> impl Iterator<Item = &'static str> {
    RULES
        .iter()
        .flat_map(|r| r.slots.iter())
        .flat_map(|slot| match slot.test {
            super::matcher::Test::Word(words) => words.iter().copied(),
            _ => [].iter().copied(),
        })
}

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;
