//! `chronicle export`: each format read back by a real reader of it, hostile text made safe to
//! publish, filtered exports that check, and -o that never harms what it reads.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on what they rely on.

mod common;

use std::path::{Path, PathBuf};

use common::{SAMPLE, chronicle, code, stderr, stdout};

const HOSTILE: &str = "tests/fixtures/publishing/hostile.yaml";

fn scratch(name: &str) -> PathBuf {
    common::scratch(&format!("export-{name}"))
}

fn export(args: &[&str]) -> (String, String) {
    let output = chronicle(&[&["export"], args].concat());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    (stdout(&output), stderr(&output))
}

fn list_json(file: &str, filters: &[&str]) -> serde_json::Value {
    let output = chronicle(&[&["list", file, "--format", "json"], filters].concat());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).unwrap()
}

/// The ids of the listing's `events` or `actors`, in order.
fn ids_of<'a>(listing: &'a serde_json::Value, key: &str) -> Vec<&'a str> {
    let items = listing[key].as_array().unwrap();
    items.iter().map(|item| item["id"].as_str().unwrap()).collect()
}

/// The listing's events and actors, which must survive a round trip exactly.
fn events_and_actors(listing: &serde_json::Value) -> (serde_json::Value, serde_json::Value) {
    (listing["events"].clone(), listing["actors"].clone())
}

#[test]
fn yaml_and_json_exports_read_back_to_the_same_timeline_with_their_texts_beside_them() {
    for format in ["yaml", "json"] {
        let folder = scratch(&format!("round-trip-{format}"));
        let out = folder.join(format!("copy.{format}"));
        let (_, warnings) = export(&[SAMPLE, "--format", format, "-o", out.to_str().unwrap()]);
        assert_eq!(warnings, "");
        assert_eq!(
            std::fs::read(folder.join("article.txt")).unwrap(),
            std::fs::read("tests/fixtures/sample/article.txt").unwrap(),
            "the source text is written beside the export"
        );
        let check = chronicle(&["check", out.to_str().unwrap()]);
        assert_eq!(code(&check), 0, "{}", stderr(&check));
        assert_eq!(
            events_and_actors(&list_json(out.to_str().unwrap(), &[])),
            events_and_actors(&list_json(SAMPLE, &[])),
            "{format}: the same events, dates, quotes and actors"
        );
        // A second export into the same folder finds the same text there and leaves it be.
        let (_, warnings) = export(&[SAMPLE, "--format", format, "-o", out.to_str().unwrap()]);
        assert_eq!(warnings, "");
    }
}

#[test]
fn a_filtered_export_keeps_what_its_events_refer_to_and_drops_links_outside_it() {
    let folder = scratch("filtered");
    let out = folder.join("china.yaml");
    let (_, warnings) = export(&[
        HOSTILE,
        "--status",
        "reported",
        "--format",
        "yaml",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        warnings,
        "warning: 2 related links point to events the filters leave out and are dropped: `talks` → `formula`, `talks` → `summit`\n"
    );
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("- id: talks"), "{text}");
    assert!(!text.contains("related"), "{text}");
    assert!(
        !text.contains("id: mallory"),
        "only the actors the events name: {text}"
    );
    assert!(
        !text.contains("id: script-link"),
        "only the sources the events quote: {text}"
    );
    let check = chronicle(&["check", out.to_str().unwrap()]);
    assert_eq!(code(&check), 0, "{}", stderr(&check));
    let listing = list_json(out.to_str().unwrap(), &[]);
    let ids = ids_of(&listing, "events");
    assert_eq!(ids, ["talks"]);
}

#[test]
fn a_filtered_export_keeps_the_bodies_its_actors_belong_to() {
    let folder = scratch("members");
    let out = folder.join("xi.yaml");
    export(&[
        SAMPLE,
        "--actor",
        "xi",
        "--format",
        "yaml",
        "-o",
        out.to_str().unwrap(),
    ]);
    let check = chronicle(&["check", out.to_str().unwrap()]);
    assert_eq!(
        code(&check),
        0,
        "member_of points at an exported actor: {}",
        stderr(&check)
    );
    let listing = list_json(out.to_str().unwrap(), &[]);
    let actors = ids_of(&listing, "actors");
    assert!(actors.contains(&"xi") && actors.contains(&"china"), "{actors:?}");
    assert_eq!(
        listing["events"].as_array().unwrap().len(),
        list_json(SAMPLE, &["--actor", "xi"])["events"]
            .as_array()
            .unwrap()
            .len()
    );
}

#[test]
fn markdown_renders_to_a_page_of_sections_with_no_markup_from_the_timeline() {
    let (markdown, _) = export(&[HOSTILE, "--format", "markdown"]);
    let html = render_markdown(&markdown);
    assert_eq!(html.matches("<h1>").count(), 1);
    assert_eq!(
        html.matches("<h2>").count(),
        4,
        "three events and the sources: {html}"
    );
    assert_eq!(html.matches("<blockquote>").count(), 4, "one per excerpt");
    assert!(
        html.contains("<h1>&lt;script&gt;alert('title')&lt;/script&gt; *Hostile* &amp; [timeline](javascript:alert(0))</h1>"),
        "the title is text, as written: {html}"
    );
    assert!(
        html.contains(r#"<h2>=HYPERLINK("http://evil.example","click")</h2>"#),
        "{html}"
    );
    assert!(
        html.contains("<h2>1. Talks | go on ~~for days~~</h2>"),
        "not a list, table or strikethrough: {html}"
    );
    assert!(html.contains("<h2>- The summit</h2>"), "{html}");
    assert!(html.contains("<p># Not a heading</p>"), "{html}");
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(
        !html.contains("<em>") && !html.contains("<code>") && !html.contains("<del>"),
        "{html}"
    );
    // Only the https source is a link; the javascript: and data: addresses are shown as text.
    let links: Vec<&str> = html
        .match_indices("<a href=\"")
        .map(|(i, _)| &html[i + 9..i + 40])
        .collect();
    assert!(
        links.iter().all(|l| l.starts_with("https://example.com/a")),
        "{links:?}"
    );
    assert_eq!(links.len(), 3, "two quotes and the source list: {links:?}");
    assert!(html.contains("(javascript:alert(document.cookie))"), "{html}");
}

fn render_markdown(markdown: &str) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(
        &mut html,
        pulldown_cmark::Parser::new_ext(
            markdown,
            pulldown_cmark::Options::all() - pulldown_cmark::Options::ENABLE_SMART_PUNCTUATION,
        ),
    );
    html
}

#[test]
fn timelinejs_slides_escape_html_and_link_only_web_addresses() {
    let (json, _) = export(&[HOSTILE, "--format", "timelinejs", "--group-by", "tag"]);
    let document: serde_json::Value = serde_json::from_str(&json).unwrap();
    let slides = document["events"].as_array().unwrap();
    assert_eq!(slides.len(), 3);
    assert_eq!(
        document["title"]["text"]["headline"],
        "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; *Hostile* &amp; [timeline](javascript:alert(0))"
    );
    let formula = &slides[0];
    assert_eq!(formula["unique_id"], "formula");
    assert_eq!(formula["group"], "@tag");
    let text = formula["text"]["text"].as_str().unwrap();
    assert!(
        text.starts_with("<p>+1 and -1, @here, &lt;img src=x onerror=alert(1)&gt;</p>"),
        "{text}"
    );
    assert!(
        text.contains("&lt;b&gt;Scripted&lt;/b&gt; source (javascript:alert(document.cookie))"),
        "{text}"
    );
    assert!(!text.contains("href=\"javascript"), "{text}");
    let talks = slides[1]["text"]["text"].as_str().unwrap();
    assert!(!talks.contains("href=\"data:"), "{talks}");
    assert!(
        talks.contains("<a href=\"https://example.com/a?b=1&amp;c=&lt;2&gt;\" target=\"_blank\" rel=\"noopener noreferrer\">Web &amp; source</a>"),
        "{talks}"
    );
}

#[test]
fn timelinejs_dates_carry_only_the_parts_their_precision_has() {
    let (json, warnings) = export(&["tests/fixtures/dates/level-1.yaml", "--format", "timelinejs"]);
    let document: serde_json::Value = serde_json::from_str(&json).unwrap();
    let slide = |id: &str| {
        document["events"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["unique_id"] == id)
            .unwrap_or_else(|| panic!("{id} in {json}"))
            .clone()
    };
    assert_eq!(
        slide("alliance")["start_date"],
        serde_json::json!({ "year": "1930" })
    );
    assert_eq!(slide("alliance")["display_date"], "1930s");
    assert_eq!(
        slide("talks")["start_date"],
        serde_json::json!({ "year": "2022" })
    );
    assert_eq!(slide("talks")["display_date"], "spring 2022");
    assert_eq!(
        slide("envoys")["start_date"],
        serde_json::json!({ "year": "2022", "month": "3" })
    );
    assert_eq!(
        slide("minister")["start_date"],
        serde_json::json!({ "year": "2022", "month": "3", "day": "13", "hour": "9", "minute": "30" })
    );
    assert!(
        slide("minister").get("display_date").is_none(),
        "a plain date is TimelineJS's to show"
    );
    assert_eq!(
        slide("dispute")["start_date"],
        serde_json::json!({ "year": "2006" })
    );
    assert_eq!(slide("dispute")["display_date"], "? – 2006");
    assert_eq!(warnings, "", "every dated event has a year TimelineJS can place");
}

#[test]
fn ics_parses_with_a_real_icalendar_parser_and_names_the_events_it_leaves_out() {
    let (text, warnings) = export(&[HOSTILE, "--format", "ics"]);
    assert_eq!(
        warnings,
        "warning: 1 event left out (an iCalendar entry needs a day or a range of days within the years 1–9999): `summit`\n"
    );
    assert!(
        text.split_inclusive('\n')
            .all(|line| line.ends_with("\r\n") && line.len() <= 77)
    );
    let unfolded = icalendar::parser::unfold(&text);
    let calendar = icalendar::parser::read_calendar(&unfolded).unwrap();
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(events.len(), 2);
    let property = |event: &icalendar::parser::Component, name: &str| {
        event
            .properties
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.val.to_string())
            .unwrap_or_else(|| panic!("{name}"))
    };
    assert_eq!(property(events[0], "UID"), "formula@chronicle");
    assert_eq!(property(events[0], "DTSTART"), "20220313");
    assert_eq!(
        property(events[0], "DTEND"),
        "20220314",
        "the day after, exclusive"
    );
    assert_eq!(
        property(events[0], "SUMMARY"),
        r#"=HYPERLINK("http://evil.example","click")"#
    );
    assert_eq!(property(events[1], "DTSTART"), "20220401");
    assert_eq!(property(events[1], "DTEND"), "20220404");
    assert_eq!(property(events[1], "URL"), "https://example.com/a?b=1&c=<2>");
    assert!(
        !text.contains("URL:javascript") && !text.contains("URL:data"),
        "{text}"
    );
}

#[test]
fn csv_has_the_timelinejs_sheet_columns_and_no_cell_can_run_as_a_formula() {
    let (text, _) = export(&[HOSTILE, "--format", "csv", "--group-by", "actor"]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(
        header.join(","),
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4, "the title row and three events");
    assert_eq!(&rows[0][15], "title");
    assert_eq!(rows[1].iter().take(3).collect::<Vec<_>>(), ["2022", "3", "13"]);
    assert_eq!(
        &rows[1][9],
        "'=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)"
    );
    assert_eq!(
        &rows[1][16], "'@Mallory &lt;i&gt;",
        "the group cell is neutralised too"
    );
    assert_eq!(
        rows[2].iter().take(7).collect::<Vec<_>>(),
        ["2022", "4", "1", "", "2022", "4", "3"]
    );
    assert_eq!(&rows[3][9], "'- The summit");
    for row in &rows {
        for cell in row.iter() {
            assert!(!cell.starts_with(['=', '+', '@']), "{cell}");
            assert!(!cell.starts_with('-') || cell.parse::<i64>().is_ok(), "{cell}");
        }
    }
}

#[test]
fn output_never_replaces_a_timeline_or_source_text_it_reads() {
    let folder = scratch("protect");
    for name in ["hostile.yaml", "source.txt"] {
        std::fs::copy(
            Path::new("tests/fixtures/publishing").join(name),
            folder.join(name),
        )
        .unwrap();
    }
    let timeline = folder.join("hostile.yaml");
    for target in ["hostile.yaml", "source.txt", "./source.txt"] {
        let output = chronicle(&[
            "export",
            timeline.to_str().unwrap(),
            "--format",
            "markdown",
            "-o",
            folder.join(target).to_str().unwrap(),
        ]);
        assert_eq!(code(&output), 1, "{target}");
        assert!(
            stderr(&output).contains(
                "which this export reads; chronicle never writes to the files it reads (choose another name)"
            ),
            "{}",
            stderr(&output)
        );
    }
    assert_eq!(
        std::fs::read(&timeline).unwrap(),
        std::fs::read("tests/fixtures/publishing/hostile.yaml").unwrap()
    );
    assert_eq!(
        std::fs::read_dir(&folder).unwrap().count(),
        2,
        "no file was left behind"
    );
}

#[test]
fn output_replaces_an_old_export_whole_and_leaves_nothing_on_failure() {
    let folder = scratch("replace");
    let out = folder.join("briefing.md");
    std::fs::write(&out, "an older, longer export ".repeat(1000)).unwrap();
    export(&[HOSTILE, "--format", "markdown", "-o", out.to_str().unwrap()]);
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(
        written.starts_with("# \\<script\\>") && !written.contains("older"),
        "{written}"
    );
    // A folder that does not exist: one message, and no temporary file anywhere.
    let missing = folder.join("missing").join("briefing.md");
    let output = chronicle(&[
        "export",
        HOSTILE,
        "--format",
        "markdown",
        "-o",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 1);
    assert!(
        stderr(&output).starts_with("error: cannot write "),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 1);
}

#[test]
fn a_yaml_export_refuses_to_put_its_text_over_a_different_file() {
    let folder = scratch("text-clash");
    std::fs::write(folder.join("article.txt"), "somebody else's text").unwrap();
    let out = folder.join("copy.yaml");
    let output = chronicle(&["export", SAMPLE, "--format", "yaml", "-o", out.to_str().unwrap()]);
    assert_eq!(code(&output), 1);
    assert_eq!(
        stderr(&output),
        format!(
            "error: {} already exists with other text; chronicle does not overwrite files (export into another folder)\n",
            folder.join("article.txt").display()
        )
    );
    assert!(!out.exists(), "no export without its text");
    assert_eq!(
        std::fs::read_to_string(folder.join("article.txt")).unwrap(),
        "somebody else's text"
    );
}

#[test]
fn a_yaml_export_is_refused_where_its_own_source_text_goes() {
    let folder = scratch("onto-text");
    let out = folder.join("article.txt");
    let output = chronicle(&["export", SAMPLE, "--format", "yaml", "-o", out.to_str().unwrap()]);
    assert_eq!(code(&output), 1);
    assert_eq!(
        stderr(&output),
        format!(
            "error: {} is where the export puts a source text beside it; choose another name\n",
            out.display()
        )
    );
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0, "nothing written");
    // The bundled timeline too, which is read from no file.
    let out = folder.join("source-article.txt");
    let output = chronicle(&["export", "--format", "yaml", "-o", out.to_str().unwrap()]);
    assert_eq!(code(&output), 1, "{}", stderr(&output));
}

#[test]
fn the_committed_schema_is_the_one_the_loader_generates() {
    let generated = stdout(&chronicle(&["schema"]));
    let committed = std::fs::read_to_string(chronicle::model::SCHEMA_PATH).unwrap();
    assert!(
        generated == committed,
        "schema/timeline.schema.json is out of date: run `cargo run -- schema > schema/timeline.schema.json`"
    );
}

#[test]
fn the_schema_accepts_the_bundled_timeline_the_fixtures_and_the_docs_example_and_refuses_a_misspelt_field() {
    let schema_value: serde_json::Value = serde_json::from_str(&chronicle::model::schema_json()).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.add_resource("chronicle.json", schema_value).unwrap();
    let schema = compiler.compile("chronicle.json", &mut schemas).unwrap();
    let docs = std::fs::read_to_string("docs/format.md").unwrap();
    let example = docs
        .split("```yaml\n")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let mut documents = vec![("docs example".to_owned(), example.to_owned())];
    for file in [
        "timelines/russia-china-2022.yaml",
        SAMPLE,
        HOSTILE,
        "tests/fixtures/dates/level-1.yaml",
    ] {
        documents.push((file.to_owned(), std::fs::read_to_string(file).unwrap()));
    }
    for (name, text) in &documents {
        let value = chronicle::model::yaml_document_as_json(text).unwrap();
        if let Err(e) = schemas.validate(&value, schema) {
            panic!("{name}: {e}");
        }
    }
    let misspelt =
        chronicle::model::yaml_document_as_json(&documents[1].1.replacen("title:", "titel:", 1)).unwrap();
    assert!(schemas.validate(&misspelt, schema).is_err());
}

#[test]
fn completions_and_the_manual_page_name_every_command() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let output = chronicle(&["completions", shell]);
        assert_eq!(code(&output), 0, "{shell}");
        let script = stdout(&output);
        for command in ["export", "list", "check", "init", "schema"] {
            assert!(script.contains(command), "{shell}: {command}");
        }
    }
    let page = stdout(&chronicle(&["man"]));
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq") || page.contains(".TH chronicle"),
        "{page}"
    );
    assert!(page.contains("export"), "{page}");
}
