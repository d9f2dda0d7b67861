//! Cutting an article's text into paragraphs, and paragraphs into passages of a sane
//! length.
//!
//! Lines end with `\n`, `\r\n` or a lone `\r`. Paragraphs are separated by blank lines;
//! in a text with no blank line between two lines of text, each line is a paragraph.
//! The lines of a paragraph are joined with a space.
//!
//! A paragraph longer than [`MAX_PASSAGE_BYTES`] (a file with no line breaks at all, a
//! dump of a whole article on one line) is cut into passages at sentence ends, then at
//! spaces when a sentence is itself too long, then anywhere between two characters as a
//! last resort, so no passage is ever longer than that. The text is read where it lies:
//! a paragraph on one line is not copied before it is cut.

use std::borrow::Cow;

/// The longest passage, in bytes. News paragraphs are a few hundred bytes; this only
/// cuts text that has lost its line breaks.
pub const MAX_PASSAGE_BYTES: usize = 2000;

/// The lines of `text`, whichever line ending it uses.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        // Line ends found by bytes (both are ASCII, so at a character boundary): a
        // search by characters decoded every character of every file read.
        match memchr::memchr2(b'\n', b'\r', current.as_bytes()) {
            Some(at) => {
                let skip = if current.as_bytes()[at..].starts_with(b"\r\n") {
                    2
                } else {
                    1
                };
                rest = Some(&current[at + skip..]);
                Some(&current[..at])
            }
            None => {
                rest = None;
                (!current.is_empty()).then_some(current)
            }
        }
    })
}

/// The lines of `text` numbered from 1 (blank lines counted).
pub fn lines_numbered(text: &str) -> impl Iterator<Item = (usize, &str)> {
    lines(text).enumerate().map(|(i, line)| (i + 1, line))
}

fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// Whether a blank line separates two lines of text somewhere in `text`.
fn has_blank_line_between_text(text: &str) -> bool {
    let mut seen_text = false;
    let mut blank_after_text = false;
    for line in lines(text) {
        if is_blank(line) {
            blank_after_text |= seen_text;
        } else if blank_after_text {
            return true;
        } else {
            seen_text = true;
        }
    }
    false
}

/// The paragraphs of `text`, trimmed, none empty. A paragraph of one line borrows it.
pub fn paragraphs(text: &str) -> Vec<Cow<'_, str>> {
    let mut paragraphs = Vec::new();
    if has_blank_line_between_text(text) {
        let mut current: Vec<&str> = Vec::new();
        for line in lines(text) {
            let line = line.trim();
            if line.is_empty() {
                paragraphs.extend(join(&current));
                current.clear();
            } else {
                current.push(line);
            }
        }
        paragraphs.extend(join(&current));
    } else {
        paragraphs.extend(
            lines(text)
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(Cow::Borrowed),
        );
    }
    paragraphs
}

/// The lines of one paragraph as one text: borrowed when there is one line.
fn join<'a>(lines: &[&'a str]) -> Option<Cow<'a, str>> {
    match lines {
        [] => None,
        [one] => Some(Cow::Borrowed(*one)),
        many => Some(Cow::Owned(many.join(" "))),
    }
}

/// `paragraph` as passages of at most [`MAX_PASSAGE_BYTES`], appended to `out`.
pub fn cap_length(paragraph: &str, out: &mut Vec<String>) {
    cap_length_to(paragraph, MAX_PASSAGE_BYTES, out);
}

fn cap_length_to(paragraph: &str, max: usize, out: &mut Vec<String>) {
    let max = max.max(8);
    let mut rest = paragraph.trim();
    while rest.len() > max {
        let cut = sentence_cut(rest, max)
            .or_else(|| space_cut(rest, max))
            .unwrap_or_else(|| char_cut(rest, max));
        let (piece, tail) = rest.split_at(cut);
        let piece = piece.trim();
        if !piece.is_empty() {
            out.push(piece.to_string());
        }
        rest = tail.trim_start();
    }
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
}

/// The largest index `<= at` that is a character boundary of `text`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The end of the last sentence that ends in the second half of `text[..max]`: after
/// `.`, `!`, `?` or `…` (and any closing quote or bracket) followed by white space.
fn sentence_cut(text: &str, max: usize) -> Option<usize> {
    let window = &text[..floor_boundary(text, max)];
    let mut best = None;
    let mut chars = window.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, q)) = chars.peek() {
            if matches!(q, '"' | '\'' | '”' | '’' | '»' | ')' | ']') {
                end = j + q.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        if window[end..].starts_with(char::is_whitespace) && end > max / 2 {
            best = Some(end);
        }
    }
    best
}

/// The last white space in `text[..max]`, if it leaves a piece of some length.
fn space_cut(text: &str, max: usize) -> Option<usize> {
    let window = &text[..floor_boundary(text, max)];
    window
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map(|(i, _)| i)
        .filter(|&i| i > max / 4)
}

/// `max` bytes, backed off to a character boundary (never zero).
fn char_cut(text: &str, max: usize) -> usize {
    let at = floor_boundary(text, max);
    if at > 0 {
        at
    } else {
        text.chars().next().map_or(text.len(), char::len_utf8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(paragraphs: Vec<Cow<'_, str>>) -> Vec<String> {
        paragraphs.into_iter().map(Cow::into_owned).collect()
    }

    #[test]
    fn every_line_ending_is_a_line_ending() {
        let lf = "Judul\n\nSatu dua\ntiga.\n\nEmpat.\n";
        let crlf = lf.replace('\n', "\r\n");
        let cr = lf.replace('\n', "\r");
        for text in [lf.to_string(), crlf, cr] {
            assert_eq!(
                owned(paragraphs(&text)),
                ["Judul", "Satu dua tiga.", "Empat."],
                "{text:?}"
            );
        }
    }

    #[test]
    fn without_blank_lines_each_line_is_a_paragraph() {
        // A blank line at the end doesn't make the text one paragraph.
        assert_eq!(
            owned(paragraphs("Satu.\r\nDua.\r\nTiga.\r\n\r\n")),
            ["Satu.", "Dua.", "Tiga."]
        );
        assert!(paragraphs(" \n\r\n").is_empty());
    }

    #[test]
    fn one_line_paragraphs_are_not_copied() {
        let text = "Satu baris.\n\nDua\nbaris.";
        let found = paragraphs(text);
        assert!(matches!(found[0], Cow::Borrowed(_)));
        assert!(matches!(found[1], Cow::Owned(_)));
    }

    fn capped(text: &str, max: usize) -> Vec<String> {
        let mut out = Vec::new();
        cap_length_to(text, max, &mut out);
        out
    }

    #[test]
    fn long_paragraphs_are_cut_at_sentences_then_words_then_characters() {
        let text = "Satu dua tiga. Empat lima enam! \"Tujuh delapan?\" Sembilan sepuluh.";
        assert_eq!(
            capped(text, 40),
            [
                "Satu dua tiga. Empat lima enam!",
                "\"Tujuh delapan?\" Sembilan sepuluh."
            ]
        );
        assert_eq!(
            capped("satu dua tiga empat lima enam tujuh", 16),
            ["satu dua tiga", "empat lima enam", "tujuh"]
        );
        assert_eq!(capped("ééééé", 8), ["éééé", "é"]);
        assert_eq!(capped("short.", 40), ["short."]);
    }

    #[test]
    fn no_piece_is_longer_than_the_cap_and_nothing_is_lost() {
        let sentence = "Kecerdasan buatan mengubah cara kerja perusahaan teknologi di Asia. ";
        let text = sentence.repeat(2000) + &"x".repeat(5000) + " akhir";
        let pieces = capped(&text, MAX_PASSAGE_BYTES);
        assert!(pieces.iter().all(|p| p.len() <= MAX_PASSAGE_BYTES));
        assert!(pieces[0].len() > MAX_PASSAGE_BYTES / 2);
        let words = |s: &str| s.split_whitespace().count();
        let total: usize = pieces.iter().map(|p| words(p)).sum();
        // The 5000 x's are cut into three words.
        assert_eq!(total, words(&text) + 2);
    }
}
