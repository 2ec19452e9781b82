//! Converts and checks the events of every document, large timelines in parts on every core.

use super::check::Checker;
use super::date::{EventDate, parse_event_date};
use super::diagnostic::{Finding, NodePath};
use super::event_text::EventText;
use super::ids::IdMap;
use super::kinds::Status;
use super::parallel::map_parts;
use super::raw::{RawEvent, RawStr};
use super::timeline::{ActorIndex, Event, EventExtras, SourceIndex};

/// Events per part below which a timeline is not cut into more parts than this allows (a
/// timeline of fewer events, in one run, is converted on the calling thread).
const EVENTS_PER_PART: usize = 10_000;

/// What an event needs until the timeline is finished: where it was written, and its `related`
/// ids, resolved once every event's place is known. Kept small: there is one per event.
#[derive(Debug)]
pub struct EventLinks<'a> {
    pub file: usize,
    /// The event's index in its file's `events`.
    index: u32,
    pub related: Vec<RawStr<'a>>,
    /// For each of the event's excerpts, its index among the excerpts written for the event;
    /// `None` when every written excerpt was kept (the usual case), so the indices are equal.
    written_excerpts: Option<Box<[u32]>>,
}

impl EventLinks<'_> {
    /// The event's path in its file: `events[i]`.
    pub fn path(&self) -> NodePath {
        NodePath::root().key("events").index(self.index as usize)
    }

    /// Where the event's excerpt `x` was written among the event's excerpts.
    pub fn written_excerpt_index(&self, x: usize) -> usize {
        self.written_excerpts
            .as_ref()
            .map_or(x, |written| written[x] as usize)
    }
}

/// The events of all files in file order, each with its links, and what was found wrong.
pub struct ConvertedEvents<'a> {
    /// Already in the vector the timeline keeps (sorted in place later).
    pub events: Vec<Event>,
    pub links: Vec<EventLinks<'a>>,
    pub findings: Vec<Finding>,
}

/// The ids events refer to, all known before the first event is read.
pub struct KnownIds<'a> {
    pub actors: &'a IdMap<String, ActorIndex>,
    pub sources: &'a IdMap<String, SourceIndex>,
}

/// Every event of every file (`files[f]` holds file `f`'s events in runs, as parsed), in file
/// order, with what was found wrong in them in the same order. What the events keep is copied or
/// moved out of the raw ones.
pub fn convert_events<'a>(files: &mut [Vec<Vec<RawEvent<'a>>>], known: &KnownIds<'_>) -> ConvertedEvents<'a> {
    let total: usize = files.iter().flatten().map(Vec::len).sum();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let parts = cores.min(total / EVENTS_PER_PART).max(1);
    convert_in_parts(files, known, total, total.div_ceil(parts))
}

/// [`convert_events`] for `total` events, at most `part_len` per part (a run of parsed events is
/// never shared between parts). The parts are handed out to a thread per core.
fn convert_in_parts<'a>(
    files: &mut [Vec<Vec<RawEvent<'a>>>],
    known: &KnownIds<'_>,
    total: usize,
    part_len: usize,
) -> ConvertedEvents<'a> {
    let part_len = part_len.max(1);
    let mut events: Vec<Option<Event>> = std::iter::repeat_with(|| None).take(total).collect();
    let mut links: Vec<Option<EventLinks<'a>>> = std::iter::repeat_with(|| None).take(total).collect();
    let mut parts = Vec::new();
    let (mut free_events, mut free_links) = (events.as_mut_slice(), links.as_mut_slice());
    for (file, runs) in files.iter_mut().enumerate() {
        let mut first = 0;
        for raw in runs.iter_mut().flat_map(|run| run.chunks_mut(part_len)) {
            let (these_events, rest) = free_events.split_at_mut(raw.len());
            free_events = rest;
            let (these_links, rest) = free_links.split_at_mut(raw.len());
            free_links = rest;
            let len = raw.len();
            parts.push((file, first, raw, these_events, these_links));
            first += len;
        }
    }
    let findings = map_parts(parts, |(file, first, raw, events, links)| {
        let mut check = Checker::default();
        let slots = events.iter_mut().zip(links.iter_mut());
        for (offset, (raw, (event, links))) in raw.iter_mut().zip(slots).enumerate() {
            let (converted, linked) = convert_event(&mut check, known, file, first + offset, raw);
            (*event, *links) = (Some(converted), Some(linked));
        }
        check.into_findings()
    });
    // Collected in place (`Option` adds nothing to their size), so the timeline keeps this
    // allocation of exactly one slot per event.
    let filled = "each part fills its own slots";
    ConvertedEvents {
        events: events.into_iter().map(|e| e.expect(filled)).collect(),
        links: links.into_iter().map(|l| l.expect(filled)).collect(),
        findings: findings.into_iter().flatten().collect(),
    }
}

/// One event checked and converted; its main texts are copied from `raw`, the rest moved out.
fn convert_event<'a>(
    check: &mut Checker,
    known: &KnownIds<'_>,
    file: usize,
    i: usize,
    raw: &mut RawEvent<'a>,
) -> (Event, EventLinks<'a>) {
    let path = NodePath::root().key("events").index(i);
    check.slug(file, &path, "event", &raw.id);
    for (key, text) in [("title", &raw.title), ("summary", &raw.summary)] {
        check.display_text(file, &path.key(key), text);
    }
    if raw.title.trim().is_empty() {
        check.error(
            file,
            &path.key("title"),
            "the event has an empty title".into(),
            None,
        );
    }
    let date = check.date(file, &path.key("date"), &raw.date);
    let reported = raw
        .reported
        .as_deref()
        .and_then(|d| check.date(file, &path.key("reported"), d));
    // Scheduled events are announced before they happen; others are not known in advance.
    if let (Some(date), Some(reported), false) = (date, reported, raw.status == Status::Scheduled) {
        check.reported_after(file, &path.key("reported"), &date, &reported);
    }
    let actors = check.participants(file, &path, &raw.actors, known.actors);
    let claims = check.claims(file, &path, &raw.claims, &raw.excerpts, known.actors);
    let written_count = raw.excerpts.len();
    let (written_index, excerpts) = check.excerpts(file, &path, &mut raw.excerpts, known.sources);
    let text = EventText::new(&raw.id, &raw.date, &raw.title, &raw.summary).unwrap_or_else(|| {
        let message = "the event's id, date, title and summary are over 4 GiB together".into();
        check.error(file, &path, message, Some("shorten the summary".into()));
        EventText::default()
    });
    let event = Event {
        text,
        date: date.unwrap_or(EventDate::Point(placeholder_point())),
        date_basis: raw.date_basis,
        reported,
        seq: raw.seq,
        status: raw.status,
        actors: actors.into_boxed_slice(),
        tags: raw.tags.iter().map(|tag| Box::from(&**tag)).collect(),
        excerpts: excerpts.into_boxed_slice(),
        related: Box::default(),
        extras: EventExtras {
            date_text: raw.date_text.take().map(String::into_boxed_str),
            claims: claims.into_boxed_slice(),
            note: raw.note.take().map(String::into_boxed_str),
        }
        .boxed(),
    };
    let all_kept = written_index.len() == written_count;
    let links = EventLinks {
        file,
        index: i as u32,
        related: std::mem::take(&mut raw.related),
        written_excerpts: (!all_kept).then(|| written_index.iter().map(|&x| x as u32).collect()),
    };
    (event, links)
}

/// Stands in for a date that failed to parse; the error finding keeps the timeline from use.
fn placeholder_point() -> super::date::DatePoint {
    match parse_event_date("1970") {
        Ok(EventDate::Point(p)) => p,
        _ => unreachable!("1970 is a valid year"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::raw::RawTimeline;
    use crate::model::yaml::parse_timeline;

    const FILES: [&str; 2] = [
        include_str!("../../timelines/russia-china-2022.yaml"),
        include_str!("../../tests/fixtures/several-problems.yaml"),
    ];

    fn parsed() -> Vec<RawTimeline<'static>> {
        FILES
            .iter()
            .map(|text| parse_timeline(text).expect("parses"))
            .collect()
    }

    /// Events and findings as text, each file's events parsed in runs of `run_len` and converted
    /// with at most `part_len` events per part.
    fn converted(run_len: usize, part_len: usize) -> (String, String) {
        let raw = parsed();
        let mut actors = IdMap::default();
        let mut sources = IdMap::default();
        for timeline in &raw {
            for actor in &timeline.actors {
                let next = ActorIndex(actors.len() as u32);
                actors.entry(actor.id.clone()).or_insert(next);
            }
            for source in &timeline.sources {
                let next = SourceIndex(sources.len() as u32);
                sources.entry(source.id.clone()).or_insert(next);
            }
        }
        let in_runs = |events: Vec<RawEvent<'static>>| {
            let mut runs = vec![Vec::new()];
            for event in events {
                if runs.last().is_some_and(|run: &Vec<_>| run.len() == run_len) {
                    runs.push(Vec::new());
                }
                runs.last_mut().expect("one run at least").push(event);
            }
            runs
        };
        let mut files: Vec<Vec<Vec<RawEvent>>> = raw.into_iter().map(|t| in_runs(t.events)).collect();
        let known = KnownIds {
            actors: &actors,
            sources: &sources,
        };
        let total = files.iter().flatten().map(Vec::len).sum();
        let converted = convert_in_parts(&mut files, &known, total, part_len);
        let events = format!("{:#?}{:#?}", converted.events, converted.links);
        (events, format!("{:#?}", converted.findings))
    }

    #[test]
    fn runs_and_parts_across_files_convert_as_one_pass_does() {
        let whole = converted(usize::MAX, usize::MAX);
        assert!(
            whole.1.contains("unknown actor"),
            "the fixture has findings: {}",
            whole.1
        );
        for (run_len, part_len) in [(usize::MAX, 1), (usize::MAX, 3), (2, usize::MAX), (3, 2), (5, 7)] {
            let case = format!("runs of {run_len}, parts of {part_len}");
            assert_eq!(converted(run_len, part_len), whole, "{case}");
        }
    }
}
