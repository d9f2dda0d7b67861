//! The local back end: a tantivy index on disk (`CariIndex`), searched with per-field
//! BM25 statistics (see `stats`), its candidates' concepts read from postings (see
//! `positions`).

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{EnableScoring, Weight};
use tantivy::{DocAddress, Searcher};

use crate::index::{CariIndex, StoredPassage};
use crate::plan::{LocalStatistics, QueryPlan, TermStatistics};

use super::highlight::Match;
use super::stats::FieldStatistics;
use super::{Backend, Candidates, Explain, SearchError, build_query, positions};

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
        want: usize,
        explain: bool,
    ) -> Result<Box<dyn Candidates + 'a>, SearchError> {
        let searcher = self.reader.searcher();
        let query = build_query(&self.fields, plan);
        let statistics = FieldStatistics::new(&searcher, &self.fields);
        let (top, total_hits) = searcher.search_with_statistics_provider(
            &query,
            &(TopDocs::with_limit(want.max(1)).order_by_score(), Count),
            &statistics,
        )?;
        let weight = if explain {
            Some(
                query.weight(EnableScoring::enabled_from_statistics_provider(
                    &statistics,
                    &searcher,
                ))?,
            )
        } else {
            None
        };
        let (bm25, addresses) = top.into_iter().unzip();
        Ok(Box::new(LocalCandidates {
            index: self,
            searcher,
            addresses,
            bm25,
            total_hits,
            weight,
        }))
    }

    fn names_person(&self, name: &str) -> bool {
        CariIndex::names_person(self, name)
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
    total_hits: usize,
    weight: Option<Box<dyn Weight>>,
}

impl Candidates for LocalCandidates<'_> {
    fn total_hits(&self) -> usize {
        self.total_hits
    }

    fn bm25(&self) -> &[f32] {
        &self.bm25
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
