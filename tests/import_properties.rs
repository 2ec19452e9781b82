//! Properties of `import` on made-up files: every event imports or an error names where it
//! failed, never a panic; and what imports always loads as a valid timeline with all its events.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

use chronicle::import::{ImportFormat, Origin, TableColumns, import};
use chronicle::model::{Input, TextsInMemory, load_inputs};
use proptest::prelude::*;

/// Imports `text`; on success the result, written as the format's JSON, must load with as many
/// events as `expected`; on failure every problem must say where.
fn imports_or_names_the_place(text: &str, format: &ImportFormat, expected: usize) {
    let origin = Origin {
        name: "made-up".to_owned(),
        copy: None,
    };
    match import(text, format, &origin) {
        Ok(imported) => {
            let json = serde_json::to_string(&imported.timeline).unwrap();
            let input = Input {
                name: "made-up.json".to_owned(),
                text: json.clone(),
                texts: Box::new(TextsInMemory::default()),
            };
            let loaded = load_inputs(vec![input]).unwrap_or_else(|d| panic!("{d:?}\n{json}"));
            assert_eq!(loaded.timeline.events.len(), expected);
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            assert!(problems.iter().all(|p| p.place.is_some()), "{problems:?}");
        }
    }
}

/// Text with the characters markup, CSV and YAML care about.
fn awkward_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "a",
            "Z",
            " ",
            "\n",
            "<p>",
            "</p>",
            "<br>",
            "<a href=\"https://x.org/?a=1&b\">",
            "</a>",
            "&amp;",
            "&#0;",
            "&",
            "<",
            ">",
            "\"",
            "'",
            ",",
            ";",
            ":",
            "- ",
            "#",
            "é",
            "中",
            "\t",
            "<!--",
            "-->",
            "<script>",
            "\u{7}",
            "{",
            "}",
            "[",
            "]",
            "!",
            "|",
            "*",
            "?",
            "%",
            "@",
            "`",
            "\\",
            "null",
            "~",
            "\u{feff}",
        ]),
        0..12,
    )
    .prop_map(|pieces| pieces.concat())
}

/// A date part as files write them, good or bad.
fn part() -> impl Strategy<Value = serde_json::Value> {
    prop_oneof![
        Just(serde_json::Value::String(String::new())),
        (-20_i64..40).prop_map(|n| serde_json::Value::String(n.to_string())),
        (-99_999_999_999_i64..99_999_999_999).prop_map(|n| serde_json::Value::String(n.to_string())),
        (0_i64..3000).prop_map(serde_json::Value::from),
        Just(serde_json::Value::String("x".to_owned())),
        Just(serde_json::Value::Null),
    ]
}

fn date() -> impl Strategy<Value = serde_json::Value> {
    prop::collection::vec(part(), 7).prop_map(|p| {
        serde_json::json!({"year": p[0], "month": p[1], "day": p[2], "hour": p[3], "minute": p[4], "second": p[5], "millisecond": p[6]})
    })
}

fn slide() -> impl Strategy<Value = serde_json::Value> {
    (
        date(),
        prop::option::of(date()),
        awkward_text(),
        awkward_text(),
        awkward_text(),
        awkward_text(),
    )
        .prop_map(|(start, end, headline, text, media, group)| {
            serde_json::json!({
                "start_date": start, "end_date": end,
                "text": {"headline": headline, "text": text},
                "media": {"url": media, "caption": headline},
                "group": group, "unique_id": group,
            })
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_timelinejs_file_imports_whole_or_names_the_slide(slides in prop::collection::vec(slide(), 0..8)) {
        let count = slides.len();
        let document = serde_json::json!({"title": {"text": {"headline": "T"}}, "events": slides});
        imports_or_names_the_place(&document.to_string(), &ImportFormat::TimelineJs, count);
    }

    #[test]
    fn any_table_imports_whole_or_names_the_row(
        rows in prop::collection::vec((awkward_text(), prop::sample::select(vec![
            "2022-03-13", "3/13/22", "13/3/22", "March 13, 2022", "13 Mar 2022", "March 2022", "2022",
            "2/30/2022", "", "soon", "1/1/69", "2022-03-13 9:30", "Y-170000002", "../2022", "2022/2021",
        ]), awkward_text(), awkward_text()), 0..8),
        day_first in any::<bool>(),
    ) {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(["Title", "Date", "Actors", "Tags"]).unwrap();
        for (title, date, actors, tags) in &rows {
            writer.write_record([title.as_str(), date, actors, tags]).unwrap();
        }
        let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
        let non_blank = rows.iter().filter(|(t, d, a, g)| !(t.trim().is_empty() && d.is_empty() && a.trim().is_empty() && g.trim().is_empty())).count();
        let columns = TableColumns { day_first, ..TableColumns::default() };
        imports_or_names_the_place(&text, &ImportFormat::Table(Box::new(columns)), non_blank);
    }
}
