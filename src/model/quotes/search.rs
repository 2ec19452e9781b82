//! Where each of many quotes first occurs in one folded text, with a worst case linear in the
//! text and the quotes.
//!
//! Quotes are looked for in two steps:
//! 1. Each quote with a space is keyed by a 16-byte window beside one of its spaces; one scan of
//!    the text's spaces looks the windows up and checks each hit against the whole quote. On real
//!    text this settles nearly every quote at once. The checking is metered: it may compare at
//!    most `4 × (text + quotes)` bytes, so that a text built to make every window hit (one
//!    repeated letter, one repeated sentence) cannot make it quadratic.
//! 2. Quotes the scan did not settle (those without a usable window, and, if the meter ran out,
//!    those not yet found) go to an Aho–Corasick automaton over their bytes, run over the text
//!    once. The first time the scan enters an automaton state, every quote ending at that state
//!    is recorded; a state seen again can add nothing new, so the work is the text's length plus
//!    the automaton's size, however often quotes occur.
//!
//! Cost, for a text of `n` bytes and quotes of `m` bytes together (identical quotes counted
//! once): step 1 is `O(n + m)`; step 2 builds automata over the `m'` bytes of quotes it is given,
//! `O(m')`, in at most [`AUTOMATON_RUNS`] batches (each of at least [`AUTOMATON_BYTES`], so that
//! small sets are one batch), and runs each over the text, `O(n)`. So the whole search is
//! `O(n + m)`, with at most `AUTOMATON_RUNS + 1` passes over the text. Building an automaton costs
//! about a microsecond per byte of quotes, roughly ten times what parsing those bytes of YAML
//! costs; step 1 keeps ordinary quotes from ever paying it.

use std::collections::HashMap;

use aho_corasick::Anchored;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous;

use crate::model::quotes::word_windows::{Outcome, WordWindows};

/// The fewest quote bytes a batch holds before the quotes are split into several automata.
pub(crate) const AUTOMATON_BYTES: usize = 4 << 20;

/// The most automata (and so passes over the text) one search builds: more quotes make each
/// automaton larger instead (about 30 bytes of memory per byte of quotes while it is built).
pub(crate) const AUTOMATON_RUNS: usize = 8;

/// How many bytes the window scan may compare, per byte of text and quotes.
const CHECKS_PER_BYTE: usize = 4;

/// Where each needle first occurs in `text` (empty needles are never found), the text's spaces
/// scanned in `parts` parts at once.
pub fn first_occurrences(text: &[u8], needles: &[&[u8]], parts: usize) -> Vec<Option<usize>> {
    // Identical needles are looked for once.
    let mut distinct: Vec<&[u8]> = Vec::new();
    let mut index: HashMap<&[u8], usize, foldhash::fast::RandomState> = HashMap::default();
    let which: Vec<Option<usize>> = needles
        .iter()
        .map(|&needle| {
            (!needle.is_empty()).then(|| {
                *index.entry(needle).or_insert_with(|| {
                    distinct.push(needle);
                    distinct.len() - 1
                })
            })
        })
        .collect();
    let found = first_occurrences_of_distinct(text, &distinct, parts);
    which.into_iter().map(|i| i.and_then(|i| found[i])).collect()
}

fn first_occurrences_of_distinct(text: &[u8], needles: &[&[u8]], parts: usize) -> Vec<Option<usize>> {
    let mut found = vec![None; needles.len()];
    let needle_bytes: usize = needles.iter().map(|n| n.len()).sum();
    let budget = CHECKS_PER_BYTE.saturating_mul(text.len() + needle_bytes);
    let (windows, mut unsettled) = WordWindows::new(needles);
    for (i, outcome) in windows.first_occurrences(text, budget, parts) {
        match outcome {
            Outcome::At(at) => found[i] = Some(at),
            Outcome::Unsettled => unsettled.push(i),
            Outcome::Absent => {}
        }
    }
    unsettled.sort_unstable();
    for batch in batches(&unsettled, needles) {
        let batch_needles: Vec<&[u8]> = batch.iter().map(|&i| needles[i]).collect();
        for (&i, at) in batch.iter().zip(with_automaton(text, &batch_needles)) {
            found[i] = at;
        }
    }
    found
}

/// The needles `unsettled` (indices into `needles`) in at most [`AUTOMATON_RUNS`] runs of about
/// equal bytes, each of at least [`AUTOMATON_BYTES`] unless it is the last.
fn batches<'u>(unsettled: &'u [usize], needles: &[&[u8]]) -> Vec<&'u [usize]> {
    let total: usize = unsettled.iter().map(|&i| needles[i].len()).sum();
    let batch_bytes = total.div_ceil(AUTOMATON_RUNS).max(AUTOMATON_BYTES);
    let mut batches = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (at, &i) in unsettled.iter().enumerate() {
        if at > start && bytes + needles[i].len() > batch_bytes {
            batches.push(&unsettled[start..at]);
            (start, bytes) = (at, 0);
        }
        bytes += needles[i].len();
    }
    if start < unsettled.len() {
        batches.push(&unsettled[start..]);
    }
    batches
}

/// Where each needle first occurs, found by one run of an Aho–Corasick automaton over `text`.
fn with_automaton(text: &[u8], needles: &[&[u8]]) -> Vec<Option<usize>> {
    let automaton = match contiguous::NFA::new(needles) {
        Ok(automaton) => automaton,
        // Too large for one automaton (more states than it can number): each half on its own.
        Err(_) if needles.len() > 1 => {
            let (left, right) = needles.split_at(needles.len() / 2);
            let mut found = with_automaton(text, left);
            found.extend(with_automaton(text, right));
            return found;
        }
        Err(_) => return needles.iter().map(|n| memchr::memmem::find(text, n)).collect(),
    };
    let mut found = vec![None; needles.len()];
    let mut missing = needles.len();
    let mut seen: std::collections::HashSet<StateID, foldhash::fast::RandomState> = Default::default();
    let Ok(mut state) = automaton.start_state(Anchored::No) else {
        return found;
    };
    for (at, &byte) in text.iter().enumerate() {
        state = automaton.next_state(Anchored::No, state, byte);
        if !automaton.is_match(state) || !seen.insert(state) {
            continue;
        }
        // The first visit of a matching state: every needle ending here ends here first.
        for k in 0..automaton.match_len(state) {
            let needle = automaton.match_pattern(state, k).as_usize();
            if found[needle].is_none() {
                found[needle] = Some(at + 1 - needles[needle].len());
                missing -= 1;
            }
        }
        if missing == 0 {
            break;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &[u8], needles: &[&[u8]]) -> Vec<Option<usize>> {
        let find = |n: &&[u8]| (!n.is_empty()).then(|| memchr::memmem::find(text, n)).flatten();
        needles.iter().map(find).collect()
    }

    #[test]
    fn agrees_with_one_search_per_needle() {
        let text = b"the talks in Geneva would go ahead, the minister said; the talks in Rome would not";
        let needles: [&[u8]; 9] = [
            b"the talks in Rome would not",
            b"the talks in Geneva would go ahead",
            b"minister",
            b"",
            b"not in the text at all, not anywhere",
            b"the talks in",
            b"the talks in",
            b"d not",
            b"ahead, the minister said; the talks",
        ];
        assert_eq!(first_occurrences(text, &needles, 1), naive(text, &needles));
    }

    #[test]
    fn the_automaton_finds_each_needle_where_it_first_ends() {
        let text = b"abcabcabd xyz abd";
        let needles: [&[u8]; 4] = [b"abd", b"cab", b"abcabd", b"bd"];
        assert_eq!(with_automaton(text, &needles), naive(text, &needles));
    }

    #[test]
    fn needles_the_windows_cannot_settle_are_found_by_the_automaton() {
        // One repeated word: every window hits everywhere, and the meter runs out.
        let text = "word ".repeat(20_000);
        let long = "word ".repeat(300);
        let absent = format!("{long}drow");
        let needles: [&[u8]; 3] = [long.as_bytes(), absent.as_bytes(), b"word word"];
        assert_eq!(
            first_occurrences(text.as_bytes(), &needles, 1),
            [Some(0), None, Some(0)]
        );
    }

    #[test]
    fn small_sets_are_one_batch_and_large_ones_at_most_the_most_runs() {
        let big = vec![b'a'; AUTOMATON_BYTES / 2 + 1];
        let needles: [&[u8]; 4] = [&big, &big, b"x", &big];
        let cut: Vec<&[usize]> = batches(&[0, 1, 2, 3], &needles);
        assert_eq!(cut, [&[0][..], &[1, 2][..], &[3][..]]);
        assert_eq!(batches(&[2], &needles), [&[2][..]]);
        let many: Vec<&[u8]> = vec![&big; 40];
        let all: Vec<usize> = (0..40).collect();
        let cut = batches(&all, &many);
        assert_eq!(cut.len(), AUTOMATON_RUNS);
        assert_eq!(cut.concat(), all);
    }
}
