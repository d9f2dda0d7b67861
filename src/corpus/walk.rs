//! Listing the files of one or several sources (folders, or single files), recursively.
//!
//! Links to folders are followed, each folder walked once: a link back to a folder
//! already walked (a loop, or a second way to the same folder) is skipped as such. A
//! file's `doc` is its path relative to the source given (a source that is a file: its
//! name); when a later source holds a path an earlier one already named, its files are
//! named with the source folder's name in front (`lemonde/2024/03.jsonl`), so no two
//! files share a name.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use super::format::{self, Named};
use super::{CorpusError, CorpusFile, Listing, SkipReason, Skipped, unreadable};

/// The file that marks a folder as a cari index (an index built inside its own
/// corpus holds JSON files that are no articles).
const INDEX_MANIFEST: &str = "cari-index.json";

/// Lists every file cari reads under the sources `roots`, sorted by `doc`.
pub fn list(roots: &[PathBuf]) -> Result<Listing, CorpusError> {
    let mut listing = Listing::default();
    let mut names: HashMap<String, usize> = HashMap::new();
    for (index, root) in roots.iter().enumerate() {
        let meta = fs::metadata(root).map_err(|source| CorpusError::Root {
            path: root.clone(),
            source,
        })?;
        let mut found = Vec::new();
        if meta.is_dir() {
            let mut walked = HashSet::new();
            if let Ok(real) = fs::canonicalize(root) {
                walked.insert(real);
            }
            let mut walk = Walk {
                root,
                index,
                files: &mut found,
                skipped: &mut listing.skipped,
                walked,
            };
            walk.dir(root);
        } else if meta.is_file() {
            let name = root
                .file_name()
                .map(name_text)
                .unwrap_or_else(|| root.to_string_lossy().into_owned());
            found.push(CorpusFile {
                path: root.clone(),
                doc: name,
                size: meta.len(),
                modified_ns: modified_ns(&meta),
                root: index,
            });
        } else {
            return Err(CorpusError::Root {
                path: root.clone(),
                source: std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    "neither a folder nor a file",
                ),
            });
        }
        let prefix = root
            .file_name()
            .map(name_text)
            .unwrap_or_else(|| format!("source{}", index + 1));
        for mut file in found {
            if let Some(&other) = names.get(&file.doc)
                && other != index
            {
                file.doc = format!("{prefix}/{}", file.doc);
            }
            if let Some(&other) = names.get(&file.doc) {
                listing.skipped.push(Skipped {
                    path: file.path,
                    reason: SkipReason::SameName(roots[other].display().to_string()),
                });
                continue;
            }
            names.insert(file.doc.clone(), index);
            listing.files.push(file);
        }
    }
    listing.files.sort_by(|a, b| a.doc.cmp(&b.doc));
    // A listing lives as long as the build: don't keep the room it grew into.
    listing.files.shrink_to_fit();
    Ok(listing)
}

pub(super) fn modified_ns(meta: &fs::Metadata) -> u64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

fn relative_name(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| name_text(c.as_os_str()))
        .collect::<Vec<_>>()
        .join("/")
}

/// A file name as text: as it is when it is UTF-8; otherwise each byte that isn't
/// written `\xNN` (`caf\xE9.txt`), so that the name stays recognisable and two names
/// differing only there stay two names (`�` would make them one).
pub(crate) fn name_text(name: &std::ffi::OsStr) -> String {
    #[cfg(unix)]
    {
        use std::fmt::Write;
        use std::os::unix::ffi::OsStrExt;
        let mut text = String::new();
        for chunk in name.as_bytes().utf8_chunks() {
            text.push_str(chunk.valid());
            for byte in chunk.invalid() {
                let _ = write!(text, "\\x{byte:02X}");
            }
        }
        text
    }
    #[cfg(not(unix))]
    {
        name.to_string_lossy().into_owned()
    }
}

/// One source folder being walked.
struct Walk<'a> {
    root: &'a Path,
    index: usize,
    files: &'a mut Vec<CorpusFile>,
    skipped: &'a mut Vec<Skipped>,
    /// The folders walked, by their real path.
    walked: HashSet<PathBuf>,
}

impl Walk<'_> {
    fn skip(&mut self, path: PathBuf, reason: SkipReason) {
        self.skipped.push(Skipped { path, reason });
    }

    /// Walks `dir`. Everything that isn't a regular file of a format cari reads is
    /// noted as skipped; hidden files and folders are passed over.
    fn dir(&mut self, dir: &Path) {
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(err) => {
                return self.skip(dir.to_path_buf(), SkipReason::CannotList(err.to_string()));
            }
        };
        // In name order, so that of two ways to one folder the same one is walked.
        let mut entries: Vec<_> = entries.collect();
        entries.sort_by_key(|e| e.as_ref().ok().map(|e| e.file_name()));
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    self.skip(dir.to_path_buf(), SkipReason::CannotList(err.to_string()));
                    continue;
                }
            };
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let file_type = match entry.file_type() {
                Ok(file_type) => file_type,
                Err(err) => {
                    self.skip(path, unreadable(&err));
                    continue;
                }
            };
            if file_type.is_dir() {
                self.enter(path);
                continue;
            }
            // What a link points to; the entry itself otherwise.
            let meta = if file_type.is_symlink() {
                fs::metadata(&path)
            } else {
                entry.metadata()
            };
            let reason = match meta {
                Err(_) if file_type.is_symlink() => SkipReason::BrokenLink,
                Err(err) => unreadable(&err),
                Ok(meta) if meta.is_dir() => {
                    self.enter(path);
                    continue;
                }
                Ok(_) if format::by_name(&path) == Named::Unsupported => {
                    SkipReason::Unsupported(extension(&path))
                }
                Ok(meta) if !meta.is_file() => SkipReason::NotRegular,
                Ok(meta) => {
                    self.files.push(CorpusFile {
                        doc: relative_name(self.root, &path),
                        size: meta.len(),
                        modified_ns: modified_ns(&meta),
                        root: self.index,
                        path,
                    });
                    continue;
                }
            };
            self.skip(path, reason);
        }
    }

    /// Walks a folder (or a link to one) once: a second way to a folder walked already
    /// is a loop, or a copy, and is skipped.
    fn enter(&mut self, path: PathBuf) {
        if path.join(INDEX_MANIFEST).is_file() {
            return self.skip(path, SkipReason::IndexFolder);
        }
        match fs::canonicalize(&path) {
            Ok(real) => {
                if self.walked.insert(real) {
                    self.dir(&path);
                } else {
                    self.skip(path, SkipReason::FolderSeen);
                }
            }
            Err(err) => self.skip(path, unreadable(&err)),
        }
    }
}

/// A file's extension as the summary names it (`.pdf`).
fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| format!(".{}", e.to_string_lossy().to_ascii_lowercase()))
        .unwrap_or_default()
}
