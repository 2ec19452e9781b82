//! Finding many long needles in one text at once: each needle is anchored on its rarest window.
//!
//! An Aho-Corasick automaton over every byte of 100k quotes is costly to build. Instead each
//! needle picks one window of at most [`WINDOW`] bytes (its start, middle or end, whichever
//! the fewest needles share); the automaton holds only those windows, and every hit is checked
//! against the whole needle.

use std::collections::HashMap;

use aho_corasick::AhoCorasick;

/// The longest window a needle is anchored on.
const WINDOW: usize = 32;

/// Where each needle first occurs in `text` (needles must not be empty).
pub fn first_occurrences(text: &[u8], needles: &[&[u8]]) -> Vec<Option<usize>> {
    if needles.is_empty() {
        return Vec::new();
    }
    let mut found = vec![None; needles.len()];
    let anchors = choose_anchors(needles);
    // Needles waiting for each distinct window, as (needle, offset of the window in it).
    let mut windows: Vec<&[u8]> = Vec::new();
    let mut waiting: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut window_ids: HashMap<&[u8], usize> = HashMap::with_capacity(needles.len());
    for (needle, &(offset, len)) in anchors.iter().enumerate() {
        let window = &needles[needle][offset..offset + len];
        let id = *window_ids.entry(window).or_insert_with(|| {
            windows.push(window);
            waiting.push(Vec::new());
            windows.len() - 1
        });
        waiting[id].push((needle, offset));
    }
    let Ok(automaton) = AhoCorasick::new(&windows) else {
        // Too many windows for one automaton: search needle by needle instead.
        let finder = |n: &[u8]| memchr::memmem::find(text, n);
        return needles.iter().map(|n| finder(n)).collect();
    };
    let mut missing = needles.len();
    for hit in automaton.find_overlapping_iter(text) {
        let bucket = &mut waiting[hit.pattern().as_usize()];
        let mut i = 0;
        while i < bucket.len() {
            let (needle, offset) = bucket[i];
            let matches = hit
                .start()
                .checked_sub(offset)
                .filter(|&start| text.get(start..start + needles[needle].len()) == Some(needles[needle]));
            match matches {
                Some(start) => {
                    found[needle] = Some(start);
                    bucket.swap_remove(i);
                    missing -= 1;
                }
                None => i += 1,
            }
        }
        if missing == 0 {
            break;
        }
    }
    found
}

/// For each needle, the (offset, length) of the window the fewest needles share.
fn choose_anchors(needles: &[&[u8]]) -> Vec<(usize, usize)> {
    let candidates = |needle: &[u8]| -> [(usize, usize); 3] {
        let len = needle.len().min(WINDOW);
        let last = needle.len() - len;
        [(0, len), (last / 2, len), (last, len)]
    };
    let mut counts: HashMap<&[u8], u32> = HashMap::with_capacity(needles.len() * 3);
    for needle in needles {
        for (offset, len) in dedup(candidates(needle)) {
            *counts.entry(&needle[offset..offset + len]).or_insert(0) += 1;
        }
    }
    needles
        .iter()
        .map(|needle| {
            let [start, middle, end] = candidates(needle);
            let count = |(offset, len): (usize, usize)| counts[&needle[offset..offset + len]];
            [end, middle, start]
                .into_iter()
                .min_by_key(|&c| count(c))
                .unwrap_or(start)
        })
        .collect()
}

/// The candidate windows without repeats (short needles have one window three times).
fn dedup(windows: [(usize, usize); 3]) -> impl Iterator<Item = (usize, usize)> {
    let [a, b, c] = windows;
    [Some(a), (b != a).then_some(b), (c != a && c != b).then_some(c)]
        .into_iter()
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The obvious answer, one search per needle.
    fn naive(text: &[u8], needles: &[&[u8]]) -> Vec<Option<usize>> {
        needles.iter().map(|n| memchr::memmem::find(text, n)).collect()
    }

    #[test]
    fn agrees_with_one_search_per_needle() {
        let sentences: Vec<String> = (0..300)
            .map(|i| format!("Officials said the talks in Geneva would go ahead, wire {i} reported."))
            .collect();
        let text = sentences.join(" ") + " Officials said the talks";
        let mut needles: Vec<&[u8]> = sentences.iter().map(|s| s.as_bytes()).collect();
        needles.extend([
            b"Officials said the talks".as_slice(),
            b"wire 17 reported. Officials",
            b"go ahead, wire 299 reported. Officials said",
            b"not in the text at all, not anywhere",
            b"reported.",
            b"Officials said the talks in Geneva would go ahead, wire 42 reported.",
        ]);
        assert_eq!(
            first_occurrences(text.as_bytes(), &needles),
            naive(text.as_bytes(), &needles)
        );
    }

    #[test]
    fn a_window_hit_that_is_not_the_needle_keeps_looking() {
        // The anchor (the needle's last 32 bytes) first occurs where the rest of it does not.
        let text = b"XXXXXXXXXXabcdefghijklmnopqrstuvwxyzABCDEF 0123456789abcdefghijklmnopqrstuvwxyzABCDEF";
        let needle: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEF";
        assert_eq!(first_occurrences(text, &[needle]), [Some(43)]);
    }
}
