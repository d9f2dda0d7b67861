//! `cari index` on a corpus where files were added, changed and deleted re-indexes
//! only those: run as a process, checked through search.

use std::fs;

use crate::harness::{self, cari, stderr, stdout};
use serde_json::Value;

fn hits(index: &str, query: &str) -> Vec<Value> {
    let out = cari(
        &harness::root(),
        &[
            "search",
            "--json",
            "--no-translate",
            "--index",
            index,
            query,
        ],
    );
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    json["hits"].as_array().unwrap().clone()
}

fn summary_count(err: &str) -> usize {
    // "indexed N articles, …"
    err.lines()
        .find_map(|l| {
            l.strip_prefix("indexed ")?
                .split_whitespace()
                .next()?
                .parse()
                .ok()
        })
        .unwrap_or(usize::MAX)
}

#[test]
fn added_changed_and_deleted_files_are_the_only_ones_reindexed() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    for entry in fs::read_dir(harness::seeds()).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), corpus.join(entry.file_name())).unwrap();
    }
    // Enough untouched articles that three changed files are a small share of the corpus.
    for i in 0..60 {
        fs::write(
            corpus.join(format!("filler_{i:02}.txt")),
            format!(
                "Catatan Nomor {i}\n\nCatatan harian nomor {i} tentang cuaca di kota yang tenang.\n"
            ),
        )
        .unwrap();
    }
    let index = dir.path().join("index").to_string_lossy().into_owned();
    let corpus_arg = corpus.to_string_lossy().into_owned();
    let full = cari(&harness::root(), &["index", &corpus_arg, "--index", &index]);
    assert!(full.status.success(), "{}", stderr(&full));
    assert_eq!(summary_count(&stderr(&full)), 65);
    assert!(!hits(&index, "Helsing").is_empty());

    // Add one, change one, delete one.
    fs::write(
        corpus.join("added.txt"),
        "Berita Tambahan\n\nXylofonkwartet tampil di Jakarta pada hari Minggu yang cerah.\n",
    )
    .unwrap();
    let changed = corpus.join("000_c570b3ddc8f2d99d.txt");
    let text = fs::read_to_string(&changed).unwrap();
    fs::write(&changed, text.replace("Quest 3", "Quest Orkestrion")).unwrap();
    fs::remove_file(corpus.join("004_2728c9b35749bbb7.txt")).unwrap();

    let update = cari(&harness::root(), &["index", &corpus_arg, "--index", &index]);
    assert!(update.status.success(), "{}", stderr(&update));
    // Only the added and the changed file were read again.
    assert_eq!(summary_count(&stderr(&update)), 2, "{}", stderr(&update));

    let added = hits(&index, "Xylofonkwartet");
    assert_eq!(added[0]["doc"], "added.txt");
    let changed_hits = hits(&index, "Orkestrion");
    assert_eq!(changed_hits[0]["doc"], "000_c570b3ddc8f2d99d.txt");
    assert!(
        hits(&index, "Helsing").is_empty(),
        "a deleted article still answers"
    );
    // The old text of the changed file is gone, the untouched files still answer.
    assert!(
        hits(&index, "\"Quest 3\"")
            .iter()
            .all(|h| h["doc"] != "000_c570b3ddc8f2d99d.txt")
    );
    assert_eq!(
        hits(&index, "DeepSeek")[0]["doc"],
        "003_af2ef9ff66d7eef8.txt"
    );
}
