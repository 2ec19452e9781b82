//! `chronicle [FILE...]`: the interactive viewer, entered only when stdout is a terminal.
//!
//! The timeline loads on a background thread. A quick load opens the viewer directly; a slow
//! one shows a loading screen within a tenth of a second, and `q` works while it runs.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use ratatui::layout::Rect;

use super::args::ViewArgs;
use super::list::resolve_actors;
use super::output::Printer;
use super::{EXIT_INVALID, EXIT_USAGE, load_for_display};
use crate::app::{App, StartOptions};
use crate::model::bundled::{BUNDLED_NAME, load_bundled};
use crate::model::progress::LoadProgress;
use crate::model::{Diagnostic, load_paths_reporting};
use crate::tui::{Start, run_in_terminal};
use crate::ui::Theme;

/// A load that finishes within this opens the viewer without a loading screen.
const QUICK_LOAD: Duration = Duration::from_millis(50);

/// Why the viewer could not open on the timeline.
enum Failure {
    Invalid(Vec<Diagnostic>),
    Usage(String),
}

/// The viewer ready to show, and the warnings to print once the terminal is back.
struct Prepared {
    app: App,
    warnings: Vec<Diagnostic>,
}

pub fn run(args: &ViewArgs, printer: &Printer) -> ExitCode {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return refuse_without_terminal(args, printer);
    }
    let progress = Arc::new(LoadProgress::default());
    let (sender, receiver) = mpsc::channel();
    let (files, actors, search, mouse) = (
        args.files.clone(),
        args.actors.clone(),
        args.search.clone(),
        args.mouse,
    );
    let worker_progress = Arc::clone(&progress);
    std::thread::spawn(move || {
        let _ = sender.send(prepare(&files, &actors, search, mouse, &worker_progress));
    });
    let theme = Theme::for_environment(std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()));
    let (start, warnings) = match receiver.recv_timeout(QUICK_LOAD) {
        Ok(Ok(prepared)) => {
            printer.diagnostics(&prepared.warnings);
            (Start::Ready(Box::new(prepared.app)), None)
        }
        Ok(Err(failure)) => return report(failure, printer),
        Err(RecvTimeoutError::Timeout) => {
            let (apps, warnings) = split_warnings(receiver);
            let name = display_name(&args.files);
            (
                Start::Loading {
                    name,
                    progress,
                    result: apps,
                },
                Some(warnings),
            )
        }
        Err(RecvTimeoutError::Disconnected) => {
            printer.stderr_line("chronicle: loading stopped unexpectedly");
            return ExitCode::from(EXIT_INVALID);
        }
    };
    match run_in_terminal(start, theme) {
        Ok(Ok(())) => {
            if let Some(late) = warnings.and_then(|w| w.try_recv().ok()) {
                printer.diagnostics(&late);
            }
            ExitCode::SUCCESS
        }
        Ok(Err(failure)) => report(failure, printer),
        Err(e) => {
            printer.stderr_line(&format!("chronicle: terminal error: {e}"));
            ExitCode::from(EXIT_INVALID)
        }
    }
}

/// Loads the timeline and builds the viewer on it, on the loading thread.
fn prepare(
    files: &[PathBuf],
    actors: &[String],
    search: Option<String>,
    mouse: bool,
    progress: &Arc<LoadProgress>,
) -> Result<Prepared, Failure> {
    let loaded = if files.is_empty() {
        load_bundled()
    } else {
        load_paths_reporting(files, progress).0
    };
    let loaded = loaded.map_err(Failure::Invalid)?;
    let actors = resolve_actors(actors, &loaded.timeline).map_err(Failure::Usage)?;
    let options = StartOptions {
        actors,
        search: search.unwrap_or_default(),
        mouse,
    };
    Ok(Prepared {
        app: App::new(loaded.timeline, options, Rect::default()),
        warnings: loaded.warnings,
    })
}

/// Splits the loading thread's result into the app (for the terminal) and the warnings (for
/// after it), through a relay thread.
fn split_warnings(
    receiver: mpsc::Receiver<Result<Prepared, Failure>>,
) -> (
    mpsc::Receiver<Result<App, Failure>>,
    mpsc::Receiver<Vec<Diagnostic>>,
) {
    let (app_sender, apps) = mpsc::channel();
    let (warning_sender, warnings) = mpsc::channel();
    std::thread::spawn(move || {
        if let Ok(result) = receiver.recv() {
            let result = result.map(|prepared| {
                let _ = warning_sender.send(prepared.warnings);
                prepared.app
            });
            let _ = app_sender.send(result);
        }
    });
    (apps, warnings)
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
fn refuse_without_terminal(args: &ViewArgs, printer: &Printer) -> ExitCode {
    let Some(loaded) = load_for_display(&args.files, printer) else {
        return ExitCode::from(EXIT_INVALID);
    };
    if let Err(message) = resolve_actors(&args.actors, &loaded.timeline) {
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
