//! The `chronicle` binary: parse the command line and hand over to the library.

#![deny(unsafe_code)]

mod allocator;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    allocator::configure();
    chronicle::cli::run(chronicle::cli::Cli::parse())
}
