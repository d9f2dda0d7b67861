//! The schema: which fields a passage document has and how each is analysed.

use std::hash::{Hash, Hasher};

use tantivy::schema::{
    FAST, Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

use crate::analysis::AnalyzerKind;

/// The fields of the schema.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub doc: Field,
    pub title: Field,
    pub date: Field,
    pub lang: Field,
    pub passage: Field,
    /// The article's key (see `article_key`), a fast field: the ranker groups
    /// candidates by article without reading their stored documents.
    pub article: Field,
    pub text: Field,
    pub body_id: Field,
    pub body_fr: Field,
    pub body_neutral: Field,
    /// The people the passage names (see `people`), one value per mention: the name,
    /// then a tab and the words written when they differ (`Mark Zuckerberg\tle patron
    /// de Meta`); indexed with the neutral analyser, so a question can ask whether the
    /// archive names someone.
    pub people: Field,
    /// The speaker of each quotation that opens in the passage (stored only).
    pub quoted: Field,
}

impl Fields {
    /// The body field analysed with `kind`.
    pub fn body(&self, kind: AnalyzerKind) -> Field {
        match kind {
            AnalyzerKind::Id => self.body_id,
            AnalyzerKind::Fr => self.body_fr,
            AnalyzerKind::Neutral => self.body_neutral,
        }
    }

    /// The fields a term made by `kind` is looked for in. A neutral term (a name, a
    /// number, a word as typed, folded) is looked for in every field: the Indonesian and
    /// French analysers leave such words as they are, so the language fields hold them.
    pub fn fields_for(&self, kind: AnalyzerKind) -> impl Iterator<Item = Field> + '_ {
        let kinds: &[AnalyzerKind] = match kind {
            AnalyzerKind::Id => &[AnalyzerKind::Id],
            AnalyzerKind::Fr => &[AnalyzerKind::Fr],
            AnalyzerKind::Neutral => &[AnalyzerKind::Neutral, AnalyzerKind::Id, AnalyzerKind::Fr],
        };
        kinds.iter().map(|&k| self.body(k))
    }
}

/// The key of an article in the `article` fast field: a hash of its path that stays
/// the same from one build (and one cari) to the next.
pub fn article_key(doc: &str) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    doc.hash(&mut hasher);
    hasher.finish()
}

pub fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text_field = |kind: AnalyzerKind, record: IndexRecordOption| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(kind.name())
                .set_index_option(record),
        )
    };
    let positions = IndexRecordOption::WithFreqsAndPositions;
    let fields = Fields {
        doc: builder.add_text_field("doc", STRING | STORED),
        title: builder.add_text_field("title", STORED),
        date: builder.add_text_field("date", STORED),
        lang: builder.add_text_field("lang", STRING | STORED),
        passage: builder.add_u64_field("passage", STORED),
        article: builder.add_u64_field("article", FAST),
        text: builder.add_text_field("text", STORED),
        body_id: builder.add_text_field("body_id", text_field(AnalyzerKind::Id, positions)),
        body_fr: builder.add_text_field("body_fr", text_field(AnalyzerKind::Fr, positions)),
        body_neutral: builder
            .add_text_field("body_neutral", text_field(AnalyzerKind::Neutral, positions)),
        people: builder.add_text_field(
            "people",
            text_field(AnalyzerKind::Neutral, IndexRecordOption::Basic).set_stored(),
        ),
        quoted: builder.add_text_field("quoted", STORED),
    };
    (builder.build(), fields)
}
