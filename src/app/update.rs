//! `update`: the one place the viewer's state changes, one intent at a time.

use ratatui::layout::{Position, Rect};

use tui_input::InputRequest;

use super::action::Motion;
use super::choice_picker::{ChoiceKind, ChoicePicker};
use super::layout::{Areas, inner_height, inner_width};
use super::prompt::PromptKind;
use super::source_view::SourceView;
use super::{Action, App, Focus, Overlay, Screen, TerminalRequest};

/// Carries out `action`. Never panics, never does I/O.
pub fn update(app: &mut App, action: Action) {
    // What the event loop reports, rather than what the user asks, leaves the status line as it is.
    match action {
        Action::AdvanceFilter => return app.advance_filter(),
        Action::DetailMeasured { lines } => {
            app.detail_lines = lines;
            return app.scroll_detail(0);
        }
        Action::OverlayMeasured { lines, height } => {
            if let Some(Overlay::Help { scroll } | Overlay::About { scroll }) = &mut app.overlay {
                *scroll = (*scroll).min(lines.saturating_sub(height));
            }
            return;
        }
        _ => {
            app.status = None;
            app.marked.clear();
        }
    }
    match action {
        Action::Quit => app.quit = true,
        Action::Suspend => app.request = Some(TerminalRequest::Suspend),
        Action::ToggleMouse => {
            app.mouse = !app.mouse;
            app.request = Some(TerminalRequest::SetMouseCapture(app.mouse));
            app.status = Some(
                if app.mouse {
                    "Mouse on"
                } else {
                    "Mouse off: the terminal can select text"
                }
                .into(),
            );
        }
        Action::ToggleHelp => {
            app.overlay = match app.overlay {
                Some(Overlay::Help { .. }) => None,
                _ => Some(Overlay::Help { scroll: 0 }),
            }
        }
        Action::ToggleProblems => {
            app.overlay = match app.overlay {
                Some(Overlay::Problems { .. }) => None,
                _ if app.problems.is_empty() => {
                    app.status = Some("The files have no problems".to_owned());
                    None
                }
                _ => Some(Overlay::Problems { cursor: 0 }),
            }
        }
        Action::GoToProblem => go_to_problem(app),
        Action::ToggleAbout => {
            app.overlay = match app.overlay {
                Some(Overlay::About { .. }) => None,
                _ => Some(Overlay::About { scroll: 0 }),
            }
        }
        Action::Back => back(app),
        Action::Move(motion) => move_in(app, motion),
        Action::CopyExcerpt if app.overlay.is_none() => app.copy_excerpt(),
        Action::CopyEvent if app.overlay.is_none() => app.copy_event(),
        Action::OpenUrl if app.overlay.is_none() => app.open_url(),
        Action::EditInEditor if app.overlay.is_none() => edit_in_editor(app),
        Action::OpenerMissing => {
            let url = app.focused_url().unwrap_or_default();
            app.opener_missing(&url);
        }
        Action::HistoryBack if app.overlay.is_none() => app.go_back(),
        Action::HistoryForward if app.overlay.is_none() => app.go_forward(),
        Action::Resize { width, height } => resize(app, Rect::new(0, 0, width, height)),
        Action::ClickAt { column, row } => click(app, Position::new(column, row)),
        Action::WheelAt { column, row, down } => wheel(app, Position::new(column, row), down),
        _ => match app.overlay {
            Some(Overlay::ActorFilter(_)) => actor_filter(app, action),
            Some(Overlay::Search) => search(app, action),
            Some(Overlay::Prompt(_)) => prompt(app, action),
            Some(Overlay::Choice(_)) => choice(app, action),
            Some(Overlay::Help { .. } | Overlay::About { .. } | Overlay::Problems { .. }) => {
                scroll_or_move(app, action);
            }
            None => screen(app, action),
        },
    }
}

fn back(app: &mut App) {
    match (&app.overlay, &app.screen) {
        (Some(Overlay::Search), _) => app.clear_search(),
        (Some(_), _) => app.overlay = None,
        (None, Screen::Source(_)) => close_source(app),
        (None, Screen::Timeline) if app.focus == Focus::Detail => app.focus = Focus::List,
        (None, Screen::Timeline) => app.status = Some("Nothing to close: q quits".to_owned()),
    }
}

fn actor_filter(app: &mut App, action: Action) {
    match action {
        Action::PickerNext => app.with_picker(|p, t| p.move_cursor(1, t)),
        Action::PickerPrevious => app.with_picker(|p, t| p.move_cursor(-1, t)),
        Action::PickerToggle => app.with_picker(|p, t| p.toggle_under_cursor(t)),
        Action::PickerToggleMatch => app.with_picker(|p, _| p.toggle_matching()),
        Action::Input(c) => app.with_picker(|p, _| p.list.edit(InputRequest::InsertChar(c))),
        Action::DeleteChar => app.with_picker(|p, _| p.list.edit(InputRequest::DeletePrevChar)),
        Action::Edit(request) => app.with_picker(|p, _| p.list.edit(request)),
        Action::PickerApply => app.apply_actor_filter(),
        _ => {}
    }
}

fn prompt(app: &mut App, action: Action) {
    match action {
        Action::Input(c) => app.edit_prompt(InputRequest::InsertChar(c)),
        Action::DeleteChar => app.edit_prompt(InputRequest::DeletePrevChar),
        Action::Edit(request) => app.edit_prompt(request),
        Action::PromptSubmit => app.submit_prompt(),
        _ => {}
    }
}

fn choice(app: &mut App, action: Action) {
    match action {
        Action::PickerNext => app.with_choice(|p| p.move_cursor(1)),
        Action::PickerPrevious => app.with_choice(|p| p.move_cursor(-1)),
        Action::PickerToggle => app.with_choice(ChoicePicker::toggle_under_cursor),
        Action::PickerToggleMatch => app.with_choice(ChoicePicker::cycle_option),
        Action::Input(c) => app.with_choice(|p| p.list.edit(InputRequest::InsertChar(c))),
        Action::DeleteChar => app.with_choice(|p| p.list.edit(InputRequest::DeletePrevChar)),
        Action::Edit(request) => app.with_choice(|p| p.list.edit(request)),
        Action::PickerApply => app.apply_choice(),
        _ => {}
    }
}

fn search(app: &mut App, action: Action) {
    match action {
        Action::Input(c) => app.edit_search(InputRequest::InsertChar(c)),
        Action::DeleteChar => app.edit_search(InputRequest::DeletePrevChar),
        Action::Edit(request) => app.edit_search(request),
        Action::SearchHistory(older) => app.recall_search(older),
        Action::SearchKeep => app.keep_search(),
        Action::SearchClear => app.clear_search(),
        Action::SelectNext => app.move_selection(1),
        Action::SelectPrevious => app.move_selection(-1),
        _ => {}
    }
}

fn screen(app: &mut App, action: Action) {
    if scroll_or_move(app, action) {
        return;
    }
    match action {
        Action::ToggleFocus => {
            app.focus = match app.focus {
                Focus::List => Focus::Detail,
                Focus::Detail => Focus::List,
            }
        }
        Action::JumpToRelated(n) => app.jump_to_related(n),
        Action::OpenActorFilter => app.open_actor_filter(),
        Action::ClearActorFilter => app.clear_actor_filter(),
        Action::OpenSearch if matches!(app.screen, Screen::Source(_)) => {
            app.open_prompt(PromptKind::Find);
        }
        Action::OpenSearch => app.open_search(),
        Action::OpenDateFilter => app.open_prompt(PromptKind::DateFilter),
        Action::MoveByPeriod(forward) => app.move_by_period(forward),
        Action::FilterToPeriod => app.filter_to_period(),
        Action::ClearDateFilter => app.clear_date_filter(),
        Action::OpenGoToDate => app.open_prompt(PromptKind::GoToDate),
        Action::OpenAsOf => app.open_prompt(PromptKind::AsOf),
        Action::OpenStatusFilter => app.open_choice(ChoiceKind::Status),
        Action::OpenClaimFilter => app.open_choice(ChoiceKind::Claims),
        Action::OpenTagFilter => app.open_choice(ChoiceKind::Tags),
        Action::OpenSourceFilter => app.open_choice(ChoiceKind::Sources),
        Action::ClearAllFilters => app.clear_all_filters(),
        Action::NextMatch | Action::PreviousMatch if matches!(app.screen, Screen::Source(_)) => {
            app.step_find(action == Action::NextMatch);
        }
        Action::NextMatch => app.next_match(true),
        Action::PreviousMatch => app.next_match(false),
        Action::OpenSource => open_source(app),
        Action::OpenExcerpt(n) => {
            open_source(app);
            cycle_excerpt(app, n.saturating_sub(1) as isize);
        }
        Action::NextExcerpt => cycle_excerpt(app, 1),
        Action::PreviousExcerpt => cycle_excerpt(app, -1),
        Action::NextPassage => move_passage(app, 1),
        Action::PreviousPassage => move_passage(app, -1),
        Action::FollowPassage => follow_passage(app),
        _ => {}
    }
}

/// The movement intents; returns whether `action` was one.
fn scroll_or_move(app: &mut App, action: Action) -> bool {
    match action {
        Action::SelectNext => app.move_selection(1),
        Action::SelectPrevious => app.move_selection(-1),
        Action::PageDown => app.move_selection(app.page()),
        Action::PageUp => app.move_selection(-app.page()),
        Action::HalfPageDown => app.move_selection((app.page() / 2).max(1)),
        Action::HalfPageUp => app.move_selection(-(app.page() / 2).max(1)),
        Action::SelectFirst => app.select_position(0),
        Action::SelectLast => app.select_position(app.visible.len().saturating_sub(1)),
        Action::ScrollDown => app.scroll_text(1),
        Action::ScrollUp => app.scroll_text(-1),
        Action::ScrollPageDown => app.scroll_text(app.text_page()),
        Action::ScrollPageUp => app.scroll_text(-app.text_page()),
        _ => return false,
    }
    true
}

fn source_size(app: &App) -> (usize, usize) {
    app.source_size()
}

impl App {
    /// The width and height of the source view's text.
    pub(super) fn source_size(&self) -> (usize, usize) {
        let area = Areas::compute(self.size).source;
        (inner_width(area).max(1), inner_height(area))
    }
}

fn open_source(app: &mut App) {
    let Some(event) = app.selected_event() else {
        app.status = Some("No event selected".to_owned());
        return;
    };
    let (width, height) = source_size(app);
    match SourceView::open(&app.timeline, event, 0, width, height) {
        Some(view) => {
            app.before_jump();
            app.screen = Screen::Source(view);
        }
        None => app.status = Some("This event has no excerpt to show".to_owned()),
    }
}

fn close_source(app: &mut App) {
    if let Screen::Source(view) = &app.screen {
        let event = view.event;
        app.before_jump();
        app.screen = Screen::Timeline;
        app.go_to_event(event);
    }
}

fn cycle_excerpt(app: &mut App, delta: isize) {
    let (width, height) = source_size(app);
    let Screen::Source(view) = &app.screen else { return };
    let count = app.timeline.event(view.event).excerpts.len();
    let next = (view.excerpt as isize + delta).rem_euclid(count.max(1) as isize) as usize;
    if let Some(mut new_view) = SourceView::open(&app.timeline, view.event, next, width, height) {
        // The find stays when the same source is shown.
        if new_view.source == view.source {
            new_view.matches = view.matches.clone();
            new_view.current_match = view.current_match;
        }
        app.status = Some(format!("Excerpt {} of {count}", next + 1));
        app.screen = Screen::Source(new_view);
    }
}

fn move_passage(app: &mut App, delta: isize) {
    let (_, height) = source_size(app);
    if let Screen::Source(view) = &mut app.screen {
        view.move_focus(delta, height);
    }
}

fn follow_passage(app: &mut App) {
    let Screen::Source(view) = &app.screen else { return };
    let Some(passage) = view.passages.get(view.focus) else {
        return;
    };
    let target = passage
        .citing
        .iter()
        .copied()
        .find(|&e| e != view.event)
        .unwrap_or(view.event);
    app.before_jump();
    app.screen = Screen::Timeline;
    app.go_to_event(target);
    app.after_jump();
}

fn resize(app: &mut App, size: Rect) {
    app.size = size;
    let (width, height) = source_size(app);
    if let Screen::Source(view) = &mut app.screen {
        view.relayout(&app.timeline, width, height);
    }
    app.scroll_selection_into_view();
}

fn click(app: &mut App, at: Position) {
    let areas = Areas::compute(app.size);
    if app.overlay.is_none() && matches!(app.screen, Screen::Source(_)) && areas.source.contains(at) {
        return click_passage(app, at, areas.source);
    }
    if app.overlay.is_some() || !matches!(app.screen, Screen::Timeline) || !areas.list.contains(at) {
        return;
    }
    let row = app.selection.offset + usize::from(at.y.saturating_sub(areas.list.y + 1));
    if let Some(super::rows::Row::Event(position)) = app.rows.rows.get(row) {
        app.focus = Focus::List;
        app.select_position(*position);
    }
}

/// A click on a passage other events cite: focus it and go to the event citing it.
fn click_passage(app: &mut App, at: Position, area: Rect) {
    let Screen::Source(view) = &mut app.screen else {
        return;
    };
    if at.y <= area.y || at.x <= area.x {
        return;
    }
    let line = view.scroll + usize::from(at.y - area.y - 1);
    let Some(range) = view.lines.get(line).cloned() else {
        return;
    };
    let text = &app.timeline.source(view.source).text[range.clone()];
    let column = usize::from(at.x - area.x - 1);
    let offset = range.start + crate::width::byte_at_column(text, column);
    let Some(passage) = view.passages.iter().position(|p| p.span.contains(&offset)) else {
        return;
    };
    view.focus = passage;
    follow_passage(app);
}

fn wheel(app: &mut App, at: Position, down: bool) {
    let areas = Areas::compute(app.size);
    let step = if down { 3 } else { -3 };
    match &app.overlay {
        Some(Overlay::Help { .. } | Overlay::About { .. }) => return app.scroll_text(step),
        Some(Overlay::ActorFilter(_)) => return app.with_picker(|p, t| p.move_cursor(step, t)),
        Some(Overlay::Choice(_)) => return app.with_choice(|p| p.move_cursor(step)),
        Some(Overlay::Problems { .. }) => return move_in(app, if down { Motion::Down } else { Motion::Up }),
        Some(Overlay::Search | Overlay::Prompt(_)) | None => {}
    }
    if app.overlay.is_some() {
        return;
    }
    match &app.screen {
        Screen::Source(_) => app.scroll_text(step),
        Screen::Timeline if areas.list.contains(at) => app.move_selection(step),
        Screen::Timeline if areas.detail.contains(at) => app.scroll_detail(step),
        Screen::Timeline => {}
    }
}

/// Moves in what has the keyboard: an overlay's text or rows, the source, the detail pane or
/// the list.
fn move_in(app: &mut App, motion: Motion) {
    let text_page = app.text_page();
    let by = |page: isize| match motion {
        Motion::Down => 1,
        Motion::Up => -1,
        Motion::PageDown => page,
        Motion::PageUp => -page,
        Motion::HalfPageDown => (page / 2).max(1),
        Motion::HalfPageUp => -(page / 2).max(1),
        Motion::Top => isize::MIN / 2,
        Motion::Bottom => isize::MAX / 2,
    };
    match &app.overlay {
        Some(Overlay::Help { .. } | Overlay::About { .. }) => app.scroll_text(by(text_page)),
        Some(Overlay::ActorFilter(_)) => {
            let page = app.picker_page();
            app.with_picker(|p, t| p.move_cursor(by(page), t));
        }
        Some(Overlay::Choice(_)) => {
            let page = app.picker_page();
            app.with_choice(|p| p.move_cursor(by(page)));
        }
        Some(Overlay::Problems { .. }) => {
            let count = app.problems.len();
            if let Some(Overlay::Problems { cursor }) = &mut app.overlay {
                *cursor = cursor.saturating_add_signed(by(10)).min(count.saturating_sub(1));
            }
        }
        Some(Overlay::Search | Overlay::Prompt(_)) => {}
        None => match (&app.screen, app.focus) {
            (Screen::Timeline, Focus::List) => match motion {
                Motion::Top => app.select_position(0),
                Motion::Bottom => app.select_position(app.visible.len().saturating_sub(1)),
                _ => app.move_selection(by(app.page())),
            },
            _ => app.scroll_text(by(text_page)),
        },
    }
}

/// `e`: the selected event in the user's editor, or how to get an editable copy.
fn edit_in_editor(app: &mut App) {
    if !app.editable {
        app.status = Some(
            "The bundled timeline is built into chronicle: `chronicle init FOLDER` writes an editable copy"
                .to_owned(),
        );
        return;
    }
    let event = match &app.screen {
        Screen::Source(view) => Some(view.event),
        Screen::Timeline => app.selected_event(),
    };
    match event {
        Some(event) => {
            let id = app.timeline.event(event).id().to_owned();
            app.request = Some(TerminalRequest::EditEvent(id));
        }
        None => app.status = Some("No event selected".to_owned()),
    }
}

/// Enter on the problems screen: the problem's event selected, the screen closed.
fn go_to_problem(app: &mut App) {
    let Some(Overlay::Problems { cursor }) = app.overlay else {
        return;
    };
    match app.problems.get(cursor).and_then(|p| p.event) {
        Some(event) => {
            app.overlay = None;
            app.before_jump();
            app.go_to_event(event);
            app.after_jump();
        }
        None => app.status = Some("This problem is not about one event".to_owned()),
    }
}
