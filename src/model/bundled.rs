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

/// The bundled timeline and its texts as files: each name (the timeline's own, then the names
/// it cites its texts by) with its contents, for `chronicle init`.
pub fn bundled_files() -> Vec<(&'static str, &'static str)> {
    let timeline = BUNDLED_NAME.rsplit('/').next().unwrap_or(BUNDLED_NAME);
    std::iter::once((timeline, BUNDLED_YAML))
        .chain(BUNDLED_TEXTS.iter().copied())
        .collect()
}

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
