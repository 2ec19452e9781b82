//! Building the viewer on the sample timeline, driving it with actions, drawing it to text.

use chronicle::app::source_view::SourceView;
use chronicle::app::{Action, App, Screen, StartOptions, update};
use chronicle::event_loop::measure;
use chronicle::model::{LoadOptions, load_paths};
use chronicle::ui::{Theme, render};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The viewer on the sample timeline at `width`×`height`.
pub(crate) fn viewer(width: u16, height: u16) -> App {
    viewer_with(StartOptions::default(), width, height)
}

/// The viewer at 100×30, opened with a search, as `chronicle --search TEXT` does.
pub(crate) fn viewer_searching(text: &str) -> App {
    viewer_with(
        StartOptions {
            query: chronicle::query::Query {
                text: text.into(),
                ..Default::default()
            },
            ..StartOptions::default()
        },
        100,
        30,
    )
}

pub(crate) fn viewer_with(options: StartOptions, width: u16, height: u16) -> App {
    viewer_of(super::SAMPLE, options, width, height)
}

/// The viewer on the timeline file at `path` (from the crate root).
pub(crate) fn viewer_of(path: &str, options: StartOptions, width: u16, height: u16) -> App {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let timeline = load_paths(&[path], LoadOptions::default())
        .expect("the fixture is valid")
        .timeline;
    App::new(timeline, options, Rect::new(0, 0, width, height))
}

/// Carries out the actions as the event loop does: each, then the detail pane measured.
pub(crate) fn apply(app: &mut App, actions: &[Action]) {
    for &action in actions {
        update(app, action);
        measure(app);
    }
}

pub(crate) fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        update(app, Action::Input(c));
    }
}

/// The ids of the listed events, in order.
pub(crate) fn visible_ids(app: &App) -> Vec<String> {
    app.visible
        .iter()
        .map(|&e| app.timeline.event(e).id().to_owned())
        .collect()
}

pub(crate) fn selected_id(app: &App) -> Option<String> {
    app.selected_event()
        .map(|e| app.timeline.event(e).id().to_owned())
}

/// Selects the event with this id by moving down the list, as a user would.
pub(crate) fn select_id(app: &mut App, id: &str) {
    update(app, Action::SelectFirst);
    for _ in 0..app.visible.len() {
        if selected_id(app).as_deref() == Some(id) {
            return;
        }
        update(app, Action::SelectNext);
    }
    panic!("{id} is not listed");
}

/// Draws the app with `theme` at its own size.
pub(crate) fn draw(app: &App, theme: &Theme) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    terminal.draw(|frame| render(app, theme, frame)).unwrap();
    terminal.backend().buffer().clone()
}

/// The screen as text, one line per row, trailing spaces kept so the frame is visible.
pub(crate) fn screen_text(app: &App) -> String {
    buffer_text(&draw(app, &Theme::colour()))
}

pub(crate) fn buffer_text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut text = String::new();
    for y in 0..area.height {
        for x in 0..area.width {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    text
}

/// The open source view; panics when the screen is another.
pub(crate) fn source_view(app: &App) -> &SourceView {
    match &app.screen {
        Screen::Source(view) => view,
        other => panic!("the source view is open, not {other:?}"),
    }
}
