//! How far a load has got, shared with whoever shows it: the phase, and the bytes read.

use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};

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

    /// Bytes of timeline text read.
    pub fn bytes(&self) -> usize {
        self.bytes.load(Ordering::Relaxed)
    }

    pub fn add_bytes(&self, bytes: usize) {
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
    }
}
