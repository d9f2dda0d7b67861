//! The on-disk index: its schema (`schema`), the manifest that names the live
//! generation (`manifest`), building it from a corpus (`build`), and opening it.
//!
//! One tantivy document per passage. The passage text is indexed once, in the field of
//! its language (`body_id`, `body_fr`, or `body_neutral` for any other language) with
//! that language's analyser; the article's title is stored with each passage and
//! indexed with its first.

mod build;
mod feed;
pub mod fingerprint;
mod lock;
mod manifest;
mod schema;
mod state;

use std::path::{Path, PathBuf};

use tantivy::collector::TopDocs;
use tantivy::query::TermQuery;
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, Index, IndexReader, ReloadPolicy, Searcher, TantivyDocument, Term};

use crate::analysis::{self, AnalyzerKind};
use crate::corpus::CorpusError;
use crate::language::Lang;

pub use build::{
    BuildMode, BuildOptions, BuildReport, Changes, LangCount, NoProgress, Progress,
    article_language, build, build_sources, build_with_progress,
};
pub use manifest::{SCHEMA_VERSION, exists};
pub use schema::{
    Fields, article_key, civil_from_days, date_value, days_from_civil, month_of, schema,
};

/// What can go wrong with an index.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("no index in {0} (run `cari index CORPUS --index {0}` to build one)")]
    Missing(PathBuf),
    #[error(
        "{0} is not a cari index: it holds other files, which cari neither reads nor overwrites (build the index in a new or empty folder: `cari index CORPUS --index FOLDER`)"
    )]
    NotCari(PathBuf),
    #[error(
        "the index in {dir} has schema version {found}, this cari reads version {expected} (run `cari index CORPUS --index {dir}` to rebuild it)"
    )]
    Version {
        dir: PathBuf,
        found: u32,
        expected: u32,
    },
    #[error(
        "the index in {dir} can't be read: {why} (run `cari index CORPUS --index {dir}` to rebuild it)"
    )]
    Damaged { dir: PathBuf, why: String },
    #[error(
        "another `cari index`{} is writing the index in {dir}; wait for it to finish, then run again",
        holder.map(|pid| format!(" (process {pid})")).unwrap_or_default()
    )]
    Busy { dir: PathBuf, holder: Option<u32> },
    #[error("{context}")]
    Io {
        context: String,
        source: std::io::Error,
    },
    #[error("index error")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error(transparent)]
    Corpus(#[from] CorpusError),
    #[error(
        "the index in {dir} also holds the source {path}, which can't be read now (bring it back, or run `cari index SOURCES… --index {dir} --replace` to index only the sources given)"
    )]
    SourceGone { path: PathBuf, dir: PathBuf },
    #[error(
        "no article found in {sources}: {}; the index is left as it was (cari reads .txt, .md, .html, .jsonl, .ndjson, .json files and any of them .gz)",
        build::describe_skipped(.skipped)
    )]
    EmptyCorpus {
        sources: String,
        skipped: Vec<crate::corpus::Skipped>,
    },
}

pub(crate) fn io(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> IndexError {
    let context = context.into();
    move |source| IndexError::Io { context, source }
}

/// An open index, ready to search.
pub struct CariIndex {
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
}

/// Times an index is opened again when its generation went away while it was being
/// opened (a build made another one live and removed it).
const OPEN_ATTEMPTS: usize = 5;

/// Opens the live generation of the index in `dir`. A build running meanwhile may swap
/// the generation and remove the one the manifest named a moment ago; opening then
/// starts over from the manifest, which names the new one.
pub fn open(dir: &Path) -> Result<CariIndex, IndexError> {
    let mut attempt = 1;
    loop {
        match open_live(dir) {
            Ok(index) => return Ok(index),
            Err(
                err
                @ (IndexError::Missing(_) | IndexError::NotCari(_) | IndexError::Version { .. }),
            ) => return Err(err),
            Err(_) if attempt < OPEN_ATTEMPTS => attempt += 1,
            Err(IndexError::Tantivy(err)) => {
                return Err(IndexError::Damaged {
                    dir: dir.to_path_buf(),
                    why: err.to_string(),
                });
            }
            Err(err) => return Err(err),
        }
    }
}

/// An index with more passages than this, in several segments, is searched one segment
/// per core at a time; a smaller one isn't worth starting the threads.
const PARALLEL_SEARCH_DOCS: u32 = 200_000;

fn open_live(dir: &Path) -> Result<CariIndex, IndexError> {
    let generation = manifest::live_generation(dir)?;
    let mut index = Index::open_in_dir(&generation)?;
    let segments = index.searchable_segment_metas()?;
    let docs: u32 = segments.iter().map(|s| s.num_docs()).sum();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if segments.len() > 1 && docs > PARALLEL_SEARCH_DOCS && cores > 1 {
        index.set_multithread_executor(cores.min(segments.len()))?;
    }
    analysis::register(index.tokenizers());
    let (expected, fields) = schema();
    // A generation written with another schema under the same version (a cari built
    // from work in progress) would make tantivy panic on a field it doesn't have.
    if serde_json::to_string(&index.schema()).ok() != serde_json::to_string(&expected).ok() {
        return Err(IndexError::Damaged {
            dir: dir.to_path_buf(),
            why: "its fields are not those of this cari's schema".to_string(),
        });
    }
    let reader: IndexReader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()?;
    // tantivy opens a segment whose positions file is missing and fails only when a
    // search needs it; that file is missing when a build removed the segment (or its
    // whole generation) while this opened it. Opening every body field now makes that
    // an error of opening, which `open` answers by starting over.
    for segment in reader.searcher().segment_readers() {
        for kind in AnalyzerKind::ALL {
            segment.inverted_index(fields.body(kind))?;
        }
    }
    Ok(CariIndex {
        index,
        reader,
        fields,
    })
}

/// A passage as stored in the index.
#[derive(Debug, Clone)]
pub struct StoredPassage {
    pub doc: String,
    pub title: String,
    /// ISO 8601, when the article has a date.
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    pub lang: Lang,
    pub passage: u64,
    pub text: String,
}

fn stored_opt(doc: &TantivyDocument, field: Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .map(str::to_string)
}

fn stored_str(doc: &TantivyDocument, field: Field) -> String {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string()
}

impl CariIndex {
    /// The stored fields of the passage at `address`.
    pub fn passage(
        &self,
        searcher: &Searcher,
        address: DocAddress,
    ) -> Result<StoredPassage, IndexError> {
        let doc: TantivyDocument = searcher.doc(address)?;
        let fields = &self.fields;
        Ok(StoredPassage {
            doc: stored_str(&doc, fields.doc),
            title: stored_str(&doc, fields.title),
            date: stored_opt(&doc, fields.date),
            source: stored_opt(&doc, fields.source),
            url: stored_opt(&doc, fields.url),
            authors: doc
                .get_all(fields.authors)
                .filter_map(|v| v.as_str())
                .map(str::to_string)
                .collect(),
            lang: Lang::from_code(&stored_str(&doc, fields.lang)).unwrap_or(Lang::Other),
            passage: doc
                .get_first(fields.passage)
                .and_then(|v| v.as_u64())
                .unwrap_or(0),
            text: stored_str(&doc, fields.text),
        })
    }

    /// Every passage of the article `doc`, in order.
    pub fn article(&self, doc: &str) -> Result<Vec<StoredPassage>, IndexError> {
        /// More passages than any article has.
        const MAX_PASSAGES: usize = 100_000;
        let searcher = self.reader.searcher();
        let query = TermQuery::new(
            Term::from_field_text(self.fields.doc, doc),
            IndexRecordOption::Basic,
        );
        let found = searcher.search(&query, &TopDocs::with_limit(MAX_PASSAGES).order_by_score())?;
        let mut passages = found
            .into_iter()
            .map(|(_, address)| self.passage(&searcher, address))
            .collect::<Result<Vec<_>, _>>()?;
        passages.sort_by_key(|p| p.passage);
        Ok(passages)
    }
}
