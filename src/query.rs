//! Which events pass a filter: by actor (members included), by text, and by date.

use chrono::NaiveDate;

use crate::model::{ActorIndex, Event, EventIndex, Timeline};

/// How several selected actors combine.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ActorMatch {
    /// An event passes when it involves any selected actor.
    #[default]
    Any,
    /// An event passes only when it involves every selected actor.
    All,
}

/// A filter over a timeline. The default passes every event.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Selected actors; each also matches its members (China matches Xi Jinping).
    pub actors: Vec<ActorIndex>,
    pub actor_match: ActorMatch,
    /// Case-insensitive text to find in titles, summaries, quotes and actor names.
    pub text: String,
    /// Only events that overlap this period (inclusive; open when `None`).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Query {
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty() && self.text.trim().is_empty() && self.from.is_none() && self.to.is_none()
    }
}

/// The events that pass `query`, in timeline order.
pub fn apply(timeline: &Timeline, query: &Query) -> Vec<EventIndex> {
    let groups: Vec<Vec<bool>> = query.actors.iter().map(|&a| timeline.members_of(a)).collect();
    let needle = query.text.trim().to_lowercase();
    timeline
        .events
        .iter()
        .enumerate()
        .filter(|(_, event)| event.date.overlaps(query.from, query.to))
        .filter(|(_, event)| involves(event, &groups, query.actor_match))
        .filter(|(_, event)| needle.is_empty() || mentions(timeline, event, &needle))
        .map(|(i, _)| EventIndex(i as u32))
        .collect()
}

/// Whether the event involves the selected groups (`groups[g][actor]` marks a group's members).
fn involves(event: &Event, groups: &[Vec<bool>], how: ActorMatch) -> bool {
    let in_group = |group: &Vec<bool>| event.actors.iter().any(|p| group[p.actor.0 as usize]);
    match how {
        _ if groups.is_empty() => true,
        ActorMatch::Any => groups.iter().any(in_group),
        ActorMatch::All => groups.iter().all(in_group),
    }
}

/// Whether the lowercase `needle` occurs in the event's searchable text.
fn mentions(timeline: &Timeline, event: &Event, needle: &str) -> bool {
    let found = |text: &str| text.to_lowercase().contains(needle);
    found(&event.title)
        || found(&event.summary)
        || event.excerpts.iter().any(|e| found(&e.quote))
        || event.actors.iter().any(|p| {
            let actor = timeline.actor(p.actor);
            found(&actor.name) || actor.aliases.iter().any(|a| found(a))
        })
}
