//! `chronicle list`: the events that pass the filters, as text lines or JSON.

use std::io::Write;
use std::process::ExitCode;

use crate::model::{LoadOptions, Timeline, parse_event_date};
use crate::query::{ActorMatch, Query, SearchIndex, apply};
use crate::sanitize::sanitize_line;

use super::args::{ListArgs, OutputFormat};
use super::output::Printer;
use super::{EXIT_INVALID, EXIT_USAGE, list_json, list_text, load_for_display};

pub(super) fn run(args: &ListArgs, options: LoadOptions, printer: &Printer) -> ExitCode {
    let Some(loaded) = load_for_display(&args.files, options, printer) else {
        return ExitCode::from(EXIT_INVALID);
    };
    let timeline = &loaded.timeline;
    let query = match build_query(args, timeline) {
        Ok(query) => query,
        Err(message) => {
            printer.stderr_line(&format!("error: {message}"));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let events = apply(timeline, &SearchIndex::build(timeline), &query);
    let text = match args.format {
        OutputFormat::Json => {
            let asked = query.from.is_some() || query.to.is_some();
            list_json::render(timeline, &events, asked.then_some((query.from, query.to)))
        }
        OutputFormat::Text => {
            let rows = list_text::rows(timeline, &events, query.from, query.to);
            list_text::render(&rows, printer.stdout_width(), |date| printer.bold(date))
        }
    };
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`chronicle list | head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            printer.stderr_line(&format!("error: cannot write the list: {e}"));
            ExitCode::from(EXIT_INVALID)
        }
    }
}

/// Turns the filter arguments into a query, or a usage message.
pub(super) fn build_query(args: &ListArgs, timeline: &Timeline) -> Result<Query, String> {
    let mut query = Query {
        actor_match: if args.all_actors {
            ActorMatch::All
        } else {
            ActorMatch::Any
        },
        text: args.search.clone().unwrap_or_default(),
        ..Query::default()
    };
    query.actors = resolve_actors(&args.actors, timeline)?;
    let bound = |flag: &str, text: &Option<String>| -> Result<Option<_>, String> {
        let Some(text) = text else { return Ok(None) };
        let date =
            parse_event_date(text).map_err(|e| format!("--{flag} {}: {}", sanitize_line(text), e.message))?;
        Ok(Some(date))
    };
    query.from = bound("from", &args.from)?.and_then(|d| d.first_day());
    query.to = bound("to", &args.to)?.and_then(|d| d.last_day());
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

/// Actors named on the command line, or a usage message naming the unknown or ambiguous one.
/// Each is an id, or, when no id is that exactly, an id, name or alias in any case (`Sullivan`,
/// `jake sullivan`) that only one actor has.
pub(super) fn resolve_actors(
    given: &[String],
    timeline: &Timeline,
) -> Result<Vec<crate::model::ActorIndex>, String> {
    given.iter().map(|name| resolve_actor(name, timeline)).collect()
}

fn resolve_actor(name: &str, timeline: &Timeline) -> Result<crate::model::ActorIndex, String> {
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
        [one] => Ok(crate::model::ActorIndex(*one as u32)),
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
