//! Printing to the terminal: sanitised text, colour only on terminals and never with NO_COLOR.

use std::io::{IsTerminal, Write};

use crate::model::{Diagnostic, Severity};
use crate::sanitize::sanitize_text;

use super::count;

/// Knows whether stdout and stderr may carry colour.
pub(super) struct Printer {
    colour_out: bool,
    colour_err: bool,
    /// The terminal's width when stdout is one; `None` into a file or a pipe.
    stdout_width: Option<usize>,
    /// Whether diagnostics show the offending line of their file.
    snippets: bool,
    /// Whether every warning is printed, or a repeated one only its first [`WARNINGS_SHOWN`].
    pub(super) all_warnings: bool,
}

/// How many warnings of one kind are printed before the rest are counted.
const WARNINGS_SHOWN: usize = 5;

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const RED_BOLD: &str = "\x1b[1;31m";
const YELLOW_BOLD: &str = "\x1b[1;33m";
const CYAN: &str = "\x1b[36m";

impl Printer {
    pub(super) fn from_environment() -> Self {
        let allowed = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        let terminal_out = std::io::stdout().is_terminal();
        Printer {
            colour_out: allowed && terminal_out,
            colour_err: allowed && std::io::stderr().is_terminal(),
            all_warnings: false,
            snippets: match std::env::var("CHRONICLE_SNIPPETS").as_deref() {
                Ok("always") => true,
                Ok("never") => false,
                _ => std::io::stderr().is_terminal(),
            },
            stdout_width: terminal_out
                .then(|| ratatui::crossterm::terminal::size().ok())
                .flatten()
                .map(|(columns, _)| usize::from(columns))
                .filter(|&columns| columns > 0),
        }
    }

    /// The terminal's width when stdout is one, for output that fits it.
    pub(super) fn stdout_width(&self) -> Option<usize> {
        self.stdout_width
    }

    /// Prints diagnostics to stderr, each with its hint; on a terminal (or with
    /// `CHRONICLE_SNIPPETS=always`), the offending line under it with the value underlined.
    pub(super) fn diagnostics(&self, diagnostics: &[Diagnostic]) {
        let mut err = std::io::stderr().lock();
        let mut files: std::collections::HashMap<&str, Option<String>> = std::collections::HashMap::new();
        // Warnings of one kind past the first few are counted, not printed (unless asked).
        let mut seen: std::collections::BTreeMap<&'static str, usize> = std::collections::BTreeMap::new();
        for d in diagnostics {
            if d.severity == Severity::Warning && !self.all_warnings {
                let count = seen.entry(crate::model::codes::code_of(d)).or_default();
                *count += 1;
                if *count > WARNINGS_SHOWN {
                    continue;
                }
            }
            let mut text = sanitize_text(&d.to_string()).into_owned();
            if self.snippets {
                let file = files
                    .entry(d.file.as_str())
                    .or_insert_with(|| std::fs::read_to_string(&d.file).ok());
                if let Some(shown) = file
                    .as_deref()
                    .and_then(|t| super::snippet::render(d, t, self.colour_err))
                {
                    // Between the first line and the hint, as rustc shows them.
                    let (first, hint) = text
                        .split_once('\n')
                        .map_or((text.as_str(), None), |(a, b)| (a, Some(b)));
                    text = match hint {
                        Some(hint) => format!("{first}\n{shown}\n{hint}"),
                        None => format!("{first}\n{shown}"),
                    };
                }
            }
            let _ = if self.colour_err {
                let label = d.severity.label();
                let colour = match d.severity {
                    Severity::Error => RED_BOLD,
                    Severity::Warning => YELLOW_BOLD,
                };
                let coloured =
                    text.replacen(&format!(" {label}: "), &format!(" {colour}{label}:{RESET} "), 1);
                writeln!(
                    err,
                    "{}",
                    coloured.replacen("\n  hint:", &format!("\n  {CYAN}hint:{RESET}"), 1)
                )
            } else {
                writeln!(err, "{text}")
            };
        }
        for (code, count) in seen {
            if count > WARNINGS_SHOWN {
                let more = count - WARNINGS_SHOWN;
                let _ = writeln!(
                    err,
                    "… and {more} more `{code}` warnings; --all-warnings prints them all"
                );
            }
        }
    }

    /// One closing line saying how many errors and warnings there were.
    pub(super) fn failure_summary(&self, diagnostics: &[Diagnostic]) {
        let (errors, warnings) = count(diagnostics);
        self.stderr_line(&format!(
            "{}, {}",
            plural(errors, "error"),
            plural(warnings, "warning")
        ));
    }

    pub(super) fn stderr_line(&self, line: &str) {
        let _ = writeln!(std::io::stderr().lock(), "{}", sanitize_text(line));
    }

    /// Wraps `text` in bold on a colour terminal.
    pub(super) fn bold(&self, text: &str) -> String {
        if self.colour_out {
            format!("{BOLD}{text}{RESET}")
        } else {
            text.to_owned()
        }
    }
}

/// `1 error`, `2 warnings`.
pub(super) fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
