//! The key map's table: every binding of every mode, with its help text and footer hint.

use ratatui::crossterm::event::KeyCode;
use tui_input::InputRequest;

use super::action::{Action, Motion};
use super::keymap::{Binding, Key, KeyMode};

macro_rules! bind {
    ($mode:ident, $key:expr, $action:expr, $description:literal) => {
        Binding {
            mode: KeyMode::$mode,
            key: $key,
            action: $action,
            description: $description,
            hint: None,
        }
    };
    ($mode:ident, $key:expr, $action:expr, $description:literal, $hint:literal) => {
        Binding {
            mode: KeyMode::$mode,
            key: $key,
            action: $action,
            description: $description,
            hint: Some($hint),
        }
    };
}

use Action as A;
use KeyCode as K;

pub(super) static BINDINGS: &[Binding] = &[
    bind!(
        List,
        Key::plain(K::Enter),
        A::OpenSource,
        "open the source at this event's excerpt",
        "source"
    ),
    bind!(
        List,
        Key::char('s'),
        A::OpenSource,
        "open the source at this event's excerpt"
    ),
    bind!(
        List,
        Key::char('a'),
        A::OpenActorFilter,
        "filter by actor",
        "actors"
    ),
    bind!(
        List,
        Key::char('A'),
        A::ClearActorFilter,
        "clear the actor filter"
    ),
    bind!(
        List,
        Key::char('/'),
        A::OpenSearch,
        "search a phrase, ignoring case/accents",
        "search"
    ),
    bind!(List, Key::char('d'), A::OpenDateFilter, "filter by date", "dates"),
    bind!(List, Key::char('D'), A::ClearDateFilter, "clear the date filter"),
    bind!(
        List,
        Key::char('t'),
        A::OpenGoToDate,
        "go to a date, without filtering"
    ),
    bind!(
        List,
        Key::char('@'),
        A::OpenAsOf,
        "as of a day: only what was known then"
    ),
    bind!(List, Key::char('x'), A::OpenStatusFilter, "filter by status"),
    bind!(
        List,
        Key::char('c'),
        A::OpenClaimFilter,
        "filter by who asserts or denies"
    ),
    bind!(List, Key::char('#'), A::OpenTagFilter, "filter by tag"),
    bind!(
        List,
        Key::char('S'),
        A::OpenSourceFilter,
        "sources: each with its events; filter by source"
    ),
    bind!(List, Key::char('X'), A::ClearAllFilters, "clear every filter"),
    bind!(
        List,
        Key::char(']'),
        A::MoveByPeriod(true),
        "next year or month, as the ruler counts"
    ),
    bind!(
        List,
        Key::char('['),
        A::MoveByPeriod(false),
        "previous year or month, as the ruler counts"
    ),
    bind!(
        List,
        Key::char('f'),
        A::FilterToPeriod,
        "filter to the selection's year or month"
    ),
    bind!(List, Key::char('n'), A::NextMatch, "next match"),
    bind!(List, Key::char('N'), A::PreviousMatch, "previous match"),
    bind!(
        List,
        Key::char('1'),
        A::JumpToRelated(1),
        "go to related event 1",
        "related"
    ),
    bind!(List, Key::char('2'), A::JumpToRelated(2), "go to related event 2"),
    bind!(List, Key::char('3'), A::JumpToRelated(3), "go to related event 3"),
    bind!(List, Key::char('4'), A::JumpToRelated(4), "go to related event 4"),
    bind!(List, Key::char('5'), A::JumpToRelated(5), "go to related event 5"),
    bind!(
        List,
        Key::plain(K::Tab),
        A::ToggleFocus,
        "focus the detail pane",
        "detail"
    ),
    bind!(
        List,
        Key::plain(K::Backspace),
        A::HistoryBack,
        "back to where the last jump started",
        "back"
    ),
    bind!(
        List,
        Key::ctrl('o'),
        A::HistoryBack,
        "back to where the last jump started"
    ),
    bind!(
        List,
        Key::alt(K::Left),
        A::HistoryBack,
        "back to where the last jump started"
    ),
    bind!(
        List,
        Key::alt(K::Right),
        A::HistoryForward,
        "forward again",
        "forward"
    ),
    bind!(
        List,
        Key::char('y'),
        A::CopyExcerpt,
        "copy the quote with its citation",
        "copy"
    ),
    bind!(List, Key::char('Y'), A::CopyEvent, "copy the event as Markdown"),
    bind!(List, Key::char('o'), A::OpenUrl, "open the source's web address"),
    bind!(
        List,
        Key::char('e'),
        A::EditInEditor,
        "edit this event in $VISUAL or $EDITOR"
    ),
    bind!(List, Key::char('m'), A::ToggleMouse, "mouse on/off"),
    bind!(
        List,
        Key::char('!'),
        A::ToggleProblems,
        "the problems of a file opened with errors",
        "problems"
    ),
    bind!(List, Key::char('?'), A::ToggleHelp, "help", "help"),
    bind!(
        List,
        Key::char('i'),
        A::ToggleAbout,
        "about this timeline: description, sources, actors",
        "about"
    ),
    bind!(List, Key::char('q'), A::Quit, "quit", "quit"),
    bind!(List, Key::plain(K::Esc), A::Back, "close what is open (q quits)"),
    bind!(
        Detail,
        Key::char('1'),
        A::JumpToRelated(1),
        "go to related event 1",
        "related"
    ),
    bind!(
        Detail,
        Key::char('2'),
        A::JumpToRelated(2),
        "go to related event 2"
    ),
    bind!(
        Detail,
        Key::char('3'),
        A::JumpToRelated(3),
        "go to related event 3"
    ),
    bind!(
        Detail,
        Key::char('4'),
        A::JumpToRelated(4),
        "go to related event 4"
    ),
    bind!(
        Detail,
        Key::char('5'),
        A::JumpToRelated(5),
        "go to related event 5"
    ),
    bind!(
        Detail,
        Key::plain(K::Enter),
        A::OpenSource,
        "open the source",
        "source"
    ),
    bind!(Detail, Key::char('s'), A::OpenSource, "open the source"),
    bind!(
        Detail,
        Key::plain(K::Tab),
        A::ToggleFocus,
        "focus the list",
        "list"
    ),
    bind!(Detail, Key::plain(K::Esc), A::ToggleFocus, "focus the list"),
    bind!(
        Detail,
        Key::char('i'),
        A::ToggleAbout,
        "about this timeline: description, sources, actors"
    ),
    bind!(
        Detail,
        Key::plain(K::Backspace),
        A::HistoryBack,
        "back to where the last jump started",
        "back"
    ),
    bind!(
        Detail,
        Key::ctrl('o'),
        A::HistoryBack,
        "back to where the last jump started"
    ),
    bind!(
        Detail,
        Key::alt(K::Left),
        A::HistoryBack,
        "back to where the last jump started"
    ),
    bind!(
        Detail,
        Key::alt(K::Right),
        A::HistoryForward,
        "forward again",
        "forward"
    ),
    bind!(
        Detail,
        Key::char('y'),
        A::CopyExcerpt,
        "copy the quote with its citation",
        "copy"
    ),
    bind!(Detail, Key::char('Y'), A::CopyEvent, "copy the event as Markdown"),
    bind!(
        Detail,
        Key::char('o'),
        A::OpenUrl,
        "open the source's web address"
    ),
    bind!(
        Detail,
        Key::char('e'),
        A::EditInEditor,
        "edit this event in $VISUAL or $EDITOR"
    ),
    bind!(Detail, Key::char('?'), A::ToggleHelp, "help"),
    bind!(Detail, Key::char('q'), A::Quit, "quit"),
    bind!(
        Source,
        Key::char('/'),
        A::OpenSearch,
        "find text in this source",
        "find"
    ),
    bind!(Source, Key::char('n'), A::NextMatch, "next match of the find"),
    bind!(
        Source,
        Key::char('N'),
        A::PreviousMatch,
        "previous match of the find"
    ),
    bind!(
        Source,
        Key::char(']'),
        A::NextExcerpt,
        "this event's next excerpt",
        "next excerpt"
    ),
    bind!(
        Source,
        Key::char('['),
        A::PreviousExcerpt,
        "this event's previous excerpt"
    ),
    bind!(
        Source,
        Key::plain(K::Tab),
        A::NextPassage,
        "next cited passage",
        "next citation"
    ),
    bind!(
        Source,
        Key::plain(K::BackTab),
        A::PreviousPassage,
        "previous cited passage"
    ),
    bind!(
        Source,
        Key::plain(K::Enter),
        A::FollowPassage,
        "go to the event citing this passage",
        "go to citing event"
    ),
    bind!(
        Source,
        Key::plain(K::Esc),
        A::Back,
        "close the source view",
        "close"
    ),
    bind!(
        Source,
        Key::char('i'),
        A::ToggleAbout,
        "about this timeline: description, sources, actors"
    ),
    bind!(
        Source,
        Key::plain(K::Backspace),
        A::HistoryBack,
        "back to where the last jump started",
        "back"
    ),
    bind!(
        Source,
        Key::ctrl('o'),
        A::HistoryBack,
        "back to where the last jump started"
    ),
    bind!(
        Source,
        Key::alt(K::Left),
        A::HistoryBack,
        "back to where the last jump started"
    ),
    bind!(
        Source,
        Key::alt(K::Right),
        A::HistoryForward,
        "forward again",
        "forward"
    ),
    bind!(
        Source,
        Key::char('y'),
        A::CopyExcerpt,
        "copy the quote with its citation",
        "copy"
    ),
    bind!(Source, Key::char('Y'), A::CopyEvent, "copy the event as Markdown"),
    bind!(
        Source,
        Key::char('o'),
        A::OpenUrl,
        "open the source's web address"
    ),
    bind!(
        Source,
        Key::char('e'),
        A::EditInEditor,
        "edit this event in $VISUAL or $EDITOR"
    ),
    bind!(Source, Key::char('?'), A::ToggleHelp, "help"),
    bind!(Source, Key::char('q'), A::Quit, "quit"),
    bind!(
        ActorFilter,
        Key::plain(K::Tab),
        A::PickerToggle,
        "tick or untick (Space types a space)",
        "tick"
    ),
    bind!(
        ActorFilter,
        Key::ctrl('t'),
        A::PickerToggleMatch,
        "any ↔ all ticked",
        "any/all"
    ),
    bind!(
        ActorFilter,
        Key::plain(K::Enter),
        A::PickerApply,
        "apply",
        "apply"
    ),
    bind!(ActorFilter, Key::plain(K::Esc), A::Back, "cancel", "cancel"),
    bind!(
        ActorFilter,
        Key::plain(K::Backspace),
        A::DeleteChar,
        "delete a typed letter"
    ),
    bind!(
        Search,
        Key::plain(K::Enter),
        A::SearchKeep,
        "keep the search",
        "keep"
    ),
    bind!(
        Search,
        Key::plain(K::Esc),
        A::SearchClear,
        "clear the search",
        "clear"
    ),
    bind!(Search, Key::plain(K::Backspace), A::DeleteChar, "delete a letter"),
    bind!(Search, Key::ctrl('p'), A::SearchHistory(true), "an older search"),
    bind!(Search, Key::ctrl('n'), A::SearchHistory(false), "a newer search"),
    bind!(
        Search,
        Key::plain(K::Down),
        A::SelectNext,
        "next match",
        "next match"
    ),
    bind!(Search, Key::plain(K::Up), A::SelectPrevious, "previous match"),
    bind!(Help, Key::char('?'), A::ToggleHelp, "close help", "close"),
    bind!(Help, Key::plain(K::Esc), A::Back, "close help", "close"),
    bind!(Help, Key::char('q'), A::Back, "close help"),
    bind!(About, Key::char('i'), A::ToggleAbout, "close", "close"),
    bind!(
        Problems,
        Key::plain(K::Enter),
        A::GoToProblem,
        "go to the problem's event",
        "go to event"
    ),
    bind!(Problems, Key::char('!'), A::ToggleProblems, "close", "close"),
    bind!(Problems, Key::plain(K::Esc), A::Back, "close"),
    bind!(Problems, Key::char('q'), A::Back, "close"),
    bind!(About, Key::plain(K::Esc), A::Back, "close", "close"),
    bind!(About, Key::char('q'), A::Back, "close"),
    bind!(Prompt, Key::plain(K::Enter), A::PromptSubmit, "apply", "apply"),
    bind!(Prompt, Key::plain(K::Esc), A::Back, "cancel", "cancel"),
    bind!(Prompt, Key::plain(K::Backspace), A::DeleteChar, "delete a letter"),
    bind!(
        Choice,
        Key::plain(K::Tab),
        A::PickerToggle,
        "tick or untick (Space types a space)",
        "tick"
    ),
    bind!(
        Choice,
        Key::ctrl('t'),
        A::PickerToggleMatch,
        "claims: either, asserting, denying; sources: single-source events only",
        "option"
    ),
    bind!(Choice, Key::plain(K::Enter), A::PickerApply, "apply", "apply"),
    bind!(Choice, Key::plain(K::Esc), A::Back, "cancel", "cancel"),
    bind!(Choice, Key::plain(K::Backspace), A::DeleteChar, "delete a letter"),
];

/// The moves every list and text takes (the list, the detail pane, the source, help, about and
/// the pickers): the keys of less and vim. Where typing goes to a prompt, only the keys that
/// type nothing move.
pub(super) static MOTIONS: &[(Key, Motion, &str)] = &[
    (Key::char('j'), Motion::Down, "down a line or event"),
    (Key::plain(K::Down), Motion::Down, "down a line or event"),
    (Key::char('k'), Motion::Up, "up a line or event"),
    (Key::plain(K::Up), Motion::Up, "up a line or event"),
    (Key::plain(K::PageDown), Motion::PageDown, "a page down"),
    (Key::char(' '), Motion::PageDown, "a page down"),
    (Key::plain(K::PageUp), Motion::PageUp, "a page up"),
    (Key::char('b'), Motion::PageUp, "a page up"),
    (Key::ctrl('d'), Motion::HalfPageDown, "half a page down"),
    (Key::ctrl('u'), Motion::HalfPageUp, "half a page up"),
    (Key::char('g'), Motion::Top, "to the top"),
    (Key::plain(K::Home), Motion::Top, "to the top"),
    (Key::char('G'), Motion::Bottom, "to the bottom"),
    (Key::plain(K::End), Motion::Bottom, "to the bottom"),
];

/// Line editing in every prompt and picker, as in a shell (readline). In pickers the keys that
/// move in every list (Home, End, Ctrl-d, Ctrl-u) move in the list instead.
pub(super) static EDITS: &[(Key, InputRequest, &str)] = &[
    (Key::plain(K::Left), InputRequest::GoToPrevChar, "cursor left"),
    (Key::ctrl('b'), InputRequest::GoToPrevChar, "cursor left"),
    (Key::plain(K::Right), InputRequest::GoToNextChar, "cursor right"),
    (Key::ctrl('f'), InputRequest::GoToNextChar, "cursor right"),
    (Key::alt(K::Char('b')), InputRequest::GoToPrevWord, "a word left"),
    (Key::ctrl_key(K::Left), InputRequest::GoToPrevWord, "a word left"),
    (Key::alt(K::Char('f')), InputRequest::GoToNextWord, "a word right"),
    (
        Key::ctrl_key(K::Right),
        InputRequest::GoToNextWord,
        "a word right",
    ),
    (Key::ctrl('a'), InputRequest::GoToStart, "to the start"),
    (Key::plain(K::Home), InputRequest::GoToStart, "to the start"),
    (Key::ctrl('e'), InputRequest::GoToEnd, "to the end"),
    (Key::plain(K::End), InputRequest::GoToEnd, "to the end"),
    (
        Key::plain(K::Delete),
        InputRequest::DeleteNextChar,
        "delete the letter under the cursor",
    ),
    (
        Key::ctrl('w'),
        InputRequest::DeletePrevWord,
        "delete the word before",
    ),
    (
        Key::alt(K::Backspace),
        InputRequest::DeletePrevWord,
        "delete the word before",
    ),
    (
        Key::alt(K::Char('d')),
        InputRequest::DeleteNextWord,
        "delete the word after",
    ),
    (
        Key::ctrl('u'),
        InputRequest::DeleteFromStart,
        "delete to the start",
    ),
    (Key::ctrl('k'), InputRequest::DeleteTillEnd, "delete to the end"),
];
