//! Finding verbatim quotes in source texts, ignoring whitespace differences and quote styles.

use std::ops::Range;

use memchr::memmem;

/// A source text folded for matching, with a map back to byte offsets of the original.
pub struct FoldedText {
    folded: String,
    /// `(folded offset, original offset)` at every place where folding changed lengths.
    checkpoints: Vec<(usize, usize)>,
    original_len: usize,
}

impl FoldedText {
    pub fn new(original: &str) -> Self {
        let mut folded = String::with_capacity(original.len());
        let mut checkpoints = vec![(0, 0)];
        let mut chars = original.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            if c.is_whitespace() {
                let mut end = at + c.len_utf8();
                while let Some(&(next_at, next)) = chars.peek() {
                    if !next.is_whitespace() {
                        break;
                    }
                    end = next_at + next.len_utf8();
                    chars.next();
                }
                push_replacement(&mut folded, &mut checkpoints, ' ', at, end);
            } else if let Some(plain) = fold_quote_mark(c) {
                push_replacement(&mut folded, &mut checkpoints, plain, at, at + c.len_utf8());
            } else {
                folded.push(c);
            }
        }
        FoldedText {
            folded,
            checkpoints,
            original_len: original.len(),
        }
    }

    /// The byte range of the first occurrence of `quote` in the original text.
    pub fn find(&self, quote: &str) -> Option<Range<usize>> {
        let needle = fold(quote);
        if needle.is_empty() {
            return None;
        }
        let at = memmem::find(self.folded.as_bytes(), needle.as_bytes())?;
        let start = self.original_offset(at, Side::Start);
        let end = self.original_offset(at + needle.len(), Side::End);
        Some(start..end)
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
    checkpoints.push((folded.len(), start));
    folded.push(with);
    checkpoints.push((folded.len(), end));
}

/// A quote as compared: whitespace runs as one space, curly quotes straight, ends trimmed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.trim().chars() {
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

    #[test]
    fn whitespace_and_quote_styles_are_ignored() {
        let text = "He said,\u{a0}\u{201C}I\u{2019}ve  never\nheard of that,\u{201D} in a statement.";
        let folded = FoldedText::new(text);
        let span = folded.find("\"I've never heard of that,\"").unwrap();
        assert_eq!(&text[span], "\u{201C}I\u{2019}ve  never\nheard of that,\u{201D}");
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
    fn missing_and_empty_quotes_are_not_found() {
        let folded = FoldedText::new("the text");
        assert_eq!(folded.find("other"), None);
        assert_eq!(folded.find("   "), None);
        assert_eq!(folded.find("The text"), None, "matching is case-sensitive");
    }
}
