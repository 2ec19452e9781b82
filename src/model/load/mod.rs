//! Loading timelines: read each file, parse it whole, convert and check, verify quotes, order.
//!
//! Every file takes the same path, one step after another ([`load_inputs`] and [`convert`]);
//! large timelines only share some steps out over the cores ([`strategy`]).

mod convert;
mod events;
mod excerpts;
mod ordering;
mod parallel;
pub(super) mod progress;
mod strategy;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::model::check::locate::Locator;
use crate::model::diagnostic::{Diagnostic, Finding, Severity, sort_diagnostics};
use crate::model::format::timeline::Timeline;
use crate::model::read::files::{
    FileRole, FilesBeside, MAX_TIMELINE_BYTES, SourceTexts, read_text, read_text_from,
};
use crate::model::read::nesting::{MAX_NESTING, check_nesting};
use crate::model::read::{json, yaml};
use convert::{Document, convert};
use progress::{LoadProgress, Phase};
use strategy::Strategy;

/// One timeline file to load: its name for messages, its text, and how to read its sources.
pub struct Input {
    pub name: String,
    pub text: String,
    pub texts: Box<dyn SourceTexts>,
}

/// The two spellings of the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Yaml,
    Json,
}

impl Syntax {
    /// For standard input, JSON when the first character that is not whitespace is `{`; for
    /// files, by the name.
    pub fn of(name: &str, text: &str) -> Syntax {
        match name == STANDARD_INPUT {
            true if text.trim_start_matches('\u{feff}').trim_start().starts_with('{') => Syntax::Json,
            true => Syntax::Yaml,
            false => Syntax::for_name(name),
        }
    }

    /// JSON for names ending in `.json` (any case), YAML otherwise.
    pub fn for_name(name: &str) -> Syntax {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".json") {
            Syntax::Json
        } else {
            Syntax::Yaml
        }
    }
}

/// A valid timeline and the warnings found while loading it; with [`LoadOptions::keep_broken`],
/// perhaps a broken one and its errors too.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub timeline: Timeline,
    pub warnings: Vec<Diagnostic>,
    /// With `keep_broken`: the errors, each with the id of the event it is about, if any.
    pub errors: Vec<(Diagnostic, Option<String>)>,
}

/// What a load may do beyond the defaults.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LoadOptions {
    /// Read source texts outside the folder of the timeline that names them.
    pub allow_outside_sources: bool,
    /// Keep what could be loaded of a file with errors (in [`Loaded::errors`]) instead of
    /// refusing it, for the viewer; only a file that cannot be parsed at all is refused.
    pub keep_broken: bool,
}

/// How long each phase of a load took.
#[derive(Debug, Clone, Copy, Default)]
pub struct Phases {
    /// Reading timeline files (source texts are read while checking).
    pub read: Duration,
    /// Parsing the files.
    pub parse: Duration,
    /// Converting and checking, source texts and quotes included.
    pub check: Duration,
    /// Finding quotes in their sources (part of `check`).
    pub quotes: Duration,
}

/// Loads timeline files from disk as one timeline; source texts are read relative to each file.
pub fn load_paths(paths: &[PathBuf], options: LoadOptions) -> Result<Loaded, Vec<Diagnostic>> {
    load_paths_reporting(paths, options, &LoadProgress::default()).0
}

/// [`load_paths`], reporting its progress as it goes (for a loading screen) and saying how long
/// each phase took.
pub fn load_paths_reporting(
    paths: &[PathBuf],
    options: LoadOptions,
    progress: &LoadProgress,
) -> (Result<Loaded, Vec<Diagnostic>>, Phases) {
    let started = Instant::now();
    let mut inputs = Vec::new();
    let mut failures = Vec::new();
    for path in paths {
        match read_input(path, options) {
            Ok(input) => {
                progress.add_bytes(input.text.len());
                inputs.push(input);
            }
            Err(diagnostic) => failures.push(diagnostic),
        }
    }
    let read = started.elapsed();
    if !failures.is_empty() {
        return (Err(failures), Phases::default());
    }
    let (result, phases) = load_with(inputs, progress, None, options.keep_broken);
    (result, Phases { read, ..phases })
}

fn read_input(path: &Path, options: LoadOptions) -> Result<Input, Diagnostic> {
    if path == Path::new("-") {
        return read_standard_input(options);
    }
    let name = path.display().to_string();
    let text = read_text(path, MAX_TIMELINE_BYTES, FileRole::Timeline).map_err(|e| {
        let mut diagnostic = Diagnostic::whole_file(&name, e.message, e.hint.as_deref());
        (diagnostic.line, diagnostic.column) = e.at.unwrap_or((0, 0));
        diagnostic
    })?;
    let folder = path.parent().unwrap_or(Path::new(""));
    Ok(Input {
        name,
        text,
        texts: Box::new(FilesBeside::new(folder, options.allow_outside_sources)),
    })
}

/// The name standard input goes by in messages.
pub(crate) const STANDARD_INPUT: &str = "<stdin>";

/// A timeline read from standard input (`-`): its sources are found relative to the current
/// folder, under the same limits as a file.
fn read_standard_input(options: LoadOptions) -> Result<Input, Diagnostic> {
    let text = read_text_from(std::io::stdin().lock(), MAX_TIMELINE_BYTES).map_err(|e| {
        let mut diagnostic = Diagnostic::whole_file(STANDARD_INPUT, e.message, e.hint.as_deref());
        (diagnostic.line, diagnostic.column) = e.at.unwrap_or((0, 0));
        diagnostic
    })?;
    Ok(Input {
        name: STANDARD_INPUT.to_owned(),
        text,
        texts: Box::new(FilesBeside::new(Path::new(""), options.allow_outside_sources)),
    })
}

/// Parses, converts and checks the inputs as one timeline. Every problem is reported at once.
pub fn load_inputs(inputs: Vec<Input>) -> Result<Loaded, Vec<Diagnostic>> {
    load_inputs_reporting(inputs, &LoadProgress::default()).0
}

fn load_inputs_reporting(
    inputs: Vec<Input>,
    progress: &LoadProgress,
) -> (Result<Loaded, Vec<Diagnostic>>, Phases) {
    load_with(inputs, progress, None, false)
}

/// [`load_inputs_reporting`], the strategy chosen by the number of events unless `strategy`
/// names one.
fn load_with(
    inputs: Vec<Input>,
    progress: &LoadProgress,
    strategy: Option<Strategy>,
    keep_broken: bool,
) -> (Result<Loaded, Vec<Diagnostic>>, Phases) {
    progress.set_phase(Phase::Parsing);
    let started = Instant::now();
    let mut phases = Phases::default();
    let Parsed {
        documents,
        lenient,
        repaired,
    } = match parse_all(&inputs) {
        Ok(parsed) => parsed,
        Err(diagnostics) => return (Err(diagnostics), phases),
    };
    phases.parse = started.elapsed();
    let events = documents.iter().map(|d| d.raw.events.len()).sum();
    let strategy = strategy.unwrap_or(Strategy::for_events(events));
    let mut converted = convert(documents, progress, strategy);
    phases.quotes = converted.quote_time;
    // Nodes a lenient parse set right have their problem reported already: nothing more of them.
    converted.findings.retain(|f| {
        !repaired
            .iter()
            .any(|(file, path)| *file == f.file && within(&f.path.to_string(), path))
    });
    let mut located = locate_findings(&inputs, converted.findings);
    located.extend(lenient);
    located.sort_by(|(a, _), (b, _)| {
        (&a.file, a.line, a.column, a.severity).cmp(&(&b.file, b.line, b.column, b.severity))
    });
    phases.check = started.elapsed() - phases.parse;
    let broken = located.iter().any(|(d, _)| d.is_error());
    if broken && !keep_broken {
        return (Err(located.into_iter().map(|(d, _)| d).collect()), phases);
    }
    // Each problem's event, by id: from where the event was written to where it is now.
    let timeline = converted.timeline;
    let origins = converted.origins;
    let (errors, warnings): (Vec<_>, Vec<_>) = located.into_iter().partition(|(d, _)| d.is_error());
    // Looked up once per error, so built only when there are errors (one pass over the events).
    let placed: std::collections::HashMap<(usize, u32), usize> = if errors.is_empty() {
        std::collections::HashMap::new()
    } else {
        origins.iter().enumerate().map(|(at, &o)| (o, at)).collect()
    };
    let event_id = |origin: Option<(usize, usize)>| {
        let (file, index) = origin?;
        let at = *placed.get(&(file, u32::try_from(index).ok()?))?;
        Some(timeline.events[at].id().to_owned())
    };
    let errors = errors
        .into_iter()
        .map(|(d, origin)| (d, event_id(origin)))
        .collect();
    let loaded = Loaded {
        warnings: warnings.into_iter().map(|(d, _)| d).collect(),
        errors,
        timeline,
    };
    (Ok(loaded), phases)
}

/// The inputs parsed, and what lenient parses of broken ones found.
struct Parsed<'a> {
    documents: Vec<Document<'a>>,
    /// Problems found by lenient parses, located, with where their event was written.
    lenient: Vec<(Diagnostic, Option<(usize, usize)>)>,
    /// `(file, path)` of each node a lenient parse set right.
    repaired: Vec<(usize, String)>,
}

/// Every input parsed whole. A YAML file whose parse stops at a field or type error is read
/// again leniently, so that its other problems are found too (see
/// [`yaml::parse_leniently`]); any other failure is every file's error.
fn parse_all(inputs: &[Input]) -> Result<Parsed<'_>, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    let mut parsed = Parsed {
        documents: Vec::new(),
        lenient: Vec::new(),
        repaired: Vec::new(),
    };
    for (file, input) in inputs.iter().enumerate() {
        if input.text.trim().is_empty() {
            let hint = "a timeline needs `format`, `title` and `events`; see docs/format.md";
            diagnostics.push(Diagnostic::whole_file(
                &input.name,
                "the file is empty",
                Some(hint),
            ));
            continue;
        }
        let error = match parse(input) {
            Ok(raw) => {
                parsed.documents.push(Document {
                    raw,
                    texts: input.texts.as_ref(),
                });
                continue;
            }
            Err(error) => error,
        };
        let written_in_yaml = Syntax::of(&input.name, &input.text) == Syntax::Yaml;
        let recovered =
            yaml::parse_leniently(&input.text, written_in_yaml).filter(|(_, problems)| !problems.is_empty());
        let Some((raw, problems)) = recovered else {
            diagnostics.push(error);
            continue;
        };
        for problem in problems {
            let event = problem
                .path
                .strip_prefix("events[")
                .and_then(|rest| rest.split(']').next())
                .and_then(|i| i.parse().ok())
                .map(|i| (file, i));
            parsed.lenient.push((
                Diagnostic {
                    severity: Severity::Error,
                    file: input.name.clone(),
                    line: problem.line,
                    column: problem.column,
                    message: problem.message,
                    hint: problem.hint,
                },
                event,
            ));
            parsed.repaired.push((file, problem.path));
        }
        match raw {
            Some(raw) => parsed.documents.push(Document {
                raw,
                texts: input.texts.as_ref(),
            }),
            None => diagnostics.extend(parsed.lenient.drain(..).map(|(d, _)| d)),
        }
    }
    match diagnostics.is_empty() {
        true => Ok(parsed),
        false => {
            diagnostics.extend(parsed.lenient.into_iter().map(|(d, _)| d));
            sort_diagnostics(&mut diagnostics);
            Err(diagnostics)
        }
    }
}

/// Whether `path` is `node` or inside it (`events[1].date` is inside `events[1]`, and
/// `events[10]` is not).
fn within(path: &str, node: &str) -> bool {
    path.strip_prefix(node)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with('['))
}

/// Parses one input by its syntax; deep nesting is refused before the YAML parser sees it.
fn parse(input: &Input) -> Result<crate::model::format::raw::RawTimeline<'_>, Diagnostic> {
    let located = |line, column, message, hint: Option<String>| Diagnostic {
        severity: Severity::Error,
        file: input.name.clone(),
        line,
        column,
        message,
        hint,
    };
    let syntax = Syntax::of(&input.name, &input.text);
    if syntax == Syntax::Yaml
        && let Err((line, column)) = check_nesting(&input.text)
    {
        let message = format!("the document nests deeper than {MAX_NESTING} levels");
        let hint = "a timeline needs only a few levels; is this the right file?";
        return Err(located(line, column, message, Some(hint.to_owned())));
    }
    let parsed = match syntax {
        Syntax::Json => json::parse_timeline(&input.text),
        Syntax::Yaml => yaml::parse_timeline(&input.text),
    };
    parsed.map_err(|e| located(e.line, e.column, e.message, e.hint))
}

/// Each finding located, with where its event was written (`(file, index)`), if it is in one.
fn locate_findings(inputs: &[Input], findings: Vec<Finding>) -> Vec<(Diagnostic, Option<(usize, usize)>)> {
    let mut diagnostics = Vec::with_capacity(findings.len());
    for (file, input) in inputs.iter().enumerate() {
        let here: Vec<&Finding> = findings.iter().filter(|f| f.file == file).collect();
        if here.is_empty() {
            continue;
        }
        let locator = Locator::new(&input.text, here.iter().map(|f| &f.path));
        for finding in here {
            let (line, column) = locator.position(&finding.path);
            let origin = finding.path.event_index().map(|i| (file, i));
            diagnostics.push((
                Diagnostic {
                    severity: finding.severity,
                    file: input.name.clone(),
                    line,
                    column,
                    message: finding.message.clone(),
                    hint: finding.hint.clone(),
                },
                origin,
            ));
        }
    }
    diagnostics
}

#[cfg(test)]
mod tests;
