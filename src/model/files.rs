//! Reading timeline files and source texts: regular files only, with a size limit, as UTF-8.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use super::convert::{ReadError, SourceTexts};
use super::load::MAX_SOURCE_TEXT_BYTES;
use super::parallel::{cores, map_parts};

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
    let bytes = read_bytes(file, metadata.len(), limit, READ_IN_PARTS_FROM)
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

/// Files from this size are read by a thread per core (at most four), each filling its own part
/// of the text (on Unix; elsewhere in one go).
const READ_IN_PARTS_FROM: u64 = 32 << 20;

/// The file's bytes, at most `limit + 1` of them (one more than allowed tells that it is too
/// large), `len` being its size when opened. Files from `parts_from` bytes are read in parts at
/// once; if such a file shrank meanwhile, it is read again from the start in one go.
fn read_bytes(mut file: File, len: u64, limit: u64, parts_from: u64) -> std::io::Result<Vec<u8>> {
    if len >= parts_from
        && len <= limit
        && let Some(mut bytes) = read_in_parts(&file, len)
    {
        // Whatever was appended since the size was taken.
        file.seek(SeekFrom::Start(len))?;
        file.take(limit + 1 - len).read_to_end(&mut bytes)?;
        return Ok(bytes);
    }
    file.seek(SeekFrom::Start(0))?;
    let mut bytes = Vec::with_capacity(len.min(limit) as usize);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The first `len` bytes of the file, read in one part per core (at most four: more threads do
/// not read faster); `None` if any part fails (the file shrank, or the system cannot read at an
/// offset).
fn read_in_parts(file: &File, len: u64) -> Option<Vec<u8>> {
    let len = usize::try_from(len).ok()?;
    let mut bytes = vec![0; len];
    let part_len = len.div_ceil(cores().min(4)).max(1);
    let parts = bytes.chunks_mut(part_len).enumerate().collect();
    let read = map_parts(parts, |(i, part): (usize, &mut [u8])| {
        read_at(file, part, (i * part_len) as u64)
    });
    read.into_iter().all(|done| done.is_ok()).then_some(bytes)
}

#[cfg(unix)]
fn read_at(file: &File, buffer: &mut [u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buffer, offset)
}

/// Elsewhere a file handle reads one request at a time (Windows queues them), so parts would
/// not be read at once: such files are read in one go.
#[cfg(not(unix))]
fn read_at(_: &File, _: &mut [u8], _: u64) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
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
    fn a_file_read_in_parts_reads_as_in_one_go_even_if_it_changed_size() {
        let path = std::env::temp_dir().join(format!("chronicle-parts-{}.txt", std::process::id()));
        let content: Vec<u8> = (0..1001u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &content).unwrap();
        let read = |len: u64, limit: u64, parts_from: u64| {
            read_bytes(File::open(&path).unwrap(), len, limit, parts_from).unwrap()
        };
        let in_parts = read_in_parts(&File::open(&path).unwrap(), 1001);
        let grown = read(600, 5000, 0);
        let shrunk = read(1500, 5000, 0);
        let too_large = read(600, 800, 0);
        let whole = read(1001, 5000, u64::MAX);
        std::fs::remove_file(&path).unwrap();
        assert_eq!(in_parts.as_deref(), Some(content.as_slice()));
        assert_eq!(
            grown, content,
            "what was appended since the size was taken is read too"
        );
        assert_eq!(shrunk, content, "a file that shrank is read again in one go");
        assert_eq!(
            too_large,
            content[..801],
            "one byte past the limit tells it is too large"
        );
        assert_eq!(whole, content);
    }

    #[test]
    fn bad_utf8_is_located() {
        assert_eq!(decode_utf8(b"ok\nab\xFFc".to_vec()), Err((2, 3)));
        assert_eq!(decode_utf8(b"\xEF\xBB\xBFtext".to_vec()), Ok("text".to_owned()));
    }
}
