//! The timeline file as written: plain deserialisable structs, checked later by `convert`.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::model::format::date_meaning::DateRange;
use crate::model::format::kinds::{ActorKind, SourceKind, Stance, Status};

/// A whole document. Events borrow their ids, references and main texts from the document's
/// text where the parser allows (the loader copies or only looks them up), so that a load does
/// not allocate millions of short-lived strings.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTimeline<'a> {
    pub format: u32,
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    #[serde(default)]
    pub actors: Vec<RawActor>,
    #[serde(borrow)]
    pub events: Vec<RawEvent<'a>>,
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
pub struct RawEvent<'a> {
    #[serde(borrow)]
    pub id: RawStr<'a>,
    #[serde(borrow)]
    pub date: RawStr<'a>,
    #[serde(default)]
    pub date_text: Option<String>,
    #[serde(default)]
    pub date_basis: DateBasis,
    #[serde(default)]
    pub date_range: DateRange,
    #[serde(default)]
    pub reported: Option<String>,
    #[serde(default)]
    pub reported_basis: DateBasis,
    #[serde(default)]
    pub seq: i64,
    #[serde(borrow)]
    pub title: RawStr<'a>,
    #[serde(default, borrow)]
    pub summary: RawStr<'a>,
    pub status: Status,
    #[serde(default, borrow)]
    pub actors: Vec<RawActorRef<'a>>,
    #[serde(default, borrow)]
    pub tags: Vec<RawStr<'a>>,
    #[serde(default, borrow)]
    pub claims: Vec<RawClaim<'a>>,
    #[serde(default, borrow)]
    pub excerpts: Vec<RawExcerpt<'a>>,
    #[serde(default, borrow)]
    pub related: Vec<RawStr<'a>>,
    #[serde(default)]
    pub note: Option<String>,
}

/// Where an event's date (or its `reported` date) comes from.
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

    /// The mark listings put after a date that the sources do not state: `*` worked out from
    /// them, `†` known from outside them; nothing for a stated date.
    pub fn mark(self) -> &'static str {
        match self {
            DateBasis::Source => "",
            DateBasis::Inferred => "*",
            DateBasis::Outside => "†",
        }
    }

    /// The basis in words, for a reader: `inferred from the source`.
    pub fn in_words(self) -> &'static str {
        match self {
            DateBasis::Source => "stated by the source",
            DateBasis::Inferred => "inferred from the source",
            DateBasis::Outside => "from outside the source",
        }
    }
}

/// Text the loader copies or only looks up, borrowed from the document where the parser allows.
#[derive(Debug, Default, Deserialize)]
#[serde(transparent)]
pub struct RawStr<'a>(#[serde(borrow)] pub Cow<'a, str>);

impl Deref for RawStr<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

/// An actor named in an event: a bare id (`xi`) or `{ id: xi, role: initiator }`.
#[derive(Debug)]
pub struct RawActorRef<'a> {
    pub id: RawStr<'a>,
    pub role: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClaim<'a> {
    #[serde(default, borrow)]
    pub by: Option<RawStr<'a>>,
    pub stance: Stance,
    #[serde(default)]
    pub statement: Option<String>,
    #[serde(borrow)]
    pub excerpt: RawStr<'a>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawExcerpt<'a> {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(borrow)]
    pub source: RawStr<'a>,
    #[serde(borrow)]
    pub quote: RawStr<'a>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorRefFields<'a> {
    #[serde(borrow)]
    id: RawStr<'a>,
    #[serde(default)]
    role: Option<String>,
}

impl<'de: 'a, 'a> Deserialize<'de> for RawActorRef<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ActorRefVisitor(std::marker::PhantomData))
    }
}

struct ActorRefVisitor<'a>(std::marker::PhantomData<&'a ()>);

impl<'de: 'a, 'a> Visitor<'de> for ActorRefVisitor<'a> {
    type Value = RawActorRef<'a>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an actor id, or a mapping with `id` and optional `role`")
    }

    fn visit_borrowed_str<E: de::Error>(self, id: &'de str) -> Result<Self::Value, E> {
        Ok(RawActorRef {
            id: RawStr(Cow::Borrowed(id)),
            role: None,
        })
    }

    fn visit_str<E: de::Error>(self, id: &str) -> Result<Self::Value, E> {
        Ok(RawActorRef {
            id: RawStr(Cow::Owned(id.to_owned())),
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
