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
mod tests {
    use super::*;

    impl FoldedText {
        fn find(&self, quote: &str) -> Option<Range<usize>> {
            self.find_all(&[quote]).pop().flatten()
        }
    }

    #[test]
    fn whitespace_and_quote_styles_are_ignored() {
        let text = "He said,\u{a0}\u{201C}I\u{2019}ve  never\nheard of that,\u{201D} in a statement.";
        let folded = FoldedText::new(text);
        let span = folded.find("\"I've never heard of that,\"").unwrap();
        assert_eq!(&text[span], "\u{201C}I\u{2019}ve  never\nheard of that,\u{201D}");
    }

    #[test]
    fn every_kind_of_whitespace_run_folds_to_one_space() {
        let text = "a\x0bb\r\nc \u{a0}d\te  f\u{2003}g";
        let folded = FoldedText::new(text);
        assert_eq!(folded.folded, "a b c d e f g");
        assert_eq!(&text[folded.find("b c d e f").unwrap()], "b\r\nc \u{a0}d\te  f");
        assert!(matches!(fold("a b c"), Cow::Borrowed(_)));
        assert_eq!(fold("a\x0bb\tc"), "a b c");
    }

    #[test]
    fn span_excludes_surrounding_whitespace() {
        let text = "one \u{a0} two   three";
        let folded = FoldedText::new(text);
        assert_eq!(&text[folded.find("two").unwrap()], "two");
        assert_eq!(&text[folded.find("  two three ").unwrap()], "two   three");
        assert_eq!(&text[folded.find("one").unwrap()], "one");
    }

    #[test]
    fn many_quotes_are_found_in_one_pass_each_at_its_first_occurrence() {
        let text = "alpha beta. gamma\u{a0}delta. alpha beta again.";
        let folded = FoldedText::new(text);
        let spans = folded.find_all(&["alpha beta", "gamma delta", "missing", "", "beta", "alpha beta"]);
        let shown: Vec<Option<&str>> = spans.iter().map(|s| s.clone().map(|r| &text[r])).collect();
        assert_eq!(
            shown,
            [
                Some("alpha beta"),
                Some("gamma\u{a0}delta"),
                None,
                None,
                Some("beta"),
                Some("alpha beta")
            ]
        );
        assert_eq!(spans[0], Some(0..10));
        assert_eq!(spans[4], Some(6..10));
    }

    #[test]
    fn many_quotes_with_and_without_windows_find_their_places() {
        // Each sentence ends in a word no window can key: both steps of the search take part.
        let sentences: Vec<String> = (0..5000)
            .map(|i| format!("Sentence number {i} ends here, \u{201C}code-{i}-end\u{201D}."))
            .collect();
        let text = sentences.join("  ").repeat(8);
        let folded = FoldedText::new(&text);
        let codes: Vec<String> = (0..sentences.len())
            .map(|i| format!("\"code-{i}-end\""))
            .collect();
        let mut quotes: Vec<&str> = sentences.iter().map(String::as_str).collect();
        quotes.extend(codes.iter().map(String::as_str));
        quotes.push("not in the text");
        let spans = folded.find_all(&quotes);
        assert_eq!(spans.len(), quotes.len());
        for (i, sentence) in sentences.iter().enumerate() {
            let span = spans[i].clone().expect("found");
            assert_eq!(&text[span.clone()], sentence);
            let code = spans[sentences.len() + i].clone().expect("found");
            assert_eq!(&text[code.clone()], format!("\u{201C}code-{i}-end\u{201D}"));
            assert!(
                span.start < code.start && code.end < span.end,
                "first occurrences"
            );
        }
        assert_eq!(spans.last(), Some(&None));
    }

    #[test]
    fn texts_fold_as_one_character_at_a_time_does_at_every_alignment() {
        // Pieces that stay and pieces that change, at every offset from a block of eight bytes.
        let pieces = [
            "ab", " ", "  ", "!", " !", "\t", "\n", "\r\n", "\x0b", "\x0c", "\x7f", "é", "\u{85}", "\u{a0}",
            "\u{3000}", "\u{2019}", "\u{201C}", "xyz1234", "\u{1}", "~",
        ];
        let mut seed = 7u64;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..24 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            assert_eq!(FoldedText::new(&text).folded, folded_by_chars(&text), "{text:?}");
        }
    }

    #[test]
    fn ascii_is_folded_when_its_only_whitespace_is_single_spaces() {
        for text in ["", "a", "a b c", " a ", "x\u{1}y\u{7f}", "a 'b' \"c\""] {
            assert!(is_folded_ascii(text.as_bytes()), "{text:?}");
        }
        for text in ["a  b", "  ", "a\tb", "a\nb", "a \nb", "a\x0bb", "a\x0cb", "a\rb"] {
            assert!(!is_folded_ascii(text.as_bytes()), "{text:?}");
        }
    }

    #[test]
    fn quotes_already_folded_are_not_copied() {
        assert!(matches!(fold("plain words, 'straight' quotes"), Cow::Borrowed(_)));
        assert!(matches!(fold("  trimmed only  "), Cow::Borrowed("trimmed only")));
        assert_eq!(
            fold("two  spaces\nand \u{201C}curly\u{201D}"),
            "two spaces and \"curly\""
        );
    }

    #[test]
    fn missing_and_empty_quotes_are_not_found() {
        let folded = FoldedText::new("the text");
        assert_eq!(folded.find("other"), None);
        assert_eq!(folded.find("   "), None);
        assert_eq!(folded.find("The text"), None, "matching is case-sensitive");
    }
}
