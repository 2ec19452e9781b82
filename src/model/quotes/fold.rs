//! Finding verbatim quotes in source texts, ignoring whitespace differences and quote styles.

use std::borrow::Cow;
use std::ops::Range;

use crate::model::quotes::search;

/// A source text folded for matching, with a map back to byte offsets of the original.
pub(crate) struct FoldedText {
    folded: String,
    /// `(folded offset, original offset)` at every place where folding changed lengths.
    checkpoints: Vec<(usize, usize)>,
    original_len: usize,
}

impl FoldedText {
    pub(crate) fn new(original: &str) -> Self {
        let mut folded = String::with_capacity(original.len());
        let mut checkpoints = vec![(0, 0)];
        let bytes = original.as_bytes();
        // Bytes from `copied` to `at` are already in folded form and are copied in one go.
        let (mut copied, mut at) = (0, 0);
        while at < bytes.len() {
            if let Some(block) = bytes[at..].first_chunk()
                && eight_stay(block)
            {
                at += 8;
                continue;
            }
            if stays_as_it_is(bytes, at) {
                at += 1;
                continue;
            }
            folded.push_str(&original[copied..at]);
            let Some(c) = original[at..].chars().next() else {
                break;
            };
            let mut end = at + c.len_utf8();
            if c.is_whitespace() {
                while let Some(next) = original[end..].chars().next().filter(|n| n.is_whitespace()) {
                    end += next.len_utf8();
                }
                push_replacement(&mut folded, &mut checkpoints, ' ', at, end);
            } else if let Some(plain) = fold_quote_mark(c) {
                push_replacement(&mut folded, &mut checkpoints, plain, at, end);
            } else {
                folded.push(c);
            }
            (copied, at) = (end, end);
        }
        folded.push_str(&original[copied..]);
        FoldedText {
            folded,
            checkpoints,
            original_len: original.len(),
        }
    }

    /// The first occurrence of each quote (byte ranges of the original text), whitespace runs
    /// and quote styles aside; see [`search`] for how, and what it costs.
    pub(crate) fn find_all(&self, quotes: &[&str]) -> Vec<Option<Range<usize>>> {
        let folded: Vec<Cow<'_, str>> = quotes.iter().map(|q| fold(q)).collect();
        let needles: Vec<&[u8]> = folded.iter().map(|q| q.as_bytes()).collect();
        self.find_folded(&needles, 1)
    }

    /// [`FoldedText::find_all`] for quotes already folded by [`fold`], the text's spaces scanned
    /// in `parts` parts at once.
    pub(crate) fn find_folded(&self, needles: &[&[u8]], parts: usize) -> Vec<Option<Range<usize>>> {
        let found = search::first_occurrences(self.folded.as_bytes(), needles, parts);
        let span = |(needle, at): (&&[u8], Option<usize>)| {
            at.map(|at| {
                let start = self.original_offset(at, Side::Start);
                start..self.original_offset(at + needle.len(), Side::End)
            })
        };
        needles.iter().zip(found).map(span).collect()
    }

    fn original_offset(&self, folded_at: usize, side: Side) -> usize {
        // Checkpoints come in pairs around each replacement; on a tie, the start of a match
        // belongs after the replaced text's start, and its end after the replaced text.
        let index = match side {
            Side::Start => self.checkpoints.partition_point(|&(f, _)| f < folded_at),
            Side::End => self.checkpoints.partition_point(|&(f, _)| f <= folded_at),
        };
        let (f, o) = match side {
            Side::Start if self.checkpoints.get(index).is_some_and(|&(f, _)| f == folded_at) => {
                self.checkpoints[index]
            }
            _ => self.checkpoints[index.saturating_sub(1)],
        };
        (o + (folded_at - f)).min(self.original_len)
    }
}

/// Where each quote first occurs in `text` (byte ranges of `text`), whitespace runs aside and
/// quote styles aside, as excerpts are checked.
pub fn find_quotes(text: &str, quotes: &[&str]) -> Vec<Option<Range<usize>>> {
    FoldedText::new(text).find_all(quotes)
}

/// Whether the byte at `at` is an ASCII byte that folding keeps: anything but whitespace, or
/// a lone space (one followed by a non-ASCII byte might start a run with a no-break space).
fn stays_as_it_is(bytes: &[u8], at: usize) -> bool {
    match bytes[at] {
        b' ' => bytes
            .get(at + 1)
            .is_none_or(|&next| next < 0x80 && !is_ascii_space(next)),
        b => b < 0x80 && !is_ascii_space(b),
    }
}

/// Whether the first eight of nine bytes all stay as they are, checked together: ASCII, none
/// below a space, and no space followed by a space (or, for the eighth, by anything but a byte
/// from 0x21 to 0x7F). Some blocks that stay are refused (bytes below a space, a space before a
/// `!`), for [`stays_as_it_is`] to decide one byte at a time.
fn eight_stay(nine: &[u8; 9]) -> bool {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH_BITS: u64 = ONES * 0x80;
    let word = u64::from_le_bytes(std::array::from_fn(|i| nine[i]));
    let after = nine[8];
    // The high bit of a byte marks it (exactly for the first marked byte of each test; bytes
    // above it may be marked too, which only sends the block to the slower check).
    let below_space = word.wrapping_sub(ONES * u64::from(b' ')) & !word & HIGH_BITS;
    let xored = word ^ (ONES * u64::from(b' '));
    let spaces = xored.wrapping_sub(ONES) & !xored & HIGH_BITS;
    let last_is_space = spaces >> 63 == 1;
    word & HIGH_BITS == 0
        && below_space == 0
        && spaces & (spaces >> 8) == 0
        && (!last_is_space || (after > b' ' && after < 0x80))
}

/// ASCII whitespace as `char::is_whitespace` sees it (vertical tab included).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

#[derive(Clone, Copy)]
enum Side {
    Start,
    End,
}

fn push_replacement(
    folded: &mut String,
    checkpoints: &mut Vec<(usize, usize)>,
    with: char,
    start: usize,
    end: usize,
) {
    if end - start == with.len_utf8() {
        // Same length (a newline for a space): offsets still line up, no checkpoint needed.
        folded.push(with);
        return;
    }
    checkpoints.push((folded.len(), start));
    folded.push(with);
    checkpoints.push((folded.len(), end));
}

/// A quote as compared: whitespace runs as one space, curly quotes straight, ends trimmed.
/// Quotes that are already in that form are borrowed, not copied.
pub(crate) fn fold(text: &str) -> Cow<'_, str> {
    let trimmed = text.trim();
    let already_folded = if trimmed.is_ascii() {
        is_folded_ascii(trimmed.as_bytes())
    } else {
        !trimmed.contains("  ")
            && !trimmed
                .chars()
                .any(|c| (c.is_whitespace() && c != ' ') || fold_quote_mark(c).is_some())
    };
    if already_folded {
        return Cow::Borrowed(trimmed);
    }
    Cow::Owned(folded_by_chars(trimmed))
}

/// Whitespace runs as one space and curly quotes straight, one character at a time.
fn folded_by_chars(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(fold_quote_mark(c).unwrap_or(c));
            in_space = false;
        }
    }
    out
}

/// Whether ASCII text is already folded: no whitespace but single spaces. (One pass without
/// branches: this runs over every quote of a timeline.)
fn is_folded_ascii(bytes: &[u8]) -> bool {
    let (mut unfolded, mut after_space) = (false, false);
    for &b in bytes {
        let space = b == b' ';
        unfolded |= is_ascii_space(b) & !space | space & after_space;
        after_space = space;
    }
    !unfolded
}

fn fold_quote_mark(c: char) -> Option<char> {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => Some('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => Some('"'),
        _ => None,
    }
}

#[cfg(test)]
#[path = "fold_tests.rs"]
mod tests;
