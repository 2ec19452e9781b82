//! Turns parsed documents into a checked [`Timeline`], one step after another, collecting every
//! problem on the way: header, sources, actors, events, source texts, quotes, then order.

use crate::model::check::checker::Checker;
use crate::model::check::ids::IdMap;
use crate::model::diagnostic::{Finding, NodePath, escape};
use crate::model::format::raw::{RawActor, RawSource, RawTimeline};
use crate::model::format::timeline::{Actor, ActorIndex, Event, EventIndex, Source, SourceIndex, Timeline};
use crate::model::load::events::{ConvertedEvents, EventLinks, KnownIds, borrow_unread_dates};
use crate::model::load::excerpts::{SourceQuotes, quotes_by_source, search_source};
use crate::model::load::ordering::{move_into_places, places_by_id, timeline_places};
use crate::model::load::progress::{LoadProgress, Phase};
use crate::model::load::strategy::Strategy;
use crate::model::quotes::fold::FoldedText;
use crate::model::quotes::nearest::WordIndex;
use crate::model::read::files::{ReadError, SourceTexts};

/// One parsed input file.
pub(super) struct Document<'a> {
    pub raw: RawTimeline<'a>,
    pub texts: &'a dyn SourceTexts,
}

/// What conversion produced: the timeline is only meaningful when no finding is an error.
pub(super) struct Converted {
    pub timeline: Timeline,
    pub findings: Vec<Finding>,
    /// Time spent finding quotes in their sources (part of the whole conversion).
    pub quote_time: std::time::Duration,
    /// For each event in timeline order: its file, and its index in that file's `events`.
    pub origins: Vec<(usize, u32)>,
}

/// The timeline built from all documents, and everything found wrong or doubtful on the way.
/// `strategy` says how the steps that can be shared out are run (all on this thread, or on
/// every core for large timelines): the result is the same either way.
pub(super) fn convert(
    documents: Vec<Document<'_>>,
    progress: &LoadProgress,
    strategy: Strategy,
) -> Converted {
    let mut builder = Builder::default();
    let first = documents.first().map(|d| &d.raw);
    let title = first.map(|h| h.title.clone()).unwrap_or_default();
    let description = first.and_then(|h| h.description.clone());
    let mut raw_events = Vec::with_capacity(documents.len());
    let mut text_places = Vec::new();
    for (file, document) in documents.into_iter().enumerate() {
        let raw = document.raw;
        builder
            .check
            .header(file, raw.format, &raw.title, raw.description.as_deref());
        for (i, source) in raw.sources.into_iter().enumerate() {
            builder.add_source(file, i, source);
            text_places.push(TextPlace {
                file,
                i,
                texts: document.texts,
            });
        }
        let actors = raw.actors.into_iter().enumerate().map(|(i, a)| (file, i, a));
        builder.add_actors(actors.collect());
        raw_events.push(raw.events);
    }
    builder.resolve_memberships();
    builder.add_events(&mut raw_events, strategy);
    drop(raw_events);
    progress.set_phase(Phase::Checking);
    let folded = builder.read_source_texts(&text_places, strategy);
    let groups = quotes_by_source(&builder.events, &folded);
    // The quotes are looked up (from their own folded copies) while the events are put in
    // timeline order: one after the other on the plain path, at once for large timelines.
    let search = || {
        let started = std::time::Instant::now();
        // Few sources each get every core; many share them, a source per core.
        let parts = strategy.cores() / groups.len().max(1);
        let searched = strategy.map(groups, |group| search_source(group, &folded, parts.max(1)));
        (searched, started.elapsed())
    };
    let ((searched, quote_time), places) = strategy.alongside(search, || builder.order());
    builder.apply_quotes(searched, &places);
    builder.count_unverified();
    // Where each event was written, by its place in timeline order.
    let mut origins = vec![(0, 0); places.len()];
    for (links, place) in builder.links.iter().zip(&places) {
        origins[place.0 as usize] = (links.file, links.index());
    }
    let (timeline, findings) = builder.finish(title, description);
    Converted {
        timeline,
        findings,
        quote_time,
        origins,
    }
}

/// Where a source was written, and how to read its text.
struct TextPlace<'a> {
    file: usize,
    /// The source's index in its file's `sources`.
    i: usize,
    texts: &'a dyn SourceTexts,
}

#[derive(Default)]
struct Builder<'a> {
    check: Checker,
    sources: Vec<Source>,
    source_ids: IdMap<String, SourceIndex>,
    actors: Vec<Actor>,
    actor_ids: IdMap<String, ActorIndex>,
    /// Where each actor was written, and its `member_of` ids until they are resolved.
    actor_places: Vec<(usize, usize, Vec<String>)>,
    /// In file order until `order` puts them in timeline order.
    events: Vec<Event>,
    /// Beside each event in `events`.
    links: Vec<EventLinks<'a>>,
    /// Where the first source known only by its URL was written.
    first_linked: Option<(usize, usize)>,
}

impl<'a> Builder<'a> {
    /// A source, its text still to read.
    fn add_source(&mut self, file: usize, i: usize, raw: RawSource) {
        let path = NodePath::root().key("sources").index(i);
        let index = SourceIndex(self.sources.len() as u32);
        self.check
            .id(file, &path, "source", &raw.id, &mut self.source_ids, index);
        self.check.display_text(file, &path.key("title"), &raw.title);
        if raw.text.is_none() && raw.url.is_none() {
            self.check.error(
                file,
                &path,
                format!("source `{}` has neither a `text` nor a `url`", raw.id),
                Some(
                    "give the path of its full text beside the timeline, or at least its web address".into(),
                ),
            );
        }
        let published = raw
            .published
            .as_deref()
            .and_then(|d| self.check.date(file, &path.key("published"), d));
        self.sources.push(Source {
            id: raw.id,
            title: raw.title,
            kind: raw.kind,
            outlet: raw.outlet,
            url: raw.url,
            published,
            text_path: raw.text,
            text: String::new(),
            note: raw.note,
        });
    }

    /// Reads every source's text (`places` beside `sources`) and folds it for the quote search.
    fn read_source_texts(&mut self, places: &[TextPlace<'_>], strategy: Strategy) -> Vec<Option<FoldedText>> {
        let wanted: Vec<_> = places.iter().zip(&self.sources).collect();
        let texts = strategy.map(wanted, |(place, source)| {
            let Some(text_path) = &source.text_path else {
                return Ok(None);
            };
            let text = place.texts.read(text_path)?;
            let folded = FoldedText::new(&text);
            Ok::<_, ReadError>(Some((text, folded)))
        });
        let mut folded = Vec::with_capacity(texts.len());
        for ((place, source), text) in places.iter().zip(&mut self.sources).zip(texts) {
            let path = NodePath::root().key("sources").index(place.i).key("text");
            match text {
                Ok(Some((text, folded_text))) => {
                    self.check.source_text(place.file, &path, &text);
                    source.text = text;
                    folded.push(Some(folded_text));
                }
                Ok(None) => {
                    self.first_linked.get_or_insert((place.file, place.i));
                    folded.push(None);
                }
                Err(e) => {
                    self.check.error(place.file, &path, e.message, e.hint);
                    folded.push(None);
                }
            }
        }
        folded
    }

    /// The actors of one file; their `member_of` ids are resolved once every file's are in.
    fn add_actors(&mut self, raw_actors: Vec<(usize, usize, RawActor)>) {
        for (file, i, raw) in raw_actors {
            let path = NodePath::root().key("actors").index(i);
            let index = ActorIndex(self.actors.len() as u32);
            self.check
                .id(file, &path, "actor", &raw.id, &mut self.actor_ids, index);
            self.check.display_text(file, &path.key("name"), &raw.name);
            self.actors.push(Actor {
                id: raw.id,
                name: raw.name,
                kind: raw.kind,
                role: raw.role,
                aliases: raw.aliases,
                member_of: Vec::new(),
                note: raw.note,
            });
            self.actor_places.push((file, i, raw.member_of));
        }
    }

    fn resolve_memberships(&mut self) {
        let mut places = Vec::with_capacity(self.actor_places.len());
        for (position, (file, i, member_of)) in self.actor_places.iter().enumerate() {
            let path = NodePath::root().key("actors").index(*i).key("member_of");
            let groups = member_of.iter().enumerate().filter_map(|(j, id)| {
                self.check
                    .reference(*file, &path.index(j), "actor", id, &self.actor_ids)
            });
            self.actors[position].member_of = groups.collect();
            places.push((*file, path));
        }
        self.check.membership_cycles(&self.actors, &places);
    }

    fn add_events(&mut self, files: &mut [Vec<crate::model::format::raw::RawEvent<'a>>], strategy: Strategy) {
        let known = KnownIds {
            actors: &self.actor_ids,
            sources: &self.source_ids,
        };
        let ConvertedEvents {
            events,
            links,
            findings,
        } = strategy.convert_events(files, &known);
        (self.events, self.links) = (events, links);
        borrow_unread_dates(&mut self.events, &self.links);
        self.check.extend(findings);
    }

    /// Records where each excerpt's quote was found, and the quotes that were not; the search
    /// was made in file order, and each event is now at `places[e]`.
    fn apply_quotes(&mut self, searched: Vec<SourceQuotes>, places: &[EventIndex]) {
        for SourceQuotes {
            source,
            places: excerpts,
            found,
        } in searched
        {
            // The source's words are indexed only when one of its quotes is missing.
            let mut words = None;
            for ((e, x), span) in excerpts.into_iter().zip(found) {
                let excerpt = &mut self.events[places[e].0 as usize].excerpts[x];
                match span {
                    Some(span) => excerpt.span = span,
                    None => {
                        let links = &self.links[e];
                        let path = links.path().key("excerpts");
                        let path = path.index(links.written_excerpt_index(x)).key("quote");
                        let source = &self.sources[source];
                        let words = words.get_or_insert_with(|| WordIndex::new(&source.text));
                        let nearest = words.nearest(&excerpt.quote).map(|n| {
                            let (line, column) = line_and_column(&source.text, n.span.start);
                            (line, column, n.marked)
                        });
                        self.check
                            .quote_not_found(links.file, &path, &source.id, &excerpt.quote, nearest);
                    }
                }
            }
        }
    }

    /// Resolves the events' related events and puts the events in timeline order; returns where
    /// each event (in file order, as `links` still are) now is.
    fn order(&mut self) -> Vec<EventIndex> {
        let places: Vec<EventIndex> = timeline_places(&self.events);
        let by_id = places_by_id(&mut self.check, &self.events, &self.links, &places);
        let related: Vec<Vec<EventIndex>> = self
            .events
            .iter()
            .zip(&self.links)
            .map(|(event, links)| {
                self.check
                    .related(links.file, &links.path(), event.id(), &links.related, &by_id)
            })
            .collect();
        drop(by_id);
        for (event, related) in self.events.iter_mut().zip(related) {
            event.related = related.into_boxed_slice();
        }
        move_into_places(&mut self.events, places.clone());
        places
    }

    /// One warning for all the excerpts and citations of sources with no local text, naming the
    /// first few events that have them.
    fn count_unverified(&mut self) {
        let Some((file, i)) = self.first_linked else {
            return;
        };
        let linked = |source: SourceIndex| !self.sources[source.0 as usize].has_text();
        let (mut excerpts, mut citations, mut first) = (0usize, 0usize, Vec::new());
        for event in &self.events {
            let quoting = event.excerpts.iter().filter(|x| linked(x.source)).count();
            let citing = event.cites().iter().filter(|&&s| linked(s)).count();
            (excerpts, citations) = (excerpts + quoting, citations + citing);
            if quoting + citing > 0 && first.len() < 3 {
                first.push(format!("`{}`", escape(event.id())));
            }
        }
        let what = match (excerpts, citations) {
            (0, 0) => return,
            (x, 0) => count(x, "excerpt", "excerpts"),
            (0, c) => count(c, "citation", "citations"),
            (x, c) => format!(
                "{} and {}",
                count(x, "excerpt", "excerpts"),
                count(c, "citation", "citations")
            ),
        };
        let sources = self.sources.iter().filter(|s| !s.has_text()).count();
        let message = format!(
            "{what} of {} with no local text {} unverified (first in {})",
            count(sources, "source", "sources"),
            if excerpts + citations == 1 { "is" } else { "are" },
            first.join(", "),
        );
        let hint = "to verify them, save each source's text beside the timeline and give its path as `text`";
        let path = NodePath::root().key("sources").index(i);
        self.check.warning(file, &path, message, Some(hint.into()));
    }

    fn finish(self, title: String, description: Option<String>) -> (Timeline, Vec<Finding>) {
        let timeline = Timeline {
            title,
            description,
            sources: self.sources,
            actors: self.actors,
            events: self.events,
        };
        (timeline, self.check.into_findings())
    }
}

/// `1 excerpt`, `3 excerpts`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The line and column (from 1, in characters) of a byte offset of `text`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}
