//! Tests of finding candidate actors.

use super::*;

fn found(text: &str) -> Vec<(String, ActorKind, usize)> {
    let sentences = crate::timex::sentences(text);
    candidates(text, &sentences)
        .into_iter()
        .map(|c| (c.name, c.kind, c.mentions))
        .collect()
}

const TEXT: &str = "Prime Minister Ana Lopez met Karl Weber in Vienna. Lopez said the Daily Courier had it wrong. \
    The Daily Courier stood by its story. Weber's aides spoke to the Harbour Council. Norway and Norway's allies \
    watched; the Harbour Council said nothing. Norwegian officials agreed. ANGRY HEADLINE WORDS HERE. Vienna again.";

#[test]
fn repeated_names_are_candidates_with_a_guessed_kind() {
    assert_eq!(
        found(TEXT),
        [
            ("Ana Lopez".to_owned(), ActorKind::Person, 2),
            ("Karl Weber".to_owned(), ActorKind::Person, 2),
            ("Vienna".to_owned(), ActorKind::Other, 2),
            ("Daily Courier".to_owned(), ActorKind::Media, 2),
            ("Harbour Council".to_owned(), ActorKind::Organisation, 2),
            ("Norway".to_owned(), ActorKind::State, 2),
        ]
    );
}

#[test]
fn a_short_name_counts_for_its_full_name() {
    let sentences = crate::timex::sentences(TEXT);
    let all = candidates(TEXT, &sentences);
    let lopez = all.iter().find(|c| c.name == "Ana Lopez").unwrap();
    assert_eq!(lopez.aliases, ["Lopez"]);
    assert_eq!(lopez.sentences, [0, 1]);
}

#[test]
fn a_titled_name_counts_once() {
    let names = found("The talks ended. President Joe Biden left early. Nobody else came.");
    assert_eq!(names, [("Joe Biden".to_owned(), ActorKind::Person, 1)]);
}

#[test]
fn words_that_name_nobody_are_left_out() {
    // Sentence openers, months, demonyms and shouted headlines.
    let names = found(
        "While it rained. While it snowed. March came. March went. Norwegian ships. Norwegian crews. BIG NEWS TODAY. BIG NEWS TODAY.",
    );
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn hostile_text_takes_linear_time_and_few_candidates() {
    let text = "Alpha Beta Gamma. ".repeat(50_000) + &"Zed".repeat(100_000);
    let sentences = crate::timex::sentences(&text);
    let all = candidates(&text, &sentences);
    assert!(all.len() <= MOST_CANDIDATES);
    // Twenty thousand names, each twice: only the most named are proposed.
    let letters = |i: usize| -> String {
        format!(
            "{}{}",
            (b'A' + (i % 26) as u8) as char,
            "x".repeat(i / 26 % 40 + 1)
        )
    };
    let many: String = (0..20_000)
        .map(|i| {
            format!(
                "{} {} met {} {}. ",
                letters(i),
                letters(i + 7),
                letters(i),
                letters(i + 7)
            )
        })
        .collect();
    let sentences = crate::timex::sentences(&many);
    assert_eq!(candidates(&many, &sentences).len(), MOST_CANDIDATES);
}

#[test]
fn titles_and_sentence_openers_are_taken_off_names() {
    let text = "Embattled Lopez asks for help. Ana Lopez spoke. Spanish Premier Ana Lopez left. \
        The National Security Council met twice; the National Security Council said so. \
        White House Press Secretary Karl Weber agreed. Karl Weber left Washington. \
        The Washington Courier and the Washington Courier. The Courier denied it.";
    let names = found(text);
    let names: Vec<&str> = names.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Washington Courier",
            "Ana Lopez",
            "National Security Council",
            "Karl Weber"
        ]
    );
    let sentences = crate::timex::sentences(text);
    let all = candidates(text, &sentences);
    let courier = all.iter().find(|c| c.name == "Washington Courier").unwrap();
    assert_eq!(courier.aliases, ["Courier"], "a city is not its newspaper");
    assert_eq!(courier.kind, ActorKind::Media);
    assert_eq!(
        kind_of("West Bank", false),
        ActorKind::Other,
        "a place, not a bank"
    );
    assert_eq!(kind_of("Gaza Strip", false), ActorKind::Other);
    assert_eq!(kind_of("World Bank", false), ActorKind::Organisation);
}

#[test]
fn words_for_peoples_are_no_actors() {
    for word in [
        "russian",
        "chinese",
        "israeli",
        "israelis",
        "british",
        "ukrainians",
        "pakistani",
    ] {
        assert!(is_demonym(word), "{word}");
    }
    for word in ["russia", "israel", "sharon", "putin", "xi", "sullivan"] {
        assert!(!is_demonym(word), "{word}");
    }
}
