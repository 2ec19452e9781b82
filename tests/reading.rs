//! Reading and moving in the viewer: prompts that edit like a shell, search history, and
//! pickers that match fuzzily and rank what is typed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

mod common;

use chronicle::app::{Action, App, Overlay, StartOptions};
use common::viewer::{apply, type_text, viewer, viewer_of, visible_ids};
use tui_input::InputRequest::{DeleteFromStart, DeletePrevWord, GoToPrevWord, GoToStart};

fn picker_rows(app: &App) -> Vec<String> {
    let Some(Overlay::ActorFilter(picker)) = &app.overlay else {
        panic!("the actor picker is open")
    };
    let entries = picker.entries(&app.timeline);
    entries
        .iter()
        .map(|&a| app.timeline.actor(a).name.clone())
        .collect()
}

#[test]
fn the_search_edits_like_a_shell_line_and_the_filter_follows() {
    let mut app = viewer(100, 30);
    apply(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "sullivan");
    let sullivan = visible_ids(&app);
    // Ctrl-a to the start, then "jake ": one phrase, "jake sullivan".
    apply(&mut app, &[Action::Edit(GoToStart)]);
    type_text(&mut app, "jake ");
    assert_eq!(app.query.text, "jake sullivan");
    let footer = common::viewer::screen_text(&app)
        .lines()
        .last()
        .unwrap()
        .to_owned();
    assert!(footer.starts_with("/jake ▏sullivan"), "{footer}");
    assert!(visible_ids(&app).len() < sullivan.len());
    // Ctrl-w deletes the word before the cursor.
    apply(&mut app, &[Action::Edit(DeletePrevWord)]);
    assert_eq!(app.query.text, "sullivan");
    assert_eq!(visible_ids(&app), sullivan);
    apply(&mut app, &[Action::Edit(GoToPrevWord)]);
    assert_eq!(app.search_line.split_at_cursor(), ("", "sullivan"));
}

#[test]
fn ctrl_p_and_ctrl_n_recall_the_searches_of_the_session() {
    let mut app = viewer(100, 30);
    for search in ["rome", "lifeline"] {
        apply(&mut app, &[Action::OpenSearch, Action::Edit(DeleteFromStart)]);
        type_text(&mut app, search);
        apply(&mut app, &[Action::SearchKeep]);
    }
    apply(
        &mut app,
        &[Action::OpenSearch, Action::SearchClear, Action::OpenSearch],
    );
    apply(&mut app, &[Action::SearchHistory(true)]);
    assert_eq!(app.query.text, "lifeline");
    apply(&mut app, &[Action::SearchHistory(true)]);
    assert_eq!(app.query.text, "rome");
    assert_eq!(visible_ids(&app).len(), 2);
    apply(&mut app, &[Action::SearchHistory(false)]);
    assert_eq!(app.query.text, "lifeline");
    apply(&mut app, &[Action::SearchHistory(false)]);
    assert_eq!(app.query.text, "");
}

#[test]
fn the_actor_picker_takes_spaces_matches_fuzzily_and_puts_the_busier_first() {
    let mut app = viewer_of(
        "tests/fixtures/crowded/timeline.yaml",
        StartOptions::default(),
        100,
        30,
    );
    apply(&mut app, &[Action::OpenActorFilter]);
    type_text(&mut app, "trump");
    assert_eq!(
        picker_rows(&app)[..2],
        ["Donald Trump".to_owned(), "The Trump Organization".to_owned()]
    );
    assert!(picker_rows(&app).contains(&"$TRUMP coin holders".to_owned()));
    apply(
        &mut app,
        &[Action::Edit(tui_input::InputRequest::DeleteFromStart)],
    );
    type_text(&mut app, "jake sul");
    assert_eq!(picker_rows(&app), ["Jake Sullivan"]);
    apply(
        &mut app,
        &[Action::Edit(tui_input::InputRequest::DeleteFromStart)],
    );
    type_text(&mut app, "jsul");
    assert_eq!(picker_rows(&app), ["Jake Sullivan"]);
    // Tab ticks (the binding); Enter applies.
    apply(&mut app, &[Action::PickerToggle, Action::PickerApply]);
    assert_eq!(visible_ids(&app).len(), 3);
}
