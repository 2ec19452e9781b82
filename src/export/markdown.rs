//! A briefing in Markdown: the title and description, a section per event with its date,
//! status, actors, summary, claims and quotes, and the list of sources. Every text from the
//! timeline is escaped, and only web and mail addresses become links.

use crate::model::{Event, Source, Stance, Timeline};

use super::escape::{is_publishable_link, markdown_destination, markdown_line};
use super::selection::Selection;

/// The whole briefing.
pub(crate) fn briefing(selection: &Selection<'_>) -> String {
    let timeline = selection.timeline;
    let mut out = format!("# {}\n", markdown_line(&timeline.title));
    if let Some(description) = &timeline.description {
        out.push('\n');
        push_paragraphs(&mut out, description);
    }
    let count = |n: usize, noun: &str| format!("{n} {noun}{}", if n == 1 { "" } else { "s" });
    out.push_str(&format!(
        "\n{}, from {}.\n",
        count(selection.events.len(), "event"),
        count(selection.sources.len(), "source")
    ));
    for event in selection.events() {
        out.push('\n');
        out.push_str(&event_section(timeline, event, |e| {
            selection.related(e).collect()
        }));
    }
    if !selection.sources.is_empty() {
        out.push_str("\n## Sources\n\n");
        for &index in &selection.sources {
            out.push_str(&format!("- {}\n", source_line(timeline.source(index))));
        }
    }
    out
}

/// One event as a Markdown section; `related` gives the related events to name.
pub(crate) fn event_section<'a>(
    timeline: &'a Timeline,
    event: &'a Event,
    related: impl Fn(&'a Event) -> Vec<&'a Event>,
) -> String {
    let mut out = format!("## {}\n\n", markdown_line(event.title()));
    let date = markdown_line(&super::in_words(&event.date_meaning().to_string()));
    out.push_str(&format!("- **Date:** {date} ({})\n", event.date_basis.in_words()));
    if let Some(reported) = event.reported() {
        let reported = markdown_line(&super::in_words(&reported.to_string()));
        out.push_str(&format!(
            "- **Reported:** {reported} ({})\n",
            event.reported_basis.in_words()
        ));
    }
    out.push_str(&format!("- **Status:** {}\n", event.status.name()));
    if !event.actors.is_empty() {
        let actors: Vec<String> = event
            .actors
            .iter()
            .map(|p| {
                let name = markdown_line(&timeline.actor(p.actor).name);
                match &p.role {
                    Some(role) => format!("{name} ({})", markdown_line(role)),
                    None => name,
                }
            })
            .collect();
        out.push_str(&format!("- **Actors:** {}\n", actors.join(", ")));
    }
    if !event.tags.is_empty() {
        let tags: Vec<String> = event.tags.iter().map(|t| markdown_line(t)).collect();
        out.push_str(&format!("- **Tags:** {}\n", tags.join(", ")));
    }
    let related = related(event);
    if !related.is_empty() {
        let titles: Vec<String> = related.iter().map(|r| markdown_line(r.title())).collect();
        out.push_str(&format!("- **Related:** {}\n", titles.join("; ")));
    }
    out.push_str(&format!("- **Id:** {}\n", markdown_line(event.id())));
    if !event.summary().trim().is_empty() {
        out.push('\n');
        push_paragraphs(&mut out, event.summary());
    }
    if !event.claims().is_empty() {
        out.push_str("\n**Claims**\n\n");
        for claim in event.claims() {
            let who = claim.by.map_or("Unattributed reports".to_owned(), |a| {
                markdown_line(&timeline.actor(a).name)
            });
            let verb = match claim.stance {
                Stance::Asserts => "asserts",
                Stance::Denies => "denies",
            };
            match claim.statement.as_deref() {
                Some(statement) => out.push_str(&format!("- {who} {verb}: {}\n", markdown_line(statement))),
                None => out.push_str(&format!("- {who} {verb}\n")),
            }
        }
    }
    for excerpt in &event.excerpts {
        let source = timeline.source(excerpt.source);
        out.push_str(&format!(
            "\n> {}\n>\n> — {}\n",
            markdown_line(excerpt.quote.trim()),
            source_line(source)
        ));
        if let Some(note) = &excerpt.note {
            out.push_str(&format!("\n*Note on this excerpt:* {}\n", markdown_line(note)));
        }
    }
    if !event.cites().is_empty() {
        let cited: Vec<String> = event
            .cites()
            .iter()
            .map(|&s| source_line(timeline.source(s)))
            .collect();
        out.push_str(&format!("\n*Cites:* {}\n", cited.join("; ")));
    }
    if let Some(note) = event.note() {
        out.push_str(&format!("\n*Note:* {}\n", markdown_line(note)));
    }
    out
}

/// `[Title](https://…), Outlet, published 14 Mar 2022`: a link only for web and mail addresses;
/// any other address is shown as text after the title.
fn source_line(source: &Source) -> String {
    let title = markdown_line(&source.title);
    let mut parts = vec![match source.url.as_deref() {
        Some(url) if is_publishable_link(url) => format!("[{title}]({})", markdown_destination(url)),
        Some(url) => format!("{title} ({})", markdown_line(url)),
        None => title,
    }];
    if let Some(outlet) = &source.outlet {
        parts.push(markdown_line(outlet));
    }
    if let Some(published) = source.published {
        parts.push(format!("published {}", markdown_line(&published.to_string())));
    }
    parts.join(", ")
}

/// Paragraphs (separated by blank lines) each as one escaped line.
fn push_paragraphs(out: &mut String, text: &str) {
    let mut paragraphs = text
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .peekable();
    while let Some(paragraph) = paragraphs.next() {
        out.push_str(&markdown_line(paragraph));
        out.push('\n');
        if paragraphs.peek().is_some() {
            out.push('\n');
        }
    }
}
