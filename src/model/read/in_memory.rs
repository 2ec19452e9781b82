//! Source texts held in memory by the paths a timeline names them with: for timelines made
//! without files around them (an import or a draft checked before it is written) and for tests.

use super::files::{ReadError, SourceTexts};

/// Each text under the path a timeline's `text` gives; any other path is not found.
#[derive(Debug, Clone, Default)]
pub struct TextsInMemory(Vec<(String, String)>);

impl TextsInMemory {
    /// The texts, each `(path, text)`.
    pub fn new<P: Into<String>, T: Into<String>>(texts: impl IntoIterator<Item = (P, T)>) -> Self {
        TextsInMemory(texts.into_iter().map(|(p, t)| (p.into(), t.into())).collect())
    }
}

impl SourceTexts for TextsInMemory {
    fn read(&self, path: &str) -> Result<String, ReadError> {
        let found = self.0.iter().find(|(name, _)| *name == path);
        found.map(|(_, text)| text.clone()).ok_or_else(|| ReadError {
            message: format!("no text {path}"),
            hint: None,
            at: None,
        })
    }
}
