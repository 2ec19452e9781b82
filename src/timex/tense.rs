//! Guesses whether an expression speaks of the past or the future from the verbs around it.
//!
//! There is no part-of-speech tagger. Each token near the expression may be a cue: future
//! cues are modal and planning words (`will`, `'ll`, `would`, `going to`, `plans`,
//! `scheduled`, `expected`, `due`), `is`/`are` before an `-ing` word, and `to` before a
//! lowercase word (an infinitive of purpose, "to run through June"); past cues are past
//! auxiliaries (`was`, `had`, `did`), common irregular past forms (`said`, `told`, `met`),
//! and lowercase words ending in `-ed`, unless a form of `be`, `to`, `will` or a determiner
//! comes just before a participle (a passive or an adjective, whose auxiliary decides). The nearest cue in the same
//! sentence wins, at most [`WINDOW`] tokens each way, a cue behind winning ties and a cue
//! ahead counting further for each comma before it; with no cue the tense is unknown (and
//! news resolves it to the past).

use super::token::{Kind, Token};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
}

/// How many tokens each way the search for a cue goes.
pub(crate) const WINDOW: usize = 10;

#[rustfmt::skip]
const FUTURE_CUES: &[&str] = &[
    "will", "ll", "shall", "would", "gonna", "plans", "plan", "planned", "planning",
    "scheduled", "expected", "expects", "due", "upcoming", "intends", "intend", "aims", "hopes",
];

#[rustfmt::skip]
const PAST_CUES: &[&str] = &[
    "was", "were", "had", "did", "ago", "said", "told", "met", "went", "came", "took", "made",
    "gave", "found", "left", "held", "ran", "won", "lost", "began", "wrote", "spoke", "broke",
    "chose", "fell", "felt", "kept", "led", "paid", "sent", "sold", "stood", "thought",
    "brought", "bought", "caught", "taught", "fought", "got", "knew", "grew", "drew", "threw",
    "flew", "rose", "struck", "became", "saw", "heard", "meant", "built", "spent", "won",
    "agreed", "freed", "sought", "sank", "swore", "hid", "fled", "shot", "ate", "drove",
];

/// Words before an `-ed` word that make it a passive or an adjective, not a past verb.
#[rustfmt::skip]
const BEFORE_PARTICIPLE: &[&str] = &[
    "be", "is", "are", "am", "being", "the", "a", "an", "his", "her", "its", "their", "our",
    "this", "that", "to", "will", "would", "get", "gets",
];

/// Words after `to` that show it is not an infinitive marker.
#[rustfmt::skip]
const NOT_INFINITIVE: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those",
    "be", "date", "day", "me", "him", "them", "us", "you", "it", "what", "which", "whom",
];

/// Every word the cues mention, for the lexicon.
pub(crate) fn cue_words() -> impl Iterator<Item = &'static str> {
    let extra: &[&str] = &["to", "is", "are", "going"];
    FUTURE_CUES
        .iter()
        .chain(PAST_CUES)
        .chain(BEFORE_PARTICIPLE)
        .chain(NOT_INFINITIVE)
        .chain(extra)
        .copied()
}

/// The tense around tokens `from..to` (exclusive) of `tokens`: the nearest cue, a cue ahead
/// counting two tokens further for each comma between (it is likely in another clause).
pub(crate) fn tense_around(text: &str, tokens: &[Token], from: usize, to: usize) -> Tense {
    let sentence = tokens.get(from).map(|t| t.sentence);
    let same = |i: usize| tokens[i].sentence == sentence.unwrap_or(u32::MAX);
    let behind = (1..=WINDOW)
        .filter_map(|step| from.checked_sub(step).filter(|&i| same(i)).map(|i| (step, i)))
        .find_map(|(step, i)| cue(text, tokens, i).map(|t| (step, t)));
    let mut commas = 0;
    let mut ahead = None;
    for (step, i) in (to..tokens.len().min(to + WINDOW))
        .enumerate()
        .take_while(|&(_, i)| same(i))
    {
        commas += usize::from(tokens[i].is_mark(b','));
        if let Some(t) = cue(text, tokens, i) {
            ahead = Some((step + 1 + 2 * commas, t));
            break;
        }
    }
    match (behind, ahead) {
        (Some(b), Some(a)) => {
            if a.0 < b.0 {
                a.1
            } else {
                b.1
            }
        }
        (Some((_, t)), None) | (None, Some((_, t))) => t,
        (None, None) => Tense::Unknown,
    }
}

/// The tense token `i` signals, if any.
fn cue(text: &str, tokens: &[Token], i: usize) -> Option<Tense> {
    let token = &tokens[i];
    if token.kind != Kind::Word {
        return None;
    }
    let word = token.word();
    let next = tokens.get(i + 1);
    if FUTURE_CUES.contains(&word) && !(word == "will" && before_is_determiner(tokens, i)) {
        return Some(Tense::Future);
    }
    if word == "going" && next.is_some_and(|n| n.is("to")) {
        return Some(Tense::Future);
    }
    if matches!(word, "is" | "are") && next.is_some_and(|n| text[n.start..n.end].ends_with("ing")) {
        return Some(Tense::Future);
    }
    if word == "to" && next.is_some_and(|n| infinitive(text, n)) {
        return Some(Tense::Future);
    }
    let s = &text[token.start..token.end];
    let participle = s.len() > 4 && s.ends_with("ed") && !s.ends_with("eed") && !token.cap;
    let helped = i > 0 && BEFORE_PARTICIPLE.contains(&tokens[i - 1].word());
    let past =
        PAST_CUES.contains(&word) && (matches!(word, "was" | "were" | "had" | "did" | "ago") || !helped);
    (past || (participle && !helped)).then_some(Tense::Past)
}

fn infinitive(text: &str, next: &Token) -> bool {
    next.is_lower_word()
        && !next.glued
        && next
            .entry
            .is_none_or(|e| !NOT_INFINITIVE.contains(&e.word) && e.month.is_none())
        && !text[next.start..next.end].ends_with("ing")
}

fn before_is_determiner(tokens: &[Token], i: usize) -> bool {
    i > 0
        && matches!(
            tokens[i - 1].word(),
            "a" | "the" | "strong" | "political" | "free"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timex::token::tokenize;

    fn tense_of(text: &str, word: &str) -> Tense {
        let tokens = tokenize(text, &crate::timex::sentences(text));
        let at = tokens.iter().position(|t| &text[t.start..t.end] == word).unwrap();
        tense_around(text, &tokens, at, at + 1)
    }

    #[test]
    fn reads_cues() {
        assert_eq!(
            tense_of("He told reporters on Friday that", "Friday"),
            Tense::Past
        );
        assert_eq!(tense_of("They will meet on Friday.", "Friday"), Tense::Future);
        assert_eq!(
            tense_of("The book is due to be published in May.", "May"),
            Tense::Future
        );
        assert_eq!(tense_of("Police arrested him in August.", "August"), Tense::Past);
        assert_eq!(
            tense_of("The program is to run through June.", "June"),
            Tense::Future
        );
        assert_eq!(tense_of("She'll visit Paris in June.", "June"), Tense::Future);
        assert_eq!(tense_of("Friday night at the club.", "Friday"), Tense::Unknown);
        assert_eq!(
            tense_of("The planned meeting was on Monday.", "Monday"),
            Tense::Past
        );
    }
}
