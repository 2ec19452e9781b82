//! The actor object that the JSON listing and the exports share: the fields of the format,
//! written from the model, with absent ones as null (the listing, JSON) or left out (YAML).

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::model::{Actor, Timeline};

/// One actor as `{id, name, kind, role, aliases, member_of, note}`, `member_of` as ids.
pub(crate) struct ActorObject<'a> {
    pub(crate) timeline: &'a Timeline,
    pub(crate) actor: &'a Actor,
    /// Every field, null or empty when absent; otherwise only those the actor has, as the
    /// format's own files write them.
    pub(crate) complete: bool,
}

impl Serialize for ActorObject<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let actor = self.actor;
        let member_of: Vec<&str> = actor
            .member_of
            .iter()
            .map(|&g| self.timeline.actor(g).id.as_str())
            .collect();
        let mut out = serializer.serialize_struct("Actor", 7)?;
        out.serialize_field("id", &actor.id)?;
        out.serialize_field("name", &actor.name)?;
        out.serialize_field("kind", &actor.kind)?;
        if self.complete || actor.role.is_some() {
            out.serialize_field("role", &actor.role)?;
        }
        if self.complete || !actor.aliases.is_empty() {
            out.serialize_field("aliases", &actor.aliases)?;
        }
        if self.complete || !member_of.is_empty() {
            out.serialize_field("member_of", &member_of)?;
        }
        if self.complete || actor.note.is_some() {
            out.serialize_field("note", &actor.note)?;
        }
        out.end()
    }
}
