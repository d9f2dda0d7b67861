//! The one ranker: a query plan (see `plan`) becomes a tantivy query over every
//! language field, scored by BM25 with per-field statistics (see `stats`), and the
//! best candidates are re-ranked (see `rank`) into hits with their highlights (see
//! `highlight`). `search` and `ask` both rank here.
//!
//! Ranking: BM25 per field; each concept is scored by the best of its forms and fields
//! (disjunction-max), so a word counts once whichever language matched it; concepts
//! add up. A fixed pool of candidates, whatever `--limit` asks (so the first page
//! never depends on it), is then re-ranked by coverage of the query, proximity, how
//! much the article is about the query, and what a question asks for.
//!
//! Filters (`filter`: dates, sites, and the language) are clauses of the tantivy query;
//! the ranked passages are then grouped into results (`group`: passages per article,
//! copies of one story folded), and what matched is counted (`tally`).

mod exclude;
pub mod filter;
pub mod group;
pub(crate) mod highlight;
mod local;
pub(crate) mod positions;
pub(crate) mod rank;
pub(crate) mod stats;
pub mod tally;

use std::time::Instant;

use tantivy::Searcher;
use tantivy::Term;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, Explanation,
    Occur as TantivyOccur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::IndexRecordOption;

use crate::analysis::AnalyzerKind;
use crate::index::{Fields, StoredPassage};
use crate::language::Lang;
use crate::plan::{
    self, Concept, Correction, Form, Intent, Occur, PlanOptions, QueryPlan, TermStatistics,
};
use crate::translate::Expansion;

pub use crate::plan::QueryError;
pub use filter::{BadDate, DateBound, Filters};
pub use tally::{Count, Facets, Tally};

/// Share of the other fields' scores a concept keeps beyond its best field.
pub const TIE_BREAKER: f32 = 0.1;
/// How much more a name the index holds weighs than a common word of its rarity: a
/// question naming a town or a firm is about the articles that name it, whatever
/// common words of it other articles hold.
const NAME_WEIGHT: f32 = 2.0;
/// Candidates re-ranked, whatever the limit.
const POOL: usize = 100;
/// Candidates whose text is read for what a question asks (a number, a date).
const INTENT_READ: usize = 30;
/// Passages ranked per result asked for (beyond the pool), so that the passages held
/// back by grouping (more of one article, copies of a story) still leave a full page.
const FETCH_PER_RESULT: usize = 4;
/// Passages of one article shown, by default.
pub const PER_ARTICLE: usize = 2;

/// The order of the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Sort {
    /// Best first.
    #[default]
    Relevance,
    /// Newest first (undated articles last), ties by relevance.
    Date,
}

/// Why a search failed.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The query can't be read.
    #[error(transparent)]
    Query(#[from] QueryError),
    /// tantivy failed while searching.
    #[error("search failed")]
    Tantivy(#[from] tantivy::TantivyError),
    /// The index can't be opened or read.
    #[error(transparent)]
    Index(#[from] crate::index::IndexError),
    /// A remote back end (an OpenSearch cluster) failed; the message says what to do.
    #[error("{0}")]
    Remote(String),
    /// A bug of cari's stopped this query or question; the others still run.
    #[error("cari failed on this query ({0}); this is a bug: please report it with the query")]
    Bug(String),
}

/// How to search.
#[derive(Debug, Clone)]
pub struct SearchOptions {
    /// Hits to return at most.
    pub limit: usize,
    /// Only passages in this language.
    pub lang: Option<Lang>,
    /// Add the query words' translations (see `translate`).
    pub translate: bool,
    /// Give each hit its score broken into parts.
    pub explain: bool,
    /// Only articles of these dates and sites.
    pub filters: Filters,
    /// The order of the results.
    pub sort: Sort,
    /// Results skipped before the first shown (the next page starts at `limit`).
    pub offset: usize,
    /// Passages of one article shown at most (0: all).
    pub per_article: usize,
    /// Fold copies of one story into one result.
    pub fold: bool,
    /// Count the articles that match by language, site and month.
    pub facets: bool,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: 10,
            lang: None,
            translate: true,
            explain: false,
            filters: Filters::default(),
            sort: Sort::Relevance,
            offset: 0,
            per_article: PER_ARTICLE,
            fold: true,
            facets: false,
        }
    }
}

impl SearchOptions {
    pub(crate) fn plan_options(&self) -> PlanOptions {
        PlanOptions {
            translate: self.translate,
            lang: self.lang,
        }
    }
}

/// A score broken into parts, as tantivy's `Explanation` and Elasticsearch's
/// `explain` give it.
#[derive(Debug, Clone)]
pub struct Explain {
    /// This part's value.
    pub value: f32,
    /// What it is.
    pub description: String,
    /// The parts it is made of.
    pub details: Vec<Explain>,
}

impl Explain {
    /// A part named `description` worth `value`, made of `details`.
    pub fn new(description: impl Into<String>, value: f32, details: Vec<Explain>) -> Explain {
        Explain {
            value,
            description: description.into(),
            details,
        }
    }

    fn from_tantivy(explanation: &Explanation) -> Explain {
        // tantivy's explanation keeps its parts private; its JSON has them.
        let json = serde_json::to_value(explanation).unwrap_or_default();
        Explain::from_json(&json)
    }

    /// From an explanation in tantivy's or Lucene's JSON (`value`, `description`,
    /// `details`).
    pub fn from_json(json: &serde_json::Value) -> Explain {
        let details = json["details"]
            .as_array()
            .map(|d| d.iter().map(Explain::from_json).collect())
            .unwrap_or_default();
        let mut description = json["description"].as_str().unwrap_or_default().to_string();
        if let Some(context) = json["context"].as_array()
            && !context.is_empty()
        {
            let context: Vec<&str> = context.iter().filter_map(|c| c.as_str()).collect();
            description = format!("{description} ({})", context.join("; "));
        }
        Explain::new(
            description,
            json["value"].as_f64().unwrap_or(0.0) as f32,
            details,
        )
    }
}

/// One passage found.
#[derive(Debug, Clone)]
pub struct Hit {
    /// 1-based position in the results.
    pub rank: usize,
    /// The ranker's score.
    pub score: f32,
    /// The article (path relative to the corpus root).
    pub doc: String,
    /// The article's headline.
    pub title: String,
    /// The article's date (ISO 8601), when known.
    pub date: Option<String>,
    /// The site the article comes from, when known.
    pub source: Option<String>,
    /// The article's address, when known.
    pub url: Option<String>,
    /// The article's authors.
    pub authors: Vec<String>,
    /// The passage's language.
    pub lang: Lang,
    /// 0-based position in the article.
    pub passage: u64,
    /// The whole passage, as written.
    pub text: String,
    /// A window of the passage around its best match.
    pub snippet: String,
    /// Byte offsets into `text`.
    pub highlights: Vec<[usize; 2]>,
    /// Byte offsets into `snippet`.
    pub snippet_highlights: Vec<[usize; 2]>,
    /// The score broken into parts (`--explain`).
    pub explain: Option<Explain>,
    /// On an article's first hit: its other passages that matched and aren't shown.
    pub more_in_article: u32,
    /// On an article's first hit: the copies of its story folded into it.
    pub also: Vec<OtherCopy>,
}

/// A copy of a story folded into another result.
#[derive(Debug, Clone, PartialEq)]
pub struct OtherCopy {
    /// Its article, as a hit's `doc`.
    pub doc: String,
    /// Its site, when known.
    pub source: Option<String>,
    /// Its address.
    pub url: Option<String>,
    /// Its date (ISO 8601).
    pub date: Option<String>,
}

/// What a search found.
#[derive(Debug, Clone)]
pub struct SearchResults {
    /// The query, as typed.
    pub query: String,
    /// Passages that matched (before the limit).
    pub total_hits: usize,
    /// Articles they belong to.
    pub total_articles: usize,
    /// With `facets`: the articles that match by language, site and month.
    pub facets: Option<Facets>,
    /// Time spent searching, in milliseconds.
    pub took_ms: f64,
    /// The best passages, best first.
    pub hits: Vec<Hit>,
    /// How the query was translated: per word or phrase, its translations per language.
    pub expansion: Vec<Expansion>,
    /// Words the index doesn't hold and the spellings searched instead.
    pub corrections: Vec<Correction>,
    /// The query held nothing but common words ("the of and"), searched as written.
    pub common_words_only: bool,
}

/// An index the one ranker reads: a local tantivy index (`CariIndex`) or an
/// OpenSearch cluster. A back end finds the candidates, their BM25 scores and counts
/// what matched; what comes after (re-ranking, grouping, highlights, answers) is the
/// same code for both.
pub trait Backend {
    /// The term statistics planning and the ranker's weights read. `plan` names the
    /// terms that will be asked, so a remote back end can fetch them in one round trip.
    fn statistics<'a>(
        &'a self,
        plan: &QueryPlan,
    ) -> Result<Box<dyn TermStatistics + 'a>, SearchError>;

    /// The best passages for `plan` under `request`'s filters, in `request`'s order,
    /// what matched counted, and what the ranker reads of them.
    fn candidates<'a>(
        &'a self,
        plan: &QueryPlan,
        request: &CandidateRequest<'_>,
    ) -> Result<Box<dyn Candidates + 'a>, SearchError>;

    /// Every passage of the article `doc`, in order.
    fn article(&self, doc: &str) -> Result<Vec<StoredPassage>, SearchError>;

    /// Whether some article names a person one of whose names holds every word of
    /// `name`. A back end that can't tell says yes (no "no article names" notice).
    fn names_person(&self, _name: &str) -> bool {
        true
    }

    /// The articles naming a person one of whose names holds every word of `name`,
    /// at most `limit`, those naming them most often first. A back end that can't
    /// tell finds none.
    fn articles_naming(&self, _name: &str, _limit: usize) -> Result<Vec<String>, SearchError> {
        Ok(Vec::new())
    }

    /// Whether some passage holds every word of `text`. A back end that can't tell
    /// says yes.
    fn holds_words(&self, _text: &str) -> bool {
        true
    }
}

/// What the ranker asks a back end for.
#[derive(Debug, Clone, Copy)]
pub struct CandidateRequest<'a> {
    /// Passages wanted at most, best first in `sort`'s order.
    pub want: usize,
    /// Keep what BM25's own explanation needs.
    pub explain: bool,
    /// Only passages of articles these dates and sites allow.
    pub filters: &'a Filters,
    /// BM25 order, or newest first with BM25 breaking ties.
    pub sort: Sort,
    /// Count the matching articles by language, site and month.
    pub facets: bool,
}

/// The passages a back end found for a plan, in the order asked.
pub trait Candidates {
    /// What matched: passages, and per article how many (with facets, by language,
    /// site and month).
    fn tally(&self) -> &Tally;
    /// The BM25 score of each candidate.
    fn bm25(&self) -> &[f32];
    /// Each candidate's date (seconds since 1970, `i64::MIN` when undated) with
    /// `Sort::Date`; empty otherwise.
    fn dates(&self) -> &[i64];
    /// Each candidate's article key and its story's fingerprint (empty when the back
    /// end has none: such candidates are never folded).
    fn grouping(&self) -> Result<Vec<group::Ranked>, SearchError>;
    /// For the first `count` candidates: where each holds the plan's concepts (at word
    /// positions, sorted by start) and its article's key.
    fn matches(
        &self,
        plan: &QueryPlan,
        count: usize,
    ) -> Result<(Vec<Vec<highlight::Match>>, Vec<u64>), SearchError>;
    /// The stored passage of candidate `i`.
    fn stored(&self, i: usize) -> Result<StoredPassage, SearchError>;
    /// BM25's own explanation of candidate `i`'s score.
    fn explain(&self, i: usize) -> Result<Explain, SearchError>;
}

/// Plans `query_text` and ranks the passages that match it.
pub fn search(
    index: &dyn Backend,
    query_text: &str,
    options: &SearchOptions,
) -> Result<SearchResults, SearchError> {
    let started = Instant::now();
    let mut plan = plan::understand(query_text, options.plan_options())?;
    resolve(index, &mut plan)?;
    let ranked = rank(index, &plan, options)?;
    Ok(SearchResults {
        query: query_text.to_string(),
        total_hits: ranked.total_hits,
        total_articles: ranked.total_articles,
        facets: ranked.facets,
        took_ms: started.elapsed().as_secs_f64() * 1000.0,
        hits: ranked.hits,
        expansion: plan.expansion,
        corrections: plan.corrections,
        common_words_only: plan.common_words_only,
    })
}

/// The index-dependent step of planning (spelling, senses the index holds).
pub fn resolve(index: &dyn Backend, plan: &mut QueryPlan) -> Result<(), SearchError> {
    let stats = index.statistics(plan)?;
    plan::Planner {
        stats: stats.as_ref(),
    }
    .resolve(plan);
    Ok(())
}

/// What the ranker found.
pub struct Ranked {
    /// Passages that match the query (and the filters).
    pub total_hits: usize,
    /// Articles that match.
    pub total_articles: usize,
    /// The page asked for (`limit` results from `offset`), best first.
    pub hits: Vec<Hit>,
    /// With `facets`: the articles that match by language, site and month.
    pub facets: Option<Facets>,
}

/// Ranks the passages that match `plan`: the one ranker of `search` and `ask`.
pub fn rank(
    index: &dyn Backend,
    plan: &QueryPlan,
    options: &SearchOptions,
) -> Result<Ranked, SearchError> {
    let limit = options.limit.max(1);
    let wanted = options.offset.saturating_add(limit);
    let found = index.candidates(
        plan,
        &CandidateRequest {
            want: POOL.max(wanted.saturating_mul(FETCH_PER_RESULT)),
            explain: options.explain,
            filters: &options.filters,
            sort: options.sort,
            facets: options.facets,
        },
    )?;
    let stats = index.statistics(plan)?;
    let tally = found.tally();
    let bm25s = found.bm25();
    let dates = found.dates();
    let date_of = |i: usize| dates.get(i).copied().unwrap_or(0);
    let terms = highlight::MatchTerms::new(plan);
    // The pool is re-ranked; what lies beyond it (a limit larger than the pool) follows
    // in BM25's order (or the date's), so the first pages never depend on the limit.
    let pool = bm25s.len().min(POOL);
    let (matches, articles) = found.matches(plan, pool)?;
    let idf = concept_idf(stats.as_ref(), plan);
    // What an article is about, a name weighs more than a common word of its rarity.
    let about_idf: Vec<f32> = idf
        .iter()
        .zip(&plan.concepts)
        .map(|(&w, c)| if c.name { w * NAME_WEIGHT } else { w })
        .collect();
    let mut features: Vec<rank::Features> = (0..pool)
        .map(|i| rank::Features {
            bm25: bm25s[i],
            article: articles[i],
            matches: &matches[i],
            answers_intent: false,
        })
        .collect();
    let mut scores = rank::scores(&features, &idf, &about_idf);
    // A question's kind is a feature: the best candidates by the other features are
    // read for what it asks (only those, so searching stays cheap; the pool's order
    // decides which, not the limit, so the first page still doesn't depend on the
    // limit), then the pool is scored again.
    if let Some(intent) = plan.intent.as_ref().filter(|i| i.kind.wants_anything()) {
        let mut best: Vec<usize> = (0..pool).collect();
        best.sort_by(|&a, &b| scores[b].total.total_cmp(&scores[a].total).then(a.cmp(&b)));
        for &i in best.iter().take(INTENT_READ) {
            let stored = found.stored(i)?;
            features[i].answers_intent = answers_intent(intent, &stored.text);
        }
        scores = rank::scores(&features, &idf, &about_idf);
    }
    let max_bm25 = features.iter().map(|f| f.bm25).fold(f32::EPSILON, f32::max);
    drop(features);
    let mut order: Vec<usize> = (0..pool).collect();
    order.sort_by(|&a, &b| {
        // With `--sort date` the date leads and the score breaks ties.
        (date_of(b).cmp(&date_of(a)))
            .then(scores[b].total.total_cmp(&scores[a].total))
            .then(a.cmp(&b))
    });
    order.extend(pool..bm25s.len());
    // Each ranked passage's final score; beyond the pool, its BM25 share, never above
    // the score before it.
    let mut final_scores: Vec<f32> = Vec::with_capacity(order.len());
    for &i in &order {
        let score = if i < pool {
            scores[i].total
        } else {
            let floor = final_scores.last().copied().unwrap_or(f32::MAX);
            let share = bm25s[i] / max_bm25;
            if options.sort == Sort::Relevance {
                share.min(floor)
            } else {
                share
            }
        };
        final_scores.push(score);
    }
    let grouping = found.grouping()?;
    let ranked: Vec<group::Ranked> = order.iter().map(|&i| grouping[i].clone()).collect();
    let (shown, shown_per_article) = group::group(
        &ranked,
        group::Grouping {
            per_article: options.per_article,
            fold: options.fold,
        },
    );
    let mut hits = Vec::with_capacity(limit);
    for (position, result) in shown.iter().enumerate().skip(options.offset).take(limit) {
        let i = order[result.at];
        let candidate = Candidate::load(found.stored(i)?, &terms);
        let explain = if !options.explain {
            None
        } else if i < pool {
            Some(explain(
                &scores[i],
                found.explain(i)?,
                &held_concepts(plan, &matches[i]),
            ))
        } else {
            Some(Explain::new(
                "beyond the re-ranked pool: BM25 share only",
                final_scores[result.at],
                vec![],
            ))
        };
        let mut hit = candidate.into_hit(position + 1, final_scores[result.at], explain);
        if result.heads_article {
            let article = ranked[result.at].article;
            let matched = tally.articles.get(&article).map_or(0, |a| a.passages());
            let shown = shown_per_article.get(&article).copied().unwrap_or(0);
            hit.more_in_article = matched.saturating_sub(shown);
            for &at in &result.also {
                let stored = found.stored(order[at])?;
                hit.also.push(OtherCopy {
                    doc: stored.doc,
                    source: stored.source,
                    url: stored.url,
                    date: stored.date,
                });
            }
        }
        hits.push(hit);
    }
    Ok(Ranked {
        total_hits: tally.passages,
        total_articles: tally.articles.len(),
        facets: options.facets.then(|| tally.facets()),
        hits,
    })
}

/// The parts of a final score, with BM25's own explanation.
fn explain(score: &rank::Score, bm25: Explain, held: &[String]) -> Explain {
    Explain::new(
        "cari score, sum of:",
        score.total,
        vec![
            Explain::new(
                "BM25 (per-field statistics) over the best candidate's",
                score.bm25,
                vec![bm25],
            ),
            Explain::new(
                format!(
                    "coverage: IDF-weighted share of the query's concepts held ({})",
                    held.join(", ")
                ),
                score.coverage,
                vec![],
            ),
            Explain::new(
                "proximity of the concepts held, times coverage",
                score.proximity,
                vec![],
            ),
            Explain::new(
                "aboutness: share of the concepts its article holds over the candidates (the first passage holds the headline)",
                score.about,
                vec![],
            ),
            Explain::new(
                "holds what the question asks (a number, a date, a meeting)",
                score.intent,
                vec![],
            ),
        ],
    )
}

/// The concepts a candidate holds, as typed.
fn held_concepts(plan: &QueryPlan, matches: &[highlight::Match]) -> Vec<String> {
    let mut held: Vec<usize> = matches.iter().map(|m| m.group).collect();
    held.sort_unstable();
    held.dedup();
    held.into_iter()
        .filter_map(|g| plan.concepts.get(g).map(|c| c.source.clone()))
        .collect()
}

/// Whether `text` holds what the question asks for: a number for "how many", a date for
/// "when", a meeting for "met"; and the speaker, when it names one.
fn answers_intent(intent: &Intent, text: &str) -> bool {
    let speaker_ok = intent.speaker.as_deref().is_none_or(|s| {
        let text = text.to_lowercase();
        s.split_whitespace()
            .any(|w| text.contains(&w.to_lowercase()))
    });
    speaker_ok && intent.kind.wants(text)
}

/// The inverse document frequency of each concept, as of one word whose passages are
/// those of all its forms (the synonym operator of structured queries, Pirkola 1998:
/// a rare sense among its translations doesn't make a common word rare); 0 for an
/// excluded concept or one the index doesn't hold.
fn concept_idf(stats: &dyn TermStatistics, plan: &QueryPlan) -> Vec<f32> {
    let n = stats.num_docs().max(1) as f32;
    plan.concepts
        .iter()
        .map(|concept| {
            if concept.occur == Occur::MustNot {
                return 0.0;
            }
            let mut seen: Vec<(AnalyzerKind, &str)> = Vec::new();
            let df: u64 = concept
                .forms
                .iter()
                .filter_map(|form| {
                    let (_, t) = form.terms.first()?;
                    let key = (form.kind, t.as_str());
                    if seen.contains(&key) {
                        return None;
                    }
                    seen.push(key);
                    Some(stats.doc_freq(form.kind, t))
                })
                .sum();
            let df = (df as f32).min(n);
            if df > 0.0 {
                (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
            } else {
                0.0
            }
        })
        .collect()
}

/// The tantivy query of a plan and the filters: the plan's query with each filter a
/// clause it must also match (never scoring).
pub fn filtered_query(
    searcher: &Searcher,
    fields: &Fields,
    plan: &QueryPlan,
    filters: &Filters,
) -> Result<Box<dyn Query>, SearchError> {
    let query = build_query(fields, plan);
    if filters.is_empty() {
        return Ok(query);
    }
    let mut clauses = vec![(TantivyOccur::Must, query)];
    for clause in filters.clauses(searcher, fields)? {
        clauses.push((TantivyOccur::Must, clause));
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}

/// The tantivy query of a plan: its concepts (must, should, must not), and the
/// language filter, which filters and never scores or matches on its own.
pub fn build_query(fields: &Fields, plan: &QueryPlan) -> Box<dyn Query> {
    let clauses: Vec<(TantivyOccur, Box<dyn Query>)> = plan
        .concepts
        .iter()
        .filter_map(|concept| {
            let query = concept_query(fields, concept)?;
            Some(match concept.occur {
                Occur::Must => (TantivyOccur::Must, query),
                Occur::Should => (TantivyOccur::Should, query),
                Occur::MustNot => (
                    TantivyOccur::MustNot,
                    Box::new(exclude::ForwardOnly::new(query)) as Box<dyn Query>,
                ),
            })
        })
        .collect();
    let concepts: Box<dyn Query> = Box::new(BooleanQuery::new(clauses));
    match plan.lang {
        Some(lang) => {
            let term = Term::from_field_text(fields.lang, lang.code());
            let filter = ConstScoreQuery::new(
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
                0.0,
            );
            Box::new(BooleanQuery::new(vec![
                (TantivyOccur::Must, concepts),
                (TantivyOccur::Must, Box::new(filter)),
            ]))
        }
        None => concepts,
    }
}

/// One concept: the best of its forms over the body fields (a neutral form over all of
/// them). A term asked of a field by several forms (the word typed and its Indonesian
/// root, when they are the same) is asked once, with the best of their weights: the
/// union of postings is what a query costs.
fn concept_query(fields: &Fields, concept: &Concept) -> Option<Box<dyn Query>> {
    let asked = concept.asked();
    let mut disjuncts: Vec<Box<dyn Query>> = asked
        .into_iter()
        .filter_map(|(kind, form, weight)| {
            Some(weighted(match_query(fields.body(kind), form)?, weight))
        })
        .collect();
    match disjuncts.len() {
        0 => None,
        1 => disjuncts.pop(),
        _ => Some(Box::new(DisjunctionMaxQuery::with_tie_breaker(
            disjuncts,
            TIE_BREAKER,
        ))),
    }
}

fn weighted(query: Box<dyn Query>, weight: f32) -> Box<dyn Query> {
    if (weight - 1.0).abs() < f32::EPSILON {
        query
    } else {
        Box::new(BoostQuery::new(query, weight))
    }
}

/// A term query for one term, a phrase query for an ordered phrase, all terms in any
/// order for a translation.
fn match_query(field: tantivy::schema::Field, form: &Form) -> Option<Box<dyn Query>> {
    let term_query = |t: &str| -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(field, t),
            IndexRecordOption::WithFreqs,
        ))
    };
    match form.terms.as_slice() {
        [] => None,
        [(_, term)] => Some(term_query(term)),
        terms if form.ordered => Some(Box::new(PhraseQuery::new_with_offset(
            terms
                .iter()
                .map(|(pos, t)| (*pos, Term::from_field_text(field, t)))
                .collect(),
        ))),
        terms => Some(Box::new(BooleanQuery::new(
            terms
                .iter()
                .map(|(_, t)| (TantivyOccur::Must, term_query(t)))
                .collect(),
        ))),
    }
}

/// A passage of the page, loaded to be shown.
struct Candidate {
    doc: String,
    title: String,
    date: Option<String>,
    source: Option<String>,
    url: Option<String>,
    authors: Vec<String>,
    lang: Lang,
    passage: u64,
    text: String,
    matches: Vec<highlight::Match>,
}

impl Candidate {
    fn load(stored: StoredPassage, terms: &highlight::MatchTerms) -> Candidate {
        let matches = terms.matches(&stored.text, stored.lang);
        Candidate {
            doc: stored.doc,
            title: stored.title,
            date: stored.date,
            source: stored.source,
            url: stored.url,
            authors: stored.authors,
            lang: stored.lang,
            passage: stored.passage,
            text: stored.text,
            matches,
        }
    }

    fn into_hit(self, rank: usize, score: f32, explain: Option<Explain>) -> Hit {
        let highlights = highlight::ranges(&self.matches);
        let (snippet, snippet_highlights) = highlight::snippet(&self.text, &highlights);
        Hit {
            rank,
            score,
            doc: self.doc,
            title: self.title,
            date: self.date,
            source: self.source,
            url: self.url,
            authors: self.authors,
            lang: self.lang,
            passage: self.passage,
            text: self.text,
            snippet,
            highlights,
            snippet_highlights,
            explain,
            more_in_article: 0,
            also: Vec::new(),
        }
    }
}

/// The topic of a plan, to score text found outside the ranker (a quotation, an
/// article's other passages): its topic concepts with their IDF.
pub struct Topic {
    terms: highlight::MatchTerms,
    idf: Vec<f32>,
}

impl Topic {
    /// The topic concepts of `plan` (not its speaker, not what it excludes), or
    /// `None` when it has none.
    pub fn of(stats: &dyn TermStatistics, plan: &QueryPlan) -> Option<Topic> {
        let idf: Vec<f32> = concept_idf(stats, plan)
            .into_iter()
            .zip(&plan.concepts)
            .map(|(w, c)| {
                if c.role != plan::Role::Topic || c.occur == Occur::MustNot {
                    0.0
                } else if w > 0.0 && c.name {
                    w * NAME_WEIGHT
                } else if w > 0.0 {
                    w
                } else {
                    // A word the index lacks still counts, as a rare one.
                    1.0
                }
            })
            .collect();
        if idf.iter().all(|&w| w == 0.0) {
            return None;
        }
        Some(Topic {
            terms: highlight::MatchTerms::new(plan),
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
        let matches: Vec<highlight::Match> = self
            .terms
            .matches(text, lang)
            .into_iter()
            .filter(|m| self.idf.get(m.group).is_some_and(|&w| w > 0.0))
            .collect();
        highlight::ranges(&matches)
    }
}
