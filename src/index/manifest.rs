//! The manifest, `cari-index.json`: the format, the schema version, and which
//! generation folder is live. A build writes a new generation and then swaps the
//! manifest by rename, so a reader sees the old index or the new one, never a
//! half-written one.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{IndexError, io};

/// Bumped whenever the schema or the analysers change what the index holds.
pub const SCHEMA_VERSION: u32 = 2;
const MANIFEST: &str = "cari-index.json";
const FORMAT: &str = "cari-index";

#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    format: String,
    version: u32,
    generation: String,
}

/// Whether `dir` holds a cari index (of any version).
pub fn exists(dir: &Path) -> bool {
    dir.join(MANIFEST).is_file()
}

fn read_manifest(dir: &Path) -> Result<Manifest, IndexError> {
    let path = dir.join(MANIFEST);
    let raw = fs::read_to_string(&path).map_err(|err| {
        if err.kind() == std::io::ErrorKind::NotFound {
            IndexError::Missing(dir.to_path_buf())
        } else {
            IndexError::Io {
                context: format!("cannot read {}", path.display()),
                source: err,
            }
        }
    })?;
    let manifest: Manifest =
        serde_json::from_str(&raw).map_err(|_| IndexError::NotCari(dir.to_path_buf()))?;
    if manifest.format != FORMAT {
        return Err(IndexError::NotCari(dir.to_path_buf()));
    }
    if manifest.version != SCHEMA_VERSION {
        return Err(IndexError::Version {
            dir: dir.to_path_buf(),
            found: manifest.version,
            expected: SCHEMA_VERSION,
        });
    }
    Ok(manifest)
}

/// The folder of the live generation of the index in `dir`.
pub fn live_generation(dir: &Path) -> Result<PathBuf, IndexError> {
    let manifest = read_manifest(dir)?;
    let generation = dir.join(&manifest.generation);
    if manifest.generation.contains(['/', '\\']) || !generation.is_dir() {
        return Err(IndexError::NotCari(dir.to_path_buf()));
    }
    Ok(generation)
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

/// Refuses to write into a folder that holds something other than a cari index, so a
/// mistyped `--index` never destroys a user's files.
pub fn check_writable(dir: &Path) -> Result<(), IndexError> {
    if exists(dir) {
        return Ok(());
    }
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(());
    };
    let foreign = entries
        .flatten()
        .any(|e| !e.file_name().to_string_lossy().starts_with('.'));
    if foreign {
        return Err(IndexError::NotCari(dir.to_path_buf()));
    }
    Ok(())
}

/// Makes `generation` the live one.
pub fn swap_manifest(index_dir: &Path, generation: &str) -> Result<(), IndexError> {
    let manifest = Manifest {
        format: FORMAT.to_string(),
        version: SCHEMA_VERSION,
        generation: generation.to_string(),
    };
    let tmp = index_dir.join(format!("{MANIFEST}.tmp-{}", std::process::id()));
    let json = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    fs::write(&tmp, json).map_err(io(format!("cannot write {}", tmp.display())))?;
    fs::rename(&tmp, index_dir.join(MANIFEST)).map_err(io(format!(
        "cannot write the manifest in {}",
        index_dir.display()
    )))?;
    Ok(())
}

/// Best effort: an old generation still open by a reader goes when the reader closes.
pub fn remove_old_generations(index_dir: &Path, live: &str) {
    let Ok(entries) = fs::read_dir(index_dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with("gen-") && name != live {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}
