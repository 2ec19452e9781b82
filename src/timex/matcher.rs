//! Matches the rule table's token patterns: each slot tests one token, optional slots are
//! skipped when they do not match, and nothing is ever retried (no backtracking).

use chrono::NaiveDate;

use super::TimexType;
use super::lexicon::{Count, Unit};
use super::tense::{Tense, tense_around};
use super::token::{Kind, Token};

/// Most slots a pattern has.
pub(crate) const MAX_SLOTS: usize = 10;

/// What one token must be.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Test {
    /// One of these lowercase words.
    Word(&'static [&'static str]),
    /// A punctuation mark.
    Mark(u8),
    /// A capitalised month name, or a capitalised month abbreviation.
    Month,
    /// A capitalised weekday name.
    Weekday,
    /// A number word or a plain number below 1000.
    Count,
    /// A plain number of one or two digits from 1 to 31.
    DayNumber,
    /// Any plain number.
    Digits,
    /// A plain number of exactly two digits.
    TwoDigits,
    /// A plain number of four digits from 1000 to 2099.
    Year,
    /// A unit word, singular or plural.
    Unit,
    /// A plural unit word.
    Units,
    Season,
    PartOfDay,
    /// An ordinal word (`first`).
    Ordinal,
    /// `this`, `last`, `next`, `past`, ...
    Deictic,
    /// `early`, `late`, `mid`, `end`, ...
    Modifier,
}

/// One position of a pattern.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Slot {
    pub(crate) test: Test,
    pub(crate) optional: bool,
    /// Matched but left out of the expression's extent.
    pub(crate) context: bool,
    /// Must follow the token before with no space.
    pub(crate) glued: bool,
}

pub(crate) const fn s(test: Test) -> Slot {
    Slot {
        test,
        optional: false,
        context: false,
        glued: false,
    }
}
pub(crate) const fn w(words: &'static [&'static str]) -> Slot {
    s(Test::Word(words))
}
pub(crate) const fn opt(slot: Slot) -> Slot {
    Slot {
        optional: true,
        ..slot
    }
}
pub(crate) const fn ctx(slot: Slot) -> Slot {
    Slot {
        context: true,
        ..slot
    }
}
pub(crate) const fn g(slot: Slot) -> Slot {
    Slot { glued: true, ..slot }
}

/// What a rule found: its type, its TimeML value and its extent in tokens.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub(crate) kind: TimexType,
    pub(crate) value: String,
    pub(crate) first: usize,
    pub(crate) last: usize,
    /// Names a calendar date on its own (a month, a year), so later relative phrases such as
    /// "the day before" count from it.
    pub(crate) anchors: bool,
    /// The name of the rule that found it.
    pub(crate) rule: &'static str,
}

/// The previous expression found, for rules that continue one ("the 1930s and 40s").
#[derive(Debug, Clone)]
pub(crate) struct Previous {
    pub(crate) last: usize,
    pub(crate) value: String,
}

/// Everything a rule's builder may read.
pub(crate) struct Ctx<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: &'a [Token],
    pub(crate) published: NaiveDate,
    /// The value of the last expression that [anchors](Found::anchors).
    pub(crate) anchor: Option<String>,
    pub(crate) previous: Option<Previous>,
    /// The last day-precise date found, with its sentence (times of day attach to it).
    pub(crate) last_day: Option<(u32, NaiveDate)>,
}

impl Ctx<'_> {
    pub(crate) fn token(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i)
    }

    pub(crate) fn str_of(&self, t: &Token) -> &str {
        &self.text[t.start..t.end]
    }

    /// The tense of the sentence around the match.
    pub(crate) fn tense(&self, m: &Match) -> Tense {
        tense_around(self.text, self.tokens, m.first, m.last + 1)
    }

    pub(crate) fn word_before(&self, i: usize) -> &'static str {
        i.checked_sub(1)
            .and_then(|j| self.tokens.get(j))
            .map_or("", Token::word)
    }
}

/// The tokens a pattern matched, slot by slot.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Match {
    pub(crate) caps: [Option<usize>; MAX_SLOTS],
    /// First and last token of the extent (context slots left out, trailing marks trimmed).
    pub(crate) first: usize,
    pub(crate) last: usize,
    /// The token after the whole match.
    pub(crate) end: usize,
}

impl Match {
    pub(crate) fn at<'t>(&self, ctx: &'t Ctx<'_>, slot: usize) -> Option<&'t Token> {
        self.caps.get(slot).copied().flatten().and_then(|i| ctx.token(i))
    }

    pub(crate) fn has(&self, slot: usize) -> bool {
        self.caps.get(slot).is_some_and(Option::is_some)
    }

    pub(crate) fn found(&self, kind: TimexType, value: String) -> Found {
        Found {
            kind,
            value,
            first: self.first,
            last: self.last,
            anchors: false,
            rule: "",
        }
    }
}

/// Matches `slots` at token `at`; at most one test per slot.
pub(crate) fn match_at(tokens: &[Token], at: usize, slots: &[Slot]) -> Option<Match> {
    let mut caps = [None; MAX_SLOTS];
    let (mut i, mut first, mut last) = (at, None, None);
    for (n, slot) in slots.iter().enumerate().take(MAX_SLOTS) {
        let hit = tokens
            .get(i)
            .filter(|t| (!slot.glued || t.glued) && test(t, slot.test, tokens.get(i + 1)));
        match hit {
            Some(t) => {
                caps[n] = Some(i);
                if !slot.context && (t.kind != Kind::Punct || first.is_some()) {
                    first = first.or(Some(i));
                    if (t.kind != Kind::Punct || t.mark == b'\'') && !t.is("of") {
                        last = Some(i);
                    }
                }
                i += 1;
            }
            None if slot.optional => {}
            None => return None,
        }
    }
    Some(Match {
        caps,
        first: first?,
        last: last?,
        end: i,
    })
}

fn test(t: &Token, test: Test, next: Option<&Token>) -> bool {
    let e = t.entry;
    let small = t.num.filter(|_| t.digits <= 3);
    match test {
        Test::Word(words) => e.is_some_and(|e| words.contains(&e.word)),
        Test::Mark(m) => t.is_mark(m),
        Test::Month => {
            t.cap && e.is_some_and(|e| e.month.is_some() || abbreviation(e.month_abbreviation, next))
        }
        Test::Weekday => t.cap && e.is_some_and(|e| e.weekday.is_some()),
        Test::Count => small.is_some() || e.is_some_and(|e| e.count.is_some()),
        Test::DayNumber => t.digits <= 2 && small.is_some_and(|n| (1..=31).contains(&n)),
        Test::Digits => t.num.is_some(),
        Test::TwoDigits => t.digits == 2,
        Test::Year => t.digits == 4 && t.num.is_some_and(|n| (1000..=2099).contains(&n)),
        Test::Unit => e.is_some_and(|e| e.unit.is_some()),
        Test::Units => e.is_some_and(|e| e.unit.is_some_and(|u| u.1)),
        Test::Season => e.is_some_and(|e| e.season.is_some()),
        Test::PartOfDay => e.is_some_and(|e| e.part_of_day.is_some()),
        Test::Ordinal => e.is_some_and(|e| e.ordinal.is_some()),
        Test::Deictic => e.is_some_and(|e| e.deictic.is_some()),
        Test::Modifier => e.is_some_and(|e| e.modifier.is_some()),
    }
}

fn abbreviation(month: Option<u8>, next: Option<&Token>) -> bool {
    month.is_some() && next.is_some_and(|n| (n.glued && n.is_mark(b'.')) || n.num.is_some())
}

/// The count a number word or a plain number gives.
pub(crate) fn count_of(t: &Token) -> Option<Count> {
    t.num.map(Count::Exact).or_else(|| t.entry.and_then(|e| e.count))
}

/// The unit a unit word names.
pub(crate) fn unit_of(t: &Token) -> Option<Unit> {
    t.entry.and_then(|e| e.unit).map(|u| u.0)
}
