//! The bilingual lexicons, embedded as sorted text (`data/*.tsv`, one
//! `headword<TAB>t1|t2|…` per line, after a `#` header) and binary-searched in place,
//! so a process pays nothing to load them.

use super::Tongue;

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
        .and_then(|text| find(text, headword))
        .map(|line| line.split('|').filter(|t| !t.is_empty()).collect())
        .unwrap_or_default()
}

/// Binary search over the lines of `text` for the one whose headword is `key`; returns
/// its translations field.
fn find<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let bytes = text.as_bytes();
    let mut lo = body_start(text);
    let mut hi = text.len();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |i| lo + i + 1);
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(text.len(), |i| start + i);
        let line = &text[start..end];
        let (head, rest) = line.split_once('\t').unwrap_or((line, ""));
        match key.as_bytes().cmp(head.as_bytes()) {
            std::cmp::Ordering::Equal => return Some(rest),
            std::cmp::Ordering::Less => hi = start,
            std::cmp::Ordering::Greater => lo = end + 1,
        }
    }
    None
}

/// Where the entries start, after the `#` header.
fn body_start(text: &str) -> usize {
    let mut at = 0;
    while text[at..].starts_with('#') {
        match text[at..].find('\n') {
            Some(i) => at += i + 1,
            None => return text.len(),
        }
    }
    at
}

/// Headwords and translation pairs of a direction, for reports.
pub fn size(from: Tongue, to: Tongue) -> (usize, usize) {
    let Some(text) = table(from, to) else {
        return (0, 0);
    };
    text[body_start(text)..]
        .lines()
        .fold((0, 0), |(h, p), line| {
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
            let body = &text[body_start(text)..];
            for line in [body.lines().next(), body.lines().last()]
                .into_iter()
                .flatten()
            {
                let (head, _) = line.split_once('\t').unwrap_or((line, ""));
                assert!(!lookup(from, to, head).is_empty(), "{head}");
            }
        }
    }
}
