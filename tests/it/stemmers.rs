//! The stemmers against the reference Snowball stems, word by word
//! (`tests/data/indonesian.tsv`, `tests/data/french.tsv`).

use std::borrow::Cow;

use cari::analysis::{FrenchStemmer, IndonesianRoots, IndonesianStemmer, Stem};

/// Snowball Indonesian, by rule alone: the baseline the root lexicon is measured against.
#[derive(Clone, Copy)]
struct SnowballIndonesianStemmer;

impl Stem for SnowballIndonesianStemmer {
    fn stem<'a>(&self, word: &'a str) -> Cow<'a, str> {
        frostem::Stemmer::new(frostem::Algorithm::Indonesian).stem(word)
    }
}

fn pairs(tsv: &str) -> Vec<(&str, &str)> {
    tsv.lines()
        .filter_map(|line| line.split_once('\t'))
        .collect()
}

fn disagreements(stemmer: &impl Stem, tsv: &str) -> (usize, Vec<String>) {
    let pairs = pairs(tsv);
    let wrong = pairs
        .iter()
        .filter(|(word, stem)| stemmer.stem(word) != *stem)
        .map(|(word, stem)| format!("{word}\t{stem}\t{}", stemmer.stem(word)))
        .collect();
    (pairs.len(), wrong)
}

#[test]
fn snowball_indonesian_agrees_with_every_reference_stem() {
    let (total, wrong) = disagreements(
        &SnowballIndonesianStemmer,
        include_str!("../data/indonesian.tsv"),
    );
    assert_eq!(total, 15_590);
    assert!(
        wrong.is_empty(),
        "{} disagreements:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn snowball_french_agrees_with_every_reference_stem() {
    let (total, wrong) = disagreements(&FrenchStemmer, include_str!("../data/french.tsv"));
    assert_eq!(total, 12_125);
    assert!(
        wrong.is_empty(),
        "{} disagreements:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Share of the words of `tsvs` (a word and its true roots a line, `a|b` when either is
/// right) that `stem` reduces to a right root, and the words it gets wrong.
fn accuracy(tsvs: &[&str], stem: &dyn Fn(&str) -> String) -> (f64, Vec<String>) {
    let entries: Vec<(&str, Vec<&str>)> = tsvs
        .iter()
        .flat_map(|f| f.lines())
        .filter_map(|l| l.split_once('\t'))
        .map(|(w, r)| (w, r.split('|').collect()))
        .collect();
    let wrong: Vec<String> = entries
        .iter()
        .filter(|(word, roots)| !roots.contains(&stem(word).as_str()))
        .map(|(word, roots)| format!("{word} -> {} (want {})", stem(word), roots.join("|")))
        .collect();
    (1.0 - wrong.len() as f64 / entries.len() as f64, wrong)
}

/// `accuracy` on `tests/data/indonesian_roots_dev.tsv`: words of the seeds.
fn root_accuracy(stem: &dyn Fn(&str) -> String) -> (f64, Vec<String>) {
    accuracy(&[include_str!("../data/indonesian_roots_dev.tsv")], stem)
}

#[test]
fn indonesian_roots_are_right_for_at_least_98_percent_of_news_words() {
    let (snowball, _) = root_accuracy(&|w| SnowballIndonesianStemmer.stem(w).into_owned());
    let (cari, wrong) = root_accuracy(&|w| IndonesianStemmer.stem(w).into_owned());
    eprintln!("root accuracy: Snowball {snowball:.3}, cari {cari:.3}; wrong: {wrong:?}");
    assert!(cari >= 0.98, "root accuracy {cari:.3}: {wrong:#?}");
    assert!(cari > snowball);
}

/// Root accuracy on `tests/data/indonesian_roots_ud_{gsd,csui}.tsv`: the hand-corrected
/// lemmas of running news and Wikipedia text in two Universal Dependencies treebanks
/// (UD_Indonesian-GSD, lemmas by Zeman & Alfina 2021, and UD_Indonesian-CSUI; both
/// CC BY-SA 4.0), proper nouns left out, `a|b` where either is right.
fn ud_root_accuracy(stem: &dyn Fn(&str) -> String) -> (f64, Vec<String>) {
    accuracy(
        &[
            include_str!("../data/indonesian_roots_ud_gsd.tsv"),
            include_str!("../data/indonesian_roots_ud_csui.tsv"),
        ],
        stem,
    )
}

#[test]
fn indonesian_roots_of_running_text() {
    let (snowball, _) = ud_root_accuracy(&|w| SnowballIndonesianStemmer.stem(w).into_owned());
    let (lexicon, _) = ud_root_accuracy(&|w| {
        IndonesianRoots::shared()
            .root(w)
            .unwrap_or_else(|| w.to_string())
    });
    let (cari, wrong) = ud_root_accuracy(&|w| IndonesianStemmer.stem(w).into_owned());
    eprintln!(
        "UD root accuracy: Snowball {snowball:.4}, lexicon roots {lexicon:.4}, cari {cari:.4}; \
         wrong: {}",
        wrong.len()
    );
    assert!(cari >= 0.91, "UD root accuracy {cari:.3}");
    assert!(cari > snowball);
}
