//! What a query excludes (`-word`, `NOT "a phrase"`), wrapped so tantivy can exclude it
//! safely.
//!
//! tantivy 0.27 tests an excluded clause with `seek_danger(doc)` for each document the
//! query would return, starting with the first, which can lie before the excluded
//! clause's own first match. A phrase's scorer takes that backward seek for a broken
//! contract (a debug assertion; in a release build, a seek it never meant to serve).
//! `ForwardOnly` answers `seek_danger` the way `DocSet`'s default does: seek only when
//! behind, else compare. Nothing else changes: the same documents, the same scores.

use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term};

/// `inner`, whose scorers never seek backwards.
#[derive(Debug)]
pub(crate) struct ForwardOnly {
    inner: Box<dyn Query>,
}

impl Clone for ForwardOnly {
    fn clone(&self) -> ForwardOnly {
        ForwardOnly {
            inner: self.inner.box_clone(),
        }
    }
}

impl ForwardOnly {
    pub(crate) fn new(inner: Box<dyn Query>) -> ForwardOnly {
        ForwardOnly { inner }
    }
}

impl Query for ForwardOnly {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(ForwardOnlyWeight(
            self.inner.weight(enable_scoring)?,
        )))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.inner.query_terms(visitor);
    }
}

struct ForwardOnlyWeight(Box<dyn Weight>);

impl Weight for ForwardOnlyWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(ForwardOnlyScorer(self.0.scorer(reader, boost)?)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.0.explain(reader, doc)
    }

    fn count(&self, reader: &SegmentReader) -> tantivy::Result<u32> {
        self.0.count(reader)
    }
}

struct ForwardOnlyScorer(Box<dyn Scorer>);

impl DocSet for ForwardOnlyScorer {
    fn advance(&mut self) -> DocId {
        self.0.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.0.doc() >= target {
            return self.0.doc();
        }
        self.0.seek(target)
    }

    fn doc(&self) -> DocId {
        self.0.doc()
    }

    fn size_hint(&self) -> u32 {
        self.0.size_hint()
    }

    fn cost(&self) -> u64 {
        self.0.cost()
    }
}

impl Scorer for ForwardOnlyScorer {
    fn score(&mut self) -> Score {
        self.0.score()
    }
}

#[cfg(test)]
mod tests {
    use tantivy::collector::Count;
    use tantivy::doc;
    use tantivy::query::{BooleanQuery, Occur, PhraseQuery, TermQuery};
    use tantivy::schema::{IndexRecordOption, Schema, TEXT};
    use tantivy::{Index, Term};

    use super::ForwardOnly;

    #[test]
    fn a_phrase_excluded_after_the_first_match_is_excluded_without_seeking_back() {
        let mut builder = Schema::builder();
        let body = builder.add_text_field("body", TEXT);
        let index = Index::create_in_ram(builder.build());
        let mut writer: tantivy::IndexWriter = index.writer(15_000_000).expect("writer");
        // The query's first document comes before the phrase's first.
        for text in [
            "ceo of meta",
            "ceo said vision language action",
            "ceo",
            "vision language action",
        ] {
            writer.add_document(doc!(body => text)).expect("add");
        }
        writer.commit().expect("commit");
        let searcher = index.reader().expect("reader").searcher();
        let term = |t: &str| Term::from_field_text(body, t);
        let phrase = PhraseQuery::new(vec![term("vision"), term("language"), term("action")]);
        let query = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(TermQuery::new(term("ceo"), IndexRecordOption::Basic)),
            ),
            (Occur::MustNot, Box::new(ForwardOnly::new(Box::new(phrase)))),
        ]);
        assert_eq!(searcher.search(&query, &Count).expect("search"), 2);
    }
}
