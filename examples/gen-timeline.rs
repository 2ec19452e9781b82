//! Writes a deterministic, realistic timeline of N events and its source texts, for benchmarks.
//!
//! `cargo run --release --example gen-timeline -- N OUT_DIR [--json]` writes
//! `OUT_DIR/timeline.yaml` (or `timeline.json`) and `OUT_DIR/source-K.txt`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

#[path = "common/generate.rs"]
mod generate;

use std::path::Path;
use std::process::ExitCode;

use generate::generate;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let positional: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let (Some(count), Some(dir)) = (positional.first().and_then(|n| n.parse().ok()), positional.get(1))
    else {
        eprintln!("usage: gen-timeline N OUT_DIR [--json]");
        return ExitCode::from(2);
    };
    match generate(count, Path::new(dir.as_str()), json) {
        Ok(path) => {
            eprintln!("wrote {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen-timeline: {e}");
            ExitCode::FAILURE
        }
    }
}
