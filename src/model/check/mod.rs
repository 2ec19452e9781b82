//! Checks on a timeline as it is converted: ids, references, dates, texts, memberships; and
//! locating each finding in its file.

pub mod checker;
mod event;
pub mod ids;
pub mod locate;
mod members;
