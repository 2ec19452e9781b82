//! One function run over a list of items on a thread per core, each thread taking items in turn.

use std::sync::Mutex;

/// How many cores work is spread over (one if the system cannot tell).
pub(super) fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// `work` applied to every item, the items handed out one at a time to a thread per core (so an
/// item that takes longer does not hold up the others). The results come in the items' order;
/// a panic in any item is raised again here. A single item runs on the calling thread.
pub(super) fn map_parts<T: Send, R: Send>(mut items: Vec<T>, work: impl Fn(T) -> R + Sync) -> Vec<R> {
    if items.len() <= 1 {
        return items.pop().map(&work).into_iter().collect();
    }
    let workers = cores().min(items.len());
    let queue = Mutex::new(items.into_iter().enumerate());
    let next = || {
        let mut queue = queue.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        queue.next()
    };
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    while let Some((at, item)) = next() {
                        done.push((at, work(item)));
                    }
                    done
                })
            })
            .collect();
        let joined = handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        joined.flatten().collect()
    });
    done.sort_by_key(|(at, _)| *at);
    done.into_iter().map(|(_, result)| result).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_comes_back_in_order() {
        let items: Vec<u32> = (0..100).collect();
        let doubled = map_parts(items, |i| i * 2);
        assert_eq!(doubled, (0..100).map(|i| i * 2).collect::<Vec<_>>());
        assert_eq!(map_parts(Vec::<u32>::new(), |i| i), Vec::<u32>::new());
    }

    #[test]
    #[should_panic(expected = "item 3")]
    fn a_panic_in_the_work_reaches_the_caller() {
        let _ = map_parts(
            (0..8).collect(),
            |i: u32| if i == 3 { panic!("item 3") } else { i },
        );
    }
}
