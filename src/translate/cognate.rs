//! Indonesian cognates of English and French learned words.
//!
//! Indonesian borrowed most of its learned vocabulary from Dutch and English and
//! spells it by regular rules: `-tion` is `-si` (`corruption` → `korupsi`), `-ity` is
//! `-itas`, `-ic` is `-ik`, double consonants are single (`illegal` → `ilegal`), a hard
//! `c` is `k` (`cocaine` → `kokain`). The dictionaries miss many of these words, whose
//! Indonesian form any reader recognises. Only words ending in a learned suffix are
//! spelled over, so that a short native word (`plant`, `maire`) is never read as one;
//! a form no article holds matches nothing and costs nothing.

/// Learned suffixes and what Indonesian spells them as, longest first within a family.
const SUFFIXES: &[(&str, &str)] = &[
    ("tional", "sional"),
    ("ssion", "si"),
    ("ction", "ksi"),
    ("tion", "si"),
    ("sion", "si"),
    ("ities", "itas"),
    ("ity", "itas"),
    ("ite", "itas"),
    ("ical", "is"),
    ("ique", "ik"),
    ("ic", "ik"),
    ("ive", "if"),
    ("if", "if"),
    ("isme", "isme"),
    ("ism", "isme"),
    ("ologie", "ologi"),
    ("ology", "ologi"),
    ("ure", "ur"),
    ("ment", "men"),
    ("al", "al"),
    ("aine", "ain"),
    ("ine", "in"),
    ("atie", "asi"),
    ("gy", "gi"),
    ("phy", "fi"),
    ("apy", "api"),
    ("gie", "gi"),
];

/// Shortest word spelled over: shorter ones are too often native words.
const MIN_LETTERS: usize = 6;
/// Shortest spelling given.
const MIN_SPELLED: usize = 5;

/// The Indonesian spelling of `word` (an English or French word, any case), when it
/// ends in a learned suffix and the spelling differs from the word.
pub fn indonesian(word: &str) -> Option<String> {
    let lower: String = super::lexicon::fold(&word.to_lowercase());
    if lower.chars().count() < MIN_LETTERS || !lower.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let (stem, suffix, ending) = SUFFIXES
        .iter()
        .find_map(|(suffix, spelled)| lower.strip_suffix(suffix).map(|s| (s, *suffix, *spelled)))?;
    let spelled = format!("{}{ending}", respell(stem, suffix.chars().next()));
    // A short spelling is likelier a native word (`nation` is no `nasi`, rice).
    (stem.len() >= 2 && spelled.len() >= MIN_SPELLED && spelled != lower).then_some(spelled)
}

/// Indonesian spelling of a stem: `cc` before a soft vowel is `ks`, double consonants
/// are single, `ph` is `f`, `ch` is `k`, `th` is `t`, `qu` is `ku`, `x` is `ks`, `y` is `i`, and
/// `c` is `s` before `e`, `i`, `y` and `k` elsewhere; `then` is the letter after the
/// stem (`vacc|ine`).
fn respell(stem: &str, then: Option<char>) -> String {
    let chars: Vec<char> = stem.chars().chain(then).collect();
    let len = stem.chars().count();
    let mut out = String::with_capacity(stem.len() + 2);
    let mut i = 0;
    while i < len {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match (c, next) {
            ('c', Some('c')) if matches!(chars.get(i + 2), Some('e' | 'i' | 'y')) => {
                out.push_str("ks");
                i += 2;
                continue;
            }
            ('p', Some('h')) => {
                out.push('f');
                i += 2;
                continue;
            }
            // Greek `ch` is a `k` (`technical` → `teknis`, `mechanism` → `mekanisme`).
            ('c', Some('h')) => {
                out.push('k');
                i += 2;
                continue;
            }
            ('t', Some('h')) => {
                out.push('t');
                i += 2;
                continue;
            }
            ('q', Some('u')) => {
                out.push_str("ku");
                i += 2;
                continue;
            }
            (a, Some(b)) if a == b && !matches!(a, 'a' | 'e' | 'i' | 'o' | 'u') => {
                // The pair is read once, as its first letter would be.
                i += 1;
                continue;
            }
            _ => {}
        }
        match c {
            'x' => out.push_str("ks"),
            'y' => out.push('i'),
            'c' if matches!(next, Some('e' | 'i' | 'y')) => out.push('s'),
            'c' => out.push('k'),
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// Whether two words of different languages are spelled alike once respelled as
/// Indonesian spells borrowed words (`inkubator` and `incubators`, `kios` and `kiosks`,
/// `vaksinator` and `vaccinateurs`): they share their first letters, all of the
/// shorter's or five and more than half of it. The dictionaries miss many such
/// nouns, which any reader recognises.
pub fn spelled_alike(a: &str, b: &str) -> bool {
    let spell = |w: &str| respell(&super::lexicon::fold(&w.to_lowercase()), None);
    let (a, b) = (spell(a), spell(b));
    let shorter = a.chars().count().min(b.chars().count());
    let shared = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    shorter >= 4 && (shared == shorter || shared >= 5 && shared * 5 >= shorter * 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learned_words_take_their_indonesian_spelling() {
        for (word, spelled) in [
            ("corruption", "korupsi"),
            ("illegal", "ilegal"),
            ("illégal", "ilegal"),
            ("distribution", "distribusi"),
            ("construction", "konstruksi"),
            ("cocaine", "kokain"),
            ("vaccine", "vaksin"),
            ("university", "universitas"),
            ("université", "universitas"),
            ("physiotherapy", "fisioterapi"),
            ("criminal", "kriminal"),
            ("technical", "teknis"),
            ("commission", "komisi"),
            ("structure", "struktur"),
            ("évacuation", "evakuasi"),
            ("logistique", "logistik"),
            ("démocratie", "demokrasi"),
            ("national", "nasional"),
            ("social", "sosial"),
            ("executive", "eksekutif"),
        ] {
            assert_eq!(indonesian(word).as_deref(), Some(spelled), "{word}");
        }
    }

    #[test]
    fn short_or_native_words_are_left_alone() {
        // `policy` is no `polisi` (police), `nation` no `nasi` (rice).
        for word in [
            "plant", "maire", "price", "somme", "general", "policy", "nation",
        ] {
            assert_eq!(indonesian(word), None, "{word}");
        }
        // Already the Indonesian spelling.
        assert_eq!(indonesian("regional"), None);
    }

    #[test]
    fn nouns_spelled_alike_across_languages() {
        for (a, b) in [
            ("inkubator", "incubators"),
            ("kios", "kiosks"),
            ("vaksinator", "vaccinateurs"),
            ("produsen", "producteurs"),
            ("spesimen", "spécimens"),
        ] {
            assert!(spelled_alike(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("pelajar", "pelabuhan"),
            ("kilometres", "kilogram"),
            ("bus", "business"),
        ] {
            assert!(!spelled_alike(a, b), "{a} {b}");
        }
    }
}
