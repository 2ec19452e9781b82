//! The quote search checked against one plain search per quote: the first byte splits the
//! input into a text and quotes (separated by that byte), over a small alphabet so that quotes
//! are often found, nearly found, and repeated.
#![no_main]

use chronicle::model::first_occurrences;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&separator, rest)) = data.split_first() else {
        return;
    };
    // A small alphabet with spaces, so that windows beside spaces hit often.
    let mapped: Vec<u8> = rest
        .iter()
        .map(|&b| {
            if b == separator {
                0
            } else {
                b"ab  c"[b as usize % 5]
            }
        })
        .collect();
    let mut parts = mapped.split(|&b| b == 0);
    let Some(text) = parts.next() else {
        return;
    };
    // The text repeated makes long runs that every window hits.
    let text = text.repeat(1 + (separator as usize % 8) * 50);
    let needles: Vec<&[u8]> = parts.collect();
    let found = first_occurrences(&text, &needles, 1 + (separator as usize % 3));
    for (needle, at) in needles.iter().zip(found) {
        let expected = (!needle.is_empty())
            .then(|| memchr::memmem::find(&text, needle))
            .flatten();
        assert_eq!(at, expected, "needle {needle:?}");
    }
});
