//! iCalendar (RFC 5545): one all-day VEVENT per event dated to a day or a range of days.
//! Events known only to a month or coarser, with an open or unknown end, or outside the years
//! 1–9999 that iCalendar dates can hold, are left out and named in a warning: a month-long
//! calendar entry would claim more than the timeline knows.

use chrono::{Datelike, NaiveDate};

use crate::model::edtf::{Within, Year};
use crate::model::{DatePoint, DateRange, Event, EventDate, Timeline};

use super::selection::Selection;

/// The calendar text (CRLF line ends, folded at 75 octets), and the ids of events left out.
/// `stamp` is the DTSTAMP every event carries: when the calendar was made, in UTC.
pub(crate) fn calendar(
    selection: &Selection<'_>,
    stamp: chrono::DateTime<chrono::Utc>,
) -> (String, Vec<String>) {
    let timeline = selection.timeline;
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:-//chronicle//chronicle {}//EN", env!("CARGO_PKG_VERSION")),
        "CALSCALE:GREGORIAN".to_owned(),
        format!("X-WR-CALNAME:{}", text(&timeline.title)),
    ];
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    let mut skipped = Vec::new();
    for event in selection.events() {
        let Some((first, last)) = days(event) else {
            skipped.push(event.id().to_owned());
            continue;
        };
        lines.push("BEGIN:VEVENT".to_owned());
        lines.push(format!("UID:{}@chronicle", text(event.id())));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", first.format("%Y%m%d")));
        // The end of an all-day event is the day after its last day (exclusive).
        let end = last.succ_opt().unwrap_or(last);
        lines.push(format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")));
        lines.push(format!("SUMMARY:{}", text(event.title())));
        lines.push(format!("DESCRIPTION:{}", text(&description(timeline, event))));
        if let Some(url) = first_web_address(timeline, event) {
            lines.push(format!("URL:{}", text(url)));
        }
        let status = match event.status {
            crate::model::Status::Confirmed => "CONFIRMED",
            _ => "TENTATIVE",
        };
        lines.push(format!("STATUS:{status}"));
        if !event.tags.is_empty() {
            let tags: Vec<String> = event.tags.iter().map(|t| text(t)).collect();
            lines.push(format!("CATEGORIES:{}", tags.join(",")));
        }
        lines.push("END:VEVENT".to_owned());
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for line in &lines {
        fold(&mut out, line);
    }
    (out, skipped)
}

/// The first and last day of an event dated to a day or a closed range of days.
fn days(event: &Event) -> Option<(NaiveDate, NaiveDate)> {
    let day = |p: &DatePoint| {
        let point = p.edtf_point();
        let (Year::Known(_), Within::Day(..)) = (point.year, point.within) else {
            return None;
        };
        let date = p.first_day();
        (1..=9999).contains(&date.year()).then_some(date)
    };
    match event.date {
        EventDate::Point(p) => day(&p).map(|d| (d, d)),
        EventDate::Range(s, e) => Some((day(&s)?, day(&e)?)),
        EventDate::From(..) | EventDate::Until(..) => None,
    }
}

/// The date in words with its basis, the status, the summary, and the quotes with their sources.
fn description(timeline: &Timeline, event: &Event) -> String {
    let mut parts = Vec::new();
    let when = if event.date_range == DateRange::Within {
        "some time within the dates"
    } else {
        "dated"
    };
    parts.push(format!(
        "{} ({when}, {}); {}",
        event.date_meaning(),
        event.date_basis.in_words(),
        event.status.name()
    ));
    if !event.summary().trim().is_empty() {
        parts.push(event.summary().trim().to_owned());
    }
    for excerpt in &event.excerpts {
        let source = timeline.source(excerpt.source);
        parts.push(format!("“{}” — {}", excerpt.quote.trim(), source.title));
    }
    parts.join("\n\n")
}

fn first_web_address<'a>(timeline: &'a Timeline, event: &Event) -> Option<&'a str> {
    event
        .excerpts
        .iter()
        .filter_map(|x| timeline.source(x.source).url.as_deref())
        .find(|url| super::escape::is_publishable_link(url))
        .map(str::trim)
}

/// A TEXT value: `\`, `;` and `,` escaped, line breaks as `\n`, other controls dropped.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded so that no line exceeds 75 octets, never inside a character, each
/// ending in CRLF; continuation lines begin with a space.
fn fold(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let size = c.len_utf8();
        if width + size > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += size;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        fold(&mut out, &format!("SUMMARY:{}", "é".repeat(60)));
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        assert_eq!(
            out.replace("\r\n ", ""),
            format!("SUMMARY:{}\r\n", "é".repeat(60))
        );
    }

    #[test]
    fn text_values_escape_separators() {
        assert_eq!(text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }
}
