//! A draft event's title: the clause of its sentence that holds the date, at most eighteen
//! words, cut on the side away from the date.

use std::ops::Range;

/// The most words a title takes.
const MOST_WORDS: usize = 18;

/// The title for the expression at `date` in the sentence at `sentence` of `text`.
pub(crate) fn title(text: &str, sentence: Range<usize>, date: Range<usize>) -> String {
    let clause = clause(text, sentence, date.clone());
    let words: Vec<(usize, &str)> = words_with_offsets(text, clause);
    let at = words
        .iter()
        .position(|(start, _)| *start >= date.start)
        .unwrap_or(0);
    let (from, to) = if words.len() <= MOST_WORDS {
        (0, words.len())
    } else {
        let from = at.saturating_sub(MOST_WORDS / 3).min(words.len() - MOST_WORDS);
        (from, from + MOST_WORDS)
    };
    let mut title = words[from..to]
        .iter()
        .map(|(_, w)| *w)
        .collect::<Vec<_>>()
        .join(" ");
    title = title
        .trim_end_matches([',', ';', ':', '.', '"', '\u{201d}'])
        .to_owned();
    if to < words.len() {
        title.push('…');
    }
    if from > 0 {
        title.insert(0, '…');
    }
    capitalised(&title)
}

/// The part of the sentence between the commas, semicolons or dashes around the date, when
/// that part has six words at least; else that part with the one before it; else the sentence.
fn clause(text: &str, sentence: Range<usize>, date: Range<usize>) -> Range<usize> {
    let bytes = text.as_bytes();
    let is_break = |i: usize| {
        text.is_char_boundary(i)
            && (matches!(bytes[i], b',' | b';')
                || text[i..].starts_with(" - ")
                || text[i..].starts_with('\u{2014}'))
    };
    let before = |at: usize| (sentence.start..at).rev().find(|&i| is_break(i));
    let start = before(date.start.min(sentence.end));
    let end = (date.end.min(sentence.end)..sentence.end)
        .find(|&i| is_break(i))
        .unwrap_or(sentence.end);
    // Where a clause begins: just past the break before it (a dash may be wider than a byte).
    let after = |from: Option<usize>| {
        from.map_or(sentence.start, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        })
    };
    let words = |from: Option<usize>| text[after(from)..end].split_whitespace().count();
    if words(start) >= 6 {
        return after(start)..end;
    }
    let wider = start.and_then(before);
    if start.is_some() && words(wider) >= 6 {
        return after(wider)..end;
    }
    sentence
}

fn words_with_offsets(text: &str, span: Range<usize>) -> Vec<(usize, &str)> {
    let part = &text[span.clone()];
    part.split_whitespace()
        .map(|w| (span.start + (w.as_ptr() as usize - part.as_ptr() as usize), w))
        .collect()
}

fn capitalised(text: &str) -> String {
    let trimmed = text.trim();
    let mut chars = trimmed.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title_of(sentence: &str, date: &str) -> String {
        let at = sentence.find(date).unwrap();
        title(sentence, 0..sentence.len(), at..at + date.len())
    }

    #[test]
    fn the_clause_with_the_date_is_the_title() {
        assert_eq!(
            title_of(
                "The city is bracing for floods, after it emerged on May 5 that the dam had cracked.",
                "May 5"
            ),
            "After it emerged on May 5 that the dam had cracked"
        );
        assert_eq!(
            title_of("Officials met on May 5.", "May 5"),
            "Officials met on May 5"
        );
        assert_eq!(
            title_of(
                "The envoys agreed to a meeting in Oslo, scheduled for May 5, to end the dispute.",
                "May 5"
            ),
            "The envoys agreed to a meeting in Oslo, scheduled for May 5",
            "a short clause takes the one before it"
        );
        assert_eq!(
            title_of("Officials met in Oslo on May 5, 2021, in secret.", "May 5, 2021"),
            "Officials met in Oslo on May 5, 2021",
            "a comma inside the date ends no clause"
        );
    }

    #[test]
    fn clauses_are_found_between_characters_of_any_width() {
        assert_eq!(
            title_of("中 中 The fleet sailed — 中 in May 5 中, said X.", "May 5"),
            "中 中 The fleet sailed — 中 in May 5 中"
        );
    }

    #[test]
    fn long_clauses_are_cut_away_from_the_date() {
        let sentence = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen \
            sixteen seventeen eighteen nineteen twenty on May 5 twenty-one twenty-two";
        let cut = title_of(sentence, "May 5");
        assert!(cut.starts_with('…') && cut.contains("May 5"), "{cut}");
        assert_eq!(cut.split_whitespace().count(), 18);
    }
}
