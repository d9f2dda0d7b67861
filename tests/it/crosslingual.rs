//! French and Indonesian queries that reach an English article: their words are also
//! read into English (`grève` → `strike`, `perawat` → `nurse`), and the English
//! translations meet the article's inflected words (`nurses`, `hospitals`).
//!
//! A small corpus written here: an English article on a nurses' strike, and a French
//! and an Indonesian article that share one word of the queries, not their topic.

use serde_json::Value;

use crate::harness::{corpus_index, index_dir, search_answer};

const NURSES_STRIKE: &str = "\
Nurses walk out at public hospitals over unpaid allowances

Published: 2026-03-09

MANCHESTER — Thousands of nurses at public hospitals across the north-west of England \
walked off the job on Monday, the first full day of a strike called by their union over \
allowances it says have gone unpaid since the autumn.

Hospital managers cancelled planned operations and outpatient appointments at eleven \
sites, and emergency departments asked patients with minor injuries to go to pharmacies \
or walk-in centres instead. Picket lines formed before dawn outside the main entrances.

The nurses say night-shift and weekend allowances agreed last year have not appeared in \
their pay for five months. Many of them work extra shifts to cover for colleagues who \
left, and say the staff shortage has made the wards unsafe.

Health officials said talks would resume on Thursday and that the money would be paid \
\"as soon as the payroll system allows\". The union said the strike would continue until \
every nurse had been paid what she is owed.
";

const RAIL_STRIKE: &str = "\
Les contrôleurs de la SNCF en grève ce week-end

Publié le 7 mars 2026

Les syndicats de contrôleurs ont appelé à une grève de quarante-huit heures à partir de \
samedi, en pleine période de départs en vacances. La direction prévoit deux trains sur \
trois sur les lignes TGV et conseille aux voyageurs de reporter leur trajet.

Les contrôleurs réclament une prime liée aux contrôles de nuit et des recrutements sur \
les lignes régionales, où les effectifs ont baissé depuis trois ans.
";

const FLOODS: &str = "\
Banjir rendam ratusan rumah di Bekasi

Diterbitkan 8 Maret 2026

Hujan deras sejak Minggu malam membuat sungai meluap dan merendam ratusan rumah warga di \
Bekasi. Petugas mengevakuasi warga lanjut usia ke masjid dan sekolah terdekat, sementara \
sebuah rumah sakit daerah memindahkan pasien dari lantai dasar.

Warga berharap pemerintah segera memperbaiki tanggul yang jebol tahun lalu.
";

fn corpus() -> tempfile::TempDir {
    corpus_index(&[
        ("en/nurses_strike.txt", NURSES_STRIKE),
        ("fr/greve_sncf.txt", RAIL_STRIKE),
        ("id/banjir_bekasi.txt", FLOODS),
    ])
}

/// The article of the first hit of `query`.
fn first_doc(json: &Value) -> String {
    json["hits"]
        .as_array()
        .and_then(|hits| hits.first())
        .and_then(|hit| hit["doc"].as_str())
        .unwrap_or("(no hit)")
        .to_string()
}

fn english_translations(json: &Value) -> Vec<String> {
    json["expansion"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|unit| unit["translations"]["en"].as_array().into_iter().flatten())
        .filter_map(|t| t.as_str().map(str::to_string))
        .collect()
}

#[test]
fn a_french_query_finds_an_english_article() {
    let dir = corpus();
    let json = search_answer(
        &index_dir(&dir),
        &["grève des infirmières dans les hôpitaux"],
    );
    assert!(first_doc(&json).ends_with("nurses_strike.txt"), "{json:#}");
    let english = english_translations(&json);
    assert!(english.iter().any(|t| t == "nurse"), "{english:?}");
    assert!(english.iter().any(|t| t == "strike"), "{english:?}");
}

#[test]
fn an_indonesian_query_finds_an_english_article() {
    let dir = corpus();
    let json = search_answer(&index_dir(&dir), &["pemogokan perawat rumah sakit"]);
    assert!(first_doc(&json).ends_with("nurses_strike.txt"), "{json:#}");
    assert!(
        english_translations(&json).iter().any(|t| t == "nurse"),
        "{json:#}"
    );
}

#[test]
fn an_english_query_takes_no_english_senses() {
    // `strike` is English: read as French or Indonesian it has no other sense to add.
    let dir = corpus();
    let json = search_answer(&index_dir(&dir), &["nurses strike"]);
    assert!(first_doc(&json).ends_with("nurses_strike.txt"), "{json:#}");
    assert!(english_translations(&json).is_empty(), "{json:#}");
}
