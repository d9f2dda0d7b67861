//! Text analysis: one tantivy analyser per language, built from the stages in this
//! folder, and registered on the index under the names of `AnalyzerKind::name`.
//!
//! - `id`: words (reduplication collapsed) · lower case · stop words · root (lexicon)
//! - `fr`: words · lower case · elision · stop words · Snowball French · fold accents
//! - `neutral`: words · lower case · elision · fold accents (names, numbers, any language)

pub mod elision;
pub mod id_root;
pub mod memo;
pub mod reduplication;
pub mod stem;
pub mod stopwords;
pub mod tokenizer;

use std::cell::RefCell;
use std::sync::LazyLock;

use serde::Serialize;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, StopWordFilter, TextAnalyzer,
    TokenizerManager,
};

use elision::ElisionFilter;
use memo::{Memoized, WholeText};
use stem::{FrenchStemmer, IndonesianStemmer, Stem, StemFilter};
use tokenizer::WordTokenizer;

/// Tokens longer than this (in bytes) are noise: base64, URLs, runs of digits.
const MAX_TOKEN_LEN: usize = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnalyzerKind {
    Id,
    Fr,
    Neutral,
}

impl AnalyzerKind {
    pub const ALL: [AnalyzerKind; 3] = [AnalyzerKind::Id, AnalyzerKind::Fr, AnalyzerKind::Neutral];

    /// The name the analyser is registered under in the index.
    pub fn name(self) -> &'static str {
        match self {
            AnalyzerKind::Id => "cari_id",
            AnalyzerKind::Fr => "cari_fr",
            AnalyzerKind::Neutral => "cari_neutral",
        }
    }

    /// A fresh analyser (cheap: the stop-word sets are shared).
    pub fn analyzer(self) -> TextAnalyzer {
        static ID: LazyLock<TextAnalyzer> = LazyLock::new(build_id);
        static FR: LazyLock<TextAnalyzer> = LazyLock::new(build_fr);
        static NEUTRAL: LazyLock<TextAnalyzer> = LazyLock::new(build_neutral);
        match self {
            AnalyzerKind::Id => ID.clone(),
            AnalyzerKind::Fr => FR.clone(),
            AnalyzerKind::Neutral => NEUTRAL.clone(),
        }
    }
}

fn build_id() -> TextAnalyzer {
    id_analyzer_with(IndonesianStemmer)
}

/// The `id` analyser with another stemmer (to compare stemmers on the same pipeline).
pub fn id_analyzer_with<S: Stem>(stemmer: S) -> TextAnalyzer {
    let filters = TextAnalyzer::builder(WholeText::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_LEN))
        .filter(LowerCaser)
        .filter(StopWordFilter::remove(stopwords::indonesian()))
        .filter(StemFilter::new(stemmer))
        .build();
    Memoized::new(WordTokenizer::with_reduplication(), filters).into()
}

fn build_fr() -> TextAnalyzer {
    let filters = TextAnalyzer::builder(WholeText::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_LEN))
        .filter(LowerCaser)
        .filter(ElisionFilter)
        .filter(StopWordFilter::remove(stopwords::french()))
        .filter(StemFilter::new(FrenchStemmer))
        .filter(AsciiFoldingFilter)
        .build();
    Memoized::new(WordTokenizer::default(), filters).into()
}

fn build_neutral() -> TextAnalyzer {
    let filters = TextAnalyzer::builder(WholeText::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_LEN))
        .filter(LowerCaser)
        .filter(ElisionFilter)
        .filter(AsciiFoldingFilter)
        .build();
    Memoized::new(WordTokenizer::default(), filters)
        // RemoveLongFilter keeps words shorter than its limit.
        .plain_words_pass(MAX_TOKEN_LEN - 1)
        .into()
}

/// Registers the three analysers on an index's tokenizer manager.
pub fn register(manager: &TokenizerManager) {
    for kind in AnalyzerKind::ALL {
        manager.register(kind.name(), kind.analyzer());
    }
}

/// One token as the index holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnalyzedToken {
    pub term: String,
    pub position: usize,
    /// Byte offsets into the analysed text.
    pub start: usize,
    pub end: usize,
}

/// The tokens `kind` makes of `text`.
pub fn analyze(kind: AnalyzerKind, text: &str) -> Vec<AnalyzedToken> {
    with_analyzer(kind, |analyzer| {
        let mut stream = analyzer.token_stream(text);
        let mut tokens = Vec::new();
        while stream.advance() {
            let t = stream.token();
            tokens.push(AnalyzedToken {
                term: t.text.clone(),
                position: t.position,
                start: t.offset_from,
                end: t.offset_to,
            });
        }
        tokens
    })
}

/// Runs `f` with this thread's analyser of `kind`, kept from call to call so that what
/// it remembers of words (see `memo`) serves every search of a process.
fn with_analyzer<R>(kind: AnalyzerKind, f: impl FnOnce(&mut TextAnalyzer) -> R) -> R {
    thread_local! {
        static ANALYZERS: RefCell<Option<[TextAnalyzer; 3]>> = const { RefCell::new(None) };
    }
    let slot = match kind {
        AnalyzerKind::Id => 0,
        AnalyzerKind::Fr => 1,
        AnalyzerKind::Neutral => 2,
    };
    ANALYZERS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut analyzers) => {
            let analyzers =
                analyzers.get_or_insert_with(|| AnalyzerKind::ALL.map(AnalyzerKind::analyzer));
            f(&mut analyzers[slot])
        }
        // Called from inside `f` (never, today): a fresh analyser.
        Err(_) => f(&mut kind.analyzer()),
    })
}

/// The tokens `kind` makes of `text` that `wanted` may accept, for finding a query's
/// terms in a passage. For `id`, whose stemmer is the costly stage, a word is stemmed
/// only when `may_stem_to` says its root could be wanted; the others are dropped.
pub fn analyze_wanted(
    kind: AnalyzerKind,
    text: &str,
    may_stem_to: impl Fn(&str) -> bool,
) -> Vec<AnalyzedToken> {
    let mut tokens = Vec::new();
    for_each_wanted(kind, text, may_stem_to, |term, position, start, end| {
        tokens.push(AnalyzedToken {
            term: term.to_string(),
            position,
            start,
            end,
        });
    });
    tokens
}

/// `analyze_wanted` without building the tokens: `found(term, position, start, end)` for
/// each, in order. Highlighting runs this over every candidate passage of a search.
pub fn for_each_wanted(
    kind: AnalyzerKind,
    text: &str,
    may_stem_to: impl Fn(&str) -> bool,
    mut found: impl FnMut(&str, usize, usize, usize),
) {
    if kind != AnalyzerKind::Id {
        with_analyzer(kind, |analyzer| {
            let mut stream = analyzer.token_stream(text);
            while stream.advance() {
                let t = stream.token();
                found(&t.text, t.position, t.offset_from, t.offset_to);
            }
        });
        return;
    }
    /// The `id` analyser without its stemmer.
    fn unstemmed() -> TextAnalyzer {
        TextAnalyzer::builder(WordTokenizer::with_reduplication())
            .filter(RemoveLongFilter::limit(MAX_TOKEN_LEN))
            .filter(LowerCaser)
            .filter(StopWordFilter::remove(stopwords::indonesian()))
            .build()
    }
    thread_local! {
        static UNSTEMMED: RefCell<TextAnalyzer> = RefCell::new(unstemmed());
    }
    let mut id_words = |analyzer: &mut TextAnalyzer| {
        let mut stream = analyzer.token_stream(text);
        while stream.advance() {
            let t = stream.token();
            if may_stem_to(&t.text) {
                let term = IndonesianStemmer.stem(&t.text);
                found(&term, t.position, t.offset_from, t.offset_to);
            }
        }
    };
    UNSTEMMED.with(|cell| match cell.try_borrow_mut() {
        Ok(mut analyzer) => id_words(&mut analyzer),
        // Called from inside `found` (never, today): a fresh analyser.
        Err(_) => id_words(&mut unstemmed()),
    });
}

/// Whether an Indonesian word could have `root` as its root: affixes add letters around
/// the root and change at most its first letter (`menyampaikan` → `sampai`), so the
/// word holds the rest of the root.
pub fn may_have_root(word: &str, root: &str) -> bool {
    let rest = root.char_indices().nth(1).map_or(root, |(i, _)| &root[i..]);
    word.contains(rest)
}

/// Just the terms.
pub fn terms(kind: AnalyzerKind, text: &str) -> Vec<String> {
    analyze(kind, text).into_iter().map(|t| t.term).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tok(term: &str, position: usize, start: usize, end: usize) -> AnalyzedToken {
        AnalyzedToken {
            term: term.to_string(),
            position,
            start,
            end,
        }
    }

    #[test]
    fn indonesian_sentence_of_the_seeds() {
        // From 000: stop words dropped, reduplication collapsed, stems.
        let text = "kerja sama antara Meta dan perusahaan-perusahaan kami";
        assert_eq!(
            analyze(AnalyzerKind::Id, text),
            [
                tok("kerja", 0, 0, 5),
                tok("sama", 1, 6, 10),
                tok("meta", 3, 18, 22),
                tok("usaha", 5, 27, 48),
            ]
        );
    }

    #[test]
    fn french_sentence_of_the_seeds() {
        // From 001: elision, stop words, stems, accents folded after stemming.
        let text = "sur l'avenir de la technologie, une intelligence générale";
        assert_eq!(
            analyze(AnalyzerKind::Fr, text),
            [
                tok("aven", 1, 6, 12),
                tok("technolog", 4, 19, 30),
                tok("intelligent", 6, 36, 48),
                tok("general", 7, 49, 59),
            ]
        );
        assert_eq!(
            terms(AnalyzerKind::Fr, "generale"),
            terms(AnalyzerKind::Fr, "générale")
        );
    }

    #[test]
    fn finding_wanted_roots_gives_what_full_analysis_gives() {
        let text = "Pada Rabu, Zuckerberg bertemu dengan Chairman Samsung dan menyampaikan pertemuan-pertemuan lain.";
        let wanted = ["temu", "sampai", "zuckerberg"];
        let full: Vec<AnalyzedToken> = analyze(AnalyzerKind::Id, text)
            .into_iter()
            .filter(|t| wanted.contains(&t.term.as_str()))
            .collect();
        let fast: Vec<AnalyzedToken> = analyze_wanted(AnalyzerKind::Id, text, |w| {
            wanted.iter().any(|r| may_have_root(w, r))
        })
        .into_iter()
        .filter(|t| wanted.contains(&t.term.as_str()))
        .collect();
        assert_eq!(fast.len(), 4);
        assert_eq!(fast, full);
    }

    #[test]
    fn neutral_keeps_every_word_folded() {
        assert_eq!(
            terms(
                AnalyzerKind::Neutral,
                "Le PDG de Meta, à Séoul, l'IA 16.000"
            ),
            ["le", "pdg", "de", "meta", "a", "seoul", "ia", "16000"]
        );
    }
}
