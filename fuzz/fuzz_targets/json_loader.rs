//! Bytes loaded as a JSON timeline: a timeline or diagnostics, never a panic or a hang.
#![no_main]

#[path = "loader.rs"]
mod loader;

libfuzzer_sys::fuzz_target!(|data: &[u8]| loader::load("fuzz.json", data));
