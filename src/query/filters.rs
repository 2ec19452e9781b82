//! The filters besides text: dates, status, claims, tags, sources, single source, and "as of".

use chrono::NaiveDate;

use super::facts::{Period, day_number};
use super::search_date::SearchDate;
use super::{Query, SearchIndex};
use crate::model::{ActorIndex, Event, EventIndex, SourceIndex, Stance, Timeline};

/// Who asserts or denies: events with a claim by one of `by` (or one of their members), of
/// `stance`. Either part may be left open; both open is no filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimFilter {
    pub by: Vec<ActorIndex>,
    pub stance: Option<Stance>,
}

impl ClaimFilter {
    pub fn is_empty(&self) -> bool {
        self.by.is_empty() && self.stance.is_none()
    }
}

/// The parts of a query checked event by event, made ready once per pass.
pub(super) struct EventChecks<'q> {
    query: &'q Query,
    /// For each actor of `claims.by`, which actors count as it (itself and its members).
    claimants: Vec<Vec<bool>>,
    search_date: Option<SearchDate>,
    period: Option<Period>,
    as_of: Option<i32>,
    /// Whether a check needs more of the event than its [`Facts`].
    reads_event: bool,
}

impl<'q> EventChecks<'q> {
    pub(super) fn new(timeline: &Timeline, query: &'q Query) -> Self {
        let search_date = SearchDate::parse(&query.text);
        EventChecks {
            query,
            claimants: query.claims.by.iter().map(|&a| timeline.members_of(a)).collect(),
            search_date,
            period: (query.from.is_some() || query.to.is_some()).then(|| Period::new(query.from, query.to)),
            as_of: query.as_of.map(day_number),
            reads_event: !query.claims.is_empty()
                || !query.tags.is_empty()
                || !query.sources.is_empty()
                || query.single_source
                || search_date.is_some(),
        }
    }

    /// Whether nothing is checked event by event.
    pub(super) fn is_empty(&self) -> bool {
        let q = self.query;
        q.from.is_none()
            && q.to.is_none()
            && q.statuses.is_empty()
            && q.claims.is_empty()
            && q.tags.is_empty()
            && q.sources.is_empty()
            && !q.single_source
            && q.as_of.is_none()
            && self.search_date.is_none()
    }

    /// Whether the event passes every check: first those its packed [`Facts`] answer, then,
    /// only for the events left and only when needed, those that read the event itself.
    pub(super) fn pass(&self, timeline: &Timeline, index: &SearchIndex, event: EventIndex) -> bool {
        let q = self.query;
        let facts = index.facts(event);
        let by_facts = (q.statuses.is_empty() || q.statuses.contains(&facts.status()))
            && self.as_of.is_none_or(|day| facts.known_by(day))
            && self.period.is_none_or(|period| facts.may_fall_in(&period))
            && (q.claims.is_empty() || facts.has_claims());
        if !by_facts || !self.reads_event {
            return by_facts;
        }
        let event = timeline.event(event);
        (q.claims.is_empty() || self.has_claim(event))
            && (q.tags.is_empty() || event.tags.iter().any(|t| q.tags.iter().any(|w| **w == **t)))
            && (q.sources.is_empty() || rests_on(event, &q.sources))
            && (!q.single_source || source_count(event) == 1)
            && self.search_date.is_none_or(|date| date.may_include(event))
    }

    fn has_claim(&self, event: &Event) -> bool {
        event.claims().iter().any(|claim| {
            let by_one_of = self.claimants.is_empty()
                || claim
                    .by
                    .is_some_and(|a| self.claimants.iter().any(|members| members[a.0 as usize]));
            by_one_of && self.query.claims.stance.is_none_or(|s| claim.stance == s)
        })
    }
}

/// Whether the event quotes or cites one of `sources`.
fn rests_on(event: &Event, sources: &[SourceIndex]) -> bool {
    event.sources().any(|s| sources.contains(&s))
}

/// How many different sources the event's excerpts quote or it cites.
pub fn source_count(event: &Event) -> usize {
    let mut sources = event.sources();
    let Some(first) = sources.next() else {
        return 0;
    };
    let mut seen = vec![first];
    for source in sources {
        if !seen.contains(&source) {
            seen.push(source);
        }
    }
    seen.len()
}

/// The listings' mark of how many sources back the event: `¹` one, `⁰` none, a space for several.
/// Listings show it only for timelines of several sources, where it tells something.
pub fn source_mark(event: &Event) -> &'static str {
    match source_count(event) {
        0 => "⁰",
        1 => "¹",
        _ => " ",
    }
}

/// The listings' mark of an event resting on something unverified: `°` when one of its
/// excerpts quotes, or it cites, a source known only by its URL. Listings show it (or a space) only for timelines with such
/// sources, which `timeline.has_linked_sources()` tells once for all rows.
pub fn unverified_mark(timeline: &Timeline, event: &Event) -> &'static str {
    match event.sources().any(|s| !timeline.source(s).has_text()) {
        true => "°",
        false => " ",
    }
}

/// Whether a reader on `day` could have known of the event: it was reported (or, with no
/// `reported` date, dated) on or before that day. A date counts from the day it sorts by: its
/// start, or for `../2022-02-20` ("on or before") its known end.
pub fn known_by(event: &Event, day: NaiveDate) -> bool {
    event.reported().unwrap_or(event.date).sort_day() <= day
}
