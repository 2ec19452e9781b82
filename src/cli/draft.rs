//! `chronicle draft`: a checked draft timeline from a news article, to standard output or, with
//! the article kept beside it, to a new file.

use std::process::ExitCode;

use crate::draft::{DraftOptions, draft};
use crate::sanitize::sanitize_line;

use super::args::DraftArgs;
use super::beside::{checked_yaml, read_text, write_beside, write_timeline_stdout};
use super::dates::publication_date;
use super::output::{Printer, plural};
use super::{EXIT_INVALID, EXIT_USAGE};

pub(super) fn run(args: &DraftArgs, printer: &Printer) -> ExitCode {
    let fail = |message: &str| {
        printer.stderr_line(&format!("error: {}", sanitize_line(message)));
        ExitCode::from(EXIT_INVALID)
    };
    let published = match publication_date(&args.published) {
        Ok(date) => date,
        Err(message) => {
            printer.stderr_line(&format!("error: {message}"));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    if let Some(output) = &args.output
        && output.symlink_metadata().is_ok()
    {
        let output = output.display().to_string();
        return fail(&format!(
            "{output} already exists; chronicle does not overwrite files (choose another name)"
        ));
    }
    let shown = args.file.display().to_string();
    let text = match read_text(&args.file) {
        Ok(text) => text,
        Err(message) => return fail(&format!("{shown}: {message}")),
    };
    let name = args
        .file
        .file_name()
        .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
    let options = DraftOptions {
        published,
        title: args.title.clone(),
        name: name.clone(),
        text_path: name.clone(),
    };
    let drafted = draft(&text, &options);
    let yaml = match checked_yaml(&drafted.timeline, Some((&name, &text))) {
        Ok(yaml) => yaml,
        Err(message) => return fail(&message),
    };
    let written = match &args.output {
        None => write_timeline_stdout(&yaml, printer),
        Some(output) => write_beside(output, &yaml, &name, &text),
    };
    if let Err(message) = written {
        return fail(&message);
    }
    let timeline = &drafted.timeline;
    let summary = format!(
        "drafted {} from {} in {}, with {}",
        plural(timeline.events.len(), "event"),
        plural(drafted.mentions, "dated mention"),
        sanitize_line(&shown),
        plural(timeline.actors.len(), "candidate actor")
    );
    match &args.output {
        Some(output) => {
            let output = sanitize_line(&output.display().to_string()).into_owned();
            printer.stderr_line(&format!(
                "{summary}; review it with: chronicle {output} --tag draft"
            ));
        }
        None => printer.stderr_line(&format!(
            "{summary}; its source text is {}: save the timeline in the article's folder",
            sanitize_line(&name)
        )),
    }
    ExitCode::SUCCESS
}
