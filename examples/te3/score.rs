//! TempEval-3 Task A scoring: one-to-one matching of system and gold extents, micro-averaged.
//!
//! A system expression and a gold one match *strictly* when their extents are identical and
//! *relaxed* when they overlap; identical pairs are matched first, then overlapping ones in
//! text order, each expression at most once. Value (type) F1 is relaxed F1 times the share of
//! relaxed matches whose value (type) equals the gold's.

use chronicle::timex::Timex;

use super::read::{Doc, Gold};

/// Pooled counts.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Counts {
    pub(crate) system: usize,
    pub(crate) gold: usize,
    pub(crate) relaxed: usize,
    pub(crate) strict: usize,
    pub(crate) value: usize,
    pub(crate) kind: usize,
}

impl Counts {
    pub(crate) fn add(&mut self, o: &Counts) {
        self.system += o.system;
        self.gold += o.gold;
        self.relaxed += o.relaxed;
        self.strict += o.strict;
        self.value += o.value;
        self.kind += o.kind;
    }

    /// Precision, recall and F1 (in percent) for `matched` pairs.
    pub(crate) fn prf(&self, matched: usize) -> (f64, f64, f64) {
        let p = ratio(matched, self.system);
        let r = ratio(matched, self.gold);
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (100.0 * p, 100.0 * r, 100.0 * f)
    }

    pub(crate) fn relaxed_f1(&self) -> f64 {
        self.prf(self.relaxed).2
    }

    pub(crate) fn strict_f1(&self) -> f64 {
        self.prf(self.strict).2
    }

    pub(crate) fn value_f1(&self) -> f64 {
        self.relaxed_f1() * ratio(self.value, self.relaxed)
    }

    pub(crate) fn type_f1(&self) -> f64 {
        self.relaxed_f1() * ratio(self.kind, self.relaxed)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The pairs of one document: (system index, gold index).
pub(crate) fn align(found: &[Timex], gold: &[Gold]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut gold_used = vec![false; gold.len()];
    let mut sys_used = vec![false; found.len()];
    for strict in [true, false] {
        for (s, t) in found.iter().enumerate() {
            if sys_used[s] {
                continue;
            }
            let hit = gold.iter().enumerate().find(|(g, x)| {
                !gold_used[*g]
                    && if strict {
                        x.start == t.start && x.end == t.end
                    } else {
                        x.start < t.end && t.start < x.end
                    }
            });
            if let Some((g, _)) = hit {
                gold_used[g] = true;
                sys_used[s] = true;
                pairs.push((s, g));
            }
        }
    }
    pairs.sort_unstable();
    pairs
}

/// The counts of one document.
pub(crate) fn count(found: &[Timex], gold: &[Gold]) -> Counts {
    let pairs = align(found, gold);
    let mut c = Counts {
        system: found.len(),
        gold: gold.len(),
        ..Counts::default()
    };
    for &(s, g) in &pairs {
        let (t, x) = (&found[s], &gold[g]);
        c.relaxed += 1;
        c.strict += usize::from(t.start == x.start && t.end == x.end);
        c.value += usize::from(t.value == x.value);
        c.kind += usize::from(t.kind.as_str() == x.kind);
    }
    c
}

/// The precision class of a gold value, for the breakdown.
pub(crate) fn class(kind: &str, value: &str) -> &'static str {
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit() || b == b'X');
    match kind {
        "DURATION" => "duration",
        "SET" => "set",
        _ if value.ends_with("_REF") => "ref",
        _ if kind == "TIME" || value.contains('T') => "time",
        _ if value.contains('W') && !value.ends_with("WI") => "week",
        _ if ["SP", "SU", "FA", "WI"].iter().any(|s| value.ends_with(s)) => "season",
        _ if value.len() <= 3 && digits(value) => "decade",
        _ if value.len() == 4 => "year",
        _ if value.len() == 7 => "month",
        _ => "day",
    }
}

pub(crate) const CLASSES: &[&str] = &[
    "year", "month", "day", "week", "season", "decade", "time", "duration", "set", "ref",
];

/// Only the DATE and TIME expressions of both sides.
pub(crate) fn dates_and_times(found: &[Timex], gold: &[Gold]) -> (Vec<Timex>, Vec<Gold>) {
    let keep = |k: &str| k == "DATE" || k == "TIME";
    (
        found.iter().filter(|t| keep(t.kind.as_str())).cloned().collect(),
        gold.iter().filter(|g| keep(&g.kind)).cloned().collect(),
    )
}

/// Per gold class: (gold, found by overlap, value right).
pub(crate) fn by_class(docs: &[Doc], found: &[Vec<Timex>]) -> Vec<(&'static str, usize, usize, usize)> {
    let mut rows: Vec<_> = CLASSES.iter().map(|c| (*c, 0, 0, 0)).collect();
    for (doc, f) in docs.iter().zip(found) {
        let pairs = align(f, &doc.gold);
        for (g, gold) in doc.gold.iter().enumerate() {
            let Some(row) = rows.iter_mut().find(|r| r.0 == class(&gold.kind, &gold.value)) else {
                continue;
            };
            row.1 += 1;
            if let Some(&(s, _)) = pairs.iter().find(|p| p.1 == g) {
                row.2 += 1;
                row.3 += usize::from(f[s].value == gold.value);
            }
        }
    }
    rows
}
