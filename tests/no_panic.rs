//! Property: any sequence of intents at any terminal size, drawn after each step, never panics.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

mod common;

use chronicle::app::{Action, update};
use chronicle::ui::Theme;
use common::viewer::{draw, viewer};
use proptest::prelude::*;

fn any_action() -> impl Strategy<Value = Action> {
    let simple = prop::sample::select(vec![
        Action::Quit,
        Action::Back,
        Action::Suspend,
        Action::ToggleHelp,
        Action::ToggleMouse,
        Action::SelectNext,
        Action::SelectPrevious,
        Action::PageDown,
        Action::PageUp,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::SelectFirst,
        Action::SelectLast,
        Action::ToggleFocus,
        Action::ScrollDown,
        Action::ScrollUp,
        Action::ScrollPageDown,
        Action::ScrollPageUp,
        Action::OpenActorFilter,
        Action::ClearActorFilter,
        Action::PickerNext,
        Action::PickerPrevious,
        Action::PickerToggle,
        Action::PickerToggleMatch,
        Action::PickerApply,
        Action::OpenSearch,
        Action::SearchKeep,
        Action::SearchClear,
        Action::DeleteChar,
        Action::NextMatch,
        Action::PreviousMatch,
        Action::OpenSource,
        Action::NextExcerpt,
        Action::PreviousExcerpt,
        Action::NextPassage,
        Action::PreviousPassage,
        Action::FollowPassage,
    ]);
    prop_oneof![
        8 => simple,
        2 => prop::sample::select(vec!['a', 'c', 'h', 'i', 'n', 'r', 'z', ' ', 'É', '中']).prop_map(Action::Input),
        1 => (0u8..8).prop_map(Action::JumpToRelated),
        1 => (0u16..=300, 0u16..=100).prop_map(|(width, height)| Action::Resize { width, height }),
        1 => (0u16..=300, 0u16..=100).prop_map(|(column, row)| Action::ClickAt { column, row }),
        1 => (0u16..=300, 0u16..=100, any::<bool>()).prop_map(|(column, row, down)| Action::WheelAt { column, row, down }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn random_actions_at_random_sizes_never_panic(
        width in 0u16..=300,
        height in 0u16..=100,
        actions in prop::collection::vec(any_action(), 0..60),
        plain in any::<bool>(),
    ) {
        let theme = if plain { Theme::plain() } else { Theme::colour() };
        let mut app = viewer(width, height);
        for action in actions {
            update(&mut app, action);
            let _ = draw(&app, &theme);
            if app.quit {
                break;
            }
        }
    }
}
