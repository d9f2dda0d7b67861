//! Where a passage matched, and the snippet shown for it.

use rustc_hash::FxHashMap as HashMap;

use crate::analysis::{self, AnalyzerKind};
use crate::language::Lang;

use crate::plan::QueryPlan;

/// A query term found in a passage: its byte range and the query group it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub group: usize,
}

/// The query's terms per analyser, each with the groups it stands for. As in the index
/// (see `Fields::fields_for`), a neutral term is also a term of the Indonesian and
/// French analysers.
#[derive(Debug, Default)]
pub struct MatchTerms {
    terms: HashMap<AnalyzerKind, HashMap<String, Vec<usize>>>,
}

impl MatchTerms {
    /// The terms of the plan's concepts, but those it excludes; a match's `group` is
    /// the index of its concept in the plan.
    pub fn new(plan: &QueryPlan) -> MatchTerms {
        let mut terms: HashMap<AnalyzerKind, HashMap<String, Vec<usize>>> = HashMap::default();
        for (index, concept) in plan.positive() {
            for form in &concept.forms {
                let kinds: &[AnalyzerKind] = match form.kind {
                    AnalyzerKind::Neutral => &AnalyzerKind::ALL,
                    kind => &[kind],
                };
                for &kind in kinds {
                    let by_term = terms.entry(kind).or_default();
                    for (_, term) in &form.terms {
                        let groups = by_term.entry(term.clone()).or_default();
                        if !groups.contains(&index) {
                            groups.push(index);
                        }
                    }
                }
            }
        }
        MatchTerms { terms }
    }

    /// Every query term in `text` (a passage or title in `lang`), in text order.
    pub fn matches(&self, text: &str, lang: Lang) -> Vec<Match> {
        let mut found: Vec<Match> = Vec::new();
        let kind = AnalyzerKind::from(lang);
        if let Some(wanted) = self.terms.get(&kind) {
            let may_stem_to = |word: &str| {
                wanted
                    .keys()
                    .any(|root| analysis::may_have_root(word, root))
            };
            analysis::for_each_wanted(kind, text, may_stem_to, |term, _, start, end| {
                if let Some(groups) = wanted.get(term) {
                    found.extend(groups.iter().map(|&group| Match { start, end, group }));
                }
            });
        }
        found.sort_unstable_by_key(|m| (m.start, m.end, m.group));
        found.dedup();
        found
    }
}

/// The merged byte ranges of matches.
pub fn ranges(matches: &[Match]) -> Vec<[usize; 2]> {
    merge(matches.iter().map(|m| [m.start, m.end]).collect())
}

fn merge(mut ranges: Vec<[usize; 2]>) -> Vec<[usize; 2]> {
    ranges.sort_unstable();
    let mut merged: Vec<[usize; 2]> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r[0] <= last[1] => last[1] = last[1].max(r[1]),
            _ => merged.push(r),
        }
    }
    merged
}

/// Longest snippet, in bytes, before a passage is cut around its first match.
const SNIPPET_BYTES: usize = 320;

/// A short excerpt of `text` around its first highlight, and the highlights in it.
pub fn snippet(text: &str, highlights: &[[usize; 2]]) -> (String, Vec<[usize; 2]>) {
    if text.len() <= SNIPPET_BYTES {
        return (text.to_string(), highlights.to_vec());
    }
    let anchor = highlights.first().map(|h| h[0]).unwrap_or(0);
    let mut start = anchor.saturating_sub(SNIPPET_BYTES / 3);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    // Start at a word boundary.
    if start > 0 {
        start = text[..start].rfind(' ').map(|i| i + 1).unwrap_or(0);
    }
    let mut end = (start + SNIPPET_BYTES).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if end < text.len() {
        end = text[..end].rfind(' ').filter(|&i| i > start).unwrap_or(end);
    }
    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if end < text.len() { "…" } else { "" };
    let snippet = format!("{prefix}{}{suffix}", &text[start..end]);
    let shift = prefix.len();
    let inside = highlights
        .iter()
        .filter(|h| h[0] >= start && h[1] <= end)
        .map(|h| [h[0] - start + shift, h[1] - start + shift])
        .collect();
    (snippet, inside)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{PlanOptions, understand};

    #[test]
    fn snippets_cut_between_characters_never_inside_one() {
        // Accented letters everywhere, so a cut at a fixed distance lands inside one.
        let text = "éèà ".repeat(200);
        for (anchor, c) in text.char_indices().filter(|(i, _)| (400..440).contains(i)) {
            let highlight = [anchor, anchor + c.len_utf8()];
            let (snippet, inside) = snippet(&text, &[highlight]);
            assert!(snippet.starts_with('…') && snippet.ends_with('…'));
            assert_eq!(&snippet[inside[0][0]..inside[0][1]], c.to_string());
        }
    }

    #[test]
    fn highlights_stemmed_and_folded_matches() {
        let plan = understand("generale zuckerberg", PlanOptions::default()).unwrap();
        let terms = MatchTerms::new(&plan);
        let text = "Mark Zuckerberg veut une intelligence générale.";
        let got = ranges(&terms.matches(text, Lang::Fr));
        let words: Vec<&str> = got.iter().map(|h| &text[h[0]..h[1]]).collect();
        assert_eq!(words, ["Zuckerberg", "générale"]);
    }

    #[test]
    fn snippet_is_cut_around_the_match() {
        let text = format!("{} Zuckerberg {}", "kata ".repeat(100), "lagi ".repeat(100));
        let at = text.find("Zuckerberg").unwrap();
        let (snippet, hl) = snippet(&text, &[[at, at + 10]]);
        assert!(snippet.starts_with('…') && snippet.ends_with('…'));
        assert_eq!(&snippet[hl[0][0]..hl[0][1]], "Zuckerberg");
    }

    #[test]
    fn snippet_starts_on_a_character_boundary() {
        // The window opens 106 bytes before the match, inside a three-byte `—`.
        let text = format!(
            "{}—{} Zuckerberg {}",
            "a".repeat(10),
            "b".repeat(104),
            "c ".repeat(200)
        );
        let at = text.find("Zuckerberg").unwrap();
        assert!(!text.is_char_boundary(at - SNIPPET_BYTES / 3));
        let (snippet, hl) = snippet(&text, &[[at, at + 10]]);
        assert_eq!(&snippet[hl[0][0]..hl[0][1]], "Zuckerberg");
    }
}
