//! Taking in a timeline loaded again after its files changed: the place, filters and history
//! kept by id, what changed said and marked, or a banner when the new files do not load.

use std::collections::HashMap;

use super::history::Place;
use super::{App, OpenAt, Screen};
use crate::model::{ActorIndex, Diagnostic, Event, EventIndex, Loaded, Severity, SourceIndex, Timeline};
use crate::query::SearchIndex;

/// Diagnostics the banner shows before saying how many more there are.
pub const BANNER_LINES: usize = 3;

/// Why the last reload failed: its first errors, and how many more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReloadBanner {
    /// `FILE:LINE:COL: message`, each on one line.
    pub first: Vec<String>,
    pub more: usize,
}

/// What a reload brought: the timeline, or the diagnostics that stopped it.
pub type ReloadResult = Result<Loaded, Vec<Diagnostic>>;

impl App {
    /// Takes in the result of loading the files again. A failure keeps what is shown and puts
    /// up the banner; a success replaces the timeline, keeps the selection (by id), the filters,
    /// the history and the scroll where it can, says what changed and marks it until the next
    /// key.
    pub fn apply_reload(&mut self, result: ReloadResult) {
        let loaded = match result {
            Ok(loaded) => loaded,
            Err(diagnostics) => return self.show_reload_failure(&diagnostics),
        };
        let was_failing = self.reload_banner.take().is_some() || !self.problems.is_empty();
        // The files load now: the problems they had are gone.
        self.problems.clear();
        let old = std::mem::replace(&mut self.timeline, loaded.timeline);
        let by_id = ids_to_indices(&self.timeline);
        let moved = |e: EventIndex| by_id.get(old.event(e).id()).copied();
        let (added, changed, removed) = differences(&old, &self.timeline);
        // A reload that changes nothing (a second save, a touched file) says nothing.
        let something = !added.is_empty() || !changed.is_empty() || removed > 0 || was_failing;
        let marked: std::collections::HashSet<EventIndex> = added
            .iter()
            .chain(&changed)
            .filter_map(|id| by_id.get(id.as_str()).copied())
            .collect();
        self.query = carried_query(&self.query, &old, &self.timeline);
        self.history.remap(&moved);
        self.remembered = self.remembered.and_then(moved);
        let selected = self.selected_event().and_then(moved);
        let source_place = match &self.screen {
            Screen::Source(view) => moved(view.event).map(|event| Place {
                event,
                excerpt: Some(view.excerpt),
            }),
            Screen::Timeline => None,
        };
        // Freeing a large timeline event by event takes a while: it waits until the viewer is
        // idle (see `release_retired`).
        self.retired = Some(old);
        self.rebuild_after_reload();
        self.screen = Screen::Timeline;
        if let Some(event) = selected {
            self.select_at(OpenAt::Event(event));
        }
        if let Some(place) = source_place {
            self.reopen_source(place);
        }
        if something {
            self.marked = marked;
            self.status = Some(format!(
                "reloaded: {} added, {} changed, {} removed",
                added.len(),
                changed.len(),
                removed
            ));
        }
    }

    /// Frees the timeline a reload replaced: called when the viewer is idle, after the new
    /// timeline is on screen.
    pub fn release_retired(&mut self) {
        self.retired = None;
    }

    /// The editor could not be started, or the event not found in the files.
    pub fn edit_failed(&mut self, message: String) {
        self.status = Some(message);
    }

    fn show_reload_failure(&mut self, diagnostics: &[Diagnostic]) {
        let errors: Vec<&Diagnostic> = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        let shown = errors.iter().take(BANNER_LINES).map(|d| one_line(d)).collect();
        self.reload_banner = Some(ReloadBanner {
            first: shown,
            more: errors.len().saturating_sub(BANNER_LINES),
        });
    }

    /// Everything built from the timeline, built again for the new one, and the filter re-run.
    fn rebuild_after_reload(&mut self) {
        self.index = SearchIndex::build(&self.timeline);
        self.date_widths = super::rows::date_widths(&self.timeline);
        self.actor_event_counts = super::count_events_per_actor(&self.timeline);
        self.reset_text_matches();
        // The filter runs from scratch: the last result was of the old timeline.
        self.forget_last_filter();
        self.refilter();
        self.finish_filter();
    }
}

/// The first line of a diagnostic: `FILE:LINE:COL: error: PATH: message`.
fn one_line(diagnostic: &Diagnostic) -> String {
    let text = diagnostic.to_string();
    text.lines().next().unwrap_or_default().to_owned()
}

fn ids_to_indices(timeline: &Timeline) -> HashMap<&str, EventIndex, foldhash::fast::RandomState> {
    let indices = (0..timeline.events.len() as u32).map(EventIndex);
    timeline.events.iter().map(|e| e.id()).zip(indices).collect()
}

/// The ids added and changed (in the new timeline's order), and how many ids went away. The
/// comparison is shared out over the cores: it reads every event of both timelines.
fn differences(old: &Timeline, new: &Timeline) -> (Vec<String>, Vec<String>, usize) {
    let before = ids_to_indices(old);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let part = new.events.len().div_ceil(cores).max(1);
    let found: Vec<(Vec<String>, Vec<String>)> = std::thread::scope(|scope| {
        let parts: Vec<_> = new
            .events
            .chunks(part)
            .map(|events| {
                let before = &before;
                scope.spawn(move || {
                    let (mut added, mut changed) = (Vec::new(), Vec::new());
                    for event in events {
                        match before.get(event.id()) {
                            None => added.push(event.id().to_owned()),
                            Some(&was) if !same_event(old, old.event(was), new, event) => {
                                changed.push(event.id().to_owned());
                            }
                            Some(_) => {}
                        }
                    }
                    (added, changed)
                })
            })
            .collect();
        parts.into_iter().map(|p| p.join().unwrap_or_default()).collect()
    });
    let (mut added, mut changed) = (Vec::new(), Vec::new());
    for (a, c) in found {
        added.extend(a);
        changed.extend(c);
    }
    let kept = new.events.len() - added.len();
    (added, changed, old.events.len().saturating_sub(kept))
}

/// Whether two events show the same, their references compared by id (indices move between
/// loads). Compared field by field, stopping at the first difference: a reload of a million
/// events compares them all.
fn same_event(old: &Timeline, a: &Event, new: &Timeline, b: &Event) -> bool {
    fn actor(t: &Timeline, i: ActorIndex) -> &str {
        &t.actor(i).id
    }
    fn source(t: &Timeline, i: SourceIndex) -> &str {
        &t.source(i).id
    }
    a.date_written() == b.date_written()
        && a.title() == b.title()
        && a.summary() == b.summary()
        && (a.seq, a.status, a.date, a.reported()) == (b.seq, b.status, b.date, b.reported())
        && (a.date_basis, a.date_range, a.reported_basis) == (b.date_basis, b.date_range, b.reported_basis)
        && (a.date_text(), a.note()) == (b.date_text(), b.note())
        && a.tags == b.tags
        && a.actors.len() == b.actors.len()
        && a.actors
            .iter()
            .zip(b.actors.iter())
            .all(|(x, y)| actor(old, x.actor) == actor(new, y.actor) && x.role == y.role)
        && a.excerpts.len() == b.excerpts.len()
        && a.excerpts.iter().zip(b.excerpts.iter()).all(|(x, y)| {
            source(old, x.source) == source(new, y.source)
                && x.quote == y.quote
                && x.id == y.id
                && x.note == y.note
        })
        && a.claims().len() == b.claims().len()
        && a.claims().iter().zip(b.claims()).all(|(x, y)| {
            x.by.map(|i| actor(old, i)) == y.by.map(|i| actor(new, i))
                && (x.stance, &x.statement, x.excerpt) == (y.stance, &y.statement, y.excerpt)
        })
        && a.related.len() == b.related.len()
        && a.related
            .iter()
            .zip(b.related.iter())
            .all(|(&x, &y)| old.event(x).id() == new.event(y).id())
}

/// The query with its actors and sources found again by id in the new timeline (those gone
/// are dropped); everything else is kept as it was.
fn carried_query(query: &crate::query::Query, old: &Timeline, new: &Timeline) -> crate::query::Query {
    let actor = |a: &crate::model::ActorIndex| new.actor_index(&old.actor(*a).id);
    let source = |s: &crate::model::SourceIndex| {
        let id = &old.source(*s).id;
        new.sources
            .iter()
            .position(|n| n.id == *id)
            .map(|i| crate::model::SourceIndex(i as u32))
    };
    let mut carried = query.clone();
    carried.actors = query.actors.iter().filter_map(actor).collect();
    carried.claims.by = query.claims.by.iter().filter_map(actor).collect();
    carried.sources = query.sources.iter().filter_map(source).collect();
    carried
}
