//! Which reader a file goes to, told by its name and its first bytes, and gzip.
//!
//! The extension decides when it is one cari reads (`.txt`, `.md`, `.html`, `.jsonl`…);
//! a file without one is read as HTML when it starts like a page, else as text; a
//! `.gz` file is decompressed first and its inner name (`news.jsonl.gz`) or, without
//! one, its content decides. Any other extension (`.pdf`, `.png`) is not read.

use std::io::Read;
use std::path::Path;

/// The formats cari reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// A web page.
    Html,
    /// One JSON object per line.
    JsonLines,
    /// One JSON object, or an array of them.
    Json,
}

impl Format {
    /// The format an extension names (lower case, without the dot).
    fn of_extension(ext: &str) -> Option<Format> {
        Some(match ext {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            "jsonl" | "ndjson" => Format::JsonLines,
            "json" => Format::Json,
            _ => return None,
        })
    }

    /// Its name, as `cari extract` and the summary say it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "Markdown",
            Format::Html => "HTML",
            Format::JsonLines => "JSON Lines",
            Format::Json => "JSON",
        }
    }
}

/// What a file's name says of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Named {
    /// A format cari reads; `gzip` when it is compressed.
    Known { format: Option<Format>, gzip: bool },
    /// An extension cari doesn't read.
    Unsupported,
}

/// What `path`'s name says: `a.txt` text, `a.jsonl.gz` compressed JSON Lines, `a.gz`
/// compressed and to be told by its content, `README` to be told by its content.
pub fn by_name(path: &Path) -> Named {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let (inner, gzip) = match name.strip_suffix(".gz") {
        Some(inner) => (inner, true),
        None => (name.as_str(), false),
    };
    match inner.rsplit_once('.') {
        // A leading dot or none: no extension.
        None | Some(("", _)) => Named::Known { format: None, gzip },
        Some((_, ext)) => match Format::of_extension(ext) {
            Some(format) => Named::Known {
                format: Some(format),
                gzip,
            },
            // `report.2024.gz`: compressed, told by content.
            None if gzip => Named::Known { format: None, gzip },
            None if ext.chars().any(|c| !c.is_ascii_alphanumeric()) || ext.len() > 8 => {
                // `Bab 1. Pendahuluan`: a dot in a name, not an extension.
                Named::Known { format: None, gzip }
            }
            None => Named::Unsupported,
        },
    }
}

/// The format of content whose name didn't say: a page or text.
pub fn by_content(bytes: &[u8]) -> Format {
    if super::html::looks_like_html(bytes) {
        Format::Html
    } else {
        Format::Text
    }
}

/// The largest a decompressed file may grow: past it the file is refused rather than
/// filling the memory (a "zip bomb").
pub const MAX_DECOMPRESSED_BYTES: u64 = 2 << 30;

/// Why a `.gz` file couldn't be decompressed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GzipError {
    #[error("not gzip data or damaged ({0})")]
    Damaged(String),
    #[error("larger than {} GB once decompressed", MAX_DECOMPRESSED_BYTES >> 30)]
    TooLarge,
}

/// The decompressed bytes of a gzip file (every member of a multi-member one).
pub fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, GzipError> {
    let mut out = Vec::with_capacity(bytes.len().saturating_mul(4));
    flate2::read::MultiGzDecoder::new(bytes)
        .take(MAX_DECOMPRESSED_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|err| GzipError::Damaged(err.to_string()))?;
    if out.len() as u64 > MAX_DECOMPRESSED_BYTES {
        return Err(GzipError::TooLarge);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_say_the_format() {
        let known = |format, gzip| Named::Known { format, gzip };
        assert_eq!(
            by_name(Path::new("a.TXT")),
            known(Some(Format::Text), false)
        );
        assert_eq!(
            by_name(Path::new("x/news.jsonl.gz")),
            known(Some(Format::JsonLines), true)
        );
        assert_eq!(by_name(Path::new("dump.gz")), known(None, true));
        assert_eq!(by_name(Path::new("README")), known(None, false));
        assert_eq!(by_name(Path::new("Bab 1. Pendahuluan")), known(None, false));
        assert_eq!(by_name(Path::new("logo.png")), Named::Unsupported);
        assert_eq!(
            by_name(Path::new("page.htm")),
            known(Some(Format::Html), false)
        );
    }

    #[test]
    fn gzip_round_trip_and_damage() {
        use std::io::Write;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all("Halo dunia.".as_bytes()).unwrap();
        let packed = encoder.finish().unwrap();
        assert_eq!(gunzip(&packed).unwrap(), b"Halo dunia.");
        assert!(matches!(gunzip(b"plain text"), Err(GzipError::Damaged(_))));
    }
}
