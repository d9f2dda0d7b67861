//! Building an index from its sources (folders and files), streamed: list the files, read and prepare
//! them in worker threads (`feed`), hand the passages to tantivy's indexing threads,
//! commit together with the state of the files (`state`), and make the generation live
//! (`manifest`). The corpus is never held in memory: at any moment only a window of files
//! and the index writer's buffers are, both bounded by the memory budget.
//!
//! An index holds one or several sources: the folders and files it was built from, kept
//! in its state. A build of some sources adds them to those the index holds and brings
//! every one up to date; with `replace`, the index holds only the sources given.
//!
//! A build is incremental when it can be: when the live generation has the same schema
//! version, only the files added, changed or deleted since are read, and their passages
//! replace the old ones in place (tantivy's commit is atomic, so readers see the index
//! before or after, never between); a file's passages are found by the `file` field, so
//! a changed JSON Lines file has all its records read again. A full build (asked for, or
//! the first, or after a schema change, or when most files changed) writes a new
//! generation beside the live one and swaps the manifest once it is complete. A build
//! whose sources given hold no article fails and leaves the index as it was.
//!
//! Before an incremental build, the live generation is checked (`damage`): its files
//! against their checksums, its commit's record of the corpus files. A damaged one is
//! rebuilt in full from the sources given, and the report says which file was damaged
//! (`BuildReport::repairs`).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use tantivy::indexer::{IndexWriterOptions, LogMergePolicy, NoMergePolicy};
use tantivy::{DateTime, Index, IndexWriter, TantivyDocument, Term};

use super::damage::{self, Problem, Repair};
use super::schema::{Fields, article_key, date_value, schema};
use super::state::{self, CorpusState, FileState};
use super::{IndexError, SCHEMA_VERSION, directory, feed, fingerprint, io, lock, manifest};
use crate::analysis::{self, AnalyzerKind};
use crate::corpus::{self, Article, CorpusError, CorpusFile, Passage};
use crate::language::{self, Lang, PassageWords};
use crate::people::{self, People};
use crate::plan::words::ParagraphWords;

/// What a build uses besides the index writer's buffers, measured (peak resident
/// memory, generated news, 10k to 100k files): the program and its data, the documents
/// queued for tantivy's threads (up to 10,000), the analysers' memos, and about this
/// much per file listed (its name and state).
const FIXED_OVERHEAD: usize = 105 << 20;
const PER_FILE_OVERHEAD: usize = 200;
/// Flushing a segment needs this much more (in percent) than its buffer, for a moment.
const FLUSH_PERCENT: usize = 115;
/// Of the budget, the share the estimate may use (in percent): the rest is a margin.
const SAFE_PERCENT: usize = 92;
/// The least memory an indexing thread gets: tantivy's buffers start at about 15 MB, so
/// with less a segment would hold only a few thousand passages.
const MIN_THREAD_MEMORY: usize = 32 << 20;
/// Below this much text, one indexing thread: the index comes out the same every time.
const SMALL_CORPUS_BYTES: u64 = 16 << 20;
/// Segments with more passages than this are not merged by incremental builds.
const MAX_MERGED_DOCS: usize = 20_000;
/// Files read ahead of the one being indexed, per worker thread.
const WINDOW_PER_WORKER: usize = 16;
/// An incremental build that would re-read more than this share of the files (in
/// percent), and more than `SMALL_UPDATE` files, is done as a full build: it is as fast
/// and leaves an index without the deleted passages of the old files.
const MAX_INCREMENTAL_PERCENT: usize = 50;
const SMALL_UPDATE: usize = 100;

/// How to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Memory the whole build may use, in bytes (the index writer gets a share of it).
    pub memory_bytes: usize,
    /// Rebuild everything even when an incremental build is possible.
    pub full: bool,
    /// Index only the sources given, dropping those the index held.
    pub replace: bool,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            memory_bytes: 256 << 20,
            full: false,
            replace: false,
        }
    }
}

/// Told how a build advances (for a progress bar). Called from the building thread.
pub trait Progress: Sync {
    /// The build will read `files` files, `bytes` bytes in all.
    fn start(&self, _files: u64, _bytes: u64) {}
    /// One more file read and handed to the index, of `bytes` bytes.
    fn advance(&self, _bytes: u64) {}
    /// Reading is over; what remains is committing and merging.
    fn finish(&self) {}
}

/// No progress shown.
pub struct NoProgress;
impl Progress for NoProgress {}

/// Articles and passages indexed for one language.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct LangCount {
    /// Articles whose language this is.
    pub articles: usize,
    /// Passages in this language (an article may mix languages).
    pub passages: usize,
}

/// Whether a build rewrote everything or brought the live generation up to date.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum BuildMode {
    /// A new generation, built from every file.
    #[default]
    Full,
    /// The live generation, updated with the files added, changed or deleted.
    Incremental,
}

/// Files an incremental build found changed since the last build.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Changes {
    /// Files new since the last build.
    pub added: usize,
    /// Files whose bytes changed.
    pub changed: usize,
    /// Files gone since the last build.
    pub deleted: usize,
    /// Files left as they were.
    pub unchanged: usize,
}

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// Full or incremental.
    pub mode: BuildMode,
    /// Of the files read: articles per article language; passages per passage language.
    pub per_lang: BTreeMap<Lang, LangCount>,
    /// The files skipped, with why.
    pub skipped: Vec<corpus::Skipped>,
    /// Notes on files read in an unusual way.
    pub notes: Vec<corpus::Note>,
    /// What changed (an incremental build; a full build counts every file as added).
    pub changes: Changes,
    /// Files read and their size in bytes.
    pub files_read: usize,
    /// Bytes of the files read.
    pub bytes_read: u64,
    /// Articles indexed from the files read.
    pub articles: usize,
    /// The sources the index now holds, absolute.
    pub sources: Vec<String>,
    /// What was found damaged in the index and made whole by rebuilding it.
    pub repairs: Vec<Repair>,
}

/// Brings the index in `index_dir` up to date with `corpus_dir`: incrementally when it
/// can, else by building a fresh generation and replacing the live one only once the new
/// one is complete.
pub fn build(
    corpus_dir: &Path,
    index_dir: &Path,
    options: &BuildOptions,
) -> Result<BuildReport, IndexError> {
    build_with_progress(corpus_dir, index_dir, options, &NoProgress)
}

/// `build`, telling `progress` how it goes.
pub fn build_with_progress(
    corpus_dir: &Path,
    index_dir: &Path,
    options: &BuildOptions,
    progress: &dyn Progress,
) -> Result<BuildReport, IndexError> {
    build_sources(&[corpus_dir.to_path_buf()], index_dir, options, progress)
}

/// Adds the sources `sources` (folders or files) to the index in `index_dir` (or, with
/// `replace`, makes them all it holds) and brings all its sources up to date.
pub fn build_sources(
    sources: &[PathBuf],
    index_dir: &Path,
    options: &BuildOptions,
    progress: &dyn Progress,
) -> Result<BuildReport, IndexError> {
    manifest::check_writable(index_dir)?;
    // The sources are looked at first, so that a mistyped one leaves no index folder.
    for source in sources {
        fs::metadata(source).map_err(|err| CorpusError::Root {
            path: source.clone(),
            source: err,
        })?;
    }
    let _lock = lock::IndexLock::acquire(index_dir)?;
    let mut repairs: Vec<Repair> = manifest::set_aside_if_damaged(index_dir)?
        .into_iter()
        .collect();
    // A damaged index is rebuilt from the sources given (its own list is in it).
    let live = match open_live(index_dir) {
        Ok(live) => live,
        Err(err) => {
            repairs.push(repair(err, false)?);
            None
        }
    };
    let mut roots: Vec<String> = match &live {
        Some(live) if !options.replace => live.state.roots.clone(),
        _ => Vec::new(),
    };
    let mut given = Vec::new();
    for source in sources.iter().map(|s| absolute(s)) {
        if !roots.contains(&source) {
            roots.push(source.clone());
        }
        given.push(source);
    }
    let given: Vec<bool> = roots.iter().map(|r| given.contains(r)).collect();
    let paths: Vec<PathBuf> = roots.iter().map(PathBuf::from).collect();
    let listing = corpus::list_sources(&paths).map_err(|err| match err {
        CorpusError::Root { path, .. } if !sources.contains(&path) => IndexError::SourceGone {
            path,
            dir: index_dir.to_path_buf(),
        },
        err => IndexError::Corpus(err),
    })?;
    let sources_given: String = roots
        .iter()
        .zip(&given)
        .filter(|(_, given)| **given)
        .map(|(root, _)| root.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if !listing.files.iter().any(|f| given[f.root]) {
        return Err(IndexError::EmptyCorpus {
            sources: sources_given.clone(),
            skipped: listing.skipped,
        });
    }
    // With `replace`, the files of the sources dropped are deleted files to an
    // incremental build.
    let live = live.filter(|_| !options.full);
    let mut report = match live {
        Some(live) => {
            let plan = state::plan(&live.state, &listing.files);
            let work = plan.to_read.len() + plan.deleted.len();
            let small =
                work <= SMALL_UPDATE || work * 100 <= listing.files.len() * MAX_INCREMENTAL_PERCENT;
            // Only a generation about to be updated is worth reading whole.
            let verified = if small {
                match damage::verify(index_dir, &live.dir, &live.index) {
                    Ok(()) => true,
                    Err(err) => {
                        repairs.push(repair(err, true)?);
                        false
                    }
                }
            } else {
                false
            };
            if verified {
                update(live, plan, &listing.files, roots, &given, options, progress)
            } else {
                rebuild(index_dir, roots, &given, &listing.files, options, progress)
            }
        }
        None => rebuild(index_dir, roots, &given, &listing.files, options, progress),
    }
    .map_err(|err| match err {
        IndexError::EmptyCorpus { skipped, .. } => {
            let mut all = listing.skipped.clone();
            all.extend(skipped);
            IndexError::EmptyCorpus {
                sources: sources_given.clone(),
                skipped: all,
            }
        }
        err => err,
    })?;
    report.skipped.splice(0..0, listing.skipped);
    report.repairs = repairs;
    Ok(report)
}

/// `3 files skipped (empty file: 2, binary file: 1)`, for the error of a build that
/// found nothing.
pub(crate) fn describe_skipped(skipped: &[corpus::Skipped]) -> String {
    if skipped.is_empty() {
        return "no file cari reads (text, Markdown, HTML, JSON Lines, JSON, or any of them .gz)"
            .to_string();
    }
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for s in skipped {
        *kinds.entry(s.reason.kind()).or_default() += 1;
    }
    let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{k}: {n}")).collect();
    let files = if skipped.len() == 1 { "file" } else { "files" };
    format!("{} {files} skipped ({})", skipped.len(), kinds.join(", "))
}

/// The repair a full build makes of a damaged generation; any other error stops the
/// build.
fn repair(err: IndexError, sources_known: bool) -> Result<Repair, IndexError> {
    match err {
        IndexError::Damaged { file, problem, .. } => Ok(Repair {
            file,
            problem,
            set_aside: None,
            sources_known,
        }),
        err => Err(err),
    }
}

fn absolute(dir: &Path) -> String {
    fs::canonicalize(dir)
        .unwrap_or_else(|_| dir.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

/// The live generation with the state of its files, when an incremental build can
/// start from it.
struct Live {
    dir: PathBuf,
    index: Index,
    state: CorpusState,
}

/// The live generation, when there is one this cari can update; an error when it is
/// damaged.
fn open_live(index_dir: &Path) -> Result<Option<Live>, IndexError> {
    let dir = match manifest::live_generation(index_dir) {
        Ok(dir) => dir,
        Err(IndexError::Missing(_) | IndexError::Version { .. }) => return Ok(None),
        Err(err) => return Err(err),
    };
    let index = damage::open(index_dir, &dir)?;
    damage::check_schema(index_dir, &dir, &index)?;
    let meta_file = dir.join("meta.json");
    let no_state = |problem| IndexError::Damaged {
        dir: index_dir.to_path_buf(),
        file: meta_file.clone(),
        problem,
    };
    let name = index
        .load_metas()
        .map_err(|_| no_state(Problem::Damaged))?
        .payload
        .ok_or_else(|| no_state(Problem::NoState))?;
    let state = state::load(&dir, &name).map_err(|problem| match problem {
        Problem::NoState => no_state(problem),
        _ => IndexError::Damaged {
            dir: index_dir.to_path_buf(),
            file: dir.join(&name),
            problem,
        },
    })?;
    Ok((state.version == SCHEMA_VERSION).then_some(Live { dir, index, state }))
}

/// A full build into a new generation.
fn rebuild(
    index_dir: &Path,
    roots: Vec<String>,
    given: &[bool],
    files: &[CorpusFile],
    options: &BuildOptions,
    progress: &dyn Progress,
) -> Result<BuildReport, IndexError> {
    fs::create_dir_all(index_dir).map_err(io(format!("cannot create {}", index_dir.display())))?;
    let generation = manifest::new_generation_name();
    let gen_dir = index_dir.join(&generation);
    fs::create_dir(&gen_dir).map_err(io(format!("cannot create {}", gen_dir.display())))?;
    let result = (|| {
        let (schema, _) = schema();
        let index = directory::create_index(&gen_dir, schema)?;
        let to_read: Vec<(usize, Option<u64>)> = (0..files.len()).map(|i| (i, None)).collect();
        let job = Job {
            mode: BuildMode::Full,
            index: &index,
            gen_dir: &gen_dir,
            roots,
            given,
            given_unchanged: 0,
            files,
            to_read,
            known: Vec::new(),
            deleted: Vec::new(),
            carried: Vec::new(),
        };
        job.run(options, progress)
    })();
    match result {
        Ok(report) => {
            manifest::swap_manifest(index_dir, &generation)?;
            manifest::remove_stale(index_dir);
            Ok(report)
        }
        Err(err) => {
            let _ = fs::remove_dir_all(&gen_dir);
            Err(err)
        }
    }
}

/// An incremental build of the live generation.
fn update(
    live: Live,
    plan: state::Plan,
    files: &[CorpusFile],
    roots: Vec<String>,
    given: &[bool],
    options: &BuildOptions,
    progress: &dyn Progress,
) -> Result<BuildReport, IndexError> {
    let known = plan
        .to_read
        .iter()
        .map(|&(i, hash)| (i, hash.is_some()))
        .filter(|&(_, known)| known)
        .map(|(i, _)| i)
        .collect();
    let unchanged = plan.unchanged.len();
    // Files are sorted by `doc`.
    let given_unchanged = plan
        .unchanged
        .iter()
        .filter(|state| {
            files
                .binary_search_by(|f| f.doc.as_str().cmp(&state.doc))
                .is_ok_and(|i| given[files[i].root])
        })
        .count();
    let same_sources = roots == live.state.roots;
    let job = Job {
        mode: BuildMode::Incremental,
        index: &live.index,
        gen_dir: &live.dir,
        roots,
        given,
        given_unchanged,
        files,
        to_read: plan.to_read,
        known,
        deleted: plan.deleted,
        carried: plan.unchanged,
    };
    if job.to_read.is_empty() && job.deleted.is_empty() && same_sources {
        // Nothing changed: leave the index as it is.
        return Ok(BuildReport {
            mode: BuildMode::Incremental,
            changes: Changes {
                unchanged,
                ..Changes::default()
            },
            ..BuildReport::default()
        });
    }
    let mut report = job.run(options, progress)?;
    report.changes.unchanged += unchanged;
    Ok(report)
}

/// One build's work on one generation.
struct Job<'a> {
    mode: BuildMode,
    index: &'a Index,
    gen_dir: &'a Path,
    /// The sources the generation will hold, absolute.
    roots: Vec<String>,
    /// Per source, whether the build was given it (an index of other sources gains it).
    given: &'a [bool],
    /// Files of the sources given left as they are.
    given_unchanged: usize,
    files: &'a [CorpusFile],
    /// Files to read, with the hash the generation holds of each (if any).
    to_read: Vec<(usize, Option<u64>)>,
    /// Of `to_read`, the files the generation already holds, sorted.
    known: Vec<usize>,
    /// Articles whose files are gone.
    deleted: Vec<String>,
    /// States of the files left as they are.
    carried: Vec<FileState>,
}

/// A file read and turned into passage documents by a worker thread.
enum Prepared {
    /// The articles and their languages; their documents are made one at a time as
    /// they go to the writer, so a file of any size is held once, as text.
    Indexed {
        articles: Vec<Languaged>,
        /// Records of the file that were skipped, each with why.
        bad_records: Vec<corpus::SkipReason>,
        note: Option<corpus::ReadNote>,
        hash: Option<u64>,
    },
    Skipped {
        reason: corpus::SkipReason,
        note: Option<corpus::ReadNote>,
        hash: Option<u64>,
    },
    /// The same bytes as the generation holds (the file was only touched).
    Same { hash: u64 },
}

impl Job<'_> {
    fn run(
        self,
        options: &BuildOptions,
        progress: &dyn Progress,
    ) -> Result<BuildReport, IndexError> {
        analysis::register(self.index.tokenizers());
        let (_, fields) = schema();
        let bytes: u64 = self.to_read.iter().map(|&(i, _)| self.files[i].size).sum();
        let size = (self.files.len(), bytes);
        let mut writer = open_writer(self.index, options.memory_bytes, size, self.mode)?;
        let mut report = BuildReport {
            mode: self.mode,
            ..BuildReport::default()
        };
        for doc in &self.deleted {
            writer.delete_term(Term::from_field_text(fields.file, doc));
        }
        report.changes.deleted = self.deleted.len();

        let mut states = self.carried;
        states.reserve(self.to_read.len());
        let workers = workers();
        progress.start(self.to_read.len() as u64, bytes);
        let files = self.files;
        let known = &self.known;
        let given = self.given;
        let mut given_articles = 0;
        let result = feed::ordered(
            &self.to_read,
            workers,
            workers * WINDOW_PER_WORKER,
            |&(i, old_hash)| prepare(&files[i], old_hash),
            |n, prepared| {
                let (i, _) = self.to_read[n];
                let file = &files[i];
                let is_known = known.binary_search(&i).is_ok();
                progress.advance(file.size);
                if given[file.root]
                    && let Prepared::Indexed { articles, .. } = &prepared
                {
                    given_articles += articles.len();
                }
                record(
                    &writer,
                    &fields,
                    file,
                    is_known,
                    prepared,
                    &mut report,
                    &mut states,
                )
            },
        );
        progress.finish();
        result?;
        if given_articles == 0 && self.given_unchanged == 0 {
            // Nothing of the sources given: the writer goes uncommitted, the index stays
            // as it was.
            return Err(IndexError::EmptyCorpus {
                sources: String::new(),
                skipped: report.skipped,
            });
        }

        let name = state::new_name();
        report.sources = self.roots.clone();
        let corpus_state = CorpusState::new(SCHEMA_VERSION, self.roots, states);
        state::save(self.gen_dir, &name, &corpus_state)?;
        let mut commit = writer.prepare_commit()?;
        commit.set_payload(&name);
        commit.commit()?;
        writer.wait_merging_threads()?;
        state::remove_others(self.gen_dir, &name);
        report.skipped.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(report)
    }
}

/// An article with its language and each passage's, and its text fingerprint.
struct Languaged {
    article: Article,
    article_lang: Lang,
    passage_langs: Vec<Lang>,
    /// The people it names, read in the worker with the rest.
    people: People,
    fingerprint: Vec<u8>,
}

/// Worker threads reading files: one per core.
fn workers() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// An index writer within the memory budget: what `memory` leaves once the rest of the
/// build is counted (for a corpus of `files` files, `bytes` bytes), split among as many
/// indexing threads as there are cores (one for a small corpus), each with at least the
/// minimum that makes segments of a useful size (so a budget below about 160 MB can't be
/// kept).
///
/// A full build merges no segments: a merge reads whole segments through memory maps,
/// whose pages count as the process's memory, and the segments a full build writes are
/// already as large as the budget allows. An incremental build merges the small segments
/// that updates leave, never the large ones.
fn open_writer(
    index: &Index,
    memory: usize,
    (files, bytes): (usize, u64),
    mode: BuildMode,
) -> Result<IndexWriter, IndexError> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let overhead = FIXED_OVERHEAD.saturating_add(files.saturating_mul(PER_FILE_OVERHEAD));
    let arena = (memory / 100 * SAFE_PERCENT).saturating_sub(overhead) / FLUSH_PERCENT * 100;
    let wanted = if bytes < SMALL_CORPUS_BYTES {
        1
    } else {
        cores.min(8)
    };
    let threads = wanted.min(arena / MIN_THREAD_MEMORY).max(1);
    let per_thread = (arena / threads).max(MIN_THREAD_MEMORY);
    let options = IndexWriterOptions::builder()
        .num_worker_threads(threads)
        .memory_budget_per_thread(per_thread)
        .num_merge_threads(1)
        .build();
    let writer: IndexWriter = index.writer_with_options(options)?;
    match mode {
        BuildMode::Full => writer.set_merge_policy(Box::new(NoMergePolicy)),
        BuildMode::Incremental => {
            let mut policy = LogMergePolicy::default();
            policy.set_max_docs_before_merge(MAX_MERGED_DOCS);
            writer.set_merge_policy(Box::new(policy));
            // An update killed before its commit leaves files the live generation
            // doesn't use, such as a segment's deletes named by the very operation
            // stamp this update will reach: clear them first, or writing them fails
            // with "file already exists". Failing to clear is not fatal: the update
            // then says what it couldn't write.
            let _ = writer.garbage_collect_files().wait();
        }
    }
    Ok(writer)
}

/// Reads one file and makes its passage documents (in a worker thread).
fn prepare(file: &CorpusFile, old_hash: Option<u64>) -> Prepared {
    let read = corpus::read_file(file);
    if let (Some(hash), Some(old)) = (read.content_hash, old_hash)
        && hash == old
    {
        return Prepared::Same { hash };
    }
    match read.articles {
        Ok(articles) => Prepared::Indexed {
            articles: articles
                .into_iter()
                .map(|article| {
                    let texts: Vec<&str> =
                        article.passages.iter().map(|p| p.text.as_str()).collect();
                    // The passages split into words once, for people and for the word
                    // hashes (the language and the fingerprint).
                    let split = ParagraphWords::of(&texts);
                    let words = split.passage_words();
                    let (article_lang, passage_langs) = languages_of(&article, &texts, &words);
                    let people = people::recognise_split(&texts, &split);
                    // Here, in the reading threads, not in the writer's.
                    let fingerprint = fingerprint::fingerprint_of(words.all());
                    Languaged {
                        article,
                        article_lang,
                        passage_langs,
                        people,
                        fingerprint,
                    }
                })
                .collect(),
            bad_records: read.bad_records,
            note: read.note,
            hash: read.content_hash,
        },
        Err(reason) => Prepared::Skipped {
            reason,
            note: read.note,
            hash: read.content_hash,
        },
    }
}

/// The language of an article, judged on its first passages.
fn article_lang(article: &Article) -> Lang {
    let mut sample = String::new();
    for passage in &article.passages {
        if sample.len() >= language::ARTICLE_SAMPLE_BYTES {
            break;
        }
        if !sample.is_empty() {
            sample.push('\n');
        }
        sample.push_str(&passage.text);
    }
    language::detect(&sample)
}

/// The language a file declares (`id`, `in`, `fr-FR`, `en`), as one of cari's.
fn declared_lang(tag: &str) -> Lang {
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match primary.as_str() {
        "id" | "in" | "ind" => Lang::Id,
        "fr" | "fra" | "fre" => Lang::Fr,
        _ => Lang::Other,
    }
}

/// The language an article is indexed in: the one it declares, else detected on its
/// first passages.
pub fn article_language(article: &Article) -> Lang {
    match &article.lang {
        Some(tag) => declared_lang(tag),
        None => article_lang(article),
    }
}

/// The article's language and each passage's.
pub(crate) fn languages(article: &Article) -> (Lang, Vec<Lang>) {
    let texts: Vec<&str> = article.passages.iter().map(|p| p.text.as_str()).collect();
    languages_of(article, &texts, &PassageWords::of(texts.iter().copied()))
}

/// `languages`, told the texts of the article's passages and their word hashes.
fn languages_of(article: &Article, texts: &[&str], words: &PassageWords) -> (Lang, Vec<Lang>) {
    let article_lang = match &article.lang {
        Some(tag) => declared_lang(tag),
        None => language::detect_article(texts, words),
    };
    let langs = texts
        .iter()
        .enumerate()
        .map(|(i, text)| language::detect_passage_hashed(text, words.passage(i), article_lang))
        .collect();
    (article_lang, langs)
}

/// The values of an article's fields that every passage's document holds.
struct ArticleValues<'a> {
    /// Its date as a point in time, when it has one.
    published: Option<DateTime>,
    /// Its key in the `article` fast field.
    key: u64,
    /// Its text fingerprint (empty when too short for one).
    fingerprint: &'a [u8],
}

/// The document of one passage: its text in the field of its language. The article's
/// title is stored with every passage, and indexed with the first only (in the same
/// field, after the passage's text), so a word of the headline finds the article
/// without paying for the title once per passage (that cost a seventh of the build).
fn passage_doc(
    fields: &Fields,
    file: &str,
    article: &Article,
    shared: &ArticleValues,
    passage: &Passage,
    passage_lang: Lang,
) -> TantivyDocument {
    // Room for what is added below (the text twice: stored, and indexed in its
    // language's field), so that the document grows once, not two or three times.
    let room = 2 * (passage.text.len() + article.title.len())
        + article.doc.len()
        + file.len()
        + article.url.as_ref().map_or(0, String::len)
        + 256;
    let mut doc = TantivyDocument::with_capacity(room);
    doc.add_text(fields.doc, &article.doc);
    doc.add_text(fields.file, file);
    doc.add_text(fields.title, &article.title);
    if let Some(date) = &article.date {
        doc.add_text(fields.date, date);
    }
    if let Some(value) = shared.published {
        doc.add_date(fields.published, value);
    }
    if let Some(source) = &article.source {
        doc.add_text(fields.source, source);
    }
    if let Some(url) = &article.url {
        doc.add_text(fields.url, url);
    }
    for author in &article.authors {
        doc.add_text(fields.authors, author);
    }
    doc.add_text(fields.lang, passage_lang.code());
    doc.add_u64(fields.passage, passage.ordinal as u64);
    doc.add_u64(fields.article, shared.key);
    if !shared.fingerprint.is_empty() {
        doc.add_bytes(fields.fingerprint, shared.fingerprint);
    }
    doc.add_text(fields.text, &passage.text);
    let body = fields.body(AnalyzerKind::from(passage_lang));
    doc.add_text(body, &passage.text);
    if passage.ordinal == 0 {
        doc.add_text(body, &article.title);
    }
    doc
}

/// The people a passage names and the speakers of the quotations opening in it.
fn add_people(doc: &mut TantivyDocument, fields: &Fields, people: &People, paragraph: usize) {
    // Mentions and quotations are in paragraph order.
    let from = people.mentions.partition_point(|m| m.paragraph < paragraph);
    for mention in people.mentions[from..]
        .iter()
        .take_while(|m| m.paragraph == paragraph)
    {
        if mention.written == mention.name {
            doc.add_text(fields.people, &mention.name);
        } else {
            doc.add_text(
                fields.people,
                format!("{}\t{}", mention.name, mention.written),
            );
        }
    }
    let from = people.quotations.partition_point(|(p, _)| *p < paragraph);
    for (_, speaker) in people.quotations[from..]
        .iter()
        .take_while(|(p, _)| *p == paragraph)
    {
        doc.add_text(fields.quoted, speaker);
    }
}

/// Hands a prepared file to the writer (replacing what the generation held of it) and
/// records it in the report and the new state.
fn record(
    writer: &IndexWriter,
    fields: &Fields,
    file: &CorpusFile,
    is_known: bool,
    prepared: Prepared,
    report: &mut BuildReport,
    states: &mut Vec<FileState>,
) -> Result<(), IndexError> {
    let (note, hash) = match prepared {
        Prepared::Same { hash } => {
            report.changes.unchanged += 1;
            report.files_read += 1;
            report.bytes_read += file.size;
            states.push(FileState::new(file, Some(hash)));
            return Ok(());
        }
        Prepared::Indexed {
            articles,
            bad_records,
            note,
            hash,
        } => {
            if is_known {
                writer.delete_term(Term::from_field_text(fields.file, &file.doc));
            }
            for languaged in articles {
                let article = &languaged.article;
                report.articles += 1;
                report
                    .per_lang
                    .entry(languaged.article_lang)
                    .or_default()
                    .articles += 1;
                // What every passage of the article repeats, worked out once.
                let shared = ArticleValues {
                    published: article.date.as_deref().and_then(date_value),
                    key: article_key(&article.doc),
                    fingerprint: &languaged.fingerprint,
                };
                for (passage, &lang) in article.passages.iter().zip(&languaged.passage_langs) {
                    report.per_lang.entry(lang).or_default().passages += 1;
                    let mut doc = passage_doc(fields, &file.doc, article, &shared, passage, lang);
                    add_people(&mut doc, fields, &languaged.people, passage.ordinal);
                    writer.add_document(doc)?;
                }
            }
            for reason in bad_records {
                report.skipped.push(corpus::Skipped {
                    path: file.path.clone(),
                    reason,
                });
            }
            (note, hash)
        }
        Prepared::Skipped { reason, note, hash } => {
            if is_known {
                writer.delete_term(Term::from_field_text(fields.file, &file.doc));
            }
            report.skipped.push(corpus::Skipped {
                path: file.path.clone(),
                reason,
            });
            (note, hash)
        }
    };
    if is_known {
        report.changes.changed += 1;
    } else {
        report.changes.added += 1;
    }
    report.files_read += 1;
    report.bytes_read += file.size;
    if let Some(note) = note {
        report.notes.push(corpus::Note {
            path: file.path.clone(),
            note,
        });
    }
    // A file that couldn't be read has no hash: it is tried again next time.
    if hash.is_some() {
        states.push(FileState::new(file, hash));
    }
    Ok(())
}
