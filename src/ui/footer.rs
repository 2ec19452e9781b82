//! The footer: the search prompt when open, a status message, or the key hints of the mode.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Theme;
use super::text::{width_of, with_cursor};
use crate::app::keymap::{Binding, bindings};
use crate::app::prompt::Prompt;
use crate::app::{Action, App, Overlay};
use crate::sanitize::sanitize_line;

pub(super) fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let line = if matches!(app.overlay, Some(Overlay::Search)) {
        search_prompt(app, theme)
    } else if let Some(Overlay::Prompt(prompt)) = &app.overlay {
        date_prompt(prompt, theme)
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
    let mut spans = vec![Span::styled("/", theme.key)];
    spans.extend(with_cursor(&app.search_line, theme.key));
    spans.push(Span::styled(
        format!("  {count} · Enter keep · Esc clear"),
        theme.dim,
    ));
    Line::from(spans)
}

/// `Dates: 2022-03▏  2022-03-13, 2022-03, … · Enter filters`, or why the last Enter was refused.
fn date_prompt(prompt: &Prompt, theme: &Theme) -> Line<'static> {
    let after = match &prompt.error {
        Some(error) => Span::styled(format!("  {}", sanitize_line(error)), theme.status_message),
        None => Span::styled(format!("  {}", prompt.kind.hint()), theme.dim),
    };
    let mut spans = vec![Span::styled(format!("{}: ", prompt.kind.label()), theme.key)];
    spans.extend(with_cursor(&prompt.input, theme.key));
    spans.push(after);
    Line::from(spans)
}

/// `j next  k previous  …`, as many as fit, from the key map's footer labels; the help key's
/// always, so that every other key can be found.
fn hints(app: &App, width: usize, theme: &Theme) -> Line<'static> {
    let has_related = app
        .selected_event()
        .is_some_and(|e| !app.timeline.event(e).related.is_empty());
    let applies = |b: &&Binding| match b.action {
        Action::FollowPassage => app.passage_cited_elsewhere(),
        Action::JumpToRelated(_) => has_related,
        Action::HistoryBack => app.history.can_go_back(),
        Action::ToggleProblems => !app.problems.is_empty(),
        Action::HistoryForward => app.history.can_go_forward(),
        _ => true,
    };
    let pieces: Vec<(String, &str, bool)> = bindings(app.key_mode())
        .filter(applies)
        .filter_map(|b| b.hint.map(|h| (b.key.label(), h, b.action == Action::ToggleHelp)))
        .collect();
    let piece_width = |(key, hint, _): &(String, &str, bool)| width_of(key) + 1 + width_of(hint) + 2;
    let reserved: usize = pieces.iter().filter(|p| p.2).map(piece_width).sum();
    let mut used = reserved;
    let mut spans = Vec::new();
    for piece in &pieces {
        let always = piece.2;
        if !always && used + piece_width(piece) > width {
            continue;
        }
        if !always {
            used += piece_width(piece);
        }
        spans.push(Span::styled(piece.0.clone(), theme.key));
        spans.push(Span::styled(format!(" {}  ", piece.1), theme.dim));
    }
    Line::from(spans)
}
