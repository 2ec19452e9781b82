//! The JSON shape of `chronicle list --format json`.

use serde::Serialize;

use crate::model::{EventIndex, Timeline};

#[derive(Serialize)]
struct ListJson<'a> {
    title: &'a str,
    events: Vec<EventJson<'a>>,
}

#[derive(Serialize)]
struct EventJson<'a> {
    id: &'a str,
    date: &'a str,
    /// First calendar day covered, `YYYY-MM-DD`; null when the start is open.
    start: Option<String>,
    /// Last calendar day covered; null when the end is open.
    end: Option<String>,
    precision: &'static str,
    date_text: Option<&'a str>,
    date_basis: &'static str,
    reported: Option<String>,
    title: &'a str,
    summary: &'a str,
    status: &'static str,
    actors: Vec<&'a str>,
    tags: &'a [Box<str>],
    excerpts: Vec<ExcerptJson<'a>>,
    related: Vec<&'a str>,
}

#[derive(Serialize)]
struct ExcerptJson<'a> {
    source: &'a str,
    quote: &'a str,
    /// Byte offsets into the source text.
    start: usize,
    end: usize,
}

/// The events as one pretty-printed JSON object, ending with a newline.
pub(super) fn render(timeline: &Timeline, events: &[EventIndex]) -> String {
    let list = ListJson {
        title: &timeline.title,
        events: events.iter().map(|&i| event_json(timeline, i)).collect(),
    };
    let mut text =
        crate::json_out::to_pretty_string(&list).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}

fn event_json(timeline: &Timeline, index: EventIndex) -> EventJson<'_> {
    let event = timeline.event(index);
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
    EventJson {
        id: event.id(),
        date: event.date_written(),
        start: day(event.date.first_day()),
        end: day(event.date.last_day()),
        precision: event.date.precision().name(),
        date_text: event.date_text(),
        date_basis: event.date_basis.name(),
        reported: event.reported.map(|r| r.to_string()),
        title: event.title(),
        summary: event.summary(),
        status: event.status.name(),
        actors: event
            .actors
            .iter()
            .map(|p| timeline.actor(p.actor).id.as_str())
            .collect(),
        tags: &event.tags,
        excerpts: event
            .excerpts
            .iter()
            .map(|e| ExcerptJson {
                source: &timeline.source(e.source).id,
                quote: &e.quote,
                start: e.span.start,
                end: e.span.end,
            })
            .collect(),
        related: event.related.iter().map(|&r| timeline.event(r).id()).collect(),
    }
}
