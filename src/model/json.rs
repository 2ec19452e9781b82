//! The JSON form of the format: the same fields as the YAML, read with serde_json.

use super::json_split::{JsonSplit, WHITESPACE};
use super::raw::{ParsedDocument, RawEvent, RawTimeline};
use super::serde_message::{ParseError, explain, plain_type_names, strip_positions};

/// Parses a timeline document written as JSON.
pub fn parse_timeline(text: &str) -> Result<RawTimeline<'_>, ParseError> {
    serde_json::from_str(text).map_err(|err| {
        let (message, _) = strip_positions(&err.to_string());
        let (message, hint) = explain(&plain_type_names(&message));
        ParseError {
            line: err.line().max(1),
            column: err.column().max(1),
            message,
            hint,
        }
    })
}

/// Parses the header of a split document and leaves its chunks to be parsed where they are
/// converted; `None` when the header does not parse: the caller then parses the whole document.
pub fn parse_split<'t>(plan: &JsonSplit<'t>) -> Option<ParsedDocument<'t>> {
    let header: RawTimeline = serde_json::from_str(&plan.header).ok()?;
    Some(header.with_chunks(&plan.chunks, parse_events))
}

/// No event takes fewer bytes than this: `{"id":"a","date":"1","title":"t","status":"x"}` takes
/// more. (A malformed chunk could be counted to hold far more events than it can.)
const SMALLEST_EVENT_BYTES: usize = 32;

/// Events separated by commas, as they stand inside the array (room is made for as many as the
/// cut counted, within what the chunk's length allows); `None` if anything else is there.
fn parse_events<'t>(chunk: &'t str, expected: usize) -> Option<Vec<RawEvent<'t>>> {
    let mut events = Vec::with_capacity(expected.min(chunk.len() / SMALLEST_EVENT_BYTES));
    let mut rest = chunk;
    loop {
        // One event at a time: a stream stops after a value and says where.
        let mut stream = serde_json::Deserializer::from_str(rest).into_iter::<RawEvent<'t>>();
        events.push(stream.next()?.ok()?);
        rest = rest[stream.byte_offset()..].trim_start_matches(WHITESPACE);
        match rest.strip_prefix(',') {
            Some(after) => rest = after,
            None => return rest.is_empty().then_some(events),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::json_split;

    const ESCAPED: &str = include_str!("../../tests/fixtures/valid/minimal-escaped.json");

    /// Events with escapes, nested mappings and lists, one per line.
    fn generated(count: usize) -> String {
        let events: Vec<String> = (0..count)
            .map(|i| {
                format!(
                    r#"  {{"id": "e{i}", "date": "2022-03-{d:02}", "title": "Caf\u00e9 \"{i}\"", "status": "reported", "actors": [{{"id": "us", "role": "host"}}, "x"], "excerpts": [{{"source": "wire", "quote": "line\nbreak {{[{i}]}}"}}], "related": ["e0"]}}"#,
                    d = i % 28 + 1
                )
            })
            .collect();
        format!(
            "{{\n\"format\": 1,\n\"title\": \"t\",\n\"events\": [\n{}\n]\n}}\n",
            events.join(",\n")
        )
    }

    #[test]
    fn split_parsing_gives_what_the_whole_parse_gives() {
        for (text, sizes) in [
            (ESCAPED.to_owned(), &[1][..]),
            (generated(40), &[1, 300, 700][..]),
        ] {
            let whole = ParsedDocument::from(parse_timeline(&text).expect("valid")).flattened();
            assert!(whole.is_some());
            for &chunk_bytes in sizes {
                let plan = json_split::plan(&text, chunk_bytes).expect("plain layout");
                let split = parse_split(&plan).expect("the header parses");
                assert!(split.runs.len() > 1, "chunks of {chunk_bytes} bytes");
                assert_eq!(split.flattened(), whole, "chunks of {chunk_bytes} bytes");
            }
        }
    }

    #[test]
    fn a_chunk_that_fails_fails_alone() {
        let unknown_field = generated(10).replace(r#""id": "e7","#, r#""id": "e7", "colour": "red","#);
        let trailing_comma = generated(10).replace("]}\n]", "]},\n]");
        let doubled_comma = generated(10).replacen(r#""related": ["e0"]},"#, r#""related": ["e0"]},,"#, 1);
        assert!(doubled_comma.contains("},,"));
        for text in [unknown_field, trailing_comma, doubled_comma] {
            assert!(parse_timeline(&text).is_err());
            let plan = json_split::plan(&text, 1).expect("plain layout");
            let split = parse_split(&plan).expect("the header parses");
            let failed = split.runs.iter().filter(|run| !run.chunk_parses()).count();
            assert_eq!(failed, 1, "{text}");
        }
    }

    #[test]
    fn errors_carry_the_position_and_a_hint() {
        let err = parse_timeline("{\n  \"format\": 1,\n  \"titel\": \"x\"\n}").unwrap_err();
        assert_eq!((err.line, err.column), (3, 9));
        assert_eq!(err.message, "unknown field `titel`");
        assert_eq!(err.hint.as_deref(), Some("did you mean `title`?"));
    }
}
