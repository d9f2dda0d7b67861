//! Feeding a build: worker threads read, parse and prepare files while one thread takes
//! them in listing order. At most a window of files is prepared ahead of the one being
//! taken, so memory stays bounded whatever the corpus size, and what the index holds
//! comes in the same order whatever the number of threads.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::{Condvar, Mutex};

/// Calls `prepare` on every item in `workers` threads and `consume` on the results in
/// the items' order, on the calling thread. Stops at the first error of `consume`.
pub(crate) fn ordered<I, T, E>(
    items: &[I],
    workers: usize,
    window: usize,
    prepare: impl Fn(&I) -> T + Sync,
    mut consume: impl FnMut(usize, T) -> Result<(), E>,
) -> Result<(), E>
where
    I: Sync,
    T: Send,
{
    let workers = workers.max(1);
    let window = window.max(workers);
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    // How many items have been consumed; workers wait while too far ahead.
    let consumed = Mutex::new(0usize);
    let moved = Condvar::new();
    let (sender, receiver) = sync_channel::<(usize, T)>(window);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let sender = sender.clone();
            let (next, stop, consumed, moved, prepare) =
                (&next, &stop, &consumed, &moved, &prepare);
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= items.len() {
                        break;
                    }
                    {
                        let mut done = consumed.lock().unwrap_or_else(|e| e.into_inner());
                        while i >= *done + window && !stop.load(Ordering::Relaxed) {
                            done = moved.wait(done).unwrap_or_else(|e| e.into_inner());
                        }
                    }
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    if sender.send((i, prepare(&items[i]))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);

        let mut result = Ok(());
        let mut pending = BTreeMap::new();
        let mut expected = 0;
        for (i, item) in receiver.iter() {
            pending.insert(i, item);
            while let Some(item) = pending.remove(&expected) {
                if result.is_ok() {
                    result = consume(expected, item);
                    if result.is_err() {
                        stop.store(true, Ordering::Relaxed);
                    }
                }
                expected += 1;
                *consumed.lock().unwrap_or_else(|e| e.into_inner()) = expected;
                moved.notify_all();
            }
            if result.is_err() {
                // Let the workers see the stop and leave; drop what they still send.
                pending.clear();
            }
        }
        result
    })
}

#[cfg(test)]
mod tests {
    use super::ordered;

    #[test]
    fn results_come_in_order_whatever_the_threads() {
        let items: Vec<u64> = (0..500).collect();
        for workers in [1, 2, 7] {
            let mut seen = Vec::new();
            let result: Result<(), ()> = ordered(
                &items,
                workers,
                3,
                |&x| x * x,
                |i, y| {
                    seen.push((i, y));
                    Ok(())
                },
            );
            assert!(result.is_ok());
            let expected: Vec<(usize, u64)> = items.iter().map(|&x| (x as usize, x * x)).collect();
            assert_eq!(seen, expected);
        }
    }

    #[test]
    fn an_error_stops_the_feed() {
        let items: Vec<u64> = (0..10_000).collect();
        let mut taken = 0;
        let result = ordered(
            &items,
            4,
            8,
            |&x| x,
            |i, _| {
                taken += 1;
                if i == 10 { Err("stop") } else { Ok(()) }
            },
        );
        assert_eq!(result, Err("stop"));
        assert_eq!(taken, 11);
    }
}
