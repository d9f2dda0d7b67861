//! Query translation with bilingual dictionaries, the way dictionary-based
//! cross-language retrieval does it (structured queries, Pirkola 1998): each query word
//! or dictionary phrase becomes one concept holding the word and its translations,
//! which `search` scores as one (the best of them), so a word with many translations
//! doesn't outweigh a word with one, and translations weigh less than the word typed.
//!
//! The language of a query word is unknown, so it is looked up as English (into
//! Indonesian and French, through its English base forms, see `english`), as French
//! (into Indonesian and English, through its lemmas) and as Indonesian (into French and
//! English, through its root when the word itself isn't a headword). A word English
//! dictionaries know takes at most one English sense, none when it is English only or
//! its own translation: typed, it already matches English text.
//! A learned word also reaches its Indonesian spelling (see `cognate`).
//! Names and numbers have no entry and pass through as typed.

pub(crate) mod abbreviation;
pub(crate) mod cognate;
pub(crate) mod english;
pub(crate) mod french;
pub(crate) mod lexicon;
pub(crate) mod region;

use std::collections::BTreeMap;

use crate::analysis::elision::elided_prefix_len;
use crate::analysis::id_root::IndonesianRoots;
use crate::analysis::stopwords::is_stop_word;

pub use crate::language::Tongue;

/// Translations kept per word and target language, best first.
const MAX_PER_TARGET: usize = 4;
/// Longest dictionary phrase looked for, in words.
const MAX_PHRASE_WORDS: usize = 4;

/// A word or phrase of the query, and what it translates to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expansion {
    /// The word or phrase as typed.
    pub word: String,
    /// Translations per target language.
    pub translations: BTreeMap<Tongue, Vec<String>>,
    /// How many query words it covers.
    pub words: usize,
}

fn normalize(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .map(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            // An English possessive is no part of the headword (`municipality's`).
            let w = match w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")) {
                Some(owner) if !owner.is_empty() => owner.to_string(),
                _ => w,
            };
            match elided_prefix_len(&w) {
                Some(len) => w[len..].to_string(),
                None => w,
            }
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One candidate translation of a query unit into one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sense {
    /// The translation, lower case, as the lexicon writes it (it may be a phrase).
    pub text: String,
    /// Its place among the unit's senses in that language, 0 for the best.
    pub rank: usize,
    /// The language the unit was read as to find it (a query word's language is
    /// unknown: `election` is read as English, `élection` as French).
    pub from: Tongue,
    /// The headword it was found under: the unit itself, or its base form
    /// (`elections` → `election`, `dirigeants` → `dirigeant`, `coree` → `corée`,
    /// `kunjungannya` → `kunjung`).
    pub headword: String,
    /// How many independent dictionary paths agree on it (1 to 9): a sense given by
    /// one dictionary only is weaker evidence than one several pivots confirm.
    pub support: u8,
    /// Whether it translates back: the reverse direction's lexicon lists the
    /// headword among the sense's translations (`president` → `presiden`, back to
    /// `president`), the evidence a planner checks before trusting a sense.
    pub back: bool,
}

/// Senses kept per unit and target language by `senses`, best first.
pub const MAX_SENSES: usize = 8;

/// The headwords `key` may be read under in a lexicon from `from`, most likely first:
/// itself, its base forms (English lemmas, French lemmas, the Indonesian root), each
/// also through its accent-folded form (`coree` → `corée`, `elections` →
/// `élection`). Only headwords of the `from`→`to` table are returned.
fn headwords(key: &str, from: Tongue, to: Tongue) -> Vec<String> {
    let mut forms = vec![key.to_string()];
    if !key.contains(' ') {
        match from {
            Tongue::En => forms.extend(english::lemmas(key)),
            Tongue::Fr => forms.extend(french::lemmas(key)),
            Tongue::Id => forms.extend(IndonesianRoots::shared().root(key)),
        }
    }
    let mut out: Vec<String> = Vec::new();
    for form in forms {
        let mut found = Vec::new();
        if !lexicon::entries(from, to, &form).is_empty() {
            found.push(form.clone());
        }
        // An accent-folded match only when the form as typed is no headword: `sur`
        // stays `sur`, not `sûr`.
        if found.is_empty() && from != Tongue::Id {
            found.extend(
                lexicon::unfold(from, &form)
                    .into_iter()
                    .filter(|h| !lexicon::entries(from, to, h).is_empty())
                    .map(str::to_string),
            );
        }
        for h in found {
            if !out.contains(&h) {
                out.push(h);
            }
        }
        if !out.is_empty() {
            // The first form that is a headword wins: `dirigeants` stops at
            // `dirigeant`, not at a verb the rules would also propose.
            break;
        }
    }
    out
}

/// The directions a unit is looked up in, in order: as English (into Indonesian and
/// French), as French (into Indonesian and English), as Indonesian (into French and
/// English).
const READINGS: [(Tongue, Tongue); 6] = [
    (Tongue::En, Tongue::Id),
    (Tongue::En, Tongue::Fr),
    (Tongue::Fr, Tongue::Id),
    (Tongue::Fr, Tongue::En),
    (Tongue::Id, Tongue::Fr),
    (Tongue::Id, Tongue::En),
];

/// How many English senses `key` (a normalised word or phrase) may take. A unit
/// English dictionaries know (as written or through its English base forms) already
/// matches English text as typed: none when the French and Indonesian dictionaries
/// don't know it as written (`election`, read as the folded French `élection`, would
/// add `choice`), none when its first English sense is itself (`service`, `public`,
/// French and English alike, would add `waiting`, `audience`), and only its first
/// otherwise (the Indonesian `guru`, a teacher). Any other unit takes up to
/// `MAX_SENSES`.
fn english_senses_allowed(key: &str) -> usize {
    let english = [Tongue::Id, Tongue::Fr]
        .into_iter()
        .any(|to| !headwords(key, Tongue::En, to).is_empty());
    if !english {
        return MAX_SENSES;
    }
    let as_written = |from: Tongue| lexicon::entries(from, Tongue::En, key);
    let first = [Tongue::Fr, Tongue::Id]
        .into_iter()
        .find_map(|from| as_written(from).first().map(|e| e.text));
    match first {
        Some(first) if first != key => 1,
        _ => 0,
    }
}

/// Candidate senses of `phrase` (a word or a dictionary phrase), per target
/// language (Indonesian, French and English), best first, at most `MAX_SENSES` each, with the
/// evidence a query planner needs to choose among them (`Sense`). Within a language
/// the readings come in `READINGS` order, each in its lexicon's order (agreement of
/// dictionaries, then how well the sense translates back). Only obvious noise is
/// left out: nothing for a key shorter than 3 characters, no sense equal to the
/// key itself (the word as typed already matches it), and few or no English senses
/// for a key that is English already (`english_senses_allowed`).
pub fn senses(phrase: &str) -> BTreeMap<Tongue, Vec<Sense>> {
    let key = normalize(phrase);
    let mut out: BTreeMap<Tongue, Vec<Sense>> = BTreeMap::new();
    if key.chars().count() < 3 {
        return out;
    }
    let english_allowed = english_senses_allowed(&key);
    for (from, to) in READINGS {
        if to == Tongue::En && english_allowed == 0 {
            continue;
        }
        for headword in headwords(&key, from, to) {
            for e in lexicon::entries(from, to, &headword) {
                let slot = out.entry(to).or_default();
                let most = if to == Tongue::En {
                    english_allowed
                } else {
                    MAX_SENSES
                };
                if e.text == key || slot.len() >= most || slot.iter().any(|s| s.text == e.text) {
                    continue;
                }
                slot.push(Sense {
                    text: e.text.to_string(),
                    rank: slot.len(),
                    from,
                    headword: headword.clone(),
                    support: e.support,
                    back: e.back,
                });
            }
        }
    }
    // `Central Java` → `jawa tengah`, `jateng`: a region named by a point of the
    // compass, which no dictionary lists whole.
    if key.contains(' ') && out.get(&Tongue::Id).is_none_or(Vec::is_empty) {
        let name_in = |name: &str| -> Vec<String> {
            [Tongue::En, Tongue::Fr]
                .into_iter()
                .flat_map(|from| lexicon::entries(from, Tongue::Id, name))
                .map(|e| e.text.to_string())
                .filter(|t| !t.contains(' '))
                .take(1)
                .collect()
        };
        let regions = region::indonesian(phrase, name_in);
        if !regions.is_empty() {
            out.insert(
                Tongue::Id,
                regions
                    .into_iter()
                    .enumerate()
                    .map(|(rank, text)| Sense {
                        text,
                        rank,
                        from: Tongue::En,
                        headword: key.clone(),
                        support: 1,
                        back: true,
                    })
                    .collect(),
            );
        }
    }
    out.retain(|_, v| !v.is_empty());
    out
}

/// What `phrase` translates to, per target language: the first `MAX_PER_TARGET` of
/// its `senses` that translate back (the best one even when it doesn't), as text.
pub fn translate(phrase: &str) -> BTreeMap<Tongue, Vec<String>> {
    let all = senses(phrase);
    let pivoted = through_third(&all);
    let mut found = best_texts(all);
    for (to, text) in pivoted {
        found.entry(to).or_default().push(text);
    }
    // A learned word's Indonesian spelling, which the dictionaries often miss
    // (`illegal` → `ilegal`).
    let key = normalize(phrase);
    if !key.contains(' ')
        && let Some(spelled) = cognate::indonesian(&key)
    {
        let texts = found.entry(Tongue::Id).or_default();
        if !texts.contains(&spelled) {
            texts.push(spelled);
        }
    }
    // `polisi` → `polresta`, `lalu lintas` → `lantas`: the short forms Indonesian news
    // writes a body by.
    if let Some(texts) = found.get_mut(&Tongue::Id) {
        let short: Vec<String> = texts
            .iter()
            .flat_map(|t| abbreviation::short_forms(t))
            .map(|s| s.to_string())
            .collect();
        for s in short {
            if !texts.contains(&s) {
                texts.push(s);
            }
        }
    }
    found
}

/// For a word the lexicon into Indonesian or French lacks (`petisi`: English
/// `petition`, no French; `merger`: Indonesian `fusi`, no French), the best
/// translation of its best sense in a third language there (`pétition`, `fusion`),
/// through English first, whose tables are the largest. A sense read from the target
/// language itself (a French word's, into French) is no bridge.
fn through_third(senses: &BTreeMap<Tongue, Vec<Sense>>) -> Vec<(Tongue, String)> {
    let mut out = Vec::new();
    for to in [Tongue::Fr, Tongue::Id] {
        if senses.get(&to).is_some_and(|s| !s.is_empty()) {
            continue;
        }
        // Through the first senses that translate back, not the first alone: the
        // first of `travailleur` is `diligent`, its second `worker` (`pekerja`); the
        // planner keeps those the index holds.
        let bridge = |via: Tongue, sense: &Sense| {
            lexicon::entries(via, to, &sense.text)
                .first()
                .map(|e| e.text.to_string())
                .or_else(|| {
                    (to == Tongue::Id && via == Tongue::En)
                        .then(|| cognate::indonesian(&sense.text))
                        .flatten()
                })
        };
        let bridged: Vec<String> = [Tongue::En, Tongue::Fr, Tongue::Id]
            .into_iter()
            .filter(|&via| via != to)
            .map(|via| {
                senses
                    .get(&via)
                    .into_iter()
                    .flatten()
                    .filter(|s| s.from != to)
                    .enumerate()
                    .filter(|(k, s)| *k == 0 || s.back)
                    .take(BRIDGED_SENSES)
                    .filter_map(|(_, s)| bridge(via, s))
                    .collect::<Vec<String>>()
            })
            .find(|texts| !texts.is_empty())
            .unwrap_or_default();
        for text in bridged {
            if !out.contains(&(to, text.clone())) {
                out.push((to, text));
            }
        }
    }
    out
}

/// Senses of a third language a word is translated through, at most.
const BRIDGED_SENSES: usize = 3;

/// What a name translates to: only the senses of its own headword, as written (a name
/// isn't inflected: `Korea` → `corée`, but `Threads`, the network, is not the plural
/// of `thread`).
pub fn translate_name(word: &str) -> BTreeMap<Tongue, Vec<String>> {
    let key = normalize(word);
    let mut found = senses(word);
    for senses in found.values_mut() {
        senses.retain(|s| s.headword == key);
        for (rank, sense) in senses.iter_mut().enumerate() {
            sense.rank = rank;
        }
    }
    found.retain(|_, v| !v.is_empty());
    best_texts(found)
}

/// Composed translations of a phrase tried, at most: the first uses each part's best
/// sense, the next each part's second, and so on.
const MAX_COMPOSED: usize = 3;

/// What a quoted phrase translates to, per target language, as texts to match: the
/// lexicon's translations of the whole phrase, or phrases composed of its parts'
/// senses in order (see `translate_phrase`), a part without senses as typed.
pub fn phrase_translations(phrase: &str) -> BTreeMap<Tongue, Vec<String>> {
    translate_phrase(phrase)
        .into_iter()
        .map(|(to, found)| {
            let texts = match found {
                PhraseSenses::Whole(senses) => best_texts(BTreeMap::from([(to, senses)]))
                    .remove(&to)
                    .unwrap_or_default(),
                PhraseSenses::Composed(parts) => {
                    let widest = parts
                        .iter()
                        .map(|p| p.senses.get(&to).map_or(0, Vec::len))
                        .max()
                        .unwrap_or(0);
                    let mut texts: Vec<String> = Vec::new();
                    for k in 0..widest.min(MAX_COMPOSED) {
                        let text = parts
                            .iter()
                            .map(|p| match p.senses.get(&to) {
                                Some(s) if !s.is_empty() => s[k.min(s.len() - 1)].text.clone(),
                                _ => p.word.clone(),
                            })
                            .collect::<Vec<_>>()
                            .join(" ");
                        if !texts.contains(&text) {
                            texts.push(text);
                        }
                    }
                    texts
                }
            };
            (to, texts)
        })
        .filter(|(_, texts)| !texts.is_empty())
        .collect()
}

fn best_texts(senses: BTreeMap<Tongue, Vec<Sense>>) -> BTreeMap<Tongue, Vec<String>> {
    senses
        .into_iter()
        .map(|(to, senses)| {
            let texts = senses
                .into_iter()
                .filter(|s| s.rank == 0 || s.back)
                .take(MAX_PER_TARGET)
                .map(|s| s.text)
                .collect();
            (to, texts)
        })
        .collect()
}

/// The parts of a hyphenated word the lexicon lacks whole (`migrant-worker`,
/// `document-handling`), to be translated as words of their own, or `None`: a name
/// (`Baie-Comeau`), a reduplication (`anak-anak`, `berlari-lari`), a word the lexicon
/// holds whole (`porte-parole`) and a compound none of whose parts it knows stay one.
/// A measure written before its noun (`27-kilometre`, `32-bed`) is its number and its
/// words: the number is what another language writes apart (`27 kilometer`).
pub fn compound_parts(word: &str) -> Option<Vec<&str>> {
    let parts: Vec<&str> = word.split('-').collect();
    let plain = |p: &&str| {
        p.chars().count() >= 2
            && p.chars().all(char::is_alphabetic)
            && p.starts_with(char::is_lowercase)
    };
    let number = |p: &&str| {
        p.starts_with(|c: char| c.is_ascii_digit())
            && p.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    };
    let measure = parts.len() >= 2 && number(&parts[0]) && parts[1..].iter().all(plain);
    if measure {
        return parts[1..]
            .iter()
            .any(|p| !senses(p).is_empty())
            .then_some(parts);
    }
    if parts.len() < 2 || !parts.iter().all(plain) {
        return None;
    }
    if parts
        .windows(2)
        .any(|w| crate::analysis::reduplication::base(w[0], w[1]).is_some())
    {
        return None;
    }
    if !senses(word).is_empty() || parts.iter().all(|p| senses(p).is_empty()) {
        return None;
    }
    // `post-harvest`, `anti-corruption`: a bound prefix says when or how of the word
    // after it; translated alone it is another word (`post`: `poste`, `kiriman`).
    let parts: Vec<&str> = parts
        .into_iter()
        .filter(|p| !BOUND_PREFIXES.contains(p))
        .collect();
    (!parts.is_empty()).then_some(parts)
}

/// Prefixes English and French write with a hyphen before a word (`post-harvest`,
/// `ex-ministre`, `non-payment`), no words of their own there.
const BOUND_PREFIXES: &[&str] = &[
    "post", "pre", "anti", "non", "co", "ex", "semi", "multi", "inter", "sub", "mid", "pseudo",
    "quasi", "ultra", "micro", "macro", "mini",
];

/// Splits query words into dictionary units, longest phrase first: (words covered,
/// the unit as typed).
fn units(words: &[&str]) -> Vec<(usize, String)> {
    let mut units = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let n = (2..=MAX_PHRASE_WORDS.min(words.len() - i))
            .rev()
            .find(|&n| !senses(&words[i..i + n].join(" ")).is_empty())
            .unwrap_or(1);
        units.push((n, words[i..i + n].join(" ")));
        i += n;
    }
    units
}

/// Splits query words into dictionary units, longest phrase first (`prime minister`,
/// `kecerdasan buatan`), each with its translations.
pub fn expand(words: &[&str]) -> Vec<Expansion> {
    units(words)
        .into_iter()
        .map(|(words, word)| Expansion {
            translations: translate(&word),
            word,
            words,
        })
        .collect()
}

/// A unit of the query (a word or a dictionary phrase) and its candidate senses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SenseUnit {
    /// The word or phrase as typed.
    pub word: String,
    /// How many query words it covers.
    pub words: usize,
    /// Its candidate senses per target language, best first (see `senses`).
    pub senses: BTreeMap<Tongue, Vec<Sense>>,
}

/// Splits query words into dictionary units as `expand` does, each with its
/// candidate senses (`senses`), for a planner to choose from.
pub fn plan(words: &[&str]) -> Vec<SenseUnit> {
    units(words)
        .into_iter()
        .map(|(words, word)| SenseUnit {
            senses: senses(&word),
            word,
            words,
        })
        .collect()
}

/// How a quoted phrase translates into one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhraseSenses {
    /// The lexicon has the phrase itself: its senses, each a phrase to match as a
    /// phrase (`kecerdasan buatan` → `intelligence artificielle`).
    Whole(Vec<Sense>),
    /// The lexicon lacks the phrase: one part per unit of it (a word or a shorter
    /// dictionary phrase, stop words left out), in the phrase's order. A part's senses
    /// are alternatives (any one of them will do); every part must be found, near the
    /// others. A part without senses (a name, a number) is matched as typed.
    Composed(Vec<SenseUnit>),
}

/// Translates a quoted phrase as a phrase, per target language (Indonesian and
/// French): `Whole` when the lexicon has an entry for the phrase (in that language),
/// otherwise `Composed` from its units' senses. A language none of whose parts has a
/// sense is left out (the phrase as typed is all there is to match).
pub fn translate_phrase(phrase: &str) -> BTreeMap<Tongue, PhraseSenses> {
    let mut out = BTreeMap::new();
    let typed: Vec<&str> = phrase.split_whitespace().collect();
    let whole = senses(phrase);
    let mut parts: Option<Vec<SenseUnit>> = None;
    for to in [Tongue::Id, Tongue::Fr] {
        if typed.len() > 1
            && let Some(found) = whole.get(&to)
        {
            out.insert(to, PhraseSenses::Whole(found.clone()));
            continue;
        }
        let parts = parts.get_or_insert_with(|| {
            plan(&typed)
                .into_iter()
                .filter(|u| u.words > 1 || !is_stop_word(&normalize(&u.word)))
                .collect()
        });
        // A dictionary phrase of the parts that this language lacks is composed of its
        // words (`artificial intelligence` has Indonesian, not French: `artificial`
        // and `intelligence` each have French).
        let parts: Vec<SenseUnit> = parts
            .iter()
            .flat_map(|u| {
                if u.words == 1 || u.senses.contains_key(&to) {
                    vec![u.clone()]
                } else {
                    u.word
                        .split_whitespace()
                        .filter(|w| !is_stop_word(&normalize(w)))
                        .map(|w| SenseUnit {
                            word: w.to_string(),
                            words: 1,
                            senses: senses(w),
                        })
                        .collect()
                }
            })
            .collect();
        if !parts.iter().any(|u| u.senses.contains_key(&to)) {
            continue;
        }
        let composed = parts
            .iter()
            .map(|u| SenseUnit {
                word: u.word.clone(),
                words: u.words,
                senses: u
                    .senses
                    .get(&to)
                    .map(|s| BTreeMap::from([(to, s.clone())]))
                    .unwrap_or_default(),
            })
            .collect();
        out.insert(to, PhraseSenses::Composed(composed));
    }
    out
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

    fn sense_texts(word: &str, to: Tongue) -> Vec<String> {
        senses(word)
            .remove(&to)
            .unwrap_or_default()
            .into_iter()
            .map(|s| s.text)
            .collect()
    }

    #[test]
    fn senses_carry_rank_and_evidence() {
        let found = senses("president");
        let id = &found[&Tongue::Id];
        assert_eq!(id[0].text, "presiden");
        assert_eq!(id[0].rank, 0);
        assert_eq!(id[0].from, Tongue::En);
        assert!(id[0].back && id[0].support >= 2);
        assert_eq!(found[&Tongue::Fr][0].text, "président");
        assert!(found.values().flatten().count() <= 2 * MAX_SENSES);
        for list in found.values() {
            assert!(list.iter().enumerate().all(|(i, s)| s.rank == i));
        }
        // The agreed sense first: `fell` is a verb form, `jatuh`, not the autumn.
        assert_eq!(sense_texts("fell", Tongue::Id)[0], "jatuh");
        assert_eq!(sense_texts("election", Tongue::Fr)[0], "élection");
    }

    #[test]
    fn french_inflections_reach_their_headword() {
        let found = senses("élections");
        let id = &found[&Tongue::Id];
        assert!(
            id.iter()
                .any(|s| s.text == "pemilihan" && s.headword == "élection")
        );
        assert!(sense_texts("chanteuses", Tongue::Id).contains(&"penyanyi".to_string()));
        assert!(
            sense_texts("japonaises", Tongue::Id).contains(&"jepang".to_string())
                || sense_texts("japonaises", Tongue::Id).contains(&"orang jepang".to_string())
        );
        assert!(sense_texts("politiques", Tongue::Id).contains(&"politik".to_string()));
    }

    #[test]
    fn accents_are_folded_for_lookup() {
        let found = senses("coree");
        assert!(
            found[&Tongue::Id]
                .iter()
                .any(|s| s.text == "korea" && s.headword == "corée")
        );
        assert!(sense_texts("elections", Tongue::Fr).contains(&"élection".to_string()));
        assert!(sense_texts("politiques", Tongue::Id).contains(&"politik".to_string()));
        // A headword as typed is not folded further: `sur` is not `sûr`.
        assert!(
            senses("sur")
                .values()
                .flatten()
                .all(|s| s.headword == "sur")
        );
    }

    #[test]
    fn a_compound_the_lexicon_lacks_is_translated_by_its_parts() {
        assert_eq!(
            compound_parts("migrant-worker"),
            Some(vec!["migrant", "worker"])
        );
        // A name, a reduplication, a word the lexicon holds whole, and parts it
        // doesn't know stay one word.
        assert_eq!(compound_parts("Baie-Comeau"), None);
        assert_eq!(compound_parts("anak-anak"), None);
        assert_eq!(compound_parts("berlari-lari"), None);
        assert_eq!(compound_parts("porte-parole"), None);
        assert_eq!(compound_parts("zorgl-blorf"), None);
        assert_eq!(compound_parts("covid-19"), None);
        // A measure before its noun: the number stands apart, as other languages write it.
        assert_eq!(
            compound_parts("27-kilometre"),
            Some(vec!["27", "kilometre"])
        );
        assert_eq!(compound_parts("2025-2026"), None);
        // A bound prefix is no word to translate.
        assert_eq!(compound_parts("post-harvest"), Some(vec!["harvest"]));
    }

    #[test]
    fn translate_keeps_senses_that_translate_back() {
        assert_eq!(targets("pemerintah", Tongue::Fr), ["gouvernement"]);
    }

    #[test]
    fn indonesian_affixes_reach_their_root() {
        let found = senses("kunjungannya");
        assert!(
            found[&Tongue::Fr]
                .iter()
                .any(|s| s.text.starts_with("visit"))
        );
    }

    #[test]
    fn quoted_phrases_translate_as_phrases() {
        let found = translate_phrase("prime minister");
        let PhraseSenses::Whole(id) = &found[&Tongue::Id] else {
            panic!("{found:?}")
        };
        assert_eq!(id[0].text, "perdana menteri");
        // No entry: one set of senses per word, stop words left out.
        let found = translate_phrase("harga minyak di Jakarta");
        let PhraseSenses::Composed(parts) = &found[&Tongue::Fr] else {
            panic!("{found:?}")
        };
        let words: Vec<&str> = parts.iter().map(|p| p.word.as_str()).collect();
        assert_eq!(words, ["harga", "minyak", "Jakarta"]);
        assert!(
            parts[0].senses[&Tongue::Fr]
                .iter()
                .any(|s| s.text == "prix")
        );
        assert!(
            parts[1].senses[&Tongue::Fr]
                .iter()
                .any(|s| s.text == "huile")
        );
        assert!(parts[2].senses.is_empty());
        assert!(translate_phrase("Zuckerberg 2025").is_empty());
    }

    #[test]
    fn senses_that_were_wrong_or_missing() {
        let first = |word: &str, to: Tongue| targets(word, to).first().cloned();
        assert_eq!(first("fell", Tongue::Id).as_deref(), Some("jatuh"));
        assert_eq!(first("president", Tongue::Fr).as_deref(), Some("président"));
        assert_eq!(first("election", Tongue::Fr).as_deref(), Some("élection"));
        assert_ne!(first("modèle", Tongue::Id).as_deref(), Some("mengetik"));
        for word in ["economy", "price", "health"] {
            assert!(first(word, Tongue::Id).is_some(), "{word}");
        }
        // Plurals and accents are reduced before look-up.
        assert!(!targets("élections", Tongue::Id).is_empty());
        assert!(!targets("coree", Tongue::Id).is_empty());
    }

    #[test]
    fn a_missing_pair_is_bridged_through_a_third_language() {
        // No French sense of `petisi` in the lexicon, an English one.
        assert!(!senses("petisi").contains_key(&Tongue::Fr));
        assert_eq!(
            translate("petisi").get(&Tongue::Fr),
            Some(&vec!["pétition".to_string()])
        );
        // An English word through Indonesian.
        assert!(!senses("merger").contains_key(&Tongue::Fr));
        assert!(translate("merger")[&Tongue::Fr].contains(&"fusion".to_string()));
        // A French word is never bridged into French.
        assert!(!translate("vendeur").contains_key(&Tongue::Fr));
        // A pair the lexicon holds is left as it is: no bridge for `murid`.
        assert_eq!(
            translate("murid")[&Tongue::Fr],
            best_texts(senses("murid")).remove(&Tongue::Fr).unwrap()
        );
    }

    #[test]
    fn french_and_indonesian_words_reach_english() {
        let found = senses("enseignants");
        let en = &found[&Tongue::En];
        assert_eq!(en[0].text, "teacher");
        assert_eq!(
            (en[0].from, en[0].headword.as_str()),
            (Tongue::Fr, "enseignant")
        );
        assert_eq!(targets("grève", Tongue::En), ["strike"]);
        assert_eq!(targets("mogok", Tongue::En), ["strike"]);
        // Through the Indonesian root.
        assert_eq!(targets("sekolahnya", Tongue::En)[0], "school");
        // A word of Indonesian and English alike keeps its Indonesian senses.
        assert_eq!(targets("guru", Tongue::En)[0], "teacher");
    }

    #[test]
    fn english_words_take_no_english_senses() {
        // `election` is also the French `élection` folded, whose senses include
        // `choice`: typed in English, it must stay itself.
        for word in ["election", "strike", "teachers", "government"] {
            assert!(!senses(word).contains_key(&Tongue::En), "{word}");
        }
        // French and English alike, and its own first translation: `service` is not
        // `waiting`.
        for word in ["service", "public", "question"] {
            assert!(!senses(word).contains_key(&Tongue::En), "{word}");
        }
    }

    #[test]
    fn french_and_indonesian_cross_over() {
        assert!(!targets("l'avenir", Tongue::Id).is_empty());
        assert!(!targets("percakapan", Tongue::Fr).is_empty());
    }
}
