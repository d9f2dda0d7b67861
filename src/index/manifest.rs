//! The manifest, `cari-index.json`: the format, the schema version, and which
//! generation folder is live. A build writes a new generation and then swaps the
//! manifest by rename (written and synced to disk first), so a reader sees the old
//! index or the new one, never a half-written one.
//!
//! What belongs to cari in an index folder: the manifest, `gen-*` generation folders,
//! the manifest's temporary file while it is swapped, a damaged manifest a build set
//! aside, and hidden files (the lock). A folder holding anything else is someone
//! else's, and is neither read nor written.
//!
//! A manifest that can't be read as one, in a folder that holds only cari's files and
//! what a build leaves (a generation, the lock), is damaged: a search says so, and a build sets it aside (`cari-index.json.damaged`)
//! and builds the index again.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::damage::{Problem, Repair};
use super::lock::LOCK_FILE;
use super::{IndexError, io, unique_name};

/// Bumped whenever the schema or the analysers change what the index holds.
pub const SCHEMA_VERSION: u32 = 8;
const MANIFEST: &str = "cari-index.json";
const FORMAT: &str = "cari-index";
const GENERATION_PREFIX: &str = "gen-";
const TMP_PREFIX: &str = "cari-index.json.tmp-";
const SET_ASIDE: &str = "cari-index.json.damaged";

#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    format: String,
    version: u32,
    generation: String,
}

/// The part of a manifest every version of cari writes.
#[derive(Debug, Deserialize)]
struct Header {
    format: String,
    version: u32,
}

/// Whether `dir` holds a cari index (of any version).
pub fn exists(dir: &Path) -> bool {
    dir.join(MANIFEST).is_file()
}

fn read_manifest(dir: &Path) -> Result<Manifest, IndexError> {
    let path = dir.join(MANIFEST);
    let raw = fs::read_to_string(&path).map_err(|err| {
        if err.kind() == std::io::ErrorKind::NotFound {
            if holds_foreign_files(dir) {
                IndexError::NotCari(dir.to_path_buf())
            } else {
                IndexError::Missing(dir.to_path_buf())
            }
        } else {
            IndexError::Io {
                context: format!("cannot read {}", path.display()),
                source: err,
            }
        }
    })?;
    // A manifest cari can't read is damaged when the folder holds what builds leave
    // (generations, the lock) and nothing else; alone, or among other files, it is a
    // file of someone else's that happens to have the manifest's name.
    let unreadable = || {
        if holds_build_output(dir) && !holds_foreign_files(dir) {
            damaged_manifest(dir)
        } else {
            IndexError::NotCari(dir.to_path_buf())
        }
    };
    // The version first, so that an index of another version is named as such however
    // the rest of its manifest looks.
    let header: Header = serde_json::from_str(&raw).map_err(|_| unreadable())?;
    if header.format != FORMAT {
        return Err(unreadable());
    }
    if header.version != SCHEMA_VERSION {
        return Err(IndexError::Version {
            dir: dir.to_path_buf(),
            found: header.version,
            expected: SCHEMA_VERSION,
        });
    }
    let manifest: Manifest = serde_json::from_str(&raw).map_err(|_| unreadable())?;
    if !is_generation_name(&manifest.generation) {
        return Err(unreadable());
    }
    Ok(manifest)
}

fn damaged_manifest(dir: &Path) -> IndexError {
    IndexError::Damaged {
        dir: dir.to_path_buf(),
        file: dir.join(MANIFEST),
        problem: Problem::Damaged,
    }
}

/// The folder of the live generation of the index in `dir`.
pub fn live_generation(dir: &Path) -> Result<PathBuf, IndexError> {
    let manifest = read_manifest(dir)?;
    let generation = dir.join(&manifest.generation);
    if !generation.is_dir() {
        return Err(IndexError::Damaged {
            dir: dir.to_path_buf(),
            file: generation,
            problem: Problem::Missing,
        });
    }
    Ok(generation)
}

fn is_generation_name(name: &str) -> bool {
    name.starts_with(GENERATION_PREFIX) && !name.contains(['/', '\\']) && name != ".."
}

/// Whether a folder entry is cari's own.
fn is_cari_entry(name: &str) -> bool {
    name.starts_with('.')
        || name == MANIFEST
        || name == SET_ASIDE
        || name.starts_with(GENERATION_PREFIX)
        || name.starts_with(TMP_PREFIX)
}

/// Whether `dir` holds a generation folder or the build lock.
fn holds_build_output(dir: &Path) -> bool {
    let Ok(entries) = fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().any(|e| {
        let name = e.file_name();
        let name = name.to_string_lossy();
        name.starts_with(GENERATION_PREFIX) || name == LOCK_FILE
    })
}

/// Whether `dir` holds anything that isn't cari's.
fn holds_foreign_files(dir: &Path) -> bool {
    let Ok(entries) = fs::read_dir(dir) else {
        return false;
    };
    entries
        .flatten()
        .any(|e| !is_cari_entry(&e.file_name().to_string_lossy()))
}

/// A name for a new generation folder.
pub fn new_generation_name() -> String {
    unique_name(GENERATION_PREFIX, "")
}

/// Refuses to write into a folder that holds something other than a cari index (of
/// any version), so a mistyped `--index` never destroys a user's files.
pub fn check_writable(dir: &Path) -> Result<(), IndexError> {
    match read_manifest(dir) {
        Ok(_)
        | Err(IndexError::Version { .. } | IndexError::Missing(_) | IndexError::Damaged { .. }) => {
            Ok(())
        }
        Err(err) => Err(err),
    }
}

/// Moves a damaged manifest out of the way (over one set aside before), so that the
/// build makes a new index; says what it did. Only the holder of the build lock calls
/// this.
pub fn set_aside_if_damaged(index_dir: &Path) -> Result<Option<Repair>, IndexError> {
    match read_manifest(index_dir) {
        Err(IndexError::Damaged { file, problem, .. }) => {
            let to = index_dir.join(SET_ASIDE);
            fs::rename(&file, &to).map_err(io(format!("cannot move {}", file.display())))?;
            Ok(Some(Repair {
                file,
                problem,
                set_aside: Some(to),
                sources_known: false,
            }))
        }
        _ => Ok(None),
    }
}

/// Makes `generation` the live one: the new manifest is written beside the old one,
/// synced, and renamed over it.
pub fn swap_manifest(index_dir: &Path, generation: &str) -> Result<(), IndexError> {
    let manifest = Manifest {
        format: FORMAT.to_string(),
        version: SCHEMA_VERSION,
        generation: generation.to_string(),
    };
    let tmp = index_dir.join(unique_name(TMP_PREFIX, ""));
    let json = serde_json::to_string_pretty(&manifest).map_err(|err| IndexError::Io {
        context: "cannot write the manifest".to_string(),
        source: err.into(),
    })?;
    let write = || -> std::io::Result<()> {
        let mut file = File::create(&tmp)?;
        file.write_all(json.as_bytes())?;
        file.sync_all()
    };
    write().map_err(io(format!("cannot write {}", tmp.display())))?;
    fs::rename(&tmp, index_dir.join(MANIFEST)).map_err(io(format!(
        "cannot write the manifest in {}",
        index_dir.display()
    )))?;
    // The rename itself, on disk (where the platform can sync a folder).
    if let Ok(dir) = File::open(index_dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Removes what isn't the live index: generation folders other than the one the
/// manifest names (an old one a build replaced, or one a killed build left half
/// written) and temporary manifests. With no manifest, no generation is live; with
/// one that can't be read, the generations stay until a build makes one live. Only
/// the holder of the build lock calls this. Best effort: an old generation still open
/// by a reader goes when the reader closes (or, where files in use can't be removed,
/// at the next build).
pub fn remove_stale(index_dir: &Path) {
    let live = match fs::read_to_string(index_dir.join(MANIFEST)) {
        Ok(raw) => match serde_json::from_str::<Manifest>(&raw) {
            Ok(manifest) => Some(manifest.generation),
            Err(_) => return,
        },
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
        Err(_) => return,
    };
    let Ok(entries) = fs::read_dir(index_dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with(TMP_PREFIX) {
            let _ = fs::remove_file(entry.path());
        } else if name.starts_with(GENERATION_PREFIX) && Some(&name) != live.as_ref() {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}
