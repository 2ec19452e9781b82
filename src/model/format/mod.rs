//! The format and its domain types: the file as written (`raw`), dates, kinds, and the checked
//! timeline the rest of chronicle reads.

pub(super) mod date;
pub(super) mod date_meaning;
pub mod edtf;
pub(super) mod event_text;
pub(super) mod kinds;
pub(super) mod raw;
pub(super) mod schema;
pub(super) mod timeline;
