//! The bilingual lexicons, embedded as sorted text (`data/*.tsv`, one
//! `headword<TAB>t1|t2|…` per line, after a `#` header) and binary-searched in place,
//! so a process pays nothing to load them.

use super::Tongue;
use crate::sorted_table::SortedTable;

const EN_ID: &str = include_str!("data/en-id.tsv");
const EN_FR: &str = include_str!("data/en-fr.tsv");
const FR_ID: &str = include_str!("data/fr-id.tsv");
const ID_FR: &str = include_str!("data/id-fr.tsv");

/// The table translating `from` into `to`, when cari ships one.
fn table(from: Tongue, to: Tongue) -> Option<&'static str> {
    match (from, to) {
        (Tongue::En, Tongue::Id) => Some(EN_ID),
        (Tongue::En, Tongue::Fr) => Some(EN_FR),
        (Tongue::Fr, Tongue::Id) => Some(FR_ID),
        (Tongue::Id, Tongue::Fr) => Some(ID_FR),
        _ => None,
    }
}

/// The translations of `headword` (lower case) from `from` into `to`, best first.
pub fn lookup(from: Tongue, to: Tongue, headword: &str) -> Vec<&'static str> {
    table(from, to)
        .and_then(|text| SortedTable::new(text).get(headword))
        .map(|line| line.split('|').filter(|t| !t.is_empty()).collect())
        .unwrap_or_default()
}

/// Headwords and translation pairs of a direction, for reports.
pub fn size(from: Tongue, to: Tongue) -> (usize, usize) {
    let Some(text) = table(from, to) else {
        return (0, 0);
    };
    SortedTable::new(text).lines().fold((0, 0), |(h, p), line| {
        (
            h + 1,
            p + line
                .split_once('\t')
                .map_or(0, |(_, t)| t.split('|').count()),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_words_and_phrases_in_every_table() {
        assert_eq!(lookup(Tongue::En, Tongue::Id, "fake")[0], "palsu");
        assert!(lookup(Tongue::En, Tongue::Id, "prime minister").contains(&"perdana menteri"));
        assert!(
            lookup(Tongue::En, Tongue::Id, "artificial intelligence")
                .contains(&"kecerdasan buatan")
        );
        assert!(lookup(Tongue::En, Tongue::Fr, "future").contains(&"avenir"));
        assert!(!lookup(Tongue::Fr, Tongue::Id, "avenir").is_empty());
        assert!(!lookup(Tongue::Id, Tongue::Fr, "berita").is_empty());
        assert!(lookup(Tongue::En, Tongue::Id, "zzzz").is_empty());
        assert!(lookup(Tongue::Id, Tongue::En, "berita").is_empty());
        // The first and the last entries are reachable.
        for (from, to) in [(Tongue::En, Tongue::Id), (Tongue::Fr, Tongue::Id)] {
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
