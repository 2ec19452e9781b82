//! TimelineJS 3 JSON (a title slide, events, eras) and the legacy TimelineJS 2 form
//! (`{"timeline": {"date": [...]}}`) read into a timeline, every slide an event or an error.

use serde_json::Value;

use super::builder::{Builder, single_line};
use super::html_text::{plain_text, plain_words};
use super::timelinejs_slide::{Dropped, event, texts};
use super::{Problem, origin_line};

/// Reads a TimelineJS file's text; `name` (the file's name) is said in the description.
pub(crate) fn import_timelinejs(text: &str, name: &str) -> Result<(Builder, Vec<String>), Vec<Problem>> {
    let document: Value = serde_json::from_str(text).map_err(|e| {
        vec![Problem {
            place: Some(format!("line {}, column {}", e.line(), e.column())),
            message: format!("this is not JSON: {e}"),
            hint: Some(
                "TimelineJS files are JSON; for the spreadsheet's CSV use --format timelinejs-csv".to_owned(),
            ),
        }]
    })?;
    import_document(&document, name, "TimelineJS")
}

/// Reads a TimelineJS document, however it was written down; `kind` names the format in the
/// description. A slide with a `row` number (from the spreadsheet) is named by it in errors.
pub(crate) fn import_document(
    document: &Value,
    name: &str,
    kind: &str,
) -> Result<(Builder, Vec<String>), Vec<Problem>> {
    let slides = match document.get("timeline") {
        Some(legacy) if legacy.get("date").is_some() => Slides::legacy(legacy),
        _ => Slides::current(document),
    }
    .ok_or_else(|| {
        vec![Problem {
            place: None,
            message: "this JSON is not a TimelineJS timeline: it has no `events` list (nor a legacy `timeline.date` list)".to_owned(),
            hint: Some("export the timeline from TimelineJS, or import a table with --format csv".to_owned()),
        }]
    })?;
    let (title, about) = slides.title_and_description();
    let description = [about, Some(origin_line(name, kind))]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("\n\n");
    let title = title.unwrap_or_else(|| format!("Imported from {name}"));
    let mut builder = Builder::new(title, Some(description));
    let mut problems = Vec::new();
    let mut dropped = Dropped::default();
    for (index, slide) in slides.events.iter().enumerate() {
        match event(slide, slides.legacy, &mut dropped) {
            Ok(event) => {
                builder.add_event(event);
            }
            Err(message) => problems.push(Problem {
                place: Some(slide_place(slide, "event", index, slides.legacy)),
                message,
                hint: None,
            }),
        }
    }
    for (index, era) in slides.eras.iter().enumerate() {
        match event(era, slides.legacy, &mut dropped) {
            Ok(mut event) => {
                event.tags.insert(0, "era".to_owned());
                builder.add_event(event);
            }
            Err(message) => problems.push(Problem {
                place: Some(slide_place(era, "era", index, slides.legacy)),
                message,
                hint: None,
            }),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok((builder, dropped.notes()))
}

/// The slides of either version.
struct Slides<'v> {
    legacy: bool,
    title: Option<&'v Value>,
    events: Vec<&'v Value>,
    eras: Vec<&'v Value>,
}

impl<'v> Slides<'v> {
    fn current(document: &'v Value) -> Option<Slides<'v>> {
        Some(Slides {
            legacy: false,
            title: document.get("title"),
            events: document.get("events")?.as_array()?.iter().collect(),
            eras: list(document.get("eras")),
        })
    }

    fn legacy(timeline: &'v Value) -> Option<Slides<'v>> {
        Some(Slides {
            legacy: true,
            title: Some(timeline),
            events: timeline.get("date")?.as_array()?.iter().collect(),
            eras: list(timeline.get("era")),
        })
    }

    fn title_and_description(&self) -> (Option<String>, Option<String>) {
        let Some(title) = self.title else {
            return (None, None);
        };
        let (headline, text) = texts(title, self.legacy);
        let headline = headline
            .map(|h| single_line(&plain_words(&h).text))
            .filter(|h| !h.is_empty());
        let text = text.map(|t| plain_text(&t).text).filter(|t| !t.is_empty());
        (headline, text)
    }
}

fn list(value: Option<&Value>) -> Vec<&Value> {
    value
        .and_then(Value::as_array)
        .map(|a| a.iter().collect())
        .unwrap_or_default()
}

/// Where a slide is, for an error: `row 7 (`Headline`)` or `event 3 (`Headline`)`.
fn slide_place(slide: &Value, what: &str, index: usize, legacy: bool) -> String {
    let headline = headline_for_message(slide, legacy);
    match slide.get("row").and_then(Value::as_str) {
        Some(row) => format!("{row} ({headline})"),
        None => format!("{what} {} ({headline})", index + 1),
    }
}

/// How an event is named in an error: its headline, or that it has none.
fn headline_for_message(slide: &Value, legacy: bool) -> String {
    match texts(slide, legacy).0.map(|h| single_line(&plain_words(&h).text)) {
        Some(h) if !h.is_empty() => {
            let short: String = h.chars().take(60).collect();
            format!("`{short}`")
        }
        _ => "no headline".to_owned(),
    }
}

#[cfg(test)]
#[path = "timelinejs_tests.rs"]
mod tests;
