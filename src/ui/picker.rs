//! The actor filter popup: every actor with its kind and event count, ticks, and the narrowing text.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::text::{cut, safe};
use super::{Theme, centred, popup};
use crate::app::App;
use crate::app::picker::ActorPicker;
use crate::query::ActorMatch;
use crate::sanitize::sanitize_line;

pub(super) fn render(app: &App, picker: &ActorPicker, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let area = centred(screen, 64, screen.height.saturating_sub(4));
    let mode = match picker.matching {
        ActorMatch::Any => " Filter by actor: any ticked (Tab: all) ",
        ActorMatch::All => " Filter by actor: all ticked (Tab: any) ",
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(mode);
    let inner = popup(frame, area, block);
    let entries = picker.entries(&app.timeline);
    let rows = (inner.height as usize).saturating_sub(2);
    let first = picker.cursor.saturating_sub(rows.saturating_sub(1));
    let mut lines = vec![
        Line::from(vec![
            Span::styled("Type to narrow: ", theme.dim),
            Span::raw(sanitize_line(&picker.narrow).into_owned()),
            Span::styled("▏", theme.key),
        ]),
        Line::default(),
    ];
    if entries.is_empty() {
        lines.push(Line::from(Span::styled(
            "No actor matches what you typed",
            theme.dim,
        )));
    }
    for (position, &actor_index) in entries.iter().enumerate().skip(first).take(rows) {
        let actor = app.timeline.actor(actor_index);
        let tick = if picker.ticked.contains(&actor_index) {
            "[x] "
        } else {
            "[ ] "
        };
        let count = app.actor_event_counts[actor_index.0 as usize];
        let detail = format!(
            "  {} · {count} event{}",
            actor.kind.name(),
            if count == 1 { "" } else { "s" }
        );
        let name_room = (inner.width as usize).saturating_sub(4 + detail.chars().count());
        let name = cut(&sanitize_line(&actor.name), name_room);
        let padding = name_room.saturating_sub(name.chars().count());
        let line = Line::from(vec![
            Span::styled(tick, theme.key),
            safe(&name, theme.title),
            Span::raw(" ".repeat(padding)),
            Span::styled(detail, theme.dim),
        ]);
        lines.push(if position == picker.cursor {
            line.style(theme.selected)
        } else {
            line
        });
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
