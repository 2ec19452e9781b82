//! The timeline that ships inside the binary, so chronicle works from any directory.

use crate::model::diagnostic::Diagnostic;
use crate::model::load::{Input, Loaded, load_inputs};
use crate::model::read::files::{ReadError, SourceTexts};

/// The name the bundled timeline goes by in messages.
pub const BUNDLED_NAME: &str = "timelines/russia-china-2022.yaml";

const BUNDLED_YAML: &str = include_str!("../../timelines/russia-china-2022.yaml");

/// The bundled source texts, by the path the timeline names them with.
const BUNDLED_TEXTS: &[(&str, &str)] = &[(
    "source-article.txt",
    include_str!("../../timelines/source-article.txt"),
)];

struct BundledTexts;

impl SourceTexts for BundledTexts {
    fn read(&self, path: &str) -> Result<String, ReadError> {
        BUNDLED_TEXTS
            .iter()
            .find(|(name, _)| *name == path)
            .map(|(_, text)| (*text).to_owned())
            .ok_or_else(|| ReadError {
                message: format!("no bundled source text named {path}"),
                hint: Some("bundled timelines may only cite bundled texts".into()),
                at: None,
            })
    }
}

/// Loads the bundled timeline.
pub fn load_bundled() -> Result<Loaded, Vec<Diagnostic>> {
    load_inputs(vec![Input {
        name: BUNDLED_NAME.to_owned(),
        text: BUNDLED_YAML.to_owned(),
        texts: Box::new(BundledTexts),
    }])
}
