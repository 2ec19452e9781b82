//! The JSON listing of `chronicle list --format json`, version [`LISTING_VERSION`]; see docs/listing.md.

use crate::model::edtf::Day;
use std::borrow::Cow;

use chrono::NaiveDate;
use serde::Serialize;

use crate::export::ActorObject;

use crate::model::{
    Actor, DateBasis, DateMeaning, DatePoint, DateRange, Event, EventDate, EventIndex, PeriodMatch, Source,
    Timeline,
};

/// The version of the listing's shape (not of the timeline format); raised when a field changes
/// meaning or goes away. New fields may appear within a version.
pub(super) const LISTING_VERSION: u32 = 1;

#[derive(Serialize)]
struct ListJson<'a> {
    listing_version: u32,
    title: &'a str,
    description: Option<&'a str>,
    sources: Vec<SourceJson<'a>>,
    actors: Vec<ActorObject<'a>>,
    events: Vec<EventJson<'a>>,
}

#[derive(Serialize)]
struct SourceJson<'a> {
    id: &'a str,
    title: &'a str,
    kind: &'static str,
    outlet: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<DateJson<'a>>,
    /// The path of the source's text, as the timeline names it.
    text: Option<&'a str>,
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct EventJson<'a> {
    id: &'a str,
    date: DateJson<'a>,
    reported: Option<DateJson<'a>>,
    /// `certain` or `possible` when the listing asked for a period; null otherwise.
    period_match: Option<&'static str>,
    seq: i64,
    title: &'a str,
    summary: &'a str,
    status: &'static str,
    actors: Vec<ParticipantJson<'a>>,
    tags: &'a [Box<str>],
    claims: Vec<ClaimJson<'a>>,
    excerpts: Vec<ExcerptJson<'a>>,
    /// Ids of sources the event rests on without quoting them.
    cites: Vec<&'a str>,
    related: Vec<&'a str>,
    note: Option<&'a str>,
}

/// A date resolved: the same shape for an event's date, its `reported` date and a source's
/// `published` date.
#[derive(Serialize)]
struct DateJson<'a> {
    /// As written in the file (`../2022-02-20`); for `reported` and `published`, in the
    /// format's own syntax.
    written: Cow<'a, str>,
    /// The source's own words for it (`March 13`), for an event's date.
    text: Option<&'a str>,
    /// `source`, `inferred` or `outside`.
    basis: &'static str,
    /// First calendar day covered, `YYYY-MM-DD`; null when the start is open.
    start: Option<String>,
    /// Last calendar day covered; null when the end is open.
    end: Option<String>,
    /// The precision of the bound it sorts by: `year`, `month` or `day`.
    precision: &'static str,
    uncertain: bool,
    approximate: bool,
    /// True when the event fell at some moment within `start`..`end`; false when it lasted
    /// the whole range.
    window: bool,
}

#[derive(Serialize)]
struct ParticipantJson<'a> {
    id: &'a str,
    role: Option<&'a str>,
}

#[derive(Serialize)]
struct ClaimJson<'a> {
    /// The actor's id; null for unattributed reports.
    by: Option<&'a str>,
    stance: &'static str,
    statement: Option<&'a str>,
    /// Index into the event's `excerpts`, and that excerpt's id.
    excerpt: usize,
    excerpt_id: Option<&'a str>,
}

#[derive(Serialize)]
struct ExcerptJson<'a> {
    id: Option<&'a str>,
    source: &'a str,
    quote: &'a str,
    /// Whether the quote was found in the source's text: false when the source is known only
    /// by its URL.
    verified: bool,
    /// Byte offsets into the source text; null when unverified.
    start: Option<usize>,
    end: Option<usize>,
    note: Option<&'a str>,
}

/// The events as one pretty-printed JSON listing, ending with a newline. `period` is the
/// `--from`/`--to` period asked for, if any, which each event's `period_match` answers.
pub(super) fn render(
    timeline: &Timeline,
    events: &[EventIndex],
    period: Option<(Option<NaiveDate>, Option<NaiveDate>)>,
) -> String {
    let list = ListJson {
        listing_version: LISTING_VERSION,
        title: &timeline.title,
        description: timeline.description.as_deref(),
        sources: timeline.sources.iter().map(source_json).collect(),
        actors: timeline.actors.iter().map(|a| actor_json(timeline, a)).collect(),
        events: events
            .iter()
            .map(|&i| event_json(timeline, timeline.event(i), period))
            .collect(),
    };
    let mut text =
        crate::json_out::to_pretty_string(&list).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}

fn source_json(source: &Source) -> SourceJson<'_> {
    SourceJson {
        id: &source.id,
        title: &source.title,
        kind: source.kind.name(),
        outlet: source.outlet.as_deref(),
        url: source.url.as_deref(),
        published: source
            .published
            .map(|date| date_json(date.edtf().into(), None, DateBasis::Source, window(date))),
        text: source.text_path.as_deref(),
        note: source.note.as_deref(),
    }
}

/// The actor object the exports write too, with every field.
fn actor_json<'a>(timeline: &'a Timeline, actor: &'a Actor) -> ActorObject<'a> {
    ActorObject {
        timeline,
        actor,
        complete: true,
    }
}

fn event_json<'a>(
    timeline: &'a Timeline,
    event: &'a Event,
    period: Option<(Option<NaiveDate>, Option<NaiveDate>)>,
) -> EventJson<'a> {
    let period_match = period.and_then(|(from, to)| event.in_period(from, to));
    EventJson {
        id: event.id(),
        date: date_json(
            event.date_written().into(),
            event.date_text(),
            event.date_basis,
            event.date_meaning(),
        ),
        reported: event
            .reported()
            .map(|date| date_json(date.edtf().into(), None, event.reported_basis, window(date))),
        period_match: period_match.map(|m| match m {
            PeriodMatch::Certain => "certain",
            PeriodMatch::Possible => "possible",
        }),
        seq: event.seq,
        title: event.title(),
        summary: event.summary(),
        status: event.status.name(),
        actors: event
            .actors
            .iter()
            .map(|p| ParticipantJson {
                id: &timeline.actor(p.actor).id,
                role: p.role.as_deref(),
            })
            .collect(),
        tags: &event.tags,
        claims: event
            .claims()
            .iter()
            .map(|c| ClaimJson {
                by: c.by.map(|a| timeline.actor(a).id.as_str()),
                stance: c.stance.name(),
                statement: c.statement.as_deref(),
                excerpt: c.excerpt,
                excerpt_id: event.excerpts.get(c.excerpt).and_then(|e| e.id.as_deref()),
            })
            .collect(),
        excerpts: event
            .excerpts
            .iter()
            .map(|e| {
                let verified = timeline.is_verified(e);
                ExcerptJson {
                    id: e.id.as_deref(),
                    source: &timeline.source(e.source).id,
                    quote: &e.quote,
                    verified,
                    start: verified.then_some(e.span.start),
                    end: verified.then_some(e.span.end),
                    note: e.note.as_deref(),
                }
            })
            .collect(),
        cites: timeline.source_ids(event.cites()),
        related: event.related.iter().map(|&r| timeline.event(r).id()).collect(),
        note: event.note(),
    }
}

/// A `reported` or `published` date: a range there is a window the news broke in.
fn window(date: EventDate) -> DateMeaning {
    DateMeaning {
        date,
        range: DateRange::Within,
    }
}

fn date_json<'a>(
    written: Cow<'a, str>,
    text: Option<&'a str>,
    basis: DateBasis,
    meaning: DateMeaning,
) -> DateJson<'a> {
    let day = |d: Option<Day>| d.map(|d| d.to_string());
    let date = meaning.date;
    let (start, end) = date.bounds();
    let bounds = [start, end];
    DateJson {
        written,
        text,
        basis: basis.name(),
        start: day(date.first()),
        end: day(date.last()),
        precision: date.precision().name(),
        uncertain: bounds.iter().flatten().any(DatePoint::is_uncertain),
        approximate: bounds.iter().flatten().any(DatePoint::is_approximate),
        window: meaning.is_window(),
    }
}
