//! chronicle's own format, YAML or JSON, written from the checked timeline: the file's own
//! structs filled in again, so that `check` reads the export back to the same events. Events
//! are written straight from the model (see `native_event`), so a large export copies nothing.

use serde::ser::{Serialize, SerializeSeq, Serializer};

use crate::model::Source;
use crate::model::{FORMAT_VERSION, RawSource};

use super::actor_object::ActorObject;
use super::native_event::EventOut;
use super::selection::Selection;

/// A timeline document as the format writes it: the fields of [`crate::model::RawTimeline`],
/// in its order, with the events made as they are written.
#[derive(serde::Serialize)]
pub(crate) struct Document<'s, 'a> {
    format: u32,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    sources: Vec<RawSource>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    actors: Vec<ActorObject<'a>>,
    events: Events<'s, 'a>,
}

/// The selected events, each written straight from the model.
pub(crate) struct Events<'s, 'a>(&'s Selection<'a>);

impl Serialize for Events<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut events = serializer.serialize_seq(Some(self.0.events.len()))?;
        for event in self.0.events() {
            events.serialize_element(&EventOut::new(self.0, event))?;
        }
        events.end()
    }
}

/// The selection as a document of the format, ready to serialise. `text_path` gives the path
/// each source's text is written under (the export may move it beside the output); `complete`
/// writes the actors with every field, as the JSON listing does (for JSON), rather than only
/// those they have (for YAML).
pub(crate) fn document<'s, 'a>(
    selection: &'s Selection<'a>,
    text_path: impl Fn(&Source) -> Option<String>,
    complete: bool,
) -> Document<'s, 'a> {
    let timeline = selection.timeline;
    Document {
        format: FORMAT_VERSION,
        title: &timeline.title,
        description: timeline.description.as_deref(),
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
            .map(|&index| ActorObject {
                timeline,
                actor: timeline.actor(index),
                complete,
            })
            .collect(),
        events: Events(selection),
    }
}
