//! The only module that touches serde_yaml: YAML text to raw structs, or one located syntax error.

use super::chunked::parse_chunks;
use super::progress::LoadProgress;
use super::raw::{ParsedDocument, RawEvent, RawTimeline};
use super::serde_message::{ParseError, explain, plain_type_names, strip_positions};
use super::split::{Chunk, SplitPlan};

/// Parses a timeline document. serde_yaml stops at the first syntax or type error.
pub fn parse_timeline(text: &str) -> Result<RawTimeline<'_>, ParseError> {
    serde_yaml::from_str(text).map_err(|err| describe(&err))
}

/// Parses the header and the event chunks of a split document, the chunks on every core.
/// `None` when any part fails: the caller then parses the whole document.
pub fn parse_split<'t>(plan: &SplitPlan<'t>, progress: &LoadProgress) -> Option<ParsedDocument<'t>> {
    let header = serde_yaml::from_str(&plan.header).ok();
    let parse = |chunk: &Chunk<'t>| {
        let events: Vec<RawEvent> = serde_yaml::from_str(chunk.text).ok()?;
        (events.len() == chunk.events).then_some(events)
    };
    parse_chunks(header, &plan.chunks, parse, progress)
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
    use crate::model::split::plan;

    const BUNDLED: &str = include_str!("../../timelines/russia-china-2022.yaml");

    #[test]
    fn a_split_parse_reads_exactly_what_the_whole_parse_reads() {
        let whole = ParsedDocument::from(parse_timeline(BUNDLED).unwrap()).flattened();
        for chunk_bytes in [1, 500, 4000] {
            let cut = plan(BUNDLED, chunk_bytes).expect("the bundled layout is plain");
            let progress = LoadProgress::default();
            let split = parse_split(&cut, &progress).expect("every chunk parses");
            assert!(split.runs.len() > 1, "chunks of {chunk_bytes} bytes");
            assert_eq!(split.flattened(), whole, "chunks of {chunk_bytes} bytes");
            assert_eq!(progress.parsed(), 12);
        }
    }

    #[test]
    fn a_chunk_that_does_not_parse_gives_up_the_split() {
        let broken = BUNDLED.replace("title: Russia invades Ukraine", "title: \"Russia invades Ukraine");
        let cut = plan(&broken, 1).unwrap();
        let progress = LoadProgress::default();
        progress.add_parsed(5);
        assert!(parse_split(&cut, &progress).is_none());
        assert_eq!(progress.parsed(), 5, "events counted by the split are taken back");
        let mistyped = BUNDLED.replace("    status: denied", "    status: [denied]");
        assert!(parse_split(&plan(&mistyped, 1).unwrap(), &LoadProgress::default()).is_none());
    }
}
