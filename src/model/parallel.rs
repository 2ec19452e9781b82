//! One function run over the parts of a job, each part on its own scoped thread.

/// `work` applied to each part on its own thread; the results come in the parts' order, and a
/// panic in any part is raised again here. A single part runs on the calling thread.
pub fn map_parts<P: Send, R: Send>(mut parts: Vec<P>, work: impl Fn(P) -> R + Sync) -> Vec<R> {
    if parts.len() == 1 {
        return parts.pop().map(&work).into_iter().collect();
    }
    let work = &work;
    std::thread::scope(|scope| {
        let workers: Vec<_> = parts
            .into_iter()
            .map(|part| scope.spawn(move || work(part)))
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    })
}
