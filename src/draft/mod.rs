//! A draft timeline from a news article: an event per dated happening, its sentences quoted
//! verbatim, its date at the precision the text gives, and the names the text repeats as
//! candidate actors; everything marked for an author to review.

mod cast;
mod event;
mod mentions;
mod names;
mod title;
mod window;
mod words;

use chrono::NaiveDate;

use crate::import::first_words;
use crate::model::{FORMAT_VERSION, RawEvent, RawSource, RawTimeline, SourceKind, UniqueIds, slug_of_file};
use crate::timex::sentences;

use cast::Cast;
use event::{EventContext, event};
use mentions::{Mention, happenings};

/// The most words of the article's headline its source's title takes.
const HEADLINE_WORDS: usize = 20;

/// What a draft needs besides the article's text.
#[derive(Debug, Clone)]
pub struct DraftOptions {
    pub published: NaiveDate,
    /// The timeline's title; the article's first line when not given.
    pub title: Option<String>,
    /// The article's file name, said in the description.
    pub name: String,
    /// Where the article's text is, relative to the timeline.
    pub text_path: String,
}

/// The draft, and what it was made from.
#[derive(Debug)]
pub struct Draft {
    pub timeline: RawTimeline<'static>,
    /// How many dated mentions became the events.
    pub mentions: usize,
}

/// Drafts a timeline from `text`.
pub fn draft(text: &str, options: &DraftOptions) -> Draft {
    let spans = sentences(text);
    let found = mentions::mentions(text, options.published, &spans);
    let groups = happenings(text, &found, &spans);
    let cast = Cast::of(text, &spans);
    let source = article_source(text, options);
    let context = EventContext {
        text,
        spans: &spans,
        source: &source.id,
        published: options.published,
    };
    let mut event_ids = UniqueIds::default();
    let events: Vec<RawEvent<'static>> = groups
        .iter()
        .map(|members| {
            let members: Vec<&Mention> = members.iter().map(|&m| &found[m]).collect();
            let mut event = event(&members, &context, &mut event_ids);
            event.actors = cast.named_in(members.iter().map(|m| m.sentence));
            event
        })
        .collect();
    let description = format!(
        "Drafted by chronicle draft from {} (published {}): {} candidate events from {} dated mentions. \
         Review each event's date, title, status and actors, and each actor's kind; then remove the `draft` tag.",
        options.name,
        options.published.format("%Y-%m-%d"),
        events.len(),
        found.len()
    );
    let title = options
        .title
        .clone()
        .unwrap_or_else(|| format!("Draft: {}", source.title));
    Draft {
        timeline: RawTimeline {
            format: FORMAT_VERSION,
            title,
            description: Some(description),
            sources: vec![source],
            actors: cast.actors,
            events,
        },
        mentions: found.len(),
    }
}

/// The article as the draft's one source: its headline as title, its publication date, its
/// text where the timeline will find it.
fn article_source(text: &str, options: &DraftOptions) -> RawSource {
    RawSource {
        id: slug_of_file(&options.name).unwrap_or_else(|| "article".to_owned()),
        // Its first line that holds something: the headline.
        title: first_words(text, HEADLINE_WORDS).unwrap_or_else(|| "Untitled article".to_owned()),
        kind: SourceKind::NewsArticle,
        outlet: None,
        url: None,
        published: Some(options.published.format("%Y-%m-%d").to_string()),
        text: Some(options.text_path.clone()),
        note: None,
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
