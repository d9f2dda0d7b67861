//! Searching the index: a query becomes groups of terms (see `query`), the groups a
//! tantivy query over every language field, and the top passages hits with their
//! highlights (see `highlight`).
//!
//! Ranking: BM25 per field; each query word is one concept scored by the best of its
//! fields (disjunction-max), so a word counts once whichever language matched it; the
//! concepts add up. The best candidates are then re-ranked (see `rank`) by coverage of
//! the query, proximity and how much their article (its title and its other passages)
//! is about the query. A word the index doesn't hold at all is replaced
//! by its near spellings (see `fuzzy`).

pub mod fuzzy;
pub mod highlight;
pub mod query;
pub mod rank;

use std::collections::HashMap;
use std::time::Instant;

use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, Searcher, Term};

use crate::analysis::AnalyzerKind;
use crate::index::{CariIndex, Fields};
use crate::lang::Lang;
use crate::translate::Expansion;

pub use query::QueryError;
use query::{Analyzed, Group};

/// Share of the other fields' scores a concept keeps beyond its best field.
const TIE_BREAKER: f32 = 0.1;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error(transparent)]
    Query(#[from] QueryError),
    #[error("search failed: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error(transparent)]
    Index(#[from] crate::index::IndexError),
}

#[derive(Debug, Clone)]
pub struct SearchOptions {
    pub limit: usize,
    /// Only passages in this language.
    pub lang: Option<Lang>,
    /// Add the query words' translations (see `translate`).
    pub translate: bool,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: 10,
            lang: None,
            translate: true,
        }
    }
}

/// One passage found.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub rank: usize,
    pub score: f32,
    pub doc: String,
    pub title: String,
    pub lang: Lang,
    pub passage: u64,
    pub text: String,
    pub snippet: String,
    /// Byte offsets into `text`.
    pub highlights: Vec<[usize; 2]>,
    /// Byte offsets into `snippet`.
    #[serde(skip)]
    pub snippet_highlights: Vec<[usize; 2]>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    pub query: String,
    pub total_hits: usize,
    pub took_ms: f64,
    pub hits: Vec<Hit>,
    /// How the query was translated: per word or phrase, its translations per language.
    pub expansion: Vec<Expansion>,
}

/// Candidates re-ranked per result wanted: enough to see an article's other passages.
const CANDIDATES_PER_HIT: usize = 3;
const MIN_CANDIDATES: usize = 30;

/// Runs `query_text` against the index.
pub fn search(
    index: &CariIndex,
    query_text: &str,
    options: &SearchOptions,
) -> Result<SearchResults, SearchError> {
    let started = Instant::now();
    let parts = query::split(query_text)?;
    let (groups, expansion) = if options.translate {
        query::translated_groups(&parts)?
    } else {
        (query::groups(&parts)?, Vec::new())
    };
    let searcher = index.reader.searcher();
    let groups = correct_typos(&searcher, &index.fields, groups);
    let query = build_query(&index.fields, &groups, options.lang);
    let limit = options.limit.max(1);
    let wanted = (limit * CANDIDATES_PER_HIT).max(MIN_CANDIDATES);
    let (top, total_hits) = searcher.search(
        &query,
        &(TopDocs::with_limit(wanted).order_by_score(), Count),
    )?;
    let terms = highlight::MatchTerms::new(&groups);
    let mut candidates = Vec::with_capacity(top.len());
    for (bm25, address) in top {
        candidates.push(load_candidate(index, &searcher, address, bm25, &terms)?);
    }
    let idf = group_idf(&searcher, &index.fields, &groups);
    let mut title_groups: HashMap<String, Vec<usize>> = HashMap::new();
    for c in &candidates {
        title_groups.entry(c.doc.clone()).or_insert_with(|| {
            let mut groups: Vec<usize> = terms
                .matches(&c.title, c.lang)
                .iter()
                .map(|m| m.group)
                .collect();
            groups.dedup();
            groups
        });
    }
    let features: Vec<rank::Features> = candidates
        .iter()
        .map(|c| rank::Features {
            bm25: c.bm25,
            doc: &c.doc,
            matches: &c.matches,
            title_groups: title_groups.get(&c.doc).map(Vec::as_slice).unwrap_or(&[]),
        })
        .collect();
    let scores = rank::scores(&features, &idf);
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let mut slots: Vec<Option<Candidate>> = candidates.into_iter().map(Some).collect();
    let hits = order
        .into_iter()
        .take(limit)
        .enumerate()
        .filter_map(|(rank, i)| Some(slots[i].take()?.into_hit(rank + 1, scores[i])))
        .collect();
    Ok(SearchResults {
        query: query_text.to_string(),
        total_hits,
        took_ms: started.elapsed().as_secs_f64() * 1000.0,
        hits,
        expansion,
    })
}

/// A group whose words the index doesn't hold in any field takes their near spellings
/// in any field instead, as neutral terms.
fn correct_typos(searcher: &Searcher, fields: &Fields, groups: Vec<Group>) -> Vec<Group> {
    groups
        .into_iter()
        .map(|group| {
            let known = group.forms.iter().any(|form| {
                form.terms.iter().any(|(_, t)| {
                    fields.fields_for(form.kind).any(|field| {
                        let term = Term::from_field_text(field, t);
                        searcher.doc_freq(&term).unwrap_or(0) > 0
                    })
                })
            });
            let neutral = group
                .forms
                .iter()
                .find(|f| f.kind == AnalyzerKind::Neutral && f.terms.len() == 1);
            let (false, Some(neutral)) = (known, neutral) else {
                return group;
            };
            let fields: Vec<_> = fields.fields_for(AnalyzerKind::Neutral).collect();
            let corrections = fuzzy::corrections(searcher, &fields, &neutral.terms[0].1);
            if corrections.is_empty() {
                return group;
            }
            Group {
                forms: corrections
                    .into_iter()
                    .map(|t| Analyzed {
                        kind: AnalyzerKind::Neutral,
                        terms: vec![(0, t)],
                        weight: 1.0,
                        ordered: true,
                    })
                    .collect(),
                ..group
            }
        })
        .collect()
}

/// The inverse document frequency of each group: that of its rarest form that occurs.
fn group_idf(searcher: &Searcher, fields: &Fields, groups: &[Group]) -> Vec<f32> {
    let n = searcher.num_docs().max(1) as f32;
    groups
        .iter()
        .map(|group| {
            group
                .forms
                .iter()
                .filter_map(|form| {
                    let (_, t) = form.terms.first()?;
                    // A neutral term: the field that holds it most.
                    let df = fields
                        .fields_for(form.kind)
                        .filter_map(|field| {
                            searcher.doc_freq(&Term::from_field_text(field, t)).ok()
                        })
                        .max()? as f32;
                    (df > 0.0).then(|| (1.0 + (n - df + 0.5) / (df + 0.5)).ln())
                })
                .fold(0.0f32, f32::max)
        })
        .collect()
}

/// The tantivy query for the groups.
pub fn build_query(fields: &Fields, groups: &[Group], lang: Option<Lang>) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = groups
        .iter()
        .filter_map(|group| {
            let concept = concept_query(fields, group)?;
            let occur = if group.required {
                Occur::Must
            } else {
                Occur::Should
            };
            Some((occur, concept))
        })
        .collect();
    if let Some(lang) = lang {
        let term = Term::from_field_text(fields.lang, lang.code());
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        ));
    }
    Box::new(BooleanQuery::new(clauses))
}

/// One group as a single concept: the best of its forms over the body fields (a neutral
/// form over all of them; where a language form is the same term in the same field it
/// counts twice, as it did when every passage also had a neutral copy). (Titles
/// aren't indexed: the re-ranker reads them, see `rank`.)
fn concept_query(fields: &Fields, group: &Group) -> Option<Box<dyn Query>> {
    let disjuncts: Vec<Box<dyn Query>> = group
        .forms
        .iter()
        .flat_map(|form| {
            fields
                .fields_for(form.kind)
                .filter_map(|field| Some(weighted(match_query(field, form)?, form.weight)))
        })
        .collect();
    if disjuncts.is_empty() {
        return None;
    }
    Some(Box::new(DisjunctionMaxQuery::with_tie_breaker(
        disjuncts,
        TIE_BREAKER,
    )))
}

fn weighted(query: Box<dyn Query>, weight: f32) -> Box<dyn Query> {
    if weight == 1.0 {
        query
    } else {
        Box::new(BoostQuery::new(query, weight))
    }
}

/// A term query for one term, a phrase query for several.
fn match_query(field: tantivy::schema::Field, form: &Analyzed) -> Option<Box<dyn Query>> {
    match form.terms.as_slice() {
        [] => None,
        [(_, term)] => Some(Box::new(TermQuery::new(
            Term::from_field_text(field, term),
            IndexRecordOption::WithFreqs,
        ))),
        terms if form.ordered => Some(Box::new(PhraseQuery::new_with_offset(
            terms
                .iter()
                .map(|(pos, t)| (*pos, Term::from_field_text(field, t)))
                .collect(),
        ))),
        terms => Some(Box::new(BooleanQuery::new(
            terms
                .iter()
                .map(|(_, t)| {
                    let term = TermQuery::new(
                        Term::from_field_text(field, t),
                        IndexRecordOption::WithFreqs,
                    );
                    (Occur::Should, Box::new(term) as Box<dyn Query>)
                })
                .collect(),
        ))),
    }
}

/// A passage BM25 found, loaded for re-ranking.
struct Candidate {
    bm25: f32,
    doc: String,
    title: String,
    lang: Lang,
    passage: u64,
    text: String,
    matches: Vec<highlight::Match>,
}

impl Candidate {
    fn into_hit(self, rank: usize, score: f32) -> Hit {
        let highlights = highlight::ranges(&self.matches);
        let (snippet, snippet_highlights) = highlight::snippet(&self.text, &highlights);
        Hit {
            rank,
            score,
            doc: self.doc,
            title: self.title,
            lang: self.lang,
            passage: self.passage,
            text: self.text,
            snippet,
            highlights,
            snippet_highlights,
        }
    }
}

fn load_candidate(
    index: &CariIndex,
    searcher: &Searcher,
    address: DocAddress,
    bm25: f32,
    terms: &highlight::MatchTerms,
) -> Result<Candidate, SearchError> {
    let stored = index.passage(searcher, address)?;
    let matches = terms.matches(&stored.text, stored.lang);
    Ok(Candidate {
        bm25,
        doc: stored.doc,
        title: stored.title,
        lang: stored.lang,
        passage: stored.passage,
        text: stored.text,
        matches,
    })
}

/// A query read and weighed, to score text found outside a search (a quotation, an
/// article's other passages).
pub struct Topic {
    terms: highlight::MatchTerms,
    idf: Vec<f32>,
}

impl Topic {
    /// The topic of `text`, or `None` when it has no searchable word.
    pub fn new(index: &CariIndex, text: &str, translate: bool) -> Option<Topic> {
        let parts = query::split(text).ok()?;
        let groups = if translate {
            query::translated_groups(&parts).ok()?.0
        } else {
            query::groups(&parts).ok()?
        };
        let searcher = index.reader.searcher();
        let groups = correct_typos(&searcher, &index.fields, groups);
        let idf = group_idf(&searcher, &index.fields, &groups)
            .into_iter()
            // A word the index lacks still counts, as a rare one.
            .map(|w| if w > 0.0 { w } else { 1.0 })
            .collect();
        Some(Topic {
            terms: highlight::MatchTerms::new(&groups),
            idf,
        })
    }

    /// The IDF-weighted share of the topic's concepts that `text` (in `lang`) holds.
    pub fn coverage(&self, text: &str, lang: Lang) -> f32 {
        let mut held = vec![false; self.idf.len()];
        for m in self.terms.matches(text, lang) {
            if let Some(slot) = held.get_mut(m.group) {
                *slot = true;
            }
        }
        let total: f32 = self.idf.iter().sum();
        if total <= 0.0 {
            return 0.0;
        }
        held.iter()
            .zip(&self.idf)
            .filter(|(h, _)| **h)
            .map(|(_, w)| w)
            .sum::<f32>()
            / total
    }

    /// Where `text` holds the topic's words.
    pub fn highlights(&self, text: &str, lang: Lang) -> Vec<[usize; 2]> {
        self.terms.highlights(text, lang)
    }
}
