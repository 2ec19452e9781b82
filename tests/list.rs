//! `chronicle list` on the sample timeline: every filter, the text lines and the JSON shape.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

mod common;

use common::{SAMPLE, chronicle, code, stderr, stdout};
use serde_json::Value;

/// The ids `chronicle list --format json ARGS` prints, in order; of the sample timeline when
/// ARGS name no file.
fn listed_ids(args: &[&str]) -> Vec<String> {
    let mut all = vec!["list", "--format", "json"];
    if !args.iter().any(|a| a.ends_with(".yaml") || a.ends_with(".json")) {
        all.push(SAMPLE);
    }
    all.extend_from_slice(args);
    let output = chronicle(&all);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let json: Value = serde_json::from_str(&stdout(&output)).expect("valid JSON");
    json["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_whole_timeline_is_listed_in_order() {
    let output = chronicle(&["list", SAMPLE]);
    assert_eq!(code(&output), 0);
    assert_eq!(stderr(&output), "");
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn actor_filter_on_a_state_includes_its_people_and_nothing_else() {
    assert_eq!(
        listed_ids(&["--actor", "china"]),
        [
            "xi-putin-welcome-ceremony",
            "biden-xi-call",
            "beijing-winter-olympics",
            "china-asked-russia-to-delay-invasion",
            "un-abstentions",
            "reports-russia-asked-china-for-equipment",
            "sullivan-cnn-interview",
            "chinese-embassy-denial",
            "sullivan-yang-rome-meeting",
        ]
    );
}

#[test]
fn membership_is_followed_through_organisations() {
    // Sullivan belongs to the White House, which belongs to the United States.
    assert_eq!(
        listed_ids(&["--actor", "us"]),
        [
            "sullivan-white-house-briefing",
            "biden-xi-call",
            "sullivan-cnn-interview",
            "sullivan-yang-rome-meeting"
        ]
    );
}

#[test]
fn repeated_actors_match_any_unless_all_are_required() {
    assert_eq!(
        listed_ids(&["--actor", "yang", "--actor", "biden"]),
        ["biden-xi-call", "sullivan-yang-rome-meeting"]
    );
    assert_eq!(
        listed_ids(&["--actor", "us", "--actor", "china", "--all-actors"]),
        [
            "biden-xi-call",
            "sullivan-cnn-interview",
            "sullivan-yang-rome-meeting"
        ]
    );
    assert!(listed_ids(&["--actor", "yang", "--actor", "biden", "--all-actors"]).is_empty());
}

#[test]
fn search_is_case_insensitive_over_titles_quotes_and_actor_names() {
    assert_eq!(listed_ids(&["--search", "LIFELINE"]), ["sullivan-cnn-interview"]);
    assert_eq!(
        listed_ids(&["--search", "never heard"]),
        ["chinese-embassy-denial"]
    );
    assert_eq!(
        listed_ids(&["--search", "jiechi"]),
        ["sullivan-yang-rome-meeting"]
    );
    assert!(listed_ids(&["--search", "no such words anywhere"]).is_empty());
}

#[test]
fn date_filters_keep_events_that_may_overlap_the_period() {
    assert_eq!(
        listed_ids(&["--from", "2022-03", "--to", "2022-03-13"]),
        [
            "invasion-stalls",
            "un-abstentions",
            "reports-russia-asked-china-for-equipment",
            "sullivan-cnn-interview",
            "chinese-embassy-denial",
        ]
    );
    assert_eq!(
        listed_ids(&["--to", "2021"]),
        [
            "xi-putin-welcome-ceremony",
            "sullivan-white-house-briefing",
            "biden-xi-call",
            // "On or before 20 Feb 2022" may have been in 2021.
            "china-asked-russia-to-delay-invasion",
        ]
    );
}

#[test]
fn filters_combine() {
    assert_eq!(
        listed_ids(&["--actor", "china", "--search", "olympics", "--from", "2022-02-21"]),
        Vec::<String>::new()
    );
    assert_eq!(
        listed_ids(&["--actor", "china", "--search", "olympics"]),
        ["beijing-winter-olympics", "china-asked-russia-to-delay-invasion"]
    );
}

#[test]
fn a_json_timeline_lists_as_its_yaml_twin_does_even_with_escaped_ids() {
    // The JSON twin writes every reference with an escape (`"u\u0073"`), which the parser cannot
    // hand over as a slice of the file: each must still resolve.
    let list = |file: &str| {
        let output = chronicle(&["list", "--format", "json", file]);
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        stdout(&output)
    };
    let yaml = list("tests/fixtures/valid/minimal.yaml");
    assert!(
        yaml.contains("\"related\": [\n        \"talks\"\n      ]"),
        "{yaml}"
    );
    assert_eq!(list("tests/fixtures/valid/minimal-escaped.json"), yaml);
}

const PROVENANCE: &str = "tests/fixtures/provenance/timeline.yaml";

#[test]
fn the_json_listing_carries_all_the_provenance_the_file_holds() {
    // The whole listing of a fixture that uses every provenance field, pinned: claims, notes of
    // events, excerpts and actors, date bases, windows, `reported` as a date, sources whole.
    let output = chronicle(&["list", PROVENANCE, "--format", "json", "--to", "2022-03-22"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn json_claims_point_at_their_excerpts_and_excerpts_at_their_text() {
    let output = chronicle(&["list", PROVENANCE, "--format", "json"]);
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["listing_version"], 1);
    let talks = &json["events"][1];
    assert_eq!(talks["id"], "talks-announced");
    assert_eq!(talks["period_match"], Value::Null);
    let claims = talks["claims"].as_array().unwrap();
    let denial = &claims[1];
    assert_eq!(denial["by"], "ministry");
    assert_eq!(denial["stance"], "denies");
    assert_eq!(denial["excerpt_id"], "denied");
    let excerpt = &talks["excerpts"][denial["excerpt"].as_u64().unwrap() as usize];
    assert_eq!(excerpt["note"], "The ministry gave no reason.");
    let text = std::fs::read_to_string("tests/fixtures/provenance/wire.txt").unwrap();
    let span = excerpt["start"].as_u64().unwrap() as usize..excerpt["end"].as_u64().unwrap() as usize;
    assert_eq!(&text[span], excerpt["quote"].as_str().unwrap());
    assert_eq!(claims[2]["by"], Value::Null);
    let scheduled = &json["events"][2];
    assert_eq!(scheduled["reported"]["written"], "2022-03-14");
    assert_eq!(scheduled["reported"]["basis"], "inferred");
    assert_eq!(scheduled["date"]["window"], false);
    assert_eq!(json["sources"][0]["outlet"], "The Wire");
    assert_eq!(json["actors"][2]["member_of"], serde_json::json!(["ministry"]));
}

#[test]
fn the_text_listing_shows_status_date_basis_and_possible_matches() {
    let output = chronicle(&["list", PROVENANCE, "--to", "2022-03-22"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "in Mar–May 2022*  ≈ ~  officials             The two sides meet in secret\n\
         14 Mar 2022         ?  officials, ministry   Officials say the talks will go ahead\n\
         21–25 Mar 2022*     >  officials, spokesman  Talks in Geneva\n"
    );
    let help = stdout(&chronicle(&["list", "--help"]));
    assert!(help.contains("* inferred from the source"), "{help}");
    assert!(
        help.contains("✓ confirmed  ~ reported  > scheduled  ? disputed  ✗ denied"),
        "{help}"
    );
}

#[test]
fn open_bounds_are_null_in_json_and_may_match_any_period_before_them() {
    let output = chronicle(&[
        "list",
        SAMPLE,
        "--format",
        "json",
        "--search",
        "hold off",
        "--to",
        "2022-02-15",
    ]);
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let date = &json["events"][0]["date"];
    assert_eq!(date["written"], "../2022-02-20");
    assert_eq!(date["start"], Value::Null);
    assert_eq!(date["end"], "2022-02-20");
    assert_eq!(date["precision"], "day");
    assert_eq!(date["basis"], "outside");
    assert_eq!(date["window"], true);
    assert_eq!(json["events"][0]["period_match"], "possible");
}

#[test]
fn unknown_actor_is_a_usage_error_with_a_suggestion() {
    let output = chronicle(&["list", SAMPLE, "--actor", "chna"]);
    assert_eq!(code(&output), 2);
    assert_eq!(
        stderr(&output),
        "error: unknown actor `chna`; did you mean `china`?\n"
    );
    assert_eq!(stdout(&output), "");
}

#[test]
fn bad_dates_and_flags_are_usage_errors() {
    let output = chronicle(&["list", "--from", "2022-02-30"]);
    assert_eq!(code(&output), 2);
    assert_eq!(
        stderr(&output),
        "error: --from 2022-02-30: `2022-02-30` is not a calendar day\n"
    );
    assert_eq!(code(&chronicle(&["list", "--colour"])), 2);
    assert_eq!(code(&chronicle(&["list", "--format", "xml"])), 2);
}

#[test]
fn an_invalid_file_lists_nothing_and_fails() {
    let output = chronicle(&["list", "tests/fixtures/diagnostics/unknown-actor.yaml"]);
    assert_eq!(code(&output), 1);
    assert_eq!(stdout(&output), "");
    assert!(stderr(&output).contains("unknown actor `advisor`"));
}

#[test]
fn piped_output_carries_no_escape_codes_even_without_no_color() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .args([
            "list",
            "tests/fixtures/diagnostics/warning-control-characters.yaml",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    assert_eq!(code(&output), 0);
    let (out, err) = (stdout(&output), stderr(&output));
    assert!(
        !out.contains('\u{1b}') && !err.contains('\u{1b}'),
        "{out:?} {err:?}"
    );
    assert!(!out.contains('\u{202e}'), "{out:?}");
    assert_eq!(out, "13 Mar 2022  ✓  us  Talks\u{fffd}[2J go ahead\u{fffd}\n");
}

#[test]
fn several_files_list_as_one_timeline() {
    let output = chronicle(&[
        "list",
        "tests/fixtures/valid/minimal.yaml",
        "tests/fixtures/valid/more.yaml",
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "12 Mar 2022  ~  adviser  The adviser arrives\n\
         13 Mar 2022  ✓  us       Talks go ahead\n\
         13 Mar 2022  ✓  adviser  The adviser warns\n"
    );
}

#[test]
fn clashing_ids_across_files_name_the_file() {
    let output = chronicle(&[
        "list",
        "tests/fixtures/valid/minimal.yaml",
        "tests/fixtures/valid/minimal.yaml",
    ]);
    assert_eq!(code(&output), 1);
    let first = stderr(&output).lines().next().unwrap().to_owned();
    assert_eq!(
        first,
        "tests/fixtures/valid/minimal.yaml:4:9: error: sources[0].id: duplicate source id `wire`"
    );
}

#[test]
fn the_viewer_refuses_a_non_terminal_and_points_at_list() {
    let output = chronicle(&[SAMPLE, "--actor", "china"]);
    assert_eq!(code(&output), 2);
    assert_eq!(stdout(&output), "");
    assert_eq!(
        stderr(&output),
        "chronicle: the viewer needs a terminal; for plain output use `chronicle list`\n"
    );
    let output = chronicle(&[SAMPLE, "--actor", "chna"]);
    assert_eq!(code(&output), 2);
    assert_eq!(
        stderr(&output),
        "error: unknown actor `chna`; did you mean `china`?\n"
    );
}

#[test]
fn search_folds_case_accents_final_sigma_and_whitespace_alike_on_both_sides() {
    let file = "tests/fixtures/scripts/timeline.yaml";
    for (query, expected) in [
        ("ΑΘΗΝΑΣ", &["athens"][..]),
        ("αθηνας", &["athens"]),
        ("συνοδος", &["athens"]),
        ("ΣΥΝΟΔΟΣ ΑΘΗΝΑΣ", &["athens"]),
        ("istanbul", &["istanbul"]),
        ("İSTANBUL", &["istanbul"]),
        ("Yang  Jiechi", &["rome"]),
        ("yang jiechi meets", &["rome"]),
        ("الدوحة", &["doha"]),
        ("北京", &["beijing"]),
        ("👨‍👩‍👧", &["family"]),
    ] {
        let output = chronicle(&["list", file, "--format", "json", "--search", query]);
        assert_eq!(code(&output), 0, "{query}: {}", stderr(&output));
        let listed: Value = serde_json::from_str(&stdout(&output)).unwrap();
        let ids: Vec<&str> = listed["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, expected, "{query}");
    }
}

#[test]
fn characters_a_terminal_acts_on_never_leave_list_raw() {
    let file = "tests/fixtures/hostile/controls.yaml";
    let json = stdout(&chronicle(&["list", file, "--format", "json"]));
    for escape in [
        "\\u009b", "\\u0085", "\\u202e", "\\u2066", "\\u2069", "\\u2028", "\\ufff9",
    ] {
        assert!(json.contains(escape), "{escape} in {json}");
    }
    let listed: Value = serde_json::from_str(&json).unwrap();
    let title = listed["events"][0]["title"].as_str().unwrap();
    assert!(
        title.contains('\u{9b}') && title.contains('\u{2028}'),
        "nothing is lost"
    );
    let text = stdout(&chronicle(&["list", file]));
    for (json_output, raw) in [(&json, "JSON"), (&text, "text")] {
        let unsafe_char = json_output.chars().find(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{fff9}'..='\u{fffb}')
        });
        assert_eq!(unsafe_char, None, "{raw} output");
    }
}

/// A fresh folder holding `timeline.yaml` quoting `quote` from `source.txt` with `source` in it.
fn timeline_with_source(name: &str, source: &[u8], quote: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("chronicle-list-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("source.txt"), source).unwrap();
    let yaml = format!(
        "\u{feff}format: 1\ntitle: t\nsources:\n  - {{id: s, title: S, kind: report, text: source.txt}}\nevents:\n  - {{id: e, date: '2022', title: E, status: reported, excerpts: [{{source: s, quote: '{quote}'}}]}}\n"
    );
    std::fs::write(dir.join("timeline.yaml"), yaml).unwrap();
    dir.join("timeline.yaml")
}

#[test]
fn quote_offsets_are_offsets_into_the_source_file_as_it_is_on_disk() {
    let source = b"\xEF\xBB\xBFhello world";
    let file = timeline_with_source("bom", source, "hello");
    let output = chronicle(&["list", file.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let listed: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let excerpt = &listed["events"][0]["excerpts"][0];
    let (start, end) = (
        excerpt["start"].as_u64().unwrap(),
        excerpt["end"].as_u64().unwrap(),
    );
    assert_eq!((start, end), (3, 8));
    assert_eq!(&source[start as usize..end as usize], b"hello");
}

#[test]
fn windows_line_breaks_in_a_source_text_are_ordinary_text() {
    let file = timeline_with_source("crlf", b"first line\r\nhello\r\nworld\r\n", "hello world");
    let output = chronicle(&["check", file.to_str().unwrap()]);
    assert_eq!(code(&output), 0);
    assert!(stderr(&output).ends_with("0 warnings\n"), "{}", stderr(&output));
    let lone = timeline_with_source("cr", b"first line\rhello world", "hello world");
    let output = chronicle(&["check", lone.to_str().unwrap()]);
    assert!(
        stderr(&output).contains("warning: sources[0].text: contains the control character U+000D"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn negative_years_are_dates_and_a_reversed_period_is_refused() {
    assert_eq!(listed_ids(&["--from", "-0001"]).len(), listed_ids(&[]).len());
    // Only the event dated "on or before 20 Feb 2022" may lie that far back.
    assert_eq!(
        listed_ids(&["--to", "-0001"]),
        ["china-asked-russia-to-delay-invasion"]
    );
    let output = chronicle(&["list", SAMPLE, "--from", "2023", "--to", "2022"]);
    assert_eq!(code(&output), 2);
    assert_eq!(
        stderr(&output),
        "error: --from 2023 comes after --to 2022: the period is empty; swap them\n"
    );
}

/// Runs chronicle in `dir` with `input` on standard input.
fn chronicle_reading(dir: &str, args: &[&str], input: &[u8]) -> std::process::Output {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_timeline_on_standard_input_is_read_with_its_sources_beside_the_current_folder() {
    let yaml = std::fs::read(SAMPLE).unwrap();
    let listed = chronicle_reading("tests/fixtures/sample", &["list", "-"], &yaml);
    assert_eq!(code(&listed), 0, "{}", stderr(&listed));
    assert_eq!(stdout(&listed).lines().count(), 12);
    let json = std::fs::read("tests/fixtures/valid/minimal-escaped.json").unwrap();
    let checked = chronicle_reading("tests/fixtures/valid", &["check", "-"], &json);
    assert_eq!(
        stderr(&checked),
        "<stdin>: valid: 2 events, 2 actors, 1 source, 2 excerpts; 0 warnings\n"
    );
    let broken = b"format: 1\ntitle: t\nevents:\n  - {id: e, date: '2022', title: E, status: denyed}\n";
    let checked = chronicle_reading(".", &["check", "-"], broken);
    assert_eq!(code(&checked), 1);
    assert!(
        stderr(&checked).contains("<stdin>:4:45: error: events[0].status: unknown variant `denyed`\n"),
        "{}",
        stderr(&checked)
    );
}

#[test]
fn actors_are_named_by_id_or_by_name_or_alias_in_any_case_when_only_one_fits() {
    let file = "tests/fixtures/valid/minimal.yaml";
    let by_id = listed_ids(&[file, "--actor", "adviser"]);
    assert_eq!(listed_ids(&[file, "--actor", "THE ADVISER"]), by_id);
    assert_eq!(listed_ids(&[file, "--actor", "Adviser"]), by_id);
    assert_eq!(
        listed_ids(&[file, "--actor", "united  states"]),
        listed_ids(&[file, "--actor", "us"])
    );
    let dir = std::env::temp_dir().join(format!("chronicle-ambiguous-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ambiguous = dir.join("t.yaml");
    std::fs::write(
        &ambiguous,
        "format: 1\ntitle: t\nactors:\n  - {id: mfa-cn, name: Foreign Ministry, kind: organisation}\n  - {id: mfa-ru, name: MFA, aliases: [Foreign Ministry], kind: organisation}\nevents: []\n",
    )
    .unwrap();
    let output = chronicle(&["list", ambiguous.to_str().unwrap(), "--actor", "foreign ministry"]);
    assert_eq!(code(&output), 2);
    assert_eq!(
        stderr(&output),
        "error: `foreign ministry` names several actors: `mfa-cn` (Foreign Ministry), `mfa-ru` (MFA); give one's id\n"
    );
    let output = chronicle(&["list", ambiguous.to_str().unwrap(), "--actor", "mfa"]);
    assert_eq!(
        code(&output),
        0,
        "`mfa` is only one actor's name: {}",
        stderr(&output)
    );
}

#[test]
fn claim_status_tag_source_and_as_of_flags_filter_and_combine() {
    // China's denials include its embassy spokesman's, whose event is `confirmed`.
    assert_eq!(
        listed_ids(&["--claim-by", "china", "--stance", "denies"]),
        ["china-asked-russia-to-delay-invasion", "chinese-embassy-denial"]
    );
    assert_eq!(
        listed_ids(&["--claim-by", "ft"]),
        ["reports-russia-asked-china-for-equipment"]
    );
    assert_eq!(
        listed_ids(&["--status", "denied", "--status", "scheduled"]),
        [
            "china-asked-russia-to-delay-invasion",
            "sullivan-yang-rome-meeting"
        ]
    );
    assert_eq!(
        listed_ids(&["--tag", "PHOTO", "--from", "2021"]),
        ["sullivan-white-house-briefing"]
    );
    assert_eq!(listed_ids(&["--source", "article", "--single-source"]).len(), 12);
    let known = listed_ids(&["--as-of", "2022-03-12"]);
    assert_eq!(known.len(), 8);
    assert!(!known.contains(&"sullivan-yang-rome-meeting".to_owned()));
    assert_eq!(
        listed_ids(&["--as-of", "2022-03-13", "--actor", "sullivan"]),
        [
            "sullivan-white-house-briefing",
            "sullivan-cnn-interview",
            "sullivan-yang-rome-meeting"
        ]
    );
    // A search that reads as a date finds what may fall on that day.
    assert_eq!(
        listed_ids(&["--search", "14 March 2022"]),
        ["sullivan-yang-rome-meeting"]
    );
}

#[test]
fn unknown_filter_values_are_usage_errors_that_suggest() {
    for (args, message) in [
        (
            &["--status", "denid"][..],
            "error: unknown status `denid`; did you mean `denied`?\n",
        ),
        (
            &["--tag", "sanction"],
            "error: unknown tag `sanction`; did you mean `sanctions`?\n",
        ),
        (
            &["--claim-by", "chna"],
            "error: unknown actor `chna`; did you mean `china`?\n",
        ),
        (
            &["--source", "artcle"],
            "error: unknown source `artcle`; did you mean `article`?\n",
        ),
        (
            &["--as-of", "13 March"],
            "error: --as-of 13 March: `13 March` is not a date: a date starts with a four-digit year (the last digits may be X)\n",
        ),
    ] {
        let mut all = vec!["list", SAMPLE];
        all.extend_from_slice(args);
        let output = chronicle(&all);
        assert_eq!(code(&output), 2, "{args:?}");
        assert_eq!(stderr(&output), message, "{args:?}");
    }
    let output = chronicle(&["list", SAMPLE, "--stance", "doubts"]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("possible values: asserts, denies"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn the_viewer_takes_the_same_flags_and_checks_at() {
    // Without a terminal the viewer still checks its flags before pointing at `list`.
    let output = chronicle(&[
        SAMPLE,
        "--claim-by",
        "china",
        "--stance",
        "denies",
        "--at",
        "biden-xi-call",
    ]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("the viewer needs a terminal"),
        "{}",
        stderr(&output)
    );
    let output = chronicle(&[SAMPLE, "--at", "biden-xi-cal"]);
    assert_eq!(
        stderr(&output),
        "error: --at biden-xi-cal: no event has that id, and it is not a date; did you mean `biden-xi-call`?\n"
    );
    let output = chronicle(&[SAMPLE, "--status", "denid"]);
    assert_eq!(
        stderr(&output),
        "error: unknown status `denid`; did you mean `denied`?\n"
    );
}

#[test]
fn events_resting_on_a_single_source_are_marked_when_there_are_several() {
    let file = "tests/fixtures/two-sources/timeline.yaml";
    let output = chronicle(&["list", file]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "6 May 2022  ?   The minister resigns\n\
         7 May 2022  ~¹  The wire stands by its report\n\
         8 May 2022  ~⁰  Nobody quotes this\n"
    );
    assert_eq!(listed_ids(&[file, "--single-source"]), ["wire-only"]);
    assert_eq!(
        listed_ids(&[file, "--source", "The Wire"]),
        ["resignation", "wire-only"]
    );
    assert_eq!(listed_ids(&[file, "--source", "office"]), ["resignation"]);
}

#[test]
fn dates_of_every_form_are_listed_in_order_in_words() {
    let output = chronicle(&["list", "tests/fixtures/dates/level-1.yaml"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    insta::assert_snapshot!(stdout(&output));
    let filtered = chronicle(&["list", "tests/fixtures/dates/level-1.yaml", "--to", "1800"]);
    assert_eq!(
        stdout(&filtered),
        "-170,000,000    ~  The rock forms\n? – 2006      ≈ ✓  The dispute\n"
    );
}
