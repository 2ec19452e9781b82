//! The banner of a failed reload: the first errors, over the bottom of the screen, while the
//! last good timeline stays readable above it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::text::cut;
use super::{Theme, popup};
use crate::app::reload::ReloadBanner;
use crate::sanitize::sanitize_line;

pub(super) fn render(banner: &ReloadBanner, theme: &Theme, frame: &mut Frame, body: Rect) {
    let more = usize::from(banner.more > 0);
    let height = (banner.first.len() + more + 2).min(usize::from(body.height)) as u16;
    let area = Rect::new(body.x, body.y + body.height - height, body.width, height);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.denied)
        .title(" Reload failed: the last good timeline stays on screen until the files load ");
    let inner = popup(frame, area, block);
    let width = inner.width as usize;
    let mut lines: Vec<Line> = banner
        .first
        .iter()
        .map(|line| {
            Line::from(Span::styled(
                cut(&sanitize_line(line), width),
                theme.status_message,
            ))
        })
        .collect();
    if banner.more > 0 {
        let more = match banner.more {
            1 => "and 1 more error".to_owned(),
            n => format!("and {n} more errors"),
        };
        lines.push(Line::from(Span::styled(more, theme.dim)));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
