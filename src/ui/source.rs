//! The source view: the full text wrapped to the width, the excerpt highlighted, citations marked.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::cut;
use super::{Theme, pane};
use crate::app::App;
use crate::app::layout::{inner_height, inner_width};
use crate::app::source_view::SourceView;
use crate::sanitize::sanitize_line;

pub(super) fn render(app: &App, view: &SourceView, theme: &Theme, frame: &mut Frame, area: Rect) {
    let timeline = &app.timeline;
    let source = timeline.source(view.source);
    let event = timeline.event(view.event);
    let title = format!(
        " Excerpt {} of {} · {} ",
        view.excerpt + 1,
        event.excerpts.len(),
        sanitize_line(&source.title)
    );
    let mut block = pane(cut(&title, inner_width(area)), true, theme);
    if let Some(footer) = citing_line(app, view, inner_width(area)) {
        block = block.title_bottom(footer);
    }
    if let Some(position) = super::position(view.scroll, inner_height(area), view.lines.len()) {
        block = block.title_bottom(position);
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if !source.has_text() {
        let quote = &event.excerpts[view.excerpt].quote;
        frame.render_widget(linked_source(quote, source.url.as_deref(), theme), inner);
        return;
    }
    let regions = regions(app, view, inner_height(area), theme);
    let text = &source.text;
    let lines: Vec<Line> = view
        .lines
        .iter()
        .skip(view.scroll)
        .take(inner_height(area))
        .map(|line| styled_line(text, line.clone(), &regions))
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// What the view says of a source known only by its URL: no text to show, the quote
/// unverified, and the address to open.
fn linked_source<'a>(quote: &str, url: Option<&str>, theme: &Theme) -> Paragraph<'a> {
    let mut lines = vec![
        Line::styled("No local text is kept for this source,", theme.status_message),
        Line::styled("so this quote is unverified.", theme.status_message),
        Line::default(),
        Line::from(vec![
            Span::styled("“", theme.dim),
            Span::styled(sanitize_line(quote).into_owned(), theme.excerpt),
            Span::styled("”", theme.dim),
        ]),
        Line::default(),
    ];
    match url {
        Some(url) => {
            lines.push(Line::from(vec![
                Span::styled("URL: ", theme.label),
                Span::raw(sanitize_line(url).into_owned()),
            ]));
            lines.push(Line::from(vec![
                Span::styled("o", theme.key),
                Span::styled(" opens it in your browser", theme.dim),
            ]));
        }
        None => lines.push(Line::styled(
            "The timeline gives no URL for it either.",
            theme.dim,
        )),
    }
    Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: false })
}

/// ` Enter: 13 Mar 2022 Sullivan warns … ` for the focused passage, when another event cites it.
fn citing_line(app: &App, view: &SourceView, width: usize) -> Option<String> {
    let passage = view.passages.get(view.focus)?;
    let other = passage.citing.iter().find(|&&e| e != view.event)?;
    let event = app.timeline.event(*other);
    let text = format!(
        " Enter: {}  {} ",
        event.date_label(),
        sanitize_line(event.title())
    );
    Some(cut(&text, width))
}

/// Styled stretches of the text; where they overlap, the last one listed wins.
fn regions(app: &App, view: &SourceView, visible_lines: usize, theme: &Theme) -> Vec<(Range<usize>, Style)> {
    let mut regions: Vec<(Range<usize>, Style)> = view
        .passages
        .iter()
        .map(|p| (p.span.clone(), theme.cited))
        .collect();
    if let Some(focused) = view.passages.get(view.focus) {
        regions.push((focused.span.clone(), theme.cited_focused));
    }
    regions.push((view.excerpt_span(&app.timeline), theme.excerpt));
    // The find's matches in view only: there may be many thousands.
    let shown = view.lines.get(view.scroll).map_or(0, |l| l.start)
        ..view
            .lines
            .get(view.scroll + visible_lines)
            .map_or(usize::MAX, |l| l.end);
    let first = view.matches.partition_point(|m| m.end <= shown.start);
    let in_view = view.matches[first..].iter().take_while(|m| m.start < shown.end);
    regions.extend(in_view.map(|m| (m.clone(), theme.search_match)));
    // Each line looks at every region: keep only those in view.
    regions.retain(|(range, _)| range.start < shown.end && range.end > shown.start);
    regions
}

/// One wrapped line of the source, split where the regions begin and end.
fn styled_line(text: &str, line: Range<usize>, regions: &[(Range<usize>, Style)]) -> Line<'static> {
    let mut cuts = vec![line.start, line.end];
    for (range, _) in regions {
        for at in [range.start, range.end] {
            if line.start < at && at < line.end {
                cuts.push(at);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let spans = cuts.windows(2).filter(|w| w[0] < w[1]).map(|w| {
        let style = regions
            .iter()
            .rev()
            .find(|(range, _)| range.start <= w[0] && w[1] <= range.end)
            .map_or(Style::new(), |(_, s)| *s);
        Span::styled(sanitize_line(&text[w[0]..w[1]]).into_owned(), style)
    });
    Line::from(spans.collect::<Vec<_>>())
}
