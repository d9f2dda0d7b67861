//! The short forms Indonesian news writes public bodies by.
//!
//! Indonesian reports name the police, the army, prosecutors and local offices almost
//! only by their acronyms and syllable words (`Polresta Yogyakarta`, `Satlantas`,
//! `Kejari Sleman`, `Kodim 0722`), which no dictionary lists. A query translated into
//! Indonesian (`police` → `polisi`, `traffic` → `lalu lintas`) is given the short forms
//! of its translation too, so that it finds what the articles write. Each short form is
//! the body's own word in the word's sense; a form no article holds matches nothing.

use std::collections::HashSet;
use std::sync::LazyLock;

/// An Indonesian word or phrase, and the short forms that write it or a body of its
/// kind.
const SHORT_FORMS: &[(&str, &[&str])] = &[
    // The national police and its commands: region, city or regency, district.
    (
        "polisi",
        &[
            "polri",
            "polda",
            "polres",
            "polresta",
            "polrestabes",
            "polsek",
        ],
    ),
    (
        "kepolisian",
        &["polri", "polda", "polres", "polresta", "polsek"],
    ),
    // Its units: traffic, criminal investigation, narcotics.
    ("lalu lintas", &["lantas", "satlantas"]),
    ("lalu-lintas", &["lantas", "satlantas"]),
    ("reserse", &["reskrim", "reskrimum", "reskrimsus"]),
    ("narkoba", &["resnarkoba", "satresnarkoba"]),
    // The army and its territorial commands.
    ("tentara", &["tni", "kodim", "korem", "koramil", "kodam"]),
    // Prosecutors: the district's and the province's offices.
    ("kejaksaan", &["kejari", "kejati"]),
    ("jaksa", &["kejari", "kejati"]),
    // Local government: the regency's, the city's, the province's.
    ("pemerintah", &["pemkab", "pemkot", "pemprov"]),
    // Fire fighters, and the civil service police.
    ("pemadam", &["damkar"]),
    ("kebakaran", &["damkar"]),
    ("pamong praja", &["satpol"]),
    // Disaster management agencies.
    ("bencana", &["bpbd", "bnpb"]),
    // Village heads and secretaries.
    ("kepala desa", &["kades"]),
];

/// The short forms of `indonesian` (lower case), if any.
pub fn short_forms(indonesian: &str) -> &'static [&'static str] {
    SHORT_FORMS
        .iter()
        .find(|(full, _)| *full == indonesian)
        .map_or(&[], |(_, short)| short)
}

/// Whether `term`, as the Indonesian analyser indexes it, is a short form: one more
/// way of writing a sense already counted, not a sense of its own.
pub fn is_short_form(term: &str) -> bool {
    // Analysed once per process: a query asks this of each Indonesian translation.
    static ANALYSED: LazyLock<HashSet<String>> = LazyLock::new(|| {
        SHORT_FORMS
            .iter()
            .flat_map(|(_, short)| short.iter())
            .map(|s| crate::analysis::terms(crate::analysis::AnalyzerKind::Id, s).concat())
            .collect()
    });
    ANALYSED.contains(term)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_are_found_by_their_short_forms() {
        assert!(short_forms("polisi").contains(&"polresta"));
        assert!(short_forms("lalu lintas").contains(&"lantas"));
        assert!(short_forms("kejaksaan").contains(&"kejari"));
        assert!(short_forms("meja").is_empty());
        let analysed =
            |w: &str| crate::analysis::terms(crate::analysis::AnalyzerKind::Id, w).concat();
        assert!(is_short_form(&analysed("polresta")));
        assert!(!is_short_form(&analysed("polisi")));
    }

    #[test]
    fn short_forms_are_lower_case_words() {
        for (full, short) in SHORT_FORMS {
            assert_eq!(full.to_lowercase(), *full);
            for s in *short {
                assert!(s.chars().all(|c| c.is_ascii_lowercase()), "{s}");
            }
        }
    }
}
