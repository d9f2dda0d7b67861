//! Reading a corpus folder into articles: files, text decoding, headline, date and
//! passages.
//!
//! `list_files` walks the folder and stats each file (size and modification time, what
//! an incremental build compares); `read_file` reads and parses one file, so a build can
//! stream a corpus of any size; `read_corpus` reads a whole folder into memory.
//!
//! An article file is plain text. Its first paragraph is the headline when it reads
//! like one (short, no closing punctuation); a leading `date YYYY-MM[-DD]` is the
//! article's date; paragraphs are separated by blank lines, or by single newlines in a
//! file that has no blank lines. Lines with no content of their own (a "BACA JUGA:"
//! label, a lone byline, a one-word section label) are not passages, unless the file
//! has nothing else. Decoding the bytes is `decode`'s job; cutting the text into
//! paragraphs and passages of a sane length, `passages`'.
//!
//! A file that can't be an article is skipped with its reason, and never stops the
//! others: an empty or binary file, one that can't be read, a link that leads nowhere or
//! round in a loop, anything that isn't a regular `.txt` file. Hidden files and folders
//! (named with a leading `.`) are passed over silently.

pub(crate) mod decode;
pub(crate) mod passages;

pub use passages::MAX_PASSAGE_BYTES;

use std::borrow::Cow;
use std::fs;
use std::path::{Path, PathBuf};

/// One paragraph of an article, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    /// 0-based position among the article's passages.
    pub ordinal: usize,
    /// The paragraph, as written.
    pub text: String,
}

/// An article read from one file.
#[derive(Debug, Clone)]
pub struct Article {
    /// Path relative to the corpus root, `/`-separated.
    pub doc: String,
    /// The headline (the first paragraph of a text file).
    pub title: String,
    /// Publication date (ISO 8601), when known.
    pub date: Option<String>,
    /// The paragraphs after the headline, in order.
    pub passages: Vec<Passage>,
}

/// A file that was not indexed, and why.
#[derive(Debug, Clone)]
pub struct Skipped {
    /// The file.
    pub path: PathBuf,
    /// Why it was skipped.
    pub reason: SkipReason,
}

/// Why a file was not indexed. Its `Display` is what the build summary says of it;
/// `kind` is what the summary counts it under.
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
    /// A symbolic link to a folder (not followed).
    #[error("symbolic link to a folder, not followed")]
    LinkToFolder,
    /// A file of a kind that isn't read.
    #[error("not a .txt file")]
    NotTxt,
    /// A named pipe, a socket, a device.
    #[error("not a regular file")]
    NotRegular,
    /// Empty, or binary.
    #[error(transparent)]
    NotText(#[from] decode::NotText),
    /// Text, but no passage worth indexing.
    #[error("no passage with content")]
    NoContent,
}

impl SkipReason {
    /// The reason without its detail (`unreadable`, not `unreadable: permission
    /// denied`), to count files by.
    pub fn kind(&self) -> &'static str {
        match self {
            SkipReason::CannotList(_) => "cannot list folder",
            SkipReason::Unreadable(_) => "unreadable",
            SkipReason::BrokenLink => "broken or looping symbolic link",
            SkipReason::LinkToFolder => "symbolic link to a folder, not followed",
            SkipReason::NotTxt => "not a .txt file",
            SkipReason::NotRegular => "not a regular file",
            SkipReason::NotText(decode::NotText::Binary) => "binary file",
            SkipReason::NotText(decode::NotText::Empty) => "empty file",
            SkipReason::NoContent => "no passage with content",
        }
    }
}

/// Something worth telling the user about a file that was indexed anyway.
#[derive(Debug, Clone)]
pub struct Note {
    /// The file.
    pub path: PathBuf,
    /// What was unusual (how its bytes were decoded, a paragraph cut).
    pub note: String,
}

/// Everything read from a corpus folder.
#[derive(Debug, Default)]
pub struct Corpus {
    /// The articles read, in `doc` order.
    pub articles: Vec<Article>,
    /// The files skipped, with why.
    pub skipped: Vec<Skipped>,
    /// Notes on files read in an unusual way.
    pub notes: Vec<Note>,
}

/// Why a corpus can't be read at all.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// The corpus folder itself can't be read.
    #[error("cannot read corpus folder {path}")]
    Root {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// A file of the corpus, as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusFile {
    /// The file as found on disk.
    pub path: PathBuf,
    /// Path relative to the corpus root, `/`-separated: the article's `doc`.
    pub doc: String,
    /// Size in bytes when listed.
    pub size: u64,
    /// Modification time when listed, in nanoseconds since the Unix epoch (0 if unknown).
    pub modified_ns: u64,
}

/// The `.txt` files under a corpus folder, in `doc` order, and what could not be listed.
#[derive(Debug, Default)]
pub struct Listing {
    /// The files to read, in `doc` order.
    pub files: Vec<CorpusFile>,
    /// What could not be listed.
    pub skipped: Vec<Skipped>,
}

impl Listing {
    /// Total size of the files, in bytes.
    pub fn bytes(&self) -> u64 {
        self.files.iter().map(|f| f.size).sum()
    }
}

/// One file read: its article, or why it isn't one.
#[derive(Debug)]
pub struct FileRead {
    /// The article, or why the file was skipped.
    pub article: Result<Article, SkipReason>,
    /// What was unusual about the file, if anything.
    pub note: Option<String>,
    /// A hash of the file's bytes (FNV-1a, 64 bits), to tell a rewritten file from a
    /// touched one; `None` when the file couldn't be read.
    pub content_hash: Option<u64>,
}

/// Lists every `.txt` file under `root`, recursively, sorted by `doc`.
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
    let mut listing = Listing::default();
    collect_files(root, root, &mut listing.files, &mut listing.skipped);
    listing.files.sort_by(|a, b| a.doc.cmp(&b.doc));
    // A listing lives as long as the build: don't keep the room it grew into.
    listing.files.shrink_to_fit();
    Ok(listing)
}

fn modified_ns(meta: &fs::Metadata) -> u64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

/// Reads and parses one listed file.
pub fn read_file(file: &CorpusFile) -> FileRead {
    let bytes = match read_bytes(&file.path) {
        Ok(bytes) => bytes,
        Err(reason) => {
            return FileRead {
                article: Err(reason),
                note: None,
                content_hash: None,
            };
        }
    };
    let content_hash = Some(fnv1a(&bytes));
    let (article, note) = match decode_owned(bytes) {
        Ok((text, note)) => {
            let article = parse_article(&file.doc, &text);
            if article.passages.is_empty() {
                (Err(SkipReason::NoContent), note)
            } else {
                (Ok(article), note)
            }
        }
        Err(reason) => (Err(SkipReason::NotText(reason)), None),
    };
    FileRead {
        article,
        note,
        content_hash,
    }
}

/// FNV-1a, 64 bits: stable across platforms and releases, fast enough beside parsing.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Reads every `.txt` file under `root`, recursively, in path order. A file that can't
/// be read is recorded in `skipped`; it never stops the others.
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
        match read.article {
            Ok(article) => corpus.articles.push(article),
            Err(reason) => corpus.skipped.push(Skipped {
                path: file.path,
                reason,
            }),
        }
    }
    Ok(corpus)
}

fn relative_name(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Walks `dir` for `.txt` files. Symbolic links to files are read; links to folders
/// are not followed (so a loop of links can't trap the walk), and are noted. Everything
/// else that isn't a regular `.txt` file is noted as skipped.
fn collect_files(root: &Path, dir: &Path, files: &mut Vec<CorpusFile>, skipped: &mut Vec<Skipped>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            skipped.push(Skipped {
                path: dir.to_path_buf(),
                reason: SkipReason::CannotList(err.to_string()),
            });
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                skipped.push(Skipped {
                    path: dir.to_path_buf(),
                    reason: SkipReason::CannotList(err.to_string()),
                });
                continue;
            }
        };
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let file_type = match entry.file_type() {
            Ok(file_type) => file_type,
            Err(err) => {
                skipped.push(Skipped {
                    reason: unreadable(&err),
                    path,
                });
                continue;
            }
        };
        if file_type.is_dir() {
            collect_files(root, &path, files, skipped);
            continue;
        }
        // What a link points to; the entry itself otherwise.
        let meta = if file_type.is_symlink() {
            fs::metadata(&path)
        } else {
            entry.metadata()
        };
        let reason = match meta {
            Err(_) if file_type.is_symlink() => SkipReason::BrokenLink,
            Err(err) => unreadable(&err),
            Ok(meta) if meta.is_dir() => SkipReason::LinkToFolder,
            Ok(_) if !is_txt(&path) => SkipReason::NotTxt,
            Ok(meta) if !meta.is_file() => SkipReason::NotRegular,
            Ok(meta) => {
                files.push(CorpusFile {
                    doc: relative_name(root, &path),
                    size: meta.len(),
                    modified_ns: modified_ns(&meta),
                    path,
                });
                continue;
            }
        };
        skipped.push(Skipped { path, reason });
    }
}

fn is_txt(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
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
pub fn decode(bytes: &[u8]) -> Result<(String, Option<String>), decode::NotText> {
    decode_owned(bytes.to_vec())
}

/// `decode`, without copying the bytes of a UTF-8 file.
pub fn decode_owned(bytes: Vec<u8>) -> Result<(String, Option<String>), decode::NotText> {
    decode::decode_owned(bytes).map(|(text, how)| (text, how.note()))
}

/// Splits an article's text into headline, date and passages.
pub fn parse_article(doc: &str, text: &str) -> Article {
    let mut paragraphs = passages::paragraphs(text);

    let mut date = None;
    if let Some(first) = paragraphs.first_mut()
        && let Some((found, rest)) = leading_date(first)
    {
        date = Some(found);
        *first = Cow::Owned(rest);
    }
    paragraphs.retain(|p| !p.is_empty());

    let mut title = None;
    if let Some(first) = paragraphs.first()
        && paragraphs.len() > 1
        && is_headline(first)
    {
        let headline = paragraphs.remove(0);
        // Some sources print the headline twice.
        if paragraphs.first() == Some(&headline) {
            paragraphs.remove(0);
        }
        title = Some(headline.into_owned());
    }

    // A file of nothing but a label or a word is still what it says.
    let any_content = paragraphs.iter().any(|p| has_content(p));
    let mut texts = Vec::with_capacity(paragraphs.len());
    for paragraph in paragraphs {
        if has_content(&paragraph) || (!any_content && word_count(&paragraph, 1) > 0) {
            passages::cap_length(&paragraph, &mut texts);
        }
    }
    let passages: Vec<Passage> = texts
        .into_iter()
        .enumerate()
        .map(|(ordinal, text)| Passage { ordinal, text })
        .collect();
    let title = title.unwrap_or_else(|| {
        passages
            .first()
            .map(|p| title_from_text(&p.text))
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| doc.to_string())
    });
    Article {
        doc: doc.to_string(),
        title,
        date,
        passages,
    }
}

/// `date 2024-02 rest…` → ("2024-02", "rest…").
fn leading_date(paragraph: &str) -> Option<(String, String)> {
    let rest = paragraph.trim_start().strip_prefix("date ")?;
    let rest = rest.trim_start();
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '-'))
        .unwrap_or(rest.len());
    let date = &rest[..end];
    if date.len() < 4 || !date.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some((date.to_string(), rest[end..].trim().to_string()))
}

/// The words of `text` (runs without spaces holding a letter or digit), counted up to
/// `max`: callers only ask whether a paragraph has a few, and passages can be long.
fn word_count(text: &str, max: usize) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(max)
        .count()
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', '!', '?', '"', '”', '»', '…', ';', ')'])
}

/// A headline is short and doesn't end like a sentence.
fn is_headline(paragraph: &str) -> bool {
    let words = word_count(paragraph, 26);
    (2..=25).contains(&words) && !ends_sentence(paragraph) && !paragraph.ends_with(':')
}

/// Whether a paragraph says something of its own. Labels ("BACA JUGA:", "Sumber",
/// "Internasional") and bylines ("Putri Aulia Maharani") are a few words with no
/// sentence punctuation.
pub fn has_content(paragraph: &str) -> bool {
    let words = word_count(paragraph, 5);
    if words == 0 {
        return false;
    }
    if paragraph.trim_end().ends_with(':') && words <= 4 {
        return false;
    }
    words >= 4 || ends_sentence(paragraph)
}

/// A title for an article without a headline: its first sentence, cut to a dozen words.
fn title_from_text(text: &str) -> String {
    const MAX_WORDS: usize = 12;
    let sentence_end = text
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?') && text[i + c.len_utf8()..].starts_with(' ') && i > 20
        })
        .map(|(i, _)| i)
        .unwrap_or(text.len());
    let sentence = text[..sentence_end]
        .trim_matches(|c: char| c == '"' || c == '“' || c == '”' || c.is_whitespace());
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if words.len() > MAX_WORDS {
        format!("{}…", words[..MAX_WORDS].join(" "))
    } else {
        words.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_blank_lines_and_labels() {
        let text = "Visi untuk Masa Depan\n\nVisi untuk Masa Depan\n\nZuckerberg bertemu Huang di Denver.\n\nBACA JUGA:\n\nHuang memberi jaket kulit kepada Zuckerberg.\n\nPutri Aulia Maharani\n\nInternasional\n";
        let article = parse_article("a.txt", text);
        assert_eq!(article.title, "Visi untuk Masa Depan");
        let texts: Vec<&str> = article.passages.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Zuckerberg bertemu Huang di Denver.",
                "Huang memberi jaket kulit kepada Zuckerberg."
            ]
        );
        assert_eq!(article.passages[1].ordinal, 1);
    }

    #[test]
    fn single_newlines_separate_paragraphs_when_there_is_no_blank_line() {
        let text = "Judul Berita Hari Ini\nKalimat pertama yang cukup panjang.\nKalimat kedua yang cukup panjang.\nSumber";
        let article = parse_article("b.txt", text);
        assert_eq!(article.title, "Judul Berita Hari Ini");
        assert_eq!(article.passages.len(), 2);
    }

    #[test]
    fn leading_date_is_not_text() {
        let text = " date 2024-02 \"Nous avons eu une conversation productive\", a expliqué le patron de Meta.\n\nAlors qu'il effectue une tournée en Asie, il a parlé.";
        let article = parse_article("c.txt", text);
        assert_eq!(article.date.as_deref(), Some("2024-02"));
        assert!(article.passages[0].text.starts_with("\"Nous avons"));
        assert!(!article.title.contains("date"));
    }

    #[test]
    fn a_file_of_one_word_is_that_word_and_one_of_punctuation_is_nothing() {
        let article = parse_article("a.txt", "Zuckerberg\n");
        assert_eq!(article.title, "Zuckerberg");
        assert_eq!(article.passages[0].text, "Zuckerberg");
        let article = parse_article("b.txt", "BACA JUGA:\n\nSumber");
        assert_eq!(article.passages.len(), 2);
        let article = parse_article("c.txt", "“\n\n—");
        assert!(article.passages.is_empty());
        let article = parse_article("d.txt", "\"!\"");
        assert_eq!(article.title, "d.txt");
    }

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
