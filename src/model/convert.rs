//! Turns parsed documents into a checked [`Timeline`], collecting every problem on the way.

use std::collections::{HashMap, HashSet};

use super::check::Checker;
use super::date::{EventDate, parse_event_date};
use super::diagnostic::{Finding, NodePath};
use super::kinds::Status;
use super::quotes::FoldedText;
use super::raw::{RawActor, RawEvent, RawSource, RawTimeline};
use super::timeline::{Actor, ActorIndex, Event, EventIndex, Source, SourceIndex, Timeline};

/// Reads source texts named in a document, relative to that document.
pub trait SourceTexts {
    /// The text of the file at `path` as written in the timeline, or a message saying why not.
    fn read(&self, path: &str) -> Result<String, ReadError>;
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    pub message: String,
    pub hint: Option<String>,
    /// The 1-based line and column of the problem, when it is at one place (a bad byte).
    pub at: Option<(usize, usize)>,
}

/// One parsed input file.
pub struct Document<'a> {
    pub raw: RawTimeline,
    pub texts: &'a dyn SourceTexts,
}

/// What conversion produced: the timeline is only meaningful when no finding is an error.
pub struct Converted {
    pub timeline: Timeline,
    pub findings: Vec<Finding>,
    /// Time spent finding quotes in their sources (part of the whole conversion).
    pub quote_time: std::time::Duration,
}

/// The timeline built from all documents, and everything found wrong or doubtful on the way.
pub fn convert(documents: Vec<Document<'_>>) -> Converted {
    let mut builder = Builder::default();
    let title = documents.first().map(|d| d.raw.title.clone()).unwrap_or_default();
    let description = documents.first().and_then(|d| d.raw.description.clone());
    let mut raw_events = Vec::new();
    let mut raw_actors = Vec::new();
    for (file, document) in documents.into_iter().enumerate() {
        let raw = document.raw;
        builder
            .check
            .header(file, raw.format, &raw.title, raw.description.as_deref());
        for (i, source) in raw.sources.into_iter().enumerate() {
            builder.add_source(file, i, source, document.texts);
        }
        raw_actors.extend(raw.actors.into_iter().enumerate().map(|(i, a)| (file, i, a)));
        raw_events.extend(raw.events.into_iter().enumerate().map(|(i, e)| (file, i, e)));
    }
    builder.add_actors(raw_actors);
    for (file, i, event) in raw_events {
        builder.add_event(file, i, event);
    }
    builder.finish(title, description)
}

#[derive(Default)]
struct Builder {
    check: Checker,
    sources: Vec<Source>,
    folded: Vec<Option<FoldedText>>,
    source_ids: HashMap<String, SourceIndex>,
    actors: Vec<Actor>,
    actor_ids: HashMap<String, ActorIndex>,
    events: Vec<PendingEvent>,
}

/// An event before sorting, with its `related` ids still unresolved.
struct PendingEvent {
    event: Event,
    file: usize,
    path: NodePath,
    related: Vec<String>,
    /// For each excerpt of `event`, its index among the file's excerpts of this event.
    raw_excerpt_index: Vec<usize>,
}

impl Builder {
    fn add_source(&mut self, file: usize, i: usize, raw: RawSource, texts: &dyn SourceTexts) {
        let path = NodePath::root().key("sources").index(i);
        self.check.id(
            file,
            &path,
            "source",
            &raw.id,
            &mut self.source_ids,
            SourceIndex(self.sources.len() as u32),
        );
        self.check.display_text(file, &path.key("title"), &raw.title);
        let published = raw
            .published
            .as_deref()
            .and_then(|d| self.check.date(file, &path.key("published"), d));
        let text = match texts.read(&raw.text) {
            Ok(text) => {
                self.check.display_text(file, &path.key("text"), &text);
                Some(text)
            }
            Err(e) => {
                self.check.error(file, &path.key("text"), e.message, e.hint);
                None
            }
        };
        self.folded.push(text.as_deref().map(FoldedText::new));
        self.sources.push(Source {
            id: raw.id,
            title: raw.title,
            kind: raw.kind,
            outlet: raw.outlet,
            url: raw.url,
            published,
            text_path: raw.text,
            text: text.unwrap_or_default(),
            note: raw.note,
        });
    }

    fn add_actors(&mut self, raw_actors: Vec<(usize, usize, RawActor)>) {
        for (file, i, raw) in &raw_actors {
            let path = NodePath::root().key("actors").index(*i);
            let index = ActorIndex(self.actors.len() as u32);
            self.check
                .id(*file, &path, "actor", &raw.id, &mut self.actor_ids, index);
            self.check.display_text(*file, &path.key("name"), &raw.name);
            self.actors.push(Actor {
                id: raw.id.clone(),
                name: raw.name.clone(),
                kind: raw.kind,
                role: raw.role.clone(),
                aliases: raw.aliases.clone(),
                member_of: Vec::new(),
                note: raw.note.clone(),
            });
        }
        for (position, (file, i, raw)) in raw_actors.iter().enumerate() {
            let path = NodePath::root().key("actors").index(*i).key("member_of");
            let groups = raw.member_of.iter().enumerate().filter_map(|(j, id)| {
                self.check
                    .reference(*file, &path.index(j), "actor", id, &self.actor_ids)
            });
            self.actors[position].member_of = groups.collect();
        }
        let places: Vec<(usize, NodePath)> = raw_actors
            .iter()
            .map(|(file, i, _)| (*file, NodePath::root().key("actors").index(*i).key("member_of")))
            .collect();
        self.check.membership_cycles(&self.actors, &places);
    }

    fn add_event(&mut self, file: usize, i: usize, raw: RawEvent) {
        let path = NodePath::root().key("events").index(i);
        self.check.slug(file, &path, "event", &raw.id);
        for (key, text) in [("title", &raw.title), ("summary", &raw.summary)] {
            self.check.display_text(file, &path.key(key), text);
        }
        if raw.title.trim().is_empty() {
            self.check.error(
                file,
                &path.key("title"),
                "the event has an empty title".into(),
                None,
            );
        }
        let date = self.check.date(file, &path.key("date"), &raw.date);
        let reported = raw
            .reported
            .as_deref()
            .and_then(|d| self.check.date(file, &path.key("reported"), d));
        // Scheduled events are announced before they happen; others are not known in advance.
        if let (Some(date), Some(reported), false) = (date, reported, raw.status == Status::Scheduled) {
            self.check
                .reported_after(file, &path.key("reported"), &date, &reported);
        }
        let actors = self.check.participants(file, &path, &raw.actors, &self.actor_ids);
        let (raw_excerpt_index, excerpts): (Vec<usize>, Vec<_>) = self
            .check
            .excerpts(file, &path, &raw.excerpts, &self.source_ids)
            .into_iter()
            .unzip();
        let claims = self
            .check
            .claims(file, &path, &raw.claims, &raw.excerpts, &self.actor_ids);
        let event = Event {
            id: raw.id,
            date: date.unwrap_or(EventDate::Point(placeholder_point())),
            date_written: raw.date,
            date_text: raw.date_text,
            date_basis: raw.date_basis,
            reported,
            seq: raw.seq,
            title: raw.title,
            summary: raw.summary,
            status: raw.status,
            actors,
            tags: raw.tags,
            claims,
            excerpts,
            related: Vec::new(),
            note: raw.note,
        };
        self.events.push(PendingEvent {
            event,
            file,
            path,
            related: raw.related,
            raw_excerpt_index,
        });
    }

    /// Finds every quote in its source, one pass over each source text for all its quotes.
    fn verify_quotes(&mut self) {
        let mut by_source: Vec<Vec<(usize, usize)>> = vec![Vec::new(); self.sources.len()];
        for (e, pending) in self.events.iter().enumerate() {
            for (x, excerpt) in pending.event.excerpts.iter().enumerate() {
                by_source[excerpt.source.0 as usize].push((e, x));
            }
        }
        for (source, wanted) in by_source.iter().enumerate() {
            let Some(text) = &self.folded[source] else {
                continue; // The unreadable text has its own error.
            };
            let quotes: Vec<&str> = wanted
                .iter()
                .map(|&(e, x)| self.events[e].event.excerpts[x].quote.as_str())
                .collect();
            let spans = text.find_all(&quotes);
            for (&(e, x), span) in wanted.iter().zip(spans) {
                let pending = &mut self.events[e];
                match span {
                    Some(span) => pending.event.excerpts[x].span = span,
                    None => {
                        let path = pending
                            .path
                            .key("excerpts")
                            .index(pending.raw_excerpt_index[x])
                            .key("quote");
                        let excerpt = &pending.event.excerpts[x];
                        let source_id = &self.sources[excerpt.source.0 as usize].id;
                        self.check
                            .quote_not_found(pending.file, &path, source_id, &excerpt.quote);
                    }
                }
            }
        }
    }

    /// Reports event ids used twice, at the later one in file order.
    fn check_event_ids(&mut self) {
        let mut seen: HashSet<&str> = HashSet::with_capacity(self.events.len());
        for pending in &self.events {
            if !seen.insert(pending.event.id.as_str()) {
                self.check
                    .duplicate_id(pending.file, &pending.path, "event", &pending.event.id);
            }
        }
    }

    fn finish(mut self, title: String, description: Option<String>) -> Converted {
        self.check_event_ids();
        let started = std::time::Instant::now();
        self.verify_quotes();
        let quote_time = started.elapsed();
        self.events.sort_by(|a, b| {
            a.event
                .date
                .timeline_cmp(&b.event.date)
                .then(a.event.seq.cmp(&b.event.seq))
        });
        let order: HashMap<&str, EventIndex> = self
            .events
            .iter()
            .enumerate()
            .map(|(i, p)| (p.event.id.as_str(), EventIndex(i as u32)))
            .collect();
        let related: Vec<Vec<EventIndex>> = self
            .events
            .iter()
            .map(|p| {
                self.check
                    .related(p.file, &p.path, &p.event.id, &p.related, &order)
            })
            .collect();
        // Collected into a new vector: reusing the pending events' larger allocation in place
        // would keep twice the memory for as long as the timeline lives.
        let mut events = Vec::with_capacity(self.events.len());
        events.extend(
            self.events
                .into_iter()
                .zip(related)
                .map(|(p, related)| Event { related, ..p.event }),
        );
        let timeline = Timeline {
            title,
            description,
            sources: self.sources,
            actors: self.actors,
            events,
        };
        Converted {
            timeline,
            findings: self.check.into_findings(),
            quote_time,
        }
    }
}

/// Stands in for a date that failed to parse; the error finding keeps the timeline from use.
fn placeholder_point() -> super::date::DatePoint {
    match parse_event_date("1970") {
        Ok(EventDate::Point(p)) => p,
        _ => unreachable!("1970 is a valid year"),
    }
}
