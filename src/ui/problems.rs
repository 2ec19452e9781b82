//! The problems of a file opened with errors: one located line each, the cursor on one; Enter
//! goes to its event.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::picker::row_position;
use super::text::{cut, safe, wrap_spans};
use super::{Theme, centred, popup};
use crate::app::{App, Problem};
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
    let width = inner.width as usize;
    // Under the list, the problem at the cursor whole, with its hint.
    let whole = app
        .problems
        .get(cursor)
        .map(|problem| whole_problem(problem, width, theme));
    let whole = whole.unwrap_or_default();
    let whole_height = (whole.len() as u16).min(inner.height / 2);
    let [list_area, whole_area] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(whole_height)]).areas(inner);
    frame.render_widget(Paragraph::new(whole), whole_area);
    let rows = list_area.height as usize;
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
    frame.render_widget(Paragraph::new(lines), list_area);
}

/// A rule, then the problem's located line and its hint, wrapped to `width`.
fn whole_problem(problem: &Problem, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled("─".repeat(width), theme.dim)];
    lines.extend(wrap_spans(&[safe(&problem.text, theme.denied)], width, 0));
    if let Some(hint) = &problem.hint {
        lines.extend(wrap_spans(&[safe(&format!("hint: {hint}"), theme.dim)], width, 6));
    }
    lines
}
