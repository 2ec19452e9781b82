//! Ids made from names, for timelines chronicle writes (imports, drafts): slugs, made unique.

use std::collections::{HashMap, HashSet};

use unicode_normalization::UnicodeNormalization;

use super::check::checker::is_slug;

/// The longest slug made from a name, in bytes (cut at a word boundary).
const LONGEST_SLUG: usize = 48;

/// A slug of `name`: accents dropped (`é` → `e`), lowercase ASCII words joined by `-`, cut to
/// [`LONGEST_SLUG`] at a word boundary; `None` when nothing of `name` is left.
pub(crate) fn slug_of(name: &str) -> Option<String> {
    let mut slug = String::new();
    for c in name.nfkd() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !unicode_normalization::char::is_combining_mark(c) {
            // Spaces, punctuation and letters with no ASCII form (Chinese, Cyrillic) part words.
            push_separator(&mut slug);
        }
        if slug.len() > LONGEST_SLUG * 2 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.len() > LONGEST_SLUG {
        let cut = &slug[..LONGEST_SLUG];
        cut.rsplit_once('-').map_or(cut, |(head, _)| head)
    } else {
        slug
    };
    (!slug.is_empty()).then(|| slug.to_owned())
}

/// A slug of a file's name without its extension (`source-article.txt` → `source-article`).
pub(crate) fn slug_of_file(name: &str) -> Option<String> {
    let stem = std::path::Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy());
    slug_of(stem.as_deref().unwrap_or(name))
}

fn push_separator(slug: &mut String) {
    if !slug.is_empty() && !slug.ends_with('-') {
        slug.push('-');
    }
}

/// The ids taken so far in one namespace (events, actors or sources).
#[derive(Default)]
pub(crate) struct UniqueIds {
    taken: HashSet<String>,
    /// For each slug asked for more than once, the number to try next: a thousand events of
    /// the same headline take linear time, not quadratic.
    next_number: HashMap<String, usize>,
}

impl UniqueIds {
    /// Takes `wanted` as it is when it is a slug not taken yet (an id the file gave).
    pub(crate) fn take_exact(&mut self, wanted: &str) -> Option<String> {
        (is_slug(wanted) && self.taken.insert(wanted.to_owned())).then(|| wanted.to_owned())
    }

    /// A new id from `name`: its slug, or `fallback` when it has none, with `-2`, `-3`, …
    /// added until it is not taken.
    pub(crate) fn take_from(&mut self, name: &str, fallback: &str) -> String {
        let base = slug_of(name).unwrap_or_else(|| fallback.to_owned());
        if self.taken.insert(base.clone()) {
            return base;
        }
        let n = self.next_number.entry(base.clone()).or_insert(2);
        loop {
            let candidate = format!("{base}-{n}");
            *n += 1;
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_ascii_words() {
        assert_eq!(slug_of("Ada Lovelace").as_deref(), Some("ada-lovelace"));
        assert_eq!(
            slug_of("  Édith Piaf, née Gassion! ").as_deref(),
            Some("edith-piaf-nee-gassion")
        );
        assert_eq!(
            slug_of("...And the women who made it work").as_deref(),
            Some("and-the-women-who-made-it-work")
        );
        assert_eq!(slug_of("习近平"), None);
        assert_eq!(slug_of("Xi 习近平 visit").as_deref(), Some("xi-visit"));
        assert_eq!(slug_of("<>"), None);
    }

    #[test]
    fn a_file_is_named_by_its_name_without_extension() {
        assert_eq!(
            slug_of_file("source-article.txt").as_deref(),
            Some("source-article")
        );
        assert_eq!(
            slug_of_file("Women_in_Computing.csv").as_deref(),
            Some("women-in-computing")
        );
        assert_eq!(slug_of_file(".txt").as_deref(), Some("txt"));
        assert_eq!(slug_of_file("中.csv"), None);
    }

    #[test]
    fn long_names_are_cut_at_a_word() {
        let slug =
            slug_of("The quick brown fox jumps over the lazy dog and keeps on running far away").unwrap();
        assert_eq!(slug, "the-quick-brown-fox-jumps-over-the-lazy-dog-and");
        assert!(slug.len() <= LONGEST_SLUG);
        let one_word = slug_of(&"a".repeat(500)).unwrap();
        assert_eq!(one_word.len(), LONGEST_SLUG);
    }

    #[test]
    fn clashes_get_a_number() {
        let mut ids = UniqueIds::default();
        assert_eq!(ids.take_from("Test", "event"), "test");
        assert_eq!(ids.take_from("test!", "event"), "test-2");
        assert_eq!(ids.take_exact("test-3").as_deref(), Some("test-3"));
        assert_eq!(ids.take_from("Test", "event"), "test-4");
        assert_eq!(ids.take_from("", "event"), "event");
        assert_eq!(ids.take_from("?", "event"), "event-2");
        assert_eq!(ids.take_exact("test"), None, "taken");
        assert_eq!(ids.take_exact("Not A Slug"), None);
    }
}
