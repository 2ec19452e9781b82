//! Stable names for the kinds of diagnostic, for scripts and editors (`check --format json`).
//! The names are listed in docs/format.md; a name never changes meaning.

use crate::model::Diagnostic;

/// What each code is found by in a diagnostic's message, first match wins, and the code.
const CODES: &[(&[&str], &str)] = &[
    (&["unknown field"], "unknown-field"),
    (&["unknown variant"], "unknown-value"),
    (&["missing field"], "missing-field"),
    (&["invalid type", "invalid value", "invalid length"], "wrong-type"),
    (&["duplicate field", "repeats an earlier key"], "duplicate-key"),
    (&["more than one YAML document"], "second-document"),
    (&["nests deeper"], "too-deep"),
    (&["`date_range: within`"], "within-needs-range"),
    (&["`reported_basis` is given without"], "basis-without-reported"),
    (
        &[
            "is not a date",
            "is not a calendar day",
            "has no month",
            "ends before it starts",
            "open at both ends",
            "range bound is empty",
        ],
        "bad-date",
    ),
    (&["unknown actor"], "unknown-actor"),
    (&["unknown source"], "unknown-source"),
    (&["unknown event"], "unknown-event"),
    (&["no excerpt `"], "unknown-excerpt"),
    (&["quote not found"], "quote-not-found"),
    (&["with no local text are unverified"], "unverified-excerpts"),
    (&["has neither a `text` nor a `url`"], "source-without-text"),
    (&["the quote is empty"], "empty-quote"),
    (&["duplicate"], "duplicate-id"),
    (&["slug"], "bad-id"),
    (&["loops back"], "member-of-loop"),
    (&["format version", "`format`"], "format-version"),
    (&["empty title"], "empty-title"),
    (&["no excerpt supports"], "no-excerpt"),
    (&["listed twice"], "actor-listed-twice"),
    (&["before it happened"], "reported-before-it-happened"),
    (&["related to itself"], "related-to-itself"),
    (&["control character", "bidirectional"], "unsafe-text"),
    (&["outside the timeline's folder"], "source-outside-folder"),
    (
        &[
            "cannot read",
            "`text` is empty",
            "not UTF-8",
            "the file is empty",
            "is a directory",
            "named pipe",
            "socket",
            "device",
            "larger than",
            "over 1 GiB",
            "no such file",
            "not a regular file",
        ],
        "unreadable-file",
    ),
];

/// The diagnostic's code: `unknown-actor`, `quote-not-found`, …; `syntax` for what the parsers
/// report otherwise.
pub fn code_of(diagnostic: &Diagnostic) -> &'static str {
    let message = diagnostic.message.as_str();
    CODES
        .iter()
        .find(|(patterns, _)| patterns.iter().any(|p| message.contains(p)))
        .map_or("syntax", |(_, code)| code)
}

/// Every code, in the order docs/format.md lists them.
pub fn all_codes() -> impl Iterator<Item = &'static str> {
    CODES.iter().map(|(_, code)| *code).chain(["syntax"])
}
