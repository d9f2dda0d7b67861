//! Fuzzing what users and files control: queries and questions against a real index,
//! the analysers, and the reading of file contents into articles. Nothing may panic,
//! and what comes out must hold together (offsets inside the text and on character
//! boundaries, passages of bounded length).
//!
//! A short run is part of `cargo test`. For a long one, in a release build:
//!
//! ```sh
//! PROPTEST_CASES=1000000 cargo test --release --test it fuzz:: -- --nocapture
//! ```
//!
//! Each target prints how many cases it ran.

use crate::harness;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use cari::analysis::{self, AnalyzerKind};
use cari::ask;
use cari::corpus::{self, MAX_PASSAGE_BYTES};
use cari::index::{self, CariIndex};
use cari::language::Lang;
use cari::search::{self, SearchError, SearchOptions};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// Cases per target: `PROPTEST_CASES`, else a run short enough for every `cargo test`.
fn cases(short: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(short)
}

fn run<S: Strategy>(
    name: &str,
    short: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S::Value: std::fmt::Debug,
{
    let cases = cases(short);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    if let Err(err) = runner.run(&strategy, test) {
        panic!("{name}: {err}");
    }
    eprintln!("fuzz {name}: {cases} cases, all clean");
}

/// Words and pieces that have broken search engines: the seeds' words, stop words of
/// the three languages, query syntax cari doesn't have, quotes of every kind, control
/// characters, emoji, combining marks, letters whose lower case is longer or shorter
/// than they are, other scripts.
const PIECES: &[&str] = &[
    "Zuckerberg",
    "DeepSeek",
    "jaket",
    "kulit",
    "kecerdasan",
    "buatan",
    "intelligence",
    "générale",
    "GÉNÉRALE",
    "l'avenir",
    "qu'il",
    "aujourd'hui",
    "perusahaan-perusahaan",
    "anak-anak",
    "open-source",
    "16.000",
    "3,1",
    "2024-02",
    "the",
    "and",
    "of",
    "yang",
    "dan",
    "di",
    "le",
    "les",
    "de",
    "what",
    "did",
    "say",
    "about",
    "who",
    "apa",
    "kata",
    "siapa",
    "quoi",
    "dit",
    "qui",
    "title:",
    "title:foo",
    "doc:003",
    "lang:fr",
    "AND",
    "OR",
    "NOT",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "\"",
    "“",
    "”",
    "«",
    "»",
    "'",
    "’",
    "-",
    "+",
    "*",
    "?",
    "~",
    "^",
    ":",
    "\\",
    "/",
    ".",
    ",",
    "…",
    "😀",
    "🎉",
    "👩‍💻",
    "🇮🇩",
    "\u{0}",
    "\u{7}",
    "\u{1b}[31m",
    "\t",
    "\n",
    "\r\n",
    "\u{85}",
    "\u{200b}",
    "\u{200d}",
    "\u{feff}",
    "\u{301}",
    "e\u{301}",
    "\u{202e}",
    "İstanbul",
    "ß",
    "ẞ",
    "ﬁ",
    "ǅ",
    "Ⅻ",
    "①",
    "١٢٣",
    "中文",
    "日本語",
    "한국어",
    "עברית",
    "Ａｂｃ",
    "𝔘𝔫𝔦",
    "ΣΊΣΥΦΟΣ",
    "Ⱥ",
    "ȿ",
    "ı",
];

/// Every word of the seed articles, as written (punctuation and all).
static SEED_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut words = Vec::new();
    for entry in std::fs::read_dir(harness::seeds()).expect("seeds") {
        let text = std::fs::read_to_string(entry.expect("seed").path()).expect("seed text");
        words.extend(text.split_whitespace().map(str::to_string));
    }
    words
});

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::sample::select(&SEED_WORDS[..]),
        8 => prop::sample::select(PIECES).prop_map(str::to_string),
        2 => "[a-zA-Zàéèêçœ]{1,12}",
        1 => prop::collection::vec(any::<char>(), 1..6).prop_map(String::from_iter),
    ]
}

fn separator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(&[" ", " ", " ", "", "  ", "\t", "-", "'"][..])
}

fn joined(pieces: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), separator()), pieces).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(p, s)| [p, s.to_string()])
            .collect()
    })
}

/// Mostly short queries; one in a thousand of several thousand characters.
fn query() -> impl Strategy<Value = String> {
    prop_oneof![
        600 => joined(0..8),
        300 => ".{0,40}",
        99 => prop::collection::vec(any::<char>(), 0..30).prop_map(String::from_iter),
        1 => joined(500..2500),
    ]
}

static SEEDS: LazyLock<(tempfile::TempDir, CariIndex)> = LazyLock::new(|| {
    let dir = harness::seeds_index();
    let index = index::open(dir.path()).expect("open the seeds index");
    (dir, index)
});

fn check_offsets(text: &str, ranges: &[[usize; 2]], what: &str) -> Result<(), TestCaseError> {
    for &[start, end] in ranges {
        prop_assert!(
            start < end
                && end <= text.len()
                && text.is_char_boundary(start)
                && text.is_char_boundary(end),
            "{what} {start}..{end} in {text:?}"
        );
    }
    Ok(())
}

fn check_hits(hits: &[search::Hit]) -> Result<(), TestCaseError> {
    for (i, hit) in hits.iter().enumerate() {
        prop_assert_eq!(hit.rank, i + 1);
        prop_assert!(hit.score.is_finite());
        check_offsets(&hit.text, &hit.highlights, "highlight")?;
        check_offsets(&hit.snippet, &hit.snippet_highlights, "snippet highlight")?;
    }
    Ok(())
}

#[test]
fn queries_and_questions_never_fail_but_on_the_query() {
    let (_, index) = &*SEEDS;
    let (found, refused) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let lang = prop::option::of(prop::sample::select(&[Lang::Id, Lang::Fr, Lang::Other][..]));
    run(
        "queries",
        1000,
        (query(), 1..20usize, lang, any::<bool>()),
        |(q, limit, lang, translate)| {
            let options = SearchOptions {
                limit,
                lang,
                translate,
                ..SearchOptions::default()
            };
            match search::search(index, &q, &options) {
                Ok(results) => {
                    if !results.hits.is_empty() {
                        found.fetch_add(1, Ordering::Relaxed);
                    }
                    prop_assert!(results.hits.len() <= limit);
                    prop_assert!(results.total_hits >= results.hits.len());
                    check_hits(&results.hits)?;
                }
                Err(SearchError::Query(_)) => {
                    refused.fetch_add(1, Ordering::Relaxed);
                }
                Err(err) => prop_assert!(false, "{q:?}: {err}"),
            }
            match ask::ask(index, &q, &options) {
                Ok(answer) => check_hits(&answer.hits)?,
                Err(SearchError::Query(_)) => {}
                Err(err) => prop_assert!(false, "ask {q:?}: {err}"),
            }
            Ok(())
        },
    );
    eprintln!(
        "fuzz queries: {} found passages, {} refused as queries",
        found.into_inner(),
        refused.into_inner()
    );
}

#[test]
fn analysers_keep_offsets_inside_the_text() {
    run("analysers", 5000, query(), |text| {
        for kind in AnalyzerKind::ALL {
            let tokens = analysis::analyze(kind, &text);
            let mut last = 0;
            for t in &tokens {
                check_offsets(&text, &[[t.start, t.end]], "token")?;
                prop_assert!(!t.term.is_empty());
                prop_assert!(t.position >= last);
                last = t.position;
            }
        }
        Ok(())
    });
}

const BYTE_ORDER_MARKS: &[&[u8]] = &[b"\xEF\xBB\xBF", b"\xFF\xFE", b"\xFE\xFF"];

/// File contents: random bytes, or text with every kind of line ending, dates,
/// headlines and now and then a line far longer than a passage.
fn file_bytes() -> impl Strategy<Value = Vec<u8>> {
    let line_end = prop::sample::select(&["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", " "][..]);
    let text = prop::collection::vec(
        prop_oneof![
            20 => (joined(0..12), line_end).prop_map(|(l, e)| l + e),
            1 => Just("date 2024-02-29 ".to_string()),
            1 => (joined(1..4), 1..2000usize).prop_map(|(p, n)| (p + ". ").repeat(n)),
        ],
        0..20,
    )
    .prop_map(|lines| lines.concat().into_bytes());
    prop_oneof![
        3 => text,
        1 => prop::collection::vec(any::<u8>(), 0..2000),
        1 => (prop::sample::select(BYTE_ORDER_MARKS),
              prop::collection::vec(any::<u8>(), 0..200))
            .prop_map(|(bom, rest)| [bom, &rest[..]].concat()),
    ]
}

#[test]
fn any_file_reads_as_an_article_of_bounded_passages_or_a_reason() {
    run("files", 2000, file_bytes(), |bytes| {
        let Ok((text, _)) = corpus::decode(&bytes) else {
            return Ok(());
        };
        prop_assert!(!text.trim().is_empty());
        let article = corpus::parse_article("fuzz.txt", &text);
        prop_assert!(!article.title.is_empty());
        for (i, passage) in article.passages.iter().enumerate() {
            prop_assert_eq!(passage.ordinal, i);
            prop_assert!(!passage.text.trim().is_empty());
            prop_assert!(passage.text.len() <= MAX_PASSAGE_BYTES);
        }
        Ok(())
    });
}
