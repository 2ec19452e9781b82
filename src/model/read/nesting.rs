//! Refuses absurdly deep nesting before the YAML parser sees it (its cost grows with depth squared).

use saphyr_parser::{Event, Parser};

/// Documents nested deeper than this are refused; a timeline needs about six levels.
pub(crate) const MAX_NESTING: usize = 64;

/// `Err((line, column))` of the first node nested deeper than [`MAX_NESTING`].
pub(crate) fn check_nesting(text: &str) -> Result<(), (usize, usize)> {
    if depth_bound(text) <= MAX_NESTING {
        return Ok(());
    }
    exact_check(text)
}

/// A cheap upper bound on the nesting depth: each block level needs a column of indentation or
/// an indicator (`-`, `?`) on its line, and each flow level a bracket.
fn depth_bound(text: &str) -> usize {
    let mut flow: usize = 0;
    let mut max_flow = 0;
    let mut max_block = 0;
    for line in text.lines() {
        let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
        let indicators = line.bytes().filter(|b| matches!(b, b'-' | b'?')).count();
        max_block = max_block.max(indent + indicators);
        for b in line.bytes() {
            match b {
                b'[' | b'{' => flow += 1,
                b']' | b'}' => flow = flow.saturating_sub(1),
                _ => {}
            }
            max_flow = max_flow.max(flow);
        }
    }
    max_block + max_flow
}

/// Walks the document's events, stopping at the first node that is too deep.
fn exact_check(text: &str) -> Result<(), (usize, usize)> {
    let mut depth = 0usize;
    for item in Parser::new_from_str(text) {
        match item {
            Ok((Event::SequenceStart(..) | Event::MappingStart(..), span)) => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err((span.start.line(), span.start.col() + 1));
                }
            }
            Ok((Event::SequenceEnd | Event::MappingEnd, _)) => depth = depth.saturating_sub(1),
            Ok(_) => {}
            // The parser's own depth limit is far above ours; other errors are left to serde_yaml.
            Err(e) if e.info().contains("recursion limit") => {
                return Err((e.marker().line(), e.marker().col() + 1));
            }
            Err(_) => return Ok(()),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_documents_pass_without_a_second_parse() {
        let text = "events:\n  - id: a\n    actors: [{ id: xi, role: host }]\n";
        assert!(depth_bound(text) <= MAX_NESTING);
        assert_eq!(check_nesting(text), Ok(()));
    }

    #[test]
    fn deep_flow_nesting_is_refused_within_the_brackets() {
        let text = format!("events: {}{}", "[".repeat(100_000), "]".repeat(100_000));
        let (line, column) = check_nesting(&text).unwrap_err();
        assert_eq!(line, 1);
        assert!((9 + MAX_NESTING..=100_000).contains(&column), "column {column}");
    }

    #[test]
    fn deep_block_nesting_is_refused() {
        let text: String = (0..200).map(|i| format!("{}- \n", " ".repeat(i))).collect();
        assert_eq!(check_nesting(&text), Err((MAX_NESTING + 1, MAX_NESTING + 1)));
    }

    #[test]
    fn many_brackets_inside_text_are_not_nesting() {
        let text = format!("title: \"{}\"\n", "[".repeat(500));
        assert!(depth_bound(&text) > MAX_NESTING, "the bound is only a bound");
        assert_eq!(check_nesting(&text), Ok(()));
    }
}
