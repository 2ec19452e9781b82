//! The validation rules shared by every part of the document: ids, references, dates, display text.

use std::borrow::Borrow;
use std::collections::hash_map::Entry;
use std::hash::Hash;

use crate::model::check::ids::IdMap;
use crate::model::diagnostic::{Finding, NodePath, Severity};
use crate::model::format::date::{EventDate, parse_event_date};
use crate::model::suggest::closest;
use crate::sanitize::{first_unsafe_char, first_unsafe_char_in_lines};

/// The format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// Collects findings while a document is converted.
#[derive(Default)]
pub(crate) struct Checker {
    findings: Vec<Finding>,
}

impl Checker {
    pub(crate) fn into_findings(self) -> Vec<Finding> {
        self.findings
    }

    /// Takes on findings collected by another checker (one that worked on a part of the events).
    pub(crate) fn extend(&mut self, findings: Vec<Finding>) {
        self.findings.extend(findings);
    }

    pub(crate) fn error(&mut self, file: usize, path: &NodePath, message: String, hint: Option<String>) {
        self.push(Severity::Error, file, path, message, hint);
    }

    pub(crate) fn warning(&mut self, file: usize, path: &NodePath, message: String, hint: Option<String>) {
        self.push(Severity::Warning, file, path, message, hint);
    }

    fn push(
        &mut self,
        severity: Severity,
        file: usize,
        path: &NodePath,
        message: String,
        hint: Option<String>,
    ) {
        let message = if path.is_root() {
            message
        } else {
            format!("{path}: {message}")
        };
        self.findings.push(Finding {
            severity,
            file,
            path: *path,
            message,
            hint,
        });
    }

    pub(crate) fn header(&mut self, file: usize, format: u32, title: &str, description: Option<&str>) {
        if format != FORMAT_VERSION {
            self.error(
                file,
                &NodePath::root().key("format"),
                format!("format version {format} is not supported"),
                Some(format!(
                    "this chronicle reads format {FORMAT_VERSION}; write `format: {FORMAT_VERSION}`"
                )),
            );
        }
        self.display_text(file, &NodePath::root().key("title"), title);
        if let Some(description) = description {
            self.display_text(file, &NodePath::root().key("description"), description);
        }
    }

    /// Registers a new id, reporting malformed and duplicate ones.
    pub(crate) fn id<V: Copy>(
        &mut self,
        file: usize,
        path: &NodePath,
        what: &str,
        id: &str,
        ids: &mut IdMap<String, V>,
        value: V,
    ) {
        self.slug(file, path, what, id);
        match ids.entry(id.to_owned()) {
            Entry::Occupied(_) => self.duplicate_id(file, path, what, id),
            Entry::Vacant(slot) => {
                slot.insert(value);
            }
        }
    }

    /// Reports an id that is not a slug.
    pub(crate) fn slug(&mut self, file: usize, path: &NodePath, what: &str, id: &str) {
        if !is_slug(id) {
            self.error(
                file,
                &path.key("id"),
                format!("{what} id `{}` is not a short lowercase slug", escape(id)),
                Some(format!(
                    "use lowercase letters, digits, `-` and `_`, e.g. `{}`",
                    slugify(id)
                )),
            );
        }
    }

    pub(crate) fn duplicate_id(&mut self, file: usize, path: &NodePath, what: &str, id: &str) {
        self.error(
            file,
            &path.key("id"),
            format!("duplicate {what} id `{}`", escape(id)),
            Some(format!(
                "each {what} needs its own id, across all files loaded together"
            )),
        );
    }

    /// Resolves a reference to an id, reporting unknown ones with a did-you-mean hint.
    pub(crate) fn reference<K: Borrow<str> + Hash + Eq, V: Copy + Ord>(
        &mut self,
        file: usize,
        path: &NodePath,
        what: &str,
        id: &str,
        ids: &IdMap<K, V>,
    ) -> Option<V> {
        if let Some(&value) = ids.get(id) {
            return Some(value);
        }
        // Candidates in the order they were declared, so that ties go to the first.
        let mut declared: Vec<(V, &str)> = ids.iter().map(|(k, &v)| (v, k.borrow())).collect();
        declared.sort_unstable_by_key(|&(v, _)| v);
        let hint = match closest(id, declared.into_iter().map(|(_, k)| k)) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!("declare it under `{what}s:` or use one of the ids declared there"),
        };
        self.error(file, path, format!("unknown {what} `{}`", escape(id)), Some(hint));
        None
    }

    pub(crate) fn date(&mut self, file: usize, path: &NodePath, text: &str) -> Option<EventDate> {
        match parse_event_date(text) {
            Ok(date) => Some(date),
            Err(e) => {
                self.error(file, path, e.message, e.hint);
                None
            }
        }
    }

    /// Warns about text that would disturb a terminal: control characters and bidi overrides.
    pub(crate) fn display_text(&mut self, file: usize, path: &NodePath, text: &str) {
        self.unsafe_char(file, path, first_unsafe_char(text));
    }

    /// Warns about a source text's control characters; Windows line breaks are ordinary text.
    pub(crate) fn source_text(&mut self, file: usize, path: &NodePath, text: &str) {
        self.unsafe_char(file, path, first_unsafe_char_in_lines(text));
    }

    fn unsafe_char(&mut self, file: usize, path: &NodePath, found: Option<char>) {
        if let Some(c) = found {
            self.warning(
                file,
                path,
                format!("contains the control character U+{:04X}", c as u32),
                Some("it is shown as \u{fffd}; remove it unless it is really part of the text".into()),
            );
        }
    }
}

/// Ids are short lowercase slugs a user can type: `china`, `xi`, `sullivan-cnn-interview`.
pub(crate) fn is_slug(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

fn slugify(id: &str) -> String {
    let mut slug = String::new();
    for c in id.trim().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "an-id".to_owned()
    } else {
        slug.to_owned()
    }
}

pub(crate) use crate::model::diagnostic::escape;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_words() {
        assert!(is_slug("xi"));
        assert!(is_slug("liu-pengyu"));
        assert!(is_slug("un_2022"));
        assert!(!is_slug(""));
        assert!(!is_slug("Xi"));
        assert!(!is_slug("-xi"));
        assert!(!is_slug("xi jinping"));
    }

    #[test]
    fn slugify_suggests_a_slug() {
        assert_eq!(slugify("Xi Jinping"), "xi-jinping");
        assert_eq!(slugify("  "), "an-id");
    }
}
