//! Words with their case and punctuation kept, for reading names and attributions
//! (the analysers lower-case and drop punctuation, which is what search needs, not
//! what reading "kata kepala kebijakan Yoon, Sung Tae-yoon" needs).

/// A word or a punctuation mark of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
}

impl Word<'_> {
    pub fn is_punct(&self) -> bool {
        !self.text.starts_with(char::is_alphanumeric)
    }

    /// Starts with a capital letter (names, roles written as titles, sentence starts).
    pub fn is_capitalized(&self) -> bool {
        self.text.starts_with(char::is_uppercase)
    }

    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

fn is_inner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’')
}

/// Splits text into words (letters and digits, with inner hyphens and apostrophes, and
/// an initial such as `Y.`) and single punctuation marks.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Word {
                text: &text[start..start + c.len_utf8()],
                start,
            });
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            let next_is_word = chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
            if c.is_alphanumeric() || (is_inner(c) && next_is_word) {
                j += 1;
            } else {
                break;
            }
        }
        // An initial: one capital letter followed by a period ("Jay Y. Lee").
        if j == i + 1
            && c.is_uppercase()
            && chars.get(j).is_some_and(|&(_, n)| n == '.')
            && chars.get(j + 1).is_some_and(|&(_, n)| n == ' ')
        {
            j += 1;
        }
        let end = chars.get(j).map(|&(o, _)| o).unwrap_or(text.len());
        out.push(Word {
            text: &text[start..end],
            start,
        });
        i = j;
    }
    out
}

/// The capitalised words of a text, in order: the names typed in a question.
pub fn name_words(text: &str) -> Vec<&str> {
    words(text)
        .into_iter()
        .filter(|w| !w.is_punct() && w.is_capitalized())
        .map(|w| w.text)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
