//! `chronicle list`: the events that pass the filters, as text lines or JSON.

use std::process::ExitCode;

use crate::model::LoadOptions;
use crate::query::{SearchIndex, apply};

use super::args::{ListArgs, OutputFormat};
use super::output::Printer;
use super::query_args::build_query;
use super::{EXIT_INVALID, EXIT_USAGE, list_json, list_text, load_for_display, write_stdout};

pub(super) fn run(args: &ListArgs, options: LoadOptions, printer: &Printer) -> ExitCode {
    let Some(loaded) = load_for_display(&args.files, options, printer) else {
        return ExitCode::from(EXIT_INVALID);
    };
    let timeline = &loaded.timeline;
    let query = match build_query(&args.filters, timeline) {
        Ok(query) => query,
        Err(message) => {
            printer.stderr_line(&format!("error: {message}"));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let events = apply(timeline, &SearchIndex::build(timeline), &query);
    let text = match args.format {
        OutputFormat::Json => {
            let asked = query.from.is_some() || query.to.is_some();
            list_json::render(timeline, &events, asked.then_some((query.from, query.to)))
        }
        OutputFormat::Text => {
            let rows = list_text::rows(timeline, &events, query.from, query.to);
            list_text::render(&rows, printer.stdout_width(), |date| printer.bold(date))
        }
    };
    match write_stdout(&text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            printer.stderr_line(&format!("error: cannot write the list: {e}"));
            ExitCode::from(EXIT_INVALID)
        }
    }
}
