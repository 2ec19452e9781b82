//! The dated mentions of a text that can be events, and which of them tell one happening: the
//! same date, in sentences that share at least two content words or names.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use chrono::NaiveDate;

use crate::timex::{Timex, TimexType, find_in};

use super::words::{COMMON, NOT_NAMES, is_in};

/// A date or time the text names, at the precision of a year or finer.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    pub timex: Timex,
    /// The date of the format it maps to.
    pub date: String,
    /// The index of its sentence.
    pub sentence: usize,
}

/// How many earlier happenings of the same date a mention is compared with: a text that names
/// one date a thousand times costs a thousand times this, not a million.
const COMPARED: usize = 8;

/// Shared words that make two mentions of one date the same happening.
const SHARED: usize = 2;

/// The most content words kept of one sentence (its first ones), which bounds the work per
/// mention however long a sentence is.
const MOST_WORDS: usize = 64;

/// The mentions of `text` that can be events: dates and times on the calendar at a year or
/// finer (decades, centuries, durations, sets and `now` are not happenings of a story).
pub(crate) fn mentions(text: &str, published: NaiveDate, sentences: &[Range<usize>]) -> Vec<Mention> {
    let found = find_in(text, sentences, published)
        .into_iter()
        .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
        .filter_map(|timex| {
            let date = timex.chronicle_date().filter(|d| !d.contains('X'))?;
            let sentence = sentences.partition_point(|s| s.end <= timex.start);
            Some(Mention {
                timex,
                date,
                sentence,
            })
        });
    let mut mentions: Vec<Mention> = Vec::new();
    for mention in found {
        match mentions.last_mut() {
            Some(last) if one_expression(text, last, &mention) => join(last, mention),
            _ => mentions.push(mention),
        }
    }
    mentions
}

/// Two mentions side by side whose dates nest are one date said in two parts: `June last
/// year` is June of last year.
fn one_expression(text: &str, first: &Mention, second: &Mention) -> bool {
    let between = &text[first.timex.end..second.timex.start];
    let nested = first.date.starts_with(&second.date) || second.date.starts_with(&first.date);
    nested && first.date != second.date && between.len() <= 4 && !between.contains(['.', ';', '\n'])
}

/// The two parts as one mention: the whole span, the finer date.
fn join(first: &mut Mention, second: Mention) {
    first.timex.end = second.timex.end;
    if second.date.len() > first.date.len() {
        first.date = second.date;
        first.timex.value = second.timex.value;
        first.timex.kind = second.timex.kind;
    }
}

/// One happening as it is gathered: its date, the words of its sentences, its mentions.
struct Happening {
    words: HashSet<String>,
    sentences: HashSet<usize>,
    members: Vec<usize>,
}

/// The mentions grouped into happenings, in order of first mention; each group holds indexes
/// into `mentions`, which are in the order of the text.
pub(crate) fn happenings(text: &str, mentions: &[Mention], sentences: &[Range<usize>]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Happening> = Vec::new();
    let mut by_date: HashMap<&str, Vec<usize>> = HashMap::new();
    // Each sentence's words are read once, however many dates it names.
    let mut words_of: HashMap<usize, HashSet<String>> = HashMap::new();
    for (index, mention) in mentions.iter().enumerate() {
        let span = sentences
            .get(mention.sentence)
            .cloned()
            .unwrap_or(mention.timex.start..mention.timex.end);
        let words = words_of
            .entry(mention.sentence)
            .or_insert_with(|| content_words(text, span, mentions));
        let same_date = by_date.entry(mention.date.as_str()).or_default();
        let same = same_date.iter().rev().take(COMPARED).copied().find(|&g| {
            let group = &groups[g];
            group.sentences.contains(&mention.sentence) || group.words.intersection(words).count() >= SHARED
        });
        match same {
            Some(g) => {
                let group = &mut groups[g];
                if group.sentences.insert(mention.sentence) {
                    group.words.extend(words.iter().cloned());
                }
                group.members.push(index);
            }
            None => {
                same_date.push(groups.len());
                groups.push(Happening {
                    words: words.clone(),
                    sentences: HashSet::from([mention.sentence]),
                    members: vec![index],
                });
            }
        }
    }
    groups.into_iter().map(|g| g.members).collect()
}

/// The words of a sentence that tell what it is about: four letters or more, not common, not
/// part of a date expression, lowercased and with `-ing`, `-ed` and `-s` taken off. Linear in
/// the sentence: the date expressions in it are walked along with its words.
fn content_words(text: &str, span: Range<usize>, mentions: &[Mention]) -> HashSet<String> {
    let first = mentions.partition_point(|m| m.timex.end <= span.start);
    let last = mentions.partition_point(|m| m.timex.start < span.end);
    let dates = &mentions[first..last.max(first)];
    let mut next_date = 0;
    let sentence = &text[span.clone()];
    let mut words = HashSet::new();
    let mut start = None;
    for (i, c) in sentence
        .char_indices()
        .chain(std::iter::once((sentence.len(), ' ')))
    {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                start = None;
                let at = span.start + s;
                while next_date < dates.len() && dates[next_date].timex.end <= at {
                    next_date += 1;
                }
                let in_date = dates.get(next_date).is_some_and(|d| d.timex.start <= at);
                let word = sentence[s..i].to_lowercase();
                if word.chars().count() >= 4 && !is_in(COMMON, &word) && !is_in(NOT_NAMES, &word) && !in_date
                {
                    words.insert(stem(&word).to_owned());
                    if words.len() == MOST_WORDS {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    words
}

/// A word without its commonest endings, keeping four letters at least (`meeting` → `meet`).
fn stem(word: &str) -> &str {
    for ending in ["ing", "ed", "es", "s"] {
        if let Some(stem) = word.strip_suffix(ending)
            && stem.len() >= 4
        {
            return stem;
        }
    }
    word
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn only_dates_of_a_year_or_finer_are_mentions() {
        let text = "The talks began on June 3, 2019. In the 1990s nobody talked. They talk every day. Now they rest.";
        let sentences = crate::timex::sentences(text);
        let found = mentions(text, day("2019-06-10"), &sentences);
        let dates: Vec<&str> = found.iter().map(|m| m.date.as_str()).collect();
        assert_eq!(dates, ["2019-06-03"]);
        assert_eq!(found[0].sentence, 0);
    }

    #[test]
    fn a_date_said_in_two_parts_is_one_mention() {
        let text = "Troops seized the towns in June last year.";
        let sentences = crate::timex::sentences(text);
        let found = mentions(text, day("2003-02-11"), &sentences);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].date, "2002-06");
        assert_eq!(&text[found[0].timex.start..found[0].timex.end], "June last year");
    }

    #[test]
    fn one_date_in_sentences_about_one_thing_is_one_happening() {
        let text = "The envoys will meet in Geneva on May 5. Officials said the Geneva meeting on May 5 would be long. \
            A storm hit the coast on May 5.";
        let sentences = crate::timex::sentences(text);
        let found = mentions(text, day("2021-05-01"), &sentences);
        assert_eq!(found.len(), 3);
        assert_eq!(happenings(text, &found, &sentences), [vec![0, 1], vec![2]]);
    }

    #[test]
    fn many_mentions_of_one_date_take_linear_time() {
        let text = "The storm flooded the harbour on May 5. ".repeat(20_000);
        let sentences = crate::timex::sentences(&text);
        let found = mentions(&text, day("2021-05-09"), &sentences);
        assert_eq!(found.len(), 20_000);
        let groups = happenings(&text, &found, &sentences);
        assert_eq!(groups.len(), 1, "the same words: one happening");
        let one_sentence = format!(
            "The storm flooded the harbour on {}.",
            "May 5 and ".repeat(20_000)
        );
        let sentences = crate::timex::sentences(&one_sentence);
        let found = mentions(&one_sentence, day("2021-05-09"), &sentences);
        assert_eq!(happenings(&one_sentence, &found, &sentences).len(), 1);
    }

    #[test]
    fn stems_keep_four_letters() {
        assert_eq!(stem("meeting"), "meet");
        assert_eq!(stem("talked"), "talk");
        assert_eq!(stem("sings"), "sing");
        assert_eq!(stem("sing"), "sing");
        assert_eq!(stem("goes"), "goes");
    }
}
