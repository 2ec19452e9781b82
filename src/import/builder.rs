//! Gathers imported events into a timeline of the format: unique ids, one actor per distinct
//! name, one source per distinct address, and a title for every event.

use std::collections::HashMap;

use crate::model::{
    ActorKind, DateBasis, DateRange, FORMAT_VERSION, RawActor, RawActorRef, RawEvent, RawSource, RawStr,
    RawTimeline, SourceKind, Status,
};

use crate::model::UniqueIds;

/// One event as read, before it is given its id.
#[derive(Debug, Default)]
pub(crate) struct NewEvent {
    /// The id the file gave, kept when it is a slug not taken yet.
    pub wanted_id: Option<String>,
    pub title: String,
    pub summary: String,
    /// In the format's syntax, already checked.
    pub date: String,
    pub date_text: Option<String>,
    pub tags: Vec<String>,
    /// Actor names, made actors of kind `other` on first sight.
    pub actors: Vec<String>,
    /// The sources it cites: media, links, a source address.
    pub cites: Vec<Citation>,
    pub note: Option<String>,
}

/// A source known by its web address.
#[derive(Debug, Clone)]
pub(crate) struct Citation {
    pub url: String,
    pub title: String,
    pub kind: SourceKind,
    pub outlet: Option<String>,
}

/// The timeline being made.
pub(crate) struct Builder {
    title: String,
    description: Option<String>,
    events: Vec<RawEvent<'static>>,
    sources: Vec<RawSource>,
    actors: Vec<RawActor>,
    event_ids: UniqueIds,
    source_ids: UniqueIds,
    actor_ids: UniqueIds,
    source_by_url: HashMap<String, String>,
    actor_by_name: HashMap<String, String>,
}

/// The most words of a text a made-up title takes.
const TITLE_WORDS: usize = 10;

impl Builder {
    pub(crate) fn new(title: String, description: Option<String>) -> Builder {
        Builder {
            title,
            description,
            events: Vec::new(),
            sources: Vec::new(),
            actors: Vec::new(),
            event_ids: UniqueIds::default(),
            source_ids: UniqueIds::default(),
            actor_ids: UniqueIds::default(),
            source_by_url: HashMap::new(),
            actor_by_name: HashMap::new(),
        }
    }

    /// Adds `event`; a missing title is made from the summary's first words. Returns its id.
    pub(crate) fn add_event(&mut self, event: NewEvent) -> String {
        let title = single_line(&event.title);
        let title = if title.is_empty() {
            first_words(&event.summary, TITLE_WORDS).unwrap_or_else(|| "Untitled event".to_owned())
        } else {
            title
        };
        let id = match event
            .wanted_id
            .as_deref()
            .and_then(|w| self.event_ids.take_exact(w))
        {
            Some(id) => id,
            None => self.event_ids.take_from(&title, "event"),
        };
        let actors = distinct(event.actors.iter().map(|name| self.actor(name)))
            .into_iter()
            .map(|id| RawActorRef { id, role: None })
            .collect();
        let cites = distinct(event.cites.iter().map(|citation| self.source(citation)));
        let tags = distinct(
            event
                .tags
                .iter()
                .map(|t| single_line(t))
                .filter(|t| !t.is_empty()),
        );
        self.events.push(RawEvent {
            id: RawStr::owned(id.clone()),
            date: RawStr::owned(event.date),
            date_text: event.date_text.filter(|t| !t.trim().is_empty()),
            date_basis: DateBasis::Source,
            date_range: DateRange::default(),
            reported: None,
            reported_basis: DateBasis::Source,
            seq: 0,
            title: RawStr::owned(title),
            summary: RawStr::owned(event.summary.trim().to_owned()),
            status: Status::Reported,
            actors,
            tags,
            claims: Vec::new(),
            excerpts: Vec::new(),
            cites,
            related: Vec::new(),
            note: event.note.filter(|n| !n.trim().is_empty()),
        });
        id
    }

    /// The id of the actor named `name`, made on first sight.
    fn actor(&mut self, name: &str) -> String {
        let name = single_line(name);
        if let Some(id) = self.actor_by_name.get(&name) {
            return id.clone();
        }
        let id = self.actor_ids.take_from(&name, "actor");
        self.actors.push(RawActor {
            id: id.clone(),
            name: name.clone(),
            kind: ActorKind::Other,
            role: None,
            aliases: Vec::new(),
            member_of: Vec::new(),
            note: None,
        });
        self.actor_by_name.insert(name, id.clone());
        id
    }

    /// The id of the source at `citation.url`, made on first sight (later titles are ignored).
    fn source(&mut self, citation: &Citation) -> String {
        let url = citation.url.trim().to_owned();
        if let Some(id) = self.source_by_url.get(&url) {
            return id.clone();
        }
        let title = single_line(&citation.title);
        let title = if title.is_empty() { url.clone() } else { title };
        let id = self.source_ids.take_from(&address_name(&url), "source");
        self.sources.push(RawSource {
            id: id.clone(),
            title,
            kind: citation.kind,
            outlet: citation
                .outlet
                .as_deref()
                .map(single_line)
                .filter(|o| !o.is_empty()),
            url: Some(url.clone()),
            published: None,
            text: None,
            note: None,
        });
        self.source_by_url.insert(url, id.clone());
        id
    }

    /// Adds a source with a local text (the imported file itself), cited by every event.
    pub(crate) fn add_file_source(&mut self, source: RawSource) {
        let id = self
            .source_ids
            .take_exact(&source.id)
            .unwrap_or_else(|| self.source_ids.take_from(&source.id, "imported-file"));
        for event in &mut self.events {
            event.cites.insert(0, RawStr::owned(id.clone()));
        }
        self.sources.insert(0, RawSource { id, ..source });
    }

    pub(crate) fn finish(self) -> RawTimeline<'static> {
        RawTimeline {
            format: FORMAT_VERSION,
            title: self.title,
            description: self.description,
            sources: self.sources,
            actors: self.actors,
            events: self.events,
        }
    }
}

/// Each text once, in order of first appearance (linear, however many an event has).
fn distinct(texts: impl Iterator<Item = String>) -> Vec<RawStr<'static>> {
    let mut seen = std::collections::HashSet::new();
    texts
        .filter(|t| seen.insert(t.clone()))
        .map(RawStr::owned)
        .collect()
}

/// Text on one line, its runs of whitespace as one space.
pub(crate) fn single_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first `most` words of `text`'s first line that holds any, with `…` when cut; `None`
/// when it has none.
pub(crate) fn first_words(text: &str, most: usize) -> Option<String> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() <= most {
        Some(words.join(" "))
    } else {
        Some(format!("{}…", words[..most].join(" ")))
    }
}

/// What names a source made from an address: its host and the last part of its path
/// (`en.wikipedia.org/wiki/Ada_Lovelace` → `wikipedia-ada-lovelace`).
fn address_name(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.strip_prefix("mailto:").unwrap_or(rest);
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    let mut pieces = rest.split('/').filter(|p| !p.is_empty());
    let host = pieces.next().unwrap_or("");
    let host = host.trim_start_matches("www.").trim_start_matches("en.");
    let site = host.rsplit('.').nth(1).unwrap_or(host);
    let last = pieces.next_back().unwrap_or("");
    let last = last.rsplit_once('.').map_or(last, |(stem, _)| stem);
    format!("{site} {last}")
}

#[cfg(test)]
#[path = "builder_tests.rs"]
mod tests;
