//! cari at scale, in one run: analyser throughput per language; indexing throughput end
//! to end for cari and, on the same files in the same run, for a plain tantivy index of
//! the same passages (one text field, tantivy's default tokenizer); peak memory of
//! indexing; query latency on about 100k and 1M passages, and on the plain tantivy index
//! of the large corpus with the same queries (tantivy's `QueryParser`, BM25); an
//! incremental build after a few files changed; start-up of one `cari search` process
//! against `rg`; and a batch of queries in one process against one process per query.
//!
//! ```text
//! cargo bench --bench scale                      # everything, full size (100k articles)
//! cargo bench --bench scale -- gen DIR N [SEED]  # just write N generated articles in DIR
//! cargo bench --bench scale -- formats [N]       # only indexing per format (N articles)
//! cargo bench --bench scale -- --help            # these commands and variables
//! ```
//!
//! Indexing per format: the generated articles (the small corpus) are also written as
//! JSON Lines (1,000 records a file, as a scraper exports them) and as simple HTML pages
//! (one per article, metadata in `<meta>` tags), and each is indexed beside the `.txt`
//! files: MB/s of the files' bytes, and articles/s.
//!
//! Sizes come from the environment, so CI can run a tiny version:
//! `CARI_BENCH_ARTICLES` (100000, ≈ 1M passages), `CARI_BENCH_SMALL_ARTICLES` (10000,
//! ≈ 100k passages), `CARI_BENCH_RUNS` (3 indexing runs each, medians),
//! `CARI_BENCH_MEMORY` (256, MB), `CARI_BENCH_QUERIES` (2000), `CARI_BENCH_CHANGES` (30
//! files: a third added, a third changed, a third deleted), `CARI_BENCH_STARTUP_RUNS`
//! (40), `CARI_BENCH_REAL` (a folder of real text to measure as well), `CARI_BENCH_DIR`
//! (where corpora and indexes go; kept and reused when given, else a temporary folder).
//!
//! Indexing runs in a child process (this binary, re-run), so each run starts afresh and
//! its peak resident memory (`VmHWM`, Linux) is its own.

mod corpus_gen;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use std::{env, fs};

use anyhow::{Context, Result, bail};
use cari::analysis::AnalyzerKind;
use cari::corpus::{self, CorpusFile};
use cari::index::{self, BuildMode, BuildOptions};
use cari::search::{self, DateBound, Filters, SearchOptions, Sort};
use corpus_gen::{Generator, Lang};
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{STORED, Schema, TEXT};
use tantivy::{Index, IndexWriter, TantivyDocument};

const SEED: u64 = 20_240_229;
/// The smallest `--memory` cari accepts.
const MIN_MEMORY_MB: u64 = 160;
const CARI: &str = env!("CARGO_BIN_EXE_cari");

fn main() -> Result<()> {
    let args: Vec<String> = env::args().skip(1).filter(|a| a != "--bench").collect();
    match args.first().map(String::as_str) {
        None => run_all(),
        Some("gen") => {
            let (Some(dir), Some(n)) = (args.get(1), args.get(2)) else {
                bail!("usage: gen DIR N [SEED]");
            };
            let seed = args.get(3).map(|s| s.parse()).transpose()?.unwrap_or(SEED);
            let started = Instant::now();
            let written = corpus_gen::write_corpus_of(
                &Generator::news(seed),
                Path::new(dir),
                n.parse()?,
                cores(),
            )?;
            println!(
                "wrote {} in {:.1} s",
                corpus_gen::describe(written),
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Some("queries") => {
            let (Some(n), Some(count)) = (args.get(1), args.get(2)) else {
                bail!("usage: queries N COUNT");
            };
            // The latency mix, one query per line, for load tests of `cari serve`
            // (benches/serve/) and `--batch` over the same corpus.
            for query in Generator::news(SEED).queries(count.parse()?, n.parse()?) {
                println!("{query}");
            }
            Ok(())
        }
        Some("child-index") => child_index(&args[1..]),
        Some("formats") => {
            let config = Config::from_env();
            let n = args
                .get(1)
                .map(|n| n.parse())
                .transpose()?
                .unwrap_or(config.small_articles);
            let work = work_dir()?;
            let txt = ensure_text_corpus(&work.path, n)?;
            format_throughput(&work.path, &txt, &config)
        }
        Some("people") => {
            let config = Config::from_env();
            let n = args
                .get(1)
                .map(|n| n.parse())
                .transpose()?
                .unwrap_or(config.small_articles);
            let work = work_dir()?;
            let txt = ensure_text_corpus(&work.path, n)?;
            people_cost(&work.path, &txt, &config)
        }
        Some("results") => {
            let config = Config::from_env();
            let n = args
                .get(1)
                .map(|n| n.parse())
                .transpose()?
                .unwrap_or(config.articles);
            let work = work_dir()?;
            results_bench(&work.path, n, &config)
        }
        Some("--help" | "-h" | "help") => {
            println!("{}", HELP.trim());
            Ok(())
        }
        Some(other) => {
            bail!(
                "unknown command {other:?} (expected nothing, gen, queries, formats, people, results or --help)"
            )
        }
    }
}

const HELP: &str = "
cari's scale benchmark (run in release: cargo bench --bench scale -- ARGS)

  (no argument)     everything: analysers, indexing per format and against plain
                    tantivy, peak memory, query latency, incremental builds, start-up,
                    --batch
  formats [N]       only indexing throughput per format (.txt, JSON Lines, HTML) of N
                    generated articles (CARI_BENCH_SMALL_ARTICLES by default)
  people [N]        what recognising people costs indexing: a full build of N
                    generated articles (CARI_BENCH_SMALL_ARTICLES by default) against
                    the recognition stage alone on the same articles, medians
  results [N]       only indexing against plain tantivy and query latency with and
                    without filters (dates, a site, sorted by date) on N generated
                    articles (CARI_BENCH_ARTICLES by default)
  gen DIR N [SEED]  only write N generated articles in DIR (JSON Lines, dated, with
                    their site)
  queries N COUNT   only print COUNT queries of the latency mix over N articles, one
                    a line (the load test of cari serve reads them)
  --help            this

Environment: CARI_BENCH_ARTICLES (100000), CARI_BENCH_SMALL_ARTICLES (10000),
CARI_BENCH_RUNS (3), CARI_BENCH_MEMORY (256 MB), CARI_BENCH_QUERIES (2000),
CARI_BENCH_CHANGES (30), CARI_BENCH_STARTUP_RUNS (40), CARI_BENCH_REAL (a folder of
real text), CARI_BENCH_DIR (keep corpora and indexes there).
";

fn env_num(name: &str, default: u64) -> u64 {
    env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

struct Config {
    articles: u64,
    small_articles: u64,
    runs: usize,
    memory_mb: u64,
    queries: usize,
    changes: u64,
    startup_runs: usize,
    real: Option<PathBuf>,
}

impl Config {
    fn from_env() -> Config {
        Config {
            articles: env_num("CARI_BENCH_ARTICLES", 100_000),
            small_articles: env_num("CARI_BENCH_SMALL_ARTICLES", 10_000),
            runs: env_num("CARI_BENCH_RUNS", 3).max(1) as usize,
            memory_mb: env_num("CARI_BENCH_MEMORY", 256),
            queries: env_num("CARI_BENCH_QUERIES", 2000).max(1) as usize,
            changes: env_num("CARI_BENCH_CHANGES", 30).max(3),
            startup_runs: env_num("CARI_BENCH_STARTUP_RUNS", 40).max(1) as usize,
            real: env::var_os("CARI_BENCH_REAL").map(PathBuf::from),
        }
    }
}

/// The work folder: `CARI_BENCH_DIR`, kept, or a temporary one removed at the end.
struct WorkDir {
    path: PathBuf,
    keep: bool,
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        if !self.keep {
            let _ = fs::remove_dir_all(&self.path);
        }
    }
}

/// The work folder of this run, created.
fn work_dir() -> Result<WorkDir> {
    let work = match env::var_os("CARI_BENCH_DIR") {
        Some(dir) => WorkDir {
            path: PathBuf::from(dir),
            keep: true,
        },
        None => WorkDir {
            path: env::temp_dir().join(format!("cari-bench-{}", std::process::id())),
            keep: false,
        },
    };
    fs::create_dir_all(&work.path)?;
    Ok(work)
}

fn run_all() -> Result<()> {
    let config = Config::from_env();
    let work = work_dir()?;
    println!(
        "cari scale benchmark: {} cores, memory budget {} MB, {} indexing runs each (medians)",
        cores(),
        config.memory_mb,
        config.runs
    );

    let generator = Generator::news(SEED);
    let large = ensure_corpus(&work.path, config.articles)?;
    let small = ensure_corpus(&work.path, config.small_articles)?;

    section("analyser throughput (MB/s of text, median of 5)");
    analyzer_throughput(&generator, config.real.as_deref())?;

    section("indexing, end to end (child process each run; MB/s of .txt bytes)");
    let mut corpora = vec![("generated", large.clone())];
    if let Some(real) = &config.real {
        corpora.push(("real", real.clone()));
    }
    let mut large_run = IndexRun::default();
    for (name, dir) in &corpora {
        let run = compare_indexing(&work.path, name, dir, &config)?;
        if *name == "generated" {
            large_run = run;
        }
    }

    let small_txt = ensure_text_corpus(&work.path, config.small_articles)?;
    format_throughput(&work.path, &small_txt, &config)?;

    section("peak memory of indexing (VmHWM of the child process, cari)");
    let small_index = work.path.join("index-small");
    let small_run = index_child("cari", &small, &small_index, config.memory_mb)?;
    let low_index = work.path.join("index-low");
    let low_run = index_child("cari", &large, &low_index, MIN_MEMORY_MB)?;
    let _ = fs::remove_dir_all(&low_index);
    for (run, memory) in [
        (&small_run, config.memory_mb),
        (&large_run, config.memory_mb),
        (&low_run, MIN_MEMORY_MB),
    ] {
        println!(
            "  {:>8} articles, {:>7.1} MB of text, --memory {:>4} MB: peak {:>6.1} MB  ({:.1} MB/s)",
            run.articles,
            run.bytes as f64 / 1e6,
            memory,
            run.peak_mb,
            run.mb_per_s()
        );
    }

    section("query latency, in process (search with 10 hits; warm; ms)");
    // Phrases from articles both corpora hold.
    let queries = generator.queries(config.queries, config.small_articles.min(config.articles));
    let large_index = work.path.join("index-generated-cari");
    let large_stats = latency(&large_index, &queries)?;
    let small_stats = latency(&small_index, &queries)?;
    for (label, stats) in [("small", &small_stats), ("large", &large_stats)] {
        print_latency(label, stats);
    }
    // Filters are clauses of the query: a narrow one must not cost more than the
    // query alone (the corpus's dates span 2015–2024, its sites a dozen).
    filtered_latency(&large_index, &queries)?;
    // The baseline: the same queries on the plain tantivy index of the large corpus.
    let plain_stats = plain_latency(&work.path.join("index-generated-tantivy"), &queries)?;
    print_latency("plain tantivy, large", &plain_stats);
    println!(
        "    (one TEXT field, tantivy's default tokenizer and QueryParser, BM25, 10 hits with their text)"
    );
    println!(
        "  cari / plain tantivy, large: p50 {:.1}x  p99 {:.1}x",
        large_stats.p50 / plain_stats.p50,
        large_stats.p99 / plain_stats.p99
    );

    section("incremental indexing");
    incremental(
        &generator,
        &large,
        &large_index,
        config.articles,
        config.changes,
        large_run.seconds,
    )?;

    section("start-up: one `cari search` on the seeds' index against `rg -i zuckerberg seeds`");
    startup(&work.path, config.startup_runs)?;

    section("scripts: --batch against one process per query");
    let seeds_index = work.path.join("index-seeds");
    batch("seeds", &seeds_index, &seed_queries(config.queries))?;
    batch("large", &large_index, &queries)?;
    Ok(())
}

/// Indexes the articles of the `.txt` corpus `txt` as they are, as JSON Lines and as
/// HTML pages, `runs` times each; prints the medians.
fn format_throughput(work: &Path, txt: &Path, config: &Config) -> Result<()> {
    section("indexing per format (child process each run; MB/s of the files' bytes)");
    let name = txt
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let jsonl = work.join(format!("{name}-jsonl"));
    let html = work.join(format!("{name}-html"));
    write_other_formats(txt, &jsonl, &html)?;
    let index = work.join("index-format");
    for (label, dir) in [(".txt", txt), ("JSON Lines", &jsonl), ("HTML", &html)] {
        let mut runs = Vec::new();
        for _ in 0..config.runs {
            runs.push(index_child("cari", dir, &index, config.memory_mb)?);
        }
        let run = median_run(&mut runs);
        println!(
            "  {label:<11} {:>7.1} MB  {:>7} articles  {:>7} passages  {:>6.2} s  {:>6.1} MB/s  {:>7.0} articles/s",
            run.bytes as f64 / 1e6,
            run.articles,
            run.passages,
            run.seconds,
            run.mb_per_s(),
            run.articles_per_s()
        );
    }
    let _ = fs::remove_dir_all(&index);
    Ok(())
}

/// What people recognition (run at index time, per article) costs a build: the full
/// build's wall and CPU time (child process, median of `runs`) beside the time the
/// recognition stage alone takes over the same articles, read beforehand (one thread,
/// median of `runs`). The build's throughput without the stage is estimated by taking
/// the stage's share of the build's CPU time off its wall time: the stage runs on the
/// feed's worker threads, beside the analysers and tantivy's writer.
fn people_cost(work: &Path, txt: &Path, config: &Config) -> Result<()> {
    section("people recognition at index time (median of runs)");
    let index = work.join("index-people");
    let mut runs = Vec::new();
    for _ in 0..config.runs {
        runs.push(index_child("cari", txt, &index, config.memory_mb)?);
    }
    let _ = fs::remove_dir_all(&index);
    let build = median_run(&mut runs);
    let listing = corpus::list_files(txt)?;
    let articles: Vec<corpus::Article> = listing
        .files
        .iter()
        .filter_map(|file| corpus::read_file(file).articles.ok())
        .flatten()
        .collect();
    // CPU time, as the build's: the machine may be shared, and wall time would count
    // the others' work.
    let mut stage = Vec::new();
    let mut stage_wall = Vec::new();
    let mut mentions = 0;
    for _ in 0..config.runs {
        let started = Instant::now();
        let cpu_before = cpu_seconds().unwrap_or(f64::NAN);
        mentions = 0;
        for article in &articles {
            let texts: Vec<&str> = article.passages.iter().map(|p| p.text.as_str()).collect();
            mentions += cari::people::recognise(&texts).mentions.len();
        }
        stage.push(cpu_seconds().unwrap_or(f64::NAN) - cpu_before);
        stage_wall.push(started.elapsed().as_secs_f64());
    }
    let stage = median(&mut stage);
    let stage_wall = median(&mut stage_wall);
    let mb = build.bytes as f64 / 1e6;
    let share = stage / build.cpu_seconds;
    let without = build.seconds * (1.0 - share).max(0.0);
    println!(
        "  build       {mb:>7.1} MB  {:>7} articles  {:>6.2} s  {:>6.2} s CPU  {:>6.1} MB/s  {:>7.0} articles/s",
        build.articles,
        build.seconds,
        build.cpu_seconds,
        build.mb_per_s(),
        build.articles_per_s()
    );
    println!(
        "  people      {:>7} articles  {mentions:>8} mentions  {stage:>6.2} s CPU ({stage_wall:.2} s wall, one thread)  {:>6.1} MB/s  {:.1}% of the build's CPU",
        articles.len(),
        mb / stage,
        share * 100.0
    );
    println!(
        "  without it  ~{without:.2} s  ~{:.1} MB/s  ~{:.0} articles/s (estimated)",
        mb / without,
        build.articles as f64 / without
    );
    Ok(())
}

/// The articles of the `.txt` corpus `txt` written as JSON Lines files (1,000 records
/// each, news-please's field names) in `jsonl` and as HTML pages in `html`, unless
/// already there.
fn write_other_formats(txt: &Path, jsonl: &Path, html: &Path) -> Result<()> {
    if jsonl.join(".complete").is_file() && html.join(".complete").is_file() {
        return Ok(());
    }
    for dir in [jsonl, html] {
        let _ = fs::remove_dir_all(dir);
        fs::create_dir_all(dir)?;
    }
    const PER_FILE: usize = 1000;
    let listing = corpus::list_files(txt)?;
    let mut lines = String::new();
    let mut records = 0;
    let mut part = 0;
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    for file in &listing.files {
        let Ok(articles) = corpus::read_file(file).articles else {
            continue;
        };
        for article in articles {
            let stem = article.doc.trim_end_matches(".txt").replace('/', "-");
            let url = format!("https://berita.example/{stem}");
            let texts: Vec<&str> = article.passages.iter().map(|p| p.text.as_str()).collect();
            let record = serde_json::json!({
                "title": article.title,
                "maintext": texts.join("\n"),
                "date_publish": article.date,
                "url": url,
                "source_domain": "berita.example",
                "authors": ["Redaksi"],
            });
            lines.push_str(&record.to_string());
            lines.push('\n');
            records += 1;
            if records % PER_FILE == 0 {
                fs::write(jsonl.join(format!("part-{part:05}.jsonl")), &lines)?;
                lines.clear();
                part += 1;
            }
            let mut page = format!(
                "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>{}</title>\n<meta property=\"og:site_name\" content=\"Berita Contoh\">\n<meta name=\"author\" content=\"Redaksi\">\n<link rel=\"canonical\" href=\"{url}\">\n</head><body>\n<nav><a href=\"/\">Beranda</a> <a href=\"/ekonomi\">Ekonomi</a></nav>\n<article><h1>{}</h1>\n",
                escape(&article.title),
                escape(&article.title)
            );
            for text in &texts {
                page.push_str(&format!("<p>{}</p>\n", escape(text)));
            }
            page.push_str(
                "</article><footer><p>Hak cipta Berita Contoh</p></footer></body></html>\n",
            );
            fs::write(html.join(format!("{stem}.html")), page)?;
        }
    }
    if !lines.is_empty() {
        fs::write(jsonl.join(format!("part-{part:05}.jsonl")), &lines)?;
    }
    for dir in [jsonl, html] {
        fs::write(dir.join(".complete"), records.to_string())?;
    }
    Ok(())
}

/// `results [N]`: indexing throughput against plain tantivy (fingerprints included)
/// and query latency with and without filters, on N generated articles.
fn results_bench(work: &Path, n: u64, config: &Config) -> Result<()> {
    let corpus = ensure_corpus(work, n)?;
    section("indexing, end to end (child process each run)");
    compare_indexing(work, "generated", &corpus, config)?;
    section("query latency, in process (search with 10 hits; warm; ms)");
    let generator = Generator::news(SEED);
    let queries = generator.queries(config.queries, n.min(config.small_articles));
    let index = work.join("index-generated-cari");
    print_latency("large", &latency(&index, &queries)?);
    filtered_latency(&index, &queries)
}

/// Latency with a date filter (a tenth, 1%), a site filter, and sorted by date.
fn filtered_latency(index: &Path, queries: &[String]) -> Result<()> {
    let today = cari::search::filter::today();
    let date = |s: &str| DateBound::parse(s, today).ok();
    for (label, filters, sort) in [
        (
            "large, --since 2024-01 (a tenth)",
            Filters {
                since: date("2024-01"),
                ..Filters::default()
            },
            Sort::Relevance,
        ),
        (
            "large, --since 2024-12 (1%)",
            Filters {
                since: date("2024-12"),
                ..Filters::default()
            },
            Sort::Relevance,
        ),
        (
            "large, --source kompas.com",
            Filters {
                sources: vec!["kompas.com".to_string()],
                ..Filters::default()
            },
            Sort::Relevance,
        ),
        ("large, --sort date", Filters::default(), Sort::Date),
    ] {
        let options = SearchOptions {
            filters,
            sort,
            ..SearchOptions::default()
        };
        print_latency(label, &latency_with(index, queries, &options)?);
    }
    Ok(())
}

fn section(title: &str) {
    println!("\n{title}");
}

/// The generated corpus of `n` articles in the work folder, written unless already there.
fn ensure_corpus(work: &Path, n: u64) -> Result<PathBuf> {
    write_once(work, n, &Generator::news(SEED), "news")
}

/// The same articles as `.txt` files (no date, no site), for the formats' comparison.
fn ensure_text_corpus(work: &Path, n: u64) -> Result<PathBuf> {
    write_once(work, n, &Generator::new(SEED), "text")
}

/// Articles `0..n` of `generator` in the work folder, written unless already there.
fn write_once(work: &Path, n: u64, generator: &Generator, kind: &str) -> Result<PathBuf> {
    let dir = work.join(format!("corpus-{kind}-{n}-{SEED}"));
    let stamp = dir.join(".complete");
    if stamp.is_file() {
        return Ok(dir);
    }
    let _ = fs::remove_dir_all(&dir);
    let started = Instant::now();
    let written = corpus_gen::write_corpus_of(generator, &dir, n, cores())?;
    fs::write(&stamp, corpus_gen::describe(written))?;
    println!(
        "generated {}: {} in {:.1} s",
        dir.display(),
        corpus_gen::describe(written),
        started.elapsed().as_secs_f64()
    );
    Ok(dir)
}

/// MB/s of `analyzer` over `paragraphs`, median of five passes.
fn throughput(kind: AnalyzerKind, paragraphs: &[String]) -> f64 {
    let bytes: usize = paragraphs.iter().map(String::len).sum();
    let mut analyzer = kind.analyzer();
    let mut rates: Vec<f64> = (0..5)
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
    median(&mut rates)
}

/// MB/s of article language detection over `articles` (median of five passes).
fn detection_throughput(articles: &[String]) -> f64 {
    let bytes: usize = articles.iter().map(String::len).sum();
    let mut rates: Vec<f64> = (0..5)
        .map(|_| {
            let started = Instant::now();
            for a in articles {
                std::hint::black_box(cari::language::detect(a));
            }
            bytes as f64 / 1e6 / started.elapsed().as_secs_f64()
        })
        .collect();
    median(&mut rates)
}

fn analyzer_throughput(generator: &Generator, real: Option<&Path>) -> Result<()> {
    const SAMPLE: usize = 16 << 20;
    let id = corpus_gen::sample_paragraphs(generator, Lang::Id, SAMPLE);
    let fr = corpus_gen::sample_paragraphs(generator, Lang::Fr, SAMPLE);
    println!("  generated text, 16 MB per language:");
    println!(
        "    id      {:>7.1}    fr      {:>7.1}    neutral (id) {:>7.1}    neutral (fr) {:>7.1}",
        throughput(AnalyzerKind::Id, &id),
        throughput(AnalyzerKind::Fr, &fr),
        throughput(AnalyzerKind::Neutral, &id),
        throughput(AnalyzerKind::Neutral, &fr),
    );
    if let Some(real) = real {
        let (id, fr) = real_paragraphs(real, SAMPLE)?;
        println!("  real text ({:.1} MB id, {:.1} MB fr):", mb(&id), mb(&fr));
        println!(
            "    id      {:>7.1}    fr      {:>7.1}    neutral (id) {:>7.1}    neutral (fr) {:>7.1}",
            throughput(AnalyzerKind::Id, &id),
            throughput(AnalyzerKind::Fr, &fr),
            throughput(AnalyzerKind::Neutral, &id),
            throughput(AnalyzerKind::Neutral, &fr),
        );
    }
    let articles: Vec<String> = (0..2000).map(|i| generator.article(i, 0).text).collect();
    println!(
        "  language detection, per article (generated): {:>7.1}",
        detection_throughput(&articles)
    );
    Ok(())
}

fn mb(paragraphs: &[String]) -> f64 {
    paragraphs.iter().map(String::len).sum::<usize>() as f64 / 1e6
}

/// Passages of a real corpus by article language, up to `max` bytes each.
fn real_paragraphs(dir: &Path, max: usize) -> Result<(Vec<String>, Vec<String>)> {
    let listing = corpus::list_files(dir)?;
    let (mut id, mut fr) = (Vec::new(), Vec::new());
    let (mut id_bytes, mut fr_bytes) = (0, 0);
    for file in &listing.files {
        let Ok(articles) = corpus::read_file(file).articles else {
            continue;
        };
        let text: Vec<String> = articles
            .into_iter()
            .flat_map(|a| a.passages)
            .map(|p| p.text)
            .collect();
        let (out, bytes) = match cari::language::detect(&text.join("\n")) {
            cari::language::Lang::Id => (&mut id, &mut id_bytes),
            cari::language::Lang::Fr => (&mut fr, &mut fr_bytes),
            cari::language::Lang::Other => continue,
        };
        if *bytes < max {
            *bytes += text.iter().map(String::len).sum::<usize>();
            out.extend(text);
        }
    }
    Ok((id, fr))
}

fn median(values: &mut [f64]) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// What one indexing child reported.
#[derive(Debug, Clone, Default)]
struct IndexRun {
    seconds: f64,
    bytes: u64,
    articles: u64,
    passages: u64,
    peak_mb: f64,
    cpu_seconds: f64,
}

impl IndexRun {
    fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.seconds
    }
    fn articles_per_s(&self) -> f64 {
        self.articles as f64 / self.seconds
    }
}

/// Runs `kind` ("cari" or "tantivy") indexing `corpus` into `index` in a child process.
fn index_child(kind: &str, corpus: &Path, index: &Path, memory_mb: u64) -> Result<IndexRun> {
    let _ = fs::remove_dir_all(index);
    let exe = env::current_exe()?;
    let output = Command::new(exe)
        .args(["child-index", kind])
        .arg(corpus)
        .arg(index)
        .arg(memory_mb.to_string())
        .stderr(Stdio::inherit())
        .output()?;
    if !output.status.success() {
        bail!("indexing child ({kind}) failed");
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let mut run = IndexRun::default();
    for field in text.split_whitespace() {
        let Some((key, value)) = field.split_once('=') else {
            continue;
        };
        match key {
            "seconds" => run.seconds = value.parse()?,
            "bytes" => run.bytes = value.parse()?,
            "articles" => run.articles = value.parse()?,
            "passages" => run.passages = value.parse()?,
            "peak_kb" => run.peak_mb = value.parse::<f64>()? / 1024.0,
            "cpu" => run.cpu_seconds = value.parse()?,
            _ => {}
        }
    }
    Ok(run)
}

/// In the child: index, then print `key=value` pairs.
fn child_index(args: &[String]) -> Result<()> {
    let [kind, corpus, index, memory] = args else {
        bail!("usage: child-index cari|tantivy CORPUS INDEX MEMORY_MB");
    };
    let (corpus, index) = (Path::new(corpus), Path::new(index));
    let memory_bytes = memory.parse::<usize>()? << 20;
    let started = Instant::now();
    let (bytes, articles, passages) = match kind.as_str() {
        "cari" => {
            let options = BuildOptions {
                memory_bytes,
                full: true,
                replace: true,
            };
            let report = index::build(corpus, index, &options)?;
            let articles: usize = report.per_lang.values().map(|c| c.articles).sum();
            let passages: usize = report.per_lang.values().map(|c| c.passages).sum();
            (report.bytes_read, articles as u64, passages as u64)
        }
        "tantivy" => plain_tantivy(corpus, index, memory_bytes)?,
        other => bail!("unknown indexer {other:?}"),
    };
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "seconds={seconds} bytes={bytes} articles={articles} passages={passages} peak_kb={} cpu={}",
        peak_kb().unwrap_or(0),
        cpu_seconds().unwrap_or(f64::NAN)
    );
    Ok(())
}

/// CPU time (user and system, all threads) of this process so far, in seconds (Linux).
fn cpu_seconds() -> Option<f64> {
    let stat = fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// The peak resident memory of this process so far, in KB (Linux).
fn peak_kb() -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The baseline: the same files read and split into passages by cari's corpus reader,
/// in as many threads, each passage one document of a single `TEXT | STORED` field with
/// tantivy's default tokenizer, and the same share of the memory budget for the writer.
fn plain_tantivy(corpus_dir: &Path, index_dir: &Path, memory: usize) -> Result<(u64, u64, u64)> {
    let listing = corpus::list_files(corpus_dir)?;
    fs::create_dir_all(index_dir)?;
    let mut builder = Schema::builder();
    let body = builder.add_text_field("body", TEXT | STORED);
    let index = Index::create_in_dir(index_dir, builder.build())?;
    let arena = memory / 100 * 60;
    let threads = cores().min(arena / 15_000_000).max(1);
    let mut writer: IndexWriter = index.writer_with_num_threads(threads, arena)?;
    let next = AtomicUsize::new(0);
    let articles = AtomicUsize::new(0);
    let passages = AtomicUsize::new(0);
    let files: &[CorpusFile] = &listing.files;
    std::thread::scope(|scope| -> Result<()> {
        let workers: Vec<_> = (0..cores())
            .map(|_| {
                scope.spawn(|| -> Result<()> {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(file) = files.get(i) else {
                            return Ok(());
                        };
                        let Ok(read) = corpus::read_file(file).articles else {
                            continue;
                        };
                        articles.fetch_add(read.len(), Ordering::Relaxed);
                        for passage in read.iter().flat_map(|a| &a.passages) {
                            let mut doc = TantivyDocument::default();
                            doc.add_text(body, &passage.text);
                            writer.add_document(doc)?;
                            passages.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                })
            })
            .collect();
        for worker in workers {
            worker
                .join()
                .map_err(|_| anyhow::anyhow!("worker panicked"))??;
        }
        Ok(())
    })?;
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok((
        listing.bytes(),
        articles.into_inner() as u64,
        passages.into_inner() as u64,
    ))
}

/// Indexes `dir` with cari and with plain tantivy, alternating, `runs` times each; prints
/// medians; returns cari's median run. Leaves cari's index in `index-NAME-cari`.
fn compare_indexing(work: &Path, name: &str, dir: &Path, config: &Config) -> Result<IndexRun> {
    let cari_index = work.join(format!("index-{name}-cari"));
    let plain_index = work.join(format!("index-{name}-tantivy"));
    let mut cari_runs = Vec::new();
    let mut plain_runs = Vec::new();
    for _ in 0..config.runs {
        plain_runs.push(index_child("tantivy", dir, &plain_index, config.memory_mb)?);
        cari_runs.push(index_child("cari", dir, &cari_index, config.memory_mb)?);
    }
    // The generated corpus's plain index stays for the query latency baseline.
    if name != "generated" {
        let _ = fs::remove_dir_all(&plain_index);
    }
    let cari = median_run(&mut cari_runs);
    let plain = median_run(&mut plain_runs);
    println!(
        "  {name}: {:.1} MB, {} articles, {} passages (cari) / {} (tantivy)",
        cari.bytes as f64 / 1e6,
        cari.articles,
        cari.passages,
        plain.passages
    );
    for (label, run) in [("cari", &cari), ("plain tantivy", &plain)] {
        println!(
            "    {label:<14} {:>7.2} s  {:>7.1} MB/s  {:>8.0} articles/s  {:>9.0} passages/s  CPU {:>4.0}%  peak {:>6.1} MB",
            run.seconds,
            run.mb_per_s(),
            run.articles_per_s(),
            run.passages as f64 / run.seconds,
            100.0 * run.cpu_seconds / run.seconds,
            run.peak_mb
        );
    }
    println!(
        "    cari / plain tantivy throughput: {:.2}x   (runs: cari {:?} s, tantivy {:?} s)",
        cari.mb_per_s() / plain.mb_per_s(),
        cari_runs
            .iter()
            .map(|r| round2(r.seconds))
            .collect::<Vec<_>>(),
        plain_runs
            .iter()
            .map(|r| round2(r.seconds))
            .collect::<Vec<_>>(),
    );
    Ok(cari)
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn median_run(runs: &mut [IndexRun]) -> IndexRun {
    runs.sort_by(|a, b| a.seconds.total_cmp(&b.seconds));
    runs[runs.len() / 2].clone()
}

struct Latency {
    passages: u64,
    count: usize,
    p50: f64,
    p90: f64,
    p99: f64,
    max: f64,
    mean: f64,
    by_kind: Vec<(&'static str, f64, f64)>,
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn query_kind(query: &str) -> &'static str {
    if query.starts_with('"') {
        "phrase"
    } else if ["what ", "apa ", "qu'a "]
        .iter()
        .any(|q| query.starts_with(q))
    {
        "question"
    } else {
        "words"
    }
}

fn print_latency(label: &str, stats: &Latency) {
    println!(
        "  {label}: {:>9} passages, {} queries: p50 {:.2}  p90 {:.2}  p99 {:.2}  max {:.1}  mean {:.2}",
        stats.passages, stats.count, stats.p50, stats.p90, stats.p99, stats.max, stats.mean
    );
    for (kind, p50, p99) in &stats.by_kind {
        println!("      {kind:<10} p50 {p50:.2}  p99 {p99:.2}");
    }
}

/// Latency of every query against the index in `dir`, after one warm-up pass.
fn latency(dir: &Path, queries: &[String]) -> Result<Latency> {
    latency_with(dir, queries, &SearchOptions::default())
}

/// Latency of every query with `options` (filters, sort).
fn latency_with(dir: &Path, queries: &[String], options: &SearchOptions) -> Result<Latency> {
    let index = index::open(dir)?;
    let passages = index.passages();
    Ok(time_queries(passages, queries, |q| {
        let _ = std::hint::black_box(search::search(&index, q, options));
    }))
}

/// Latency of the same queries on the plain tantivy index in `dir` (see `plain_tantivy`):
/// each parsed by tantivy's `QueryParser` over the one field (leniently: what it can't
/// read it leaves out, as a user's query box would), its 10 best passages by BM25
/// collected and their stored text loaded, as cari's hits carry theirs.
fn plain_latency(dir: &Path, queries: &[String]) -> Result<Latency> {
    let index = Index::open_in_dir(dir)?;
    let body = index.schema().get_field("body")?;
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let parser = QueryParser::for_index(&index, vec![body]);
    let collector = TopDocs::with_limit(10).order_by_score();
    let mut failed = None;
    let stats = time_queries(searcher.num_docs(), queries, |q| {
        let (query, _) = parser.parse_query_lenient(q);
        let run = || -> tantivy::Result<usize> {
            let top = searcher.search(&query, &collector)?;
            for (_, address) in &top {
                let doc: TantivyDocument = searcher.doc(*address)?;
                std::hint::black_box(doc);
            }
            Ok(top.len())
        };
        if let Err(err) = std::hint::black_box(run()) {
            failed.get_or_insert(err);
        }
    });
    match failed {
        Some(err) => Err(err.into()),
        None => Ok(stats),
    }
}

/// Times `run` on every query, after one warm-up pass over them all.
fn time_queries(passages: u64, queries: &[String], mut run: impl FnMut(&str)) -> Latency {
    for q in queries {
        run(q);
    }
    let mut all = Vec::with_capacity(queries.len());
    let mut kinds: Vec<(&'static str, Vec<f64>)> =
        vec![("words", vec![]), ("phrase", vec![]), ("question", vec![])];
    for q in queries {
        let started = Instant::now();
        run(q);
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        all.push(ms);
        if let Some((_, v)) = kinds.iter_mut().find(|(k, _)| *k == query_kind(q)) {
            v.push(ms);
        }
    }
    all.sort_by(f64::total_cmp);
    let by_kind = kinds
        .into_iter()
        .map(|(k, mut v)| {
            v.sort_by(f64::total_cmp);
            (k, percentile(&v, 50.0), percentile(&v, 99.0))
        })
        .collect();
    Latency {
        passages,
        count: all.len(),
        p50: percentile(&all, 50.0),
        p90: percentile(&all, 90.0),
        p99: percentile(&all, 99.0),
        max: all.last().copied().unwrap_or(f64::NAN),
        mean: all.iter().sum::<f64>() / all.len().max(1) as f64,
        by_kind,
    }
}

/// Adds, rewrites and deletes a few files, times the incremental build, checks what it
/// saw, then puts the corpus back and brings the index back up to date.
fn incremental(
    generator: &Generator,
    corpus_dir: &Path,
    index_dir: &Path,
    articles: u64,
    changes: u64,
    full_seconds: f64,
) -> Result<()> {
    let third = changes / 3;
    let step = (articles / (2 * third + 1)).max(1);
    let changed: Vec<u64> = (0..third).map(|k| k * step).collect();
    let deleted: Vec<u64> = (0..third).map(|k| k * step + step / 2).collect();
    let added: Vec<u64> = (articles..articles + third).collect();
    let options = BuildOptions::default();

    for &i in &added {
        corpus_gen::write_article(corpus_dir, &generator.article(i, 0))?;
    }
    for &i in &changed {
        // A new mtime even on a coarse clock.
        std::thread::sleep(Duration::from_millis(1));
        corpus_gen::write_article(corpus_dir, &generator.article(i, 1))?;
    }
    for &i in &deleted {
        fs::remove_file(corpus_gen::article_path(
            corpus_dir,
            &generator.article(i, 0),
        ))?;
    }
    let started = Instant::now();
    let report = index::build(corpus_dir, index_dir, &options)?;
    let seconds = started.elapsed().as_secs_f64();
    let c = report.changes;
    println!(
        "  {} added, {} changed, {} deleted of {} files: {:.3} s against {:.2} s for a full build: {:.2}% of it",
        c.added,
        c.changed,
        c.deleted,
        c.added + c.changed + c.unchanged,
        seconds,
        full_seconds,
        100.0 * seconds / full_seconds
    );
    if report.mode != BuildMode::Incremental
        || (c.added, c.changed, c.deleted) != (added.len(), changed.len(), deleted.len())
    {
        bail!("the incremental build saw {c:?} in mode {:?}", report.mode);
    }
    let index = index::open(index_dir)?;
    for &i in &deleted {
        let doc = generator.article(i, 0).doc();
        if !index.article(&doc)?.is_empty() {
            bail!("deleted article {doc} is still in the index");
        }
    }
    drop(index);

    // Put the corpus back as it was, and the index with it.
    for &i in &added {
        fs::remove_file(corpus_gen::article_path(
            corpus_dir,
            &generator.article(i, 0),
        ))?;
    }
    for &i in changed.iter().chain(&deleted) {
        corpus_gen::write_article(corpus_dir, &generator.article(i, 0))?;
    }
    index::build(corpus_dir, index_dir, &options)?;
    Ok(())
}

/// Wall time of one run of `command`, its output discarded.
fn time_command(program: &str, args: &[&str], cwd: &Path) -> Result<f64> {
    let started = Instant::now();
    let status = Command::new(program)
        .args(args)
        .current_dir(cwd)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .with_context(|| format!("cannot run {program}"))?;
    let seconds = started.elapsed().as_secs_f64();
    if status.code().is_none_or(|c| c > 1) {
        bail!("{program} failed: {status}");
    }
    Ok(seconds)
}

fn startup(work: &Path, runs: usize) -> Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seeds_index = work.join("index-seeds");
    let _ = fs::remove_dir_all(&seeds_index);
    index::build(&root.join("seeds"), &seeds_index, &BuildOptions::default())?;
    let index_arg = seeds_index.to_string_lossy().into_owned();
    let cari_args = ["search", "--index", &index_arg, "zuckerberg"];
    let rg_args = ["-i", "zuckerberg", "seeds"];
    if Command::new("rg").arg("--version").output().is_err() {
        println!("  rg is not installed: skipped");
        return Ok(());
    }
    // Warm both up, then alternate.
    for _ in 0..3 {
        time_command(CARI, &cari_args, root)?;
        time_command("rg", &rg_args, root)?;
    }
    let (mut cari, mut rg) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        cari.push(time_command(CARI, &cari_args, root)? * 1000.0);
        rg.push(time_command("rg", &rg_args, root)? * 1000.0);
    }
    let (cari, rg) = (median(&mut cari), median(&mut rg));
    println!(
        "  {runs} runs each, medians: cari {cari:.2} ms, rg {rg:.2} ms: cari / rg = {:.2}x",
        cari / rg
    );
    Ok(())
}

/// `n` queries of one to four words of the seeds.
fn seed_queries(n: usize) -> Vec<String> {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let words: Vec<String> = corpus::read_corpus(&seeds)
        .map(|c| c.articles)
        .unwrap_or_default()
        .iter()
        .flat_map(|a| a.passages.iter())
        .flat_map(|p| p.text.split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| w.chars().count() >= 3)
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut rng = corpus_gen::Rng::new(SEED);
    (0..n)
        .map(|_| {
            let len = rng.range(1, 4);
            (0..len)
                .map(|_| rng.pick(&words).as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

fn batch(label: &str, index_dir: &Path, queries: &[String]) -> Result<()> {
    const SINGLE: usize = 50;
    let index_arg = index_dir.to_string_lossy().into_owned();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let single: Vec<&String> = queries.iter().take(SINGLE).collect();
    let started = Instant::now();
    for q in &single {
        time_command(CARI, &["search", "--json", "--index", &index_arg, q], root)?;
    }
    let per_process = single.len() as f64 / started.elapsed().as_secs_f64();

    let file = index_dir.with_extension("queries.txt");
    fs::write(&file, queries.join("\n"))?;
    let file_arg = file.to_string_lossy().into_owned();
    let started = Instant::now();
    let output = Command::new(CARI)
        .args([
            "search", "--json", "--index", &index_arg, "--batch", &file_arg,
        ])
        .output()?;
    let seconds = started.elapsed().as_secs_f64();
    let _ = fs::remove_file(&file);
    let lines = output
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .count();
    if lines != queries.len() {
        bail!(
            "--batch answered {lines} lines for {} queries",
            queries.len()
        );
    }
    let batched = queries.len() as f64 / seconds;
    println!(
        "  {label}: one process per query {per_process:.1} queries/s ({} queries); --batch {batched:.1} queries/s ({} queries): {:.1}x",
        single.len(),
        queries.len(),
        batched / per_process
    );
    Ok(())
}
