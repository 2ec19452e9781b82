//! `chronicle [FILE...]`: the interactive viewer, entered only when stdout is a terminal.

use std::io::IsTerminal;
use std::process::ExitCode;

use ratatui::layout::Rect;

use super::args::ViewArgs;
use super::list::resolve_actors;
use super::output::Printer;
use super::{EXIT_INVALID, EXIT_USAGE, load_for_display};
use crate::app::{App, StartOptions};
use crate::tui::run_in_terminal;
use crate::ui::Theme;

pub fn run(args: &ViewArgs, printer: &Printer) -> ExitCode {
    let Some(loaded) = load_for_display(&args.files, printer) else {
        return ExitCode::from(EXIT_INVALID);
    };
    let actors = match resolve_actors(&args.actors, &loaded.timeline) {
        Ok(actors) => actors,
        Err(message) => {
            printer.stderr_line(&format!("error: {message}"));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        printer.stderr_line("chronicle: the viewer needs a terminal; for plain output use `chronicle list`");
        return ExitCode::from(EXIT_USAGE);
    }
    let options = StartOptions {
        actors,
        search: args.search.clone().unwrap_or_default(),
        mouse: args.mouse,
    };
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let app = App::new(loaded.timeline, options, Rect::default());
    match run_in_terminal(app, Theme::for_environment(no_color)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            printer.stderr_line(&format!("chronicle: terminal error: {e}"));
            ExitCode::from(EXIT_INVALID)
        }
    }
}
