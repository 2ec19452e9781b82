//! The filter flags of the viewer and `list`, resolved against a timeline into a query.

use chrono::NaiveDate;

use crate::app::OpenAt;
use crate::model::{ActorIndex, SourceIndex, Stance, Status, Timeline, parse_event_date};
use crate::query::{ActorMatch, ClaimFilter, Query, SearchDate};
use crate::sanitize::sanitize_line;

use super::args::{FilterArgs, StanceArg};

/// Turns the filter flags into a query, or a usage message naming the flag and the value.
pub(super) fn build_query(args: &FilterArgs, timeline: &Timeline) -> Result<Query, String> {
    let mut query = Query {
        actor_match: if args.all_actors {
            ActorMatch::All
        } else {
            ActorMatch::Any
        },
        text: args.search.clone().unwrap_or_default(),
        actors: resolve_actors(&args.actors, timeline)?,
        statuses: args
            .statuses
            .iter()
            .map(|s| resolve_status(s))
            .collect::<Result<_, _>>()?,
        claims: ClaimFilter {
            by: resolve_actors(&args.claim_by, timeline)?,
            stance: args.stance.map(|s| match s {
                StanceArg::Asserts => Stance::Asserts,
                StanceArg::Denies => Stance::Denies,
            }),
        },
        tags: args
            .tags
            .iter()
            .map(|t| resolve_tag(t, timeline))
            .collect::<Result<_, _>>()?,
        sources: args
            .sources
            .iter()
            .map(|s| resolve_source(s, timeline))
            .collect::<Result<_, _>>()?,
        single_source: args.single_source,
        ..Query::default()
    };
    query.from = date_flag("from", &args.from)?.and_then(|(first, _)| first);
    query.to = date_flag("to", &args.to)?.and_then(|(_, last)| last);
    query.as_of = date_flag("as-of", &args.as_of)?.and_then(|(_, last)| last);
    if let (Some(from), Some(to)) = (query.from, query.to)
        && from > to
    {
        let (from, to) = (
            args.from.as_deref().unwrap_or(""),
            args.to.as_deref().unwrap_or(""),
        );
        return Err(format!(
            "--from {} comes after --to {}: the period is empty; swap them",
            sanitize_line(from),
            sanitize_line(to)
        ));
    }
    Ok(query)
}

/// A date flag's first and last day (either open), or a message naming the flag.
#[allow(clippy::type_complexity)]
fn date_flag(
    flag: &str,
    text: &Option<String>,
) -> Result<Option<(Option<NaiveDate>, Option<NaiveDate>)>, String> {
    let Some(text) = text else { return Ok(None) };
    let date =
        parse_event_date(text).map_err(|e| format!("--{flag} {}: {}", sanitize_line(text), e.message))?;
    Ok(Some((date.first_day(), date.last_day())))
}

fn resolve_status(name: &str) -> Result<Status, String> {
    let wanted = name.trim().to_lowercase();
    Status::ALL
        .iter()
        .copied()
        .find(|s| s.name() == wanted)
        .ok_or_else(|| {
            let all: Vec<&str> = Status::ALL.iter().map(|s| s.name()).collect();
            match crate::model::closest_id(&wanted, all.iter().copied()) {
                Some(best) => format!("unknown status `{}`; did you mean `{best}`?", sanitize_line(name)),
                None => format!(
                    "unknown status `{}`; the statuses are: {}",
                    sanitize_line(name),
                    all.join(", ")
                ),
            }
        })
}

/// A tag as the timeline spells it, found in any case.
fn resolve_tag(name: &str, timeline: &Timeline) -> Result<Box<str>, String> {
    let wanted = crate::search_fold::fold_query(name);
    let mut tags: Vec<&str> = timeline
        .events
        .iter()
        .flat_map(|e| e.tags.iter().map(|t| &**t))
        .collect();
    tags.sort_unstable();
    tags.dedup();
    if let Some(found) = tags.iter().find(|t| crate::search_fold::fold_query(t) == wanted) {
        return Ok((*found).into());
    }
    Err(match crate::model::closest_id(name, tags.iter().copied()) {
        Some(best) => format!("unknown tag `{}`; did you mean `{best}`?", sanitize_line(name)),
        None => format!("no event has the tag `{}`", sanitize_line(name)),
    })
}

/// A source by its id, or by its title or outlet in any case when only one source has it.
fn resolve_source(name: &str, timeline: &Timeline) -> Result<SourceIndex, String> {
    let index = |i: usize| SourceIndex(i as u32);
    if let Some(i) = timeline.sources.iter().position(|s| s.id == name) {
        return Ok(index(i));
    }
    let wanted = crate::search_fold::fold_query(name);
    let folded = |text: &Option<String>| text.as_deref().map(crate::search_fold::fold_query);
    let matching: Vec<usize> = (0..timeline.sources.len())
        .filter(|&i| {
            let source = &timeline.sources[i];
            !wanted.is_empty()
                && (crate::search_fold::fold_query(&source.title) == wanted
                    || folded(&source.outlet).as_deref() == Some(wanted.as_str()))
        })
        .collect();
    match matching.as_slice() {
        [one] => Ok(index(*one)),
        [] => {
            let ids = timeline.sources.iter().map(|s| s.id.as_str());
            Err(match crate::model::closest_id(name, ids) {
                Some(best) => format!("unknown source `{}`; did you mean `{best}`?", sanitize_line(name)),
                None => format!("no source has the id, title or outlet `{}`", sanitize_line(name)),
            })
        }
        several => {
            let ids: Vec<&str> = several.iter().map(|&i| timeline.sources[i].id.as_str()).collect();
            Err(format!(
                "`{}` names several sources: {}; give one's id",
                sanitize_line(name),
                ids.join(", ")
            ))
        }
    }
}

/// Reads `--at`: an event id, else a date (as the format writes it, or `13 Mar 2022`).
pub(super) fn resolve_at(text: &str, timeline: &Timeline) -> Result<OpenAt, String> {
    if let Some(event) = timeline.event_index(text) {
        return Ok(OpenAt::Event(event));
    }
    let day = match SearchDate::parse(text) {
        Some(SearchDate::Period(period)) => period.date.first_day().or(period.date.last_day()),
        _ => None,
    };
    if let Some(day) = day {
        return Ok(OpenAt::Date(day));
    }
    let ids = timeline.events.iter().map(|e| e.id());
    Err(match crate::model::closest_id(text, ids) {
        Some(best) => format!(
            "--at {}: no event has that id, and it is not a date; did you mean `{best}`?",
            sanitize_line(text)
        ),
        None => format!(
            "--at {}: no event has that id, and it is not a date (2022-03-13, 13 Mar 2022)",
            sanitize_line(text)
        ),
    })
}

/// Actors named on the command line, or a usage message naming the unknown or ambiguous one.
/// Each is an id, or, when no id is that exactly, an id, name or alias in any case (`Sullivan`,
/// `jake sullivan`) that only one actor has.
pub(super) fn resolve_actors(given: &[String], timeline: &Timeline) -> Result<Vec<ActorIndex>, String> {
    given.iter().map(|name| resolve_actor(name, timeline)).collect()
}

fn resolve_actor(name: &str, timeline: &Timeline) -> Result<ActorIndex, String> {
    if let Some(index) = timeline.actor_index(name) {
        return Ok(index);
    }
    let wanted = crate::search_fold::fold_query(name);
    let is_named = |actor: &crate::model::Actor| {
        let names = [&actor.id, &actor.name].into_iter().chain(&actor.aliases);
        names
            .into_iter()
            .any(|n| crate::search_fold::fold_query(n) == wanted)
    };
    let matching: Vec<usize> = (0..timeline.actors.len())
        .filter(|&i| !wanted.is_empty() && is_named(&timeline.actors[i]))
        .collect();
    match matching.as_slice() {
        [one] => Ok(ActorIndex(*one as u32)),
        [] => Err(unknown_actor(name, timeline)),
        several => {
            let names: Vec<String> = several
                .iter()
                .map(|&i| {
                    format!(
                        "`{}` ({})",
                        timeline.actors[i].id,
                        sanitize_line(&timeline.actors[i].name)
                    )
                })
                .collect();
            Err(format!(
                "`{}` names several actors: {}; give one's id",
                sanitize_line(name),
                names.join(", ")
            ))
        }
    }
}

fn unknown_actor(id: &str, timeline: &Timeline) -> String {
    let ids = timeline.actors.iter().map(|a| a.id.as_str());
    match crate::model::closest_id(id, ids) {
        Some(best) => format!("unknown actor `{}`; did you mean `{best}`?", sanitize_line(id)),
        None => {
            let all: Vec<&str> = timeline.actors.iter().map(|a| a.id.as_str()).collect();
            format!(
                "unknown actor `{}`; the actors are: {}",
                sanitize_line(id),
                all.join(", ")
            )
        }
    }
}
