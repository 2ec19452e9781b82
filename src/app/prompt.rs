//! The one-line prompts: a date filter, a date to go to, and the day to read the timeline as of.

use chrono::NaiveDate;

use super::line::TextLine;
use crate::model::parse_event_date;
use crate::query::SearchDate;

/// What a prompt asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    /// A period to filter by (`d`).
    DateFilter,
    /// A day to move the selection to (`t`).
    GoToDate,
    /// The day to read the timeline as of (`@`).
    AsOf,
    /// Text to find in the open source (`/` in the source view).
    Find,
}

impl PromptKind {
    /// The prompt's words before what is typed.
    pub fn label(self) -> &'static str {
        match self {
            PromptKind::DateFilter => "Dates",
            PromptKind::GoToDate => "Go to",
            PromptKind::AsOf => "As of",
            PromptKind::Find => "Find in the source",
        }
    }

    /// What to type, and what Enter does.
    pub fn hint(self) -> &'static str {
        match self {
            PromptKind::DateFilter => {
                "e.g. 2022-03-13, 2022-03, 2022-02/2022-03, ../2021 · Enter applies (empty clears)"
            }
            PromptKind::GoToDate => {
                "e.g. 2022-03-13, 13 Mar 2022 · Enter goes to the first event on or after it"
            }
            PromptKind::AsOf => "e.g. 2022-03-13 · Enter shows only what was known that day (empty clears)",
            PromptKind::Find => "case and accents ignored · Enter finds, then n/N next/previous",
        }
    }
}

/// An open prompt: what it asks, what has been typed, and why the last Enter was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub input: TextLine,
    pub error: Option<String>,
}

impl Prompt {
    pub fn new(kind: PromptKind) -> Self {
        Prompt {
            kind,
            input: TextLine::default(),
            error: None,
        }
    }
}

/// The first and last day of a period typed in the format's syntax (`2022-02/2022-03`,
/// `../2021`) or as people write dates (`13 Mar 2022`); either may be open.
pub(crate) fn typed_period(text: &str) -> Result<(Option<NaiveDate>, Option<NaiveDate>), String> {
    let text = text.trim();
    match parse_event_date(text) {
        Ok(date) => Ok((date.first_day(), date.last_day())),
        Err(error) => match SearchDate::parse(text) {
            Some(SearchDate::Period(period)) => Ok((period.date.first_day(), period.date.last_day())),
            Some(SearchDate::DayOfYear { .. }) => Err(format!("`{text}` needs a year")),
            None => Err(error.message),
        },
    }
}
