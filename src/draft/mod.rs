//! A draft timeline from a news article: an event per dated happening, its sentences quoted
//! verbatim, its date at the precision the text gives, and the names the text repeats as
//! candidate actors; everything marked for an author to review.

mod mentions;
mod names;
mod title;
mod window;
mod words;

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::NaiveDate;

use crate::import::ids::UniqueIds;
use crate::model::{
    DateBasis, DateRange, FORMAT_VERSION, RawActor, RawActorRef, RawEvent, RawExcerpt, RawSource, RawStr,
    RawTimeline, SourceKind, Status, parse_event_date,
};
use crate::timex::sentences;

use mentions::{Mention, happenings};
use names::Candidate;

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
    let candidates = names::candidates(text, &spans);
    let mut actor_ids = UniqueIds::default();
    let actors: Vec<RawActor> = candidates.iter().map(|c| actor(c, &mut actor_ids)).collect();
    let mut in_sentence: HashMap<usize, Vec<usize>> = HashMap::new();
    for (index, candidate) in candidates.iter().enumerate() {
        for &sentence in &candidate.sentences {
            in_sentence.entry(sentence).or_default().push(index);
        }
    }
    let headline = first_line(text);
    let source_id = crate::import::ids::slug_of(&stem(&options.name)).unwrap_or_else(|| "article".to_owned());
    let mut event_ids = UniqueIds::default();
    let events = groups
        .iter()
        .map(|members| {
            let members: Vec<&Mention> = members.iter().map(|&m| &found[m]).collect();
            let context = EventContext {
                text,
                spans: &spans,
                source: &source_id,
                published: options.published,
            };
            let mut event = event(&members, &context, &mut event_ids);
            let mut named: Vec<usize> = members
                .iter()
                .flat_map(|m| in_sentence.get(&m.sentence).into_iter().flatten().copied())
                .collect();
            named.sort_unstable();
            named.dedup();
            event.actors = named
                .into_iter()
                .map(|i| RawActorRef {
                    id: owned(actors[i].id.clone()),
                    role: None,
                })
                .collect();
            event
        })
        .collect::<Vec<_>>();
    let title = options
        .title
        .clone()
        .unwrap_or_else(|| format!("Draft: {headline}"));
    let description = format!(
        "Drafted by chronicle draft from {} (published {}): {} candidate events from {} dated mentions. \
         Review each event's date, title, status and actors, and each actor's kind; then remove the `draft` tag.",
        options.name,
        options.published.format("%Y-%m-%d"),
        events.len(),
        found.len()
    );
    let source = RawSource {
        id: source_id,
        title: headline,
        kind: SourceKind::NewsArticle,
        outlet: None,
        url: None,
        published: Some(options.published.format("%Y-%m-%d").to_string()),
        text: Some(options.text_path.clone()),
        note: None,
    };
    Draft {
        timeline: RawTimeline {
            format: FORMAT_VERSION,
            title,
            description: Some(description),
            sources: vec![source],
            actors,
            events,
        },
        mentions: found.len(),
    }
}

/// The most excerpts a draft event quotes (the first sentences that name it).
const MOST_EXCERPTS: usize = 10;

/// What every event of a draft is made with.
struct EventContext<'t> {
    text: &'t str,
    spans: &'t [std::ops::Range<usize>],
    source: &'t str,
    published: NaiveDate,
}

/// The event of one happening: its first mention dates and titles it; each of its sentences is
/// an excerpt.
fn event(members: &[&Mention], context: &EventContext<'_>, ids: &mut UniqueIds) -> RawEvent<'static> {
    let first = members[0];
    let text = context.text;
    let sentence = context
        .spans
        .get(first.sentence)
        .cloned()
        .unwrap_or(first.timex.start..first.timex.end);
    let date = first.timex.start..first.timex.end;
    let title = title::title(
        text,
        window::around(text, sentence, date.clone(), window::MOST_QUOTED),
        date,
    );
    let expression = text[first.timex.start..first.timex.end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // Each sentence once, the first few of a happening named many times over.
    let mut quoted = std::collections::HashSet::new();
    let excerpts: Vec<RawExcerpt<'static>> = members
        .iter()
        .filter(|m| quoted.insert(m.sentence))
        .take(MOST_EXCERPTS)
        .filter_map(|m| {
            let span = context.spans.get(m.sentence)?.clone();
            let part = window::around(text, span, m.timex.start..m.timex.end, window::MOST_QUOTED);
            Some(RawExcerpt {
                id: None,
                source: owned(context.source.to_owned()),
                quote: owned(text[part].to_owned()),
                note: None,
            })
        })
        .collect();
    let states_its_year = expression
        .split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4);
    RawEvent {
        id: owned(ids.take_from(&title, "event")),
        date: owned(first.date.clone()),
        date_text: Some(expression.clone()),
        date_basis: if states_its_year {
            DateBasis::Source
        } else {
            DateBasis::Inferred
        },
        date_range: DateRange::default(),
        reported: None,
        reported_basis: DateBasis::Source,
        seq: 0,
        title: owned(title),
        summary: RawStr::default(),
        status: status(&first.date, context.published),
        actors: Vec::new(),
        tags: vec![owned("draft".to_owned())],
        claims: Vec::new(),
        excerpts,
        cites: Vec::new(),
        related: Vec::new(),
        note: Some(format!(
            "Draft: proposed from \u{201c}{expression}\u{201d} ({}); check the date, title, status and actors.",
            first.timex.value
        )),
    }
}

/// `scheduled` for a date after publication, `reported` otherwise.
fn status(date: &str, published: NaiveDate) -> Status {
    match parse_event_date(date).ok().and_then(|d| d.first_day()) {
        Some(first) if first > published => Status::Scheduled,
        _ => Status::Reported,
    }
}

fn actor(candidate: &Candidate, ids: &mut UniqueIds) -> RawActor {
    RawActor {
        id: ids.take_from(&candidate.name, "actor"),
        name: candidate.name.clone(),
        kind: candidate.kind,
        role: None,
        aliases: candidate.aliases.clone(),
        member_of: Vec::new(),
        note: Some(format!(
            "Candidate: named {} times in the article; confirm it, its kind and its name, or remove it.",
            candidate.mentions
        )),
    }
}

/// The article's first line that holds something (its headline), on one line and not too long.
fn first_line(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("Untitled article");
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() > 20 {
        format!("{}…", words[..20].join(" "))
    } else {
        words.join(" ")
    }
}

fn stem(name: &str) -> String {
    std::path::Path::new(name)
        .file_stem()
        .map_or_else(|| name.to_owned(), |s| s.to_string_lossy().into_owned())
}

fn owned(text: String) -> RawStr<'static> {
    RawStr(Cow::Owned(text))
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
