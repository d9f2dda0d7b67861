//! Words with their case and punctuation kept, for reading names and attributions
//! (the analysers lower-case and drop punctuation, which is what search needs, not
//! what reading "kata kepala kebijakan Yoon, Sung Tae-yoon" needs).

use std::ops::Range;

use crate::language::{ASCII_ALPHANUMERIC, PassageWords};

/// A word or a punctuation mark of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    /// What its first character is (`PUNCT`, `CAPITAL`), judged once when split: the
    /// readers of names ask it of every word several times.
    shape: u8,
}

/// `Word::shape`: the first character is neither a letter nor a digit.
const PUNCT: u8 = 1;
/// `Word::shape`: the first character is a capital letter.
const CAPITAL: u8 = 2;
/// `Word::shape`: every byte is an ASCII letter or digit (most words), known from the
/// split, so that a reader looking a word up by its bytes need not check them again.
const ASCII: u8 = 4;

impl Word<'_> {
    pub fn is_punct(&self) -> bool {
        self.shape & PUNCT != 0
    }

    /// Starts with a capital letter (names, roles written as titles, sentence starts).
    pub fn is_capitalized(&self) -> bool {
        self.shape & CAPITAL != 0
    }

    /// Every byte is an ASCII letter or digit.
    pub fn is_ascii_alphanumeric(&self) -> bool {
        self.shape & ASCII != 0
    }

    /// The word in lower case, without allocating when it already is (most words): the
    /// readers of names ask it of many words at index time.
    pub fn lower(&self) -> std::borrow::Cow<'_, str> {
        crate::language::lowercase(self.text)
    }
}

fn is_inner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’')
}

/// Splits text into words (letters and digits, with inner hyphens and apostrophes, and
/// an initial such as `Y.`) and single punctuation marks.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(text.len() / 6);
    words_into(text, &mut out);
    out
}

/// The words of an article's paragraphs, split once: every paragraph's in one vector,
/// as `words_into` appends them, and where each paragraph's lie. A build splits each
/// article so once and hands the words to the stages that read them (people, and the
/// word hashes of language detection and the fingerprint), rather than each splitting
/// the text again.
#[derive(Debug, Default)]
pub struct ParagraphWords<'a> {
    pub words: Vec<Word<'a>>,
    /// The range of `words` of each paragraph, in order.
    pub bounds: Vec<Range<usize>>,
}

impl<'a> ParagraphWords<'a> {
    /// The words of `paragraphs`.
    pub fn of(paragraphs: &[&'a str]) -> ParagraphWords<'a> {
        // About a word or a mark per six bytes of news text: room for them at once.
        let mut words = Vec::with_capacity(paragraphs.iter().map(|p| p.len() / 6).sum());
        let mut bounds = Vec::with_capacity(paragraphs.len());
        for p in paragraphs {
            let from = words.len();
            words_into(p, &mut words);
            bounds.push(from..words.len());
        }
        ParagraphWords { words, bounds }
    }

    /// The word hashes of each paragraph: the same as `PassageWords::of` the
    /// paragraphs' texts, as every letter and digit is in a word here and a word
    /// holds no space; a word of ASCII letters and digits is hashed whole, without
    /// its bytes being told apart again.
    pub fn passage_words(&self) -> PassageWords {
        PassageWords::of_words(self.bounds.iter().map(|range| {
            self.words[range.clone()]
                .iter()
                .filter(|w| !w.is_punct())
                .map(|w| (w.text, w.is_ascii_alphanumeric()))
        }))
    }
}

/// The first word at or after `words[i]` that can open a run of a name: a capitalised
/// word (`ask::quotes::name_end_where` reads a run from no other), found in a loop of
/// its own by the passes that look for names at every word of an article.
pub fn next_capitalised(words: &[Word], mut i: usize) -> usize {
    while words
        .get(i)
        .is_some_and(|w| w.is_punct() || !w.is_capitalized())
    {
        i += 1;
    }
    i
}

/// The word written alone in brackets where `three` is `(`, a word, `)`: a body's
/// acronym or short name after its name (`(USCRB)`, `(Apkaltara)`), which each reader
/// then judges by its own test.
pub fn in_brackets<'w, 'a>(three: &'w [Word<'a>]) -> Option<&'w Word<'a>> {
    match three {
        [open, inner, close] if open.text == "(" && close.text == ")" => Some(inner),
        _ => None,
    }
}

/// `words`, appended to `out` (the words of several paragraphs in one vector).
pub fn words_into<'a>(text: &'a str, out: &mut Vec<Word<'a>>) {
    split_into(text, out, true);
}

/// `words_into`; `ascii_fast` takes most of a text byte by byte (see below), and a
/// test checks it splits as the general way alone does.
fn split_into<'a>(text: &'a str, out: &mut Vec<Word<'a>>, ascii_fast: bool) {
    // One pass, reading ASCII bytes without decoding them: this runs on every paragraph
    // at index time (people, quotations).
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Most of a text: ASCII spaces, punctuation, and words of ASCII and Latin-1
        // letters (`é`, `À`, two bytes each) and ASCII digits ending at an ASCII byte
        // that doesn't join (not a hyphen or an apostrophe), taken here byte by byte.
        // The rest (other letters, compounds, initials) goes the general way below.
        if ascii_fast {
            if matches!(b, b' ' | b'\t'..=b'\r') {
                i += 1;
                continue;
            }
            if b.is_ascii_punctuation() {
                out.push(Word {
                    text: &text[i..i + 1],
                    start: i,
                    shape: PUNCT,
                });
                i += 1;
                continue;
            }
            let first = latin_letter_len(bytes, i);
            if first > 0 {
                let mut end = i + first;
                let mut ascii = first == 1;
                loop {
                    // ASCII letters and digits in a tight loop, then a Latin-1 letter.
                    while end < bytes.len() && ASCII_ALPHANUMERIC[usize::from(bytes[end])] {
                        end += 1;
                    }
                    if bytes.get(end) != Some(&0xC3) || latin_letter_len(bytes, end) == 0 {
                        break;
                    }
                    end += 2;
                    ascii = false;
                }
                let ends_here = bytes
                    .get(end)
                    .is_none_or(|&n| n.is_ascii() && n != b'-' && n != b'\'');
                let capital = b.is_ascii_uppercase() || (b == 0xC3 && bytes[i + 1] < 0x9F);
                let initial = end == i + first && capital;
                if ends_here && !initial {
                    out.push(Word {
                        text: &text[i..end],
                        start: i,
                        shape: if capital { CAPITAL } else { 0 } | if ascii { ASCII } else { 0 },
                    });
                    i = end;
                    continue;
                }
            }
        }
        let Some((c, len)) = char_at(text, i) else {
            break;
        };
        let start = i;
        i += len;
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Word {
                text: &text[start..i],
                start,
                shape: PUNCT,
            });
            continue;
        }
        let mut single = true;
        loop {
            // ASCII letters and digits in a tight loop.
            let ascii_end = i + text.as_bytes()[i..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            if ascii_end > i {
                i = ascii_end;
                single = false;
            }
            let Some((n, n_len)) = char_at(text, i) else {
                break;
            };
            let joins = n.is_alphanumeric()
                || (is_inner(n)
                    && char_at(text, i + n_len).is_some_and(|(m, _)| m.is_alphanumeric()));
            if !joins {
                break;
            }
            i += n_len;
            single = false;
        }
        // An initial, or initials, followed by a period ("Jay Y. Lee", "R.S. Mehta").
        if single && c.is_uppercase() {
            let bytes = text.as_bytes();
            let mut end = i;
            while bytes.get(end) == Some(&b'.')
                && bytes.get(end + 1).is_some_and(u8::is_ascii_uppercase)
                && bytes.get(end + 2) == Some(&b'.')
            {
                end += 2;
            }
            // The period is the initial's before a space, a comma or the text's end
            // (a question ending "… Budi S."), not before another letter.
            if bytes.get(end) == Some(&b'.')
                && matches!(
                    bytes.get(end + 1),
                    None | Some(b' ' | b',' | b')' | b';' | b':')
                )
            {
                i = end + 1;
            }
        }
        let ascii = text.as_bytes()[start..i]
            .iter()
            .all(u8::is_ascii_alphanumeric);
        out.push(Word {
            text: &text[start..i],
            start,
            shape: if c.is_uppercase() { CAPITAL } else { 0 } | if ascii { ASCII } else { 0 },
        });
    }
}

/// The length in bytes of the character at byte `i` when it is an ASCII letter or digit
/// (1) or a Latin-1 letter (2: `0xC3` then a byte of `À`–`ÿ` other than `×` and `÷`),
/// else 0.
fn latin_letter_len(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i) {
        Some(&b) if ASCII_ALPHANUMERIC[usize::from(b)] => 1,
        Some(_) if crate::language::latin1_letter(bytes, i).is_some() => 2,
        _ => 0,
    }
}

/// The character at byte `i` of `text` (a character boundary) and its length.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let byte = *text.as_bytes().get(i)?;
    if byte.is_ascii() {
        return Some((char::from(byte), 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The capitalised words of a text, in order: the names typed in a question.
pub fn name_words(text: &str) -> Vec<&str> {
    words(text)
        .into_iter()
        .filter(|w| !w.is_punct())
        .filter_map(|w| {
            // `d'Agus Suyitno`: the name without the elided article before it.
            let name = ["l'", "l’", "d'", "d’"]
                .iter()
                .find_map(|e| w.text.strip_prefix(e))
                .unwrap_or(w.text);
            name.chars()
                .next()
                .is_some_and(char::is_uppercase)
                .then_some(name)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_their_elided_article() {
        assert_eq!(
            name_words("Qui est l'avocate d'Agus Suyitno ?"),
            vec!["Qui", "Agus", "Suyitno"]
        );
        assert_eq!(name_words("le patron de L'Oréal"), vec!["L'Oréal"]);
    }

    #[test]
    fn hashes_of_split_words_are_those_of_the_text() {
        use proptest::prelude::*;
        let chars = prop::sample::select(vec![
            'a', 'Z', '7', ' ', '-', '\'', '’', '.', ',', 'é', 'É', 'à', 'Þ', 'ß', '×', 'Ł', 'ł',
            'İ', '\u{a0}', '«', '٣', '\n', 'Y', ')', 'ª',
        ]);
        let paragraph = prop::collection::vec(chars, 0..30)
            .prop_map(|chars| chars.into_iter().collect::<String>());
        proptest!(|(paragraphs in prop::collection::vec(paragraph, 0..4))| {
            let texts: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
            prop_assert_eq!(
                ParagraphWords::of(&texts).passage_words(),
                PassageWords::of(texts.iter().copied())
            );
        });
        let texts = [
            "Presiden Korea Selatan YOON Suk-yeol, kata Jay Y. Lee dan R.S. Mehta (AS).",
            "",
            "L’été 2024, «Zuckerberg» a dit: c'est l'IA—et après? 16.000 GPU… Łódź İstanbul",
        ];
        let split = ParagraphWords::of(&texts);
        assert_eq!(split.bounds.len(), 3);
        assert_eq!(split.passage_words(), PassageWords::of(texts));
    }

    #[test]
    fn words_and_marks() {
        let got: Vec<&str> = words("kata kepala kebijakan Yoon, Sung Tae-yoon. Jay Y. Lee dit-il")
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(
            got,
            [
                "kata",
                "kepala",
                "kebijakan",
                "Yoon",
                ",",
                "Sung",
                "Tae-yoon",
                ".",
                "Jay",
                "Y.",
                "Lee",
                "dit-il"
            ]
        );
        // Initials are one word; an abbreviation ending a sentence is not glued on.
        let got: Vec<&str> = words("signed by A.K. Sharma in the U.S.")
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(got, ["signed", "by", "A.K.", "Sharma", "in", "the", "U.S."]);
        let got: Vec<&str> = words("berapa umur Budi S.")
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(got, ["berapa", "umur", "Budi", "S."]);
    }

    /// The words of `text` split the general way alone, decoding every character.
    fn reference_words(text: &str) -> Vec<(&str, usize, bool, bool)> {
        let mut out = Vec::new();
        split_into(text, &mut out, false);
        out.iter()
            .map(|w| (w.text, w.start, w.is_punct(), w.is_capitalized()))
            .collect()
    }

    fn split(text: &str) -> Vec<(&str, usize, bool, bool)> {
        words(text)
            .iter()
            .map(|w| (w.text, w.start, w.is_punct(), w.is_capitalized()))
            .collect()
    }

    #[test]
    fn the_ascii_fast_path_splits_as_the_general_way() {
        for text in [
            "kata kepala kebijakan Yoon, Sung Tae-yoon. Jay Y. Lee dit-il",
            "l'avenir d’une « IA » à 16.000 $ — O'Brien (34), A.K. Sharma; U.S.",
            "Élu président\tpour la Côte\x0b\x1f\x7f x-",
            "anak-anak' -kata 'kata' A. B.C. Z",
            "É. Philippe, Ç. à× 3÷4 Þórr ßtraße ÿ Łódź Ørsted É-",
            "",
        ] {
            assert_eq!(split(text), reference_words(text), "{text:?}");
        }
        use proptest::prelude::*;
        let chars = prop::sample::select(vec![
            'a', 'Z', '7', ' ', '\n', '\x0b', '\x1c', '-', '\'', '’', '.', ',', ')', 'é', 'É', '«',
            '\u{a0}', '٣', 'à', 'Ç', 'Þ', 'ß', 'ÿ', '×', '÷', 'Ł', 'ł',
        ]);
        proptest!(|(text in prop::collection::vec(chars, 0..40))| {
            let text: String = text.into_iter().collect();
            prop_assert_eq!(split(&text), reference_words(&text));
        });
    }
}
