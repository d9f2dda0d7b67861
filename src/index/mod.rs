//! The on-disk index: its schema (`schema`), the manifest that names the live
//! generation (`manifest`), building it from a corpus (`build`), and opening it.
//!
//! One tantivy document per passage. The passage text is indexed once, in the field of
//! its language (`body_id`, `body_fr`, or `body_neutral` for any other language) with
//! that language's analyser; the article's title is stored with each passage and
//! indexed with its first.
//!
//! An index heals: a build checks the generation it would update and rebuilds a damaged
//! one from the corpus (`damage`), and a search names the damaged file. Its files are
//! readable by whoever the umask lets read them, and a read-only index can be searched
//! (`directory`).

pub(crate) mod build;
mod damage;
mod directory;
pub(crate) mod feed;
pub mod fingerprint;
mod lock;
mod manifest;
mod schema;
mod state;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, IndexReader, ReloadPolicy, Searcher, TantivyDocument, Term};

use crate::analysis::{self, AnalyzerKind};
use crate::corpus::CorpusError;
use crate::language::Lang;

pub use build::{
    BuildMode, BuildOptions, BuildReport, Changes, LangCount, NoProgress, Progress,
    article_language, build, build_sources, build_with_progress,
};
pub use damage::{Problem, Repair};
pub use manifest::{SCHEMA_VERSION, exists};
pub(crate) use schema::{Fields, article_key, date_value};
pub use schema::{civil_from_days, days_from_civil, month_of};

/// What can go wrong with an index.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// No index in the folder.
    #[error("no index in {0} (run `cari index CORPUS --index {0}` to build one)")]
    Missing(PathBuf),
    /// The folder holds files that aren't a cari index.
    #[error(
        "{0} is not a cari index: it holds other files, which cari neither reads nor overwrites (build the index in a new or empty folder: `cari index CORPUS --index FOLDER`)"
    )]
    NotCari(PathBuf),
    /// Made by a cari with another schema.
    #[error(
        "the index in {dir} has schema version {found}, this cari reads version {expected} (run `cari index CORPUS --index {dir}` to rebuild it)"
    )]
    Version {
        /// The index folder.
        dir: PathBuf,
        /// The schema version found.
        found: u32,
        /// The schema version this cari reads.
        expected: u32,
    },
    /// The index is there but can't be read.
    #[error(
        "cannot read the index in {dir}: {} {problem} (run `cari index CORPUS --index {dir}` to rebuild it)",
        file.display()
    )]
    Damaged {
        /// The index folder.
        dir: PathBuf,
        /// The file that can't be read.
        file: PathBuf,
        /// What is wrong with it.
        problem: Problem,
    },
    /// Another build holds the index's lock.
    #[error(
        "another `cari index`{} is writing the index in {dir}; wait for it to finish, then run again",
        holder.map(|pid| format!(" (process {pid})")).unwrap_or_default()
    )]
    Busy {
        /// The index folder.
        dir: PathBuf,
        /// The process holding the lock, when known.
        holder: Option<u32>,
    },
    /// A file of the index could not be read or written.
    #[error("{context}")]
    Io {
        /// What was being done, naming the file.
        context: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// tantivy failed in a way cari doesn't explain better.
    #[error("index error")]
    Tantivy(#[from] tantivy::TantivyError),
    /// The corpus could not be read.
    #[error(transparent)]
    Corpus(#[from] CorpusError),
    /// A source the index holds can't be read any more.
    #[error(
        "the index in {dir} also holds the source {path}, which can't be read now (bring it back, or run `cari index SOURCES… --index {dir} --replace` to index only the sources given)"
    )]
    SourceGone {
        /// The source.
        path: PathBuf,
        /// The index folder.
        dir: PathBuf,
    },
    /// The sources given hold no article.
    #[error(
        "no article found in {sources}: {}; the index is left as it was (cari reads .txt, .md, .html, .jsonl, .ndjson, .json files and any of them .gz)",
        build::describe_skipped(.skipped)
    )]
    EmptyCorpus {
        /// The sources given, absolute, joined by ", ".
        sources: String,
        /// What was skipped, and why.
        skipped: Vec<crate::corpus::Skipped>,
    },
}

pub(crate) fn io(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> IndexError {
    let context = context.into();
    move |source| IndexError::Io { context, source }
}

/// An open index, ready to search.
pub struct CariIndex {
    pub(crate) reader: IndexReader,
    pub(crate) fields: Fields,
    /// The index folder and its live generation, to name a file found damaged.
    dir: PathBuf,
    generation: PathBuf,
}

/// Times an index is opened again when a build changed it while it was being opened.
const OPEN_ATTEMPTS: usize = 5;

/// Opens the live generation of the index in `dir`. A build running meanwhile may
/// remove files the index named a moment ago: a full build swaps the generation and
/// removes the old one, an update commits and removes the segments it merged. When
/// opening fails and the index changed meanwhile (the manifest names another
/// generation, or the generation's meta file changed), opening starts over from the
/// new one; any other failure is reported at once.
pub fn open(dir: &Path) -> Result<CariIndex, IndexError> {
    let mut attempt = 1;
    loop {
        let before = layout(dir);
        match open_live(dir) {
            Err(_) if attempt < OPEN_ATTEMPTS && layout(dir) != before => attempt += 1,
            result => return result,
        }
    }
}

/// What identifies the index in a folder as it is now: two reads of it are equal
/// unless a build committed or swapped a generation between them (or the index
/// appeared or went). Cheap: the manifest and one small file are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version(Option<(PathBuf, Vec<u8>)>);

/// The version of the index in `dir` now.
pub fn version(dir: &Path) -> Version {
    Version(layout(dir))
}

/// What names the files of the live index: its generation folder and that
/// generation's meta file. A build changes one or the other whenever it removes files.
fn layout(dir: &Path) -> Option<(PathBuf, Vec<u8>)> {
    let generation = manifest::live_generation(dir).ok()?;
    let meta = std::fs::read(generation.join("meta.json")).ok()?;
    Some((generation, meta))
}

/// A name for a new file or folder, unique to this process, this moment and this call:
/// `PREFIX` stamp `-` process `-` count `SUFFIX`.
pub(crate) fn unique_name(prefix: &str, suffix: &str) -> String {
    static COUNT: AtomicU64 = AtomicU64::new(0);
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let count = COUNT.fetch_add(1, Ordering::Relaxed);
    format!("{prefix}{stamp}-{}-{count}{suffix}", std::process::id())
}

/// An index with more passages than this, in several segments, is searched one segment
/// per core at a time; a smaller one isn't worth starting the threads.
const PARALLEL_SEARCH_DOCS: u32 = 200_000;

fn open_live(dir: &Path) -> Result<CariIndex, IndexError> {
    let generation = manifest::live_generation(dir)?;
    let mut index = damage::open(dir, &generation)?;
    let explain = |err: tantivy::TantivyError| damage::explain(dir, &generation, &err);
    let segments = index.searchable_segment_metas().map_err(explain)?;
    let docs: u32 = segments.iter().map(|s| s.num_docs()).sum();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if segments.len() > 1 && docs > PARALLEL_SEARCH_DOCS && cores > 1 {
        index.set_multithread_executor(cores.min(segments.len()))?;
    }
    analysis::register(index.tokenizers());
    let fields = damage::check_schema(dir, &generation, &index)?;
    let reader: IndexReader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
        .map_err(explain)?;
    // tantivy opens a segment whose positions file is missing and fails only when a
    // search needs it; that file is missing when a build removed the segment (or its
    // whole generation) while this opened it. Opening every body field now makes that
    // an error of opening, which `open` answers by starting over.
    for segment in reader.searcher().segment_readers() {
        for kind in AnalyzerKind::ALL {
            segment.inverted_index(fields.body(kind)).map_err(explain)?;
        }
    }
    Ok(CariIndex {
        reader,
        fields,
        dir: dir.to_path_buf(),
        generation,
    })
}

/// A passage as stored in the index.
#[derive(Debug, Clone)]
pub struct StoredPassage {
    /// The article (path relative to the corpus root).
    pub doc: String,
    /// The article's headline.
    pub title: String,
    /// ISO 8601, when the article has a date.
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
    /// The passage, as written.
    pub text: String,
}

/// The people of one passage, as stored.
#[derive(Debug, Clone)]
pub struct PeopleRecord {
    /// The article, as `StoredPassage::doc`.
    pub doc: String,
    /// One value per mention: `name`, or `name\twritten`.
    pub people: Vec<String>,
    /// The speaker of each quotation opening in the passage.
    pub quoted: Vec<String>,
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
    /// How many passages the index holds.
    pub fn passages(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// The stored fields of the passage at `address`.
    pub fn passage(
        &self,
        searcher: &Searcher,
        address: DocAddress,
    ) -> Result<StoredPassage, IndexError> {
        // A stored passage that can't be read is damage a search meets only now (opening
        // reads no passage): said with the file at fault, as when opening.
        let doc: TantivyDocument = searcher
            .doc(address)
            .map_err(|err| damage::explain(&self.dir, &self.generation, &err))?;
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

    /// Whether some passage names a person one of whose names holds every word of
    /// `name` (case and accents aside).
    pub fn names_person(&self, name: &str) -> bool {
        let Some(query) = self.naming(name) else {
            return false;
        };
        self.reader
            .searcher()
            .search(&query, &tantivy::collector::Count)
            .is_ok_and(|n| n > 0)
    }

    /// The passages naming a person one of whose names holds every word of `name`, as
    /// a query of the people field; `None` when `name` has no word.
    fn naming(&self, name: &str) -> Option<BooleanQuery> {
        let clauses: Vec<(Occur, Box<dyn Query>)> = analysis::analyze(AnalyzerKind::Neutral, name)
            .into_iter()
            .map(|t| {
                let term = Term::from_field_text(self.fields.people, &t.term);
                let query: Box<dyn Query> =
                    Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                (Occur::Must, query)
            })
            .collect();
        (!clauses.is_empty()).then(|| BooleanQuery::new(clauses))
    }

    /// The articles (their `doc`) with a passage naming a person one of whose names
    /// holds every word of `name`, at most `limit`, those naming them most often first.
    pub fn articles_naming(&self, name: &str, limit: usize) -> Result<Vec<String>, IndexError> {
        /// Passages read at most.
        const MAX_PASSAGES: usize = 1_000;
        let Some(query) = self.naming(name) else {
            return Ok(Vec::new());
        };
        let searcher = self.reader.searcher();
        let found = searcher.search(&query, &TopDocs::with_limit(MAX_PASSAGES).order_by_score())?;
        let mut counts: Vec<(String, usize)> = Vec::new();
        for (_, address) in found {
            let doc = self.passage(&searcher, address)?.doc;
            match counts.iter_mut().find(|(d, _)| *d == doc) {
                Some((_, n)) => *n += 1,
                None => counts.push((doc, 1)),
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Ok(counts.into_iter().take(limit).map(|(d, _)| d).collect())
    }

    /// Whether some passage holds every word of `text` (as the neutral analyser reads
    /// them), in any language's field.
    pub fn holds_words(&self, text: &str) -> bool {
        let searcher = self.reader.searcher();
        let terms = analysis::analyze(AnalyzerKind::Neutral, text);
        !terms.is_empty()
            && terms.iter().all(|t| {
                self.fields.fields_for(AnalyzerKind::Neutral).any(|field| {
                    searcher
                        .doc_freq(&Term::from_field_text(field, &t.term))
                        .is_ok_and(|n| n > 0)
                })
            })
    }

    /// The people of every passage of the index: for each, its article, the names it
    /// holds (each `name` or `name\twritten`) and the speakers of its quotations.
    pub fn people_records(&self) -> Result<Vec<PeopleRecord>, IndexError> {
        let searcher = self.reader.searcher();
        let fields = &self.fields;
        let mut out = Vec::new();
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            for doc_id in segment.doc_ids_alive() {
                let doc: TantivyDocument = searcher.doc(DocAddress::new(ord as u32, doc_id))?;
                let all = |field: Field| -> Vec<String> {
                    doc.get_all(field)
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect()
                };
                let people = all(fields.people);
                let quoted = all(fields.quoted);
                if people.is_empty() && quoted.is_empty() {
                    continue;
                }
                out.push(PeopleRecord {
                    doc: stored_str(&doc, fields.doc),
                    people,
                    quoted,
                });
            }
        }
        Ok(out)
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
