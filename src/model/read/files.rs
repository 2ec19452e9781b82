//! Reading timeline files and source texts: regular files only, with a size limit, as UTF-8,
//! and source texts only from inside the folder of the timeline that names them.

use std::fs::{File, Metadata};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Timeline files larger than this are refused (1 GiB).
pub(crate) const MAX_TIMELINE_BYTES: u64 = 1 << 30;
/// Source texts larger than this are refused (256 MiB).
pub(crate) const MAX_SOURCE_TEXT_BYTES: u64 = 256 << 20;

/// Reads source texts named in a timeline, as the timeline writes them.
pub trait SourceTexts: Sync {
    /// The text of the file at `path` as written in the timeline, or a message saying why not.
    fn read(&self, path: &str) -> Result<String, ReadError>;
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    pub message: String,
    pub hint: Option<String>,
    /// The 1-based line and column of the problem, when it is at one place (a bad byte).
    pub at: Option<(usize, usize)>,
}

impl ReadError {
    fn new(message: String, hint: &str) -> Self {
        ReadError {
            message,
            hint: Some(hint.to_owned()),
            at: None,
        }
    }
}

/// What a file is read as, for the messages when it cannot be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileRole {
    Timeline,
    SourceText,
}

/// Source texts read from files in a timeline's folder or below it.
pub(crate) struct FilesBeside {
    /// The timeline's folder, canonical (symlinks followed), or `None` if it cannot be resolved.
    folder: Option<PathBuf>,
    /// Whether texts outside the folder may be read (`--allow-outside-sources`).
    allow_outside: bool,
}

impl FilesBeside {
    /// Texts relative to `folder` (the timeline's folder; empty for the current one).
    pub(crate) fn new(folder: &Path, allow_outside: bool) -> Self {
        let folder = if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        };
        FilesBeside {
            folder: std::fs::canonicalize(folder).ok(),
            allow_outside,
        }
    }
}

impl SourceTexts for FilesBeside {
    fn read(&self, written: &str) -> Result<String, ReadError> {
        let shown = crate::model::diagnostic::escape(written);
        if written.trim().is_empty() {
            let hint = "name the text file of the source, relative to the timeline file";
            return Err(ReadError::new("the source's `text` is empty".into(), hint));
        }
        let Some(folder) = &self.folder else {
            let hint = "check that the timeline's folder exists and can be read";
            return Err(ReadError::new(
                format!("cannot resolve the folder of `{shown}`"),
                hint,
            ));
        };
        let canonical = std::fs::canonicalize(folder.join(written))
            .map_err(|e| cannot_look_at(&e, &shown, FileRole::SourceText))?;
        if !self.allow_outside && !canonical.starts_with(folder) {
            return Err(ReadError::new(
                format!("source text `{shown}` is outside the timeline's folder"),
                "a timeline reads texts from its own folder and below; if you trust this file, pass --allow-outside-sources",
            ));
        }
        read_named(&canonical, &shown, MAX_SOURCE_TEXT_BYTES, FileRole::SourceText)
    }
}

/// Reads a regular file of at most `limit` bytes as UTF-8 (a leading byte-order mark is dropped).
/// The file's type is checked before it is opened, and it is opened without waiting, so that a
/// named pipe or a device cannot block the read.
pub(crate) fn read_text(path: &Path, limit: u64, role: FileRole) -> Result<String, ReadError> {
    let shown = crate::model::diagnostic::escape(&path.display().to_string());
    read_named(path, &shown, limit, role)
}

/// [`read_text`], the file called `shown` in messages.
fn read_named(path: &Path, shown: &str, limit: u64, role: FileRole) -> Result<String, ReadError> {
    let metadata = std::fs::metadata(path).map_err(|e| cannot_look_at(&e, shown, role))?;
    refuse_other_than_files(&metadata, shown, role)?;
    let file = open_without_waiting(path)
        .map_err(|e| ReadError::new(format!("cannot read {shown}: {e}"), "check the file"))?;
    // The path may have been replaced since it was looked at: what was opened is checked too.
    let opened = file
        .metadata()
        .map_err(|e| ReadError::new(format!("cannot read {shown}: {e}"), "check the file"))?;
    refuse_other_than_files(&opened, shown, role)?;
    let too_large = || {
        ReadError::new(
            format!("{shown} is larger than {} MiB", limit >> 20),
            "split it into several files",
        )
    };
    if opened.len() > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(opened.len().min(limit) as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::new(format!("cannot read {shown}: {e}"), "check the file"))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    // A timeline's byte-order mark is dropped; a source text keeps its own, so that the offsets
    // of quotes in it are offsets into the file as it is on disk.
    if role == FileRole::Timeline && bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    decode_utf8(bytes).map_err(|(line, column)| ReadError {
        at: Some((line, column)),
        ..ReadError::new(
            format!("{shown} is not UTF-8 text (the first bad byte is at line {line}, column {column})"),
            "save the file as UTF-8",
        )
    })
}

/// Why a file could not be found or looked at.
fn cannot_look_at(error: &std::io::Error, shown: &str, role: FileRole) -> ReadError {
    if error.kind() != std::io::ErrorKind::NotFound {
        let hint = "check that the file exists and is readable";
        return ReadError::new(format!("cannot read {shown}: {error}"), hint);
    }
    let hint = match role {
        FileRole::Timeline => {
            "check the file name, or run `chronicle` without a file for the bundled timeline"
        }
        FileRole::SourceText => "check the path; source texts are found relative to the timeline file",
    };
    ReadError::new(format!("cannot read {shown}: no such file"), hint)
}

/// Reads at most `limit` bytes of UTF-8 text from `reader` (standard input), a leading
/// byte-order mark dropped.
pub(crate) fn read_text_from(reader: impl Read, limit: u64) -> Result<String, ReadError> {
    let mut bytes = Vec::new();
    reader.take(limit + 1).read_to_end(&mut bytes).map_err(|e| {
        ReadError::new(
            format!("cannot read standard input: {e}"),
            "check what is piped in",
        )
    })?;
    if bytes.len() as u64 > limit {
        let message = format!("standard input is larger than {} MiB", limit >> 20);
        return Err(ReadError::new(message, "split it into several files"));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    decode_utf8(bytes).map_err(|(line, column)| ReadError {
        at: Some((line, column)),
        ..ReadError::new(
            format!(
                "standard input is not UTF-8 text (the first bad byte is at line {line}, column {column})"
            ),
            "save the file as UTF-8",
        )
    })
}

/// One message for each kind of file that is not a regular file.
fn refuse_other_than_files(metadata: &Metadata, shown: &str, role: FileRole) -> Result<(), ReadError> {
    if metadata.is_file() {
        return Ok(());
    }
    let wanted = match role {
        FileRole::Timeline => "name a timeline file (YAML or JSON) on disk",
        FileRole::SourceText => "name a text file on disk",
    };
    if metadata.is_dir() {
        let hint = match role {
            FileRole::Timeline => "name a timeline file inside it",
            FileRole::SourceText => "name a text file inside it",
        };
        return Err(ReadError::new(format!("{shown} is a directory"), hint));
    }
    let kind = special_kind(metadata);
    Err(ReadError::new(
        format!("{shown} is {kind}, not a regular file"),
        wanted,
    ))
}

#[cfg(unix)]
fn special_kind(metadata: &Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let file_type = metadata.file_type();
    if file_type.is_fifo() {
        "a named pipe (FIFO)"
    } else if file_type.is_socket() {
        "a socket"
    } else if file_type.is_block_device() || file_type.is_char_device() {
        "a device"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &Metadata) -> &'static str {
    "a special file"
}

/// Opens for reading without blocking on a named pipe or a device (a regular file reads as usual).
#[cfg(unix)]
fn open_without_waiting(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_waiting(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

/// The text, or the 1-based line and column of the first byte that is not UTF-8.
fn decode_utf8(bytes: Vec<u8>) -> Result<String, (usize, usize)> {
    String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
        (line, column)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_over_the_limit_are_refused_before_reading() {
        let path = std::env::temp_dir().join(format!("chronicle-limit-{}.yaml", std::process::id()));
        std::fs::write(&path, "x".repeat(64)).unwrap();
        let refused = read_text(&path, 32, FileRole::Timeline).unwrap_err();
        let accepted = read_text(&path, 64, FileRole::Timeline);
        std::fs::remove_file(&path).unwrap();
        assert_eq!(
            refused.message,
            format!("{} is larger than 0 MiB", path.display())
        );
        assert_eq!(refused.hint.as_deref(), Some("split it into several files"));
        assert_eq!(accepted.map(|t| t.len()), Ok(64));
    }

    #[test]
    fn bad_utf8_is_located() {
        assert_eq!(decode_utf8(b"ok\nab\xFFc".to_vec()), Err((2, 3)));
        assert_eq!(
            decode_utf8(b"\xEF\xBB\xBFtext".to_vec()),
            Ok("\u{feff}text".to_owned())
        );
    }
}
