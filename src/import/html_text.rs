//! HTML as TimelineJS writes it (paragraphs, breaks, links, lists, quotes) reduced to plain
//! text, in one pass: linear in the length of the input whatever the markup.

use crate::export::escape::is_publishable_link;

use super::entities::decode_entity;

/// Plain text made from HTML, and the web links it held.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct PlainText {
    /// Paragraphs apart by a blank line, `<br>` as a line break, runs of spaces as one; a link
    /// is kept as `its text (its address)`.
    pub text: String,
    /// The `http`, `https` and `mailto` links, in order of appearance.
    pub links: Vec<Link>,
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Link {
    pub url: String,
    /// The link's text, or its address when it has none.
    pub text: String,
}

/// The whitespace owed before the next visible character: the widest asked for wins.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    None,
    Space,
    Line,
    Paragraph,
}

/// Elements that stand apart as paragraphs.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "pre",
    "dl",
    "dt",
    "dd",
    "hr",
];
/// Elements whose content is not text to read.
const HIDDEN: &[&str] = &["script", "style", "template", "head", "title", "iframe", "object"];

struct Writer {
    out: String,
    /// Whether a link's address follows its text.
    addresses: bool,
    gap: Gap,
    links: Vec<Link>,
    /// The open link: its address and where its text began in `out`.
    open_link: Option<(String, usize)>,
}

impl Writer {
    fn want(&mut self, gap: Gap) {
        self.gap = self.gap.max(gap);
    }

    fn push(&mut self, c: char) {
        if c.is_whitespace() {
            return self.want(Gap::Space);
        }
        if !self.out.is_empty() {
            match self.gap {
                Gap::None => {}
                Gap::Space => self.out.push(' '),
                Gap::Line => self.out.push('\n'),
                Gap::Paragraph => self.out.push_str("\n\n"),
            }
        }
        self.gap = Gap::None;
        if !c.is_control() {
            self.out.push(c);
        }
    }

    fn push_str(&mut self, text: &str) {
        text.chars().for_each(|c| self.push(c));
    }

    fn open_link(&mut self, href: Option<String>) {
        self.close_link();
        self.open_link = href.map(|url| (url, self.out.len()));
    }

    /// Ends the open link: `text (address)` unless the text is the address already.
    fn close_link(&mut self) {
        let Some((url, start)) = self.open_link.take() else {
            return;
        };
        let text = self.out.get(start..).unwrap_or("").trim().to_owned();
        let same = text.trim_end_matches('/') == url.trim_end_matches('/')
            || url.strip_prefix("mailto:") == Some(text.as_str());
        if !same && self.addresses {
            self.push(' ');
            self.push_str(&format!("({url})"));
        }
        // An address worth keeping as a source is one an export would publish as a link.
        if is_publishable_link(&url) {
            let text = if text.is_empty() { url.clone() } else { text };
            self.links.push(Link { url, text });
        }
    }
}

/// `html` as plain text. Markup that is not closed (`a < b`) is text; unknown tags are dropped
/// with their content kept; the content of scripts and styles is dropped.
pub(crate) fn plain_text(html: &str) -> PlainText {
    reduce(html, true)
}

/// `html` as plain text with links as their text alone, for captions and titles.
pub(crate) fn plain_words(html: &str) -> PlainText {
    reduce(html, false)
}

fn reduce(html: &str, addresses: bool) -> PlainText {
    let mut writer = Writer {
        out: String::with_capacity(html.len()),
        addresses,
        gap: Gap::None,
        links: Vec::new(),
        open_link: None,
    };
    let bytes = html.as_bytes();
    let mut at = 0;
    // Once no `>` follows, every later `<` is text: no search is repeated.
    let mut tags_possible = true;
    while at < html.len() {
        let rest = &html[at..];
        let next = memchr::memchr2(b'<', b'&', rest.as_bytes()).map_or(html.len(), |i| at + i);
        writer.push_str(&html[at..next]);
        at = next;
        if at >= html.len() {
            break;
        }
        if bytes[at] == b'&' {
            let (decoded, used) = decode_entity(&html[at..]);
            writer.push_str(&decoded);
            at += used;
            continue;
        }
        match tags_possible.then(|| markup_end(html, at)) {
            Some(Some(end)) => at = apply_tag(&mut writer, html, at, end),
            Some(None) if starts_markup(&html[at..]) => {
                // No `>` (or `-->`) follows anywhere: no later `<` can start markup either.
                tags_possible = false;
                writer.push('<');
                at += 1;
            }
            _ => {
                writer.push('<');
                at += 1;
            }
        }
    }
    writer.close_link();
    PlainText {
        text: writer.out,
        links: writer.links,
    }
}

/// As in browsers, `<` starts markup only before a letter, `/` or `!`.
fn starts_markup(rest: &str) -> bool {
    rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!')
}

/// Where the markup that starts at `at` (a `<`) ends, just past its `>`; comments end at `-->`.
fn markup_end(html: &str, at: usize) -> Option<usize> {
    let rest = &html[at..];
    if !starts_markup(rest) {
        return None;
    }
    if rest.starts_with("<!--") {
        return memchr::memmem::find(rest.as_bytes(), b"-->").map(|i| at + i + 3);
    }
    memchr::memchr(b'>', rest.as_bytes()).map(|i| at + i + 1)
}

/// Applies the tag `html[at..end]` and returns where reading goes on (past a hidden element's
/// content).
fn apply_tag(writer: &mut Writer, html: &str, at: usize, end: usize) -> usize {
    let inside = html[at + 1..end - 1].trim();
    let closing = inside.starts_with('/');
    let inside = inside.trim_start_matches('/');
    let name_end = inside
        .find(|c: char| c.is_whitespace() || c == '/')
        .unwrap_or(inside.len());
    let name = inside[..name_end].to_ascii_lowercase();
    if name == "br" {
        writer.want(Gap::Line);
    } else if BLOCKS.contains(&name.as_str()) {
        writer.want(Gap::Paragraph);
        if name == "li" && !closing {
            writer.push_str("• ");
        }
    } else if name == "a" {
        if closing {
            writer.close_link();
        } else {
            writer.open_link(attribute(&inside[name_end..], "href"));
        }
    } else if HIDDEN.contains(&name.as_str()) && !closing {
        return hidden_end(html, end, &name);
    } else if name == "img"
        && let Some(alt) = attribute(&inside[name_end..], "alt").filter(|a| !a.trim().is_empty())
    {
        writer.push_str(&format!("[{}]", alt.trim()));
    }
    end
}

/// Past the closing tag of the hidden element `name` whose content starts at `from`; the end
/// of the text when it is not closed. Each byte is looked at once.
fn hidden_end(html: &str, from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(i) = memchr::memmem::find(&html.as_bytes()[at..], b"</") {
        let tag = at + i + 2;
        let matches = html
            .get(tag..tag + name.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(name));
        if matches && let Some(close) = memchr::memchr(b'>', &html.as_bytes()[tag..]) {
            return tag + close + 1;
        }
        at = tag;
    }
    html.len()
}

/// The value of attribute `name` in a tag's attribute text, entities decoded; quoted with `"`
/// or `'`, or bare.
fn attribute(attributes: &str, name: &str) -> Option<String> {
    let mut rest = attributes;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            return None;
        }
        let key_end = rest
            .find(|c: char| c == '=' || c.is_whitespace() || c == '/')
            .unwrap_or(rest.len());
        let key = &rest[..key_end];
        rest = rest[key_end..].trim_start();
        let value = if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (value, remaining) = match after.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let body = &after[1..];
                    let close = body.find(quote).unwrap_or(body.len());
                    (&body[..close], body.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let close = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..close], &after[close..])
                }
            };
            rest = remaining;
            Some(value)
        } else {
            None
        };
        if key.eq_ignore_ascii_case(name) {
            return value.map(|v| plain_text(v).text);
        }
    }
}

#[cfg(test)]
#[path = "html_text_tests.rs"]
mod tests;
