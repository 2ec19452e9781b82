//! Carrying out the filter intents: the actor filter popup and the search prompt.

use super::picker::ActorPicker;
use super::{App, Overlay};

impl App {
    pub fn open_actor_filter(&mut self) {
        let picker = ActorPicker::new(&self.timeline, &self.query.actors, self.query.actor_match);
        self.overlay = Some(Overlay::ActorFilter(picker));
    }

    pub fn clear_actor_filter(&mut self) {
        if self.query.actors.is_empty() {
            self.status = Some("No actor filter to clear".to_owned());
            return;
        }
        self.query.actors.clear();
        self.refilter();
    }

    /// Runs `change` on the open actor filter, if it is open.
    pub fn with_picker(&mut self, change: impl FnOnce(&mut ActorPicker, &crate::model::Timeline)) {
        if let Some(Overlay::ActorFilter(picker)) = &mut self.overlay {
            change(picker, &self.timeline);
        }
    }

    pub fn apply_actor_filter(&mut self) {
        if let Some(Overlay::ActorFilter(picker)) = self.overlay.take() {
            self.query.actors = picker.ticked;
            self.query.actor_match = picker.matching;
            self.refilter();
        }
    }

    pub fn open_search(&mut self) {
        self.overlay = Some(Overlay::Search);
    }

    pub fn type_into_search(&mut self, c: char) {
        self.query.text.push(c);
        self.refilter();
    }

    pub fn delete_from_search(&mut self) {
        if self.query.text.pop().is_some() {
            self.refilter();
        }
    }

    pub fn clear_search(&mut self) {
        self.overlay = None;
        if !self.query.text.is_empty() {
            self.query.text.clear();
            self.refilter();
        }
    }

    /// Selects the next (or previous) event, wrapping around: with a search active, every
    /// listed event is a match.
    pub fn next_match(&mut self, forward: bool) {
        if self.query.text.trim().is_empty() {
            self.status = Some("No search: press / to search".to_owned());
            return;
        }
        let count = self.visible.len();
        if count == 0 {
            return;
        }
        let step = if forward { 1 } else { count - 1 };
        let position = (self.selection.selected + step) % count;
        self.select_position(position);
    }
}
