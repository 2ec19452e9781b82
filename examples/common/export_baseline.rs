//! The export measurement's two sides, shared by the perf report and the criterion benchmark.

use chronicle::export::ExportOptions;
use chronicle::model::{RawTimeline, Source, Timeline};

/// The file's own structs parsed from `text`, with the events put in `timeline`'s order, so
/// that serde_json writing them gives the bytes the export gives.
pub(crate) fn in_timeline_order<'a>(text: &'a str, timeline: &Timeline) -> RawTimeline<'a> {
    let mut raw: RawTimeline<'a> = serde_json::from_str(text).expect("the generated file parses");
    let place: std::collections::HashMap<&str, usize> = timeline
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id(), i))
        .collect();
    raw.events.sort_by_key(|event| place[&*event.id]);
    raw
}

/// Source paths as written; the JSON as serde_json writes it (for a file, not a terminal).
pub(crate) fn json_options(as_written: &dyn Fn(&Source) -> Option<String>) -> ExportOptions<'_> {
    ExportOptions {
        group_by: None,
        text_path: as_written,
        for_terminal: false,
        now: std::time::SystemTime::UNIX_EPOCH.into(),
    }
}
