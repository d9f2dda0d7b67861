//! The local back end: a tantivy index on disk (`CariIndex`), searched with per-field
//! BM25 statistics (see `stats`), the filters as clauses of the query (see `filter`),
//! what matched counted from fast fields (see `tally`), its candidates' concepts read
//! from postings (see `positions`).

use std::collections::HashMap;

use tantivy::collector::TopDocs;
use tantivy::columnar::{BytesColumn, Column};
use tantivy::query::{EnableScoring, Weight};
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentReader};

use crate::index::{CariIndex, StoredPassage};
use crate::plan::{LocalStatistics, QueryPlan, TermStatistics};

use super::highlight::Match;
use super::stats::FieldStatistics;
use super::tally::{Tally, TallyCollector};
use super::{
    Backend, CandidateRequest, Candidates, Explain, SearchError, Sort, filtered_query, group,
    positions,
};

impl Backend for CariIndex {
    fn statistics<'a>(
        &'a self,
        _plan: &QueryPlan,
    ) -> Result<Box<dyn TermStatistics + 'a>, SearchError> {
        Ok(Box::new(LocalStatistics {
            searcher: self.reader.searcher(),
            fields: self.fields,
        }))
    }

    fn candidates<'a>(
        &'a self,
        plan: &QueryPlan,
        request: &CandidateRequest<'_>,
    ) -> Result<Box<dyn Candidates + 'a>, SearchError> {
        let searcher = self.reader.searcher();
        let query = filtered_query(&searcher, &self.fields, plan, request.filters)?;
        let statistics = FieldStatistics::new(&searcher, &self.fields);
        let want = request.want.max(1);
        let tally_collector = TallyCollector {
            facets: request.facets,
        };
        let (bm25, addresses, dates, tally) = match request.sort {
            Sort::Relevance => {
                let (top, tally) = searcher.search_with_statistics_provider(
                    &query,
                    &(TopDocs::with_limit(want).order_by_score(), tally_collector),
                    &statistics,
                )?;
                let (bm25, addresses) = top.into_iter().unzip();
                (bm25, addresses, Vec::new(), tally)
            }
            Sort::Date => {
                let by_date = TopDocs::with_limit(want).tweak_score(|segment: &SegmentReader| {
                    let published: Option<Column<tantivy::DateTime>> =
                        segment.fast_fields().date("published").ok();
                    move |doc: DocId, score: Score| {
                        let secs = published
                            .as_ref()
                            .and_then(|c| c.first(doc))
                            .map_or(i64::MIN, |d| d.into_timestamp_secs());
                        (secs, score)
                    }
                });
                let (top, tally) = searcher.search_with_statistics_provider(
                    &query,
                    &(by_date, tally_collector),
                    &statistics,
                )?;
                let mut bm25 = Vec::with_capacity(top.len());
                let mut addresses = Vec::with_capacity(top.len());
                let mut dates = Vec::with_capacity(top.len());
                for ((secs, score), address) in top {
                    bm25.push(score);
                    addresses.push(address);
                    dates.push(secs);
                }
                (bm25, addresses, dates, tally)
            }
        };
        let weight = if request.explain {
            Some(
                query.weight(EnableScoring::enabled_from_statistics_provider(
                    &statistics,
                    &searcher,
                ))?,
            )
        } else {
            None
        };
        Ok(Box::new(LocalCandidates {
            index: self,
            searcher,
            addresses,
            bm25,
            dates,
            tally,
            weight,
        }))
    }

    fn names_person(&self, name: &str) -> bool {
        CariIndex::names_person(self, name)
    }

    fn articles_naming(&self, name: &str, limit: usize) -> Result<Vec<String>, SearchError> {
        Ok(CariIndex::articles_naming(self, name, limit)?)
    }

    fn holds_words(&self, text: &str) -> bool {
        CariIndex::holds_words(self, text)
    }

    fn article(&self, doc: &str) -> Result<Vec<StoredPassage>, SearchError> {
        Ok(CariIndex::article(self, doc)?)
    }
}

struct LocalCandidates<'a> {
    index: &'a CariIndex,
    searcher: Searcher,
    addresses: Vec<DocAddress>,
    bm25: Vec<f32>,
    dates: Vec<i64>,
    tally: Tally,
    weight: Option<Box<dyn Weight>>,
}

impl Candidates for LocalCandidates<'_> {
    fn tally(&self) -> &Tally {
        &self.tally
    }

    fn bm25(&self) -> &[f32] {
        &self.bm25
    }

    fn dates(&self) -> &[i64] {
        &self.dates
    }

    fn grouping(&self) -> Result<Vec<group::Ranked>, SearchError> {
        type Columns = (Column<u64>, Option<BytesColumn>);
        let mut columns: HashMap<u32, Columns> = HashMap::new();
        let mut ranked = Vec::with_capacity(self.addresses.len());
        for address in &self.addresses {
            let (article, prints) = match columns.entry(address.segment_ord) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => {
                    let fast = self
                        .searcher
                        .segment_reader(address.segment_ord)
                        .fast_fields();
                    e.insert((fast.u64("article")?, fast.bytes("fingerprint")?))
                }
            };
            let mut fingerprint = Vec::new();
            if let Some(prints) = prints
                && let Some(ord) = prints.term_ords(address.doc_id).next()
            {
                // A signature the dictionary can't give back is none.
                if !prints.ord_to_bytes(ord, &mut fingerprint).unwrap_or(false) {
                    fingerprint.clear();
                }
            }
            ranked.push(group::Ranked {
                article: article.first(address.doc_id).unwrap_or(0),
                fingerprint,
            });
        }
        Ok(ranked)
    }

    fn matches(
        &self,
        plan: &QueryPlan,
        count: usize,
    ) -> Result<(Vec<Vec<Match>>, Vec<u64>), SearchError> {
        let count = count.min(self.addresses.len());
        Ok(positions::candidate_matches(
            &self.searcher,
            &self.index.fields,
            plan,
            &self.addresses[..count],
        )?)
    }

    fn stored(&self, i: usize) -> Result<StoredPassage, SearchError> {
        Ok(self.index.passage(&self.searcher, self.addresses[i])?)
    }

    fn explain(&self, i: usize) -> Result<Explain, SearchError> {
        let address = self.addresses[i];
        match &self.weight {
            Some(weight) => {
                let segment = self.searcher.segment_reader(address.segment_ord);
                let bm25 = weight.explain(segment, address.doc_id)?;
                Ok(Explain::from_tantivy(&bm25))
            }
            None => Ok(Explain::new("BM25", self.bm25[i], vec![])),
        }
    }
}
