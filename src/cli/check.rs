//! `chronicle check`: validate the files as one timeline (or each on its own) and summarise.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::model::bundled::{BUNDLED_NAME, load_bundled};
use crate::model::{LoadOptions, Loaded, load_paths};

use super::output::{Printer, plural};
use super::{EXIT_INVALID, count};

pub(super) fn run(files: &[PathBuf], each: bool, options: LoadOptions, printer: &Printer) -> ExitCode {
    let mut all_valid = true;
    if files.is_empty() {
        all_valid = report(BUNDLED_NAME, load_bundled(), printer);
    }
    if files.len() > 1 && !each {
        let names: Vec<String> = files.iter().map(|f| shown_name(f)).collect();
        all_valid = report(&names.join(" + "), load_paths(files, options), printer);
        return verdict(all_valid);
    }
    for file in files {
        let name = shown_name(file);
        all_valid &= report(&name, load_paths(std::slice::from_ref(file), options), printer);
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
