//! The one boundary between the plain path and large timelines: how the steps of a load that
//! can be shared out (converting events, reading source texts, searching each source's quotes
//! while the events are put in order) are run. The plain path runs them one after another on the calling thread; timelines of
//! [`EVERY_CORE_FROM`] events or more run them on every core. Both give the same timeline and
//! the same findings in the same order (a property test holds them equal).

use crate::model::format::raw::RawEvent;
use crate::model::load::events::{ConvertedEvents, KnownIds, convert_events};
use crate::model::load::parallel::{cores, map_parts};

/// Timelines of this many events or more are loaded on every core.
pub(super) const EVERY_CORE_FROM: usize = 20_000;

/// How the shareable steps of a load are run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Strategy {
    /// One after another, on the calling thread.
    Plain,
    /// Shared out over a thread per core, the events in this many parts.
    EveryCore { parts: usize },
}

impl Strategy {
    /// The plain path for timelines of fewer than [`EVERY_CORE_FROM`] events.
    pub(super) fn for_events(count: usize) -> Strategy {
        match cores() {
            cores if count >= EVERY_CORE_FROM && cores > 1 => Strategy::EveryCore { parts: cores },
            _ => Strategy::Plain,
        }
    }

    /// How many cores the shareable steps may use.
    pub(crate) fn cores(self) -> usize {
        match self {
            Strategy::Plain => 1,
            Strategy::EveryCore { parts } => parts.min(cores()).max(1),
        }
    }

    /// `work` applied to each item, the results in the items' order.
    pub(super) fn map<T: Send, R: Send>(self, items: Vec<T>, work: impl Fn(T) -> R + Sync) -> Vec<R> {
        match self {
            Strategy::Plain => items.into_iter().map(work).collect(),
            Strategy::EveryCore { .. } => map_parts(items, work),
        }
    }

    /// `a` and `b`, one after the other, or at once on two threads.
    pub(crate) fn alongside<A: Send, B>(self, a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B) -> (A, B) {
        match self {
            Strategy::Plain => (a(), b()),
            Strategy::EveryCore { .. } => std::thread::scope(|scope| {
                let a = scope.spawn(a);
                let b = b();
                let a = a.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                (a, b)
            }),
        }
    }

    /// Every event of `files` (`files[f]` holds file `f`'s events) converted, in file order: in
    /// one call, or in parts of about equal size, one per core, joined in order.
    pub(super) fn convert_events<'a>(
        self,
        files: &mut [Vec<RawEvent<'a>>],
        known: &KnownIds<'_>,
    ) -> ConvertedEvents<'a> {
        let Strategy::EveryCore { parts } = self else {
            let whole = files.iter_mut().enumerate();
            let whole = whole.map(|(file, events)| (file, 0, events.as_mut_slice()));
            return convert_events(whole.collect(), known);
        };
        let total: usize = files.iter().map(Vec::len).sum();
        let parts = split_into_parts(files, total.div_ceil(parts.max(1)).max(1));
        let converted = map_parts(parts, |part| convert_events(part, known));
        let mut joined = ConvertedEvents {
            events: Vec::with_capacity(total),
            links: Vec::with_capacity(total),
            findings: Vec::new(),
        };
        for part in converted {
            joined.events.extend(part.events);
            joined.links.extend(part.links);
            joined.findings.extend(part.findings);
        }
        joined
    }
}

/// The events of every file in parts of at most `part_len`, each part a list of
/// `(file, index of the first in its file, events)`; a part may span files.
fn split_into_parts<'r, 'a>(
    files: &'r mut [Vec<RawEvent<'a>>],
    part_len: usize,
) -> Vec<Vec<(usize, usize, &'r mut [RawEvent<'a>])>> {
    let mut parts = vec![Vec::new()];
    let mut room = part_len;
    for (file, events) in files.iter_mut().enumerate() {
        let (mut rest, mut first) = (events.as_mut_slice(), 0);
        while !rest.is_empty() {
            if room == 0 {
                parts.push(Vec::new());
                room = part_len;
            }
            let (these, after) = rest.split_at_mut(room.min(rest.len()));
            room -= these.len();
            let len = these.len();
            if let Some(part) = parts.last_mut() {
                part.push((file, first, these));
            }
            (rest, first) = (after, first + len);
        }
    }
    parts
}
