//! Makes text from timeline files safe to print: no control characters, no bidi overrides.

use std::borrow::Cow;

/// Shown in place of a character that could disturb the terminal.
pub const REPLACEMENT: char = '\u{fffd}';

/// Characters that must never reach a terminal raw: C0/C1 controls (tab and newline aside,
/// which callers lay out themselves) and the bidirectional embedding, override and isolate marks.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The first character [`is_unsafe`] finds, if any.
pub fn first_unsafe_char(text: &str) -> Option<char> {
    // Printable ASCII, newline and tab are safe: most text never needs the character walk.
    let plain = |b: &u8| (0x20..0x7f).contains(b) || *b == b'\n' || *b == b'\t';
    if text.as_bytes().iter().all(plain) {
        return None;
    }
    text.chars().find(|&c| is_unsafe(c))
}

/// One line for the terminal: unsafe characters replaced, line breaks and tabs as spaces.
pub fn sanitize_line(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| is_unsafe(c) || c == '\n' || c == '\t' || c == '\r')
    {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\n' | '\t' | '\r' => ' ',
                c if is_unsafe(c) => REPLACEMENT,
                c => c,
            })
            .collect(),
    )
}

/// Multi-line text for the terminal: unsafe characters replaced, line breaks kept, tabs as spaces.
pub fn sanitize_text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) || c == '\t') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\t' => ' ',
                c if is_unsafe(c) => REPLACEMENT,
                c => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_overrides_are_replaced() {
        assert_eq!(sanitize_line("a\u{1b}[31mb"), "a\u{fffd}[31mb");
        assert_eq!(sanitize_line("abc\u{202e}def"), "abc\u{fffd}def");
        assert_eq!(sanitize_line("x\u{9b}y\u{7f}"), "x\u{fffd}y\u{fffd}");
        assert_eq!(sanitize_line("two\nlines\ttab"), "two lines tab");
        assert_eq!(sanitize_text("two\nlines\r"), "two\nlines\u{fffd}");
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(sanitize_line("Xi Jinping – “quoted”"), Cow::Borrowed(_)));
        assert_eq!(first_unsafe_char("fine\n\ttext"), None);
        assert_eq!(first_unsafe_char("bell\u{7}"), Some('\u{7}'));
    }
}
