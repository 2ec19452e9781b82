//! The passage of a source nearest to a quote that is not in it, by a bounded word alignment.
//!
//! The source's words are indexed once (only for a source with a missing quote). For each
//! missing quote, the rarest of its words anchor candidate places, at most [`CANDIDATES`], and
//! each candidate is aligned word by word with the quote (an edit distance over at most
//! [`WORDS`] words). A quote costs O(`CANDIDATES` × `WORDS`²) whatever the source holds; the
//! index costs one pass over the source.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, Hasher};
use std::ops::Range;

/// Words of a quote that are aligned (a longer quote is matched on its start).
pub(crate) const WORDS: usize = 48;
/// Candidate places aligned per quote.
pub(crate) const CANDIDATES: usize = 256;

/// A source's words: where each is, and a hash of its folded form.
pub(crate) struct WordIndex<'t> {
    text: &'t str,
    words: Vec<Range<usize>>,
    keys: Vec<u64>,
    places: HashMap<u64, Vec<u32>, foldhash::fast::RandomState>,
}

/// The passage found, with the words that differ from the quote marked `«…»`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Nearest {
    pub span: Range<usize>,
    pub marked: String,
    /// Words that differ (replaced, missing or extra).
    pub differences: usize,
}

fn key(word: &str) -> u64 {
    let mut h = foldhash::fast::FixedState::with_seed(7).build_hasher();
    for c in word.chars().filter(|c| c.is_alphanumeric()) {
        c.to_lowercase().for_each(|l| l.hash(&mut h));
    }
    h.finish()
}

impl<'t> WordIndex<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        let mut words = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (c.is_whitespace(), start) {
                (true, Some(s)) => {
                    words.push(s..i);
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        if let Some(s) = start {
            words.push(s..text.len());
        }
        let keys: Vec<u64> = words.iter().map(|w| key(&text[w.clone()])).collect();
        let mut places: HashMap<u64, Vec<u32>, foldhash::fast::RandomState> = HashMap::default();
        for (i, &k) in keys.iter().enumerate() {
            places.entry(k).or_default().push(i as u32);
        }
        WordIndex {
            text,
            words,
            keys,
            places,
        }
    }

    /// The nearest passage to `quote`, when at least half its words line up with one.
    pub(crate) fn nearest(&self, quote: &str) -> Option<Nearest> {
        let quote_keys: Vec<u64> = quote.split_whitespace().take(WORDS).map(key).collect();
        let m = quote_keys.len();
        if m == 0 {
            return None;
        }
        // The rarest quote words first: each occurrence proposes where the quote would start.
        let mut anchors: Vec<(usize, &Vec<u32>)> = quote_keys
            .iter()
            .enumerate()
            .filter_map(|(i, k)| self.places.get(k).map(|p| (i, p)))
            .collect();
        anchors.sort_by_key(|(_, p)| p.len());
        let mut starts: Vec<usize> = Vec::new();
        'anchors: for (offset, places) in anchors {
            for &at in places {
                let start = (at as usize).saturating_sub(offset);
                if !starts.contains(&start) {
                    starts.push(start);
                    if starts.len() == CANDIDATES {
                        break 'anchors;
                    }
                }
            }
        }
        let best = starts
            .into_iter()
            .map(|start| self.align(&quote_keys, start))
            .min_by_key(|a| (a.differences, a.span.start))?;
        (best.differences * 2 <= m).then_some(best)
    }

    /// The quote aligned with the text's words from about `start`: an edit distance that may
    /// skip text words at both ends, and the passage with the differing words marked.
    fn align(&self, quote: &[u64], start: usize) -> Nearest {
        let from = start.saturating_sub(2);
        let to = (start + quote.len() + 2).min(self.words.len());
        let text = &self.keys[from..to];
        let (m, n) = (quote.len(), text.len());
        // cost[i][j]: quote[..i] against text[..j] ending at j, text start free.
        let mut cost = vec![vec![0usize; n + 1]; m + 1];
        for (i, row) in cost.iter_mut().enumerate() {
            row[0] = i;
        }
        for i in 1..=m {
            for j in 1..=n {
                let same = usize::from(quote[i - 1] != text[j - 1]);
                cost[i][j] = (cost[i - 1][j - 1] + same)
                    .min(cost[i - 1][j] + 1)
                    .min(cost[i][j - 1] + 1);
            }
        }
        let end = (0..=n)
            .min_by_key(|&j| (cost[m][j], std::cmp::Reverse(j)))
            .unwrap_or(n);
        // Back through the table: which text words matched, which differ.
        let (mut i, mut j) = (m, end);
        let mut differing = vec![false; n];
        // Matches first, then an extra text word, then a missing quote word, then a changed
        // word: so that as many words as can line up do.
        while i > 0 && j > 0 {
            let same = quote[i - 1] == text[j - 1];
            if same && cost[i][j] == cost[i - 1][j - 1] {
                i -= 1;
                j -= 1;
            } else if cost[i][j] == cost[i][j - 1] + 1 {
                differing[j - 1] = true;
                j -= 1;
            } else if cost[i][j] == cost[i - 1][j] + 1 {
                i -= 1;
            } else {
                differing[j - 1] = true;
                i -= 1;
                j -= 1;
            }
        }
        let first = j;
        let words = &self.words[from + first..from + end.max(first)];
        let marked: Vec<String> = words
            .iter()
            .zip(&differing[first..end.max(first)])
            .map(|(w, &differs)| {
                let word = &self.text[w.clone()];
                if differs {
                    format!("«{word}»")
                } else {
                    word.to_owned()
                }
            })
            .collect();
        let span = match (words.first(), words.last()) {
            (Some(a), Some(b)) => a.start..b.end,
            _ => 0..0,
        };
        Nearest {
            span,
            marked: marked.join(" "),
            differences: cost[m][end],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Officials said the war would cost billions. The talks, they said, would go ahead in Geneva next week.";

    #[test]
    fn one_word_off_finds_the_passage_with_the_word_marked() {
        let index = WordIndex::new(TEXT);
        let found = index.nearest("the war will cost billions.").unwrap();
        assert_eq!(&TEXT[found.span.clone()], "the war would cost billions.");
        assert_eq!(found.marked, "the war «would» cost billions.");
        assert_eq!(found.differences, 1);
        let found = index.nearest("the talks would go ahead in Geneva").unwrap();
        assert_eq!(found.marked, "The talks, «they» «said,» would go ahead in Geneva");
    }

    #[test]
    fn nothing_close_is_nothing() {
        let index = WordIndex::new(TEXT);
        assert_eq!(
            index.nearest("an entirely different sentence about the weather"),
            None
        );
        assert_eq!(index.nearest(""), None);
    }

    #[test]
    fn a_hostile_source_costs_the_bound_not_its_size() {
        // Every word of the source is a quote word: the candidates stop at the bound.
        let text = "the ".repeat(200_000);
        let index = WordIndex::new(&text);
        let quote = "the ".repeat(500) + "end";
        let found = index.nearest(&quote).unwrap();
        assert!(found.differences <= 1);
    }
}
