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

use rustc_hash::FxHashSet;

use crate::translate::lexicon::fold;

const TABLE: &str = include_str!("data/territories.tsv");
const SUBDIVISIONS: &str = include_str!("data/subdivisions.tsv");

/// A name as the table is looked up: lower case, without accents, with a straight
/// apostrophe and single spaces (`Côte d’Ivoire` → `cote d'ivoire`).
fn key(name: &str) -> String {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| fold(&w.to_lowercase()).replace('’', "'"))
        .collect();
    words.join(" ")
}

fn names() -> &'static FxHashSet<String> {
    static NAMES: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
        TABLE
            .lines()
            .filter(|line| !line.starts_with('#'))
            .flat_map(|line| line.split('\t').skip(1))
            .chain(
                SUBDIVISIONS
                    .lines()
                    .filter(|line| !line.starts_with('#'))
                    .filter_map(|line| line.split('\t').nth(2))
                    .filter(|name| name.contains(' ')),
            )
            .map(key)
            .filter(|name| !name.is_empty())
            .collect()
    });
    &NAMES
}

/// Whether `name` is the whole name of a country or a world region in one of the three
/// languages, or of a subdivision of two words or more, however it is cased or
/// accented.
pub fn is_territory(name: &str) -> bool {
    !name.is_empty() && names().contains(&key(name))
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
