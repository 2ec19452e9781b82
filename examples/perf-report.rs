//! Prints the scale targets for N events: ours beside a baseline measured in the same process.
//!
//! `cargo run --release --example perf-report -- N [--rounds R] [--loads-only | --viewer-only | --export-only]` generates (once) a timeline of N
//! events under `target/perf/`, then measures load, quotes, JSON, filtering, rendering and memory,
//! interleaving ours and the baseline so that both see the same machine.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

#[path = "../src/allocator.rs"]
mod allocator;
#[path = "common/export_baseline.rs"]
mod export_baseline;
#[path = "common/generate.rs"]
mod generate;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chronicle::app::{Action, App, StartOptions, update};
use chronicle::export::{ExportFormat, Selection, export};
use chronicle::model::LoadProgress;
use chronicle::model::RawTimeline;
use chronicle::model::{
    Event, LoadOptions, Loaded, Phases, Timeline, find_quotes, load_paths, load_paths_reporting,
    parse_event_date,
};
use chronicle::query::{ClaimFilter, Query, SearchIndex, apply, apply_within};
use chronicle::ui::{Theme, render};
use memchr::memmem;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

fn main() {
    allocator::configure();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, path] = args.as_slice()
        && flag == "--resident-after-load"
    {
        resident_after_load(Path::new(path));
        return;
    }
    let count: usize = args.first().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let rounds: usize = option(&args, "--rounds").unwrap_or(3);
    let json = dataset(count, true);
    let small = dataset(1_000, false);
    println!("chronicle perf report: {count} events, best of {rounds} rounds, ours and baseline interleaved");
    println!(
        "{:<44} {:>12} {:>12} {:>8}  target",
        "measure", "ours", "baseline", "ratio"
    );
    if args.iter().any(|a| a == "--export-only") {
        return exporting(&json, rounds);
    }
    if args.iter().any(|a| a == "--viewer-only") {
        // The viewer's rows alone, on the JSON twin (which loads fastest).
        let timeline = load_paths(std::slice::from_ref(&json), LoadOptions::default())
            .expect("the generated timeline is valid")
            .timeline;
        rendering(timeline, &small, rounds);
        return reloading(&json, rounds);
    }
    let yaml = dataset(count, false);
    load_yaml(&yaml, rounds);
    correct_cut(&yaml, rounds);
    load_json(&json, rounds);
    exporting(&json, rounds);
    date_parsing(&yaml, rounds);
    nearest_passages(&yaml, rounds);
    if args.iter().any(|a| a == "--loads-only") {
        return;
    }
    let timeline = load_paths(std::slice::from_ref(&yaml), LoadOptions::default())
        .expect("the generated timeline is valid")
        .timeline;
    filtering(&timeline, rounds);
    rendering(timeline, &small, rounds);
    reloading(&yaml, rounds);
    memory(&yaml);
    memory(&json);
    hostile_quotes();
}

/// `chronicle export --format json` of every event (the model written in the file's fields,
/// into a file), beside serde_json writing the file's own structs, already in memory, with the
/// events in the same timeline order: the same bytes out.
fn exporting(json: &Path, rounds: usize) {
    let timeline = load_paths(&[json.to_path_buf()], LoadOptions::default())
        .expect("the generated timeline is valid")
        .timeline;
    let text = std::fs::read_to_string(json).unwrap();
    let in_file_order: RawTimeline<'_> = serde_json::from_str(&text).unwrap();
    let raw = export_baseline::in_timeline_order(&text, &timeline);
    let as_written = |source: &chronicle::model::Source| source.text_path.clone();
    let options = export_baseline::json_options(&as_written);
    let ours = || {
        export(&Selection::whole(&timeline), ExportFormat::Json, &options)
            .unwrap()
            .text
            .len()
    };
    let (mine, baseline) = best_of(rounds, ours, || serde_json::to_string_pretty(&raw).unwrap().len());
    row(
        "export JSON (model to the format's JSON)",
        mine,
        baseline,
        "≤ 1.5× serde_json::to_string_pretty",
    );
    // The file's own order reads the parsed text front to back; timeline order jumps about
    // memory, in the model as in the parsed structs.
    let (mine, baseline) = best_of(rounds, ours, || {
        serde_json::to_string_pretty(&in_file_order).unwrap().len()
    });
    row("— beside serde_json in the file's order", mine, baseline, "—");
}

/// The quote search on sources made to be hard, each beside a normal source of the same size:
/// every window of the text hits, and the quotes are long.
fn hostile_quotes() {
    let time = |text: &str, quotes: &[String]| {
        let quotes: Vec<&str> = quotes.iter().map(String::as_str).collect();
        let started = Instant::now();
        let found = find_quotes(text, &quotes);
        (started.elapsed(), found.iter().filter(|f| f.is_some()).count())
    };
    let prose = |bytes: usize| {
        // Words of one to three syllables drawn at random (about 27,000 of them), so that
        // 16-byte windows repeat about as rarely as in news text.
        const SYLLABLES: [&str; 30] = [
            "ka", "mo", "ri", "ten", "sa", "lu", "dor", "vi", "ne", "pa", "gro", "shi", "ta", "el", "ban",
            "co", "fu", "mir", "zo", "qua", "le", "sto", "ru", "an", "bel", "di", "or", "pen", "ha", "ix",
        ];
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut text = String::with_capacity(bytes + 100);
        while text.len() < bytes {
            for _ in 0..12 {
                let draw = next();
                for k in 0..=(draw % 3) {
                    text += SYLLABLES[((draw >> (8 * k + 8)) % 30) as usize];
                }
                text += if draw.is_multiple_of(11) { ", " } else { " " };
            }
            text.truncate(text.len() - 1);
            text += ". ";
        }
        text
    };
    // 100 quotes of 2 KB without spaces against 5 MB of one letter, half of them absent.
    let letters = "a".repeat(5_000_000);
    let spaceless: Vec<String> = (0..100)
        .map(|i| {
            if i % 2 == 0 {
                "a".repeat(2000 - i)
            } else {
                format!("{}b", "a".repeat(2000 - i))
            }
        })
        .collect();
    let normal = prose(5_000_000);
    let normal_quotes: Vec<String> = (0..100)
        .map(|i| normal[i * 40_000..i * 40_000 + 2000].to_owned())
        .collect();
    let (hostile, found) = time(&letters, &spaceless);
    let (base, _) = time(&normal, &normal_quotes);
    row(
        &format!("quotes: 100 × 2 KB in 5 MB of one letter ({found} found)"),
        hostile,
        base,
        "same size, prose",
    );
    // 2,000 identical 9 KB sentences, and 2,000 that differ in their last word, against 54 MB
    // repeating the sentence.
    let sentence = "Officials said the talks would resume next week. ".repeat(184);
    let repeated = sentence.repeat(54_000_000 / sentence.len());
    let mut quotes = vec![sentence.trim_end().to_owned(); 2000];
    quotes.extend((0..2000).map(|i| format!("{}{i}", &sentence[..sentence.len() - 6])));
    let normal = prose(repeated.len());
    let normal_quotes: Vec<String> = (0..4000)
        .map(|i| normal[i * 13_000..i * 13_000 + 9000].to_owned())
        .collect();
    let (hostile, found) = time(&repeated, &quotes);
    let (base, _) = time(&normal, &normal_quotes);
    row(
        &format!("quotes: 4,000 × 9 KB in 54 MB of one sentence ({found} found)"),
        hostile,
        base,
        "same size, prose",
    );
}

/// The date parser, which every event's date goes through on a load: the generated
/// timeline's dates (days, months, years, ranges, qualifiers, open starts), beside chrono
/// parsing the same strings as `%Y-%m-%d`.
fn date_parsing(yaml: &Path, rounds: usize) {
    let text = std::fs::read_to_string(yaml).unwrap();
    let dates: Vec<&str> = text
        .lines()
        .filter_map(|line| line.strip_prefix("    date: "))
        .map(|date| date.trim_matches('"'))
        .collect();
    let (ours, chrono) = best_of(
        rounds,
        || dates.iter().filter(|d| parse_event_date(d).is_ok()).count(),
        || {
            dates
                .iter()
                .filter(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
                .count()
        },
    );
    row(
        &format!("date parser: the {} events' dates", dates.len()),
        ours,
        chrono,
        "(chrono's %Y-%m-%d on the same strings)",
    );
}

/// The closest-passage hints: 100 quotes, each one word off, checked against a 10 MB source of
/// generated news text, beside the same 100 quotes written right (found by the exact search,
/// so no hint is looked for).
fn nearest_passages(yaml: &Path, rounds: usize) {
    const SOURCE_BYTES: usize = 10_000_000;
    let dir = yaml.parent().unwrap().join("../nearest-10mb");
    std::fs::create_dir_all(&dir).unwrap();
    // The generated source, continued from its start up to 10 MB, ending at a word.
    let generated = std::fs::read_to_string(yaml.parent().unwrap().join("source-0.txt")).unwrap();
    let mut text = String::with_capacity(SOURCE_BYTES + generated.len());
    while text.len() < SOURCE_BYTES {
        text.push_str(&generated);
        text.push('\n');
    }
    let cut = text[..SOURCE_BYTES].rfind(' ').unwrap();
    text.truncate(cut);
    std::fs::write(dir.join("source.txt"), &text).unwrap();
    // 100 passages of 30 words spread over the source; in the wrong copy, the 15th word of each
    // is replaced.
    let words: Vec<&str> = text.split_whitespace().collect();
    let passages: Vec<&[&str]> = (0..100)
        .map(|i| &words[i * (words.len() - 40) / 100..][..30])
        .collect();
    let write = |name: &str, one_word_off: bool| {
        let mut yaml = String::from(
            "format: 1\ntitle: Nearest passages\nsources:\n  - id: wire\n    title: Wire\n    kind: news-article\n    text: source.txt\nevents:\n",
        );
        for (i, passage) in passages.iter().enumerate() {
            let mut quote = passage.to_vec();
            if one_word_off {
                quote[14] = "zebra";
            }
            let quote = quote.join(" ").replace('\'', "''");
            yaml += &format!(
                "  - id: e{i}\n    date: \"2022-03-13\"\n    title: Event {i}\n    status: reported\n    excerpts:\n      - source: wire\n        quote: '{quote}'\n"
            );
        }
        let path = dir.join(name);
        std::fs::write(&path, yaml).unwrap();
        path
    };
    let (wrong, right) = (write("one-word-off.yaml", true), write("right.yaml", false));
    let load = |path: &Path| load_paths(&[path.to_path_buf()], LoadOptions::default());
    let hinted = match load(&wrong) {
        Err(diagnostics) => diagnostics
            .iter()
            .filter(|d| {
                d.hint
                    .as_deref()
                    .is_some_and(|h| h.starts_with("closest passage"))
            })
            .count(),
        Ok(_) => 0,
    };
    assert!(load(&right).is_ok(), "the right quotes are found");
    let (ours, baseline) = best_of(rounds, || load(&wrong), || load(&right));
    row(
        &format!("check: 100 quotes one word off, 10 MB ({hinted} hinted)"),
        ours,
        baseline,
        "(the same quotes right: no hints)",
    );
}

fn option(args: &[String], name: &str) -> Option<usize> {
    let at = args.iter().position(|a| a == name)?;
    args.get(at + 1)?.parse().ok()
}

/// The generated timeline of `count` events, made once under `target/perf/`.
fn dataset(count: usize, json: bool) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/perf")
        .join(format!("{count}-{}", if json { "json" } else { "yaml" }));
    let file = dir.join(if json { "timeline.json" } else { "timeline.yaml" });
    if !file.exists() {
        eprintln!("generating {}", file.display());
        generate::generate(count, &dir, json).expect("the timeline is written");
    }
    file
}

/// The fastest of `rounds` runs of each closure, run alternately. What a closure returns is
/// dropped after its time is taken, and the memory it freed handed back: freeing a loaded
/// timeline is not part of loading it, for ours or for the baseline, and neither measurement
/// may pay for tidying up after the other.
fn best_of<T, U>(
    rounds: usize,
    mut ours: impl FnMut() -> T,
    mut baseline: impl FnMut() -> U,
) -> (Duration, Duration) {
    let (mut best_ours, mut best_base) = (Duration::MAX, Duration::MAX);
    for _ in 0..rounds {
        let started = Instant::now();
        let made = black_box(ours());
        best_ours = best_ours.min(started.elapsed());
        drop(made);
        allocator::release_freed_memory();
        let started = Instant::now();
        let made = black_box(baseline());
        best_base = best_base.min(started.elapsed());
        drop(made);
        allocator::release_freed_memory();
    }
    (best_ours, best_base)
}

fn row(measure: &str, ours: Duration, baseline: Duration, target: &str) {
    let ratio = ours.as_secs_f64() / baseline.as_secs_f64().max(1e-9);
    println!(
        "{measure:<44} {:>12} {:>12} {ratio:>7.2}×  {target}",
        show(ours),
        show(baseline)
    );
}

fn show(d: Duration) -> String {
    if d >= Duration::from_secs(1) {
        format!("{:.2} s", d.as_secs_f64())
    } else {
        format!("{:.2} ms", d.as_secs_f64() * 1e3)
    }
}

/// Loads `path`, keeping the time and phases of the fastest load so far in `fastest`.
fn load_keeping_fastest(path: &Path, fastest: &mut (Duration, Phases)) -> Loaded {
    let started = Instant::now();
    let options = LoadOptions::default();
    let (result, phases) = load_paths_reporting(&[path.to_path_buf()], options, &LoadProgress::default());
    let loaded = result.expect("valid");
    let elapsed = started.elapsed();
    if elapsed < fastest.0 {
        *fastest = (elapsed, phases);
    }
    loaded
}

fn load_yaml(path: &Path, rounds: usize) {
    let text = std::fs::read_to_string(path).unwrap();
    let mut fastest = (Duration::MAX, Phases::default());
    let (ours, bare) = best_of(
        rounds,
        || load_keeping_fastest(path, &mut fastest),
        || serde_yaml::from_str::<RawTimeline>(&text).expect("parses"),
    );
    let (total, quotes) = (fastest.0, fastest.1.quotes);
    row(
        "load YAML (read, parse, check, sort)",
        ours,
        bare,
        "≤ 1.3× bare serde_yaml parse",
    );
    row(
        "  quote verification within that load",
        quotes,
        total,
        "< 0.10× of the load",
    );
    row(
        "  parsing, within that load",
        fastest.1.parse,
        bare,
        "(the same parse as the baseline)",
    );
}

/// What cutting a large YAML file into chunks of events correctly would cost: finding the items
/// of the top-level `events` sequence needs a real parser's view of the whole document (here
/// saphyr-parser's events, which carry positions), beside the whole parse it would share out.
fn correct_cut(path: &Path, rounds: usize) {
    let text = std::fs::read_to_string(path).unwrap();
    let (cut, bare) = best_of(
        rounds,
        || {
            let mut depth = 0usize;
            let mut starts = Vec::new();
            for (event, span) in saphyr_parser::Parser::new_from_str(&text).flatten() {
                match event {
                    saphyr_parser::Event::MappingStart(..) | saphyr_parser::Event::SequenceStart(..) => {
                        if depth == 2 {
                            starts.push(span.start.index());
                        }
                        depth += 1;
                    }
                    saphyr_parser::Event::MappingEnd | saphyr_parser::Event::SequenceEnd => depth -= 1,
                    _ => {}
                }
            }
            starts
        },
        || serde_yaml::from_str::<RawTimeline>(&text).expect("parses"),
    );
    row(
        "  a correct cut: saphyr-parser over the file",
        cut,
        bare,
        "(a cut must cost < 0.5× to pay on 2 cores)",
    );
}

fn load_json(path: &Path, rounds: usize) {
    let text = std::fs::read_to_string(path).unwrap();
    let bare_parse = || serde_json::from_str::<RawTimeline>(&text).expect("parses");
    let mut fastest = (Duration::MAX, Phases::default());
    let (ours, bare) = best_of(rounds, || load_keeping_fastest(path, &mut fastest), bare_parse);
    row(
        "load JSON (read, parse, check, sort)",
        ours,
        bare,
        "≤ 2.2× bare serde_json parse",
    );
    // Two parts of any load that the bare parse does not do, for scale: reading the file, and
    // writing the events' memory (here by copying the loaded ones, with no parsing or checking).
    row(
        "  reading the file, within that load",
        fastest.1.read,
        bare,
        "(part of the load)",
    );
    // The least a correct cut costs: serde_json skimming the whole document without building
    // anything (a cut must find the events' boundaries with a parser's view, strings included).
    let (skim, bare) = best_of(
        rounds,
        || serde_json::from_str::<serde::de::IgnoredAny>(&text).expect("parses"),
        bare_parse,
    );
    row(
        "  a correct cut: serde_json skimming the file",
        skim,
        bare,
        "(a cut must cost < 0.5× to pay on 2 cores)",
    );
    let events = load_paths(&[path.to_path_buf()], LoadOptions::default())
        .expect("valid")
        .timeline
        .events;
    let (copy, bare) = best_of(rounds, || copied_on_every_core(&events), bare_parse);
    row(
        "  copying the loaded events, on every core",
        copy,
        bare,
        "(the least building them costs)",
    );
}

/// The events copied into new memory, a part per core.
fn copied_on_every_core(events: &[Event]) -> Vec<Vec<Event>> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let part = events.len().div_ceil(cores).max(1);
    std::thread::scope(|scope| {
        let copies: Vec<_> = events
            .chunks(part)
            .map(|part| scope.spawn(|| part.to_vec()))
            .collect();
        copies
            .into_iter()
            .map(|copy| copy.join().expect("copied"))
            .collect()
    })
}

/// The baseline buffer: every event's title and summary lowercased into one string.
fn contiguous_buffer(timeline: &Timeline) -> String {
    let mut buffer = String::new();
    for event in &timeline.events {
        buffer.push_str(&event.title().to_lowercase());
        buffer.push('\n');
        buffer.push_str(&event.summary().to_lowercase());
        buffer.push('\0');
    }
    buffer
}

fn filtering(timeline: &Timeline, rounds: usize) {
    let index = SearchIndex::build(timeline);
    let buffer = contiguous_buffer(timeline);
    let china = timeline.actor_index("china").expect("the generator makes China");
    let query = Query {
        text: "sanctions".into(),
        actors: vec![china],
        ..Query::default()
    };
    let scan = || black_box(memmem::find_iter(buffer.as_bytes(), b"sanctions").count());
    let (ours, base) = best_of(
        rounds * 3,
        || drop(black_box(apply(timeline, &index, &query))),
        || {
            scan();
        },
    );
    row(
        "filter: text + actor, result list built",
        ours,
        base,
        "≤ 2× memmem scan",
    );
    let shorter = Query {
        text: "sanction".into(),
        ..query.clone()
    };
    let previous = apply(timeline, &index, &shorter);
    let (ours, base) = best_of(
        rounds * 3,
        || drop(black_box(apply_within(timeline, &index, &query, &previous))),
        || {
            scan();
        },
    );
    row(
        "filter: next keystroke narrows the last result",
        ours,
        base,
        "(narrowing)",
    );
    other_filters(timeline, &index, &buffer, rounds);
    fzf(timeline, &query, rounds);
}

/// The filters besides text (a period that may overlap, statuses, who denies, "as of"), with
/// and without a search text, against the same memmem scan.
fn other_filters(timeline: &Timeline, index: &SearchIndex, buffer: &str, rounds: usize) {
    let china = timeline.actor_index("china").expect("the generator makes China");
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
    let filters = Query {
        from: day(2000, 1, 1),
        to: day(2015, 12, 31),
        statuses: vec![
            chronicle::model::Status::Confirmed,
            chronicle::model::Status::Reported,
        ],
        claims: ClaimFilter {
            by: vec![china],
            stance: Some(chronicle::model::Stance::Denies),
        },
        as_of: day(2020, 1, 1),
        ..Query::default()
    };
    let scan = || {
        black_box(memmem::find_iter(buffer.as_bytes(), b"sanctions").count());
    };
    let (ours, base) = best_of(
        rounds * 3,
        || drop(black_box(apply(timeline, index, &filters))),
        scan,
    );
    row(
        "filter: dates + status + claim + as-of",
        ours,
        base,
        "≤ 2× memmem scan",
    );
    let with_text = Query {
        text: "sanctions".into(),
        ..filters.clone()
    };
    let (ours, base) = best_of(
        rounds * 3,
        || drop(black_box(apply(timeline, index, &with_text))),
        scan,
    );
    row("filter: the same + text", ours, base, "≤ 2× memmem scan");
    let (ours, base) = best_of(
        rounds * 3,
        || {
            let dates = Query {
                from: day(2010, 3, 1),
                to: day(2010, 3, 31),
                ..Query::default()
            };
            drop(black_box(apply(timeline, index, &dates)))
        },
        scan,
    );
    row("filter: a month (may overlap)", ours, base, "≤ 2× memmem scan");
}

/// `fzf --filter` over one line per event, when fzf is installed.
fn fzf(timeline: &Timeline, query: &Query, rounds: usize) {
    let lines: String = timeline
        .events
        .iter()
        .map(|e| format!("{} {}\n", e.title(), e.summary()))
        .collect();
    let index = SearchIndex::build(timeline);
    let run = || {
        let mut child = Command::new("fzf")
            .args(["--filter", "sanctions"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()?;
        use std::io::Write as _;
        child.stdin.take().expect("piped").write_all(lines.as_bytes())?;
        child.wait().map(drop)
    };
    if run().is_err() {
        println!(
            "{:<44} {:>12}",
            "filter: fzf --filter on the same events", "fzf not installed"
        );
        return;
    }
    let (ours, base) = best_of(
        rounds,
        || drop(black_box(apply(timeline, &index, query))),
        || run().expect("fzf runs"),
    );
    row("filter: ours vs fzf --filter", ours, base, "≤ 0.3× fzf");
}

fn rendering(timeline: Timeline, small: &Path, rounds: usize) {
    let small = load_paths(&[small.to_path_buf()], LoadOptions::default())
        .expect("valid")
        .timeline;
    let size = Rect::new(0, 0, 200, 60);
    let mut big = App::new(timeline, StartOptions::default(), size);
    let mut little = App::new(small, StartOptions::default(), size);
    for app in [&mut big, &mut little] {
        update(app, Action::PageDown);
    }
    let theme = Theme::colour();
    let frames = |app: &App| {
        let mut terminal = Terminal::new(TestBackend::new(size.width, size.height)).unwrap();
        for _ in 0..50 {
            terminal.draw(|frame| render(app, &theme, frame)).unwrap();
        }
    };
    let (ours, base) = best_of(rounds, || frames(&big), || frames(&little));
    row("render 50 frames, 200×60: N events vs 1k", ours, base, "≤ 1.2×");
    let buffer = contiguous_buffer(&big.timeline);
    let (ours, base) = best_of(
        rounds * 3,
        || {
            drop(black_box(chronicle::app::ruler::Ruler::build(
                &big.index,
                &big.visible,
            )))
        },
        || {
            black_box(memmem::find_iter(buffer.as_bytes(), b"sanctions").count());
        },
    );
    row(
        "ruler: counted once per filter change",
        ours,
        base,
        "(vs memmem scan)",
    );
    filtering_in_slices(&mut big, rounds);
}

/// A keystroke in the viewer: the query applied slice by slice as the event loop does, timing
/// the longest slice (the UI thread reads no key meanwhile) and the whole until shown.
fn filtering_in_slices(app: &mut App, rounds: usize) {
    let buffer = contiguous_buffer(&app.timeline);
    let china = app
        .timeline
        .actor_index("china")
        .expect("the generator makes China");
    let (mut longest, mut shown) = (Duration::MAX, Duration::MAX);
    let mut scan = Duration::MAX;
    for _ in 0..rounds * 3 {
        app.query = Query::default();
        app.refilter();
        app.finish_filter();
        app.query = Query {
            text: "sanctions".into(),
            actors: vec![china],
            ..Query::default()
        };
        let started = Instant::now();
        let mut slowest = Duration::ZERO;
        let mut step = |app: &mut App, advance: bool| {
            let slice = Instant::now();
            if advance {
                update(app, Action::AdvanceFilter);
            } else {
                app.refilter();
            }
            slowest = slowest.max(slice.elapsed());
        };
        step(app, false);
        while app.filter_pending() {
            step(app, true);
        }
        shown = shown.min(started.elapsed());
        longest = longest.min(slowest);
        let started = Instant::now();
        black_box(memmem::find_iter(buffer.as_bytes(), b"sanctions").count());
        scan = scan.min(started.elapsed());
    }
    row(
        "filter in the viewer: longest slice on UI thread",
        longest,
        Duration::from_micros(16_667),
        "≤ 1× a 60 Hz frame",
    );
    row(
        "filter in the viewer: result shown",
        shown,
        scan,
        "≤ 2.5× memmem scan",
    );
    status_over_text_matches(app, &buffer, rounds);
}

/// In the viewer, with a search shown: dropping a status filter goes over the search's matches
/// only, not the text of every event.
fn status_over_text_matches(app: &mut App, buffer: &str, rounds: usize) {
    let (mut ours, mut scan) = (Duration::MAX, Duration::MAX);
    for _ in 0..rounds * 3 {
        app.query = Query {
            text: "sanctions".into(),
            statuses: vec![chronicle::model::Status::Denied],
            ..Query::default()
        };
        app.refilter();
        app.finish_filter();
        app.query.statuses.clear();
        let started = Instant::now();
        app.refilter();
        app.finish_filter();
        ours = ours.min(started.elapsed());
        let started = Instant::now();
        black_box(memmem::find_iter(buffer.as_bytes(), b"sanctions").count());
        scan = scan.min(started.elapsed());
    }
    row(
        "filter in the viewer: status dropped, text kept",
        ours,
        scan,
        "≤ 2× memmem scan",
    );
}

/// Loading the file again into a viewer that shows it (what a reload does) against loading it
/// into a new viewer. Neither waits for freeing: a fresh process never frees, and the viewer
/// frees the replaced timeline when it is next idle.
fn reloading(path: &Path, rounds: usize) {
    let load = || load_paths(&[path.to_path_buf()], LoadOptions::default()).expect("valid");
    let size = Rect::new(0, 0, 200, 60);
    let mut app = App::new(load().timeline, StartOptions::default(), size);
    let (mut ours, mut base) = (Duration::MAX, Duration::MAX);
    for _ in 0..rounds {
        let started = Instant::now();
        app.apply_reload(Ok(load()));
        ours = ours.min(started.elapsed());
        app.release_retired();
        allocator::release_freed_memory();
        let started = Instant::now();
        let fresh = black_box(App::new(load().timeline, StartOptions::default(), size));
        base = base.min(started.elapsed());
        drop(fresh);
        allocator::release_freed_memory();
    }
    row("reload into the viewer vs a fresh load", ours, base, "≤ 1.2×");
}

/// Runs a fresh process that loads `path` and reports its resident memory against the file.
fn memory(path: &Path) {
    let output = Command::new(std::env::current_exe().unwrap())
        .args(["--resident-after-load", path.to_str().unwrap()])
        .output()
        .expect("the measuring process runs");
    print!("{}", String::from_utf8_lossy(&output.stdout));
}

fn resident_after_load(path: &Path) {
    // As the viewer does: load and build the viewer on a loading thread, which hands freed
    // memory back after the load; the main thread does again once it has the app.
    let path_for_loader = path.to_path_buf();
    let app = std::thread::spawn(move || {
        let loaded = load_paths(&[path_for_loader], LoadOptions::default()).expect("valid");
        allocator::release_freed_memory();
        App::new(loaded.timeline, StartOptions::default(), Rect::default())
    })
    .join()
    .expect("the load succeeds");
    allocator::release_freed_memory();
    let resident = status_kib("VmRSS:") * 1024;
    let peak = status_kib("VmHWM:") * 1024;
    let file = std::fs::metadata(path).map(|m| m.len()).unwrap_or(1) as f64;
    let name = path.file_name().unwrap().to_string_lossy();
    println!(
        "{:<44} {:>9.0} MB {:>9.0} MB {:>7.2}×  ≤ 2.5× file size (peak {:.0} MB, {:.2}×)",
        format!("memory of the viewer on {name}"),
        resident as f64 / 1e6,
        file / 1e6,
        resident as f64 / file,
        peak as f64 / 1e6,
        peak as f64 / file,
    );
    black_box(app);
}

fn status_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}
