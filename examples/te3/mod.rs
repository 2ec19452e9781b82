//! TempEval-3 Task A: reading TimeML (.tml) documents and scoring found expressions.
//!
//! Offsets are byte offsets into the document text: the `TEXT` element's content with every
//! tag removed (and the five XML entities decoded), as the tagger reads it.

#![allow(dead_code)]

pub(crate) mod read;
pub(crate) mod score;
