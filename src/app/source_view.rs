//! The source view's state: which excerpt is shown, the cited passages, the wrapped lines, the scroll.

use std::ops::Range;

use super::wrap::wrap;
use crate::model::{EventIndex, SourceIndex, Timeline};

/// A stretch of the source text cited by one or more events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub span: Range<usize>,
    /// The events citing exactly this span, in timeline order.
    pub citing: Vec<EventIndex>,
}

#[derive(Debug, Clone)]
pub struct SourceView {
    /// The event whose excerpts `n`/`N` cycle through.
    pub event: EventIndex,
    /// The excerpt shown, as an index into the event's excerpts.
    pub excerpt: usize,
    pub source: SourceIndex,
    /// Every cited passage of this source, by position.
    pub passages: Vec<Passage>,
    /// The passage `Enter` follows.
    pub focus: usize,
    /// The wrapped lines (byte ranges of the source text) at `width`.
    pub lines: Vec<Range<usize>>,
    pub width: usize,
    /// The first line drawn.
    pub scroll: usize,
    /// Where the text found with `/` occurs, in order, and which one `n`/`N` last went to.
    pub matches: Vec<Range<usize>>,
    pub current_match: Option<usize>,
}

/// The most matches a find in the source keeps.
pub const MATCHES_KEPT: usize = 100_000;

impl SourceView {
    /// Opens the source of the event's excerpt number `excerpt`, scrolled to it.
    pub fn open(
        timeline: &Timeline,
        event: EventIndex,
        excerpt: usize,
        width: usize,
        height: usize,
    ) -> Option<Self> {
        let cited = timeline.event(event).excerpts.get(excerpt)?;
        let source = cited.source;
        let passages = passages_of(timeline, source);
        let focus = passages.iter().position(|p| p.span == cited.span).unwrap_or(0);
        let mut view = SourceView {
            event,
            excerpt,
            source,
            passages,
            focus,
            lines: Vec::new(),
            width: 0,
            scroll: 0,
            matches: Vec::new(),
            current_match: None,
        };
        view.relayout(timeline, width, height);
        Some(view)
    }

    /// The span of the excerpt being shown.
    pub fn excerpt_span(&self, timeline: &Timeline) -> Range<usize> {
        timeline.event(self.event).excerpts[self.excerpt].span.clone()
    }

    /// Re-wraps for a new width and keeps the focused passage in view.
    pub fn relayout(&mut self, timeline: &Timeline, width: usize, height: usize) {
        if width != self.width || self.lines.is_empty() {
            self.lines = wrap(&timeline.source(self.source).text, width);
            self.width = width;
        }
        self.reveal_focus(height);
    }

    /// Scrolls so the focused passage starts a third of the way down the view.
    pub fn reveal_focus(&mut self, height: usize) {
        let Some(passage) = self.passages.get(self.focus) else {
            return;
        };
        let line = self.line_of(passage.span.start);
        let end_line = self.line_of(passage.span.end.saturating_sub(1));
        let visible = self.scroll..self.scroll + height;
        if !(visible.contains(&line) && visible.contains(&end_line)) {
            self.scroll = line.saturating_sub(height / 3);
        }
        self.clamp_scroll(height);
    }

    /// Finds `needle` in the source text (case, accents and spaces ignored, as the search does)
    /// and goes to the first match at or after the top of the view; returns how many there are.
    pub fn find(&mut self, timeline: &Timeline, needle: &str, height: usize) -> usize {
        let text = &timeline.source(self.source).text;
        self.matches = crate::search_fold::find_folded(text, needle);
        self.matches.truncate(MATCHES_KEPT);
        let top = self.lines.get(self.scroll).map_or(0, |l| l.start);
        self.current_match = None;
        if !self.matches.is_empty() {
            let first = self.matches.partition_point(|m| m.start < top) % self.matches.len();
            self.go_to_match(first, height);
        }
        self.matches.len()
    }

    /// Goes `delta` matches on from the current one, wrapping around; false without matches.
    pub fn step_match(&mut self, delta: isize, height: usize) -> bool {
        let count = self.matches.len();
        if count == 0 {
            return false;
        }
        let next = match self.current_match {
            Some(i) => (i as isize + delta).rem_euclid(count as isize) as usize,
            None => 0,
        };
        self.go_to_match(next, height);
        true
    }

    fn go_to_match(&mut self, index: usize, height: usize) {
        self.current_match = Some(index);
        let line = self.line_of(self.matches[index].start);
        if !(self.scroll..self.scroll + height).contains(&line) {
            self.scroll = line.saturating_sub(height / 3);
            self.clamp_scroll(height);
        }
    }

    pub fn scroll_by(&mut self, delta: isize, height: usize) {
        self.scroll = self.scroll.saturating_add_signed(delta);
        self.clamp_scroll(height);
    }

    fn clamp_scroll(&mut self, height: usize) {
        self.scroll = self.scroll.min(self.lines.len().saturating_sub(height.max(1)));
    }

    /// The wrapped line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.lines
            .partition_point(|l| l.end < offset)
            .min(self.lines.len().saturating_sub(1))
    }

    /// Whether the focused passage is also cited by an event other than the one shown.
    pub fn focus_cited_elsewhere(&self) -> bool {
        self.passages
            .get(self.focus)
            .is_some_and(|p| p.citing.iter().any(|&e| e != self.event))
    }

    /// Moves the passage focus by `delta`, wrapping around.
    pub fn move_focus(&mut self, delta: isize, height: usize) {
        let count = self.passages.len();
        if count == 0 {
            return;
        }
        self.focus = (self.focus as isize + delta).rem_euclid(count as isize) as usize;
        self.reveal_focus(height);
    }
}

/// All passages of `source` cited by any event, sorted by position, identical spans merged.
fn passages_of(timeline: &Timeline, source: SourceIndex) -> Vec<Passage> {
    if !timeline.source(source).has_text() {
        return Vec::new();
    }
    let mut cited: Vec<(Range<usize>, EventIndex)> = Vec::new();
    for (i, event) in timeline.events.iter().enumerate() {
        for excerpt in event.excerpts.iter().filter(|e| e.source == source) {
            cited.push((excerpt.span.clone(), EventIndex(i as u32)));
        }
    }
    cited.sort_by_key(|(span, event)| (span.start, span.end, *event));
    let mut passages: Vec<Passage> = Vec::new();
    for (span, event) in cited {
        match passages.last_mut() {
            Some(last) if last.span == span => {
                if !last.citing.contains(&event) {
                    last.citing.push(event);
                }
            }
            _ => passages.push(Passage {
                span,
                citing: vec![event],
            }),
        }
    }
    passages
}
