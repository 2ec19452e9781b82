//! The timeline model: the file format, loading, validation and diagnostics. No terminal code here.
//!
//! The folders depend one way: `format` (the types) ← `check` and `read` ← `load`, which also
//! uses `quotes` (text matching, depending on nothing else here).

pub mod bundled;
mod check;
pub mod codes;
mod diagnostic;
mod format;
mod load;
mod quotes;
mod read;
mod slugs;
mod suggest;

pub use check::checker::FORMAT_VERSION;
pub use diagnostic::{Diagnostic, Severity};
pub(crate) use format::date::year_words;
pub use format::date::{DatePoint, EventDate, Precision, parse_event_date};
pub use format::date_meaning::{DateMeaning, DateRange, PeriodMatch};
pub use format::edtf;
pub use format::kinds::{ActorKind, SourceKind, Stance, Status};
pub use format::raw::RawTimeline;
pub(crate) use format::raw::{RawActor, RawActorRef, RawEvent, RawExcerpt, RawSource, RawStr};
pub use format::schema::{SCHEMA_PATH, schema_json};
pub use format::timeline::{
    Actor, ActorIndex, Claim, DateBasis, Event, EventIndex, Excerpt, Participant, Source, SourceIndex,
    Timeline,
};
pub(crate) use load::STANDARD_INPUT;
pub use load::progress::{LoadProgress, Phase};
pub use load::{Input, LoadOptions, Loaded, Phases, Syntax, load_inputs, load_paths, load_paths_reporting};
pub use quotes::fold::find_quotes;
pub use quotes::search::first_occurrences;
pub(crate) use read::files::MAX_SOURCE_TEXT_BYTES;
pub use read::files::{ReadError, SourceTexts};
pub use read::in_memory::TextsInMemory;
pub use read::yaml::document_as_json as yaml_document_as_json;
pub(crate) use read::yaml::write_timeline as timeline_yaml;
pub(crate) use slugs::{UniqueIds, slug_of_file};
pub use suggest::closest as closest_id;
