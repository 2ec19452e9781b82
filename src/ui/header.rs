//! The header: the timeline's title, the event count, and the filters (or the source's facts) in words.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Theme;
use super::provenance::source_facts;
use super::text::{cut, width_of};
use crate::app::{App, Screen};
use crate::model::Source;
use crate::sanitize::sanitize_line;

pub(super) fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let count = format!("{} of {} events", app.visible.len(), app.timeline.events.len());
    let width = area.width as usize;
    let title_room = width.saturating_sub(width_of(&count) + 2);
    let title = cut(&sanitize_line(&app.timeline.title), title_room);
    let padding = width.saturating_sub(width_of(&title) + width_of(&count));
    let first = Line::from(vec![
        Span::styled(title, theme.title),
        Span::raw(" ".repeat(padding)),
        Span::styled(count, theme.label),
    ]);
    let second = match &app.screen {
        Screen::Source(view) => source_in_words(app.timeline.source(view.source)),
        Screen::Timeline if !app.problems.is_empty() => format!(
            "{} problem{} in the files (! lists them; marked ! in the list) · {}",
            app.problems.len(),
            if app.problems.len() == 1 { "" } else { "s" },
            filters_in_words(app)
        ),
        Screen::Timeline => filters_in_words(app),
    };
    let second = Line::from(Span::styled(cut(&second, width), theme.dim));
    frame.render_widget(Paragraph::new(vec![first, second]), area);
}

/// On the source view: `Source: The Wire · news-article · published 14 Mar 2022 · https://…`.
fn source_in_words(source: &Source) -> String {
    format!("Source: {}", source_facts(source))
}

/// The active filters in words, or `All events`.
pub(super) fn filters_in_words(app: &App) -> String {
    crate::query::in_words::describe(&app.query, &app.timeline)
}
