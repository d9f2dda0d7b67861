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

#[derive(Clone, Default)]
pub struct WordTokenizer {
    collapse_reduplication: bool,
}

impl WordTokenizer {
    /// A tokenizer that writes `kata-kata` as the single token `kata`.
    pub fn with_reduplication() -> WordTokenizer {
        WordTokenizer {
            collapse_reduplication: true,
        }
    }
}

pub struct WordTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream {
        let mut tokens = Vec::new();
        for (start, end) in words(text) {
            self.push_word(text, start, end, &mut tokens);
        }
        WordTokenStream { tokens, next: 0 }
    }
}

impl WordTokenizer {
    fn push_word(&self, text: &str, start: usize, end: usize, tokens: &mut Vec<Token>) {
        let word = &text[start..end];
        let parts: Vec<(usize, &str)> = split_hyphens(word);
        if self.collapse_reduplication
            && let [(_, left), (_, right)] = parts.as_slice()
            && let Some(base) = reduplication::base(left, right)
        {
            push(tokens, base.to_string(), start, end);
            return;
        }
        for (offset, part) in parts {
            push(
                tokens,
                normalize_number(part),
                start + offset,
                start + offset + part.len(),
            );
        }
    }
}

fn push(tokens: &mut Vec<Token>, text: String, from: usize, to: usize) {
    let position = tokens.len();
    tokens.push(Token {
        offset_from: from,
        offset_to: to,
        position,
        text,
        position_length: 1,
    });
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Byte ranges of the words of `text`.
fn words(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            if c.is_alphanumeric() {
                j += 1;
                continue;
            }
            let (prev, next) = (chars[j - 1].1, chars.get(j + 1).map(|&(_, c)| c));
            let joins = match next {
                Some(next) if is_hyphen(c) => prev.is_alphanumeric() && next.is_alphanumeric(),
                Some(next) if is_apostrophe(c) => prev.is_alphabetic() && next.is_alphabetic(),
                Some(next) if c == '.' || c == ',' => {
                    prev.is_ascii_digit() && next.is_ascii_digit()
                }
                _ => false,
            };
            if !joins {
                break;
            }
            j += 2;
        }
        let end = chars.get(j).map(|&(o, _)| o).unwrap_or(text.len());
        spans.push((start, end));
        i = j;
    }
    spans
}

/// The parts of a hyphenated word with their byte offsets in it.
fn split_hyphens(word: &str) -> Vec<(usize, &str)> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in word.char_indices() {
        if is_hyphen(c) {
            parts.push((start, &word[start..i]));
            start = i + c.len_utf8();
        }
    }
    parts.push((start, &word[start..]));
    parts
}

/// `16.000` / `16,000` / `1.250.000` → digits only; `3.1` and `2,5` stay as written.
fn normalize_number(part: &str) -> String {
    let is_number = part.starts_with(|c: char| c.is_ascii_digit())
        && part
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    if is_number {
        let mut groups = part.split(['.', ',']);
        let first = groups.next().unwrap_or("");
        let rest: Vec<&str> = groups.collect();
        let thousands = !rest.is_empty()
            && first.len() <= 3
            && rest.iter().all(|g| g.len() == 3)
            && (part.matches('.').count() == rest.len() || part.matches(',').count() == rest.len());
        if thousands {
            return part.chars().filter(char::is_ascii_digit).collect();
        }
    }
    part.to_string()
}

impl TokenStream for WordTokenStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
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
}
