//! The word tables the rules are built from: each English word with its temporal meaning.

use std::collections::HashMap;
use std::sync::OnceLock;

/// A calendar or clock unit, as durations, shifts and sets count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Fortnight,
    Month,
    Quarter,
    Season,
    Year,
    Decade,
    Century,
}

/// How many a number word stands for: a count, or an unspecified few.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Count {
    Exact(u32),
    Vague,
}

#[rustfmt::skip]
pub(crate) const MONTHS: &[(&str, u8)] = &[
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
    ("december", 12),
];

/// Abbreviations, counted only when written with a full stop or before a day number.
#[rustfmt::skip]
pub(crate) const MONTH_ABBREVIATIONS: &[(&str, u8)] = &[
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
    ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
];

/// Weekdays, numbered from Monday = 1 as ISO 8601 does.
#[rustfmt::skip]
pub(crate) const WEEKDAYS: &[(&str, u8)] = &[
    ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5),
    ("saturday", 6), ("sunday", 7),
];

#[rustfmt::skip]
pub(crate) const NUMBER_WORDS: &[(&str, Count)] = &[
    ("a", Count::Exact(1)), ("an", Count::Exact(1)), ("one", Count::Exact(1)),
    ("two", Count::Exact(2)), ("three", Count::Exact(3)), ("four", Count::Exact(4)),
    ("five", Count::Exact(5)), ("six", Count::Exact(6)), ("seven", Count::Exact(7)),
    ("eight", Count::Exact(8)), ("nine", Count::Exact(9)), ("ten", Count::Exact(10)),
    ("eleven", Count::Exact(11)), ("twelve", Count::Exact(12)), ("thirteen", Count::Exact(13)),
    ("fourteen", Count::Exact(14)), ("fifteen", Count::Exact(15)), ("sixteen", Count::Exact(16)),
    ("seventeen", Count::Exact(17)), ("eighteen", Count::Exact(18)),
    ("nineteen", Count::Exact(19)), ("twenty", Count::Exact(20)), ("thirty", Count::Exact(30)),
    ("forty", Count::Exact(40)), ("fifty", Count::Exact(50)), ("sixty", Count::Exact(60)),
    ("hundred", Count::Exact(100)), ("several", Count::Vague), ("few", Count::Vague),
    ("many", Count::Vague), ("some", Count::Vague), ("couple", Count::Vague),
];

/// Unit words, singular and plural.
#[rustfmt::skip]
pub(crate) const UNITS: &[(&str, Unit, bool)] = &[
    ("second", Unit::Second, false), ("seconds", Unit::Second, true),
    ("minute", Unit::Minute, false), ("minutes", Unit::Minute, true),
    ("hour", Unit::Hour, false), ("hours", Unit::Hour, true),
    ("day", Unit::Day, false), ("days", Unit::Day, true),
    ("weekend", Unit::Weekend, false), ("weekends", Unit::Weekend, true),
    ("week", Unit::Week, false), ("weeks", Unit::Week, true),
    ("fortnight", Unit::Fortnight, false),
    ("month", Unit::Month, false), ("months", Unit::Month, true),
    ("quarter", Unit::Quarter, false), ("quarters", Unit::Quarter, true),
    ("season", Unit::Season, false),
    ("year", Unit::Year, false), ("years", Unit::Year, true),
    ("decade", Unit::Decade, false), ("decades", Unit::Decade, true),
    ("century", Unit::Century, false), ("centuries", Unit::Century, true),
];

/// Named seasons with their TimeML codes ("fall" only where a rule asks for a season).
#[rustfmt::skip]
pub(crate) const SEASONS: &[(&str, &str)] = &[
    ("spring", "SP"), ("summer", "SU"), ("autumn", "FA"), ("fall", "FA"), ("winter", "WI"),
];

/// Capitalised words that make a season before them part of a name ("Winter Olympics").
#[rustfmt::skip]
pub(crate) const EVENT_NAME_WORDS: &[&str] = &[
    "olympics", "olympic", "games", "paralympics", "palace", "festival", "classic", "cup",
    "series", "session", "championship", "championships", "solstice", "storm", "offensive",
];

/// Parts of the day with their TimeML codes.
#[rustfmt::skip]
pub(crate) const PARTS_OF_DAY: &[(&str, &str)] = &[
    ("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI"),
    ("overnight", "NI"), ("midday", "MI"),
];

/// Words naming a day relative to publication: offset in days, and part of the day if any.
#[rustfmt::skip]
pub(crate) const RELATIVE_DAYS: &[(&str, i64, Option<&str>)] = &[
    ("today", 0, None), ("tonight", 0, Some("NI")), ("yesterday", -1, None), ("tomorrow", 1, None),
];

/// Words meaning the present, the past or the future as a whole.
#[rustfmt::skip]
pub(crate) const REFERENCE_WORDS: &[(&str, &str)] = &[
    ("now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("nowadays", "PRESENT_REF"),
    ("presently", "PRESENT_REF"),
];

/// Words that pick one unit relative to publication: how many units away.
#[rustfmt::skip]
pub(crate) const DEICTIC_WORDS: &[(&str, i64)] = &[
    ("this", 0), ("current", 0), ("last", -1), ("past", -1), ("previous", -1), ("next", 1),
    ("coming", 1),
];

/// Words that narrow an expression to a part of it; the part is not scored.
#[rustfmt::skip]
pub(crate) const MODIFIERS: &[(&str, &str)] = &[
    ("early", "START"), ("earlier", "START"), ("late", "END"), ("later", "END"),
    ("mid", "MID"), ("beginning", "START"), ("start", "START"), ("end", "END"),
    ("middle", "MID"),
];

/// Words before a duration that belong to it ("almost seven years").
#[rustfmt::skip]
pub(crate) const DURATION_QUALIFIERS: &[&str] = &["almost", "nearly", "over", "under"];

/// Words that turn a unit into a set ("every day", "each week").
#[rustfmt::skip]
pub(crate) const SET_QUANTIFIERS: &[&str] = &["every", "each"];

/// Adverbs naming a set: the TimeML value.
#[rustfmt::skip]
pub(crate) const SET_ADVERBS: &[(&str, &str)] = &[
    ("hourly", "PT1H"), ("daily", "P1D"), ("nightly", "XXXX-XX-XXTNI"), ("weekly", "P1W"),
    ("fortnightly", "P2W"), ("monthly", "P1M"), ("quarterly", "P3M"), ("yearly", "P1Y"),
    ("annually", "P1Y"),
];

/// Ordinal words and their numbers (centuries, quarters, "the 99th day").
#[rustfmt::skip]
pub(crate) const ORDINALS: &[(&str, u8)] = &[
    ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
    ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11),
    ("twelfth", 12), ("thirteenth", 13), ("fourteenth", 14), ("fifteenth", 15),
    ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18), ("nineteenth", 19),
    ("twentieth", 20), ("twenty-first", 21),
];

/// Holidays on a fixed day of the year: month and day.
#[rustfmt::skip]
pub(crate) const HOLIDAYS: &[(&str, &str, u8, u8)] = &[
    ("christmas", "", 12, 25), ("christmas", "eve", 12, 24), ("christmas", "day", 12, 25),
    ("halloween", "", 10, 31), ("valentine", "day", 2, 14), ("new", "day", 1, 1),
    ("new", "eve", 12, 31),
];

/// Everything the tables say about one lowercase word.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Entry {
    pub(crate) word: &'static str,
    pub(crate) month: Option<u8>,
    pub(crate) month_abbreviation: Option<u8>,
    pub(crate) weekday: Option<u8>,
    pub(crate) count: Option<Count>,
    pub(crate) unit: Option<(Unit, bool)>,
    pub(crate) season: Option<&'static str>,
    pub(crate) part_of_day: Option<&'static str>,
    pub(crate) ordinal: Option<u8>,
    pub(crate) deictic: Option<i64>,
    pub(crate) modifier: Option<&'static str>,
}

/// Looks a lowercase word up in every table at once (also words only the rules mention).
pub(crate) fn lookup(lower: &str) -> Option<&'static Entry> {
    static TABLE: OnceLock<HashMap<&'static str, Entry>> = OnceLock::new();
    TABLE.get_or_init(build).get(lower)
}

fn build() -> HashMap<&'static str, Entry> {
    let mut map: HashMap<&'static str, Entry> = HashMap::new();
    let mut add = |word: &'static str, set: &dyn Fn(&mut Entry)| {
        let entry = map.entry(word).or_insert(Entry {
            word,
            ..Entry::default()
        });
        set(entry);
    };
    for &(w, m) in MONTHS {
        add(w, &|e| e.month = Some(m));
    }
    for &(w, m) in MONTH_ABBREVIATIONS {
        add(w, &|e| e.month_abbreviation = Some(m));
    }
    for &(w, d) in WEEKDAYS {
        add(w, &|e| e.weekday = Some(d));
    }
    for &(w, c) in NUMBER_WORDS {
        add(w, &|e| e.count = Some(c));
    }
    for &(w, u, p) in UNITS {
        add(w, &|e| e.unit = Some((u, p)));
    }
    for &(w, s) in SEASONS {
        add(w, &|e| e.season = Some(s));
    }
    for &(w, p) in PARTS_OF_DAY {
        add(w, &|e| e.part_of_day = Some(p));
    }
    for &(w, o) in ORDINALS {
        add(w, &|e| e.ordinal = Some(o));
    }
    for &(w, d) in DEICTIC_WORDS {
        add(w, &|e| e.deictic = Some(d));
    }
    for &(w, m) in MODIFIERS {
        add(w, &|e| e.modifier = Some(m));
    }
    let plain = RELATIVE_DAYS
        .iter()
        .map(|r| r.0)
        .chain(REFERENCE_WORDS.iter().map(|r| r.0));
    let plain = plain
        .chain(SET_ADVERBS.iter().map(|r| r.0))
        .chain(EVENT_NAME_WORDS.iter().copied());
    let plain = plain
        .chain(DURATION_QUALIFIERS.iter().copied())
        .chain(SET_QUANTIFIERS.iter().copied());
    let plain = plain.chain(HOLIDAYS.iter().flat_map(|h| [h.0, h.1]));
    let context = [
        super::build_calendar::MONTH_CONTEXT,
        super::build_calendar::DETERMINERS,
        super::build_calendar::MEASURES,
        super::build_calendar::YEAR_CONTEXT,
        super::build_relative::FUNCTION_WORDS,
        super::build_relative::SEASON_CONTEXT,
        super::build_span::AGE_BEFORE,
        super::build_span::AGE_AFTER,
        super::build_span::INTRODUCING,
        &["and", "or", "older", "old", "when", "no"],
    ];
    let plain = plain.chain(context.into_iter().flatten().copied());
    for word in plain.filter(|w| !w.is_empty()) {
        add(word, &|_| {});
    }
    for word in super::rules::literal_words().chain(super::tense::cue_words()) {
        add(word, &|_| {});
    }
    map
}

#[cfg(test)]
#[path = "lexicon_tests.rs"]
mod tests;
