//! Indexes of another schema version, folders that aren't cari indexes, and damaged
//! indexes: refused with a message saying what to run, never misread, never
//! overwritten unless `cari index` is asked to.

use std::fs;
use std::path::Path;

use crate::harness::{self, cari, stderr, stdout};

fn run(args: &[&str]) -> std::process::Output {
    cari(&harness::root(), args)
}

fn search(index: &Path) -> std::process::Output {
    run(&["search", "--index", &index.to_string_lossy(), "Zuckerberg"])
}

fn index(index: &Path) -> std::process::Output {
    harness::index_cli(&harness::seeds(), index, &[])
}

/// Exit 2 and one line on stderr that says `what` and names the command to run.
fn refused(out: &std::process::Output, what: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(what), "{err}");
    assert!(err.contains("`cari index CORPUS --index "), "{err}");
    assert!(stdout(out).is_empty());
}

fn set_version(index: &Path, version: u64) {
    let path = index.join("cari-index.json");
    let mut manifest: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    manifest["version"] = version.into();
    fs::write(&path, manifest.to_string()).unwrap();
}

#[test]
fn an_index_of_another_version_is_refused_until_rebuilt() {
    let current = cari::index::SCHEMA_VERSION as u64;
    for other in [current - 1, current + 1, 0] {
        let dir = harness::seeds_index();
        set_version(dir.path(), other);
        let out = search(dir.path());
        refused(
            &out,
            &format!("has schema version {other}, this cari reads version {current}"),
        );
        let ask = run(&[
            "ask",
            "--index",
            &dir.path().to_string_lossy(),
            "who is Zuckerberg",
        ]);
        assert_eq!(ask.status.code(), Some(2));
        // Refusing changed nothing.
        let manifest = fs::read_to_string(dir.path().join("cari-index.json")).unwrap();
        assert!(
            manifest.contains(&format!("\"version\":{other}")),
            "{manifest}"
        );

        let out = index(dir.path());
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(search(dir.path()).status.code(), Some(0));
    }
}

#[test]
fn an_older_manifest_of_another_shape_is_still_named_by_its_version() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("cari-index.json"),
        r#"{"format": "cari-index", "version": 1, "segments": ["a"]}"#,
    )
    .unwrap();
    refused(&search(dir.path()), "has schema version 1");
    assert_eq!(index(dir.path()).status.code(), Some(0));
    assert_eq!(search(dir.path()).status.code(), Some(0));
}

#[test]
fn a_folder_that_is_not_a_cari_index_is_neither_read_nor_written() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("documents");
    fs::create_dir(&folder).unwrap();
    fs::write(folder.join("thesis.txt"), "years of work").unwrap();
    fs::create_dir(folder.join("photos")).unwrap();

    let out = index(&folder);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("is not a cari index"), "{err}");
    assert!(err.contains("cari index CORPUS --index FOLDER"), "{err}");
    refused(&search(&folder), "is not a cari index");

    // Untouched: not even the lock file was made.
    let mut names: Vec<String> = fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["photos", "thesis.txt"]);
    assert_eq!(
        fs::read_to_string(folder.join("thesis.txt")).unwrap(),
        "years of work"
    );
}

#[test]
fn a_manifest_that_is_not_cari_s_is_not_overwritten() {
    for foreign in [
        r#"{"name": "my-project"}"#,
        "not json at all",
        r#"{"format": "other", "version": 2}"#,
    ] {
        let dir = tempfile::tempdir().unwrap();
        let manifest = dir.path().join("cari-index.json");
        fs::write(&manifest, foreign).unwrap();
        refused(&search(dir.path()), "is not a cari index");
        assert_eq!(index(dir.path()).status.code(), Some(2));
        assert_eq!(fs::read_to_string(&manifest).unwrap(), foreign);
    }
}

#[test]
fn a_damaged_index_says_to_rebuild_and_cari_index_rebuilds_it() {
    let dir = harness::seeds_index();
    for entry in fs::read_dir(dir.path()).unwrap().flatten() {
        if entry.file_name().to_string_lossy().starts_with("gen-") {
            fs::remove_dir_all(entry.path()).unwrap();
        }
    }
    refused(&search(dir.path()), " is missing");
    assert_eq!(index(dir.path()).status.code(), Some(0));
    assert_eq!(search(dir.path()).status.code(), Some(0));

    // A generation whose files are gone.
    let gen_dir = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with("gen-"))
        .unwrap()
        .path();
    fs::remove_file(gen_dir.join("meta.json")).unwrap();
    refused(&search(dir.path()), "meta.json is missing");
    assert_eq!(index(dir.path()).status.code(), Some(0));
    assert_eq!(search(dir.path()).status.code(), Some(0));
}

#[test]
fn what_a_killed_first_build_left_is_cari_s_own() {
    // The first build of a folder, killed: a generation and a temporary manifest, no
    // manifest. The folder has no index yet, and the next build takes it.
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("index");
    fs::create_dir_all(folder.join("gen-1-1")).unwrap();
    fs::write(folder.join("gen-1-1/meta.json"), "{").unwrap();
    fs::write(folder.join("cari-index.json.tmp-1"), "{").unwrap();
    fs::write(folder.join(".cari-lock"), "1\n").unwrap();
    let out = search(&folder);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no index in"), "{}", stderr(&out));
    assert_eq!(index(&folder).status.code(), Some(0));
    assert_eq!(search(&folder).status.code(), Some(0));
    assert!(!folder.join("gen-1-1").exists());
    assert!(!folder.join("cari-index.json.tmp-1").exists());
}

#[test]
fn a_missing_corpus_is_one_clear_line_and_leaves_no_index_folder() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("index");
    let out = harness::index_cli(&dir.path().join("no-such-corpus"), &folder, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("cannot read corpus folder"), "{err}");
    // The cause is said once.
    assert_eq!(err.matches("os error").count(), 1, "{err}");
    assert!(!folder.exists());
}
