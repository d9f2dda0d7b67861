//! The query syntax: words, `"quoted phrases"`, and the operators users of Lucene or
//! Elasticsearch type: `+word` (must), `-word` and `NOT word` (must not), `a AND b`
//! (both must), `a OR b` (either; the default). Operators are written in capitals, as
//! in Lucene; `and`, `or`, `not` in lower case are words. Syntax cari has no use for
//! is read as words: `title:foo` searches `title` and `foo`, parentheses are dropped.

use super::QueryError;

/// Longest query read, in bytes and in words: past it a query is a pasted document,
/// and planning it (every word in every analyser, its translations) would cost more
/// than it can be worth.
pub const MAX_QUERY_BYTES: usize = 10_000;
pub const MAX_QUERY_WORDS: usize = 256;

/// Whether a part must, should or must not match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occur {
    Should,
    Must,
    MustNot,
}

/// A word or a quoted phrase, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Word(String),
    Phrase(String),
}

/// A part and how it must occur.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub part: Part,
    pub occur: Occur,
}

/// A token of the query before operators are applied.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Part(Part, Option<Occur>),
    And,
    Or,
    Not,
}

/// Reads a query into clauses.
pub fn parse(query: &str) -> Result<Vec<Clause>, QueryError> {
    if query.trim().is_empty() {
        return Err(QueryError::Empty);
    }
    if query.len() > MAX_QUERY_BYTES {
        return Err(QueryError::TooLong {
            what: format!("{} bytes", query.len()),
        });
    }
    let tokens = tokenize(query)?;
    let words = tokens
        .iter()
        .map(|t| match t {
            Token::Part(Part::Phrase(p), _) => p.split_whitespace().count(),
            _ => 1,
        })
        .sum::<usize>();
    if words > MAX_QUERY_WORDS {
        return Err(QueryError::TooLong {
            what: format!("{words} words"),
        });
    }
    let mut clauses = apply_operators(tokens.clone());
    if clauses.is_empty() {
        // Nothing but operators: they are the words sought (`AND`, `OR OR`).
        clauses = tokens
            .into_iter()
            .filter_map(|t| {
                let word = match t {
                    Token::And => "AND",
                    Token::Or => "OR",
                    Token::Not => "NOT",
                    Token::Part(..) => return None,
                };
                Some(Clause {
                    part: Part::Word(word.to_string()),
                    occur: Occur::Should,
                })
            })
            .collect();
    }
    if clauses.is_empty() {
        return Err(QueryError::NothingToSearch);
    }
    Ok(clauses)
}

/// Splits the query into parts and operators. Straight and curly double quotes (and
/// guillemets) both open and close a phrase.
fn tokenize(query: &str) -> Result<Vec<Token>, QueryError> {
    let mut tokens = Vec::new();
    let mut in_phrase = false;
    let mut current = String::new();
    // The sign typed right before an opening quote.
    let mut phrase_sign: Option<Occur> = None;
    for c in query.chars() {
        if matches!(c, '"' | '“' | '”' | '«' | '»') {
            if in_phrase {
                let phrase = current.trim();
                if !phrase.is_empty() {
                    tokens.push(Token::Part(
                        Part::Phrase(phrase.to_string()),
                        phrase_sign.take(),
                    ));
                }
                phrase_sign = None;
            } else {
                // A sign glued to the quote: `-"open source"`.
                let sign = match current.chars().last() {
                    Some('-') => Some(Occur::MustNot),
                    Some('+') => Some(Occur::Must),
                    _ => None,
                };
                if sign.is_some() {
                    current.pop();
                }
                words_of(&current, &mut tokens);
                phrase_sign = sign;
            }
            current.clear();
            in_phrase = !in_phrase;
        } else if c.is_control()
            || (c == ':' && !in_phrase && current.ends_with(char::is_alphabetic))
        {
            // Control characters are spaces; so is the colon of field syntax cari
            // doesn't have (`title:foo` searches `title` and `foo`), but not a time's.
            current.push(' ');
        } else {
            current.push(c);
        }
    }
    if in_phrase {
        return Err(QueryError::UnmatchedQuote);
    }
    words_of(&current, &mut tokens);
    Ok(tokens)
}

/// The words and operators of unquoted text.
fn words_of(text: &str, tokens: &mut Vec<Token>) {
    for raw in text.split_whitespace() {
        let word = raw.trim_matches(|c| matches!(c, '(' | ')'));
        match word {
            "AND" | "&&" => tokens.push(Token::And),
            "OR" | "||" => tokens.push(Token::Or),
            "NOT" | "!" => tokens.push(Token::Not),
            _ => {
                let (sign, rest) = match word.chars().next() {
                    Some('+') => (Some(Occur::Must), &word[1..]),
                    // `-5%` is a number, not an exclusion.
                    Some('-') if !word[1..].starts_with(|c: char| c.is_ascii_digit()) => {
                        (Some(Occur::MustNot), &word[1..])
                    }
                    _ => (None, word),
                };
                if rest.chars().any(char::is_alphanumeric) {
                    tokens.push(Token::Part(Part::Word(rest.to_string()), sign));
                }
            }
        }
    }
}

/// Turns operators into each part's occurrence: `NOT x` excludes x, `a AND b` requires
/// both, `OR` leaves both optional. Dangling operators are dropped.
fn apply_operators(tokens: Vec<Token>) -> Vec<Clause> {
    let mut clauses: Vec<Clause> = Vec::new();
    let mut negate_next = false;
    let mut and_pending = false;
    for token in tokens {
        match token {
            Token::Not => negate_next = true,
            Token::And => {
                // The part before AND is required too, unless excluded.
                if let Some(last) = clauses.last_mut()
                    && last.occur == Occur::Should
                {
                    last.occur = Occur::Must;
                }
                and_pending = !clauses.is_empty();
            }
            Token::Or => {
                and_pending = false;
            }
            Token::Part(part, sign) => {
                let occur = if negate_next {
                    Occur::MustNot
                } else if let Some(sign) = sign {
                    sign
                } else if and_pending {
                    Occur::Must
                } else {
                    Occur::Should
                };
                clauses.push(Clause { part, occur });
                negate_next = false;
                and_pending = false;
            }
        }
    }
    clauses
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(q: &str) -> Vec<(String, Occur)> {
        parse(q)
            .unwrap()
            .into_iter()
            .map(|c| {
                let text = match c.part {
                    Part::Word(w) => w,
                    Part::Phrase(p) => format!("\"{p}\""),
                };
                (text, c.occur)
            })
            .collect()
    }

    #[test]
    fn words_and_phrases() {
        assert_eq!(
            read("Zuckerberg \"kecerdasan buatan\" “l'avenir”"),
            [
                ("Zuckerberg".into(), Occur::Should),
                ("\"kecerdasan buatan\"".into(), Occur::Should),
                ("\"l'avenir\"".into(), Occur::Should),
            ]
        );
        assert_eq!(parse("  "), Err(QueryError::Empty));
        assert_eq!(parse("\"open source"), Err(QueryError::UnmatchedQuote));
        assert_eq!(
            read("title:Zuckerberg 10:30 \"a:b\""),
            [
                ("title".into(), Occur::Should),
                ("Zuckerberg".into(), Occur::Should),
                ("10:30".into(), Occur::Should),
                ("\"a:b\"".into(), Occur::Should),
            ]
        );
    }

    #[test]
    fn operators() {
        use Occur::*;
        assert_eq!(
            read("Meta -DeepSeek"),
            [("Meta".into(), Should), ("DeepSeek".into(), MustNot)]
        );
        assert_eq!(
            read("Meta AND NOT DeepSeek"),
            [("Meta".into(), Must), ("DeepSeek".into(), MustNot)]
        );
        assert_eq!(
            read("+DeepSeek Meta"),
            [("DeepSeek".into(), Must), ("Meta".into(), Should)]
        );
        assert_eq!(
            read("Nvidia OR DeepSeek"),
            [("Nvidia".into(), Should), ("DeepSeek".into(), Should)]
        );
        assert_eq!(
            read("a AND b c"),
            [("a".into(), Must), ("b".into(), Must), ("c".into(), Should)]
        );
        assert_eq!(
            read("-\"open source\" (Meta OR"),
            [("\"open source\"".into(), MustNot), ("Meta".into(), Should)]
        );
        // Lower-case operators and a minus inside a word or before a number are words.
        assert_eq!(
            read("not besar-besaran -5%"),
            [
                ("not".into(), Should),
                ("besar-besaran".into(), Should),
                ("-5%".into(), Should),
            ]
        );
        assert_eq!(read("AND -"), [("AND".into(), Should)]);
        assert_eq!(parse("- ()"), Err(QueryError::NothingToSearch));
    }

    #[test]
    fn size_is_bounded() {
        let long = "mot ".repeat(MAX_QUERY_WORDS + 1);
        assert!(matches!(parse(&long), Err(QueryError::TooLong { .. })));
        let huge = "a".repeat(MAX_QUERY_BYTES + 1);
        assert!(matches!(parse(&huge), Err(QueryError::TooLong { .. })));
        assert!(parse(&"mot ".repeat(50)).is_ok());
    }
}
