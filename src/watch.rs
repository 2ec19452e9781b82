//! Watching the timeline files and their source texts, and loading them again when they change.
//!
//! Editors save by writing a new file and renaming it over the old one, so the folders are
//! watched (not the files) and events are kept only for the paths that matter. Changes are
//! debounced, then the files are loaded on this module's thread, with the same containment
//! rules as the first load, and the result is handed to the event loop.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use notify::RecursiveMode;
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

use crate::app::reload::ReloadResult;
use crate::model::{LoadOptions, Timeline, load_paths};

/// How long the files must be quiet before they are loaded again.
const QUIET: Duration = Duration::from_millis(100);

/// Keeps the watch alive; dropping it stops watching.
pub struct FileWatch {
    _debouncer: Debouncer<notify::RecommendedWatcher>,
}

/// Starts watching `files` and the source texts of `timeline`; each change delivers a reload.
pub fn watch(
    files: &[PathBuf],
    timeline: &Timeline,
    options: LoadOptions,
) -> notify::Result<(FileWatch, Receiver<ReloadResult>)> {
    let (changes, changed) = channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(QUIET, changes)?;
    let paths = watched_paths(files, timeline);
    for folder in folders(&paths) {
        debouncer.watcher().watch(&folder, RecursiveMode::NonRecursive)?;
    }
    let (reloads, reloaded) = channel();
    let files = files.to_vec();
    std::thread::spawn(move || reload_on_change(&files, options, paths, &changed, &reloads));
    Ok((
        FileWatch {
            _debouncer: debouncer,
        },
        reloaded,
    ))
}

/// Loads the files again after each batch of changes to the watched paths, until the viewer
/// stops listening.
fn reload_on_change(
    files: &[PathBuf],
    options: LoadOptions,
    mut paths: BTreeSet<PathBuf>,
    changed: &Receiver<DebounceEventResult>,
    reloads: &Sender<ReloadResult>,
) {
    for batch in changed {
        let Ok(events) = batch else { continue };
        if !events.iter().any(|event| paths.contains(&canonical(&event.path))) {
            continue;
        }
        let result = load_paths(files, options);
        if let Ok(loaded) = &result {
            // Sources may have been added; their folders are among those watched when they sit
            // beside the timeline, which containment requires unless it was lifted.
            paths = watched_paths(files, &loaded.timeline);
        }
        if reloads.send(result).is_err() {
            return;
        }
    }
}

/// The timeline files and every source text they name, made canonical where they exist.
fn watched_paths(files: &[PathBuf], timeline: &Timeline) -> BTreeSet<PathBuf> {
    let mut paths: BTreeSet<PathBuf> = files.iter().map(|f| canonical(f)).collect();
    for file in files {
        let folder = file.parent().unwrap_or(Path::new("."));
        for text_path in timeline.sources.iter().filter_map(|s| s.text_path.as_deref()) {
            let text = folder.join(text_path);
            if text.exists() {
                paths.insert(canonical(&text));
            }
        }
    }
    paths
}

fn folders(paths: &BTreeSet<PathBuf>) -> BTreeSet<PathBuf> {
    paths
        .iter()
        .filter_map(|p| p.parent().map(Path::to_path_buf))
        .collect()
}

/// The path made canonical (links followed), or as given when it does not exist (any more).
fn canonical(path: &Path) -> PathBuf {
    if let Ok(real) = path.canonicalize() {
        return real;
    }
    // A file renamed away still has a folder that exists.
    match (
        path.parent().and_then(|p| p.canonicalize().ok()),
        path.file_name(),
    ) {
        (Some(folder), Some(name)) => folder.join(name),
        _ => path.to_path_buf(),
    }
}
