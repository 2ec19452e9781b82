//! The timeline file as written: plain deserialisable structs, checked later by `convert`.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::kinds::{ActorKind, SourceKind, Stance, Status};
use super::split::Chunk;

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
    #[serde(borrow, deserialize_with = "super::progress::counted")]
    pub events: Vec<RawEvent<'a>>,
}

/// A parsed document: its header (with `events` left empty) and its events in runs, in file
/// order: one parsed run when the document was parsed whole, one chunk of text per run when it
/// was cut for parsing on every core.
#[derive(Debug)]
pub struct ParsedDocument<'a> {
    pub header: RawTimeline<'a>,
    pub runs: Vec<Run<'a>>,
}

/// Some of a document's events, in file order.
#[derive(Debug)]
pub enum Run<'a> {
    Parsed(Vec<RawEvent<'a>>),
    /// Still text: parsed by whichever core converts it, so that its raw events are converted
    /// while they are fresh and freed at once.
    Pending(PendingChunk<'a>),
}

impl Run<'_> {
    /// How many events the run holds, or was counted to hold when the document was cut.
    pub fn event_count(&self) -> usize {
        match self {
            Run::Parsed(events) => events.len(),
            Run::Pending(chunk) => chunk.events,
        }
    }
}

/// A chunk of a document's events, cut at event boundaries, with how to parse it.
#[derive(Debug)]
pub struct PendingChunk<'a> {
    pub text: &'a str,
    /// How many events the cut counted in it.
    pub events: usize,
    /// Parses a chunk in the document's syntax (given how many events to expect): its events, or
    /// `None` if anything else is there.
    pub parse_events: fn(&'a str, usize) -> Option<Vec<RawEvent<'a>>>,
}

impl<'a> PendingChunk<'a> {
    /// The chunk's events; `None` when it does not parse or holds other than the events the cut
    /// counted (the cut was wrong, or the document has an error, which the whole parse locates).
    pub fn parse(&self) -> Option<Vec<RawEvent<'a>>> {
        let events = (self.parse_events)(self.text, self.events)?;
        (events.len() == self.events).then_some(events)
    }
}

impl<'a> From<RawTimeline<'a>> for ParsedDocument<'a> {
    fn from(mut whole: RawTimeline<'a>) -> Self {
        let events = std::mem::take(&mut whole.events);
        ParsedDocument {
            header: whole,
            runs: vec![Run::Parsed(events)],
        }
    }
}

#[cfg(test)]
impl Run<'_> {
    /// Whether this run, a chunk still to parse, parses as counted.
    pub fn chunk_parses(&self) -> bool {
        match self {
            Run::Pending(chunk) => chunk.parse().is_some(),
            Run::Parsed(_) => panic!("a split document's runs are pending"),
        }
    }
}

#[cfg(test)]
impl ParsedDocument<'_> {
    /// The header and every event in order, as text: the same for a document parsed whole and
    /// in chunks. `None` if a chunk fails to parse.
    pub fn flattened(&self) -> Option<String> {
        let mut events = Vec::new();
        for run in &self.runs {
            match run {
                Run::Parsed(parsed) => events.extend(parsed.iter().map(|e| format!("{e:?}"))),
                Run::Pending(chunk) => events.extend(chunk.parse()?.iter().map(|e| format!("{e:?}"))),
            }
        }
        Some(format!("{:?}{events:?}", self.header))
    }
}

impl RawTimeline<'_> {
    /// This header, parsed apart from the events, with the events cut into chunks that `parse`
    /// reads. (The header borrows nothing, so it can join events borrowed from elsewhere.)
    pub fn with_chunks<'t>(
        self,
        chunks: &[Chunk<'t>],
        parse: fn(&'t str, usize) -> Option<Vec<RawEvent<'t>>>,
    ) -> ParsedDocument<'t> {
        let header = RawTimeline {
            format: self.format,
            title: self.title,
            description: self.description,
            sources: self.sources,
            actors: self.actors,
            events: Vec::new(),
        };
        let pending = |chunk: &Chunk<'t>| PendingChunk {
            text: chunk.text,
            events: chunk.events,
            parse_events: parse,
        };
        let runs = chunks.iter().map(|chunk| Run::Pending(pending(chunk))).collect();
        ParsedDocument { header, runs }
    }
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
    pub reported: Option<String>,
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
