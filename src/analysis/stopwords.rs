//! Stop-word lists, embedded from `data/` (each file names its source and licence;
//! `scripts/gen_stopwords.py` regenerates them).

const INDONESIAN: &str = include_str!("data/stopwords_id.txt");
const FRENCH: &str = include_str!("data/stopwords_fr.txt");
const ENGLISH: &str = include_str!("data/stopwords_en.txt");

fn words(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The Indonesian stop words.
pub fn indonesian() -> Vec<String> {
    words(INDONESIAN).map(str::to_string).collect()
}

/// The French stop words.
pub fn french() -> Vec<String> {
    words(FRENCH).map(str::to_string).collect()
}

/// Whether a lower-case word is a stop word of Indonesian, French or English: the
/// words a query can drop without losing what it asks.
pub fn is_stop_word(word: &str) -> bool {
    use rustc_hash::FxHashSet as HashSet;
    use std::sync::LazyLock;
    static ALL: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        words(INDONESIAN)
            .chain(words(FRENCH))
            .chain(words(ENGLISH))
            .collect()
    });
    ALL.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_loaded() {
        assert!(indonesian().contains(&"yang".to_string()));
        assert!(!indonesian().contains(&"dua".to_string()));
        assert!(french().contains(&"avec".to_string()));
        assert!(is_stop_word("what") && is_stop_word("dengan") && is_stop_word("sur"));
        assert!(!is_stop_word("zuckerberg") && !is_stop_word("investasi"));
    }
}
