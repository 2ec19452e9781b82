//! Parsing a split document: its header, then its chunks of events on every core, whichever
//! syntax cut it.

use std::sync::atomic::{AtomicUsize, Ordering};

use super::parallel::map_stealing;
use super::progress::LoadProgress;
use super::raw::{ParsedDocument, RawEvent, RawTimeline};

/// The header (parsed on its own, or `None` if it failed) with every chunk parsed by `parse`,
/// the events counted into `progress` as they come. `None` as soon as any part fails: the
/// caller then parses the whole document, whose errors carry the right positions, and the
/// events counted here are taken back so that none is counted twice.
pub fn parse_chunks<'t, C: Sync>(
    header: Option<RawTimeline<'_>>,
    chunks: &[C],
    parse: impl Fn(&C) -> Option<Vec<RawEvent<'t>>> + Sync,
    progress: &LoadProgress,
) -> Option<ParsedDocument<'t>> {
    let header = header?;
    let counted = AtomicUsize::new(0);
    let runs = map_stealing(chunks.iter().collect(), |chunk| {
        let events = parse(chunk)?;
        progress.add_parsed(events.len());
        counted.fetch_add(events.len(), Ordering::Relaxed);
        Some(events)
    });
    if runs.is_none() {
        progress.take_back_parsed(counted.into_inner());
    }
    Some(header.with_runs(runs?))
}
