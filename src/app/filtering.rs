//! Carrying out the filter intents: the pickers, the search prompt and the date prompts.

use tui_input::InputRequest;

use super::choice_picker::{ChoiceKind, ChoicePicker};
use super::line::TextLine;
use super::picker::ActorPicker;
use super::prompt::{Prompt, PromptKind, typed_period};
use super::{App, OpenAt, Overlay, Screen};
use crate::query::Query;

impl App {
    pub fn open_actor_filter(&mut self) {
        let picker = ActorPicker::new(
            &self.timeline,
            &self.query.actors,
            self.query.actor_match,
            &self.actor_event_counts,
        );
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
            self.query.actors = picker.list.ticked;
            self.query.actor_match = picker.matching;
            self.refilter();
        }
    }

    pub fn open_search(&mut self) {
        self.search_origin = self.place();
        self.search_line = TextLine::new(&self.query.text);
        self.search_recalled = None;
        self.overlay = Some(Overlay::Search);
    }

    /// Edits the search; the filter follows each change of its text.
    pub fn edit_search(&mut self, request: InputRequest) {
        if self.search_line.edit(request) {
            self.query.text = self.search_line.value().to_owned();
            self.refilter();
        }
    }

    /// Ctrl-p and Ctrl-n: an older or newer search of this session, as readline recalls lines.
    pub fn recall_search(&mut self, older: bool) {
        let count = self.search_history.len();
        let position = match (self.search_recalled, older) {
            (None, true) if count > 0 => Some(count - 1),
            (Some(i), true) => Some(i.saturating_sub(1)),
            (Some(i), false) if i + 1 < count => Some(i + 1),
            _ => None,
        };
        let text = position.map_or(String::new(), |i| self.search_history[i].clone());
        self.search_recalled = position;
        self.search_line = TextLine::new(&text);
        self.query.text = text;
        self.refilter();
    }

    /// Enter in the search: keeps it, and makes the search a jump that Back returns from.
    pub fn keep_search(&mut self) {
        self.overlay = None;
        let text = self.query.text.trim();
        if !text.is_empty() && self.search_history.last().map(String::as_str) != Some(text) {
            self.search_history.push(text.to_owned());
        }
        if let Some(origin) = self.search_origin.take()
            && self.place() != Some(origin)
        {
            self.note_jump_from(origin);
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

    pub fn open_prompt(&mut self, kind: PromptKind) {
        self.overlay = Some(Overlay::Prompt(Prompt::new(kind)));
    }

    /// Edits the open prompt's text.
    pub fn edit_prompt(&mut self, request: InputRequest) {
        if let Some(Overlay::Prompt(prompt)) = &mut self.overlay
            && prompt.input.edit(request)
        {
            prompt.error = None;
        }
    }

    /// Carries out the open prompt; on a date it cannot read, keeps it open and says why.
    pub fn submit_prompt(&mut self) {
        let Some(Overlay::Prompt(prompt)) = &mut self.overlay else {
            return;
        };
        let (kind, input) = (prompt.kind, prompt.input.value().trim().to_owned());
        if kind == PromptKind::Find {
            self.overlay = None;
            return self.find_in_source(&input);
        }
        let period = if input.is_empty() {
            Ok((None, None))
        } else {
            typed_period(&input)
        };
        let (first, last) = match period {
            Ok(period) => period,
            Err(message) => {
                prompt.error = Some(message);
                return;
            }
        };
        self.overlay = None;
        match kind {
            PromptKind::DateFilter => {
                (self.query.from, self.query.to) = (first, last);
                self.refilter();
            }
            PromptKind::GoToDate => match first.or(last) {
                Some(day) => {
                    self.before_jump();
                    self.select_at(OpenAt::Date(day));
                    self.after_jump();
                }
                None => self.status = Some("No date given".to_owned()),
            },
            PromptKind::AsOf => {
                self.query.as_of = last.or(first);
                self.refilter();
            }
            PromptKind::Find => {}
        }
    }

    /// Finds text in the open source, or forgets the find when `needle` is empty.
    fn find_in_source(&mut self, needle: &str) {
        let (_, height) = self.source_size();
        let Screen::Source(view) = &mut self.screen else {
            return;
        };
        if needle.is_empty() {
            view.matches.clear();
            view.current_match = None;
            return;
        }
        let found = view.find(&self.timeline, needle, height);
        self.status = Some(match found {
            0 => "Not found in this source".to_owned(),
            1 => "1 match · n/N next/previous".to_owned(),
            n if n == super::source_view::MATCHES_KEPT => {
                format!("The first {n} matches · n/N next/previous")
            }
            n => format!("{n} matches · n/N next/previous"),
        });
    }

    /// `n`/`N` in the source view: the next or previous match of the find.
    pub fn step_find(&mut self, forward: bool) {
        let (_, height) = self.source_size();
        let Screen::Source(view) = &mut self.screen else {
            return;
        };
        if view.step_match(if forward { 1 } else { -1 }, height) {
            let (at, count) = (view.current_match.unwrap_or(0) + 1, view.matches.len());
            self.status = Some(format!("Match {at} of {count}"));
        } else {
            self.status = Some("No find: press / to find text in this source".to_owned());
        }
    }

    pub fn clear_date_filter(&mut self) {
        if self.query.from.is_none() && self.query.to.is_none() {
            self.status = Some("No date filter to clear".to_owned());
            return;
        }
        (self.query.from, self.query.to) = (None, None);
        self.refilter();
    }

    pub fn clear_all_filters(&mut self) {
        if self.query.is_empty() {
            self.status = Some("No filter to clear".to_owned());
            return;
        }
        self.query = Query {
            actor_match: self.query.actor_match,
            ..Query::default()
        };
        self.refilter();
    }

    pub fn open_choice(&mut self, kind: ChoiceKind) {
        let picker = ChoicePicker::new(kind, &self.timeline, &self.query);
        if picker.choices.is_empty() {
            self.status = Some(
                match kind {
                    ChoiceKind::Claims => "No event records who asserts or denies",
                    ChoiceKind::Tags => "No event has a tag",
                    ChoiceKind::Status | ChoiceKind::Sources => "Nothing to choose from",
                }
                .to_owned(),
            );
            return;
        }
        self.overlay = Some(Overlay::Choice(picker));
    }

    /// Runs `change` on the open picker of status, claims, tags or sources.
    pub fn with_choice(&mut self, change: impl FnOnce(&mut ChoicePicker)) {
        if let Some(Overlay::Choice(picker)) = &mut self.overlay {
            change(picker);
        }
    }

    pub fn apply_choice(&mut self) {
        if let Some(Overlay::Choice(picker)) = self.overlay.take() {
            picker.apply_to(&mut self.query);
            self.refilter();
        }
    }
}
