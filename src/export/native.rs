//! chronicle's own format, YAML or JSON, written from the checked timeline: the file's own
//! structs filled in again, so that `check` reads the export back to the same events.

use crate::model::{
    Event, FORMAT_VERSION, RawActorRef, RawClaim, RawEvent, RawExcerpt, RawSource, RawStr, RawTimeline,
};
use crate::model::{RawActor, Source};

use super::selection::Selection;

/// The selection in the format's raw structs, ready to serialise. `text_path` gives the path
/// each source's text is written under (the export may move it beside the output).
pub(crate) fn raw_timeline<'a>(
    selection: &Selection<'a>,
    text_path: impl Fn(&Source) -> String,
) -> RawTimeline<'a> {
    let timeline = selection.timeline;
    RawTimeline {
        format: FORMAT_VERSION,
        title: timeline.title.clone(),
        description: timeline.description.clone(),
        sources: selection
            .sources
            .iter()
            .map(|&index| {
                let source = timeline.source(index);
                RawSource {
                    id: source.id.clone(),
                    title: source.title.clone(),
                    kind: source.kind,
                    outlet: source.outlet.clone(),
                    url: source.url.clone(),
                    published: source.published.map(|date| date.edtf()),
                    text: text_path(source),
                    note: source.note.clone(),
                }
            })
            .collect(),
        actors: selection
            .actors
            .iter()
            .map(|&index| {
                let actor = timeline.actor(index);
                RawActor {
                    id: actor.id.clone(),
                    name: actor.name.clone(),
                    kind: actor.kind,
                    role: actor.role.clone(),
                    aliases: actor.aliases.clone(),
                    member_of: actor
                        .member_of
                        .iter()
                        .map(|&m| timeline.actor(m).id.clone())
                        .collect(),
                    note: actor.note.clone(),
                }
            })
            .collect(),
        events: selection
            .events()
            .map(|event| raw_event(selection, event))
            .collect(),
    }
}

fn raw_event<'a>(selection: &Selection<'a>, event: &'a Event) -> RawEvent<'a> {
    let timeline = selection.timeline;
    let excerpt_id = |index: usize| event.excerpts[index].id.as_deref().unwrap_or_default();
    RawEvent {
        id: RawStr::borrowed(event.id()),
        date: RawStr::borrowed(event.date_written()),
        date_text: event.date_text().map(str::to_owned),
        date_basis: event.date_basis,
        date_range: event.date_range,
        reported: event.reported().map(|date| date.edtf()),
        reported_basis: event.reported_basis,
        seq: event.seq,
        title: RawStr::borrowed(event.title()),
        summary: RawStr::borrowed(event.summary()),
        status: event.status,
        actors: event
            .actors
            .iter()
            .map(|p| RawActorRef {
                id: RawStr::borrowed(&timeline.actor(p.actor).id),
                role: p.role.as_deref().map(str::to_owned),
            })
            .collect(),
        tags: event.tags.iter().map(|t| RawStr::borrowed(t)).collect(),
        claims: event
            .claims()
            .iter()
            .map(|claim| RawClaim {
                by: claim.by.map(|a| RawStr::borrowed(&timeline.actor(a).id)),
                stance: claim.stance,
                statement: claim.statement.as_deref().map(str::to_owned),
                excerpt: RawStr::borrowed(excerpt_id(claim.excerpt)),
            })
            .collect(),
        excerpts: event
            .excerpts
            .iter()
            .map(|excerpt| RawExcerpt {
                id: excerpt.id.as_deref().map(str::to_owned),
                source: RawStr::borrowed(&timeline.source(excerpt.source).id),
                quote: RawStr::borrowed(&excerpt.quote),
                note: excerpt.note.as_deref().map(str::to_owned),
            })
            .collect(),
        related: selection
            .related(event)
            .map(|r| RawStr::borrowed(r.id()))
            .collect(),
        note: event.note().map(str::to_owned),
    }
}
