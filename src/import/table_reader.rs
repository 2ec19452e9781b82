//! A CSV table with a header row, read whole: cells by column name, rows numbered as a
//! spreadsheet numbers them (the header is row 1).

use super::Problem;

pub(crate) struct Table {
    headers: Vec<String>,
    /// Each row's number and cells, blank rows left out.
    rows: Vec<(String, Vec<String>)>,
    blank_rows: usize,
}

impl Table {
    /// The index of the column named `name`, ignoring case and surrounding spaces.
    pub(crate) fn column(&self, name: &str) -> Option<usize> {
        self.headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name.trim()))
    }

    pub(crate) fn headers(&self) -> &[String] {
        &self.headers
    }

    /// The trimmed cell of column `name` in `cells`; `None` when the column is missing or the
    /// cell is empty.
    pub(crate) fn cell<'r>(&self, cells: &'r [String], name: &str) -> Option<&'r str> {
        self.column(name).and_then(|i| at(cells, i))
    }

    /// The rows that hold something, with how errors name them (`row 4`).
    pub(crate) fn rows(&self) -> impl Iterator<Item = (&str, &[String])> {
        self.rows.iter().map(|(n, cells)| (n.as_str(), cells.as_slice()))
    }

    pub(crate) fn blank_rows(&self) -> usize {
        self.blank_rows
    }
}

/// The trimmed cell `index` of a row; `None` when empty or past the row's end.
pub(crate) fn at(cells: &[String], index: usize) -> Option<&str> {
    cells.get(index).map(|c| c.trim()).filter(|c| !c.is_empty())
}

/// Reads `text` as CSV with a header row. A row longer than the header is an error (its extra
/// cells would have no column); a shorter one has empty cells at its end.
pub(crate) fn read_table(text: &str) -> Result<Table, Vec<Problem>> {
    let mut reader = reader(text);
    let headers = headers(&mut reader).map_err(|e| vec![csv_problem(&e)])?;
    if headers.iter().all(String::is_empty) {
        return Err(vec![Problem {
            place: Some("row 1".to_owned()),
            message: "the file has no header row naming its columns".to_owned(),
            hint: Some("the first row names the columns (Date, Title, …)".to_owned()),
        }]);
    }
    let mut rows = Vec::new();
    let mut blank_rows = 0;
    let mut problems = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                problems.push(csv_problem(&e));
                break;
            }
        };
        let row = row_name(
            index + 2,
            record.position().map_or(0, csv::Position::line) as usize,
        );
        if record.len() > headers.len() && record.iter().skip(headers.len()).any(|c| !c.trim().is_empty()) {
            problems.push(Problem {
                place: Some(row.clone()),
                message: format!(
                    "it has {} cells but the header names {} columns",
                    record.len(),
                    headers.len()
                ),
                hint: Some("a comma inside a cell needs the cell in double quotes".to_owned()),
            });
            continue;
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            blank_rows += 1;
            continue;
        }
        rows.push((row, record.iter().map(str::to_owned).collect()));
    }
    if problems.is_empty() {
        Ok(Table {
            headers,
            rows,
            blank_rows,
        })
    } else {
        Err(problems)
    }
}

/// The names in the header row of `text`, read as CSV (only that row is read); none when it is
/// not CSV.
pub(crate) fn header_row(text: &str) -> Vec<String> {
    headers(&mut reader(text)).unwrap_or_default()
}

/// A reader of `text` (a UTF-8 byte order mark left out) whose first row names the columns.
fn reader(text: &str) -> csv::Reader<&[u8]> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes())
}

fn headers(reader: &mut csv::Reader<&[u8]>) -> Result<Vec<String>, csv::Error> {
    Ok(reader.headers()?.iter().map(|h| h.trim().to_owned()).collect())
}

/// `row 4`, and its line when a cell before it spans lines: `row 4 (line 6)`. Records are
/// counted as a spreadsheet counts rows, the header being row 1.
fn row_name(row: usize, line: usize) -> String {
    if line == row || line == 0 {
        format!("row {row}")
    } else {
        format!("row {row} (line {line})")
    }
}

fn csv_problem(error: &csv::Error) -> Problem {
    let place = error
        .position()
        .map(|p| format!("row {}, line {}", p.record() + 1, p.line()));
    Problem {
        place,
        message: format!("this is not readable CSV: {error}"),
        hint: Some("cells are separated by commas; a cell holding a comma or a quote is put in double quotes, its quotes doubled".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_found_by_column_name() {
        let table =
            read_table("\u{feff}Date, Title ,Note\n2022-03-13,\"Talks, in Rome\",\n\n,,\n2022,Short\n")
                .unwrap();
        assert_eq!(table.headers(), ["Date", "Title", "Note"]);
        let rows: Vec<(&str, &[String])> = table.rows().collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].0, "row 2");
        assert_eq!(table.cell(rows[0].1, "title"), Some("Talks, in Rome"));
        assert_eq!(table.cell(rows[0].1, "Note"), None, "empty");
        assert_eq!(rows[1].0, "row 4 (line 5)", "an empty line is no row");
        assert_eq!(table.cell(rows[1].1, "Note"), None, "past the row's end");
        assert_eq!(table.cell(rows[1].1, "Missing"), None);
        assert_eq!(
            table.blank_rows(),
            1,
            "a row of empty cells; an empty line is no row"
        );
    }

    #[test]
    fn a_row_with_more_cells_than_columns_is_named() {
        let problems = read_table("Date,Title\n\"2022\n\",A\n2022,Talks, in Rome\n")
            .err()
            .unwrap();
        assert_eq!(problems[0].place.as_deref(), Some("row 3 (line 4)"));
        assert_eq!(
            problems[0].message,
            "it has 3 cells but the header names 2 columns"
        );
    }
}
