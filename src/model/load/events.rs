//! Converts and checks events: raw events in, model events with their links and findings out.

use crate::model::check::checker::Checker;
use crate::model::check::ids::IdMap;
use crate::model::diagnostic::{Finding, NodePath};
use crate::model::format::date::{EventDate, parse_event_date};
use crate::model::format::event_text::EventText;
use crate::model::format::kinds::Status;
use crate::model::format::raw::{RawEvent, RawStr};
use crate::model::format::timeline::{ActorIndex, Event, EventExtras, SourceIndex};

/// What an event needs until the timeline is finished: where it was written, and its `related`
/// ids, resolved once every event's place is known. Kept small: there is one per event.
#[derive(Debug)]
pub(super) struct EventLinks<'a> {
    pub file: usize,
    /// The event's index in its file's `events`.
    index: u32,
    pub related: Vec<RawStr<'a>>,
    /// For each of the event's excerpts, its index among the excerpts written for the event;
    /// `None` when every written excerpt was kept (the usual case), so the indices are equal.
    written_excerpts: Option<Box<[u32]>>,
    /// Whether the event's date could not be read (it holds a stand-in until
    /// [`borrow_unread_dates`] gives it a neighbour's).
    pub date_unread: bool,
}

impl EventLinks<'_> {
    /// The event's index in its file's `events`.
    pub(super) fn index(&self) -> u32 {
        self.index
    }

    pub(super) fn path(&self) -> NodePath {
        NodePath::root().key("events").index(self.index as usize)
    }

    /// Where the event's excerpt `x` was written among the event's excerpts.
    pub(super) fn written_excerpt_index(&self, x: usize) -> usize {
        self.written_excerpts
            .as_ref()
            .map_or(x, |written| written[x] as usize)
    }
}

/// The events of all files in file order, each with its links, and what was found wrong.
pub(super) struct ConvertedEvents<'a> {
    pub events: Vec<Event>,
    pub links: Vec<EventLinks<'a>>,
    pub findings: Vec<Finding>,
}

/// The ids events refer to, all known before the first event is read.
pub(super) struct KnownIds<'a> {
    pub actors: &'a IdMap<String, ActorIndex>,
    pub sources: &'a IdMap<String, SourceIndex>,
}

/// Every event of `files` (`(file, first, events)`: the file's index, the index in that file of
/// the first of `events`), in the order given, with what was found wrong in them in that order.
/// What the events keep is copied or moved out of the raw ones.
pub(super) fn convert_events<'a>(
    files: Vec<(usize, usize, &mut [RawEvent<'a>])>,
    known: &KnownIds<'_>,
) -> ConvertedEvents<'a> {
    let count = files.iter().map(|(_, _, events)| events.len()).sum();
    let mut check = Checker::default();
    let mut events = Vec::with_capacity(count);
    let mut links = Vec::with_capacity(count);
    for (file, first, raw_events) in files {
        for (offset, raw) in raw_events.iter_mut().enumerate() {
            let (event, linked) = convert_event(&mut check, known, file, first + offset, raw);
            events.push(event);
            links.push(linked);
        }
    }
    ConvertedEvents {
        events,
        links,
        findings: check.into_findings(),
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
    check.date_qualifiers(file, &path, raw, date.as_ref());
    let actors = check.participants(file, &path, &raw.actors, known.actors);
    let claims = check.claims(file, &path, &raw.claims, &raw.excerpts, known.actors);
    if raw.excerpts.is_empty() && raw.cites.is_empty() {
        check.unsupported(file, &path);
    }
    let cites = raw.cites.iter().enumerate().filter_map(|(j, id)| {
        check.reference(file, &path.key("cites").index(j), "source", id, known.sources)
    });
    let cites: Box<[SourceIndex]> = cites.collect();
    let written_count = raw.excerpts.len();
    let (written_index, excerpts) = check.excerpts(file, &path, &mut raw.excerpts, known.sources);
    let text = EventText::new(&raw.id, &raw.date, &raw.title, &raw.summary).unwrap_or_else(|| {
        let message = "the event's id, date, title and summary are over 4 GiB together".into();
        check.error(file, &path, message, Some("shorten the summary".into()));
        EventText::default()
    });
    let date_unread = date.is_none();
    let event = Event {
        text,
        date: date.unwrap_or(EventDate::Point(placeholder_point())),
        date_basis: raw.date_basis,
        date_range: raw.date_range,
        reported_basis: raw.reported_basis,
        seq: raw.seq,
        status: raw.status,
        actors: actors.into_boxed_slice(),
        tags: raw.tags.iter().map(|tag| Box::from(&**tag)).collect(),
        excerpts: excerpts.into_boxed_slice(),
        related: Box::default(),
        extras: EventExtras {
            date_text: raw.date_text.take().map(String::into_boxed_str),
            reported,
            claims: claims.into_boxed_slice(),
            cites,
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
        date_unread,
    };
    (event, links)
}

/// An event whose date could not be read (in a broken file opened anyway) takes the date of the
/// event before it in the files, or else of the first readable one after it, so that it stays
/// near its place in the files rather than sorting apart; its error marks it. `events` and
/// `links` are in file order.
pub(super) fn borrow_unread_dates(events: &mut [Event], links: &[EventLinks<'_>]) {
    let mut last_read: Option<EventDate> = None;
    let mut waiting = Vec::new();
    for (event, links) in events.iter_mut().zip(links) {
        if !links.date_unread {
            last_read = Some(event.date);
        } else if let Some(date) = &last_read {
            event.date = *date;
        } else {
            waiting.push(event);
            continue;
        }
        if let Some(date) = &last_read {
            for early in waiting.drain(..) {
                early.date = *date;
            }
        }
    }
}

/// Stands in for a date that failed to parse; the error finding keeps the timeline from use.
fn placeholder_point() -> crate::model::format::date::DatePoint {
    match parse_event_date("1970") {
        Ok(EventDate::Point(p)) => p,
        _ => unreachable!("1970 is a valid year"),
    }
}
