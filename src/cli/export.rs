//! `chronicle export`: the events that pass the filters, written in another format to standard
//! output or, atomically, to a file that is neither a timeline being read nor a source text.

use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

use crate::export::{ExportFormat, ExportOptions, GroupBy, Selection, export};
use crate::model::{LoadOptions, Source, Timeline};
use crate::query::{SearchIndex, apply};
use crate::sanitize::{sanitize_line, sanitize_text};

use super::args::{ExportArgs, ExportFormatArg, GroupByArg};
use super::output::Printer;
use super::query_args::build_query;
use super::{EXIT_INVALID, EXIT_USAGE, load_for_display, safe_write, write_stdout};

pub(super) fn run(args: &ExportArgs, options: LoadOptions, printer: &Printer) -> ExitCode {
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
    let selection = if query.is_empty() {
        Selection::whole(timeline)
    } else {
        Selection::of(timeline, apply(timeline, &SearchIndex::build(timeline), &query))
    };
    let format = export_format(args.format);
    let result = match &args.output {
        None => to_stdout(&selection, format, args.group_by, printer),
        Some(output) => to_file(&selection, format, args.group_by, output, &args.files),
    };
    match result {
        Ok(warnings) => {
            for warning in warnings {
                printer.stderr_line(&format!("warning: {}", sanitize_line(&warning)));
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            printer.stderr_line(&format!("error: {}", sanitize_line(&message)));
            ExitCode::from(EXIT_INVALID)
        }
    }
}

fn export_format(format: ExportFormatArg) -> ExportFormat {
    match format {
        ExportFormatArg::Yaml => ExportFormat::Yaml,
        ExportFormatArg::Json => ExportFormat::Json,
        ExportFormatArg::Markdown => ExportFormat::Markdown,
        ExportFormatArg::Timelinejs => ExportFormat::TimelineJs,
        ExportFormatArg::Ics => ExportFormat::Ics,
        ExportFormatArg::Csv => ExportFormat::Csv,
    }
}

fn group_by(arg: Option<GroupByArg>) -> Option<GroupBy> {
    arg.map(|g| match g {
        GroupByArg::Actor => GroupBy::Actor,
        GroupByArg::Tag => GroupBy::Tag,
    })
}

/// Standard output: source paths as the timeline wrote them; on a terminal, made inert.
fn to_stdout(
    selection: &Selection<'_>,
    format: ExportFormat,
    group: Option<GroupByArg>,
    printer: &Printer,
) -> Result<Vec<String>, String> {
    let as_written = |source: &Source| source.text_path.clone();
    let options = ExportOptions {
        group_by: group_by(group),
        text_path: &as_written,
        for_terminal: printer.stdout_width().is_some(),
        now: export_time(),
    };
    let exported = export(selection, format, &options)?;
    let text = if printer.stdout_width().is_some() {
        sanitize_text(&exported.text)
    } else {
        exported.text.as_str().into()
    };
    match write_stdout(&text) {
        Ok(()) => Ok(exported.warnings),
        Err(e) => Err(format!("cannot write the export: {e}")),
    }
}

/// A file: refused over an input; YAML and JSON bring their source texts beside it.
fn to_file(
    selection: &Selection<'_>,
    format: ExportFormat,
    group: Option<GroupByArg>,
    output: &Path,
    inputs: &[PathBuf],
) -> Result<Vec<String>, String> {
    let shown = output.display().to_string();
    if output.is_dir() {
        return Err(format!("{shown} is a folder; give -o a file name"));
    }
    let protected = read_paths(selection.timeline, inputs);
    if let Some(same) = same_file(output, &protected) {
        return Err(format!(
            "{shown} is {}, which this export reads; chronicle never writes to the files it reads (choose another name)",
            same.display()
        ));
    }
    let folder = output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let carries_texts = matches!(format, ExportFormat::Yaml | ExportFormat::Json);
    if carries_texts {
        // The export must not land where one of the texts beside it goes.
        let texts: Vec<PathBuf> = selection
            .sources
            .iter()
            .filter_map(|&s| selection.timeline.source(s).text_path.as_deref())
            .map(|written| folder.join(placed_text_path(written)))
            .filter_map(|path| canonical(&path))
            .collect();
        if same_file(output, &texts).is_some() {
            return Err(format!(
                "{shown} is where the export puts a source text beside it; choose another name"
            ));
        }
    }
    let placed = |source: &Source| source.text_path.as_deref().map(placed_text_path);
    let options = ExportOptions {
        group_by: group_by(group),
        text_path: &placed,
        for_terminal: false,
        now: export_time(),
    };
    let exported = export(selection, format, &options)?;
    let written = if carries_texts {
        write_texts(selection, folder)?
    } else {
        Vec::new()
    };
    if let Err(e) = safe_write::replace_file(output, exported.text.as_bytes()) {
        for path in &written {
            let _ = std::fs::remove_file(path);
        }
        return Err(format!("cannot write {shown}: {e}"));
    }
    Ok(exported.warnings)
}

/// Where a source text goes beside the export: its path as written when that stays inside the
/// export's folder (`texts/article.txt`), otherwise its file name alone.
fn placed_text_path(written: &str) -> String {
    let path = Path::new(written);
    let contained = path.components().all(|c| matches!(c, Component::Normal(_)));
    if contained && !written.is_empty() {
        written.to_owned()
    } else {
        path.file_name()
            .map_or_else(|| "source.txt".to_owned(), |n| n.to_string_lossy().into_owned())
    }
}

/// Writes each selected source's text beside the export, as new files; a file already there
/// with the same text is left as it is, one with other text is an error. Returns what it wrote.
fn write_texts(selection: &Selection<'_>, folder: &Path) -> Result<Vec<PathBuf>, String> {
    let mut written: Vec<PathBuf> = Vec::new();
    let undo = |written: &[PathBuf]| {
        for path in written {
            let _ = std::fs::remove_file(path);
        }
    };
    for &index in &selection.sources {
        let source = selection.timeline.source(index);
        let Some(text_path) = &source.text_path else {
            continue;
        };
        let target = folder.join(placed_text_path(text_path));
        match std::fs::read(&target) {
            Ok(existing) if existing == source.text.as_bytes() => continue,
            Ok(_) => {
                undo(&written);
                return Err(format!(
                    "{} already exists with other text; chronicle does not overwrite files (export into another folder)",
                    target.display()
                ));
            }
            Err(_) => {}
        }
        let made = target.parent().map_or(Ok(()), std::fs::create_dir_all);
        if let Err(e) = made.and_then(|()| safe_write::write_new_file(&target, source.text.as_bytes())) {
            undo(&written);
            return Err(format!("cannot write {}: {e}", target.display()));
        }
        written.push(target);
    }
    Ok(written)
}

/// The files an export reads: the timelines named, and each source text beside each of them.
fn read_paths(timeline: &Timeline, inputs: &[PathBuf]) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = inputs.to_vec();
    for input in inputs {
        let folder = input.parent().unwrap_or(Path::new(""));
        let texts = timeline.sources.iter().filter_map(|s| s.text_path.as_deref());
        paths.extend(texts.map(|text| folder.join(text)));
    }
    paths.iter().filter_map(|p| p.canonicalize().ok()).collect()
}

/// The protected file `path` names, if any (the same file by another name counts).
fn same_file<'a>(path: &Path, protected: &'a [PathBuf]) -> Option<&'a PathBuf> {
    let canonical = canonical(path)?;
    protected.iter().find(|p| **p == canonical)
}

/// The path with links and `.` resolved; for a file not made yet, its folder's so resolved.
fn canonical(path: &Path) -> Option<PathBuf> {
    path.canonicalize().ok().or_else(|| {
        let parent = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        Some(parent.canonicalize().ok()?.join(path.file_name()?))
    })
}

/// Now, or the time `SOURCE_DATE_EPOCH` gives (seconds since 1970), for reproducible output.
fn export_time() -> chrono::DateTime<chrono::Utc> {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|seconds| chrono::DateTime::from_timestamp(seconds, 0))
        .unwrap_or_else(|| std::time::SystemTime::now().into())
}
