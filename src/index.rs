//! The on-disk index: its schema, building it from a corpus, and opening it.
//!
//! One tantivy document per passage. The passage text is indexed in the field of its
//! language (`body_id`, `body_fr`) with that language's analyser, and in `body_neutral`
//! whatever its language; the article's title likewise in `title_*`.
//!
//! An index folder holds a manifest, `cari-index.json` (format, schema version, and
//! which generation is live), and one folder per generation. A build writes a new
//! generation and then swaps the manifest by rename, so a reader sees the old index or
//! the new one, never a half-written one.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use tantivy::schema::{
    Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyDocument};

use crate::analysis::{self, AnalyzerKind};
use crate::corpus::{self, Article, Corpus, CorpusError};
use crate::lang::{self, Lang};

/// Bumped whenever the schema or the analysers change what the index holds.
pub const SCHEMA_VERSION: u32 = 1;
const MANIFEST: &str = "cari-index.json";
const FORMAT: &str = "cari-index";

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

fn io(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> IndexError {
    let context = context.into();
    move |source| IndexError::Io { context, source }
}

#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    format: String,
    version: u32,
    generation: String,
}

/// The fields of the schema.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub doc: Field,
    pub title: Field,
    pub date: Field,
    pub lang: Field,
    pub passage: Field,
    pub text: Field,
    pub body_id: Field,
    pub body_fr: Field,
    pub body_neutral: Field,
    pub title_id: Field,
    pub title_fr: Field,
    pub title_neutral: Field,
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

    /// The title field analysed with `kind`.
    pub fn title_field(&self, kind: AnalyzerKind) -> Field {
        match kind {
            AnalyzerKind::Id => self.title_id,
            AnalyzerKind::Fr => self.title_fr,
            AnalyzerKind::Neutral => self.title_neutral,
        }
    }
}

/// The analysers a passage of language `lang` is indexed with.
pub fn analyzers_for(lang: Lang) -> &'static [AnalyzerKind] {
    match lang {
        Lang::Id => &[AnalyzerKind::Id, AnalyzerKind::Neutral],
        Lang::Fr => &[AnalyzerKind::Fr, AnalyzerKind::Neutral],
        Lang::Other => &[AnalyzerKind::Neutral],
    }
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
    let freqs = IndexRecordOption::WithFreqs;
    let fields = Fields {
        doc: builder.add_text_field("doc", STRING | STORED),
        title: builder.add_text_field("title", STORED),
        date: builder.add_text_field("date", STORED),
        lang: builder.add_text_field("lang", STRING | STORED),
        passage: builder.add_u64_field("passage", STORED),
        text: builder.add_text_field("text", STORED),
        body_id: builder.add_text_field("body_id", text_field(AnalyzerKind::Id, positions)),
        body_fr: builder.add_text_field("body_fr", text_field(AnalyzerKind::Fr, positions)),
        body_neutral: builder
            .add_text_field("body_neutral", text_field(AnalyzerKind::Neutral, positions)),
        title_id: builder.add_text_field("title_id", text_field(AnalyzerKind::Id, freqs)),
        title_fr: builder.add_text_field("title_fr", text_field(AnalyzerKind::Fr, freqs)),
        title_neutral: builder
            .add_text_field("title_neutral", text_field(AnalyzerKind::Neutral, freqs)),
    };
    (builder.build(), fields)
}

/// An open index, ready to search.
pub struct CariIndex {
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
}

/// Whether `dir` holds a cari index (of any version).
pub fn exists(dir: &Path) -> bool {
    dir.join(MANIFEST).is_file()
}

fn read_manifest(dir: &Path) -> Result<Manifest, IndexError> {
    let path = dir.join(MANIFEST);
    let raw = fs::read_to_string(&path).map_err(|err| {
        if err.kind() == std::io::ErrorKind::NotFound {
            IndexError::Missing(dir.to_path_buf())
        } else {
            IndexError::Io {
                context: format!("cannot read {}", path.display()),
                source: err,
            }
        }
    })?;
    let manifest: Manifest =
        serde_json::from_str(&raw).map_err(|_| IndexError::NotCari(dir.to_path_buf()))?;
    if manifest.format != FORMAT {
        return Err(IndexError::NotCari(dir.to_path_buf()));
    }
    if manifest.version != SCHEMA_VERSION {
        return Err(IndexError::Version {
            dir: dir.to_path_buf(),
            found: manifest.version,
            expected: SCHEMA_VERSION,
        });
    }
    Ok(manifest)
}

/// Opens the live generation of the index in `dir`.
pub fn open(dir: &Path) -> Result<CariIndex, IndexError> {
    let manifest = read_manifest(dir)?;
    let generation = dir.join(&manifest.generation);
    if manifest.generation.contains(['/', '\\']) || !generation.is_dir() {
        return Err(IndexError::NotCari(dir.to_path_buf()));
    }
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

/// How to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Memory the index writer may use, in bytes.
    pub memory_bytes: usize,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            memory_bytes: 256 << 20,
        }
    }
}

/// Articles and passages indexed for one language.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct LangCount {
    pub articles: usize,
    pub passages: usize,
}

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// Articles per article language; passages per passage language.
    pub per_lang: BTreeMap<Lang, LangCount>,
    pub skipped: Vec<corpus::Skipped>,
    pub notes: Vec<corpus::Note>,
}

/// Refuses to write into a folder that holds something other than a cari index, so a
/// mistyped `--index` never destroys a user's files.
fn check_writable(dir: &Path) -> Result<(), IndexError> {
    if exists(dir) {
        return Ok(());
    }
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(());
    };
    let foreign = entries
        .flatten()
        .any(|e| !e.file_name().to_string_lossy().starts_with('.'));
    if foreign {
        return Err(IndexError::NotCari(dir.to_path_buf()));
    }
    Ok(())
}

/// Reads `corpus_dir` and builds a fresh index in `index_dir`, replacing the live one
/// only once the new one is complete.
pub fn build(
    corpus_dir: &Path,
    index_dir: &Path,
    options: &BuildOptions,
) -> Result<BuildReport, IndexError> {
    check_writable(index_dir)?;
    let Corpus {
        articles,
        skipped,
        notes,
    } = corpus::read_corpus(corpus_dir)?;
    fs::create_dir_all(index_dir).map_err(io(format!("cannot create {}", index_dir.display())))?;

    let stamp = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let generation = format!("gen-{stamp}-{}", std::process::id());
    let gen_dir = index_dir.join(&generation);
    fs::create_dir(&gen_dir).map_err(io(format!("cannot create {}", gen_dir.display())))?;

    let (schema, fields) = schema();
    let index = Index::create_in_dir(&gen_dir, schema)?;
    analysis::register(index.tokenizers());
    let mut writer = index.writer::<TantivyDocument>(options.memory_bytes.max(15 << 20))?;
    let mut report = BuildReport {
        skipped,
        notes,
        ..BuildReport::default()
    };
    for article in &articles {
        add_article(&writer, &fields, article, &mut report)?;
    }
    writer.commit()?;
    writer.wait_merging_threads()?;

    swap_manifest(index_dir, &generation)?;
    remove_old_generations(index_dir, &generation);
    Ok(report)
}

fn add_article(
    writer: &tantivy::IndexWriter,
    fields: &Fields,
    article: &Article,
    report: &mut BuildReport,
) -> Result<(), IndexError> {
    let whole: String = article
        .passages
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let article_lang = lang::detect(&whole);
    report.per_lang.entry(article_lang).or_default().articles += 1;
    for passage in &article.passages {
        let passage_lang = lang::detect_passage(&passage.text, article_lang);
        report.per_lang.entry(passage_lang).or_default().passages += 1;
        let mut doc = TantivyDocument::default();
        doc.add_text(fields.doc, &article.doc);
        doc.add_text(fields.title, &article.title);
        if let Some(date) = &article.date {
            doc.add_text(fields.date, date);
        }
        doc.add_text(fields.lang, passage_lang.code());
        doc.add_u64(fields.passage, passage.ordinal as u64);
        doc.add_text(fields.text, &passage.text);
        for &kind in analyzers_for(passage_lang) {
            doc.add_text(fields.body(kind), &passage.text);
        }
        for &kind in analyzers_for(article_lang) {
            doc.add_text(fields.title_field(kind), &article.title);
        }
        writer.add_document(doc)?;
    }
    Ok(())
}

fn swap_manifest(index_dir: &Path, generation: &str) -> Result<(), IndexError> {
    let manifest = Manifest {
        format: FORMAT.to_string(),
        version: SCHEMA_VERSION,
        generation: generation.to_string(),
    };
    let tmp = index_dir.join(format!("{MANIFEST}.tmp-{}", std::process::id()));
    let json = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    fs::write(&tmp, json).map_err(io(format!("cannot write {}", tmp.display())))?;
    fs::rename(&tmp, index_dir.join(MANIFEST)).map_err(io(format!(
        "cannot write the manifest in {}",
        index_dir.display()
    )))?;
    Ok(())
}

/// Best effort: an old generation still open by a reader goes when the reader closes.
fn remove_old_generations(index_dir: &Path, live: &str) {
    let Ok(entries) = fs::read_dir(index_dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with("gen-") && name != live {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}
