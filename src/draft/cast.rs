//! The draft's actors: each candidate name as an actor to confirm, and which of them each
//! sentence names.

use std::collections::HashMap;
use std::ops::Range;

use crate::model::UniqueIds;
use crate::model::{RawActor, RawActorRef, RawStr};

use super::names::{Candidate, candidates};

pub(crate) struct Cast {
    pub actors: Vec<RawActor>,
    /// For each sentence that names any, the indexes of the actors it names.
    in_sentence: HashMap<usize, Vec<usize>>,
}

impl Cast {
    /// The candidate actors of `text`, whose sentences are `sentences`.
    pub(crate) fn of(text: &str, sentences: &[Range<usize>]) -> Cast {
        let found = candidates(text, sentences);
        let mut ids = UniqueIds::default();
        let actors = found.iter().map(|c| actor(c, &mut ids)).collect();
        let mut in_sentence: HashMap<usize, Vec<usize>> = HashMap::new();
        for (index, candidate) in found.iter().enumerate() {
            for &sentence in &candidate.sentences {
                in_sentence.entry(sentence).or_default().push(index);
            }
        }
        Cast { actors, in_sentence }
    }

    /// The actors the sentences name, each once, in the order of the cast.
    pub(crate) fn named_in(&self, sentences: impl Iterator<Item = usize>) -> Vec<RawActorRef<'static>> {
        let mut named: Vec<usize> = sentences
            .flat_map(|s| self.in_sentence.get(&s).into_iter().flatten().copied())
            .collect();
        named.sort_unstable();
        named.dedup();
        named
            .into_iter()
            .map(|i| RawActorRef {
                id: RawStr::owned(self.actors[i].id.clone()),
                role: None,
            })
            .collect()
    }
}

fn actor(candidate: &Candidate, ids: &mut UniqueIds) -> RawActor {
    RawActor {
        id: ids.take_from(&candidate.name, "actor"),
        name: candidate.name.clone(),
        kind: candidate.kind,
        role: None,
        aliases: candidate.aliases.clone(),
        member_of: Vec::new(),
        note: Some(format!(
            "Candidate: named {} times in the article; confirm it, its kind and its name, or remove it.",
            candidate.mentions
        )),
    }
}
