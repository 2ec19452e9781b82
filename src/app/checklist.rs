//! What every picker shares: the ticked values, the text typed to narrow its rows, the cursor.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checklist<T> {
    pub ticked: Vec<T>,
    /// Typed text that narrows the rows.
    pub narrow: String,
    /// Position of the cursor among the rows passing `narrow`.
    pub cursor: usize,
}

impl<T: PartialEq> Checklist<T> {
    pub fn new(ticked: Vec<T>) -> Self {
        Checklist {
            ticked,
            narrow: String::new(),
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

    pub fn type_char(&mut self, c: char) {
        self.narrow.push(c);
        self.cursor = 0;
    }

    pub fn delete_char(&mut self) {
        self.narrow.pop();
        self.cursor = 0;
    }
}
