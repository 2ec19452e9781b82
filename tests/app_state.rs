//! The viewer's state driven by intents, with no terminal: visible events, selection, mode, scroll.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

mod common;

use chronicle::app::keymap::KeyMode;
use chronicle::app::{Action, Screen, StartOptions};
use common::viewer::{
    apply, select_id, selected_id, source_view, type_text, viewer, viewer_searching, viewer_with, visible_ids,
};

#[test]
fn starts_on_the_whole_timeline_with_the_first_event_selected() {
    let app = viewer(100, 30);
    assert_eq!(app.visible.len(), 12);
    assert_eq!(selected_id(&app).as_deref(), Some("xi-putin-welcome-ceremony"));
    assert_eq!(app.key_mode(), KeyMode::List);
    assert_eq!(app.selection.offset, 0);
}

#[test]
fn an_actor_filter_on_a_state_includes_its_members() {
    let mut app = viewer(100, 30);
    apply(&mut app, &[Action::OpenActorFilter]);
    assert_eq!(app.key_mode(), KeyMode::ActorFilter);
    type_text(&mut app, "china");
    apply(&mut app, &[Action::PickerToggle, Action::PickerApply]);
    assert_eq!(app.key_mode(), KeyMode::List);
    let ids = visible_ids(&app);
    assert_eq!(ids.len(), 9);
    assert!(
        ids.contains(&"chinese-embassy-denial".to_owned()),
        "Liu Pengyu belongs to China"
    );
    assert!(
        ids.contains(&"biden-xi-call".to_owned()),
        "Xi Jinping belongs to China"
    );
    assert!(!ids.contains(&"russia-invades-ukraine".to_owned()));
}

#[test]
fn all_selected_actors_answers_what_happened_between_them() {
    let mut app = viewer(100, 30);
    apply(&mut app, &[Action::OpenActorFilter]);
    type_text(&mut app, "united states");
    apply(&mut app, &[Action::PickerToggle]);
    for _ in 0.."united states".len() {
        apply(&mut app, &[Action::DeleteChar]);
    }
    type_text(&mut app, "china");
    apply(
        &mut app,
        &[
            Action::PickerToggle,
            Action::PickerToggleMatch,
            Action::PickerApply,
        ],
    );
    assert_eq!(
        visible_ids(&app),
        [
            "biden-xi-call",
            "sullivan-cnn-interview",
            "sullivan-yang-rome-meeting"
        ]
    );
}

#[test]
fn cancelling_the_actor_filter_changes_nothing() {
    let mut app = viewer(100, 30);
    apply(
        &mut app,
        &[Action::OpenActorFilter, Action::PickerToggle, Action::Back],
    );
    assert!(app.overlay.is_none());
    assert!(app.query.actors.is_empty());
    assert_eq!(app.visible.len(), 12);
}

#[test]
fn filtering_then_clearing_keeps_the_selected_event() {
    let mut app = viewer(100, 30);
    select_id(&mut app, "sullivan-cnn-interview");
    apply(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "sullivan");
    assert_eq!(selected_id(&app).as_deref(), Some("sullivan-cnn-interview"));
    type_text(&mut app, " nothing matches this");
    assert!(app.visible.is_empty());
    assert_eq!(selected_id(&app), None);
    apply(&mut app, &[Action::SearchClear]);
    assert_eq!(app.visible.len(), 12);
    assert_eq!(selected_id(&app).as_deref(), Some("sullivan-cnn-interview"));
}

#[test]
fn a_hidden_selection_moves_to_the_nearest_following_event() {
    let mut app = viewer(100, 30);
    select_id(&mut app, "russia-invades-ukraine");
    apply(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "china");
    apply(&mut app, &[Action::SearchKeep]);
    assert_eq!(selected_id(&app).as_deref(), Some("un-abstentions"));
    assert_eq!(app.query.text, "china");
    assert_eq!(app.key_mode(), KeyMode::List);
}

#[test]
fn search_is_incremental_and_reopening_shows_the_query() {
    let mut app = viewer(100, 30);
    apply(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "r");
    let broad = app.visible.len();
    type_text(&mut app, "ome");
    assert!(app.visible.len() < broad);
    assert_eq!(visible_ids(&app), ["biden-xi-call", "sullivan-yang-rome-meeting"]);
    apply(&mut app, &[Action::SearchKeep, Action::OpenSearch]);
    assert_eq!(app.query.text, "rome");
    apply(&mut app, &[Action::DeleteChar]);
    assert_eq!(app.query.text, "rom");
}

#[test]
fn next_and_previous_match_wrap_around() {
    let mut app = viewer_searching("rome");
    assert_eq!(selected_id(&app).as_deref(), Some("biden-xi-call"));
    apply(&mut app, &[Action::NextMatch]);
    assert_eq!(selected_id(&app).as_deref(), Some("sullivan-yang-rome-meeting"));
    apply(&mut app, &[Action::NextMatch]);
    assert_eq!(selected_id(&app).as_deref(), Some("biden-xi-call"));
    apply(&mut app, &[Action::PreviousMatch]);
    assert_eq!(selected_id(&app).as_deref(), Some("sullivan-yang-rome-meeting"));
}

#[test]
fn jumping_to_the_source_and_back_restores_the_selection() {
    let mut app = viewer(100, 30);
    select_id(&mut app, "sullivan-cnn-interview");
    apply(&mut app, &[Action::OpenSource]);
    let view = source_view(&app);
    assert_eq!(view.excerpt, 0);
    let text = &app.timeline.source(view.source).text;
    assert!(text[view.excerpt_span(&app.timeline)].starts_with("National Security advisor Jake Sullivan"));
    assert_eq!(app.key_mode(), KeyMode::Source);
    apply(&mut app, &[Action::NextExcerpt, Action::NextExcerpt]);
    let view = source_view(&app);
    assert_eq!(view.excerpt, 2);
    apply(
        &mut app,
        &[
            Action::PreviousExcerpt,
            Action::PreviousExcerpt,
            Action::PreviousExcerpt,
        ],
    );
    let view = source_view(&app);
    assert_eq!(view.excerpt, 3, "cycling wraps around");
    apply(&mut app, &[Action::Back]);
    assert!(matches!(app.screen, Screen::Timeline));
    assert_eq!(selected_id(&app).as_deref(), Some("sullivan-cnn-interview"));
}

#[test]
fn the_source_view_scrolls_the_excerpt_into_view() {
    let mut app = viewer(60, 12);
    select_id(&mut app, "sullivan-yang-rome-meeting");
    apply(&mut app, &[Action::OpenSource]);
    let view = source_view(&app);
    let line = view.line_of(view.excerpt_span(&app.timeline).start);
    assert!(
        view.scroll <= line && line < view.scroll + 7,
        "line {line}, scroll {}",
        view.scroll
    );
    assert!(view.scroll > 0);
}

#[test]
fn following_a_cited_passage_selects_the_event_citing_it() {
    let mut app = viewer(100, 30);
    select_id(&mut app, "sullivan-cnn-interview");
    apply(&mut app, &[Action::OpenSource]);
    // The passage after the CNN quotes is the 2021 photo caption.
    let mut steps = 0;
    loop {
        apply(&mut app, &[Action::NextPassage]);
        steps += 1;
        let view = source_view(&app);
        let citing = &view.passages[view.focus].citing;
        if !citing.contains(&view.event) {
            break;
        }
        assert!(steps < 10, "no other passage found");
    }
    apply(&mut app, &[Action::FollowPassage]);
    assert!(matches!(app.screen, Screen::Timeline));
    assert_eq!(
        selected_id(&app).as_deref(),
        Some("sullivan-white-house-briefing")
    );
}

#[test]
fn the_list_scrolls_to_keep_the_selection_visible() {
    let mut app = viewer(60, 12);
    let height = app.list_height();
    apply(&mut app, &[Action::SelectLast]);
    assert_eq!(selected_id(&app).as_deref(), Some("sullivan-yang-rome-meeting"));
    let row = app.rows.row_of_event[app.selection.selected];
    assert!(app.selection.offset <= row && row < app.selection.offset + height);
    assert_eq!(app.selection.offset, app.rows.rows.len() - height);
    apply(&mut app, &[Action::SelectFirst]);
    assert_eq!(app.selection.offset, 0);
    apply(&mut app, &[Action::PageDown]);
    assert_eq!(app.selection.selected, height - 1);
}

#[test]
fn related_events_are_one_key_away() {
    let mut app = viewer(100, 30);
    select_id(&mut app, "biden-xi-call");
    apply(&mut app, &[Action::ToggleFocus]);
    assert_eq!(app.key_mode(), KeyMode::Detail);
    apply(&mut app, &[Action::JumpToRelated(1)]);
    assert_eq!(selected_id(&app).as_deref(), Some("sullivan-yang-rome-meeting"));
    assert_eq!(app.key_mode(), KeyMode::List);
    apply(&mut app, &[Action::JumpToRelated(4)]);
    assert_eq!(app.status.as_deref(), Some("This event has 1 related events"));
}

#[test]
fn a_related_event_hidden_by_filters_clears_them() {
    let mut app = viewer_searching("phone");
    assert_eq!(visible_ids(&app), ["biden-xi-call"]);
    apply(&mut app, &[Action::JumpToRelated(1)]);
    assert_eq!(app.visible.len(), 12);
    assert_eq!(selected_id(&app).as_deref(), Some("sullivan-yang-rome-meeting"));
    assert_eq!(app.status.as_deref(), Some("Filters cleared to show that event"));
}

#[test]
fn escape_closes_one_thing_at_a_time_and_q_quits() {
    let mut app = viewer(100, 30);
    apply(&mut app, &[Action::OpenSource, Action::ToggleHelp]);
    assert_eq!(app.key_mode(), KeyMode::Help);
    apply(&mut app, &[Action::Back]);
    assert_eq!(app.key_mode(), KeyMode::Source);
    apply(&mut app, &[Action::Back]);
    assert_eq!(app.key_mode(), KeyMode::List);
    apply(&mut app, &[Action::Back]);
    assert!(!app.quit);
    apply(&mut app, &[Action::Quit]);
    assert!(app.quit);
}

#[test]
fn command_line_filters_apply_from_the_start() {
    let timeline = common::viewer::viewer(100, 30).timeline;
    let sullivan = timeline.actor_index("sullivan").unwrap();
    let app = viewer_with(
        StartOptions {
            query: chronicle::query::Query {
                actors: vec![sullivan],
                ..Default::default()
            },
            ..StartOptions::default()
        },
        100,
        30,
    );
    assert_eq!(
        visible_ids(&app),
        [
            "sullivan-white-house-briefing",
            "sullivan-cnn-interview",
            "sullivan-yang-rome-meeting"
        ]
    );
}

#[test]
fn resizing_re_wraps_the_source_and_keeps_the_excerpt_in_view() {
    let mut app = viewer(100, 30);
    select_id(&mut app, "sullivan-yang-rome-meeting");
    apply(
        &mut app,
        &[
            Action::OpenSource,
            Action::Resize {
                width: 50,
                height: 14,
            },
        ],
    );
    let view = source_view(&app);
    assert_eq!(view.width, 48);
    let line = view.line_of(view.excerpt_span(&app.timeline).start);
    assert!(view.scroll <= line && line < view.scroll + 9);
}

#[test]
fn mouse_clicks_select_rows_and_the_wheel_scrolls() {
    let mut app = viewer_with(
        StartOptions {
            mouse: true,
            ..StartOptions::default()
        },
        100,
        30,
    );
    // Rows 2 and 3 of the screen are the time ruler, row 5 the list's first row, and row 7 the
    // second event (a gap row between).
    apply(&mut app, &[Action::ClickAt { column: 5, row: 7 }]);
    assert_eq!(
        selected_id(&app).as_deref(),
        Some("sullivan-white-house-briefing")
    );
    apply(
        &mut app,
        &[Action::WheelAt {
            column: 5,
            row: 12,
            down: true,
        }],
    );
    assert_eq!(app.selection.selected, 4);
    apply(&mut app, &[Action::ToggleMouse]);
    assert!(!app.mouse);
}

#[test]
fn the_detail_pane_scrolls_no_further_than_its_text() {
    let mut app = viewer(60, 20);
    select_id(&mut app, "sullivan-cnn-interview");
    apply(&mut app, &[Action::ToggleFocus]);
    for _ in 0..500 {
        apply(&mut app, &[Action::ScrollDown]);
    }
    let furthest = app.detail_scroll;
    assert!(furthest > 0 && furthest < 100, "scrolled to {furthest}");
    apply(&mut app, &[Action::ScrollUp]);
    assert_eq!(app.detail_scroll, furthest - 1);
    apply(&mut app, &[Action::ToggleFocus, Action::SelectNext]);
    assert_eq!(app.detail_scroll, 0, "a new event starts at its top");
}

/// Runs the pending filter slices, counting them.
fn finish_filtering(app: &mut chronicle::app::App) -> usize {
    let mut slices = 0;
    while app.filter_pending() {
        chronicle::app::update(app, Action::AdvanceFilter);
        slices += 1;
    }
    slices
}

#[test]
fn a_filter_in_slices_shows_the_last_result_until_it_is_done_then_the_same_as_at_once() {
    let mut whole = viewer(100, 30);
    let mut sliced = viewer(100, 30);
    sliced.filter_slice = 5;
    for app in [&mut whole, &mut sliced] {
        select_id(app, "sullivan-cnn-interview");
        apply(app, &[Action::OpenSearch]);
    }
    type_text(&mut whole, "ch");
    type_text(&mut sliced, "c");
    // Only the first 5 of 12 events are filtered: the screen still shows all of them.
    assert!(sliced.filter_pending());
    assert_eq!(sliced.visible.len(), 12);
    // The next key starts again from the last complete result (all events), not the partial one.
    type_text(&mut sliced, "h");
    assert_eq!(finish_filtering(&mut sliced), 2, "12 events in slices of 5");
    assert_eq!(visible_ids(&sliced), visible_ids(&whole));
    assert_eq!(selected_id(&sliced), selected_id(&whole));
    // Narrowing the complete result goes in slices of that result.
    type_text(&mut whole, "ina");
    type_text(&mut sliced, "ina");
    finish_filtering(&mut sliced);
    assert!(!whole.filter_pending());
    assert_eq!(visible_ids(&sliced), visible_ids(&whole));
    assert!(!visible_ids(&whole).is_empty() && visible_ids(&whole).len() < 12);
}
