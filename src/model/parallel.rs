//! One function run over the parts of a job on scoped threads, a thread per core taking parts in
//! turn.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// How many cores work is spread over (one if the system cannot tell).
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// [`map_stealing`] for work that cannot fail: `work` applied to every part, the results in the
/// parts' order.
pub fn map_parts<P: Send, R: Send>(parts: Vec<P>, work: impl Fn(P) -> R + Sync) -> Vec<R> {
    map_stealing(parts, |part| Some(work(part))).expect("work that cannot fail completes")
}

/// `work` applied to every item, the items handed out one at a time to a thread per core (so an
/// item that takes longer does not hold up the others). The results come in the items' order.
/// `None` when any item gives `None`, and no further item is started then; a panic in any item
/// is raised again here. A single item runs on the calling thread.
pub fn map_stealing<T: Send, R: Send>(
    mut items: Vec<T>,
    work: impl Fn(T) -> Option<R> + Sync,
) -> Option<Vec<R>> {
    if items.len() == 1 {
        return items.pop().map(&work)?.map(|result| vec![result]);
    }
    let workers = cores().min(items.len());
    let queue = Mutex::new(items.into_iter().enumerate());
    let failed = AtomicBool::new(false);
    let next = || {
        let mut queue = queue.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        queue.next().filter(|_| !failed.load(Ordering::Relaxed))
    };
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    while let Some((at, item)) = next() {
                        let Some(result) = work(item) else {
                            failed.store(true, Ordering::Relaxed);
                            return None;
                        };
                        done.push((at, result));
                    }
                    Some(done)
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
        let doubled = map_stealing(items.clone(), |i| Some(i * 2)).expect("all succeed");
        assert_eq!(doubled, (0..100).map(|i| i * 2).collect::<Vec<_>>());
        assert_eq!(map_stealing(items, |i| (i != 57).then_some(i)), None);
        assert_eq!(map_stealing(Vec::<u32>::new(), Some), Some(Vec::new()));
    }

    #[test]
    fn no_item_is_started_once_one_has_failed() {
        let started = std::sync::atomic::AtomicUsize::new(0);
        let result = map_stealing((0..1000).collect(), |i: u32| {
            started.fetch_add(1, Ordering::Relaxed);
            // Item 0 fails at once; the others take long enough for the failure to be seen.
            std::thread::sleep(std::time::Duration::from_millis(if i == 0 { 0 } else { 5 }));
            (i != 0).then_some(i)
        });
        assert_eq!(result, None);
        let started = started.into_inner();
        assert!(
            started < 100,
            "{started} of 1000 items started after the first one failed"
        );
    }

    #[test]
    #[should_panic(expected = "item 3")]
    fn a_panic_in_stolen_work_reaches_the_caller() {
        let _ = map_stealing(
            (0..8).collect(),
            |i: u32| if i == 3 { panic!("item 3") } else { Some(i) },
        );
    }
}
