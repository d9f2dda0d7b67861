//! Reading sources (folders and files) into articles: listing the files (`walk`),
//! telling each one's format (`format`, gzip included), and one reader per format:
//! plain text (`text`), Markdown (`markdown`), HTML pages (`html`), JSON Lines and JSON
//! records (`jsonl`). Decoding bytes into text is `decode`'s job; cutting text into
//! paragraphs and passages of a sane length, `passages`'; reading a written date,
//! `date`'s.
//!
//! `list_files` / `list_sources` stat each file (size and modification time, what an
//! incremental build compares); `read_file` reads and parses one file into its
//! articles (one, or one per record), so a build can stream a corpus of any size;
//! `read_corpus` reads a whole folder into memory.
//!
//! A file that can't be an article is skipped with its reason, and never stops the
//! others: an empty or binary file, one that can't be read, a link that leads nowhere or
//! round in a loop, a file of a format cari doesn't read. A bad record of a JSON Lines
//! file is skipped with its line number, and the others are read. Hidden files and
//! folders (named with a leading `.`) are passed over silently.

pub(crate) mod date;
pub(crate) mod decode;
pub(crate) mod format;
pub mod html;
pub(crate) mod jsonl;
pub(crate) mod markdown;
pub(crate) mod passages;
pub(crate) mod text;
mod walk;

pub use decode::ReadNote;
pub use passages::MAX_PASSAGE_BYTES;

use std::fs;
use std::path::{Path, PathBuf};

pub use format::Format;
pub use text::{has_content, parse_article};

/// One paragraph of an article, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    /// 0-based position among the article's passages.
    pub ordinal: usize,
    /// The paragraph, as written.
    pub text: String,
}

/// An article read from a file (a whole file, or one record of it).
#[derive(Debug, Clone, Default)]
pub struct Article {
    /// Its name in results: the file's path relative to its source, `/`-separated; for a
    /// record of a JSON Lines file, `FILE#ID` or `FILE#LINE` (see `jsonl`).
    pub doc: String,
    /// The headline, or the first sentence of an article without one.
    pub title: String,
    /// ISO 8601 (`2024-02-29`, `2024-02-29T10:30:00+07:00`, or only `2024-02`).
    pub date: Option<String>,
    /// The site it comes from (`Kompas.com`, `www.lemonde.fr`), when the file says.
    pub source: Option<String>,
    /// Its address on the web, when the file says.
    pub url: Option<String>,
    /// Its authors, when the file names them.
    pub authors: Vec<String>,
    /// The language the file declares (`id`, `fr-FR`), as written; detection decides
    /// when there is none.
    pub lang: Option<String>,
    /// The paragraphs after the headline, in order.
    pub passages: Vec<Passage>,
}

impl Article {
    /// An article with its name, title and passages, and no metadata.
    pub fn new(doc: &str, title: String, passages: Vec<Passage>) -> Article {
        Article {
            doc: doc.to_string(),
            title,
            passages,
            ..Article::default()
        }
    }
}

/// A file (or a record of one) that was not indexed, and why.
#[derive(Debug, Clone)]
pub struct Skipped {
    /// The file.
    pub path: PathBuf,
    /// Why it was skipped.
    pub reason: SkipReason,
}

/// Why a file, or a record of it, was not indexed. Its `Display` is what the build
/// summary says of it; `kind` is what the summary counts it under.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SkipReason {
    /// A folder could not be listed.
    #[error("cannot list folder: {0}")]
    CannotList(String),
    /// A file could not be read.
    #[error("unreadable: {0}")]
    Unreadable(String),
    /// A symbolic link to nothing, or round in a loop.
    #[error("broken or looping symbolic link")]
    BrokenLink,
    /// A folder reached a second time (through a link).
    #[error("folder already read (a symbolic link loop, or a second link to it)")]
    FolderSeen,
    #[error(
        "not a format cari reads ({0}): text, Markdown, HTML, JSON Lines, JSON, or any of them .gz"
    )]
    /// An extension cari doesn't read.
    Unsupported(String),
    /// A named pipe, a device.
    #[error("not a regular file")]
    NotRegular,
    /// A folder holding a cari index.
    #[error("a cari index, not articles")]
    IndexFolder,
    /// Empty or binary.
    #[error(transparent)]
    NotText(#[from] decode::NotText),
    /// Nothing with content of its own.
    #[error("no passage with content")]
    NoContent,
    /// A `.gz` file that can't be decompressed.
    #[error("gzip: {0}")]
    Gzip(#[from] format::GzipError),
    /// A `.json` file that isn't JSON.
    #[error("not JSON: {0}")]
    BadJson(String),
    /// A record of a JSON Lines (or JSON) file that isn't an article.
    #[error("record on line {line}: {why}")]
    BadRecord {
        /// Its line (or position in a JSON array), from 1.
        line: usize,
        /// What is wrong with it.
        why: String,
    },
    /// Two sources hold a file of the same name.
    #[error("same name as a file of the source {0}")]
    SameName(String),
}

impl SkipReason {
    /// The reason without its detail (`unreadable`, not `unreadable: permission
    /// denied`), to count files by.
    pub fn kind(&self) -> &'static str {
        match self {
            SkipReason::CannotList(_) => "cannot list folder",
            SkipReason::Unreadable(_) => "unreadable",
            SkipReason::BrokenLink => "broken or looping symbolic link",
            SkipReason::FolderSeen => "folder already read",
            SkipReason::Unsupported(_) => "not a format cari reads",
            SkipReason::NotRegular => "not a regular file",
            SkipReason::IndexFolder => "a cari index",
            SkipReason::NotText(decode::NotText::Binary) => "binary file",
            SkipReason::NotText(decode::NotText::Empty) => "empty file",
            SkipReason::NoContent => "no passage with content",
            SkipReason::Gzip(_) => "damaged gzip",
            SkipReason::BadJson(_) => "not JSON",
            SkipReason::BadRecord { .. } => "bad record",
            SkipReason::SameName(_) => "same name in two sources",
        }
    }
}

/// Something worth telling the user about a file that was indexed anyway.
#[derive(Debug, Clone)]
pub struct Note {
    /// The file.
    pub path: PathBuf,
    /// What to tell.
    pub note: ReadNote,
}

/// Everything read from a corpus folder.
#[derive(Debug, Default)]
pub struct Corpus {
    /// The articles read.
    pub articles: Vec<Article>,
    /// What was not read, and why.
    pub skipped: Vec<Skipped>,
    /// What is worth telling about files read.
    pub notes: Vec<Note>,
}

#[derive(Debug, thiserror::Error)]
/// Why a corpus couldn't be read at all.
pub enum CorpusError {
    /// The source itself can't be read.
    #[error("cannot read corpus folder {path}")]
    Root {
        /// The source.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// A file of the corpus, as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusFile {
    /// The file.
    pub path: PathBuf,
    /// Path relative to its source, `/`-separated: the article's `doc` (a record's
    /// starts with it).
    pub doc: String,
    /// Size in bytes when listed.
    pub size: u64,
    /// Modification time when listed, in nanoseconds since the Unix epoch (0 if unknown).
    pub modified_ns: u64,
    /// Which of the sources listed holds it (its position among them).
    pub root: usize,
}

/// The files of a corpus, in `doc` order, and what could not be listed.
#[derive(Debug, Default)]
pub struct Listing {
    /// The files, in `doc` order.
    pub files: Vec<CorpusFile>,
    /// What was not read, and why.
    pub skipped: Vec<Skipped>,
}

impl Listing {
    /// Total size of the files, in bytes.
    pub fn bytes(&self) -> u64 {
        self.files.iter().map(|f| f.size).sum()
    }
}

/// One file read: its articles, or why it holds none.
#[derive(Debug)]
pub struct FileRead {
    /// The file's articles (one, or one per good record), or why the file was skipped.
    pub articles: Result<Vec<Article>, SkipReason>,
    /// Records of the file that were skipped (a bad line of JSON Lines), each with why.
    pub bad_records: Vec<SkipReason>,
    /// Something worth telling about how it was read.
    pub note: Option<ReadNote>,
    /// A hash of the file's bytes (FNV-1a, 64 bits), to tell a rewritten file from a
    /// touched one; `None` when the file couldn't be read.
    pub content_hash: Option<u64>,
}

/// Lists every file cari reads under the folder `root`, recursively, sorted by `doc`.
pub fn list_files(root: &Path) -> Result<Listing, CorpusError> {
    let meta = fs::metadata(root).map_err(|source| CorpusError::Root {
        path: root.to_path_buf(),
        source,
    })?;
    if !meta.is_dir() {
        return Err(CorpusError::Root {
            path: root.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a directory"),
        });
    }
    walk::list(&[root.to_path_buf()])
}

/// Lists every file cari reads in the sources `roots` (folders, walked recursively, or
/// single files), sorted by `doc` (see `walk` for how files of several sources are
/// named).
pub fn list_sources(roots: &[PathBuf]) -> Result<Listing, CorpusError> {
    walk::list(roots)
}

/// Reads and parses one listed file.
pub fn read_file(file: &CorpusFile) -> FileRead {
    let bytes = match read_bytes(&file.path) {
        Ok(bytes) => bytes,
        Err(reason) => {
            return FileRead {
                articles: Err(reason),
                bad_records: Vec::new(),
                note: None,
                content_hash: None,
            };
        }
    };
    let content_hash = Some(fnv1a(&bytes));
    let mut read = parse_bytes(&file.path, &file.doc, bytes);
    read.content_hash = content_hash;
    read
}

/// The articles of a file's bytes, `path` telling its format and `doc` naming them.
pub fn parse_bytes(path: &Path, doc: &str, bytes: Vec<u8>) -> FileRead {
    let mut read = FileRead {
        articles: Err(SkipReason::NoContent),
        bad_records: Vec::new(),
        note: None,
        content_hash: None,
    };
    let (named, gzip) = match format::by_name(path) {
        format::Named::Known { format, gzip } => (format, gzip),
        format::Named::Unsupported => {
            read.articles = Err(SkipReason::Unsupported(
                path.extension()
                    .map(|e| format!(".{}", e.to_string_lossy()))
                    .unwrap_or_default(),
            ));
            return read;
        }
    };
    let bytes = if gzip {
        match format::gunzip(&bytes) {
            Ok(inner) => inner,
            Err(err) => {
                read.articles = Err(err.into());
                return read;
            }
        }
    } else {
        bytes
    };
    let format = named.unwrap_or_else(|| format::by_content(&bytes));
    if format == Format::Html {
        read.articles = html_article(doc, &bytes).map(|a| vec![a]);
        return read;
    }
    let text = match decode_owned(bytes) {
        Ok((text, note)) => {
            read.note = note;
            text
        }
        Err(reason) => {
            read.articles = Err(SkipReason::NotText(reason));
            return read;
        }
    };
    let records = match format {
        Format::Text => vec![Ok(text::parse_article(doc, &text))],
        Format::Markdown => vec![Ok(markdown::parse_article(doc, &text))],
        Format::JsonLines => jsonl::parse_lines(doc, &text),
        Format::Json => match jsonl::parse_json(doc, &text) {
            Ok(records) => records,
            Err(reason) => {
                read.articles = Err(reason);
                return read;
            }
        },
        Format::Html => unreachable!("read above"),
    };
    let mut articles = Vec::with_capacity(records.len());
    for record in records {
        match record {
            Ok(article) if !article.passages.is_empty() => articles.push(article),
            Ok(_) => {}
            Err(reason) => read.bad_records.push(reason),
        }
    }
    read.articles = if articles.is_empty() && read.bad_records.is_empty() {
        Err(SkipReason::NoContent)
    } else {
        Ok(articles)
    };
    read
}

/// The article of an HTML page: its paragraphs as passages, its metadata as it gives
/// them.
fn html_article(doc: &str, bytes: &[u8]) -> Result<Article, SkipReason> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(SkipReason::NotText(decode::NotText::Empty));
    }
    let mut page = html::extract(bytes);
    // The page's headline, said again as its first paragraph, is its title only.
    if let (Some(title), Some(first)) = (&page.title, page.paragraphs.first())
        && title.trim() == first.trim()
    {
        page.paragraphs.remove(0);
    }
    let passages = text::passages_of(page.paragraphs);
    if passages.is_empty() {
        return Err(SkipReason::NoContent);
    }
    let title = page
        .title
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| text::title_from_text(&passages[0].text));
    Ok(Article {
        date: page.date,
        source: page.site,
        url: page.url,
        authors: page.authors,
        lang: page.lang,
        ..Article::new(doc, title, passages)
    })
}

/// FNV-1a, 64 bits: stable across platforms and releases, fast enough beside parsing.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Reads every file cari reads under `root`, recursively, in path order. A file that
/// can't be read is recorded in `skipped`; it never stops the others.
pub fn read_corpus(root: &Path) -> Result<Corpus, CorpusError> {
    let listing = list_files(root)?;
    let mut corpus = Corpus {
        skipped: listing.skipped,
        ..Corpus::default()
    };
    for file in listing.files {
        let read = read_file(&file);
        if let Some(note) = read.note {
            corpus.notes.push(Note {
                path: file.path.clone(),
                note,
            });
        }
        for reason in read.bad_records {
            corpus.skipped.push(Skipped {
                path: file.path.clone(),
                reason,
            });
        }
        match read.articles {
            Ok(articles) => corpus.articles.extend(articles),
            Err(reason) => corpus.skipped.push(Skipped {
                path: file.path,
                reason,
            }),
        }
    }
    Ok(corpus)
}

/// Reads a file. Only a regular file is opened (a named pipe would block the read
/// forever).
fn read_bytes(path: &Path) -> Result<Vec<u8>, SkipReason> {
    let meta = fs::metadata(path).map_err(|err| unreadable(&err))?;
    if !meta.is_file() {
        return Err(SkipReason::NotRegular);
    }
    fs::read(path).map_err(|err| unreadable(&err))
}

/// The reason given for a file that can't be read.
fn unreadable(err: &std::io::Error) -> SkipReason {
    use std::io::ErrorKind;
    SkipReason::Unreadable(match err.kind() {
        ErrorKind::PermissionDenied | ErrorKind::NotFound | ErrorKind::IsADirectory => {
            err.kind().to_string()
        }
        _ => err.to_string(),
    })
}

/// Decodes file contents (see `decode`); the note says when the text was not UTF-8.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<ReadNote>), decode::NotText> {
    decode_owned(bytes.to_vec())
}

/// `decode`, without copying the bytes of a UTF-8 file.
pub fn decode_owned(bytes: Vec<u8>) -> Result<(String, Option<ReadNote>), decode::NotText> {
    decode::decode_owned(bytes).map(|(text, how)| (text, how.note()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding() {
        assert_eq!(decode(b"\xEF\xBB\xBFhalo dunia").unwrap().0, "halo dunia");
        let (latin1, note) = decode(b"caf\xe9 cr\xe8me").unwrap();
        assert_eq!(latin1, "café crème");
        assert!(note.is_some());
        assert!(decode(b"\x89PNG\r\n\x1a\n\0\0").is_err());
        assert!(decode(b"  \n\t ").is_err());
    }
}
