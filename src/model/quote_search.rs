//! Looking up every excerpt's quote in its source: one pass over each source text for all the
//! quotes in it, several sources at once.

use std::ops::Range;

use super::parallel::{cores, map_parts};
use super::quotes::FoldedText;
use super::timeline::Event;

/// The excerpts quoting one source and where each quote was found.
pub struct SourceQuotes {
    pub source: usize,
    /// `(event, excerpt)` indices, in the events' order.
    pub excerpts: Vec<(usize, usize)>,
    /// Beside each of `excerpts`: the quote's span in the source text, if it is there.
    pub found: Vec<Option<Range<usize>>>,
}

/// Every excerpt of `events` looked up in its source's folded text (`folded[source]`, `None`
/// for a text that could not be read: its excerpts are left out). Several sources are searched
/// at once, one per core; a single one on every core.
pub fn search_quotes(events: &[Event], folded: &[Option<FoldedText>]) -> Vec<SourceQuotes> {
    let mut by_source: Vec<Vec<(usize, usize)>> = vec![Vec::new(); folded.len()];
    for (e, event) in events.iter().enumerate() {
        for (x, excerpt) in event.excerpts.iter().enumerate() {
            by_source[excerpt.source.0 as usize].push((e, x));
        }
    }
    let searches: Vec<_> = by_source
        .into_iter()
        .enumerate()
        .filter(|(_, excerpts)| !excerpts.is_empty())
        .filter_map(|(source, excerpts)| Some((source, folded[source].as_ref()?, excerpts)))
        .collect();
    let cores = cores();
    let cores_each = if searches.len() >= cores { 1 } else { cores };
    map_parts(searches, |(source, text, excerpts)| {
        let quotes: Vec<&str> = excerpts
            .iter()
            .map(|&(e, x)| &*events[e].excerpts[x].quote)
            .collect();
        let found = text.find_all(&quotes, cores_each);
        SourceQuotes {
            source,
            excerpts,
            found,
        }
    })
}
