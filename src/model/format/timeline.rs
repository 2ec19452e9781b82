//! The checked timeline: sources with their texts, actors, and events in timeline order.

use std::ops::Range;

use crate::model::format::date::EventDate;
use crate::model::format::date_meaning::{DateMeaning, DateRange, PeriodMatch};
use crate::model::format::event_text::EventText;
use crate::model::format::kinds::{ActorKind, SourceKind, Stance, Status};
pub use crate::model::format::raw::DateBasis;

/// Index of an actor in [`Timeline::actors`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ActorIndex(pub u32);

/// Index of a source in [`Timeline::sources`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SourceIndex(pub u32);

/// Index of an event in [`Timeline::events`] (which are in timeline order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventIndex(pub u32);

#[derive(Debug, Clone)]
pub struct Timeline {
    pub title: String,
    pub description: Option<String>,
    pub sources: Vec<Source>,
    pub actors: Vec<Actor>,
    /// In timeline order: by date, coarser precision first, then `seq`, then file order.
    pub events: Vec<Event>,
}

#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub kind: SourceKind,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<EventDate>,
    /// The path of the text file as written in the timeline; `None` for a source known only by
    /// its URL.
    pub text_path: Option<String>,
    /// The full text, exactly as read; empty when the source has no local text.
    pub text: String,
    pub note: Option<String>,
}

impl Source {
    /// Whether the source's full text is kept beside the timeline (else only its URL is known).
    pub fn has_text(&self) -> bool {
        self.text_path.is_some()
    }
}

#[derive(Debug, Clone)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    /// The actors this one belongs to directly (Xi Jinping → China).
    pub member_of: Vec<ActorIndex>,
    pub note: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Event {
    /// The id, the date as written, the title and the summary: see the accessors below.
    pub(crate) text: EventText,
    pub date: EventDate,
    pub date_basis: DateBasis,
    /// Whether a closed range is lasted through or is a window the event fell in.
    pub date_range: DateRange,
    pub reported_basis: DateBasis,
    pub seq: i64,
    pub status: Status,
    // Lists and texts are boxed: fixed once loaded, with no spare capacity or width kept for a
    // million events.
    pub actors: Box<[Participant]>,
    pub tags: Box<[Box<str>]>,
    pub excerpts: Box<[Excerpt]>,
    pub related: Box<[EventIndex]>,
    /// The date's own words, claims and note: one pointer for the many events without them.
    pub(crate) extras: Option<Box<EventExtras>>,
}

/// The parts of an event that most events leave out.
#[derive(Debug, Clone, Default)]
pub(crate) struct EventExtras {
    pub date_text: Option<Box<str>>,
    /// When the news broke (`reported`), kept here because most events have none.
    pub reported: Option<EventDate>,
    pub claims: Box<[Claim]>,
    /// Sources the event rests on without quoting them.
    pub cites: Box<[SourceIndex]>,
    pub note: Option<Box<str>>,
}

impl EventExtras {
    /// `None` when there is nothing to keep.
    pub(crate) fn boxed(self) -> Option<Box<EventExtras>> {
        let empty = self.date_text.is_none()
            && self.reported.is_none()
            && self.claims.is_empty()
            && self.cites.is_empty()
            && self.note.is_none();
        (!empty).then(|| Box::new(self))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub actor: ActorIndex,
    pub role: Option<Box<str>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// `None` for unattributed reports.
    pub by: Option<ActorIndex>,
    pub stance: Stance,
    pub statement: Option<Box<str>>,
    /// Index into the event's `excerpts`.
    pub excerpt: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    pub id: Option<Box<str>>,
    pub source: SourceIndex,
    pub quote: Box<str>,
    /// Where the quote sits in the source text (bytes of the original text).
    pub span: Range<usize>,
    pub note: Option<Box<str>>,
}

impl Event {
    pub fn id(&self) -> &str {
        self.text.id()
    }

    /// The date string as written in the file (`2021-11`).
    pub fn date_written(&self) -> &str {
        self.text.date_written()
    }

    pub fn title(&self) -> &str {
        self.text.title()
    }

    pub fn summary(&self) -> &str {
        self.text.summary()
    }

    /// The source's own words for the date (`March 13`).
    pub fn date_text(&self) -> Option<&str> {
        self.extras.as_ref()?.date_text.as_deref()
    }

    /// Who asserts, denies or reports the event, each backed by one of its excerpts.
    pub fn claims(&self) -> &[Claim] {
        self.extras.as_ref().map_or(&[], |extras| &extras.claims)
    }

    /// Sources the event rests on without quoting them (a linked page, a photo).
    pub fn cites(&self) -> &[SourceIndex] {
        self.extras.as_ref().map_or(&[], |extras| &extras.cites)
    }

    /// Every source the event rests on: those its excerpts quote, in order, then those it cites
    /// (a source may come more than once).
    pub fn sources(&self) -> impl Iterator<Item = SourceIndex> + '_ {
        let quoted = self.excerpts.iter().map(|x| x.source);
        quoted.chain(self.cites().iter().copied())
    }

    pub fn note(&self) -> Option<&str> {
        self.extras.as_ref()?.note.as_deref()
    }

    /// When the news broke (`reported`), if the file says.
    pub fn reported(&self) -> Option<EventDate> {
        self.extras.as_ref()?.reported
    }

    /// The date with its range meaning; shown as `between 24 Feb and 13 Mar 2022` for a window.
    pub fn date_meaning(&self) -> DateMeaning {
        DateMeaning {
            date: self.date,
            range: self.date_range,
        }
    }

    /// The date as listings show it, short, with the mark of a basis other than the sources
    /// (`≤ 20 Feb 2022†`, `in 24 Feb – 14 Mar 2022*`).
    pub fn date_label(&self) -> String {
        format!("{}{}", self.date_meaning().short(), self.date_basis.mark())
    }

    /// Whether the event may fall within `[from, to]`, and how surely.
    pub fn in_period(
        &self,
        from: Option<chrono::NaiveDate>,
        to: Option<chrono::NaiveDate>,
    ) -> Option<PeriodMatch> {
        self.date_meaning().in_period(from, to)
    }
}

impl Timeline {
    pub fn actor(&self, index: ActorIndex) -> &Actor {
        &self.actors[index.0 as usize]
    }

    pub fn source(&self, index: SourceIndex) -> &Source {
        &self.sources[index.0 as usize]
    }

    /// Whether some source is known only by its URL, so that some excerpts may be unverified.
    pub fn has_linked_sources(&self) -> bool {
        self.sources.iter().any(|s| !s.has_text())
    }

    /// Whether an excerpt's quote was checked against its source's text: not when the source is
    /// known only by its URL.
    /// The ids of `sources`, as files and listings write them (`cites: [photo, wire]`).
    pub fn source_ids(&self, sources: &[SourceIndex]) -> Vec<&str> {
        sources.iter().map(|&s| self.source(s).id.as_str()).collect()
    }

    pub fn is_verified(&self, excerpt: &Excerpt) -> bool {
        self.source(excerpt.source).has_text()
    }

    pub fn event(&self, index: EventIndex) -> &Event {
        &self.events[index.0 as usize]
    }

    pub fn actor_index(&self, id: &str) -> Option<ActorIndex> {
        self.actors
            .iter()
            .position(|a| a.id == id)
            .map(|i| ActorIndex(i as u32))
    }

    pub fn event_index(&self, id: &str) -> Option<EventIndex> {
        self.events
            .iter()
            .position(|e| e.id() == id)
            .map(|i| EventIndex(i as u32))
    }

    /// For each actor, whether it is `group` or belongs to it, directly or through other actors.
    pub fn members_of(&self, group: ActorIndex) -> Vec<bool> {
        (0..self.actors.len())
            .map(|i| self.groups_of(ActorIndex(i as u32)).contains(&group))
            .collect()
    }

    /// Whether `actor` is `group` or a (transitive) member of it.
    pub fn belongs_to(&self, actor: ActorIndex, group: ActorIndex) -> bool {
        self.groups_of(actor).contains(&group)
    }

    /// The actor itself and every body it belongs to, directly or through others, each once.
    pub fn groups_of(&self, actor: ActorIndex) -> Vec<ActorIndex> {
        let mut groups = vec![actor];
        let mut next = 0;
        while let Some(&current) = groups.get(next) {
            next += 1;
            for &group in &self.actor(current).member_of {
                if !groups.contains(&group) {
                    groups.push(group);
                }
            }
        }
        groups
    }
}
