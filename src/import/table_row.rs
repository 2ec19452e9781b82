//! One row of a CSV table of events read as an event: its date from the date, start and end
//! columns, its lists split, its source address cited, and the columns no role reads kept in
//! its note.

use crate::export::escape::is_publishable_link;
use crate::model::SourceKind;

use super::builder::{Citation, NewEvent};
use super::table::{Mapping, Role};
use super::table_date::{Order, table_date};
use super::table_reader::at;

/// Why a row has no event: a message and a hint.
pub(super) type RowProblem = (String, Option<String>);

/// A row, with the table's headers and which column holds what.
pub(super) struct Row<'r> {
    pub headers: &'r [String],
    pub mapping: &'r Mapping,
    pub cells: &'r [String],
}

impl Row<'_> {
    /// The row's event.
    pub(super) fn event(&self, order: Order, separator: &str) -> Result<NewEvent, RowProblem> {
        let date = self.date(order)?;
        let mut event = NewEvent {
            title: self.cell(Role::Title).unwrap_or_default().to_owned(),
            summary: self.cell(Role::Summary).unwrap_or_default().to_owned(),
            date,
            actors: self.list(Role::Actors, separator),
            tags: self.list(Role::Tags, separator),
            ..NewEvent::default()
        };
        let mut note: Vec<String> = Vec::new();
        if let Some(url) = self.cell(Role::Url) {
            if is_publishable_link(url) {
                event.cites.push(Citation {
                    url: url.to_owned(),
                    title: String::new(),
                    kind: SourceKind::Other,
                    outlet: None,
                });
            } else {
                note.push(format!("{}: {url}", self.column_name(Role::Url)));
            }
        }
        note.extend(self.unread_cells());
        event.note = (!note.is_empty()).then(|| note.join("\n"));
        Ok(event)
    }

    /// The trimmed cell of the column that holds `role`, when it has something.
    fn cell(&self, role: Role) -> Option<&str> {
        self.mapping.of(role).and_then(|i| at(self.cells, i))
    }

    /// The date, a start and end, or an end alone, in the format's syntax.
    fn date(&self, order: Order) -> Result<String, RowProblem> {
        let date_of = |role: Role| -> Result<Option<String>, RowProblem> {
            let read = |c: &str| {
                table_date(c, order)
                    .map_err(|p| (format!("{}: {}", self.column_name(role), p.message), Some(p.hint)))
            };
            self.cell(role).map(read).transpose()
        };
        let date = match (date_of(Role::Date)?, date_of(Role::Start)?, date_of(Role::End)?) {
            (Some(date), None, None) => date,
            (_, Some(start), Some(end)) => format!("{start}/{end}"),
            (_, Some(start), None) => start,
            (Some(date), None, Some(end)) => format!("{date}/{end}"),
            (None, None, Some(end)) => format!("/{end}"),
            (None, None, None) => {
                let hint = "give every row a date, or remove the rows without one".to_owned();
                return Err(("it has no date".to_owned(), Some(hint)));
            }
        };
        crate::model::parse_event_date(&date)
            .map_err(|e| (format!("`{date}` is not a date: {}", e.message), None))?;
        Ok(date)
    }

    /// The names in the cell of `role`, split at `separator`.
    fn list(&self, role: Role, separator: &str) -> Vec<String> {
        let names = |c: &str| -> Vec<String> {
            c.split(separator)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        };
        self.cell(role).map(names).unwrap_or_default()
    }

    /// `Header: value` for each column no role reads that has something in this row.
    fn unread_cells(&self) -> impl Iterator<Item = String> + '_ {
        self.headers.iter().enumerate().filter_map(|(i, header)| {
            let read = self.mapping.columns.iter().any(|(_, c)| *c == i);
            (!read)
                .then(|| at(self.cells, i))
                .flatten()
                .map(|value| format!("{header}: {value}"))
        })
    }

    /// `the Date column`: how errors name the column of `role`.
    fn column_name(&self, role: Role) -> String {
        self.mapping
            .of(role)
            .map_or_else(String::new, |i| format!("the {} column", self.headers[i]))
    }
}
