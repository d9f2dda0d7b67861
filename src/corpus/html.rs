//! Reading a saved web page: its metadata (title, date, authors, site, address,
//! language) from the page's `<meta>` tags, and its text from its paragraphs (`<p>`,
//! headings and list items), with scripts, styles and markup dropped.

/// What a page says about itself, and its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub title: Option<String>,
    /// ISO 8601.
    pub date: Option<String>,
    pub authors: Vec<String>,
    pub site: Option<String>,
    pub url: Option<String>,
    pub lang: Option<String>,
    pub paragraphs: Vec<String>,
}

/// Whether the first bytes of a file are those of an HTML page.
pub fn looks_like_html(head: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&head[..head.len().min(1024)]).to_ascii_lowercase();
    let start = head.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    start.starts_with("<!doctype html")
        || start.starts_with("<html")
        || head.contains("<html")
        || head.contains("<head>")
        || head.contains("<body")
}

/// The page in `bytes` (UTF-8, bytes that aren't read as Windows-1252).
pub fn extract(bytes: &[u8]) -> Page {
    let html = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => super::decode(bytes)
            .map(|(text, _)| text)
            .unwrap_or_default(),
    };
    let mut page = Page::default();
    let mut in_skipped = None::<&str>;
    let mut current: Option<String> = None;
    let mut title: Option<String> = None;
    let mut rest = html.as_str();
    while let Some(open) = rest.find('<') {
        let text = &rest[..open];
        if in_skipped.is_none() {
            if let Some(current) = current.as_mut() {
                current.push_str(text);
            } else if let Some(title) = title.as_mut() {
                title.push_str(text);
            }
        }
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        if tag.starts_with("!--") {
            if let Some(end) = rest.find("-->") {
                rest = &rest[end + 3..];
            }
            continue;
        }
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let closing = tag.starts_with('/');
        if let Some(skipped) = in_skipped {
            if closing && name == skipped {
                in_skipped = None;
            }
            continue;
        }
        match name.as_str() {
            "script" | "style" | "noscript" | "nav" | "footer" | "aside" | "figure" if !closing => {
                in_skipped = Some(match name.as_str() {
                    "script" => "script",
                    "style" => "style",
                    "noscript" => "noscript",
                    "nav" => "nav",
                    "footer" => "footer",
                    "aside" => "aside",
                    _ => "figure",
                });
            }
            "title" if !closing && page.title.is_none() => title = Some(String::new()),
            "title" if closing => {
                page.title = title.take().map(|t| clean(&t)).filter(|t| !t.is_empty());
            }
            "p" | "h1" | "h2" | "h3" | "li" | "blockquote" => {
                if let Some(done) = current.take() {
                    push_paragraph(&mut page.paragraphs, &done);
                }
                if !closing {
                    current = Some(String::new());
                }
            }
            "br" => {
                if let Some(current) = current.as_mut() {
                    current.push(' ');
                }
            }
            "html" if !closing => page.lang = attribute(tag, "lang"),
            "meta" => meta(tag, &mut page),
            "link" if attribute(tag, "rel").as_deref() == Some("canonical") => {
                page.url = attribute(tag, "href");
            }
            _ => {}
        }
    }
    if let Some(done) = current.take() {
        push_paragraph(&mut page.paragraphs, &done);
    }
    page
}

fn push_paragraph(paragraphs: &mut Vec<String>, text: &str) {
    let text = clean(text);
    if !text.is_empty() {
        paragraphs.push(text);
    }
}

/// What a `<meta>` tag says of the page.
fn meta(tag: &str, page: &mut Page) {
    let key = attribute(tag, "property")
        .or_else(|| attribute(tag, "name"))
        .or_else(|| attribute(tag, "itemprop"))
        .map(|k| k.to_ascii_lowercase());
    let (Some(key), Some(content)) = (key, attribute(tag, "content")) else {
        return;
    };
    let content = clean(&content);
    if content.is_empty() {
        return;
    }
    match key.as_str() {
        "og:title" => page.title = Some(content),
        "og:site_name" => page.site = Some(content),
        "og:url" if page.url.is_none() => page.url = Some(content),
        "article:published_time" | "datepublished" | "date" | "pubdate" if page.date.is_none() => {
            page.date = super::date::parse_date(&content);
        }
        "author" | "article:author" if !page.authors.contains(&content) => {
            page.authors.push(content)
        }
        _ => {}
    }
}

/// The value of attribute `name` in the inside of a tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find(name) {
        let at = from + at;
        from = at + name.len();
        let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let after = lower[from..].trim_start();
        if !before_ok || !after.starts_with('=') {
            continue;
        }
        let value_at = tag.len() - after.len() + 1;
        let value = tag[value_at..].trim_start();
        let value = match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
            _ => value.split_whitespace().next().unwrap_or(""),
        };
        return Some(entities(value));
    }
    None
}

/// Text with its entities read and its white space made single spaces.
fn clean(text: &str) -> String {
    entities(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ if name.starts_with("#x") || name.starts_with("#X") => {
                    u32::from_str_radix(&name[2..], 16)
                        .ok()
                        .and_then(char::from_u32)
                }
                _ if name.starts_with('#') => name[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            c.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_news_page_gives_its_metadata_and_paragraphs() {
        let html = r#"<!DOCTYPE html><html lang="id"><head><title>Judul &amp; Berita</title>
<meta property="og:site_name" content="Kompas.com">
<meta property="article:published_time" content="2024-02-29T10:00:00+07:00">
<meta name="author" content="Putri Aulia">
<link rel="canonical" href="https://example.id/a"></head>
<body><nav><p>Menu</p></nav><p>Paragraf <b>pertama</b>.</p><script>var x = "<p>";</script><p>Kedua.</p></body></html>"#;
        assert!(looks_like_html(html.as_bytes()));
        let page = extract(html.as_bytes());
        assert_eq!(page.title.as_deref(), Some("Judul & Berita"));
        assert_eq!(page.site.as_deref(), Some("Kompas.com"));
        assert_eq!(page.date.as_deref(), Some("2024-02-29T10:00:00+07:00"));
        assert_eq!(page.authors, ["Putri Aulia"]);
        assert_eq!(page.url.as_deref(), Some("https://example.id/a"));
        assert_eq!(page.lang.as_deref(), Some("id"));
        assert_eq!(page.paragraphs, ["Paragraf pertama.", "Kedua."]);
        assert!(!looks_like_html(b"Judul\n\nTeks biasa."));
    }
}
