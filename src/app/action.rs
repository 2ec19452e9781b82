//! Everything a user can ask of the viewer, one variant per intent.

/// A move within whatever list or text has the keyboard: the same keys everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Motion {
    Down,
    Up,
    PageDown,
    PageUp,
    HalfPageDown,
    HalfPageUp,
    Top,
    Bottom,
}

/// A user intent. Keys, mouse and terminal events are turned into these; `update` carries them out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave chronicle.
    Quit,
    /// Close whatever is open (overlay, source view), or do nothing on the timeline.
    Back,
    /// Stop the process (Ctrl-z) and come back whole on `fg`.
    Suspend,
    /// Move the selection to the next (`true`) or previous period of the ruler: year or month.
    MoveByPeriod(bool),
    /// Filter to the ruler's period that holds the selected event.
    FilterToPeriod,
    /// Open the source at the selected event's excerpt `n` (from 1).
    OpenExcerpt(usize),
    /// Copy the focused quote with its citation.
    CopyExcerpt,
    /// Copy the selected event as Markdown.
    CopyEvent,
    /// Open the selected event in `$VISUAL` or `$EDITOR`.
    EditInEditor,
    /// Open the focused source's web address.
    OpenUrl,
    /// The terminal's owner found no program to open an address with.
    OpenerMissing,
    /// Go back to where the last jump started.
    HistoryBack,
    /// Go forward again after going back.
    HistoryForward,
    /// Move in the list or text that has the keyboard.
    Move(Motion),
    /// Show or hide the key help.
    ToggleHelp,
    /// Show or hide what the timeline records about itself: description, sources, actors.
    ToggleAbout,
    /// Show or hide the problems of a broken file.
    ToggleProblems,
    /// Go to the event of the problem under the cursor.
    GoToProblem,
    /// Turn mouse capture on or off (off lets the terminal select text).
    ToggleMouse,

    /// Select the next event in the list.
    SelectNext,
    /// Select the previous event in the list.
    SelectPrevious,
    /// Move the selection down by a page.
    PageDown,
    /// Move the selection up by a page.
    PageUp,
    /// Move the selection down by half a page.
    HalfPageDown,
    /// Move the selection up by half a page.
    HalfPageUp,
    /// Select the first event.
    SelectFirst,
    /// Select the last event.
    SelectLast,
    /// Switch keyboard focus between the list and the detail pane.
    ToggleFocus,
    /// Scroll the focused text (detail pane, source, help) down a line.
    ScrollDown,
    /// Scroll the focused text up a line.
    ScrollUp,
    /// Scroll the focused text down a page.
    ScrollPageDown,
    /// Scroll the focused text up a page.
    ScrollPageUp,
    /// Select the n-th (1-based) related event of the selected one.
    JumpToRelated(u8),

    /// Open the actor filter.
    OpenActorFilter,
    /// Remove every actor filter.
    ClearActorFilter,
    /// Move the actor filter's cursor down.
    PickerNext,
    /// Move the actor filter's cursor up.
    PickerPrevious,
    /// Tick or untick the actor under the cursor.
    PickerToggle,
    /// Switch between "any selected actor" and "all selected actors".
    PickerToggleMatch,
    /// Apply the ticked actors and close the actor filter.
    PickerApply,

    /// Open the search prompt, showing the current query.
    OpenSearch,
    /// Open the date filter prompt.
    OpenDateFilter,
    /// Drop the date filter.
    ClearDateFilter,
    /// Open the prompt for a date to move the selection to.
    OpenGoToDate,
    /// Open the prompt for the day to read the timeline as of.
    OpenAsOf,
    /// Carry out what the open prompt asks.
    PromptSubmit,
    /// Open the status picker.
    OpenStatusFilter,
    /// Open the picker of who asserts or denies.
    OpenClaimFilter,
    /// Open the tag picker.
    OpenTagFilter,
    /// Open the sources picker, which also counts each source's events.
    OpenSourceFilter,
    /// Drop every filter.
    ClearAllFilters,
    /// Keep the typed search as a filter and close the prompt.
    SearchKeep,
    /// Clear the search and close the prompt.
    SearchClear,
    /// Type a character into the open prompt (search, or the actor filter's narrowing).
    Input(char),
    /// Recall an older (`true`) or newer search from this session's searches.
    SearchHistory(bool),
    /// Edit the text of the open prompt or picker: move the cursor, delete a word…
    Edit(tui_input::InputRequest),
    /// Delete the last character of the open prompt.
    DeleteChar,
    /// Select the next event matching the search.
    NextMatch,
    /// Select the previous event matching the search.
    PreviousMatch,

    /// Open the source view at the selected event's first excerpt.
    OpenSource,
    /// Show the event's next excerpt (across sources).
    NextExcerpt,
    /// Show the event's previous excerpt.
    PreviousExcerpt,
    /// Move to the next passage cited by any event in this source.
    NextPassage,
    /// Move to the previous cited passage.
    PreviousPassage,
    /// Go to the event that cites the passage under focus.
    FollowPassage,

    /// The terminal now has this size.
    Resize { width: u16, height: u16 },
    /// A mouse click on a screen cell: selects the list row there.
    ClickAt { column: u16, row: u16 },
    /// The mouse wheel turned over a screen cell: scrolls the pane there.
    WheelAt { column: u16, row: u16, down: bool },
    /// Apply the next slice of a query still being applied (sent by the event loop between
    /// inputs, so that a long filter never holds up the screen).
    AdvanceFilter,
    /// The detail pane's text takes this many lines as drawn now (sent by the event loop after
    /// each change, so that the pane scrolls no further than the text's end).
    DetailMeasured { lines: usize },
    /// How many lines the open help or about overlay has, and how many show at once.
    OverlayMeasured { lines: usize, height: usize },
}
