//! Results as a news reader expects them: filters by date and site inside the index
//! search, sorting by date, paging, at most two passages per article, copies of one
//! story folded, counts and facets, `cari stats`, and `ask` with the same filters.
//!
//! The archive: a few written articles (`tests/data/results/news.jsonl`: one story
//! published twice with small edits, others on the same people, one without a date),
//! plus flood reports generated here with dates and sites of their own.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::harness::{self, cari, index_dir, search_answer, search_json, stderr, stdout};

const NEWS: &str = "tests/data/results/news.jsonl";

/// Words of the generated flood reports, drawn apart so that no two reports share
/// runs of words (they are different stories, never folded).
const WORDS: &[&str] = &[
    "warga",
    "desa",
    "sungai",
    "hujan",
    "deras",
    "jalan",
    "rumah",
    "sekolah",
    "petugas",
    "pengungsi",
    "bantuan",
    "makanan",
    "perahu",
    "tanggul",
    "jebol",
    "air",
    "naik",
    "malam",
    "pagi",
    "kecamatan",
    "kabupaten",
    "relawan",
    "listrik",
    "padam",
    "sawah",
    "terendam",
    "ternak",
    "hanyut",
    "lumpur",
    "jembatan",
    "putus",
    "posko",
    "dapur",
    "umum",
    "selimut",
    "obat",
    "anak",
    "lansia",
    "evakuasi",
    "tim",
    "gabungan",
    "cuaca",
    "ekstrem",
    "peringatan",
    "dini",
    "pompa",
    "saluran",
    "tersumbat",
    "sampah",
    "gubernur",
    "bupati",
    "kerugian",
];

/// A small deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn word(&mut self) -> &'static str {
        WORDS[(self.next() % WORDS.len() as u64) as usize]
    }

    fn sentence(&mut self, words: usize) -> String {
        let mut s: Vec<&str> = (0..words).map(|_| self.word()).collect();
        s.push("banjir");
        // The word of the query somewhere in the sentence.
        let at = (self.next() % s.len() as u64) as usize;
        let last = s.len() - 1;
        s.swap(at, last);
        format!("{}.", s.join(" "))
    }
}

/// Flood reports: `n` of 2023–2024 from four sites, each with three passages holding
/// "banjir", and `rare` of 2022 from one more site, each holding it once in a long
/// passage (so that they rank below the others).
fn flood_reports(n: usize, rare: usize) -> String {
    let mut rng = Rng(20_240_229);
    let sites = ["kompas.com", "detik.com", "tempo.co", "antaranews.com"];
    let mut lines = String::new();
    for i in 0..n + rare {
        let (date, source, passages) = if i < n {
            let month = i % 24;
            let date = format!(
                "{}-{:02}-{:02}",
                2023 + month / 12,
                month % 12 + 1,
                1 + i % 28
            );
            let passages: Vec<String> = (0..3).map(|_| rng.sentence(9)).collect();
            (date, sites[i % sites.len()].to_string(), passages)
        } else {
            let mut long: Vec<&str> = (0..40).map(|_| rng.word()).collect();
            long.push("banjir");
            let filler: Vec<&str> = (0..12).map(|_| rng.word()).collect();
            (
                format!("2022-{:02}-15", 1 + i % 12),
                "rare.example".to_string(),
                vec![
                    format!("{}.", long.join(" ")),
                    format!("{}.", filler.join(" ")),
                ],
            )
        };
        let record = serde_json::json!({
            "id": format!("banjir-{i}"),
            "title": format!("Laporan {i}"),
            "date": date,
            "source": source,
            "text": passages.join("\n\n"),
        });
        lines.push_str(&format!("{record}\n"));
    }
    lines
}

/// The archive: the written articles and the flood reports, indexed.
fn archive() -> tempfile::TempDir {
    let news = fs::read_to_string(harness::root().join(NEWS)).unwrap();
    let floods = flood_reports(60, 12);
    harness::corpus_index(&[("news.jsonl", &news), ("banjir.jsonl", &floods)])
}

fn hits(json: &Value) -> &Vec<Value> {
    json["hits"].as_array().expect("a hits array")
}

fn docs(json: &Value) -> Vec<String> {
    hits(json)
        .iter()
        .map(|h| h["doc"].as_str().unwrap().to_string())
        .collect()
}

fn search(index: &Path, args: &[&str]) -> Value {
    search_answer(index, args)
}

#[test]
fn date_and_site_filters_keep_only_what_they_name() {
    let dir = archive();
    let index = index_dir(&dir);
    let dates = |json: &Value| -> Vec<String> {
        hits(json)
            .iter()
            .map(|h| h["date"].as_str().expect("a dated hit")[..10].to_string())
            .collect()
    };
    // A month is the whole month; the undated article never passes.
    let json = search(
        &index,
        &["--since", "2024-02", "--limit", "50", "Zuckerberg"],
    );
    let found = dates(&json);
    assert!(!found.is_empty());
    assert!(
        found.iter().all(|d| d.as_str() >= "2024-02-01"),
        "{found:?}"
    );
    assert!(!docs(&json).iter().any(|d| d.contains("undated")));
    let json = search(&index, &["--until", "2023", "--limit", "50", "Zuckerberg"]);
    assert_eq!(dates(&json), ["2023-11-10", "2023-11-10"]);
    let json = search(
        &index,
        &[
            "--since",
            "2024-02-27",
            "--until",
            "2024-02-27",
            "Zuckerberg",
        ],
    );
    assert!(
        docs(&json).iter().all(|d| d == "news.jsonl#kishida"),
        "{json}"
    );
    assert!(!hits(&json).is_empty());

    // Sites: any case, with or without www.; several.
    let json = search(
        &index,
        &["--source", "KOMPAS.com", "--limit", "50", "Zuckerberg"],
    );
    let mut found = docs(&json);
    found.sort();
    found.dedup();
    assert_eq!(found, ["news.jsonl#undated", "news.jsonl#yoon-meta"]);
    let json = search(
        &index,
        &[
            "--source",
            "tempo.co",
            "--source",
            "lemonde.fr",
            "--limit",
            "50",
            "Zuckerberg",
        ],
    );
    let sources: Vec<&str> = hits(&json)
        .iter()
        .map(|h| h["source"].as_str().unwrap())
        .collect();
    assert!(
        sources.contains(&"tempo.co") && sources.contains(&"lemonde.fr"),
        "{sources:?}"
    );
    assert!(
        sources
            .iter()
            .all(|s| ["tempo.co", "lemonde.fr"].contains(s))
    );
    // A site the index doesn't hold matches nothing: exit 1.
    let (out, json) = search_json(&index, &["--source", "nowhere.example", "Zuckerberg"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json["total_hits"], 0);
}

#[test]
fn a_narrow_filter_still_fills_the_page() {
    let dir = archive();
    let index = index_dir(&dir);
    // The twelve reports of 2022 rank below the 180 passages of the others: without
    // the filter none of them is among the first 100.
    let all = search(&index, &["--limit", "100", "--per-article", "0", "banjir"]);
    assert!(hits(&all).iter().all(|h| h["source"] != "rare.example"));
    let json = search(&index, &["--since", "2022", "--until", "2022", "banjir"]);
    assert_eq!(hits(&json).len(), 10, "{json}");
    assert!(hits(&json).iter().all(|h| h["source"] == "rare.example"));
    assert_eq!(
        (json["total_hits"].as_u64(), json["total_articles"].as_u64()),
        (Some(12), Some(12))
    );
}

#[test]
fn relative_dates_count_back_from_today() {
    let today = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
        / 86_400;
    let day = |back: i64| {
        let (y, m, d) = cari::index::civil_from_days(today - back);
        format!("{y:04}-{m:02}-{d:02}")
    };
    let record = |id: &str, date: String, text: &str| {
        format!(
            "{}\n",
            serde_json::json!({"id": id, "title": id, "date": date, "source": "voi.id", "text": text})
        )
    };
    let corpus = record(
        "recent",
        day(3),
        "Gempa berkekuatan 5,1 mengguncang Cianjur pada Senin pagi, warga berhamburan keluar rumah.",
    ) + &record(
        "older",
        day(40),
        "Gempa susulan kembali terasa di Cianjur, petugas meminta warga menjauhi bangunan retak.",
    );
    let dir = harness::corpus_index(&[("recent.jsonl", &corpus)]);
    let index = index_dir(&dir);
    assert_eq!(
        docs(&search(&index, &["--since", "7d", "gempa"])),
        ["recent.jsonl#recent"]
    );
    assert_eq!(
        docs(&search(&index, &["--until", "1m", "gempa"])),
        ["recent.jsonl#older"]
    );
    assert_eq!(
        search(&index, &["--since", "1y", "gempa"])["total_articles"],
        2
    );

    // A date that isn't one: exit 2, the forms it takes said.
    let out = cari(
        &harness::root(),
        &[
            "search",
            "--index",
            &index.to_string_lossy(),
            "--since",
            "kemarin",
            "gempa",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("`kemarin` is not a date") && err.contains("7d"),
        "{err}"
    );
}

#[test]
fn sorting_by_date_puts_the_newest_first_and_the_undated_last() {
    let dir = archive();
    let index = index_dir(&dir);
    let json = search(&index, &["--sort", "date", "--limit", "50", "Zuckerberg"]);
    let dates: Vec<Option<&str>> = hits(&json).iter().map(|h| h["date"].as_str()).collect();
    let dated: Vec<&str> = dates.iter().map_while(|d| *d).collect();
    assert!(dated.len() >= 4, "{dates:?}");
    assert!(
        dated.windows(2).all(|w| w[0][..10] >= w[1][..10]),
        "{dates:?}"
    );
    assert!(
        dates[dated.len()..].iter().all(Option::is_none),
        "{dates:?}"
    );
    // The newest copy of the Seoul story leads (the other is folded into it).
    assert_eq!(dated[0], "2024-03-01");
    assert_eq!(
        hits(&json)[0]["also"][0]["date"],
        "2024-02-29T10:30:00+09:00"
    );
    // Ties by score: the relevance order within one article's day.
    let scores: Vec<f64> = hits(&json)
        .iter()
        .take_while(|h| h["date"] == dated[0])
        .map(|h| h["score"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
}

#[test]
fn the_next_page_continues_the_first_exactly() {
    let dir = archive();
    let index = index_dir(&dir);
    let key = |h: &Value| {
        (
            h["doc"].to_string(),
            h["passage"].to_string(),
            h["score"].to_string(),
            h["more_in_article"].to_string(),
            h["also"].to_string(),
        )
    };
    for extra in [&[][..], &["--sort", "date"], &["--since", "2024"]] {
        let with = |args: &[&str]| {
            let mut all = extra.to_vec();
            all.extend_from_slice(args);
            all.push("banjir");
            search(&index, &all)
        };
        let twenty: Vec<_> = hits(&with(&["--limit", "20"])).iter().map(key).collect();
        let first: Vec<_> = hits(&with(&["--limit", "10"])).iter().map(key).collect();
        let second = with(&["--limit", "10", "--offset", "10"]);
        assert_eq!(twenty.len(), 20);
        assert_eq!(first[..], twenty[..10], "{extra:?}");
        let second_keys: Vec<_> = hits(&second).iter().map(key).collect();
        assert_eq!(second_keys[..], twenty[10..], "{extra:?}");
        // Ranks go on from the first page.
        assert_eq!(hits(&second)[0]["rank"], 11);
    }
}

#[test]
fn an_article_shows_two_passages_and_counts_the_others() {
    let dir = archive();
    let index = index_dir(&dir);
    let of = |json: &Value, doc: &str| -> Vec<Value> {
        hits(json)
            .iter()
            .filter(|h| h["doc"] == doc)
            .cloned()
            .collect()
    };
    let yoon = "news.jsonl#yoon-meta";
    // Six passages of the article hold Zuckerberg or Meta; two shown, four counted.
    // (Its copy is shown apart, not folded: this is about one article's passages.)
    let json = search(&index, &["--limit", "50", "--no-fold", "Zuckerberg Meta"]);
    let shown = of(&json, yoon);
    assert_eq!(shown.len(), 2, "{json}");
    let matched = of(
        &search(
            &index,
            &[
                "--limit",
                "50",
                "--per-article",
                "0",
                "--no-fold",
                "Zuckerberg Meta",
            ],
        ),
        yoon,
    )
    .len();
    assert!(matched >= 5, "{matched}");
    assert_eq!(shown[0]["more_in_article"], matched - 2);
    assert_eq!(shown[1]["more_in_article"], 0);
    let json = search(
        &index,
        &[
            "--limit",
            "50",
            "--per-article",
            "1",
            "--no-fold",
            "Zuckerberg Meta",
        ],
    );
    assert_eq!(of(&json, yoon).len(), 1);
    assert_eq!(of(&json, yoon)[0]["more_in_article"], matched - 1);

    let out = cari(
        &harness::root(),
        &[
            "search",
            "--index",
            &index.to_string_lossy(),
            "--limit",
            "50",
            "--no-fold",
            "Zuckerberg Meta",
        ],
    );
    let text = stdout(&out);
    assert!(
        text.contains(&format!("+{} more passages in this article", matched - 2)),
        "{text}"
    );
}

#[test]
fn copies_of_one_story_fold_into_one_result() {
    let dir = archive();
    let index = index_dir(&dir);
    let json = search(&index, &["--limit", "50", "Yoon Zuckerberg"]);
    // One of the two copies leads (the one that ranks first), the other is listed
    // under it and not shown.
    let copies = ["news.jsonl#yoon-meta", "news.jsonl#yoon-meta-copy"];
    let found = docs(&json);
    let shown: Vec<&str> = copies
        .into_iter()
        .filter(|c| found.contains(&c.to_string()))
        .collect();
    assert_eq!(shown, ["news.jsonl#yoon-meta-copy"], "{found:?}");
    let lead = hits(&json).iter().find(|h| h["doc"] == shown[0]).unwrap();
    assert_eq!(
        lead["also"],
        serde_json::json!([{
            "doc": "news.jsonl#yoon-meta",
            "source": "www.Kompas.com",
            "url": "https://www.kompas.com/tren/read/2024/02/29/yoon-zuckerberg",
            "date": "2024-02-29T10:30:00+09:00",
        }])
    );
    // Only on the article's first hit.
    let second = hits(&json).iter().filter(|h| h["doc"] == shown[0]).nth(1);
    assert!(second.is_none_or(|h| h["also"] == serde_json::json!([])));
    // Other articles on Zuckerberg are other stories.
    for other in ["news.jsonl#meta-llama", "news.jsonl#kishida"] {
        assert!(
            docs(&search(&index, &["--limit", "50", "Zuckerberg"])).contains(&other.to_string()),
            "{other}"
        );
    }
    let unfolded = docs(&search(
        &index,
        &["--limit", "50", "--no-fold", "Yoon Zuckerberg"],
    ));
    assert!(copies.iter().all(|c| unfolded.contains(&c.to_string())));

    let out = cari(
        &harness::root(),
        &[
            "search",
            "--index",
            &index.to_string_lossy(),
            "Yoon Zuckerberg",
        ],
    );
    assert!(
        stdout(&out)
            .contains("also: news.jsonl#yoon-meta (www.Kompas.com, 2024-02-29T10:30:00+09:00)"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn counts_and_facets_say_how_much_matched() {
    let dir = archive();
    let index = index_dir(&dir);
    let json = search(&index, &["--facets", "Zuckerberg"]);
    // total_hits keeps its meaning: passages.
    let all = search(
        &index,
        &[
            "--per-article",
            "0",
            "--no-fold",
            "--limit",
            "100",
            "Zuckerberg",
        ],
    );
    assert_eq!(json["total_hits"], hits(&all).len());
    assert_eq!(json["total_articles"], 5);
    assert_eq!(
        json["facets"],
        serde_json::json!({
            "lang": {"fr": 1, "id": 4},
            "source": {"detik.com": 1, "kompas.com": 2, "lemonde.fr": 1, "tempo.co": 1},
            "month": {"2023-11": 1, "2024-02": 2, "2024-03": 1},
        })
    );
    // No facets unless asked.
    assert!(search(&index, &["Zuckerberg"]).get("facets").is_none());

    let out = cari(
        &harness::root(),
        &[
            "search",
            "--index",
            &index.to_string_lossy(),
            "--facets",
            "Zuckerberg",
        ],
    );
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{} passages in 5 articles", json["total_hits"])),
        "{err}"
    );
    assert!(err.contains("  lang    id 4, fr 1"), "{err}");
    assert!(
        err.contains("  month   2023-11 1, 2024-02 2, 2024-03 1"),
        "{err}"
    );
}

#[test]
fn stats_tell_what_the_index_holds() {
    let dir = archive();
    let index = index_dir(&dir);
    let index_arg = index.to_string_lossy().to_string();
    let out = cari(
        &harness::root(),
        &["stats", "--index", &index_arg, "--json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["articles"], 5 + 60 + 12);
    assert_eq!(json["first_date"], "2022-01-15");
    assert_eq!(json["last_date"], "2024-12-24");
    assert_eq!(json["undated_articles"], 1);
    assert_eq!(json["source"]["rare.example"]["articles"], 12);
    assert_eq!(json["source"]["rare.example"]["passages"], 24);
    assert_eq!(json["month"]["2022-03"]["articles"], 1);
    assert_eq!(json["lang"]["fr"]["articles"], 1);
    let passages: u64 = json["lang"]
        .as_object()
        .unwrap()
        .values()
        .map(|c| c["passages"].as_u64().unwrap())
        .sum();
    assert_eq!(json["passages"], passages);

    let out = cari(&harness::root(), &["stats", "--index", &index_arg]);
    let text = stdout(&out);
    assert!(
        text.starts_with(&format!("77 articles, {passages} passages\n")),
        "{text}"
    );
    assert!(text.contains("dates: 2022-01-15 to 2024-12-24"), "{text}");
}

#[test]
fn ask_takes_the_same_filters() {
    let dir = archive();
    let index = index_dir(&dir);
    let index_arg = index.to_string_lossy().to_string();
    let ask = |args: &[&str]| -> Value {
        let mut all = vec!["ask", "--json", "--index", &index_arg];
        all.extend_from_slice(args);
        all.push("what did Zuckerberg say about artificial intelligence");
        let out = cari(&harness::root(), &all);
        assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let json = ask(&["--source", "lemonde.fr"]);
    assert!(!hits(&json).is_empty());
    assert!(
        hits(&json).iter().all(|h| h["source"] == "lemonde.fr"),
        "{json}"
    );
    let json = ask(&["--until", "2023-12"]);
    assert!(
        hits(&json)
            .iter()
            .all(|h| h["doc"] == "news.jsonl#meta-llama"),
        "{json}"
    );
    let json = ask(&["--since", "2024", "--lang", "id"]);
    assert!(
        hits(&json)
            .iter()
            .all(|h| h["lang"] == "id" && h["date"].as_str().is_some_and(|d| d >= "2024")),
        "{json}"
    );
}
