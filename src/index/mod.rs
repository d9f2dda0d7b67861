//! The on-disk index: its schema (`schema`), the manifest that names the live
//! generation (`manifest`), building it from a corpus (`build`), and opening it.
//!
//! One tantivy document per passage. The passage text is indexed in the field of its
//! language (`body_id`, `body_fr`) with that language's analyser, and in `body_neutral`
//! whatever its language; the article's title likewise in `title_*`.

mod build;
mod manifest;
mod schema;

use std::path::{Path, PathBuf};

use tantivy::{Index, IndexReader, ReloadPolicy};

use crate::analysis;
use crate::corpus::CorpusError;

pub use build::{BuildOptions, BuildReport, LangCount, build};
pub use manifest::{SCHEMA_VERSION, exists};
pub use schema::{Fields, analyzers_for, schema};

/// What can go wrong with an index.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("no index in {0} (run `cari index CORPUS --index {0}`)")]
    Missing(PathBuf),
    #[error("{0} is not a cari index and is not empty; choose another --index folder")]
    NotCari(PathBuf),
    #[error(
        "the index in {dir} has schema version {found}, this cari reads version {expected} (run `cari index CORPUS --index {dir}` to rebuild it)"
    )]
    Version {
        dir: PathBuf,
        found: u32,
        expected: u32,
    },
    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
    #[error("index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error(transparent)]
    Corpus(#[from] CorpusError),
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

/// Opens the live generation of the index in `dir`.
pub fn open(dir: &Path) -> Result<CariIndex, IndexError> {
    let generation = manifest::live_generation(dir)?;
    let index = Index::open_in_dir(&generation)?;
    analysis::register(index.tokenizers());
    let (_, fields) = schema();
    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()?;
    Ok(CariIndex {
        index,
        reader,
        fields,
    })
}
