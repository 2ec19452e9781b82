//! How wide text is on a terminal, and cutting it to a width: per grapheme cluster, as ratatui's
//! buffer measures it, for the viewer and the command-line output alike (a family emoji joined
//! by zero-width joiners is one cluster two columns wide, not three emoji).

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The columns one grapheme cluster takes: a control character is drawn as one `�`.
pub(crate) fn grapheme_width(grapheme: &str) -> usize {
    if grapheme.chars().any(char::is_control) {
        1
    } else {
        grapheme.width()
    }
}

/// The columns `text` takes on one line.
pub(crate) fn text_width(text: &str) -> usize {
    text.graphemes(true).map(grapheme_width).sum()
}

/// `text` cut to at most `width` columns, ending with `…` when cut (whole clusters only).
pub(crate) fn cut(text: &str, width: usize) -> String {
    if text_width(text) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for grapheme in text.graphemes(true) {
        let w = grapheme_width(grapheme);
        if used + w + 1 > width {
            break;
        }
        out.push_str(grapheme);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// `text` padded with spaces to `width` columns (as `{:<width$}` would, counting columns).
pub(crate) fn pad(text: &str, width: usize) -> String {
    let mut padded = text.to_owned();
    padded.extend(std::iter::repeat_n(' ', width.saturating_sub(text_width(text))));
    padded
}

/// The byte offset in `text` of the cluster drawn at `column` (its end when `column` is past it).
pub(crate) fn byte_at_column(text: &str, column: usize) -> usize {
    let mut used = 0;
    for (at, grapheme) in text.grapheme_indices(true) {
        used += grapheme_width(grapheme);
        if used > column {
            return at;
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_column_finds_the_cluster_drawn_there() {
        assert_eq!(byte_at_column("abc", 0), 0);
        assert_eq!(byte_at_column("abc", 2), 2);
        assert_eq!(byte_at_column("abc", 9), 3);
        // 中 takes columns 0 and 1; 文 starts at byte 3.
        assert_eq!(byte_at_column("中文", 1), 0);
        assert_eq!(byte_at_column("中文", 2), 3);
    }

    #[test]
    fn widths_count_clusters_as_the_terminal_draws_them() {
        assert_eq!(text_width(""), 0);
        assert_eq!(text_width("Sullivan"), 8);
        assert_eq!(text_width("中文"), 4);
        assert_eq!(
            text_width("👨\u{200d}👩\u{200d}👧"),
            2,
            "one family, not three people"
        );
        assert_eq!(text_width("e\u{301}"), 1, "a combining accent adds nothing");
        assert_eq!(text_width("a\u{1b}b"), 3, "a control character shows as one �");
        assert_eq!(text_width("محادثات"), 7);
    }

    #[test]
    fn cutting_keeps_whole_clusters_and_marks_the_cut() {
        assert_eq!(cut("Sullivan", 8), "Sullivan");
        assert_eq!(cut("Sullivan", 5), "Sull…");
        assert_eq!(cut("中文字符", 5), "中文…");
        assert_eq!(cut("中文字符", 4), "中…");
        let family = "👨\u{200d}👩\u{200d}👧 reunited";
        assert_eq!(cut(family, 4), "👨\u{200d}👩\u{200d}👧 …");
        assert_eq!(cut(family, 3), "👨\u{200d}👩\u{200d}👧…");
        assert_eq!(cut(family, 2), "…");
        assert_eq!(cut("abc", 0), "");
        assert_eq!(cut("cafe\u{301} noir", 5), "cafe\u{301}…");
    }

    #[test]
    fn padding_counts_columns() {
        assert_eq!(pad("中文", 6), "中文  ");
        assert_eq!(pad("👨\u{200d}👩\u{200d}👧", 3), "👨\u{200d}👩\u{200d}👧 ");
        assert_eq!(pad("long", 2), "long");
    }
}
