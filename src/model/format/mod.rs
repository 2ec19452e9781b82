//! The format and its domain types: the file as written (`raw`), dates, kinds, and the checked
//! timeline the rest of chronicle reads.

pub mod date;
pub mod event_text;
pub mod kinds;
pub mod raw;
pub mod timeline;
