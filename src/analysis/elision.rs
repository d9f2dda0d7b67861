//! French elision: `l'intelligence` → `intelligence`, `qu'il` → `il`, with either
//! apostrophe (`'` or `’`). Runs after lower-casing.

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Articles and conjunctions French writes elided before a vowel.
const ELIDED: [&str; 13] = [
    "l", "m", "t", "n", "s", "j", "d", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// The byte length of an elided prefix (article plus apostrophe) at the start of `word`.
pub fn elided_prefix_len(word: &str) -> Option<usize> {
    let (head, apostrophe_len) = ['\'', '’']
        .iter()
        .find_map(|&a| word.find(a).map(|i| (&word[..i], a.len_utf8())))?;
    if head.len() + apostrophe_len >= word.len() || !ELIDED.contains(&head) {
        return None;
    }
    Some(head.len() + apostrophe_len)
}

#[derive(Clone, Copy, Default)]
pub struct ElisionFilter;

impl TokenFilter for ElisionFilter {
    type Tokenizer<T: Tokenizer> = Elision<T>;
    fn transform<T: Tokenizer>(self, tokenizer: T) -> Elision<T> {
        Elision { inner: tokenizer }
    }
}

#[derive(Clone)]
pub struct Elision<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for Elision<T> {
    type TokenStream<'a> = ElisionStream<T::TokenStream<'a>>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        ElisionStream {
            tail: self.inner.token_stream(text),
        }
    }
}

pub struct ElisionStream<T> {
    tail: T,
}

impl<T: TokenStream> TokenStream for ElisionStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(len) = elided_prefix_len(&token.text) {
            token.text.drain(..len);
            // Offsets are bytes of the original text, where the apostrophe has the same
            // length as here (lower-casing keeps ASCII lengths).
            token.offset_from += len;
        }
        true
    }
    fn token(&self) -> &Token {
        self.tail.token()
    }
    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::elided_prefix_len;

    #[test]
    fn strips_elided_articles() {
        assert_eq!(elided_prefix_len("l'intelligence"), Some(2));
        assert_eq!(elided_prefix_len("l’avenir"), Some(4));
        assert_eq!(elided_prefix_len("qu'il"), Some(3));
        assert_eq!(elided_prefix_len("jusqu'à"), Some(6));
        assert_eq!(elided_prefix_len("aujourd'hui"), None);
        assert_eq!(elided_prefix_len("l'"), None);
        assert_eq!(elided_prefix_len("meta"), None);
    }
}
