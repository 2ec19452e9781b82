//! One event in the format's own fields, order and defaults (those of `RawEvent`), serialised
//! straight from the model so that an export of many events copies no text.

use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};

use crate::model::{DateBasis, DateRange, Event, Timeline};

use super::selection::Selection;

pub(super) struct EventOut<'s, 'a> {
    selection: &'s Selection<'a>,
    event: &'a Event,
}

impl<'s, 'a> EventOut<'s, 'a> {
    pub(super) fn new(selection: &'s Selection<'a>, event: &'a Event) -> Self {
        EventOut { selection, event }
    }
}

impl Serialize for EventOut<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (event, timeline) = (self.event, self.selection.timeline);
        let mut out = serializer.serialize_struct("RawEvent", 19)?;
        out.serialize_field("id", event.id())?;
        out.serialize_field("date", event.date_written())?;
        if let Some(text) = event.date_text() {
            out.serialize_field("date_text", text)?;
        }
        if event.date_basis != DateBasis::Source {
            out.serialize_field("date_basis", &event.date_basis)?;
        }
        if event.date_range != DateRange::Spans {
            out.serialize_field("date_range", &event.date_range)?;
        }
        if let Some(reported) = event.reported() {
            out.serialize_field("reported", &reported.edtf())?;
        }
        if event.reported_basis != DateBasis::Source {
            out.serialize_field("reported_basis", &event.reported_basis)?;
        }
        if event.seq != 0 {
            out.serialize_field("seq", &event.seq)?;
        }
        out.serialize_field("title", event.title())?;
        if !event.summary().is_empty() {
            out.serialize_field("summary", event.summary())?;
        }
        out.serialize_field("status", &event.status)?;
        if !event.actors.is_empty() {
            out.serialize_field("actors", &Actors { event, timeline })?;
        }
        if !event.tags.is_empty() {
            out.serialize_field("tags", &event.tags)?;
        }
        if !event.claims().is_empty() {
            out.serialize_field("claims", &Claims { event, timeline })?;
        }
        if !event.excerpts.is_empty() {
            out.serialize_field("excerpts", &Excerpts { event, timeline })?;
        }
        if !event.cites().is_empty() {
            out.serialize_field("cites", &timeline.source_ids(event.cites()))?;
        }
        if self.selection.related(event).next().is_some() {
            out.serialize_field("related", &Related(self))?;
        }
        if let Some(note) = event.note() {
            out.serialize_field("note", note)?;
        }
        out.end()
    }
}

struct Actors<'a> {
    event: &'a Event,
    timeline: &'a Timeline,
}

impl Serialize for Actors<'_> {
    /// Each a bare id, or `{id, role}` when the event gives a role.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_seq(Some(self.event.actors.len()))?;
        for participant in &self.event.actors {
            let id = self.timeline.actor(participant.actor).id.as_str();
            match &participant.role {
                None => out.serialize_element(id)?,
                Some(role) => out.serialize_element(&ActorWithRole { id, role })?,
            }
        }
        out.end()
    }
}

#[derive(serde::Serialize)]
struct ActorWithRole<'a> {
    id: &'a str,
    role: &'a str,
}

struct Claims<'a> {
    event: &'a Event,
    timeline: &'a Timeline,
}

#[derive(serde::Serialize)]
struct ClaimOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    by: Option<&'a str>,
    stance: crate::model::Stance,
    #[serde(skip_serializing_if = "Option::is_none")]
    statement: Option<&'a str>,
    excerpt: &'a str,
}

impl Serialize for Claims<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_seq(Some(self.event.claims().len()))?;
        for claim in self.event.claims() {
            out.serialize_element(&ClaimOut {
                by: claim.by.map(|a| self.timeline.actor(a).id.as_str()),
                stance: claim.stance,
                statement: claim.statement.as_deref(),
                excerpt: self.event.excerpts[claim.excerpt]
                    .id
                    .as_deref()
                    .unwrap_or_default(),
            })?;
        }
        out.end()
    }
}

struct Excerpts<'a> {
    event: &'a Event,
    timeline: &'a Timeline,
}

#[derive(serde::Serialize)]
struct ExcerptOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    source: &'a str,
    quote: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

impl Serialize for Excerpts<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_seq(Some(self.event.excerpts.len()))?;
        for excerpt in &self.event.excerpts {
            out.serialize_element(&ExcerptOut {
                id: excerpt.id.as_deref(),
                source: &self.timeline.source(excerpt.source).id,
                quote: &excerpt.quote,
                note: excerpt.note.as_deref(),
            })?;
        }
        out.end()
    }
}

/// The ids of the related events that are in the export.
struct Related<'o, 's, 'a>(&'o EventOut<'s, 'a>);

impl Serialize for Related<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_seq(None)?;
        for related in self.0.selection.related(self.0.event) {
            out.serialize_element(related.id())?;
        }
        out.end()
    }
}
