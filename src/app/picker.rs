//! The actor filter popup's state: ticked actors, the narrowing text, the cursor, any/all.

use super::checklist::Checklist;
use crate::model::{ActorIndex, ActorKind, Timeline};
use crate::query::ActorMatch;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorPicker {
    /// Every actor in display order: states first, then organisations, groups, media, people.
    pub order: Vec<ActorIndex>,
    pub matching: ActorMatch,
    /// The ticked actors, and the text that narrows the list (id, name or alias, any case).
    pub list: Checklist<ActorIndex>,
    /// How many events each actor has, members' included: ties in a match go to the busier.
    event_counts: Vec<usize>,
}

impl ActorPicker {
    pub fn new(
        timeline: &Timeline,
        ticked: &[ActorIndex],
        matching: ActorMatch,
        event_counts: &[usize],
    ) -> Self {
        let mut order: Vec<ActorIndex> = (0..timeline.actors.len()).map(|i| ActorIndex(i as u32)).collect();
        order.sort_by_key(|&a| {
            let actor = timeline.actor(a);
            (kind_rank(actor.kind), actor.name.to_lowercase())
        });
        ActorPicker {
            order,
            matching,
            list: Checklist::new(ticked.to_vec()),
            event_counts: event_counts.to_vec(),
        }
    }

    /// The actors shown: with nothing typed, all of them in display order; else those the
    /// typed text matches fuzzily (in id, name or an alias), best first, then those with more
    /// events.
    pub fn entries(&self, timeline: &Timeline) -> Vec<ActorIndex> {
        let typed = self.list.narrow.value();
        if typed.trim().is_empty() {
            return self.order.clone();
        }
        let names = |i: usize| {
            let actor = &timeline.actors[i];
            let mut names = vec![actor.name.as_str(), actor.id.as_str()];
            names.extend(actor.aliases.iter().map(String::as_str));
            names
        };
        let more_events_first = |i: usize| {
            (
                std::cmp::Reverse(self.event_counts[i]),
                timeline.actors[i].name.clone(),
            )
        };
        super::fuzzy::ranked(typed, timeline.actors.len(), names, more_events_first)
            .into_iter()
            .map(|i| ActorIndex(i as u32))
            .collect()
    }

    pub fn move_cursor(&mut self, delta: isize, timeline: &Timeline) {
        let rows = self.entries(timeline).len();
        self.list.move_cursor(delta, rows);
    }

    pub fn toggle_under_cursor(&mut self, timeline: &Timeline) {
        if let Some(&actor) = self.entries(timeline).get(self.list.cursor) {
            self.list.toggle(actor);
        }
    }

    pub fn toggle_matching(&mut self) {
        self.matching = match self.matching {
            ActorMatch::Any => ActorMatch::All,
            ActorMatch::All => ActorMatch::Any,
        };
    }
}

fn kind_rank(kind: ActorKind) -> u8 {
    match kind {
        ActorKind::State => 0,
        ActorKind::Organisation => 1,
        ActorKind::Group => 2,
        ActorKind::Media => 3,
        ActorKind::Person => 4,
        ActorKind::Other => 5,
    }
}
