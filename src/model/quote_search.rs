//! Looking up every excerpt's quote in its source: one pass over each source text for all the
//! quotes in it, several sources at once.

use std::ops::Range;

use super::parallel::{cores, map_parts};
use super::quotes::{FoldedText, fold};
use super::timeline::Event;

/// The excerpts quoting one source and where each quote was found.
pub struct SourceQuotes {
    pub source: usize,
    /// `(event, excerpt)` of each quote, in the events' order: the event's index in file order
    /// (before the timeline is sorted), the excerpt's among those the event kept.
    pub excerpts: Vec<Place>,
    /// Beside each of `excerpts`: the quote's span in the source text, if it is there.
    pub found: Vec<Option<Range<usize>>>,
}

/// The quotes of some events, folded for the search as the events were converted (while each
/// quote is still in cache), one after another in one buffer, so that the search reads them in
/// order instead of visiting every event.
#[derive(Debug, Default)]
pub struct FoldedQuotes {
    bytes: Vec<u8>,
    quotes: Vec<FoldedQuote>,
}

/// A quote in [`FoldedQuotes`]: whose it is, and where it ends (it starts where the one before
/// it ends).
#[derive(Debug)]
struct FoldedQuote {
    event: u32,
    excerpt: u32,
    source: u32,
    end: usize,
}

impl FoldedQuotes {
    /// Room for `quotes` quotes of `bytes` bytes together (folding never lengthens a quote).
    pub fn with_room(quotes: usize, bytes: usize) -> Self {
        FoldedQuotes {
            bytes: Vec::with_capacity(bytes),
            quotes: Vec::with_capacity(quotes),
        }
    }

    /// Adds the quotes of event `e` (its index in the timeline before sorting).
    pub fn add(&mut self, e: usize, event: &Event) {
        for (x, excerpt) in event.excerpts.iter().enumerate() {
            self.push((e, x), excerpt.source.0, &excerpt.quote);
        }
    }

    /// Appends one quote, folded. Its indices fit in 32 bits: there are fewer events than bytes
    /// in the files, each at most 1 GiB, and fewer than 2^32 of them in a timeline (its
    /// `EventIndex` is 32 bits too).
    fn push(&mut self, (event, excerpt): Place, source: u32, quote: &str) {
        self.bytes.extend_from_slice(fold(quote).as_bytes());
        self.quotes.push(FoldedQuote {
            event: event as u32,
            excerpt: excerpt as u32,
            source,
            end: self.bytes.len(),
        });
    }

    /// Each quote: `(source, (event, excerpt), folded quote)`.
    fn iter(&self) -> impl Iterator<Item = (usize, Place, &[u8])> {
        let starts = std::iter::once(0).chain(self.quotes.iter().map(|q| q.end));
        self.quotes.iter().zip(starts).map(|(q, start)| {
            let place = (q.event as usize, q.excerpt as usize);
            (q.source as usize, place, &self.bytes[start..q.end])
        })
    }
}

#[cfg(test)]
impl FoldedQuotes {
    /// Every quote of `lists` in order, as `(source, (event, excerpt), folded quote)`, however
    /// the quotes were split into lists.
    pub fn listed(lists: &[FoldedQuotes]) -> Vec<(usize, Place, String)> {
        let quotes = lists.iter().flat_map(FoldedQuotes::iter);
        quotes
            .map(|(source, place, quote)| (source, place, String::from_utf8_lossy(quote).into_owned()))
            .collect()
    }
}

/// An excerpt's place: `(event, excerpt)` indices.
type Place = (usize, usize);

/// Every quote of `lists` looked up in its source's folded text (`folded[source]`, `None` for a
/// text that could not be read: its excerpts are left out). Several sources are searched at once,
/// one per core; a single one on every core.
pub fn search_quotes(lists: &[FoldedQuotes], folded: &[Option<FoldedText>]) -> Vec<SourceQuotes> {
    let mut counts = vec![0; folded.len()];
    for quote in lists.iter().flat_map(|list| &list.quotes) {
        counts[quote.source as usize] += 1;
    }
    // For each source: the `(event, excerpt)` of each of its quotes, and the quotes.
    let mut by_source: Vec<(Vec<Place>, Vec<&[u8]>)> = counts
        .into_iter()
        .map(|count| (Vec::with_capacity(count), Vec::with_capacity(count)))
        .collect();
    for (source, place, quote) in lists.iter().flat_map(FoldedQuotes::iter) {
        let (places, quotes) = &mut by_source[source];
        places.push(place);
        quotes.push(quote);
    }
    let searches: Vec<_> = by_source
        .into_iter()
        .enumerate()
        .filter(|(_, (places, _))| !places.is_empty())
        .filter_map(|(source, quotes)| Some((source, folded[source].as_ref()?, quotes)))
        .collect();
    let cores = cores();
    let cores_each = if searches.len() >= cores { 1 } else { cores };
    map_parts(searches, |(source, text, (excerpts, quotes))| SourceQuotes {
        source,
        found: text.find_folded(&quotes, cores_each),
        excerpts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_from_several_lists_are_found_in_their_own_sources() {
        let texts = [
            "the first source, with \u{201C}curly\u{201D} quotes",
            "the second  source",
        ];
        let folded: Vec<Option<FoldedText>> = texts.iter().map(|t| Some(FoldedText::new(t))).collect();
        let mut first = FoldedQuotes::with_room(1, 4);
        first.push((0, 0), 1, "second source");
        first.push((0, 1), 0, "\"curly\"  quotes");
        let mut second = FoldedQuotes::default();
        second.push((1, 0), 0, "");
        second.push((2, 0), 0, "first source");
        second.push((2, 1), 1, "not there");
        let searched = search_quotes(&[first, second], &folded);
        let shown: Vec<_> = searched
            .iter()
            .map(|s| {
                let text = texts[s.source];
                let found: Vec<Option<&str>> = s
                    .found
                    .iter()
                    .map(|span| span.clone().map(|r| &text[r]))
                    .collect();
                (s.source, s.excerpts.clone(), found)
            })
            .collect();
        assert_eq!(
            shown,
            [
                (
                    0,
                    vec![(0, 1), (1, 0), (2, 0)],
                    vec![Some("\u{201C}curly\u{201D} quotes"), None, Some("first source")]
                ),
                (1, vec![(0, 0), (2, 1)], vec![Some("second  source"), None]),
            ]
        );
    }
}
