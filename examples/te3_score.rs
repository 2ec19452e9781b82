//! Scores the timex tagger on TempEval-3 documents (Task A) and measures its throughput.
//!
//! `cargo run --release --example te3_score -- ../shared/te3-dev [--verbose]`
//! `cargo run --release --example te3_score -- --text FILE YYYY-MM-DD` lists what it finds.

#![allow(clippy::unwrap_used, clippy::expect_used)] // A measurement may stop on what it relies on.

mod te3;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chronicle::timex::{Timex, find};
use te3::read::{Doc, read_dir};
use te3::score::{Counts, align, by_class, count, dates_and_times};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose");
    if let Some(at) = args.iter().position(|a| a == "--text") {
        return print_found(&args[at + 1], &args[at + 2]);
    }
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map_or_else(|| PathBuf::from("../shared/te3-dev"), PathBuf::from);
    let docs = read_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    let found: Vec<Vec<Timex>> = docs.iter().map(|d| find(&d.text, d.published)).collect();
    let (mut all, mut dt) = (Counts::default(), Counts::default());
    for (doc, f) in docs.iter().zip(&found) {
        all.add(&count(f, &doc.gold));
        let (fs, gs) = dates_and_times(f, &doc.gold);
        dt.add(&count(&fs, &gs));
        if verbose {
            report(doc, f);
        }
    }
    println!(
        "{} documents, {} gold expressions, {} found",
        docs.len(),
        all.gold,
        all.system
    );
    print_prf("relaxed", &all, all.relaxed);
    print_prf("strict", &all, all.strict);
    println!("value F1 {:.1}   type F1 {:.1}", all.value_f1(), all.type_f1());
    println!("\nby precision of the gold value: gold / found / value right");
    for (class, gold, hit, right) in by_class(&docs, &found) {
        println!("  {class:<9} {gold:>3} {hit:>4} {right:>4}");
    }
    println!("\nDATE and TIME only:");
    print_prf("relaxed", &dt, dt.relaxed);
    println!("value F1 {:.1}", dt.value_f1());
    println!("\nthroughput {:.1} MB/s", throughput(&docs));
}

/// `--text FILE YYYY-MM-DD`: lists what the tagger finds in a plain text file.
fn print_found(path: &str, published: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    for t in find(&text, published.parse().unwrap()) {
        let date = t.chronicle_date().unwrap_or_default();
        println!(
            "{:>6} {:<9} {:<14} {date:<24} {:?}",
            t.start,
            t.kind.as_str(),
            t.value,
            &text[t.start..t.end]
        );
    }
}

fn print_prf(name: &str, c: &Counts, matched: usize) {
    let (p, r, f) = c.prf(matched);
    println!("{name:<8} P {p:5.1}  R {r:5.1}  F1 {f:5.1}");
}

fn report(doc: &Doc, found: &[Timex]) {
    println!("== {} ({})", doc.name, doc.published);
    let pairs = align(found, &doc.gold);
    for (g, gold) in doc.gold.iter().enumerate() {
        match pairs.iter().find(|p| p.1 == g) {
            None => println!(
                "  miss  {:?} {} {}",
                &doc.text[gold.start..gold.end],
                gold.kind,
                gold.value
            ),
            Some(&(s, _)) => {
                let t = &found[s];
                let extent = if (t.start, t.end) == (gold.start, gold.end) {
                    ""
                } else {
                    " extent"
                };
                if t.value != gold.value || t.kind.as_str() != gold.kind || !extent.is_empty() {
                    println!(
                        "  diff  {:?} {} {} / gold {:?} {} {}{extent}",
                        &doc.text[t.start..t.end],
                        t.kind.as_str(),
                        t.value,
                        &doc.text[gold.start..gold.end],
                        gold.kind,
                        gold.value
                    );
                }
            }
        }
    }
    for (s, t) in found.iter().enumerate() {
        if !pairs.iter().any(|p| p.0 == s) {
            println!(
                "  extra {:?} {} {}",
                &doc.text[t.start..t.end],
                t.kind.as_str(),
                t.value
            );
        }
    }
}

/// MB/s of `find` over the documents' texts concatenated, repeated for about a second.
fn throughput(docs: &[Doc]) -> f64 {
    let text: String = docs
        .iter()
        .map(|d| d.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let published = docs.first().map(|d| d.published).unwrap_or_default();
    let start = Instant::now();
    let mut rounds = 0u32;
    while start.elapsed() < Duration::from_secs(1) {
        std::hint::black_box(find(std::hint::black_box(&text), published));
        rounds += 1;
    }
    (text.len() as f64 * f64::from(rounds)) / start.elapsed().as_secs_f64() / 1e6
}
