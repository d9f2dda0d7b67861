//! The manifest, `cari-index.json`: the format, the schema version, and which
//! generation folder is live. A build writes a new generation and then swaps the
//! manifest by rename (written and synced to disk first), so a reader sees the old
//! index or the new one, never a half-written one.
//!
//! What belongs to cari in an index folder: the manifest, `gen-*` generation folders,
//! the manifest's temporary file while it is swapped, and hidden files (the lock). A
//! folder holding anything else is someone else's, and is neither read nor written.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{IndexError, io};

/// Bumped whenever the schema or the analysers change what the index holds.
pub const SCHEMA_VERSION: u32 = 6;
const MANIFEST: &str = "cari-index.json";
const FORMAT: &str = "cari-index";
const GENERATION_PREFIX: &str = "gen-";
const TMP_PREFIX: &str = "cari-index.json.tmp-";

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
    let not_cari = || IndexError::NotCari(dir.to_path_buf());
    // The version first, so that an index of another version is named as such however
    // the rest of its manifest looks.
    let header: Header = serde_json::from_str(&raw).map_err(|_| not_cari())?;
    if header.format != FORMAT {
        return Err(not_cari());
    }
    if header.version != SCHEMA_VERSION {
        return Err(IndexError::Version {
            dir: dir.to_path_buf(),
            found: header.version,
            expected: SCHEMA_VERSION,
        });
    }
    serde_json::from_str(&raw).map_err(|_| not_cari())
}

/// The folder of the live generation of the index in `dir`.
pub fn live_generation(dir: &Path) -> Result<PathBuf, IndexError> {
    let manifest = read_manifest(dir)?;
    if !is_generation_name(&manifest.generation) {
        return Err(IndexError::NotCari(dir.to_path_buf()));
    }
    let generation = dir.join(&manifest.generation);
    if !generation.is_dir() {
        return Err(IndexError::Damaged {
            dir: dir.to_path_buf(),
            why: format!("its generation {} is missing", manifest.generation),
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
        || name.starts_with(GENERATION_PREFIX)
        || name.starts_with(TMP_PREFIX)
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

/// The name of the live generation folder when `dir` holds an index that this cari
/// reads (same format and schema version), else `None`.
pub fn current_generation(dir: &Path) -> Option<String> {
    let manifest = read_manifest(dir).ok()?;
    let valid = !manifest.generation.contains(['/', '\\'])
        && manifest.generation.starts_with("gen-")
        && dir.join(&manifest.generation).is_dir();
    valid.then_some(manifest.generation)
}

/// A name for a new generation folder, unique to this process and moment.
pub fn new_generation_name() -> String {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("gen-{stamp}-{}", std::process::id())
}

/// Refuses to write into a folder that holds something other than a cari index (of
/// any version), so a mistyped `--index` never destroys a user's files.
pub fn check_writable(dir: &Path) -> Result<(), IndexError> {
    match read_manifest(dir) {
        Ok(_) | Err(IndexError::Version { .. } | IndexError::Missing(_)) => Ok(()),
        Err(err) => Err(err),
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
    let tmp = index_dir.join(format!("{TMP_PREFIX}{}", std::process::id()));
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

/// Best effort: an old generation still open by a reader goes when the reader closes
/// (or, where files in use can't be removed, at the next build).
pub fn remove_old_generations(index_dir: &Path, live: &str) {
    let Ok(entries) = fs::read_dir(index_dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with(GENERATION_PREFIX) && name != live {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// Clears what builds killed before they finished left behind: generation folders that
/// aren't live and temporary manifests. Only the holder of the build lock calls this.
pub fn remove_leftovers(index_dir: &Path) {
    let live = fs::read_to_string(index_dir.join(MANIFEST))
        .ok()
        .and_then(|raw| serde_json::from_str::<Manifest>(&raw).ok())
        .map(|m| m.generation);
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
