//! `chronicle import`: a file of another tool read into a timeline, checked as `chronicle check`
//! would, and written to standard output or, with the imported file kept beside it, to a new
//! file.

use std::process::ExitCode;

use crate::import::{ImportFormat, Origin, Problem, TableColumns, import, is_timelinejs_sheet};
use crate::sanitize::sanitize_line;

use super::args::{ColumnArgs, ImportArgs, ImportFormatArg};
use super::beside::{Stop, file_name, publish, read_text, refuse_existing};
use super::output::{Printer, plural};

/// Problems printed before the rest are counted.
const PROBLEMS_SHOWN: usize = 20;

pub(super) fn run(args: &ImportArgs, printer: &Printer) -> ExitCode {
    match import_file(args, printer) {
        Ok(summary) => {
            printer.stderr_line(&summary);
            ExitCode::SUCCESS
        }
        Err(stop) => stop.exit(printer),
    }
}

/// Imports, checks and writes the file; returns the line that says what was done.
fn import_file(args: &ImportArgs, printer: &Printer) -> Result<String, Stop> {
    let shown = sanitize_line(&args.file.display().to_string()).into_owned();
    refuse_existing(args.output.as_deref()).map_err(Stop::invalid)?;
    let text = read_text(&args.file).map_err(|m| Stop::invalid(format!("{shown}: {m}")))?;
    let format = choose_format(args, &text).map_err(Stop::usage)?;
    let name = file_name(&args.file);
    let origin = Origin {
        name: name.clone(),
        copy: args.output.is_some().then(|| name.clone()),
    };
    let imported = import(&text, &format, &origin).map_err(|problems| {
        print_problems(&shown, &problems, printer);
        Stop::printed()
    })?;
    for note in &imported.notes {
        printer.stderr_line(&format!("note: {}", sanitize_line(note)));
    }
    publish(&imported.timeline, args.output.as_deref(), &name, &text, printer).map_err(Stop::invalid)?;
    let timeline = &imported.timeline;
    let counts = format!(
        "{}, {}, {}",
        plural(timeline.events.len(), "event"),
        plural(timeline.sources.len(), "source"),
        plural(timeline.actors.len(), "actor")
    );
    Ok(match &args.output {
        Some(output) => {
            let output = sanitize_line(&output.display().to_string()).into_owned();
            format!("imported {counts} from {shown} into {output}; open it with: chronicle {output}")
        }
        None => format!("imported {counts} from {shown}"),
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
        printer.stderr_line(&format!(
            "{shown}: error: {}",
            sanitize_line(&problem.to_string())
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
