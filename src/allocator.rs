//! The allocator of the programs (mimalloc), and handing memory freed by a load back to the system.
//!
//! Not part of the library, which has no unsafe code: the binary, the perf report and the
//! benchmarks include this file, so that all of them measure the same allocator.
//!
//! A load allocates several times the file's size in short-lived parse data. The system
//! allocator keeps much of it resident after it is freed (in per-thread arenas, between live
//! blocks); mimalloc is faster on the loader's many small allocations and returns whole free
//! pages when asked.
//!
//! By default mimalloc hands pages freed for 10 ms back to the system. A large load frees and
//! allocates hundreds of megabytes within a second (chunks of raw events, source texts folded
//! for the quote search, the previous file's timeline), and every page handed back too early is
//! faulted in and zeroed again moments later. [`configure`] waits a second instead; the viewer
//! hands freed memory back at once when a load ends ([`release_freed_memory`]).

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_t`, which the bindings do not name).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long freed pages are kept for reuse before they are handed back to the system.
const PURGE_DELAY_MS: std::ffi::c_long = 1000;

/// Sets the allocator up for loads; called first thing by each program.
pub fn configure() {
    // SAFETY: setting an option has no preconditions; mimalloc reads this one whenever it
    // schedules a purge.
    #[allow(unsafe_code)]
    unsafe {
        libmimalloc_sys::mi_option_set(PURGE_DELAY, PURGE_DELAY_MS);
    }
}

/// Returns the memory freed so far to the system. Costs a few milliseconds.
pub fn release_freed_memory() {
    // SAFETY: `mi_collect` has no preconditions; it only walks the allocator's own pages.
    #[allow(unsafe_code)]
    unsafe {
        libmimalloc_sys::mi_collect(true);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_option_set_is_the_purge_delay() {
        use super::{PURGE_DELAY, PURGE_DELAY_MS, configure};
        // SAFETY: reading an option has no preconditions.
        #[allow(unsafe_code)]
        let get = || unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) };
        // mimalloc's default purge delay is 10 ms: another option at this place would show
        // another value (unless the environment sets the delay).
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(get(), 10, "option {PURGE_DELAY} is not the purge delay");
        }
        configure();
        assert_eq!(get(), PURGE_DELAY_MS);
    }
}
