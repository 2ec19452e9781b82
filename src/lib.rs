//! chronicle: a terminal viewer for news and analyst timelines backed by verbatim source excerpts.

#![forbid(unsafe_code)]

pub mod app;
pub mod cli;
pub mod draft;
pub mod editor;
pub mod event_loop;
pub mod export;
pub mod import;
pub(crate) mod json_out;
pub mod memory;
pub mod model;
pub mod osc52;
pub mod query;
pub(crate) mod sanitize;
pub(crate) mod search_fold;
pub mod timex;
pub(crate) mod tui;
pub mod ui;
pub mod watch;
pub(crate) mod width;
