//! The folder a generation's tantivy index lives in: tantivy's memory-mapped directory,
//! with two differences that make an index shareable.
//!
//! - Files written whole (tantivy's `meta.json` and `.managed.json`) get the same
//!   permissions as every other file of the index (`0666` less the umask, so `0644`
//!   under the usual umask). tantivy writes them through a temporary file, which is
//!   created readable by its owner only, so another user could open the index but not
//!   read these two files.
//! - Opening a reader takes tantivy's meta lock only where the lock file can be
//!   written. The lock keeps a writer's garbage collection from removing files while
//!   a reader opens them; in a folder the reader can't write (a read-only index, or
//!   one that belongs to another user) it can't take the lock, so it opens without: a
//!   file the owner's build removes meanwhile makes opening start over (`index::open`),
//!   as when a build swaps generations. Writers lock as before.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    DirectoryLock, FileHandle, Lock, META_LOCK, MmapDirectory, WatchCallback, WatchHandle, WritePtr,
};
use tantivy::schema::Schema;
use tantivy::{Directory, Index, IndexSettings};

use super::unique_name;

/// A generation's folder, as tantivy sees it.
#[derive(Debug, Clone)]
pub struct GenerationDirectory {
    root: PathBuf,
    inner: MmapDirectory,
}

impl GenerationDirectory {
    pub fn open(root: &Path) -> tantivy::Result<GenerationDirectory> {
        Ok(GenerationDirectory {
            root: root.to_path_buf(),
            inner: MmapDirectory::open(root)?,
        })
    }
}

/// Opens the tantivy index of the generation folder `dir`.
pub fn open_index(dir: &Path) -> tantivy::Result<Index> {
    Index::open(GenerationDirectory::open(dir)?)
}

/// Creates an empty tantivy index in the generation folder `dir`.
pub fn create_index(dir: &Path, schema: Schema) -> tantivy::Result<Index> {
    Index::create(
        GenerationDirectory::open(dir)?,
        schema,
        IndexSettings::default(),
    )
}

/// Whether a lock failed because the folder (or the lock file) can't be written.
fn cannot_write(err: &LockError) -> bool {
    match err {
        LockError::IoError(io_error) => matches!(
            io_error.kind(),
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
        ),
        LockError::LockBusy => false,
    }
}

impl Directory for GenerationDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.inner.get_file_handle(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.inner.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.inner.atomic_read(path)
    }

    /// Written to a temporary file beside the target, synced, and renamed over it, as
    /// tantivy does, but with the permissions any new file gets.
    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        let target = self.root.join(path);
        let tmp = self.root.join(unique_name(".atomic-", ".tmp"));
        let write = || -> io::Result<()> {
            let mut file = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
            file.write_all(data)?;
            file.sync_data()?;
            fs::rename(&tmp, &target)
        };
        write().inspect_err(|_| {
            let _ = fs::remove_file(&tmp);
        })
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.inner.sync_directory()
    }

    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        match self.inner.acquire_lock(lock) {
            Err(err) if lock.filepath == META_LOCK.filepath && cannot_write(&err) => {
                Ok(DirectoryLock::from(Box::new(())))
            }
            other => other,
        }
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(watch_callback)
    }
}
