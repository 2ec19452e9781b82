//! The word tables drafting uses: words too common to tell two sentences apart, the titles that
//! come before names, and the words that show what kind of actor a name is.

/// Words that say nothing of which happening a sentence tells.
#[rustfmt::skip]
pub(crate) const COMMON: &[&str] = &[
    "about", "above", "after", "again", "against", "also", "although", "among", "another", "around",
    "because", "been", "before", "being", "between", "both", "could", "does", "done", "during",
    "each", "even", "every", "from", "further", "have", "having", "here", "into", "itself", "just",
    "last", "later", "like", "made", "make", "many", "more", "most", "much", "must", "never",
    "next", "only", "other", "over", "said", "same", "says", "should", "since", "some", "still",
    "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those",
    "through", "told", "under", "until", "very", "were", "what", "when", "where", "whether",
    "which", "while", "will", "with", "would", "year", "years", "week", "weeks", "month",
    "months", "today", "yesterday", "tomorrow", "time", "first", "according", "reported",
    "report", "reports", "news", "people", "however", "already", "almost", "well",
];

/// Words that stand before a name as its holder's title (`President Joe Biden`).
#[rustfmt::skip]
pub(crate) const TITLES: &[&str] = &[
    "president", "premier", "prime", "minister", "secretary", "chancellor", "king", "queen",
    "prince", "princess", "general", "gen", "adviser", "advisor", "spokesperson", "spokesman",
    "spokeswoman", "senator", "sen", "rep", "representative", "governor", "gov", "mayor",
    "chairman", "chairwoman", "chair", "director", "ambassador", "envoy", "foreign", "defense",
    "defence", "national", "security", "vice", "deputy", "chief", "commander", "colonel", "col",
    "lieutenant", "captain", "judge", "justice", "pope", "sheikh", "mr", "mrs", "ms", "dr",
    "sir", "lord", "lady", "leader", "officer", "official", "counterpart", "press", "head",
];

/// Words of a name that make it a newspaper, broadcaster or agency.
#[rustfmt::skip]
pub(crate) const MEDIA: &[&str] = &[
    "times", "post", "news", "press", "journal", "guardian", "telegraph", "tribune", "herald",
    "gazette", "radio", "television", "tv", "cnn", "bbc", "reuters", "ap", "afp", "bloomberg",
    "nbc", "cbs", "abc", "fox", "msnbc", "npr", "xinhua", "tass", "economist", "magazine",
    "daily", "chronicle", "observer", "independent", "courier", "images",
];

/// Words of a name that make it an organisation.
#[rustfmt::skip]
pub(crate) const ORGANISATION: &[&str] = &[
    "ministry", "department", "embassy", "council", "committee", "commission", "party", "union",
    "nations", "organization", "organisation", "agency", "bank", "army", "navy", "forces",
    "court", "parliament", "congress", "senate", "government", "house", "university", "company",
    "corporation", "corp", "inc", "ltd", "group", "office", "institute", "foundation", "nato",
    "un", "eu", "fbi", "cia", "pentagon", "kremlin", "police", "fund", "association", "board",
    "authority", "administration", "federation", "alliance",
];

/// Words of a name that make it a place, a building or an occasion rather than a person.
#[rustfmt::skip]
pub(crate) const NOT_PEOPLE: &[&str] = &[
    "olympics", "games", "summit", "war", "conference", "cup", "championship", "festival", "day",
    "hall", "square", "street", "avenue", "road", "river", "sea", "ocean", "island", "islands",
    "mountains", "valley", "bridge", "airport", "station", "church", "palace", "tower", "park",
    "museum", "city", "county", "province", "state", "region", "north", "south", "east", "west",
    "central", "world", "international", "global", "act", "treaty", "accord", "agreement",
];

/// Words of a name that make it a place, whatever else it holds (`West Bank`, `Gaza Strip`).
#[rustfmt::skip]
pub(crate) const PLACES: &[&str] = &[
    "west", "east", "north", "south", "northern", "southern", "eastern", "western", "strip",
    "river", "sea", "ocean", "gulf", "bay", "island", "islands", "mountains", "valley", "peninsula",
    "desert", "coast", "heights",
];

/// Countries and other states, as news names them.
#[rustfmt::skip]
pub(crate) const STATES: &[&str] = &[
    "afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria",
    "azerbaijan", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil", "britain",
    "bulgaria", "cambodia", "canada", "chile", "china", "colombia", "croatia", "cuba", "cyprus",
    "czechia", "denmark", "ecuador", "egypt", "estonia", "ethiopia", "finland", "france",
    "georgia", "germany", "ghana", "greece", "hungary", "iceland", "india", "indonesia", "iran",
    "iraq", "ireland", "israel", "italy", "japan", "jordan", "kazakhstan", "kenya", "kosovo",
    "kuwait", "latvia", "lebanon", "libya", "lithuania", "malaysia", "mali", "mexico", "moldova",
    "mongolia", "morocco", "myanmar", "nepal", "netherlands", "nigeria", "norway", "oman",
    "pakistan", "palestine", "peru", "philippines", "poland", "portugal", "qatar", "romania",
    "russia", "rwanda", "serbia", "singapore", "slovakia", "slovenia", "somalia", "spain",
    "sudan", "sweden", "switzerland", "syria", "taiwan", "thailand", "tunisia", "turkey",
    "uganda", "ukraine", "uk", "us", "usa", "venezuela", "vietnam", "yemen", "zimbabwe",
    "united states", "united kingdom", "south africa", "south korea", "north korea",
    "saudi arabia", "new zealand", "united arab emirates",
];

/// Capitalised words that open sentences or headlines without naming anyone.
#[rustfmt::skip]
pub(crate) const NOT_NAMES: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "if", "in", "on", "at", "of", "for", "to", "by", "as",
    "it", "its", "he", "she", "we", "they", "i", "you", "this", "that", "these", "those", "there",
    "while", "when", "what", "why", "how", "who", "will", "did", "does", "is", "are", "was",
    "not", "no", "yes", "so", "after", "before", "since", "with", "from", "also", "however",
    "share", "read", "more", "photo", "images", "getty", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr",
];

/// Whether `word` (lowercase) is in `table`.
pub(crate) fn is_in(table: &[&str], word: &str) -> bool {
    table.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_is_lowercase_and_has_each_word_once() {
        for table in [
            COMMON,
            TITLES,
            MEDIA,
            ORGANISATION,
            NOT_PEOPLE,
            PLACES,
            STATES,
            NOT_NAMES,
        ] {
            for (i, word) in table.iter().enumerate() {
                assert_eq!(*word, word.to_lowercase(), "{word}");
                assert!(!table[..i].contains(word), "{word} twice");
            }
        }
    }

    #[test]
    fn the_tables_tell_kinds_apart() {
        assert!(is_in(STATES, "ukraine") && is_in(STATES, "united states"));
        assert!(is_in(MEDIA, "times") && !is_in(ORGANISATION, "times"));
        assert!(is_in(ORGANISATION, "embassy"));
        assert!(is_in(TITLES, "president") && is_in(NOT_NAMES, "the"));
        assert!(is_in(COMMON, "would") && !is_in(COMMON, "rome"));
    }
}
