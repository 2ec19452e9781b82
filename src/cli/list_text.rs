//! The text lines of `chronicle list`: date with its marks, status, actors and title in columns.

use chrono::NaiveDate;

use crate::model::{EventIndex, PeriodMatch, Timeline};
use crate::sanitize::sanitize_line;
use crate::width::{cut, pad, text_width};

/// Widest the actor column grows on a terminal before it is cut with `…`.
const ACTOR_COLUMN_MAX: usize = 36;
/// Room a title keeps on a narrow terminal before the actor column gives way.
const TITLE_ROOM_MIN: usize = 24;
/// Narrowest the actor column gets on a narrow terminal.
const ACTOR_COLUMN_MIN: usize = 10;

/// One listed event, its texts made safe for a terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Row {
    /// The date as read (`≤ 20 Feb 2022`) and its basis mark (`*`, `†` or nothing).
    pub date: String,
    /// The event may lie outside the period asked for.
    pub possible: bool,
    /// The status mark, then the source mark (`¹`) in timelines of several sources, then `°`
    /// for unverified excerpts in timelines with sources known only by their URL.
    pub status: String,
    pub actors: String,
    pub title: String,
}

/// The rows of `events`, matched against the period `[from, to]` for the `≈` mark.
pub(super) fn rows(
    timeline: &Timeline,
    events: &[EventIndex],
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Vec<Row> {
    let linked = timeline.has_linked_sources();
    events
        .iter()
        .map(|&i| {
            let event = timeline.event(i);
            let ids: Vec<&str> = event
                .actors
                .iter()
                .map(|p| timeline.actor(p.actor).id.as_str())
                .collect();
            Row {
                date: event.date_label(),
                possible: event.in_period(from, to) == Some(PeriodMatch::Possible),
                status: format!(
                    "{}{}{}",
                    event.status.mark(),
                    match timeline.sources.len() {
                        0 | 1 => "",
                        _ => crate::query::source_mark(event),
                    },
                    match linked {
                        true => crate::query::unverified_mark(timeline, event),
                        false => "",
                    }
                ),
                actors: ids.join(", "),
                title: sanitize_line(event.title()).into_owned(),
            }
        })
        .collect()
}

/// The rows as lines. With a terminal `width`, the actor and title columns are cut to fit it;
/// without one (a file or a pipe), nothing is cut. `emphasis` styles the date.
pub(super) fn render(rows: &[Row], width: Option<usize>, emphasis: impl Fn(&str) -> String) -> String {
    let date_width = rows.iter().map(|r| text_width(&r.date)).max().unwrap_or(0);
    let widest_actors = rows.iter().map(|r| text_width(&r.actors)).max().unwrap_or(0);
    let any_possible = rows.iter().any(|r| r.possible);
    let marks = |row: &Row| match (any_possible, row.possible) {
        (false, _) => row.status.clone(),
        (true, true) => format!("≈ {}", row.status),
        (true, false) => format!("  {}", row.status),
    };
    let status_width = rows.iter().map(|r| text_width(&r.status)).max().unwrap_or(1);
    let marks_width = status_width + if any_possible { 2 } else { 0 };
    let fixed = date_width + 2 + marks_width + 2;
    let columns = width.map(|w| fit(w.saturating_sub(fixed), widest_actors));
    let actor_width = columns.map_or(widest_actors, |(actors, _)| actors);
    let mut text = String::new();
    for row in rows {
        let (actors, title) = match columns {
            Some((actors, title)) => (cut(&row.actors, actors), cut(&row.title, title)),
            None => (row.actors.clone(), row.title.clone()),
        };
        let date = emphasis(&pad(&row.date, date_width));
        let marks = pad(&marks(row), marks_width);
        // A timeline whose events name no actor gets no actor column.
        let line = match actor_width {
            0 => format!("{date}  {marks}  {title}"),
            _ => format!("{date}  {marks}  {}  {title}", pad(&actors, actor_width)),
        };
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

/// The widths of the actor and title columns in `room` columns: the actors up to
/// [`ACTOR_COLUMN_MAX`], giving way down to [`ACTOR_COLUMN_MIN`] so that a title keeps
/// [`TITLE_ROOM_MIN`] where it can.
fn fit(room: usize, widest_actors: usize) -> (usize, usize) {
    let mut actors = widest_actors.min(ACTOR_COLUMN_MAX);
    if room.saturating_sub(actors + 2) < TITLE_ROOM_MIN {
        let floor = widest_actors.min(ACTOR_COLUMN_MIN);
        actors = room
            .saturating_sub(TITLE_ROOM_MIN + 2)
            .clamp(floor, actors.max(floor));
    }
    (actors, room.saturating_sub(actors + 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(date: &str, possible: bool, actors: &str, title: &str) -> Row {
        Row {
            date: date.into(),
            possible,
            status: "✓".into(),
            actors: actors.into(),
            title: title.into(),
        }
    }

    fn plain(text: &str) -> String {
        text.to_owned()
    }

    const MANY: &str = "china, india, gulf-states, un, putin, russia, ukraine";

    fn a_long_row_and_a_short_one() -> [Row; 2] {
        [
            row(
                "24 Feb 2022†",
                false,
                MANY,
                "A title that runs on for quite a while",
            ),
            row("13 Mar 2022", false, "us", "Short"),
        ]
    }

    #[test]
    fn into_a_pipe_nothing_is_cut() {
        let rows = a_long_row_and_a_short_one();
        assert_eq!(
            render(&rows, None, plain),
            "24 Feb 2022†  ✓  china, india, gulf-states, un, putin, russia, ukraine  A title that runs on for quite a while\n\
             13 Mar 2022   ✓  us                                                     Short\n"
        );
    }

    #[test]
    fn on_a_terminal_the_columns_fit_its_width() {
        let rows = a_long_row_and_a_short_one();
        let text = render(&rows, Some(80), plain);
        for line in text.lines() {
            assert!(text_width(line) <= 80, "{line}");
        }
        assert_eq!(
            text.lines().next().unwrap(),
            "24 Feb 2022†  ✓  china, india, gulf-states, un, puti…  A title that runs on for…"
        );
        // Narrower: the actors give way before the title does.
        let narrow = render(&rows, Some(60), plain);
        assert_eq!(
            narrow.lines().next().unwrap(),
            "24 Feb 2022†  ✓  china, india, gu…  A title that runs on fo…"
        );
    }

    #[test]
    fn possible_matches_are_marked_in_a_column_of_their_own() {
        let rows = [
            row("≤ 20 Feb 2022†", true, "china", "Asked to wait"),
            row("4–20 Feb 2022", false, "china", "Games"),
        ];
        assert_eq!(
            render(&rows, None, plain),
            "≤ 20 Feb 2022†  ≈ ✓  china  Asked to wait\n\
             4–20 Feb 2022     ✓  china  Games\n"
        );
    }

    #[test]
    fn the_legend_names_every_mark_the_listing_uses() {
        use crate::model::{DateBasis, Status};
        let legend = super::super::args::LIST_MARKS;
        for status in Status::ALL {
            assert!(
                legend.contains(&format!("{} {}", status.mark(), status.name())),
                "{status:?}"
            );
        }
        for basis in [DateBasis::Inferred, DateBasis::Outside] {
            assert!(
                legend.contains(&format!("{} {}", basis.mark(), basis.in_words())),
                "{basis:?}"
            );
        }
        assert!(legend.contains("≈ "));
    }
}
