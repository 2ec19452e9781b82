//! The timeline model: the file format, loading, validation and diagnostics. No terminal code here.

mod check;
mod check_event;
mod check_members;
mod convert;
mod convert_events;
pub mod date;
pub mod diagnostic;
mod event_text;
mod files;
mod ids;
mod json;
mod json_split;
pub mod kinds;
pub mod load;
mod locate;
mod nesting;
mod ordering;
mod parallel;
pub mod progress;
mod quote_search;
mod quotes;
pub mod raw;
mod serde_message;
mod split;
mod suggest;
pub mod timeline;
mod yaml;

mod anchored;
pub mod bundled;
mod word_windows;

pub use check::FORMAT_VERSION;
pub use convert::{ReadError, SourceTexts};
pub use date::{DatePoint, EventDate, Precision, parse_event_date};
pub use diagnostic::{Diagnostic, Severity};
pub use kinds::{ActorKind, SourceKind, Stance, Status};
pub use load::{Input, Loaded, Phases, load_inputs, load_paths, load_paths_measured, load_paths_reporting};
pub use quotes::find_quotes;
pub use suggest::closest as closest_id;
pub use timeline::{
    Actor, ActorIndex, Claim, DateBasis, Event, EventIndex, Excerpt, Participant, Source, SourceIndex,
    Timeline,
};
