//! Converts and checks the events of every document, large timelines in parts on every core.

use super::check::Checker;
use super::date::{EventDate, parse_event_date};
use super::diagnostic::{Finding, NodePath};
use super::event_text::EventText;
use super::ids::IdMap;
use super::kinds::Status;
use super::parallel::{cores, map_stealing};
use super::progress::LoadProgress;
use super::quote_search::FoldedQuotes;
use super::raw::{PendingChunk, RawEvent, RawStr, Run};
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
    /// The events' quotes, folded for the search, in parts in the events' order.
    pub quotes: Vec<FoldedQuotes>,
}

/// The ids events refer to, all known before the first event is read.
pub struct KnownIds<'a> {
    pub actors: &'a IdMap<String, ActorIndex>,
    pub sources: &'a IdMap<String, SourceIndex>,
}

/// Every event of every file (`files[f]` holds file `f`'s events in runs), in file order, with
/// what was found wrong in them in the same order. What the events keep is copied or moved out
/// of the raw ones. Chunks still to parse are parsed by the thread that converts them, their
/// events counted into `progress`; `None` if one fails (the caller then parses every file again,
/// and takes back what was counted).
pub fn convert_events<'a>(
    files: &mut [Vec<Run<'a>>],
    known: &KnownIds<'_>,
    progress: &LoadProgress,
) -> Option<ConvertedEvents<'a>> {
    let total: usize = files.iter().flatten().map(Run::event_count).sum();
    let parts = cores().min(total / EVENTS_PER_PART).max(1);
    convert_in_parts(files, known, progress, total, total.div_ceil(parts))
}

/// The events of one part: parsed ones, or a chunk to parse first.
enum PartEvents<'r, 'a> {
    Parsed(&'r mut [RawEvent<'a>]),
    Pending(&'r PendingChunk<'a>),
}

/// [`convert_events`] for `total` events, at most `part_len` parsed ones per part (a run is never
/// shared between parts; a chunk to parse is a part of its own). The parts are handed out to a
/// thread per core.
fn convert_in_parts<'a>(
    files: &mut [Vec<Run<'a>>],
    known: &KnownIds<'_>,
    progress: &LoadProgress,
    total: usize,
    part_len: usize,
) -> Option<ConvertedEvents<'a>> {
    let part_len = part_len.max(1);
    let mut events: Vec<Option<Event>> = std::iter::repeat_with(|| None).take(total).collect();
    let mut links: Vec<Option<EventLinks<'a>>> = std::iter::repeat_with(|| None).take(total).collect();
    let mut parts = Vec::new();
    let (mut free_events, mut free_links) = (events.as_mut_slice(), links.as_mut_slice());
    for (file, runs) in files.iter_mut().enumerate() {
        let mut first = 0;
        for run in runs.iter_mut() {
            let run_parts: Vec<PartEvents> = match run {
                Run::Parsed(raw) => raw.chunks_mut(part_len).map(PartEvents::Parsed).collect(),
                Run::Pending(chunk) => vec![PartEvents::Pending(chunk)],
            };
            for part in run_parts {
                let len = match &part {
                    PartEvents::Parsed(raw) => raw.len(),
                    PartEvents::Pending(chunk) => chunk.events,
                };
                // The part's first event in the whole timeline: the slots handed out before it.
                let index_before = total - free_events.len();
                let (these_events, rest) = free_events.split_at_mut(len);
                free_events = rest;
                let (these_links, rest) = free_links.split_at_mut(len);
                free_links = rest;
                parts.push((file, first, index_before, part, these_events, these_links));
                first += len;
            }
        }
    }
    let converted = map_stealing(parts, |(file, first, index_before, part, events, links)| {
        let mut parsed;
        let raw = match part {
            PartEvents::Parsed(raw) => raw,
            PartEvents::Pending(chunk) => {
                parsed = chunk.parse()?;
                progress.add_parsed(parsed.len());
                parsed.as_mut_slice()
            }
        };
        let mut check = Checker::default();
        let written = raw.iter().flat_map(|event| &event.excerpts);
        let (count, bytes) = written.fold((0, 0), |(n, b), x| (n + 1, b + x.quote.len()));
        let mut quotes = FoldedQuotes::with_room(count, bytes);
        let slots = events.iter_mut().zip(links.iter_mut());
        for (offset, (raw, (event, links))) in raw.iter_mut().zip(slots).enumerate() {
            let (converted, linked) = convert_event(&mut check, known, file, first + offset, raw);
            quotes.add(index_before + offset, &converted);
            (*event, *links) = (Some(converted), Some(linked));
        }
        Some((check.into_findings(), quotes))
    });
    let (findings, quotes) = converted?.into_iter().unzip::<_, _, Vec<_>, _>();
    // Collected in place (`Option` adds nothing to their size), so the timeline keeps this
    // allocation of exactly one slot per event.
    let filled = "each part fills its own slots";
    Some(ConvertedEvents {
        events: events.into_iter().map(|e| e.expect(filled)).collect(),
        links: links.into_iter().map(|l| l.expect(filled)).collect(),
        findings: findings.into_iter().flatten().collect(),
        quotes,
    })
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
    use crate::model::split::plan;
    use crate::model::yaml::{parse_split, parse_timeline};

    const FILES: [&str; 2] = [
        include_str!("../../timelines/russia-china-2022.yaml"),
        include_str!("../../tests/fixtures/several-problems.yaml"),
    ];

    fn parsed(texts: &[&'static str]) -> Vec<RawTimeline<'static>> {
        texts
            .iter()
            .map(|text| parse_timeline(text).expect("parses"))
            .collect()
    }

    /// Events and findings as text, the files' events converted with at most `part_len` events
    /// per part (the ids they refer to are those of [`FILES`]); `None` if a chunk fails.
    fn converted(
        mut files: Vec<Vec<Run<'static>>>,
        part_len: usize,
        progress: &LoadProgress,
    ) -> Option<(String, String)> {
        let mut actors = IdMap::default();
        let mut sources = IdMap::default();
        for timeline in parsed(&FILES) {
            for actor in &timeline.actors {
                let next = ActorIndex(actors.len() as u32);
                actors.entry(actor.id.clone()).or_insert(next);
            }
            for source in &timeline.sources {
                let next = SourceIndex(sources.len() as u32);
                sources.entry(source.id.clone()).or_insert(next);
            }
        }
        let known = KnownIds {
            actors: &actors,
            sources: &sources,
        };
        let total = files.iter().flatten().map(Run::event_count).sum();
        let converted = convert_in_parts(&mut files, &known, progress, total, part_len)?;
        let quotes = FoldedQuotes::listed(&converted.quotes);
        let events = format!("{:#?}{:#?}{quotes:#?}", converted.events, converted.links);
        Some((events, format!("{:#?}", converted.findings)))
    }

    /// Each file's events parsed whole, in runs of `run_len`.
    fn in_runs(texts: &[&'static str], run_len: usize) -> Vec<Vec<Run<'static>>> {
        let runs = |events: Vec<RawEvent<'static>>| {
            let mut runs = vec![Vec::new()];
            for event in events {
                if runs.last().is_some_and(|run: &Vec<_>| run.len() == run_len) {
                    runs.push(Vec::new());
                }
                runs.last_mut().expect("one run at least").push(event);
            }
            runs.into_iter().map(Run::Parsed).collect()
        };
        parsed(texts).into_iter().map(|t| runs(t.events)).collect()
    }

    /// Each file cut into chunks of about `chunk_bytes`, left to parse.
    fn in_chunks(texts: &[&'static str], chunk_bytes: usize) -> Vec<Vec<Run<'static>>> {
        let cut = |text| parse_split(&plan(text, chunk_bytes).expect("a plain layout")).expect("parses");
        texts.iter().map(|text| cut(text).runs).collect()
    }

    fn one_pass() -> (String, String) {
        let progress = LoadProgress::default();
        converted(in_runs(&FILES, usize::MAX), usize::MAX, &progress).expect("nothing to parse")
    }

    #[test]
    fn runs_and_parts_across_files_convert_as_one_pass_does() {
        let whole = one_pass();
        assert!(
            whole.1.contains("unknown actor"),
            "the fixture has findings: {}",
            whole.1
        );
        for (run_len, part_len) in [(usize::MAX, 1), (usize::MAX, 3), (2, usize::MAX), (3, 2), (5, 7)] {
            let case = format!("runs of {run_len}, parts of {part_len}");
            let progress = LoadProgress::default();
            let runs = in_runs(&FILES, run_len);
            assert_eq!(
                converted(runs, part_len, &progress),
                Some(whole.clone()),
                "{case}"
            );
        }
    }

    #[test]
    fn chunks_parsed_where_they_are_converted_give_what_one_pass_gives() {
        let whole = one_pass();
        let events: usize = parsed(&FILES).iter().map(|t| t.events.len()).sum();
        for chunk_bytes in [1, 700, 5000] {
            let progress = LoadProgress::default();
            let chunks = in_chunks(&FILES, chunk_bytes);
            assert!(chunks[0].len() > 1, "chunks of {chunk_bytes} bytes");
            let case = format!("chunks of {chunk_bytes} bytes");
            assert_eq!(converted(chunks, 2, &progress), Some(whole.clone()), "{case}");
            assert_eq!(progress.parsed(), events, "every event counted once: {case}");
        }
    }

    #[test]
    fn a_chunk_that_fails_fails_the_conversion() {
        // The count it made is taken back by the load, which parses every file again (tested
        // there: each event counted once).
        let broken = FILES[0].replace("title: Russia invades Ukraine", "title: [Russia invades Ukraine");
        let texts: [&'static str; 2] = [broken.leak(), FILES[1]];
        let progress = LoadProgress::default();
        assert_eq!(converted(in_chunks(&texts, 1), 2, &progress), None);
    }
}
