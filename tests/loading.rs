//! The loading screen: shown while a load runs, left when it ends, and `q` quits during it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

use chronicle::event_loop::{Input, wait_for_load};
use chronicle::model::LoadProgress;
use chronicle::ui::Theme;
use chronicle::ui::loading::LoadingScreen;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
                + "\n"
        })
        .collect()
}

#[test]
fn the_loading_screen_shows_until_the_load_ends() {
    let mut terminal = Terminal::new(TestBackend::new(80, 20)).unwrap();
    let progress = LoadProgress::default();
    let screen = LoadingScreen {
        name: "big.yaml",
        progress: &progress,
    };
    let mut polls = 0;
    let mut inputs = std::iter::repeat(Input::Tick);
    let result = wait_for_load(&mut terminal, &mut inputs, &screen, &Theme::colour(), || {
        polls += 1;
        (polls == 3).then_some("loaded")
    });
    assert_eq!(result.unwrap(), Some("loaded"));
    let text = screen_text(&terminal);
    assert!(text.contains("Loading big.yaml"), "{text}");
    assert!(text.contains("Reading the file"), "{text}");
    assert!(text.contains("q quits"), "{text}");
}

#[test]
fn quitting_while_loading_returns_nothing() {
    for key in [KeyCode::Char('q'), KeyCode::Esc] {
        let mut terminal = Terminal::new(TestBackend::new(80, 20)).unwrap();
        let progress = LoadProgress::default();
        let screen = LoadingScreen {
            name: "big.yaml",
            progress: &progress,
        };
        let mut inputs = [Input::Tick, Input::Key(KeyEvent::new(key, KeyModifiers::NONE))].into_iter();
        let result = wait_for_load(
            &mut terminal,
            &mut inputs,
            &screen,
            &Theme::colour(),
            || None::<()>,
        );
        assert_eq!(result.unwrap(), None);
    }
    let mut terminal = Terminal::new(TestBackend::new(80, 20)).unwrap();
    let progress = LoadProgress::default();
    let screen = LoadingScreen {
        name: "big.yaml",
        progress: &progress,
    };
    let ctrl_c = Input::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    let result = wait_for_load(
        &mut terminal,
        &mut [ctrl_c].into_iter(),
        &screen,
        &Theme::colour(),
        || None::<()>,
    );
    assert_eq!(result.unwrap(), None);
}

#[test]
fn tiny_terminals_do_not_break_the_loading_screen() {
    for (width, height) in [(0, 0), (5, 3), (12, 6)] {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        let progress = LoadProgress::default();
        let screen = LoadingScreen {
            name: "x",
            progress: &progress,
        };
        let mut inputs = [Input::Terminate].into_iter();
        let result = wait_for_load(
            &mut terminal,
            &mut inputs,
            &screen,
            &Theme::plain(),
            || None::<()>,
        );
        assert_eq!(result.unwrap(), None);
    }
}
