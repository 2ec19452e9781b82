//! One TimelineJS slide (or era) read as an event: its dates, its text made plain, its group
//! as a tag, its media and links as sources; and a count of what the format has no place for.

use serde_json::Value;

use crate::model::SourceKind;

use super::builder::{Citation, NewEvent, single_line};
use crate::export::escape::is_publishable_link;

use super::html_text::{plain_text, plain_words};
use super::timelinejs_date::{DateParts, imported_date};

/// A slide's headline and text, as HTML.
pub(super) fn texts(slide: &Value, legacy: bool) -> (Option<String>, Option<String>) {
    if legacy {
        (field(slide, "headline"), field(slide, "text"))
    } else {
        let text = slide.get("text");
        (
            text.and_then(|t| field(t, "headline")),
            text.and_then(|t| field(t, "text")),
        )
    }
}

/// A field's value as text: strings trimmed, numbers written out; `None` when empty or absent.
pub(super) fn field(object: &Value, key: &str) -> Option<String> {
    match object.get(key)? {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// What TimelineJS slides hold that the format has no place for, counted for one note.
#[derive(Default)]
pub(super) struct Dropped {
    backgrounds: usize,
    locations: usize,
    media_not_web: usize,
    spans_as_start: usize,
}

impl Dropped {
    /// One line per kind of thing moved or left out: `what: count`.
    pub(super) fn notes(&self) -> Vec<String> {
        [
            (self.backgrounds, "slide backgrounds left out (the format has no place for them)"),
            (self.locations, "map locations left out (the format has no place for them)"),
            (self.media_not_web, "media that are not web addresses, kept in their event's note"),
            (
                self.spans_as_start,
                "ranges with years past four digits, dated by their start (the range is in date_text and the note)",
            ),
        ]
        .into_iter()
        .filter(|(count, _)| *count > 0)
        .map(|(count, what)| format!("{what}: {count}"))
        .collect()
    }
}

/// The event one slide (or era) makes.
pub(super) fn event(slide: &Value, legacy: bool, dropped: &mut Dropped) -> Result<NewEvent, String> {
    let (start, end) = dates(slide, legacy).ok_or("it has no start date")?;
    let date = imported_date(&start, end.as_ref())?;
    let (headline, text) = texts(slide, legacy);
    let plain = plain_text(text.as_deref().unwrap_or(""));
    let mut event = NewEvent {
        wanted_id: field(slide, "unique_id"),
        title: plain_words(headline.as_deref().unwrap_or("")).text,
        summary: plain.text,
        date: date.date,
        date_text: display_text(slide, legacy).or(date.dropped.clone()),
        ..NewEvent::default()
    };
    if date.start_only {
        dropped.spans_as_start += 1;
        let span = date.dropped.as_deref().unwrap_or_default();
        event.note = Some(format!(
            "The original file dates this {span}; the format's ranges hold years of up to four digits, so the date is its start."
        ));
    } else if let (Some(times), Some(shown)) = (&date.dropped, &event.date_text)
        && shown != times
    {
        event.note = Some(format!("Times in the original file: {times}."));
    }
    let tags = if legacy {
        field(slide, "tag").or(field(slide, "tags"))
    } else {
        field(slide, "group")
    };
    event.tags = tags
        .map(|t| t.split(',').map(|t| plain_words(t).text).collect())
        .unwrap_or_default();
    let media = if legacy {
        slide.get("asset")
    } else {
        slide.get("media")
    };
    if let Some(media) = media {
        add_media(&mut event, media, legacy, dropped);
    }
    event.cites.extend(plain.links.into_iter().map(|link| Citation {
        url: link.url,
        title: link.text,
        kind: SourceKind::Other,
        outlet: None,
    }));
    dropped.backgrounds += usize::from(slide.get("background").is_some_and(|b| !is_empty(b)));
    dropped.locations += usize::from(slide.get("location").is_some_and(|l| !is_empty(l)));
    Ok(event)
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Object(o) => o.values().all(is_empty),
        Value::Array(a) => a.iter().all(is_empty),
        _ => false,
    }
}

/// The start and end date parts; `None` without a start.
fn dates(slide: &Value, legacy: bool) -> Option<(DateParts, Option<DateParts>)> {
    if legacy {
        let start = DateParts::from_legacy(&field(slide, "startDate")?);
        let end = field(slide, "endDate").map(|e| DateParts::from_legacy(&e));
        return Some((start, end));
    }
    let parts = |key: &str| {
        let date = slide.get(key).filter(|d| d.is_object())?;
        Some(DateParts {
            year: field(date, "year"),
            month: field(date, "month"),
            day: field(date, "day"),
            hour: field(date, "hour"),
            minute: field(date, "minute"),
            second: field(date, "second"),
            millisecond: field(date, "millisecond"),
        })
    };
    Some((parts("start_date")?, parts("end_date")))
}

/// The date as the file says it to readers: `display_date`, or the start date's `display_text`.
fn display_text(slide: &Value, legacy: bool) -> Option<String> {
    let shown = if legacy {
        field(slide, "displayDate")
    } else {
        field(slide, "display_date")
            .or_else(|| slide.get("start_date").and_then(|d| field(d, "display_text")))
    };
    shown
        .map(|s| single_line(&plain_words(&s).text))
        .filter(|s| !s.is_empty())
}

/// A slide's media: a web address becomes a cited source of kind `media`; an embed of HTML
/// (a quote) joins the summary; anything else is kept in the note.
fn add_media(event: &mut NewEvent, media: &Value, legacy: bool, dropped: &mut Dropped) {
    let Some(address) = field(media, if legacy { "media" } else { "url" }) else {
        return;
    };
    let caption = field(media, "caption")
        .map(|c| single_line(&plain_words(&c).text))
        .unwrap_or_default();
    let credit = field(media, "credit")
        .map(|c| single_line(&plain_words(&c).text))
        .filter(|c| !c.is_empty());
    if is_publishable_link(&address) {
        if event.title.trim().is_empty() && event.summary.trim().is_empty() {
            // A slide of media alone is named by its caption.
            event.title.clone_from(&caption);
        }
        let title = if caption.is_empty() {
            format!("Media: {}", single_line(&event.title))
        } else {
            caption
        };
        event.cites.insert(
            0,
            Citation {
                url: address,
                title,
                kind: SourceKind::Media,
                outlet: credit,
            },
        );
    } else if address.starts_with('<') {
        let embedded = plain_text(&address);
        if !embedded.text.is_empty() {
            event.summary = [event.summary.trim(), embedded.text.as_str()]
                .join("\n\n")
                .trim()
                .to_owned();
        }
        event
            .cites
            .extend(embedded.links.into_iter().map(|link| Citation {
                url: link.url,
                title: link.text,
                kind: SourceKind::Other,
                outlet: None,
            }));
    } else {
        dropped.media_not_web += 1;
        let mut note = format!("Media in the original file: {address}");
        if !caption.is_empty() {
            note.push_str(&format!(" ({caption})"));
        }
        note.push('.');
        event.note = Some(match event.note.take() {
            Some(before) => format!("{before}\n{note}"),
            None => note,
        });
    }
}
