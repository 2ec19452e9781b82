//! A simple sentence splitter: full stops, question and exclamation marks, and blank lines.
//!
//! A sentence ends after `.`, `!` or `?` (and any closing quotes or brackets) when whitespace
//! and then an uppercase letter, a digit or an opening quote follow, unless the word before
//! the full stop is a common abbreviation (`Mr.`, `Jan.`, `Corp.`) or a single letter
//! (`U.S.`); a blank line always ends one. Spans are trimmed of surrounding whitespace. One
//! pass over the bytes: linear in the text.

use std::ops::Range;

/// Words that end with a full stop without ending the sentence.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "sgt",
    "capt", "prof", "inc", "co", "corp", "ltd", "vs", "no", "jan", "feb", "mar", "apr", "aug",
    "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "hon", "pres", "approx", "est",
];

/// The spans of the sentences of `text`, in order, covering every non-blank part of it.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let cut = match b {
            b'.' | b'!' | b'?' => ends_sentence(text, i),
            b'\n' => blank_line_after(bytes, i),
            _ => None,
        };
        if let Some(end) = cut {
            push_trimmed(text, start..end, &mut spans);
            start = end;
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    push_trimmed(text, start..text.len(), &mut spans);
    spans
}

/// Where the sentence ends when the mark at `i` ends it.
fn ends_sentence(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut end = i + 1;
    while end < bytes.len() && matches!(bytes[end], b'"' | b'\'' | b')' | b']' | b'.' | b'!' | b'?') {
        end += 1;
    }
    let rest = &text[end..];
    let trimmed = rest.trim_start();
    if rest.len() == trimmed.len() && !rest.is_empty() {
        if text[end..].starts_with('\u{201d}') || text[end..].starts_with('\u{2019}') {
            return ends_sentence_after_quote(text, end);
        }
        return None;
    }
    let next = trimmed.chars().next()?;
    let opens = next.is_uppercase() || next.is_ascii_digit() || "\"'(\u{201c}\u{2018}".contains(next);
    (opens && !(bytes[i] == b'.' && abbreviation_before(text, i))).then_some(end)
}

fn ends_sentence_after_quote(text: &str, at: usize) -> Option<usize> {
    let quote = text[at..].chars().next()?.len_utf8();
    let rest = &text[at + quote..];
    let next = rest.trim_start().chars().next()?;
    (rest.len() != rest.trim_start().len() && (next.is_uppercase() || next.is_ascii_digit()))
        .then_some(at + quote)
}

fn abbreviation_before(text: &str, dot: usize) -> bool {
    let head = &text[..dot];
    let word_start = head
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |p| p + head[p..].chars().next().map_or(1, char::len_utf8));
    let word = &head[word_start..];
    let single = word.chars().count() == 1 && word.starts_with(|c: char| c.is_uppercase());
    single || (word.len() <= 6 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)))
}

/// A newline followed by only spaces up to another newline ends the sentence.
fn blank_line_after(bytes: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
        j += 1;
    }
    (j < bytes.len() && bytes[j] == b'\n').then_some(i)
}

fn push_trimmed(text: &str, span: Range<usize>, spans: &mut Vec<Range<usize>>) {
    let part = &text[span.clone()];
    let lead = part.len() - part.trim_start().len();
    let trail = part.len() - part.trim_end().len();
    if lead + trail < part.len() {
        spans.push(span.start + lead..span.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|s| &text[s]).collect()
    }

    #[test]
    fn splits_at_stops_not_abbreviations() {
        let text = "Mr. Lowe met Dr. Jones in the U.S. on Jan. 5. He left! Did he? \"Yes.\" Then 2013.";
        assert_eq!(
            split(text),
            [
                "Mr. Lowe met Dr. Jones in the U.S. on Jan. 5.",
                "He left!",
                "Did he?",
                "\"Yes.\"",
                "Then 2013."
            ]
        );
    }

    #[test]
    fn blank_lines_end_sentences() {
        assert_eq!(
            split("A headline\n\nThe body, 5.8 billion.\n"),
            ["A headline", "The body, 5.8 billion."]
        );
    }

    #[test]
    fn finds_the_sentence_of_a_byte() {
        let text = "One. Two three.";
        let spans = sentences(text);
        let holding = spans.iter().find(|s| s.contains(&9)).unwrap();
        assert_eq!(&text[holding.clone()], "Two three.");
    }
}
