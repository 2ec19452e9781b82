//! `chronicle draft`: a checked draft timeline from a news article, to standard output or, with
//! the article kept beside it, to a new file.

use std::process::ExitCode;

use crate::draft::{DraftOptions, draft};
use crate::sanitize::sanitize_line;

use super::args::DraftArgs;
use super::beside::{Stop, file_name, publish, read_text, refuse_existing};
use super::dates::publication_date;
use super::output::{Printer, plural};

pub(super) fn run(args: &DraftArgs, printer: &Printer) -> ExitCode {
    match draft_file(args, printer) {
        Ok(summary) => {
            printer.stderr_line(&summary);
            ExitCode::SUCCESS
        }
        Err(stop) => stop.exit(printer),
    }
}

/// Drafts, checks and writes the timeline; returns the line that says what was done.
fn draft_file(args: &DraftArgs, printer: &Printer) -> Result<String, Stop> {
    let published = publication_date(&args.published).map_err(Stop::usage)?;
    refuse_existing(args.output.as_deref()).map_err(Stop::invalid)?;
    let shown = sanitize_line(&args.file.display().to_string()).into_owned();
    let text = read_text(&args.file).map_err(|m| Stop::invalid(format!("{shown}: {m}")))?;
    let name = file_name(&args.file);
    let options = DraftOptions {
        published,
        title: args.title.clone(),
        name: name.clone(),
        text_path: name.clone(),
    };
    let drafted = draft(&text, &options);
    publish(&drafted.timeline, args.output.as_deref(), &name, &text, printer).map_err(Stop::invalid)?;
    let timeline = &drafted.timeline;
    let summary = format!(
        "drafted {} from {} in {shown}, with {}",
        plural(timeline.events.len(), "event"),
        plural(drafted.mentions, "dated mention"),
        plural(timeline.actors.len(), "candidate actor")
    );
    Ok(match &args.output {
        Some(output) => {
            let output = sanitize_line(&output.display().to_string()).into_owned();
            format!("{summary}; review it with: chronicle {output} --tag draft")
        }
        None => format!(
            "{summary}; its source text is {}: save the timeline in the article's folder",
            sanitize_line(&name)
        ),
    })
}
