//! Indonesian reduplication: `perusahaan-perusahaan`, `negara-negara`, `besar-besaran`,
//! `kata-katanya`, `bermain-main` all stand for their base word.

use crate::language::id;

/// Whether `word` is an enclitic (a particle or a possessive) written after a hyphen
/// (`Pro-nya`): the word before is what counts.
fn is_clitic(word: &str) -> bool {
    id::PARTICLES.contains(&word) || id::POSSESSIVES.contains(&word)
}

/// The longest suffix a reduplicated form may add to its second half (`-an`, `-nya`).
const MAX_SUFFIX: usize = 3;

/// Given the two halves of a hyphenated word, the base word when the compound is a
/// reduplication (the left half, which carries the word), else `None`.
pub fn base<'a>(left: &'a str, right: &str) -> Option<&'a str> {
    if left.is_empty() || right.is_empty() {
        return None;
    }
    let l = left.to_lowercase();
    let r = right.to_lowercase();
    let is_reduplication = l == r
        || (r.starts_with(&l) && r.len() - l.len() <= MAX_SUFFIX && l.chars().count() >= 2)
        || (l.ends_with(&r) && r.chars().count() >= 3)
        || is_clitic(&r);
    is_reduplication.then_some(left)
}

#[cfg(test)]
mod tests {
    use super::base;

    #[test]
    fn reduplicated_words_give_their_base() {
        assert_eq!(base("perusahaan", "perusahaan"), Some("perusahaan"));
        assert_eq!(base("negara", "negara"), Some("negara"));
        assert_eq!(base("Kata", "kata"), Some("Kata"));
        assert_eq!(base("besar", "besaran"), Some("besar"));
        assert_eq!(base("kata", "katanya"), Some("kata"));
        assert_eq!(base("bermain", "main"), Some("bermain"));
        assert_eq!(base("Pro", "nya"), Some("Pro"));
    }

    #[test]
    fn other_compounds_are_not_reduplication() {
        assert_eq!(base("open", "source"), None);
        assert_eq!(base("Vision", "Language"), None);
        assert_eq!(base("Tae", "yoon"), None);
        assert_eq!(base("10", "11"), None);
    }
}
