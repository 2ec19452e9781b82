//! Each table of the lexicon: its words are lowercase, unique and found by `lookup`.

use super::*;

fn lowercase_unique(words: &[&str]) {
    let mut seen = std::collections::HashSet::new();
    for w in words {
        assert_eq!(*w, w.to_lowercase(), "{w}");
        assert!(seen.insert(*w), "{w} twice");
    }
}

#[test]
fn months_and_abbreviations() {
    lowercase_unique(&MONTHS.iter().map(|m| m.0).collect::<Vec<_>>());
    assert_eq!(MONTHS.len(), 12);
    assert_eq!(lookup("november").and_then(|e| e.month), Some(11));
    assert_eq!(lookup("sept").and_then(|e| e.month_abbreviation), Some(9));
    assert!(lookup("may").and_then(|e| e.month_abbreviation).is_none());
}

#[test]
fn weekdays_number_from_monday() {
    lowercase_unique(&WEEKDAYS.iter().map(|m| m.0).collect::<Vec<_>>());
    assert_eq!(lookup("monday").and_then(|e| e.weekday), Some(1));
    assert_eq!(lookup("sunday").and_then(|e| e.weekday), Some(7));
    assert!(lookup("we").is_none_or(|e| e.weekday.is_none()));
    assert!(lookup("sun").is_none() && lookup("sat").is_none());
}

#[test]
fn number_words_and_ordinals() {
    lowercase_unique(&NUMBER_WORDS.iter().map(|m| m.0).collect::<Vec<_>>());
    lowercase_unique(&ORDINALS.iter().map(|m| m.0).collect::<Vec<_>>());
    assert_eq!(lookup("seven").and_then(|e| e.count), Some(Count::Exact(7)));
    assert_eq!(lookup("several").and_then(|e| e.count), Some(Count::Vague));
    assert_eq!(lookup("second").and_then(|e| e.ordinal), Some(2));
}

#[test]
fn units_singular_and_plural() {
    lowercase_unique(&UNITS.iter().map(|m| m.0).collect::<Vec<_>>());
    assert_eq!(lookup("decades").and_then(|e| e.unit), Some((Unit::Decade, true)));
    assert_eq!(lookup("month").and_then(|e| e.unit), Some((Unit::Month, false)));
}

#[test]
fn seasons_parts_of_day_and_event_names() {
    lowercase_unique(&SEASONS.iter().map(|m| m.0).collect::<Vec<_>>());
    lowercase_unique(&PARTS_OF_DAY.iter().map(|m| m.0).collect::<Vec<_>>());
    lowercase_unique(EVENT_NAME_WORDS);
    assert_eq!(lookup("autumn").and_then(|e| e.season), Some("FA"));
    assert_eq!(lookup("afternoon").and_then(|e| e.part_of_day), Some("AF"));
    assert!(lookup("olympics").is_some());
}

#[test]
fn relative_reference_and_deictic_words() {
    lowercase_unique(&RELATIVE_DAYS.iter().map(|m| m.0).collect::<Vec<_>>());
    lowercase_unique(&REFERENCE_WORDS.iter().map(|m| m.0).collect::<Vec<_>>());
    lowercase_unique(&DEICTIC_WORDS.iter().map(|m| m.0).collect::<Vec<_>>());
    assert!(RELATIVE_DAYS.contains(&("yesterday", -1, None)));
    assert!(REFERENCE_WORDS.contains(&("now", "PRESENT_REF")));
    assert_eq!(lookup("last").and_then(|e| e.deictic), Some(-1));
    assert_eq!(lookup("coming").and_then(|e| e.deictic), Some(1));
}

#[test]
fn modifiers_qualifiers_and_sets() {
    lowercase_unique(&MODIFIERS.iter().map(|m| m.0).collect::<Vec<_>>());
    lowercase_unique(&SET_ADVERBS.iter().map(|m| m.0).collect::<Vec<_>>());
    lowercase_unique(DURATION_QUALIFIERS);
    lowercase_unique(SET_QUANTIFIERS);
    assert_eq!(lookup("mid").and_then(|e| e.modifier), Some("MID"));
    assert!(SET_ADVERBS.contains(&("annually", "P1Y")));
}

#[test]
fn holidays_are_real_days() {
    for &(first, _, m, d) in HOLIDAYS {
        assert!(
            chrono::NaiveDate::from_ymd_opt(2012, u32::from(m), u32::from(d)).is_some(),
            "{first}"
        );
        assert!(lookup(first).is_some());
    }
}
