//! Which events pass a filter: actors (members included), text, dates, status, claims, tags, sources.

pub mod facts;
mod filters;
pub mod in_words;
mod search_date;
mod search_index;

use std::ops::Range;

use chrono::NaiveDate;

pub use filters::{ClaimFilter, known_by, source_count, source_mark, unverified_mark};
pub use search_date::SearchDate;
pub use search_index::{SearchIndex, normalise_needle};

use crate::model::{ActorIndex, Event, EventIndex, SourceIndex, Status, Timeline};

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
    /// Text to find in titles, summaries, quotes, tags and actor names (see
    /// [`crate::search_fold`]); a query that reads as a date ([`SearchDate`]) finds the events
    /// that may fall on it instead.
    pub text: String,
    /// Only events that may fall in this period (inclusive; open when `None`).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Only events of these statuses (any of them); all when empty.
    pub statuses: Vec<Status>,
    /// Only events where someone asserts or denies.
    pub claims: ClaimFilter,
    /// Only events with one of these tags.
    pub tags: Vec<Box<str>>,
    /// Only events quoting one of these sources.
    pub sources: Vec<SourceIndex>,
    /// Only events whose excerpts all quote one source.
    pub single_source: bool,
    /// Only events a reader could have known of on this day (see [`known_by`]).
    pub as_of: Option<NaiveDate>,
}

impl Query {
    pub fn is_empty(&self) -> bool {
        *self
            == Query {
                text: String::new(),
                actor_match: self.actor_match,
                ..Query::default()
            }
            && self.text.trim().is_empty()
    }

    /// The text to find, folded; empty when the query is a date or blank.
    pub fn needle(&self) -> String {
        match SearchDate::parse(&self.text) {
            Some(_) => String::new(),
            None => normalise_needle(&self.text),
        }
    }

    /// The text to highlight in what is shown: the search, unless it is a date.
    pub fn highlight(&self) -> &str {
        match SearchDate::parse(&self.text) {
            Some(_) => "",
            None => &self.text,
        }
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
    let candidates = text_matches_in(index, &query.needle(), events);
    keep_passing(timeline, index, query, candidates)
}

/// The events of the range `events` whose text contains `needle` (folded), or all of them when
/// it is empty: the text part of a query alone, which [`keep_passing`] completes.
pub fn text_matches_in(index: &SearchIndex, needle: &str, events: Range<usize>) -> Vec<EventIndex> {
    if needle.is_empty() {
        (events.start as u32..events.end as u32).map(EventIndex).collect()
    } else {
        index.matching_in(needle, events)
    }
}

/// The events of `previous` (the result of `before`) that pass `query`. Only valid when `query`
/// narrows `before`: see [`narrows`].
pub fn apply_within(
    timeline: &Timeline,
    index: &SearchIndex,
    query: &Query,
    previous: &[EventIndex],
) -> Vec<EventIndex> {
    let needle = query.needle();
    let candidates = if needle.is_empty() {
        previous.to_vec()
    } else {
        index.matching_within(&needle, previous)
    };
    keep_passing(timeline, index, query, candidates)
}

/// Whether every event passing `after` also passes `before`: each part of `after` at least as
/// strict as the same part of `before`, and search text that extends the earlier text.
pub fn narrows(after: &Query, before: &Query) -> bool {
    fn subset<T: PartialEq>(after: &[T], before: &[T]) -> bool {
        before.is_empty() || (!after.is_empty() && after.iter().all(|x| before.contains(x)))
    }
    // A bound is at least as strict when it is set and no looser than the earlier one.
    let from_within =
        |a: Option<NaiveDate>, b: Option<NaiveDate>| b.is_none_or(|b| a.is_some_and(|a| a >= b));
    let to_within = |a: Option<NaiveDate>, b: Option<NaiveDate>| b.is_none_or(|b| a.is_some_and(|a| a <= b));
    let text_extends = match (SearchDate::parse(&after.text), SearchDate::parse(&before.text)) {
        (None, None) => after.needle().contains(&before.needle()),
        (after_date, before_date) => after_date == before_date,
    };
    after.actors == before.actors
        && after.actor_match == before.actor_match
        && from_within(after.from, before.from)
        && to_within(after.to, before.to)
        && subset(&after.statuses, &before.statuses)
        && (before.claims.is_empty() || after.claims == before.claims)
        && subset(&after.tags, &before.tags)
        && subset(&after.sources, &before.sources)
        && (after.single_source || !before.single_source)
        && to_within(after.as_of, before.as_of)
        && text_extends
}

/// Applies every part of the query but its text to candidates already matching the text.
pub fn keep_passing(
    timeline: &Timeline,
    index: &SearchIndex,
    query: &Query,
    mut candidates: Vec<EventIndex>,
) -> Vec<EventIndex> {
    let checks = filters::EventChecks::new(timeline, query);
    if !checks.is_empty() {
        candidates.retain(|&e| checks.pass(timeline, index, e));
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
