//! `chronicle check`: validate each file on its own and summarise.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::model::bundled::{BUNDLED_NAME, load_bundled};
use crate::model::{LoadOptions, Loaded, load_paths};

use super::output::{Printer, plural};
use super::{EXIT_INVALID, count};

pub(super) fn run(files: &[PathBuf], options: LoadOptions, printer: &Printer) -> ExitCode {
    let mut all_valid = true;
    if files.is_empty() {
        all_valid = report(BUNDLED_NAME, load_bundled(), printer);
    }
    for file in files {
        let name = match file.to_str() {
            Some("-") => "<stdin>".to_owned(),
            _ => file.display().to_string(),
        };
        all_valid &= report(&name, load_paths(std::slice::from_ref(file), options), printer);
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_INVALID)
    }
}

/// Prints the diagnostics and a one-line verdict; returns whether the file is valid.
fn report(name: &str, result: Result<Loaded, Vec<crate::model::Diagnostic>>, printer: &Printer) -> bool {
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
