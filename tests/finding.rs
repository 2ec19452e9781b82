//! Finding things in the viewer: the date prompts, the pickers, dates in search, and opening at
//! a place; each agrees with `list` given the same filters.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

mod common;

use chronicle::app::{Action, App, OpenAt, Overlay, StartOptions};
use common::viewer::{apply, screen_text, selected_id, type_text, viewer, viewer_with, visible_ids};
use common::{SAMPLE, chronicle, stdout};

/// The ids `chronicle list` prints for the sample timeline with these flags.
fn listed(flags: &[&str]) -> Vec<String> {
    let mut args = vec!["list", SAMPLE, "--format", "json"];
    args.extend_from_slice(flags);
    let json: serde_json::Value = serde_json::from_str(&stdout(&chronicle(&args))).unwrap();
    let events = json["events"].as_array().unwrap();
    events
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_owned())
        .collect()
}

/// Opens a prompt with `open`, types `text` and presses Enter.
fn prompt(app: &mut App, open: Action, text: &str) {
    apply(app, &[open]);
    type_text(app, text);
    apply(app, &[Action::PromptSubmit]);
}

fn header_filters(app: &App) -> String {
    screen_text(app).lines().nth(1).unwrap().trim_end().to_owned()
}

#[test]
fn the_date_filter_keeps_what_list_keeps_and_marks_possible_matches() {
    let mut app = viewer(100, 30);
    prompt(&mut app, Action::OpenDateFilter, "2022-02-10/2022-02-15");
    assert_eq!(
        visible_ids(&app),
        listed(&["--from", "2022-02-10", "--to", "2022-02-15"])
    );
    assert_eq!(
        visible_ids(&app),
        ["beijing-winter-olympics", "china-asked-russia-to-delay-invasion"]
    );
    assert_eq!(header_filters(&app), "Dates: 10 Feb 2022 – 15 Feb 2022");
    let screen = screen_text(&app);
    assert!(screen.contains("│≤ 20 Feb 2022† ≈✗ China reportedly"), "{screen}");
    assert!(screen.contains("│4–20 Feb 2022†  ✓ Beijing hosts"), "{screen}");
    // The format's other forms, and people's.
    prompt(&mut app, Action::OpenDateFilter, "../2021");
    assert_eq!(visible_ids(&app), listed(&["--to", "2021"]));
    prompt(&mut app, Action::OpenDateFilter, "13 Mar 2022");
    assert_eq!(
        visible_ids(&app),
        listed(&["--from", "2022-03-13", "--to", "2022-03-13"])
    );
    // It combines with the actor filter and the search.
    apply(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "sullivan");
    apply(&mut app, &[Action::SearchKeep]);
    assert_eq!(
        visible_ids(&app),
        listed(&[
            "--from",
            "2022-03-13",
            "--to",
            "2022-03-13",
            "--search",
            "sullivan"
        ])
    );
    // Empty clears it; D clears it too.
    prompt(&mut app, Action::OpenDateFilter, "");
    assert_eq!(visible_ids(&app), listed(&["--search", "sullivan"]));
    prompt(&mut app, Action::OpenDateFilter, "2022");
    apply(&mut app, &[Action::ClearDateFilter]);
    assert_eq!(visible_ids(&app), listed(&["--search", "sullivan"]));
}

#[test]
fn a_date_the_prompt_cannot_read_keeps_it_open_with_the_reason() {
    let mut app = viewer(100, 30);
    prompt(&mut app, Action::OpenDateFilter, "13 Mar");
    match &app.overlay {
        Some(Overlay::Prompt(p)) => assert_eq!(p.error.as_deref(), Some("`13 Mar` needs a year")),
        other => panic!("the prompt is open, not {other:?}"),
    }
    apply(&mut app, &[Action::Back]);
    assert!(app.overlay.is_none());
    assert_eq!(app.visible.len(), 12);
}

#[test]
fn go_to_a_date_moves_the_selection_without_filtering() {
    let mut app = viewer(100, 30);
    prompt(&mut app, Action::OpenGoToDate, "2022-03");
    assert_eq!(app.visible.len(), 12);
    assert_eq!(
        selected_id(&app).as_deref(),
        Some("reports-russia-asked-china-for-equipment")
    );
    prompt(&mut app, Action::OpenGoToDate, "2030");
    assert_eq!(selected_id(&app).as_deref(), Some("sullivan-yang-rome-meeting"));
    assert_eq!(
        app.status.as_deref(),
        Some("No listed event on or after 1 Jan 2030")
    );
}

#[test]
fn as_of_shows_what_a_reader_could_have_known() {
    let mut app = viewer(100, 30);
    prompt(&mut app, Action::OpenAsOf, "2022-03-12");
    assert_eq!(visible_ids(&app), listed(&["--as-of", "2022-03-12"]));
    assert_eq!(header_filters(&app), "As of 12 Mar 2022: what was known then");
    prompt(&mut app, Action::OpenAsOf, "2022-03-13");
    assert_eq!(visible_ids(&app), listed(&["--as-of", "2022-03-13"]));
    assert!(visible_ids(&app).contains(&"sullivan-yang-rome-meeting".to_owned()));
    prompt(&mut app, Action::OpenAsOf, "");
    assert_eq!(app.visible.len(), 12);
}

#[test]
fn the_pickers_filter_as_the_flags_do() {
    let mut app = viewer(100, 30);
    // Status: denied is the fifth row.
    apply(&mut app, &[Action::OpenStatusFilter]);
    apply(&mut app, &[Action::PickerNext; 4]);
    apply(&mut app, &[Action::PickerToggle, Action::PickerApply]);
    assert_eq!(visible_ids(&app), listed(&["--status", "denied"]));
    assert_eq!(header_filters(&app), "Status: denied");
    apply(&mut app, &[Action::ClearAllFilters]);
    // Claims: China, denying.
    apply(&mut app, &[Action::OpenClaimFilter]);
    type_text(&mut app, "china");
    apply(
        &mut app,
        &[
            Action::PickerToggle,
            Action::PickerToggleMatch,
            Action::PickerToggleMatch,
        ],
    );
    apply(&mut app, &[Action::PickerApply]);
    assert_eq!(
        visible_ids(&app),
        listed(&["--claim-by", "china", "--stance", "denies"])
    );
    assert_eq!(header_filters(&app), "Claims: China denies");
    apply(&mut app, &[Action::ClearAllFilters]);
    // Tags: the picker types to narrow.
    apply(&mut app, &[Action::OpenTagFilter]);
    type_text(&mut app, "photo");
    apply(&mut app, &[Action::PickerToggle, Action::PickerApply]);
    assert_eq!(visible_ids(&app), listed(&["--tag", "photo"]));
    apply(&mut app, &[Action::ClearAllFilters]);
    // Sources: the one source, single-source events only.
    apply(
        &mut app,
        &[
            Action::OpenSourceFilter,
            Action::PickerToggle,
            Action::PickerToggleMatch,
        ],
    );
    apply(&mut app, &[Action::PickerApply]);
    assert_eq!(
        visible_ids(&app),
        listed(&["--source", "article", "--single-source"])
    );
    assert_eq!(header_filters(&app), "Sources: article · Single-source events");
    // Reopening a picker shows what is ticked; Esc leaves the filter as it was.
    apply(&mut app, &[Action::OpenSourceFilter]);
    match &app.overlay {
        Some(Overlay::Choice(p)) => assert!(p.list.ticked == [0] && p.single_source),
        other => panic!("the sources picker is open, not {other:?}"),
    }
    apply(&mut app, &[Action::PickerToggle, Action::Back]);
    assert_eq!(header_filters(&app), "Sources: article · Single-source events");
    apply(&mut app, &[Action::ClearAllFilters]);
    assert_eq!(header_filters(&app), "All events");
}

#[test]
fn a_search_that_reads_as_a_date_finds_what_may_fall_on_it() {
    let mut app = viewer(100, 30);
    apply(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "13 Mar 2022");
    assert_eq!(visible_ids(&app), listed(&["--search", "13 Mar 2022"]));
    assert_eq!(app.visible.len(), 5);
    assert_eq!(header_filters(&app), "Search: \"13 Mar 2022\" (a date)");
}

#[test]
fn the_viewer_opens_at_an_event_or_a_date() {
    let at = |at: OpenAt| {
        let options = StartOptions {
            at: Some(at),
            ..StartOptions::default()
        };
        viewer_with(options, 100, 30)
    };
    let timeline = viewer(100, 30).timeline;
    let call = timeline.event_index("biden-xi-call").unwrap();
    assert_eq!(
        selected_id(&at(OpenAt::Event(call))).as_deref(),
        Some("biden-xi-call")
    );
    let day = chrono::NaiveDate::from_ymd_opt(2022, 2, 21).unwrap();
    assert_eq!(
        selected_id(&at(OpenAt::Date(day))).as_deref(),
        Some("russia-invades-ukraine")
    );
    // An event the filters hide: the nearest listed one, and the footer says so.
    let options = StartOptions {
        query: chronicle::query::Query {
            text: "lifeline".into(),
            ..Default::default()
        },
        at: Some(OpenAt::Event(call)),
        ..StartOptions::default()
    };
    let app = viewer_with(options, 100, 30);
    assert_eq!(selected_id(&app).as_deref(), Some("sullivan-cnn-interview"));
    assert_eq!(
        app.status.as_deref(),
        Some("`biden-xi-call` is hidden by the filters; the nearest event is selected")
    );
}

#[test]
fn changing_another_filter_checks_only_the_events_matching_the_search() {
    let mut app = viewer(100, 30);
    app.filter_slice = 1;
    // Counts the slices a change takes: one event (or one text match) per slice.
    let slices = |app: &mut App, actions: &[Action]| {
        apply(app, actions);
        let mut slices = 1;
        while app.filter_pending() {
            apply(app, &[Action::AdvanceFilter]);
            slices += 1;
        }
        slices
    };
    apply(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "beijing");
    while app.filter_pending() {
        apply(&mut app, &[Action::AdvanceFilter]);
    }
    apply(&mut app, &[Action::SearchKeep]);
    let matching = visible_ids(&app);
    assert_eq!(matching, listed(&["--search", "beijing"]));
    // A status filter narrows what is shown; dropping it goes back over the search's matches
    // only, not over all twelve events.
    apply(&mut app, &[Action::OpenStatusFilter, Action::PickerToggle]);
    assert!(slices(&mut app, &[Action::PickerApply]) <= matching.len());
    assert_eq!(
        visible_ids(&app),
        listed(&["--search", "beijing", "--status", "confirmed"])
    );
    prompt(&mut app, Action::OpenAsOf, "2022-03-13");
    while app.filter_pending() {
        apply(&mut app, &[Action::AdvanceFilter]);
    }
    apply(&mut app, &[Action::OpenStatusFilter, Action::PickerToggle]);
    let taken = slices(&mut app, &[Action::PickerApply]);
    assert_eq!(taken, matching.len());
    assert!(taken < app.timeline.events.len());
    assert_eq!(
        visible_ids(&app),
        listed(&["--search", "beijing", "--as-of", "2022-03-13"])
    );
}

#[test]
fn back_and_forward_retrace_every_jump_but_not_filter_changes() {
    let mut app = viewer(100, 30);
    common::viewer::select_id(&mut app, "sullivan-yang-rome-meeting");
    assert!(!app.history.can_go_back());
    // Jump 1: the related event.
    apply(&mut app, &[Action::JumpToRelated(1)]);
    assert_eq!(selected_id(&app).as_deref(), Some("biden-xi-call"));
    // Jump 2: its source. A filter change in between is not a jump.
    prompt(&mut app, Action::OpenAsOf, "2030-01-01");
    apply(&mut app, &[Action::OpenSource]);
    assert!(matches!(app.screen, chronicle::app::Screen::Source(_)));
    // Back twice: the list at the call, then the Rome meeting.
    apply(&mut app, &[Action::HistoryBack]);
    assert!(matches!(app.screen, chronicle::app::Screen::Timeline));
    assert_eq!(selected_id(&app).as_deref(), Some("biden-xi-call"));
    apply(&mut app, &[Action::HistoryBack]);
    assert_eq!(selected_id(&app).as_deref(), Some("sullivan-yang-rome-meeting"));
    assert!(!app.history.can_go_back());
    // Forward twice: the call, then its source again.
    apply(&mut app, &[Action::HistoryForward, Action::HistoryForward]);
    assert!(matches!(app.screen, chronicle::app::Screen::Source(_)));
    assert!(!app.history.can_go_forward());
    // Closing the source, a date jump and a kept search are jumps too.
    apply(&mut app, &[Action::Back]);
    prompt(&mut app, Action::OpenGoToDate, "2016");
    assert_eq!(selected_id(&app).as_deref(), Some("xi-putin-welcome-ceremony"));
    apply(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "lifeline");
    apply(&mut app, &[Action::SearchKeep]);
    assert_eq!(selected_id(&app).as_deref(), Some("sullivan-cnn-interview"));
    apply(&mut app, &[Action::HistoryBack]);
    assert_eq!(selected_id(&app).as_deref(), Some("xi-putin-welcome-ceremony"));
    apply(&mut app, &[Action::HistoryBack]);
    assert_eq!(selected_id(&app).as_deref(), Some("biden-xi-call"));
    // The footer says there is somewhere to go back to.
    let footer = screen_text(&app).lines().last().unwrap().to_owned();
    assert!(footer.contains("Backspace back"), "{footer}");
}
