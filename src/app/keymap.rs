//! The key map as data: (mode, key, action, description). Help and footer hints are made from it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;

/// Which bindings apply: the overlay or screen that has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyMode {
    List,
    Detail,
    Source,
    ActorFilter,
    Search,
    Prompt,
    Choice,
    Help,
    About,
    Problems,
}

impl KeyMode {
    pub const ALL: [KeyMode; 10] = [
        KeyMode::List,
        KeyMode::Detail,
        KeyMode::Source,
        KeyMode::ActorFilter,
        KeyMode::Choice,
        KeyMode::Search,
        KeyMode::Prompt,
        KeyMode::Help,
        KeyMode::About,
        KeyMode::Problems,
    ];

    pub fn title(self) -> &'static str {
        match self {
            KeyMode::List => "Timeline",
            KeyMode::Detail => "Detail pane",
            KeyMode::Source => "Source view",
            KeyMode::ActorFilter => "Actor filter",
            KeyMode::Search => "Search prompt",
            KeyMode::Prompt => "Date prompts (d, t, @)",
            KeyMode::Choice => "Status, claims, tags and sources pickers (x, c, #, o)",
            KeyMode::Help => "Help",
            KeyMode::About => "About this timeline",
            KeyMode::Problems => "Problems in the files",
        }
    }

    /// Whether the mode has a list or text that the motion keys move in.
    pub fn moves(self) -> bool {
        !matches!(self, KeyMode::Search | KeyMode::Prompt)
    }

    /// Whether unbound printable keys are typed into a prompt in this mode.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            KeyMode::ActorFilter | KeyMode::Search | KeyMode::Prompt | KeyMode::Choice
        )
    }
}

/// A key with its modifiers, as bound in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Self {
        Key {
            code,
            modifiers: KeyModifiers::NONE,
        }
    }

    pub const fn char(c: char) -> Self {
        Key::plain(KeyCode::Char(c))
    }

    pub const fn alt(code: KeyCode) -> Self {
        Key {
            code,
            modifiers: KeyModifiers::ALT,
        }
    }

    pub const fn ctrl_key(code: KeyCode) -> Self {
        Key {
            code,
            modifiers: KeyModifiers::CONTROL,
        }
    }

    pub const fn ctrl(c: char) -> Self {
        Key {
            code: KeyCode::Char(c),
            modifiers: KeyModifiers::CONTROL,
        }
    }

    /// The key as written in help: `j`, `Ctrl-d`, `PgDn`, `Space`.
    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".to_owned(),
            KeyCode::Esc => "Esc".to_owned(),
            KeyCode::Tab => "Tab".to_owned(),
            KeyCode::BackTab => "Shift-Tab".to_owned(),
            KeyCode::Backspace => "Backspace".to_owned(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            KeyCode::Home => "Home".to_owned(),
            KeyCode::End => "End".to_owned(),
            other => format!("{other:?}"),
        };
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{name}")
        } else if self.modifiers.contains(KeyModifiers::ALT) {
            format!("Alt-{name}")
        } else {
            name
        }
    }
}

/// One row of the key map.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub mode: KeyMode,
    pub key: Key,
    pub action: Action,
    pub description: &'static str,
    /// A short label for the footer of its mode; the rest are in help only.
    pub hint: Option<&'static str>,
}

/// Keys that work everywhere, before the mode's own.
const GLOBAL: &[(Key, Action)] = &[(Key::ctrl('c'), Action::Quit), (Key::ctrl('z'), Action::Suspend)];

/// Turns a key press into an action for the given mode.
pub fn action_for(mode: KeyMode, event: KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    // Shift is part of the character for letters (`G`, `N`), so it is not matched separately.
    let key = Key {
        code: event.code,
        modifiers: event.modifiers - KeyModifiers::SHIFT,
    };
    if let Some(&(_, action)) = GLOBAL.iter().find(|(k, _)| *k == key) {
        return Some(action);
    }
    if let Some(binding) = super::bindings::BINDINGS
        .iter()
        .find(|b| b.mode == mode && b.key == key)
    {
        return Some(binding.action);
    }
    let types_nothing = !matches!(key.code, KeyCode::Char(_)) || !key.modifiers.is_empty();
    if mode.moves()
        && (types_nothing || !mode.takes_text())
        && let Some(&(_, motion, _)) = super::bindings::MOTIONS.iter().find(|(k, ..)| *k == key)
    {
        return Some(Action::Move(motion));
    }
    if !mode.takes_text() {
        return None;
    }
    if let Some(&(_, request, _)) = super::bindings::EDITS.iter().find(|(k, ..)| *k == key) {
        return Some(Action::Edit(request));
    }
    match key.code {
        KeyCode::Char(c) if key.modifiers.is_empty() => Some(Action::Input(c)),
        _ => None,
    }
}

/// The bindings of one mode, in table order.
pub fn bindings(mode: KeyMode) -> impl Iterator<Item = &'static Binding> {
    super::bindings::BINDINGS.iter().filter(move |b| b.mode == mode)
}

/// The motion keys and what they do, keys with the same meaning together: `j ↓`, `down a line`.
pub fn motion_help() -> Vec<(String, &'static str)> {
    grouped(super::bindings::MOTIONS.iter().map(|(key, _, d)| (key, *d)))
}

/// The line-editing keys and what they do, keys with the same meaning together.
pub fn edit_help() -> Vec<(String, &'static str)> {
    grouped(super::bindings::EDITS.iter().map(|(key, _, d)| (key, *d)))
}

/// Keys with the same description on one row, in table order.
fn grouped<'k>(keys: impl Iterator<Item = (&'k Key, &'static str)>) -> Vec<(String, &'static str)> {
    let mut rows: Vec<(String, &'static str)> = Vec::new();
    for (key, description) in keys {
        match rows.iter_mut().find(|(_, d)| *d == description) {
            Some((labels, _)) => {
                labels.push(' ');
                labels.push_str(&key.label());
            }
            None => rows.push((key.label(), description)),
        }
    }
    rows
}

/// The help text for the global keys.
pub fn global_help() -> [(String, &'static str); 2] {
    [
        ("Ctrl-c".into(), "quit at once"),
        ("Ctrl-z".into(), "suspend (fg to resume)"),
    ]
}

#[cfg(test)]
#[path = "keymap_tests.rs"]
mod tests;
