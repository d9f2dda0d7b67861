//! Analyser throughput, MB/s of text, median of several runs: the `id` analyser with
//! its lexicon stemmer against the same pipeline with Snowball Indonesian alone, and
//! the `fr` and `neutral` analysers. Text: the seed articles, repeated.
//!
//! `cargo bench --bench analysis` (set `CARI_BENCH_MB` for the size, default 8).

use std::time::Instant;

use std::borrow::Cow;

use cari::analysis::{AnalyzerKind, Stem, id_analyzer_with};
use cari::corpus::read_corpus;
use cari::language::{self, Lang};
use tantivy::tokenizer::TextAnalyzer;

const RUNS: usize = 5;

/// Snowball Indonesian, by rule alone: what the lexicon stemmer is compared with.
#[derive(Clone, Copy)]
struct SnowballIndonesianStemmer;

impl Stem for SnowballIndonesianStemmer {
    fn stem<'a>(&self, word: &'a str) -> Cow<'a, str> {
        frostem::Stemmer::new(frostem::Algorithm::Indonesian).stem(word)
    }
}

fn seed_text(lang: Lang) -> String {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let corpus = match read_corpus(&seeds) {
        Ok(corpus) => corpus,
        Err(err) => panic!("cannot read the seeds: {err}"),
    };
    corpus
        .articles
        .iter()
        .map(|a| {
            a.passages
                .iter()
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .filter(|text| language::detect(text) == lang)
        .collect::<Vec<_>>()
        .join("\n")
}

fn repeat_to(text: &str, bytes: usize) -> Vec<String> {
    // Paragraph-sized pieces, as the indexer feeds them.
    let paragraphs: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut total = 0;
    while total < bytes {
        for p in &paragraphs {
            out.push(p.to_string());
            total += p.len();
        }
    }
    out
}

/// Median MB/s of running `analyzer` over `paragraphs`.
fn throughput(analyzer: &mut TextAnalyzer, paragraphs: &[String]) -> f64 {
    let bytes: usize = paragraphs.iter().map(String::len).sum();
    let mut rates: Vec<f64> = (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            let mut tokens = 0usize;
            for p in paragraphs {
                let mut stream = analyzer.token_stream(p);
                while stream.advance() {
                    tokens += 1;
                }
            }
            std::hint::black_box(tokens);
            bytes as f64 / 1e6 / started.elapsed().as_secs_f64()
        })
        .collect();
    rates.sort_by(f64::total_cmp);
    rates[RUNS / 2]
}

fn main() {
    let mb: usize = std::env::var("CARI_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8);
    let id = repeat_to(&seed_text(Lang::Id), mb << 20);
    let fr = repeat_to(&seed_text(Lang::Fr), mb << 20);
    let rows = [
        (
            "id (lexicon roots)",
            throughput(&mut AnalyzerKind::Id.analyzer(), &id),
        ),
        (
            "id (Snowball only)",
            throughput(&mut id_analyzer_with(SnowballIndonesianStemmer), &id),
        ),
        ("fr", throughput(&mut AnalyzerKind::Fr.analyzer(), &fr)),
        (
            "neutral (id text)",
            throughput(&mut AnalyzerKind::Neutral.analyzer(), &id),
        ),
    ];
    println!("analyser throughput, {mb} MB of seed text, median of {RUNS} runs");
    for (name, rate) in rows {
        println!("  {name:<20} {rate:8.1} MB/s");
    }
    println!(
        "  id lexicon / Snowball-only ratio: {:.2}",
        rows[0].1 / rows[1].1
    );
}
