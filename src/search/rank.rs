//! Re-ranking the passages BM25 found, so that the passage that answers comes first.
//!
//! BM25 scores words one by one. On top of it, for each candidate passage:
//! - coverage: the share of the query's concepts it holds, each weighted by its IDF, so a
//!   passage with all the rare words beats one repeating a common word;
//! - proximity: how close together those concepts stand (the smallest window holding
//!   one of each);
//! - aboutness: the share of the query's concepts its article holds in its other
//!   candidate passages (the first of which holds the headline), so an article about
//!   the query outranks a passing mention;
//! - intent: for a question, whether the passage holds what it asks (a number for
//!   "how many", a date for "when", a meeting for "met").

use std::collections::HashMap;

use super::highlight::Match;

/// Weights of the features against the normalised BM25 score (which is at most 1).
const W_COVERAGE: f32 = 3.0;
const W_PROXIMITY: f32 = 0.4;
const W_ABOUT: f32 = 0.3;
const W_INTENT: f32 = 0.5;

/// What the re-ranker needs to know of a candidate passage.
#[derive(Debug, Clone)]
pub struct Features<'a> {
    pub bm25: f32,
    /// The article's key: candidates of one article share it.
    pub article: u64,
    /// Where it holds the query's concepts, at word positions.
    pub matches: &'a [Match],
    /// Holds what the question asks for.
    pub answers_intent: bool,
}

/// A final score and its parts (each already weighted).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub total: f32,
    pub bm25: f32,
    pub coverage: f32,
    pub proximity: f32,
    pub about: f32,
    pub intent: f32,
}

/// The final scores of `candidates`, in their order. `idf[g]` weighs query group `g`
/// in a passage, `about_idf[g]` in an article.
pub fn scores(candidates: &[Features], idf: &[f32], about_idf: &[f32]) -> Vec<Score> {
    let total_idf: f32 = idf.iter().sum::<f32>().max(f32::EPSILON);
    let total_about: f32 = about_idf.iter().sum::<f32>().max(f32::EPSILON);
    let max_bm25 = candidates
        .iter()
        .map(|c| c.bm25)
        .fold(f32::EPSILON, f32::max);

    // The groups each article holds, over its candidate passages.
    let mut article_groups: HashMap<u64, Vec<bool>> = HashMap::new();
    for c in candidates {
        let held = article_groups
            .entry(c.article)
            .or_insert_with(|| vec![false; idf.len()]);
        for g in c.matches.iter().map(|m| m.group) {
            if let Some(slot) = held.get_mut(g) {
                *slot = true;
            }
        }
    }

    candidates
        .iter()
        .map(|c| {
            let mut held = vec![false; idf.len()];
            for m in c.matches {
                if let Some(slot) = held.get_mut(m.group) {
                    *slot = true;
                }
            }
            let coverage = weighted_share(&held, idf) / total_idf;
            let about = article_groups
                .get(&c.article)
                .map(|held| weighted_share(held, about_idf) / total_about)
                .unwrap_or(0.0);
            let proximity = proximity(c.matches, held.iter().filter(|&&h| h).count());
            let mut score = Score {
                total: 0.0,
                bm25: c.bm25 / max_bm25,
                coverage: W_COVERAGE * coverage,
                proximity: W_PROXIMITY * proximity * coverage,
                about: W_ABOUT * about,
                intent: if c.answers_intent { W_INTENT } else { 0.0 },
            };
            score.total =
                score.bm25 + score.coverage + score.proximity + score.about + score.intent;
            score
        })
        .collect()
}

fn weighted_share(held: &[bool], idf: &[f32]) -> f32 {
    held.iter()
        .zip(idf)
        .filter(|(h, _)| **h)
        .map(|(_, w)| *w)
        .sum()
}

/// 1 when the `distinct` groups matched stand side by side, falling towards 0 as the
/// smallest window holding one of each widens. 0 with fewer than two groups.
pub fn proximity(matches: &[Match], distinct: usize) -> f32 {
    if distinct < 2 {
        return 0.0;
    }
    let Some(window) = smallest_window(matches, distinct) else {
        return 0.0;
    };
    let words = window as f32;
    let slack = (words - distinct as f32).max(0.0);
    let needed = (distinct - 1) as f32;
    needed / (needed + slack)
}

/// The smallest span of `matches` (word positions, sorted by start) holding all
/// `distinct` groups.
fn smallest_window(matches: &[Match], distinct: usize) -> Option<usize> {
    let mut counts: HashMap<usize, usize> = HashMap::new();
    let mut best: Option<usize> = None;
    let mut left = 0;
    for right in 0..matches.len() {
        *counts.entry(matches[right].group).or_default() += 1;
        while counts.len() == distinct {
            let span = matches[right].end.saturating_sub(matches[left].start);
            best = Some(best.map_or(span, |b: usize| b.min(span)));
            let g = matches[left].group;
            if let Some(n) = counts.get_mut(&g) {
                *n -= 1;
                if *n == 0 {
                    counts.remove(&g);
                }
            }
            left += 1;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(start: usize, group: usize) -> Match {
        Match {
            start,
            end: start + 1,
            group,
        }
    }

    #[test]
    fn adjacent_words_are_closest() {
        let near = [m(0, 0), m(1, 1)];
        let far = [m(0, 0), m(30, 1)];
        assert!((proximity(&near, 2) - 1.0).abs() < 1e-6);
        assert!(proximity(&far, 2) < 0.1);
        assert_eq!(proximity(&near[..1], 1), 0.0);
        // The best window is found wherever it is.
        let spread = [m(0, 0), m(15, 1), m(40, 0), m(41, 1)];
        assert!((proximity(&spread, 2) - 1.0).abs() < 1e-6);
    }

    #[test]
    fn an_article_is_about_the_names_it_holds() {
        // Group 0 a name, weighed double in an article; groups 1 and 2 common words.
        let idf = [2.0, 1.5, 1.5];
        let about_idf = [4.0, 1.5, 1.5];
        let name = [m(0, 0)];
        let common = [m(0, 1), m(1, 2)];
        let candidates = [
            Features {
                bm25: 1.0,
                article: 1,
                matches: &name,
                answers_intent: false,
            },
            Features {
                bm25: 1.0,
                article: 2,
                matches: &common,
                answers_intent: false,
            },
        ];
        let s = scores(&candidates, &idf, &about_idf);
        assert!(s[0].about > s[1].about, "{s:?}");
        assert!(s[0].coverage < s[1].coverage, "{s:?}");
    }

    #[test]
    fn the_passage_with_the_rare_words_wins() {
        let idf = [0.5, 3.0];
        let common_twice = [m(0, 0), m(8, 0)];
        let both = [m(0, 0), m(2, 1)];
        let candidates = [
            Features {
                bm25: 5.0,
                article: 1,
                matches: &common_twice,
                answers_intent: false,
            },
            Features {
                bm25: 4.0,
                article: 2,
                matches: &both,
                answers_intent: false,
            },
        ];
        let s = scores(&candidates, &idf, &idf);
        assert!(s[1].total > s[0].total, "{s:?}");
    }
}
