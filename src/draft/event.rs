//! One draft event: a happening's first mention dates and titles it, and each sentence that
//! names it is an excerpt.

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::model::UniqueIds;
use crate::model::{DateBasis, DateRange, RawEvent, RawExcerpt, RawStr, Status, parse_event_date};

use super::mentions::Mention;
use super::{title, window};

/// The most excerpts a draft event quotes (the first sentences that name it).
pub(crate) const MOST_EXCERPTS: usize = 10;

/// What every event of a draft is made with.
pub(crate) struct EventContext<'t> {
    pub text: &'t str,
    pub spans: &'t [std::ops::Range<usize>],
    pub source: &'t str,
    pub published: NaiveDate,
}

/// The event of one happening: its first mention dates and titles it; each of its sentences is
/// an excerpt.
pub(crate) fn event(
    members: &[&Mention],
    context: &EventContext<'_>,
    ids: &mut UniqueIds,
) -> RawEvent<'static> {
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
    let excerpts = excerpts(members, context);
    let states_its_year = expression
        .split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4);
    RawEvent {
        id: RawStr::owned(ids.take_from(&title, "event")),
        date: RawStr::owned(first.date.clone()),
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
        title: RawStr::owned(title),
        summary: RawStr::default(),
        status: status(first, context.published),
        actors: Vec::new(),
        tags: vec![RawStr::owned("draft".to_owned())],
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

/// Each sentence that names the happening once (the part around the date when it runs on),
/// the first few of a happening named many times over.
fn excerpts(members: &[&Mention], context: &EventContext<'_>) -> Vec<RawExcerpt<'static>> {
    let mut quoted = HashSet::new();
    members
        .iter()
        .filter(|m| quoted.insert(m.sentence))
        .take(MOST_EXCERPTS)
        .filter_map(|m| {
            let span = context.spans.get(m.sentence)?.clone();
            let part = window::around(
                context.text,
                span,
                m.timex.start..m.timex.end,
                window::MOST_QUOTED,
            );
            Some(RawExcerpt {
                id: None,
                source: RawStr::owned(context.source.to_owned()),
                quote: RawStr::owned(context.text[part].to_owned()),
                note: None,
            })
        })
        .collect()
}

/// `scheduled` for a date after publication, or on its day when the sentence speaks of the
/// future ("scheduled for March 14" in an article of March 14); `reported` otherwise.
fn status(mention: &Mention, published: NaiveDate) -> Status {
    match parse_event_date(&mention.date).ok().and_then(|d| d.first_day()) {
        Some(first) if first > published || (first == published && mention.timex.future) => Status::Scheduled,
        _ => Status::Reported,
    }
}
