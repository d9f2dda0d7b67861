//! The `cari` binary run as a process on the seeds: output, JSON contract, exit codes.

use crate::harness::{self, cari, stderr, stdout};
use serde_json::Value;

fn index_arg(dir: &tempfile::TempDir) -> String {
    dir.path().to_string_lossy().into_owned()
}

#[test]
fn index_prints_a_summary_per_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = harness::index_cli(&harness::seeds(), dir.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("indexed 5 articles"), "{err}");
    assert!(err.contains("id: 4 articles"), "{err}");
    assert!(err.contains("fr: 1 articles"), "{err}");
    assert!(err.contains("skipped 0 files"), "{err}");
    assert!(stdout(&out).is_empty());
}

#[test]
fn search_text_shows_rank_file_language_title_and_passage() {
    let dir = harness::seeds_index();
    let out = cari(
        &harness::root(),
        &["search", "--index", &index_arg(&dir), "jaket kulit"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let first = text.lines().next().unwrap();
    assert!(first.starts_with("1. 002_d59c97ecda988dec.txt#"), "{first}");
    assert!(first.contains("[id]"));
    assert!(first.contains("CEO Meta Mark Zuckerberg Memberitahu"));
    assert!(text.contains("jaket kulit"));
    // NO_COLOR and a pipe: no escape codes.
    assert!(!text.contains('\x1b'));
}

#[test]
fn search_json_fits_the_contract() {
    let dir = harness::seeds_index();
    let (out, json) = harness::search_json(dir.path(), &["--limit", "3", "intelligence generale"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(json.is_object(), "one JSON object");
    assert_eq!(json["query"], "intelligence generale");
    assert!(json["total_hits"].as_u64().unwrap() >= 1);
    assert!(json["took_ms"].as_f64().unwrap() >= 0.0);
    let hits = json["hits"].as_array().unwrap();
    assert!(!hits.is_empty() && hits.len() <= 3);
    for (i, hit) in hits.iter().enumerate() {
        assert_eq!(hit["rank"].as_u64(), Some(i as u64 + 1));
        assert!(hit["score"].as_f64().unwrap() > 0.0);
        assert!(hit["doc"].as_str().unwrap().ends_with(".txt"));
        assert!(hit["title"].is_string());
        assert!(["id", "fr", "other"].contains(&hit["lang"].as_str().unwrap()));
        assert!(hit["passage"].is_u64());
        assert!(hit["snippet"].is_string());
        let text = hit["text"].as_str().unwrap();
        for range in hit["highlights"].as_array().unwrap() {
            let (start, end) = (
                range[0].as_u64().unwrap() as usize,
                range[1].as_u64().unwrap() as usize,
            );
            assert!(start < end && end <= text.len());
        }
    }
    let first = &hits[0];
    assert_eq!(first["doc"], "001_8d8c1ec7b0367f6a.txt");
    assert_eq!(first["lang"], "fr");
    let marked = harness::highlighted_texts(first);
    assert!(marked.iter().any(|m| m == "générale"), "{marked:?}");
}

#[test]
fn lang_restricts_the_passages() {
    let dir = harness::seeds_index();
    let json = harness::search_answer(dir.path(), &["--lang", "fr", "Zuckerberg"]);
    let hits = json["hits"].as_array().unwrap();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h["lang"] == "fr"));
}

#[test]
fn exit_codes_follow_grep() {
    let dir = harness::seeds_index();
    let index = index_arg(&dir);
    let found = cari(
        &harness::root(),
        &["search", "--index", &index, "Zuckerberg"],
    );
    assert_eq!(found.status.code(), Some(0));
    let nothing = cari(
        &harness::root(),
        &["search", "--index", &index, "xylofonkwartet"],
    );
    assert_eq!(nothing.status.code(), Some(1));
    assert!(stdout(&nothing).is_empty());
    let (json_nothing, json) = harness::search_json(dir.path(), &["xylofonkwartet"]);
    assert_eq!(json_nothing.status.code(), Some(1));
    assert!(json.is_object(), "one JSON object");
    assert_eq!(json["total_hits"], 0);

    for bad in [
        ["search", "--index", &index, "\"open source"],
        ["search", "--index", &index, "   "],
    ] {
        let out = cari(&harness::root(), &bad);
        assert_eq!(out.status.code(), Some(2));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("cari: "), "{err}");
        assert!(!err.contains("panicked"));
    }
    let missing = tempfile::tempdir().unwrap();
    let out = cari(
        &harness::root(),
        &[
            "search",
            "--index",
            &missing.path().join("nope").to_string_lossy(),
            "Zuckerberg",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no index"));
    let out = cari(
        &harness::root(),
        &["search", "--limit", "zero", "Zuckerberg"],
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn first_search_builds_the_index_from_seeds() {
    let cwd = tempfile::tempdir().unwrap();
    let seeds = cwd.path().join("seeds");
    std::fs::create_dir(&seeds).unwrap();
    for entry in std::fs::read_dir(harness::seeds()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), seeds.join(entry.file_name())).unwrap();
    }
    let out = cari(
        cwd.path(),
        &["search", "what did Zuckerberg say about DeepSeek"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("building it from seeds"));
    assert!(stdout(&out).starts_with("1. 003_af2ef9ff66d7eef8.txt"));
    // The second run uses the index it built.
    let again = cari(cwd.path(), &["search", "DeepSeek"]);
    assert_eq!(again.status.code(), Some(0));
    assert!(!stderr(&again).contains("building"));
}

#[test]
fn analyze_prints_the_tokens() {
    let out = cari(
        &harness::root(),
        &[
            "analyze",
            "--lang",
            "id",
            "--json",
            "perusahaan-perusahaan kami",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        json,
        serde_json::json!([{"term": "usaha", "position": 0, "start": 0, "end": 21}])
    );
    let out = cari(&harness::root(), &["analyze", "--lang", "fr", "l'avenir"]);
    assert_eq!(stdout(&out), "0\t2..8\taven\n");
}

#[test]
fn numbers_match_however_written_and_typos_are_forgiven() {
    let dir = harness::seeds_index();
    for query in ["16000 GPU", "16.000 GPU", "16,000 GPU"] {
        let json = harness::search_answer(dir.path(), &[query]);
        let first = json["hits"][0]["text"].as_str().unwrap();
        assert!(first.contains("16.000 GPU NVIDIA H100"), "{query}: {first}");
    }
    let json = harness::search_answer(dir.path(), &["Zuckerbrg DeepSek"]);
    let first = &json["hits"][0];
    assert_eq!(first["doc"], "003_af2ef9ff66d7eef8.txt");
    let marked = harness::highlighted_texts(first);
    assert!(marked.iter().any(|m| m == "DeepSeek"), "{marked:?}");
}

#[test]
fn translation_is_reported_and_can_be_turned_off() {
    let dir = harness::seeds_index();
    let index = index_arg(&dir);
    let query = "fake news before the elections";
    let json = harness::search_answer(dir.path(), &[query]);
    let fake = json["expansion"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["word"] == "fake")
        .expect("fake is translated");
    assert!(
        fake["translations"]["id"]
            .as_array()
            .unwrap()
            .contains(&Value::from("palsu"))
    );
    let first = json["hits"][0]["text"].as_str().unwrap();
    assert!(first.contains("melawan berita palsu"), "{first}");

    let out = cari(&harness::root(), &["search", "--index", &index, query]);
    let err = stderr(&out);
    // How the query was translated, then how much matched.
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with("translated: ") && lines[0].contains("palsu"),
        "{err}"
    );
    assert!(
        lines[1].ends_with(" articles") && lines[1].contains(" passages in "),
        "{err}"
    );

    let json = harness::search_answer(dir.path(), &["--no-translate", query]);
    assert!(json["expansion"].as_array().unwrap().is_empty());
    assert!(
        !json["hits"]
            .as_array()
            .unwrap()
            .iter()
            .take(1)
            .any(|h| h["text"].as_str().unwrap().contains("berita palsu"))
    );

    // --lang still restricts the passages' language.
    let json = harness::search_answer(
        dir.path(),
        &[
            "--lang",
            "fr",
            "conversation about the future of technology",
        ],
    );
    let hits = json["hits"].as_array().unwrap();
    assert!(hits.iter().all(|h| h["lang"] == "fr"));
    assert!(
        hits[0]["text"]
            .as_str()
            .unwrap()
            .contains("l'avenir de la technologie")
    );
}
