//! The help overlay, generated from the key map, with the legend of status marks.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::theme::status_mark;
use super::{Theme, centred, popup};
use crate::app::keymap::{KeyMode, bindings, edit_help, global_help, motion_help};
use crate::model::Status;

/// Where the help overlay goes on a screen of this size.
pub(super) fn area(screen: Rect) -> Rect {
    centred(screen, 72, screen.height.saturating_sub(2))
}

pub(super) fn render(scroll: usize, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let area = area(screen);
    let lines = help_lines(theme);
    let height = super::inside(area).height as usize;
    let scroll = scroll.min(lines.len().saturating_sub(height));
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(" Keys · ? or Esc closes ");
    if let Some(position) = super::position(scroll, height, lines.len()) {
        block = block.title_bottom(position);
    }
    let inner = popup(frame, area, block);
    frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), inner);
}

/// Every mode's keys, keys with the same meaning on one line: `j ↓  next event`.
pub(super) fn help_lines(theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(Span::styled(
        "Moving, in every list and text (in pickers, keys that type nothing)",
        theme.title,
    ))];
    for (keys, description) in motion_help() {
        lines.push(key_line(&keys, description, theme));
    }
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        "Editing, in every prompt and picker",
        theme.title,
    )));
    for (keys, description) in edit_help() {
        lines.push(key_line(&keys, description, theme));
    }
    lines.push(Line::default());
    for mode in KeyMode::ALL {
        lines.push(Line::from(Span::styled(mode.title().to_owned(), theme.title)));
        let mut rows: Vec<(Vec<String>, &str)> = Vec::new();
        for binding in bindings(mode) {
            match rows.iter_mut().find(|(_, d)| *d == binding.description) {
                Some((keys, _)) => keys.push(binding.key.label()),
                None => rows.push((vec![binding.key.label()], binding.description)),
            }
        }
        lines.extend(
            rows.into_iter()
                .map(|(keys, description)| key_line(&keys.join(" "), description, theme)),
        );
        lines.push(Line::default());
    }
    lines.push(Line::from(Span::styled("Everywhere", theme.title)));
    for (key, description) in global_help() {
        lines.push(key_line(&key, description, theme));
    }
    lines.push(Line::default());
    lines.push(Line::from(Span::styled("Status marks", theme.title)));
    for status in Status::ALL {
        lines.push(key_line(status_mark(*status), status.name(), theme));
    }
    lines.push(Line::default());
    lines.push(Line::from(Span::styled("Dates", theme.title)));
    for (mark, meaning) in super::about::date_legend() {
        lines.push(key_line(&mark, &meaning, theme));
    }
    lines
}

fn key_line(keys: &str, description: &str, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("  {keys:<18}"), theme.key),
        Span::raw(description.to_owned()),
    ])
}
