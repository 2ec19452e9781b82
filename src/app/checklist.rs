//! What every picker shares: the ticked values, the text typed to narrow its rows, the cursor.

use tui_input::InputRequest;

use super::line::TextLine;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checklist<T> {
    pub ticked: Vec<T>,
    /// Typed text that narrows the rows.
    pub narrow: TextLine,
    /// Position of the cursor among the rows passing `narrow`.
    pub cursor: usize,
}

impl<T: PartialEq> Checklist<T> {
    pub fn new(ticked: Vec<T>) -> Self {
        Checklist {
            ticked,
            narrow: TextLine::default(),
            cursor: 0,
        }
    }

    /// Moves the cursor by `delta` among `rows` rows, stopping at the ends.
    pub fn move_cursor(&mut self, delta: isize, rows: usize) {
        self.cursor = self
            .cursor
            .saturating_add_signed(delta)
            .min(rows.saturating_sub(1));
    }

    /// Ticks `value`, or unticks it when it is ticked.
    pub fn toggle(&mut self, value: T) {
        match self.ticked.iter().position(|v| *v == value) {
            Some(i) => {
                self.ticked.remove(i);
            }
            None => self.ticked.push(value),
        }
    }

    /// Edits the typed text; the cursor goes back to the first row when it changed.
    pub fn edit(&mut self, request: InputRequest) {
        if self.narrow.edit(request) {
            self.cursor = 0;
        }
    }
}
