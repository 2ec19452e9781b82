//! Checks on a timeline as it is converted: ids, references, dates, texts, memberships; and
//! locating each finding in its file.

pub(super) mod checker;
mod event;
pub(super) mod ids;
pub(super) mod locate;
mod members;
