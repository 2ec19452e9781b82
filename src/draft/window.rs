//! The part of a long sentence around a date: what a draft quotes and titles when a sentence
//! runs on, so that its output and work stay bounded by the mentions, not their sentences.

use std::ops::Range;

/// The most bytes a draft quotes of one sentence.
pub(crate) const MOST_QUOTED: usize = 600;

/// `span` itself when it is at most `most` bytes; otherwise the part of it around `date`, at
/// most `most` bytes, cut at spaces (so its first and last words are whole) and trimmed.
pub(crate) fn around(text: &str, span: Range<usize>, date: Range<usize>, most: usize) -> Range<usize> {
    if span.len() <= most {
        return span;
    }
    let room = most.saturating_sub(date.len()) / 2;
    let mut start = date.start.saturating_sub(room).max(span.start);
    let mut end = (date.end + room).min(span.end);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if start > span.start
        && let Some(space) = text[start..date.start.max(start)].find(char::is_whitespace)
    {
        start += space;
    }
    if end < span.end
        && let Some(space) = text[date.end.min(end)..end].rfind(char::is_whitespace)
    {
        end = date.end.min(end) + space;
    }
    let part = &text[start..end];
    let trimmed_start = start + (part.len() - part.trim_start().len());
    trimmed_start..end - (part.len() - part.trim_end().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_sentences_are_whole_and_long_ones_cut_at_words() {
        let text = "It rained on May 5.";
        assert_eq!(around(text, 0..text.len(), 13..18, 600), 0..text.len());
        let long = format!("{} on May 5 {}", "word ".repeat(300), "après ".repeat(300));
        let date = long.find("May 5").unwrap();
        let part = around(&long, 0..long.len(), date..date + 5, 100);
        let quoted = &long[part.clone()];
        assert!(part.len() <= 100, "{quoted}");
        assert!(quoted.contains("on May 5 après"), "{quoted}");
        assert!(
            quoted.starts_with("word") && quoted.ends_with("après"),
            "{quoted}"
        );
    }
}
