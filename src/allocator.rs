//! The programs' allocator: mimalloc, which is faster than the system's on a load's many small
//! allocations and hands freed pages back to the system (the system allocator keeps much of a
//! load's short-lived parse data resident). The binary, the perf report and the benchmarks
//! include this file, so that all of them measure the same allocator. The only unsafe code,
//! outside the library.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_t`, which the bindings do not name).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Freed pages go back to the system at once: a load frees several times the file's size in
/// parse data, and the viewer that follows would otherwise keep it resident (100k events:
/// 2.3× the file instead of 2.6–2.7×).
const PURGE_DELAY_MS: std::ffi::c_long = 0;

/// Sets the allocator up; called first thing by each program.
pub(crate) fn configure() {
    // SAFETY: setting an option has no preconditions; mimalloc reads this one whenever it
    // schedules a purge.
    #[allow(unsafe_code)]
    unsafe {
        libmimalloc_sys::mi_option_set(PURGE_DELAY, PURGE_DELAY_MS);
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
