//! Words as hashes: one pass over a passage's bytes gives the hash of each of its words
//! (runs of letters and digits, lower-cased), never copying a word. A build reads every
//! passage this way once, and both the article's fingerprint (shingles of these
//! hashes) and language detection (function words looked up by their hash) use the
//! result, instead of each splitting the text again.

use std::ops::Range;

use super::ASCII_ALPHANUMERIC;

/// The word hashes of an article's passages, in order, and where each passage's lie.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct PassageWords {
    hashes: Vec<u64>,
    ends: Vec<usize>,
}

impl PassageWords {
    /// The word hashes of `passages`.
    pub fn of<'a>(passages: impl IntoIterator<Item = &'a str>) -> PassageWords {
        let mut words = PassageWords::default();
        for passage in passages {
            // About a word per five bytes of news text: room for them at once, rather
            // than the vector growing (and copying) several times an article.
            words.hashes.reserve(passage.len() / 5);
            word_hashes(passage, &mut words.hashes);
            words.ends.push(words.hashes.len());
        }
        words
    }

    /// The word hashes of passages split into words already: each passage's words as
    /// (text, whether only ASCII letters and digits), punctuation left out. A word of
    /// ASCII letters and digits is one hash; any other is hashed as `of` hashes text.
    pub fn of_words<'a, P, W>(passages: P) -> PassageWords
    where
        P: IntoIterator<Item = W>,
        W: IntoIterator<Item = (&'a str, bool)>,
    {
        let mut words = PassageWords::default();
        for passage in passages {
            for (word, ascii) in passage {
                if ascii {
                    // `| 0x20` lowers a letter and leaves a digit as it is.
                    let hash = word
                        .bytes()
                        .fold(0, |hash, b| hash_step(hash, u32::from(b | 0x20)));
                    words.hashes.push(hash);
                } else {
                    word_hashes(word, &mut words.hashes);
                }
            }
            words.ends.push(words.hashes.len());
        }
        words
    }

    /// Every passage's hashes, one after the other.
    pub fn all(&self) -> &[u64] {
        &self.hashes
    }

    /// The hashes of passage `i` (empty past the last).
    pub fn passage(&self, i: usize) -> &[u64] {
        &self.hashes[self.range(i)]
    }

    fn range(&self, i: usize) -> Range<usize> {
        let start = match i {
            0 => 0,
            _ => self.ends.get(i - 1).copied().unwrap_or(self.hashes.len()),
        };
        start..self.ends.get(i).copied().unwrap_or(start)
    }
}

/// The hash `word_hashes` gives a single word.
pub(crate) fn word_hash(word: &str) -> u64 {
    let mut out = Vec::with_capacity(1);
    word_hashes(word, &mut out);
    out.first().copied().unwrap_or(0)
}

/// Appends the hashes of the words of `text` (runs of letters and digits, lower-cased)
/// in order. One pass over the bytes, hashing as it goes: a word is never copied or
/// lower-cased into a buffer (this runs on every word at index time).
pub(crate) fn word_hashes(text: &str, out: &mut Vec<u64>) {
    let mut hash = 0u64;
    let mut in_word = false;
    let mut i = 0;
    let bytes = text.as_bytes();
    let n = bytes.len();
    while i < n {
        let b = bytes[i];
        if ASCII_ALPHANUMERIC[usize::from(b)] {
            // A run of ASCII letters and digits in a loop of its own, told by one load
            // a byte: `| 0x20` lowers a letter and leaves a digit as it is.
            let mut run = hash;
            while i < n && ASCII_ALPHANUMERIC[usize::from(bytes[i])] {
                run = hash_step(run, u32::from(bytes[i] | 0x20));
                i += 1;
            }
            hash = run;
            in_word = true;
            continue;
        }
        if b.is_ascii() {
            // A space or a punctuation mark ends the word.
            i += 1;
            if in_word {
                out.push(hash);
                hash = 0;
                in_word = false;
            }
            continue;
        }
        // A Latin-1 letter (`é`, `À`), lowered by its code point without decoding:
        // French words hold one every few letters.
        let alphanumeric = if let Some(next) = super::latin1_letter(bytes, i) {
            i += 2;
            // `À`–`Þ` lower to 32 code points on; `ß` and `à`–`ÿ` are lower case.
            let code = 0xC0 + u32::from(next & 0x3F);
            let lower = if code <= 0xDE { code + 0x20 } else { code };
            hash = hash_step(hash, lower);
            true
        } else {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            i += c.len_utf8();
            if c.is_alphanumeric() {
                for lower in c.to_lowercase() {
                    hash = hash_step(hash, u32::from(lower));
                }
            }
            c.is_alphanumeric()
        };
        if alphanumeric {
            in_word = true;
        } else if in_word {
            out.push(hash);
            hash = 0;
            in_word = false;
        }
    }
    if in_word {
        out.push(hash);
    }
}

/// One character into a word's hash (FxHash's step; shingles are mixed afterwards).
pub(crate) fn hash_step(hash: u64, c: u32) -> u64 {
    (hash.rotate_left(5) ^ u64::from(c)).wrapping_mul(0x517c_c1b7_2722_0a95)
}

#[cfg(test)]
mod tests {
    use super::{PassageWords, hash_step, word_hash, word_hashes};

    #[test]
    fn word_hashes_are_those_of_the_lower_cased_words() {
        use proptest::prelude::*;
        let chars = prop::sample::select(vec![
            'a', 'Z', '7', ' ', '-', '\'', '’', '.', 'é', 'É', 'à', 'À', 'Þ', 'þ', 'ß', 'ÿ', '×',
            '÷', 'Ł', 'ł', 'İ', '\u{a0}', '«', '٣',
        ]);
        proptest!(|(text in prop::collection::vec(chars, 0..30))| {
            let text: String = text.into_iter().collect();
            hashes_agree(&text);
        });
        for text in [
            "L’été 2024, «Zuckerberg» a dit: c'est l'IA—et après? 16.000 GPU…",
            "Presiden Korea Selatan YOON Suk-yeol bertemu CEO Meta",
            "ÉLU président à 39 ans",
            "",
            "  ... x",
            "ÀÉÎÕÜÝÞßàéîõüýþÿ ×÷ Łódź İstanbul",
        ] {
            hashes_agree(text);
        }
    }

    /// `word_hashes` are the hashes of the text's runs of letters and digits, lower-cased.
    fn hashes_agree(text: &str) {
        let expected: Vec<u64> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| {
                w.chars()
                    .flat_map(char::to_lowercase)
                    .fold(0, |h, c| hash_step(h, u32::from(c)))
            })
            .collect();
        let mut got = Vec::new();
        word_hashes(text, &mut got);
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn each_passage_has_its_own_words() {
        let words = PassageWords::of(["Dua kata", "", "L’été, trois mots"]);
        assert_eq!(words.all().len(), 6);
        assert_eq!(words.passage(0), &words.all()[..2]);
        assert!(words.passage(1).is_empty());
        assert_eq!(words.passage(2), &words.all()[2..]);
        assert!(words.passage(3).is_empty());
        assert_eq!(words.passage(2)[1], word_hash("ÉTÉ"));
    }
}
