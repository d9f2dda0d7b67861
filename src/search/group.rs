//! One hit per story: the ranked passages become the results a reader sees. At most
//! `per_article` passages of one article are shown (the others are counted under its
//! first hit), and an article whose text fingerprint is near one already shown (the
//! same story under another file name or from another site, see
//! `index::fingerprint`) is folded into it: listed under its first hit, not shown.
//!
//! The grouping runs over the whole ranked list, from its first passage, so a page
//! and the next one (`--offset`) show exactly what one longer page would.

use std::collections::HashMap;

use crate::index::fingerprint;

/// A ranked passage, as grouping sees it.
#[derive(Debug, Clone)]
pub struct Ranked {
    /// Its article's key (see `index::article_key`).
    pub article: u64,
    /// Its article's signature (empty: none, never folded).
    pub fingerprint: Vec<u8>,
}

/// A result: a passage shown, and for the first hit of its article, the copies of the
/// story folded into it.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// Its position in the ranked list.
    pub at: usize,
    /// The first passage shown of its article.
    pub heads_article: bool,
    /// The articles folded into this one: the position of each one's best passage.
    pub also: Vec<usize>,
}

/// How passages are grouped.
#[derive(Debug, Clone, Copy)]
pub struct Grouping {
    /// Passages shown per article at most; 0 shows them all.
    pub per_article: usize,
    /// Fold copies of one story into one result.
    pub fold: bool,
}

/// The results of `ranked`, best first, and per article the passages shown.
pub fn group(ranked: &[Ranked], grouping: Grouping) -> (Vec<Shown>, HashMap<u64, u32>) {
    let mut shown: Vec<Shown> = Vec::new();
    let mut per_article: HashMap<u64, u32> = HashMap::new();
    // Articles shown: their signature and the result that heads them.
    let mut leaders: Vec<(&[u8], usize)> = Vec::new();
    // Articles folded into another: the result they are listed under.
    let mut folded: HashMap<u64, usize> = HashMap::new();
    for (at, passage) in ranked.iter().enumerate() {
        if folded.contains_key(&passage.article) {
            continue;
        }
        match per_article.get_mut(&passage.article) {
            Some(count) => {
                if grouping.per_article == 0 || (*count as usize) < grouping.per_article {
                    *count += 1;
                    shown.push(Shown {
                        at,
                        heads_article: false,
                        also: Vec::new(),
                    });
                }
            }
            None => {
                let leader = grouping
                    .fold
                    .then(|| {
                        leaders
                            .iter()
                            .find(|(print, _)| fingerprint::same_story(print, &passage.fingerprint))
                    })
                    .flatten();
                match leader {
                    Some(&(_, head)) => {
                        folded.insert(passage.article, head);
                        shown[head].also.push(at);
                    }
                    None => {
                        per_article.insert(passage.article, 1);
                        leaders.push((&passage.fingerprint, shown.len()));
                        shown.push(Shown {
                            at,
                            heads_article: true,
                            also: Vec::new(),
                        });
                    }
                }
            }
        }
    }
    (shown, per_article)
}

#[cfg(test)]
mod tests {
    use super::{Grouping, Ranked, group};

    #[test]
    fn passages_beyond_the_limit_and_copies_are_held_back() {
        let story: Vec<u8> = (0..128).collect();
        let mut copy = story.clone();
        copy[..8].fill(255); // 2 slots of 32 differ
        let other: Vec<u8> = (0..128).map(|b| 255 - b).collect();
        let ranked = [
            Ranked {
                article: 1,
                fingerprint: story.clone(),
            },
            Ranked {
                article: 1,
                fingerprint: story.clone(),
            },
            Ranked {
                article: 2,
                fingerprint: copy.clone(),
            },
            Ranked {
                article: 1,
                fingerprint: story,
            },
            Ranked {
                article: 3,
                fingerprint: other,
            },
            Ranked {
                article: 2,
                fingerprint: copy,
            },
        ];
        let (shown, per_article) = group(
            &ranked,
            Grouping {
                per_article: 2,
                fold: true,
            },
        );
        let at: Vec<usize> = shown.iter().map(|s| s.at).collect();
        assert_eq!(at, [0, 1, 4]);
        assert_eq!(shown[0].also, [2]);
        assert_eq!(per_article[&1], 2);
        let (unfolded, _) = group(
            &ranked,
            Grouping {
                per_article: 0,
                fold: false,
            },
        );
        assert_eq!(unfolded.len(), ranked.len());
    }
}
