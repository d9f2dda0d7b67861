//! The names of countries and world regions in English, French and Indonesian, from
//! Unicode CLDR (`data/territories.tsv`), and of the countries' subdivisions under
//! their official names, from ISO 3166-2 (`data/subdivisions.tsv`; the licences are
//! beside them): a run of capitalised words that is one of them (`Korea Selatan`,
//! `South Korea`, `États-Unis`, `Jawa Tengah`) names a place, never a person or an
//! organisation.
//!
//! A subdivision of one word is left out of that test: many are names of people too
//! (`Nelson`, `Kerry`, `Clare`, `Victoria`).

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::with_lowercase;
use crate::translate::lexicon::fold;

const TABLE: &str = include_str!("data/territories.tsv");
const SUBDIVISIONS: &str = include_str!("data/subdivisions.tsv");

/// A name as the tables are looked up: lower case, without accents, with a straight
/// apostrophe and single spaces (`Côte d’Ivoire` → `cote d'ivoire`).
fn key(name: &str) -> String {
    // In one string, without a string per word: every name read at index time is
    // looked up.
    let mut key = String::with_capacity(name.len());
    let mut folded = [0u8; 8];
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            match c {
                '’' => key.push('\''),
                c if c.is_ascii() => key.push(c),
                c => key.push_str(&fold(c.encode_utf8(&mut folded))),
            }
        }
    }
    key
}

/// Every name, with what kind of place it names: `country` or `world region` for
/// CLDR's, the ISO 3166-2 type in lower case for a subdivision's (`province`,
/// `metropolitan department`, `canton`, `county`). A name of both kinds keeps the
/// first: a country's.
fn kinds() -> &'static FxHashMap<String, &'static str> {
    static KINDS: LazyLock<FxHashMap<String, &'static str>> = LazyLock::new(|| {
        let mut kinds = FxHashMap::default();
        let rows = |table: &'static str| {
            table
                .lines()
                .filter(|line| !line.starts_with('#'))
                .map(|line| line.split('\t').collect::<Vec<&'static str>>())
        };
        for row in rows(TABLE) {
            let kind = if row[0].bytes().all(|b| b.is_ascii_digit()) {
                "world region"
            } else {
                "country"
            };
            for name in &row[1..] {
                kinds.entry(key(name)).or_insert(kind);
            }
        }
        // The types are few: each is leaked once, lower-cased.
        let mut types: FxHashMap<&str, &'static str> = FxHashMap::default();
        for row in rows(SUBDIVISIONS) {
            if let [_, kind, name] = row[..] {
                let kind = *types
                    .entry(kind)
                    .or_insert_with(|| Box::leak(kind.to_lowercase().into_boxed_str()));
                kinds.entry(key(name)).or_insert(kind);
            }
        }
        kinds.retain(|name, _| !name.is_empty());
        kinds
    });
    &KINDS
}

/// The kind of place `name` is the whole name of, however it is cased or accented:
/// `country` or `world region` in one of the three languages, or the type of a
/// subdivision under its official name (`province` for `Jawa Tengah`, `metropolitan
/// department` for `Côtes-d'Armor`, `canton` for `Vaud`).
pub fn kind_of(name: &str) -> Option<&'static str> {
    // A name in ASCII words parted by single spaces (most names read at index time) is
    // its own key but for case: looked up lowered on the stack, with no key built.
    if name.is_ascii()
        && name
            .split(' ')
            .all(|w| !w.is_empty() && !w.contains(|c: char| c.is_ascii_whitespace()))
    {
        return with_lowercase(name, |lower| kinds().get(lower).copied());
    }
    kinds().get(&key(name)).copied()
}

/// Whether `name` is the whole name of a country or a world region in one of the three
/// languages, or of a subdivision of two words or more (see the module's note), however
/// it is cased or accented.
pub fn is_territory(name: &str) -> bool {
    kind_of(name)
        .is_some_and(|kind| matches!(kind, "country" | "world region") || name.contains(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_of_the_tables_is_found_in_any_case() {
        for name in kinds().keys() {
            assert!(kind_of(name).is_some(), "{name}");
            // Unless upper case loses a letter (`ı` of `Sumqayıt` comes back `i`).
            let upper = name.to_uppercase();
            if upper.to_lowercase() == *name {
                assert!(kind_of(&upper).is_some(), "{name}");
            }
        }
        assert_eq!(kind_of("Mark Zuckerberg"), None);
    }

    #[test]
    fn countries_in_three_languages() {
        for name in [
            "Korea Selatan",
            "South Korea",
            "Corée du Sud",
            "Amerika Serikat",
            "États-Unis",
            "Etats-Unis",
            "Côte d'Ivoire",
            "Cote d’Ivoire",
            "Jepang",
            "Japon",
            "Asia Tenggara",
            "îles Vierges britanniques",
            "Jawa Tengah",
            "Nusa Tenggara Timur",
            "Brabant wallon",
        ] {
            assert!(is_territory(name), "{name}");
        }
    }

    #[test]
    fn a_name_holding_a_country_is_not_one() {
        for name in [
            "Bank Indonesia",
            "Korea Electric Power",
            "Fumio Kishida",
            "Le Monde",
            "Monde",
            "Union européenne",
            "Nelson",
            "Jawa Tengah Pos",
            "",
        ] {
            assert!(!is_territory(name), "{name}");
        }
    }

    #[test]
    fn the_kind_of_place_a_name_is() {
        assert_eq!(kind_of("Côtes-d’Armor"), Some("metropolitan department"));
        assert_eq!(kind_of("Vaud"), Some("canton"));
        assert_eq!(kind_of("jawa tengah"), Some("province"));
        assert_eq!(kind_of("Prancis"), Some("country"));
        assert_eq!(kind_of("Asia Tenggara"), Some("world region"));
        assert_eq!(kind_of("Kishida"), None);
    }
}
