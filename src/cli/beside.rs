//! A timeline made from another file (an import, a draft): checked as `chronicle check` would
//! check it, then written as a new file with that file kept beside it as its source text.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::model::{Input, MAX_SOURCE_TEXT_BYTES, RawTimeline, TextsInMemory, load_inputs, timeline_yaml};
use crate::sanitize::sanitize_line;

use super::output::Printer;
use super::{EXIT_INVALID, EXIT_USAGE, safe_write, write_stdout};

/// Why a command stopped: a message to print (none when it printed its own) and its exit code.
pub(super) struct Stop {
    message: Option<String>,
    code: u8,
}

impl Stop {
    /// Bad input or a file that cannot be written: exit 1.
    pub(super) fn invalid(message: String) -> Stop {
        Stop {
            message: Some(message),
            code: EXIT_INVALID,
        }
    }

    /// A wrong command line: exit 2.
    pub(super) fn usage(message: String) -> Stop {
        Stop {
            message: Some(message),
            code: EXIT_USAGE,
        }
    }

    /// Exit 1 after the command printed its problems itself.
    pub(super) fn printed() -> Stop {
        Stop {
            message: None,
            code: EXIT_INVALID,
        }
    }

    /// Prints the message (sanitised) and gives the exit code.
    pub(super) fn exit(self, printer: &Printer) -> ExitCode {
        if let Some(message) = self.message {
            printer.stderr_line(&format!("error: {}", sanitize_line(&message)));
        }
        ExitCode::from(self.code)
    }
}

/// An error when `output` is given and something is there already: nothing is overwritten.
pub(super) fn refuse_existing(output: Option<&Path>) -> Result<(), String> {
    match output {
        Some(output) if output.symlink_metadata().is_ok() => Err(format!(
            "{} already exists; chronicle does not overwrite files (choose another name)",
            output.display()
        )),
        _ => Ok(()),
    }
}

/// The file's name alone (`article.txt`), as descriptions say it and copies are named.
pub(super) fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Checks the timeline, then writes it: to standard output, or to `output` as a new file with
/// the file it was made from (`text`) kept beside it as `copy_name`.
pub(super) fn publish(
    timeline: &RawTimeline<'_>,
    output: Option<&Path>,
    copy_name: &str,
    text: &str,
    printer: &Printer,
) -> Result<(), String> {
    let copy = output.is_some().then_some((copy_name, text));
    let yaml = checked_yaml(timeline, copy)?;
    match output {
        None => write_timeline_stdout(&yaml, printer),
        Some(output) => write_beside(output, &yaml, copy_name, text),
    }
}

/// The file as UTF-8 text (a regular file of at most 256 MiB), or why not and where it stops
/// being text.
pub(super) fn read_text(path: &Path) -> Result<String, String> {
    use std::io::Read;
    let not_a_file = || "it is not a regular file; give the path of a text file".to_owned();
    // Looked at before opening: opening a named pipe would wait for a writer.
    if !std::fs::metadata(path)
        .map_err(|e| format!("cannot read it: {e}"))?
        .is_file()
    {
        return Err(not_a_file());
    }
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read it: {e}"))?;
    if !file
        .metadata()
        .map_err(|e| format!("cannot read it: {e}"))?
        .is_file()
    {
        return Err(not_a_file());
    }
    let mut bytes = Vec::new();
    file.take(MAX_SOURCE_TEXT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read it: {e}"))?;
    if bytes.len() as u64 > MAX_SOURCE_TEXT_BYTES {
        return Err("it is larger than 256 MiB, the most a source text may be".to_owned());
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        format!("line {line}, column {column}: the file is not UTF-8 text; save it as UTF-8 and try again")
    })
}

/// The timeline's YAML to standard output; on a terminal, made inert as exports are (the file
/// it came from may hold characters a terminal acts on).
fn write_timeline_stdout(yaml: &str, printer: &Printer) -> Result<(), String> {
    let text = if printer.stdout_width().is_some() {
        crate::sanitize::sanitize_text(yaml)
    } else {
        yaml.into()
    };
    write_stdout(&text).map_err(|e| format!("cannot write to standard output: {e}"))
}

/// The timeline as YAML, loaded back as `chronicle check` would load it (with the kept copy of
/// the file it was made from as its one source text), so that what is written always checks.
fn checked_yaml(timeline: &RawTimeline<'_>, copy: Option<(&str, &str)>) -> Result<String, String> {
    let yaml = timeline_yaml(timeline)?;
    let input = Input {
        name: "the timeline made".to_owned(),
        text: yaml.clone(),
        // Its one source text is the copy of the file it was made from.
        texts: Box::new(TextsInMemory::new(copy)),
    };
    match load_inputs(vec![input]) {
        Ok(_) => Ok(yaml),
        Err(diagnostics) => {
            let first = diagnostics.iter().find(|d| d.is_error()).or(diagnostics.first());
            Err(format!(
                "the timeline made does not check ({}); please report this with the file",
                first.map_or_else(String::new, |d| d.message.clone())
            ))
        }
    }
}

/// Writes the timeline at `output` as a new file, with the file it was made from copied beside it
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
            "{} is where the file it was made from is kept; choose another name",
            shown(output)
        ));
    }
    let wrote_copy = match std::fs::read(&copy) {
        Ok(existing) if existing == text.as_bytes() => false,
        Ok(_) => {
            return Err(format!(
                "{} already exists with other text; chronicle does not overwrite files (write into another folder)",
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
