//! The actor filter popup: every actor with its kind and event count, ticks, and the narrowing text.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::text::{cut, width_of, with_cursor};
use super::{Theme, centred, popup};
use crate::app::App;
use crate::app::line::TextLine;
use crate::app::picker::ActorPicker;
use crate::query::ActorMatch;
use crate::sanitize::sanitize_line;

pub(super) fn render(app: &App, picker: &ActorPicker, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let area = centred(screen, 64, screen.height.saturating_sub(4));
    let mode = match picker.matching {
        ActorMatch::Any => " Filter by actor: any ticked (Ctrl-t: all) ",
        ActorMatch::All => " Filter by actor: all ticked (Ctrl-t: any) ",
    };
    let entries = picker.entries(&app.timeline);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(mode)
        .title_bottom(row_position(picker.list.cursor, entries.len()));
    let inner = popup(frame, area, block);
    let rows = (inner.height as usize).saturating_sub(2);
    let first = picker.list.cursor.saturating_sub(rows.saturating_sub(1));
    let mut lines = vec![narrow_line(&picker.list.narrow, theme), Line::default()];
    if entries.is_empty() {
        lines.push(Line::from(Span::styled(
            "No actor matches what you typed",
            theme.dim,
        )));
    }
    for (position, &actor_index) in entries.iter().enumerate().skip(first).take(rows) {
        let actor = app.timeline.actor(actor_index);
        let count = app.actor_event_counts[actor_index.0 as usize];
        let detail = format!(
            "{} · {count} event{}",
            actor.kind.name(),
            if count == 1 { "" } else { "s" }
        );
        let row = TickRow {
            ticked: picker.list.ticked.contains(&actor_index),
            label: &actor.name,
            detail: &detail,
            under_cursor: position == picker.list.cursor,
        };
        lines.push(row.line(inner.width as usize, theme));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// ` 3/19 `: the row under the cursor, of how many, for a picker's border.
pub(super) fn row_position(cursor: usize, rows: usize) -> Line<'static> {
    let label = match rows {
        0 => String::new(),
        _ => format!(" {}/{rows} ", cursor + 1),
    };
    Line::from(label).right_aligned()
}

/// `Type to narrow: chi▏`: the first line of every picker.
pub(super) fn narrow_line(narrow: &TextLine, theme: &Theme) -> Line<'static> {
    let mut spans = vec![Span::styled("Type to narrow: ", theme.dim)];
    spans.extend(with_cursor(narrow, theme.key));
    Line::from(spans)
}

/// One row of a picker: `[x] China            state · 7 events`.
pub(super) struct TickRow<'a> {
    pub ticked: bool,
    pub label: &'a str,
    pub detail: &'a str,
    pub under_cursor: bool,
}

impl TickRow<'_> {
    pub(super) fn line(&self, width: usize, theme: &Theme) -> Line<'static> {
        let tick = if self.ticked { "[x] " } else { "[ ] " };
        let detail = format!("  {}", sanitize_line(self.detail));
        let label_room = width.saturating_sub(4 + width_of(&detail));
        let label = cut(&sanitize_line(self.label), label_room);
        let padding = label_room.saturating_sub(width_of(&label));
        let line = Line::from(vec![
            Span::styled(tick, theme.key),
            Span::styled(label, theme.title),
            Span::raw(" ".repeat(padding)),
            Span::styled(detail, theme.dim),
        ]);
        if self.under_cursor {
            line.style(theme.selected)
        } else {
            line
        }
    }
}
