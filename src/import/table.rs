//! Any CSV table of events with a header row: flags (or the usual column names) say which
//! column holds the date, title, summary, actors, tags and source address; the other columns
//! are kept in each event's note.

use super::builder::Builder;
use super::table_date::Order;
use super::table_reader::{Table, at, read_table};
use super::table_row::Row;
use super::{Problem, origin_line};

/// Which column holds what; a column is named by its header (any case) or its number from 1.
/// A role not given is looked for under its usual names ([`USUAL_NAMES`]).
#[derive(Debug, Clone, Default)]
pub struct TableColumns {
    pub date: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub actors: Option<String>,
    pub tags: Option<String>,
    pub url: Option<String>,
    /// What separates names in the actors and tags cells (`;` when not given).
    pub separator: Option<String>,
    /// Read `3/4/22` as the 3rd of April.
    pub day_first: bool,
}

/// The roles of columns, and the headers each is looked for under when not named by a flag.
const USUAL_NAMES: &[(Role, &[&str])] = &[
    (Role::Date, &["date", "when"]),
    (Role::Start, &["start", "start date", "start_date", "begin"]),
    (Role::End, &["end", "end date", "end_date", "until"]),
    (Role::Title, &["title", "headline", "event", "name"]),
    (Role::Summary, &["summary", "description", "text", "details"]),
    (Role::Actors, &["actors", "actor", "people", "participants"]),
    (Role::Tags, &["tags", "tag", "category", "categories"]),
    (Role::Url, &["url", "link", "source url", "source_url", "source"]),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Date,
    Start,
    End,
    Title,
    Summary,
    Actors,
    Tags,
    Url,
}

impl Role {
    fn flag(self) -> &'static str {
        match self {
            Role::Date => "--date",
            Role::Start => "--start",
            Role::End => "--end",
            Role::Title => "--title",
            Role::Summary => "--summary",
            Role::Actors => "--actors",
            Role::Tags => "--tags",
            Role::Url => "--url",
        }
    }

    fn given(self, columns: &TableColumns) -> Option<&str> {
        match self {
            Role::Date => columns.date.as_deref(),
            Role::Start => columns.start.as_deref(),
            Role::End => columns.end.as_deref(),
            Role::Title => columns.title.as_deref(),
            Role::Summary => columns.summary.as_deref(),
            Role::Actors => columns.actors.as_deref(),
            Role::Tags => columns.tags.as_deref(),
            Role::Url => columns.url.as_deref(),
        }
    }
}

/// Each role's column index, once the flags and headers are matched.
pub(super) struct Mapping {
    pub(super) columns: Vec<(Role, usize)>,
}

impl Mapping {
    pub(super) fn of(&self, role: Role) -> Option<usize> {
        self.columns.iter().find(|(r, _)| *r == role).map(|(_, i)| *i)
    }
}

/// Reads a table of events; `name` is said in the description.
pub(crate) fn import_table(
    text: &str,
    name: &str,
    columns: &TableColumns,
) -> Result<(Builder, Vec<String>), Vec<Problem>> {
    let table = read_table(text)?;
    let mapping = map_columns(&table, columns).map_err(|p| vec![p])?;
    let order = if columns.day_first {
        Order::DayFirst
    } else {
        Order::MonthFirst
    };
    let separator = columns.separator.as_deref().unwrap_or(";");
    let title = std::path::Path::new(name).file_stem().map_or_else(
        || name.to_owned(),
        |s| s.to_string_lossy().replace(['_', '-'], " "),
    );
    let mut builder = Builder::new(title, Some(origin_line(name, "CSV table")));
    let mut problems = Vec::new();
    for (place, cells) in table.rows() {
        let row = Row {
            headers: table.headers(),
            mapping: &mapping,
            cells,
        };
        match row.event(order, separator) {
            Ok(event) => {
                builder.add_event(event);
            }
            Err(problem) => problems.push(Problem {
                place: Some(row_place(&mapping, place, cells)),
                message: problem.0,
                hint: problem.1,
            }),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut notes = vec![mapping_note(&table, &mapping)];
    if table.blank_rows() > 0 {
        notes.push(format!("blank rows skipped: {}", table.blank_rows()));
    }
    Ok((builder, notes))
}

/// `row 3 (`Talks in Rome`)`: the row and, when it has one, its title.
fn row_place(mapping: &Mapping, row: &str, cells: &[String]) -> String {
    match mapping.of(Role::Title).and_then(|i| at(cells, i)) {
        Some(title) => format!("{row} (`{}`)", title.chars().take(60).collect::<String>()),
        None => row.to_owned(),
    }
}

/// Matches each role to a column: the flag's, else a header of the usual names.
fn map_columns(table: &Table, given: &TableColumns) -> Result<Mapping, Problem> {
    let headers = table.headers();
    let mut columns = Vec::new();
    for (role, usual) in USUAL_NAMES {
        let index = match role.given(given) {
            Some(named) => Some(find_column(headers, named).ok_or_else(|| Problem {
                place: Some("the header row".to_owned()),
                message: format!(
                    "{} names `{named}`, which is not a column of the table",
                    role.flag()
                ),
                hint: Some(format!("the columns are: {}", headers.join(", "))),
            })?),
            None => usual.iter().find_map(|u| table.column(u)),
        };
        if let Some(index) = index.filter(|i| !columns.iter().any(|(_, taken)| taken == i)) {
            columns.push((*role, index));
        }
    }
    let mapping = Mapping { columns };
    let missing = |what: &str, flag: &str| Problem {
        place: Some("the header row".to_owned()),
        message: format!("no column is known to hold the {what}"),
        hint: Some(format!(
            "name it with {flag}; the columns are: {}",
            headers.join(", ")
        )),
    };
    if mapping.of(Role::Date).is_none() && mapping.of(Role::Start).is_none() {
        return Err(missing("date", "--date (or --start and --end)"));
    }
    if mapping.of(Role::Title).is_none() {
        return Err(missing("title", "--title"));
    }
    Ok(mapping)
}

/// A header named as given (any case), or a column number from 1.
fn find_column(headers: &[String], named: &str) -> Option<usize> {
    headers
        .iter()
        .position(|h| h.trim().eq_ignore_ascii_case(named.trim()))
        .or_else(|| {
            named
                .trim()
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=headers.len()).contains(n))
                .map(|n| n - 1)
        })
}

/// `columns read: date ← Date, title ← Event, …; kept in notes: Location`.
fn mapping_note(table: &Table, mapping: &Mapping) -> String {
    let headers = table.headers();
    let read: Vec<String> = mapping
        .columns
        .iter()
        .map(|(role, i)| format!("{} ← {}", &role.flag()[2..], headers[*i]))
        .collect();
    let others: Vec<&str> = (0..headers.len())
        .filter(|i| !mapping.columns.iter().any(|(_, c)| c == i))
        .map(|i| headers[i].as_str())
        .collect();
    let mut note = format!("columns read: {}", read.join(", "));
    if !others.is_empty() {
        note.push_str(&format!("; kept in each event's note: {}", others.join(", ")));
    }
    note
}

#[cfg(test)]
#[path = "table_tests.rs"]
mod tests;
