//! Back and forward across jumps (related and citing events, the source view, dates, search).

use super::source_view::SourceView;
use super::{App, Screen};
use crate::model::EventIndex;

/// Places kept each way; the oldest go first.
const KEPT: usize = 200;

/// Where the reader was: an event, and the excerpt of it open in the source view, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub event: EventIndex,
    pub excerpt: Option<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct History {
    back: Vec<Place>,
    forward: Vec<Place>,
}

impl History {
    /// After a reload: each place's event found again (by `moved`), those gone dropped.
    pub fn remap(&mut self, moved: &dyn Fn(EventIndex) -> Option<EventIndex>) {
        for places in [&mut self.back, &mut self.forward] {
            *places = places
                .iter()
                .filter_map(|p| moved(p.event).map(|event| Place { event, ..*p }))
                .collect();
        }
    }

    pub fn can_go_back(&self) -> bool {
        !self.back.is_empty()
    }

    pub fn can_go_forward(&self) -> bool {
        !self.forward.is_empty()
    }
}

impl App {
    /// Where the reader is now.
    pub fn place(&self) -> Option<Place> {
        match &self.screen {
            Screen::Source(view) => Some(Place {
                event: view.event,
                excerpt: Some(view.excerpt),
            }),
            Screen::Timeline => self.selected_event().map(|event| Place { event, excerpt: None }),
        }
    }

    /// Notes the place before a jump, so that Back returns to it; a new jump forgets forward.
    pub fn before_jump(&mut self) {
        let Some(place) = self.place() else { return };
        if self.history.back.last() != Some(&place) {
            push_kept(&mut self.history.back, place);
        }
        self.history.forward.clear();
    }

    /// Notes `origin` as the start of a jump that has already happened (a search kept).
    pub fn note_jump_from(&mut self, origin: Place) {
        push_kept(&mut self.history.back, origin);
        self.history.forward.clear();
    }

    /// After a jump: when it went nowhere new, the place noted before it is dropped again.
    pub fn after_jump(&mut self) {
        if self.history.back.last().copied() == self.place() {
            self.history.back.pop();
        }
    }

    pub fn go_back(&mut self) {
        let Some(place) = self.history.back.pop() else {
            self.status = Some("Nowhere to go back to".to_owned());
            return;
        };
        if let Some(here) = self.place() {
            push_kept(&mut self.history.forward, here);
        }
        self.restore(place);
    }

    pub fn go_forward(&mut self) {
        let Some(place) = self.history.forward.pop() else {
            self.status = Some("Nowhere to go forward to".to_owned());
            return;
        };
        if let Some(here) = self.place() {
            push_kept(&mut self.history.back, here);
        }
        self.restore(place);
    }

    fn restore(&mut self, place: Place) {
        self.go_to_event(place.event);
        self.reopen_source(place);
    }

    /// Opens the source view at the place's excerpt, when it has one.
    pub(super) fn reopen_source(&mut self, place: Place) {
        if let Some(excerpt) = place.excerpt {
            let (width, height) = self.source_size();
            if let Some(view) = SourceView::open(&self.timeline, place.event, excerpt, width, height) {
                self.screen = Screen::Source(view);
            }
        }
    }
}

fn push_kept(places: &mut Vec<Place>, place: Place) {
    if places.len() == KEPT {
        places.remove(0);
    }
    places.push(place);
}
