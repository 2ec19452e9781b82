//! What an export holds: the events the filters kept, and the actors and sources they need.

use crate::model::{ActorIndex, Event, EventIndex, SourceIndex, Timeline};

/// The part of a timeline being exported.
pub struct Selection<'a> {
    pub timeline: &'a Timeline,
    /// In timeline order.
    pub events: Vec<EventIndex>,
    /// In the timeline's order: every actor when nothing was filtered out; otherwise those the
    /// kept events name (as participants or claimants) and the bodies they belong to.
    pub actors: Vec<ActorIndex>,
    /// Likewise: every source, or those the kept events quote.
    pub sources: Vec<SourceIndex>,
    kept: Vec<bool>,
}

impl<'a> Selection<'a> {
    /// The whole timeline.
    pub fn whole(timeline: &'a Timeline) -> Self {
        let events = (0..timeline.events.len()).map(|i| EventIndex(i as u32)).collect();
        let mut selection = Selection::of(timeline, events);
        selection.actors = (0..timeline.actors.len()).map(|i| ActorIndex(i as u32)).collect();
        selection.sources = (0..timeline.sources.len())
            .map(|i| SourceIndex(i as u32))
            .collect();
        selection
    }

    /// `events` (in timeline order) with what they refer to.
    pub fn of(timeline: &'a Timeline, events: Vec<EventIndex>) -> Self {
        let mut kept = vec![false; timeline.events.len()];
        let mut actors = vec![false; timeline.actors.len()];
        let mut sources = vec![false; timeline.sources.len()];
        for &index in &events {
            kept[index.0 as usize] = true;
            let event = timeline.event(index);
            let named = event.actors.iter().map(|p| p.actor);
            for actor in named.chain(event.claims().iter().filter_map(|c| c.by)) {
                for body in timeline.groups_of(actor) {
                    actors[body.0 as usize] = true;
                }
            }
            for source in event.sources() {
                sources[source.0 as usize] = true;
            }
        }
        let chosen = |flags: &[bool]| {
            flags
                .iter()
                .enumerate()
                .filter(|(_, on)| **on)
                .map(|(i, _)| i as u32)
                .collect::<Vec<_>>()
        };
        Selection {
            timeline,
            events,
            actors: chosen(&actors).into_iter().map(ActorIndex).collect(),
            sources: chosen(&sources).into_iter().map(SourceIndex).collect(),
            kept,
        }
    }

    /// The selected events, in timeline order.
    pub fn events(&self) -> impl Iterator<Item = &'a Event> + '_ {
        self.events.iter().map(|&i| self.timeline.event(i))
    }

    /// The events `event` is related to that are in the export.
    pub fn related(&self, event: &'a Event) -> impl Iterator<Item = &'a Event> + '_ {
        let timeline = self.timeline;
        event
            .related
            .iter()
            .filter(|r| self.kept[r.0 as usize])
            .map(move |&r| timeline.event(r))
    }

    /// Each `related` link that points outside the export, as `(from id, to id)`.
    pub fn dropped_links(&self) -> Vec<(&'a str, &'a str)> {
        let timeline = self.timeline;
        self.events()
            .flat_map(|event| {
                event
                    .related
                    .iter()
                    .filter(|r| !self.kept[r.0 as usize])
                    .map(move |&r| (event.id(), timeline.event(r).id()))
            })
            .collect()
    }
}
