//! Word-wrapping long text into display lines, as byte ranges of the original text.

use std::ops::Range;

use unicode_width::UnicodeWidthChar;

/// Display width of a character as chronicle draws it (control characters show as one `�`).
pub(crate) fn char_width(c: char) -> usize {
    if c.is_control() { 1 } else { c.width().unwrap_or(1) }
}

/// Display width of a string, as chronicle draws it.
pub(crate) fn text_width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

/// Splits `text` into lines of at most `width` columns, breaking after spaces where possible.
/// Line breaks in the text end lines; the ranges exclude them.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut offset = 0;
    for paragraph in text.split('\n') {
        wrap_paragraph(paragraph, offset, width, &mut lines);
        offset += paragraph.len() + 1;
    }
    lines
}

fn wrap_paragraph(paragraph: &str, base: usize, width: usize, lines: &mut Vec<Range<usize>>) {
    let mut start = 0;
    let mut used = 0;
    let mut last_break: Option<usize> = None;
    for (at, c) in paragraph.char_indices() {
        let w = char_width(c);
        if used + w > width && at > start {
            let cut = last_break.filter(|&b| b > start).unwrap_or(at);
            lines.push(base + start..base + trim_end(paragraph, start, cut));
            start = cut;
            used = paragraph[start..at].chars().map(char_width).sum();
            last_break = None;
            if start == at && (c == ' ' || c == '\u{a0}') {
                // A space where a line was cut is the break itself, not the next line's start.
                start = at + c.len_utf8();
                continue;
            }
        }
        used += w;
        if c == ' ' || c == '\u{a0}' {
            last_break = Some(at + c.len_utf8());
        }
    }
    lines.push(base + start..base + paragraph.len());
}

/// The end of `paragraph[start..end]` without trailing spaces (they are the break).
fn trim_end(paragraph: &str, start: usize, end: usize) -> usize {
    start + paragraph[start..end].trim_end_matches([' ', '\u{a0}']).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap(text, width).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn breaks_at_spaces() {
        assert_eq!(
            lines("the quick brown fox jumps", 10),
            ["the quick", "brown fox", "jumps"]
        );
    }

    #[test]
    fn keeps_paragraphs_and_blank_lines() {
        assert_eq!(lines("one\n\ntwo three", 5), ["one", "", "two", "three"]);
    }

    #[test]
    fn cuts_words_longer_than_the_line() {
        assert_eq!(lines("abcdefghij xy", 4), ["abcd", "efgh", "ij", "xy"]);
    }

    #[test]
    fn counts_wide_characters() {
        assert_eq!(lines("中文字符 ab", 4), ["中文", "字符", "ab"]);
    }

    #[test]
    fn ranges_point_into_the_original() {
        let text = "first line\nsecond";
        let ranges = wrap(text, 80);
        assert_eq!(ranges, [0..10, 11..17]);
    }
}
