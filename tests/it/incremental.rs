//! Incremental indexing: `cari index` on a corpus where files were added, changed or
//! deleted re-reads only those, and the index then answers as a fresh build would.

use std::fs;
use std::path::Path;

use crate::harness::{self, stderr, stdout};
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

fn index(corpus: &Path, index: &Path, extra: &[&str]) -> String {
    let out = harness::index_cli(corpus, index, extra);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    stderr(&out)
}

/// Every (doc, passage) that matches `query`, sorted, and the total.
fn matches(index: &Path, query: &str) -> (Vec<(String, u64)>, u64) {
    let json = harness::search_answer(index, &["--limit", "1000", query]);
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

/// The number N of the summary line "indexed N articles, …".
fn summary_count(err: &str) -> usize {
    err.lines()
        .find_map(|l| {
            l.strip_prefix("indexed ")
                .or_else(|| l.strip_prefix("re-indexed "))?
                .split_whitespace()
                .next()?
                .parse()
                .ok()
        })
        .unwrap_or(usize::MAX)
}

/// The hits of `query` searched untranslated.
fn hits(index: &Path, query: &str) -> Vec<Value> {
    let json = harness::search_answer(index, &["--no-translate", query]);
    json["hits"].as_array().unwrap().clone()
}

#[test]
fn added_changed_and_deleted_files_are_the_only_ones_reindexed() {
    let corpus = seeds_copy();
    // Enough untouched articles that three changed files are a small share of the corpus.
    for i in 0..60 {
        fs::write(
            corpus.path().join(format!("filler_{i:02}.txt")),
            format!(
                "Catatan Nomor {i}\n\nCatatan harian nomor {i} tentang cuaca di kota yang tenang.\n"
            ),
        )
        .unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let idx = dir.path().join("index");
    let first = index(corpus.path(), &idx, &[]);
    assert!(first.contains("indexed 65 articles"), "{first}");
    assert_eq!(summary_count(&first), 65);
    assert_eq!(docs(&idx, "Kishida"), [KISHIDA]);
    assert_eq!(docs(&idx, "jaket kulit"), [JAKET]);
    assert!(!hits(&idx, "Helsing").is_empty());

    let again = index(corpus.path(), &idx, &[]);
    assert!(
        again.contains("0 added, 0 changed, 0 deleted, 65 unchanged files"),
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
        update.contains("1 added, 1 changed, 1 deleted, 63 unchanged files"),
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

    // Again at the top of the corpus, a change inside a passage rather than a rewrite.
    fs::write(
        corpus.path().join("added.txt"),
        "Berita Tambahan\n\nXylofonkwartet tampil di Jakarta pada hari Minggu yang cerah.\n",
    )
    .unwrap();
    let changed = corpus.path().join("000_c570b3ddc8f2d99d.txt");
    let text = fs::read_to_string(&changed).unwrap();
    fs::write(&changed, text.replace("Quest 3", "Quest Orkestrion")).unwrap();
    fs::remove_file(corpus.path().join("004_2728c9b35749bbb7.txt")).unwrap();

    let update = index(corpus.path(), &idx, &[]);
    assert!(
        update.contains("1 added, 1 changed, 1 deleted, 63 unchanged files"),
        "{update}"
    );
    // Only the added and the changed file were read again.
    assert_eq!(summary_count(&update), 2, "{update}");

    let added = hits(&idx, "Xylofonkwartet");
    assert_eq!(added[0]["doc"], "added.txt");
    let changed_hits = hits(&idx, "Orkestrion");
    assert_eq!(changed_hits[0]["doc"], "000_c570b3ddc8f2d99d.txt");
    assert!(
        hits(&idx, "Helsing").is_empty(),
        "a deleted article still answers"
    );
    // The old text of the changed file is gone, the untouched files still answer.
    assert!(
        hits(&idx, "\"Quest 3\"")
            .iter()
            .all(|h| h["doc"] != "000_c570b3ddc8f2d99d.txt")
    );
    assert_eq!(hits(&idx, "DeepSeek")[0]["doc"], "003_af2ef9ff66d7eef8.txt");

    // The same passages match as in a fresh build of the same files.
    let fresh = dir.path().join("fresh");
    index(corpus.path(), &fresh, &[]);
    for query in [
        "Zuckerberg",
        "kecerdasan buatan",
        "intelligence",
        "penonton",
        "Meta AI",
        "Orkestrion",
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
    let out = harness::index_cli(corpus.path(), dir.path(), &["--quiet"]);
    assert!(out.status.success());
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}
