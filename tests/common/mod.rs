//! Helpers shared by the integration tests: running the real binary.

#![allow(dead_code)]

use std::process::{Command, Output};

/// The timeline the behaviour tests run on: a frozen copy of an early bundled timeline, so that
/// corrections to the bundled content do not move them.
pub(crate) const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample/timeline.yaml");

/// Runs `chronicle` with `args` from the crate root, with colour off unless a test sets it.
pub(crate) fn chronicle(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("the chronicle binary runs")
}

pub(crate) fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub(crate) fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

pub(crate) fn code(output: &Output) -> i32 {
    output.status.code().expect("exited normally")
}

/// A fresh, empty folder for one test, named by the test binary's process and `name`.
pub(crate) fn scratch(name: &str) -> std::path::PathBuf {
    let folder = std::env::temp_dir().join(format!("chronicle-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("the temporary folder is writable");
    folder
}

pub(crate) mod viewer;
