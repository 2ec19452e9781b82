//! A query in words for the viewer's header: `Actors: China · Dates: 1–31 Mar 2022 · As of 13 Mar 2022`.

use chrono::NaiveDate;

use super::{ActorMatch, Query, SearchDate};
use crate::model::{Stance, Timeline};
use crate::sanitize::sanitize_line;

/// Every active filter in words, `·` between them, or `All events`.
pub fn describe(query: &Query, timeline: &Timeline) -> String {
    let name = |a: crate::model::ActorIndex| sanitize_line(&timeline.actor(a).name).into_owned();
    let mut parts = Vec::new();
    if !query.actors.is_empty() {
        let names: Vec<String> = query.actors.iter().map(|&a| name(a)).collect();
        let joiner = match query.actor_match {
            ActorMatch::Any => " or ",
            ActorMatch::All => " and ",
        };
        parts.push(format!("Actors: {}", names.join(joiner)));
    }
    let search = query.text.trim();
    if !search.is_empty() {
        let kind = if SearchDate::parse(search).is_some() {
            " (a date)"
        } else {
            ""
        };
        parts.push(format!("Search: \"{}\"{kind}", sanitize_line(search)));
    }
    if let Some(period) = period(query.from, query.to) {
        parts.push(format!("Dates: {period}"));
    }
    if !query.statuses.is_empty() {
        let names: Vec<&str> = query.statuses.iter().map(|s| s.name()).collect();
        parts.push(format!("Status: {}", names.join(" or ")));
    }
    if !query.claims.is_empty() {
        let who = match query.claims.by.as_slice() {
            [] => "anyone".to_owned(),
            by => by.iter().map(|&a| name(a)).collect::<Vec<_>>().join(" or "),
        };
        let verb = match query.claims.stance {
            None => "asserts or denies",
            Some(Stance::Asserts) => "asserts",
            Some(Stance::Denies) => "denies",
        };
        parts.push(format!("Claims: {who} {verb}"));
    }
    if !query.tags.is_empty() {
        let tags: Vec<String> = query
            .tags
            .iter()
            .map(|t| format!("#{}", sanitize_line(t)))
            .collect();
        parts.push(format!("Tags: {}", tags.join(" or ")));
    }
    if !query.sources.is_empty() {
        let ids: Vec<&str> = query
            .sources
            .iter()
            .map(|&s| timeline.source(s).id.as_str())
            .collect();
        parts.push(format!("Sources: {}", ids.join(" or ")));
    }
    if query.single_source {
        parts.push("Single-source events".to_owned());
    }
    if let Some(day) = query.as_of {
        parts.push(format!("As of {}: what was known then", day_text(day)));
    }
    if parts.is_empty() {
        "All events".to_owned()
    } else {
        parts.join(" · ")
    }
}

/// `13 Mar 2022`, `1 Feb 2022 – 31 Mar 2022`, `from 1 Mar 2022`, `up to 31 Dec 2021`.
fn period(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Option<String> {
    match (from, to) {
        (None, None) => None,
        (Some(from), Some(to)) if from == to => Some(day_text(from)),
        (Some(from), Some(to)) => Some(format!("{} – {}", day_text(from), day_text(to))),
        (Some(from), None) => Some(format!("from {}", day_text(from))),
        (None, Some(to)) => Some(format!("up to {}", day_text(to))),
    }
}

fn day_text(day: NaiveDate) -> String {
    day.format("%-d %b %Y").to_string()
}
