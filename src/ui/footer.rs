//! The footer: the search prompt when open, a status message, or the key hints of the mode.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Theme;
use super::text::width_of;
use crate::app::keymap::{Binding, bindings};
use crate::app::{Action, App, Overlay};
use crate::sanitize::sanitize_line;

pub(super) fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let line = if matches!(app.overlay, Some(Overlay::Search)) {
        search_prompt(app, theme)
    } else if let Some(message) = &app.status {
        Line::from(Span::styled(
            sanitize_line(message).into_owned(),
            theme.status_message,
        ))
    } else {
        hints(app, area.width as usize, theme)
    };
    frame.render_widget(Paragraph::new(line), area);
}

fn search_prompt(app: &App, theme: &Theme) -> Line<'static> {
    let count = match app.visible.len() {
        1 => "1 match".to_owned(),
        n => format!("{n} matches"),
    };
    Line::from(vec![
        Span::styled("/", theme.key),
        Span::raw(sanitize_line(&app.query.text).into_owned()),
        Span::styled("▏", theme.key),
        Span::styled(format!("  {count} · Enter keep · Esc clear"), theme.dim),
    ])
}

/// `j next  k previous  …`, as many as fit, from the key map's footer labels.
fn hints(app: &App, width: usize, theme: &Theme) -> Line<'static> {
    let mut spans = Vec::new();
    let mut used = 0;
    let applies = |b: &&Binding| b.action != Action::FollowPassage || app.passage_cited_elsewhere();
    for (binding, hint) in bindings(app.key_mode())
        .filter(applies)
        .filter_map(|b| b.hint.map(|h| (b, h)))
    {
        let key = binding.key.label();
        let piece = width_of(&key) + 1 + width_of(hint) + 2;
        if used + piece > width {
            break;
        }
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::styled(format!(" {hint}  "), theme.dim));
        used += piece;
    }
    Line::from(spans)
}
