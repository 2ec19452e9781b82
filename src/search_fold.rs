//! The one folding search applies on both sides (the index, the query, and the highlights), so
//! that what a query finds is what the screen marks.
//!
//! Each character is lowercased (Unicode's full mapping: `İ` gives `i` and a combining dot), a
//! final sigma `ς` becomes `σ` (so `ΣΥΝΟΔΟΣ`, `συνοδος` and `ΑΘΗΝΑΣ` find one another), the result is
//! decomposed canonically and its combining marks are dropped (so `istanbul` finds `İstanbul` and
//! `zurich` finds `Zürich`), and every run of whitespace becomes one space. A query is one
//! phrase: it is folded the same way and trimmed.
//!
//! Cost: linear in the text; each character folds to at most a few.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_segmentation::UnicodeSegmentation;

/// Appends `text`, folded, to `buffer` (runs of printable ASCII are lowercased in one go).
pub(crate) fn fold_into(buffer: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let (mut at, mut in_space) = (0, false);
    while at < bytes.len() {
        let plain = bytes[at..].iter().position(|&b| !b.is_ascii() || b <= b' ');
        let run = plain.unwrap_or(bytes.len() - at);
        if run > 0 {
            let start = buffer.len();
            buffer.push_str(&text[at..at + run]);
            buffer[start..].make_ascii_lowercase();
            (at, in_space) = (at + run, false);
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        fold_char(c, &mut in_space, |piece| buffer.push(piece));
        at += c.len_utf8();
    }
}

/// A query as the index compares it: folded and trimmed.
pub(crate) fn fold_query(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(&mut folded, text);
    folded.trim_matches(' ').to_owned()
}

/// Byte ranges of `text` where the folded `query` occurs in the folded text, widened to whole
/// grapheme clusters (a match on part of `İ`'s folding marks all of `İ`). Matches do not overlap.
pub(crate) fn find_folded(text: &str, query: &str) -> Vec<std::ops::Range<usize>> {
    let needle = fold_query(query);
    if needle.is_empty() {
        return Vec::new();
    }
    // The folded text, and for each of its bytes the start of the character it came from.
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    fold_each(text, |at, piece| {
        folded.push(piece);
        origin.resize(folded.len(), at);
    });
    let boundaries: Vec<usize> = text
        .grapheme_indices(true)
        .map(|(at, _)| at)
        .chain(std::iter::once(text.len()))
        .collect();
    // The grapheme boundary at or before `at`, and the one after the character at `at`.
    let grapheme_start = |at: usize| boundaries[boundaries.partition_point(|&b| b <= at) - 1];
    let grapheme_end = |at: usize| boundaries[boundaries.partition_point(|&b| b <= at)];
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
    let mut from = 0;
    while let Some(found) = folded[from..].find(&needle) {
        let (start, end) = (from + found, from + found + needle.len());
        let range = grapheme_start(origin[start])..grapheme_end(origin[end - 1]);
        match ranges.last_mut() {
            Some(last) if last.end >= range.start => last.end = last.end.max(range.end),
            _ => ranges.push(range),
        }
        from = end;
    }
    ranges
}

/// Calls `emit(at, c)` for each character of the folded text, `at` being where the character it
/// came from starts in `text`.
fn fold_each(text: &str, mut emit: impl FnMut(usize, char)) {
    let mut in_space = false;
    for (at, c) in text.char_indices() {
        fold_char(c, &mut in_space, |piece| emit(at, piece));
    }
}

/// One character folded; `in_space` says whether the last one folded was whitespace.
fn fold_char(c: char, in_space: &mut bool, mut emit: impl FnMut(char)) {
    if c.is_whitespace() {
        if !*in_space {
            emit(' ');
        }
        *in_space = true;
        return;
    }
    *in_space = false;
    if c.is_ascii() {
        return emit(c.to_ascii_lowercase());
    }
    for lower in c.to_lowercase() {
        let lower = if lower == 'ς' { 'σ' } else { lower };
        decompose_canonical(lower, |part| {
            if !is_combining_mark(part) {
                emit(part);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> String {
        let mut buffer = String::new();
        fold_into(&mut buffer, text);
        buffer
    }

    #[test]
    fn case_marks_final_sigma_and_whitespace_fold() {
        assert_eq!(folded("İstanbul"), "istanbul");
        assert_eq!(folded("ΣΥΝΟΔΟΣ ΑΘΗΝΑΣ"), "συνοδοσ αθηνασ");
        assert_eq!(folded("συνοδος"), "συνοδοσ");
        assert_eq!(folded("Zürich  Café\n\tÄRGER"), "zurich cafe arger");
        assert_eq!(folded("Yang  Jiechi"), folded("yang jiechi"));
        assert_eq!(fold_query("  Yang \u{a0} Jiechi "), "yang jiechi");
        assert_eq!(fold_query(" \t "), "");
    }

    #[test]
    fn the_fast_path_folds_as_one_character_at_a_time_does() {
        let text = "Mixed ASCII, Ünïcode\t\tand\x0bVT  ΣΟΣ; İ, 123 \u{a0}end";
        let mut slow = String::new();
        fold_each(text, |_, piece| slow.push(piece));
        assert_eq!(folded(text), slow);
    }

    #[test]
    fn text_outside_latin_and_greek_keeps_its_letters() {
        assert_eq!(folded("北京 会谈"), "北京 会谈");
        assert_eq!(folded("محادثات"), "محادثات");
        assert_eq!(folded("👨‍👩‍👧 family"), "👨\u{200d}👩\u{200d}👧 family");
    }

    #[test]
    fn matches_are_whole_graphemes_of_the_original() {
        let text = "İstanbul talks";
        assert_eq!(find_folded(text, "i"), vec![0..2]);
        assert_eq!(&text[find_folded(text, "istanbul")[0].clone()], "İstanbul");
        let greek = "ΣΥΝΟΔΟΣ ΑΘΗΝΑΣ";
        let found = find_folded(greek, "αθηνας");
        assert_eq!(
            found.iter().map(|r| &greek[r.clone()]).collect::<Vec<_>>(),
            ["ΑΘΗΝΑΣ"]
        );
        let spaced = "Yang  Jiechi said";
        assert_eq!(find_folded(spaced, "yang jiechi"), vec![0..12]);
        let accented = "cafe\u{301} noir";
        assert_eq!(
            find_folded(accented, "cafe"),
            vec![0..6],
            "the accent belongs to the e"
        );
        assert!(find_folded("abc", "  ").is_empty());
    }
}
