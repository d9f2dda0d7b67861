//! The cluster as a search back end (`search::Backend`).
//!
//! The plan becomes the query the local index runs, in OpenSearch's words: a `bool` of
//! the concepts (must, should, must not), each the `dis_max` (tie breaker 0.1) of its
//! forms over the language fields, a form a `term`, a `match_phrase` (stop words as
//! `GAP`, so positions are the local index's) or a `bool` of terms; the language
//! filter a `filter`, and so are `--since`/`--until` (a range on `published`) and
//! `--source` (the sites the index holds that match); `--sort date` sorts on
//! `published`, then the score; what matched is counted by a `composite` aggregation
//! over the article key (and with facets by language, site and month), as the local
//! index's tally. It runs with `dfs_query_then_fetch`, so every shard scores with
//! the index's statistics. Hits come back with their stored text, and the ranker reads
//! where each holds the query's concepts by analysing that text again, as the local
//! index would have (the first passage with its headline after it), instead of reading
//! postings.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use serde_json::{Value, json};

use super::client::{self, Client};
use super::mapping::{phrase_text, terms_field};
use super::{OpenSearchError, Target, check_health};
use crate::analysis::{self, AnalyzerKind};
use crate::index::StoredPassage;
use crate::index::article_key;
use crate::language::Lang;
use crate::plan::{Concept, Form, Occur, QueryPlan, TermStatistics, fuzzy};
use crate::search::highlight::Match;
use crate::search::tally::{LANGS, Tally};
use crate::search::{
    Backend, CandidateRequest, Candidates, Explain, Filters, SearchError, Sort, TIE_BREAKER,
    filter, group, positions,
};

/// More passages than any article has.
const MAX_PASSAGES: usize = 10_000;
/// The most hits one search returns (the index's `max_result_window`, by default).
const MAX_WINDOW: usize = 10_000;
/// Articles counted per page of the tally's aggregation.
const TALLY_PAGE: usize = 10_000;
/// The most sites a `--source` is compared with.
const MAX_SITES: usize = 10_000;

/// An index on a cluster, opened for searching.
pub struct Remote {
    client: Client,
    /// Passages in the index, and those holding terms in each field (`AnalyzerKind`
    /// order: id, fr, neutral), read once.
    num_docs: Cell<Option<(u64, [u64; 3])>>,
    /// Passages holding a term in a field, by (field, term).
    doc_freqs: RefCell<HashMap<(AnalyzerKind, String), u64>>,
}

impl From<OpenSearchError> for SearchError {
    fn from(err: OpenSearchError) -> SearchError {
        SearchError::Remote(err.to_string())
    }
}

fn field_slot(kind: AnalyzerKind) -> usize {
    match kind {
        AnalyzerKind::Id => 0,
        AnalyzerKind::Fr => 1,
        AnalyzerKind::Neutral => 2,
    }
}

/// The fields a term made by `kind` is looked for in (as `index::Fields::fields_for`).
fn kinds_for(kind: AnalyzerKind) -> &'static [AnalyzerKind] {
    match kind {
        AnalyzerKind::Id => &[AnalyzerKind::Id],
        AnalyzerKind::Fr => &[AnalyzerKind::Fr],
        AnalyzerKind::Neutral => &[AnalyzerKind::Neutral, AnalyzerKind::Id, AnalyzerKind::Fr],
    }
}

impl Remote {
    /// Opens the index of `target`: the cluster must answer, the index exist and not be red.
    pub fn open(target: &Target) -> Result<Remote, OpenSearchError> {
        let client = Client::new(target.clone());
        if !check_health(&client)? {
            return Err(OpenSearchError::Missing {
                index: target.index.clone(),
            });
        }
        Ok(Remote {
            client,
            num_docs: Cell::new(None),
            doc_freqs: RefCell::new(HashMap::new()),
        })
    }

    fn index(&self) -> &str {
        &self.client.target.index
    }

    fn search(
        &self,
        path_query: &str,
        body: &Value,
        doing: &str,
    ) -> Result<Value, OpenSearchError> {
        let index = self.index();
        let answer = self.client.json(
            "POST",
            &format!("/{index}/_search{path_query}"),
            Some(body),
            doing,
        )?;
        // A search some shards failed to answer would rank a part of the index.
        let failed = answer["_shards"]["failed"].as_u64().unwrap_or(0);
        if failed > 0 {
            return Err(OpenSearchError::Red {
                index: index.to_string(),
            });
        }
        Ok(answer)
    }

    /// Passages in the index, and passages holding a term in each field (what
    /// Lucene's BM25 counts a term's rarity among).
    fn doc_counts(&self) -> Result<(u64, [u64; 3]), OpenSearchError> {
        if let Some(counts) = self.num_docs.get() {
            return Ok(counts);
        }
        let index = self.index();
        let doing = format!("counting the passages of {index}");
        let mut body = String::new();
        let queries = std::iter::once(json!({ "match_all": {} })).chain(
            AnalyzerKind::ALL
                .iter()
                .map(|&k| json!({ "exists": { "field": terms_field(k) } })),
        );
        for query in queries {
            body.push_str(&format!("{}\n", json!({ "index": index })));
            let search = json!({ "size": 0, "track_total_hits": true, "query": query });
            body.push_str(&format!("{search}\n"));
        }
        let answer = self.client.send(
            "POST",
            "/_msearch",
            Some(("application/x-ndjson", body.as_bytes())),
        )?;
        let answer = client::ok(answer, &doing)?;
        let counts: Vec<u64> = answer["responses"]
            .as_array()
            .map(|r| {
                r.iter()
                    .filter_map(|r| r["hits"]["total"]["value"].as_u64())
                    .collect()
            })
            .unwrap_or_default();
        let [all, id, fr, neutral] = counts[..] else {
            return Err(OpenSearchError::Unexpected(doing));
        };
        let counts = (all, [id, fr, neutral]);
        self.num_docs.set(Some(counts));
        Ok(counts)
    }

    /// What scales a form's BM25 from Lucene's to tantivy's: Lucene takes a term's
    /// rarity among the passages holding the field (one language's), tantivy among all
    /// passages; a phrase's is the sum of its terms' (`terms` in tantivy's phrase,
    /// `asked` in Lucene's). Read from the statistics fetched.
    fn idf_scale(&self, field: AnalyzerKind, terms: &[&str], asked: &[&str]) -> f32 {
        let Some((all, per_field)) = self.num_docs.get() else {
            return 1.0;
        };
        let in_field = per_field[field_slot(field)];
        let idf = |n: u64, df: u64| {
            let (n, df) = (n as f64, df.min(n) as f64);
            (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
        };
        let known = self.doc_freqs.borrow();
        let (mut tantivy, mut lucene) = (0.0, 0.0);
        for (sum, n, terms) in [(&mut tantivy, all, terms), (&mut lucene, in_field, asked)] {
            for term in terms {
                let Some(&df) = known.get(&(field, term.to_string())) else {
                    return 1.0;
                };
                *sum += idf(n, df);
            }
        }
        if lucene > 0.0 {
            (tantivy / lucene) as f32
        } else {
            1.0
        }
    }

    /// Reads, in one `_msearch`, the document frequencies not yet known of the
    /// terms `plan` asks.
    fn fetch_doc_freqs(&self, plan: &QueryPlan) -> Result<(), OpenSearchError> {
        let mut wanted: Vec<(AnalyzerKind, String)> = Vec::new();
        {
            let known = self.doc_freqs.borrow();
            for concept in &plan.concepts {
                for form in &concept.forms {
                    for &field in kinds_for(form.kind) {
                        for (_, term) in &form.terms {
                            let key = (field, term.clone());
                            if !known.contains_key(&key) && !wanted.contains(&key) {
                                wanted.push(key);
                            }
                        }
                    }
                }
            }
        }
        if wanted.is_empty() {
            return Ok(());
        }
        let index = self.index();
        let mut body = String::new();
        for (field, term) in &wanted {
            body.push_str(&json!({ "index": index }).to_string());
            body.push('\n');
            let query = json!({
                "size": 0,
                "track_total_hits": true,
                "query": { "term": { terms_field(*field): term } }
            });
            body.push_str(&query.to_string());
            body.push('\n');
        }
        let answer = self.client.send(
            "POST",
            "/_msearch",
            Some(("application/x-ndjson", body.as_bytes())),
        )?;
        let answer = client::ok(answer, "reading term statistics")?;
        let responses = answer["responses"]
            .as_array()
            .ok_or_else(|| OpenSearchError::Unexpected("reading term statistics".into()))?;
        let mut known = self.doc_freqs.borrow_mut();
        for (key, response) in wanted.into_iter().zip(responses) {
            if response["error"].is_object() {
                return Err(OpenSearchError::Refused {
                    doing: "reading term statistics".into(),
                    status: response["status"].as_u64().unwrap_or(0) as u16,
                    reason: client::reason(response),
                });
            }
            let df = response["hits"]["total"]["value"].as_u64().unwrap_or(0);
            known.insert(key, df);
        }
        Ok(())
    }

    /// The document frequency of `term` in one field; asked on its own when the plan
    /// didn't name it beforehand.
    fn field_doc_freq(&self, field: AnalyzerKind, term: &str) -> u64 {
        let key = (field, term.to_string());
        if let Some(&df) = self.doc_freqs.borrow().get(&key) {
            return df;
        }
        let body = json!({
            "size": 0,
            "track_total_hits": true,
            "query": { "term": { terms_field(field): term } }
        });
        let df = self
            .search("", &body, "reading term statistics")
            .ok()
            .and_then(|a| a["hits"]["total"]["value"].as_u64())
            .unwrap_or(0);
        self.doc_freqs.borrow_mut().insert(key, df);
        df
    }

    /// Terms near `term` in the fields, by the cluster's term suggester, ordered as
    /// `fuzzy::corrections` orders them: fewest edits, then most passages.
    fn suggest(&self, term: &str) -> Vec<String> {
        let chars: Vec<char> = term.chars().collect();
        if chars.len() < fuzzy::MIN_LEN {
            return Vec::new();
        }
        let max_edits = fuzzy::allowed_edits(chars.len());
        let mut suggest = serde_json::Map::new();
        for kind in AnalyzerKind::ALL {
            suggest.insert(
                terms_field(kind).to_string(),
                json!({
                    "text": term,
                    "term": {
                        "field": terms_field(kind),
                        "analyzer": "cari_terms",
                        "max_edits": max_edits,
                        "prefix_length": 1,
                        "min_word_length": fuzzy::MIN_LEN,
                        "suggest_mode": "always",
                        "size": 10,
                        "max_term_freq": 1.0
                    }
                }),
            );
        }
        let body = json!({ "size": 0, "suggest": suggest });
        let Ok(answer) = self.search("", &body, "looking for near spellings") else {
            return Vec::new();
        };
        let mut found: Vec<(usize, u64, String)> = Vec::new();
        for kind in AnalyzerKind::ALL {
            let options = answer["suggest"][terms_field(kind)][0]["options"].as_array();
            for option in options.into_iter().flatten() {
                let (Some(text), Some(freq)) = (option["text"].as_str(), option["freq"].as_u64())
                else {
                    continue;
                };
                let candidate: Vec<char> = text.chars().collect();
                let Some(d) = fuzzy::edit_distance(&chars, &candidate, max_edits) else {
                    continue;
                };
                if d == 0 {
                    continue;
                }
                match found.iter_mut().find(|(_, _, t)| t == text) {
                    Some(entry) => entry.1 += freq,
                    None => found.push((d, freq, text.to_string())),
                }
            }
        }
        found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        found
            .into_iter()
            .take(fuzzy::MAX_CORRECTIONS)
            .map(|(_, _, t)| t)
            .collect()
    }

    /// The filter clauses of `filters`, as `Filters::clauses` makes them for a local
    /// index: a range over `published` (an undated passage never passes it), and the
    /// sites the index holds that match those asked.
    fn filter_clauses(&self, filters: &Filters) -> Result<Vec<Value>, OpenSearchError> {
        let mut clauses = Vec::new();
        if filters.since.is_some() || filters.until.is_some() {
            let mut range = json!({ "format": "epoch_second" });
            if let Some(since) = filters.since {
                range["gte"] = json!(since.start.into_timestamp_secs());
            }
            if let Some(until) = filters.until {
                range["lt"] = json!(until.end.into_timestamp_secs());
            }
            clauses.push(json!({ "range": { "published": range } }));
        }
        if !filters.sources.is_empty() {
            let sites = self.sites_matching(&filters.sources)?;
            clauses.push(if sites.is_empty() {
                json!({ "match_none": {} })
            } else {
                json!({ "terms": { "source": sites } })
            });
        }
        Ok(clauses)
    }

    /// The sites the index holds (as written) that are one of `asked`, or a subdomain
    /// of one, without regard to case and a leading `www.`.
    fn sites_matching(&self, asked: &[String]) -> Result<Vec<String>, OpenSearchError> {
        let asked: Vec<String> = asked.iter().map(|s| filter::normalise_source(s)).collect();
        let body = json!({
            "size": 0,
            "aggs": { "sites": { "terms": { "field": "source", "size": MAX_SITES } } }
        });
        let answer = self.search("", &body, "listing the sites of the index")?;
        Ok(answer["aggregations"]["sites"]["buckets"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|b| b["key"].as_str())
            .filter(|site| filter::source_matches(site, &asked))
            .map(str::to_string)
            .collect())
    }

    /// The whole index counted by article, language, site and month (`cari stats`), as
    /// `search::tally::overview` counts a local index.
    pub fn overview(&self) -> Result<Tally, OpenSearchError> {
        let (passages, _) = self.doc_counts()?;
        let mut tally = Tally {
            passages: usize::try_from(passages).unwrap_or(usize::MAX),
            ..Tally::default()
        };
        let mut after = None;
        loop {
            let body = json!({
                "size": 0,
                "query": { "match_all": {} },
                "aggs": { "articles": tally_aggregation(true, after) }
            });
            let mut answer = self.search("", &body, "counting the index")?;
            let page = answer["aggregations"]["articles"].take();
            after = count_articles(&mut tally, &page, true);
            if after.is_none() {
                return Ok(tally);
            }
        }
    }

    /// Every passage whose stored fields a hit returns.
    fn stored_of(hit: &Value) -> StoredPassage {
        let source = &hit["_source"];
        let text = |k: &str| source[k].as_str().unwrap_or_default().to_string();
        let optional = |k: &str| source[k].as_str().map(str::to_string);
        StoredPassage {
            doc: text("doc"),
            title: text("title"),
            date: optional("date"),
            source: optional("source"),
            url: optional("url"),
            authors: source["authors"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            lang: Lang::from_code(&text("lang")).unwrap_or(Lang::Other),
            passage: source["passage"].as_u64().unwrap_or(0),
            text: text("text"),
        }
    }
}

/// Term statistics of the cluster, those the plan asks fetched beforehand.
struct RemoteStatistics<'a> {
    remote: &'a Remote,
    num_docs: u64,
}

impl TermStatistics for RemoteStatistics<'_> {
    fn num_docs(&self) -> u64 {
        self.num_docs
    }

    fn doc_freq(&self, kind: AnalyzerKind, term: &str) -> u64 {
        kinds_for(kind)
            .iter()
            .map(|&field| self.remote.field_doc_freq(field, term))
            .max()
            .unwrap_or(0)
    }

    fn corrections(&self, term: &str) -> Vec<String> {
        self.remote.suggest(term)
    }
}

impl Backend for Remote {
    fn statistics<'a>(
        &'a self,
        plan: &QueryPlan,
    ) -> Result<Box<dyn TermStatistics + 'a>, SearchError> {
        let (num_docs, _) = self.doc_counts()?;
        self.fetch_doc_freqs(plan)?;
        Ok(Box::new(RemoteStatistics {
            remote: self,
            num_docs,
        }))
    }

    fn candidates<'a>(
        &'a self,
        plan: &QueryPlan,
        request: &CandidateRequest<'_>,
    ) -> Result<Box<dyn Candidates + 'a>, SearchError> {
        let (want, explain) = (request.want, request.explain);
        self.doc_counts()?;
        self.fetch_doc_freqs(plan)?;
        let scale = |field: AnalyzerKind, terms: &[&str], asked: &[&str]| {
            self.idf_scale(field, terms, asked)
        };
        let mut query = plan_query(plan, &scale);
        let filters = self.filter_clauses(request.filters)?;
        if !filters.is_empty() {
            query = json!({ "bool": { "must": [query], "filter": filters } });
        }
        // Equal scores in the order the local index gives them: by passage.
        let mut sort = vec![
            json!({ "_score": "desc" }),
            json!({ "doc": "asc" }),
            json!({ "passage": "asc" }),
        ];
        if request.sort == Sort::Date {
            // Newest first, the undated last, relevance breaking ties.
            sort.insert(
                0,
                // `unmapped_type`: an index loaded before it had the field still answers.
                json!({ "published": { "order": "desc", "missing": "_last", "unmapped_type": "date" } }),
            );
        }
        let body = json!({
            "query": query,
            "size": want.clamp(1, MAX_WINDOW),
            "track_total_hits": true,
            "explain": explain,
            "_source": ["doc", "title", "lang", "passage", "text", "date", "source", "url", "authors", "published"],
            "sort": sort,
            "track_scores": true,
            // What matched, counted by article over every passage (and by language,
            // site and month with facets), as the local index's tally.
            "aggs": { "articles": tally_aggregation(request.facets, None) }
        });
        let mut answer = self.search(
            "?search_type=dfs_query_then_fetch",
            &body,
            &format!("searching {}", self.index()),
        )?;
        let total_hits = answer["hits"]["total"]["value"].as_u64().unwrap_or(0) as usize;
        let hits = answer["hits"]["hits"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let bm25 = hits
            .iter()
            .map(|h| h["_score"].as_f64().unwrap_or(0.0) as f32)
            .collect();
        let explains = hits.iter().map(|h| h["_explanation"].clone()).collect();
        let dates = if request.sort == Sort::Date {
            hits.iter()
                .map(|h| h["_source"]["published"].as_i64().unwrap_or(i64::MIN))
                .collect()
        } else {
            Vec::new()
        };
        let passages: Vec<StoredPassage> = hits.iter().map(Remote::stored_of).collect();
        let mut tally = Tally {
            passages: total_hits,
            ..Tally::default()
        };
        let mut page = answer["aggregations"]["articles"].take();
        while let Some(after) = count_articles(&mut tally, &page, request.facets) {
            let body = json!({
                "size": 0,
                "query": body["query"],
                "aggs": { "articles": tally_aggregation(request.facets, Some(after)) }
            });
            let mut answer = self.search("", &body, "counting what matched")?;
            page = answer["aggregations"]["articles"].take();
        }
        Ok(Box::new(RemoteCandidates {
            tally,
            dates,
            bm25,
            passages,
            explains,
        }))
    }

    fn article(&self, doc: &str) -> Result<Vec<StoredPassage>, SearchError> {
        let body = json!({
            "query": { "term": { "doc": doc } },
            "size": MAX_PASSAGES,
            "sort": [{ "passage": "asc" }],
            "_source": ["doc", "title", "lang", "passage", "text"]
        });
        let answer = self.search("", &body, &format!("reading the article {doc}"))?;
        Ok(answer["hits"]["hits"]
            .as_array()
            .map(|hits| hits.iter().map(Remote::stored_of).collect())
            .unwrap_or_default())
    }
}

struct RemoteCandidates {
    tally: Tally,
    /// Each candidate's date (seconds, `i64::MIN` when undated), with `Sort::Date`.
    dates: Vec<i64>,
    bm25: Vec<f32>,
    passages: Vec<StoredPassage>,
    explains: Vec<Value>,
}

impl Candidates for RemoteCandidates {
    fn tally(&self) -> &Tally {
        &self.tally
    }

    fn dates(&self) -> &[i64] {
        &self.dates
    }

    fn grouping(&self) -> Result<Vec<group::Ranked>, SearchError> {
        // No fingerprints on the cluster: passages are grouped by article, never folded.
        Ok(self
            .passages
            .iter()
            .map(|p| group::Ranked {
                article: article_key(&p.doc),
                fingerprint: Vec::new(),
            })
            .collect())
    }

    fn bm25(&self) -> &[f32] {
        &self.bm25
    }

    fn matches(
        &self,
        plan: &QueryPlan,
        count: usize,
    ) -> Result<(Vec<Vec<Match>>, Vec<u64>), SearchError> {
        let passages = &self.passages[..count.min(self.passages.len())];
        let matches = passages.iter().map(|p| passage_matches(plan, p)).collect();
        let articles = passages.iter().map(|p| article_key(&p.doc)).collect();
        Ok((matches, articles))
    }

    fn stored(&self, i: usize) -> Result<StoredPassage, SearchError> {
        Ok(self.passages[i].clone())
    }

    fn explain(&self, i: usize) -> Result<Explain, SearchError> {
        Ok(Explain::from_json(&self.explains[i]))
    }
}

/// Where `passage` holds the plan's concepts, at word positions: its text (and, for the
/// first passage, its headline after it) analysed as the index analysed it.
pub fn passage_matches(plan: &QueryPlan, passage: &StoredPassage) -> Vec<Match> {
    let kind = AnalyzerKind::from(passage.lang);
    let mut positions: HashMap<String, Vec<u32>> = HashMap::new();
    let mut end = 0u32;
    for token in analysis::analyze(kind, &passage.text) {
        let at = token.position as u32;
        end = end.max(at + 1);
        positions.entry(token.term).or_default().push(at);
    }
    if passage.passage == 0 {
        // tantivy puts a field's next value one position after the end of the last.
        let offset = end + 1;
        for token in analysis::analyze(kind, &passage.title) {
            positions
                .entry(token.term)
                .or_default()
                .push(offset + token.position as u32);
        }
    }
    let none = Vec::new();
    let mut held = Vec::new();
    for (concept, c) in plan.positive() {
        for form in c
            .forms
            .iter()
            .filter(|f| f.kind == kind || f.kind == AnalyzerKind::Neutral)
        {
            positions::form_matches(
                form,
                concept,
                |k| positions.get(&form.terms[k].1).unwrap_or(&none),
                &mut held,
            );
        }
    }
    held.sort_unstable_by_key(|m| (m.start, m.end, m.group));
    held.dedup();
    held
}

/// How much a form's terms in a field weigh beyond the form's own weight: its terms as
/// tantivy scores them, and those Lucene is asked.
pub type Scale<'a> = dyn Fn(AnalyzerKind, &[&str], &[&str]) -> f32 + 'a;

/// The query of a plan, as `search::build_query` makes it for a local index; `scale`
/// weighs each form in each field (see `Remote::idf_scale`).
pub fn plan_query(plan: &QueryPlan, scale: &Scale) -> Value {
    let mut must = Vec::new();
    let mut should = Vec::new();
    let mut must_not = Vec::new();
    for concept in &plan.concepts {
        let Some(query) = concept_query(concept, scale) else {
            continue;
        };
        match concept.occur {
            Occur::Must => must.push(query),
            Occur::Should => should.push(query),
            Occur::MustNot => must_not.push(query),
        }
    }
    // Only exclusions match nothing, as in tantivy (OpenSearch would match the rest).
    if must.is_empty() && should.is_empty() {
        return json!({ "match_none": {} });
    }
    let mut concepts = json!({ "bool": {} });
    for (name, clauses) in [("must", must), ("should", should), ("must_not", must_not)] {
        if !clauses.is_empty() {
            concepts["bool"][name] = Value::Array(clauses);
        }
    }
    match plan.lang {
        Some(lang) => json!({ "bool": {
            "must": [concepts],
            "filter": [{ "term": { "lang": lang.code() } }]
        } }),
        None => concepts,
    }
}

/// One concept: the best of its forms over the fields (see `search::concept_query`).
fn concept_query(concept: &Concept, scale: &Scale) -> Option<Value> {
    let asked = concept.asked();
    let mut disjuncts: Vec<Value> = asked
        .into_iter()
        .filter_map(|(kind, form, weight)| form_query(kind, form, weight, scale))
        .collect();
    match disjuncts.len() {
        0 => None,
        1 => disjuncts.pop(),
        _ => Some(json!({ "dis_max": { "queries": disjuncts, "tie_breaker": TIE_BREAKER } })),
    }
}

/// A `term` for one term, a `match_phrase` for an ordered phrase, all terms in any
/// order for a translation; scaled by `weight`, and each term or phrase by `scale`.
///
/// A phrase with several terms at one position (`Meta` at a sentence's start: `meta`
/// and `met`) needs them all there in tantivy, and counts the positions where they
/// are; Lucene's phrase would take either term. It is asked as spans instead: at such
/// a position a `span_within` (the first term where the others are too), the
/// positions in order, holes (stop words) as `span_gap`s. Spans count each match once
/// and weigh the sum of their terms' rarities, as tantivy's phrase does.
fn form_query(kind: AnalyzerKind, form: &Form, weight: f32, scale: &Scale) -> Option<Value> {
    let field = terms_field(kind);
    let term = |t: &str, boost: f32| json!({ "term": { field: { "value": t, "boost": boost } } });
    let alone = |t: &str| scale(kind, &[t], &[t]);
    match form.terms.as_slice() {
        [] => None,
        [(_, t)] => Some(term(t, weight * alone(t))),
        terms if form.ordered => {
            let all: Vec<&str> = terms.iter().map(|(_, t)| t.as_str()).collect();
            let boost = weight * scale(kind, &all, &all);
            if terms.windows(2).any(|w| w[0].0 == w[1].0) {
                return Some(span_phrase(field, terms, boost));
            }
            Some(json!({ "match_phrase": { field: {
                "query": phrase_text(terms),
                "analyzer": "cari_terms",
                "boost": boost
            } } }))
        }
        terms => Some(json!({ "bool": {
            "must": terms.iter().map(|(_, t)| term(t, alone(t))).collect::<Vec<_>>(),
            "boost": weight
        } })),
    }
}

/// An ordered phrase (terms at relative positions, several at a position allowed) as
/// spans: a `span_within` for a position holding several terms, a `span_gap` for each
/// position left empty, all in a `span_near` of slop 0 in order.
fn span_phrase(field: &str, terms: &[(usize, String)], boost: f32) -> Value {
    let span_term = |t: &str| json!({ "span_term": { field: t } });
    let mut clauses: Vec<Value> = Vec::new();
    let mut at: Option<usize> = None;
    for (position, t) in terms {
        if at == Some(*position) {
            // The spans of what is there already, kept where this term is too.
            if let Some(little) = clauses.pop() {
                clauses.push(json!({ "span_within": { "little": little, "big": span_term(t) } }));
            }
            continue;
        }
        if let Some(last) = at
            && *position > last + 1
        {
            clauses.push(json!({ "span_gap": { field: position - last - 1 } }));
        }
        clauses.push(span_term(t));
        at = Some(*position);
    }
    let mut query = match clauses.len() {
        1 => clauses.pop().unwrap_or(Value::Null),
        _ => json!({ "span_near": { "clauses": clauses, "slop": 0, "in_order": true } }),
    };
    if let Some(kind) = query.as_object_mut().and_then(|q| q.values_mut().next()) {
        kind["boost"] = json!(boost);
    }
    query
}

/// The aggregation that counts what matched by article (a page of them, after `after`):
/// passages, and with `facets` by language, the site and the date.
fn tally_aggregation(facets: bool, after: Option<Value>) -> Value {
    let mut composite = json!({
        "size": TALLY_PAGE,
        "sources": [{ "article": { "terms": { "field": "article" } } }]
    });
    if let Some(after) = after {
        composite["after"] = after;
    }
    let mut aggregation = json!({ "composite": composite });
    if facets {
        aggregation["aggs"] = json!({
            "lang": { "terms": { "field": "lang", "size": 16 } },
            "source": { "terms": { "field": "source", "size": 1 } },
            "published": { "min": { "field": "published" } }
        });
    }
    aggregation
}

/// Adds a page of `tally_aggregation` to `tally`; the key to ask the next page after,
/// when there may be one.
fn count_articles(tally: &mut Tally, page: &Value, facets: bool) -> Option<Value> {
    let buckets = page["buckets"].as_array()?;
    let count = |v: &Value| u32::try_from(v.as_u64().unwrap_or(0)).unwrap_or(u32::MAX);
    for bucket in buckets {
        // The article field holds the key in hex (see `load::passage_lines`).
        let Some(key) = bucket["key"]["article"]
            .as_str()
            .and_then(|k| u64::from_str_radix(k, 16).ok())
        else {
            continue;
        };
        let article = tally.articles.entry(key).or_default();
        if !facets {
            article.passages_by_lang[0] += count(&bucket["doc_count"]);
            continue;
        }
        for lang in bucket["lang"]["buckets"].as_array().into_iter().flatten() {
            let slot = LANGS
                .iter()
                .position(|l| lang["key"].as_str().and_then(Lang::from_code) == Some(*l))
                .unwrap_or(LANGS.len() - 1);
            article.passages_by_lang[slot] += count(&lang["doc_count"]);
        }
        article.source = bucket["source"]["buckets"][0]["key"]
            .as_str()
            .map(str::to_string);
        // A date's aggregation is in milliseconds.
        article.published = bucket["published"]["value"]
            .as_f64()
            .map(|ms| (ms / 1000.0).floor() as i64);
    }
    let after = &page["after_key"];
    (buckets.len() >= TALLY_PAGE && after.is_object()).then(|| after.clone())
}
