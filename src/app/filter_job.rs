//! Filtering in slices, so that a keystroke on a huge timeline never holds up the screen.
//!
//! A new query starts a job; each slice filters a fixed number of events (or, when the query
//! narrows the last result, of that result). Until the last slice the screen keeps showing the
//! last complete result, and the event loop reads keys between slices.

use crate::query::{Query, apply_in, apply_within, narrows};

use super::App;

/// Events filtered per slice: a few milliseconds of scanning at most, so that at a million
/// events a keystroke is read between slices.
pub(super) const FILTER_SLICE: usize = 100_000;

/// A query being applied, slice by slice.
#[derive(Debug, Clone)]
pub(super) struct FilterJob {
    query: Query,
    /// Whether the job narrows the shown result instead of scanning every event.
    narrowing: bool,
    /// How far it has got: events, or positions in the shown result when narrowing.
    done: usize,
    found: Vec<crate::model::EventIndex>,
}

impl App {
    /// Re-applies the query, keeping the selected event selected when it still passes, and
    /// otherwise selecting the nearest one that does. Small timelines are filtered at once;
    /// large ones in slices, finished by [`App::advance_filter`].
    pub fn refilter(&mut self) {
        self.filter_job = Some(FilterJob {
            query: self.query.clone(),
            // The shown result is complete for `filtered_by`, so it can be narrowed.
            narrowing: narrows(&self.query, &self.filtered_by),
            done: 0,
            found: Vec::new(),
        });
        self.advance_filter();
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
        let total = if job.narrowing {
            self.visible.len()
        } else {
            self.timeline.events.len()
        };
        let end = job.done.saturating_add(self.filter_slice.max(1)).min(total);
        let part = if job.narrowing {
            apply_within(
                &self.timeline,
                &self.index,
                &job.query,
                &self.visible[job.done..end],
            )
        } else {
            apply_in(&self.timeline, &self.index, &job.query, job.done..end)
        };
        job.found.extend(part);
        job.done = end;
        if end < total {
            self.filter_job = Some(job);
        } else {
            self.show_filtered(job);
        }
    }

    fn show_filtered(&mut self, job: FilterJob) {
        let previous = self.selected_event().or(self.remembered);
        self.visible = job.found;
        self.filtered_by = job.query;
        self.rows = super::Rows::build(&self.timeline, &self.visible, &self.date_widths);
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
