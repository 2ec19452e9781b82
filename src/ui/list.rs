//! The timeline list: only the rows in view are built, each with date, status mark, title, actors.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{cut, highlighted, width_of};
use super::theme::status_mark;
use super::{Theme, pane};
use crate::app::layout::inner_height;
use crate::app::rows::Row;
use crate::app::{App, Focus, Screen};
use crate::model::{Event, PeriodMatch};

/// The date column never grows past this.
const DATE_COLUMN_MAX: usize = 24;
/// Actor labels are shown when the list is at least this wide, whatever the filter.
const ACTORS_FROM_WIDTH: usize = 72;

pub(super) fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let focused = app.focus == Focus::List && matches!(app.screen, Screen::Timeline);
    let mut block = pane(list_title(app), focused, theme);
    if !app.visible.is_empty() {
        let below = app.selection.offset + inner_height(area) < app.rows.rows.len();
        let more = if below { " ▼" } else { "" };
        let label = format!(" {}/{}{more} ", app.selection.selected + 1, app.visible.len());
        block = block.title_bottom(Line::from(label).right_aligned());
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if app.visible.is_empty() {
        frame.render_widget(Paragraph::new(empty_message(app)).style(theme.dim), inner);
        return;
    }
    let height = inner_height(area);
    let date_width = app.rows.date_width.min(DATE_COLUMN_MAX);
    let lines: Vec<Line> = app
        .rows
        .rows
        .iter()
        .skip(app.selection.offset)
        .take(height)
        .map(|row| match row {
            Row::Gap(label) => gap_line(label, inner.width as usize, theme),
            Row::Event(position) => {
                event_line(app, *position, date_width, inner.width as usize, focused, theme)
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// ` Timeline · 2022 `: the year of the top row stays in sight while scrolling.
fn list_title(app: &App) -> String {
    let top_event = app
        .rows
        .rows
        .iter()
        .skip(app.selection.offset)
        .find_map(|row| match row {
            Row::Event(position) => app.visible.get(*position),
            Row::Gap(_) => None,
        });
    match top_event {
        Some(&index) => format!(
            " Timeline · {} ",
            crate::model::year_words(app.timeline.event(index).date.anchor().first().year)
        ),
        None => " Timeline ".to_owned(),
    }
}

fn empty_message(app: &App) -> String {
    let mut how = Vec::new();
    if !app.query.actors.is_empty() {
        how.push("A clears the actor filter");
    }
    if !app.query.text.trim().is_empty() {
        how.push("/ then Esc clears the search");
    }
    if app.query.from.is_some() || app.query.to.is_some() {
        how.push("D clears the date filter");
    }
    how.push("X clears every filter");
    format!("No events match the filters.\n{}.", how.join("; "))
}

fn gap_line(label: &str, width: usize, theme: &Theme) -> Line<'static> {
    let text = format!("— {label} —");
    let pad = width.saturating_sub(width_of(&text)) / 2;
    Line::from(Span::styled(format!("{}{text}", " ".repeat(pad)), theme.gap))
}

fn event_line(
    app: &App,
    position: usize,
    date_width: usize,
    width: usize,
    focused: bool,
    theme: &Theme,
) -> Line<'static> {
    let event = app.timeline.event(app.visible[position]);
    let selected = position == app.selection.selected;
    let date = cut(&event.date_label(), date_width);
    let date = format!(
        "{date}{} ",
        " ".repeat(date_width.saturating_sub(width_of(&date)))
    );
    // With a date filter, `≈` before the status: the event may lie outside the period.
    let (from, to) = (app.query.from, app.query.to);
    let possible = match (from, to) {
        (None, None) => "",
        _ if event.in_period(from, to) == Some(PeriodMatch::Possible) => "≈",
        _ => " ",
    };
    let sources = if app.timeline.sources.len() > 1 {
        crate::query::source_mark(event)
    } else {
        ""
    };
    // `°`: an excerpt quotes a source with no local text (so it is unverified).
    let unverified = match app.timeline.has_linked_sources() {
        true => crate::query::unverified_mark(&app.timeline, event),
        false => "",
    };
    // `!`: the event has a problem in a file opened with errors (`!` lists them).
    let problem = match app.problems.is_empty() {
        true => "",
        false if app.has_problem(app.visible[position]) => "!",
        false => " ",
    };
    let mark = format!(
        "{problem}{possible}{}{sources}{unverified} ",
        status_mark(event.status)
    );
    let room = width.saturating_sub(width_of(&date) + width_of(&mark));
    let actors = if room >= ACTORS_FROM_WIDTH {
        cut(&actor_labels(app, event), room / 4)
    } else {
        String::new()
    };
    let title_room = room.saturating_sub(width_of(&actors) + 1);
    // Added or changed by the last reload: marked until the next key.
    let marked = app.marked.contains(&app.visible[position]);
    let title = crate::sanitize::sanitize_line(event.title());
    let title = cut(
        &if marked {
            format!("• {title}")
        } else {
            title.into_owned()
        },
        title_room,
    );
    let padding = title_room.saturating_sub(width_of(&title)) + 1;
    let mut spans = vec![
        Span::styled(date, theme.dim),
        Span::styled(mark, theme.status(event.status)),
    ];
    spans.extend(highlighted(
        &title,
        app.query.highlight(),
        theme.title,
        theme.search_match,
    ));
    spans.push(Span::raw(" ".repeat(padding)));
    spans.push(Span::styled(actors, theme.dim));
    let line = Line::from(spans);
    match (selected, focused) {
        (true, true) => line.style(theme.selected),
        (true, false) => line.style(theme.selected_unfocused),
        (false, _) => line,
    }
}

/// Short actor labels: the ids, which are what a user types to filter.
fn actor_labels(app: &App, event: &Event) -> String {
    let ids: Vec<&str> = event
        .actors
        .iter()
        .map(|p| app.timeline.actor(p.actor).id.as_str())
        .collect();
    ids.join(" ")
}
