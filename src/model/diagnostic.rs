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
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {}",
            self.location(),
            self.severity.label(),
            self.message
        )?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// Puts diagnostics in reading order: by file, then position, errors before warnings.
pub fn sort_diagnostics(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.severity).cmp(&(&b.file, b.line, b.column, b.severity))
    });
}

/// A path to a node of the document, as serde_yaml prints them: `events[3].actors[1]`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct NodePath(String);

impl NodePath {
    pub fn root() -> Self {
        NodePath(String::new())
    }

    pub fn key(&self, key: &str) -> Self {
        if self.0.is_empty() {
            NodePath(key.to_owned())
        } else {
            NodePath(format!("{}.{key}", self.0))
        }
    }

    pub fn index(&self, index: usize) -> Self {
        NodePath(format!("{}[{index}]", self.0))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The enclosing node's path, or `None` at the root.
    pub fn parent(&self) -> Option<NodePath> {
        if self.0.is_empty() {
            return None;
        }
        let cut = self.0.rfind(['.', '[']).unwrap_or(0);
        Some(NodePath(self.0[..cut].to_owned()))
    }
}

impl fmt::Display for NodePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A problem found after parsing, located by the path of the node it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    /// Which input file (index into the loaded files).
    pub file: usize,
    pub path: NodePath,
    pub message: String,
    pub hint: Option<String>,
}
