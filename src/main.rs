//! The `chronicle` binary: parse the command line and hand over to the library.

#![forbid(unsafe_code)]

mod allocator;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    chronicle::cli::run(chronicle::cli::Cli::parse())
}
