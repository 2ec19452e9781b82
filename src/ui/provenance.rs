//! Where things come from, as lines: actors with roles, aliases and notes; sources in full.

use ratatui::style::Style;
use ratatui::text::Span;

use super::Theme;
use super::text::safe;
use crate::model::{Actor, Source, Timeline};
use crate::sanitize::sanitize_line;

/// Logical lines (wrapped later), each a list of styled spans.
pub(crate) type Lines = Vec<Vec<Span<'static>>>;

/// The actor's own facts below its name: office, other names, groups, note. Nothing when the
/// file records none of them.
pub(crate) fn actor_facts(timeline: &Timeline, actor: &Actor, indent: &str, theme: &Theme) -> Lines {
    let mut facts: Vec<String> = Vec::new();
    if let Some(role) = &actor.role {
        facts.push(role.clone());
    }
    if !actor.aliases.is_empty() {
        facts.push(format!("also {}", actor.aliases.join(", ")));
    }
    let groups: Vec<&str> = actor
        .member_of
        .iter()
        .map(|&g| timeline.actor(g).name.as_str())
        .collect();
    if !groups.is_empty() {
        facts.push(format!("member of {}", groups.join(", ")));
    }
    let mut lines = Vec::new();
    if !facts.is_empty() {
        lines.push(vec![
            Span::raw(indent.to_owned()),
            safe(&facts.join(" · "), theme.dim),
        ]);
    }
    if let Some(note) = &actor.note {
        lines.push(note_line(indent, note, theme));
    }
    lines
}

/// `The Wire · news-article · published 14 Mar 2022 · https://…`: what the file records of a
/// source besides its title, on one line.
pub(crate) fn source_facts(source: &Source) -> String {
    let mut facts: Vec<String> = Vec::new();
    if let Some(outlet) = &source.outlet {
        facts.push(sanitize_line(outlet).into_owned());
    }
    facts.push(source.kind.name().to_owned());
    match source.published {
        Some(date) => facts.push(format!("published {date}")),
        None => facts.push("no publication date".to_owned()),
    }
    if let Some(url) = &source.url {
        facts.push(sanitize_line(url).into_owned());
    }
    facts.join(" · ")
}

/// A source in full: its title, its facts, the path of its text and its note.
pub(crate) fn source_lines(source: &Source, indent: &str, theme: &Theme) -> Lines {
    let deeper = format!("{indent}  ");
    let mut lines = vec![
        vec![Span::raw(indent.to_owned()), safe(&source.title, theme.title)],
        vec![
            Span::raw(deeper.clone()),
            Span::styled(source_facts(source), theme.dim),
        ],
        match &source.text_path {
            Some(path) => vec![
                Span::raw(deeper.clone()),
                Span::styled("text: ", theme.dim),
                safe(path, theme.dim),
            ],
            None => vec![
                Span::raw(deeper.clone()),
                Span::styled("text: none kept; its excerpts are unverified", theme.dim),
            ],
        },
    ];
    if let Some(note) = &source.note {
        lines.push(note_line(&deeper, note, theme));
    }
    lines
}

/// `note: …`, indented and dim.
pub(crate) fn note_line(indent: &str, note: &str, theme: &Theme) -> Vec<Span<'static>> {
    vec![
        Span::raw(indent.to_owned()),
        Span::styled("note: ", theme.label),
        safe(note, Style::new()),
    ]
}
