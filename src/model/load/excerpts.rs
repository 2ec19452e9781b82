//! Every excerpt's quote looked up in its source's text: one search per source for all of them.

use std::ops::Range;

use crate::model::format::timeline::Event;
use crate::model::quotes::fold::{FoldedText, fold};

/// An excerpt's place: `(event, excerpt)`, the event's index in the list searched and the
/// excerpt's among those the event kept.
pub(super) type Place = (usize, usize);

/// The excerpts quoting one source, and where each quote was found in it.
pub(super) struct SourceQuotes {
    pub source: usize,
    pub places: Vec<Place>,
    /// Beside each of `places`: the quote's span in the source text, if it is there.
    pub found: Vec<Option<Range<usize>>>,
}

/// The excerpts of `events` grouped by source, each group's quotes folded for the search.
/// Excerpts of a source whose text could not be read (`texts[source]` is `None`) are left out.
pub(super) fn quotes_by_source(
    events: &[Event],
    texts: &[Option<FoldedText>],
) -> Vec<(usize, Vec<Place>, Vec<String>)> {
    let mut groups: Vec<(Vec<Place>, Vec<String>)> = texts.iter().map(|_| Default::default()).collect();
    for (e, event) in events.iter().enumerate() {
        for (x, excerpt) in event.excerpts.iter().enumerate() {
            let source = excerpt.source.0 as usize;
            if texts[source].is_some() {
                groups[source].0.push((e, x));
                groups[source].1.push(fold(&excerpt.quote).into_owned());
            }
        }
    }
    let grouped = groups.into_iter().enumerate();
    grouped
        .filter(|(_, (places, _))| !places.is_empty())
        .map(|(source, (places, quotes))| (source, places, quotes))
        .collect()
}

/// One source's folded quotes looked up in its folded text, scanned in `parts` parts at once.
pub(super) fn search_source(
    (source, places, quotes): (usize, Vec<Place>, Vec<String>),
    texts: &[Option<FoldedText>],
    parts: usize,
) -> SourceQuotes {
    let needles: Vec<&[u8]> = quotes.iter().map(|q| q.as_bytes()).collect();
    let found = match &texts[source] {
        Some(text) => text.find_folded(&needles, parts),
        None => vec![None; needles.len()],
    };
    SourceQuotes {
        source,
        places,
        found,
    }
}
