//! `chronicle import`: a file of another tool read into a timeline, checked as `chronicle check`
//! would, and written to standard output or, with the imported file kept beside it, to a new
//! file.

use std::path::{Path, PathBuf};

use std::process::ExitCode;

use crate::import::{ImportFormat, Imported, Origin, Problem, TableColumns, import};
use crate::model::{Input, ReadError, SourceTexts, load_inputs, timeline_yaml};
use crate::sanitize::sanitize_line;

use super::args::{ColumnArgs, ImportArgs, ImportFormatArg};
use super::output::{Printer, plural};
use super::{EXIT_INVALID, EXIT_USAGE, safe_write, write_stdout};

/// Problems printed before the rest are counted.
const PROBLEMS_SHOWN: usize = 20;

pub(super) fn run(args: &ImportArgs, printer: &Printer) -> ExitCode {
    let shown = sanitize_line(&args.file.display().to_string()).into_owned();
    let fail = |message: &str| {
        printer.stderr_line(&format!("error: {}", sanitize_line(message)));
        ExitCode::from(EXIT_INVALID)
    };
    if let Some(output) = &args.output
        && output.symlink_metadata().is_ok()
    {
        let output = sanitize_line(&output.display().to_string()).into_owned();
        return fail(&format!(
            "{output} already exists; chronicle does not overwrite files (choose another name)"
        ));
    }
    let text = match read_text(&args.file) {
        Ok(text) => text,
        Err(message) => return fail(&format!("{shown}: {message}")),
    };
    let format = match choose_format(args, &text) {
        Ok(format) => format,
        Err(message) => {
            printer.stderr_line(&format!("error: {message}"));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let name = args
        .file
        .file_name()
        .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
    let origin = Origin {
        name: name.clone(),
        copy: args.output.is_some().then(|| name.clone()),
    };
    let imported = match import(&text, &format, &origin) {
        Ok(imported) => imported,
        Err(problems) => {
            print_problems(&shown, &problems, printer);
            return ExitCode::from(EXIT_INVALID);
        }
    };
    for note in &imported.notes {
        printer.stderr_line(&format!("note: {}", sanitize_line(note)));
    }
    let yaml = match checked_yaml(
        &imported,
        origin.copy.as_deref().map(|copy| (copy, text.as_str())),
    ) {
        Ok(yaml) => yaml,
        Err(message) => return fail(&message),
    };
    let written = match &args.output {
        None => write_stdout(&yaml).map_err(|e| format!("cannot write to standard output: {e}")),
        Some(output) => write_beside(output, &yaml, &origin.name, &text),
    };
    match written {
        Ok(()) => {
            let timeline = &imported.timeline;
            let counts = format!(
                "{}, {}, {}",
                plural(timeline.events.len(), "event"),
                plural(timeline.sources.len(), "source"),
                plural(timeline.actors.len(), "actor")
            );
            match &args.output {
                Some(output) => {
                    let output = sanitize_line(&output.display().to_string()).into_owned();
                    printer.stderr_line(&format!(
                        "imported {counts} from {shown} into {output}; open it with: chronicle {output}"
                    ));
                }
                None => printer.stderr_line(&format!("imported {counts} from {shown}")),
            }
            ExitCode::SUCCESS
        }
        Err(message) => fail(&message),
    }
}

/// The file as UTF-8 text, or where it stops being text.
fn read_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read it: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        format!(
            "line {line}, column {column}: the file is not UTF-8 text; save it as UTF-8 and import it again"
        )
    })
}

/// The format asked for, or the one the file's name and header show.
fn choose_format(args: &ImportArgs, text: &str) -> Result<ImportFormat, String> {
    let extension = args
        .file
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let chosen = match args.format {
        Some(format) => format,
        None => match extension.as_deref() {
            Some("json") => ImportFormatArg::Timelinejs,
            Some("csv") if is_timelinejs_sheet(text) => ImportFormatArg::TimelinejsCsv,
            Some("csv") => ImportFormatArg::Csv,
            _ => {
                return Err(
                    "say what the file is with --format timelinejs, timelinejs-csv or csv".to_owned(),
                );
            }
        },
    };
    match (chosen, args.columns.first_given()) {
        (ImportFormatArg::Csv, _) => Ok(ImportFormat::Table(Box::new(table_columns(&args.columns)))),
        (_, Some(flag)) => Err(format!(
            "{flag} is for a CSV table of events (--format csv), not for TimelineJS"
        )),
        (ImportFormatArg::Timelinejs, None) => Ok(ImportFormat::TimelineJs),
        (ImportFormatArg::TimelinejsCsv, None) => Ok(ImportFormat::TimelineJsSheet),
    }
}

/// Whether a CSV's header row is the TimelineJS template's (it has Year and Headline).
fn is_timelinejs_sheet(text: &str) -> bool {
    let header = text.trim_start_matches('\u{feff}').lines().next().unwrap_or("");
    let cells: Vec<String> = header
        .split(',')
        .map(|c| c.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    cells.iter().any(|c| c == "year") && cells.iter().any(|c| c == "headline")
}

fn table_columns(args: &ColumnArgs) -> TableColumns {
    TableColumns {
        date: args.date.clone(),
        start: args.start.clone(),
        end: args.end.clone(),
        title: args.title.clone(),
        summary: args.summary.clone(),
        actors: args.actors.clone(),
        tags: args.tags.clone(),
        url: args.url.clone(),
        separator: args.separator.clone(),
        day_first: args.day_first,
    }
}

fn print_problems(shown: &str, problems: &[Problem], printer: &Printer) {
    for problem in problems.iter().take(PROBLEMS_SHOWN) {
        let place = problem
            .place
            .as_deref()
            .map_or_else(String::new, |p| format!("{p}: "));
        printer.stderr_line(&format!(
            "{shown}: error: {}",
            sanitize_line(&format!("{place}{}", problem.message))
        ));
        if let Some(hint) = &problem.hint {
            printer.stderr_line(&format!("  hint: {}", sanitize_line(hint)));
        }
    }
    if problems.len() > PROBLEMS_SHOWN {
        printer.stderr_line(&format!("… and {} more", problems.len() - PROBLEMS_SHOWN));
    }
    printer.stderr_line(&format!(
        "{shown}: not imported: {}",
        plural(problems.len(), "problem")
    ));
}

/// The timeline as YAML, loaded back as `chronicle check` would load it (with the kept copy of
/// the imported file as its one source text), so that what is written always checks.
fn checked_yaml(imported: &Imported, copy: Option<(&str, &str)>) -> Result<String, String> {
    let yaml = timeline_yaml(&imported.timeline)?;
    let input = Input {
        name: "the imported timeline".to_owned(),
        text: yaml.clone(),
        texts: Box::new(KeptCopy(
            copy.map(|(path, text)| (path.to_owned(), text.to_owned())),
        )),
    };
    match load_inputs(vec![input]) {
        Ok(_) => Ok(yaml),
        Err(diagnostics) => {
            let first = diagnostics.iter().find(|d| d.is_error()).or(diagnostics.first());
            Err(format!(
                "the imported timeline does not check ({}); please report this with the file",
                first.map_or_else(String::new, |d| d.message.clone())
            ))
        }
    }
}

/// The one source text an imported timeline has: the copy of the file it came from.
struct KeptCopy(Option<(String, String)>);

impl SourceTexts for KeptCopy {
    fn read(&self, path: &str) -> Result<String, ReadError> {
        match &self.0 {
            Some((kept, text)) if kept == path => Ok(text.clone()),
            _ => Err(ReadError {
                message: format!("no text is kept at {path}"),
                hint: None,
                at: None,
            }),
        }
    }
}

/// Writes the timeline at `output` as a new file, with the imported file copied beside it
/// under `copy_name` (unless the same text is there already); nothing is left on failure.
fn write_beside(output: &Path, yaml: &str, copy_name: &str, text: &str) -> Result<(), String> {
    let shown = |path: &Path| sanitize_line(&path.display().to_string()).into_owned();
    if output.symlink_metadata().is_ok() {
        return Err(format!(
            "{} already exists; chronicle does not overwrite files (choose another name)",
            shown(output)
        ));
    }
    let folder = output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder).map_err(|e| format!("cannot make {}: {e}", shown(folder)))?;
    let copy: PathBuf = folder.join(copy_name);
    // Both are in `folder`: the same name is the same file.
    if output.file_name() == copy.file_name() {
        return Err(format!(
            "{} is where the imported file is kept; choose another name",
            shown(output)
        ));
    }
    let wrote_copy = match std::fs::read(&copy) {
        Ok(existing) if existing == text.as_bytes() => false,
        Ok(_) => {
            return Err(format!(
                "{} already exists with other text; chronicle does not overwrite files (import into another folder)",
                shown(&copy)
            ));
        }
        Err(_) => {
            safe_write::write_new_file(&copy, text.as_bytes())
                .map_err(|e| format!("cannot write {}: {e}", shown(&copy)))?;
            true
        }
    };
    if let Err(e) = safe_write::write_new_file(output, yaml.as_bytes()) {
        if wrote_copy {
            let _ = std::fs::remove_file(&copy);
        }
        return Err(format!("cannot write {}: {e}", shown(output)));
    }
    Ok(())
}
