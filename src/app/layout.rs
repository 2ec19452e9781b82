//! Where each region of the screen goes at a given size; shared by drawing and mouse handling.

use ratatui::layout::{Constraint, Direction, Layout, Rect};

/// Below this size the viewer shows only a "terminal too small" message.
pub(crate) const MIN_WIDTH: u16 = 40;
pub(crate) const MIN_HEIGHT: u16 = 10;
/// The list's height from which two of its rows go to the time ruler.
pub(crate) const RULER_FROM_HEIGHT: u16 = 12;
/// At this width and above, the detail pane sits beside the list instead of below it.
pub(crate) const SIDE_BY_SIDE_WIDTH: u16 = 90;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Areas {
    pub header: Rect,
    /// The time ruler above the list: two rows, or none when the list is short.
    pub ruler: Rect,
    pub list: Rect,
    pub detail: Rect,
    /// The source view takes the list's and detail pane's place.
    pub source: Rect,
    pub footer: Rect,
}

impl Areas {
    pub(crate) fn fits(area: Rect) -> bool {
        area.width >= MIN_WIDTH && area.height >= MIN_HEIGHT
    }

    pub(crate) fn compute(area: Rect) -> Areas {
        let [header, body, footer] =
            Layout::vertical([Constraint::Length(2), Constraint::Min(1), Constraint::Length(1)]).areas(area);
        let side_by_side = area.width >= SIDE_BY_SIDE_WIDTH;
        let (direction, split) = if side_by_side {
            (
                Direction::Horizontal,
                [Constraint::Percentage(60), Constraint::Percentage(40)],
            )
        } else {
            (
                Direction::Vertical,
                [Constraint::Percentage(50), Constraint::Percentage(50)],
            )
        };
        let [list, detail] = Layout::default()
            .direction(direction)
            .constraints(split)
            .areas(body);
        let (ruler, list) = if list.height >= RULER_FROM_HEIGHT {
            let [ruler, list] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(list);
            (ruler, list)
        } else {
            (Rect::new(list.x, list.y, list.width, 0), list)
        };
        Areas {
            header,
            ruler,
            list,
            detail,
            source: body,
            footer,
        }
    }
}

/// The rows inside a bordered block of this area.
pub(crate) fn inner_height(area: Rect) -> usize {
    area.height.saturating_sub(2) as usize
}

/// The columns inside a bordered block of this area.
pub(crate) fn inner_width(area: Rect) -> usize {
    area.width.saturating_sub(2) as usize
}
