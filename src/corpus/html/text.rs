//! Small text functions shared by the metadata and body readers.

use scraper::ElementRef;

/// `s` with runs of white space (including no-break and zero-width spaces) made one
/// space, trimmed.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if matches!(
            c,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
        ) {
            continue;
        }
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// An element's visible text, white space collapsed.
pub fn element_text(element: ElementRef) -> String {
    collapse(&element.text().collect::<String>())
}

/// Lower-case words of `s` (letters and digits), for comparing titles.
pub fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// `s` without its leading and trailing characters that are neither letters nor
/// digits nor closing punctuation.
pub fn trim_punctuation(s: &str) -> &str {
    s.trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, ')' | '»' | '"' | '?' | '!'))
}
