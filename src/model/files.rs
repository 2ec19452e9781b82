//! Reading timeline files and source texts: regular files only, with a size limit, as UTF-8.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::convert::{ReadError, SourceTexts};
use super::load::MAX_SOURCE_TEXT_BYTES;

/// Source texts read from files next to the timeline file.
pub struct FilesBeside {
    base: PathBuf,
}

impl FilesBeside {
    pub fn new(base: PathBuf) -> Self {
        FilesBeside { base }
    }
}

impl SourceTexts for FilesBeside {
    fn read(&self, path: &str) -> Result<String, ReadError> {
        read_text(&self.base.join(path), MAX_SOURCE_TEXT_BYTES)
    }
}

/// Reads a regular file of at most `limit` bytes as UTF-8 (a leading byte-order mark is dropped).
pub fn read_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    let shown = path.display();
    let fail = |message: String, hint: &str| ReadError {
        message,
        hint: Some(hint.to_owned()),
        at: None,
    };
    let file = File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => fail(
            format!("cannot read {shown}: no such file"),
            "check the path; source texts are found relative to the timeline file",
        ),
        _ => fail(
            format!("cannot read {shown}: {e}"),
            "check that the file exists and is readable",
        ),
    })?;
    let metadata = file
        .metadata()
        .map_err(|e| fail(format!("cannot read {shown}: {e}"), "check the file"))?;
    if metadata.is_dir() {
        return Err(fail(
            format!("{shown} is a directory"),
            "name a timeline file inside it",
        ));
    }
    if !metadata.is_file() {
        return Err(fail(
            format!("{shown} is not a regular file"),
            "name a file on disk",
        ));
    }
    let too_large = || {
        fail(
            format!("{shown} is larger than {} MiB", limit >> 20),
            "split it into several files",
        )
    };
    if metadata.len() > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(format!("cannot read {shown}: {e}"), "check the file"))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    decode_utf8(bytes).map_err(|(line, column)| ReadError {
        at: Some((line, column)),
        ..fail(
            format!("{shown} is not UTF-8 text (the first bad byte is at line {line}, column {column})"),
            "save the file as UTF-8",
        )
    })
}

/// The text, or the 1-based line and column of the first byte that is not UTF-8.
fn decode_utf8(mut bytes: Vec<u8>) -> Result<String, (usize, usize)> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
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
        let refused = read_text(&path, 32).unwrap_err();
        let accepted = read_text(&path, 64);
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
        assert_eq!(decode_utf8(b"\xEF\xBB\xBFtext".to_vec()), Ok("text".to_owned()));
    }
}
