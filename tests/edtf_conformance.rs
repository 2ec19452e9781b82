//! EDTF conformance: every Level 0 and Level 1 case of the shared table, from five
//! implementations' test suites, accepted or rejected as it says, with the days it states;
//! the rows where chronicle takes the other side of a convention are listed, with why.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on what they rely on.

use chronicle::model::edtf::{Edtf, End, parse};

/// Rows where the suites follow a convention chronicle does not (see docs/format.md, "Dates").
const EXCEPTIONS: [(&str, &str); 7] = [
    // Winter runs from December to February (go-edtf), not December alone (python-edtf).
    ("2010-24", "winter is December to February"),
    // An unknown end is unknown (edtf.js, go-edtf), not ten years from the known one
    // (python-edtf's choice).
    ("/2006", "an unknown start is unknown"),
    ("2004-06-01/", "an unknown end is unknown"),
    ("1984-06-02?/", "an unknown end is unknown"),
    // `Y` is for years of more than four digits, as the specification says (the rows that
    // refuse `Y2006`, `Y1745` and `Y1234` agree).
    ("Y1700", "a `Y` year has more than four digits"),
    ("Y-1200", "a `Y` year has more than four digits"),
    // A time of day stays on the date it is written with, not moved to UTC.
    ("1985-04-12T23:20:30-04", "a time's day is its written date"),
];

/// What a row states about one end: nothing, a day, or an open or unknown end.
fn stated(text: &str) -> Option<String> {
    let text = text.trim();
    match text {
        "" => None,
        t if t.starts_with("-inf") => Some("open".into()),
        t if t.starts_with("inf") => Some("open".into()),
        "unknown" => Some("unknown".into()),
        t => Some(t.to_owned()),
    }
}

/// What the parse gives for each end, in the table's terms.
fn bounds(edtf: &Edtf) -> (String, String) {
    let show = |day: Option<chronicle::model::edtf::Day>| day.map_or("unknown".into(), |d| d.to_string());
    match edtf {
        Edtf::Point(p) => (show(p.lower()), show(p.upper())),
        Edtf::Interval { start, end } => {
            let side = |end: &End, lower: bool| match end {
                End::Open => "open".to_owned(),
                End::Unknown => "unknown".to_owned(),
                End::Point(p) => show(if lower { p.lower() } else { p.upper() }),
            };
            (side(start, true), side(end, false))
        }
    }
}

#[test]
fn every_level_0_and_1_case_is_accepted_or_refused_as_the_table_says() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/edtf/cases.tsv");
    let Ok(table) = std::fs::read_to_string(&path) else {
        panic!("the conformance table is missing: {}", path.display());
    };
    let mut rows = 0;
    let mut disagreements = Vec::new();
    for line in table.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [string, valid, _level, lower, upper, ..] = fields.as_slice() else {
            panic!("a row without its columns: {line:?}");
        };
        rows += 1;
        let parsed = parse(string);
        let problem = match (parsed, *valid == "1") {
            (Ok(_), false) => Some("accepted, but the table refuses it".to_owned()),
            (Err(e), true) => Some(format!("refused ({}), but the table accepts it", e.message)),
            (Err(_), false) => None,
            (Ok(edtf), true) => {
                let (ours_lower, ours_upper) = bounds(&edtf);
                let wrong = |ours: &str, theirs: &str| stated(theirs).is_some_and(|t| t != ours);
                (wrong(&ours_lower, lower) || wrong(&ours_upper, upper)).then(|| {
                    format!("covers {ours_lower} to {ours_upper}, the table says {lower} to {upper}")
                })
            }
        };
        if let Some(problem) = problem {
            disagreements.push((string.to_string(), problem));
        }
    }
    let unexpected: Vec<String> = disagreements
        .iter()
        .filter(|(string, _)| !EXCEPTIONS.iter().any(|(e, _)| e == string))
        .map(|(string, problem)| format!("{string:?}: {problem}"))
        .collect();
    assert!(unexpected.is_empty(), "{}", unexpected.join("\n"));
    // Each exception is still one (a fixed convention must leave the list).
    for (exception, why) in EXCEPTIONS {
        assert!(
            disagreements.iter().any(|(string, _)| string == exception),
            "{exception} ({why}) now agrees with the table"
        );
    }
    // Under 2% of the rows.
    assert!(rows >= 400, "{rows} rows");
    assert!(
        EXCEPTIONS.len() * 50 < rows,
        "{} exceptions of {rows}",
        EXCEPTIONS.len()
    );
}
