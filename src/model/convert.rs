//! Turns parsed documents into a checked [`Timeline`], collecting every problem on the way.

use super::check::Checker;
use super::convert_events::{EventLinks, KnownIds, convert_events};
use super::diagnostic::{Finding, NodePath};
use super::ids::IdMap;
use super::ordering::{move_into_places, places_by_id, timeline_places};
use super::parallel::map_parts;
use super::progress::{LoadProgress, Phase};
use super::quote_search::{FoldedQuotes, SourceQuotes, search_quotes};
use super::quotes::FoldedText;
use super::raw::{ParsedDocument, RawActor, RawSource, Run};
use super::timeline::{Actor, ActorIndex, Event, EventIndex, Source, SourceIndex, Timeline};

/// Reads source texts named in a document, relative to that document (from several threads
/// at once).
pub trait SourceTexts: Sync {
    /// The text of the file at `path` as written in the timeline, or a message saying why not.
    fn read(&self, path: &str) -> Result<String, ReadError>;
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    pub message: String,
    pub hint: Option<String>,
    /// The 1-based line and column of the problem, when it is at one place (a bad byte).
    pub at: Option<(usize, usize)>,
}

/// One parsed input file.
pub struct Document<'a> {
    pub parsed: ParsedDocument<'a>,
    pub texts: &'a dyn SourceTexts,
}

/// What conversion produced: the timeline is only meaningful when no finding is an error.
pub struct Converted {
    pub timeline: Timeline,
    pub findings: Vec<Finding>,
    /// Time spent finding quotes in their sources (part of the whole conversion).
    pub quote_time: std::time::Duration,
}

/// The timeline built from all documents, and everything found wrong or doubtful on the way.
/// Events of chunks still to parse are parsed here and counted into `progress`, which moves on
/// to checking once every event is in. `None` if a chunk fails to parse: the caller parses the
/// whole documents instead.
pub fn convert(documents: Vec<Document<'_>>, progress: &LoadProgress) -> Option<Converted> {
    let mut builder = Builder::default();
    let first = documents.first().map(|d| &d.parsed.header);
    let title = first.map(|h| h.title.clone()).unwrap_or_default();
    let description = first.and_then(|h| h.description.clone());
    let mut raw_events = Vec::with_capacity(documents.len());
    let mut raw_actors = Vec::new();
    let mut text_places = Vec::new();
    for (file, document) in documents.into_iter().enumerate() {
        let raw = document.parsed.header;
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
        raw_actors.extend(raw.actors.into_iter().enumerate().map(|(i, a)| (file, i, a)));
        raw_events.push(document.parsed.runs);
    }
    builder.add_actors(raw_actors);
    // Events need only the sources' ids; their texts are read once every event is in (a chunk
    // that fails to parse makes the caller start again, and the texts are read only once).
    builder.add_events(&mut raw_events, progress)?;
    drop(raw_events);
    progress.set_phase(Phase::Checking);
    builder.read_source_texts(&text_places);
    Some(builder.finish(title, description))
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
    folded: Vec<Option<FoldedText>>,
    source_ids: IdMap<String, SourceIndex>,
    actors: Vec<Actor>,
    actor_ids: IdMap<String, ActorIndex>,
    /// In file order until `finish` sorts them.
    events: Vec<Event>,
    /// Beside each event in `events`.
    links: Vec<EventLinks<'a>>,
    /// The events' quotes, folded for the search.
    quotes: Vec<FoldedQuotes>,
}

impl<'a> Builder<'a> {
    /// A source, its text still to read.
    fn add_source(&mut self, file: usize, i: usize, raw: RawSource) {
        let path = NodePath::root().key("sources").index(i);
        self.check.id(
            file,
            &path,
            "source",
            &raw.id,
            &mut self.source_ids,
            SourceIndex(self.sources.len() as u32),
        );
        self.check.display_text(file, &path.key("title"), &raw.title);
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

    /// Reads every source's text (`places` beside `sources`) and folds it for the quote search,
    /// on every core at once.
    fn read_source_texts(&mut self, places: &[TextPlace<'_>]) {
        let wanted = places.iter().zip(&self.sources).collect();
        let texts = map_parts(wanted, |(place, source)| {
            let text = place.texts.read(&source.text_path)?;
            let folded = FoldedText::new(&text);
            Ok::<_, ReadError>((text, folded))
        });
        for ((place, source), text) in places.iter().zip(&mut self.sources).zip(texts) {
            let path = NodePath::root().key("sources").index(place.i).key("text");
            match text {
                Ok((text, folded)) => {
                    self.check.display_text(place.file, &path, &text);
                    source.text = text;
                    self.folded.push(Some(folded));
                }
                Err(e) => {
                    self.check.error(place.file, &path, e.message, e.hint);
                    self.folded.push(None);
                }
            }
        }
    }

    fn add_actors(&mut self, raw_actors: Vec<(usize, usize, RawActor)>) {
        for (file, i, raw) in &raw_actors {
            let path = NodePath::root().key("actors").index(*i);
            let index = ActorIndex(self.actors.len() as u32);
            self.check
                .id(*file, &path, "actor", &raw.id, &mut self.actor_ids, index);
            self.check.display_text(*file, &path.key("name"), &raw.name);
            self.actors.push(Actor {
                id: raw.id.clone(),
                name: raw.name.clone(),
                kind: raw.kind,
                role: raw.role.clone(),
                aliases: raw.aliases.clone(),
                member_of: Vec::new(),
                note: raw.note.clone(),
            });
        }
        for (position, (file, i, raw)) in raw_actors.iter().enumerate() {
            let path = NodePath::root().key("actors").index(*i).key("member_of");
            let groups = raw.member_of.iter().enumerate().filter_map(|(j, id)| {
                self.check
                    .reference(*file, &path.index(j), "actor", id, &self.actor_ids)
            });
            self.actors[position].member_of = groups.collect();
        }
        let places: Vec<(usize, NodePath)> = raw_actors
            .iter()
            .map(|(file, i, _)| (*file, NodePath::root().key("actors").index(*i).key("member_of")))
            .collect();
        self.check.membership_cycles(&self.actors, &places);
    }

    fn add_events(&mut self, files: &mut [Vec<Run<'a>>], progress: &LoadProgress) -> Option<()> {
        let known = KnownIds {
            actors: &self.actor_ids,
            sources: &self.source_ids,
        };
        let converted = convert_events(files, &known, progress)?;
        (self.events, self.links, self.quotes) = (converted.events, converted.links, converted.quotes);
        self.check.extend(converted.findings);
        Some(())
    }

    /// Records where each excerpt's quote was found, and the quotes that were not; the events
    /// are at their `places` already.
    fn apply_quotes(&mut self, searched: Vec<SourceQuotes>, places: &[EventIndex]) {
        for SourceQuotes {
            source,
            excerpts,
            found,
        } in searched
        {
            for ((e, x), span) in excerpts.into_iter().zip(found) {
                let excerpt = &mut self.events[places[e].0 as usize].excerpts[x];
                match span {
                    Some(span) => excerpt.span = span,
                    None => {
                        let links = &self.links[e];
                        let path = links.path().key("excerpts");
                        let path = path.index(links.written_excerpt_index(x)).key("quote");
                        let source_id = &self.sources[source].id;
                        self.check
                            .quote_not_found(links.file, &path, source_id, &excerpt.quote);
                    }
                }
            }
        }
    }

    fn finish(mut self, title: String, description: Option<String>) -> Converted {
        // Quotes are looked up on other threads (in the folded copies of the quotes) while this
        // one works out the timeline order and the related events, and moves the events there.
        let (searched, quote_time, places) = std::thread::scope(|scope| {
            let search = scope.spawn(|| {
                let started = std::time::Instant::now();
                (search_quotes(&self.quotes, &self.folded), started.elapsed())
            });
            let places = timeline_places(&self.events);
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
            for (event, related) in self.events.iter_mut().zip(related) {
                event.related = related.into_boxed_slice();
            }
            move_into_places(&mut self.events, places.clone());
            let (searched, quote_time) = search
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (searched, quote_time, places)
        });
        self.quotes = Vec::new();
        self.apply_quotes(searched, &places);
        let timeline = Timeline {
            title,
            description,
            sources: self.sources,
            actors: self.actors,
            events: self.events,
        };
        Converted {
            timeline,
            findings: self.check.into_findings(),
            quote_time,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::yaml::parse_timeline;

    /// Source texts kept in memory, by name.
    struct Texts(&'static [(&'static str, &'static str)]);

    impl SourceTexts for Texts {
        fn read(&self, path: &str) -> Result<String, ReadError> {
            let found = self.0.iter().find(|(name, _)| *name == path);
            found.map(|(_, text)| (*text).to_owned()).ok_or(ReadError {
                message: format!("no text {path}"),
                hint: None,
                at: None,
            })
        }
    }

    #[test]
    fn quotes_are_found_in_each_of_several_sources_searched_at_once() {
        let texts = Texts(&[
            ("a.txt", "Alpha said the talks would go ahead."),
            ("b.txt", "Beta  denied\nit all, twice."),
            ("c.txt", "Gamma was not reached for comment."),
        ]);
        let source = |id: &str| format!("  - {{id: {id}, title: {id}, kind: report, text: {id}.txt}}\n");
        // Written out of date order: each excerpt must follow its event to its place.
        let event = |id: &str, date: &str, source: &str, quote: &str| {
            format!(
                "  - {{id: {id}, date: '{date}', title: t, status: reported, excerpts: [{{source: {source}, quote: '{quote}'}}]}}\n"
            )
        };
        let yaml = format!(
            "format: 1\ntitle: t\nsources:\n{}{}{}events:\n{}{}{}{}",
            source("a"),
            source("b"),
            source("c"),
            event("one", "2022", "a", "the talks would go ahead"),
            event("two", "2020", "b", "denied it all"),
            event("three", "2021", "b", "denied nothing"),
            event("four", "2019", "c", "not reached"),
        ) + "  - {id: five, date: '2023', title: t, status: reported, excerpts: [{source: nowhere, quote: x}, {source: a, quote: not there}]}\n";
        let raw = parse_timeline(&yaml).expect("parses");
        let parsed = raw.into();
        let documents = vec![Document {
            parsed,
            texts: &texts,
        }];
        let converted = convert(documents, &LoadProgress::default()).expect("nothing to parse");
        let spans: Vec<_> = converted
            .timeline
            .events
            .iter()
            .map(|e| (e.id().to_owned(), e.excerpts[0].span.clone()))
            .collect();
        assert_eq!(
            spans,
            [
                ("four".to_owned(), 10..21),
                ("two".to_owned(), 6..19),
                ("three".to_owned(), 0..0),
                ("one".to_owned(), 11..35),
                ("five".to_owned(), 0..0),
            ]
        );
        let events = &converted.timeline.events;
        assert_eq!(events.capacity(), events.len(), "no spare slots kept");
        let messages: Vec<_> = converted.findings.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "events[4].excerpts[0].source: unknown source `nowhere`",
                "events[4].excerpts[1].quote: quote not found in source `a`",
                "events[2].excerpts[0].quote: quote not found in source `b`",
            ],
            "a quote is placed among the excerpts as written, the unknown source's one included"
        );
    }
}
