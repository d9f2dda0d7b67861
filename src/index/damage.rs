//! Telling a damaged generation from a sound one, and naming the file at fault.
//!
//! tantivy reports damage in its own words (a footer's magic bytes, the version of
//! tantivy that could read it); cari says which file of the index is missing or
//! damaged and what to run. A search names the file when opening fails; a build checks
//! every file of the generation it is about to update against the checksum tantivy
//! wrote at its end, and rebuilds a damaged generation from the corpus instead.

use std::collections::HashSet;
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use tantivy::directory::error::{LockError, OpenDirectoryError, OpenReadError};
use tantivy::index::SegmentComponent;
use tantivy::{Index, TantivyError};

use super::schema::{Fields, schema};
use super::{IndexError, directory};

/// tantivy's files in a generation folder that aren't a segment's.
const META_FILE: &str = "meta.json";
const MANAGED_FILE: &str = ".managed.json";

/// What is wrong with a file of the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Not there.
    Missing,
    /// Cut short, bytes changed, or not what the file should hold.
    Damaged,
    /// A generation written with fields this cari doesn't have (by a cari built from
    /// work in progress, under the same schema version).
    OtherSchema,
    /// A generation whose commit names no record of the corpus files it holds.
    NoState,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Problem::Missing => "is missing",
            Problem::Damaged => "is damaged",
            Problem::OtherSchema => "holds fields that are not this cari's",
            Problem::NoState => "names no record of the corpus files",
        })
    }
}

/// What a build did about a damaged index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    /// The file found damaged or missing.
    pub file: PathBuf,
    /// What was wrong with it.
    pub problem: Problem,
    /// Where a damaged manifest was moved, when it was.
    pub set_aside: Option<PathBuf>,
}

impl fmt::Display for Repair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: ", self.file.display(), self.problem)?;
        if let Some(to) = &self.set_aside {
            write!(f, "set it aside as {} and ", to.display())?;
        }
        f.write_str("rebuilt the index from the corpus")
    }
}

fn damaged(index_dir: &Path, file: PathBuf, problem: Problem) -> IndexError {
    IndexError::Damaged {
        dir: index_dir.to_path_buf(),
        file,
        problem,
    }
}

/// Opens the tantivy index of the generation in `gen_dir`, checking first that the
/// files tantivy reads whole are whole, so that a damaged one is named.
pub fn open(index_dir: &Path, gen_dir: &Path) -> Result<Index, IndexError> {
    check_whole_files(index_dir, gen_dir)?;
    directory::open_index(gen_dir).map_err(|err| explain(index_dir, gen_dir, &err))
}

/// The part of tantivy's `meta.json` that tells it from something else.
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct MetaShape {
    segments: Vec<serde_json::Value>,
    schema: Vec<serde_json::Value>,
    opstamp: u64,
}

/// Checks the files tantivy reads whole: `meta.json` (which segments the generation
/// holds) and `.managed.json` (which files tantivy wrote, present once the generation
/// holds a segment).
fn check_whole_files(index_dir: &Path, gen_dir: &Path) -> Result<(), IndexError> {
    let meta = gen_dir.join(META_FILE);
    match fs::read(&meta) {
        Ok(raw) if serde_json::from_slice::<MetaShape>(&raw).is_ok() => {}
        Ok(_) => return Err(damaged(index_dir, meta, Problem::Damaged)),
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            return Err(damaged(index_dir, meta, Problem::Missing));
        }
        Err(err) => return Err(cannot_read(&meta, err.kind())),
    }
    let managed = gen_dir.join(MANAGED_FILE);
    match fs::read(&managed) {
        Ok(raw) if serde_json::from_slice::<HashSet<PathBuf>>(&raw).is_ok() => Ok(()),
        Ok(_) => Err(damaged(index_dir, managed, Problem::Damaged)),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(err) => Err(cannot_read(&managed, err.kind())),
    }
}

fn cannot_read(path: &Path, kind: io::ErrorKind) -> IndexError {
    IndexError::Io {
        context: format!("cannot read {}", path.display()),
        source: io::Error::from(kind),
    }
}

/// Checks every file of the generation's segments against its checksum.
pub fn verify(index_dir: &Path, gen_dir: &Path, index: &Index) -> Result<(), IndexError> {
    // The index was opened from this meta file a moment ago: failing now, it changed.
    let metas = index
        .load_metas()
        .map_err(|_| damaged(index_dir, gen_dir.join(META_FILE), Problem::Damaged))?;
    // A segment's deletes file exists only once it has deletes; its temporary store,
    // only while it is being written.
    let optional: HashSet<PathBuf> = metas
        .segments
        .iter()
        .flat_map(|segment| {
            let mut paths = vec![segment.relative_path(SegmentComponent::TempStore)];
            if segment.delete_opstamp().is_none() {
                paths.push(segment.relative_path(SegmentComponent::Delete));
            }
            paths
        })
        .collect();
    let mut files: Vec<PathBuf> = metas
        .list_segment_files()
        .into_iter()
        .filter(|path| !optional.contains(path))
        .collect();
    files.sort();
    for file in files {
        match index.directory().validate_checksum(&file) {
            Ok(true) => {}
            Ok(false) => return Err(damaged(index_dir, gen_dir.join(file), Problem::Damaged)),
            Err(err) => {
                return Err(read_error(index_dir, gen_dir, &err)
                    .unwrap_or_else(|| damaged(index_dir, gen_dir.join(&file), Problem::Damaged)));
            }
        }
    }
    Ok(())
}

/// Says in cari's words what a tantivy error met while opening or reading the
/// generation in `gen_dir` means: the file at fault when tantivy names it, else the
/// first file whose checksum fails, else the generation itself.
pub fn explain(index_dir: &Path, gen_dir: &Path, err: &TantivyError) -> IndexError {
    let named = match err {
        TantivyError::OpenReadError(err) => read_error(index_dir, gen_dir, err),
        TantivyError::OpenDirectoryError(err) => Some(match err {
            OpenDirectoryError::DoesNotExist(path) => {
                damaged(index_dir, path.clone(), Problem::Missing)
            }
            OpenDirectoryError::IoError { io_error, .. }
                if io_error.kind() == io::ErrorKind::NotFound =>
            {
                damaged(index_dir, gen_dir.to_path_buf(), Problem::Missing)
            }
            OpenDirectoryError::IoError { io_error, .. } => cannot_read(gen_dir, io_error.kind()),
            _ => damaged(index_dir, gen_dir.to_path_buf(), Problem::Damaged),
        }),
        // What the files hold: look for the file at fault below.
        TantivyError::DataCorruption(_)
        | TantivyError::IncompatibleIndex(_)
        | TantivyError::IoError(_)
        | TantivyError::SchemaError(_)
        | TantivyError::FieldNotFound(_)
        | TantivyError::InvalidArgument(_)
        | TantivyError::InternalError(_) => None,
        TantivyError::LockFailure(LockError::IoError(io_error), _) => Some(IndexError::Io {
            context: format!("cannot lock {}", gen_dir.display()),
            source: io::Error::from(io_error.kind()),
        }),
        // Not the files' fault (a thread that couldn't start).
        other => Some(IndexError::Tantivy(other.clone())),
    };
    named.unwrap_or_else(|| {
        let checked = check_whole_files(index_dir, gen_dir).and_then(|()| {
            let index = directory::open_index(gen_dir)
                .map_err(|_| damaged(index_dir, gen_dir.to_path_buf(), Problem::Damaged))?;
            verify(index_dir, gen_dir, &index)
        });
        checked
            .err()
            .unwrap_or_else(|| damaged(index_dir, gen_dir.to_path_buf(), Problem::Damaged))
    })
}

/// The file a read error names, and what is wrong with it; `None` when tantivy doesn't
/// say which file.
fn read_error(index_dir: &Path, gen_dir: &Path, err: &OpenReadError) -> Option<IndexError> {
    match err {
        OpenReadError::FileDoesNotExist(path) => {
            Some(damaged(index_dir, gen_dir.join(path), Problem::Missing))
        }
        OpenReadError::IoError { io_error, filepath } => {
            let path = gen_dir.join(filepath);
            Some(match io_error.kind() {
                io::ErrorKind::NotFound => damaged(index_dir, path, Problem::Missing),
                // Cut short, or its footer isn't tantivy's.
                io::ErrorKind::UnexpectedEof | io::ErrorKind::InvalidData => {
                    damaged(index_dir, path, Problem::Damaged)
                }
                kind => cannot_read(&path, kind),
            })
        }
        OpenReadError::IncompatibleIndex(_) => None,
    }
}

/// The fields of this cari's schema, when the generation was written with them. One
/// written with another schema under the same version (a cari built from work in
/// progress) would make tantivy panic on a field it doesn't have.
pub fn check_schema(index_dir: &Path, gen_dir: &Path, index: &Index) -> Result<Fields, IndexError> {
    let (expected, fields) = schema();
    if serde_json::to_string(&index.schema()).ok() == serde_json::to_string(&expected).ok() {
        Ok(fields)
    } else {
        Err(damaged(
            index_dir,
            gen_dir.join(META_FILE),
            Problem::OtherSchema,
        ))
    }
}
