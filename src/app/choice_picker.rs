//! The pickers for status, claims, tags and sources: ticked values, narrowing text, one option.

use super::checklist::Checklist;
use crate::model::{ActorIndex, SourceIndex, Stance, Status, Timeline};
use crate::query::{Query, source_count};

/// Which filter a picker sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceKind {
    Status,
    /// Who asserts or denies.
    Claims,
    Tags,
    Sources,
}

/// One value a picker offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChoiceValue {
    Status(Status),
    Actor(ActorIndex),
    Tag(Box<str>),
    Source(SourceIndex),
}

/// A row of a picker: the value, its name and what is known of it (how many events).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub value: ChoiceValue,
    pub label: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoicePicker {
    pub kind: ChoiceKind,
    pub choices: Vec<Choice>,
    /// The ticked rows (indices into `choices`), and the text that narrows them (case and
    /// accents ignored).
    pub list: Checklist<usize>,
    /// The claims picker's stance (Tab cycles any, asserts, denies).
    pub stance: Option<Stance>,
    /// The sources picker's "single source only" (Tab).
    pub single_source: bool,
    /// For the sources picker: how many events rest on a single source.
    pub single_source_events: usize,
}

impl ChoicePicker {
    /// A picker of `kind` over the timeline, with the query's current values ticked.
    pub fn new(kind: ChoiceKind, timeline: &Timeline, query: &Query) -> Self {
        let choices = match kind {
            ChoiceKind::Status => status_choices(timeline),
            ChoiceKind::Claims => claim_choices(timeline),
            ChoiceKind::Tags => tag_choices(timeline),
            ChoiceKind::Sources => source_choices(timeline),
        };
        let is_current = |value: &ChoiceValue| match value {
            ChoiceValue::Status(s) => query.statuses.contains(s),
            ChoiceValue::Actor(a) => query.claims.by.contains(a),
            ChoiceValue::Tag(t) => query.tags.contains(t),
            ChoiceValue::Source(s) => query.sources.contains(s),
        };
        let ticked = (0..choices.len())
            .filter(|&i| is_current(&choices[i].value))
            .collect();
        let single_source_events = match kind {
            ChoiceKind::Sources => timeline.events.iter().filter(|e| source_count(e) == 1).count(),
            _ => 0,
        };
        ChoicePicker {
            kind,
            choices,
            list: Checklist::new(ticked),
            stance: query.claims.stance,
            single_source: query.single_source,
            single_source_events,
        }
    }

    /// The rows shown, as indices into `choices`: all of them with nothing typed, else those
    /// the typed text matches fuzzily, best first.
    pub fn entries(&self) -> Vec<usize> {
        let names = |i: usize| vec![self.choices[i].label.as_str()];
        super::fuzzy::ranked(self.list.narrow.value(), self.choices.len(), names, |i| i)
    }

    pub fn move_cursor(&mut self, delta: isize) {
        let rows = self.entries().len();
        self.list.move_cursor(delta, rows);
    }

    pub fn toggle_under_cursor(&mut self) {
        if let Some(&choice) = self.entries().get(self.list.cursor) {
            self.list.toggle(choice);
        }
    }

    /// Tab: the claims picker cycles its stance, the sources picker its single-source option.
    pub fn cycle_option(&mut self) {
        match self.kind {
            ChoiceKind::Claims => {
                self.stance = match self.stance {
                    None => Some(Stance::Asserts),
                    Some(Stance::Asserts) => Some(Stance::Denies),
                    Some(Stance::Denies) => None,
                }
            }
            ChoiceKind::Sources => self.single_source = !self.single_source,
            ChoiceKind::Status | ChoiceKind::Tags => {}
        }
    }

    /// Sets the query's filter of this kind to what is ticked.
    pub fn apply_to(&self, query: &mut Query) {
        let mut ticked = self.list.ticked.clone();
        ticked.sort_unstable();
        let values = ticked.iter().map(|&i| &self.choices[i].value);
        match self.kind {
            ChoiceKind::Status => {
                query.statuses = values
                    .filter_map(|v| match v {
                        ChoiceValue::Status(s) => Some(*s),
                        _ => None,
                    })
                    .collect();
            }
            ChoiceKind::Claims => {
                query.claims.by = values
                    .filter_map(|v| match v {
                        ChoiceValue::Actor(a) => Some(*a),
                        _ => None,
                    })
                    .collect();
                query.claims.stance = self.stance;
            }
            ChoiceKind::Tags => {
                query.tags = values
                    .filter_map(|v| match v {
                        ChoiceValue::Tag(t) => Some(t.clone()),
                        _ => None,
                    })
                    .collect();
            }
            ChoiceKind::Sources => {
                query.sources = values
                    .filter_map(|v| match v {
                        ChoiceValue::Source(s) => Some(*s),
                        _ => None,
                    })
                    .collect();
                query.single_source = self.single_source;
            }
        }
    }
}

/// `12 events`, `1 event`.
fn events(n: usize) -> String {
    match n {
        1 => "1 event".to_owned(),
        n => format!("{n} events"),
    }
}

fn status_choices(timeline: &Timeline) -> Vec<Choice> {
    Status::ALL
        .iter()
        .map(|&status| {
            let count = timeline.events.iter().filter(|e| e.status == status).count();
            Choice {
                value: ChoiceValue::Status(status),
                label: format!("{} {}", status.mark(), status.name()),
                detail: events(count),
            }
        })
        .collect()
}

/// Every actor who asserts or denies something, itself or through a member, with how many
/// events hold such a claim; the most frequent first.
fn claim_choices(timeline: &Timeline) -> Vec<Choice> {
    let groups: Vec<Vec<ActorIndex>> = (0..timeline.actors.len())
        .map(|a| timeline.groups_of(ActorIndex(a as u32)))
        .collect();
    let mut counts = vec![0usize; timeline.actors.len()];
    let mut in_event: Vec<ActorIndex> = Vec::new();
    for event in &timeline.events {
        in_event.clear();
        for by in event.claims().iter().filter_map(|c| c.by) {
            in_event.extend(&groups[by.0 as usize]);
        }
        in_event.sort_unstable();
        in_event.dedup();
        for actor in &in_event {
            counts[actor.0 as usize] += 1;
        }
    }
    let mut order: Vec<usize> = (0..counts.len()).filter(|&a| counts[a] > 0).collect();
    order.sort_by(|&a, &b| {
        counts[b]
            .cmp(&counts[a])
            .then_with(|| timeline.actors[a].name.cmp(&timeline.actors[b].name))
    });
    order
        .into_iter()
        .map(|a| Choice {
            value: ChoiceValue::Actor(ActorIndex(a as u32)),
            label: timeline.actors[a].name.clone(),
            detail: format!("{} with claims", events(counts[a])),
        })
        .collect()
}

/// Every tag, the most frequent first.
fn tag_choices(timeline: &Timeline) -> Vec<Choice> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for event in &timeline.events {
        for tag in &event.tags {
            *counts.entry(&**tag).or_default() += 1;
        }
    }
    let mut tags: Vec<(&str, usize)> = counts.into_iter().collect();
    tags.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    tags.into_iter()
        .map(|(tag, count)| Choice {
            value: ChoiceValue::Tag(tag.into()),
            label: format!("#{tag}"),
            detail: events(count),
        })
        .collect()
}

/// Every source in file order, with its outlet and how many events quote it.
fn source_choices(timeline: &Timeline) -> Vec<Choice> {
    let mut counts = vec![0usize; timeline.sources.len()];
    for event in &timeline.events {
        let mut cited: Vec<SourceIndex> = event.excerpts.iter().map(|e| e.source).collect();
        cited.sort_unstable();
        cited.dedup();
        for source in cited {
            counts[source.0 as usize] += 1;
        }
    }
    timeline
        .sources
        .iter()
        .enumerate()
        .map(|(i, source)| Choice {
            value: ChoiceValue::Source(SourceIndex(i as u32)),
            label: source.title.clone(),
            detail: match &source.outlet {
                Some(outlet) => format!("{outlet} · {}", events(counts[i])),
                None => events(counts[i]),
            },
        })
        .collect()
}
