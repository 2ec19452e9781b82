//! One fixture per validation rule: `chronicle check` output and exit code, snapshotted exactly.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

mod common;

use common::{chronicle, code, stderr, stdout};

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
fn a_misspelt_status_hides_none_of_the_other_problems() {
    // The issue's four: `status: denyed`, an unknown actor, a quote one word off, a bad date.
    let output = chronicle(&["check", "tests/fixtures/four-problems.yaml"]);
    assert_eq!(code(&output), 1);
    insta::assert_snapshot!(stderr(&output));
}

/// `check FILE` as on a terminal; CHRONICLE_SNIPPETS=always asks for the snippets in a pipe.
fn check_with_snippets(file: &str) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .args(["check", file])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("CHRONICLE_SNIPPETS", "always")
        .output()
        .unwrap()
}

#[test]
fn on_a_terminal_each_diagnostic_shows_its_line_with_the_value_underlined() {
    let output = check_with_snippets("tests/fixtures/four-problems.yaml");
    assert_eq!(code(&output), 1);
    insta::assert_snapshot!(stderr(&output));
}

#[test]
fn shape_errors_show_their_lines_too_and_their_json_has_every_one() {
    let file = "tests/fixtures/many-shape-errors.yaml";
    let output = check_with_snippets(file);
    assert_eq!(code(&output), 1);
    insta::assert_snapshot!("many_shape_errors_with_snippets", stderr(&output));
    let output = chronicle(&["check", "--format", "json", file]);
    assert_eq!(code(&output), 1);
    insta::assert_snapshot!("many_shape_errors_as_json", stdout(&output));
}

#[test]
fn type_and_field_errors_in_several_places_are_all_reported() {
    let output = chronicle(&["check", "tests/fixtures/many-shape-errors.yaml"]);
    assert_eq!(code(&output), 1);
    insta::assert_snapshot!(stderr(&output));
}

#[test]
fn with_each_several_files_are_checked_each_on_its_own() {
    let output = chronicle(&[
        "check",
        "--each",
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
    let output = chronicle(&["check", "--each", "no/such/file.yaml", "tests"]);
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

#[test]
fn json_documents_are_spoken_of_as_json() {
    let dir = std::env::temp_dir().join(format!("chronicle-json-messages-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let array = dir.join("array.json");
    std::fs::write(&array, "\n  [1, 2, 3, 4, 5, 6]").unwrap();
    let typed = dir.join("typed.json");
    std::fs::write(&typed, r#"{"format": 1, "title": 5, "events": []}"#).unwrap();
    let output = chronicle(&[
        "check",
        "--each",
        array.to_str().unwrap(),
        typed.to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 1);
    let (array, typed) = (array.display(), typed.display());
    assert_eq!(
        stderr(&output),
        format!(
            "{array}:2:3: error: the document is an array; a timeline is one JSON object\n  \
             hint: write `{{\"format\": 1, \"title\": …, \"events\": […]}}`; see docs/format.md\n\
             {array}: invalid: 1 error, 0 warnings\n\
             {typed}:1:24: error: title: invalid type: integer `5`, expected a string\n  \
             hint: check the value's shape against docs/format.md (text goes in double quotes)\n\
             {typed}: invalid: 1 error, 0 warnings\n"
        )
    );
}

#[test]
fn a_typo_of_a_command_is_not_taken_for_a_file() {
    for (typed, meant) in [("lst", "list"), ("chek", "check"), ("lisst", "list")] {
        let output = chronicle(&[typed]);
        assert_eq!(code(&output), 2, "{typed}");
        assert_eq!(
            stderr(&output),
            format!("error: `{typed}` is neither a file nor a command; did you mean `{meant}`?\n")
        );
    }
    let output = chronicle(&["nosuch"]);
    assert_eq!(code(&output), 1);
    assert!(stderr(&output).starts_with("nosuch: error: cannot read nosuch: no such file\n"));
}

#[test]
fn several_files_are_checked_as_the_one_timeline_list_and_the_viewer_show() {
    let (first, second) = (
        "tests/fixtures/valid/minimal.yaml",
        "tests/fixtures/valid/more.yaml",
    );
    let together = chronicle(&["check", first, second]);
    assert_eq!(code(&together), 0, "{}", stderr(&together));
    assert_eq!(
        stderr(&together),
        format!("{first} + {second}: valid: 3 events, 2 actors, 1 source, 3 excerpts; 0 warnings\n")
    );
    let each = chronicle(&["check", "--each", first, second]);
    assert_eq!(
        code(&each),
        1,
        "the second file alone names actors it does not declare"
    );
    assert!(
        stderr(&each).contains(&format!("{second}: invalid:")),
        "{}",
        stderr(&each)
    );
}

#[test]
fn a_warning_that_repeats_shows_its_first_five_and_a_count_unless_all_are_asked_for() {
    let output = chronicle(&["check", "tests/fixtures/repeated-warnings.yaml"]);
    assert_eq!(code(&output), 0);
    let text = stderr(&output);
    assert_eq!(text.matches("warning: events[").count(), 5, "{text}");
    assert!(
        text.contains("… and 3 more `no-excerpt` warnings; --all-warnings prints them all\n"),
        "{text}"
    );
    let all = stderr(&chronicle(&[
        "check",
        "--all-warnings",
        "tests/fixtures/repeated-warnings.yaml",
    ]));
    assert_eq!(all.matches("warning: events[").count(), 8, "{all}");
    // JSON is never cut.
    let json = stdout(&chronicle(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/repeated-warnings.yaml",
    ]));
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["diagnostics"].as_array().unwrap().len(), 8);
}

#[test]
fn check_prints_every_diagnostic_as_json_with_codes_and_ends() {
    let output = chronicle(&["check", "--format", "json", "tests/fixtures/four-problems.yaml"]);
    assert_eq!(code(&output), 1);
    assert_eq!(stderr(&output), "");
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn every_fixture_diagnostic_has_a_code_of_its_own() {
    use chronicle::model::codes::{all_codes, code_of};
    let mut seen = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir("tests/fixtures/diagnostics").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let diagnostics =
            match chronicle::model::load_paths(&[path], chronicle::model::LoadOptions::default()) {
                Ok(loaded) => loaded.warnings,
                Err(diagnostics) => diagnostics,
            };
        for d in &diagnostics {
            let code = code_of(d);
            assert!(all_codes().any(|c| c == code));
            if code == "syntax" {
                assert!(
                    name.starts_with("syntax")
                        || name.starts_with("not-utf8")
                        || name.starts_with("nul-byte")
                        || name.starts_with("alias"),
                    "{name}: {}",
                    d.message
                );
            }
            seen.insert(code);
        }
    }
    assert!(seen.len() >= 20, "{seen:?}");
}

#[test]
fn a_file_with_more_than_a_hundred_shape_errors_says_where_the_check_stopped() {
    let folder = std::env::temp_dir().join(format!("chronicle-many-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("s.txt"), "text").unwrap();
    let mut yaml = String::from(
        "format: 1\ntitle: Many\nsources:\n  - id: s\n    title: S\n    kind: other\n    text: s.txt\nevents:\n",
    );
    for i in 0..150 {
        yaml += &format!("  - id: e{i}\n    date: \"2022\"\n    title: T{i}\n    status: bogus\n");
    }
    let file = folder.join("many.yaml");
    std::fs::write(&file, yaml).unwrap();
    let output = chronicle(&["check", file.to_str().unwrap()]);
    assert_eq!(code(&output), 1);
    let text = stderr(&output);
    let located: Vec<&str> = text.lines().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(located.len(), 101);
    assert!(located[99].ends_with("events[99].status: unknown variant `bogus`"));
    assert!(
        located[100]
            .ends_with(":412:13: error: events[100].status: the check stops here, after 100 problems"),
        "{text}"
    );
    assert!(text.contains("  hint: fix these and check again to see the rest\n"));
    let _ = std::fs::remove_dir_all(&folder);
}

#[test]
fn a_json_timeline_reports_every_problem_at_once_too() {
    let output = check_with_snippets("tests/fixtures/four-problems.json");
    assert_eq!(code(&output), 1);
    insta::assert_snapshot!(stderr(&output));
}
