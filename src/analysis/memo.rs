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
//! segment), so there is no lock; a memo stops growing at `MEMO_WORDS` words. It is a
//! `WordTable` (each word in a slot of half a cache line, with where its forms lie in one
//! string of them all), because it is asked once per word indexed. A stream reads one
//! word ahead and starts fetching that word's slot, so the wait on memory overlaps the
//! indexing of the word before.
//!
//! tantivy gives each segment a fresh copy of the analyser, so a memo would start empty
//! with every segment (a build of a large archive writes several per thread). A memo
//! set down with its analyser is kept by the thread (`MemoShelf`), and the next copy of
//! the same analyser that starts on that thread picks it up instead of starting empty.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};

use super::tokenizer::{PlainWord, WordTokenStream, WordTokenizer};
use super::word_table::WordTable;

/// Words one memo holds at most; words beyond are run through the filters each time.
/// At 16,384 a memo filled on the first articles of a large archive and missed a
/// tenth of later words; 65,536 (4 MB a memo) cut indexing CPU by about 7% at 1M
/// passages. There the Indonesian memos still filled: 517,000 words of 39 million
/// went through the filters, 293,000 at 131,072 (8 MB a memo, only the memos that
/// fill grow to it), each costing thousands of instructions in the root finder.
const MEMO_WORDS: usize = 131_072;

/// How a word is written, once an elided article is set aside (`l'IA` is `IA`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// No capital letter.
    Lower,
    /// A capital somewhere, not all capitals of two letters or more: `Meta`, `DeepSeek`,
    /// `iPhone`, `A`.
    Capitalised,
    /// Two letters or more, all capitals: `AI`, `AS`, `GPT4`.
    AllCaps,
}

impl Case {
    pub fn of(word: &str) -> Case {
        let (mut upper, mut lower) = (0, 0);
        for c in word.chars() {
            if c.is_uppercase() {
                upper += 1;
            } else if c.is_lowercase() {
                lower += 1;
            }
        }
        match (upper, lower) {
            (0, _) => Case::Lower,
            (2.., 0) => Case::AllCaps,
            _ => Case::Capitalised,
        }
    }
}

/// Which of a word's forms a cased analyser emits, by how the word is written, whether
/// it begins a sentence, and whether the language's filters keep it (`kept`: not a stop
/// word, not too long): `(surface, term)`.
///
/// - a word in lower case: its term;
/// - a capitalised word is a name wherever an ordinary word would not be capitalised:
///   its surface form (what the `neutral` analyser makes of it), which no stemmer turns
///   into another word (`Meta` is not `met`); at the start of a sentence it may also be
///   an ordinary word, so its term too (`Met à jour` → `met`);
/// - a stop word is dropped, unless written in capitals of two letters or more, where
///   it is an acronym (`AS`, the United States in Indonesian; `AI`).
pub fn cased_forms(case: Case, sentence_start: bool, kept: bool) -> (bool, bool) {
    match case {
        Case::Lower => (false, kept),
        Case::Capitalised => (kept, kept && sentence_start),
        Case::AllCaps => (true, kept && sentence_start),
    }
}

/// A form of a word: its text, and how far the token's start moved (an elided article:
/// `l'avenir` → `avenir`).
#[derive(Clone)]
struct Form {
    term: String,
    shift: usize,
}

/// What the filters made of a word as written: the language's term (None for a stop
/// word) and, for a word with a capital, its surface form and how it is written.
#[derive(Clone)]
struct Normalized {
    term: Option<Form>,
    surface: Option<Form>,
    case: Case,
}

/// `Normalized` as the memo keeps it, small enough to share a slot of half a cache line
/// with its word: the term's text then the surface form's, from `start` in the memo's
/// string of forms (a byte array, so the slot needs no padding).
#[derive(Clone, Copy, Default)]
struct Kept {
    start: [u8; 4],
    term_len: u8,
    term_shift: u8,
    surface_len: u8,
    surface_shift: u8,
    /// Bit 0: has a term; bit 1: has a surface form; bits 2-3: the `Case`.
    flags: u8,
}

/// A form to emit: its text and its shift.
type FormRef<'a> = Option<(&'a str, usize)>;

/// A form's length and shift as the memo keeps them (none: 0 and 0), if they fit.
fn sizes(form: &Option<Form>) -> Option<(u8, u8)> {
    match form {
        Some(form) => Some((
            u8::try_from(form.term.len()).ok()?,
            u8::try_from(form.shift).ok()?,
        )),
        None => Some((0, 0)),
    }
}

fn view(form: &Option<Form>) -> FormRef<'_> {
    form.as_ref().map(|f| (f.term.as_str(), f.shift))
}

/// The words a memo holds and their forms.
#[derive(Clone)]
struct Memo {
    words: WordTable<Kept>,
    forms: String,
}

impl Memo {
    fn new() -> Memo {
        Memo {
            words: WordTable::new(MEMO_WORDS),
            forms: String::new(),
        }
    }

    /// The forms of a word held: (term, surface, case), given its hash from the
    /// table's `prefetch` (None: the table couldn't say then).
    fn get(&self, word: &str, hash: Option<usize>) -> Option<(FormRef<'_>, FormRef<'_>, Case)> {
        let kept = match hash {
            Some(hash) => self.words.get_hashed(word, hash)?,
            None => self.words.get(word)?,
        };
        let case = match kept.flags >> 2 {
            0 => Case::Lower,
            1 => Case::Capitalised,
            _ => Case::AllCaps,
        };
        let start = u32::from_ne_bytes(kept.start) as usize;
        let middle = start + usize::from(kept.term_len);
        let end = middle + usize::from(kept.surface_len);
        Some((
            (kept.flags & 1 != 0)
                .then(|| (&self.forms[start..middle], usize::from(kept.term_shift))),
            (kept.flags & 2 != 0)
                .then(|| (&self.forms[middle..end], usize::from(kept.surface_shift))),
            case,
        ))
    }

    /// Keeps what the filters made of `word`, if the memo has room.
    fn insert(&mut self, word: &str, normalized: &Normalized) {
        if self.words.len() >= MEMO_WORDS {
            return;
        }
        let (Ok(start), Some((term_len, term_shift)), Some((surface_len, surface_shift))) = (
            u32::try_from(self.forms.len()),
            sizes(&normalized.term),
            sizes(&normalized.surface),
        ) else {
            return;
        };
        let case = match normalized.case {
            Case::Lower => 0,
            Case::Capitalised => 1,
            Case::AllCaps => 2,
        };
        let flags = u8::from(normalized.term.is_some())
            | u8::from(normalized.surface.is_some()) << 1
            | case << 2;
        let kept = Kept {
            start: start.to_ne_bytes(),
            term_len,
            term_shift,
            surface_len,
            surface_shift,
            flags,
        };
        if self.words.insert(word, kept) {
            for form in [&normalized.term, &normalized.surface]
                .into_iter()
                .flatten()
            {
                self.forms.push_str(&form.term);
            }
        }
    }
}

/// The memos this thread's analysers set down, by the analyser they came from: at most
/// one per analyser, the fuller kept.
struct MemoShelf(Vec<(u64, Memo)>);

thread_local! {
    static SHELF: RefCell<MemoShelf> = const { RefCell::new(MemoShelf(Vec::new())) };
}

/// Tells analysers apart on the shelf: an analyser built by `Memoized::new` gets the
/// next, and its copies share it.
static NEXT_ANALYSER: AtomicU64 = AtomicU64::new(0);

impl MemoShelf {
    /// Sets `memo` of analyser `id` down, unless the shelf holds a fuller one of it.
    fn put(id: u64, memo: Memo) {
        // At thread exit the shelf may already be gone: the memo is dropped.
        let _ = SHELF.try_with(|shelf| {
            let Ok(mut shelf) = shelf.try_borrow_mut() else {
                return;
            };
            match shelf.0.iter_mut().find(|(held, _)| *held == id) {
                Some((_, held)) if held.words.len() < memo.words.len() => *held = memo,
                Some(_) => {}
                None => shelf.0.push((id, memo)),
            }
        });
    }

    /// Takes the memo of analyser `id` set down on this thread, if any.
    fn take(id: u64) -> Option<Memo> {
        SHELF
            .try_with(|shelf| {
                let mut shelf = shelf.try_borrow_mut().ok()?;
                let at = shelf.0.iter().position(|(held, _)| *held == id)?;
                Some(shelf.0.swap_remove(at).1)
            })
            .ok()
            .flatten()
    }
}

/// A word tokenizer whose words go through `filters`, remembered.
///
/// With `surface` filters (the `neutral` analyser's), the analyser is cased: words
/// written with a capital are emitted as `cased_forms` says, the surface form first and
/// the term at the same position when both are wanted and differ. The memo is keyed by
/// the word as written, so by its case, and holds both forms; whether the word begins
/// a sentence only picks among them.
#[derive(Clone)]
pub struct Memoized {
    /// Which analyser this is a copy of (see `MemoShelf`).
    id: u64,
    /// Whether the memo may still be taken from the shelf: until the first text.
    fresh: bool,
    words: WordTokenizer,
    /// The filters, over a tokenizer that makes the whole input one token.
    filters: TextAnalyzer,
    /// The filters making a capitalised word's surface form, for a cased analyser.
    surface: Option<TextAnalyzer>,
    memo: Memo,
    /// The token a stream hands out, reused from one text to the next.
    token: Token,
    /// Holds a word read into the tokenizer's token while its forms are written into
    /// the token handed out (a buffer kept from word to word).
    spare: String,
    /// Words of lower-case ASCII letters and digits at most this long come out of the
    /// filters as they went in (0: no such promise), so they skip the memo.
    plain_up_to: usize,
}

impl Memoized {
    /// `filters` must be built on `WholeText`.
    pub fn new(words: WordTokenizer, filters: TextAnalyzer) -> Memoized {
        Memoized {
            id: NEXT_ANALYSER.fetch_add(1, Ordering::Relaxed),
            fresh: true,
            words,
            filters,
            surface: None,
            memo: Memo::new(),
            token: Token::default(),
            spare: String::new(),
            plain_up_to: 0,
        }
    }

    /// Makes the analyser cased, with `surface` (built on `WholeText`) making the
    /// surface form of words written with a capital.
    pub fn cased(mut self, surface: TextAnalyzer) -> Memoized {
        self.surface = Some(surface);
        self
    }

    /// Promises that `filters` leave every word of lower-case ASCII letters and digits
    /// of at most `len` bytes as it is (true of lower-casing, folding and elision).
    pub fn plain_words_pass(mut self, len: usize) -> Memoized {
        self.plain_up_to = len;
        self
    }
}

impl Drop for Memoized {
    fn drop(&mut self) {
        if self.memo.words.len() > 0 {
            MemoShelf::put(self.id, std::mem::replace(&mut self.memo, Memo::new()));
        }
    }
}

fn is_plain(word: &str, max: usize) -> bool {
    word.len() <= max
        && word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// What `filters` make of one word.
pub fn filter_word(filters: &mut TextAnalyzer, word: &str) -> Option<(String, usize)> {
    let mut stream = filters.token_stream(word);
    if !stream.advance() {
        return None;
    }
    let token = stream.token();
    Some((token.text.clone(), token.offset_from))
}

fn form(filters: &mut TextAnalyzer, word: &str) -> Option<Form> {
    filter_word(filters, word).map(|(term, shift)| Form { term, shift })
}

/// The surface form of a word with a capital and how it is written, or None (and
/// `Case::Lower`) when it has none once an elided article is set aside.
pub fn surface_of(surface: &mut TextAnalyzer, word: &str) -> (Option<(String, usize)>, Case) {
    if !word.chars().any(char::is_uppercase) {
        return (None, Case::Lower);
    }
    let found = filter_word(surface, word);
    let shift = found.as_ref().map_or(0, |f| f.1);
    let case = word.get(shift..).map_or(Case::Capitalised, Case::of);
    match case {
        Case::Lower => (None, Case::Lower),
        case => (found, case),
    }
}

fn normalize(
    filters: &mut TextAnalyzer,
    surface: Option<&mut TextAnalyzer>,
    word: &str,
) -> Normalized {
    let (surface, case) = match surface {
        Some(surface) => surface_of(surface, word),
        None => (None, Case::Lower),
    };
    Normalized {
        term: form(filters, word),
        surface: surface.map(|(term, shift)| Form { term, shift }),
        case,
    }
}

pub struct MemoizedStream<'a> {
    words: WordTokenStream<'a>,
    filters: &'a mut TextAnalyzer,
    surface: Option<&'a mut TextAnalyzer>,
    memo: &'a mut Memo,
    plain_up_to: usize,
    /// The token handed out. The tokenizer's own holds the word after it, read ahead.
    token: &'a mut Token,
    spare: &'a mut String,
    /// What the tokenizer holds read ahead (`None`: nothing read yet).
    ahead: Option<Ahead>,
    /// A second form of the current word, emitted at the same position next.
    pending: Option<(String, usize)>,
    /// Where the current word starts in the text.
    word_start: usize,
}

impl Tokenizer for Memoized {
    type TokenStream<'a> = MemoizedStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> MemoizedStream<'a> {
        if self.fresh {
            self.fresh = false;
            if self.memo.words.len() == 0
                && let Some(memo) = MemoShelf::take(self.id)
            {
                self.memo = memo;
            }
        }
        self.token.reset();
        MemoizedStream {
            words: self.words.token_stream(text),
            filters: &mut self.filters,
            surface: self.surface.as_mut(),
            memo: &mut self.memo,
            plain_up_to: self.plain_up_to,
            token: &mut self.token,
            spare: &mut self.spare,
            ahead: None,
            pending: None,
            word_start: 0,
        }
    }
}

/// A word read ahead, or the end of the text.
#[derive(Clone, Copy)]
enum Ahead {
    End,
    /// A word in the tokenizer's token (see `Found`).
    Token(Found),
    /// A word read in place (`WordTokenStream::advance_plain`), and whether it begins
    /// a sentence.
    InPlace(PlainWord, bool, Found),
}

/// What a word read ahead needs.
#[derive(Clone, Copy)]
enum Found {
    /// A plain word (see `plain_up_to`): its token is the word as written.
    Plain,
    /// A word to look up in the memo, with its hash there (hashed once for the
    /// prefetch and the look-up).
    Word(Option<usize>),
}

impl MemoizedStream<'_> {
    /// Reads the next word into the tokenizer's token and starts fetching its memo
    /// slot, which is looked up when the word's turn comes, a token later.
    fn read_ahead(&mut self) -> Ahead {
        if let Some(plain) = self.words.advance_plain() {
            let word = &self.words.text()[plain.from..plain.to];
            return Ahead::InPlace(plain, self.words.starts_sentence(), self.found(word));
        }
        if !self.words.advance() {
            return Ahead::End;
        }
        Ahead::Token(self.found(&self.words.token().text))
    }

    fn found(&self, word: &str) -> Found {
        if is_plain(word, self.plain_up_to) {
            return Found::Plain;
        }
        Found::Word(self.memo.words.prefetch(word))
    }

    /// Writes the forms of `word` into the token handed out (whose offsets and
    /// position are the word's already), the second one pending; false when the
    /// analyser drops the word.
    fn emit_forms(&mut self, word: &str, hash: Option<usize>, sentence_start: bool) -> bool {
        let computed;
        let (term, surface, case) = match self.memo.get(word, hash) {
            Some(known) => known,
            None => {
                computed = normalize(self.filters, self.surface.as_deref_mut(), word);
                self.memo.insert(word, &computed);
                (view(&computed.term), view(&computed.surface), computed.case)
            }
        };
        let (emit_surface, emit_term) = cased_forms(case, sentence_start, term.is_some());
        let surface = surface.filter(|_| emit_surface);
        let term = term.filter(|t| emit_term && surface.is_none_or(|s| s.0 != t.0));
        let (first, second) = match (surface, term) {
            (Some(s), t) => (s, t),
            (None, Some(t)) => (t, None),
            (None, None) => return false,
        };
        let token = &mut *self.token;
        self.word_start = token.offset_from;
        self.pending = second.map(|(term, shift)| (term.to_string(), shift));
        token.text.clear();
        token.text.push_str(first.0);
        token.offset_from += first.1;
        true
    }
}

impl TokenStream for MemoizedStream<'_> {
    fn advance(&mut self) -> bool {
        if let Some((term, shift)) = self.pending.take() {
            self.token.text.clear();
            self.token.text.push_str(&term);
            self.token.offset_from = self.word_start + shift;
            return true;
        }
        loop {
            let ahead = match self.ahead {
                Some(ahead) => ahead,
                None => self.read_ahead(),
            };
            let (found, sentence_start) = match ahead {
                Ahead::End => {
                    self.ahead = Some(Ahead::End);
                    return false;
                }
                Ahead::InPlace(plain, sentence_start, found) => {
                    self.ahead = Some(self.read_ahead());
                    let word = &self.words.text()[plain.from..plain.to];
                    let token = &mut *self.token;
                    token.offset_from = plain.from;
                    token.offset_to = plain.to;
                    token.position = plain.position;
                    token.position_length = 1;
                    match found {
                        Found::Plain => {
                            token.text.clear();
                            token.text.push_str(word);
                            return true;
                        }
                        Found::Word(hash) => {
                            if self.emit_forms(word, hash, sentence_start) {
                                return true;
                            }
                            continue;
                        }
                    }
                }
                Ahead::Token(found) => (found, self.words.starts_sentence()),
            };
            // The word becomes the token handed out; the tokenizer writes every field
            // of the one it gets back when it reads the next word.
            std::mem::swap(self.token, self.words.token_mut());
            self.ahead = Some(self.read_ahead());
            let Found::Word(hash) = found else {
                return true;
            };
            // The word's text set aside while its forms are written over it.
            let mut word = std::mem::take(self.spare);
            std::mem::swap(&mut word, &mut self.token.text);
            let kept = self.emit_forms(&word, hash, sentence_start);
            *self.spare = word;
            if kept {
                return true;
            }
        }
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
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
