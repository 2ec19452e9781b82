//! A file with errors opens anyway in the viewer: what could be loaded, the events with
//! problems marked, and a screen of the problems that leads to their events; `check` and `list`
//! stay strict.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on what they rely on.

mod common;

use chronicle::app::{Action, Overlay, StartOptions};
use chronicle::model::{LoadOptions, load_paths};
use common::viewer::{apply, screen_text, selected_id};
use common::{chronicle, code};

const FOUR: &str = "tests/fixtures/four-problems.yaml";

fn lenient() -> LoadOptions {
    LoadOptions {
        keep_broken: true,
        ..LoadOptions::default()
    }
}

#[test]
fn a_broken_file_loads_with_each_error_tied_to_its_event() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FOUR);
    assert!(load_paths(std::slice::from_ref(&path), LoadOptions::default()).is_err());
    let loaded = load_paths(&[path], lenient()).unwrap();
    assert_eq!(loaded.timeline.events.len(), 2);
    let events: Vec<Option<&str>> = loaded.errors.iter().map(|(_, id)| id.as_deref()).collect();
    assert_eq!(
        events,
        [Some("talks"), Some("talks"), Some("talks"), Some("warning")]
    );
    // check and list stay strict.
    assert_eq!(code(&chronicle(&["check", FOUR])), 1);
    assert_eq!(code(&chronicle(&["list", FOUR])), 1);
}

#[test]
fn the_viewer_marks_events_with_problems_and_its_problems_screen_leads_to_them() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FOUR);
    let loaded = load_paths(&[path], lenient()).unwrap();
    let options = StartOptions {
        problems: loaded.errors,
        ..StartOptions::default()
    };
    let size = ratatui::layout::Rect::new(0, 0, 100, 30);
    let mut app = chronicle::app::App::new(loaded.timeline, options, size);
    let screen = screen_text(&app);
    assert!(
        screen.contains("4 problems in the files (! lists them; marked ! in the list)"),
        "{screen}"
    );
    assert!(screen.contains("!~ Talks go ahead"), "{screen}");
    apply(&mut app, &[Action::ToggleProblems]);
    assert!(matches!(app.overlay, Some(Overlay::Problems { cursor: 0 })));
    assert!(screen_text(&app).contains("four-problems.yaml:18:13: error: events[0].status"));
    // The fourth problem is the bad date of `warning`, which takes the date of the event before
    // it in the file (`talks`, 13 March 2022); Enter on it goes there, and its pane says why.
    apply(
        &mut app,
        &[
            Action::Move(chronicle::app::action::Motion::Bottom),
            Action::GoToProblem,
        ],
    );
    assert!(app.overlay.is_none());
    assert_eq!(selected_id(&app).as_deref(), Some("warning"));
    let warning = app.timeline.event_index("warning").unwrap();
    let talks = app.timeline.event_index("talks").unwrap();
    assert_eq!(app.timeline.event(warning).date, app.timeline.event(talks).date);
    let screen = screen_text(&app);
    assert!(
        screen.contains("! 24:11: events[1].date: `2024-05-W2`")
            && screen.contains("Date  not read; listed beside the"),
        "{screen}"
    );
    apply(&mut app, &[Action::ToggleProblems, Action::GoToProblem]);
    assert_eq!(selected_id(&app).as_deref(), Some("talks"));
    // Back returns from the jump.
    apply(&mut app, &[Action::HistoryBack]);
    assert_eq!(selected_id(&app).as_deref(), Some("warning"));
}
