//! The problems of a file opened with errors: one located line each, the cursor on one; Enter
//! goes to its event.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::picker::row_position;
use super::text::cut;
use super::{Theme, centred, popup};
use crate::app::App;
use crate::sanitize::sanitize_line;

pub(super) fn render(app: &App, cursor: usize, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let area = centred(
        screen,
        screen.width.saturating_sub(4),
        screen.height.saturating_sub(4),
    );
    let count = app.problems.len();
    let title = match count {
        1 => " 1 problem in the files · Enter goes to its event · Esc closes ".to_owned(),
        n => format!(" {n} problems in the files · Enter goes to the event · Esc closes "),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.denied)
        .title(title)
        .title_bottom(row_position(cursor, count));
    let inner = popup(frame, area, block);
    let (width, rows) = (inner.width as usize, inner.height as usize);
    let first = cursor.saturating_sub(rows.saturating_sub(1));
    let lines: Vec<Line> = app
        .problems
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, problem)| {
            let line = Line::from(Span::raw(cut(&sanitize_line(&problem.text), width)));
            if i == cursor {
                line.style(theme.selected)
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
