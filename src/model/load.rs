//! Loading timeline files: read with limits, parse, convert, and turn findings into diagnostics.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::convert::{Document, SourceTexts, convert};
use super::diagnostic::{Diagnostic, Finding, Severity, sort_diagnostics};
use super::files::{FilesBeside, read_text};
use super::locate::Locator;
use super::nesting::{MAX_NESTING, check_nesting};
use super::progress::{LoadProgress, Phase};
use super::raw::ParsedDocument;
use super::timeline::Timeline;
use super::{json, json_split, split, yaml};

/// Timeline files larger than this are refused (1 GiB).
pub const MAX_TIMELINE_BYTES: u64 = 1 << 30;
/// Timeline files from this size are parsed in parallel chunks when their layout allows.
const SPLIT_FROM_BYTES: usize = 4 << 20;
/// The size of the chunks of events parsed in parallel.
const CHUNK_BYTES: usize = 2 << 20;
/// Source texts larger than this are refused (256 MiB).
pub const MAX_SOURCE_TEXT_BYTES: u64 = 256 << 20;

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

/// A valid timeline and the warnings found while loading it.
#[derive(Debug)]
pub struct Loaded {
    pub timeline: Timeline,
    pub warnings: Vec<Diagnostic>,
}

/// How long each phase of a load took.
#[derive(Debug, Clone, Copy, Default)]
pub struct Phases {
    /// Reading timeline files (source texts are read while checking).
    pub read: Duration,
    pub parse: Duration,
    /// Converting and checking, quotes included.
    pub check: Duration,
    /// Finding quotes in their sources (part of `check`).
    pub quotes: Duration,
}

/// Loads timeline files from disk as one timeline; source texts are read relative to each file.
pub fn load_paths(paths: &[PathBuf]) -> Result<Loaded, Vec<Diagnostic>> {
    load_paths_measured(paths).0
}

/// [`load_paths`], also saying how long each phase took.
pub fn load_paths_measured(paths: &[PathBuf]) -> (Result<Loaded, Vec<Diagnostic>>, Phases) {
    read_and_load(paths, &Arc::new(LoadProgress::default()), false)
}

/// [`load_paths_measured`], reporting its progress as it goes (for a loading screen).
pub fn load_paths_reporting(
    paths: &[PathBuf],
    progress: &Arc<LoadProgress>,
) -> (Result<Loaded, Vec<Diagnostic>>, Phases) {
    read_and_load(paths, progress, true)
}

/// Reads the files and loads them; `estimate` counts the events expected, for a gauge (it costs
/// a scan of every file, so only the loading screen asks for it).
fn read_and_load(
    paths: &[PathBuf],
    progress: &Arc<LoadProgress>,
    estimate: bool,
) -> (Result<Loaded, Vec<Diagnostic>>, Phases) {
    let started = Instant::now();
    let mut inputs = Vec::new();
    let mut failures = Vec::new();
    for path in paths {
        match read_input(path) {
            Ok(input) => {
                progress.add_bytes(input.text.len());
                if estimate {
                    progress.expect_events_in(&input.text);
                }
                inputs.push(input);
            }
            Err(diagnostic) => failures.push(diagnostic),
        }
    }
    let read = started.elapsed();
    if !failures.is_empty() {
        return (Err(failures), Phases::default());
    }
    let (result, phases) = load_inputs_measured(inputs, progress);
    (result, Phases { read, ..phases })
}

fn read_input(path: &Path) -> Result<Input, Diagnostic> {
    let name = path.display().to_string();
    let text = read_text(path, MAX_TIMELINE_BYTES).map_err(|e| {
        let mut diagnostic = Diagnostic::whole_file(&name, e.message, e.hint.as_deref());
        (diagnostic.line, diagnostic.column) = e.at.unwrap_or((0, 0));
        diagnostic
    })?;
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    Ok(Input {
        name,
        text,
        texts: Box::new(FilesBeside::new(base)),
    })
}

/// Parses, converts and checks the inputs as one timeline. Every problem is reported at once.
pub fn load_inputs(inputs: Vec<Input>) -> Result<Loaded, Vec<Diagnostic>> {
    load_inputs_measured(inputs, &Arc::new(LoadProgress::default())).0
}

fn load_inputs_measured(
    inputs: Vec<Input>,
    progress: &Arc<LoadProgress>,
) -> (Result<Loaded, Vec<Diagnostic>>, Phases) {
    progress.set_phase(Phase::Parsing);
    let started = Instant::now();
    let mut phases = Phases::default();
    let mut diagnostics = Vec::new();
    let mut documents = Vec::new();
    for input in &inputs {
        if input.text.trim().is_empty() {
            let hint = "a timeline needs `format`, `title` and `events`; see docs/format.md";
            diagnostics.push(Diagnostic::whole_file(
                &input.name,
                "the file is empty",
                Some(hint),
            ));
            continue;
        }
        match progress.count_events(|| parse(input, progress)) {
            Ok(parsed) => documents.push(Document {
                parsed,
                texts: input.texts.as_ref(),
            }),
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    phases.parse = started.elapsed();
    progress.set_phase(Phase::Checking);
    if !diagnostics.is_empty() {
        return (Err(diagnostics), phases);
    }
    let converted = convert(documents);
    phases.quotes = converted.quote_time;
    let mut diagnostics = locate_findings(&inputs, converted.findings);
    sort_diagnostics(&mut diagnostics);
    phases.check = started.elapsed() - phases.parse;
    if diagnostics.iter().any(Diagnostic::is_error) {
        return (Err(diagnostics), phases);
    }
    let loaded = Loaded {
        timeline: converted.timeline,
        warnings: diagnostics,
    };
    (Ok(loaded), phases)
}

/// Parses one input by its syntax; deep nesting is refused before the YAML parser sees it.
fn parse<'a>(input: &'a Input, progress: &LoadProgress) -> Result<ParsedDocument<'a>, Diagnostic> {
    let located = |line, column, message, hint: Option<String>| Diagnostic {
        severity: Severity::Error,
        file: input.name.clone(),
        line,
        column,
        message,
        hint,
    };
    let syntax = Syntax::for_name(&input.name);
    if syntax == Syntax::Yaml
        && let Err((line, column)) = check_nesting(&input.text)
    {
        let message = format!("the document nests deeper than {MAX_NESTING} levels");
        let hint = "a timeline needs only a few levels; is this the right file?";
        return Err(located(line, column, message, Some(hint.to_owned())));
    }
    if let Some(parsed) = parse_in_parallel(&input.text, syntax, progress) {
        return Ok(parsed);
    }
    let parsed = match syntax {
        Syntax::Json => json::parse_timeline(&input.text),
        Syntax::Yaml => yaml::parse_timeline(&input.text),
    };
    parsed
        .map(ParsedDocument::from)
        .map_err(|e| located(e.line, e.column, e.message, e.hint))
}

/// Large files are split into chunks of events parsed on every core, when their layout allows;
/// `None` means parse the whole document.
fn parse_in_parallel<'t>(
    text: &'t str,
    syntax: Syntax,
    progress: &LoadProgress,
) -> Option<ParsedDocument<'t>> {
    if text.len() < SPLIT_FROM_BYTES {
        return None;
    }
    match syntax {
        Syntax::Json => json::parse_split(&json_split::plan(text, CHUNK_BYTES)?, progress),
        Syntax::Yaml => yaml::parse_split(&split::plan(text, CHUNK_BYTES)?, progress),
    }
}

fn locate_findings(inputs: &[Input], findings: Vec<Finding>) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::with_capacity(findings.len());
    for (file, input) in inputs.iter().enumerate() {
        let here: Vec<&Finding> = findings.iter().filter(|f| f.file == file).collect();
        if here.is_empty() {
            continue;
        }
        let locator = Locator::new(&input.text, here.iter().map(|f| &f.path));
        for finding in here {
            let (line, column) = locator.position(&finding.path);
            diagnostics.push(Diagnostic {
                severity: finding.severity,
                file: input.name.clone(),
                line,
                column,
                message: finding.message.clone(),
                hint: finding.hint.clone(),
            });
        }
    }
    diagnostics
}
