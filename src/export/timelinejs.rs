//! TimelineJS 3 JSON: a title slide, then a slide per event whose date parts are only those its
//! precision has, with a `display_date` wherever the date is not one plain day, month or year.

use serde::Serialize;

use crate::model::edtf::{Point, Within, Year};
use crate::model::{DatePoint, DateRange, Event, EventDate, SourceKind, Timeline};

use super::escape::{html, is_publishable_link};
use super::selection::Selection;

/// Which of an event's attributes names its TimelineJS group (a row of the timeline).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    /// The event's first actor, by name.
    Actor,
    /// The event's first tag.
    Tag,
}

#[derive(Serialize)]
pub(crate) struct Document {
    pub title: Slide,
    pub events: Vec<Slide>,
}

#[derive(Serialize)]
pub(crate) struct Slide {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<DateParts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<DateParts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_date: Option<String>,
    pub text: SlideText,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media: Option<Media>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unique_id: Option<String>,
}

/// A slide's media: the first source of kind `media` the event cites.
#[derive(Serialize)]
pub(crate) struct Media {
    pub url: String,
    pub caption: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub credit: String,
}

#[derive(Serialize)]
pub(crate) struct SlideText {
    pub headline: String,
    pub text: String,
}

/// A TimelineJS date: the year always, the finer parts only when known.
#[derive(Serialize, Debug, PartialEq, Eq)]
pub(crate) struct DateParts {
    pub year: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hour: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minute: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub second: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub millisecond: Option<String>,
}

/// The document, and the ids of events left out because TimelineJS cannot place them (a date
/// whose year is not known at all, such as `XXXX-03`).
pub(crate) fn document(selection: &Selection<'_>, group_by: Option<GroupBy>) -> (Document, Vec<String>) {
    let timeline = selection.timeline;
    let title = Slide {
        start_date: None,
        end_date: None,
        display_date: None,
        text: SlideText {
            headline: html(&timeline.title).into_owned(),
            text: timeline
                .description
                .as_deref()
                .map_or_else(String::new, |d| format!("<p>{}</p>", html(d.trim()))),
        },
        media: None,
        group: None,
        unique_id: None,
    };
    let mut skipped = Vec::new();
    let mut events = Vec::with_capacity(selection.events.len());
    for event in selection.events() {
        match slide(timeline, event, group_by) {
            Some(slide) => events.push(slide),
            None => skipped.push(event.id().to_owned()),
        }
    }
    (Document { title, events }, skipped)
}

fn slide(timeline: &Timeline, event: &Event, group_by: Option<GroupBy>) -> Option<Slide> {
    let (start, end) = match event.date {
        EventDate::Point(p) => (p, None),
        EventDate::Range(s, e) => (s, Some(e)),
        EventDate::From(s, _) => (s, None),
        EventDate::Until(_, e) => (e, None),
    };
    let start_date = parts(&start)?;
    let end_date = match end {
        Some(end) => Some(parts(&end)?),
        None => None,
    };
    let group = match group_by {
        Some(GroupBy::Actor) => event.actors.first().map(|p| timeline.actor(p.actor).name.clone()),
        Some(GroupBy::Tag) => event.tags.first().map(|t| t.to_string()),
        None => None,
    };
    Some(Slide {
        start_date: Some(start_date),
        end_date,
        display_date: needs_display_date(event).then(|| display_date(event)),
        text: SlideText {
            headline: html(event.title()).into_owned(),
            text: body(timeline, event),
        },
        media: media(timeline, event),
        group: group.map(|g| html(&g).into_owned()),
        unique_id: Some(event.id().to_owned()),
    })
}

/// The first cited source of kind `media` with a web address, as the slide's media.
fn media(timeline: &Timeline, event: &Event) -> Option<Media> {
    let sources = event.cites().iter().map(|&s| timeline.source(s));
    let source = sources
        .filter(|s| s.kind == SourceKind::Media)
        .find(|s| s.url.as_deref().is_some_and(is_publishable_link))?;
    Some(Media {
        url: source.url.as_deref()?.trim().to_owned(),
        caption: html(&source.title).into_owned(),
        credit: source
            .outlet
            .as_deref()
            .map_or_else(String::new, |o| html(o).into_owned()),
    })
}

/// The date in words for readers of a web page: `on or before 13 Mar 2022 (inferred from the
/// source)`, `between 24 Feb and 14 Mar 2022`, `spring 2022`.
fn display_date(event: &Event) -> String {
    let words = super::in_words(&event.date_meaning().to_string());
    match event.date_basis {
        crate::model::DateBasis::Source => words,
        basis => format!("{words} ({})", basis.in_words()),
    }
}

/// A date TimelineJS would show wrongly on its own: approximate or uncertain, open, a window,
/// a season, decade or century, a partly unknown date, or one whose basis is not the source.
fn needs_display_date(event: &Event) -> bool {
    let plain = |p: &DatePoint| {
        let point = p.edtf_point();
        !point.uncertain
            && !point.approximate
            && matches!(point.year, Year::Known(_))
            && matches!(point.within, Within::Year | Within::Month(_) | Within::Day(..))
    };
    let date_plain = match event.date {
        EventDate::Point(p) => plain(&p),
        EventDate::Range(s, e) => event.date_range == DateRange::Spans && plain(&s) && plain(&e),
        EventDate::From(..) | EventDate::Until(..) => false,
    };
    !date_plain || event.date_basis != crate::model::DateBasis::Source
}

/// The parts of `point` its precision has; `None` when its year is not known at all.
pub(crate) fn parts(point: &DatePoint) -> Option<DateParts> {
    let Point {
        year, within, time, ..
    } = point.edtf_point();
    let year = match year {
        Year::Known(y) => y,
        Year::Digits { first, .. } => first,
        Year::Unknown => return None,
    };
    let (month, day) = match within {
        Within::Month(m) | Within::UnknownDay(m) => (Some(m), None),
        Within::Day(m, d) => (Some(m), Some(d)),
        Within::Year | Within::UnknownMonth | Within::Season(_) => (None, None),
    };
    let text = |n: Option<u8>| n.map(|n| n.to_string());
    Some(DateParts {
        year: year.to_string(),
        month: text(month),
        day: text(day),
        hour: time.map(|t| t.hour.to_string()),
        minute: time.map(|t| t.minute.to_string()),
        second: time
            .filter(|t| t.second != 0 || t.nanos != 0)
            .map(|t| t.second.to_string()),
        millisecond: time
            .filter(|t| t.nanos != 0)
            .map(|t| (t.nanos / 1_000_000).to_string()),
    })
}

/// The slide's text as HTML: the summary, the claims, and each quote with its source linked.
fn body(timeline: &Timeline, event: &Event) -> String {
    let mut out = String::new();
    for paragraph in event
        .summary()
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        out.push_str(&format!("<p>{}</p>", html(paragraph).replace('\n', "<br>")));
    }
    if !event.claims().is_empty() {
        out.push_str("<ul>");
        for claim in event.claims() {
            let who = claim
                .by
                .map_or("Unattributed reports", |a| timeline.actor(a).name.as_str());
            let verb = claim.stance.name();
            match claim.statement.as_deref() {
                Some(s) => out.push_str(&format!("<li>{} {verb}: {}</li>", html(who), html(s))),
                None => out.push_str(&format!("<li>{} {verb}</li>", html(who))),
            }
        }
        out.push_str("</ul>");
    }
    for excerpt in &event.excerpts {
        let source = timeline.source(excerpt.source);
        let title = html(&source.title);
        let cited = match source.url.as_deref() {
            Some(url) if is_publishable_link(url) => format!(
                "<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{title}</a>",
                html(url.trim())
            ),
            Some(url) => format!("{title} ({})", html(url)),
            None => title.into_owned(),
        };
        let outlet = source
            .outlet
            .as_deref()
            .map_or_else(String::new, |o| format!(", {}", html(o)));
        out.push_str(&format!(
            "<blockquote>{}</blockquote><p>— {cited}{outlet}</p>",
            html(excerpt.quote.trim())
        ));
    }
    out
}
