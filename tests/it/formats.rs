//! Reading real archives: JSON Lines, JSON, Markdown, HTML, extensionless and gzipped
//! files indexed side by side, their metadata in the hits, a bad record skipped with
//! its line, `cari extract`, and a changed JSON Lines file re-read.

use std::fs;
use std::io::Write;
use std::path::Path;

use crate::harness::{self, cari, index_cli, search_answer, stderr, stdout};

/// The example archive of `tests/data/formats`, copied into `dir/corpus`, with a
/// gzipped copy of a text and a JSON Lines file and a file cari doesn't read.
fn archive(dir: &Path) -> std::path::PathBuf {
    let corpus = dir.join("corpus");
    fs::create_dir_all(corpus.join("gz")).unwrap();
    let data = harness::root().join("tests/data/formats");
    for entry in fs::read_dir(&data).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), corpus.join(entry.file_name())).unwrap();
    }
    let gzip = |text: &str| {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(text.as_bytes()).unwrap();
        encoder.finish().unwrap()
    };
    fs::write(
        corpus.join("gz/tempo.txt.gz"),
        gzip("Gempa Guncang Cianjur\n\nGempa bermagnitudo 5,6 mengguncang Cianjur, Jawa Barat, pada Senin siang dan merusak ratusan rumah warga.\n"),
    )
    .unwrap();
    fs::write(
        corpus.join("gz/detik.jsonl.gz"),
        gzip(concat!(
            r#"{"title":"Vaksinasi Polio Serentak di Jawa Tengah","text":"Dinas Kesehatan Jawa Tengah memulai vaksinasi polio serentak untuk anak usia nol sampai tujuh tahun di seluruh kabupaten.","date":"2024-01-15","url":"https://health.detik.com/berita/polio"}"#,
            "\n"
        )),
    )
    .unwrap();
    fs::write(corpus.join("scan.pdf"), b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n").unwrap();
    corpus
}

fn hit_for<'a>(json: &'a serde_json::Value, doc: &str) -> &'a serde_json::Value {
    json["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .find(|h| h["doc"] == doc)
        .unwrap_or_else(|| panic!("no hit of {doc}: {json}"))
}

#[test]
fn every_format_is_indexed_with_its_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = archive(dir.path());
    let index = dir.path().join("index");
    let out = index_cli(&corpus, &index, &[]);
    let summary = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{summary}");
    // 3 good records of 4 lines, 2 of the array, 1 per other file (6).
    assert!(summary.contains("indexed 11 articles"), "{summary}");
    // The truncated record is skipped with its line; the PDF is named as unread.
    assert!(
        summary.contains("kompas.jsonl: record on line 3: not JSON"),
        "{summary}"
    );
    assert!(
        summary.contains("scan.pdf: not a format cari reads (.pdf)"),
        "{summary}"
    );

    // JSON Lines: doc by line, or by id; metadata from the scraper's field names.
    let json = search_answer(&index, &["beras Cipinang"]);
    let hit = hit_for(&json, "kompas.jsonl#1");
    assert_eq!(
        hit["title"],
        "Harga Beras Naik Jelang Ramadan, Pedagang Pasar Induk Cipinang Mengeluh"
    );
    assert_eq!(hit["date"], "2024-02-29T09:15:00");
    assert_eq!(hit["source"], "www.kompas.com");
    assert_eq!(
        hit["url"],
        "https://www.kompas.com/ekonomi/read/2024/02/29/harga-beras-naik"
    );
    assert_eq!(
        hit["authors"],
        serde_json::json!(["Andi Saputra", "Rina Kusuma"])
    );
    assert_eq!(hit["lang"], "id");
    let json = search_answer(&index, &["Shin Tae-yong"]);
    let hit = hit_for(&json, "kompas.jsonl#kompas-bola-8812");
    assert_eq!(hit["source"], "Kompas.com");
    assert_eq!(hit["date"], "2024-03-21T22:05:00+07:00");
    assert_eq!(
        hit["authors"],
        serde_json::json!(["Dimas Wahyu", "Fajar Nugroho"])
    );
    // A record without a source is of its URL's site.
    let json = search_answer(&index, &["Tambak Lorok"]);
    assert_eq!(
        hit_for(&json, "kompas.jsonl#2")["source"],
        "regional.kompas.com"
    );

    // A JSON array: records by position, authors as objects.
    let json = search_answer(&index, &["Conseil constitutionnel retraites"]);
    let hit = hit_for(&json, "lemonde.json#1");
    assert_eq!(
        hit["authors"],
        serde_json::json!(["Claire Dubois", "Jean Martin"])
    );
    assert_eq!(hit["source"], "Le Monde");
    assert_eq!(hit["lang"], "fr");

    // Markdown: front matter, markup stripped, code and images gone.
    let json = search_answer(&index, &["Grand Palais"]);
    let hit = hit_for(&json, "sommet-ia.md");
    assert_eq!(
        hit["title"],
        "Sommet pour l'action sur l'intelligence artificielle à Paris"
    );
    assert_eq!(hit["date"], "2025-02-11");
    assert_eq!(hit["source"], serde_json::Value::Null);
    assert!(
        hit["text"]
            .as_str()
            .unwrap()
            .contains("sur l'intelligence artificielle s'est")
    );
    let (out, _) = harness::search_json(&index, &["curl"]);
    assert_eq!(out.status.code(), Some(1), "code blocks are not text");

    // HTML, named or not, and an extensionless text file.
    let json = search_answer(&index, &["Whoosh okupansi"]);
    let hit = hit_for(&json, "antara.html");
    assert_eq!(
        hit["title"],
        "Kereta Cepat Whoosh Angkut Lima Juta Penumpang"
    );
    assert_eq!(hit["source"], "ANTARA News");
    assert_eq!(hit["date"], "2024-05-14T13:20:00+07:00");
    let (out, _) = harness::search_json(&index, &["Beranda"]);
    assert_eq!(out.status.code(), Some(1), "navigation is not text");
    let json = search_answer(&index, &["contrôleurs SNCF"]);
    assert_eq!(
        hit_for(&json, "page-sans-extension")["title"],
        "Grève à la SNCF"
    );
    let json = search_answer(&index, &["Jayapura"]);
    assert_eq!(
        hit_for(&json, "catatan-pemilu")["title"],
        "Pemilu 2024 Berlangsung Damai di Papua"
    );

    // Gzip, of text and of JSON Lines.
    let json = search_answer(&index, &["Cianjur"]);
    assert_eq!(
        hit_for(&json, "gz/tempo.txt.gz")["title"],
        "Gempa Guncang Cianjur"
    );
    let json = search_answer(&index, &["polio"]);
    assert_eq!(
        hit_for(&json, "gz/detik.jsonl.gz#1")["source"],
        "health.detik.com"
    );

    // The text output: date and source before the title.
    let out = cari(
        &harness::root(),
        &[
            "search",
            "--index",
            &index.to_string_lossy(),
            "Shin Tae-yong",
            "-n",
            "1",
        ],
    );
    assert!(
        stdout(&out).starts_with("1. kompas.jsonl#kompas-bola-8812#2 [id] 2024-03-21T22:05:00+07:00 · Kompas.com · Timnas Indonesia Menang"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_changed_json_lines_file_has_its_records_read_again() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    let record = |title: &str, text: &str| {
        format!(r#"{{"title":"{title}","text":"{text}","url":"https://contoh.id/{title}"}}"#)
    };
    let file = corpus.join("feed.jsonl");
    let first = [
        record(
            "Satu",
            "Pelabuhan Tanjung Priok menambah dermaga baru untuk kapal kontainer.",
        ),
        record(
            "Dua",
            "Bandara Kualanamu melayani penerbangan langsung ke Singapura.",
        ),
    ];
    fs::write(&file, first.join("\n")).unwrap();
    let index = dir.path().join("index");
    assert_eq!(index_cli(&corpus, &index, &[]).status.code(), Some(0));
    assert_eq!(search_answer(&index, &["Kualanamu"])["total_hits"], 1);

    // The second record goes, a third comes; the file is the same size or not.
    let second = [
        record(
            "Satu",
            "Pelabuhan Tanjung Priok menambah dermaga baru untuk kapal kontainer.",
        ),
        record(
            "Tiga",
            "Stasiun Manggarai menjadi stasiun sentral di Jakarta tahun depan.",
        ),
    ];
    fs::write(&file, second.join("\n")).unwrap();
    let out = index_cli(&corpus, &index, &[]);
    assert!(stderr(&out).contains("1 changed"), "{}", stderr(&out));
    assert_eq!(search_answer(&index, &["Kualanamu"])["total_hits"], 0);
    let json = search_answer(&index, &["Manggarai"]);
    assert_eq!(json["hits"][0]["doc"], "feed.jsonl#2");
    assert_eq!(
        search_answer(&index, &["Priok"])["total_hits"],
        1,
        "not doubled"
    );
}

#[test]
fn extract_prints_what_the_importer_reads() {
    let data = harness::root().join("tests/data/formats");
    let path = data.join("kompas.jsonl");
    let out = cari(
        &harness::root(),
        &["extract", "--json", &path.to_string_lossy()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let records: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(records.len(), 3);
    let first = &records[0];
    for key in ["title", "date", "author", "site", "url", "lang", "text"] {
        assert!(first.get(key).is_some(), "{key}: {first}");
    }
    assert_eq!(first["author"], "Andi Saputra, Rina Kusuma");
    assert_eq!(first["site"], "www.kompas.com");
    assert_eq!(first["lang"], "id");
    let text = first["text"].as_str().unwrap();
    assert_eq!(text.split("\n\n").count(), 4, "{text}");
    assert!(
        stderr(&out).contains("record on line 3"),
        "{}",
        stderr(&out)
    );

    // Text mode, for a person.
    let page = data.join("antara.html");
    let out = cari(&harness::root(), &["extract", &page.to_string_lossy()]);
    let text = stdout(&out);
    assert!(
        text.contains("title: Kereta Cepat Whoosh Angkut Lima Juta Penumpang"),
        "{text}"
    );
    assert!(text.contains("site: ANTARA News"), "{text}");
    assert!(text.contains("author: Lestari Wulandari"), "{text}");
    assert!(!text.contains("Beranda"), "{text}");

    // A file it can't read: exit 2, one line.
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("scan.pdf");
    fs::write(&pdf, b"%PDF-1.7\n").unwrap();
    let out = cari(&harness::root(), &["extract", &pdf.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("not a format cari reads (.pdf)"));
    let out = cari(&harness::root(), &["extract", "no-such-file.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("cari: cannot read no-such-file.txt"));
}
