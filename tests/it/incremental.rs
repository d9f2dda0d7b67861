//! Incremental indexing: `cari index` on a corpus where files were added, changed or
//! deleted re-reads only those, and the index then answers as a fresh build would.

use std::fs;
use std::path::Path;

use crate::harness::{self, cari, stderr, stdout};
use cari::index::{self, BuildMode, BuildOptions};
use serde_json::Value;

/// A copy of the seeds in a temporary folder.
fn seeds_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in fs::read_dir(harness::seeds()).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    dir
}

fn arg(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

fn index(corpus: &Path, index: &Path, extra: &[&str]) -> String {
    let mut args = vec![
        "index".to_string(),
        arg(corpus),
        "--index".into(),
        arg(index),
    ];
    args.extend(extra.iter().map(|a| a.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = cari(&harness::root(), &args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    stderr(&out)
}

/// Every (doc, passage) that matches `query`, sorted, and the total.
fn matches(index: &Path, query: &str) -> (Vec<(String, u64)>, u64) {
    let out = cari(
        &harness::root(),
        &[
            "search",
            "--json",
            "--limit",
            "1000",
            "--index",
            &arg(index),
            query,
        ],
    );
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "{}",
        stderr(&out)
    );
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    (
        harness::hit_addresses(&json),
        json["total_hits"].as_u64().unwrap(),
    )
}

fn docs(index: &Path, query: &str) -> Vec<String> {
    let mut docs: Vec<String> = matches(index, query)
        .0
        .into_iter()
        .map(|(d, _)| d)
        .collect();
    docs.dedup();
    docs
}

const KISHIDA: &str = "001_8d8c1ec7b0367f6a.txt";
const JAKET: &str = "002_d59c97ecda988dec.txt";

#[test]
fn added_changed_and_deleted_files_are_the_only_ones_reindexed() {
    let corpus = seeds_copy();
    let dir = tempfile::tempdir().unwrap();
    let idx = dir.path().join("index");
    let first = index(corpus.path(), &idx, &[]);
    assert!(first.contains("indexed 5 articles"), "{first}");
    assert_eq!(docs(&idx, "Kishida"), [KISHIDA]);
    assert_eq!(docs(&idx, "jaket kulit"), [JAKET]);

    let again = index(corpus.path(), &idx, &[]);
    assert!(
        again.contains("0 added, 0 changed, 0 deleted, 5 unchanged files"),
        "{again}"
    );

    // Add one article (in a subfolder), rewrite one, delete one.
    fs::create_dir(corpus.path().join("baru")).unwrap();
    fs::write(
        corpus.path().join("baru/xilofon.txt"),
        "Kuartet Xilofon dari Jakarta\n\nKuartet xilofon dari Jakarta tampil di Paris dan memukau penonton.\n\nMereka memainkan lagu daerah dari Sumatra dan Sulawesi.\n",
    )
    .unwrap();
    fs::write(
        corpus.path().join(JAKET),
        "Saksofonis Tampil di Denpasar\n\nSeorang saksofonis tampil di Denpasar bersama orkestra kota.\n\nPenonton memenuhi gedung pertunjukan sampai malam.\n",
    )
    .unwrap();
    fs::remove_file(corpus.path().join(KISHIDA)).unwrap();

    let update = index(corpus.path(), &idx, &[]);
    assert!(
        update.contains("1 added, 1 changed, 1 deleted, 3 unchanged files"),
        "{update}"
    );
    assert!(update.contains("indexed 2 articles"), "{update}");

    assert_eq!(docs(&idx, "xilofon"), ["baru/xilofon.txt"]);
    assert_eq!(docs(&idx, "saksofonis"), [JAKET]);
    assert!(
        docs(&idx, "jaket kulit").is_empty(),
        "the old text of a changed file"
    );
    assert!(docs(&idx, "Kishida").is_empty(), "a deleted file");
    assert_eq!(docs(&idx, "DeepSeek"), ["003_af2ef9ff66d7eef8.txt"]);

    // The same passages match as in a fresh build of the same files.
    let fresh = dir.path().join("fresh");
    index(corpus.path(), &fresh, &[]);
    for query in [
        "Zuckerberg",
        "kecerdasan buatan",
        "intelligence",
        "penonton",
        "Meta AI",
    ] {
        assert_eq!(matches(&idx, query), matches(&fresh, query), "{query}");
    }
}

#[test]
fn a_touched_file_is_read_again_but_not_reindexed() {
    let corpus = seeds_copy();
    let dir = tempfile::tempdir().unwrap();
    let options = BuildOptions::default();
    let first = index::build(corpus.path(), dir.path(), &options).unwrap();
    assert_eq!(first.mode, BuildMode::Full);
    assert_eq!(first.files_read, 5);

    let file = fs::File::options()
        .write(true)
        .open(corpus.path().join(JAKET))
        .unwrap();
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(3600);
    file.set_modified(later).unwrap();
    drop(file);

    let report = index::build(corpus.path(), dir.path(), &options).unwrap();
    assert_eq!(report.mode, BuildMode::Incremental);
    assert_eq!(report.files_read, 1);
    assert_eq!(report.changes.changed, 0);
    assert_eq!(report.changes.unchanged, 5);
    assert!(report.per_lang.is_empty(), "nothing was re-indexed");

    // Its new time was recorded: the next build reads nothing.
    let next = index::build(corpus.path(), dir.path(), &options).unwrap();
    assert_eq!(next.files_read, 0);
    assert_eq!(docs(dir.path(), "jaket kulit"), [JAKET]);
}

#[test]
fn full_and_a_schema_change_rebuild_everything() {
    let corpus = seeds_copy();
    let dir = tempfile::tempdir().unwrap();
    let idx = dir.path();
    index(corpus.path(), idx, &[]);

    let full = index(corpus.path(), idx, &["--full"]);
    assert!(full.contains("indexed 5 articles"), "{full}");

    // An index written by a cari of another schema version is rebuilt, not updated.
    let manifest = idx.join("cari-index.json");
    let mut json: Value = serde_json::from_str(&fs::read_to_string(&manifest).unwrap()).unwrap();
    json["version"] = (index::SCHEMA_VERSION - 1).into();
    fs::write(&manifest, json.to_string()).unwrap();
    let rebuilt = index(corpus.path(), idx, &[]);
    assert!(rebuilt.contains("indexed 5 articles"), "{rebuilt}");
    assert_eq!(docs(idx, "Kishida"), [KISHIDA]);

    // So is one built from another folder.
    let other = seeds_copy();
    let moved = index(other.path(), idx, &[]);
    assert!(moved.contains("indexed 5 articles"), "{moved}");
}

#[test]
fn quiet_prints_nothing() {
    let corpus = seeds_copy();
    let dir = tempfile::tempdir().unwrap();
    let out = cari(
        &harness::root(),
        &[
            "index",
            &arg(corpus.path()),
            "--index",
            &arg(dir.path()),
            "--quiet",
        ],
    );
    assert!(out.status.success());
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}
