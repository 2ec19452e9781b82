//! Loading that can be trusted with someone else's file: nothing lost, nothing hangs, nothing
//! read from outside the timeline's folder.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use chronicle::model::find_quotes;
use common::{chronicle, code, stderr, stdout};

/// A fresh folder for one test.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("chronicle-trust-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn path_arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Runs chronicle, failing the test instead of hanging if it has not finished in 30 s.
fn chronicle_within_time(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(30) {
            child.kill().unwrap();
            panic!("chronicle {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

const EVENT: &str = "  - {id: e%, date: '2022-03-13', title: Event %, status: reported, excerpts: [{source: s, quote: 'the talks'}]}\n";

fn events(count: usize) -> String {
    (0..count).map(|i| EVENT.replace('%', &i.to_string())).collect()
}

const HEADER: &str = "format: 1\ntitle: t\nsources:\n  - {id: s, title: S, kind: report, text: s.txt}\n";

#[test]
fn lines_shaped_like_events_inside_a_string_are_not_events_at_any_size() {
    let dir = folder("fake-events");
    std::fs::write(dir.join("s.txt"), "Officials said the talks would go ahead.").unwrap();
    // A single-quoted description running over several lines, one of them `events:` followed by
    // two lines shaped like events.
    let description = "description: 'A note.\n\n  events:\n\n  - {id: fake-1, date: ''2020'', title: Fake, status: reported}\n\n  - {id: fake-2, date: ''2020'', title: Fake, status: reported}\n\n  end of the note.'\n";
    for real in [3, 36_000] {
        let file = dir.join(format!("t{real}.yaml"));
        std::fs::write(&file, format!("{HEADER}{description}events:\n{}", events(real))).unwrap();
        if real > 3 {
            assert!(
                std::fs::metadata(&file).unwrap().len() > 4 << 20,
                "past the old 4 MiB cut"
            );
        }
        let checked = chronicle(&["check", path_arg(&file)]);
        assert_eq!(code(&checked), 0, "{}", stderr(&checked));
        assert!(
            stderr(&checked).contains(&format!("valid: {real} events")),
            "{}",
            stderr(&checked)
        );
        let listed = stdout(&chronicle(&["list", path_arg(&file)]));
        assert_eq!(listed.lines().count(), real);
        assert!(!listed.contains("Fake"));
    }
}

#[test]
fn a_flow_mapping_holding_block_items_is_refused_at_any_size() {
    let dir = folder("flow");
    std::fs::write(dir.join("s.txt"), "Officials said the talks would go ahead.").unwrap();
    for real in [3, 36_000] {
        let file = dir.join(format!("t{real}.yaml"));
        let text = format!("{{ format: 1, title: t,\nevents:\n{}}}\n", events(real));
        std::fs::write(&file, text).unwrap();
        let checked = chronicle(&["check", path_arg(&file)]);
        assert_eq!(code(&checked), 1, "{real} events: {}", stderr(&checked));
        assert!(stderr(&checked).contains(": error: "), "{}", stderr(&checked));
    }
}

#[test]
fn quotes_against_one_repeated_letter_are_settled() {
    // Half the quotes are there, half differ in their last byte; none has a space.
    let text = "a".repeat(2_000_000);
    let quotes: Vec<String> = (0..40)
        .map(|i| match i % 2 {
            0 => "a".repeat(2000 - i),
            _ => format!("{}b", "a".repeat(2000 - i)),
        })
        .collect();
    let quotes: Vec<&str> = quotes.iter().map(String::as_str).collect();
    let found = find_quotes(&text, &quotes);
    for (i, span) in found.iter().enumerate() {
        let expected = (i % 2 == 0).then(|| 0..2000 - i);
        assert_eq!(span, &expected, "quote {i}");
    }
}

#[test]
fn identical_long_quotes_against_one_repeated_sentence_are_settled() {
    let sentence = "Officials said the talks would resume next week. ".repeat(184);
    let text = sentence.repeat(4_000_000 / sentence.len());
    let whole = sentence.trim_end().to_owned();
    let mut quotes = vec![whole.as_str(); 200];
    let differing: Vec<String> = (0..200)
        .map(|i| format!("{}{i}", &sentence[..sentence.len() - 6]))
        .collect();
    quotes.extend(differing.iter().map(String::as_str));
    let found = find_quotes(&text, &quotes);
    assert!(found[..200].iter().all(|f| f == &Some(0..whole.len())));
    assert!(found[200..].iter().all(Option::is_none));
}

/// Makes a named pipe at `path` with the system's `mkfifo`.
fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().expect("mkfifo runs");
    assert!(made.success());
}

#[test]
fn a_named_pipe_is_refused_without_waiting_for_a_writer() {
    let dir = folder("fifo");
    let pipe = dir.join("pipe.yaml");
    mkfifo(&pipe);
    for args in [vec!["check"], vec!["list"], vec![]] {
        let mut args = args;
        args.push(path_arg(&pipe));
        let output = chronicle_within_time(&args);
        assert_eq!(code(&output), 1, "{args:?}");
        let expected = format!(
            "{0}: error: {0} is a named pipe (FIFO), not a regular file\n  hint: name a timeline file (YAML or JSON) on disk\n",
            pipe.display()
        );
        assert!(
            stderr(&output).starts_with(&expected),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    mkfifo(&dir.join("s.txt"));
    let timeline = dir.join("t.yaml");
    std::fs::write(&timeline, format!("{HEADER}events:\n{}", events(1))).unwrap();
    let output = chronicle_within_time(&["check", path_arg(&timeline)]);
    assert_eq!(code(&output), 1);
    assert!(
        stderr(&output).contains(
            ":4:43: error: sources[0].text: s.txt is a named pipe (FIFO), not a regular file\n  hint: name a text file on disk\n"
        ),
        "{}",
        stderr(&output)
    );
}

/// A timeline in `dir` whose one source's text is `text`, its one quote `quote`.
fn timeline_reading(dir: &Path, text: &str, quote: &str) -> PathBuf {
    let file = dir.join("timeline.yaml");
    let yaml = format!(
        "format: 1\ntitle: t\nsources:\n  - {{id: s, title: S, kind: report, text: '{text}'}}\nevents:\n  - {{id: e, date: '2022', title: E, status: reported, excerpts: [{{source: s, quote: '{quote}'}}]}}\n"
    );
    std::fs::write(&file, yaml).unwrap();
    file
}

#[test]
fn source_texts_outside_the_timelines_folder_are_refused() {
    let outer = folder("outside");
    let dir = outer.join("timeline");
    std::fs::create_dir_all(dir.join("texts")).unwrap();
    std::fs::write(outer.join("secret.txt"), "the secret words").unwrap();
    std::fs::write(dir.join("texts/inside.txt"), "the inside words").unwrap();
    std::os::unix::fs::symlink(outer.join("secret.txt"), dir.join("link.txt")).unwrap();
    std::os::unix::fs::symlink(dir.join("texts/inside.txt"), dir.join("inner-link.txt")).unwrap();
    for text in [
        "../secret.txt",
        "/etc/passwd",
        "link.txt",
        "/proc/self/environ",
        "texts/../../secret.txt",
    ] {
        let file = timeline_reading(&dir, text, "root");
        for command in ["check", "list"] {
            let output = chronicle(&[command, path_arg(&file)]);
            assert_eq!(code(&output), 1, "{text}");
            let expected = format!(
                "{}:4:43: error: sources[0].text: source text `{text}` is outside the timeline's folder\n  hint: a timeline reads texts from its own folder and below; if you trust this file, pass --allow-outside-sources\n",
                file.display()
            );
            assert!(
                stderr(&output).starts_with(&expected),
                "{text}: {}",
                stderr(&output)
            );
            assert_eq!(stdout(&output), "", "nothing of the file is shown");
        }
    }
    for (text, quote) in [
        ("texts/inside.txt", "inside words"),
        ("inner-link.txt", "inside words"),
    ] {
        let file = timeline_reading(&dir, text, quote);
        let output = chronicle(&["check", path_arg(&file)]);
        assert_eq!(code(&output), 0, "{text}: {}", stderr(&output));
    }
    let file = timeline_reading(&dir, "../secret.txt", "secret words");
    let output = chronicle(&["check", "--allow-outside-sources", path_arg(&file)]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let output = chronicle(&["list", path_arg(&file), "--allow-outside-sources"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
}
