//! Text analysis: one tantivy analyser per language, built from the stages in this
//! folder, and registered on the index under the names of `AnalyzerKind::name`.
//!
//! - `id`: words (reduplication collapsed) · lower case · stop words · root (lexicon)
//! - `fr`: words · lower case · elision · stop words · Snowball French · fold accents
//! - `neutral`: words · lower case · elision · fold accents (names, numbers, any language)
//!
//! `id` and `fr` are cased (see `memo::cased_forms`): a word written with a capital
//! (`Meta`, `DeepSeek`, `iPhone`, `AI`) is a name, indexed by its surface form, which is
//! exactly its `neutral` term, and never by a stem that would make it another word
//! (`Meta` is not `met`). At the start of a sentence, where an ordinary word takes a
//! capital too, its stemmed term is indexed as well, at the same position. A stop word
//! in capitals of two letters or more is an acronym and kept (`AS`, `AI`). So a query
//! word typed with a capital is looked up by its `neutral` term alone.

pub(crate) mod elision;
pub(crate) mod id_root;
pub(crate) mod memo;
pub(crate) mod reduplication;
pub(crate) mod stem;
pub mod stopwords;
pub(crate) mod tokenizer;
pub(crate) mod word_table;

pub use id_root::IndonesianRoots;
pub use stem::{FrenchStemmer, IndonesianStemmer, Stem};

use std::cell::RefCell;
use std::sync::LazyLock;

use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, StopWordFilter, TextAnalyzer, TokenStream,
    Tokenizer, TokenizerManager,
};

use elision::ElisionFilter;
use memo::{Memoized, WholeText};
use stem::StemFilter;
use tokenizer::WordTokenizer;

/// Tokens longer than this (in bytes) are noise: base64, URLs, runs of digits.
const MAX_TOKEN_LEN: usize = 60;

/// An analyser; `From<Lang>` and `From<Tongue>` (in `language`) say which one a
/// language gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum AnalyzerKind {
    /// Indonesian: roots from the lexicon, reduplication, clitics.
    Id,
    /// French: elision, Snowball French, folded accents.
    Fr,
    /// Any other language, names and numbers: words lower-cased and folded.
    Neutral,
}

impl AnalyzerKind {
    /// Every analyser, in the order of the index fields.
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
    Memoized::new(WordTokenizer::with_reduplication(), filters)
        .cased(neutral_filters())
        .into()
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
    Memoized::new(WordTokenizer::default(), filters)
        .cased(neutral_filters())
        .into()
}

/// The stages of the `neutral` analyser after its tokenizer, on one word: also the
/// surface form the cased analysers give a word written with a capital.
fn neutral_filters() -> TextAnalyzer {
    TextAnalyzer::builder(WholeText::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_LEN))
        .filter(LowerCaser)
        .filter(ElisionFilter)
        .filter(AsciiFoldingFilter)
        .build()
}

fn build_neutral() -> TextAnalyzer {
    Memoized::new(WordTokenizer::default(), neutral_filters())
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyzedToken {
    /// The term, as the index holds it.
    pub term: String,
    /// Its position among the text's tokens (a removed stop word keeps its place).
    pub position: usize,
    /// Byte offsets into the analysed text.
    pub start: usize,
    /// End of the word in the analysed text (byte offset, exclusive).
    pub end: usize,
}

/// Whether the `kind` analyser drops a word whose neutral term is `term`, written in
/// lower case or with a capital: a stop word of its language (`des` of
/// `Saint-Guénolé-des-Landes`, `au` of `Comblain-au-Pont`). Written in capitals, as an
/// acronym, it is kept; a phrase leaving such a word out still matches, less strictly.
/// The neutral analyser drops nothing.
pub fn drops_neutral_term(kind: AnalyzerKind, term: &str) -> bool {
    use std::sync::LazyLock;
    fn neutral_terms(words: Vec<String>) -> rustc_hash::FxHashSet<String> {
        words
            .iter()
            .flat_map(|w| analyze(AnalyzerKind::Neutral, w))
            .map(|t| t.term)
            .collect()
    }
    static ID: LazyLock<rustc_hash::FxHashSet<String>> =
        LazyLock::new(|| neutral_terms(stopwords::indonesian()));
    static FR: LazyLock<rustc_hash::FxHashSet<String>> =
        LazyLock::new(|| neutral_terms(stopwords::french()));
    match kind {
        AnalyzerKind::Id => ID.contains(term),
        AnalyzerKind::Fr => FR.contains(term),
        AnalyzerKind::Neutral => false,
    }
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
    /// The `id` analyser's stages without its stemmer, and the surface stages.
    struct Unstemmed {
        words: WordTokenizer,
        filters: TextAnalyzer,
        surface: TextAnalyzer,
    }
    fn unstemmed() -> Unstemmed {
        Unstemmed {
            words: WordTokenizer::with_reduplication(),
            filters: TextAnalyzer::builder(WholeText::default())
                .filter(RemoveLongFilter::limit(MAX_TOKEN_LEN))
                .filter(LowerCaser)
                .filter(StopWordFilter::remove(stopwords::indonesian()))
                .build(),
            surface: neutral_filters(),
        }
    }
    thread_local! {
        static UNSTEMMED: RefCell<Unstemmed> = RefCell::new(unstemmed());
    }
    // As the memo of `Memoized` does, but stemming only the words that may be wanted.
    let mut id_words = |analyzer: &mut Unstemmed| {
        let mut stream = analyzer.words.token_stream(text);
        while stream.advance() {
            let sentence_start = stream.starts_sentence();
            let t = stream.token();
            let word = memo::filter_word(&mut analyzer.filters, &t.text);
            let (surface, case) = memo::surface_of(&mut analyzer.surface, &t.text);
            let (emit_surface, emit_term) = memo::cased_forms(case, sentence_start, word.is_some());
            let surface = surface.filter(|_| emit_surface);
            if let Some((term, shift)) = &surface {
                found(term, t.position, t.offset_from + shift, t.offset_to);
            }
            if let Some((word, shift)) = word.filter(|_| emit_term)
                && may_stem_to(&word)
            {
                let term = IndonesianStemmer.stem(&word);
                if surface.as_ref().is_none_or(|(s, _)| *s != term) {
                    found(&term, t.position, t.offset_from + shift, t.offset_to);
                }
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

    /// (term, position) pairs.
    fn at(kind: AnalyzerKind, text: &str) -> Vec<(String, usize)> {
        analyze(kind, text)
            .into_iter()
            .map(|t| (t.term, t.position))
            .collect()
    }

    fn pairs(expected: &[(&str, usize)]) -> Vec<(String, usize)> {
        expected.iter().map(|&(t, p)| (t.to_string(), p)).collect()
    }

    #[test]
    fn french_names_are_not_stemmed_into_words() {
        // Mid-sentence, `Meta` is a name: its surface form only, never `met`.
        assert_eq!(
            at(AnalyzerKind::Fr, "Les lunettes de Meta sont prêtes"),
            pairs(&[("lunet", 1), ("meta", 3), ("pret", 5)])
        );
        // At the start of a sentence a capital may be an ordinary word: both forms.
        assert_eq!(
            at(AnalyzerKind::Fr, "Met à jour. Meta publie"),
            pairs(&[
                ("met", 0),
                ("jour", 2),
                ("meta", 3),
                ("met", 3),
                ("publ", 4)
            ])
        );
        // Ordinary words in lower case are stemmed as before.
        assert_eq!(
            at(AnalyzerKind::Fr, "il met à jour les données"),
            pairs(&[("met", 1), ("jour", 3), ("don", 5)])
        );
        // After an elided article: `l'IA` is the acronym, `L'avenir` an ordinary word.
        assert_eq!(
            at(AnalyzerKind::Fr, "L'avenir de l'IA"),
            pairs(&[("aven", 0), ("ia", 2)])
        );
    }

    #[test]
    fn acronyms_are_kept_though_stop_words() {
        // `ai` is a French stop word, `as` an Indonesian one; in capitals they are
        // acronyms (AI; AS, the United States).
        assert_eq!(
            at(AnalyzerKind::Fr, "les modèles d'AI, AI et ai"),
            pairs(&[("model", 1), ("ai", 2), ("ai", 3)])
        );
        assert_eq!(
            at(AnalyzerKind::Id, "Presiden AS dan AI. AS menyatakan"),
            pairs(&[
                ("presiden", 0),
                ("as", 1),
                ("ai", 3),
                ("as", 4),
                ("nyata", 5),
            ])
        );
        // A capitalised stop word is still a stop word: `Le`, `Dan`.
        assert_eq!(at(AnalyzerKind::Fr, "Le modèle"), pairs(&[("model", 1)]));
        assert_eq!(at(AnalyzerKind::Id, "Dan Meta"), pairs(&[("meta", 1)]));
    }

    #[test]
    fn indonesian_capitals_at_sentence_start_are_both_forms() {
        assert_eq!(
            at(
                AnalyzerKind::Id,
                "Pemerintah Indonesia. Kata Menteri Keuangan: Perusahaan-Perusahaan"
            ),
            pairs(&[
                ("pemerintah", 0),
                ("perintah", 0),
                ("indonesia", 1),
                ("kata", 2),
                ("menteri", 3),
                ("keuangan", 4),
                ("perusahaan", 5),
                ("usaha", 5),
            ])
        );
        // In lower case, stemmed as before.
        assert_eq!(
            at(AnalyzerKind::Id, "kata menteri keuangan"),
            pairs(&[("kata", 0), ("menteri", 1), ("uang", 2)])
        );
    }

    #[test]
    fn surface_forms_are_the_neutral_terms() {
        for word in [
            "Meta",
            "DeepSeek",
            "iPhone",
            "Séoul",
            "l'IA",
            "L'Oréal",
            "AI",
            "GPT4",
            "Ñandú",
            "ÉTATS",
            "Zuckerberg",
        ] {
            let neutral = terms(AnalyzerKind::Neutral, word);
            for kind in [AnalyzerKind::Id, AnalyzerKind::Fr] {
                // Mid-sentence: the surface form alone.
                let mid = terms(kind, &format!("x {word}"));
                assert_eq!(mid[1..], neutral[..], "{kind:?} {word}");
                // At the start of a sentence: the surface form first.
                let start = analyze(kind, word);
                assert_eq!(start[0].term, neutral[0], "{kind:?} {word}");
            }
        }
    }

    #[test]
    fn remembered_words_keep_their_place_in_the_sentence() {
        // The memo holds a word as written; where it stands still decides its forms.
        let text = "Meta. Meta Meta. Met met Met. Met";
        let first = at(AnalyzerKind::Fr, text);
        assert_eq!(
            first,
            pairs(&[
                ("meta", 0),
                ("met", 0),
                ("meta", 1),
                ("met", 1),
                ("meta", 2),
                ("met", 3),
                ("met", 4),
                ("met", 5),
                ("met", 6),
            ])
        );
        assert_eq!(at(AnalyzerKind::Fr, text), first);
    }

    #[test]
    fn finding_wanted_words_gives_what_full_analysis_gives_for_capitals() {
        let text = "Pemerintah AS bertemu Meta. Pertemuan Pemerintah dan AS, Kata Zuckerberg.";
        let wanted = [
            "perintah",
            "pemerintah",
            "temu",
            "as",
            "meta",
            "kata",
            "pertemuan",
        ];
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
        assert!(fast.len() >= 9, "{fast:?}");
        assert_eq!(fast, full);
    }
}
