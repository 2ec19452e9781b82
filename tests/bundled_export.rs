//! The bundled timeline's own export tests: what each format carries of its events. Only these
//! and tests/bundled.rs pin the bundled content; behaviour is tested on fixtures in export.rs.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on what they rely on.

mod common;

use common::{chronicle, code, stderr, stdout};

fn export(args: &[&str]) -> (String, String) {
    let output = chronicle(&[&["export"], args].concat());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    (stdout(&output), stderr(&output))
}

fn scratch(name: &str) -> std::path::PathBuf {
    let folder = std::env::temp_dir().join(format!("chronicle-bundled-export-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    folder
}

#[test]
fn yaml_and_json_exports_of_the_bundled_timeline_check_as_the_original() {
    for format in ["yaml", "json"] {
        let folder = scratch(format);
        std::fs::create_dir_all(&folder).unwrap();
        let out = folder.join(format!("bundled.{format}"));
        export(&["--format", format, "-o", out.to_str().unwrap()]);
        let check = chronicle(&["check", out.to_str().unwrap()]);
        assert_eq!(code(&check), 0, "{}", stderr(&check));
        assert!(
            stderr(&check).ends_with("valid: 16 events, 19 actors, 1 source, 29 excerpts; 0 warnings\n"),
            "{}",
            stderr(&check)
        );
        let listing = |args: &[&str]| {
            let output = chronicle(&[&["list", "--format", "json"], args].concat());
            let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
            (value["events"].clone(), value["actors"].clone())
        };
        assert_eq!(listing(&[out.to_str().unwrap()]), listing(&[]), "{format}");
    }
}

#[test]
fn the_markdown_briefing_has_a_section_and_a_quote_per_event_and_excerpt() {
    let (markdown, _) = export(&["--format", "markdown"]);
    assert!(markdown.starts_with("# Russia asks China for help: US–China–Russia diplomacy, March 2022\n"));
    assert!(markdown.contains("\n16 events, from 1 source.\n"));
    assert_eq!(markdown.matches("\n## ").count(), 17, "16 events and the sources");
    assert_eq!(markdown.matches("\n> — ").count(), 29, "one citation per excerpt");
    assert!(
        markdown
            .contains("## Joe Biden's call with Xi Jinping\n\n- **Date:** Nov 2021 (stated by the source)\n")
    );
    assert!(markdown.contains(
        "- **Date:** on or before 13 Mar 2022 (inferred from the source)\n- **Reported:** 13 Mar 2022"
    ));
    assert!(markdown.contains("- **Date:** between 24 Feb and 14 Mar 2022 (from outside the source)\n"));
    assert!(markdown.contains("- Liu Pengyu denies: The claims that China was supporting Russia."));
}

#[test]
fn timelinejs_has_a_slide_per_event_with_the_dates_at_their_precision() {
    let (json, warnings) = export(&["--format", "timelinejs"]);
    assert_eq!(warnings, "");
    let document: serde_json::Value = serde_json::from_str(&json).unwrap();
    let slides = document["events"].as_array().unwrap();
    assert_eq!(slides.len(), 16);
    let slide = |id: &str| slides.iter().find(|s| s["unique_id"] == id).unwrap();
    assert_eq!(
        slide("biden-xi-call")["start_date"],
        serde_json::json!({ "year": "2021", "month": "11" })
    );
    assert_eq!(
        slide("biden-xi-call")["text"]["headline"],
        "Joe Biden&#39;s call with Xi Jinping"
    );
    assert_eq!(
        slide("russia-asks-china-for-equipment")["display_date"],
        "on or before 13 Mar 2022 (inferred from the source)"
    );
    assert_eq!(slide("beijing-winter-olympics")["end_date"]["day"], "20");
    assert!(slide("sullivan-yang-rome-meeting").get("display_date").is_none());
    let china = chronicle(&["list", "--actor", "china"]);
    let (china_json, _) = export(&[
        "--actor",
        "china",
        "--format",
        "timelinejs",
        "--group-by",
        "actor",
    ]);
    let china_doc: serde_json::Value = serde_json::from_str(&china_json).unwrap();
    assert_eq!(
        china_doc["events"].as_array().unwrap().len(),
        stdout(&china).lines().count()
    );
}

#[test]
fn ics_has_an_entry_per_day_dated_event_and_names_the_rest() {
    let (text, warnings) = export(&["--format", "ics"]);
    assert_eq!(
        warnings,
        "warning: 3 events left out (an iCalendar entry needs a day or a range of days within the years 1–9999): \
         `biden-xi-call`, `china-asked-russia-to-delay-invasion`, `russia-asks-china-for-equipment`\n"
    );
    let unfolded = icalendar::parser::unfold(&text);
    let calendar = icalendar::parser::read_calendar(&unfolded).unwrap();
    let starts: Vec<String> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .map(|c| {
            c.properties
                .iter()
                .find(|p| p.name == "DTSTART")
                .unwrap()
                .val
                .to_string()
        })
        .collect();
    assert_eq!(starts.len(), 13);
    assert_eq!(starts.first().unwrap(), "20160625");
    assert_eq!(starts.last().unwrap(), "20220314");
}

#[test]
fn csv_has_the_title_row_and_a_row_per_event() {
    let (text, _) = export(&["--format", "csv"]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 17);
    assert_eq!(
        &rows[0][9],
        "Russia asks China for help: US–China–Russia diplomacy, March 2022"
    );
    let call = rows
        .iter()
        .find(|r| &r[9] == "Joe Biden&#39;s call with Xi Jinping")
        .unwrap();
    assert_eq!(call.iter().take(3).collect::<Vec<_>>(), ["2021", "11", ""]);
}
