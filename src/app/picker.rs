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
}

impl ActorPicker {
    pub fn new(timeline: &Timeline, ticked: &[ActorIndex], matching: ActorMatch) -> Self {
        let mut order: Vec<ActorIndex> = (0..timeline.actors.len()).map(|i| ActorIndex(i as u32)).collect();
        order.sort_by_key(|&a| {
            let actor = timeline.actor(a);
            (kind_rank(actor.kind), actor.name.to_lowercase())
        });
        ActorPicker {
            order,
            matching,
            list: Checklist::new(ticked.to_vec()),
        }
    }

    /// The actors shown: those matching the narrowing text.
    pub fn entries(&self, timeline: &Timeline) -> Vec<ActorIndex> {
        let needle = self.list.narrow.to_lowercase();
        self.order
            .iter()
            .copied()
            .filter(|&a| {
                let actor = timeline.actor(a);
                needle.is_empty()
                    || actor.id.contains(&needle)
                    || actor.name.to_lowercase().contains(&needle)
                    || actor.aliases.iter().any(|al| al.to_lowercase().contains(&needle))
            })
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
