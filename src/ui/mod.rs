//! Drawing the viewer from its state: one small function per region, overlays last. No I/O here.

mod about;
mod banner;
mod choice;
pub(crate) mod detail;
mod footer;
mod header;
mod help;
mod list;
pub mod loading;
mod picker;
mod problems;
pub(crate) mod provenance;
pub(crate) mod ruler;
mod source;
pub(crate) mod text;
mod theme;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

pub use theme::Theme;

use crate::app::layout::{Areas, MIN_HEIGHT, MIN_WIDTH};
use crate::app::{App, Overlay, Screen};

/// Draws the whole screen.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    if !Areas::fits(area) {
        too_small(frame, area, theme);
        return;
    }
    let areas = Areas::compute(area);
    header::render(app, theme, frame, areas.header);
    match &app.screen {
        Screen::Timeline => {
            ruler::render(app, theme, frame, areas.ruler);
            list::render(app, theme, frame, areas.list);
            detail::render(app, theme, frame, areas.detail);
        }
        Screen::Source(view) => source::render(app, view, theme, frame, areas.source),
    }
    if let Some(banner) = &app.reload_banner {
        banner::render(banner, theme, frame, areas.source);
    }
    footer::render(app, theme, frame, areas.footer);
    match &app.overlay {
        Some(Overlay::ActorFilter(picker)) => picker::render(app, picker, theme, frame, area),
        Some(Overlay::Help { scroll }) => help::render(*scroll, theme, frame, area),
        Some(Overlay::About { scroll }) => about::render(app, *scroll, theme, frame, area),
        Some(Overlay::Problems { cursor }) => problems::render(app, *cursor, theme, frame, area),
        Some(Overlay::Choice(picker)) => choice::render(picker, theme, frame, area),
        Some(Overlay::Search | Overlay::Prompt(_)) | None => {}
    }
}

fn too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let message = format!(
        "Terminal too small: {}×{}. chronicle needs {MIN_WIDTH}×{MIN_HEIGHT}.",
        area.width, area.height
    );
    let paragraph = Paragraph::new(message)
        .style(theme.title)
        .alignment(Alignment::Center)
        .wrap(ratatui::widgets::Wrap { trim: true });
    let top = area.height.saturating_sub(2) / 2;
    let middle = Rect::new(area.x, area.y + top, area.width, area.height - top);
    frame.render_widget(paragraph, middle);
}

/// A bordered block, its border brighter when it has the keyboard.
pub fn pane(title: String, focused: bool, theme: &Theme) -> Block<'static> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(if focused {
            theme.border_focused
        } else {
            theme.border
        })
        .title(title)
}

/// A centred rectangle of at most `width`×`height` inside `area`.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

/// How many lines the open help or about overlay has, and how many it shows at once.
pub fn overlay_extent(app: &crate::app::App) -> Option<(usize, usize)> {
    let inner = |area: Rect| {
        (
            area.width.saturating_sub(2),
            area.height.saturating_sub(2) as usize,
        )
    };
    match &app.overlay {
        Some(Overlay::Help { .. }) => {
            let (_, height) = inner(help::area(app.size));
            Some((help::help_lines(&Theme::plain()).len(), height))
        }
        Some(Overlay::About { .. }) => {
            let (width, height) = inner(about::area(app.size));
            Some((
                about::about_lines(&app.timeline, width as usize, &Theme::plain()).len(),
                height,
            ))
        }
        _ => None,
    }
}

/// ` 13–30/45 ▼ `, for a border: the lines shown of how many, with `▼` when more is below;
/// nothing when everything shows.
pub(crate) fn position(first: usize, shown: usize, total: usize) -> Option<ratatui::text::Line<'static>> {
    if total <= shown {
        return None;
    }
    let last = (first + shown).min(total);
    let more = if last < total { " ▼" } else { "" };
    Some(ratatui::text::Line::from(format!(" {}–{last}/{total}{more} ", first + 1)).right_aligned())
}

/// The inside of a bordered block drawn over `area`.
pub(crate) fn inside(area: Rect) -> Rect {
    Block::default().borders(Borders::ALL).inner(area)
}

/// Clears `area` and draws `block` there, returning the inside.
pub fn popup(frame: &mut Frame, area: Rect, block: Block<'static>) -> Rect {
    frame.render_widget(Clear, area);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}
