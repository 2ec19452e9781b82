//! The about overlay: what the timeline records about itself, its sources and its actors, whole.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::provenance::{Lines, actor_facts, source_lines};
use super::text::{safe, wrap_spans};
use super::{Theme, centred, popup};
use crate::app::App;
use crate::model::{DateBasis, Timeline};

/// Where the about overlay goes on a screen of this size.
pub(super) fn area(screen: Rect) -> Rect {
    centred(screen, 100, screen.height.saturating_sub(2))
}

pub(super) fn render(app: &App, scroll: usize, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let area = area(screen);
    let inside = super::inside(area);
    let lines = about_lines(&app.timeline, inside.width as usize, theme);
    let scroll = scroll.min(lines.len().saturating_sub(inside.height as usize));
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(" About this timeline · i or Esc closes ");
    if let Some(position) = super::position(scroll, inside.height as usize, lines.len()) {
        block = block.title_bottom(position);
    }
    let inner = popup(frame, area, block);
    frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), inner);
}

/// The title and description, every source, every actor, and the legend of date marks, wrapped
/// to `width`.
pub(crate) fn about_lines(timeline: &Timeline, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let mut logical: Lines = vec![vec![safe(&timeline.title, theme.title)]];
    if let Some(description) = &timeline.description {
        logical.push(vec![safe(description, ratatui::style::Style::new())]);
    }
    logical.push(Vec::new());
    logical.push(vec![heading(&count(timeline.sources.len(), "source"), theme)]);
    for source in &timeline.sources {
        logical.extend(source_lines(source, "  ", theme));
    }
    logical.push(Vec::new());
    logical.push(vec![heading(&count(timeline.actors.len(), "actor"), theme)]);
    for actor in &timeline.actors {
        logical.push(vec![
            Span::raw("  "),
            safe(&actor.name, theme.title),
            Span::styled(format!("  {} · {}", actor.id, actor.kind.name()), theme.dim),
        ]);
        logical.extend(actor_facts(timeline, actor, "    ", theme));
    }
    logical.push(Vec::new());
    logical.push(vec![heading("Dates", theme)]);
    for (mark, meaning) in date_legend() {
        logical.push(vec![
            Span::styled(format!("  {mark:<10}"), theme.key),
            Span::raw(meaning),
        ]);
    }
    logical
        .iter()
        .flat_map(|spans| {
            if spans.is_empty() {
                vec![Line::default()]
            } else {
                // Continuation lines sit two columns in from the line's own indent.
                let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
                let leading = text.len() - text.trim_start_matches(' ').len();
                let indent = if leading == 0 { 0 } else { leading + 2 };
                wrap_spans(spans, width.max(1), indent)
            }
        })
        .collect()
}

/// What the marks and forms of dates in lists mean.
pub(crate) fn date_legend() -> Vec<(String, String)> {
    let mut legend: Vec<(String, String)> = [DateBasis::Inferred, DateBasis::Outside]
        .into_iter()
        .map(|basis| {
            (
                format!("date{}", basis.mark()),
                format!("date {}", basis.in_words()),
            )
        })
        .collect();
    legend.extend(
        [
            ("≤ date", "on or before (≥: on or after); sorted at that date"),
            (
                "in A – B",
                "at some moment between A and B, not known more finely",
            ),
            ("A – B", "lasted from A to B"),
        ]
        .map(|(mark, meaning)| (mark.to_owned(), meaning.to_owned())),
    );
    legend
}

fn heading(text: &str, theme: &Theme) -> Span<'static> {
    Span::styled(text.to_owned(), theme.label)
}

/// `1 source`, `19 actors`.
fn count(n: usize, noun: &str) -> String {
    let capital = noun[..1].to_uppercase() + &noun[1..];
    match n {
        1 => capital,
        _ => format!("{capital}s ({n})"),
    }
}
