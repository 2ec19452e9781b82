//! The detail pane: the selected event whole, wrapped to the pane and scrolled.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::provenance::{actor_facts, note_line, source_lines};
use super::text::{highlighted, safe, wrap_spans};
use super::theme::status_mark;
use super::{Theme, pane};
use crate::app::layout::{inner_height, inner_width};
use crate::app::{App, Focus, Screen};
use crate::model::{DateBasis, Event, EventIndex, Stance, Timeline};
use crate::sanitize::sanitize_line;

pub(crate) fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let focused = app.focus == Focus::Detail && matches!(app.screen, Screen::Timeline);
    let mut block = pane(" Event ".to_owned(), focused, theme);
    let inner = block.inner(area);
    let Some(event) = app.selected_event() else {
        frame.render_widget(block, area);
        return;
    };
    let lines = lines(app, event, inner_width(area), theme);
    let height = inner_height(area);
    let scroll = app.detail_scroll.min(lines.len().saturating_sub(height));
    if let Some(position) = super::position(scroll, height, lines.len()) {
        block = block.title_bottom(position);
    }
    frame.render_widget(block, area);
    let shown: Vec<Line> = lines.into_iter().skip(scroll).take(height).collect();
    frame.render_widget(Paragraph::new(shown), inner);
}

/// How many lines the selected event's description takes in the detail pane as it is now.
pub(crate) fn line_count(app: &App) -> usize {
    let Some(event) = app.selected_event() else {
        return 0;
    };
    let width = inner_width(crate::app::layout::Areas::compute(app.size).detail);
    lines(app, event, width, &Theme::plain()).len()
}

/// The event's whole description, wrapped to `width`.
pub(crate) fn lines(app: &App, index: EventIndex, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    logical_lines(app, index, theme)
        .iter()
        .flat_map(|spans| wrap_or_blank(spans, width))
        .collect()
}

/// What a click on a line of the detail pane reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DetailTarget {
    /// Related event `n` (from 1).
    Related(u8),
    /// Excerpt `n` (from 1), opened in the source view.
    Excerpt(usize),
}

/// What is on row `row` of the detail pane's text (from 0, as drawn now), if anything to follow.
pub(crate) fn target_at(app: &App, row: usize) -> Option<DetailTarget> {
    let event = app.selected_event()?;
    let width = inner_width(crate::app::layout::Areas::compute(app.size).detail);
    let wanted = app.detail_scroll + row;
    let mut at = 0;
    for spans in logical_lines(app, event, &Theme::plain()) {
        let height = wrap_or_blank(&spans, width).len();
        if wanted < at + height {
            let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
            return target_of(&text);
        }
        at += height;
    }
    None
}

/// `  [2] …` is related event 2; `  3. “…` is excerpt 3: the markers this pane draws.
fn target_of(line: &str) -> Option<DetailTarget> {
    let rest = line.strip_prefix("  ")?;
    if let Some(inside) = rest.strip_prefix('[') {
        let (number, _) = inside.split_once("] ")?;
        return number.parse().ok().map(DetailTarget::Related);
    }
    let (number, _) = rest.split_once(". “")?;
    number.parse().ok().filter(|&n| n > 0).map(DetailTarget::Excerpt)
}

/// The event's description as logical lines, before wrapping.
/// The errors found in the event, in a file opened with errors; a date that could not be read
/// shows the date of the event before it, which this says.
fn problem_lines(app: &App, index: EventIndex, theme: &Theme) -> Vec<Vec<Span<'static>>> {
    let mut lines = Vec::new();
    for problem in app.problems.iter().filter(|p| p.event == Some(index)) {
        lines.push(vec![
            Span::styled("! ", theme.denied),
            safe(&problem.short, theme.denied),
        ]);
        if let Some(hint) = &problem.hint {
            lines.push(vec![label("  hint  ", theme), safe(hint, theme.dim)]);
        }
    }
    lines
}

fn logical_lines(app: &App, index: EventIndex, theme: &Theme) -> Vec<Vec<Span<'static>>> {
    let timeline = &app.timeline;
    let event = timeline.event(index);
    let needle = app.query.highlight();
    let mut logical: Vec<Vec<Span<'static>>> = Vec::new();
    logical.push(highlighted(
        event.title(),
        needle,
        theme.title,
        theme.search_match,
    ));
    logical.push(vec![label("Id  ", theme), safe(event.id(), theme.dim)]);
    logical.extend(problem_lines(app, index, theme));
    if app.date_unread(index) {
        let words = "not read; listed beside the event before it in the file";
        logical.push(vec![label("Date  ", theme), Span::styled(words, theme.denied)]);
    } else {
        logical.push(date_line(event, theme));
    }
    logical.extend(reported_line(event, theme));
    let status = format!("{} {}", status_mark(event.status), event.status.name());
    logical.push(vec![
        label("Status  ", theme),
        Span::styled(status, theme.status(event.status)),
    ]);
    if !event.summary().trim().is_empty() {
        logical.push(Vec::new());
        // Each line of the summary is a line here: its paragraphs stay apart.
        for line in event.summary().trim().lines() {
            logical.push(highlighted(
                line,
                needle,
                ratatui::style::Style::new(),
                theme.search_match,
            ));
        }
    }
    if let Some(note) = event.note() {
        logical.push(Vec::new());
        let mut lines = note.trim().lines();
        let line = |text: &str| highlighted(text, needle, theme.dim, theme.search_match);
        let mut first = vec![label("Note  ", theme)];
        first.extend(line(lines.next().unwrap_or("")));
        logical.push(first);
        logical.extend(lines.map(line));
    }
    logical.extend(claim_lines(timeline, event, theme));
    logical.extend(actor_lines(timeline, event, theme));
    if !event.tags.is_empty() {
        let tags: Vec<String> = event
            .tags
            .iter()
            .map(|t| format!("#{}", sanitize_line(t)))
            .collect();
        logical.push(Vec::new());
        logical.push(vec![
            label("Tags  ", theme),
            Span::styled(tags.join(" "), theme.dim),
        ]);
    }
    logical.extend(related_lines(timeline, event, theme));
    logical.extend(excerpt_lines(app, event, theme));
    logical
}

fn wrap_or_blank(spans: &[Span<'static>], width: usize) -> Vec<Line<'static>> {
    if spans.is_empty() {
        return vec![Line::default()];
    }
    let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
    wrap_spans(spans, width, hanging_indent(&text))
}

/// Where continuation lines start: under the text after a list marker (`  1. “`, `  [2] `),
/// or two columns in for other indented lines.
fn hanging_indent(text: &str) -> usize {
    let leading = text.len() - text.trim_start_matches(' ').len();
    if leading == 0 {
        return 0;
    }
    let rest = &text[leading..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let marker = match &rest[digits..] {
        r if digits > 0 && r.starts_with(". “") => digits + 3,
        r if digits > 0 && r.starts_with(". ") => digits + 2,
        _ if rest.starts_with('[') => rest.find("] ").map_or(2, |close| close + 2),
        _ => 2,
    };
    leading + marker
}

fn label(text: &str, theme: &Theme) -> Span<'static> {
    Span::styled(text.to_owned(), theme.label)
}

/// `Date  between 24 Feb and 14 Mar 2022  (from outside the source)`, with the source's own
/// words for the date when the file gives them.
fn date_line(event: &Event, theme: &Theme) -> Vec<Span<'static>> {
    let mut spans = vec![
        label("Date  ", theme),
        Span::raw(event.date_meaning().to_string()),
    ];
    spans.push(basis(event.date_basis, theme));
    if let Some(words) = event.date_text() {
        spans.push(Span::styled(
            format!("  source: “{}”", sanitize_line(words)),
            theme.dim,
        ));
    }
    spans
}

/// `Reported  13 Mar 2022  (stated by the source)`: when the event became known.
fn reported_line(event: &Event, theme: &Theme) -> Option<Vec<Span<'static>>> {
    let reported = event.reported()?;
    Some(vec![
        label("Reported  ", theme),
        Span::raw(reported.to_string()),
        basis(event.reported_basis, theme),
    ])
}

fn basis(basis: DateBasis, theme: &Theme) -> Span<'static> {
    Span::styled(format!("  ({})", basis.in_words()), theme.dim)
}

fn actor_lines(timeline: &Timeline, event: &Event, theme: &Theme) -> Vec<Vec<Span<'static>>> {
    let mut lines = vec![Vec::new(), vec![label("Actors", theme)]];
    for participant in &event.actors {
        let actor = timeline.actor(participant.actor);
        let mut spans = vec![Span::raw("  "), safe(&actor.name, theme.title)];
        if let Some(role) = &participant.role {
            spans.push(safe(&format!(" ({role})"), ratatui::style::Style::new()));
        }
        lines.push(spans);
        lines.extend(actor_facts(timeline, actor, "    ", theme));
    }
    lines
}

fn claim_lines(timeline: &Timeline, event: &Event, theme: &Theme) -> Vec<Vec<Span<'static>>> {
    if event.claims().is_empty() {
        return Vec::new();
    }
    let mut lines = vec![Vec::new(), vec![label("Claims", theme)]];
    for claim in event.claims() {
        let who = match claim.by {
            Some(actor) => sanitize_line(&timeline.actor(actor).name).into_owned(),
            None => "Unattributed reports".to_owned(),
        };
        let verb = match claim.stance {
            Stance::Asserts => "asserts",
            Stance::Denies => "denies",
        };
        let mut spans = vec![
            Span::raw("  "),
            Span::styled(format!("{who} {verb}"), theme.title),
        ];
        if let Some(statement) = &claim.statement {
            spans.push(safe(&format!(": {statement}"), ratatui::style::Style::new()));
        }
        spans.push(Span::styled(
            format!(" [excerpt {}]", claim.excerpt + 1),
            theme.dim,
        ));
        lines.push(spans);
    }
    lines
}

fn related_lines(timeline: &Timeline, event: &Event, theme: &Theme) -> Vec<Vec<Span<'static>>> {
    if event.related.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![
        Vec::new(),
        vec![
            label("Related", theme),
            Span::styled("  (Tab, then 1–5)", theme.dim),
        ],
    ];
    for (n, &related) in event.related.iter().enumerate() {
        let other = timeline.event(related);
        lines.push(vec![
            Span::styled(format!("  [{}] ", n + 1), theme.key),
            Span::styled(format!("{}  ", other.date_label()), theme.dim),
            safe(other.title(), ratatui::style::Style::new()),
        ]);
    }
    lines
}

fn excerpt_lines(app: &App, event: &Event, theme: &Theme) -> Vec<Vec<Span<'static>>> {
    let timeline = &app.timeline;
    let mut lines = vec![
        Vec::new(),
        vec![
            label("Excerpts", theme),
            Span::styled("  (Enter opens the source)", theme.dim),
        ],
    ];
    match (event.excerpts.is_empty(), event.cites().is_empty()) {
        (true, true) => lines.push(vec![Span::styled("  none".to_owned(), theme.dim)]),
        (true, false) => lines.push(vec![Span::styled(
            "  none; the event cites its sources without quoting them (o opens the first with a link)"
                .to_owned(),
            theme.dim,
        )]),
        _ => {}
    }
    for (n, excerpt) in event.excerpts.iter().enumerate() {
        let source = timeline.source(excerpt.source);
        let mut spans = vec![Span::styled(format!("  {}. “", n + 1), theme.dim)];
        spans.extend(highlighted(
            &excerpt.quote,
            app.query.highlight(),
            ratatui::style::Style::new(),
            theme.search_match,
        ));
        spans.push(Span::styled("” — ".to_owned(), theme.dim));
        spans.push(safe(&source.title, theme.dim));
        if !source.has_text() {
            spans.push(Span::styled(
                " · unverified (no local text)",
                theme.status_message,
            ));
        }
        lines.push(spans);
        if let Some(note) = &excerpt.note {
            let indent = " ".repeat(4 + (n + 1).to_string().len());
            lines.push(note_line(&indent, note, theme));
        }
    }
    lines.extend(cited_sources(timeline, event, theme));
    lines
}

/// Each source the excerpts quote, once, in full: where the words come from.
fn cited_sources(timeline: &Timeline, event: &Event, theme: &Theme) -> Vec<Vec<Span<'static>>> {
    let mut cited: Vec<_> = event.sources().collect();
    cited.sort_unstable();
    cited.dedup();
    if cited.is_empty() {
        return Vec::new();
    }
    let heading = if cited.len() == 1 { "Source" } else { "Sources" };
    let mut lines = vec![Vec::new(), vec![label(heading, theme)]];
    for source in cited {
        lines.extend(source_lines(timeline.source(source), "  ", theme));
    }
    lines
}
