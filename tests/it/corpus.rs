//! Reading the seed articles: titles, dates, passages, languages.

use crate::harness;
use std::collections::BTreeMap;

use cari::corpus::{self, read_corpus};
use cari::language::{self as lang, Lang};

#[test]
fn the_seeds_read_as_articles() {
    let corpus = read_corpus(&harness::seeds()).unwrap();
    assert_eq!(corpus.articles.len(), 5);
    assert!(corpus.skipped.is_empty());
    let by_doc: BTreeMap<&str, &corpus::Article> =
        corpus.articles.iter().map(|a| (&a.doc[..3], a)).collect();

    assert_eq!(
        by_doc["003"].title,
        "Mark Zuckerberg: Belum Waktunya untuk Menilai Dampak DeepSeek pada Pengeluaran AI Meta"
    );
    // 004 prints its headline twice: it is the title, and not a passage.
    let a004 = by_doc["004"];
    assert_eq!(
        a004.title,
        "AI Paris Umumkan Kemitraan & Investasi Besar di AI"
    );
    assert!(
        a004.passages[0]
            .text
            .starts_with("PARIS – Paris menjadi tuan rumah")
    );
    // 001's leading date is the date, not text.
    let a001 = by_doc["001"];
    assert_eq!(a001.date.as_deref(), Some("2024-02"));
    assert!(a001.passages.iter().all(|p| !p.text.contains("date 2024")));
    assert!(
        a001.passages[0]
            .text
            .starts_with("\"Nous avons eu une conversation productive")
    );
    // 000 separates paragraphs by single newlines.
    assert_eq!(by_doc["000"].passages.len(), 12);
    assert!(
        by_doc["000"].passages[0]
            .text
            .starts_with("JAKARTA - Presiden Korea Selatan")
    );
}

#[test]
fn lines_without_content_are_not_passages() {
    let corpus = read_corpus(&harness::seeds()).unwrap();
    let passages: Vec<&str> = corpus
        .articles
        .iter()
        .flat_map(|a| a.passages.iter().map(|p| p.text.as_str()))
        .collect();
    for label in [
        "BACA JUGA:",
        "Sumber",
        "Putri Aulia Maharani",
        "Internasional",
    ] {
        assert!(!passages.contains(&label), "{label} is a passage");
    }
    // Section headings with content stay.
    assert!(passages.contains(&"Visi untuk Masa Depan"));
}

#[test]
fn four_seeds_are_indonesian_and_one_french() {
    let corpus = read_corpus(&harness::seeds()).unwrap();
    let langs: Vec<Lang> = corpus
        .articles
        .iter()
        .map(|a| {
            let text: Vec<&str> = a.passages.iter().map(|p| p.text.as_str()).collect();
            lang::detect(&text.join("\n"))
        })
        .collect();
    assert_eq!(langs, [Lang::Id, Lang::Fr, Lang::Id, Lang::Id, Lang::Id]);
}

#[test]
fn an_unreadable_file_is_skipped_and_the_others_indexed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        harness::seeds().join("003_af2ef9ff66d7eef8.txt"),
        dir.path().join("good.txt"),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::copy(
        harness::seeds().join("001_8d8c1ec7b0367f6a.txt"),
        dir.path().join("sub/nested.txt"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("image.txt"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.odt"), "not an article").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("missing"), dir.path().join("broken.txt")).unwrap();
    let corpus = read_corpus(dir.path()).unwrap();
    let docs: Vec<&str> = corpus.articles.iter().map(|a| a.doc.as_str()).collect();
    assert_eq!(docs, ["good.txt", "sub/nested.txt"]);
    let skipped: Vec<(String, String)> = corpus
        .skipped
        .iter()
        .map(|s| {
            let name = s.path.file_name().unwrap().to_string_lossy().into_owned();
            (name, s.reason.to_string())
        })
        .collect();
    let has = |name: &str, reason: &str| skipped.contains(&(name.to_string(), reason.to_string()));
    assert!(has("image.txt", "binary file"));
    assert!(skipped.iter().any(|(name, reason)| name == "notes.odt"
        && reason.starts_with("not a format cari reads (.odt)")));
    #[cfg(unix)]
    assert!(has("broken.txt", "broken or looping symbolic link"));
}
