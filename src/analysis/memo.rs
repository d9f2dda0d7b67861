//! Remembering what an analyser's filters make of each word.
//!
//! Every stage after the tokenizer (lower case, elision, stop words, stemming, folding)
//! works on one word at a time, and news vocabulary is Zipfian: nearly every word of a
//! text has been seen before. So an analyser is a tokenizer followed by a memo from the
//! word as written to what the filters make of it (a term, or nothing for a stop word);
//! the filters only run on words the memo doesn't hold yet. The tokens are exactly the
//! filters' tokens: positions come from the tokenizer, the filters drop or rewrite words,
//! and elision moves a token's start, which the memo keeps as a shift.
//!
//! Each copy of an analyser has its own memo (tantivy makes one per indexing thread and
//! segment), so there is no lock; a memo stops growing at `MEMO_WORDS` words.

use rustc_hash::FxHashMap;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};

use super::tokenizer::{WordTokenStream, WordTokenizer};

/// Words one memo holds at most; words beyond are run through the filters each time.
const MEMO_WORDS: usize = 16_384;

/// What the filters made of a word.
#[derive(Clone)]
struct Normalized {
    term: Box<str>,
    /// How far the token's start moved (an elided article: `l'avenir` → `avenir`).
    shift: usize,
}

/// A word tokenizer whose words go through `filters`, remembered.
#[derive(Clone)]
pub struct Memoized {
    words: WordTokenizer,
    /// The filters, over a tokenizer that makes the whole input one token.
    filters: TextAnalyzer,
    memo: FxHashMap<Box<str>, Option<Normalized>>,
    /// Words of lower-case ASCII letters and digits at most this long come out of the
    /// filters as they went in (0: no such promise), so they skip the memo.
    plain_up_to: usize,
}

impl Memoized {
    /// `filters` must be built on `WholeText`.
    pub fn new(words: WordTokenizer, filters: TextAnalyzer) -> Memoized {
        Memoized {
            words,
            filters,
            memo: FxHashMap::default(),
            plain_up_to: 0,
        }
    }

    /// Promises that `filters` leave every word of lower-case ASCII letters and digits
    /// of at most `len` bytes as it is (true of lower-casing, folding and elision).
    pub fn plain_words_pass(mut self, len: usize) -> Memoized {
        self.plain_up_to = len;
        self
    }
}

fn is_plain(word: &str, max: usize) -> bool {
    word.len() <= max
        && word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

fn normalize(filters: &mut TextAnalyzer, word: &str) -> Option<Normalized> {
    let mut stream = filters.token_stream(word);
    if !stream.advance() {
        return None;
    }
    let token = stream.token();
    Some(Normalized {
        term: token.text.as_str().into(),
        shift: token.offset_from,
    })
}

pub struct MemoizedStream<'a> {
    words: WordTokenStream<'a>,
    filters: &'a mut TextAnalyzer,
    memo: &'a mut FxHashMap<Box<str>, Option<Normalized>>,
    plain_up_to: usize,
}

impl Tokenizer for Memoized {
    type TokenStream<'a> = MemoizedStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> MemoizedStream<'a> {
        MemoizedStream {
            words: self.words.token_stream(text),
            filters: &mut self.filters,
            memo: &mut self.memo,
            plain_up_to: self.plain_up_to,
        }
    }
}

impl TokenStream for MemoizedStream<'_> {
    fn advance(&mut self) -> bool {
        while self.words.advance() {
            let token = self.words.token_mut();
            if is_plain(&token.text, self.plain_up_to) {
                return true;
            }
            let computed;
            let normalized = match self.memo.get(token.text.as_str()) {
                Some(known) => known.as_ref(),
                None => {
                    computed = normalize(self.filters, &token.text);
                    if self.memo.len() < MEMO_WORDS {
                        self.memo
                            .entry(token.text.as_str().into())
                            .or_insert(computed)
                            .as_ref()
                    } else {
                        computed.as_ref()
                    }
                }
            };
            if let Some(normalized) = normalized {
                token.text.clear();
                token.text.push_str(&normalized.term);
                token.offset_from += normalized.shift;
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.words.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.words.token_mut()
    }
}

/// A tokenizer that makes its whole input one token, for the filters of `Memoized`.
#[derive(Clone, Default)]
pub struct WholeText {
    token: Token,
}

pub struct WholeTextStream<'a> {
    token: &'a mut Token,
    done: bool,
}

impl Tokenizer for WholeText {
    type TokenStream<'a> = WholeTextStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WholeTextStream<'a> {
        self.token.reset();
        self.token.text.push_str(text);
        self.token.offset_to = text.len();
        self.token.position = 0;
        WholeTextStream {
            token: &mut self.token,
            done: text.is_empty(),
        }
    }
}

impl TokenStream for WholeTextStream<'_> {
    fn advance(&mut self) -> bool {
        let first = !self.done;
        self.done = true;
        first
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, RemoveLongFilter, StopWordFilter};

    use super::*;
    use crate::analysis::elision::ElisionFilter;

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.position, t.offset_from, t.offset_to));
        }
        out
    }

    const LIMIT: usize = 12;
    const TEXT: &str = "Le PDG de Meta, à Séoul, l'IA 16.000 le l'avenir L'Avenir \
                        abcdefghijk abcdefghijkl abcdefghijklm ABCDEFGHIJK open-source";

    /// The filters over `tokenizer`; with a stop word when `stop`.
    fn chain<T: Tokenizer>(tokenizer: T, stop: bool) -> TextAnalyzer {
        let stop_words = if stop { vec!["le".to_string()] } else { vec![] };
        TextAnalyzer::builder(tokenizer)
            .filter(RemoveLongFilter::limit(LIMIT))
            .filter(LowerCaser)
            .filter(ElisionFilter)
            .filter(StopWordFilter::remove(stop_words))
            .filter(AsciiFoldingFilter)
            .build()
    }

    #[test]
    fn remembered_words_come_out_as_the_filters_make_them() {
        let expected = tokens(&mut chain(WordTokenizer::default(), true), TEXT);
        assert!(expected.iter().any(|t| t.0 == "abcdefghijk"));
        assert!(
            !expected
                .iter()
                .any(|t| t.0 == "abcdefghijkl" || t.0 == "le")
        );
        let mut memoized: TextAnalyzer =
            Memoized::new(WordTokenizer::default(), chain(WholeText::default(), true)).into();
        for _ in 0..2 {
            // Twice: the second time every word comes from the memo.
            assert_eq!(tokens(&mut memoized, TEXT), expected);
        }
    }

    #[test]
    fn plain_words_skip_the_memo_only_where_the_filters_keep_them() {
        let expected = tokens(&mut chain(WordTokenizer::default(), false), TEXT);
        let mut fast: TextAnalyzer =
            Memoized::new(WordTokenizer::default(), chain(WholeText::default(), false))
                .plain_words_pass(LIMIT - 1)
                .into();
        assert_eq!(tokens(&mut fast, TEXT), expected);
    }
}
