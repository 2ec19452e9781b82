//! Which events pass a filter: by actor (members included), by text, and by date.

mod search_index;

use std::ops::Range;

use chrono::NaiveDate;

pub use search_index::{SearchIndex, normalise_needle};

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
pub fn apply(timeline: &Timeline, index: &SearchIndex, query: &Query) -> Vec<EventIndex> {
    apply_in(timeline, index, query, 0..timeline.events.len())
}

/// The events of the range `events` that pass `query`, in order: one slice of [`apply`].
pub fn apply_in(
    timeline: &Timeline,
    index: &SearchIndex,
    query: &Query,
    events: Range<usize>,
) -> Vec<EventIndex> {
    let needle = normalise_needle(&query.text);
    let candidates = if needle.is_empty() {
        (events.start as u32..events.end as u32).map(EventIndex).collect()
    } else {
        index.matching_in(&needle, events)
    };
    keep_passing(timeline, index, query, candidates)
}

/// The events of `previous` (the result of `before`) that pass `query`. Only valid when `query`
/// narrows `before`: see [`narrows`].
pub fn apply_within(
    timeline: &Timeline,
    index: &SearchIndex,
    query: &Query,
    previous: &[EventIndex],
) -> Vec<EventIndex> {
    let needle = normalise_needle(&query.text);
    let candidates = if needle.is_empty() {
        previous.to_vec()
    } else {
        index.matching_within(&needle, previous)
    };
    keep_passing(timeline, index, query, candidates)
}

/// Whether every event passing `after` also passes `before`: the same actors and dates, and
/// search text that extends the earlier text.
pub fn narrows(after: &Query, before: &Query) -> bool {
    after.actors == before.actors
        && after.actor_match == before.actor_match
        && after.from == before.from
        && after.to == before.to
        && normalise_needle(&after.text).contains(&normalise_needle(&before.text))
}

/// Applies the actor and date parts of the query to candidates already matching its text.
fn keep_passing(
    timeline: &Timeline,
    index: &SearchIndex,
    query: &Query,
    mut candidates: Vec<EventIndex>,
) -> Vec<EventIndex> {
    if query.from.is_some() || query.to.is_some() {
        candidates.retain(|&e| timeline.event(e).in_period(query.from, query.to).is_some());
    }
    if query.actors.is_empty() {
        return candidates;
    }
    let groups: Vec<Vec<bool>> = query.actors.iter().map(|&a| timeline.members_of(a)).collect();
    let masks: Vec<u64> = groups.iter().map(|g| group_bits(g)).collect();
    candidates.retain(|&e| match index.actor_bits(e) {
        Some(bits) => match query.actor_match {
            ActorMatch::Any => masks.iter().any(|m| bits & m != 0),
            ActorMatch::All => masks.iter().all(|m| bits & m != 0),
        },
        None => involves(timeline.event(e), &groups, query.actor_match),
    });
    candidates
}

/// A group's members as bits (meaningful for timelines of at most 64 actors).
fn group_bits(members: &[bool]) -> u64 {
    members
        .iter()
        .enumerate()
        .take(64)
        .filter(|(_, m)| **m)
        .fold(0, |bits, (i, _)| bits | 1 << i)
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

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
