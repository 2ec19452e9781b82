//! Moving through the timeline: selection, paging, scrolling, and jumping to an event.

use super::layout::{Areas, inner_height};
use super::{App, Focus, Screen};
use crate::model::EventIndex;
use crate::query::Query;

impl App {
    /// Rows of the list that fit on screen now.
    pub fn list_height(&self) -> usize {
        inner_height(Areas::compute(self.size).list).max(1)
    }

    pub fn move_selection(&mut self, delta: isize) {
        self.select_position(self.selection.selected.saturating_add_signed(delta));
    }

    /// Selects the event, or the first listed one on or after the day. When the event is hidden
    /// by the filters, or nothing is that late, the nearest listed event is selected and the
    /// footer says so.
    pub fn select_at(&mut self, at: super::OpenAt) {
        let position = match at {
            super::OpenAt::Event(event) => {
                let position = self.visible.partition_point(|&e| e < event);
                if self.visible.get(position) != Some(&event) {
                    let id = crate::sanitize::sanitize_line(self.timeline.event(event).id()).into_owned();
                    self.status = Some(format!(
                        "`{id}` is hidden by the filters; the nearest event is selected"
                    ));
                }
                position
            }
            super::OpenAt::Date(day) => {
                let timeline = &self.timeline;
                let position = self
                    .visible
                    .partition_point(|&e| timeline.event(e).date.sort_day() < day);
                if position == self.visible.len() {
                    self.status = Some(format!("No listed event on or after {}", day.format("%-d %b %Y")));
                }
                position
            }
        };
        self.select_position(position.min(self.visible.len().saturating_sub(1)));
    }

    pub fn select_position(&mut self, position: usize) {
        let before = self.selection.selected;
        self.selection.select(position, self.visible.len());
        if self.selection.selected != before {
            self.detail_scroll = 0;
        }
        self.scroll_selection_into_view();
    }

    pub fn scroll_selection_into_view(&mut self) {
        if let Some(event) = self.selected_event() {
            self.remembered = Some(event);
        }
        let position = self.selection.selected;
        let Some(&row) = self.rows.row_of_event.get(position) else {
            self.selection.offset = 0;
            return;
        };
        let lead = usize::from(self.rows.has_gap_above(position));
        let height = self.list_height();
        self.selection
            .keep_in_view(row, lead, height, self.rows.rows.len());
    }

    /// A page of list rows, as a count of events to move by.
    pub fn page(&self) -> isize {
        self.list_height().saturating_sub(1).max(1) as isize
    }

    /// Selects `event`, clearing the filters first when they hide it.
    pub fn go_to_event(&mut self, event: EventIndex) {
        if self.visible.binary_search(&event).is_err() {
            self.query = Query::default();
            self.refilter();
            self.finish_filter();
            self.status = Some("Filters cleared to show that event".to_owned());
        }
        if let Ok(position) = self.visible.binary_search(&event) {
            self.select_position(position);
        }
        self.screen = Screen::Timeline;
        self.focus = Focus::List;
    }

    pub fn jump_to_related(&mut self, n: u8) {
        let Some(selected) = self.selected_event() else {
            return;
        };
        let related = &self.timeline.event(selected).related;
        match related.get(usize::from(n).saturating_sub(1)) {
            Some(&target) => {
                self.before_jump();
                self.go_to_event(target);
                self.after_jump();
            }
            None => {
                let message = match related.len() {
                    0 => "This event has no related events".to_owned(),
                    count => format!("This event has {count} related events"),
                };
                self.status = Some(message);
            }
        }
    }

    /// Scrolls the text that has the keyboard (help, source or detail) by `delta` lines.
    pub fn scroll_text(&mut self, delta: isize) {
        if let Some(super::Overlay::Help { scroll } | super::Overlay::About { scroll }) = &mut self.overlay {
            *scroll = scroll.saturating_add_signed(delta);
            return;
        }
        let height = inner_height(Areas::compute(self.size).source);
        match &mut self.screen {
            Screen::Source(view) => view.scroll_by(delta, height),
            Screen::Timeline => self.scroll_detail(delta),
        }
    }

    /// Scrolls the detail pane, never past its last line.
    pub fn scroll_detail(&mut self, delta: isize) {
        if self.selected_event().is_none() {
            return;
        }
        let area = Areas::compute(self.size).detail;
        let max = self.detail_lines.saturating_sub(inner_height(area));
        self.detail_scroll = self.detail_scroll.saturating_add_signed(delta).min(max);
    }

    /// Whether `Enter` in the source view would go to another event.
    pub fn passage_cited_elsewhere(&self) -> bool {
        matches!(&self.screen, Screen::Source(view) if view.focus_cited_elsewhere())
    }

    /// A page of the focused text.
    /// `]` and `[`: the first event of the next period (year or month, as the ruler counts),
    /// or of the last period before this one that has events.
    pub fn move_by_period(&mut self, forward: bool) {
        let Some(selected) = self.selected_event() else {
            return;
        };
        let day = |e: EventIndex| self.timeline.event(e).date.sort_day();
        let period = self.ruler.period();
        let (start, _, after) = super::ruler::period_bounds(day(selected), period);
        let target = if forward {
            let next = self.visible.partition_point(|&e| day(e) < after);
            (next < self.visible.len()).then_some(after)
        } else {
            let earlier = self.visible.partition_point(|&e| day(e) < start);
            earlier
                .checked_sub(1)
                .map(|p| super::ruler::period_bounds(day(self.visible[p]), period).0)
        };
        match target {
            Some(day) => self.select_at(super::OpenAt::Date(day)),
            None => {
                let which = if forward { "later" } else { "earlier" };
                self.status = Some(format!("No {which} events"));
            }
        }
    }

    /// `f`: only the events of the ruler's period (year or month) that holds the selection.
    pub fn filter_to_period(&mut self) {
        let Some(selected) = self.selected_event() else {
            return;
        };
        let day = self.timeline.event(selected).date.sort_day();
        let (start, _, after) = super::ruler::period_bounds(day, self.ruler.period());
        self.query.from = Some(start);
        self.query.to = after.pred_opt();
        self.refilter();
    }

    /// Rows of a picker that fit on the screen: what a page moves its cursor.
    pub fn picker_page(&self) -> isize {
        (self.size.height as isize - 8).max(1)
    }

    pub fn text_page(&self) -> isize {
        let areas = Areas::compute(self.size);
        let area = match (&self.screen, self.focus) {
            (Screen::Source(_), _) => areas.source,
            (Screen::Timeline, Focus::Detail) => areas.detail,
            (Screen::Timeline, Focus::List) => areas.list,
        };
        inner_height(area).saturating_sub(1).max(1) as isize
    }
}
