//! One line of typed text with a cursor, edited with a shell's keys, for every prompt and picker.

use tui_input::{Input, InputRequest};

#[derive(Debug, Clone, Default)]
pub struct TextLine {
    input: Input,
}

impl PartialEq for TextLine {
    fn eq(&self, other: &Self) -> bool {
        self.value() == other.value() && self.input.cursor() == other.input.cursor()
    }
}

impl Eq for TextLine {}

impl TextLine {
    /// `text`, with the cursor at its end.
    pub fn new(text: &str) -> Self {
        TextLine {
            input: Input::new(text.to_owned()),
        }
    }

    pub fn value(&self) -> &str {
        self.input.value()
    }

    /// Carries out one edit; returns whether the text changed (not only the cursor).
    pub fn edit(&mut self, request: InputRequest) -> bool {
        self.input.handle(request).is_some_and(|changed| changed.value)
    }

    /// The text before and after the cursor, for drawing the cursor between them.
    pub fn split_at_cursor(&self) -> (&str, &str) {
        let value = self.value();
        let at = value
            .char_indices()
            .nth(self.input.cursor())
            .map_or(value.len(), |(i, _)| i);
        value.split_at(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use InputRequest::*;

    #[test]
    fn it_edits_as_a_shell_does() {
        let mut line = TextLine::new("jake sullivan");
        assert!(!line.edit(GoToPrevWord));
        assert_eq!(line.split_at_cursor(), ("jake ", "sullivan"));
        assert!(line.edit(DeletePrevWord));
        assert_eq!(line.value(), "sullivan");
        assert!(!line.edit(GoToEnd));
        assert!(line.edit(InsertChar('!')));
        assert!(line.edit(DeleteFromStart));
        assert_eq!(line.value(), "");
        let mut accents = TextLine::new("Zürich");
        accents.edit(GoToPrevChar);
        accents.edit(GoToPrevChar);
        assert_eq!(accents.split_at_cursor(), ("Züri", "ch"));
        accents.edit(DeletePrevChar);
        assert_eq!(accents.value(), "Zürch");
    }
}
