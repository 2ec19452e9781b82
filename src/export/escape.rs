//! Making a timeline's text safe to publish: HTML and Markdown escaping, the links that may
//! become links, and spreadsheet cells that cannot run as formulas.

use std::borrow::Cow;

/// Whether `url` may become a link on a published page: `http`, `https` or `mailto`, with no
/// whitespace or control characters. Anything else (`javascript:`, `data:`, `file:`, a bare
/// path) is shown as text.
pub(crate) fn is_publishable_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let scheme_ok = ["http://", "https://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len());
    scheme_ok && !url.trim().chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Text for HTML content and attribute values: `& < > " '` as character references.
pub(crate) fn html(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The characters that mean something to Markdown wherever they stand: emphasis, code, links,
/// images, raw HTML, entities, tables and strikethrough. Each is written with a backslash.
const MARKDOWN_INLINE: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '!', '#'];

/// One line of Markdown text that reads as itself: inline metacharacters escaped, and a line
/// start that would begin a heading, list, quote or rule (`#`, `-`, `+`, `=`, `1.`) escaped
/// too. Line breaks become spaces, so the text stays in its paragraph or heading.
pub(crate) fn markdown_line(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if MARKDOWN_INLINE.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    escape_line_start(&mut out);
    out
}

/// Escapes a block marker at the start of `line`: `-`, `+`, `=` (list items and setext
/// underlines) and an ordered-list number's `.` or `)`.
fn escape_line_start(line: &mut String) {
    if line.starts_with(['-', '+', '=']) {
        line.insert(0, '\\');
        return;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) && line[digits..].starts_with(['.', ')']) {
        line.insert(digits, '\\');
    }
}

/// A link target for Markdown, in angle brackets, with the characters that would end it
/// percent-encoded. Only for [`is_publishable_link`] addresses.
pub(crate) fn markdown_destination(url: &str) -> String {
    let mut out = String::from("<");
    for c in url.trim().chars() {
        match c {
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\\' => out.push_str("%5C"),
            _ => out.push(c),
        }
    }
    out.push('>');
    out
}

/// A spreadsheet cell that cannot run as a formula: a text beginning with `=`, `+`, `-`, `@`,
/// a tab or a carriage return gets a leading `'`, as OWASP's CSV-injection advice and the
/// spreadsheets' own documentation describe (the quote marks the cell as text and is not shown).
pub(crate) fn spreadsheet_cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_addresses_are_links() {
        for url in [
            "https://example.com/a",
            "http://x.org",
            "mailto:desk@example.com",
            " HTTPS://X.ORG ",
        ] {
            assert!(is_publishable_link(url), "{url}");
        }
        for url in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<script>",
            "file:///etc/passwd",
            "https://",
            "https://a b",
            "vbscript:x",
            "/relative/path",
        ] {
            assert!(!is_publishable_link(url), "{url}");
        }
    }

    #[test]
    fn html_metacharacters_become_references() {
        assert_eq!(
            html(r#"<b onclick="x">Tom & 'Jerry'</b>"#),
            "&lt;b onclick=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;"
        );
        assert!(matches!(html("plain"), Cow::Borrowed("plain")));
    }

    #[test]
    fn markdown_text_reads_as_itself() {
        assert_eq!(
            markdown_line("*not bold* [link](x) <b>"),
            r"\*not bold\* \[link\](x) \<b\>"
        );
        assert_eq!(markdown_line("# heading"), r"\# heading");
        assert_eq!(markdown_line("- item"), r"\- item");
        assert_eq!(markdown_line("1. item"), r"1\. item");
        assert_eq!(markdown_line("2022. A year"), r"2022\. A year");
        assert_eq!(markdown_line("one\ntwo"), "one two");
        assert_eq!(markdown_line("U.S. sanctions - 2022"), "U.S. sanctions - 2022");
    }

    #[test]
    fn formula_cells_are_neutralised() {
        for cell in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(spreadsheet_cell(cell), format!("'{cell}"));
        }
        assert_eq!(spreadsheet_cell("Putin asks"), "Putin asks");
    }
}
