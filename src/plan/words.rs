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
    // One pass over the chars, without collecting them first: this runs on every
    // paragraph at index time (people, quotations).
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut chars = text.char_indices();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = start + c.len_utf8();
        if !c.is_alphanumeric() {
            out.push(Word {
                text: &text[start..end],
                start,
            });
            continue;
        }
        let mut single = true;
        loop {
            let mut ahead = chars.clone();
            let Some((at, n)) = ahead.next() else { break };
            let joins = n.is_alphanumeric()
                || (is_inner(n) && ahead.next().is_some_and(|(_, m)| m.is_alphanumeric()));
            if !joins {
                break;
            }
            chars.next();
            end = at + n.len_utf8();
            single = false;
        }
        // An initial: one capital letter followed by a period ("Jay Y. Lee").
        if single && c.is_uppercase() && text[end..].starts_with(". ") {
            chars.next();
            end += 1;
        }
        out.push(Word {
            text: &text[start..end],
            start,
        });
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
