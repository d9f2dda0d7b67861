//! The bilingual lexicons, embedded as sorted text (`data/*.tsv`, one
//! `headword<TAB>t1|t2:3r|…` per line, after a `#` header) and binary-searched in
//! place, so a process pays nothing to load them. A translation may carry `:N`, the
//! number of independent dictionary paths that agree on it (1 when absent), and `r`
//! when it translates back (see `scripts/gen_bilingual.py`).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::Tongue;
use crate::sorted_table::SortedTable;

/// One translation of a lexicon entry, with the generator's evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The translation.
    pub text: &'static str,
    /// How many independent dictionary paths give it (1 to 9).
    pub support: u8,
    /// Whether the reverse direction lists the headword among its translations.
    pub back: bool,
}

fn entry(field: &'static str) -> Entry {
    let (text, mark) = field.split_once(':').unwrap_or((field, ""));
    let back = mark.ends_with('r');
    let support = mark.trim_end_matches('r').parse().unwrap_or(1);
    Entry {
        text,
        support,
        back,
    }
}

const EN_ID: &str = include_str!("data/en-id.tsv");
const EN_FR: &str = include_str!("data/en-fr.tsv");
const FR_ID: &str = include_str!("data/fr-id.tsv");
const ID_FR: &str = include_str!("data/id-fr.tsv");
const FR_EN: &str = include_str!("data/fr-en.tsv");
const ID_EN: &str = include_str!("data/id-en.tsv");

/// The table translating `from` into `to`, when cari ships one.
fn table(from: Tongue, to: Tongue) -> Option<&'static str> {
    match (from, to) {
        (Tongue::En, Tongue::Id) => Some(EN_ID),
        (Tongue::En, Tongue::Fr) => Some(EN_FR),
        (Tongue::Fr, Tongue::Id) => Some(FR_ID),
        (Tongue::Id, Tongue::Fr) => Some(ID_FR),
        (Tongue::Fr, Tongue::En) => Some(FR_EN),
        (Tongue::Id, Tongue::En) => Some(ID_EN),
        _ => None,
    }
}

/// The translations of `headword` (lower case) from `from` into `to`, best first,
/// with their evidence.
pub fn entries(from: Tongue, to: Tongue, headword: &str) -> Vec<Entry> {
    table(from, to)
        .and_then(|text| SortedTable::new(text).get(headword))
        .map(|line| {
            line.split('|')
                .filter(|t| !t.is_empty())
                .map(entry)
                .collect()
        })
        .unwrap_or_default()
}

/// The translations of `headword` (lower case) from `from` into `to`, best first.
pub fn lookup(from: Tongue, to: Tongue, headword: &str) -> Vec<&'static str> {
    entries(from, to, headword)
        .into_iter()
        .map(|e| e.text)
        .collect()
}

/// `word` without its accents (`corée` → `coree`, `œuvre` → `oeuvre`), lower case.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => out.push('a'),
            'ç' | 'ć' | 'č' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The headwords of the tables translating from `from` whose folded form is `key`
/// (`coree` → `corée`), the word itself excluded. The index of folded forms is built
/// on first use, from the headwords whose folded form differs.
pub fn unfold(from: Tongue, key: &str) -> Vec<&'static str> {
    static INDEX: OnceLock<HashMap<(Tongue, String), Vec<&'static str>>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index: HashMap<(Tongue, String), Vec<&'static str>> = HashMap::new();
        for from in [Tongue::En, Tongue::Fr, Tongue::Id] {
            for to in [Tongue::En, Tongue::Fr, Tongue::Id] {
                let Some(text) = table(from, to) else {
                    continue;
                };
                for line in SortedTable::new(text).lines() {
                    let head = line.split_once('\t').map_or(line, |(h, _)| h);
                    // Headwords are lower case: one in ASCII folds to itself. Skipping
                    // them unfolded keeps this first look-up cheap (most are).
                    if head.is_ascii() {
                        continue;
                    }
                    let folded = fold(head);
                    if folded != head {
                        let slot = index.entry((from, folded)).or_default();
                        if !slot.contains(&head) {
                            slot.push(head);
                        }
                    }
                }
            }
        }
        index
    });
    index
        .get(&(from, fold(key)))
        .map(|heads| heads.iter().copied().filter(|h| *h != key).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_carry_their_evidence() {
        assert_eq!(
            entry("pemilihan:4r"),
            Entry {
                text: "pemilihan",
                support: 4,
                back: true
            }
        );
        assert_eq!(entry("pilihan").support, 1);
        assert!(!entry("pilihan:2").back);
        let election = entries(Tongue::En, Tongue::Fr, "election");
        assert_eq!(election[0].text, "élection");
        assert!(election[0].back && election[0].support >= 2);
    }

    #[test]
    fn definitions_are_not_translations() {
        // WikDict writes `ekonomi 2.` then the numbered definitions of that sense.
        assert_eq!(lookup(Tongue::En, Tongue::Id, "economy")[0], "ekonomi");
        assert_eq!(lookup(Tongue::En, Tongue::Id, "price")[0], "harga");
        assert_eq!(lookup(Tongue::En, Tongue::Id, "health")[0], "kesehatan");
        assert_eq!(lookup(Tongue::En, Tongue::Fr, "president")[0], "président");
        assert_eq!(lookup(Tongue::Fr, Tongue::Id, "modèle")[0], "model");
        assert!(!lookup(Tongue::Fr, Tongue::Id, "modèle").contains(&"mengetik"));
    }

    #[test]
    fn french_and_indonesian_reach_english() {
        assert_eq!(lookup(Tongue::Fr, Tongue::En, "grève"), ["strike"]);
        assert_eq!(lookup(Tongue::Fr, Tongue::En, "avenir"), ["future"]);
        assert_eq!(lookup(Tongue::Fr, Tongue::En, "juge")[0], "judge");
        assert_eq!(lookup(Tongue::Fr, Tongue::En, "enseignant")[0], "teacher");
        assert_eq!(
            lookup(Tongue::Fr, Tongue::En, "gouvernement")[0],
            "government"
        );
        assert_eq!(lookup(Tongue::Id, Tongue::En, "sekolah"), ["school"]);
        assert_eq!(lookup(Tongue::Id, Tongue::En, "hakim")[0], "judge");
        assert_eq!(lookup(Tongue::Id, Tongue::En, "guru")[0], "teacher");
        assert_eq!(
            lookup(Tongue::Id, Tongue::En, "pemerintah")[0],
            "government"
        );
        assert_eq!(lookup(Tongue::Id, Tongue::En, "rumah sakit")[0], "hospital");
        let strike = entries(Tongue::Id, Tongue::En, "mogok");
        assert_eq!(strike[0].text, "strike");
        assert!(strike[0].back && strike[0].support >= 2);
        // English is a target only: an English word has no English entry.
        assert!(lookup(Tongue::En, Tongue::En, "strike").is_empty());
    }

    #[test]
    fn accents_fold_for_lookup() {
        assert_eq!(fold("Corée"), "coree");
        assert_eq!(fold("œuvre"), "oeuvre");
        assert!(unfold(Tongue::Fr, "coree").contains(&"corée"));
        assert!(unfold(Tongue::Fr, "election").contains(&"élection"));
        assert!(unfold(Tongue::Fr, "élection").is_empty());
    }

    #[test]
    fn finds_words_and_phrases_in_every_table() {
        assert!(lookup(Tongue::En, Tongue::Id, "fake").contains(&"palsu"));
        assert!(lookup(Tongue::En, Tongue::Id, "prime minister").contains(&"perdana menteri"));
        assert!(
            lookup(Tongue::En, Tongue::Id, "artificial intelligence")
                .contains(&"kecerdasan buatan")
        );
        assert!(lookup(Tongue::En, Tongue::Fr, "future").contains(&"avenir"));
        assert!(!lookup(Tongue::Fr, Tongue::Id, "avenir").is_empty());
        assert!(!lookup(Tongue::Id, Tongue::Fr, "berita").is_empty());
        assert!(lookup(Tongue::En, Tongue::Id, "zzzz").is_empty());
        assert!(lookup(Tongue::Id, Tongue::Id, "berita").is_empty());
        // Marks are evidence, not text.
        assert!(lookup(Tongue::En, Tongue::Id, "economy").contains(&"ekonomi"));
        // The first and the last entries are reachable.
        for (from, to) in [
            (Tongue::En, Tongue::Id),
            (Tongue::Fr, Tongue::Id),
            (Tongue::Fr, Tongue::En),
            (Tongue::Id, Tongue::En),
        ] {
            let Some(text) = table(from, to) else {
                panic!("no table")
            };
            let lines = SortedTable::new(text).lines();
            for line in [lines.clone().next(), lines.last()].into_iter().flatten() {
                let (head, _) = line.split_once('\t').unwrap_or((line, ""));
                assert!(!lookup(from, to, head).is_empty(), "{head}");
            }
        }
    }
}
