//! The programs' allocator: mimalloc, which is faster than the system's on a load's many small
//! allocations and hands freed pages back to the system soon after a load (the system allocator
//! keeps much of a load's short-lived parse data resident). The binary, the perf report and the
//! benchmarks include this file, so that all of them measure the same allocator.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
