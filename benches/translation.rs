//! What translation costs a query: in-process latency of the same queries with and
//! without translation (median over repeated runs, and the ratio), on an index of the
//! seed articles, and the cost of a first lexicon lookup.
//!
//! `cargo bench --bench translation`

use std::time::Instant;

use cari::index::{self, BuildOptions};
use cari::search::{self, SearchOptions};
use cari::translate;

const QUERIES: [&str; 8] = [
    "fake news before the elections",
    "a conversation about the future of technology",
    "percakapan produktif tentang kecerdasan buatan",
    "the president of South Korea met the boss of Meta",
    "vestes en cuir",
    "technology stocks fell",
    "investissement dans l'infrastructure",
    "masa depan teknologi",
];
const ROUNDS: usize = 200;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let started = Instant::now();
    let first = translate::translate("election");
    let first_lookup_us = started.elapsed().as_secs_f64() * 1e6;
    std::hint::black_box(first);

    let dir = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(err) => panic!("temp dir: {err}"),
    };
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    if let Err(err) = index::build(&seeds, dir.path(), &BuildOptions::default()) {
        panic!("index the seeds: {err}");
    }
    let index = match index::open(dir.path()) {
        Ok(index) => index,
        Err(err) => panic!("open: {err}"),
    };
    let mut rows = Vec::new();
    for translate in [false, true] {
        let options = SearchOptions {
            translate,
            ..SearchOptions::default()
        };
        let mut times = Vec::new();
        for _ in 0..ROUNDS {
            for q in QUERIES {
                let t = Instant::now();
                let results = search::search(&index, q, &options);
                times.push(t.elapsed().as_secs_f64() * 1e3);
                std::hint::black_box(results.ok());
            }
        }
        rows.push(median(times));
    }
    println!("first lexicon lookup: {first_lookup_us:.1} µs");
    println!(
        "query latency, median of {ROUNDS} rounds of {} queries, seeds index:",
        QUERIES.len()
    );
    println!("  untranslated  {:.3} ms", rows[0]);
    println!("  translated    {:.3} ms", rows[1]);
    println!(
        "  ratio translated / untranslated: {:.2}",
        rows[1] / rows[0]
    );
}
