//! `chronicle check`: validate the files as one timeline (or each on its own) and summarise.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::model::bundled::{BUNDLED_NAME, load_bundled};
use std::io::Write;

use crate::model::{Diagnostic, LoadOptions, Loaded, load_paths};

use super::args::CheckFormat;
use super::check_json::Checked;
use super::output::{Printer, plural};
use super::{EXIT_INVALID, count};

pub(super) fn run(
    files: &[PathBuf],
    each: bool,
    format: CheckFormat,
    options: LoadOptions,
    printer: &Printer,
) -> ExitCode {
    // Each checked name and what loading it gave.
    let mut results: Vec<(String, Result<Loaded, Vec<Diagnostic>>)> = Vec::new();
    if files.is_empty() {
        results.push((BUNDLED_NAME.to_owned(), load_bundled()));
    } else if files.len() > 1 && !each {
        let names: Vec<String> = files.iter().map(|f| shown_name(f)).collect();
        results.push((names.join(" + "), load_paths(files, options)));
    } else {
        for file in files {
            results.push((shown_name(file), load_paths(std::slice::from_ref(file), options)));
        }
    }
    let all_valid = results.iter().all(|(_, result)| result.is_ok());
    match format {
        CheckFormat::Text => {
            for (name, result) in results {
                report(&name, result, printer);
            }
        }
        CheckFormat::Json => {
            let checked: Vec<Checked> = results
                .iter()
                .map(|(name, result)| Checked {
                    name,
                    valid: result.is_ok(),
                })
                .collect();
            let diagnostics: Vec<Diagnostic> = results
                .iter()
                .flat_map(|(_, result)| match result {
                    Ok(loaded) => loaded.warnings.clone(),
                    Err(diagnostics) => diagnostics.clone(),
                })
                .collect();
            let text = super::check_json::render(&checked, &diagnostics);
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
        }
    }
    verdict(all_valid)
}

fn verdict(all_valid: bool) -> ExitCode {
    match all_valid {
        true => ExitCode::SUCCESS,
        false => ExitCode::from(EXIT_INVALID),
    }
}

/// A file as the verdict names it (standard input as `<stdin>`).
fn shown_name(file: &std::path::Path) -> String {
    match file.to_str() {
        Some("-") => crate::model::STANDARD_INPUT.to_owned(),
        _ => file.display().to_string(),
    }
}

/// Prints the diagnostics and a one-line verdict; returns whether the file is valid.
fn report(name: &str, result: Result<Loaded, Vec<Diagnostic>>, printer: &Printer) -> bool {
    match result {
        Ok(loaded) => {
            printer.diagnostics(&loaded.warnings);
            let t = &loaded.timeline;
            let excerpts: usize = t.events.iter().map(|e| e.excerpts.len()).sum();
            let verdict = format!(
                "{name}: valid: {}, {}, {}, {}; {}",
                plural(t.events.len(), "event"),
                plural(t.actors.len(), "actor"),
                plural(t.sources.len(), "source"),
                plural(excerpts, "excerpt"),
                plural(loaded.warnings.len(), "warning"),
            );
            printer.stderr_line(&verdict);
            true
        }
        Err(diagnostics) => {
            printer.diagnostics(&diagnostics);
            let (errors, warnings) = count(&diagnostics);
            printer.stderr_line(&format!(
                "{name}: invalid: {}, {}",
                plural(errors, "error"),
                plural(warnings, "warning")
            ));
            false
        }
    }
}
