//! Criterion benchmarks at 1k–100k events (more with CHRONICLE_BENCH_SIZES), each beside its
//! baseline: load against the bare parse, quotes and filtering against a memmem scan, render
//! against 1k.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

// The binary's allocator, so that the figures are the binary's.
#[allow(dead_code)]
#[path = "../src/allocator.rs"]
mod allocator;
#[path = "../examples/common/export_baseline.rs"]
mod export_baseline;
#[path = "../examples/common/generate.rs"]
mod generate;

use std::hint::black_box;
use std::path::{Path, PathBuf};

use chronicle::app::{App, StartOptions};
use chronicle::export::{ExportFormat, Selection, export};
use chronicle::model::RawTimeline;
use chronicle::model::{LoadOptions, Timeline, find_quotes, load_paths};
use chronicle::query::{Query, SearchIndex, apply, apply_within};
use chronicle::ui::{Theme, render};
use criterion::{BenchmarkId, Criterion, criterion_group};
use memchr::memmem;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

fn sizes() -> Vec<usize> {
    std::env::var("CHRONICLE_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000])
}

fn dataset(count: usize, json: bool) -> PathBuf {
    let kind = if json { "json" } else { "yaml" };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("target/perf/{count}-{kind}"));
    let file = dir.join(format!("timeline.{kind}"));
    if !file.exists() {
        generate::generate(count, &dir, json).expect("the timeline is written");
    }
    file
}

/// Loads are timed without freeing what they made (`iter_with_large_drop`), ours and the
/// baselines alike, as in the perf report.
fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    for count in sizes() {
        for json in [false, true] {
            let path = dataset(count, json);
            let text = std::fs::read_to_string(&path).unwrap();
            let kind = if json { "json" } else { "yaml" };
            group.bench_with_input(
                BenchmarkId::new(format!("chronicle-{kind}"), count),
                &path,
                |b, path| {
                    b.iter_with_large_drop(|| {
                        load_paths(std::slice::from_ref(path), LoadOptions::default()).unwrap()
                    })
                },
            );
            group.bench_with_input(
                BenchmarkId::new(format!("bare-parse-{kind}"), count),
                &text,
                |b, text| {
                    if json {
                        b.iter_with_large_drop(|| serde_json::from_str::<RawTimeline>(text).unwrap())
                    } else {
                        b.iter_with_large_drop(|| serde_yaml::from_str::<RawTimeline>(text).unwrap())
                    }
                },
            );
        }
    }
    group.finish();
}

/// Every quote of the timeline looked up in its source text, against one memmem search of each
/// source text for a quote that is not there (what each quote would cost searched alone).
fn quotes(c: &mut Criterion) {
    let mut group = c.benchmark_group("quotes");
    group.sample_size(10);
    for count in sizes() {
        let timeline = timeline(count);
        let by_source: Vec<(&str, Vec<&str>)> = timeline
            .sources
            .iter()
            .enumerate()
            .map(|(i, source)| {
                let quotes = timeline.events.iter().flat_map(|e| &e.excerpts);
                let quotes = quotes.filter(|x| x.source.0 as usize == i).map(|x| &*x.quote);
                (source.text.as_str(), quotes.collect())
            })
            .collect();
        group.bench_function(BenchmarkId::new("baseline-memmem-scan", count), |b| {
            b.iter(|| {
                for (text, _) in &by_source {
                    black_box(memmem::find(text.as_bytes(), b"a quote that is not there"));
                }
            })
        });
        group.bench_function(BenchmarkId::new("find-every-quote", count), |b| {
            b.iter(|| {
                for (text, quotes) in &by_source {
                    black_box(find_quotes(text, quotes));
                }
            })
        });
    }
    group.finish();
}

fn timeline(count: usize) -> Timeline {
    load_paths(&[dataset(count, true)], LoadOptions::default())
        .unwrap()
        .timeline
}

fn filter(c: &mut Criterion) {
    let mut group = c.benchmark_group("filter");
    for count in sizes() {
        let timeline = timeline(count);
        let index = SearchIndex::build(&timeline);
        let buffer: String = timeline
            .events
            .iter()
            .map(|e| format!("{}\n{}\0", e.title().to_lowercase(), e.summary().to_lowercase()))
            .collect();
        let china = timeline.actor_index("china").unwrap();
        let text = Query {
            text: "sanctions".into(),
            ..Query::default()
        };
        let actor = Query {
            actors: vec![china],
            ..Query::default()
        };
        let both = Query {
            actors: vec![china],
            ..text.clone()
        };
        let shorter = Query {
            text: "sanction".into(),
            ..both.clone()
        };
        let previous = apply(&timeline, &index, &shorter);
        group.bench_function(BenchmarkId::new("baseline-memmem-scan", count), |b| {
            b.iter(|| black_box(memmem::find_iter(buffer.as_bytes(), b"sanctions").count()))
        });
        for (name, query) in [("text", &text), ("actor", &actor), ("text+actor", &both)] {
            group.bench_function(BenchmarkId::new(name, count), |b| {
                b.iter(|| black_box(apply(&timeline, &index, query)))
            });
        }
        group.bench_function(BenchmarkId::new("text+actor-incremental", count), |b| {
            b.iter(|| black_box(apply_within(&timeline, &index, &both, &previous)))
        });
    }
    group.finish();
}

fn render_frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("render-200x60");
    let size = Rect::new(0, 0, 200, 60);
    let theme = Theme::colour();
    for count in sizes() {
        let app = App::new(timeline(count), StartOptions::default(), size);
        let mut terminal = Terminal::new(TestBackend::new(size.width, size.height)).unwrap();
        group.bench_function(BenchmarkId::new("frame", count), |b| {
            b.iter(|| {
                terminal.draw(|frame| render(&app, &theme, frame)).unwrap();
            })
        });
    }
    group.finish();
}

fn export_json(c: &mut Criterion) {
    let mut group = c.benchmark_group("export-json");
    for count in sizes() {
        let path = dataset(count, true);
        let timeline = load_paths(std::slice::from_ref(&path), LoadOptions::default())
            .unwrap()
            .timeline;
        let text = std::fs::read_to_string(&path).unwrap();
        // The baseline writes the same bytes: the events in timeline order, as the export does.
        let raw = export_baseline::in_timeline_order(&text, &timeline);
        let as_written = |source: &chronicle::model::Source| source.text_path.clone();
        let options = export_baseline::json_options(&as_written);
        group.bench_function(
            BenchmarkId::new("baseline-serde-json-to-string-pretty", count),
            |b| b.iter(|| black_box(serde_json::to_string_pretty(&raw).unwrap())),
        );
        group.bench_function(BenchmarkId::new("export", count), |b| {
            b.iter(|| black_box(export(&Selection::whole(&timeline), ExportFormat::Json, &options).unwrap()))
        });
    }
    group.finish();
}

criterion_group!(benches, load, quotes, filter, render_frames, export_json);

/// `criterion_main!`, with the allocator set up first as the binary sets it up.
fn main() {
    allocator::configure();
    benches();
    Criterion::default().configure_from_args().final_summary();
}
