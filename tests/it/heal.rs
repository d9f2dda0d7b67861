//! Indexes damaged on disk and indexes shared between users, with real index files
//! built by the binary: a search over a damaged index names the file and says what to
//! run, `cari index` finds the damage (tantivy's checksums, the manifest, the state
//! file) and rebuilds the index from the corpus; index files are readable by others as
//! the umask allows, and a read-only index (or another user's) can be searched.

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::harness::{self, stderr, stdout};

/// Matches passages of every seed article, in both languages.
const QUERY: &str = "jaket kulit Zuckerberg intelligence artificielle Kishida";

/// A temporary folder holding `index/`, the seeds' index built by `cari index`.
struct Built {
    _dir: tempfile::TempDir,
    index: PathBuf,
}

fn build() -> Built {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let out = harness::index_cli(&harness::seeds(), &index, &["--quiet"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    Built { _dir: dir, index }
}

/// The live generation folder (a built index has one).
fn generation(index: &Path) -> PathBuf {
    let mut found: Vec<PathBuf> = fs::read_dir(index)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("gen-"))
        .map(|e| e.path())
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    found.remove(0)
}

/// The file of the live generation whose name ends with `suffix`.
fn file_ending(index: &Path, suffix: &str) -> PathBuf {
    fs::read_dir(generation(index))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().ends_with(suffix))
        .unwrap_or_else(|| panic!("no file ending with {suffix}"))
}

/// What `QUERY` finds: (doc, passage) pairs, sorted.
fn found(index: &Path) -> Vec<(String, u64)> {
    // Every passage that matches, none grouped or folded.
    let json = harness::search_answer(
        index,
        &["--limit", "500", "--per-article", "0", "--no-fold", QUERY],
    );
    let found = harness::hit_addresses(&json);
    assert!(found.len() > 20, "{found:?}");
    found
}

/// A search over the damaged index: exit 2 and one line naming `file`, `problem` and
/// the command that repairs it, in cari's words.
fn refused(index: &Path, file: &Path, problem: &str) {
    let (out, _) = harness::search_json(index, &[QUERY]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(&format!("{} {problem}", file.display())),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "(run `cari index CORPUS --index {}` to rebuild it)",
            index.display()
        )),
        "{err}"
    );
    for internal in ["tantivy", "IoError", "Footer", "Os {", "DataCorruption"] {
        assert!(!err.contains(internal), "{err}");
    }
    assert!(stdout(&out).is_empty());
}

/// `cari index` (with `extra`) over the damaged index: exit 0, and one line on stderr
/// naming `file` and `problem` and saying the index was rebuilt. Its stderr.
fn heals(index: &Path, extra: &[&str], file: &Path, problem: &str) -> String {
    let out = harness::index_cli(&harness::seeds(), index, extra);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let said: Vec<&str> = err.lines().filter(|l| l.starts_with("cari: ")).collect();
    assert_eq!(said.len(), 1, "{err}");
    assert!(
        said[0].starts_with(&format!("cari: {} {problem}: ", file.display())),
        "{err}"
    );
    assert!(said[0].contains("rebuilt the index from"), "{err}");
    err
}

/// Each kind of segment file tantivy writes.
const SEGMENT_FILES: [&str; 6] = [".idx", ".term", ".pos", ".store", ".fast", ".fieldnorm"];

#[test]
fn a_truncated_segment_file_is_named_by_search_and_healed_by_cari_index() {
    let before = found(&build().index);
    for suffix in SEGMENT_FILES {
        let built = build();
        let file = file_ending(&built.index, suffix);
        let len = fs::metadata(&file).unwrap().len();
        fs::OpenOptions::new()
            .write(true)
            .open(&file)
            .unwrap()
            .set_len(len / 2)
            .unwrap();
        refused(&built.index, &file, "is damaged");
        // Before, this said "0 changed" and left the index as it was.
        let err = heals(&built.index, &[], &file, "is damaged");
        assert!(err.contains("indexed 5 articles"), "{err}");
        assert_eq!(found(&built.index), before, "after healing {suffix}");
    }
}

#[test]
fn bytes_changed_in_a_segment_file_fail_its_checksum_and_cari_index_rebuilds() {
    let before = found(&build().index);
    for suffix in SEGMENT_FILES {
        let built = build();
        let file = file_ending(&built.index, suffix);
        let mut bytes = fs::read(&file).unwrap();
        let middle = bytes.len() / 2;
        for byte in &mut bytes[middle..middle + 4] {
            *byte ^= 0x5a;
        }
        fs::write(&file, bytes).unwrap();
        heals(&built.index, &["--quiet"], &file, "is damaged");
        assert_eq!(found(&built.index), before, "after healing {suffix}");
    }
}

#[test]
fn a_stored_passage_that_cannot_be_read_is_named_by_search() {
    // Opening reads no stored passage: the damage shows when a hit's text is read.
    let built = build();
    let before = found(&built.index);
    let file = file_ending(&built.index, ".store");
    let mut bytes = fs::read(&file).unwrap();
    let len = bytes.len();
    bytes[len / 4..len / 2].fill(0xff);
    fs::write(&file, bytes).unwrap();
    refused(&built.index, &file, "is damaged");
    heals(&built.index, &[], &file, "is damaged");
    assert_eq!(found(&built.index), before);
}

#[test]
fn a_missing_file_is_named_and_the_index_rebuilt() {
    let before = found(&build().index);
    for suffix in [".pos", ".store", "meta.json"] {
        let built = build();
        let file = file_ending(&built.index, suffix);
        fs::remove_file(&file).unwrap();
        refused(&built.index, &file, "is missing");
        heals(&built.index, &[], &file, "is missing");
        assert_eq!(found(&built.index), before, "after losing {suffix}");
    }

    // The generation the manifest names.
    let built = build();
    let live = generation(&built.index);
    fs::remove_dir_all(&live).unwrap();
    refused(&built.index, &live, "is missing");
    heals(&built.index, &[], &live, "is missing");
    assert_eq!(found(&built.index), before);
}

#[test]
fn a_garbage_manifest_is_set_aside_and_the_index_rebuilt() {
    let before = found(&build().index);
    for extra in [&["--full"][..], &[]] {
        let built = build();
        let manifest = built.index.join("cari-index.json");
        let garbage = "{\"format\": \"cari-index\", \"vers\u{0}";
        fs::write(&manifest, garbage).unwrap();
        refused(&built.index, &manifest, "is damaged");
        let err = heals(&built.index, extra, &manifest, "is damaged");
        let set_aside = built.index.join("cari-index.json.damaged");
        assert!(
            err.contains(&format!("set it aside as {}", set_aside.display())),
            "{err}"
        );
        assert_eq!(fs::read_to_string(&set_aside).unwrap(), garbage);
        assert_eq!(found(&built.index), before);
        // The folder is still cari's: the next build updates it.
        let out = harness::index_cli(&harness::seeds(), &built.index, &[]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(0), "{err}");
        assert!(err.contains("5 unchanged files"), "{err}");
    }
}

#[test]
fn a_garbage_state_file_or_meta_file_makes_cari_index_rebuild() {
    let before = found(&build().index);
    let built = build();
    let state = fs::read_dir(generation(&built.index))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("files-")
        })
        .expect("a state file");
    fs::write(&state, "[{\"doc\": ").unwrap();
    // Searches don't read the state file.
    assert_eq!(found(&built.index), before);
    heals(&built.index, &[], &state, "is damaged");
    assert_eq!(found(&built.index), before);
    // Whole again: the next build is an update with nothing to do.
    let out = harness::index_cli(&harness::seeds(), &built.index, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains("cari: "), "{err}");
    assert!(
        err.contains("0 added, 0 changed, 0 deleted, 5 unchanged files"),
        "{err}"
    );

    let meta = file_ending(&built.index, "meta.json");
    fs::write(&meta, "{\"segments\": [").unwrap();
    refused(&built.index, &meta, "is damaged");
    heals(&built.index, &[], &meta, "is damaged");
    assert_eq!(found(&built.index), before);
}

/// Runs the binary with `args` under `umask`, as this user or, with `as_nobody`, as
/// the user `nobody` (through `setpriv`, which only root can do).
fn cari_with(umask: &str, as_nobody: bool, args: &[&str]) -> Output {
    let bin = env!("CARGO_BIN_EXE_cari");
    let mut command = if as_nobody {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "sh"]);
        c
    } else {
        Command::new("sh")
    };
    command
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(bin)
        .args(args)
        .current_dir(harness::root())
        .env("NO_COLOR", "1")
        .output()
        .expect("run cari")
}

/// Whether the tests run as root, who can run a command as another user.
fn running_as_root() -> bool {
    let probe = tempfile::tempfile().unwrap();
    probe.metadata().unwrap().uid() == 0
}

/// Builds the seeds' index (with `corpus`, or the seeds) under `umask`.
fn build_with_umask(corpus: &Path, index: &Path, umask: &str) {
    let out = cari_with(
        umask,
        false,
        &[
            "index",
            &corpus.to_string_lossy(),
            "--index",
            &index.to_string_lossy(),
            "--quiet",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// The permission bits of every file and folder under `dir`.
fn modes(dir: &Path) -> Vec<(PathBuf, u32)> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().flatten() {
            let meta = entry.metadata().unwrap();
            if meta.is_dir() {
                stack.push(entry.path());
            }
            found.push((entry.path(), meta.permissions().mode() & 0o777));
        }
    }
    found
}

#[test]
fn index_files_get_the_permissions_the_umask_allows() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    for entry in fs::read_dir(harness::seeds()).unwrap().flatten() {
        fs::copy(entry.path(), corpus.join(entry.file_name())).unwrap();
    }
    let index = dir.path().join("index");
    build_with_umask(&corpus, &index, "022");
    // An update rewrites tantivy's meta files.
    fs::write(
        corpus.join("tambahan.txt"),
        "Berita tambahan\n\nSebuah jaket kulit baru dipamerkan di Jakarta pada hari Senin.\n",
    )
    .unwrap();
    build_with_umask(&corpus, &index, "022");
    let all = modes(&index);
    assert!(all.len() > 10, "{all:?}");
    for (path, mode) in &all {
        let expected = if path.is_dir() { 0o755 } else { 0o644 };
        assert_eq!(*mode, expected, "{} is {mode:o}", path.display());
    }

    // A stricter umask is kept.
    let private = dir.path().join("private");
    build_with_umask(&corpus, &private, "077");
    for (path, mode) in modes(&private) {
        assert_eq!(mode & 0o077, 0, "{} is {mode:o}", path.display());
    }
}

/// Searches the index as `nobody`, when the tests can (as root); false when they can't.
fn search_as_nobody(index: &Path, expected: &[(String, u64)]) -> bool {
    if !running_as_root() {
        return false;
    }
    let out = cari_with(
        "022",
        true,
        &[
            "search",
            "--json",
            "--limit",
            "500",
            "--per-article",
            "0",
            "--no-fold",
            "--index",
            &index.to_string_lossy(),
            QUERY,
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(harness::hit_addresses(&json), expected);
    true
}

/// A temporary folder that other users may enter.
fn shared_tempdir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    dir
}

#[test]
fn another_user_can_search_an_index_built_under_the_usual_umask() {
    let dir = shared_tempdir();
    let index = dir.path().join("index");
    build_with_umask(&harness::seeds(), &index, "022");
    let expected = found(&index);
    if !search_as_nobody(&index, &expected) {
        eprintln!("not run as root: searching as another user is not tried");
    }
}

/// Makes everything under `dir` (and `dir`) read-only, or writable again by its owner.
fn set_writable(dir: &Path, writable: bool) {
    for (path, mode) in modes(dir).into_iter().chain([(dir.to_path_buf(), 0o755)]) {
        let mode = if writable {
            mode | 0o200
        } else {
            mode & !0o222
        };
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
    }
}

#[test]
fn a_read_only_index_can_be_searched() {
    let dir = shared_tempdir();
    let index = dir.path().join("index");
    build_with_umask(&harness::seeds(), &index, "022");
    let expected = found(&index);
    set_writable(&index, false);
    // As this user (a folder made read-only), then as another one (who can't write any
    // of it, even as root runs the tests).
    let result = std::panic::catch_unwind(|| {
        assert_eq!(found(&index), expected);
        if !search_as_nobody(&index, &expected) {
            eprintln!("not run as root: searching as another user is not tried");
        }
    });
    set_writable(&index, true);
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
    drop(dir);
}

#[test]
fn a_generation_of_another_schema_is_named_and_rebuilt() {
    // Written by a cari of the same schema version with other fields (a build from
    // work in progress): a search would misread it, and `cari index` rebuilds it.
    let built = build();
    let before = found(&built.index);
    let meta = file_ending(&built.index, "meta.json");
    let text = fs::read_to_string(&meta).unwrap();
    fs::write(&meta, text.replace("\"body_neutral\"", "\"body_other\"")).unwrap();
    refused(&built.index, &meta, "holds fields that are not this cari's");
    heals(
        &built.index,
        &[],
        &meta,
        "holds fields that are not this cari's",
    );
    assert_eq!(found(&built.index), before);
}

/// An index of two sources, damaged: healed from both when its record of them
/// survived; when it didn't, the line says that only the source given is indexed.
#[test]
fn healing_keeps_every_source_it_still_knows_and_says_when_it_cannot() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let other = dir.path().join("other");
    fs::create_dir(&other).unwrap();
    fs::write(
        other.join("kereta.txt"),
        "Kereta cepat\n\nKereta cepat Whoosh mengangkut lima juta penumpang.\n",
    )
    .unwrap();
    for source in [harness::seeds(), other.clone()] {
        let out = harness::index_cli(&source, &index, &["--quiet"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let whoosh = |index: &Path| harness::search_answer(index, &["Whoosh"])["hits"].clone();
    assert_eq!(whoosh(&index)[0]["doc"], "kereta.txt");

    // A segment file cut short: the state survives, both sources are rebuilt.
    let file = file_ending(&index, ".store");
    let len = fs::metadata(&file).unwrap().len();
    let cut = fs::OpenOptions::new().write(true).open(&file).unwrap();
    cut.set_len(len / 2).unwrap();
    let err = heals(&index, &[], &file, "is damaged");
    assert!(err.contains("rebuilt the index from its sources"), "{err}");
    assert_eq!(whoosh(&index)[0]["doc"], "kereta.txt");
    assert!(found(&index).len() > 20);

    // The manifest garbage: what it held is no longer known, and the line says so.
    let manifest = index.join("cari-index.json");
    fs::write(&manifest, "{ not json").unwrap();
    let err = heals(&index, &[], &manifest, "is damaged");
    assert!(err.contains("any other source it held"), "{err}");
}
