//! Quotations and their speakers on the seeds, and `cari ask` run as a process.

use crate::harness::{self, cari, stderr, stdout};
use cari::ask::quotations;
use cari::corpus::read_corpus;
use serde_json::Value;

/// Every quotation of the seeds (file, first words) and the speaker it must be given;
/// `None` where the article doesn't establish who spoke.
const SEED_QUOTATIONS: [(&str, &str, Option<&str>); 23] = [
    ("000", "Mereka membahas visi", Some("Sung Tae-yoon")),
    ("000", "Presiden mengatakan bahwa", Some("Sung Tae-yoon")),
    (
        "001",
        "Nous avons eu une conversation",
        Some("Mark Zuckerberg"),
    ),
    // "a confié le créateur de Facebook": the article never says who that is.
    ("001", "Nous avons eu une conversation", None),
    ("001", "Aujourd'hui, je rapproche", Some("Mark Zuckerberg")),
    ("002", "Setiap restoran", Some("Jensen Huang")),
    (
        "002",
        "…seperti halnya setiap bisnis",
        Some("Mark Zuckerberg"),
    ),
    ("002", "Kalian telah melakukan", Some("Jensen Huang")),
    (
        "002",
        "Kami semua menggunakan Pytorch",
        Some("Jensen Huang"),
    ),
    ("002", "Salah satu hal", Some("Mark Zuckerberg")),
    ("002", "Seiring dengan semakin", Some("Mark Zuckerberg")),
    ("002", "Saya merasa seperti", Some("Jensen Huang")),
    ("002", "Bayangkan saya duduk", Some("Jensen Huang")),
    ("002", "AI masa kini", Some("Jensen Huang")),
    ("002", "Nah, ini milikmu", Some("Mark Zuckerberg")),
    ("002", "Ini lebih berharga", Some("Mark Zuckerberg")),
    ("003", "Mereka memiliki kemajuan", Some("Mark Zuckerberg")),
    ("003", "Mungkin masih terlalu dini", Some("Mark Zuckerberg")),
    ("003", "Jika ada, beberapa berita", Some("Mark Zuckerberg")),
    ("003", "Pada titik ini", Some("Mark Zuckerberg")),
    ("003", "Ada standar open-source", Some("Mark Zuckerberg")),
    // "Kami menganggap…" continues the one before; "Kami sekarang…" is "katanya".
    ("003", "Kami menganggap hal ini", Some("Mark Zuckerberg")),
    ("003", "Kami sekarang memiliki", Some("Mark Zuckerberg")),
];

#[test]
fn every_quotation_of_the_seeds_has_the_right_speaker_or_none() {
    let corpus = read_corpus(&harness::seeds()).unwrap();
    let mut found = Vec::new();
    for article in &corpus.articles {
        let texts: Vec<&str> = article.passages.iter().map(|p| p.text.as_str()).collect();
        for q in quotations(&texts) {
            found.push((article.doc[..3].to_string(), q.text, q.speaker));
        }
    }
    // Scare quotes ("Amerika", "titik balik", "berusia dua jam") are not quotations.
    assert!(
        found
            .iter()
            .all(|(_, text, _)| text.split_whitespace().count() >= 2)
    );
    for (doc, start, speaker) in SEED_QUOTATIONS {
        let matching: Vec<&(String, String, Option<String>)> = found
            .iter()
            .filter(|(d, text, _)| d == doc && text.starts_with(start))
            .collect();
        assert!(
            !matching.is_empty(),
            "{doc} {start}: not found in {found:#?}"
        );
        assert!(
            matching.iter().any(|(_, _, s)| s.as_deref() == speaker),
            "{doc} {start}: {:?}, expected {speaker:?}",
            matching.iter().map(|m| &m.2).collect::<Vec<_>>()
        );
    }
    assert_eq!(found.len(), SEED_QUOTATIONS.len(), "{found:#?}");
}

fn ask_json(question: &str) -> Value {
    let dir = harness::seeds_index();
    let out = cari(
        &harness::root(),
        &[
            "ask",
            "--json",
            "--index",
            &dir.path().to_string_lossy(),
            question,
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("one JSON object")
}

#[test]
fn what_zuckerberg_said_about_deepseek() {
    let json = ask_json("what did Zuckerberg say about DeepSeek");
    assert_eq!(json["question"], "what did Zuckerberg say about DeepSeek");
    assert_eq!(json["kind"], "said");
    assert_eq!(json["speaker"], "Zuckerberg");
    assert_eq!(json["topic"], "DeepSeek");
    let answers = json["answers"].as_array().unwrap();
    let first_two: Vec<&str> = answers[..2]
        .iter()
        .map(|a| a["quote"].as_str().unwrap())
        .collect();
    assert!(
        first_two[0].starts_with("Mereka memiliki kemajuan"),
        "{first_two:?}"
    );
    assert!(
        first_two[1].starts_with("Mungkin masih terlalu dini"),
        "{first_two:?}"
    );
    for answer in answers {
        assert_eq!(answer["speaker"], "Mark Zuckerberg");
        assert_eq!(answer["doc"], "003_af2ef9ff66d7eef8.txt");
        assert_eq!(answer["lang"], "id");
        assert!(answer["title"].as_str().unwrap().contains("DeepSeek"));
        assert!(answer["passage"].is_u64());
        assert!(answer["score"].as_f64().unwrap() > 0.0);
        let text = answer["text"].as_str().unwrap();
        assert!(text.contains(answer["quote"].as_str().unwrap()));
    }
    let hits = json["hits"].as_array().unwrap();
    assert!(!hits.is_empty());
    for key in [
        "rank",
        "score",
        "doc",
        "title",
        "lang",
        "passage",
        "text",
        "snippet",
        "highlights",
    ] {
        assert!(hits[0].get(key).is_some(), "hit without {key}");
    }
}

#[test]
fn questions_in_indonesian_and_french() {
    let json = ask_json("apa kata Huang tentang WhatsApp");
    assert_eq!(json["speaker"], "Huang");
    let first = &json["answers"][0];
    assert_eq!(first["speaker"], "Jensen Huang");
    assert!(first["quote"].as_str().unwrap().contains("WhatsApp"));

    let json = ask_json("qu'a dit Zuckerberg sur l'intelligence artificielle");
    assert_eq!(json["kind"], "said");
    let first = &json["answers"][0];
    assert_eq!(first["speaker"], "Mark Zuckerberg");
    assert_eq!(first["lang"], "fr");
    assert!(
        first["quote"]
            .as_str()
            .unwrap()
            .contains("intelligence artificielle")
    );
}

#[test]
fn other_questions_answer_with_passages() {
    let json = ask_json("how many GPUs was Llama trained on");
    assert_eq!(json["kind"], "how_many");
    assert!(json["answers"].as_array().unwrap().is_empty());
    let first = json["hits"][0]["text"].as_str().unwrap();
    assert!(first.contains("16.000 GPU"), "{first}");
}

#[test]
fn ask_text_output_and_exit_codes() {
    let dir = harness::seeds_index();
    let index = dir.path().to_string_lossy().into_owned();
    let out = cari(
        &harness::root(),
        &[
            "ask",
            "--index",
            &index,
            "what did Zuckerberg say about DeepSeek",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("“Mereka memiliki kemajuan"), "{text}");
    assert!(
        lines[1].starts_with("   — Mark Zuckerberg, Mark Zuckerberg: Belum Waktunya"),
        "{text}"
    );
    assert!(
        lines[1].ends_with("(003_af2ef9ff66d7eef8.txt#6, id)"),
        "{text}"
    );
    assert!(stderr(&out).contains("speaker: Zuckerberg"));

    let out = cari(
        &harness::root(),
        &[
            "ask",
            "--index",
            &index,
            "what did Xylofon say about Quokka",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
}
