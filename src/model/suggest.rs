//! "Did you mean …?" suggestions for misspelt names and ids.

/// The longest word a suggestion is looked for (in chars): a longer one is no typo of an id.
const LONGEST_WORD: usize = 64;

/// The candidate closest to `word` by edit distance, when it is close enough to be a likely typo;
/// ties go to the candidate that comes first (callers give them in a fixed order, so that the
/// hint is the same on every run). Costs at most `O(candidates × 64²)`: words longer than
/// [`LONGEST_WORD`] get no suggestion, and candidates whose length alone is too far are skipped.
pub fn closest<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let length = word.chars().count();
    if length > LONGEST_WORD {
        return None;
    }
    let limit = (length / 3).max(1);
    candidates
        .into_iter()
        .filter(|c| c.chars().count().abs_diff(length) <= limit)
        .map(|c| (edit_distance(word, c), c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// Edit distance over chars where swapping two neighbours counts as one edit (`titel` → `title`).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // rows[i][j]: distance between a[..i] and b[..j]; only three rows are ever needed.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let substitution = previous[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            current[j] = substitution.min(previous[j] + 1).min(current[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                current[j] = current[j].min(before[j - 2] + 1);
            }
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_misses_only() {
        let fields = ["title", "summary", "date", "date_text"];
        assert_eq!(closest("titel", fields), Some("title"));
        assert_eq!(closest("sumary", fields), Some("summary"));
        assert_eq!(closest("date_txt", fields), Some("date_text"));
        assert_eq!(closest("colour", fields), None);
        assert_eq!(closest("xii", ["xi", "putin"]), Some("xi"));
        let ties = ["ev-3", "ev-1", "ev-2"];
        assert_eq!(closest("ev-", ties), Some("ev-3"), "ties go to the first");
        assert_eq!(closest("ev-", ["ev-2", "ev-1"]), Some("ev-2"));
        assert_eq!(closest(&"x".repeat(65), ["x".repeat(65).as_str()]), None);
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
        assert_eq!(edit_distance("titel", "title"), 1);
    }
}
