//! The Markdown reader: the title is the first `# ` heading (or a front matter's
//! `title:`), a front matter's `date:` and `author:` are the article's, and the markup
//! is stripped to its text: links keep their text, emphasis and inline code their
//! words; images, code blocks, raw HTML, link definitions and rules are dropped; each
//! heading, list item and quoted paragraph is a paragraph of its own.

use super::{Article, date, text};

/// The article of a Markdown file.
pub fn parse_article(doc: &str, source: &str) -> Article {
    let (front, body) = front_matter(source);
    let mut title = front.title;
    let mut out = String::with_capacity(body.len());
    let mut fence: Option<&str> = None;
    let mut seen_title_heading = false;
    for line in super::passages::lines(body) {
        let trimmed = line.trim();
        if let Some(marker) = fence {
            if trimmed.starts_with(marker) {
                fence = None;
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = Some(&trimmed[..3]);
            continue;
        }
        // An indented code block (after a blank line) is code, not prose.
        if line.starts_with("    ") && out.ends_with("\n\n") && !is_list_item(trimmed) {
            continue;
        }
        if is_rule(trimmed) || is_link_definition(trimmed) || is_html_block(trimmed) {
            out.push('\n');
            continue;
        }
        if let Some(heading) = heading(trimmed) {
            let heading = inline(heading);
            if trimmed.starts_with("# ") && !seen_title_heading {
                seen_title_heading = true;
                // The title heading, or the front matter's title said again.
                if title.is_none() || title.as_deref() == Some(heading.as_str()) {
                    title = Some(heading);
                    continue;
                }
            }
            out.push_str(&format!("\n{heading}\n\n"));
            continue;
        }
        let mut content = trimmed;
        while let Some(rest) = content.strip_prefix('>') {
            content = rest.trim_start();
        }
        if is_list_item(content) {
            out.push('\n');
            content = strip_list_marker(content);
        }
        if content.starts_with('|') {
            content = content.trim_matches('|');
            if content.chars().all(|c| matches!(c, '-' | ':' | '|' | ' ')) {
                continue;
            }
        }
        let text = inline(content);
        out.push_str(&text.replace('|', " "));
        out.push('\n');
    }
    let passages = text::passages_of_text(&out);
    let title = title.filter(|t| !t.is_empty()).unwrap_or_else(|| {
        passages
            .first()
            .map(|p| text::title_from_text(&p.text))
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| doc.to_string())
    });
    Article {
        date: front.date,
        authors: front.authors,
        ..Article::new(doc, title, passages)
    }
}

/// What a YAML front matter (`---` … `---` at the top) says of the article.
#[derive(Default)]
struct FrontMatter {
    title: Option<String>,
    date: Option<String>,
    authors: Vec<String>,
}

/// The front matter and the body after it.
fn front_matter(source: &str) -> (FrontMatter, &str) {
    let mut front = FrontMatter::default();
    let source = source.trim_start_matches('\u{feff}');
    let Some(rest) = source
        .strip_prefix("---\n")
        .or_else(|| source.strip_prefix("---\r\n"))
    else {
        return (front, source);
    };
    let Some(end) = rest.find("\n---") else {
        return (front, source);
    };
    let body = rest[end + 4..].trim_start_matches(['-', '\r', '\n']);
    for line in rest[..end].lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => front.title = Some(value.to_string()),
            "date" | "published" => front.date = date::parse_date(value),
            "author" | "authors" => {
                front.authors = value
                    .trim_matches(['[', ']'])
                    .split([',', ';'])
                    .map(|a| a.trim().trim_matches(['"', '\'']).to_string())
                    .filter(|a| !a.is_empty())
                    .collect();
            }
            _ => {}
        }
    }
    (front, body)
}

/// The text of an ATX heading (`## Text ##`).
fn heading(line: &str) -> Option<&str> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &line[hashes..];
    if !rest.is_empty() && !rest.starts_with(' ') {
        return None;
    }
    Some(rest.trim().trim_end_matches('#').trim())
}

fn is_rule(line: &str) -> bool {
    let marks: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3
        && (marks.chars().all(|c| c == '-')
            || marks.chars().all(|c| c == '*')
            || marks.chars().all(|c| c == '_')
            || marks.chars().all(|c| c == '='))
}

/// `[ref]: https://…`
fn is_link_definition(line: &str) -> bool {
    line.starts_with('[') && line.contains("]:") && !line.starts_with("[]")
}

/// A line of raw HTML (`<div …>`, `</p>`, `<!-- … -->`).
fn is_html_block(line: &str) -> bool {
    let mut chars = line.chars();
    chars.next() == Some('<')
        && matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '/' || c == '!')
}

fn is_list_item(line: &str) -> bool {
    strip_list_marker(line).len() != line.len()
}

/// `- item`, `* item`, `+ item`, `1. item`, `1) item` → `item`.
fn strip_list_marker(line: &str) -> &str {
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return rest;
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let rest = &line[digits..];
        if let Some(rest) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return rest;
        }
    }
    line
}

/// Inline markup stripped: `![alt](src)` dropped, `[text](url)` and `[text][ref]` →
/// `text`, `<https://…>` and inline tags dropped, `**`, `__`, `*`, `` ` `` and `~~`
/// removed (an `_` inside a word is kept: `snake_case`).
fn inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '!' if chars.get(i + 1) == Some(&'[') => match link_end(&chars, i + 1) {
                Some((_, end)) => i = end,
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '[' => match link_end(&chars, i) {
                Some((text_end, end)) => {
                    out.push_str(&inline(&chars[i + 1..text_end].iter().collect::<String>()));
                    i = end;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '<' => match chars[i..].iter().position(|&c| c == '>') {
                Some(len)
                    if chars
                        .get(i + 1)
                        .is_some_and(|c| c.is_ascii_alphabetic() || *c == '/') =>
                {
                    i += len + 1
                }
                _ => {
                    out.push(c);
                    i += 1;
                }
            },
            '*' | '`' => i += 1,
            '~' if chars.get(i + 1) == Some(&'~') => i += 2,
            '_' => {
                let inside_word = i > 0
                    && chars[i - 1].is_alphanumeric()
                    && chars.get(i + 1).is_some_and(|c| c.is_alphanumeric());
                if inside_word {
                    out.push(c);
                }
                i += 1;
            }
            '\\' if chars.get(i + 1).is_some_and(|c| c.is_ascii_punctuation()) => {
                out.push(chars[i + 1]);
                i += 2;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// For `[text](url)` or `[text][ref]` starting at `open`: where the text ends and where
/// the whole link does.
fn link_end(chars: &[char], open: usize) -> Option<(usize, usize)> {
    let mut depth = 0;
    let mut text_end = None;
    for (j, &c) in chars.iter().enumerate().skip(open) {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    text_end = Some(j);
                    break;
                }
            }
            _ => {}
        }
    }
    let text_end = text_end?;
    let (close, after) = match chars.get(text_end + 1) {
        Some('(') => (')', text_end + 2),
        Some('[') => (']', text_end + 2),
        _ => return None,
    };
    let len = chars[after..].iter().position(|&c| c == close)?;
    Some((text_end, after + len + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_stripped_to_text() {
        let md = "---\ntitle: \"Sommet de Paris\"\ndate: 2025-02-11\nauthor: Claire Dubois, Jean Martin\n---\n\n# Sommet de Paris\n\nLe **sommet** sur l'[intelligence artificielle](https://example.fr/ia) s'est ouvert à Paris.\n\n![Photo du sommet](img/sommet.jpg)\n\n```python\nprint(\"code\")\n```\n\n- Premier point du programme annoncé ce matin.\n- Second point, sur la `régulation` européenne.\n\n<div class=\"pub\">Publicité</div>\n\n> Nous devons agir vite, a dit la ministre.\n";
        let article = parse_article("sommet.md", md);
        assert_eq!(article.title, "Sommet de Paris");
        assert_eq!(article.date.as_deref(), Some("2025-02-11"));
        assert_eq!(article.authors, ["Claire Dubois", "Jean Martin"]);
        let texts: Vec<&str> = article.passages.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Le sommet sur l'intelligence artificielle s'est ouvert à Paris.",
                "Premier point du programme annoncé ce matin.",
                "Second point, sur la régulation européenne.",
                "Nous devons agir vite, a dit la ministre.",
            ]
        );
    }

    #[test]
    fn the_first_heading_is_the_title() {
        let article = parse_article(
            "a.md",
            "# Rapat Kabinet di Jakarta\n\nPresiden memimpin rapat kabinet di Istana pada Kamis pagi.\n\n## Hasil rapat\n\nAnggaran pendidikan dinaikkan tahun depan.\n",
        );
        assert_eq!(article.title, "Rapat Kabinet di Jakarta");
        assert_eq!(article.passages.len(), 2);
        assert_eq!(
            article.passages[1].text,
            "Anggaran pendidikan dinaikkan tahun depan."
        );
    }
}
