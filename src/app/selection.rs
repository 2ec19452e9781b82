//! The list's selection and scroll offset: clamped, paged, and kept in view.

/// Which event of the visible list is selected, and which row is at the top of the viewport.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Selection {
    /// Position in the visible events (not a row: gap rows are not selectable).
    pub selected: usize,
    /// The first row drawn.
    pub offset: usize,
}

impl Selection {
    /// Selects the event at `position`, or the last one when it is past the end.
    pub fn select(&mut self, position: usize, len: usize) {
        self.selected = position.min(len.saturating_sub(1));
    }

    /// Scrolls so that `row` (the selected event's row) is inside a viewport of `height` rows,
    /// also showing the row above it when that is a gap row so it is not hidden.
    pub fn keep_in_view(&mut self, row: usize, lead: usize, height: usize, rows: usize) {
        if height == 0 {
            return;
        }
        let top = row.saturating_sub(lead);
        if top < self.offset {
            self.offset = top;
        } else if row >= self.offset + height {
            self.offset = row + 1 - height;
        }
        let max_offset = rows.saturating_sub(height);
        self.offset = self.offset.min(max_offset);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selection_stops_at_the_ends() {
        let mut s = Selection::default();
        s.select(3, 5);
        assert_eq!(s.selected, 3);
        s.select(10, 5);
        assert_eq!(s.selected, 4);
        s.select(1, 0);
        assert_eq!(s.selected, 0);
    }

    #[test]
    fn the_viewport_follows_the_selection() {
        let mut s = Selection::default();
        s.keep_in_view(12, 0, 10, 20);
        assert_eq!(s.offset, 3);
        s.keep_in_view(5, 0, 10, 20);
        assert_eq!(s.offset, 3);
        s.keep_in_view(2, 1, 10, 20);
        assert_eq!(s.offset, 1, "a gap row above is kept in view");
        s.keep_in_view(19, 0, 10, 20);
        assert_eq!(s.offset, 10);
    }

    #[test]
    fn the_offset_never_leaves_blank_space_at_the_bottom() {
        let mut s = Selection {
            selected: 0,
            offset: 15,
        };
        s.keep_in_view(16, 0, 10, 18);
        assert_eq!(s.offset, 8);
        s.keep_in_view(0, 0, 0, 18);
        assert_eq!(s.offset, 8, "a zero-height viewport changes nothing");
    }
}
