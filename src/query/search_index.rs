//! All searchable text of a timeline, lowercased once into one buffer and scanned with memmem.

use memchr::memmem::Finder;

use crate::model::{EventIndex, Timeline};

/// Separates events in the buffer, so that no match spans two of them.
const SEPARATOR: u8 = 0;

/// Each event's title, summary, quotes and actor names and aliases, lowercased, one after another.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    text: String,
    /// Where each event's text starts in `text`, in timeline order, with a final end offset.
    starts: Vec<usize>,
}

impl SearchIndex {
    pub fn build(timeline: &Timeline) -> Self {
        let mut text = String::new();
        let mut starts = Vec::with_capacity(timeline.events.len() + 1);
        for event in &timeline.events {
            starts.push(text.len());
            let mut add = |part: &str| {
                push_lowercase(&mut text, part);
                text.push('\n');
            };
            add(&event.title);
            add(&event.summary);
            for excerpt in &event.excerpts {
                add(&excerpt.quote);
            }
            for participant in &event.actors {
                let actor = timeline.actor(participant.actor);
                add(&actor.name);
                actor.aliases.iter().for_each(|alias| add(alias));
            }
            text.push(SEPARATOR as char);
        }
        starts.push(text.len());
        SearchIndex { text, starts }
    }

    /// Bytes held by the index.
    pub fn size(&self) -> usize {
        self.text.len() + self.starts.len() * std::mem::size_of::<usize>()
    }

    /// The events, in order, whose text contains `needle` (already lowercased and non-empty).
    pub fn matching_all(&self, needle: &str) -> Vec<EventIndex> {
        let finder = Finder::new(needle.as_bytes());
        let haystack = self.text.as_bytes();
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(at) = finder.find(&haystack[from..]) {
            let event = self.starts.partition_point(|&s| s <= from + at) - 1;
            found.push(EventIndex(event as u32));
            from = self.starts[event + 1];
        }
        found
    }

    /// Those of `candidates` whose text contains `needle`: for a query that extends the last one.
    pub fn matching_within(&self, needle: &str, candidates: &[EventIndex]) -> Vec<EventIndex> {
        let finder = Finder::new(needle.as_bytes());
        let haystack = self.text.as_bytes();
        candidates
            .iter()
            .copied()
            .filter(|e| {
                let i = e.0 as usize;
                finder
                    .find(&haystack[self.starts[i]..self.starts[i + 1]])
                    .is_some()
            })
            .collect()
    }
}

/// Appends `text` lowercased (Unicode: `Ä` becomes `ä`), without an intermediate string.
fn push_lowercase(buffer: &mut String, text: &str) {
    if text.is_ascii() {
        buffer.extend(text.bytes().map(|b| b.to_ascii_lowercase() as char));
    } else {
        buffer.extend(text.chars().flat_map(char::to_lowercase));
    }
}

/// The needle as the index compares it: trimmed and lowercased.
pub fn normalise_needle(text: &str) -> String {
    text.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    #[test]
    fn non_ascii_text_folds_case() {
        let mut buffer = String::new();
        super::push_lowercase(&mut buffer, "ÄRGER İn Zürich");
        assert_eq!(buffer, "ärger i\u{307}n zürich");
    }
}
