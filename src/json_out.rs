//! The one way chronicle writes JSON: pretty-printed, with every character a terminal could act
//! on written as a `\uXXXX` escape, so that JSON printed to a terminal is inert and nothing is
//! lost (it parses back to the same strings).
//!
//! serde_json already escapes the C0 controls, `"` and `\`; this adds the C1 controls
//! (U+0080–U+009F, among them the 8-bit CSI U+009B and NEL U+0085), DEL, the line and paragraph
//! separators U+2028 and U+2029, the bidirectional embeddings, overrides and isolates
//! (U+202A–U+202E, U+2066–U+2069) and the interlinear annotation marks (U+FFF9–U+FFFB).

use std::io;

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

/// `value` as pretty-printed JSON with the escapes above, ending without a newline.
pub(crate) fn to_pretty_string<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    let mut bytes = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, Escaping(PrettyFormatter::new()));
    value.serialize(&mut serializer)?;
    // The serializer writes only what it was given as UTF-8 and ASCII escapes.
    Ok(String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// Whether `c` is written as an escape although JSON allows it raw: what the sanitiser replaces
/// (of which serde_json has already escaped the C0 controls before a fragment reaches here).
fn needs_escape(c: char) -> bool {
    crate::sanitize::is_unsafe(c)
}

/// A formatter that escapes [`needs_escape`] characters and otherwise formats as `F` does.
struct Escaping<F>(F);

impl<F: Formatter> Formatter for Escaping<F> {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // Most text has nothing to escape, which a scan by blocks of bytes finds quickly.
        if crate::sanitize::first_unsafe_char(fragment).is_none() {
            return writer.write_all(fragment.as_bytes());
        }
        let mut plain = 0;
        for (at, c) in fragment.char_indices() {
            if needs_escape(c) {
                writer.write_all(&fragment.as_bytes()[plain..at])?;
                write!(writer, "\\u{:04x}", c as u32)?;
                plain = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[plain..])
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + io::Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + io::Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_a_terminal_acts_on_are_escaped_and_nothing_is_lost() {
        let text = "a\u{9b}31m b\u{85}c\u{202e}d\u{2066}\u{2069}e\u{2028}\u{2029}f\u{fff9}g\u{7f}h\u{1b}i\"j";
        let json = to_pretty_string(&[text]).unwrap();
        assert_eq!(
            json,
            "[\n  \"a\\u009b31m b\\u0085c\\u202ed\\u2066\\u2069e\\u2028\\u2029f\\ufff9g\\u007fh\\u001bi\\\"j\"\n]"
        );
        assert!(
            json.chars()
                .all(|c| c == '\n' || !c.is_control() && !needs_escape(c))
        );
        let back: Vec<String> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, [text]);
    }

    #[test]
    fn other_text_is_written_as_it_is_and_laid_out_as_pretty_json() {
        let nested = serde_json::json!({"a": {"b": "x"}, "c": [], "d": {}});
        assert_eq!(
            to_pretty_string(&nested).unwrap(),
            serde_json::to_string_pretty(&nested).unwrap()
        );
        let value = serde_json::json!({"title": "İstanbul 北京 👨‍👩‍👧 é", "n": [1, 2]});
        let json = to_pretty_string(&value).unwrap();
        assert_eq!(json, serde_json::to_string_pretty(&value).unwrap());
        for (c, escaped) in [
            ('\u{7e}', false),
            ('\u{7f}', true),
            ('\u{9f}', true),
            ('\u{a0}', false),
        ] {
            assert_eq!(needs_escape(c), escaped, "{c:?}");
        }
        for c in [
            '\u{2027}', '\u{202f}', '\u{2065}', '\u{206a}', '\u{fff8}', '\u{fffc}',
        ] {
            assert!(!needs_escape(c), "{c:?}");
        }
    }
}
