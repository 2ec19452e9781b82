//! Candidate actors: the names a text repeats (runs of capitalised words), with the titles
//! before them taken off, a surname or family name alone counted with its full name, and a
//! guessed kind. One pass over the words and a hash table: linear in the text.

use std::collections::HashMap;
use std::ops::Range;

use crate::model::ActorKind;

use super::words::{COMMON, MEDIA, NOT_NAMES, NOT_PEOPLE, ORGANISATION, PLACES, STATES, TITLES, is_in};

/// Capitals that news uses for their states (`Beijing said`).
const CAPITALS: &[&str] = &[
    "beijing",
    "moscow",
    "washington",
    "kyiv",
    "kiev",
    "london",
    "paris",
    "berlin",
    "tokyo",
    "delhi",
    "tehran",
    "ankara",
    "brussels",
    "pyongyang",
    "seoul",
    "taipei",
    "jerusalem",
    "riyadh",
];

/// The most candidates a draft proposes (the most named first).
const MOST_CANDIDATES: usize = 40;

/// A name the text gives, where, and what it seems to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub name: String,
    pub kind: ActorKind,
    /// Single words that stood for it (`Putin` for Vladimir Putin).
    pub aliases: Vec<String>,
    pub mentions: usize,
    /// The sentences (indexes) it is named in.
    pub sentences: Vec<usize>,
}

/// One run of capitalised words, cleaned of titles.
struct Run {
    words: Vec<String>,
    titled: bool,
    sentence: usize,
    /// Whether it opens its sentence (so its first word may be capitalised only for that).
    at_start: bool,
}

/// The candidate actors of `text`, whose sentences are `sentences` (in order): names named at
/// least twice, or once after a title (`President Joe Biden`).
pub(crate) fn candidates(text: &str, sentences: &[Range<usize>]) -> Vec<Candidate> {
    let mut runs = runs(text, sentences);
    let names: std::collections::HashSet<String> = runs
        .iter()
        .filter(|r| !r.at_start)
        .map(|r| r.words.join(" "))
        .collect();
    for run in runs.iter_mut().filter(|r| r.at_start && r.words.len() >= 2) {
        // `Embattled Putin asks…`: the first word is capitalised as the sentence's first.
        if names.contains(&run.words[1..].join(" ")) {
            run.words.remove(0);
        }
    }
    let mut found: HashMap<String, Candidate> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    for run in &runs {
        let name = run.words.join(" ");
        let entry = found.entry(name.clone()).or_insert_with(|| {
            order.push(name.clone());
            Candidate {
                kind: ActorKind::Other,
                name: name.clone(),
                aliases: Vec::new(),
                mentions: 0,
                sentences: Vec::new(),
            }
        });
        entry.mentions += 1;
        if entry.sentences.last() != Some(&run.sentence) {
            entry.sentences.push(run.sentence);
        }
        if run.titled {
            entry.kind = ActorKind::Person;
        }
    }
    for candidate in found.values_mut() {
        candidate.kind = kind_of(&candidate.name, candidate.kind == ActorKind::Person);
    }
    let titled: std::collections::HashSet<String> = runs
        .iter()
        .filter(|r| r.titled)
        .map(|r| r.words.join(" "))
        .collect();
    fold_single_words(&mut found, &order);
    let mut kept: Vec<Candidate> = order
        .iter()
        .filter_map(|name| found.remove(name))
        .filter(|c| c.mentions >= 2 || titled.contains(&c.name))
        .collect();
    kept.sort_by_key(|c| std::cmp::Reverse(c.mentions));
    kept.truncate(MOST_CANDIDATES);
    kept
}

/// A single word that is the last word of exactly one longer name, or the first word of a
/// person's, is that name said short (`Putin`, `Xi`, `Times`; not `Washington` for the
/// Washington Post): its mentions count for it and it becomes an alias.
fn fold_single_words(found: &mut HashMap<String, Candidate>, order: &[String]) {
    let mut ends: HashMap<&str, Vec<&str>> = HashMap::new();
    for name in order.iter().filter(|n| n.contains(' ')) {
        let words: Vec<&str> = name.split(' ').collect();
        let person = found
            .get(name.as_str())
            .is_some_and(|c| c.kind == ActorKind::Person);
        let first = person.then_some(words[0]);
        for end in first.into_iter().chain([words[words.len() - 1]]) {
            let names = ends.entry(end).or_default();
            if !names.contains(&name.as_str()) {
                names.push(name);
            }
        }
    }
    for word in order.iter().filter(|n| !n.contains(' ')) {
        let Some([full]) = ends.get(word.as_str()).map(Vec::as_slice) else {
            continue;
        };
        let full = (*full).to_owned();
        if let Some(short) = found.remove(word.as_str())
            && let Some(long) = found.get_mut(&full)
        {
            long.mentions += short.mentions;
            long.aliases.push(short.name);
            long.sentences.extend(short.sentences);
            long.sentences.sort_unstable();
            long.sentences.dedup();
        }
    }
}

/// The kind a name's words suggest.
fn kind_of(name: &str, titled: bool) -> ActorKind {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower.split(' ').collect();
    if words.len() > 1 && words.iter().any(|w| is_in(PLACES, w)) {
        ActorKind::Other
    } else if words.iter().any(|w| is_in(MEDIA, w)) {
        ActorKind::Media
    } else if words.iter().any(|w| is_in(ORGANISATION, w)) {
        ActorKind::Organisation
    } else if is_in(STATES, &lower) || is_in(CAPITALS, &lower) {
        ActorKind::State
    } else if titled
        || ((2..=4).contains(&words.len())
            && !words
                .iter()
                .any(|w| is_in(STATES, w) || is_in(CAPITALS, w) || is_in(NOT_PEOPLE, w)))
    {
        ActorKind::Person
    } else {
        ActorKind::Other
    }
}

/// The runs of capitalised words of `text`, each with its sentence.
fn runs(text: &str, sentences: &[Range<usize>]) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut current: Vec<(&str, usize)> = Vec::new();
    let mut last_end = 0;
    for (start, word) in words(text) {
        let gap = &text[last_end..start];
        let joined = !current.is_empty() && gap == " ";
        if !joined || !is_name_word(word) {
            flush(text, &mut current, sentences, &mut runs);
        }
        last_end = start + word.len();
        // A possessive ends the name: `Weber's aides`.
        let bare = word.strip_suffix("'s").or_else(|| word.strip_suffix("\u{2019}s"));
        if is_name_word(word) {
            current.push((bare.unwrap_or(word), start));
        }
        if bare.is_some() {
            flush(text, &mut current, sentences, &mut runs);
        }
    }
    flush(text, &mut current, sentences, &mut runs);
    runs
}

/// A capitalised word, or a short acronym; not a shouted headline word.
fn is_name_word(word: &str) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    let all_caps = word.chars().all(|c| !c.is_lowercase());
    first.is_uppercase() && (!all_caps || word.chars().count() <= 4)
}

/// Ends the current run: words that name nobody are taken off its front, and so is everything
/// up to its last title word when what follows is no institution (`Chinese Premier Xi
/// Jinping` → `Xi Jinping`; `National Security Council` stays); what is left, if it can be a
/// name, is kept.
fn flush(text: &str, current: &mut Vec<(&str, usize)>, sentences: &[Range<usize>], runs: &mut Vec<Run>) {
    let taken = std::mem::take(current);
    let Some(&(_, start)) = taken.first() else {
        return;
    };
    let shouted = |w: &&str| w.chars().all(|c| !c.is_lowercase());
    if taken.len() >= 2 && taken.iter().map(|(w, _)| w).all(shouted) {
        return; // a headline in capitals, not a run of acronyms
    }
    let lower: Vec<String> = taken.iter().map(|(w, _)| w.to_lowercase()).collect();
    let institution = |words: &[String]| words.iter().any(|w| is_in(ORGANISATION, w) || is_in(MEDIA, w));
    let mut from = lower.iter().take_while(|w| is_in(NOT_NAMES, w)).count();
    let mut titled = false;
    if let Some(last_title) = lower.iter().rposition(|w| is_in(TITLES, w))
        && last_title + 1 < lower.len()
        && last_title >= from
        && !institution(&lower[last_title + 1..])
    {
        from = last_title + 1;
        titled = true;
    }
    let words: Vec<String> = taken[from..].iter().map(|(w, _)| (*w).to_owned()).collect();
    let single = words.len() == 1;
    let demonym = single && is_demonym(&lower[from]);
    let only_titles = words.iter().all(|w| is_in(TITLES, &w.to_lowercase()));
    if words.is_empty() || demonym || only_titles || (single && is_in(COMMON, &lower[from])) {
        return;
    }
    let sentence = sentences.partition_point(|s| s.end <= start);
    let opening = sentences.get(sentence).map_or(0, |s| s.start);
    let at_start = from == 0
        && text
            .get(opening..start)
            .is_some_and(|before| !before.contains(char::is_alphanumeric));
    runs.push(Run {
        words,
        titled,
        sentence,
        at_start,
    });
}

/// `russian`, `chinese`, `israeli`, `british`: a word for a people or its language, by its
/// ending or by sharing five letters or more with a state's name without being it.
fn is_demonym(word: &str) -> bool {
    let ending = ["ese", "ian", "ians", "ish", "ans"]
        .iter()
        .any(|s| word.ends_with(s));
    let of_a_state = STATES.iter().any(|state| {
        let shared = state
            .bytes()
            .zip(word.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        shared >= 5 && word != *state && !state.contains(' ')
    });
    ending || of_a_state
}

/// The words of `text` (letters, with `-` and `'` inside), with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while chars.peek().is_some_and(|&(_, c)| !c.is_alphabetic()) {
            chars.next();
        }
        let &(start, _) = chars.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = chars.peek() {
            let joins = c == '-' || c == '\'' || c == '\u{2019}';
            let inner = joins && text[i + c.len_utf8()..].starts_with(char::is_alphabetic);
            if !(c.is_alphabetic() || inner) {
                break;
            }
            end = i + c.len_utf8();
            chars.next();
        }
        Some((start, &text[start..end]))
    })
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
