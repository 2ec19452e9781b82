//! Splitting a block-style YAML timeline's `events` into chunks that can be parsed in parallel.
//!
//! Only plain layouts are split: one top-level `events:` key followed by a block sequence whose
//! items start at one indentation, no anchors or aliases, no tabs in indentation, no document
//! markers. Anything else returns `None` and is parsed whole. A split that still turns out wrong
//! makes a chunk fail to parse, and the caller then parses the whole document instead.

/// The document cut for parallel parsing.
#[derive(Debug)]
pub struct SplitPlan<'t> {
    /// The document with its events replaced by `events: []`, with the same number of lines.
    pub header: String,
    pub chunks: Vec<Chunk<'t>>,
}

/// A run of whole events cut from a document, parseable on its own (a YAML sequence, or JSON
/// objects separated by commas).
#[derive(Debug, PartialEq, Eq)]
pub struct Chunk<'t> {
    pub text: &'t str,
    /// How many events the chunk holds.
    pub events: usize,
}

/// Cuts `text` into chunks of about `chunk_bytes`, or `None` when its layout is not plain.
pub fn plan(text: &str, chunk_bytes: usize) -> Option<SplitPlan<'_>> {
    if !plain_layout(text) {
        return None;
    }
    let lines = line_starts(text);
    let key = lines.iter().position(|&at| is_events_key(line_at(text, at)))?;
    let items = item_starts(text, &lines[key + 1..])?;
    let region_end = items.end;
    if items.starts.len() < 2 {
        return None;
    }
    let region_start = items.starts[0];
    let header = format!(
        "{}events: []{}{}",
        &text[..lines[key]],
        "\n".repeat(text[lines[key]..region_end].matches('\n').count()),
        &text[region_end..]
    );
    Some(SplitPlan {
        header,
        chunks: chunks(text, &items.starts, region_start, region_end, chunk_bytes),
    })
}

/// No anchors, aliases, merge keys, tabs in indentation or document markers.
fn plain_layout(text: &str) -> bool {
    let bytes = text.as_bytes();
    let node_property = bytes
        .windows(2)
        .any(|w| matches!(w[0], b' ' | b'[' | b'{' | b',' | b'\n') && matches!(w[1], b'&' | b'*' | b'!'));
    !node_property
        && !text.starts_with(['&', '*', '!'])
        && !text.contains("<<:")
        && !text
            .lines()
            .any(|l| l.starts_with('\t') || l.starts_with("---") || l.starts_with("..."))
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .filter(|&i| i < text.len())
        .collect()
}

fn line_at(text: &str, at: usize) -> &str {
    text[at..].split('\n').next().unwrap_or("").trim_end_matches('\r')
}

/// `events:` at the start of a line, with nothing after it but spaces or a comment.
fn is_events_key(line: &str) -> bool {
    line.strip_prefix("events:").is_some_and(|rest| {
        let rest = rest.trim_start();
        rest.is_empty() || rest.starts_with('#')
    })
}

struct Items {
    /// Byte offsets where each item's line starts.
    starts: Vec<usize>,
    /// Where the events' lines end (the next top-level key, or the end of the text).
    end: usize,
}

/// The item lines after `events:`, all at the indentation of the first one.
fn item_starts(text: &str, lines: &[usize]) -> Option<Items> {
    let mut indent = None;
    let mut starts = Vec::new();
    for &at in lines {
        let line = line_at(text, at);
        let content = line.trim_start_matches(' ');
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let depth = line.len() - content.len();
        let is_item = content == "-" || content.starts_with("- ");
        match indent {
            None if is_item => indent = Some(depth),
            None => return None,
            Some(i) if depth == i && is_item => {}
            Some(i) if depth > i => continue,
            Some(i) if depth == 0 && i == 0 && !is_item || depth < i => {
                return Some(Items { starts, end: at });
            }
            Some(_) => return None,
        }
        starts.push(at);
    }
    Some(Items {
        starts,
        end: text.len(),
    })
}

fn chunks<'t>(
    text: &'t str,
    starts: &[usize],
    region_start: usize,
    end: usize,
    chunk_bytes: usize,
) -> Vec<Chunk<'t>> {
    let mut chunks = Vec::new();
    let mut first = 0;
    while first < starts.len() {
        let from = starts[first];
        let mut last = first + 1;
        while last < starts.len() && starts[last] - from < chunk_bytes {
            last += 1;
        }
        let to = starts.get(last).copied().unwrap_or(end);
        chunks.push(Chunk {
            text: &text[from.max(region_start)..to],
            events: last - first,
        });
        first = last;
    }
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "format: 1\ntitle: T\nevents:\n  - id: a\n    summary: >-\n      - not an item\n  - id: b\n\n  - id: c\n    title: \"x\"\nactors: []\n";

    #[test]
    fn splits_at_items_and_keeps_the_line_count() {
        let plan = plan(DOC, 1).expect("a plain layout");
        let texts: Vec<&str> = plan.chunks.iter().map(|c| c.text).collect();
        assert_eq!(
            texts,
            [
                "  - id: a\n    summary: >-\n      - not an item\n",
                "  - id: b\n\n",
                "  - id: c\n    title: \"x\"\n"
            ]
        );
        assert_eq!(
            plan.chunks.iter().map(|c| c.events).collect::<Vec<_>>(),
            [1, 1, 1]
        );
        assert_eq!(
            plan.header,
            "format: 1\ntitle: T\nevents: []\n\n\n\n\n\n\n\nactors: []\n"
        );
        assert_eq!(plan.header.lines().count(), DOC.lines().count());
    }

    #[test]
    fn bigger_chunks_hold_several_items() {
        let plan = plan(DOC, 50).unwrap();
        assert_eq!(plan.chunks.len(), 2);
        assert_eq!(plan.chunks.iter().map(|c| c.events).collect::<Vec<_>>(), [2, 1]);
    }

    #[test]
    fn unusual_layouts_are_not_split() {
        for text in [
            "events: [ {id: a}, {id: b} ]\n",
            "defaults: &d {status: confirmed}\nevents:\n  - id: a\n  - id: b\n",
            "events:\n  - id: a\n  - <<: *d\n",
            "---\nevents:\n  - id: a\n  - id: b\n",
            "events:\n\t- id: a\n\t- id: b\n",
            "events:\n  - id: a\n - id: b\n",
            "events:\n  id: a\n",
        ] {
            assert!(plan(text, 1).is_none(), "{text:?}");
        }
    }

    #[test]
    fn items_at_column_zero_end_at_the_next_key() {
        let plan = plan("events:\n- id: a\n- id: b\nactors: []\n", 1).unwrap();
        assert_eq!(
            plan.chunks.iter().map(|c| c.text).collect::<Vec<_>>(),
            ["- id: a\n", "- id: b\n"]
        );
        assert_eq!(plan.header, "events: []\n\n\nactors: []\n");
    }
}
