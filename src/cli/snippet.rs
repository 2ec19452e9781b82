//! The offending line of a diagnostic, with a caret under the value it is about, as rustc shows
//! them (rendered by annotate-snippets), for diagnostics printed to a terminal.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::model::{Diagnostic, Severity};
use crate::sanitize::sanitize_line;

/// The snippet under `diagnostic`, from the text of its file; `None` for diagnostics about the
/// whole file, or when the line is not in `text`.
pub(super) fn render(diagnostic: &Diagnostic, text: &str, styled: bool) -> Option<String> {
    if diagnostic.line == 0 {
        return None;
    }
    let raw_line = text.lines().nth(diagnostic.line - 1)?;
    // What the terminal is given is made safe first; each unsafe character stays one column.
    let line = sanitize_line(raw_line);
    let span = token_at(&line, diagnostic.column.saturating_sub(1));
    let level = match diagnostic.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let group = Group::with_level(level).element(
        Snippet::source(line.as_ref())
            .line_start(diagnostic.line)
            .annotation(AnnotationKind::Primary.span(span)),
    );
    let renderer = if styled {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    Some(renderer.render(&[group]).to_string())
}

/// The column (from 1) just after the value that starts at `line`:`column` of `text`.
pub(super) fn value_end_column(text: &str, line: usize, column: usize) -> Option<usize> {
    let line_text = text.lines().nth(line.checked_sub(1)?)?;
    let span = token_at(line_text, column.saturating_sub(1));
    Some(column + line_text[span].chars().count())
}

/// The byte range of the value starting at character `column` of `line`: a quoted string to
/// its closing quote, or a plain word to the next `,`, `]`, `}` or ` #`; at least one character.
fn token_at(line: &str, column: usize) -> std::ops::Range<usize> {
    let start = line.char_indices().nth(column).map_or(line.len(), |(i, _)| i);
    let rest = &line[start..];
    let length = match rest.chars().next() {
        Some(quote @ ('"' | '\'')) => rest[1..].find(quote).map_or(rest.len(), |end| end + 2),
        Some('[' | '{') => flow_length(rest),
        Some(_) => {
            let stop = rest.find([',', ']', '}']).unwrap_or(rest.len());
            let stop = rest[..stop].find(" #").unwrap_or(stop);
            rest[..stop]
                .trim_end()
                .len()
                .max(rest.chars().next().map_or(0, char::len_utf8))
        }
        None => 0,
    };
    start..start + length
}

/// The length of the flow sequence or mapping `rest` starts with, to its closing bracket (or
/// the end of the line when it goes on below); brackets inside quotes are not counted.
fn flow_length(rest: &str) -> usize {
    let mut depth = 0usize;
    let mut quote = None;
    for (i, c) in rest.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[' | '{') => depth += 1,
            (None, ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    rest.trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_value_at_the_column_is_underlined() {
        let line = r#"    status: denyed"#;
        assert_eq!(&line[token_at(line, 12)], "denyed");
        let quoted = r#"    date: "2024-05-W2"  # the week"#;
        assert_eq!(&quoted[token_at(quoted, 10)], r#""2024-05-W2""#);
        let flow = "    actors: [critcs, us]";
        assert_eq!(&flow[token_at(flow, 13)], "critcs");
        let sequence = r#"    title: [A, "]", {b: c}]  # not a string"#;
        assert_eq!(&sequence[token_at(sequence, 11)], r#"[A, "]", {b: c}]"#);
        let unclosed = "    title: [A,";
        assert_eq!(&unclosed[token_at(unclosed, 11)], "[A,");
        let diagnostic = Diagnostic {
            severity: Severity::Error,
            file: "t.yaml".into(),
            line: 2,
            column: 13,
            message: "m".into(),
            hint: None,
        };
        let shown = render(&diagnostic, "events:\n    status: denyed\n", false).unwrap();
        assert_eq!(shown, "  |\n2 |     status: denyed\n  |             ^^^^^^");
    }
}
