//! Colours and emphasis, passed into rendering; the NO_COLOR theme uses only bold, reverse, underline.

use ratatui::style::{Color, Modifier, Style};

use crate::model::Status;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub title: Style,
    pub dim: Style,
    pub border: Style,
    pub border_focused: Style,
    /// The selected list row while the list has focus.
    pub selected: Style,
    /// The selected list row while the detail pane has focus.
    pub selected_unfocused: Style,
    pub gap: Style,
    pub search_match: Style,
    /// The excerpt being shown in the source view.
    pub excerpt: Style,
    /// Other passages cited by events.
    pub cited: Style,
    /// The cited passage `Enter` would follow.
    pub cited_focused: Style,
    pub key: Style,
    pub label: Style,
    pub status_message: Style,
    pub denied: Style,
    pub scheduled: Style,
    /// The part of the time ruler whose events the list shows.
    pub in_view: Style,
}

impl Theme {
    pub fn colour() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            title: bold,
            dim: Style::new().fg(Color::DarkGray),
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(Color::Cyan),
            selected: Style::new()
                .bg(Color::Blue)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            selected_unfocused: Style::new().bg(Color::DarkGray).fg(Color::White),
            gap: Style::new().fg(Color::DarkGray).add_modifier(Modifier::ITALIC),
            search_match: Style::new().fg(Color::Black).bg(Color::Yellow),
            excerpt: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            cited: Style::new().fg(Color::Cyan).add_modifier(Modifier::UNDERLINED),
            cited_focused: Style::new().fg(Color::Black).bg(Color::Cyan),
            key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            label: Style::new().fg(Color::Gray).add_modifier(Modifier::BOLD),
            status_message: Style::new().fg(Color::Yellow),
            denied: Style::new().fg(Color::Red),
            scheduled: Style::new().fg(Color::Green),
            in_view: Style::new().fg(Color::Cyan),
        }
    }

    /// For NO_COLOR: emphasis without colour, selection and highlights still visible.
    pub fn plain() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let reverse = Style::new().add_modifier(Modifier::REVERSED);
        let underline = Style::new().add_modifier(Modifier::UNDERLINED);
        Theme {
            title: bold,
            dim: Style::new(),
            border: Style::new(),
            border_focused: bold,
            selected: reverse.add_modifier(Modifier::BOLD),
            selected_unfocused: underline.add_modifier(Modifier::BOLD),
            gap: Style::new(),
            search_match: underline.add_modifier(Modifier::BOLD),
            excerpt: reverse,
            cited: underline,
            cited_focused: underline.add_modifier(Modifier::BOLD),
            key: bold,
            label: bold,
            status_message: bold,
            denied: Style::new(),
            scheduled: Style::new(),
            in_view: underline.add_modifier(Modifier::BOLD),
        }
    }

    /// The colour theme, or the plain one when `no_color` (the NO_COLOR convention) is set.
    pub fn for_environment(no_color: bool) -> Self {
        if no_color { Theme::plain() } else { Theme::colour() }
    }

    pub fn status(&self, status: Status) -> Style {
        match status {
            Status::Denied | Status::Disputed => self.denied,
            Status::Scheduled => self.scheduled,
            Status::Confirmed | Status::Reported => Style::new(),
        }
    }
}

/// A mark per status that reads without colour.
pub(super) fn status_mark(status: Status) -> &'static str {
    status.mark()
}
