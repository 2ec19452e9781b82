//! Turning serde's error messages (from YAML or JSON) into a message and a hint for people.

use crate::model::suggest::closest;

/// A syntax or type error at a position (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ParseError {
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub hint: Option<String>,
}

/// Removes every ` at line L column C` from a message, returning the message and those positions.
pub(crate) fn strip_positions(message: &str) -> (String, Vec<(usize, usize)>) {
    let mut text = String::with_capacity(message.len());
    let mut marks = Vec::new();
    let mut rest = message;
    while let Some(cut) = rest.find(" at line ") {
        text.push_str(&rest[..cut]);
        let after = &rest[cut + " at line ".len()..];
        let (line, tail) = split_number(after);
        let (column, tail) = match tail.strip_prefix(" column ") {
            Some(t) => split_number(t),
            None => (None, tail),
        };
        match (line, column) {
            (Some(l), Some(c)) => marks.push((l, c)),
            _ => text.push_str(&rest[cut..rest.len() - tail.len()]),
        }
        rest = tail;
    }
    text.push_str(rest);
    (text, marks)
}

fn split_number(text: &str) -> (Option<usize>, &str) {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    (text[..digits].parse().ok(), &text[digits..])
}

/// serde names the Rust structs it expected; say what they are in the file instead.
pub(crate) fn plain_type_names(message: &str) -> String {
    const NAMES: [(&str, &str); 7] = [
        (
            "struct RawTimeline",
            "a timeline (a mapping with `format`, `title` and `events`)",
        ),
        (
            "struct RawSource",
            "a source (a mapping with `id`, `title`, `kind` and `text`)",
        ),
        (
            "struct RawActor",
            "an actor (a mapping with `id`, `name` and `kind`)",
        ),
        (
            "struct RawEvent",
            "an event (a mapping with `id`, `date`, `title` and `status`)",
        ),
        (
            "struct RawClaim",
            "a claim (a mapping with `stance` and `excerpt`)",
        ),
        (
            "struct RawExcerpt",
            "an excerpt (a mapping with `source` and `quote`)",
        ),
        (
            "struct ActorRefFields",
            "an actor (a mapping with `id` and `role`)",
        ),
    ];
    /// Rust's number types, as serde ends a message with them.
    const NUMBERS: [(&str, &str); 8] = [
        ("expected i64", "expected a whole number"),
        ("expected i32", "expected a whole number"),
        ("expected u64", "expected a whole number from 0"),
        ("expected u32", "expected a whole number from 0"),
        ("expected u16", "expected a whole number from 0"),
        ("expected u8", "expected a whole number from 0"),
        ("expected f64", "expected a number"),
        ("expected f32", "expected a number"),
    ];
    let text = NAMES.iter().fold(message.to_owned(), |text, (rust, plain)| {
        text.replace(rust, plain)
    });
    match NUMBERS.iter().find(|(rust, _)| text.ends_with(rust)) {
        Some((rust, plain)) => format!("{}{plain}", &text[..text.len() - rust.len()]),
        None => text,
    }
}

/// Rewrites serde's messages into a shorter message and a hint; `yaml` says which syntax the
/// document is written in, for the hints that differ.
pub(crate) fn explain(message: &str, yaml: bool) -> (String, Option<String>) {
    for what in ["unknown field", "unknown variant"] {
        if let Some((head, expected)) = split_expected(message, what) {
            let given = backticked(head).next().unwrap_or_default();
            let hint = match closest(given, backticked(expected)) {
                Some(best) => format!("did you mean `{best}`?"),
                None => format!("expected {expected}"),
            };
            return (head.to_owned(), Some(hint));
        }
    }
    let hint = if message.ends_with("recursion limit exceeded") {
        Some("the document nests deeper than 128 levels; a timeline needs only a few".to_owned())
    } else if message.ends_with("repetition limit exceeded") {
        Some("aliases expand to far more data than the file holds; remove the repeated aliases".to_owned())
    } else if let Some(field) = message.split("missing field `").nth(1) {
        let field = field.trim_end_matches('`');
        Some(format!(
            "add `{field}:` here; see the format reference in docs/format.md"
        ))
    } else if message.contains("invalid type") && message.contains("expected a whole number") {
        Some("write a whole number, without quotes".to_owned())
    } else if is_collection_for_one_value(message) {
        Some("this field takes one value, not a list or a mapping; see docs/format.md".to_owned())
    } else if message.contains("invalid type") && yaml {
        Some(
            "check the value's shape against docs/format.md (quote text that YAML reads as a number or date)"
                .to_owned(),
        )
    } else if message.contains("invalid type") {
        Some("check the value's shape against docs/format.md (text goes in double quotes)".to_owned())
    } else {
        None
    };
    (message.to_owned(), hint)
}

/// Whether serde found a list or a mapping where one string or number belongs.
fn is_collection_for_one_value(message: &str) -> bool {
    let found_collection =
        message.contains("invalid type: sequence") || message.contains("invalid type: map");
    let expected = message.rsplit(", expected ").next().unwrap_or_default();
    found_collection
        && [
            "a string",
            "a whole number",
            "a number",
            "a boolean",
            "a borrowed string",
        ]
        .iter()
        .any(|one| expected.starts_with(one))
}

/// Splits `…unknown field `x`, expected one of `a`, `b`` into the head and what was expected.
fn split_expected<'m>(message: &'m str, what: &str) -> Option<(&'m str, &'m str)> {
    if !message.contains(what) {
        return None;
    }
    message.split_once(", expected ")
}

/// The `quoted` words of a message, in order.
fn backticked(text: &str) -> impl Iterator<Item = &str> {
    text.split('`').skip(1).step_by(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_taken_out_of_messages() {
        assert_eq!(
            strip_positions("events[0]: bad at line 3 column 5"),
            ("events[0]: bad".into(), vec![(3, 5)])
        );
        assert_eq!(
            strip_positions("no position here"),
            ("no position here".into(), vec![])
        );
        assert_eq!(
            strip_positions(
                "found end at line 25 column 1, while scanning a quoted scalar at line 19 column 12"
            ),
            (
                "found end, while scanning a quoted scalar".into(),
                vec![(25, 1), (19, 12)]
            )
        );
        assert_eq!(strip_positions("odd at line x"), ("odd at line x".into(), vec![]));
    }

    #[test]
    fn unknown_field_gets_a_did_you_mean() {
        let (message, hint) = explain(
            "events[0]: unknown field `titel`, expected one of `id`, `title`, `date`",
            true,
        );
        assert_eq!(message, "events[0]: unknown field `titel`");
        assert_eq!(hint.as_deref(), Some("did you mean `title`?"));
    }

    #[test]
    fn unknown_field_far_from_all_lists_the_fields() {
        let (_, hint) = explain("events[1].title: invalid type: sequence, expected a string", true);
        assert_eq!(
            hint.as_deref(),
            Some("this field takes one value, not a list or a mapping; see docs/format.md")
        );
        let (_, hint) = explain("events: invalid type: map, expected a sequence", true);
        assert!(hint.unwrap().starts_with("check the value's shape"));
        assert_eq!(
            plain_type_names("events[1].seq: invalid type: string \"first\", expected i64"),
            "events[1].seq: invalid type: string \"first\", expected a whole number"
        );
        let (_, hint) = explain("unknown field `colour`, expected `id` or `title`", true);
        assert_eq!(hint.as_deref(), Some("expected `id` or `title`"));
    }
}
