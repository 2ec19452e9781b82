//! Copying a quote with its citation, or a whole event as Markdown, and opening a source's URL.

use super::{App, Screen, TerminalRequest};
use crate::model::{Event, Excerpt, SourceIndex, Timeline};
use crate::sanitize::{sanitize_line, sanitize_text};

impl App {
    /// The event and excerpt in focus: the source view's, or the selected event's first.
    fn focused_excerpt(&self) -> Option<(&Event, &Excerpt)> {
        let (event, excerpt) = match &self.screen {
            Screen::Source(view) => (view.event, view.excerpt),
            Screen::Timeline => (self.selected_event()?, 0),
        };
        let event = self.timeline.event(event);
        Some((event, event.excerpts.get(excerpt)?))
    }

    /// `y`: the focused quote with its citation, to the clipboard.
    pub fn copy_excerpt(&mut self) {
        let Some((event, excerpt)) = self.focused_excerpt() else {
            self.status = Some("No excerpt to copy".to_owned());
            return;
        };
        let text = citation(&self.timeline, event, excerpt);
        self.status = Some("Copied the quote with its citation (OSC 52)".to_owned());
        self.request = Some(TerminalRequest::Copy(text));
    }

    /// `Y`: the selected event as Markdown, to the clipboard.
    pub fn copy_event(&mut self) {
        let event = match &self.screen {
            Screen::Source(view) => Some(view.event),
            Screen::Timeline => self.selected_event(),
        };
        let Some(event) = event else {
            self.status = Some("No event to copy".to_owned());
            return;
        };
        let timeline = &self.timeline;
        let related = |e: &Event| e.related.iter().map(|&r| timeline.event(r)).collect();
        let section = crate::export::markdown::event_section(timeline, timeline.event(event), related);
        let text = sanitize_text(&section).into_owned();
        self.status = Some("Copied the event as Markdown (OSC 52)".to_owned());
        self.request = Some(TerminalRequest::Copy(text));
    }

    /// The source in focus: the focused excerpt's, or else one the selected event cites.
    fn focused_source(&self) -> Option<SourceIndex> {
        if let Some((_, excerpt)) = self.focused_excerpt() {
            return Some(excerpt.source);
        }
        // Of the sources the event cites, the first with a web address (an imported
        // timeline cites its file first, which has none), else the first.
        let event = self.timeline.event(self.selected_event()?);
        let cites = event.cites();
        let linked = cites.iter().find(|&&s| self.timeline.source(s).url.is_some());
        linked.or(cites.first()).copied()
    }

    /// `o`: the focused source's web address, opened with the system's opener.
    pub fn open_url(&mut self) {
        let Some(source) = self.focused_source() else {
            self.status = Some("No source to open".to_owned());
            return;
        };
        let source = self.timeline.source(source);
        match source.url.as_deref().map(str::trim) {
            Some(url) if is_web_address(url) => {
                self.status = Some(format!("Opening {}", sanitize_line(url)));
                self.request = Some(TerminalRequest::Open(url.to_owned()));
            }
            Some(url) => {
                self.status = Some(format!("Not a web address, not opened: {}", sanitize_line(url)));
            }
            None => self.status = Some("This source has no URL".to_owned()),
        }
    }

    /// The focused source's web address, if it has one.
    pub fn focused_url(&self) -> Option<String> {
        self.timeline.source(self.focused_source()?).url.clone()
    }

    /// After the opener could not be run: the address, to copy by hand.
    pub fn opener_missing(&mut self, url: &str) {
        self.status = Some(format!(
            "No program to open it with; the URL: {}",
            sanitize_line(url)
        ));
    }
}

/// Only `http` and `https` addresses are opened.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// `“quote” — Title, Outlet, published 14 Mar 2022, https://… (event of 13 Mar 2022)`, made safe.
pub fn citation(timeline: &Timeline, event: &Event, excerpt: &Excerpt) -> String {
    let source = timeline.source(excerpt.source);
    let mut parts = vec![sanitize_line(&source.title).into_owned()];
    if let Some(outlet) = &source.outlet {
        parts.push(sanitize_line(outlet).into_owned());
    }
    if let Some(published) = source.published {
        parts.push(format!("published {published}"));
    }
    if let Some(url) = &source.url {
        parts.push(sanitize_line(url).into_owned());
    }
    format!(
        "“{}” — {} (event of {})",
        sanitize_line(excerpt.quote.trim()),
        parts.join(", "),
        event.date_meaning()
    )
}
