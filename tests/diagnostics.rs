//! One fixture per validation rule: `chronicle check` output and exit code, snapshotted exactly.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

mod common;

use common::{chronicle, code, stderr};

#[test]
fn each_fixture_gets_its_exact_diagnostic() {
    insta::glob!("fixtures/diagnostics/*.yaml", |path| {
        let relative = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
        let output = chronicle(&["check", relative.to_str().unwrap()]);
        let report = format!("exit code: {}\n{}", code(&output), stderr(&output));
        insta::assert_snapshot!(report);
    });
}

#[test]
fn warnings_alone_leave_the_file_valid_and_errors_do_not() {
    for entry in std::fs::read_dir("tests/fixtures/diagnostics").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let output = chronicle(&["check", path.to_str().unwrap()]);
        let expected = if name.starts_with("warning-") { 0 } else { 1 };
        assert_eq!(code(&output), expected, "{name}: {}", stderr(&output));
    }
}

#[test]
fn all_problems_in_a_file_are_reported_at_once_in_order() {
    let output = chronicle(&["check", "tests/fixtures/several-problems.yaml"]);
    assert_eq!(code(&output), 1);
    let lines: Vec<String> = stderr(&output)
        .lines()
        .filter(|l| !l.starts_with("  hint:"))
        .map(str::to_owned)
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn several_files_are_checked_each_on_its_own() {
    let output = chronicle(&[
        "check",
        "tests/fixtures/valid/minimal.yaml",
        "tests/fixtures/diagnostics/unknown-actor.yaml",
        "tests/fixtures/valid/minimal.yaml",
    ]);
    assert_eq!(code(&output), 1);
    let err = stderr(&output);
    let verdicts: Vec<&str> = err
        .lines()
        .filter(|l| l.contains(": valid:") || l.contains(": invalid:"))
        .collect();
    assert_eq!(
        verdicts,
        [
            "tests/fixtures/valid/minimal.yaml: valid: 2 events, 2 actors, 1 source, 2 excerpts; 0 warnings",
            "tests/fixtures/diagnostics/unknown-actor.yaml: invalid: 1 error, 0 warnings",
            "tests/fixtures/valid/minimal.yaml: valid: 2 events, 2 actors, 1 source, 2 excerpts; 0 warnings",
        ]
    );
}

#[test]
fn missing_files_and_directories_are_refused_plainly() {
    let output = chronicle(&["check", "no/such/file.yaml", "tests"]);
    assert_eq!(code(&output), 1);
    assert_eq!(
        stderr(&output),
        "no/such/file.yaml: error: cannot read no/such/file.yaml: no such file\n  \
         hint: check the file name, or run `chronicle` without a file for the bundled timeline\n\
         no/such/file.yaml: invalid: 1 error, 0 warnings\n\
         tests: error: tests is a directory\n  hint: name a timeline file inside it\n\
         tests: invalid: 1 error, 0 warnings\n"
    );
}
