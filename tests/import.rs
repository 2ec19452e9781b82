//! `chronicle import`: every TimelineJS sample of the shared interop set imports whole, with its
//! dates, text and media; a round trip through the TimelineJS export gives the same events; any
//! CSV table imports by its columns; what is written checks, and nothing is overwritten.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

mod common;

use chronicle::import::{ImportFormat, Origin, TableColumns, import};
use chronicle::model::RawTimeline;
use common::{chronicle, code, scratch, stderr, stdout};

const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/interop/timelinejs");
const AWKWARD: &str = "tests/fixtures/import/awkward.csv";

fn sample(name: &str) -> String {
    format!("{SAMPLES}/{name}")
}

fn imported(name: &str, format: &ImportFormat) -> RawTimeline<'static> {
    let text = std::fs::read_to_string(sample(name)).unwrap();
    let origin = Origin {
        name: name.to_owned(),
        copy: None,
    };
    import(&text, format, &origin)
        .unwrap_or_else(|problems| panic!("{name}: {problems:?}"))
        .timeline
}

fn dates<'t>(timeline: &'t RawTimeline<'_>) -> Vec<&'t str> {
    timeline.events.iter().map(|e| &*e.date).collect()
}

#[test]
fn every_sample_imports_with_all_its_events() {
    let expected = [
        ("cosmological.json", 6),
        ("eras.json", 23),
        ("example.json", 28),
        ("group_sample.json", 7),
        ("houston-timeline3.json", 18),
        ("milliseconds.json", 5),
        ("seventh_century.json", 21),
        ("twain-marktwain.json", 17),
        ("user-interface-timeline3.json", 22),
        ("women_in_computing.json", 10),
        ("years.json", 5),
    ];
    for (name, events) in expected {
        assert_eq!(
            imported(name, &ImportFormat::TimelineJs).events.len(),
            events,
            "{name}"
        );
    }
    // The sheets have 11 rows each: the title and ten events.
    for name in ["women_in_computing.csv", "my-own-timeline.csv"] {
        let timeline = imported(name, &ImportFormat::TimelineJsSheet);
        assert_eq!(timeline.events.len(), 10, "{name}");
    }
    let eras = imported("eras.json", &ImportFormat::TimelineJs);
    let tagged_era = eras
        .events
        .iter()
        .filter(|e| e.tags.first().is_some_and(|t| &**t == "era"));
    assert_eq!(tagged_era.count(), 3, "the three eras are events tagged `era`");
}

#[test]
fn dates_keep_their_precision_from_deep_time_to_milliseconds() {
    let years = imported("years.json", &ImportFormat::TimelineJs);
    assert_eq!(dates(&years), ["-5410", "-2520", "-2010", "-1450", "-0258"]);
    let cosmos = imported("cosmological.json", &ImportFormat::TimelineJs);
    assert_eq!(&*cosmos.events[0].date, "Y-13798000000");
    assert_eq!(cosmos.events[5].date_text.as_deref(), Some("Now"));
    let reionization = &cosmos.events[3];
    assert_eq!(
        &*reionization.date, "Y-13648000000",
        "a range of such years is kept as its start"
    );
    assert_eq!(
        reionization.date_text.as_deref(),
        Some("-13,648,000,000 – -12,798,000,000")
    );
    let milliseconds = imported("milliseconds.json", &ImportFormat::TimelineJs);
    assert_eq!(
        dates(&milliseconds),
        [
            "2015-01-01T01:01:01.001",
            "2015-01-01T01:01:01.010",
            "2015-01-01T01:01:01.030",
            "2015-01-01T01:01:01.050",
            "2015-01-01T01:01:01.060"
        ]
    );
    let groups = imported("group_sample.json", &ImportFormat::TimelineJs);
    assert_eq!(&*groups.events[0].date, "2016-11-13T09:30:00");
    let century = imported("seventh_century.json", &ImportFormat::TimelineJs);
    assert_eq!(
        dates(&century)[..4],
        [
            "0602/0629",
            "0604/0609",
            "0618-06-18/0907-06-01",
            "0622-08-09/0622-08-23"
        ]
    );
    let legacy = imported("example.json", &ImportFormat::TimelineJs);
    assert_eq!(&*legacy.events[0].date, "2011-03-23");
    assert!(legacy.events.iter().any(|e| &*e.date == "1991-10-06/1996-10-31"));
    let twain = imported("twain-marktwain.json", &ImportFormat::TimelineJs);
    let hannibal = twain
        .events
        .iter()
        .find(|e| &*e.id == "hannibal-missouri")
        .unwrap();
    assert_eq!(&*hannibal.date, "1920-01-05/1923-01-05");
    assert_eq!(
        hannibal.date_text.as_deref(),
        Some("1920-01-05 06:45:56 – 1923-01-05 06:45:56"),
        "a range's times are kept in words"
    );
}

#[test]
fn text_is_plain_with_links_kept_and_media_as_sources() {
    let women = imported("women_in_computing.json", &ImportFormat::TimelineJs);
    assert_eq!(women.title, "Women in Computing");
    let ada = &women.events[0];
    assert_eq!(&*ada.title, "Ada Lovelace");
    assert_eq!(&*ada.date, "1815-12-10/1852-11-27");
    assert!(
        ada.summary.starts_with(
            "Women have been programming since before it was a thing. Take Ada Lovelace (https://en.wikipedia.org/wiki/Ada_Lovelace): Daughter of Lord Byron,"
        ),
        "{}",
        &*ada.summary
    );
    assert!(
        ada.summary
            .ends_with("\n\nThis slide demonstrates a simple \"image\" media type.")
    );
    let media = women.sources.iter().find(|s| s.id == *ada.cites[0]).unwrap();
    assert_eq!(media.kind, chronicle::model::SourceKind::Media);
    assert_eq!(media.title, "Portrait by Alfred Edward Chalon");
    assert_eq!(media.outlet.as_deref(), Some("Wikimedia Commons"));
    assert!(
        media
            .url
            .as_deref()
            .unwrap()
            .ends_with("713px-Ada_Lovelace_portrait.jpg")
    );
    assert!(media.text.is_none());
    let links: Vec<&str> = ada.cites[1..].iter().map(|c| &**c).collect();
    assert_eq!(links, ["wikipedia-ada-lovelace", "wikipedia-analytical-engine"]);
    let groups = imported("group_sample.json", &ImportFormat::TimelineJs);
    assert_eq!(
        &*groups.events[0].tags[0],
        "Group 1 - 1ST_INTERVIEW - 1st Interview - Technical assessment"
    );
    let legacy = imported("example.json", &ImportFormat::TimelineJs);
    assert_eq!(legacy.title, "Elizabeth Taylor 1932-2011");
    assert_eq!(&*legacy.events[0].tags[0], "Personal life");
}

#[test]
fn the_sheet_and_the_json_of_one_timeline_import_alike() {
    let json = imported("women_in_computing.json", &ImportFormat::TimelineJs);
    let sheet = imported("women_in_computing.csv", &ImportFormat::TimelineJsSheet);
    assert_eq!(dates(&json), dates(&sheet));
    let titles = |t: &RawTimeline<'_>| t.events.iter().map(|e| e.title.to_string()).collect::<Vec<_>>();
    assert_eq!(titles(&json), titles(&sheet));
}

/// The events as a round trip must keep them: id, date, title, summary, first tag, media.
fn essentials(timeline: &RawTimeline<'_>) -> Vec<String> {
    timeline
        .events
        .iter()
        .map(|e| {
            let first_media = e
                .cites
                .iter()
                .filter_map(|c| timeline.sources.iter().find(|s| s.id == **c))
                .find(|s| s.kind == chronicle::model::SourceKind::Media)
                .and_then(|s| s.url.clone());
            format!(
                "{} | {} | {} | {} | {:?} | {:?}",
                &*e.id,
                &*e.date,
                &*e.title,
                &*e.summary,
                e.tags.first().map(|t| t.to_string()),
                first_media
            )
        })
        .collect::<std::collections::BTreeSet<String>>()
        .into_iter()
        .collect()
}

#[test]
fn a_round_trip_through_the_timelinejs_export_keeps_the_events() {
    let folder = scratch("import-round-trip");
    for name in [
        "twain-marktwain.json",
        "women_in_computing.json",
        "eras.json",
        "milliseconds.json",
        "years.json",
    ] {
        let yaml = folder.join(format!("{name}.yaml"));
        let first = chronicle(&["import", &sample(name), "-o", yaml.to_str().unwrap()]);
        assert_eq!(code(&first), 0, "{}", stderr(&first));
        let exported = chronicle(&[
            "export",
            yaml.to_str().unwrap(),
            "--format",
            "timelinejs",
            "--group-by",
            "tag",
        ]);
        assert_eq!(code(&exported), 0, "{}", stderr(&exported));
        let origin = Origin {
            name: name.to_owned(),
            copy: None,
        };
        let again = import(&stdout(&exported), &ImportFormat::TimelineJs, &origin)
            .unwrap()
            .timeline;
        let original = imported(name, &ImportFormat::TimelineJs);
        assert_eq!(essentials(&again), essentials(&original), "{name}");
    }
}

#[test]
fn written_timelines_check_and_keep_the_imported_file_beside_them() {
    let folder = scratch("import-check");
    for name in [
        "women_in_computing.csv",
        "cosmological.json",
        "example.json",
        "twain-marktwain.json",
    ] {
        let yaml = folder.join(format!("{name}.yaml"));
        let output = chronicle(&["import", &sample(name), "-o", yaml.to_str().unwrap()]);
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        let kept = std::fs::read(folder.join(name)).unwrap();
        assert_eq!(
            kept,
            std::fs::read(sample(name)).unwrap(),
            "the copy is the file as it was"
        );
        let check = chronicle(&["check", yaml.to_str().unwrap()]);
        assert_eq!(code(&check), 0, "{name}: {}", stderr(&check));
        assert!(
            !stderr(&check).contains("no excerpt supports"),
            "every event cites the file: {}",
            stderr(&check)
        );
    }
}

#[test]
fn an_existing_file_is_never_overwritten() {
    let folder = scratch("import-overwrite");
    let out = folder.join("t.yaml");
    std::fs::write(&out, "mine").unwrap();
    let output = chronicle(&["import", &sample("years.json"), "-o", out.to_str().unwrap()]);
    assert_eq!(code(&output), 1);
    assert!(
        stderr(&output)
            .ends_with("t.yaml already exists; chronicle does not overwrite files (choose another name)\n"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    assert!(
        !folder.join("years.json").exists(),
        "nothing is written beside it either"
    );
    // A different file already where the copy goes is refused, and the timeline not written.
    std::fs::write(folder.join("years.json"), "other").unwrap();
    let output = chronicle(&[
        "import",
        &sample("years.json"),
        "-o",
        folder.join("u.yaml").to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 1);
    assert!(stderr(&output).contains("years.json already exists with other text; chronicle does not overwrite files (write into another folder)"), "{}", stderr(&output));
    assert!(!folder.join("u.yaml").exists());
}

#[test]
fn a_csv_table_of_our_own_imports_as_documented() {
    let output = chronicle(&["import", AWKWARD, "--end", "End", "--actors", "Who"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "note: columns read: date ← Date, end ← End, title ← Event, summary ← Summary, actors ← Who, url ← Link; kept in each event's note: Place\n\
         imported 6 events, 1 source, 6 actors from tests/fixtures/import/awkward.csv\n"
    );
    let origin = Origin {
        name: "awkward.csv".to_owned(),
        copy: None,
    };
    let columns = TableColumns {
        end: Some("End".to_owned()),
        actors: Some("Who".to_owned()),
        ..TableColumns::default()
    };
    let text = std::fs::read_to_string(AWKWARD).unwrap();
    let timeline = import(&text, &ImportFormat::Table(Box::new(columns)), &origin)
        .unwrap()
        .timeline;
    assert_eq!(
        dates(&timeline),
        [
            "2022-03-13",
            "2022-03-14",
            "2021-11-15",
            "2022-02-04/2022-02-20",
            "2022-03",
            "2022"
        ]
    );
    let first = &timeline.events[0];
    assert_eq!(
        &*first.title,
        "Reports say Russia asked China for help, officials say"
    );
    assert_eq!(&*first.summary, "US officials, speaking anonymously, said so.");
    let rome = &timeline.events[1];
    assert_eq!(
        &*rome.summary,
        "A seven-hour meeting.\nBoth sides called it \"candid\"."
    );
    assert_eq!(rome.note.as_deref(), Some("Place: Rome, Italy"));
    let names: Vec<&str> = timeline.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Russia",
            "China",
            "Jake Sullivan",
            "Yang Jiechi",
            "Joe Biden",
            "Xi Jinping"
        ]
    );
    let ids: Vec<&str> = timeline.actors.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "russia",
            "china",
            "jake-sullivan",
            "yang-jiechi",
            "joe-biden",
            "xi-jinping"
        ]
    );
    assert_eq!(
        &*timeline.events[4].actors[0].id, "china",
        "a name seen before is the same actor"
    );
    // What it writes checks.
    let folder = scratch("import-awkward");
    let yaml = folder.join("t.yaml");
    let written = chronicle(&[
        "import",
        AWKWARD,
        "--end",
        "End",
        "--actors",
        "Who",
        "-o",
        yaml.to_str().unwrap(),
    ]);
    assert_eq!(code(&written), 0, "{}", stderr(&written));
    let check = chronicle(&["check", yaml.to_str().unwrap()]);
    assert_eq!(code(&check), 0, "{}", stderr(&check));
    // The columns kept in notes are found by search.
    let found = chronicle(&["list", yaml.to_str().unwrap(), "--search", "italy"]);
    assert_eq!(
        stdout(&found),
        "14 Mar 2022  ~¹   jake-sullivan, yang-jiechi  Sullivan and Yang meet in Rome\n"
    );
}

#[test]
fn a_wrong_row_is_named_with_a_hint() {
    let folder = scratch("import-wrong-row");
    let csv = folder.join("t.csv");
    std::fs::write(&csv, "Title,Date\nFine,2022-03-13\nEuropean,13/03/2022\n").unwrap();
    let output = chronicle(&["import", csv.to_str().unwrap()]);
    assert_eq!(code(&output), 1);
    let shown = csv.display();
    assert_eq!(
        stderr(&output),
        format!(
            "{shown}: error: row 3 (`European`): the Date column: `13/03/2022` is not a date read month first (month 13, day 3)\n  \
             hint: it reads as a date written day first: if the column is written so, use --day-first\n\
             {shown}: not imported: 1 problem\n"
        )
    );
    assert!(stdout(&output).is_empty(), "nothing partial is printed");
    let day_first = chronicle(&["import", csv.to_str().unwrap(), "--day-first"]);
    assert_eq!(code(&day_first), 0, "{}", stderr(&day_first));
}

#[test]
fn the_format_is_told_by_the_name_and_the_header() {
    let sheet = chronicle(&["import", &sample("women_in_computing.csv")]);
    assert_eq!(code(&sheet), 0);
    assert!(
        stdout(&sheet).starts_with("format: 1\ntitle: Women in Computing\n"),
        "{}",
        stdout(&sheet)
    );
    let flags_for_tables = chronicle(&["import", &sample("years.json"), "--date", "Year"]);
    assert_eq!(code(&flags_for_tables), 2);
    assert_eq!(
        stderr(&flags_for_tables),
        "error: --date is for a CSV table of events (--format csv), not for TimelineJS\n"
    );
    let unknown = chronicle(&["import", "README.md"]);
    assert_eq!(code(&unknown), 2);
    assert_eq!(
        stderr(&unknown),
        "error: say what the file is with --format timelinejs, timelinejs-csv or csv\n"
    );
}

#[test]
fn what_is_not_a_text_file_is_refused_with_where() {
    let folder = scratch("import-not-text");
    let latin1 = folder.join("t.csv");
    std::fs::write(&latin1, b"Title,Date\nCaf\xe9,2022\n").unwrap();
    let output = chronicle(&["import", latin1.to_str().unwrap()]);
    assert_eq!(code(&output), 1);
    assert!(
        stderr(&output).ends_with(
            "t.csv: line 2, column 4: the file is not UTF-8 text; save it as UTF-8 and try again\n"
        ),
        "{}",
        stderr(&output)
    );
    let output = chronicle(&["import", folder.to_str().unwrap(), "--format", "csv"]);
    assert_eq!(code(&output), 1);
    assert!(
        stderr(&output).ends_with(": it is not a regular file; give the path of a text file\n"),
        "{}",
        stderr(&output)
    );
}
