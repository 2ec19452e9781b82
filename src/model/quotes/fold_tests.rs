//! Tests of folding: whitespace and quote marks, spans in the original, every alignment.

use super::*;

impl FoldedText {
    fn find(&self, quote: &str) -> Option<Range<usize>> {
        self.find_all(&[quote]).pop().flatten()
    }
}

#[test]
fn whitespace_and_quote_styles_are_ignored() {
    let text = "He said,\u{a0}\u{201C}I\u{2019}ve  never\nheard of that,\u{201D} in a statement.";
    let folded = FoldedText::new(text);
    let span = folded.find("\"I've never heard of that,\"").unwrap();
    assert_eq!(&text[span], "\u{201C}I\u{2019}ve  never\nheard of that,\u{201D}");
}

#[test]
fn every_kind_of_whitespace_run_folds_to_one_space() {
    let text = "a\x0bb\r\nc \u{a0}d\te  f\u{2003}g";
    let folded = FoldedText::new(text);
    assert_eq!(folded.folded, "a b c d e f g");
    assert_eq!(&text[folded.find("b c d e f").unwrap()], "b\r\nc \u{a0}d\te  f");
    assert!(matches!(fold("a b c"), Cow::Borrowed(_)));
    assert_eq!(fold("a\x0bb\tc"), "a b c");
}

#[test]
fn span_excludes_surrounding_whitespace() {
    let text = "one \u{a0} two   three";
    let folded = FoldedText::new(text);
    assert_eq!(&text[folded.find("two").unwrap()], "two");
    assert_eq!(&text[folded.find("  two three ").unwrap()], "two   three");
    assert_eq!(&text[folded.find("one").unwrap()], "one");
}

#[test]
fn many_quotes_are_found_in_one_pass_each_at_its_first_occurrence() {
    let text = "alpha beta. gamma\u{a0}delta. alpha beta again.";
    let folded = FoldedText::new(text);
    let spans = folded.find_all(&["alpha beta", "gamma delta", "missing", "", "beta", "alpha beta"]);
    let shown: Vec<Option<&str>> = spans.iter().map(|s| s.clone().map(|r| &text[r])).collect();
    assert_eq!(
        shown,
        [
            Some("alpha beta"),
            Some("gamma\u{a0}delta"),
            None,
            None,
            Some("beta"),
            Some("alpha beta")
        ]
    );
    assert_eq!(spans[0], Some(0..10));
    assert_eq!(spans[4], Some(6..10));
}

#[test]
fn many_quotes_with_and_without_windows_find_their_places() {
    // Each sentence ends in a word no window can key: both steps of the search take part.
    let sentences: Vec<String> = (0..5000)
        .map(|i| format!("Sentence number {i} ends here, \u{201C}code-{i}-end\u{201D}."))
        .collect();
    let text = sentences.join("  ").repeat(8);
    let folded = FoldedText::new(&text);
    let codes: Vec<String> = (0..sentences.len())
        .map(|i| format!("\"code-{i}-end\""))
        .collect();
    let mut quotes: Vec<&str> = sentences.iter().map(String::as_str).collect();
    quotes.extend(codes.iter().map(String::as_str));
    quotes.push("not in the text");
    let spans = folded.find_all(&quotes);
    assert_eq!(spans.len(), quotes.len());
    for (i, sentence) in sentences.iter().enumerate() {
        let span = spans[i].clone().expect("found");
        assert_eq!(&text[span.clone()], sentence);
        let code = spans[sentences.len() + i].clone().expect("found");
        assert_eq!(&text[code.clone()], format!("\u{201C}code-{i}-end\u{201D}"));
        assert!(
            span.start < code.start && code.end < span.end,
            "first occurrences"
        );
    }
    assert_eq!(spans.last(), Some(&None));
}

#[test]
fn texts_fold_as_one_character_at_a_time_does_at_every_alignment() {
    // Pieces that stay and pieces that change, at every offset from a block of eight bytes.
    let pieces = [
        "ab", " ", "  ", "!", " !", "\t", "\n", "\r\n", "\x0b", "\x0c", "\x7f", "é", "\u{85}", "\u{a0}",
        "\u{3000}", "\u{2019}", "\u{201C}", "xyz1234", "\u{1}", "~",
    ];
    let mut seed = 7u64;
    for _ in 0..2000 {
        let mut text = String::new();
        for _ in 0..24 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
        }
        assert_eq!(FoldedText::new(&text).folded, folded_by_chars(&text), "{text:?}");
    }
}

#[test]
fn ascii_is_folded_when_its_only_whitespace_is_single_spaces() {
    for text in ["", "a", "a b c", " a ", "x\u{1}y\u{7f}", "a 'b' \"c\""] {
        assert!(is_folded_ascii(text.as_bytes()), "{text:?}");
    }
    for text in ["a  b", "  ", "a\tb", "a\nb", "a \nb", "a\x0bb", "a\x0cb", "a\rb"] {
        assert!(!is_folded_ascii(text.as_bytes()), "{text:?}");
    }
}

#[test]
fn quotes_already_folded_are_not_copied() {
    assert!(matches!(fold("plain words, 'straight' quotes"), Cow::Borrowed(_)));
    assert!(matches!(fold("  trimmed only  "), Cow::Borrowed("trimmed only")));
    assert_eq!(
        fold("two  spaces\nand \u{201C}curly\u{201D}"),
        "two spaces and \"curly\""
    );
}

#[test]
fn missing_and_empty_quotes_are_not_found() {
    let folded = FoldedText::new("the text");
    assert_eq!(folded.find("other"), None);
    assert_eq!(folded.find("   "), None);
    assert_eq!(folded.find("The text"), None, "matching is case-sensitive");
}
