//! `chronicle [FILE...]`: the interactive viewer, entered only when stdout is a terminal.
//!
//! The timeline loads on a background thread. A quick load opens the viewer directly; a slow
//! one shows a loading screen within a tenth of a second, and `q` works while it runs.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ratatui::layout::Rect;

use super::args::ViewArgs;
use super::output::Printer;
use super::query_args::{build_query, resolve_at};
use super::{EXIT_INVALID, EXIT_USAGE, load_for_display};
use crate::app::{App, StartOptions};
use crate::model::LoadProgress;
use crate::model::bundled::{BUNDLED_NAME, load_bundled};
use crate::model::{Diagnostic, LoadOptions, Timeline, load_paths_reporting};
use crate::tui::{Files, Start, run_in_terminal};
use crate::ui::Theme;

/// A load that finishes within this opens the viewer without a loading screen.
const QUICK_LOAD: Duration = Duration::from_millis(50);

/// Why the viewer could not open on the timeline.
enum Failure {
    Invalid(Vec<Diagnostic>),
    Usage(String),
}

pub(super) fn run(args: &ViewArgs, options: LoadOptions, printer: &Printer) -> ExitCode {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return refuse_without_terminal(args, options, printer);
    }
    let progress = Arc::new(LoadProgress::default());
    // The loading thread leaves the warnings here, to print once the terminal is back.
    let warnings = Arc::new(Mutex::new(Vec::new()));
    let (sender, receiver) = mpsc::channel();
    let args_for_worker = args.clone();
    let (worker_progress, worker_warnings) = (Arc::clone(&progress), Arc::clone(&warnings));
    std::thread::spawn(move || {
        let _ = sender.send(prepare(
            args_for_worker,
            options,
            &worker_progress,
            &worker_warnings,
        ));
    });
    let print_warnings = || {
        let mut held = warnings.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        printer.diagnostics(&std::mem::take(&mut *held));
    };
    let theme = Theme::for_environment(std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()));
    let start = match receiver.recv_timeout(QUICK_LOAD) {
        Ok(Ok(app)) => {
            print_warnings();
            Start::Ready(Box::new(app))
        }
        Ok(Err(failure)) => return report(failure, printer),
        Err(RecvTimeoutError::Timeout) => Start::Loading {
            name: display_name(&args.files),
            progress,
            result: receiver,
        },
        Err(RecvTimeoutError::Disconnected) => {
            printer.stderr_line("chronicle: loading stopped unexpectedly");
            return ExitCode::from(EXIT_INVALID);
        }
    };
    let files = Files {
        paths: args.files.clone(),
        options,
        watch: !args.no_watch && from_files(&args.files),
    };
    match run_in_terminal(start, files, theme) {
        Ok(Ok(None)) => {
            print_warnings();
            ExitCode::SUCCESS
        }
        // Stopped by SIGTERM, SIGHUP or SIGINT: the shell's convention, 128 + the signal.
        Ok(Ok(Some(signal))) => ExitCode::from(u8::try_from(128 + signal).unwrap_or(u8::MAX)),
        Ok(Err(failure)) => report(failure, printer),
        Err(e) => {
            printer.stderr_line(&format!("chronicle: terminal error: {e}"));
            ExitCode::from(EXIT_INVALID)
        }
    }
}

/// Loads the timeline and builds the viewer on it, on the loading thread.
fn prepare(
    args: ViewArgs,
    options: LoadOptions,
    progress: &LoadProgress,
    warnings: &Mutex<Vec<Diagnostic>>,
) -> Result<App, Failure> {
    // A file with errors opens anyway, its problems listed in the viewer; only one that cannot
    // be parsed at all is refused.
    let lenient = LoadOptions {
        keep_broken: true,
        ..options
    };
    let loaded = if args.files.is_empty() {
        load_bundled()
    } else {
        load_paths_reporting(&args.files, lenient, progress).0
    };
    let loaded = loaded.map_err(Failure::Invalid)?;
    // Before the search index is built: its allocations would otherwise settle among the load's
    // freed pages and keep them resident.
    crate::memory::load_done();
    let mut options = start_options(&args, &loaded.timeline).map_err(Failure::Usage)?;
    options.problems = loaded.errors.clone();
    if let Ok(mut slot) = warnings.lock() {
        // Printed once the terminal is back: the errors first, then the warnings.
        *slot = loaded
            .errors
            .into_iter()
            .map(|(d, _)| d)
            .chain(loaded.warnings)
            .collect();
    }
    Ok(App::new(loaded.timeline, options, Rect::default()))
}

/// The filters and the place to open at, or a usage message.
fn start_options(args: &ViewArgs, timeline: &Timeline) -> Result<StartOptions, String> {
    Ok(StartOptions {
        problems: Vec::new(),
        editable: from_files(&args.files),
        query: build_query(&args.filters, timeline)?,
        at: args
            .at
            .as_deref()
            .map(|at| resolve_at(at, timeline))
            .transpose()?,
        mouse: args.mouse,
    })
}

fn report(failure: Failure, printer: &Printer) -> ExitCode {
    match failure {
        Failure::Invalid(diagnostics) => {
            printer.diagnostics(&diagnostics);
            printer.failure_summary(&diagnostics);
            ExitCode::from(EXIT_INVALID)
        }
        Failure::Usage(message) => {
            printer.stderr_line(&format!("error: {message}"));
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// Without a terminal: still check the timeline and the arguments, then point at `list`.
fn refuse_without_terminal(args: &ViewArgs, options: LoadOptions, printer: &Printer) -> ExitCode {
    let Some(loaded) = load_for_display(&args.files, options, printer) else {
        return ExitCode::from(EXIT_INVALID);
    };
    if let Err(message) = start_options(args, &loaded.timeline) {
        return report(Failure::Usage(message), printer);
    }
    printer.stderr_line("chronicle: the viewer needs a terminal; for plain output use `chronicle list`");
    ExitCode::from(EXIT_USAGE)
}

fn display_name(files: &[PathBuf]) -> String {
    match files {
        [] => BUNDLED_NAME.to_owned(),
        [one] => one
            .file_name()
            .map_or_else(|| one.display().to_string(), |n| n.to_string_lossy().into_owned()),
        [first, rest @ ..] => format!("{} and {} more", first.display(), rest.len()),
    }
}

/// Whether the timeline comes from files (not the bundled one, nor standard input): those the
/// viewer watches and `e` edits.
fn from_files(files: &[PathBuf]) -> bool {
    !files.is_empty() && files.iter().all(|f| f.as_os_str() != "-")
}
