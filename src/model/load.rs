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
/// Timeline files from 4 MB are cut into chunks of events of about 2 MB, parsed on every core,
/// when their layout allows.
const CUT_LARGE_FILES: Cutting = Cutting {
    from_bytes: 4 << 20,
    chunk_bytes: 2 << 20,
};
/// Files parsed whole, for errors at their exact places.
const NEVER_CUT: Cutting = Cutting {
    from_bytes: usize::MAX,
    chunk_bytes: usize::MAX,
};
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

/// Which timeline files are cut into chunks of events, and how large the chunks are.
#[derive(Debug, Clone, Copy)]
struct Cutting {
    from_bytes: usize,
    chunk_bytes: usize,
}

/// How long each phase of a load took.
#[derive(Debug, Clone, Copy, Default)]
pub struct Phases {
    /// Reading timeline files (source texts are read while checking).
    pub read: Duration,
    /// Parsing files whole, or the headers of large files cut into chunks of events.
    pub parse: Duration,
    /// Converting and checking, quotes included, and parsing the chunks of large files.
    pub check: Duration,
    /// Finding quotes in their sources (part of `check`).
    pub quotes: Duration,
    /// Whether a chunk of a cut file did not parse as its cut counted, so that every file was
    /// parsed whole again (that second parse is part of `check`).
    pub parsed_again: bool,
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
    load_cutting(inputs, progress, CUT_LARGE_FILES)
}

/// [`load_inputs_measured`], with files cut into chunks of events as `cutting` says.
fn load_cutting(
    inputs: Vec<Input>,
    progress: &Arc<LoadProgress>,
    cutting: Cutting,
) -> (Result<Loaded, Vec<Diagnostic>>, Phases) {
    progress.set_phase(Phase::Parsing);
    let started = Instant::now();
    let mut phases = Phases::default();
    let counted_before = progress.parsed();
    let documents = parse_all(&inputs, progress, cutting);
    phases.parse = started.elapsed();
    let converted = match documents.map(|documents| convert(documents, progress)) {
        Ok(Some(converted)) => converted,
        // A chunk did not parse as its cut counted: every file is parsed whole, so that an error
        // is reported at its exact place (and a file that was cut wrongly still loads).
        Ok(None) => {
            // Every event is parsed again: what the first parse counted is taken back.
            progress.take_back_parsed(progress.parsed() - counted_before);
            phases.parsed_again = true;
            match parse_all(&inputs, progress, NEVER_CUT) {
                Ok(documents) => {
                    convert(documents, progress).expect("whole documents have no chunks to fail")
                }
                Err(diagnostics) => return (Err(diagnostics), phases),
            }
        }
        Err(diagnostics) => return (Err(diagnostics), phases),
    };
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

/// Every input parsed (or cut into chunks as `cutting` says, where the layout allows), or every
/// file's error.
fn parse_all<'a>(
    inputs: &'a [Input],
    progress: &Arc<LoadProgress>,
    cutting: Cutting,
) -> Result<Vec<Document<'a>>, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    let mut documents = Vec::new();
    for input in inputs {
        if input.text.trim().is_empty() {
            let hint = "a timeline needs `format`, `title` and `events`; see docs/format.md";
            diagnostics.push(Diagnostic::whole_file(
                &input.name,
                "the file is empty",
                Some(hint),
            ));
            continue;
        }
        match progress.count_events(|| parse(input, cutting)) {
            Ok(parsed) => documents.push(Document {
                parsed,
                texts: input.texts.as_ref(),
            }),
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    match diagnostics.is_empty() {
        true => Ok(documents),
        false => Err(diagnostics),
    }
}

/// Parses one input by its syntax; deep nesting is refused before the YAML parser sees it.
fn parse(input: &Input, cutting: Cutting) -> Result<ParsedDocument<'_>, Diagnostic> {
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
    if input.text.len() >= cutting.from_bytes
        && let Some(cut) = parse_header_and_cut(&input.text, syntax, cutting.chunk_bytes)
    {
        return Ok(cut);
    }
    let parsed = match syntax {
        Syntax::Json => json::parse_timeline(&input.text),
        Syntax::Yaml => yaml::parse_timeline(&input.text),
    };
    parsed
        .map(ParsedDocument::from)
        .map_err(|e| located(e.line, e.column, e.message, e.hint))
}

/// The header parsed and the events cut into chunks, to be parsed on every core as they are
/// converted; `None` when the layout does not allow it: then the whole document is parsed.
fn parse_header_and_cut(text: &str, syntax: Syntax, chunk_bytes: usize) -> Option<ParsedDocument<'_>> {
    match syntax {
        Syntax::Json => json::parse_split(&json_split::plan(text, chunk_bytes)?),
        Syntax::Yaml => yaml::parse_split(&split::plan(text, chunk_bytes)?),
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

#[cfg(test)]
mod tests {
    use super::*;

    const BUNDLED: &str = include_str!("../../timelines/russia-china-2022.yaml");
    const ESCAPED: &str = include_str!("../../tests/fixtures/valid/minimal-escaped.json");

    /// The bundled timeline and a JSON fixture, each with the folder its sources are in.
    fn files() -> [(&'static str, String, &'static str); 2] {
        [
            ("timeline.yaml", BUNDLED.to_owned(), "timelines"),
            ("timeline.json", ESCAPED.to_owned(), "tests/fixtures/valid"),
        ]
    }

    /// Every file cut, into chunks of one event each.
    const CUT_ALL: Cutting = Cutting {
        from_bytes: 0,
        chunk_bytes: 1,
    };

    /// What loading the files gives, as text (the timeline and warnings, or the diagnostics),
    /// whether they were parsed whole again, and how many events were counted.
    fn load(files: &[(&str, &str, &str)], cutting: Cutting) -> (String, bool, usize) {
        let inputs = files
            .iter()
            .map(|&(name, text, folder)| Input {
                name: name.to_owned(),
                text: text.to_owned(),
                texts: Box::new(FilesBeside::new(
                    Path::new(env!("CARGO_MANIFEST_DIR")).join(folder),
                )),
            })
            .collect();
        let progress = Arc::new(LoadProgress::default());
        let (result, phases) = load_cutting(inputs, &progress, cutting);
        let shown = match result {
            Ok(loaded) => format!("{:#?}\n{:#?}", loaded.timeline, loaded.warnings),
            Err(diagnostics) => format!("{diagnostics:#?}"),
        };
        (shown, phases.parsed_again, progress.parsed())
    }

    #[test]
    fn a_file_cut_into_chunks_loads_as_the_whole_file_does() {
        for (name, text, folder) in files() {
            let cut = parse_header_and_cut(&text, Syntax::for_name(name), 1).expect("a plain layout");
            assert!(cut.runs.len() > 1, "{name} is cut");
            let (whole, _, events) = load(&[(name, &text, folder)], NEVER_CUT);
            assert!(whole.starts_with("Timeline {"), "{name} loads: {whole}");
            let (split, parsed_again, counted) = load(&[(name, &text, folder)], CUT_ALL);
            assert_eq!(split, whole, "{name}");
            assert!(!parsed_again, "{name}: every chunk parsed where it was converted");
            assert_eq!(counted, events, "{name}: each event counted once");
        }
    }

    #[test]
    fn an_error_in_a_chunk_is_reported_where_the_whole_parse_reports_it() {
        let [(yaml, bundled, yaml_folder), (json, escaped, json_folder)] = files();
        let unclosed = bundled.replace("title: Russia invades Ukraine", "title: \"Russia invades Ukraine");
        let unknown = escaped.replace(r#""title": "The adviser warns","#, r#""titel": "x","#);
        for (name, text, folder, expected) in [
            (yaml, unclosed, yaml_folder, "line: 231,"),
            (json, unknown, json_folder, "message: \"unknown field `titel`"),
        ] {
            let (whole, _, _) = load(&[(name, &text, folder)], NEVER_CUT);
            assert!(whole.contains(expected), "{name}: {whole}");
            let (split, parsed_again, _) = load(&[(name, &text, folder)], CUT_ALL);
            assert_eq!(split, whole, "{name}");
            assert!(parsed_again, "{name}");
        }
    }

    #[test]
    fn a_file_cut_in_the_wrong_places_still_loads_and_each_event_is_counted_once() {
        // The second line of event `a` starts like an event, after a comma: the cut takes it
        // for one, a chunk fails, and both files are parsed whole again.
        let cut_wrongly = r#"{
"format": 1,
"title": "t",
"actors": [{"id": "x", "name": "X", "kind": "state"}, {"id": "y", "name": "Y", "kind": "state"}],
"events": [
  {"id": "a", "date": "2022", "title": "A", "status": "reported", "actors": ["x",
  {"id": "y", "role": "host"}]},
  {"id": "b", "date": "2022", "title": "B", "status": "reported"}
]
}
"#;
        // On one line: never cut, so parsed whole (and counted) before the other file's chunks.
        let one_line = r#"{"format": 1, "title": "s", "events": [{"id": "s", "date": "2021", "title": "S", "status": "reported"}]}"#;
        let files = [("one-line.json", one_line, "."), ("cut.json", cut_wrongly, ".")];
        let (whole, _, _) = load(&files, NEVER_CUT);
        assert!(whole.starts_with("Timeline {"), "{whole}");
        let (split, parsed_again, counted) = load(&files, CUT_ALL);
        assert_eq!(split, whole);
        assert!(parsed_again);
        assert_eq!(counted, 3, "each event counted once");
    }
}
