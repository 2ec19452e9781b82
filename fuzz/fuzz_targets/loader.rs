//! Shared by the loader targets: a document loaded with one source text held in memory.

use chronicle::model::{Input, TextsInMemory, load_inputs};

/// The one source text the fuzzed documents may name, as `text: s.txt`.
const ONE_TEXT: &str = "Officials said the talks would go ahead. \u{201C}Never,\u{201D} he said.";

/// Loads `data` as a timeline named `name`: a timeline or located diagnostics, never a panic.
pub fn load(name: &str, data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let input = Input {
        name: name.to_owned(),
        text: text.to_owned(),
        texts: Box::new(TextsInMemory::new([("s.txt", ONE_TEXT)])),
    };
    match load_inputs(vec![input]) {
        Ok(loaded) => assert!(loaded.warnings.iter().all(|d| !d.is_error())),
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty());
            assert!(diagnostics.iter().any(|d| d.is_error()));
        }
    }
}
