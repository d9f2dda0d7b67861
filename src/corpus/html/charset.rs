//! A saved page's bytes to text: the byte-order mark, then the charset the page
//! declares (`<meta charset>`, `http-equiv` Content-Type, an XML declaration), else
//! UTF-8 with Windows-1252 for the bytes that aren't.
//!
//! Pages saved from the web often say `iso-8859-1` while the saving tool wrote UTF-8;
//! when a page declares a single-byte Western charset but its bytes are valid UTF-8
//! with non-ASCII letters, UTF-8 is what it is (a Latin-1 page almost never forms
//! valid UTF-8 by chance).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into the page the charset declaration is looked for.
const PRESCAN: usize = 8192;

/// The page's text.
pub fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return text.into_owned();
    }
    match declared(bytes) {
        Some(encoding) if encoding != UTF_8 && !is_utf16(encoding) => {
            if encoding == WINDOWS_1252 && std::str::from_utf8(bytes).is_ok() {
                return utf8_with_fallback(bytes);
            }
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            text.into_owned()
        }
        // A page that declares UTF-16 but was read as bytes with ASCII markup is UTF-8
        // (the HTML standard's rule).
        _ => utf8_with_fallback(bytes),
    }
}

fn is_utf16(encoding: &'static Encoding) -> bool {
    encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE
}

/// The charset the page declares in its first bytes.
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    for key in [&b"charset"[..], &b"encoding"[..]] {
        let mut from = 0;
        while let Some(pos) = find(&lower[from..], key) {
            let mut i = from + pos + key.len();
            from = i;
            while i < lower.len() && lower[i].is_ascii_whitespace() {
                i += 1;
            }
            if lower.get(i) != Some(&b'=') {
                continue;
            }
            i += 1;
            while i < lower.len() && matches!(lower[i], b'"' | b'\'' | b' ') {
                i += 1;
            }
            let start = i;
            while i < lower.len()
                && (lower[i].is_ascii_alphanumeric() || matches!(lower[i], b'-' | b'_' | b':'))
            {
                i += 1;
            }
            if let Some(encoding) = Encoding::for_label(&lower[start..i]) {
                return Some(encoding);
            }
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// UTF-8, with each byte that isn't part of valid UTF-8 read as Windows-1252.
fn utf8_with_fallback(mut bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len());
    loop {
        match std::str::from_utf8(bytes) {
            Ok(valid) => {
                text.push_str(valid);
                return text;
            }
            Err(error) => {
                let (valid, rest) = bytes.split_at(error.valid_up_to());
                // `valid_up_to` marks where valid UTF-8 ends, so this can't fail.
                text.push_str(std::str::from_utf8(valid).unwrap_or_default());
                let bad = error.error_len().unwrap_or(rest.len()).max(1);
                let (decoded, _) = WINDOWS_1252.decode_without_bom_handling(&rest[..bad]);
                text.push_str(&decoded);
                bytes = &rest[bad..];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_wins() {
        let mut page = vec![0xEF, 0xBB, 0xBF];
        page.extend_from_slice("<p>Élysée</p>".as_bytes());
        assert_eq!(decode(&page), "<p>Élysée</p>");
    }

    #[test]
    fn declared_latin1_is_read_as_windows_1252() {
        let mut page = b"<html><head><meta charset=\"iso-8859-1\"></head><body><p>".to_vec();
        page.extend_from_slice(&[0xC9, b'l', b'y', b's', 0xE9, b'e', b' ', 0x80, b' ', 0x9C]);
        page.extend_from_slice(b"</p></body></html>");
        assert!(decode(&page).contains("<p>Élysée € œ</p>"));
    }

    #[test]
    fn http_equiv_declaration() {
        let mut page =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                .to_vec();
        page.extend_from_slice(&[0xCF, 0xF0, 0xE0, 0xE2, 0xE4, 0xE0]);
        assert!(decode(&page).ends_with("Правда"));
    }

    #[test]
    fn latin1_label_on_utf8_bytes_is_utf8() {
        let page = "<meta charset=iso-8859-1><p>Déclaration à l'Assemblée</p>".as_bytes();
        assert!(decode(page).contains("Déclaration à l'Assemblée"));
    }

    #[test]
    fn undeclared_mixes_utf8_and_windows_1252() {
        let mut page = "<p>café ".as_bytes().to_vec();
        page.extend_from_slice(&[0xE9, b't', 0xE9]);
        page.extend_from_slice(b"</p>");
        assert_eq!(decode(&page), "<p>café été</p>");
    }
}
