//! What a query means, through the binary (`cari search --json --index DIR …`): `--lang`
//! filters and never matches on its own, headlines are searchable, words in capitals
//! (`AI`, `AS`) are never filler, names match as written, Lucene-style boolean syntax,
//! spelling corrections are said, a query's size is bounded, the first page doesn't
//! depend on `--limit`, `--explain`, and quoted phrases are translated as phrases.
//!
//! The seeds, small corpora written here, and a generated one (`benches/corpus_gen`).

#[path = "../../benches/corpus_gen/mod.rs"]
mod corpus_gen;

use std::path::Path;

use crate::harness::{self, cari, highlighted_texts, search_json, stderr, stdout};
use serde_json::Value;

fn hits(json: &Value) -> &[Value] {
    json["hits"].as_array().expect("a hits array")
}

fn text(hit: &Value) -> String {
    hit["text"].as_str().expect("a text").to_string()
}

/// A hit's article title and passage: what a hit may match by, when headlines are
/// searchable.
fn title_and_text(hit: &Value) -> String {
    format!("{}\n{}", hit["title"].as_str().unwrap_or(""), text(hit))
}

/// At most the first 300 characters of `text`, for a failure message.
fn short(text: &str) -> String {
    let cut: String = text.chars().take(300).collect();
    if cut.len() < text.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

fn contains_folded(text: &str, word: &str) -> bool {
    text.to_lowercase().contains(&word.to_lowercase())
}

/// The (article, passage) of every hit, in rank order.
fn ranked(json: &Value) -> Vec<(String, u64)> {
    hits(json)
        .iter()
        .map(|h| {
            (
                h["doc"].as_str().expect("a doc").to_string(),
                h["passage"].as_u64().expect("a passage"),
            )
        })
        .collect()
}

/// `cari search --json` of `query` with `args` before it on `index`: exit code and JSON.
fn search(index: &Path, args: &[&str], query: &str) -> (i32, Value, String) {
    let mut all = args.to_vec();
    all.extend(["--", query]);
    let (out, json) = search_json(index, &all);
    let code = out.status.code().expect("an exit code, not a signal");
    let err = short(&stderr(&out));
    assert!(!err.contains("panicked"), "{}: {err}", short(query));
    (code, json, err)
}

// ---------------------------------------------------------------------------------
// 1. --lang filters; it never matches on its own.

#[test]
fn lang_alone_matches_nothing() {
    let seeds = harness::seeds_index();
    let index = seeds.path().to_string_lossy().into_owned();
    let out = cari(
        &harness::root(),
        &["search", "--lang", "fr", "--index", &index, "xyzzyqwerty"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", short(&stdout(&out)));
    assert!(stdout(&out).is_empty());

    let (code, json, _) = search(seeds.path(), &["--lang", "fr"], "xyzzyqwerty");
    assert_eq!(code, 1);
    assert_eq!(json["total_hits"], 0, "{}", short(&json.to_string()));
    assert!(hits(&json).is_empty());
}

#[test]
fn total_hits_counts_only_passages_that_match() {
    let seeds = harness::seeds_index();
    let (code, all, _) = search(seeds.path(), &["-n", "1000"], "Zuckerberg");
    assert_eq!(code, 0);
    let total = all["total_hits"].as_u64().unwrap();
    let mut per_lang = 0;
    for lang in ["fr", "id"] {
        let (code, json, _) = search(seeds.path(), &["--lang", lang, "-n", "1000"], "Zuckerberg");
        assert_eq!(code, 0, "--lang {lang}");
        let found = json["total_hits"].as_u64().unwrap();
        assert!(
            found >= 1 && found <= total,
            "--lang {lang}: {found} of {total}"
        );
        for hit in hits(&json) {
            let at = format!("{}#{}", hit["doc"], hit["passage"]);
            assert_eq!(hit["lang"], lang, "--lang {lang}: {at}");
            assert!(
                contains_folded(&title_and_text(hit), "zuckerberg"),
                "--lang {lang}: {at} doesn't match: {}",
                short(&text(hit))
            );
        }
        per_lang += found;
    }
    // A passage is in one language: the matches of each add up to at most all matches
    // (not to every passage of the language).
    assert!(
        per_lang <= total,
        "fr + id = {per_lang} > {total} without --lang"
    );
}

// ---------------------------------------------------------------------------------
// 2. Headlines are searchable.

#[test]
fn a_word_only_in_a_headline_finds_its_article() {
    const ARTICLE: &str = "002_d59c97ecda988dec.txt";
    let raw = std::fs::read_to_string(harness::seeds().join(ARTICLE)).unwrap();
    let (headline, body) = raw.split_once('\n').unwrap();
    assert!(headline.contains("Memberitahu"), "{headline}");
    // Not in its body, in no form (`beritahu` is its root).
    assert!(!contains_folded(body, "beritahu"));

    let seeds = harness::seeds_index();
    let (code, json, err) = search(seeds.path(), &[], "Memberitahu");
    assert_eq!(code, 0, "{err}");
    assert!(
        hits(&json).iter().any(|h| h["doc"] == ARTICLE),
        "{:?}",
        ranked(&json)
    );
}

// ---------------------------------------------------------------------------------
// 3. Words in capitals are never filler: `AI` (French `ai`), `AS` (Indonesian `as`).

/// News where a word in capitals that is also a stop word decides which passage is meant,
/// beside a passage richer in the query's other word.
const CAPITALS: &[(&str, &str)] = &[
    (
        "id/uni-eropa-aturan.txt",
        "Uni Eropa Sepakati Aturan Pertama untuk Kecerdasan Buatan

BRUSSEL - Negara-negara anggota Uni Eropa pada Jumat menyetujui aturan pertama di dunia yang mengatur penggunaan AI, termasuk model generatif seperti ChatGPT dan Gemini.

Aturan itu mewajibkan perusahaan teknologi menjelaskan data yang dipakai untuk melatih model mereka dan memberi label pada gambar yang dibuat mesin.

\"Ini hari bersejarah bagi kita semua,\" kata Komisaris Pasar Internal Thierry Breton kepada wartawan.
",
    ),
    (
        "id/baja-impor.txt",
        "Parlemen Setujui Kuota Baru Baja Impor

STRASBOURG - Parlemen Eropa dan Dewan Eropa sepakat memperketat kuota baja impor ke pasar Eropa mulai bulan depan.

Produsen baja dalam negeri menyambut baik keputusan itu setelah harga anjlok selama dua tahun berturut-turut.
",
    ),
    (
        "id/tekstil-tarif.txt",
        "Ekspor Tekstil Tertekan Kebijakan Dagang Washington

JAKARTA - Pemerintah AS resmi menaikkan tarif impor tekstil dan alas kaki dari Indonesia menjadi 32 persen mulai Agustus.

Asosiasi Pertekstilan Indonesia menilai tarif itu, ditambah tarif bahan baku dan tarif logistik yang terus naik, akan memukul ribuan pabrik di Jawa Barat.

Kementerian Perdagangan berjanji membuka pasar alternatif di Timur Tengah dan Afrika.
",
    ),
    (
        "fr/ai-act.txt",
        "Bruxelles précise les obligations des fournisseurs de modèles

L'AI Act, le règlement européen sur l'intelligence artificielle adopté à Bruxelles, impose depuis samedi de nouvelles obligations aux fournisseurs de modèles généralistes.

La Commission européenne a publié à Bruxelles un code de bonnes pratiques, et les entreprises qui le signeront à Bruxelles bénéficieront d'un délai de grâce, a indiqué Bruxelles.

Les amendes pourront atteindre 7 % du chiffre d'affaires mondial des entreprises concernées.
",
    ),
];

fn first_hit_highlights(index: &Path, query: &str, word: &str) -> Value {
    let (code, json, err) = search(index, &[], query);
    assert_eq!(code, 0, "{query}: {err}");
    let first = hits(&json)[0].clone();
    let marked = highlighted_texts(&first);
    assert!(
        marked.iter().any(|m| m == word),
        "{query}: first hit {}#{} highlights {marked:?}: {}",
        first["doc"],
        first["passage"],
        text(&first)
    );
    json
}

#[test]
fn ai_in_capitals_is_searched_on_the_seeds() {
    let seeds = harness::seeds_index();
    for query in ["AI", "Eropa AI"] {
        let json = first_hit_highlights(seeds.path(), query, "AI");
        // Every hit of `AI` alone holds it, highlighted.
        if query == "AI" {
            for hit in hits(&json) {
                assert!(
                    highlighted_texts(hit).iter().any(|m| m == "AI"),
                    "{}#{}: {:?}",
                    hit["doc"],
                    hit["passage"],
                    highlighted_texts(hit)
                );
            }
        }
    }
    let (_, json, _) = search(seeds.path(), &[], "Eropa AI");
    let marked = highlighted_texts(&hits(&json)[0]);
    assert!(marked.iter().any(|m| m == "Eropa"), "{marked:?}");
}

#[test]
fn words_in_capitals_outrank_passages_without_them() {
    let dir = harness::corpus_index(CAPITALS);
    let index = harness::index_dir(&dir);
    for (query, word, doc) in [
        ("Eropa AI", "AI", "id/uni-eropa-aturan.txt"),
        ("tarif AS", "AS", "id/tekstil-tarif.txt"),
        ("Bruxelles AI", "AI", "fr/ai-act.txt"),
    ] {
        // The passage holding both words first, not the one holding the other word
        // more often.
        let json = first_hit_highlights(&index, query, word);
        let first = &hits(&json)[0];
        assert_eq!(first["doc"], doc, "{query}: {:?}", ranked(&json));
        assert!(
            text(first).contains(word),
            "{query}: {}",
            short(&text(first))
        );
    }
    // `AI` alone finds it in French text too (where `ai` is a stop word), highlighted.
    let (code, json, err) = search(&index, &[], "AI");
    assert_eq!(code, 0, "{err}");
    assert!(
        hits(&json).iter().any(|h| h["doc"] == "fr/ai-act.txt"
            && text(h).contains("AI Act")
            && highlighted_texts(h).iter().any(|m| m == "AI")),
        "{:?}",
        ranked(&json)
    );
}

// ---------------------------------------------------------------------------------
// 4. Names match as written: `Meta` the company, not `met` the verb.

const META: &[(&str, &str)] = &[
    (
        "fr/meta-assistant.txt",
        "Meta lance son assistant en France

Meta a lancé jeudi en France son assistant conversationnel, intégré à WhatsApp, Instagram et Messenger, après des mois de discussions avec la CNIL.

Le groupe de Mark Zuckerberg assure que les données des utilisateurs européens ne serviront pas à entraîner ses modèles sans leur accord.
",
    ),
    (
        "fr/secheresse.txt",
        "Sécheresse : la carte des restrictions d'eau actualisée

Le ministère de la Transition écologique met à jour chaque jeudi la liste des départements soumis à des restrictions d'eau.

Le préfet met en garde les agriculteurs : l'arrosage des cultures est interdit entre 9 heures et 20 heures jusqu'à nouvel ordre.
",
    ),
];

#[test]
fn a_name_does_not_match_a_verb_it_stems_like() {
    let dir = harness::corpus_index(META);
    let index = harness::index_dir(&dir);
    let (code, json, err) = search(&index, &["-n", "100"], "Meta");
    assert_eq!(code, 0, "{err}");
    assert!(
        hits(&json)
            .iter()
            .any(|h| h["doc"] == "fr/meta-assistant.txt" && text(h).starts_with("Meta a lancé")),
        "{:?}",
        ranked(&json)
    );
    for hit in hits(&json) {
        assert!(
            hit["doc"] != "fr/secheresse.txt" && !text(hit).contains(" met "),
            "Meta found the verb `met`: {}#{}: {}",
            hit["doc"],
            hit["passage"],
            short(&text(hit))
        );
    }
}

// ---------------------------------------------------------------------------------
// 5. Boolean syntax as Lucene and Elasticsearch users write it.

#[test]
fn minus_and_not_exclude_a_word() {
    let seeds = harness::seeds_index();
    for query in [
        "Meta -DeepSeek",
        "Meta AND NOT DeepSeek",
        "Meta NOT DeepSeek",
    ] {
        let (code, json, err) = search(seeds.path(), &["-n", "100"], query);
        assert_eq!(code, 0, "{query}: {err}");
        assert!(!hits(&json).is_empty(), "{query}");
        for hit in hits(&json) {
            assert!(
                !contains_folded(&text(hit), "deepseek"),
                "{query}: {}#{} holds DeepSeek",
                hit["doc"],
                hit["passage"]
            );
        }
        assert!(
            hits(&json).iter().any(|h| text(h).contains("Meta")),
            "{query}"
        );
    }
}

#[test]
fn plus_requires_a_word() {
    let seeds = harness::seeds_index();
    let (code, json, err) = search(seeds.path(), &["-n", "100"], "+DeepSeek Meta");
    assert_eq!(code, 0, "{err}");
    assert!(!hits(&json).is_empty());
    for hit in hits(&json) {
        assert!(
            contains_folded(&title_and_text(hit), "deepseek"),
            "{}#{} lacks DeepSeek",
            hit["doc"],
            hit["passage"]
        );
    }
}

#[test]
fn or_finds_either_word() {
    let seeds = harness::seeds_index();
    let (code, json, err) = search(seeds.path(), &["-n", "100"], "Nvidia OR DeepSeek");
    assert_eq!(code, 0, "{err}");
    let (mut nvidia, mut deepseek) = (0, 0);
    for hit in hits(&json) {
        let t = title_and_text(hit);
        let (n, d) = (
            contains_folded(&t, "nvidia"),
            contains_folded(&t, "deepseek"),
        );
        assert!(n || d, "{}#{} has neither", hit["doc"], hit["passage"]);
        nvidia += usize::from(n);
        deepseek += usize::from(d);
    }
    assert!(
        nvidia > 0 && deepseek > 0,
        "nvidia {nvidia}, deepseek {deepseek}"
    );
}

#[test]
fn syntax_cari_lacks_is_harmless() {
    let seeds = harness::seeds_index();
    let index = seeds.path().to_string_lossy().into_owned();
    for query in [
        "title:Zuckerberg",
        "(a OR",
        "AND",
        "Meta - DeepSeek",
        "NOT DeepSeek",
        "Meta AND",
        "OR OR",
        "Zuckerberg^2 Meta~",
        "Zuck* [Meta TO Nvidia]",
        "+ Meta",
    ] {
        for json in [false, true] {
            let mut args = vec!["search", "--index", &index];
            if json {
                args.push("--json");
            }
            args.extend(["--", query]);
            let out = cari(&harness::root(), &args);
            let err = short(&stderr(&out));
            assert!(!err.contains("panicked"), "{query:?}: {err}");
            let code = out.status.code().expect("an exit code, not a signal");
            assert!(code == 0 || code == 1, "{query:?}: exit {code}: {err}");
            if json {
                let _: Value = serde_json::from_str(&stdout(&out))
                    .unwrap_or_else(|e| panic!("{query:?}: {e}"));
            }
        }
    }
    // The one exception: a query with nothing in it.
    let out = cari(&harness::root(), &["search", "--index", &index, "--", ""]);
    assert_eq!(out.status.code(), Some(2));
}

// ---------------------------------------------------------------------------------
// 6. A spelling correction is said.

#[test]
fn a_correction_is_reported() {
    let seeds = harness::seeds_index();
    let (code, json, err) = search(seeds.path(), &[], "Nvida");
    assert_eq!(code, 0, "{err}");
    let corrections = json["corrections"]
        .as_array()
        .unwrap_or_else(|| panic!("no corrections array: {}", short(&json.to_string())));
    let nvida = corrections
        .iter()
        .find(|c| c["word"] == "Nvida")
        .unwrap_or_else(|| panic!("Nvida corrected: {corrections:?}"));
    let to: Vec<String> = nvida["to"]
        .as_array()
        .expect("a to array")
        .iter()
        .map(|t| t.as_str().expect("a string").to_lowercase())
        .collect();
    assert!(to.iter().any(|t| t == "nvidia"), "{to:?}");

    // Text mode says it on stderr.
    let index = seeds.path().to_string_lossy().into_owned();
    let out = cari(&harness::root(), &["search", "--index", &index, "Nvida"]);
    assert_eq!(out.status.code(), Some(0));
    let err = stderr(&out);
    assert!(
        err.lines()
            .any(|l| l.starts_with("corrected:") && l.contains("Nvida")),
        "{err}"
    );

    // A word spelt right is not corrected.
    let (_, json, _) = search(seeds.path(), &[], "Nvidia");
    assert!(
        json["corrections"].as_array().is_none_or(|c| c.is_empty()),
        "{}",
        json["corrections"]
    );
    let out = cari(&harness::root(), &["search", "--index", &index, "Nvidia"]);
    assert!(!stderr(&out).contains("corrected:"), "{}", stderr(&out));
}

// ---------------------------------------------------------------------------------
// 7. A query's size is bounded.

#[test]
fn a_query_of_ten_thousand_words_is_refused() {
    let seeds = harness::seeds_index();
    let index = seeds.path().to_string_lossy().into_owned();
    let words = [
        "Zuckerberg",
        "Meta",
        "DeepSeek",
        "investasi",
        "kecerdasan",
        "buatan",
        "Eropa",
        "Nvidia",
        "l'avenir",
        "technologie",
    ];
    let long: Vec<&str> = words.iter().copied().cycle().take(10_000).collect();
    let out = cari(
        &harness::root(),
        &["search", "--index", &index, "--", &long.join(" ")],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{}", short(&err));
    assert_eq!(err.lines().count(), 1, "{}", short(&err));
    assert!(err.contains("too long"), "{}", short(&err));
    assert!(stdout(&out).is_empty());

    // Fifty words still work.
    let fifty: Vec<&str> = words.iter().copied().cycle().take(50).collect();
    let (code, json, err) = search(seeds.path(), &[], &fifty.join(" "));
    assert_eq!(code, 0, "{err}");
    assert!(!hits(&json).is_empty());
}

// ---------------------------------------------------------------------------------
// 8. The first page doesn't depend on --limit.

/// Articles of the generated corpus: enough that a query has more candidates than a
/// page, few enough to write and index in seconds in a debug build.
const GENERATED_ARTICLES: u64 = 1500;
const GENERATED_SEED: u64 = 20_240_229;

#[test]
fn the_first_page_is_the_same_whatever_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let index = dir.path().join("index");
    corpus_gen::write_corpus(&corpus, GENERATED_ARTICLES, GENERATED_SEED, 2).unwrap();
    let out = harness::index_cli(&corpus, &index, &["--quiet"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    let generator = corpus_gen::Generator::new(GENERATED_SEED);
    let queries = generator.queries(20, GENERATED_ARTICLES);
    let mut more_than_a_page = 0;
    let mut differ = Vec::new();
    for query in &queries {
        let (code, ten, err) = search(&index, &["-n", "10"], query);
        assert!(code == 0 || code == 1, "{query:?}: exit {code}: {err}");
        let (_, hundred, _) = search(&index, &["-n", "100"], query);
        let (ten, hundred) = (ranked(&ten), ranked(&hundred));
        more_than_a_page += usize::from(hundred.len() > 10);
        if ten != hundred[..hundred.len().min(10)] {
            differ.push(format!(
                "{query:?}:\n  -n 10:  {ten:?}\n  -n 100: {:?}",
                &hundred[..hundred.len().min(10)]
            ));
        }
    }
    assert!(
        differ.is_empty(),
        "{} of {} queries have another first page with -n 100:\n{}",
        differ.len(),
        queries.len(),
        differ.join("\n")
    );
    // The comparison means something: most queries have more than a page of hits.
    assert!(
        more_than_a_page >= queries.len() / 2,
        "{more_than_a_page} of {}",
        queries.len()
    );
}

// ---------------------------------------------------------------------------------
// 9. --explain.

/// Checks a node of an explanation: `{"value": number, "description": string,
/// "details": [node, …]}` (`details` may be left out of a leaf).
fn check_explanation(node: &Value, depth: usize) {
    assert!(depth < 64, "an explanation 64 levels deep");
    assert!(node["value"].is_number(), "{node}");
    assert!(node["description"].is_string(), "{node}");
    match node.get("details") {
        None if depth > 0 => {}
        details => {
            let details = details
                .and_then(Value::as_array)
                .unwrap_or_else(|| panic!("a details array: {node}"));
            for child in details {
                check_explanation(child, depth + 1);
            }
        }
    }
}

#[test]
fn explain_gives_each_hit_its_score() {
    let seeds = harness::seeds_index();
    let (code, json, err) = search(seeds.path(), &["--explain"], "Zuckerberg");
    assert_eq!(code, 0, "{err}");
    assert!(!hits(&json).is_empty());
    for hit in hits(&json) {
        let explain = &hit["explain"];
        assert!(
            explain.is_object(),
            "no explain: {}",
            short(&hit.to_string())
        );
        check_explanation(explain, 0);
        let (value, score) = (
            explain["value"].as_f64().unwrap(),
            hit["score"].as_f64().unwrap(),
        );
        assert!(
            (value - score).abs() <= 1e-3 * score.abs().max(1e-6),
            "explained {value}, scored {score}"
        );
    }
    let (_, json, _) = search(seeds.path(), &[], "Zuckerberg");
    assert!(!hits(&json).is_empty());
    assert!(hits(&json).iter().all(|h| h.get("explain").is_none()));
    // A query of several concepts, each hit matching some of them.
    let (code, json, err) = search(seeds.path(), &["--explain"], "investasi AI di Eropa");
    assert_eq!(code, 0, "{err}");
    for hit in hits(&json) {
        check_explanation(&hit["explain"], 0);
    }
}

// ---------------------------------------------------------------------------------
// 10. A quoted phrase is translated as a phrase.

#[test]
fn a_quoted_english_phrase_finds_its_translations_as_phrases() {
    let seeds = harness::seeds_index();
    let (code, json, err) = search(seeds.path(), &["-n", "100"], "\"artificial intelligence\"");
    assert_eq!(code, 0, "{err}");
    let phrases = [
        "kecerdasan buatan",
        "kecerdasan artifisial",
        "intelligence artificielle",
        "artificial intelligence",
    ];
    for hit in hits(&json) {
        let t = title_and_text(hit);
        assert!(
            phrases.iter().any(|p| contains_folded(&t, p)),
            "{}#{} holds none of the phrase's translations: {}",
            hit["doc"],
            hit["passage"],
            short(&t)
        );
    }
    for (lang, phrase) in [
        ("id", "kecerdasan buatan"),
        ("fr", "intelligence artificielle"),
    ] {
        assert!(
            hits(&json)
                .iter()
                .any(|h| h["lang"] == lang && contains_folded(&text(h), phrase)),
            "no {lang} hit with {phrase}: {:?}",
            ranked(&json)
        );
    }
}

// ---------------------------------------------------------------------------------
// 11. BM25 statistics fit passages in several language fields, and a short label
//     holding one rare word doesn't bury the paragraph holding them all.

/// An Indonesian paragraph of some length, different for each `i`.
fn indonesian_paragraph(i: usize, extra: &str) -> String {
    const WORDS: [&str; 12] = [
        "pemerintah",
        "daerah",
        "menyiapkan",
        "anggaran",
        "pembangunan",
        "jalan",
        "sekolah",
        "rumah",
        "sakit",
        "warga",
        "pasar",
        "pelabuhan",
    ];
    let body: Vec<&str> = (0..40)
        .map(|k| WORDS[(i * 7 + k * 5) % WORDS.len()])
        .collect();
    format!("Menurut laporan ke-{i}, {} {extra}.", body.join(" "))
}

#[test]
fn a_passage_in_a_small_language_field_ranks_by_its_own_statistics() {
    // Mostly Indonesian, with one English article: the English passage that holds the
    // whole query must not be punished as if it were far longer than it is.
    let mut files: Vec<(String, String)> = (0..60)
        .map(|i| {
            (
                format!("id/{i:02}.txt"),
                format!(
                    "Berita {i}\n\n{}\n\n{}",
                    indonesian_paragraph(i, "dengan chip Nvidia"),
                    indonesian_paragraph(i + 100, "dan chip baru")
                ),
            )
        })
        .collect();
    files.push((
        "en/shortage.txt".into(),
        "Chip makers warn of delays\n\nA shortage of Nvidia chips is delaying laptop makers across Asia, suppliers said on Monday.\n\nThe companies expect deliveries to recover next year."
            .into(),
    ));
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let dir = harness::corpus_index(&refs);
    let (code, json, err) = search(&harness::index_dir(&dir), &[], "Nvidia chips shortage");
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        ranked(&json).first().map(|(doc, _)| doc.as_str()),
        Some("en/shortage.txt"),
        "{:?}",
        ranked(&json)
    );
}

#[test]
fn a_short_label_does_not_bury_the_paragraph_that_holds_the_query() {
    // Fifty short lines holding the rarest word (more than the old re-ranker's pool),
    // two hundred long paragraphs holding the common ones, and one paragraph holding
    // them all.
    let mut files: Vec<(String, String)> = (0..50)
        .map(|i| {
            (
                format!("label/{i:02}.txt"),
                format!(
                    "Rubrik {i}\n\nZebrafoo terbaru.\n\n{}",
                    indonesian_paragraph(i, "untuk kerja sama ekonomi")
                ),
            )
        })
        .collect();
    for i in 0..150 {
        files.push((
            format!("common/{i:03}.txt"),
            format!(
                "Kabar {i}\n\n{}",
                indonesian_paragraph(i + 200, "untuk kerja sama ekonomi kawasan")
            ),
        ));
    }
    files.push((
        "answer.txt".into(),
        format!(
            "Kesepakatan baru\n\n{}",
            indonesian_paragraph(999, "serta kerja sama ekonomi dengan Zebrafoo")
        ),
    ));
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let dir = harness::corpus_index(&refs);
    let (code, json, err) = search(
        &harness::index_dir(&dir),
        &[],
        "Zebrafoo kerja sama ekonomi",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        ranked(&json).first().map(|(doc, _)| doc.as_str()),
        Some("answer.txt"),
        "{:?}",
        ranked(&json)
    );
}

#[test]
fn a_name_holding_a_stop_word_is_found() {
    // The French and Indonesian fields drop stop words, also inside a name written with
    // hyphens or capitals; the name typed must find them all the same.
    let dir = harness::corpus_index(&[
        (
            "vannes.txt",
            "Vannes : l'ancien maire condamné\n\nL'ancien maire de Saint-Guénolé-des-Landes a été condamné mardi par le tribunal correctionnel de Vannes. La commune avait vendu un terrain à une société de son fils.\n",
        ),
        (
            "crue.txt",
            "La crue de l'Ourthe\n\nLes pompiers ont évacué une quarantaine de familles à Comblain-au-Pont, où l'eau a atteint le premier étage des maisons riveraines.\n",
        ),
        (
            "rapat.txt",
            "Rapat desa\n\nKepala desa mengundang warga ke balai desa untuk membahas pembangunan jalan. Hadir pula penulis Dan Brown yang sedang berlibur di desa itu bersama keluarganya.\n",
        ),
    ]);
    let index = harness::index_dir(&dir);
    for (query, file) in [
        ("Saint-Guénolé-des-Landes", "vannes.txt"),
        ("Comblain-au-Pont", "crue.txt"),
        ("Dan Brown", "rapat.txt"),
    ] {
        let (code, json, err) = search(&index, &[], query);
        assert_eq!(code, 0, "{query}: {err}");
        let docs: Vec<&str> = hits(&json)
            .iter()
            .filter_map(|h| h["doc"].as_str())
            .collect();
        assert_eq!(docs, [file], "{query}");
    }
}
