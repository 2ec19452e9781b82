//! How far a load has got, shared with whoever shows it: phase, events parsed, events expected.

use std::cell::RefCell;
use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};

use serde::de::{Deserialize, Deserializer, SeqAccess, Visitor};

/// The phases of a load, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Reading,
    Parsing,
    Checking,
}

/// Progress of one load, updated by the loading thread and read by the screen.
#[derive(Debug, Default)]
pub struct LoadProgress {
    phase: AtomicU8,
    parsed: AtomicUsize,
    expected: AtomicUsize,
    bytes: AtomicUsize,
}

impl LoadProgress {
    pub fn phase(&self) -> Phase {
        match self.phase.load(Ordering::Relaxed) {
            0 => Phase::Reading,
            1 => Phase::Parsing,
            _ => Phase::Checking,
        }
    }

    pub fn set_phase(&self, phase: Phase) {
        self.phase.store(phase as u8, Ordering::Relaxed);
    }

    /// Events parsed so far.
    pub fn parsed(&self) -> usize {
        self.parsed.load(Ordering::Relaxed)
    }

    /// About how many events the files hold (counted from their text before parsing).
    pub fn expected(&self) -> usize {
        self.expected.load(Ordering::Relaxed)
    }

    /// Counts events parsed elsewhere than through [`counted`] (chunks parsed in parallel).
    pub fn add_parsed(&self, events: usize) {
        self.parsed.fetch_add(events, Ordering::Relaxed);
    }

    /// Takes back events counted by a parse that was given up (they will be parsed again).
    pub fn take_back_parsed(&self, events: usize) {
        self.parsed.fetch_sub(events, Ordering::Relaxed);
    }

    /// Bytes of timeline text read.
    pub fn bytes(&self) -> usize {
        self.bytes.load(Ordering::Relaxed)
    }

    pub fn add_bytes(&self, bytes: usize) {
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
    }

    /// Estimates the events in `text` by counting `id` keys (a few belong to actors and sources).
    pub fn expect_events_in(&self, text: &str) {
        let count = memchr::memmem::find_iter(text.as_bytes(), b"id\"").count()
            + memchr::memmem::find_iter(text.as_bytes(), b"- id:").count();
        self.expected.fetch_add(count, Ordering::Relaxed);
    }

    /// Runs `parse` on this thread with each parsed event counted here.
    pub fn count_events<T>(self: &Arc<Self>, parse: impl FnOnce() -> T) -> T {
        COUNTER.with(|c| *c.borrow_mut() = Some(Arc::clone(self)));
        let result = parse();
        COUNTER.with(|c| *c.borrow_mut() = None);
        result
    }
}

thread_local! {
    /// The progress that event parsing on this thread reports to, if any.
    static COUNTER: RefCell<Option<Arc<LoadProgress>>> = const { RefCell::new(None) };
}

/// Deserialises a sequence like `Vec<T>`, counting elements into this thread's progress.
pub fn counted<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Vec<T>, D::Error> {
    deserializer.deserialize_seq(CountedVisitor(PhantomData))
}

struct CountedVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for CountedVisitor<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a sequence")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let counter = COUNTER.with(|c| c.borrow().clone());
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 20));
        while let Some(item) = seq.next_element()? {
            items.push(item);
            if let Some(progress) = &counter {
                progress.parsed.fetch_add(1, Ordering::Relaxed);
            }
        }
        Ok(items)
    }
}
