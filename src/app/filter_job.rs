//! Filtering in slices, so that a keystroke on a huge timeline never holds up the screen.
//!
//! A new query starts a job; each slice filters a fixed number of events (or, when the query
//! narrows the last result, of that result). Until the last slice the screen keeps showing the
//! last complete result, and the event loop reads keys between slices.
//!
//! The events matching the search text are kept with their needle, so that changing any other
//! filter (a date, a status, a claim) checks only those events and never scans the text again.

use crate::model::EventIndex;
use crate::query::{Query, apply_within, keep_passing, narrows, text_matches_in};

use super::App;

/// Events filtered per slice: a few milliseconds of scanning at most, so that at a million
/// events a keystroke is read between slices.
pub(super) const FILTER_SLICE: usize = 100_000;

/// A query being applied, slice by slice.
#[derive(Debug, Clone)]
pub(super) struct FilterJob {
    query: Query,
    /// What the job goes through.
    over: Over,
    /// How far it has got: events, or positions in the list it goes through.
    done: usize,
    found: Vec<EventIndex>,
    /// When scanning every event for a search text: the events whose text matches.
    text_found: Vec<EventIndex>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Over {
    /// Every event, scanning the search text.
    Everything,
    /// The shown result, which the query narrows.
    Shown,
    /// The events known to match an earlier search text ([`TextMatches`]), which the new text
    /// extends or repeats; the text is checked again only when it changed.
    TextMatches { text_changed: bool },
}

/// The events whose text contains `needle`, from the last full scan.
#[derive(Debug, Clone, Default)]
pub(super) struct TextMatches {
    needle: String,
    events: Vec<EventIndex>,
}

impl App {
    /// Re-applies the query, keeping the selected event selected when it still passes, and
    /// otherwise selecting the nearest one that does. Small timelines are filtered at once;
    /// large ones in slices, finished by [`App::advance_filter`].
    pub fn refilter(&mut self) {
        let needle = self.query.needle();
        // The shown result is complete for `filtered_by`, so it can be narrowed.
        let cached = &self.text_matches.needle;
        // With a search text, the events matching it are kept: a text that extends the last
        // one, or any other change, goes over them only. Without one, a stricter query goes over
        // what is shown.
        let over = if needle.is_empty() {
            if narrows(&self.query, &self.filtered_by) {
                Over::Shown
            } else {
                Over::Everything
            }
        } else if !cached.is_empty() && needle.contains(cached.as_str()) {
            Over::TextMatches {
                text_changed: needle != *cached,
            }
        } else {
            Over::Everything
        };
        self.filter_job = Some(FilterJob {
            query: self.query.clone(),
            over,
            done: 0,
            found: Vec::new(),
            text_found: Vec::new(),
        });
        self.advance_filter();
    }

    /// Forgets the events matching the last search text (their timeline has been replaced).
    pub(super) fn reset_text_matches(&mut self) {
        self.text_matches = TextMatches::default();
        self.filter_job = None;
    }

    /// Forgets the last result, which was of a replaced timeline: the next filter starts over
    /// every event.
    pub(super) fn forget_last_filter(&mut self) {
        self.visible = (0..self.timeline.events.len() as u32).map(EventIndex).collect();
        self.filtered_by = Query::default();
        self.selection = super::selection::Selection::default();
    }

    /// Whether a query is still being applied.
    pub fn filter_pending(&self) -> bool {
        self.filter_job.is_some()
    }

    /// Filters the remaining slices at once, where nothing else waits (as before the first frame).
    pub fn finish_filter(&mut self) {
        while self.filter_pending() {
            self.advance_filter();
        }
    }

    /// Filters the next slice; after the last one, shows the result.
    pub fn advance_filter(&mut self) {
        let Some(mut job) = self.filter_job.take() else {
            return;
        };
        let total = match job.over {
            Over::Everything => self.timeline.events.len(),
            Over::Shown => self.visible.len(),
            Over::TextMatches { .. } => self.text_matches.events.len(),
        };
        let end = job.done.saturating_add(self.filter_slice.max(1)).min(total);
        let (timeline, index, query) = (&self.timeline, &self.index, &job.query);
        let part = match job.over {
            Over::Everything => {
                let needle = query.needle();
                let matching = text_matches_in(index, &needle, job.done..end);
                if !needle.is_empty() {
                    job.text_found.extend_from_slice(&matching);
                }
                keep_passing(timeline, index, query, matching)
            }
            Over::Shown => apply_within(timeline, index, query, &self.visible[job.done..end]),
            Over::TextMatches { text_changed } => {
                let cached = &self.text_matches.events[job.done..end];
                let matching = if text_changed {
                    let matching = index.matching_within(&query.needle(), cached);
                    job.text_found.extend_from_slice(&matching);
                    matching
                } else {
                    cached.to_vec()
                };
                keep_passing(timeline, index, query, matching)
            }
        };
        job.found.extend(part);
        job.done = end;
        if end < total {
            self.filter_job = Some(job);
        } else {
            if matches!(
                job.over,
                Over::Everything | Over::TextMatches { text_changed: true }
            ) {
                let needle = job.query.needle();
                if !needle.is_empty() {
                    self.text_matches = TextMatches {
                        needle,
                        events: std::mem::take(&mut job.text_found),
                    };
                }
            }
            self.show_filtered(job);
        }
    }

    fn show_filtered(&mut self, job: FilterJob) {
        let previous = self.selected_event().or(self.remembered);
        self.visible = job.found;
        self.filtered_by = job.query;
        self.rows = super::Rows::build(&self.timeline, &self.visible, &self.date_widths);
        self.ruler = super::ruler::Ruler::build(&self.index, &self.visible);
        let position = match previous {
            Some(old) => self.visible.partition_point(|&e| e < old),
            None => 0,
        };
        self.selection.select(position, self.visible.len());
        self.scroll_selection_into_view();
        if previous != self.selected_event() {
            self.detail_scroll = 0;
        }
        self.remembered = self.selected_event().or(previous);
    }
}
