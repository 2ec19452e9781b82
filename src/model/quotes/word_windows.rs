//! Finding many quotes in a folded text by the 16 bytes beside one of their spaces.
//!
//! In a folded text every whitespace run is one space, so a quote that contains a space can
//! only occur where that space falls on a space of the text. Each quote is keyed by the 16
//! bytes after or before one of its spaces (the window the fewest quotes share); the text is
//! scanned once with `memchr` for spaces, the bytes on either side of each are looked up in the
//! tables of keys, and every hit is checked against the whole quote. Quotes without such a
//! window are left to the caller.

use std::collections::HashMap;
use std::ops::Range;

/// The length of the window beside a space that a quote is keyed by.
pub(super) const WINDOW: usize = 16;

/// No needle waits after this one.
const END: u32 = u32::MAX;

/// More needles than this sharing one window make the windows worth counting.
const CROWDED: usize = 8;

/// Needles keyed by a window beside one of their spaces, ready to be looked for in a text.
pub(super) struct WordWindows<'n> {
    needles: Vec<Keyed<'n>>,
    /// The first needle (index into `needles`) waiting for each window after a space, and
    /// for each window before one.
    heads: [WindowMap<u32>; 2],
    /// Beside each of `heads`: whether a window may be in it, answered without a probe.
    filters: [WindowFilter; 2],
    /// The next needle waiting for the same window, or [`END`].
    next: Vec<u32>,
}

/// The needles waiting for each window: `heads` and `next` of [`WordWindows`].
type Chains = ([WindowMap<u32>; 2], Vec<u32>);

/// A needle, where its anchoring space is in it, and its place in the caller's list.
struct Keyed<'n> {
    bytes: &'n [u8],
    space: usize,
    caller_index: usize,
}

/// A window beside a space of a needle: the space's offset, and which side the window is on.
#[derive(Clone, Copy)]
struct Anchor {
    space: usize,
    side: Side,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    After = 0,
    Before = 1,
}

impl Anchor {
    fn window(self, bytes: &[u8]) -> Option<u128> {
        let range = match self.side {
            Side::After => self.space + 1..self.space + 1 + WINDOW,
            Side::Before => self.space.checked_sub(WINDOW)?..self.space,
        };
        bytes.get(range).map(key)
    }
}

impl<'n> WordWindows<'n> {
    /// Keys every needle that has [`WINDOW`] bytes beside a space; returns the indices of the
    /// needles that have none, for another search.
    ///
    /// Each needle is first keyed by the window before its last space (the ends of quotes tell
    /// them apart best). Only when some window is shared by many needles, which would make
    /// every hit check them all, are the windows counted and each needle keyed by its rarest.
    pub(super) fn new(needles: &[&'n [u8]]) -> (Self, Vec<usize>) {
        let (windows, unkeyed) = Self::keyed_by(needles, |needle| {
            before_last_space(needle).or_else(|| after_first_space(needle))
        });
        if windows.longest_chain() <= CROWDED {
            return (windows, unkeyed);
        }
        let mut counts: [WindowMap<u32>; 2] = Default::default();
        for needle in needles {
            for anchor in candidate_anchors(needle).into_iter().flatten() {
                if let Some(window) = anchor.window(needle) {
                    *counts[anchor.side as usize].entry(window).or_insert(0) += 1;
                }
            }
        }
        Self::keyed_by(needles, |needle| {
            let count = |a: &Anchor| a.window(needle).map_or(u32::MAX, |w| counts[a.side as usize][&w]);
            candidate_anchors(needle).into_iter().flatten().min_by_key(count)
        })
    }

    fn keyed_by(needles: &[&'n [u8]], choose: impl Fn(&[u8]) -> Option<Anchor>) -> (Self, Vec<usize>) {
        let mut windows = WordWindows {
            needles: Vec::with_capacity(needles.len()),
            heads: Default::default(),
            filters: Default::default(),
            next: Vec::with_capacity(needles.len()),
        };
        let mut unkeyed = Vec::new();
        for (caller_index, needle) in needles.iter().enumerate() {
            match choose(needle) {
                Some(anchor) => windows.add(needle, anchor, caller_index),
                None => unkeyed.push(caller_index),
            }
        }
        windows.filters = windows
            .heads
            .each_ref()
            .map(|heads| WindowFilter::new(heads.keys()));
        (windows, unkeyed)
    }

    /// How many needles wait for the most shared window.
    fn longest_chain(&self) -> usize {
        let chain = |&head: &u32| {
            let (mut length, mut at) = (0, head);
            while at != END {
                length += 1;
                at = self.next[at as usize];
            }
            length
        };
        self.heads
            .iter()
            .flat_map(|heads| heads.values())
            .map(chain)
            .max()
            .unwrap_or(0)
    }

    fn add(&mut self, needle: &'n [u8], anchor: Anchor, caller_index: usize) {
        let Some(window) = anchor.window(needle) else {
            return;
        };
        let index = self.needles.len() as u32;
        let head = self.heads[anchor.side as usize].entry(window).or_insert(END);
        self.next.push(*head);
        *head = index;
        self.needles.push(Keyed {
            bytes: needle,
            space: anchor.space,
            caller_index,
        });
    }

    /// Where each keyed needle first occurs in `text`, as `(caller index, outcome)`. The text's
    /// spaces are scanned in `parts` parts at once (one when the text is small). Checking hits
    /// against whole needles costs at most `budget` bytes compared, shared between the parts;
    /// where a part spends its share, its scan stops, and what it may have found is unsettled.
    pub(super) fn first_occurrences(
        mut self,
        text: &[u8],
        budget: usize,
        parts: usize,
    ) -> Vec<(usize, Outcome)> {
        let parts = if text.len() < (1 << 20) { 1 } else { parts.max(1) };
        let scans: Vec<(Vec<Option<usize>>, bool)> = if parts == 1 {
            // One scan: it may unlink found needles from the tables themselves.
            let chains = (std::mem::take(&mut self.heads), std::mem::take(&mut self.next));
            vec![self.scan(text, 0..text.len(), chains, budget)]
        } else {
            let this = &self;
            let step = text.len().div_ceil(parts).max(1);
            let ranges =
                (0..parts).map(|part| (part * step).min(text.len())..((part + 1) * step).min(text.len()));
            std::thread::scope(|scope| {
                let handles: Vec<_> = ranges
                    .map(|range| {
                        let chains = (this.heads.clone(), this.next.clone());
                        scope.spawn(move || this.scan(text, range, chains, budget / parts))
                    })
                    .collect();
                let joined = handles.into_iter();
                joined
                    .map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
                    .collect()
            })
        };
        (0..self.needles.len())
            .map(|i| (self.needles[i].caller_index, outcome(&scans, i)))
            .collect()
    }

    /// The first occurrence of each keyed needle whose anchoring space falls on a space of
    /// `text` within `spaces`, following `chains` (`heads` and `next`), and whether the scan
    /// finished within `budget` bytes compared. Found needles are unlinked, so they cost nothing
    /// afterwards.
    fn scan(
        &self,
        text: &[u8],
        spaces: Range<usize>,
        chains: Chains,
        mut budget: usize,
    ) -> (Vec<Option<usize>>, bool) {
        let mut found: Vec<Option<usize>> = vec![None; self.needles.len()];
        let (mut heads, mut next) = chains;
        let mut missing = self.needles.len();
        for space in memchr::memchr_iter(b' ', &text[spaces.clone()]) {
            let space = spaces.start + space;
            for side in [Side::After, Side::Before] {
                let filter = &self.filters[side as usize];
                let window = Anchor { space, side }
                    .window(text)
                    .filter(|&w| filter.may_hold(w));
                let Some(head) = window.and_then(|w| heads[side as usize].get_mut(&w)) else {
                    continue;
                };
                let (mut previous, mut current) = (None, *head);
                while current != END {
                    let i = current as usize;
                    let following = next[i];
                    let needle = &self.needles[i];
                    let start = space.checked_sub(needle.space);
                    let place = start.and_then(|s| Some((s, text.get(s..s + needle.bytes.len())?)));
                    // A check costs the bytes compared up to the first that differs, and at least
                    // one, so that a scan of empty checks is bounded too.
                    let (here, cost) = match place {
                        Some((start, there)) => {
                            let same = common_prefix(there, needle.bytes);
                            ((same == needle.bytes.len()).then_some(start), same + 1)
                        }
                        None => (None, 1),
                    };
                    if cost > budget {
                        return (found, false);
                    }
                    budget -= cost;
                    if here.is_some() {
                        found[i] = here;
                        missing -= 1;
                        match previous {
                            None => *head = following,
                            Some(p) => next[p] = following,
                        }
                    } else {
                        previous = Some(i);
                    }
                    current = following;
                }
            }
            if missing == 0 {
                break;
            }
        }
        (found, true)
    }
}

/// What the scan settled about one needle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Outcome {
    /// It first occurs at this offset.
    At(usize),
    /// It does not occur.
    Absent,
    /// A scan stopped before it could tell.
    Unsettled,
}

/// Needle `i`'s outcome from the scans of consecutive parts: the first part that found it has
/// its first place, provided every part before it finished.
fn outcome(scans: &[(Vec<Option<usize>>, bool)], i: usize) -> Outcome {
    for (found, finished) in scans {
        if let Some(at) = found[i] {
            return Outcome::At(at);
        }
        if !finished {
            return Outcome::Unsettled;
        }
    }
    Outcome::Absent
}

/// How many bytes `a` and `b` have in common from their starts (sixteen at a time where they agree).
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let len = a.len().min(b.len());
    let (a, b) = (&a[..len], &b[..len]);
    let mut same = 0;
    for (x, y) in a.chunks_exact(16).zip(b.chunks_exact(16)) {
        if x != y {
            break;
        }
        same += 16;
    }
    same + a[same..]
        .iter()
        .zip(&b[same..])
        .take_while(|(x, y)| x == y)
        .count()
}

/// Up to four windows of `needle` beside a space: after its first, middle and last usable
/// spaces, and before its last usable one.
fn candidate_anchors(needle: &[u8]) -> [Option<Anchor>; 4] {
    let after = |space: usize| Anchor {
        space,
        side: Side::After,
    };
    let usable_after = |&space: &usize| space + 1 + WINDOW <= needle.len();
    let first = memchr::memchr_iter(b' ', needle).find(usable_after);
    let last = memchr::memrchr_iter(b' ', needle).find(usable_after);
    let middle = first.zip(last).and_then(|(first, last)| {
        let half = (first + last) / 2;
        memchr::memchr(b' ', &needle[half..])
            .map(|s| s + half)
            .filter(|&s| s > first && s < last)
    });
    let before = before_last_space(needle);
    [
        first.map(after),
        middle.map(after),
        last.filter(|&l| Some(l) != first).map(after),
        before,
    ]
}

/// The window before the needle's last space that has one.
fn before_last_space(needle: &[u8]) -> Option<Anchor> {
    let space = memchr::memrchr_iter(b' ', needle).find(|&space| space >= WINDOW)?;
    Some(Anchor {
        space,
        side: Side::Before,
    })
}

/// The window after the needle's first space that has one.
fn after_first_space(needle: &[u8]) -> Option<Anchor> {
    let space = memchr::memchr_iter(b' ', needle).find(|&space| space + 1 + WINDOW <= needle.len())?;
    Some(Anchor {
        space,
        side: Side::After,
    })
}

fn key(window: &[u8]) -> u128 {
    let mut bytes = [0; WINDOW];
    bytes.copy_from_slice(window);
    u128::from_le_bytes(bytes)
}

/// Keyed with a seed chosen at run time, so that a file cannot be written to make windows
/// collide in the tables.
type WindowMap<V> = HashMap<u128, V, foldhash::fast::RandomState>;

/// A bit for each slot of a table sixteen times larger than a set of windows, set where one of
/// them falls: most spaces of a text start no quote's window, and a clear bit (one cache line,
/// the table small enough to stay in cache) says so without probing the map of windows.
#[derive(Default)]
struct WindowFilter {
    bits: Vec<u64>,
    /// Shifts a window's hash down to a slot.
    shift: u32,
}

impl WindowFilter {
    fn new<'w>(windows: impl ExactSizeIterator<Item = &'w u128>) -> Self {
        if windows.len() == 0 {
            return WindowFilter::default();
        }
        let slots = (windows.len() * 16).next_power_of_two().max(64);
        let mut filter = WindowFilter {
            bits: vec![0; slots / 64],
            shift: 64 - slots.trailing_zeros(),
        };
        for &window in windows {
            let slot = filter.slot(window);
            filter.bits[slot / 64] |= 1 << (slot % 64);
        }
        filter
    }

    /// `false` only for windows not in the set; always `false` for an empty set.
    fn may_hold(&self, window: u128) -> bool {
        if self.bits.is_empty() {
            return false;
        }
        let slot = self.slot(window);
        self.bits[slot / 64] & (1 << (slot % 64)) != 0
    }

    fn slot(&self, window: u128) -> usize {
        // Windows are already well mixed bytes of text; a multiply spreads them over the slots.
        let folded = (window as u64) ^ ((window >> 64) as u64).rotate_left(29);
        let mixed = (folded ^ (folded >> 31)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        ((mixed ^ (mixed >> 29)) >> self.shift) as usize
    }
}

#[cfg(test)]
#[path = "word_windows_tests.rs"]
mod tests;
