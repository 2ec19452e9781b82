//! The pickers for status, claims, tags and sources: rows with ticks and counts, and the typed text.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::picker::{TickRow, narrow_line, row_position};
use super::text::cut;
use super::{Theme, centred, popup};
use crate::app::choice_picker::{ChoiceKind, ChoicePicker};
use crate::model::Stance;

pub(super) fn render(picker: &ChoicePicker, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let area = centred(screen, 72, screen.height.saturating_sub(4));
    let entries = picker.entries();
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(title(picker))
        .title_bottom(row_position(picker.list.cursor, entries.len()));
    let inner = popup(frame, area, block);
    let width = inner.width as usize;
    let mut lines = vec![narrow_line(&picker.list.narrow, theme)];
    if let Some(option) = option_line(picker) {
        lines.push(Line::from(Span::styled(cut(&option, width), theme.label)));
    }
    lines.push(Line::default());
    if entries.is_empty() {
        lines.push(Line::from(Span::styled(
            "Nothing matches what you typed",
            theme.dim,
        )));
    }
    let rows = (inner.height as usize).saturating_sub(lines.len());
    let first = picker.list.cursor.saturating_sub(rows.saturating_sub(1));
    for (position, &choice_index) in entries.iter().enumerate().skip(first).take(rows) {
        let choice = &picker.choices[choice_index];
        let row = TickRow {
            ticked: picker.list.ticked.contains(&choice_index),
            label: &choice.label,
            detail: &choice.detail,
            under_cursor: position == picker.list.cursor,
        };
        lines.push(row.line(width, theme));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn title(picker: &ChoicePicker) -> String {
    match picker.kind {
        ChoiceKind::Status => " Filter by status: any ticked ",
        ChoiceKind::Claims => " Filter by who asserts or denies: any ticked ",
        ChoiceKind::Tags => " Filter by tag: any ticked ",
        ChoiceKind::Sources => " Sources: any ticked ",
    }
    .to_owned()
}

/// The picker's one option, as it stands, and how Tab changes it.
fn option_line(picker: &ChoicePicker) -> Option<String> {
    match picker.kind {
        ChoiceKind::Claims => Some(match picker.stance {
            None => "Claims that assert or deny (Ctrl-t: only asserting)".to_owned(),
            Some(Stance::Asserts) => "Only claims that assert (Ctrl-t: only denying)".to_owned(),
            Some(Stance::Denies) => "Only claims that deny (Ctrl-t: either)".to_owned(),
        }),
        ChoiceKind::Sources => {
            let count = picker.single_source_events;
            let events = if count == 1 { "event rests" } else { "events rest" };
            Some(match picker.single_source {
                false => format!("{count} {events} on a single source (Ctrl-t: show only those)"),
                true => format!("Only the {count} {events} on a single source (Ctrl-t: all)"),
            })
        }
        ChoiceKind::Status | ChoiceKind::Tags => None,
    }
}
