//! What a generation holds of each corpus file: its fingerprint (size, modification time,
//! a hash of its bytes), kept in a state file beside the index so that the next build
//! re-indexes only the files added, changed or deleted since.
//!
//! The state file is written before the commit and named in the commit's payload, so the
//! index and the state that describes it change together or not at all: a build that
//! stops half-way leaves the previous commit and its state.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::damage::Problem;
use super::{IndexError, io, unique_name};
use crate::corpus::CorpusFile;

const FORMAT: &str = "cari-files";
const PREFIX: &str = "files-";
const SUFFIX: &str = ".json";

/// A file as the index last saw it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileState {
    pub doc: String,
    pub size: u64,
    pub modified_ns: u64,
    /// FNV-1a of the bytes; `None` when they couldn't be read.
    pub hash: Option<u64>,
}

impl FileState {
    pub fn new(file: &CorpusFile, hash: Option<u64>) -> FileState {
        FileState {
            doc: file.doc.clone(),
            size: file.size,
            modified_ns: file.modified_ns,
            hash,
        }
    }

    /// Whether the listing shows the file as it was (same size and modification time).
    fn looks_unchanged(&self, file: &CorpusFile) -> bool {
        self.size == file.size && self.modified_ns == file.modified_ns && file.modified_ns != 0
    }
}

/// The state of a whole generation.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CorpusState {
    format: String,
    /// The schema version the generation was built with.
    pub version: u32,
    /// The sources (folders and files), as given to the builds, made absolute.
    pub roots: Vec<String>,
    /// Sorted by `doc`.
    pub files: Vec<FileState>,
}

impl CorpusState {
    pub fn new(version: u32, roots: Vec<String>, mut files: Vec<FileState>) -> CorpusState {
        files.sort_by(|a, b| a.doc.cmp(&b.doc));
        CorpusState {
            format: FORMAT.to_string(),
            version,
            roots,
            files,
        }
    }
}

/// What a build has to do to bring a generation up to date with a listing.
#[derive(Debug, Default)]
pub struct Plan {
    /// Files to read, each with the hash the index holds of it (`None` for a new file).
    pub to_read: Vec<(usize, Option<u64>)>,
    /// Articles to remove: their files are gone.
    pub deleted: Vec<String>,
    /// States carried over unchanged.
    pub unchanged: Vec<FileState>,
}

/// Compares a listing with the state of the live generation.
pub fn plan(old: &CorpusState, files: &[CorpusFile]) -> Plan {
    let mut known: HashMap<&str, &FileState> =
        old.files.iter().map(|f| (f.doc.as_str(), f)).collect();
    let mut plan = Plan::default();
    for (i, file) in files.iter().enumerate() {
        match known.remove(file.doc.as_str()) {
            Some(state) if state.looks_unchanged(file) => plan.unchanged.push(state.clone()),
            Some(state) => plan.to_read.push((i, state.hash)),
            None => plan.to_read.push((i, None)),
        }
    }
    plan.deleted = known.into_keys().map(str::to_string).collect();
    plan.deleted.sort();
    plan
}

/// A fresh, unique state file name.
pub fn new_name() -> String {
    unique_name(PREFIX, SUFFIX)
}

/// Whether `name` can be a state file written by `save` (and nothing else).
fn is_state_name(name: &str) -> bool {
    name.starts_with(PREFIX)
        && name.ends_with(SUFFIX)
        && !name.contains(['/', '\\'])
        && name != ".."
}

/// Writes `state` as `name` in the generation folder.
pub fn save(gen_dir: &Path, name: &str, state: &CorpusState) -> Result<(), IndexError> {
    let path = gen_dir.join(name);
    let json = serde_json::to_vec(state).map_err(|e| IndexError::Io {
        context: format!("cannot write {}", path.display()),
        source: std::io::Error::other(e),
    })?;
    fs::write(&path, json).map_err(io(format!("cannot write {}", path.display())))
}

/// Reads the state file `name` of a generation, or says what is wrong with it (the
/// build then starts from scratch).
pub fn load(gen_dir: &Path, name: &str) -> Result<CorpusState, Problem> {
    if !is_state_name(name) {
        return Err(Problem::NoState);
    }
    let raw = fs::read(gen_dir.join(name)).map_err(|err| match err.kind() {
        std::io::ErrorKind::NotFound => Problem::Missing,
        _ => Problem::Damaged,
    })?;
    match serde_json::from_slice::<CorpusState>(&raw) {
        Ok(state) if state.format == FORMAT => Ok(state),
        _ => Err(Problem::Damaged),
    }
}

/// Removes the state files of a generation other than `keep` (best effort).
pub fn remove_others(gen_dir: &Path, keep: &str) {
    let Ok(entries) = fs::read_dir(gen_dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if is_state_name(&name) && name != keep {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn file(doc: &str, size: u64, modified_ns: u64) -> CorpusFile {
        CorpusFile {
            path: PathBuf::from(doc),
            doc: doc.to_string(),
            size,
            modified_ns,
            root: 0,
        }
    }

    #[test]
    fn plan_sorts_files_into_unchanged_to_read_and_deleted() {
        let old = CorpusState::new(
            1,
            vec!["/c".into()],
            vec![
                FileState::new(&file("a.txt", 10, 100), Some(1)),
                FileState::new(&file("b.txt", 20, 200), Some(2)),
                FileState::new(&file("c.txt", 30, 300), Some(3)),
            ],
        );
        let now = [
            file("a.txt", 10, 100),
            file("b.txt", 20, 201),
            file("d.txt", 5, 500),
        ];
        let plan = plan(&old, &now);
        assert_eq!(plan.unchanged.len(), 1);
        assert_eq!(plan.unchanged[0].doc, "a.txt");
        assert_eq!(plan.to_read, [(1, Some(2)), (2, None)]);
        assert_eq!(plan.deleted, ["c.txt"]);
    }

    #[test]
    fn state_files_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let state = CorpusState::new(
            3,
            vec!["/c".into()],
            vec![FileState::new(&file("x/é.txt", 1, 2), None)],
        );
        let name = new_name();
        save(dir.path(), &name, &state).unwrap();
        let back = load(dir.path(), &name).unwrap();
        assert_eq!(back.files, state.files);
        assert_eq!(back.version, 3);
        assert_eq!(
            load(dir.path(), "../elsewhere.json").err(),
            Some(Problem::NoState)
        );
        save(dir.path(), "files-old.json", &state).unwrap();
        remove_others(dir.path(), &name);
        assert_eq!(
            load(dir.path(), "files-old.json").err(),
            Some(Problem::Missing)
        );
        assert!(load(dir.path(), &name).is_ok());
    }
}
