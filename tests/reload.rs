//! Reloads injected into the viewer as the watcher would deliver them: what is kept, what is
//! said, what is marked, and the banner of a failed reload.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on what they rely on.

mod common;

use chronicle::app::reload::ReloadResult;
use chronicle::app::{Action, App};
use chronicle::model::{Input, TextsInMemory, load_inputs};
use common::viewer::{apply, screen_text, select_id, selected_id, type_text, viewer};

const SAMPLE: &str = include_str!("fixtures/sample/timeline.yaml");
const ARTICLE: &str = include_str!("fixtures/sample/article.txt");

/// What loading `yaml` gives, as the watcher would hand it over (no file is read).
fn loaded(yaml: String) -> ReloadResult {
    load_inputs(vec![Input {
        name: "timeline.yaml".into(),
        text: yaml,
        texts: Box::new(TextsInMemory::new([("article.txt", ARTICLE)])),
    }])
}

/// The sample with the call retitled, the Olympics removed and an event added at the end.
fn edited() -> String {
    let retitled = SAMPLE.replace("title: Biden and Xi speak by phone", "title: Biden and Xi talk");
    let start = retitled.find("  - id: beijing-winter-olympics").unwrap();
    let end = retitled
        .find("  - id: china-asked-russia-to-delay-invasion")
        .unwrap();
    let mut yaml = format!("{}{}", &retitled[..start], &retitled[end..]);
    yaml = yaml.replace(
        "related: [beijing-winter-olympics, russia-invades-ukraine]",
        "related: [russia-invades-ukraine]",
    );
    yaml.push_str(
        "\n  - id: rome-talks-held\n    date: \"2022-03-15\"\n    title: The Rome talks are held\n    \
         status: reported\n    excerpts:\n      - source: article\n        quote: Yang Jiechi in Rome\n",
    );
    yaml
}

fn marked_ids(app: &App) -> Vec<String> {
    let mut ids: Vec<String> = app
        .marked
        .iter()
        .map(|&e| app.timeline.event(e).id().to_owned())
        .collect();
    ids.sort();
    ids
}

#[test]
fn a_reload_keeps_the_selection_and_filters_says_what_changed_and_marks_it() {
    let mut app = viewer(100, 30);
    apply(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "a");
    apply(&mut app, &[Action::SearchKeep]);
    select_id(&mut app, "sullivan-cnn-interview");
    let position_before = app.selection.selected;
    app.apply_reload(loaded(edited()));
    assert_eq!(selected_id(&app).as_deref(), Some("sullivan-cnn-interview"));
    assert_eq!(app.query.text, "a");
    assert_eq!(app.timeline.events.len(), 12);
    // Changed: the retitled call, and the event whose related list lost the Olympics.
    assert_eq!(
        app.status.as_deref(),
        Some("reloaded: 1 added, 2 changed, 1 removed")
    );
    assert_eq!(
        marked_ids(&app),
        [
            "biden-xi-call",
            "china-asked-russia-to-delay-invasion",
            "rome-talks-held"
        ]
    );
    assert!(screen_text(&app).contains("• Biden and Xi talk"));
    // The selection moved up one row, as one event before it went away.
    assert_eq!(app.selection.selected, position_before - 1);
    // The marks last until the next key.
    apply(&mut app, &[Action::Move(chronicle::app::action::Motion::Down)]);
    assert!(app.marked.is_empty());
}

#[test]
fn a_failed_reload_shows_a_banner_over_the_last_good_timeline_until_it_loads() {
    let mut app = viewer(100, 30);
    select_id(&mut app, "sullivan-yang-rome-meeting");
    let broken = SAMPLE.replace(
        "Sullivan also confirmed he would meet",
        "Sullivan also confirmed he will meet",
    );
    app.apply_reload(loaded(broken));
    let banner = app.reload_banner.clone().expect("a banner");
    assert_eq!(banner.first.len(), 1);
    assert!(
        banner.first[0].starts_with("timeline.yaml:")
            && banner.first[0].contains("error: events[11].excerpts[1].quote"),
        "{banner:?}"
    );
    assert_eq!(banner.more, 0);
    assert_eq!(selected_id(&app).as_deref(), Some("sullivan-yang-rome-meeting"));
    assert_eq!(app.timeline.events.len(), 12);
    let screen = screen_text(&app);
    assert!(screen.contains("Reload failed"), "{screen}");
    assert!(screen.contains("error: events[11].excerpts[1].quote"), "{screen}");
    // A half-written file is one more failure; fixing the file clears the banner.
    app.apply_reload(loaded(SAMPLE[..SAMPLE.len() / 2].to_owned()));
    assert!(app.reload_banner.is_some());
    app.apply_reload(loaded(SAMPLE.to_owned()));
    assert!(app.reload_banner.is_none());
    assert_eq!(selected_id(&app).as_deref(), Some("sullivan-yang-rome-meeting"));
    assert_eq!(
        app.status.as_deref(),
        Some("reloaded: 0 added, 0 changed, 0 removed")
    );
}

#[test]
fn history_and_the_source_view_survive_a_reload() {
    let mut app = viewer(100, 30);
    select_id(&mut app, "sullivan-yang-rome-meeting");
    apply(&mut app, &[Action::JumpToRelated(1), Action::OpenSource]);
    app.apply_reload(loaded(edited()));
    let chronicle::app::Screen::Source(view) = &app.screen else {
        panic!("the source stays open")
    };
    assert_eq!(app.timeline.event(view.event).id(), "biden-xi-call");
    apply(&mut app, &[Action::HistoryBack, Action::HistoryBack]);
    assert_eq!(selected_id(&app).as_deref(), Some("sullivan-yang-rome-meeting"));
}

#[test]
fn a_reload_whose_source_points_outside_the_folder_is_refused_like_any_failure() {
    let folder = std::env::temp_dir().join(format!("chronicle-reload-outside-{}", std::process::id()));
    let inner = folder.join("timeline");
    std::fs::create_dir_all(&inner).unwrap();
    std::fs::write(inner.join("article.txt"), ARTICLE).unwrap();
    std::fs::write(folder.join("elsewhere.txt"), ARTICLE).unwrap();
    let file = inner.join("timeline.yaml");
    std::fs::write(&file, SAMPLE).unwrap();
    let options = chronicle::model::LoadOptions::default();
    let mut app = viewer(100, 30);
    app.apply_reload(chronicle::model::load_paths(std::slice::from_ref(&file), options));
    assert!(app.reload_banner.is_none());
    std::fs::write(
        &file,
        SAMPLE.replace("text: article.txt", "text: ../elsewhere.txt"),
    )
    .unwrap();
    app.apply_reload(chronicle::model::load_paths(std::slice::from_ref(&file), options));
    let banner = app.reload_banner.clone().expect("refused");
    assert!(
        banner.first[0].contains("is outside the timeline's folder"),
        "{banner:?}"
    );
    let _ = std::fs::remove_dir_all(&folder);
}

#[test]
fn e_asks_for_the_editor_on_files_and_says_how_on_the_bundled_timeline() {
    let mut app = viewer(100, 30);
    select_id(&mut app, "biden-xi-call");
    apply(&mut app, &[Action::EditInEditor]);
    assert!(app.request.is_none());
    assert!(
        app.status
            .as_deref()
            .unwrap()
            .starts_with("The bundled timeline is built into chronicle")
    );
    let options = chronicle::app::StartOptions {
        editable: true,
        ..chronicle::app::StartOptions::default()
    };
    let mut app = common::viewer::viewer_with(options, 100, 30);
    select_id(&mut app, "biden-xi-call");
    apply(&mut app, &[Action::EditInEditor]);
    assert_eq!(
        app.request.take(),
        Some(chronicle::app::TerminalRequest::EditEvent("biden-xi-call".into()))
    );
    // The editor's command: the file at the event's line.
    let file = std::path::Path::new(common::SAMPLE);
    let (found, line) = chronicle::editor::event_line(&[file.to_path_buf()], "biden-xi-call").unwrap();
    assert_eq!(found, file);
    assert_eq!(
        SAMPLE.lines().nth(line - 1).unwrap().trim(),
        "- id: biden-xi-call"
    );
    assert_eq!(chronicle::editor::open_at(file, line)[0], format!("+{line}"));
}
