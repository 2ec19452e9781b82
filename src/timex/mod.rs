//! Finds temporal expressions in English news text and normalises them to TimeML values.
//!
//! # Method
//! Rule-based, in the manner of HeidelTime, with no statistical model. The text is split into
//! sentences ([`sentences`]) and tokens (words, digit runs, marks). Every word is looked up
//! once in the lexicon (month and weekday names, number words, units, seasons, parts of the
//! day, relative words, modifiers, set words, holidays). At each token the lexicon knows, the
//! patterns of the rule table are tried; the longest match wins. A rule's builder then checks
//! the context (a capitalised "May" after no preposition is a name or a modal, "Winter" before
//! "Olympics" is part of a name, "ages 6 months" is an age) and computes the value.
//!
//! Values are normalised against the publication date at the precision the text gives:
//! "in November" is a month, "this week" an ISO week, "the 1940s" the decade `194`. What the
//! text leaves open is resolved as news is written: an underspecified month, weekday or
//! season is the latest one not after publication unless the sentence speaks of the future,
//! which is judged from the verbs near the expression (see the tense module: `will`, `would`,
//! `'ll`, `going to`, `plans`, `scheduled`, `expected`, `due`, an infinitive of purpose mean
//! future; past auxiliaries, irregular past forms and `-ed` words mean past). Phrases such as
//! "the day before" count from the last calendar date the text named.
//!
//! # Cost
//! Linear in the input: tokenising and sentence splitting are single passes; at each token at
//! most [`rule_count`] patterns of at most ten slots are tried, each slot testing one token,
//! with no backtracking; tense inference reads at most twenty tokens around a match.

mod build_calendar;
mod build_relative;
mod build_span;
mod calendar;
mod chronicle;
mod lexicon;
mod matcher;
mod rules;
mod sentence;
mod tense;
mod token;

use std::ops::Range;

use chrono::NaiveDate;

pub use chronicle::chronicle_date;
pub use sentence::sentences;

use matcher::{Ctx, Found, Previous, match_at};
use token::Kind;

/// The four TimeML types of temporal expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// A temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// Byte span of the expression in the text.
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    /// The TimeML value: `2013-03-22`, `2013-W11`, `P3M`, `PRESENT_REF`, `194`, ...
    pub value: String,
    /// Whether the verbs around it speak of the future ("will meet on Monday", "scheduled for
    /// March 14"), as the tense module judges them.
    pub future: bool,
}

impl Timex {
    /// The chronicle date a DATE or TIME maps to (see [`chronicle_date`]).
    pub fn chronicle_date(&self) -> Option<String> {
        chronicle_date(self.kind, &self.value)
    }
}

/// The month a lowercase word names, in full or abbreviated (`march`, `mar`, `sept`): 1–12.
pub(crate) fn month_number(lower: &str) -> Option<u8> {
    let entry = lexicon::lookup(lower)?;
    entry.month.or(entry.month_abbreviation)
}

/// How many rules the table holds (the per-token bound of [`find`]).
pub fn rule_count() -> usize {
    rules::RULES.len()
}

/// Finds the temporal expressions of `text`, published on `published`, in order.
pub fn find(text: &str, published: NaiveDate) -> Vec<Timex> {
    find_in(text, &sentences(text), published)
}

/// [`find`] in a text already split into its [`sentences`] (a caller that needs them too splits
/// once).
pub fn find_in(text: &str, spans: &[Range<usize>], published: NaiveDate) -> Vec<Timex> {
    find_by_rule(text, spans, published)
        .into_iter()
        .map(|(t, _)| t)
        .collect()
}

/// [`find`], with the name of the rule behind each expression.
pub(crate) fn find_by_rule(
    text: &str,
    spans: &[Range<usize>],
    published: NaiveDate,
) -> Vec<(Timex, &'static str)> {
    let tokens = token::tokenize(text, spans);
    let mut ctx = Ctx {
        text,
        tokens: &tokens,
        published,
        anchor: None,
        previous: None,
        last_day: None,
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].kind == Kind::Word && tokens[i].entry.is_none() {
            i += 1;
            continue;
        }
        match best_at(&ctx, i) {
            Some((f, end)) => {
                i = end.max(f.last + 1);
                remember(&mut ctx, &f);
                let (start, stop) = (tokens[f.first].start, tokens[f.last].end);
                let future = tense::tense_around(text, &tokens, f.first, f.last + 1) == tense::Tense::Future;
                found.push((
                    Timex {
                        start,
                        end: stop,
                        kind: f.kind,
                        value: f.value,
                        future,
                    },
                    f.rule,
                ));
            }
            None => i += 1,
        }
    }
    found
}

/// The longest expression any rule finds at token `i`, with the token after its match.
fn best_at(ctx: &Ctx<'_>, i: usize) -> Option<(Found, usize)> {
    let mut best: Option<(Found, usize)> = None;
    for rule in rules::RULES {
        let Some(m) = match_at(ctx.tokens, i, rule.slots) else {
            continue;
        };
        let Some(mut f) = (rule.build)(ctx, &m) else {
            continue;
        };
        f.rule = rule.name;
        if best.as_ref().is_none_or(|(b, _)| f.last > b.last) {
            best = Some((f, m.end));
        }
    }
    best
}

fn remember(ctx: &mut Ctx<'_>, f: &Found) {
    if f.anchors {
        ctx.anchor = Some(f.value.clone());
    }
    if let Some(date) = f.value.get(..10).and_then(|d| d.parse::<NaiveDate>().ok()) {
        ctx.last_day = Some((ctx.tokens[f.first].sentence, date));
    }
    ctx.previous = Some(Previous {
        last: f.last,
        value: f.value.clone(),
    });
}

#[cfg(test)]
mod tests;
