//! The viewer's state and everything that changes it; no terminal I/O here.

pub mod action;
mod bindings;
pub mod checklist;
pub mod choice_picker;
pub mod copying;
mod filter_job;
mod filtering;
pub mod fuzzy;
pub mod history;
pub mod keymap;
pub(crate) mod layout;
pub mod line;
mod navigation;
pub(crate) mod picker;
pub mod prompt;
pub mod reload;
pub(crate) mod rows;
pub mod ruler;
pub(crate) mod selection;
pub mod source_view;
mod update;
pub(crate) mod wrap;

use ratatui::layout::Rect;

pub use action::Action;
use keymap::KeyMode;
use picker::ActorPicker;
use rows::Rows;
use selection::Selection;
use source_view::SourceView;
pub use update::update;

use crate::model::{ActorIndex, EventIndex, Timeline};
use crate::query::{Query, SearchIndex};

/// The base screen: the timeline (list and detail) or the source view.
#[derive(Debug, Clone)]
pub enum Screen {
    Timeline,
    Source(SourceView),
}

/// What is drawn over the screen and has the keyboard while open.
#[derive(Debug, Clone)]
pub enum Overlay {
    ActorFilter(ActorPicker),
    /// The search prompt; the query is applied as it is typed.
    Search,
    /// A date prompt: applied on Enter.
    Prompt(prompt::Prompt),
    /// A picker for status, claims, tags or sources.
    Choice(choice_picker::ChoicePicker),
    Help {
        scroll: usize,
    },
    /// The timeline's description, sources and actors in full.
    About {
        scroll: usize,
    },
    /// The errors of a broken file, one per row; Enter goes to the event of the one under the
    /// cursor.
    Problems {
        cursor: usize,
    },
}

/// Which pane of the timeline screen has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Detail,
}

/// Something only the terminal's owner can do, asked for by `update`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TerminalRequest {
    Suspend,
    SetMouseCapture(bool),
    /// Put this text on the clipboard (OSC 52).
    Copy(String),
    /// Open this web address with the system's opener.
    Open(String),
    /// Open the event with this id in the user's editor, then load the files again.
    EditEvent(String),
}

/// How the viewer starts: filters from the command line, mouse capture.
#[derive(Debug, Clone, Default)]
pub struct StartOptions {
    /// The filters to open with (`--actor`, `--search`, `--from`…).
    pub query: Query,
    /// The event to select first (`--at`).
    pub at: Option<OpenAt>,
    /// Whether the timeline comes from files the user can edit (not the bundled one).
    pub editable: bool,
    pub mouse: bool,
    /// The errors of a broken file opened anyway, each with its event's id if it is about one.
    pub problems: Vec<(crate::model::Diagnostic, Option<String>)>,
}

/// An error of a broken file opened anyway: its located line, and the event it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// `FILE:LINE:COL: error: message`.
    pub text: String,
    /// `LINE:COL: message`, for where the file is known (the event's own pane).
    pub short: String,
    pub hint: Option<String>,
    pub event: Option<EventIndex>,
    /// Whether this is the event's date, unread (the event then shows a neighbour's date).
    pub date_unread: bool,
}

/// Whether a diagnostic's message is about an event's own date (`events[3].date: …`).
fn is_event_date(message: &str) -> bool {
    message
        .split_once(": ")
        .is_some_and(|(path, _)| path.starts_with("events[") && path.ends_with("].date"))
}

/// Where to put the selection: on an event, or on the first event on or after a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenAt {
    Event(EventIndex),
    Date(chrono::NaiveDate),
}

#[derive(Debug, Clone)]
pub struct App {
    pub timeline: Timeline,
    /// The timeline's searchable text, lowercased once.
    pub index: SearchIndex,
    pub query: Query,
    /// The query `visible` was computed for.
    filtered_by: Query,
    /// The events passing the query, in timeline order.
    pub visible: Vec<EventIndex>,
    pub rows: Rows,
    pub selection: Selection,
    /// The last event that was selected, kept while filters hide everything.
    pub remembered: Option<EventIndex>,
    pub focus: Focus,
    pub detail_scroll: usize,
    /// How many lines the detail pane's text takes, as last measured where it is drawn.
    pub detail_lines: usize,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    /// The terminal's size, as last reported.
    pub size: Rect,
    pub mouse: bool,
    /// A one-line message for the footer, cleared by the next action.
    pub status: Option<String>,
    pub quit: bool,
    pub request: Option<TerminalRequest>,
    /// For each actor, how many events involve it or its members.
    pub actor_event_counts: Vec<usize>,
    /// Each event's date width, for building rows without formatting dates.
    date_widths: Vec<u8>,
    /// The query being applied, when it takes more than one slice.
    filter_job: Option<filter_job::FilterJob>,
    /// Whether the timeline comes from files `e` can open in an editor.
    pub editable: bool,
    /// The errors of the files as opened (a broken file is shown anyway): each line, and the
    /// event it is about. Cleared by a reload that loads.
    pub problems: Vec<Problem>,
    /// The timeline the last reload replaced, freed once the viewer is idle.
    retired: Option<Timeline>,
    /// Why the last reload failed, shown until a reload succeeds.
    pub reload_banner: Option<reload::ReloadBanner>,
    /// Events added or changed by the last reload, marked until the next key.
    pub marked: std::collections::HashSet<EventIndex>,
    /// The listed events' spread over time, for the ruler.
    pub ruler: ruler::Ruler,
    /// Back and forward across jumps.
    pub history: history::History,
    /// Where the reader was when the search prompt opened.
    search_origin: Option<history::Place>,
    /// The search prompt's text and cursor; the query's text follows it.
    pub search_line: line::TextLine,
    /// This session's searches, oldest first, and which one Ctrl-p last recalled.
    search_history: Vec<String>,
    search_recalled: Option<usize>,
    /// The events matching the last search text scanned for, to filter again without a scan.
    text_matches: filter_job::TextMatches,
    /// Events filtered per slice ([`filter_job::FILTER_SLICE`]; tests make it small).
    pub filter_slice: usize,
}

impl App {
    pub fn new(timeline: Timeline, options: StartOptions, size: Rect) -> Self {
        let actor_event_counts = count_events_per_actor(&timeline);
        let query = options.query;
        let index = SearchIndex::build(&timeline);
        let date_widths = rows::date_widths(&timeline);
        let timeline_len = timeline.events.len();
        let mut app = App {
            timeline,
            index,
            query,
            // The default query passes every event.
            filtered_by: Query::default(),
            visible: (0..timeline_len as u32).map(EventIndex).collect(),
            rows: Rows::default(),
            selection: Selection::default(),
            remembered: None,
            focus: Focus::List,
            detail_scroll: 0,
            detail_lines: 0,
            screen: Screen::Timeline,
            overlay: None,
            size,
            mouse: options.mouse,
            status: None,
            quit: false,
            request: None,
            actor_event_counts,
            date_widths,
            filter_job: None,
            text_matches: filter_job::TextMatches::default(),
            history: history::History::default(),
            ruler: ruler::Ruler::default(),
            reload_banner: None,
            retired: None,
            editable: options.editable,
            problems: Vec::new(),
            marked: std::collections::HashSet::new(),
            search_origin: None,
            search_line: line::TextLine::default(),
            search_history: Vec::new(),
            search_recalled: None,
            filter_slice: filter_job::FILTER_SLICE,
        };
        // The first result is complete before the first frame (this runs while loading).
        app.refilter();
        app.finish_filter();
        if let Some(at) = options.at {
            app.select_at(at);
        }
        app.problems = options
            .problems
            .iter()
            .map(|(diagnostic, event)| Problem {
                text: diagnostic
                    .to_string()
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .to_owned(),
                short: format!(
                    "{}:{}: {}",
                    diagnostic.line, diagnostic.column, diagnostic.message
                ),
                hint: diagnostic.hint.clone(),
                date_unread: is_event_date(&diagnostic.message),
                event: event.as_deref().and_then(|id| app.timeline.event_index(id)),
            })
            .collect();
        app
    }

    /// Whether the event has a problem in the files.
    pub fn has_problem(&self, event: EventIndex) -> bool {
        self.problems.iter().any(|p| p.event == Some(event))
    }

    /// Whether the event's date could not be read (it is listed with a neighbour's date).
    pub fn date_unread(&self, event: EventIndex) -> bool {
        self.problems
            .iter()
            .any(|p| p.event == Some(event) && p.date_unread)
    }

    /// The bindings that apply now.
    pub fn key_mode(&self) -> KeyMode {
        match (&self.overlay, &self.screen, self.focus) {
            (Some(Overlay::ActorFilter(_)), ..) => KeyMode::ActorFilter,
            (Some(Overlay::Search), ..) => KeyMode::Search,
            (Some(Overlay::Prompt(_)), ..) => KeyMode::Prompt,
            (Some(Overlay::Choice(_)), ..) => KeyMode::Choice,
            (Some(Overlay::Help { .. }), ..) => KeyMode::Help,
            (Some(Overlay::About { .. }), ..) => KeyMode::About,
            (Some(Overlay::Problems { .. }), ..) => KeyMode::Problems,
            (None, Screen::Source(_), _) => KeyMode::Source,
            (None, Screen::Timeline, Focus::List) => KeyMode::List,
            (None, Screen::Timeline, Focus::Detail) => KeyMode::Detail,
        }
    }

    /// The selected event, if any event is visible.
    pub fn selected_event(&self) -> Option<EventIndex> {
        self.visible.get(self.selection.selected).copied()
    }
}

/// One pass over the events: each counts once for every actor it involves, groups included.
pub(super) fn count_events_per_actor(timeline: &Timeline) -> Vec<usize> {
    let groups: Vec<Vec<ActorIndex>> = (0..timeline.actors.len())
        .map(|a| timeline.groups_of(ActorIndex(a as u32)))
        .collect();
    let mut counts = vec![0; timeline.actors.len()];
    // The last event counted for each actor, so an event counts once however many members it has.
    let mut counted_for: Vec<Option<usize>> = vec![None; timeline.actors.len()];
    for (e, event) in timeline.events.iter().enumerate() {
        for participant in &event.actors {
            for group in &groups[participant.actor.0 as usize] {
                let slot = group.0 as usize;
                if counted_for[slot] != Some(e) {
                    counted_for[slot] = Some(e);
                    counts[slot] += 1;
                }
            }
        }
    }
    counts
}
