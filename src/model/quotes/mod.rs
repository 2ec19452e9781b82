//! Matching quotes against source texts: folding whitespace and quote marks, and one search
//! for every quote of a source whose worst case is linear.

pub(super) mod fold;
pub(crate) mod nearest;
pub(super) mod search;
mod word_windows;
