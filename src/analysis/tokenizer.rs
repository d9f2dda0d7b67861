//! Splitting text into words, with their byte offsets and positions.
//!
//! A word is a run of letters and digits. Inside a word, a hyphen joins two parts
//! (`open-source`, `perusahaan-perusahaan`), an apostrophe between letters stays (for
//! the elision stage: `l'avenir`), and `.` or `,` between digits stays (`16.000`,
//! `3.1`). A hyphenated compound becomes one token per part, unless the tokenizer
//! collapses reduplication (Indonesian), where `negara-negara` is one token `negara`.
//! Thousands separators are dropped (`16.000` and `16,000` are `16000`) so numbers
//! match however they were written.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use super::reduplication;
use crate::language::latin1_letter;

/// Splits text into words; see the module docs. The token and the parts of the current
/// word live here, reused from one text to the next, so tokenizing allocates nothing
/// once warm.
#[derive(Clone, Default)]
pub struct WordTokenizer {
    collapse_reduplication: bool,
    token: Token,
    /// Byte ranges (in the text) of the hyphen-separated parts of the current word.
    parts: Vec<(usize, usize)>,
}

impl WordTokenizer {
    /// A tokenizer that writes `kata-kata` as the single token `kata`.
    pub fn with_reduplication() -> WordTokenizer {
        WordTokenizer {
            collapse_reduplication: true,
            ..WordTokenizer::default()
        }
    }
}

pub struct WordTokenStream<'a> {
    text: &'a str,
    /// Where the next word is looked for.
    cursor: usize,
    collapse_reduplication: bool,
    token: &'a mut Token,
    parts: &'a mut Vec<(usize, usize)>,
    /// The next part of the current word to emit.
    next_part: usize,
    /// Tokens emitted so far: the position of the next one.
    emitted: usize,
    /// Whether the current word begins a sentence (see `starts_sentence`).
    sentence_start: bool,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.token.reset();
        self.parts.clear();
        WordTokenStream {
            text,
            cursor: 0,
            collapse_reduplication: self.collapse_reduplication,
            token: &mut self.token,
            parts: &mut self.parts,
            next_part: 0,
            emitted: 0,
            sentence_start: false,
        }
    }
}

/// A word read in place by `WordTokenStream::advance_plain`: its byte range in the text
/// (which is its token as written) and its position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlainWord {
    pub from: usize,
    pub to: usize,
    pub position: usize,
}

impl<'a> WordTokenStream<'a> {
    /// The text the stream reads.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Reads the next word when it is of the common kind, without writing the token: a
    /// run of ASCII letters and digits and Latin-1 letters (`é`, `À`: French words) after
    /// a gap of ASCII spaces and punctuation,
    /// ending where nothing could join it to more (not a hyphen, an apostrophe, or a
    /// separator after a digit), so that its token is the text as written. The stream
    /// then stands after it as `advance` would leave it (`starts_sentence` answers for
    /// it). Any other word: None, and the stream is as it was, for `advance` to read.
    /// Most words are such, and the analyser looks them up in place instead of copying
    /// each into the token first. Inlined into the analyser's read-ahead, its one
    /// caller per word.
    #[inline]
    pub fn advance_plain(&mut self) -> Option<PlainWord> {
        if self.next_part < self.parts.len() {
            return None;
        }
        let bytes = self.text.as_bytes();
        let mut start = self.cursor;
        let mut ends = false;
        while let Some(&b) = bytes.get(start)
            && b < 0x80
            && !ASCII_WORD_BYTE[usize::from(b)]
        {
            // As `ends_sentence` reads the gap (a non-ASCII byte stops the loop).
            ends |= matches!(b, b'.' | b'!' | b'?' | b':' | b'\n');
            start += 1;
        }
        let mut end = start;
        loop {
            while let Some(&b) = bytes.get(end)
                && ASCII_WORD_BYTE[usize::from(b)]
            {
                end += 1;
            }
            // A Latin-1 letter is two bytes, told without decoding.
            if latin1_letter(bytes, end).is_none() {
                break;
            }
            end += 2;
        }
        if end == start {
            return None;
        }
        match bytes.get(end) {
            None => {}
            Some(&b) if b >= 0x80 => return None,
            Some(b'-' | b'\'') => return None,
            Some(b'.' | b',') if bytes[end - 1].is_ascii_digit() => return None,
            Some(_) => {}
        }
        self.sentence_start = self.cursor == 0 || ends;
        self.cursor = end;
        self.parts.clear();
        self.next_part = 0;
        let position = self.emitted;
        self.emitted += 1;
        Some(PlainWord {
            from: start,
            to: end,
            position,
        })
    }

    /// Whether the current token's word begins a sentence: it is the first word of the
    /// text, or what separates it from the word before holds a sentence end (`.`, `!`,
    /// `?`, `…`), a colon (quoted speech, list items) or a line break. Every part of a
    /// hyphenated word shares its word's answer. A capitalised word here may be an
    /// ordinary word; elsewhere it is a name.
    pub fn starts_sentence(&self) -> bool {
        self.sentence_start
    }

    /// Sets the token to `text[from..to]`, written as `term`.
    fn emit(&mut self, term: &str, from: usize, to: usize) {
        self.token.text.clear();
        self.token.text.push_str(term);
        self.token.offset_from = from;
        self.token.offset_to = to;
        self.token.position = self.emitted;
        self.token.position_length = 1;
        self.emitted += 1;
    }

    /// Emits the next part of the current word, normalised if it is a number.
    fn emit_part(&mut self) {
        let (from, to) = self.parts[self.next_part];
        self.next_part += 1;
        let part = &self.text[from..to];
        self.token.text.clear();
        push_normalized_number(part, &mut self.token.text);
        self.token.offset_from = from;
        self.token.offset_to = to;
        self.token.position = self.emitted;
        self.token.position_length = 1;
        self.emitted += 1;
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        if self.next_part < self.parts.len() {
            self.emit_part();
            return true;
        }
        let Some((start, end, hyphenated)) = next_word(self.text, self.cursor) else {
            self.cursor = self.text.len();
            return false;
        };
        self.sentence_start =
            self.cursor == 0 || ends_sentence(&self.text.as_bytes()[self.cursor..start]);
        self.cursor = end;
        self.parts.clear();
        self.next_part = 0;
        if hyphenated {
            split_hyphens(self.text, start, end, self.parts);
        } else {
            self.parts.push((start, end));
        }
        if self.collapse_reduplication
            && let [(l0, l1), (r0, r1)] = self.parts[..]
            && let Some(base) = reduplication::base(&self.text[l0..l1], &self.text[r0..r1])
        {
            self.parts.clear();
            self.emit(base, start, end);
            return true;
        }
        self.emit_part();
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Whether the text between two words ends a sentence.
fn ends_sentence(gap: &[u8]) -> bool {
    // The gap is nearly always a space, or a comma and a space.
    gap.iter()
        .any(|b| matches!(b, b'.' | b'!' | b'?' | b':' | b'\n'))
        || (gap.len() >= 3 && gap.windows(3).any(|w| w == "…".as_bytes()))
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// The character at byte `at` of `text` (a character boundary), without decoding ASCII.
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[at..].chars().next(),
        None => None,
    }
}

/// ASCII letters and digits, by byte: one load to tell a byte of a word.
static ASCII_WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The byte range of the first word of `text` at or after `from`, and whether a hyphen
/// joins parts of it.
fn next_word(text: &str, from: usize) -> Option<(usize, usize, bool)> {
    let bytes = text.as_bytes();
    let mut start = from;
    let mut hyphenated = false;
    let mut last = loop {
        // ASCII spaces and punctuation in a tight loop: this runs on every byte indexed.
        while bytes
            .get(start)
            .is_some_and(|&b| b < 0x80 && !ASCII_WORD_BYTE[usize::from(b)])
        {
            start += 1;
        }
        let c = char_at(text, start)?;
        if c.is_alphanumeric() {
            break c;
        }
        start += c.len_utf8();
    };
    let mut end = start + last.len_utf8();
    loop {
        // ASCII letters and digits in a tight loop.
        let run = end;
        while let Some(&b) = bytes.get(end)
            && ASCII_WORD_BYTE[usize::from(b)]
        {
            end += 1;
        }
        if end > run {
            last = char::from(bytes[end - 1]);
        }
        let Some(c) = char_at(text, end) else {
            break;
        };
        if c.is_alphanumeric() {
            last = c;
            end += c.len_utf8();
            continue;
        }
        // A joiner between two word characters keeps the word going; anything else
        // (nearly always a space) ends the word without reading what follows.
        if !(is_hyphen(c) || is_apostrophe(c) || c == '.' || c == ',') {
            break;
        }
        let after = end + c.len_utf8();
        let Some(next) = char_at(text, after) else {
            break;
        };
        let joins = if is_hyphen(c) {
            hyphenated |= next.is_alphanumeric();
            next.is_alphanumeric()
        } else if is_apostrophe(c) {
            last.is_alphabetic() && next.is_alphabetic()
        } else if c == '.' || c == ',' {
            last.is_ascii_digit() && next.is_ascii_digit()
        } else {
            false
        };
        if !joins {
            break;
        }
        last = next;
        end = after + next.len_utf8();
    }
    Some((start, end, hyphenated))
}

/// The byte ranges of the hyphen-separated parts of the word `text[start..end]`.
fn split_hyphens(text: &str, start: usize, end: usize, parts: &mut Vec<(usize, usize)>) {
    let mut from = start;
    for (i, c) in text[start..end].char_indices() {
        if is_hyphen(c) {
            parts.push((from, start + i));
            from = start + i + c.len_utf8();
        }
    }
    parts.push((from, end));
}

/// Appends `part` to `out`, without thousands separators if it is a number written with
/// them: `16.000` / `16,000` / `1.250.000` → digits only; `3.1` and `2,5` stay as written.
fn push_normalized_number(part: &str, out: &mut String) {
    let is_number = part.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && part.contains(['.', ','])
        && part
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
    if is_number {
        let mut groups = part.split(['.', ',']);
        let first = groups.next().unwrap_or("");
        let mut rest = 0;
        let thousands = first.len() <= 3
            && groups.all(|g| {
                rest += 1;
                g.len() == 3
            })
            && (part.matches('.').count() == rest || part.matches(',').count() == rest);
        if thousands {
            out.extend(part.chars().filter(char::is_ascii_digit));
            return;
        }
    }
    out.push_str(part);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(tokenizer: &mut WordTokenizer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut stream = tokenizer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.position, t.offset_from, t.offset_to));
        }
        out
    }

    fn tok(text: &str, position: usize, from: usize, to: usize) -> (String, usize, usize, usize) {
        (text.to_string(), position, from, to)
    }

    #[test]
    fn words_offsets_and_positions() {
        let got = tokens(
            &mut WordTokenizer::default(),
            "“Setiap restoran, setiap situs web…” kata Huang.",
        );
        assert_eq!(
            got,
            [
                tok("Setiap", 0, 3, 9),
                tok("restoran", 1, 10, 18),
                tok("setiap", 2, 20, 26),
                tok("situs", 3, 27, 32),
                tok("web", 4, 33, 36),
                tok("kata", 5, 43, 47),
                tok("Huang", 6, 48, 53),
            ]
        );
    }

    #[test]
    fn hyphens_apostrophes_and_numbers() {
        let got = tokens(
            &mut WordTokenizer::default(),
            "l'avenir open-source 16.000 GPU, Llama 3.1.",
        );
        assert_eq!(
            got,
            [
                tok("l'avenir", 0, 0, 8),
                tok("open", 1, 9, 13),
                tok("source", 2, 14, 20),
                tok("16000", 3, 21, 27),
                tok("GPU", 4, 28, 31),
                tok("Llama", 5, 33, 38),
                tok("3.1", 6, 39, 42),
            ]
        );
    }

    #[test]
    fn reduplication_is_one_token_when_asked() {
        let text = "perusahaan-perusahaan kami, negara-negara";
        assert_eq!(
            tokens(&mut WordTokenizer::with_reduplication(), text),
            [
                tok("perusahaan", 0, 0, 21),
                tok("kami", 1, 22, 26),
                tok("negara", 2, 28, 41),
            ]
        );
        assert_eq!(tokens(&mut WordTokenizer::default(), text).len(), 5);
    }

    #[test]
    fn words_read_in_place_are_the_tokens_advance_makes() {
        let text = "Meta met à jour. 16.000 GPU, Llama 3.1 : l'avenir open-source\n\
                    Séoul, l'été À député×2 École. 2ème «élu» ÉLU? d’été\n\
                    perusahaan-perusahaan… Kata Huang, 2024. x1 «Oui» \"AI\" fin";
        for mut tokenizer in [
            WordTokenizer::default(),
            WordTokenizer::with_reduplication(),
        ] {
            let expected: Vec<_> = {
                let mut stream = tokenizer.token_stream(text);
                let mut out = Vec::new();
                while stream.advance() {
                    let t = stream.token();
                    let start = stream.starts_sentence();
                    out.push((
                        t.text.clone(),
                        t.position,
                        t.offset_from,
                        t.offset_to,
                        start,
                    ));
                }
                out
            };
            let mut stream = tokenizer.token_stream(text);
            let mut got = Vec::new();
            let mut in_place = 0;
            loop {
                if let Some(word) = stream.advance_plain() {
                    in_place += 1;
                    got.push((
                        text[word.from..word.to].to_string(),
                        word.position,
                        word.from,
                        word.to,
                        stream.starts_sentence(),
                    ));
                    continue;
                }
                if !stream.advance() {
                    break;
                }
                let t = stream.token();
                let start = stream.starts_sentence();
                got.push((
                    t.text.clone(),
                    t.position,
                    t.offset_from,
                    t.offset_to,
                    start,
                ));
            }
            assert!(in_place >= 8);
            assert_eq!(got, expected);
        }
    }

    #[test]
    fn sentence_starts() {
        let text = "Meta met à jour. Met-il? « Oui » : Llama\nAI, (Meta) 3.1 M. Zuckerberg… Fin";
        let mut tokenizer = WordTokenizer::default();
        let mut stream = tokenizer.token_stream(text);
        let mut starts = Vec::new();
        while stream.advance() {
            if stream.starts_sentence() {
                starts.push(stream.token().text.clone());
            }
        }
        assert_eq!(
            starts,
            [
                "Meta",
                "Met",
                "il",
                "Oui",
                "Llama",
                "AI",
                "Zuckerberg",
                "Fin"
            ]
        );
    }
}
