//! Text helpers for drawing: sanitised spans, search highlights, wrapping styled lines, cutting.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::app::wrap::wrap;
use crate::sanitize::sanitize_line;

/// A span of user text made safe for the terminal.
pub(crate) fn safe(text: &str, style: Style) -> Span<'static> {
    Span::styled(sanitize_line(text).into_owned(), style)
}

/// `text` as spans, with every case-insensitive occurrence of `needle` in `highlight` style.
pub(crate) fn highlighted(text: &str, needle: &str, base: Style, highlight: Style) -> Vec<Span<'static>> {
    let text = sanitize_line(text);
    let ranges = find_case_insensitive(&text, needle);
    let mut spans = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for range in ranges {
        if range.start > at {
            spans.push(Span::styled(text[at..range.start].to_owned(), base));
        }
        spans.push(Span::styled(text[range.clone()].to_owned(), highlight));
        at = range.end;
    }
    if at < text.len() || spans.is_empty() {
        spans.push(Span::styled(text[at..].to_owned(), base));
    }
    spans
}

/// Byte ranges of `text` where `needle` occurs as search finds it (see [`crate::search_fold`]),
/// whole grapheme clusters each.
pub(crate) fn find_case_insensitive(text: &str, needle: &str) -> Vec<std::ops::Range<usize>> {
    crate::search_fold::find_folded(text, needle)
}

pub(crate) use crate::width::cut;
pub(crate) use crate::width::text_width as width_of;

/// Wraps a line of styled spans to `width` columns, keeping each piece's style; lines after the
/// first start `indent` columns in.
pub(crate) fn wrap_spans(spans: &[Span<'static>], width: usize, indent: usize) -> Vec<Line<'static>> {
    let indent = if indent * 2 > width { 0 } else { indent };
    let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
    let mut bounds = Vec::with_capacity(spans.len());
    let mut at = 0;
    for span in spans {
        bounds.push((at..at + span.content.len(), span.style));
        at += span.content.len();
    }
    wrap(&text, width - indent)
        .into_iter()
        .enumerate()
        .map(|(n, line)| {
            let lead = (n > 0 && indent > 0).then(|| Span::raw(" ".repeat(indent)));
            let pieces = bounds.iter().filter_map(|(range, style)| {
                let start = range.start.max(line.start);
                let end = range.end.min(line.end);
                (start < end).then(|| Span::styled(text[start..end].to_owned(), *style))
            });
            Line::from(lead.into_iter().chain(pieces).collect::<Vec<_>>())
        })
        .collect()
}

/// A typed line with its cursor drawn where it is: `jake▏ sul`.
pub(crate) fn with_cursor(line: &crate::app::line::TextLine, cursor: Style) -> Vec<Span<'static>> {
    let (before, after) = line.split_at_cursor();
    vec![
        Span::raw(sanitize_line(before).into_owned()),
        Span::styled("▏", cursor),
        Span::raw(sanitize_line(after).into_owned()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_matches_ignoring_case_even_when_lengths_change() {
        assert_eq!(
            find_case_insensitive("Sullivan SULLIVAN", "sullivan"),
            [0..8, 9..17]
        );
        assert_eq!(find_case_insensitive("İstanbul and Ärger", "ärger"), vec![14..20]);
        assert!(find_case_insensitive("abc", "  ").is_empty());
    }

    #[test]
    fn highlighted_splits_around_matches() {
        let spans = highlighted("Rome meeting in rome", "rome", Style::new(), Style::new().bold());
        let texts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["Rome", " meeting in ", "rome"]);
    }

    #[test]
    fn cut_marks_what_it_removes() {
        assert_eq!(cut("Sullivan", 10), "Sullivan");
        assert_eq!(cut("Sullivan", 5), "Sull…");
        assert_eq!(cut("中文字符", 5), "中文…");
    }

    #[test]
    fn wrapped_spans_keep_their_styles() {
        let bold = Style::new().bold();
        let lines = wrap_spans(&[Span::raw("one two "), Span::styled("three four", bold)], 10, 0);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1].spans[0].content, "three four");
        assert_eq!(lines[1].spans[0].style, bold);
    }

    #[test]
    fn continuation_lines_are_indented() {
        let lines = wrap_spans(&[Span::raw("  1. one two three")], 10, 5);
        let texts: Vec<String> = lines.iter().map(ToString::to_string).collect();
        assert_eq!(texts, ["  1.", "     one", "     two", "     three"]);
    }
}
