//! Query translation with bilingual dictionaries, the way dictionary-based
//! cross-language retrieval does it (structured queries, Pirkola 1998): each query word
//! or dictionary phrase becomes one concept holding the word and its translations,
//! which `search` scores as one (the best of them), so a word with many translations
//! doesn't outweigh a word with one, and translations weigh less than the word typed.
//!
//! The language of a query word is unknown, so it is looked up as English (into
//! Indonesian and French, through its English base forms, see `english`), as French
//! (into Indonesian) and as Indonesian (into French, through its root when the word
//! itself isn't a headword). Names and numbers have no entry and pass through as typed.

pub mod english;
pub mod lexicon;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::analysis::elision::elided_prefix_len;
use crate::analysis::id_root::IndonesianRoots;

/// The languages of the lexicons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tongue {
    En,
    Fr,
    Id,
}

/// Translations kept per word and target language, best first.
const MAX_PER_TARGET: usize = 4;
/// Longest dictionary phrase looked for, in words.
const MAX_PHRASE_WORDS: usize = 4;

/// A word or phrase of the query, and what it translates to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Expansion {
    /// The word or phrase as typed.
    pub word: String,
    /// Translations per target language.
    pub translations: BTreeMap<Tongue, Vec<String>>,
    /// How many query words it covers.
    #[serde(skip)]
    pub words: usize,
}

fn normalize(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .map(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            match elided_prefix_len(&w) {
                Some(len) => w[len..].to_string(),
                None => w,
            }
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What `phrase` translates to, per target language.
pub fn translate(phrase: &str) -> BTreeMap<Tongue, Vec<String>> {
    let key = normalize(phrase);
    let mut out: BTreeMap<Tongue, Vec<String>> = BTreeMap::new();
    if key.chars().count() < 3 {
        return out;
    }
    let mut add = |to: Tongue, found: Vec<&str>| {
        let slot = out.entry(to).or_default();
        for t in found {
            if t != key && !slot.iter().any(|s| s == t) && slot.len() < MAX_PER_TARGET {
                slot.push(t.to_string());
            }
        }
    };
    // As English, through its base forms.
    let mut english = vec![key.clone()];
    if !key.contains(' ') {
        english.extend(english::lemmas(&key));
    }
    if let Some(headword) = english.iter().find(|w| {
        !lexicon::lookup(Tongue::En, Tongue::Id, w).is_empty()
            || !lexicon::lookup(Tongue::En, Tongue::Fr, w).is_empty()
    }) {
        add(
            Tongue::Id,
            lexicon::lookup(Tongue::En, Tongue::Id, headword),
        );
        add(
            Tongue::Fr,
            lexicon::lookup(Tongue::En, Tongue::Fr, headword),
        );
    }
    // As French.
    add(Tongue::Id, lexicon::lookup(Tongue::Fr, Tongue::Id, &key));
    // As Indonesian, or its root.
    let mut found = lexicon::lookup(Tongue::Id, Tongue::Fr, &key);
    if found.is_empty()
        && !key.contains(' ')
        && let Some(root) = IndonesianRoots::shared().root(&key)
    {
        found = lexicon::lookup(Tongue::Id, Tongue::Fr, &root);
    }
    add(Tongue::Fr, found);
    out.retain(|_, v| !v.is_empty());
    out
}

/// Splits query words into dictionary units, longest phrase first (`prime minister`,
/// `kecerdasan buatan`), each with its translations.
pub fn expand(words: &[&str]) -> Vec<Expansion> {
    let mut units = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let longest = (2..=MAX_PHRASE_WORDS.min(words.len() - i))
            .rev()
            .find_map(|n| {
                let phrase = words[i..i + n].join(" ");
                let translations = translate(&phrase);
                (!translations.is_empty()).then_some((n, phrase, translations))
            });
        let (n, word, translations) =
            longest.unwrap_or_else(|| (1, words[i].to_string(), translate(words[i])));
        units.push(Expansion {
            word,
            translations,
            words: n,
        });
        i += n;
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    fn targets(word: &str, to: Tongue) -> Vec<String> {
        translate(word).remove(&to).unwrap_or_default()
    }

    #[test]
    fn english_words_reach_both_languages() {
        assert!(targets("fake", Tongue::Id).contains(&"palsu".to_string()));
        assert!(targets("future", Tongue::Fr).contains(&"avenir".to_string()));
        assert!(targets("elections", Tongue::Id).contains(&"pemilihan".to_string()));
        assert!(targets("met", Tongue::Id).contains(&"bertemu".to_string()));
        assert!(translate("Zuckerberg").is_empty());
        assert!(translate("2025").is_empty());
    }

    #[test]
    fn phrases_are_kept_whole() {
        let units = expand(&["the", "prime", "minister", "of", "Japan"]);
        let phrase = units.iter().find(|u| u.word == "prime minister").unwrap();
        assert_eq!(phrase.words, 2);
        assert!(phrase.translations[&Tongue::Id].contains(&"perdana menteri".to_string()));
        let units = expand(&["artificial", "intelligence"]);
        assert_eq!(units.len(), 1);
        assert!(units[0].translations[&Tongue::Id].contains(&"kecerdasan buatan".to_string()));
    }

    #[test]
    fn french_and_indonesian_cross_over() {
        assert!(!targets("l'avenir", Tongue::Id).is_empty());
        assert!(!targets("percakapan", Tongue::Fr).is_empty());
    }
}
