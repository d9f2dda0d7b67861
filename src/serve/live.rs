//! The index a server searches, kept live: opened once, shared by every request, and
//! opened again when a build commits a new version (an incremental update's commit
//! or a full build's new generation), so that a server never needs a restart.
//!
//! A watcher thread reads the index's version (the manifest and the live
//! generation's meta file, see `index::version`) a few times a second and, when it
//! changed, opens the index again and swaps it in. A request holds the index it
//! started with until it ends: the files of an old generation stay readable while
//! they are mapped, even once a build removed them, so no request fails during a
//! swap.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::thread;
use std::time::Duration;

use crate::index::{self, CariIndex, IndexError};

/// How often the watcher looks for a new version: a commit is served within this
/// and the time to open the index.
const POLL: Duration = Duration::from_millis(200);

/// The index, as the last look found it.
enum Current {
    /// Open, at this version.
    Open(Arc<CariIndex>),
    /// None could be opened: why, said to every request until one can.
    Unavailable(String),
}

/// An index opened once and kept at its latest version.
pub struct LiveIndex {
    dir: PathBuf,
    current: RwLock<(index::Version, Current)>,
    /// The last failure to open a newer version while an older one is served.
    said: Mutex<Option<String>>,
    stop: AtomicBool,
}

impl LiveIndex {
    /// Opens the index in `dir` (or notes why it can't be, to say to requests until
    /// it can).
    pub fn open(dir: &Path) -> LiveIndex {
        let version = index::version(dir);
        let current = open_current(dir);
        LiveIndex {
            dir: dir.to_path_buf(),
            current: RwLock::new((version, current)),
            said: Mutex::new(None),
            stop: AtomicBool::new(false),
        }
    }

    /// The index as it is now, or why there is none (no index yet, or one that can't
    /// be read).
    pub fn get(&self) -> Result<Arc<CariIndex>, String> {
        let current = self
            .current
            .read()
            .unwrap_or_else(|poison| poison.into_inner());
        match &current.1 {
            Current::Open(index) => Ok(Arc::clone(index)),
            Current::Unavailable(why) => Err(why.clone()),
        }
    }

    /// Opens the index again if a build changed it since the last look; says on stderr
    /// when the index becomes available or unavailable.
    pub fn refresh(&self) {
        let version = index::version(&self.dir);
        {
            let current = self
                .current
                .read()
                .unwrap_or_else(|poison| poison.into_inner());
            if current.0 == version {
                return;
            }
        }
        // Read before opening: if a build commits while the index is opened, the next
        // look sees a version other than this one and opens it again.
        let opened = open_current(&self.dir);
        let mut current = self
            .current
            .write()
            .unwrap_or_else(|poison| poison.into_inner());
        match (&current.1, opened) {
            // A new version that can't be opened (damaged, or a file removed by a
            // build as it was read) is looked at again next time; meanwhile the last
            // good one is served, and each new reason said once.
            (Current::Open(_), Current::Unavailable(why)) if index::exists(&self.dir) => {
                let mut said = self
                    .said
                    .lock()
                    .unwrap_or_else(|poison| poison.into_inner());
                if said.as_deref() != Some(why.as_str()) {
                    eprintln!("cari: still serving the last version of the index: {why}");
                    *said = Some(why);
                }
            }
            (was, Current::Open(index)) => {
                // One line per version: a server's log says which build it serves.
                eprintln!(
                    "cari: serving {}the index in {} ({} passages)",
                    if matches!(was, Current::Open(_)) {
                        "a new version of "
                    } else {
                        ""
                    },
                    self.dir.display(),
                    index.passages()
                );
                *self
                    .said
                    .lock()
                    .unwrap_or_else(|poison| poison.into_inner()) = None;
                *current = (version, Current::Open(index));
            }
            (_, Current::Unavailable(why)) => {
                eprintln!("cari: {why}");
                *current = (version, Current::Unavailable(why));
            }
        }
    }

    /// Starts the thread that keeps the index at its latest version, until `stop`.
    pub fn watch(self: &Arc<Self>) -> std::io::Result<thread::JoinHandle<()>> {
        let live = Arc::clone(self);
        thread::Builder::new()
            .name("cari-index-watch".into())
            .spawn(move || {
                while !live.stop.load(Ordering::Relaxed) {
                    thread::sleep(POLL);
                    live.refresh();
                }
            })
    }

    /// Ends the watcher thread (at its next look).
    pub fn stop(&self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

fn open_current(dir: &Path) -> Current {
    match index::open(dir) {
        Ok(index) => Current::Open(Arc::new(index)),
        Err(err @ IndexError::Missing(_)) => Current::Unavailable(format!("{err}")),
        Err(err) => Current::Unavailable(super::error::describe(&err)),
    }
}
