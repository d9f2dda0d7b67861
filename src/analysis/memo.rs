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
}

impl Memoized {
    /// `filters` must be built on `WholeText`.
    pub fn new(words: WordTokenizer, filters: TextAnalyzer) -> Memoized {
        Memoized {
            words,
            filters,
            memo: FxHashMap::default(),
        }
    }
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
}

impl Tokenizer for Memoized {
    type TokenStream<'a> = MemoizedStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> MemoizedStream<'a> {
        MemoizedStream {
            words: self.words.token_stream(text),
            filters: &mut self.filters,
            memo: &mut self.memo,
        }
    }
}

impl TokenStream for MemoizedStream<'_> {
    fn advance(&mut self) -> bool {
        while self.words.advance() {
            let token = self.words.token_mut();
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
