//! Problems found in a timeline file, each with its file, line, column, message and hint.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem, located in a file. Lines and columns count from 1; 0 means "the whole file".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// A problem with the file as a whole (missing, unreadable, empty, too large).
    pub fn whole_file(file: &str, message: impl Into<String>, hint: Option<&str>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_owned(),
            line: 0,
            column: 0,
            message: message.into(),
            hint: hint.map(str::to_owned),
        }
    }

    /// `FILE:LINE:COLUMN` (or just `FILE` for whole-file problems).
    pub fn location(&self) -> String {
        if self.line == 0 {
            self.file.clone()
        } else {
            format!("{}:{}:{}", self.file, self.line, self.column)
        }
    }
}

impl fmt::Display for Diagnostic {
    /// `FILE:LINE:COLUMN: error: message`, then `  hint: …` on its own line when there is one.
    /// Line breaks and other control characters that came from a file are shown escaped (`\n`),
    /// so that a file cannot print a line that looks like chronicle's own.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {}",
            escape_controls(&self.location()),
            self.severity.label(),
            escape_controls(&self.message)
        )?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {}", escape_controls(hint))?;
        }
        Ok(())
    }
}

/// `text` with every character that could break a line or act on a terminal written as its
/// Rust escape (`\n`, `\u{202e}`); everything else, quotes included, as it is.
pub(crate) fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    // What the sanitiser replaces, and the line breaks and tabs it leaves to its callers.
    let breaks = |c: char| crate::sanitize::is_unsafe(c) || c == '\n' || c == '\t';
    if !text.chars().any(breaks) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match breaks(c) {
            true => escaped.extend(c.escape_debug()),
            false => escaped.push(c),
        }
    }
    std::borrow::Cow::Owned(escaped)
}

/// Puts diagnostics in reading order: by file, then position, errors before warnings.
pub(super) fn sort_diagnostics(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.severity).cmp(&(&b.file, b.line, b.column, b.severity))
    });
}

/// How many segments a node path holds; the deepest the format needs is five
/// (`events[3].excerpts[1].quote`).
const MAX_DEPTH: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Segment {
    Key(&'static str),
    Index(u32),
}

/// A path to a node of the document, printed as serde_yaml prints them: `events[3].actors[1]`.
/// Building one allocates nothing, so checks can carry paths on the happy path for free.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct NodePath {
    segments: [Segment; MAX_DEPTH],
    len: usize,
}

impl Default for NodePath {
    fn default() -> Self {
        NodePath::root()
    }
}

impl NodePath {
    pub(super) const fn root() -> Self {
        NodePath {
            segments: [Segment::Index(0); MAX_DEPTH],
            len: 0,
        }
    }

    fn push(mut self, segment: Segment) -> Self {
        if self.len < MAX_DEPTH {
            self.segments[self.len] = segment;
            self.len += 1;
        }
        self
    }

    pub(super) fn key(&self, key: &'static str) -> Self {
        self.push(Segment::Key(key))
    }

    pub(super) fn index(&self, index: usize) -> Self {
        self.push(Segment::Index(index as u32))
    }

    pub(super) fn is_root(&self) -> bool {
        self.len == 0
    }

    /// `i` when the path is in `events[i]`.
    pub(super) fn event_index(&self) -> Option<usize> {
        match self.segments[..self.len.min(2)] {
            [Segment::Key("events"), Segment::Index(i)] => Some(i as usize),
            _ => None,
        }
    }

    /// The enclosing node's path, or `None` at the root.
    pub(super) fn parent(&self) -> Option<NodePath> {
        (self.len > 0).then(|| NodePath {
            len: self.len - 1,
            ..*self
        })
    }
}

impl fmt::Display for NodePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.segments[..self.len].iter().enumerate() {
            match segment {
                Segment::Key(key) if i == 0 => f.write_str(key)?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// A problem found after parsing, located by the path of the node it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Finding {
    pub severity: Severity,
    /// Which input file (index into the loaded files).
    pub file: usize,
    pub path: NodePath,
    pub message: String,
    pub hint: Option<String>,
}

/// Text from a file quoted in a message, escaped (`\n`, `\u{1b}`) so that hostile text can
/// neither disturb the terminal nor pass for a line of chronicle's own.
pub(crate) fn escape(text: &str) -> String {
    text.escape_debug().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_from_files_cannot_break_a_diagnostic_line() {
        assert_eq!(escape_controls("plain 'text' `x`"), "plain 'text' `x`");
        assert_eq!(escape_controls("a\nb\rc\td"), "a\\nb\\rc\\td");
        assert_eq!(
            escape_controls("\u{2028}\u{2029}\u{85}\u{9b}"),
            "\\u{2028}\\u{2029}\\u{85}\\u{9b}"
        );
        assert_eq!(
            escape_controls("\u{202e}\u{2066}\u{fff9}\u{1b}"),
            "\\u{202e}\\u{2066}\\u{fff9}\\u{1b}"
        );
        let diagnostic = Diagnostic {
            severity: Severity::Error,
            file: "a\nb.yaml".into(),
            line: 2,
            column: 3,
            message: "unknown field `x\ny`".into(),
            hint: Some("did you mean `\u{202e}z`?".into()),
        };
        assert_eq!(
            diagnostic.to_string(),
            "a\\nb.yaml:2:3: error: unknown field `x\\ny`\n  hint: did you mean `\\u{202e}z`?"
        );
    }
}
