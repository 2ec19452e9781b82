//! Fuzzy matching for the pickers, with nucleo's matcher: `jsul` finds Jake Sullivan.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

/// A typed pattern, scored against names.
pub struct Fuzzy {
    matcher: Matcher,
    pattern: Pattern,
    buffer: Vec<char>,
}

impl Fuzzy {
    /// The pattern typed, or `None` when it is blank (every name matches).
    pub fn new(typed: &str) -> Option<Fuzzy> {
        if typed.trim().is_empty() {
            return None;
        }
        Some(Fuzzy {
            matcher: Matcher::new(Config::DEFAULT),
            pattern: Pattern::parse(typed, CaseMatching::Ignore, Normalization::Smart),
            buffer: Vec::new(),
        })
    }

    /// The best score among `names`, or `None` when none matches.
    pub fn best<'a>(&mut self, names: impl IntoIterator<Item = &'a str>) -> Option<u32> {
        names
            .into_iter()
            .filter_map(|name| {
                self.pattern
                    .score(Utf32Str::new(name, &mut self.buffer), &mut self.matcher)
            })
            .max()
    }
}

/// The indices of the items that match `typed`, best first; ties keep `tie_order`, then index.
/// With nothing typed, every item in `tie_order`.
pub fn ranked<'a, K: Ord>(
    typed: &str,
    count: usize,
    names: impl Fn(usize) -> Vec<&'a str>,
    tie_order: impl Fn(usize) -> K,
) -> Vec<usize> {
    let Some(mut fuzzy) = Fuzzy::new(typed) else {
        let mut all: Vec<usize> = (0..count).collect();
        all.sort_by_key(|&i| tie_order(i));
        return all;
    };
    let mut scored: Vec<(u32, usize)> = (0..count)
        .filter_map(|i| fuzzy.best(names(i)).map(|score| (score, i)))
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| tie_order(a.1).cmp(&tie_order(b.1))));
    scored.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_and_parts_of_words_match_and_better_matches_come_first() {
        let names = [
            "$TRUMP coin holders",
            "Donald Trump",
            "Jake Sullivan",
            "Sullivan & Cromwell",
        ];
        let events = [40, 547, 12, 3];
        let rank = |typed: &str| {
            ranked(
                typed,
                names.len(),
                |i| vec![names[i]],
                |i| std::cmp::Reverse(events[i]),
            )
        };
        assert_eq!(rank("trump"), [1, 0]);
        assert_eq!(rank("jsul"), [2]);
        assert_eq!(rank("jake sul"), [2]);
        assert_eq!(rank("sullivan"), [2, 3]);
        assert_eq!(rank(""), [1, 0, 2, 3]);
    }
}
