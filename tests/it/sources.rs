//! Several sources in one index: a folder indexed into an index of another adds it,
//! `--replace` starts over, a source with no article is refused and leaves the index
//! as it was, files of the same name in two sources are told apart, links to folders
//! are followed once.

use std::fs;
use std::path::Path;

use crate::harness::{self, hit_addresses, index_cli, search_answer, stderr};

/// `seeds` split by language: `id_only` (the Indonesian articles) and `fr_only`.
fn split_seeds(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let (id, fr) = (dir.join("id_only"), dir.join("fr_only"));
    fs::create_dir_all(&id).unwrap();
    fs::create_dir_all(&fr).unwrap();
    for entry in fs::read_dir(harness::seeds()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_owned();
        let target = if name.to_string_lossy().starts_with("001_") {
            fr.join(name)
        } else {
            id.join(name)
        };
        fs::copy(&path, target).unwrap();
    }
    (id, fr)
}

fn docs(index: &Path, query: &str) -> Vec<String> {
    // Every file that matches: the same text in two sources isn't folded here.
    let all = ["-n", "100", "--per-article", "0", "--no-fold", query];
    let mut docs: Vec<String> = hit_addresses(&search_answer(index, &all))
        .into_iter()
        .map(|(doc, _)| doc)
        .collect();
    docs.dedup();
    docs
}

#[test]
fn a_second_folder_is_added_and_replace_starts_over() {
    let dir = tempfile::tempdir().unwrap();
    let (id, fr) = split_seeds(dir.path());
    let index = dir.path().join("two");
    assert_eq!(index_cli(&id, &index, &["--quiet"]).status.code(), Some(0));
    let out = index_cli(&fr, &index, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // Both languages answer, the files named as in their folders.
    let all = docs(&index, "Zuckerberg");
    assert!(
        all.contains(&"001_8d8c1ec7b0367f6a.txt".to_string()),
        "{all:?}"
    );
    assert!(
        all.contains(&"000_c570b3ddc8f2d99d.txt".to_string()),
        "{all:?}"
    );
    // Indexing the first again keeps the second.
    assert_eq!(index_cli(&id, &index, &["--quiet"]).status.code(), Some(0));
    assert_eq!(docs(&index, "Zuckerberg"), all);
    // And the index answers as one built from both at once.
    let both = dir.path().join("both");
    let out = harness::cari(
        &harness::root(),
        &[
            "index",
            &id.to_string_lossy(),
            &fr.to_string_lossy(),
            "--index",
            &both.to_string_lossy(),
            "--quiet",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(docs(&both, "Zuckerberg"), all);

    // --replace: only the French folder is left.
    assert_eq!(
        index_cli(&fr, &index, &["--replace", "--quiet"])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(docs(&index, "Zuckerberg"), ["001_8d8c1ec7b0367f6a.txt"]);
}

#[test]
fn a_source_without_articles_is_refused_and_the_index_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let (id, _) = split_seeds(dir.path());
    let index = dir.path().join("index");
    assert_eq!(index_cli(&id, &index, &["--quiet"]).status.code(), Some(0));
    let before = docs(&index, "Zuckerberg");

    let empty = dir.path().join("kosong");
    fs::create_dir(&empty).unwrap();
    fs::write(empty.join("blank.txt"), "  \n").unwrap();
    fs::write(empty.join("photo.jpg"), b"\xff\xd8\xff\xe0").unwrap();
    for extra in [&[][..], &["--replace"][..], &["--full"][..]] {
        let out = index_cli(&empty, &index, extra);
        assert_eq!(out.status.code(), Some(2), "{extra:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("no article found in"), "{err}");
        assert!(err.contains("empty file: 1"), "{err}");
        assert!(err.contains("the index is left as it was"), "{err}");
        assert_eq!(docs(&index, "Zuckerberg"), before, "{extra:?}");
    }
    // Nor does the failed source join the index's sources.
    let out = index_cli(&id, &index, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("0 added"), "{}", stderr(&out));

    // An empty folder on a fresh index leaves no index at all.
    let fresh = dir.path().join("fresh");
    assert_eq!(index_cli(&empty, &fresh, &[]).status.code(), Some(2));
    assert!(!cari::index::exists(&fresh));
}

#[test]
fn same_names_in_two_sources_and_single_files_and_gone_sources() {
    let dir = tempfile::tempdir().unwrap();
    let kompas = dir.path().join("kompas");
    let tempo = dir.path().join("tempo");
    for (folder, text) in [
        (
            &kompas,
            "Harga Cabai Melonjak\n\nHarga cabai rawit di Pasar Kramat Jati melonjak menjadi Rp 90.000 per kilogram.\n",
        ),
        (
            &tempo,
            "Harga Cabai Turun\n\nHarga cabai rawit di Pasar Kramat Jati turun setelah pasokan dari Garut kembali normal.\n",
        ),
    ] {
        fs::create_dir_all(folder.join("2024")).unwrap();
        fs::write(folder.join("2024/cabai.txt"), text).unwrap();
    }
    let single = dir.path().join("catatan.md");
    fs::write(
        &single,
        "# Catatan Redaksi\n\nPasar Kramat Jati buka lebih awal selama bulan puasa.\n",
    )
    .unwrap();
    let index = dir.path().join("index");
    let out = harness::cari(
        &harness::root(),
        &[
            "index",
            &kompas.to_string_lossy(),
            &tempo.to_string_lossy(),
            &single.to_string_lossy(),
            "--index",
            &index.to_string_lossy(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        docs(&index, "Kramat Jati"),
        ["2024/cabai.txt", "catatan.md", "tempo/2024/cabai.txt"]
    );

    // A source the index holds that is gone: said, with the way out.
    fs::remove_dir_all(&tempo).unwrap();
    let out = index_cli(&kompas, &index, &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("also holds the source") && err.contains("--replace"),
        "{err}"
    );
    let out = index_cli(&kompas, &index, &["--replace", "--quiet"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(docs(&index, "Kramat Jati"), ["2024/cabai.txt"]);
}

#[cfg(unix)]
#[test]
fn links_to_folders_are_followed_once() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let elsewhere = dir.path().join("arsip-lama");
    fs::create_dir_all(&corpus).unwrap();
    fs::create_dir_all(&elsewhere).unwrap();
    fs::copy(
        harness::seeds().join("003_af2ef9ff66d7eef8.txt"),
        elsewhere.join("deepseek.txt"),
    )
    .unwrap();
    fs::copy(
        harness::seeds().join("001_8d8c1ec7b0367f6a.txt"),
        corpus.join("kishida.txt"),
    )
    .unwrap();
    symlink(&elsewhere, corpus.join("lama")).unwrap();
    // A loop, and a second way to the same folder.
    symlink("..", elsewhere.join("naik")).unwrap();
    symlink(&elsewhere, corpus.join("lama-lagi")).unwrap();
    let index = dir.path().join("index");
    let out = index_cli(&corpus, &index, &[]);
    let summary = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{summary}");
    assert!(summary.contains("indexed 2 articles"), "{summary}");
    assert!(summary.contains("folder already read"), "{summary}");
    assert_eq!(docs(&index, "DeepSeek"), ["lama/deepseek.txt"]);

    // An index kept inside its own corpus is not read as articles.
    let inside = corpus.join("indeks");
    assert_eq!(
        index_cli(&corpus, &inside, &["--quiet"]).status.code(),
        Some(0)
    );
    let out = index_cli(&corpus, &inside, &[]);
    let summary = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{summary}");
    assert!(
        summary.contains("indeks: a cari index, not articles"),
        "{summary}"
    );
    assert!(summary.contains("0 added"), "{summary}");
}
