//! chronicle: a terminal viewer for news and analyst timelines backed by verbatim source excerpts.

#![forbid(unsafe_code)]

pub mod app;
pub mod cli;
pub mod model;
pub mod query;
pub mod sanitize;
pub mod tui;
pub mod ui;
