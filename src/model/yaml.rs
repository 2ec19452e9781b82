//! The only module that touches serde_yaml: YAML text to raw structs, or one located syntax error.

use super::raw::{ParsedDocument, RawEvent, RawTimeline};
use super::serde_message::{ParseError, explain, plain_type_names, strip_positions};
use super::split::SplitPlan;

/// Parses a timeline document. serde_yaml stops at the first syntax or type error.
pub fn parse_timeline(text: &str) -> Result<RawTimeline<'_>, ParseError> {
    serde_yaml::from_str(text).map_err(|err| describe(&err))
}

/// Parses the header of a split document and leaves its chunks to be parsed where they are
/// converted; `None` when the header does not parse: the caller then parses the whole document.
pub fn parse_split<'t>(plan: &SplitPlan<'t>) -> Option<ParsedDocument<'t>> {
    let header: RawTimeline = serde_yaml::from_str(&plan.header).ok()?;
    Some(header.with_chunks(&plan.chunks, parse_events))
}

/// A chunk of event items (however many there are).
fn parse_events(chunk: &str, _expected: usize) -> Option<Vec<RawEvent<'_>>> {
    serde_yaml::from_str(chunk).ok()
}

fn describe(err: &serde_yaml::Error) -> ParseError {
    let (line, column) = err.location().map_or((1, 1), |l| (l.line(), l.column()));
    let (message, marks) = strip_positions(&err.to_string());
    let (message, mut hint) = explain(&plain_type_names(&message));
    // libyaml names a second place for context: where the unfinished construct began.
    if let (None, [_, (context_line, context_column)]) = (&hint, marks.as_slice()) {
        hint = Some(format!(
            "it began at line {context_line}, column {context_column}; look for a missing closing quote or bracket"
        ));
    }
    ParseError {
        line,
        column,
        message,
        hint,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::raw::Run;
    use crate::model::split::plan;

    const BUNDLED: &str = include_str!("../../timelines/russia-china-2022.yaml");

    #[test]
    fn a_split_parse_reads_exactly_what_the_whole_parse_reads() {
        let whole = ParsedDocument::from(parse_timeline(BUNDLED).unwrap()).flattened();
        for chunk_bytes in [1, 500, 4000] {
            let cut = plan(BUNDLED, chunk_bytes).expect("the bundled layout is plain");
            let split = parse_split(&cut).expect("the header parses");
            assert!(split.runs.len() > 1, "chunks of {chunk_bytes} bytes");
            assert_eq!(split.flattened(), whole, "chunks of {chunk_bytes} bytes");
        }
        assert!(whole.is_some());
    }

    #[test]
    fn a_chunk_that_does_not_parse_fails_alone() {
        let broken = BUNDLED.replace("title: Russia invades Ukraine", "title: \"Russia invades Ukraine");
        let mistyped = BUNDLED.replace("    status: denied", "    status: [denied]");
        for text in [broken, mistyped] {
            let split = parse_split(&plan(&text, 1).unwrap()).expect("the header parses");
            let parsed: Vec<bool> = split.runs.iter().map(Run::chunk_parses).collect();
            assert_eq!(parsed.iter().filter(|&&ok| !ok).count(), 1, "{parsed:?}");
            assert_eq!(split.flattened(), None);
        }
    }

    #[test]
    fn a_chunk_holding_other_than_its_counted_events_fails() {
        let mut split = parse_split(&plan(BUNDLED, 1).unwrap()).expect("the header parses");
        let Run::Pending(chunk) = &mut split.runs[0] else {
            panic!("a split document's runs are pending");
        };
        assert!(chunk.parse().is_some());
        chunk.events += 1;
        assert!(chunk.parse().is_none());
    }
}
