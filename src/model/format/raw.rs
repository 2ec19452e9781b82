//! The timeline file as written: plain structs, read (and checked later by `convert`), written
//! by exports, and described by the JSON Schema.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use schemars::JsonSchema;
use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::format::date_meaning::DateRange;
use crate::model::format::kinds::{ActorKind, SourceKind, Stance, Status};

/// A whole document. Events borrow their ids, references and main texts from the document's
/// text where the parser allows (the loader copies or only looks them up), so that a load does
/// not allocate millions of short-lived strings.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "chronicle timeline",
    description = "A timeline of dated events, the actors in them and the sources they come from; every event is backed by verbatim excerpts of its sources. See docs/format.md."
)]
pub struct RawTimeline<'a> {
    /// The format's version: 1.
    pub format: u32,
    /// The timeline's title.
    pub title: String,
    /// What the timeline covers and where it comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The sources the events quote.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<RawSource>,
    /// The people, states, organisations and groups taking part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<RawActor>,
    /// The events, in any order (they are shown by date).
    #[serde(borrow)]
    pub events: Vec<RawEvent<'a>>,
}

/// A source the events quote: its full text in a file beside the timeline, or only its web
/// address (then its excerpts cannot be checked against it).
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    /// How excerpts name this source.
    pub id: String,
    /// The source's title, such as a headline.
    pub title: String,
    /// What kind of source it is (`other` when not given).
    #[serde(default)]
    pub kind: SourceKind,
    /// Who published it (a newspaper, an agency).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// Its web address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When it was published, in the date syntax of docs/format.md (`2022-03-14`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The path of its full text, relative to the timeline's folder and inside it. Without it the
    /// source needs a `url`, and the quotes of its excerpts are not verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Anything a reader should know about the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A person, state, organisation or group.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawActor {
    /// How events name this actor.
    pub id: String,
    /// The name shown.
    pub name: String,
    pub kind: ActorKind,
    /// The actor's standing role (`Chinese President`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Other names, found by search (`Washington`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Ids of the actors this one belongs to (Xi Jinping to China).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub member_of: Vec<String>,
    /// Anything a reader should know about the actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A dated event backed by excerpts of its sources.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEvent<'a> {
    /// A unique id, used by `related` and `--at`.
    #[serde(borrow)]
    pub id: RawStr<'a>,
    /// When it happened, in the date syntax of docs/format.md: `2022-03-13`, `2021-11`, `2022-21` (spring), `193X`, `2022-02-04/2022-02-20`, `../2022-03-13`, with `?` uncertain and `~` approximate.
    #[serde(borrow)]
    pub date: RawStr<'a>,
    /// The source's own words for the date (`March 13`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_text: Option<String>,
    /// Where the date comes from: stated by the source (the default), inferred from it, or from outside it.
    #[serde(default, skip_serializing_if = "DateBasis::is_source")]
    pub date_basis: DateBasis,
    /// For a range: `spans` (lasted through it, the default) or `within` (some time in it).
    #[serde(default, skip_serializing_if = "DateRange::is_spans")]
    pub date_range: DateRange,
    /// When the news broke, in the date syntax.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported: Option<String>,
    /// Where the reported date comes from, as `date_basis`.
    #[serde(default, skip_serializing_if = "DateBasis::is_source")]
    pub reported_basis: DateBasis,
    /// Orders events of the same date (lower first).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub seq: i64,
    /// A one-line title.
    #[serde(borrow)]
    pub title: RawStr<'a>,
    /// What happened, in a few sentences.
    #[serde(default, borrow, skip_serializing_if = "is_blank")]
    pub summary: RawStr<'a>,
    /// How well established the event is.
    pub status: Status,
    /// Who took part.
    #[serde(default, borrow, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<RawActorRef<'a>>,
    /// Free-form labels.
    #[serde(default, borrow, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<RawStr<'a>>,
    /// Who asserts or denies the event, each backed by one of its excerpts.
    #[serde(default, borrow, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<RawClaim<'a>>,
    /// Verbatim passages of the sources that back the event.
    #[serde(default, borrow, skip_serializing_if = "Vec::is_empty")]
    pub excerpts: Vec<RawExcerpt<'a>>,
    /// Ids of sources the event rests on without quoting them (a linked page, a photo).
    #[serde(default, borrow, skip_serializing_if = "Vec::is_empty")]
    pub cites: Vec<RawStr<'a>>,
    /// Ids of related events.
    #[serde(default, borrow, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<RawStr<'a>>,
    /// Anything a reader should know about the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Where an event's date (or its `reported` date) comes from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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
    /// Whether this is the default, left out when written.
    pub fn is_source(&self) -> bool {
        *self == DateBasis::Source
    }

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
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(transparent)]
pub struct RawStr<'a>(#[serde(borrow)] pub Cow<'a, str>);

/// Whether a summary is empty, left out when written.
fn is_blank(text: &RawStr<'_>) -> bool {
    text.0.is_empty()
}

/// Whether a `seq` is the default, left out when written.
fn is_zero(seq: &i64) -> bool {
    *seq == 0
}

impl<'a> RawStr<'a> {
    /// Text borrowed from elsewhere, as exports write it.
    pub fn borrowed(text: &'a str) -> Self {
        RawStr(Cow::Borrowed(text))
    }
}

impl RawStr<'static> {
    /// Text made here, as imports and drafts write it.
    pub fn owned(text: String) -> Self {
        RawStr(Cow::Owned(text))
    }
}

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

/// Who asserts or denies the event, backed by one of its excerpts.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawClaim<'a> {
    /// The actor who claims; left out for unattributed reports.
    #[serde(default, borrow, skip_serializing_if = "Option::is_none")]
    pub by: Option<RawStr<'a>>,
    pub stance: Stance,
    /// What is claimed, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    /// The id of the event's excerpt that records the claim.
    #[serde(borrow)]
    pub excerpt: RawStr<'a>,
}

/// A verbatim passage of a source.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawExcerpt<'a> {
    /// How claims name this excerpt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The id of the source quoted.
    #[serde(borrow)]
    pub source: RawStr<'a>,
    /// The passage, verbatim (runs of spaces and line breaks may differ).
    #[serde(borrow)]
    pub quote: RawStr<'a>,
    /// Anything a reader should know about the excerpt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct ActorRefFields<'a> {
    #[serde(borrow)]
    id: RawStr<'a>,
    #[serde(default)]
    role: Option<String>,
}

/// An actor with no role is written as its bare id.
impl Serialize for RawActorRef<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.role {
            None => serializer.serialize_str(&self.id),
            Some(role) => {
                let mut fields = serializer.serialize_struct("ActorRef", 2)?;
                fields.serialize_field("id", &*self.id)?;
                fields.serialize_field("role", role)?;
                fields.end()
            }
        }
    }
}

/// Either spelling: an actor id, or a mapping with `id` and optional `role`.
impl JsonSchema for RawActorRef<'_> {
    fn schema_name() -> Cow<'static, str> {
        "ActorRef".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let fields = generator.subschema_for::<ActorRefFields<'static>>();
        schemars::json_schema!({
            "description": "An actor taking part: its id, or a mapping with the id and the actor's role in this event.",
            "oneOf": [{ "type": "string" }, fields]
        })
    }
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
