//! Cutting a JSON timeline's `events` array at event boundaries, so that chunks of events can be
//! parsed on every core.
//!
//! A JSON string cannot hold a raw line break, so every line starts outside any string. Cuts are
//! made only in the layouts that pretty printers and one-event-per-line writers produce: the
//! `"events": [` key ending its line at the indentation of the document's first key, each event
//! starting on a new line with `{` at the first event's (deeper) indentation after a line ending
//! in `,`, and the closing `]` at the key's indentation. Anything else (a minified file, an
//! unusual layout) gives `None` and is parsed whole. A cut that still turns out wrong makes a
//! chunk fail to parse or hold other than the events counted in it, and the caller then parses
//! the whole document.

use super::split::Chunk;

/// The document cut for parallel parsing.
#[derive(Debug)]
pub struct JsonSplit<'t> {
    /// The document with an empty events array.
    pub header: String,
    /// Runs of whole events separated by commas, as they stand inside the array.
    pub chunks: Vec<Chunk<'t>>,
}

/// JSON's insignificant whitespace.
pub const WHITESPACE: [char; 4] = [' ', '\t', '\n', '\r'];

/// Cuts `text` into chunks of about `chunk_bytes`, or `None` when its layout is not one of the
/// plain ones.
pub fn plan(text: &str, chunk_bytes: usize) -> Option<JsonSplit<'_>> {
    let mut lines = lines(text);
    let key_indent = lines.clone().find(|line| line.content.starts_with('"'))?.indent;
    let key = lines.find(|line| line.indent == key_indent && is_events_key(line.content))?;
    let content_start = key.start + key.indent + key.content.len();
    // Where each chunk starts, and how many events start on lines of their own from there.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut event_indent = None;
    let mut after_comma = false;
    let mut region_end = None;
    for line in lines {
        if line.content.is_empty() {
            continue;
        }
        if line.indent == key_indent && line.content.starts_with(']') {
            region_end = Some(line.start);
            break;
        }
        match (event_indent, cuts.last_mut()) {
            (None, _) if line.indent > key_indent && line.content.starts_with('{') => {
                event_indent = Some(line.indent);
                cuts.push((line.start + line.indent, 1));
            }
            (Some(indent), Some((last, events)))
                if line.indent == indent && line.content.starts_with('{') && after_comma =>
            {
                if line.start >= last.saturating_add(chunk_bytes) {
                    cuts.push((line.start + line.indent, 1));
                } else {
                    *events += 1;
                }
            }
            (None, _) => return None,
            (Some(_), _) => {}
        }
        after_comma = line.content.ends_with(',');
    }
    let region_end = region_end?;
    if cuts.len() < 2 {
        return None;
    }
    // Every chunk but the last ends with the comma before the next one; the last keeps whatever
    // it ends with, so that a stray comma before `]` still fails to parse.
    let ends = cuts.iter().skip(1).map(|&(start, _)| start).chain([region_end]);
    let chunks = cuts
        .iter()
        .zip(ends)
        .map(|(&(start, events), end)| {
            let text = text[start..end].trim_end_matches(WHITESPACE);
            let text = match end == region_end {
                true => text,
                false => text.strip_suffix(',').unwrap_or(text),
            };
            Chunk { text, events }
        })
        .collect();
    Some(JsonSplit {
        header: format!("{}{}", &text[..content_start], &text[region_end..]),
        chunks,
    })
}

/// A line of the text, its indentation apart, line break and trailing whitespace removed.
#[derive(Clone, Copy)]
struct Line<'t> {
    start: usize,
    indent: usize,
    content: &'t str,
}

/// The text's lines, found in one pass for line breaks (each break ends one line and starts the
/// next).
fn lines(text: &str) -> impl Iterator<Item = Line<'_>> + Clone {
    let breaks = memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]);
    // Each break starts the next line: the iterator is only ever walked forwards.
    let mut next_start = 0;
    let spans = breaks.map(move |end| {
        let start = next_start;
        next_start = end + 1;
        (start, end)
    });
    spans
        .filter(|&(start, _)| start < text.len())
        .map(move |(start, end)| {
            let line = &text[start..end];
            let content = line.trim_start_matches([' ', '\t']);
            Line {
                start,
                indent: line.len() - content.len(),
                content: content.trim_end_matches(WHITESPACE),
            }
        })
}

/// `"events": [` and nothing after it: the events start on the next line.
fn is_events_key(content: &str) -> bool {
    content
        .strip_prefix("\"events\"")
        .map(|rest| rest.trim_start_matches(WHITESPACE))
        .and_then(|rest| rest.strip_prefix(':'))
        .is_some_and(|rest| rest.trim_start_matches(WHITESPACE) == "[")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One event per line, as the generator writes them.
    fn one_per_line(count: usize) -> String {
        let events: Vec<String> = (0..count)
            .map(|i| format!("  {{\"id\": \"e{i}\", \"title\": \"T {{[{i}]}}\", \"tags\": [\"x\"]}}"))
            .collect();
        format!(
            "{{\n\"format\": 1,\n\"title\": \"t\",\n\"events\": [\n{}\n],\n\"actors\": []\n}}\n",
            events.join(",\n")
        )
    }

    #[test]
    fn events_are_cut_at_their_own_lines_and_the_header_keeps_the_rest() {
        let text = one_per_line(5);
        let plan = plan(&text, 1).expect("plain layout");
        assert_eq!(plan.chunks.len(), 5);
        assert_eq!(
            plan.chunks[0].text,
            r#"{"id": "e0", "title": "T {[0]}", "tags": ["x"]}"#
        );
        assert_eq!(
            plan.chunks[4].text,
            r#"{"id": "e4", "title": "T {[4]}", "tags": ["x"]}"#
        );
        assert!(plan.chunks.iter().all(|chunk| chunk.events == 1));
        assert_eq!(
            plan.header,
            "{\n\"format\": 1,\n\"title\": \"t\",\n\"events\": [],\n\"actors\": []\n}\n"
        );
        // Each line is about 50 bytes: a chunk takes a second event to reach 100.
        let larger = plan_of(&text, 100);
        assert_eq!(larger.len(), 3, "{larger:?}");
        let counts: Vec<usize> = super::plan(&text, 100)
            .unwrap()
            .chunks
            .iter()
            .map(|c| c.events)
            .collect();
        assert_eq!(counts, [2, 2, 1]);
        assert!(larger[0].starts_with(r#"{"id": "e0""#) && larger[0].ends_with(r#"["x"]}"#));
        assert!(larger[0].contains(r#""e1""#) && !larger[0].contains(r#""e2""#));
    }

    fn plan_of(text: &str, chunk_bytes: usize) -> Vec<&str> {
        let chunks = plan(text, chunk_bytes).map(|p| p.chunks).unwrap_or_default();
        chunks.into_iter().map(|chunk| chunk.text).collect()
    }

    #[test]
    fn pretty_printed_events_are_cut_before_their_opening_brace_only() {
        let text = "{\n  \"format\": 1,\n  \"events\": [\n    {\n      \"id\": \"a\",\n      \"actors\": [\n        {\n          \"id\": \"x\"\n        }\n      ]\n    },\n    {\n      \"id\": \"b\"\n    }\n  ]\n}\n";
        let chunks = plan_of(text, 1);
        assert_eq!(chunks.len(), 2);
        assert!(chunks[0].starts_with("{\n      \"id\": \"a\"") && chunks[0].ends_with("    }"));
        assert_eq!(chunks[1], "{\n      \"id\": \"b\"\n    }");
    }

    #[test]
    fn windows_line_breaks_and_a_missing_last_line_break_cut_the_same() {
        let text = one_per_line(4);
        let expected = plan_of(&text, 1);
        assert_eq!(expected.len(), 4);
        let crlf = text.replace('\n', "\r\n");
        assert_eq!(plan_of(&crlf, 1), expected);
        assert_eq!(plan_of(text.trim_end(), 1), expected);
        let header = plan(text.trim_end(), 1).expect("plain layout").header;
        assert!(header.ends_with("\"actors\": []\n}"), "{header:?}");
    }

    #[test]
    fn other_layouts_are_left_whole() {
        let minified = r#"{"format":1,"events":[{"id":"a"},{"id":"b"}]}"#;
        assert!(plan(minified, 1).is_none());
        let first_event_on_the_key_line = "{\n\"events\": [{\"id\": \"a\"},\n{\"id\": \"b\"}\n]\n}\n";
        assert!(plan(first_event_on_the_key_line, 1).is_none());
        let unclosed = "{\n\"events\": [\n  {\"id\": \"a\"},\n  {\"id\": \"b\"}\n";
        assert!(plan(unclosed, 1).is_none());
        let one_event = "{\n\"events\": [\n  {\"id\": \"a\"}\n]\n}\n";
        assert!(plan(one_event, 1).is_none());
    }
}
