//! The time ruler above the list: how the listed events spread over their span, with year or
//! month ticks, the part the list shows, and where the selection is.

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Theme;
use crate::app::App;
use crate::app::rows::Row;
use crate::app::ruler::{Period, Ruler};

/// Bar heights, from none to full.
const BARS: [char; 9] = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

pub(super) fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    if area.height == 0 || app.ruler.is_empty() {
        return;
    }
    let lines = lines(app, area.width as usize, theme);
    frame.render_widget(Paragraph::new(lines), area);
}

/// The two rows: bars, then ticks with `▲` under the selection.
pub(crate) fn lines(app: &App, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let ruler = &app.ruler;
    let columns = ruler.columns(width);
    let most = columns.iter().copied().max().unwrap_or(0).max(1);
    let day_of = |e: crate::model::EventIndex| app.timeline.event(e).date.sort_day();
    let column = |e| ruler.column_of(day_of(e), width);
    let selected = app.selected_event().map(column);
    let (first_shown, last_shown) = shown_events(app);
    let shown = first_shown.map(column).unwrap_or(0)..=last_shown.map(column).unwrap_or(0);
    let bars: Vec<Span<'static>> = columns
        .iter()
        .enumerate()
        .map(|(c, &count)| {
            // Any event at all shows as at least the lowest bar.
            let height = if count == 0 {
                0
            } else {
                1 + (count as usize * 7).div_ceil(most as usize).min(7)
            };
            let style = match (Some(c) == selected, shown.contains(&c)) {
                (true, _) => theme.selected,
                (false, true) => theme.in_view,
                (false, false) => theme.dim,
            };
            Span::styled(BARS[height.min(8)].to_string(), style)
        })
        .collect();
    let mut ticks: Vec<char> = tick_row(ruler, width).chars().collect();
    // Under the selection, unless a label is there (the bar above it is drawn reversed anyway).
    if let Some(c) = selected.filter(|&c| ticks.get(c) == Some(&' ')) {
        ticks[c] = '▲';
    }
    vec![
        Line::from(bars),
        Line::from(Span::styled(ticks.into_iter().collect::<String>(), theme.dim)),
    ]
}

/// The first and last events whose rows the list shows.
fn shown_events(app: &App) -> (Option<crate::model::EventIndex>, Option<crate::model::EventIndex>) {
    let height = crate::app::layout::inner_height(crate::app::layout::Areas::compute(app.size).list);
    let rows = app.rows.rows.iter().skip(app.selection.offset).take(height);
    let events: Vec<usize> = rows
        .filter_map(|row| match row {
            Row::Event(position) => Some(*position),
            Row::Gap(_) => None,
        })
        .collect();
    let event = |p: Option<&usize>| p.and_then(|&p| app.visible.get(p).copied());
    (event(events.first()), event(events.last()))
}

/// Year (or month) labels at their columns, each where it fits after the one before.
fn tick_row(ruler: &Ruler, width: usize) -> String {
    let mut row = vec![' '; width];
    let (Some(first), Some(last)) = (
        NaiveDate::from_num_days_from_ce_opt(ruler.first),
        NaiveDate::from_num_days_from_ce_opt(ruler.last),
    ) else {
        return String::new();
    };
    let mut free_from = 0;
    for (tick, label) in ticks(first, last, ruler.period(), width) {
        let length = label.chars().count();
        // A label that would run past the end ends at it instead.
        let at = ruler.column_of(tick, width).min(width.saturating_sub(length));
        if at >= free_from && at + length <= width {
            for (i, c) in label.chars().enumerate() {
                row[at + i] = c;
            }
            free_from = at + length + 1;
        }
    }
    row.into_iter().collect()
}

/// The ticks of a span and their labels: the first day, then each month, or every year (every
/// second, fifth, tenth… year over long spans), never more than the columns.
fn ticks(first: NaiveDate, last: NaiveDate, period: Period, width: usize) -> Vec<(NaiveDate, String)> {
    let mut ticks = Vec::new();
    match period {
        Period::Year => {
            ticks.push((first, first.year().to_string()));
            let years = usize::try_from(last.year() - first.year()).unwrap_or(0);
            let step = nice_step(years * 5 / width.max(1) + 1) as i64;
            let mut year = (i64::from(first.year()) / step + 1) * step;
            while year <= i64::from(last.year()) {
                if let Some(tick) = i32::try_from(year)
                    .ok()
                    .and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1))
                {
                    ticks.push((tick, year.to_string()));
                }
                year += step;
            }
        }
        Period::Month => {
            let mut tick = first;
            while tick <= last {
                let label = if tick == first || tick.month() == 1 {
                    tick.format("%b %Y").to_string()
                } else {
                    tick.format("%b").to_string()
                };
                ticks.push((tick, label));
                tick = next_tick(tick, period);
            }
        }
    }
    ticks
}

/// The smallest of 1, 2, 5, 10, 20, 50… that is at least `at_least`.
fn nice_step(at_least: usize) -> usize {
    let mut magnitude = 1usize;
    loop {
        for step in [
            magnitude,
            magnitude.saturating_mul(2),
            magnitude.saturating_mul(5),
        ] {
            if step >= at_least {
                return step;
            }
        }
        magnitude = magnitude.saturating_mul(10);
    }
}

/// The start of the period after the one holding `day`.
fn next_tick(day: NaiveDate, period: Period) -> NaiveDate {
    crate::app::ruler::period_bounds(day, period).2
}
