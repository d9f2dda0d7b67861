//! Turning a file's bytes into text, or saying why they aren't text.
//!
//! UTF-8 is read as it is, a byte-order mark dropped. UTF-16 is read when it starts with
//! its byte-order mark. Bytes that aren't UTF-8 (a file saved as Latin-1 or Windows-1252,
//! common for French text) are read as Windows-1252, which agrees with Latin-1 on every
//! letter and adds the curly quotes, `œ` and `€`; valid UTF-8 around them is kept, so a
//! file mixing both comes out right. A file with a NUL byte or many control characters
//! near its start is binary (an image, a program, an archive) and is refused, as is a
//! file with nothing but white space.

/// Why a file's bytes are not an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NotText {
    #[error("binary file")]
    Binary,
    #[error("empty file")]
    Empty,
}

/// What decoding had to do that the user may want to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decoded {
    Utf8,
    Utf16,
    /// How many bytes were not UTF-8 and were read as Windows-1252 (Latin-1).
    Latin1 {
        bytes: usize,
    },
}

impl Decoded {
    /// What the build summary says of it, when decoding wasn't plain UTF-8.
    pub fn note(self) -> Option<ReadNote> {
        match self {
            Decoded::Utf8 => None,
            Decoded::Utf16 => Some(ReadNote::Utf16),
            Decoded::Latin1 { bytes } => Some(ReadNote::Latin1 { bytes }),
        }
    }
}

/// Something unusual about how a file was read, worth telling the user; its `Display`
/// is what the build summary says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadNote {
    /// The file is UTF-16 (with its byte-order mark).
    Utf16,
    /// Bytes that weren't UTF-8 were read as Windows-1252 (Latin-1).
    Latin1 {
        /// How many.
        bytes: usize,
    },
}

impl std::fmt::Display for ReadNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadNote::Utf16 => f.write_str("UTF-16: decoded"),
            ReadNote::Latin1 { bytes } => write!(
                f,
                "not UTF-8: {bytes} bytes decoded as Latin-1 (Windows-1252)"
            ),
        }
    }
}

/// How much of the beginning of a file is looked at to tell text from binary.
const SNIFF_BYTES: usize = 8192;

/// Decodes file contents, taking ownership so that UTF-8 text (the common case, and the
/// big files) is not copied.
pub fn decode_owned(mut bytes: Vec<u8>) -> Result<(String, Decoded), NotText> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if let Some(text) = utf16(&bytes) {
        return nonempty(text).map(|t| (t, Decoded::Utf16));
    }
    if looks_binary(&bytes) {
        return Err(NotText::Binary);
    }
    match String::from_utf8(bytes) {
        Ok(text) => nonempty(text).map(|t| (t, Decoded::Utf8)),
        Err(err) => {
            let bytes = err.into_bytes();
            let (text, replaced) = windows_1252(&bytes);
            drop(bytes);
            nonempty(text).map(|t| (t, Decoded::Latin1 { bytes: replaced }))
        }
    }
}

fn nonempty(text: String) -> Result<String, NotText> {
    if text.trim().is_empty() {
        Err(NotText::Empty)
    } else {
        Ok(text)
    }
}

/// Text with a UTF-16 byte-order mark, decoded; `None` for anything else.
fn utf16(bytes: &[u8]) -> Option<String> {
    let little = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks_exact(2).map(|pair| {
        if little {
            u16::from_le_bytes([pair[0], pair[1]])
        } else {
            u16::from_be_bytes([pair[0], pair[1]])
        }
    });
    let text: String = char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    // UTF-16 of a binary file would be full of control characters.
    let head: Vec<u8> = text
        .chars()
        .take(SNIFF_BYTES)
        .map(|c| if c.is_control() { c as u8 } else { b'a' })
        .collect();
    (!looks_binary(&head)).then_some(text)
}

/// A NUL byte, or more than one control character in fifty (other than tab, line feed,
/// carriage return and form feed), in the first bytes.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if head.contains(&0) {
        return true;
    }
    // Counted without a branch per byte, in a small counter per block of bytes, so
    // that the loop runs on many bytes at once (this reads the head of every file).
    let mut controls = 0usize;
    for block in head.chunks(128) {
        let mut n = 0u8;
        for &b in block {
            let control = (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0C);
            n += u8::from(control | (b == 0x7F));
        }
        controls += usize::from(n);
    }
    controls * 50 > head.len()
}

/// Valid UTF-8 kept, every other byte read as Windows-1252. Returns the text and how
/// many bytes were not UTF-8.
fn windows_1252(bytes: &[u8]) -> (String, usize) {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut replaced = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        for &b in chunk.invalid() {
            text.push(cp1252(b));
            replaced += 1;
        }
    }
    (text, replaced)
}

/// One Windows-1252 byte as a character. 0x80–0x9F are the typographic characters
/// Windows puts there; the five bytes it leaves undefined keep their Latin-1 meaning.
fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8]) -> Result<(String, Decoded), NotText> {
        decode_owned(bytes.to_vec())
    }

    #[test]
    fn utf8_with_and_without_a_byte_order_mark() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFhalo dunia").unwrap(),
            ("halo dunia".to_string(), Decoded::Utf8)
        );
        assert_eq!(decode("café".as_bytes()).unwrap().0, "café");
    }

    #[test]
    fn latin1_and_windows_1252() {
        let (text, how) = decode(b"L'\xe9t\xe9 fran\xe7ais, c\x92est l\x92\x9cuvre \x80").unwrap();
        assert_eq!(text, "L'été français, c’est l’œuvre €");
        assert_eq!(how, Decoded::Latin1 { bytes: 7 });
        assert!(how.note().unwrap().to_string().contains("Latin-1"));
        // UTF-8 beside a stray Latin-1 byte stays UTF-8.
        let (text, how) = decode(
            "déjà vu "
                .bytes()
                .chain([0xe9])
                .collect::<Vec<_>>()
                .as_slice(),
        )
        .unwrap();
        assert_eq!(text, "déjà vu é");
        assert_eq!(how, Decoded::Latin1 { bytes: 1 });
    }

    #[test]
    fn utf16_with_its_byte_order_mark() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("Été à Paris".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).unwrap(), ("Été à Paris".into(), Decoded::Utf16));
        let mut be = vec![0xFE, 0xFF];
        be.extend("Jakarta".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).unwrap().0, "Jakarta");
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(NotText::Binary)
        );
        assert_eq!(decode(b"\x7fELF\x02\x01\x01\0\0\0"), Err(NotText::Binary));
        // Compressed data without a NUL: control characters give it away.
        let noise: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8 | 1)
            .collect();
        assert_eq!(decode(&noise), Err(NotText::Binary));
        assert_eq!(decode(b"  \n\t \r\n"), Err(NotText::Empty));
        assert_eq!(decode(b""), Err(NotText::Empty));
        assert_eq!(decode(b"\xEF\xBB\xBF\n"), Err(NotText::Empty));
    }
}
