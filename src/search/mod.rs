//! Searching the index: a query becomes groups of terms (see `query`), the groups a
//! tantivy query over every language field, and the top passages hits with their
//! highlights (see `highlight`).
//!
//! Ranking: BM25 per field; each query word is one concept scored by the best of its
//! fields (disjunction-max), so a word counts once whichever language matched it; the
//! concepts add up, so passages that have more of the query's words rank first. A match
//! in the article's title adds a little.

pub mod highlight;
pub mod query;

use std::time::Instant;

use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use crate::index::{CariIndex, Fields};
use crate::lang::Lang;

pub use query::QueryError;
use query::{Analyzed, Group};

/// Weight of a title match against a body match.
const TITLE_BOOST: f32 = 0.3;
/// Share of the other fields' scores a concept keeps beyond its best field.
const TIE_BREAKER: f32 = 0.1;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error(transparent)]
    Query(#[from] QueryError),
    #[error("search failed: {0}")]
    Index(#[from] tantivy::TantivyError),
}

#[derive(Debug, Clone)]
pub struct SearchOptions {
    pub limit: usize,
    /// Only passages in this language.
    pub lang: Option<Lang>,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: 10,
            lang: None,
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
}

/// Runs `query_text` against the index.
pub fn search(
    index: &CariIndex,
    query_text: &str,
    options: &SearchOptions,
) -> Result<SearchResults, SearchError> {
    let started = Instant::now();
    let parts = query::split(query_text)?;
    let groups = query::groups(&parts)?;
    let query = build_query(&index.fields, &groups, options.lang);
    let searcher = index.reader.searcher();
    let (top, total_hits) = searcher.search(
        &query,
        &(
            TopDocs::with_limit(options.limit.max(1)).order_by_score(),
            Count,
        ),
    )?;
    let terms = highlight::MatchTerms::new(&groups);
    let mut hits = Vec::with_capacity(top.len());
    for (rank, (score, address)) in top.into_iter().enumerate() {
        hits.push(make_hit(
            &searcher,
            &index.fields,
            address,
            rank + 1,
            score,
            &terms,
        )?);
    }
    Ok(SearchResults {
        query: query_text.to_string(),
        total_hits,
        took_ms: started.elapsed().as_secs_f64() * 1000.0,
        hits,
    })
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

/// One group as a single concept: the best of its forms over body and title fields.
fn concept_query(fields: &Fields, group: &Group) -> Option<Box<dyn Query>> {
    let mut disjuncts: Vec<Box<dyn Query>> = Vec::new();
    for form in &group.forms {
        disjuncts.push(match_query(fields.body(form.kind), form)?);
        if form.terms.len() == 1 {
            let title = match_query(fields.title_field(form.kind), form)?;
            disjuncts.push(Box::new(BoostQuery::new(title, TITLE_BOOST)));
        }
    }
    if disjuncts.is_empty() {
        return None;
    }
    Some(Box::new(DisjunctionMaxQuery::with_tie_breaker(
        disjuncts,
        TIE_BREAKER,
    )))
}

/// A term query for one term, a phrase query for several.
fn match_query(field: tantivy::schema::Field, form: &Analyzed) -> Option<Box<dyn Query>> {
    match form.terms.as_slice() {
        [] => None,
        [(_, term)] => Some(Box::new(TermQuery::new(
            Term::from_field_text(field, term),
            IndexRecordOption::WithFreqs,
        ))),
        terms => Some(Box::new(PhraseQuery::new_with_offset(
            terms
                .iter()
                .map(|(pos, t)| (*pos, Term::from_field_text(field, t)))
                .collect(),
        ))),
    }
}

fn stored_str(doc: &TantivyDocument, field: tantivy::schema::Field) -> String {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string()
}

fn make_hit(
    searcher: &Searcher,
    fields: &Fields,
    address: DocAddress,
    rank: usize,
    score: f32,
    terms: &highlight::MatchTerms,
) -> Result<Hit, tantivy::TantivyError> {
    let doc: TantivyDocument = searcher.doc(address)?;
    let text = stored_str(&doc, fields.text);
    let lang = Lang::from_code(&stored_str(&doc, fields.lang)).unwrap_or(Lang::Other);
    let highlights = terms.highlights(&text, lang);
    let (snippet, snippet_highlights) = highlight::snippet(&text, &highlights);
    Ok(Hit {
        rank,
        score,
        doc: stored_str(&doc, fields.doc),
        title: stored_str(&doc, fields.title),
        lang,
        passage: doc
            .get_first(fields.passage)
            .and_then(|v| v.as_u64())
            .unwrap_or(0),
        text,
        snippet,
        highlights,
        snippet_highlights,
    })
}
