//! Tests of reading any CSV table of events.

use super::*;
use crate::model::RawTimeline;

fn read(csv: &str, columns: &TableColumns) -> Result<(RawTimeline<'static>, Vec<String>), Vec<Problem>> {
    import_table(csv, "protests_2022.csv", columns).map(|(builder, notes)| (builder.finish(), notes))
}

const AWKWARD: &str = "\
Event,When,Who,Where,Link,Kind
\"Talks in Rome, day one\",\"March 14, 2022\",Jake Sullivan; Yang Jiechi,\"Rome, Italy\",https://example.com/rome,diplomacy;talks
Call,11/15/21,Joe Biden;Xi Jinping,,,
Games open,2022-02-04,,Beijing,not a link,
Denial,3/2022, ; ,,,
";

#[test]
fn the_usual_column_names_are_found_and_awkward_cells_read() {
    let (timeline, notes) = read(
        AWKWARD,
        &TableColumns {
            tags: Some("kind".to_owned()),
            ..TableColumns::default()
        },
    )
    .unwrap();
    assert_eq!(timeline.title, "protests 2022");
    assert_eq!(
        notes,
        [
            "columns read: date ← When, title ← Event, tags ← Kind, url ← Link; kept in each event's note: Who, Where"
        ]
    );
    let dates: Vec<&str> = timeline.events.iter().map(|e| &*e.date).collect();
    assert_eq!(dates, ["2022-03-14", "2021-11-15", "2022-02-04", "2022-03"]);
    let rome = &timeline.events[0];
    assert_eq!(
        (&*rome.id, &*rome.title),
        ("talks-in-rome-day-one", "Talks in Rome, day one")
    );
    assert_eq!(
        rome.tags.iter().map(|t| &**t).collect::<Vec<_>>(),
        ["diplomacy", "talks"]
    );
    assert_eq!(
        rome.note.as_deref(),
        Some("Who: Jake Sullivan; Yang Jiechi\nWhere: Rome, Italy")
    );
    assert_eq!(
        timeline.sources[0].url.as_deref(),
        Some("https://example.com/rome")
    );
    assert_eq!(timeline.sources[0].title, "https://example.com/rome");
    assert_eq!(
        timeline.events[2].note.as_deref(),
        Some("the Link column: not a link\nWhere: Beijing")
    );
}

#[test]
fn actors_are_made_from_distinct_names() {
    let columns = TableColumns {
        actors: Some("Who".to_owned()),
        ..TableColumns::default()
    };
    let (timeline, _) = read(AWKWARD, &columns).unwrap();
    let actors: Vec<(&str, &str)> = timeline
        .actors
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str()))
        .collect();
    assert_eq!(
        actors,
        [
            ("jake-sullivan", "Jake Sullivan"),
            ("yang-jiechi", "Yang Jiechi"),
            ("joe-biden", "Joe Biden"),
            ("xi-jinping", "Xi Jinping")
        ]
    );
    assert!(
        timeline.events[3].actors.is_empty(),
        "a cell of separators names nobody"
    );
    let comma = TableColumns {
        actors: Some("3".to_owned()),
        separator: Some(",".to_owned()),
        ..TableColumns::default()
    };
    let (timeline, _) = read("Title,Date,People\nA,2022,\"Lee, Kim,Lee\"\n", &comma).unwrap();
    let names: Vec<&str> = timeline.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Lee", "Kim"]);
    assert_eq!(
        timeline.events[0].actors.len(),
        2,
        "a name twice in a cell is one actor of the event"
    );
}

#[test]
fn start_and_end_make_a_range() {
    let csv = "Title,From,To\nOlympics,2/4/2022,2/20/2022\nOpen-ended,,2022-03\nOne day,2022-03-13,\n";
    let columns = TableColumns {
        start: Some("from".to_owned()),
        end: Some("to".to_owned()),
        ..TableColumns::default()
    };
    let (timeline, _) = read(csv, &columns).unwrap();
    let dates: Vec<&str> = timeline.events.iter().map(|e| &*e.date).collect();
    assert_eq!(dates, ["2022-02-04/2022-02-20", "/2022-03", "2022-03-13"]);
}

#[test]
fn every_wrong_row_is_named() {
    let csv = "Title,Date\nA,13/3/22\nB,\nC,2022-03-13\nD,2022/2021\n";
    let problems = read(csv, &TableColumns::default()).unwrap_err();
    let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        said,
        [
            "row 2 (`A`): the Date column: `13/3/22` is not a date read month first (month 13, day 3)",
            "row 3 (`B`): it has no date",
            "row 5 (`D`): the Date column: `2022/2021` is not a date in a form chronicle reads",
        ]
    );
    assert_eq!(
        problems[0].hint.as_deref(),
        Some("it reads as a date written day first: if the column is written so, use --day-first")
    );
    let day_first = TableColumns {
        day_first: true,
        ..TableColumns::default()
    };
    assert!(read("Title,Date\nA,13/3/22\n", &day_first).is_ok());
}

#[test]
fn missing_columns_are_said_with_the_headers() {
    let problems = read("Headline,Year\nA,2022\n", &TableColumns::default()).unwrap_err();
    assert_eq!(problems[0].message, "no column is known to hold the date");
    assert_eq!(
        problems[0].hint.as_deref(),
        Some("name it with --date (or --start and --end); the columns are: Headline, Year")
    );
    let wrong = TableColumns {
        date: Some("Day".to_owned()),
        ..TableColumns::default()
    };
    let problems = read("Headline,Year\nA,2022\n", &wrong).unwrap_err();
    assert_eq!(
        problems[0].message,
        "--date names `Day`, which is not a column of the table"
    );
    let by_number = TableColumns {
        date: Some("2".to_owned()),
        ..TableColumns::default()
    };
    assert!(read("Headline,Year\nA,2022\n", &by_number).is_ok());
}
