//! Writing files safely: each goes to a temporary file beside it, flushed to disk, and is then
//! linked into place (new files, which fails rather than overwrite) or renamed over the old one
//! (an export's output); on any error nothing partial is left behind.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes each `(name, contents)` into `folder` (made if missing), all or none: a file that
/// already exists is refused before anything is written, and a failure part way removes what
/// was written. Returns the paths written.
pub(super) fn write_new_files(folder: &Path, files: &[(&str, &str)]) -> Result<Vec<PathBuf>, String> {
    let show = |path: &Path| crate::sanitize::sanitize_line(&path.display().to_string()).into_owned();
    std::fs::create_dir_all(folder).map_err(|e| format!("cannot make {}: {e}", show(folder)))?;
    let targets: Vec<PathBuf> = files.iter().map(|(name, _)| folder.join(name)).collect();
    if let Some(existing) = targets.iter().find(|t| t.symlink_metadata().is_ok()) {
        return Err(format!(
            "{} already exists; chronicle does not overwrite files (choose another folder)",
            show(existing)
        ));
    }
    let mut written = Vec::new();
    for ((_, contents), target) in files.iter().zip(&targets) {
        if let Err(e) = write_new_file(target, contents.as_bytes()) {
            for path in &written {
                let _ = std::fs::remove_file(path);
            }
            return Err(format!("cannot write {}: {e}", show(target)));
        }
        written.push(target.clone());
    }
    Ok(written)
}

/// Writes `bytes` to a temporary file in `target`'s folder, flushed to disk, then links it at
/// `target`, which fails if `target` exists by then; the temporary file is always removed.
pub(super) fn write_new_file(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let temporary = temporary_beside(target);
    let result = write_flushed(&temporary, bytes).and_then(|()| std::fs::hard_link(&temporary, target));
    let _ = std::fs::remove_file(&temporary);
    result
}

/// Writes `bytes` to a temporary file in `target`'s folder, flushed to disk, then renames it
/// over `target`: a reader sees the old file or the new one, never a part. On error the
/// temporary file is removed and `target` is as it was.
pub(super) fn replace_file(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let temporary = temporary_beside(target);
    let result = write_flushed(&temporary, bytes).and_then(|()| std::fs::rename(&temporary, target));
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

/// A hidden name beside `target` that no other process of chronicle uses.
fn temporary_beside(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map_or_else(Default::default, |n| n.to_string_lossy().into_owned());
    target.with_file_name(format!(".{name}.{}.partial", std::process::id()))
}

/// `bytes` into a file that must not exist yet, synced to disk.
fn write_flushed(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let folder = std::env::temp_dir().join(format!("chronicle-new-files-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        folder
    }

    #[test]
    fn files_are_written_and_never_overwritten() {
        let folder = scratch("overwrite");
        let written = write_new_files(&folder, &[("a.txt", "one"), ("b.txt", "two")]).unwrap();
        assert_eq!(written.len(), 2);
        assert_eq!(std::fs::read_to_string(folder.join("b.txt")).unwrap(), "two");
        // A second run refuses, and leaves both files as they were.
        std::fs::write(folder.join("a.txt"), "mine").unwrap();
        let refused = write_new_files(&folder, &[("c.txt", "three"), ("a.txt", "one")]).unwrap_err();
        assert!(
            refused.ends_with(
                "a.txt already exists; chronicle does not overwrite files (choose another folder)"
            )
        );
        assert_eq!(std::fs::read_to_string(folder.join("a.txt")).unwrap(), "mine");
        assert!(
            !folder.join("c.txt").exists(),
            "nothing is written when one file is refused"
        );
        let names: Vec<_> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "no temporary file is left: {names:?}");
        let _ = std::fs::remove_dir_all(&folder);
    }

    #[test]
    fn a_failure_part_way_removes_what_was_written() {
        let folder = scratch("partial");
        // The second name is a folder that cannot hold the file: writing it fails.
        let error = write_new_files(&folder, &[("a.txt", "one"), ("missing/b.txt", "two")]).unwrap_err();
        assert!(error.starts_with("cannot write "), "{error}");
        assert!(!folder.join("a.txt").exists());
        assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0);
        let _ = std::fs::remove_dir_all(&folder);
    }
}
