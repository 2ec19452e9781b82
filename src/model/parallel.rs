//! One function run over the parts of a job on scoped threads: a thread per part, or a thread
//! per core taking items in turn.

use std::sync::atomic::{AtomicUsize, Ordering};

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

/// `work` applied to every item, the items handed out one at a time to a thread per core (so an
/// item that takes longer does not hold up the others). The results come in the items' order;
/// `None` when any item gives `None`, and a panic in any item is raised again here.
pub fn map_stealing<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> Option<R> + Sync) -> Option<Vec<R>> {
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let at = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(at) else {
                            return Some(done);
                        };
                        done.push((at, work(item)?));
                    }
                })
            })
            .collect();
        let results: Option<Vec<Vec<_>>> = handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect();
        results.map(|r| r.into_iter().flatten().collect())
    })?;
    done.sort_by_key(|(at, _)| *at);
    Some(done.into_iter().map(|(_, result)| result).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stolen_work_comes_back_in_order_or_not_at_all() {
        let items: Vec<u32> = (0..100).collect();
        let doubled = map_stealing(&items, |&i| Some(i * 2)).expect("all succeed");
        assert_eq!(doubled, (0..100).map(|i| i * 2).collect::<Vec<_>>());
        assert_eq!(map_stealing(&items, |&i| (i != 57).then_some(i)), None);
        assert_eq!(map_stealing(&[] as &[u32], |&i| Some(i)), Some(Vec::new()));
    }

    #[test]
    #[should_panic(expected = "item 3")]
    fn a_panic_in_stolen_work_reaches_the_caller() {
        let items: Vec<u32> = (0..8).collect();
        let _ = map_stealing(&items, |&i| if i == 3 { panic!("item 3") } else { Some(i) });
    }
}
