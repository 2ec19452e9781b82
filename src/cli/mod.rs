//! Command-line arguments and the commands they choose; diagnostics are printed here.

mod args;
mod beside;
mod check;
mod check_json;
mod dates;
mod draft;
mod export;
mod import;
mod list;
mod list_json;
mod list_text;
mod output;
mod query_args;
mod safe_write;
mod snippet;
mod view;

use std::path::PathBuf;
use std::process::ExitCode;

pub use args::{Cli, Command, FilterArgs, ListArgs, OutputFormat, StanceArg, ViewArgs};
use output::Printer;

use crate::model::bundled::load_bundled;
use crate::model::{Diagnostic, LoadOptions, Loaded, load_paths};

/// Exit status: the timeline had errors.
pub const EXIT_INVALID: u8 = 1;
/// Exit status: the command line was wrong (clap uses the same).
pub const EXIT_USAGE: u8 = 2;

/// Runs the command the arguments name and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    let mut printer = Printer::from_environment();
    printer.all_warnings = cli.all_warnings;
    let options = LoadOptions {
        allow_outside_sources: cli.allow_outside_sources,
        keep_broken: false,
    };
    match cli.command {
        Some(Command::Check { files, each, format }) => check::run(&files, each, format, options, &printer),
        Some(Command::List(args)) => list::run(&args, options, &printer),
        Some(Command::Export(args)) => export::run(&args, options, &printer),
        Some(Command::Import(args)) => import::run(&args, &printer),
        Some(Command::Dates(args)) => dates::run(&args, &printer),
        Some(Command::Draft(args)) => draft::run(&args, &printer),
        Some(Command::Schema) => print_stdout(&crate::model::schema_json(), &printer),
        Some(Command::Completions { shell }) => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "chronicle", &mut std::io::stdout());
            ExitCode::SUCCESS
        }
        Some(Command::Man) => {
            let command = <Cli as clap::CommandFactory>::command();
            let mut page = Vec::new();
            match clap_mangen::Man::new(command).render(&mut page) {
                Ok(()) => print_stdout(&String::from_utf8_lossy(&page), &printer),
                Err(e) => {
                    printer.stderr_line(&format!("error: cannot write the manual page: {e}"));
                    ExitCode::from(EXIT_INVALID)
                }
            }
        }
        Some(Command::Init { folder }) => init(&folder, &printer),
        None => match mistyped_command(&cli.view.files) {
            Some(message) => {
                printer.stderr_line(&message);
                ExitCode::from(EXIT_USAGE)
            }
            None => view::run(&cli.view, options, &printer),
        },
    }
}

/// Writes `text` to standard output; a closed pipe (`chronicle list | head`) is not an error
/// worth a message.
fn write_stdout(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        result => result,
    }
}

/// Text chronicle made itself, to standard output.
fn print_stdout(text: &str, printer: &Printer) -> ExitCode {
    match write_stdout(text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            printer.stderr_line(&format!("error: cannot write to standard output: {e}"));
            ExitCode::from(EXIT_INVALID)
        }
    }
}

/// `chronicle init FOLDER`: the bundled timeline and its texts, written as new files.
fn init(folder: &std::path::Path, printer: &Printer) -> ExitCode {
    match safe_write::write_new_files(folder, &crate::model::bundled::bundled_files()) {
        Ok(written) => {
            let timeline = crate::sanitize::sanitize_line(&written[0].display().to_string()).into_owned();
            printer.stderr_line(&format!(
                "wrote {} files; open the timeline with: chronicle {timeline}",
                written.len()
            ));
            ExitCode::SUCCESS
        }
        Err(message) => {
            printer.stderr_line(&format!("error: {message}"));
            ExitCode::from(EXIT_INVALID)
        }
    }
}

/// A lone argument that names no file but is close to a command's name is a typo of it.
fn mistyped_command(files: &[PathBuf]) -> Option<String> {
    let [only] = files else { return None };
    let word = only.to_str()?;
    if only.exists() || word.contains(['/', '.']) {
        return None;
    }
    let command = crate::model::closest_id(
        word,
        [
            "list",
            "check",
            "init",
            "export",
            "import",
            "schema",
            "completions",
            "man",
        ],
    )?;
    let word = crate::sanitize::sanitize_line(word);
    Some(format!(
        "error: `{word}` is neither a file nor a command; did you mean `{command}`?"
    ))
}

/// Loads the named files as one timeline, or the bundled one when none are named.
/// Diagnostics are printed; `None` means the timeline had errors.
fn load_for_display(files: &[PathBuf], options: LoadOptions, printer: &Printer) -> Option<Loaded> {
    let result = if files.is_empty() {
        load_bundled()
    } else {
        load_paths(files, options)
    };
    match result {
        Ok(loaded) => {
            printer.diagnostics(&loaded.warnings);
            Some(loaded)
        }
        Err(diagnostics) => {
            printer.diagnostics(&diagnostics);
            printer.failure_summary(&diagnostics);
            None
        }
    }
}

/// Counts of errors and warnings, for summaries.
fn count(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    (errors, diagnostics.len() - errors)
}
