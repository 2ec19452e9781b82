//! Criterion benchmark of the timex tagger over the TempEval-3 development texts.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Measurements may panic on what they rely on.

#[path = "../examples/te3/mod.rs"]
mod te3;

use std::hint::black_box;
use std::path::Path;

use chronicle::timex::find;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/te3-dev");
    let docs = te3::read::read_dir(&dir).unwrap();
    let text = docs
        .iter()
        .map(|d| d.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let published = docs[0].published;
    let mut group = c.benchmark_group("timex");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("find te3-dev", |b| b.iter(|| find(black_box(&text), published)));
    // Baselines in the same run: one pass that lowercases the text, and the sentence splitter.
    group.bench_function("baseline: lowercase te3-dev", |b| {
        b.iter(|| black_box(&text).to_lowercase())
    });
    group.bench_function("sentences te3-dev", |b| {
        b.iter(|| chronicle::timex::sentences(black_box(&text)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
