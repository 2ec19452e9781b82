//! Validation rules for the parts of an event: actors, excerpts, claims, related events, dates.

use std::collections::HashSet;

use crate::model::check::checker::{Checker, escape};
use crate::model::check::ids::IdMap;
use crate::model::diagnostic::NodePath;
use crate::model::format::date::EventDate;
use crate::model::format::date_meaning::DateRange;
use crate::model::format::raw::{DateBasis, RawActorRef, RawClaim, RawEvent, RawExcerpt, RawStr};
use crate::model::format::timeline::{ActorIndex, Claim, EventIndex, Excerpt, Participant, SourceIndex};

impl Checker {
    pub(crate) fn participants(
        &mut self,
        file: usize,
        event: &NodePath,
        refs: &[RawActorRef],
        ids: &IdMap<String, ActorIndex>,
    ) -> Vec<Participant> {
        let mut participants = Vec::with_capacity(refs.len());
        let mut seen = FirstTimes::new(refs.len());
        for (i, actor_ref) in refs.iter().enumerate() {
            let path = event.key("actors").index(i);
            let Some(actor) = self.reference(file, &path, "actor", &actor_ref.id, ids) else {
                continue;
            };
            if !seen.first_time(actor) {
                let message = format!("actor `{}` is listed twice", escape(&actor_ref.id));
                self.warning(file, &path, message, Some("list each actor once".into()));
                continue;
            }
            participants.push(Participant {
                actor,
                role: actor_ref.role.as_deref().map(Box::from),
            });
        }
        participants
    }

    /// The event's excerpts whose sources resolve, and the index in the file of each; their notes
    /// are moved out of `raw`. Their spans are filled in later, when all quotes of a source are
    /// searched for together.
    /// An event with neither an excerpt nor a cited source: nothing backs it.
    pub(crate) fn unsupported(&mut self, file: usize, event: &NodePath) {
        let hint = "add `excerpts:` with a verbatim quote from a source that supports it";
        self.warning(
            file,
            event,
            "no excerpt supports this event".into(),
            Some(hint.into()),
        );
    }

    pub(crate) fn excerpts(
        &mut self,
        file: usize,
        event: &NodePath,
        raw: &mut [RawExcerpt],
        sources: &IdMap<String, SourceIndex>,
    ) -> (Vec<usize>, Vec<Excerpt>) {
        let mut ids = FirstTimes::new(raw.len());
        for (i, excerpt) in raw.iter().enumerate() {
            if let Some(id) = &excerpt.id
                && !ids.first_time(id.as_str())
            {
                let message = format!("duplicate excerpt id `{}` in this event", escape(id));
                self.error(file, &event.key("excerpts").index(i).key("id"), message, None);
            }
        }
        let mut indices = Vec::with_capacity(raw.len());
        let mut excerpts = Vec::with_capacity(raw.len());
        for (i, excerpt) in raw.iter_mut().enumerate() {
            let path = event.key("excerpts").index(i);
            self.display_text(file, &path.key("quote"), &excerpt.quote);
            let Some(source) = self.reference(file, &path.key("source"), "source", &excerpt.source, sources)
            else {
                continue;
            };
            let resolved = Excerpt {
                id: excerpt.id.as_deref().map(Box::from),
                source,
                quote: Box::from(&*excerpt.quote),
                span: 0..0,
                note: excerpt.note.take().map(String::into_boxed_str),
            };
            indices.push(i);
            excerpts.push(resolved);
        }
        (indices, excerpts)
    }

    /// A quote missing from its source; `nearest` is the closest passage's line, column and
    /// text with the differing words marked `«…»`, when one comes close.
    pub(crate) fn quote_not_found(
        &mut self,
        file: usize,
        path: &NodePath,
        source: &str,
        quote: &str,
        nearest: Option<(usize, usize, String)>,
    ) {
        const VERBATIM: &str =
            "quotes must be verbatim; only whitespace and straight/curly quote marks may differ";
        let (message, hint) = if quote.trim().is_empty() {
            (
                "the quote is empty".to_owned(),
                "quote the passage that supports the event".to_owned(),
            )
        } else {
            let hint = match nearest {
                Some((line, column, marked)) => format!(
                    "closest passage at {line}:{column}: \"{}\" (words in «» differ)",
                    escape(&crate::width::cut(&marked, 240))
                ),
                None => format!("nothing in `{}` comes close; {VERBATIM}", escape(source)),
            };
            (format!("quote not found in source `{}`", escape(source)), hint)
        };
        self.error(file, path, message, Some(hint));
    }

    pub(crate) fn claims(
        &mut self,
        file: usize,
        event: &NodePath,
        raw: &[RawClaim],
        excerpts: &[RawExcerpt],
        actors: &IdMap<String, ActorIndex>,
    ) -> Vec<Claim> {
        let mut claims = Vec::with_capacity(raw.len());
        for (i, claim) in raw.iter().enumerate() {
            let path = event.key("claims").index(i);
            let by = match &claim.by {
                Some(id) => match self.reference(file, &path.key("by"), "actor", id, actors) {
                    Some(actor) => Some(actor),
                    None => continue,
                },
                None => None,
            };
            if let Some(statement) = &claim.statement {
                self.display_text(file, &path.key("statement"), statement);
            }
            let Some(excerpt) = excerpts
                .iter()
                .position(|e| e.id.as_deref() == Some(&*claim.excerpt))
            else {
                let known: Vec<String> = excerpts
                    .iter()
                    .filter_map(|e| e.id.as_ref())
                    .map(|id| format!("`{id}`"))
                    .collect();
                let hint = if known.is_empty() {
                    "give the excerpt an `id:` and name it here".to_owned()
                } else {
                    format!("this event's excerpts are {}", known.join(", "))
                };
                let message = format!("no excerpt `{}` in this event", escape(&claim.excerpt));
                self.error(file, &path.key("excerpt"), message, Some(hint));
                continue;
            };
            claims.push(Claim {
                by,
                stance: claim.stance,
                statement: claim.statement.as_deref().map(Box::from),
                excerpt,
            });
        }
        claims
    }

    pub(crate) fn related(
        &mut self,
        file: usize,
        event: &NodePath,
        own_id: &str,
        ids: &[RawStr<'_>],
        order: &IdMap<&str, EventIndex>,
    ) -> Vec<EventIndex> {
        let mut related = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            let path = event.key("related").index(i);
            if **id == *own_id {
                self.warning(file, &path, "an event cannot be related to itself".into(), None);
                continue;
            }
            if let Some(index) = self.reference(file, &path, "event", id, order) {
                related.push(index);
            }
        }
        related
    }

    /// `date_range: within` needs a range to be within; `reported_basis` needs a `reported`.
    pub(crate) fn date_qualifiers(
        &mut self,
        file: usize,
        path: &NodePath,
        raw: &RawEvent<'_>,
        date: Option<&EventDate>,
    ) {
        if raw.date_range == DateRange::Within && matches!(date, Some(EventDate::Point(_))) {
            self.error(
                file,
                &path.key("date_range"),
                "`date_range: within` needs a range, and this date is a single one".into(),
                Some("write the range the event fell in as START/END, or remove date_range".into()),
            );
        }
        if raw.reported_basis != DateBasis::Source && raw.reported.is_none() {
            self.error(
                file,
                &path.key("reported_basis"),
                "`reported_basis` is given without `reported`".into(),
                Some("add the date it became known as `reported`, or remove reported_basis".into()),
            );
        }
    }

    pub(crate) fn reported_after(
        &mut self,
        file: usize,
        path: &NodePath,
        date: &EventDate,
        reported: &EventDate,
    ) {
        if let (Some(happened), Some(known)) = (date.first_day(), reported.last_day())
            && known < happened
        {
            let message = format!("reported ({reported}) before it happened ({date})");
            self.warning(
                file,
                path,
                message,
                Some("`reported` is when the event became known".into()),
            );
        }
    }
}

/// Tells whether a value is seen for the first time among the items of one list: in a small
/// array while the list is short (no allocation for the usual handful), in a hash set beyond.
enum FirstTimes<T> {
    Few { seen: [Option<T>; FEW], len: usize },
    Many(HashSet<T>),
}

const FEW: usize = 16;

impl<T: Eq + std::hash::Hash + Copy> FirstTimes<T> {
    fn new(len: usize) -> Self {
        if len <= FEW {
            FirstTimes::Few {
                seen: [None; FEW],
                len: 0,
            }
        } else {
            FirstTimes::Many(HashSet::with_capacity(len))
        }
    }

    fn first_time(&mut self, value: T) -> bool {
        match self {
            FirstTimes::Few { seen, len } => {
                if seen[..*len].contains(&Some(value)) {
                    return false;
                }
                // More values than `new` was told of: the set takes over.
                if *len == FEW {
                    let mut all: HashSet<T> = seen.iter().flatten().copied().collect();
                    all.insert(value);
                    *self = FirstTimes::Many(all);
                    return true;
                }
                seen[*len] = Some(value);
                *len += 1;
                true
            }
            FirstTimes::Many(seen) => seen.insert(value),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_are_told_apart_in_short_and_long_lists() {
        for len in [0, 3, FEW, FEW + 1, 100] {
            let mut seen = FirstTimes::new(len);
            let values: Vec<u32> = (0..40).chain(0..40).collect();
            let firsts: Vec<bool> = values.iter().map(|&v| seen.first_time(v)).collect();
            let expected: Vec<bool> = (0..80).map(|i| i < 40).collect();
            assert_eq!(firsts, expected, "announced length {len}");
        }
    }
}
