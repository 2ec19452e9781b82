use std::collections::HashSet;

use super::*;
use crate::app::action::Motion;
use crate::app::bindings::{BINDINGS, MOTIONS};

fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

#[test]
fn every_binding_has_a_description() {
    for b in BINDINGS {
        assert!(
            !b.description.trim().is_empty(),
            "{:?} {:?} has no description",
            b.mode,
            b.key
        );
        assert!(
            b.hint.is_none_or(|h| !h.trim().is_empty() && h.len() <= 20),
            "{:?} hint",
            b.key
        );
    }
}

#[test]
fn no_key_is_bound_twice_in_one_mode() {
    let mut seen = HashSet::new();
    for b in BINDINGS {
        assert!(
            seen.insert((b.mode, b.key)),
            "{:?} is bound twice in {:?}",
            b.key.label(),
            b.mode
        );
    }
}

#[test]
fn no_mode_shadows_the_global_keys() {
    for b in BINDINGS {
        assert!(
            GLOBAL.iter().all(|(k, _)| *k != b.key),
            "{} shadows a global key",
            b.key.label()
        );
    }
}

#[test]
fn every_mode_has_hints_and_a_way_out() {
    for mode in KeyMode::ALL {
        assert!(
            bindings(mode).any(|b| b.hint.is_some()),
            "{mode:?} has no footer hint"
        );
        let way_out = bindings(mode).any(|b| {
            matches!(
                b.action,
                Action::Back | Action::Quit | Action::ToggleFocus | Action::SearchClear
            )
        });
        assert!(way_out, "{mode:?} has no way out");
    }
}

#[test]
fn keys_resolve_per_mode() {
    let cases = [
        (
            KeyMode::List,
            press(KeyCode::Char('j'), KeyModifiers::NONE),
            Some(Action::Move(Motion::Down)),
        ),
        (
            KeyMode::List,
            press(KeyCode::Char('G'), KeyModifiers::SHIFT),
            Some(Action::Move(Motion::Bottom)),
        ),
        (
            KeyMode::List,
            press(KeyCode::Char('d'), KeyModifiers::CONTROL),
            Some(Action::Move(Motion::HalfPageDown)),
        ),
        (
            KeyMode::Detail,
            press(KeyCode::Char('j'), KeyModifiers::NONE),
            Some(Action::Move(Motion::Down)),
        ),
        (
            KeyMode::Source,
            press(KeyCode::Char(']'), KeyModifiers::NONE),
            Some(Action::NextExcerpt),
        ),
        (
            KeyMode::Search,
            press(KeyCode::Char('n'), KeyModifiers::NONE),
            Some(Action::Input('n')),
        ),
        (
            KeyMode::Search,
            press(KeyCode::Char('Q'), KeyModifiers::SHIFT),
            Some(Action::Input('Q')),
        ),
        (
            KeyMode::ActorFilter,
            press(KeyCode::Char(' '), KeyModifiers::NONE),
            Some(Action::Input(' ')),
        ),
        (
            KeyMode::ActorFilter,
            press(KeyCode::Char('x'), KeyModifiers::NONE),
            Some(Action::Input('x')),
        ),
        (
            KeyMode::Search,
            press(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::Quit),
        ),
        (
            KeyMode::Help,
            press(KeyCode::Char('z'), KeyModifiers::CONTROL),
            Some(Action::Suspend),
        ),
        (KeyMode::List, press(KeyCode::Char('z'), KeyModifiers::NONE), None),
        (
            KeyMode::List,
            press(KeyCode::Char('@'), KeyModifiers::SHIFT),
            Some(Action::OpenAsOf),
        ),
        (
            KeyMode::Prompt,
            press(KeyCode::Char('x'), KeyModifiers::NONE),
            Some(Action::Input('x')),
        ),
        (
            KeyMode::Choice,
            press(KeyCode::Tab, KeyModifiers::NONE),
            Some(Action::PickerToggle),
        ),
        (KeyMode::List, press(KeyCode::F(5), KeyModifiers::NONE), None),
    ];
    for (mode, key, expected) in cases {
        assert_eq!(action_for(mode, key), expected, "{mode:?} {key:?}");
    }
}

#[test]
fn key_releases_are_ignored() {
    let mut release = press(KeyCode::Char('q'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    assert_eq!(action_for(KeyMode::List, release), None);
}

#[test]
fn labels_read_like_the_keyboard() {
    assert_eq!(Key::ctrl('d').label(), "Ctrl-d");
    assert_eq!(Key::char(' ').label(), "Space");
    assert_eq!(Key::plain(KeyCode::PageDown).label(), "PgDn");
    assert_eq!(Key::char('G').label(), "G");
}

#[test]
fn every_list_and_text_moves_with_the_same_keys_and_no_binding_hides_them() {
    for mode in KeyMode::ALL.into_iter().filter(|m| m.moves()) {
        for (key, motion, _) in MOTIONS {
            let typed = matches!(key.code, KeyCode::Char(_)) && key.modifiers.is_empty();
            if typed && mode.takes_text() {
                continue;
            }
            let event = press(key.code, key.modifiers);
            assert_eq!(
                action_for(mode, event),
                Some(Action::Move(*motion)),
                "{mode:?} {}",
                key.label()
            );
        }
    }
    // In a picker, `j` is typed, while ↓ moves.
    let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
    assert_eq!(action_for(KeyMode::ActorFilter, j), Some(Action::Input('j')));
    let down = press(KeyCode::Down, KeyModifiers::NONE);
    assert_eq!(
        action_for(KeyMode::Choice, down),
        Some(Action::Move(Motion::Down))
    );
}

#[test]
fn prompts_edit_as_a_shell_does() {
    use tui_input::InputRequest;
    let cases = [
        (
            KeyMode::Search,
            KeyCode::Char('a'),
            KeyModifiers::CONTROL,
            Action::Edit(InputRequest::GoToStart),
        ),
        (
            KeyMode::Search,
            KeyCode::Char('w'),
            KeyModifiers::CONTROL,
            Action::Edit(InputRequest::DeletePrevWord),
        ),
        (
            KeyMode::Search,
            KeyCode::Char('u'),
            KeyModifiers::CONTROL,
            Action::Edit(InputRequest::DeleteFromStart),
        ),
        (
            KeyMode::Search,
            KeyCode::Char('b'),
            KeyModifiers::ALT,
            Action::Edit(InputRequest::GoToPrevWord),
        ),
        (
            KeyMode::Prompt,
            KeyCode::Char('f'),
            KeyModifiers::ALT,
            Action::Edit(InputRequest::GoToNextWord),
        ),
        (
            KeyMode::Prompt,
            KeyCode::Delete,
            KeyModifiers::NONE,
            Action::Edit(InputRequest::DeleteNextChar),
        ),
        (
            KeyMode::Prompt,
            KeyCode::Left,
            KeyModifiers::NONE,
            Action::Edit(InputRequest::GoToPrevChar),
        ),
        (
            KeyMode::Search,
            KeyCode::Char('p'),
            KeyModifiers::CONTROL,
            Action::SearchHistory(true),
        ),
        // In a picker the keys that move in every list move; Ctrl-a still edits.
        (
            KeyMode::ActorFilter,
            KeyCode::Char('u'),
            KeyModifiers::CONTROL,
            Action::Move(Motion::HalfPageUp),
        ),
        (
            KeyMode::ActorFilter,
            KeyCode::Home,
            KeyModifiers::NONE,
            Action::Move(Motion::Top),
        ),
        (
            KeyMode::ActorFilter,
            KeyCode::Char('a'),
            KeyModifiers::CONTROL,
            Action::Edit(InputRequest::GoToStart),
        ),
        (
            KeyMode::ActorFilter,
            KeyCode::Char('t'),
            KeyModifiers::CONTROL,
            Action::PickerToggleMatch,
        ),
    ];
    for (mode, code, modifiers, expected) in cases {
        assert_eq!(
            action_for(mode, press(code, modifiers)),
            Some(expected),
            "{mode:?} {code:?} {modifiers:?}"
        );
    }
}
