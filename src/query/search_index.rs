//! All searchable text of a timeline, folded once into one buffer and scanned with memmem.

use std::ops::Range;

use memchr::memmem::Finder;

use super::facts::Facts;
use crate::model::{EventIndex, Timeline};

/// Separates events in the buffer, so that no match spans two of them.
const SEPARATOR: u8 = 0;

/// Each event's title, summary, quotes, tags and note, folded for search, one after another, and its
/// actors.
///
/// An event also matches when one of its actors' names or aliases does. For timelines of at
/// most 64 actors, names are matched once per query and events by their actor bits; larger
/// ones have their actors' names in each event's text.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    text: String,
    /// Where each event's text starts in `text`, in timeline order, with a final end offset.
    starts: Vec<usize>,
    /// For timelines of at most 64 actors, each event's actors as bits, side by side in memory.
    actor_bits: Option<Vec<u64>>,
    /// With `actor_bits`: each actor's name and aliases, folded.
    actor_text: Vec<String>,
    /// Each event's status, date bounds and as-of day, for the other filters.
    facts: Vec<Facts>,
}

impl SearchIndex {
    pub fn build(timeline: &Timeline) -> Self {
        let names_apart = timeline.actors.len() <= 64;
        let names: Vec<String> = timeline.actors.iter().map(names_of).collect();
        let mut text = String::with_capacity(estimated_size(timeline, &names, names_apart));
        let mut starts = Vec::with_capacity(timeline.events.len() + 1);
        for event in &timeline.events {
            starts.push(text.len());
            let mut add = |part: &str| {
                crate::search_fold::fold_into(&mut text, part);
                text.push('\n');
            };
            add(event.title());
            add(event.summary());
            for excerpt in &event.excerpts {
                add(&excerpt.quote);
            }
            for tag in &event.tags {
                add(tag);
            }
            if let Some(note) = event.note() {
                add(note);
            }
            for participant in event.actors.iter().filter(|_| !names_apart) {
                text.push_str(&names[participant.actor.0 as usize]);
            }
            text.push(SEPARATOR as char);
        }
        starts.push(text.len());
        text.shrink_to_fit();
        let actor_bits = names_apart.then(|| {
            let bits = |e: &crate::model::Event| e.actors.iter().fold(0u64, |b, p| b | 1 << p.actor.0);
            timeline.events.iter().map(bits).collect()
        });
        SearchIndex {
            text,
            starts,
            actor_bits,
            actor_text: if names_apart { names } else { Vec::new() },
            facts: timeline.events.iter().map(Facts::of).collect(),
        }
    }

    /// What the date, status and as-of filters read of the event.
    pub fn facts(&self, event: EventIndex) -> &Facts {
        &self.facts[event.0 as usize]
    }

    /// The event's actors as bits (actor `i` is bit `i`), when the timeline has at most 64 actors.
    pub fn actor_bits(&self, event: EventIndex) -> Option<u64> {
        self.actor_bits.as_ref().map(|bits| bits[event.0 as usize])
    }

    /// Bytes held by the index.
    pub fn size(&self) -> usize {
        let bits = self.actor_bits.as_ref().map_or(0, Vec::len);
        let facts = self.facts.len() * std::mem::size_of::<Facts>();
        self.text.len() + (self.starts.len() + bits) * std::mem::size_of::<u64>() + facts
    }

    /// The events, in order, whose text contains `needle` (already folded and non-empty).
    pub fn matching_all(&self, needle: &str) -> Vec<EventIndex> {
        self.matching_in(needle, 0..self.starts.len() - 1)
    }

    /// The events of `events`, in order, whose text contains `needle`: one slice of a scan.
    pub fn matching_in(&self, needle: &str, events: Range<usize>) -> Vec<EventIndex> {
        let finder = Finder::new(needle.as_bytes());
        let starts = &self.starts[events.start..=events.end];
        let haystack = &self.text.as_bytes()[..starts[starts.len() - 1]];
        let mut found = Vec::new();
        let mut from = starts[0];
        let mut event = 0;
        while let Some(at) = finder.find(&haystack[from..]) {
            // Matches come in order: gallop forward from the last match's event.
            event = last_start_at_or_before(starts, event, from + at);
            found.push(EventIndex((events.start + event) as u32));
            from = starts[event + 1];
        }
        match (self.actors_matching(&finder), &self.actor_bits) {
            (0, _) | (_, None) => found,
            (mask, Some(bits)) => {
                let mut by_text = found.into_iter().peekable();
                let by_actor = |e: usize| bits[e] & mask != 0;
                events
                    .filter(|&e| by_text.next_if_eq(&EventIndex(e as u32)).is_some() || by_actor(e))
                    .map(|e| EventIndex(e as u32))
                    .collect()
            }
        }
    }

    /// Those of `candidates` whose text contains `needle`: for a query that extends the last one.
    pub fn matching_within(&self, needle: &str, candidates: &[EventIndex]) -> Vec<EventIndex> {
        let finder = Finder::new(needle.as_bytes());
        let mask = self.actors_matching(&finder);
        let haystack = self.text.as_bytes();
        candidates
            .iter()
            .copied()
            .filter(|e| {
                let i = e.0 as usize;
                self.actor_bits.as_ref().is_some_and(|bits| bits[i] & mask != 0)
                    || finder
                        .find(&haystack[self.starts[i]..self.starts[i + 1]])
                        .is_some()
            })
            .collect()
    }

    /// The actors (as bits) whose names or aliases contain the needle, when names are apart.
    fn actors_matching(&self, finder: &Finder<'_>) -> u64 {
        self.actor_text
            .iter()
            .enumerate()
            .filter(|(_, names)| finder.find(names.as_bytes()).is_some())
            .fold(0, |bits, (i, _)| bits | 1 << i)
    }
}

/// The last position `p` at or after `from` with `starts[p] <= offset`, given `starts[from] <=
/// offset` and `starts` ascending: a galloping search, logarithmic in the distance moved.
fn last_start_at_or_before(starts: &[usize], from: usize, offset: usize) -> usize {
    let mut step = 1;
    while from + step < starts.len() && starts[from + step] <= offset {
        step *= 2;
    }
    let low = from + step / 2;
    let high = (from + step).min(starts.len());
    low + starts[low..high].partition_point(|&s| s <= offset) - 1
}

/// An actor's name and aliases, folded, one per line.
fn names_of(actor: &crate::model::Actor) -> String {
    let mut names = String::new();
    for name in std::iter::once(&actor.name).chain(&actor.aliases) {
        crate::search_fold::fold_into(&mut names, name);
        names.push('\n');
    }
    names
}

/// The bytes the index's text takes before lowercasing (which rarely changes lengths);
/// `names` are the actors' [`names_of`].
fn estimated_size(timeline: &Timeline, names: &[String], names_apart: bool) -> usize {
    let event_text = |event: &crate::model::Event| {
        let quotes: usize = event.excerpts.iter().map(|x| x.quote.len() + 1).sum();
        let tags: usize = event.tags.iter().map(|t| t.len() + 1).sum();
        let names: usize = match names_apart {
            true => 0,
            false => event.actors.iter().map(|p| names[p.actor.0 as usize].len()).sum(),
        };
        let note = event.note().map_or(0, |n| n.len() + 1);
        event.title().len() + event.summary().len() + 3 + quotes + tags + note + names
    };
    timeline.events.iter().map(event_text).sum()
}

/// The needle as the index compares it: folded as the index's text is (see
/// [`crate::search_fold`]) and trimmed.
pub fn normalise_needle(text: &str) -> String {
    crate::search_fold::fold_query(text)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_index_and_the_needle_fold_alike() {
        let mut buffer = String::new();
        crate::search_fold::fold_into(&mut buffer, "ÄRGER İn Zürich");
        assert_eq!(buffer, "arger in zurich");
        assert_eq!(super::normalise_needle(" ΑΘΗΝΑΣ "), "αθηνασ");
    }
}
