//! The programs' allocator: mimalloc, which is faster than the system's on a load's many small
//! allocations and hands whole free pages back to the system when asked (the system allocator
//! keeps much of a load's short-lived parse data resident). The binary, the perf report and the
//! benchmarks include this file, so that all of them measure the same allocator. The only unsafe
//! code, outside the library.
//!
//! A large load frees and allocates hundreds of megabytes within a second, and pages handed back
//! to the system at once are faulted in and zeroed again moments later (at 1M events, a JSON
//! load takes about twice as long). So freed pages are kept for a second, and the viewer asks
//! for them to be handed back when a load is done ([`chronicle::memory`]); without that, a
//! thread that finished a load leaves them resident (100k events: 840 MB instead of 146 MB).

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_t`, which the bindings do not name).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long freed pages are kept for reuse before they are handed back to the system.
const PURGE_DELAY_MS: std::ffi::c_long = 1000;

/// Sets the allocator up, and tells the library how to hand freed memory back; called first
/// thing by each program.
pub(crate) fn configure() {
    // SAFETY: setting an option has no preconditions; mimalloc reads this one whenever it
    // schedules a purge.
    #[allow(unsafe_code)]
    unsafe {
        libmimalloc_sys::mi_option_set(PURGE_DELAY, PURGE_DELAY_MS);
    }
    chronicle::memory::when_a_load_is_done(release_freed_memory);
}

/// Hands the memory this thread's heap, and the threads that have finished, freed back to the
/// system. Costs a few milliseconds.
pub(crate) fn release_freed_memory() {
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
