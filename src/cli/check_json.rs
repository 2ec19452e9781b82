//! `chronicle check --format json`: every diagnostic, version [`DIAGNOSTICS_VERSION`].

use serde::Serialize;

use crate::model::Diagnostic;
use crate::model::codes::code_of;

/// The version of this shape; raised when a field changes meaning or goes away.
pub(super) const DIAGNOSTICS_VERSION: u32 = 1;

#[derive(Serialize)]
struct Report<'a> {
    diagnostics_version: u32,
    /// Each checked name (a file, or files checked as one) and whether it is valid.
    checked: Vec<Checked<'a>>,
    diagnostics: Vec<DiagnosticJson<'a>>,
}

#[derive(Serialize)]
pub(super) struct Checked<'a> {
    pub name: &'a str,
    pub valid: bool,
}

#[derive(Serialize)]
struct DiagnosticJson<'a> {
    file: &'a str,
    /// From 1; 0 for a problem with the whole file.
    line: usize,
    column: usize,
    /// Where the value the problem is about ends (the column just after it), on the same line.
    end_line: usize,
    end_column: usize,
    severity: &'static str,
    code: &'static str,
    message: &'a str,
    hint: Option<&'a str>,
}

/// The report as pretty JSON ending with a newline; nothing is left out.
pub(super) fn render(checked: &[Checked<'_>], diagnostics: &[Diagnostic]) -> String {
    let mut files: std::collections::HashMap<&str, Option<String>> = std::collections::HashMap::new();
    let diagnostics = diagnostics
        .iter()
        .map(|d| {
            let text = files
                .entry(d.file.as_str())
                .or_insert_with(|| std::fs::read_to_string(&d.file).ok());
            let end_column = text
                .as_deref()
                .and_then(|t| super::snippet::value_end_column(t, d.line, d.column))
                .unwrap_or(d.column);
            DiagnosticJson {
                file: &d.file,
                line: d.line,
                column: d.column,
                end_line: d.line,
                end_column,
                severity: d.severity.label(),
                code: code_of(d),
                message: &d.message,
                hint: d.hint.as_deref(),
            }
        })
        .collect();
    let report = Report {
        diagnostics_version: DIAGNOSTICS_VERSION,
        checked: checked
            .iter()
            .map(|c| Checked {
                name: c.name,
                valid: c.valid,
            })
            .collect(),
        diagnostics,
    };
    let mut text =
        crate::json_out::to_pretty_string(&report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}
