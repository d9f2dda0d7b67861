//! BM25 statistics that fit a passage index with one body field per language.
//!
//! Each passage is indexed in its language's field only, but tantivy divides a field's
//! token count by every document of the index, so the average length of a field is
//! underestimated by the share of the other languages' passages (12× for the field of
//! other languages in a mostly Indonesian archive), and the passages of the smaller
//! fields are punished as if they were very long. Lucene keeps statistics per field;
//! here the average length of a field is its token count over the passages of its own
//! language (the `lang` field counts them).
//!
//! Length normalisation: tantivy's BM25 has k1 = 1.2 and b = 0.75 built in. Scaling
//! the average length by `s` turns its length factor `1 - b + b·len/avg` into
//! `(1 - b) + (b/s)·len/avg`, that is BM25 with b' = 3/(s + 3) and k1' = k1·(0.25 +
//! 0.75/s). Passages are short and nearly uniform (a paragraph each), and b = 0.75
//! let a three-word label holding one rare word beat the paragraph holding all of the
//! query: `LENGTH_SCALE` was chosen by measurement on an archive of real pages (see
//! the README).

use std::collections::HashMap;

use tantivy::query::Bm25StatisticsProvider;
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

use crate::analysis::AnalyzerKind;
use crate::index::Fields;
use crate::language::Lang;

/// The average field length is taken as this many times the real one (see above):
/// b' = 0.4, k1' = 0.5.
pub const LENGTH_SCALE: f64 = 4.5;

/// Per-field BM25 statistics over a searcher.
pub struct FieldStatistics<'a> {
    searcher: &'a Searcher,
    total_docs: u64,
    /// Passages per body field.
    docs_in: HashMap<Field, u64>,
}

impl<'a> FieldStatistics<'a> {
    pub fn new(searcher: &'a Searcher, fields: &Fields) -> FieldStatistics<'a> {
        let docs_in = [Lang::Id, Lang::Fr, Lang::Other]
            .into_iter()
            .map(|lang| {
                let kind = AnalyzerKind::from(lang);
                let term = Term::from_field_text(fields.lang, lang.code());
                let docs = searcher.doc_freq(&term).unwrap_or(0);
                (fields.body(kind), docs)
            })
            .collect();
        FieldStatistics {
            searcher,
            // Deleted passages count, as they do in tantivy's document frequencies
            // (an update that removed most files would otherwise give a term more
            // documents than the index has, which tantivy's BM25 refuses).
            total_docs: searcher
                .segment_readers()
                .iter()
                .map(|s| u64::from(s.max_doc()))
                .sum(),
            docs_in,
        }
    }
}

impl Bm25StatisticsProvider for FieldStatistics<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        let tokens = self.searcher.total_num_tokens(field)?;
        let Some(&docs) = self.docs_in.get(&field) else {
            return Ok(tokens);
        };
        // tantivy divides by every passage of the index: scale so that the quotient is
        // the field's own average length (times the normalisation scale).
        let scaled = tokens as f64 * self.total_docs as f64 / docs.max(1) as f64 * LENGTH_SCALE;
        Ok(scaled.max(1.0) as u64)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Ok(self.total_docs)
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        self.searcher.doc_freq(term)
    }
}
