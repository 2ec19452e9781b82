//! Makes text from timeline files safe to print: no control characters, no bidi overrides.

use std::borrow::Cow;

/// Shown in place of a character that could disturb the terminal.
pub(crate) const REPLACEMENT: char = '\u{fffd}';

/// Characters that must never reach a terminal raw: C0/C1 controls (tab and newline aside,
/// which callers lay out themselves), the line and paragraph separators (terminals and viewers
/// break lines at them, leaving stale cells behind), the bidirectional embedding, override and
/// isolate marks, and the interlinear annotation marks.
pub(crate) fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FFF9}'..='\u{FFFB}'
        )
}

/// The first character [`is_unsafe`] finds, if any.
pub(crate) fn first_unsafe_char(text: &str) -> Option<char> {
    first_unsafe(text, false)
}

/// [`first_unsafe_char`] in a text of lines, where a carriage return before a line feed is part
/// of a Windows line break (shown as one, so never as `�`).
pub(crate) fn first_unsafe_char_in_lines(text: &str) -> Option<char> {
    first_unsafe(text, true)
}

fn first_unsafe(text: &str, crlf: bool) -> Option<char> {
    // Every unsafe character starts with a C0 control byte, DEL, 0xC2 (C1 controls), 0xE2 (the
    // separators and bidi marks) or 0xEF (the annotation marks): blocks without such a byte are
    // skipped without decoding characters.
    const BLOCK: usize = 32;
    let bytes = text.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        let end = (start + BLOCK).min(bytes.len());
        let block = &bytes[start..end];
        if block.iter().fold(false, |any, &b| any | may_start_unsafe(b)) {
            for (offset, &b) in block.iter().enumerate() {
                let line_break = crlf && b == b'\r' && bytes.get(start + offset + 1) == Some(&b'\n');
                if may_start_unsafe(b)
                    && !line_break
                    && let Some(c) = text[start + offset..].chars().next()
                    && is_unsafe(c)
                {
                    return Some(c);
                }
            }
        }
        start = end;
    }
    None
}

/// Whether `b` can begin the UTF-8 encoding of an unsafe character (see [`first_unsafe_char`]).
fn may_start_unsafe(b: u8) -> bool {
    (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7f || b == 0xc2 || b == 0xe2 || b == 0xef
}

/// One line for the terminal: unsafe characters replaced, line breaks and tabs as spaces, stray
/// joiners dropped.
pub(crate) fn sanitize_line(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| is_unsafe(c) || c == '\n' || c == '\t' || c == '\r' || c == ZWJ)
    {
        return Cow::Borrowed(text);
    }
    Cow::Owned(safe_chars(text, |c| matches!(c, '\n' | '\t' | '\r')))
}

/// Multi-line text for the terminal: unsafe characters replaced, line breaks kept, tabs as
/// spaces, stray joiners dropped.
pub(crate) fn sanitize_text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) || c == '\t' || c == ZWJ) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(safe_chars(text, |c| c == '\t'))
}

/// The zero-width joiner: part of an emoji sequence (👨‍👩‍👧), or stray.
const ZWJ: char = '\u{200d}';

/// `text` with `as_space` characters as spaces, unsafe ones as `�`, and joiners that do not join
/// two pictographs dropped (terminals draw a stray one differently, shifting what follows).
fn safe_chars(text: &str, as_space: impl Fn(char) -> bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            c if as_space(c) => out.push(' '),
            c if is_unsafe(c) => out.push(REPLACEMENT),
            ZWJ if !(previous.is_some_and(is_pictograph)
                && chars.peek().copied().is_some_and(is_pictograph)) => {}
            c => out.push(c),
        }
        previous = Some(c);
    }
    out
}

/// Whether `c` can stand on either side of a joiner in an emoji sequence: a pictograph, or the
/// selector that asks for one's emoji form.
fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{2600}'..='\u{27bf}' | '\u{fe0f}' | '\u{1f000}'..='\u{1faff}')
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
        assert_eq!(sanitize_line("ls\u{2028}ps\u{2029}"), "ls\u{fffd}ps\u{fffd}");
        assert_eq!(
            sanitize_line("\u{fff9}a\u{fffa}b\u{fffb}"),
            "\u{fffd}a\u{fffd}b\u{fffd}"
        );
        assert_eq!(
            sanitize_line("\u{fff8}\u{fffc}\u{2027}\u{202f}"),
            "\u{fff8}\u{fffc}\u{2027}\u{202f}"
        );
    }

    #[test]
    fn joiners_stay_in_emoji_sequences_and_stray_ones_go() {
        let family = "👨\u{200d}👩\u{200d}👧";
        assert_eq!(sanitize_line(family), family);
        assert_eq!(sanitize_line("❤\u{fe0f}\u{200d}🔥"), "❤\u{fe0f}\u{200d}🔥");
        assert_eq!(sanitize_line("lone \u{200d} joiner"), "lone  joiner");
        assert_eq!(sanitize_line("\u{200d}start"), "start");
        assert_eq!(sanitize_line("end👨\u{200d}"), "end👨");
        assert_eq!(sanitize_text("a\u{200d}b\nc"), "ab\nc");
        assert!(!is_pictograph('a') && !is_pictograph('\u{25ff}') && !is_pictograph('\u{1fb00}'));
        assert!(is_pictograph('\u{2600}') && is_pictograph('\u{27bf}') && is_pictograph('\u{1faff}'));
    }

    #[test]
    fn a_lone_tab_or_line_break_is_laid_out_as_a_space() {
        assert_eq!(sanitize_line("a\tb"), "a b");
        assert_eq!(sanitize_line("a\nb"), "a b");
        assert_eq!(sanitize_line("a\rb"), "a b");
        assert_eq!(sanitize_text("a\tb"), "a b");
        assert_eq!(sanitize_text("a\u{200d}b"), "ab");
    }

    #[test]
    fn the_byte_filter_passes_exactly_the_first_bytes_of_unsafe_characters() {
        // Every first byte an unsafe character can have, and no other.
        let mut starts = [false; 256];
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_unsafe(c))
        {
            let mut buffer = [0; 4];
            starts[c.encode_utf8(&mut buffer).as_bytes()[0] as usize] = true;
        }
        for b in 0..=255u8 {
            assert_eq!(may_start_unsafe(b), starts[b as usize], "byte {b:#04x}");
        }
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(sanitize_line("Xi Jinping – “quoted”"), Cow::Borrowed(_)));
        assert!(matches!(sanitize_text("two\nlines – “quoted”"), Cow::Borrowed(_)));
        assert_eq!(first_unsafe_char("fine\n\ttext"), None);
        assert_eq!(first_unsafe_char("bell\u{7}"), Some('\u{7}'));
        assert_eq!(first_unsafe_char("crlf\r\n"), Some('\r'));
        assert_eq!(first_unsafe_char_in_lines("one\r\ntwo\r\n"), None);
        assert_eq!(first_unsafe_char_in_lines("one\r\ntwo\rthree"), Some('\r'));
        assert_eq!(first_unsafe_char_in_lines("one\r"), Some('\r'));
        assert_eq!(first_unsafe_char_in_lines("one\r\n\u{1b}"), Some('\u{1b}'));
    }

    #[test]
    fn the_byte_scan_finds_what_the_character_walk_finds() {
        let walk = |text: &str| text.chars().find(|&c| is_unsafe(c));
        let long = "é".repeat(40);
        let cases = [
            String::new(),
            "plain ASCII only".into(),
            format!("{long}\u{202e}tail"),
            format!("{long}\u{85}"),
            format!("{long}\u{2067}"),
            format!("{long}\u{7f}"),
            format!("{long}– “curly” ¶ \u{2028} \u{a0}"),
            format!("{}\u{1b}[31m", "x".repeat(31)),
            format!("{}\u{1b}[31m", "x".repeat(32)),
            format!("{}\u{9b}", "y".repeat(63)),
            format!("{long}\u{fffa}"),
            format!("{long}\u{fffc}\u{2029}"),
        ];
        for text in &cases {
            assert_eq!(first_unsafe_char(text), walk(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_byte_scan_agrees_on_any_mix(
            text in "[a-zé–“\u{2028}\u{2060}-\u{206f}\u{2020}-\u{202f}\u{80}-\u{a0}\u{0}-\u{1f}\u{7f}\u{fff0}-\u{ffff} ]{0,90}"
        ) {
            proptest::prop_assert_eq!(first_unsafe_char(&text), text.chars().find(|&c| is_unsafe(c)));
        }
    }
}
