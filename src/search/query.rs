//! Reading a query: quoted phrases and words, filler dropped, and each word turned
//! into a group of terms, one per analyser.
//!
//! The language of a few query words can't be trusted to detection, so every word is
//! analysed with every analyser and asked of every language field. A word that is a
//! stop word in Indonesian, French or English (the filler of a question: "what",
//! "did", "about", "dengan", "sur") is dropped, unless the query is nothing else.

use crate::analysis::{self, AnalyzerKind, stopwords};
use crate::translate::{self, Expansion, Tongue, english};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum QueryError {
    #[error("empty query")]
    Empty,
    #[error("unmatched double quote in the query")]
    UnmatchedQuote,
    #[error("the query has no searchable word")]
    NothingToSearch,
}

/// What the user typed, split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Word(String),
    Phrase(String),
}

/// The terms one analyser makes of a word or phrase, with their positions relative to
/// the first (stop words leave gaps, as they do in the index).
#[derive(Debug, Clone, PartialEq)]
pub struct Analyzed {
    pub kind: AnalyzerKind,
    pub terms: Vec<(usize, String)>,
    /// 1 for the word as typed; less for its other forms and its translations.
    pub weight: f32,
    /// Several terms must stand in this order (a phrase typed); otherwise each term
    /// counts on its own (a dictionary's translation, whose word order may differ).
    pub ordered: bool,
}

/// Weight of an English base form (`GPUs` → `GPU`) against the word typed.
const LEMMA_WEIGHT: f32 = 0.9;
/// Weight of a translation against the word typed.
pub const TRANSLATION_WEIGHT: f32 = 0.6;
/// English base forms tried per word.
const MAX_LEMMAS: usize = 2;

/// One concept of the query: a word (or a quoted phrase) and its analysed forms.
#[derive(Debug, Clone)]
pub struct Group {
    pub source: String,
    /// A quoted phrase must match; a word should.
    pub required: bool,
    pub forms: Vec<Analyzed>,
}

/// Splits a query into words and quoted phrases. Straight and curly double quotes both
/// open and close a phrase.
pub fn split(query: &str) -> Result<Vec<Part>, QueryError> {
    if query.trim().is_empty() {
        return Err(QueryError::Empty);
    }
    let mut parts = Vec::new();
    let mut in_phrase = false;
    let mut current = String::new();
    let flush = |current: &mut String, in_phrase: bool, parts: &mut Vec<Part>| {
        if in_phrase {
            if !current.trim().is_empty() {
                parts.push(Part::Phrase(current.trim().to_string()));
            }
        } else {
            parts.extend(
                current
                    .split_whitespace()
                    .map(|w| Part::Word(w.to_string())),
            );
        }
        current.clear();
    };
    for c in query.chars() {
        if matches!(c, '"' | '“' | '”' | '«' | '»') {
            flush(&mut current, in_phrase, &mut parts);
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
    flush(&mut current, in_phrase, &mut parts);
    if parts.is_empty() {
        return Err(QueryError::NothingToSearch);
    }
    Ok(parts)
}

fn analyzed_forms(text: &str) -> Vec<Analyzed> {
    AnalyzerKind::ALL
        .iter()
        .filter_map(|&kind| analyzed_form(kind, text, 1.0))
        .collect()
}

fn analyzed_form(kind: AnalyzerKind, text: &str, weight: f32) -> Option<Analyzed> {
    {
        {
            let tokens = analysis::analyze(kind, text);
            let first = tokens.first()?.position;
            Some(Analyzed {
                kind,
                terms: tokens
                    .into_iter()
                    .map(|t| (t.position - first, t.term))
                    .collect(),
                weight,
                ordered: weight == 1.0,
            })
        }
    }
}

/// Adds `form` to `forms` unless a form of the same analyser already has its terms.
fn add_form(forms: &mut Vec<Analyzed>, form: Option<Analyzed>) {
    if let Some(form) = form
        && !forms
            .iter()
            .any(|f| f.kind == form.kind && f.terms == form.terms)
    {
        forms.push(form);
    }
}

/// The word's forms, its English base forms (`GPUs` → `GPU`, as names and shared words
/// are written in the neutral field), and its translations.
fn word_forms(word: &str, expansion: Option<&Expansion>) -> Vec<Analyzed> {
    let mut forms = analyzed_forms(word);
    if !word.contains(' ') {
        for lemma in english::lemmas(&word.to_lowercase())
            .into_iter()
            .take(MAX_LEMMAS)
        {
            add_form(
                &mut forms,
                analyzed_form(AnalyzerKind::Neutral, &lemma, LEMMA_WEIGHT),
            );
        }
    }
    for (tongue, texts) in expansion.map(|e| &e.translations).into_iter().flatten() {
        let kind = match tongue {
            Tongue::Id => AnalyzerKind::Id,
            Tongue::Fr => AnalyzerKind::Fr,
            Tongue::En => AnalyzerKind::Neutral,
        };
        for text in texts {
            add_form(&mut forms, analyzed_form(kind, text, TRANSLATION_WEIGHT));
        }
    }
    forms
}

/// Question words and verbs of asking, in the three languages, that stop-word lists
/// leave in but that say nothing about what is sought.
const QUESTION_FILLER: [&str; 20] = [
    "say",
    "says",
    "said",
    "tell",
    "told",
    "many",
    "much",
    "apa",
    "siapa",
    "berapa",
    "kapan",
    "bagaimana",
    "quoi",
    "quel",
    "quelle",
    "quels",
    "combien",
    "quand",
    "comment",
    "pourquoi",
];

/// Whether every word of `word` (as the neutral analyser splits it) is filler.
fn is_filler(word: &str) -> bool {
    // Lower-cased as typed ("été") and folded as the neutral field holds it.
    let lower = word.to_lowercase();
    let typed: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    let is_stop = |t: &str| stopwords::is_stop_word(t) || QUESTION_FILLER.contains(&t);
    if !typed.is_empty() && typed.iter().all(|t| is_stop(t)) {
        return true;
    }
    let terms = analysis::terms(AnalyzerKind::Neutral, word);
    !terms.is_empty() && terms.iter().all(|t| is_stop(t))
}

/// The groups of a query, words searched as typed (and their English base forms).
pub fn groups(parts: &[Part]) -> Result<Vec<Group>, QueryError> {
    build(parts, false).map(|(groups, _)| groups)
}

/// The groups of a query with its words translated: a dictionary phrase (`prime
/// minister`) is one group; each group holds the word and its translations. Also
/// returns the expansions used, to tell the user.
pub fn translated_groups(parts: &[Part]) -> Result<(Vec<Group>, Vec<Expansion>), QueryError> {
    build(parts, true)
}

fn build(parts: &[Part], translate: bool) -> Result<(Vec<Group>, Vec<Expansion>), QueryError> {
    let all_filler = parts.iter().all(|p| match p {
        Part::Word(w) => is_filler(w),
        Part::Phrase(_) => false,
    });
    let mut groups = Vec::new();
    let mut used = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        match &parts[i] {
            Part::Phrase(p) => {
                let forms = analyzed_forms(p);
                if !forms.is_empty() {
                    groups.push(Group {
                        source: p.clone(),
                        required: true,
                        forms,
                    });
                }
                i += 1;
            }
            Part::Word(_) => {
                // A run of words, for dictionary phrases.
                let run: Vec<&str> = parts[i..]
                    .iter()
                    .map_while(|p| match p {
                        Part::Word(w) => Some(w.as_str()),
                        Part::Phrase(_) => None,
                    })
                    .collect();
                i += run.len();
                let units: Vec<Expansion> = if translate && !all_filler {
                    translate::expand(&run)
                } else {
                    run.iter()
                        .map(|w| Expansion {
                            word: w.to_string(),
                            translations: Default::default(),
                            words: 1,
                        })
                        .collect()
                };
                for unit in units {
                    if !all_filler && unit.word.split_whitespace().all(is_filler) {
                        continue;
                    }
                    let mut forms = word_forms(&unit.word, Some(&unit));
                    if all_filler {
                        // Nothing but common words: search them as written.
                        forms.retain(|f| f.kind == AnalyzerKind::Neutral && f.weight == 1.0);
                    }
                    if forms.is_empty() {
                        continue;
                    }
                    if !unit.translations.is_empty() {
                        used.push(unit.clone());
                    }
                    groups.push(Group {
                        source: unit.word,
                        required: false,
                        forms,
                    });
                }
            }
        }
    }
    if groups.is_empty() {
        return Err(QueryError::NothingToSearch);
    }
    Ok((groups, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_and_phrases() {
        assert_eq!(
            split("Zuckerberg \"kecerdasan buatan\" “l'avenir”").unwrap(),
            [
                Part::Word("Zuckerberg".into()),
                Part::Phrase("kecerdasan buatan".into()),
                Part::Phrase("l'avenir".into()),
            ]
        );
        assert_eq!(split("  "), Err(QueryError::Empty));
        assert_eq!(split("\"open source"), Err(QueryError::UnmatchedQuote));
        assert_eq!(
            split("title:Zuckerberg 10:30 \"a:b\"").unwrap(),
            [
                Part::Word("title".into()),
                Part::Word("Zuckerberg".into()),
                Part::Word("10:30".into()),
                Part::Phrase("a:b".into()),
            ]
        );
    }

    #[test]
    fn filler_is_dropped_and_words_get_every_analyser() {
        let parts = split("what did Zuckerberg say about DeepSeek").unwrap();
        let groups = groups(&parts).unwrap();
        let sources: Vec<&str> = groups.iter().map(|g| g.source.as_str()).collect();
        assert_eq!(sources, ["Zuckerberg", "DeepSeek"]);
        let parts = split("how many GPUs was Llama trained on").unwrap();
        let sources: Vec<String> = groups_of(&parts);
        assert_eq!(sources, ["GPUs", "Llama", "trained"]);
        assert_eq!(groups[0].forms.len(), 3);
    }

    fn groups_of(parts: &[Part]) -> Vec<String> {
        groups(parts)
            .unwrap()
            .into_iter()
            .map(|g| g.source)
            .collect()
    }

    #[test]
    fn a_query_of_filler_only_still_searches() {
        let groups = groups(&split("the who").unwrap()).unwrap();
        assert_eq!(groups.len(), 2);
    }
}
