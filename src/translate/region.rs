//! Regions named by a point of the compass, into Indonesian: `Central Java` and `Java
//! central` are `Jawa Tengah`, `North Sumatra` and `Sumatra du Nord` are `Sumatera
//! Utara`, and Indonesian news writes most provinces shorter still (`Jateng`,
//! `Sumut`). English puts the compass word first, French and Indonesian after the name,
//! so no word-by-word translation finds them (`central` is `pusat`, a centre).

/// English compass words and their Indonesian.
const ENGLISH: &[(&str, &str)] = &[
    ("north", "utara"),
    ("south", "selatan"),
    ("east", "timur"),
    ("west", "barat"),
    ("central", "tengah"),
    ("southeast", "tenggara"),
    ("south-east", "tenggara"),
    ("southwest", "barat daya"),
    ("south-west", "barat daya"),
    ("northeast", "timur laut"),
    ("north-east", "timur laut"),
    ("northwest", "barat laut"),
    ("north-west", "barat laut"),
];

/// Whether a lower-case word is a point of the compass in one of the languages
/// (`selatan`, `north`, `nord`, `centrale`): a word shared by many places' names.
pub fn is_compass_word(lower: &str) -> bool {
    const OTHERS: &[&str] = &[
        "utara", "selatan", "timur", "barat", "tengah", "tenggara", "nord", "sud", "ouest",
    ];
    OTHERS.contains(&lower)
        || ENGLISH.iter().any(|(en, _)| *en == lower)
        || FRENCH.iter().any(|(fr, _)| *fr == lower)
}

/// French compass phrases after a name, and their Indonesian.
const FRENCH: &[(&str, &str)] = &[
    ("du nord", "utara"),
    ("du sud", "selatan"),
    ("de l'est", "timur"),
    ("de l'ouest", "barat"),
    ("central", "tengah"),
    ("centrale", "tengah"),
    ("oriental", "timur"),
    ("orientale", "timur"),
    ("occidental", "barat"),
    ("occidentale", "barat"),
    ("du sud-est", "tenggara"),
    ("du sud-ouest", "barat daya"),
    ("du nord-est", "timur laut"),
    ("du nord-ouest", "barat laut"),
];

/// Provinces as Indonesian news abbreviates them.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("jawa barat", "jabar"),
    ("jawa tengah", "jateng"),
    ("jawa timur", "jatim"),
    ("sumatera utara", "sumut"),
    ("sumatera barat", "sumbar"),
    ("sumatera selatan", "sumsel"),
    ("sulawesi utara", "sulut"),
    ("sulawesi tengah", "sulteng"),
    ("sulawesi selatan", "sulsel"),
    ("sulawesi tenggara", "sultra"),
    ("sulawesi barat", "sulbar"),
    ("kalimantan barat", "kalbar"),
    ("kalimantan tengah", "kalteng"),
    ("kalimantan selatan", "kalsel"),
    ("kalimantan timur", "kaltim"),
    ("kalimantan utara", "kaltara"),
    ("nusa tenggara barat", "ntb"),
    ("nusa tenggara timur", "ntt"),
    ("maluku utara", "malut"),
    ("papua barat", "pabar"),
];

/// Shortest name a compass word makes a region of (`East Timor`, not `East of`).
const MIN_NAME_LETTERS: usize = 4;

/// The Indonesian names of the region `typed` (a phrase as the query writes it) names
/// by a point of the compass, its abbreviation too when the province has one; empty
/// when it names none. The name must be written as one, with a capital (`Central
/// Java`, not `central bank`). `name_in` gives a name's Indonesian spellings, lower
/// case (`java` → `jawa`).
pub fn indonesian(typed: &str, name_in: impl Fn(&str) -> Vec<String>) -> Vec<String> {
    let words: Vec<&str> = typed.split_whitespace().collect();
    let key = words.join(" ").to_lowercase();
    let split = ENGLISH
        .iter()
        .find_map(|(compass, id)| {
            key.strip_prefix(compass)
                .and_then(|rest| rest.strip_prefix(' '))
                .map(|name| {
                    (
                        words.len() - name.split(' ').count().min(words.len()),
                        name,
                        *id,
                    )
                })
        })
        .or_else(|| {
            FRENCH.iter().find_map(|(compass, id)| {
                key.strip_suffix(compass)
                    .and_then(|rest| rest.strip_suffix(' '))
                    .map(|name| (0, name, *id))
            })
        });
    let Some((first, name, compass)) = split else {
        return Vec::new();
    };
    let name_words = name.split(' ').count();
    let capitalised = words
        .get(first..first + name_words)
        .is_some_and(|ws| ws.iter().all(|w| w.starts_with(char::is_uppercase)));
    if !capitalised || name.chars().count() < MIN_NAME_LETTERS || name_words > 2 {
        return Vec::new();
    }
    let mut names = name_in(name);
    if names.is_empty() {
        names.push(name.to_string());
    }
    let mut out = Vec::new();
    for n in names {
        let region = format!("{n} {compass}");
        if !out.contains(&region) {
            out.push(region.clone());
        }
        if let Some((_, short)) = ABBREVIATIONS.iter().find(|(full, _)| *full == region) {
            out.push(short.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn java(name: &str) -> Vec<String> {
        match name {
            "java" => vec!["jawa".to_string()],
            "sumatra" => vec!["sumatera".to_string()],
            _ => Vec::new(),
        }
    }

    #[test]
    fn points_of_the_compass_in_the_three_languages() {
        for word in ["selatan", "utara", "north", "central", "nord", "centrale"] {
            assert!(is_compass_word(word), "{word}");
        }
        for word in ["amanuban", "timor", "est", "laut"] {
            assert!(!is_compass_word(word), "{word}");
        }
    }

    #[test]
    fn compass_regions_in_english_and_french() {
        assert_eq!(indonesian("Central Java", java), ["jawa tengah", "jateng"]);
        assert_eq!(indonesian("Java central", java), ["jawa tengah", "jateng"]);
        assert_eq!(
            indonesian("Sumatra du Nord", java),
            ["sumatera utara", "sumut"]
        );
        assert_eq!(
            indonesian("Southeast Sulawesi", java),
            ["sulawesi tenggara", "sultra"]
        );
        assert_eq!(
            indonesian("West Nusa Tenggara", java),
            ["nusa tenggara barat", "ntb"]
        );
        // A region with no abbreviation keeps its name.
        assert_eq!(indonesian("North Luwu", java), ["luwu utara"]);
    }

    #[test]
    fn other_phrases_are_no_regions() {
        assert!(indonesian("Central bank", java).is_empty());
        assert!(indonesian("banque centrale", java).is_empty());
        assert!(indonesian("West of", java).is_empty());
        assert!(indonesian("police station", java).is_empty());
        // Every word of the name is capitalised.
        assert!(indonesian("Central Java police", java).is_empty());
        assert!(indonesian("South Korea president", java).is_empty());
    }
}
