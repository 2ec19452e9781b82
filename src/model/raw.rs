//! The timeline file as written: plain deserialisable structs, checked later by `convert`.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::kinds::{ActorKind, SourceKind, Stance, Status};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTimeline {
    pub format: u32,
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    #[serde(default)]
    pub actors: Vec<RawActor>,
    #[serde(deserialize_with = "super::progress::counted")]
    pub events: Vec<RawEvent>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: String,
    pub title: String,
    pub kind: SourceKind,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub published: Option<String>,
    pub text: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawActor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub member_of: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: String,
    pub date: String,
    #[serde(default)]
    pub date_text: Option<String>,
    #[serde(default)]
    pub date_basis: DateBasis,
    #[serde(default)]
    pub reported: Option<String>,
    #[serde(default)]
    pub seq: i64,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    pub status: Status,
    #[serde(default)]
    pub actors: Vec<RawActorRef>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub claims: Vec<RawClaim>,
    #[serde(default)]
    pub excerpts: Vec<RawExcerpt>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// Where an event's date comes from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateBasis {
    /// The sources state the date.
    #[default]
    Source,
    /// Worked out from what the sources say (e.g. "before the article was written").
    Inferred,
    /// Context from outside the sources, not stated by them.
    Outside,
}

impl DateBasis {
    pub fn name(self) -> &'static str {
        match self {
            DateBasis::Source => "source",
            DateBasis::Inferred => "inferred",
            DateBasis::Outside => "outside",
        }
    }
}

/// An actor named in an event: a bare id (`xi`) or `{ id: xi, role: initiator }`.
#[derive(Debug)]
pub struct RawActorRef {
    pub id: String,
    pub role: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClaim {
    #[serde(default)]
    pub by: Option<String>,
    pub stance: Stance,
    #[serde(default)]
    pub statement: Option<String>,
    pub excerpt: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawExcerpt {
    #[serde(default)]
    pub id: Option<String>,
    pub source: String,
    pub quote: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorRefFields {
    id: String,
    #[serde(default)]
    role: Option<String>,
}

impl<'de> Deserialize<'de> for RawActorRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ActorRefVisitor)
    }
}

struct ActorRefVisitor;

impl<'de> Visitor<'de> for ActorRefVisitor {
    type Value = RawActorRef;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an actor id, or a mapping with `id` and optional `role`")
    }

    fn visit_str<E: de::Error>(self, id: &str) -> Result<Self::Value, E> {
        Ok(RawActorRef {
            id: id.to_owned(),
            role: None,
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let fields = ActorRefFields::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(RawActorRef {
            id: fields.id,
            role: fields.role,
        })
    }
}
