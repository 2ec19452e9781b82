//! Word-wrapping long text into display lines, as byte ranges of the original text.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::width::{grapheme_width, text_width};

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
    for (at, g) in paragraph.grapheme_indices(true) {
        let w = grapheme_width(g);
        let space = g == " " || g == "\u{a0}";
        if used + w > width && at > start {
            let cut = last_break.filter(|&b| b > start).unwrap_or(at);
            lines.push(base + start..base + trim_end(paragraph, start, cut));
            start = cut;
            used = text_width(&paragraph[start..at]);
            last_break = None;
            if start == at && space {
                // A space where a line was cut is the break itself, not the next line's start.
                start = at + g.len();
                continue;
            }
        }
        used += w;
        if space {
            last_break = Some(at + g.len());
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
    fn never_breaks_inside_a_cluster() {
        let family = "👨\u{200d}👩\u{200d}👧";
        assert_eq!(
            lines(&format!("{family}{family}{family}"), 3),
            [family, family, family]
        );
        assert_eq!(lines("cafe\u{301}s", 4), ["cafe\u{301}", "s"]);
    }

    #[test]
    fn ranges_point_into_the_original() {
        let text = "first line\nsecond";
        let ranges = wrap(text, 80);
        assert_eq!(ranges, [0..10, 11..17]);
    }
}
