//! One writer at a time: a build holds an exclusive lock on `.cari-lock` in the index
//! folder for as long as it runs, and a second build on the same folder stops (after
//! half a second of trying) with a message naming the process that holds it.
//!
//! The lock is the operating system's (`flock` on Unix, `LockFileEx` on Windows), held
//! through an open file: it goes when the process goes, however it ends, so a build
//! killed with SIGKILL never leaves a stale lock behind. The file itself stays (it only
//! says which process last held the lock); removing it could let two builds each lock a
//! different file of the same name.
//!
//! Whoever holds the lock is the only writer of the folder, so taking it is also the
//! moment to clear what a killed build left there (see `manifest::remove_stale`).
//! Readers never lock: they only ever open complete generations.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use super::{IndexError, io, manifest};

/// The lock file, hidden so that it never makes the folder look like someone else's.
pub const LOCK_FILE: &str = ".cari-lock";

/// How long a lock found taken is tried again before giving up. A build holds it for
/// its whole run, so this doesn't make a second build wait for the first; it covers
/// the moment a process that just finished a build still shares the lock with a child
/// it is starting (a forked child holds its parent's open files until it runs its
/// program).
const GRACE: Duration = Duration::from_millis(500);

/// The exclusive right to write the index folder; released when dropped.
#[derive(Debug)]
pub struct IndexLock {
    _file: File,
}

impl IndexLock {
    /// Takes the lock of `index_dir` (creating the folder if needed), or fails with
    /// `IndexError::Busy` when another build holds it. Then clears leftovers of killed
    /// builds.
    pub fn acquire(index_dir: &Path) -> Result<IndexLock, IndexError> {
        fs::create_dir_all(index_dir)
            .map_err(io(format!("cannot create {}", index_dir.display())))?;
        let path = index_dir.join(LOCK_FILE);
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io(format!("cannot open {}", path.display())))?;
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) if started.elapsed() < GRACE => {
                    std::thread::sleep(GRACE / 20);
                }
                Err(TryLockError::WouldBlock) => {
                    return Err(IndexError::Busy {
                        dir: index_dir.to_path_buf(),
                        holder: holder(&mut file),
                    });
                }
                Err(TryLockError::Error(err)) => {
                    return Err(io(format!("cannot lock {}", path.display()))(err));
                }
            }
        }
        // Only informative: who holds the lock, for the message of the next one.
        let _ = file
            .set_len(0)
            .and_then(|()| file.seek(SeekFrom::Start(0)))
            .and_then(|_| writeln!(file, "{}", std::process::id()));
        manifest::remove_stale(index_dir);
        Ok(IndexLock { _file: file })
    }
}

/// The process id written in the lock file by the build holding it, if readable.
fn holder(file: &mut File) -> Option<u32> {
    let mut text = String::new();
    file.read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_fails_until_the_first_is_released() {
        let dir = tempfile::tempdir().unwrap();
        let index = dir.path().join("index");
        let first = IndexLock::acquire(&index).unwrap();
        match IndexLock::acquire(&index) {
            Err(IndexError::Busy { holder, .. }) => {
                assert_eq!(holder, Some(std::process::id()));
            }
            other => panic!("{other:?}"),
        }
        let message = IndexLock::acquire(&index).unwrap_err().to_string();
        assert!(message.contains("another `cari index`"), "{message}");
        drop(first);
        assert!(IndexLock::acquire(&index).is_ok());
    }
}
