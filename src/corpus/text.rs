//! The plain-text reader: an article file whose first paragraph is its headline when
//! it reads like one (short, no closing punctuation), a leading `date YYYY-MM[-DD]`, or
//! a line of nothing but a date among the first three ("Kamis, 29 Februari 2024"), its
//! date, paragraphs separated by blank lines, or by single newlines in a file that has
//! no blank lines. Lines with no content of their own (a "BACA JUGA:" label, a lone
//! byline, a one-word section label) are not passages, unless the file has nothing
//! else. The other readers share `passages_of` and `title_from_text`.

use std::borrow::Cow;

use super::{Article, Passage, passages};

/// A line that is only a date is looked for among this many first paragraphs.
const DATELINE_WITHIN: usize = 3;
/// A dateline has at most this many words ("Jakarta, Kamis 29 Februari 2024").
const DATELINE_WORDS: usize = 6;

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
    // A dateline of its own near the top ("Kamis, 29 Februari 2024", "2024-02-29").
    if date.is_none()
        && let Some((at, found)) = paragraphs
            .iter()
            .take(DATELINE_WITHIN)
            .enumerate()
            .filter(|(_, p)| word_count(p, DATELINE_WORDS + 1) <= DATELINE_WORDS)
            .find_map(|(at, p)| super::date::parse_date(p).map(|d| (at, d)))
    {
        date = Some(found);
        paragraphs.remove(at);
    }

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

    let passages = passages_of(paragraphs);
    let title = title.unwrap_or_else(|| {
        passages
            .first()
            .map(|p| title_from_text(&p.text))
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| doc.to_string())
    });
    Article {
        date,
        ..Article::new(doc, title, passages)
    }
}

/// The passages of an article's paragraphs: those with content of their own, cut to a
/// sane length, numbered. A text of nothing but a label or a word is still what it says.
pub fn passages_of<S: AsRef<str>>(paragraphs: Vec<S>) -> Vec<Passage> {
    let any_content = paragraphs.iter().any(|p| has_content(p.as_ref()));
    let mut texts = Vec::with_capacity(paragraphs.len());
    for paragraph in paragraphs {
        let paragraph = paragraph.as_ref();
        if has_content(paragraph) || (!any_content && word_count(paragraph, 1) > 0) {
            passages::cap_length(paragraph, &mut texts);
        }
    }
    texts
        .into_iter()
        .enumerate()
        .map(|(ordinal, text)| Passage { ordinal, text })
        .collect()
}

/// The passages of a body of text: its paragraphs (see `passages::paragraphs`), as
/// `passages_of` keeps them.
pub fn passages_of_text(text: &str) -> Vec<Passage> {
    passages_of(passages::paragraphs(text))
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
pub fn title_from_text(text: &str) -> String {
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
    fn a_dateline_near_the_top_is_the_date() {
        let text = "Banjir di Semarang\n\n2024-03-06\n\nBanjir rob menggenangi pesisir utara Semarang sejak Rabu malam.\n";
        let article = parse_article("a.txt", text);
        assert_eq!(article.date.as_deref(), Some("2024-03-06"));
        assert_eq!(article.title, "Banjir di Semarang");
        assert_eq!(article.passages.len(), 1);
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
}
