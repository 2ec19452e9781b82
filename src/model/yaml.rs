//! The only module that touches serde_yaml: YAML text to raw structs, or one located syntax error.

use super::raw::RawTimeline;
use super::suggest::closest;

/// A YAML syntax or type error at a position (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub hint: Option<String>,
}

/// Parses a timeline document. serde_yaml stops at the first syntax or type error.
pub fn parse_timeline(text: &str) -> Result<RawTimeline, YamlError> {
    serde_yaml::from_str(text).map_err(|err| describe(&err))
}

fn describe(err: &serde_yaml::Error) -> YamlError {
    let (line, column) = err.location().map_or((1, 1), |l| (l.line(), l.column()));
    let full = err.to_string();
    let message = strip_position(&full);
    let (message, hint) = explain(message);
    YamlError {
        line,
        column,
        message,
        hint,
    }
}

/// serde_yaml appends ` at line L column C`; the position is reported separately.
fn strip_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(cut) if message[cut..].contains(" column ") => &message[..cut],
        _ => message,
    }
}

/// Rewrites serde's messages into a shorter message and a hint.
fn explain(message: &str) -> (String, Option<String>) {
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
    } else if message.contains("invalid type") {
        Some(
            "check the value's shape against docs/format.md (quote text that YAML reads as a number or date)"
                .to_owned(),
        )
    } else {
        None
    };
    (message.to_owned(), hint)
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
    fn position_suffix_is_removed() {
        assert_eq!(
            strip_position("events[0]: bad at line 3 column 5"),
            "events[0]: bad"
        );
        assert_eq!(strip_position("no position here"), "no position here");
    }

    #[test]
    fn unknown_field_gets_a_did_you_mean() {
        let (message, hint) =
            explain("events[0]: unknown field `titel`, expected one of `id`, `title`, `date`");
        assert_eq!(message, "events[0]: unknown field `titel`");
        assert_eq!(hint.as_deref(), Some("did you mean `title`?"));
    }

    #[test]
    fn unknown_field_far_from_all_lists_the_fields() {
        let (_, hint) = explain("unknown field `colour`, expected `id` or `title`");
        assert_eq!(hint.as_deref(), Some("expected `id` or `title`"));
    }
}
