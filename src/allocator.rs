//! The allocator of the programs (mimalloc), and handing memory freed by a load back to the system.
//!
//! Not part of the library, which has no unsafe code: the binary, the perf report and the
//! benchmarks include this file, so that all of them measure the same allocator.
//!
//! A load allocates several times the file's size in short-lived parse data. The system
//! allocator keeps much of it resident after it is freed (in per-thread arenas, between live
//! blocks); mimalloc is faster on the loader's many small allocations and returns whole free
//! pages when asked.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Returns the memory freed so far to the system. Costs a few milliseconds.
pub fn release_freed_memory() {
    // SAFETY: `mi_collect` has no preconditions; it only walks the allocator's own pages.
    #[allow(unsafe_code)]
    unsafe {
        libmimalloc_sys::mi_collect(true);
    }
}
