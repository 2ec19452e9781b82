//! Tests of the window scan: agreement with one search per needle, parts, the meter, the filter.

use super::*;

/// The obvious answer, one search per needle.
fn naive(text: &[u8], needles: &[&[u8]]) -> Vec<Option<usize>> {
    needles.iter().map(|n| memchr::memmem::find(text, n)).collect()
}

fn found(text: &[u8], needles: &[&[u8]], parts: usize) -> Vec<Option<usize>> {
    let (windows, unkeyed) = WordWindows::new(needles);
    let mut all = vec![None; needles.len()];
    for (i, outcome) in windows.first_occurrences(text, usize::MAX, parts) {
        all[i] = match outcome {
            Outcome::At(at) => Some(at),
            Outcome::Absent => None,
            Outcome::Unsettled => panic!("needle {i} unsettled"),
        };
    }
    for i in unkeyed {
        all[i] = memchr::memmem::find(text, needles[i]);
    }
    all
}

#[test]
fn agrees_with_one_search_per_needle_in_one_part_and_in_several() {
    // Many needles share their first windows; their ends tell them apart.
    let sentences: Vec<String> = (0..40_000)
        .map(|i| format!("Officials said the talks in Geneva would go ahead, wire {i} reported."))
        .collect();
    let text = sentences.join(" ") + " Officials said the talks";
    let mut needles: Vec<&[u8]> = sentences.iter().step_by(157).map(|s| s.as_bytes()).collect();
    needles.extend([
        b"Officials said the talks".as_slice(),
        b"wire 17 reported. Officials",
        b"go ahead, wire 39999 reported. Officials said",
        b"not in the text at all, not anywhere",
        b"reported.",
        b"said the talks in Geneva would go ahead, wire 4",
        b"ials said the talks in Geneva would go ahead, wire 20000 reported.",
        b"the talks in Geneva would go ahead, wire 20000",
        b"the talks in Geneva would go ahead, wire 20000",
    ]);
    assert!(text.len() > 2 << 20, "large enough to be split");
    let expected = naive(text.as_bytes(), &needles);
    assert_eq!(found(text.as_bytes(), &needles, 1), expected);
    assert_eq!(found(text.as_bytes(), &needles, 3), expected);
}

#[test]
fn needles_without_a_window_after_a_space_are_left_to_the_caller() {
    let needles: [&[u8]; 5] = [
        b"oneword-without-any-space-at-all",
        b"short words",
        b"a window after this space",
        b"a window before: 0123456789abcdef",
        b"0123456789abcdef before a space",
    ];
    let (windows, unkeyed) = WordWindows::new(&needles);
    assert_eq!(unkeyed, [0, 1]);
    assert_eq!(windows.needles.len(), 3);
}

#[test]
fn the_first_occurrence_wins_even_when_a_later_part_also_has_it() {
    let filler = "x".repeat(1 << 20);
    let quote = "the delegation arrived in Rome on Monday";
    let text = format!("{quote} {filler} {quote} {filler} {quote}");
    let needles: [&[u8]; 1] = [quote.as_bytes()];
    assert_eq!(found(text.as_bytes(), &needles, 2), [Some(0)]);
    let later = format!("{filler} {quote} {filler} {quote}");
    assert_eq!(found(later.as_bytes(), &needles, 2), [Some(filler.len() + 1)]);
}

#[test]
fn a_scan_stops_when_its_budget_is_spent() {
    let text = "aaaa aaaaaaaaaaaaaaaa ".repeat(1000);
    let needle = "aaaa aaaaaaaaaaaaaaaa b".to_owned();
    let needles: [&[u8]; 1] = [needle.as_bytes()];
    let (windows, _) = WordWindows::new(&needles);
    let found = windows.first_occurrences(text.as_bytes(), 10 * needle.len(), 1);
    assert_eq!(found, [(0, Outcome::Unsettled)]);
}

#[test]
fn a_needle_found_in_a_later_part_is_unsettled_if_an_earlier_part_stopped() {
    let scans = vec![
        (vec![None, None, Some(3)], false),
        (vec![Some(90), None, None], true),
    ];
    assert_eq!(outcome(&scans, 0), Outcome::Unsettled);
    assert_eq!(outcome(&scans, 1), Outcome::Unsettled);
    assert_eq!(outcome(&scans, 2), Outcome::At(3));
    let finished = vec![(vec![None, None], true), (vec![Some(90), None], true)];
    assert_eq!(outcome(&finished, 0), Outcome::At(90));
    assert_eq!(outcome(&finished, 1), Outcome::Absent);
}

#[test]
fn common_prefixes_are_counted_to_the_first_difference() {
    let long = b"abcdefghijklmnopqrstuvwxyz0123456789";
    assert_eq!(common_prefix(long, long), long.len());
    assert_eq!(common_prefix(long, b"abcdefghijklmnopqrsTUV"), 19);
    assert_eq!(common_prefix(b"abc", b"abd"), 2);
    assert_eq!(common_prefix(b"", b"abd"), 0);
    assert_eq!(common_prefix(&long[..16], long), 16);
}

#[test]
fn the_filter_holds_every_window_of_its_set_and_few_others() {
    let windows: Vec<u128> = (0..1000u128).map(|i| i * 0x1_0000_0001).collect();
    let filter = WindowFilter::new(windows.iter());
    assert!(windows.iter().all(|&w| filter.may_hold(w)));
    let others = (5000..15_000u128).filter(|&i| filter.may_hold(i * 0x1_0000_0001 + 7));
    assert!(others.count() < 1000, "about one in sixteen others passes");
    assert!(!WindowFilter::new([].iter()).may_hold(0));
}

#[test]
fn a_window_hit_where_the_rest_differs_keeps_looking() {
    let text = b"Mr Lavrov said nothing of the kind. Ms Lavrov said nothing of the kind today.";
    let needle: &[u8] = b"Ms Lavrov said nothing of the kind";
    assert_eq!(found(text, &[needle], 1), [Some(36)]);
}
