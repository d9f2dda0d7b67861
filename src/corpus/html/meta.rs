//! What a page says about itself: headline, date, authors, publication, URL, language.
//!
//! Structured data comes first because the publisher wrote it for machines: JSON-LD
//! (`NewsArticle` and its kin, also inside `@graph` arrays), OpenGraph, `article:*`
//! and Dublin Core `<meta>` tags, `<link rel=canonical>`, `<time datetime>` and
//! `itemprop` microdata. Visible text is the fallback: the `<h1>`, a byline element, a
//! written-out date near the headline. The headline shown on the page (the `<h1>`) is
//! preferred to the metadata's wording when the two tell the same story, because
//! `og:title` often carries the site's name or an SEO rewording.

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

use super::text::{collapse, element_text, trim_punctuation, words};
use crate::corpus::date::{find_dates, parse_date};

/// The page's metadata, each field from the most trustworthy place that has it.
#[derive(Debug, Default)]
pub struct Meta {
    pub title: Option<String>,
    pub date: Option<String>,
    pub authors: Vec<String>,
    pub site: Option<String>,
    pub url: Option<String>,
    pub lang: Option<String>,
}

fn selector(css: &str) -> Selector {
    // Every selector here is a literal of this module, and each is parsed by the test
    // `author_that_is_the_site_is_dropped` (a page where no byline is found).
    Selector::parse(css).unwrap_or_else(|_| panic!("invalid built-in selector {css}"))
}

/// Read the page's metadata.
pub fn read(document: &Html) -> Meta {
    let tags = MetaTags::read(document);
    let ld = LinkedData::read(document);
    let site = first_nonempty([
        tags.get("og:site_name"),
        ld.publisher.clone(),
        tags.get("application-name"),
        tags.get("al:android:app_name"),
        ld.website.clone(),
    ]);
    let title = title(document, &tags, &ld, site.as_deref());
    let date = date(document, &tags, &ld);
    let authors = authors(document, &tags, &ld, site.as_deref());
    let url = first_nonempty([canonical(document), tags.get("og:url"), ld.url.clone()])
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let lang = lang(document, &tags, &ld);
    Meta {
        title,
        date,
        authors,
        site,
        url,
        lang,
    }
}

fn first_nonempty<const N: usize>(values: [Option<String>; N]) -> Option<String> {
    values
        .into_iter()
        .flatten()
        .map(|v| collapse(&v))
        .find(|v| !v.is_empty())
}

/// The `<meta>` tags, by their lower-cased `property`, `name` or `itemprop`.
struct MetaTags(Vec<(String, String)>);

impl MetaTags {
    fn read(document: &Html) -> Self {
        let mut pairs = Vec::new();
        for element in document.select(&selector("meta[content], meta[value]")) {
            let value = element.value();
            // Some publishers write `value=` where the standard says `content=`.
            let content = value
                .attr("content")
                .or_else(|| value.attr("value"))
                .unwrap_or_default();
            for key in ["property", "name", "itemprop", "http-equiv"] {
                if let Some(k) = value.attr(key) {
                    pairs.push((k.trim().to_lowercase(), content.to_string()));
                }
            }
        }
        MetaTags(pairs)
    }

    fn get(&self, key: &str) -> Option<String> {
        self.all(key).into_iter().next()
    }

    fn all(&self, key: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_string())
            .collect()
    }
}

/// What the page's JSON-LD says about its article.
#[derive(Debug, Default)]
struct LinkedData {
    headline: Option<String>,
    date: Option<String>,
    authors: Vec<String>,
    publisher: Option<String>,
    website: Option<String>,
    url: Option<String>,
    lang: Option<String>,
    /// A date from a `WebPage` node, used when no article node has one.
    page_date: Option<String>,
}

const ARTICLE_TYPES: [&str; 10] = [
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
];

impl LinkedData {
    fn read(document: &Html) -> Self {
        let mut values = Vec::new();
        for script in document.select(&selector("script[type]")) {
            let kind = script.value().attr("type").unwrap_or_default();
            if !kind.trim().eq_ignore_ascii_case("application/ld+json") {
                continue;
            }
            let raw: String = script.text().collect();
            let raw = raw
                .trim()
                .trim_start_matches("<!--")
                .trim_end_matches("-->")
                .trim()
                .trim_start_matches("//<![CDATA[")
                .trim_end_matches("//]]>");
            // A page's broken JSON-LD is the page's problem; its other data still counts.
            if let Ok(value) = serde_json::from_str::<Value>(raw.trim()) {
                values.push(value);
            }
        }
        let mut nodes = Vec::new();
        for value in &values {
            collect_nodes(value, &mut nodes, 0);
        }
        let mut ld = LinkedData::default();
        for node in &nodes {
            let types = types(node);
            let is_article = types.iter().any(|t| ARTICLE_TYPES.contains(&t.as_str()));
            if is_article {
                if ld.headline.is_none() {
                    ld.headline = string(node.get("headline")).or_else(|| string(node.get("name")));
                }
                if ld.date.is_none() {
                    ld.date = string(node.get("datePublished"))
                        .or_else(|| string(node.get("dateCreated")))
                        .and_then(|d| parse_date(&d));
                }
                if ld.authors.is_empty() {
                    ld.authors = people(node.get("author"));
                }
                if ld.publisher.is_none() {
                    ld.publisher = node.get("publisher").and_then(name);
                }
                if ld.url.is_none() {
                    ld.url = string(node.get("url")).or_else(|| {
                        node.get("mainEntityOfPage").and_then(|m| match m {
                            Value::String(s) => Some(s.clone()),
                            other => string(other.get("@id")).or_else(|| string(other.get("url"))),
                        })
                    });
                }
                if ld.lang.is_none() {
                    ld.lang = string(node.get("inLanguage"));
                }
            } else if types.iter().any(|t| t == "WebSite") {
                if ld.website.is_none() {
                    ld.website = string(node.get("name"));
                }
            } else if types.iter().any(|t| t.ends_with("WebPage")) && ld.page_date.is_none() {
                ld.page_date = string(node.get("datePublished")).and_then(|d| parse_date(&d));
            }
        }
        ld
    }
}

/// Every object in a JSON-LD value: the value itself, array items, `@graph` members.
fn collect_nodes<'a>(value: &'a Value, nodes: &mut Vec<&'a Value>, depth: usize) {
    if depth > 6 {
        return;
    }
    match value {
        Value::Array(items) => {
            for item in items {
                collect_nodes(item, nodes, depth + 1);
            }
        }
        Value::Object(map) => {
            nodes.push(value);
            if let Some(graph) = map.get("@graph") {
                collect_nodes(graph, nodes, depth + 1);
            }
            if let Some(main) = map.get("mainEntity") {
                collect_nodes(main, nodes, depth + 1);
            }
        }
        _ => {}
    }
}

fn types(node: &Value) -> Vec<String> {
    match node.get("@type") {
        Some(Value::String(t)) => vec![t.rsplit('/').next().unwrap_or(t).to_string()],
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(|t| t.rsplit('/').next().unwrap_or(t).to_string())
            .collect(),
        _ => Vec::new(),
    }
}

fn string(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(collapse(s)).filter(|s| !s.is_empty()),
        Value::Array(items) => items.iter().find_map(|v| string(Some(v))),
        _ => None,
    }
}

fn name(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(collapse(s)).filter(|s| !s.is_empty()),
        Value::Array(items) => items.iter().find_map(name),
        Value::Object(_) => string(value.get("name")),
        _ => None,
    }
}

/// Author names from a JSON-LD `author`: a string, an object, or an array of either.
/// Organisations are kept only when no person is named.
fn people(value: Option<&Value>) -> Vec<String> {
    let Some(value) = value else {
        return Vec::new();
    };
    let items: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    let mut persons = Vec::new();
    let mut organisations = Vec::new();
    for item in items {
        let Some(n) = name(item) else { continue };
        if types(item)
            .iter()
            .any(|t| t == "Organization" || t == "NewsMediaOrganization")
        {
            organisations.push(n);
        } else {
            persons.push(n);
        }
    }
    if persons.is_empty() {
        organisations
    } else {
        persons
    }
}

fn canonical(document: &Html) -> Option<String> {
    document
        .select(&selector("link[rel][href]"))
        .find(|l| {
            l.value().attr("rel").is_some_and(|r| {
                r.split_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("canonical"))
            })
        })
        .and_then(|l| l.value().attr("href"))
        .map(str::to_string)
}

/// The headline: the `<h1>` that agrees with the metadata's title, else the metadata's
/// title, else the first `<h1>`, else `<title>` without the site's name.
fn title(document: &Html, tags: &MetaTags, ld: &LinkedData, site: Option<&str>) -> Option<String> {
    let structured = first_nonempty([
        ld.headline.clone(),
        tags.get("og:title"),
        tags.get("twitter:title"),
        tags.get("dc.title"),
    ]);
    let title_tag = document
        .select(&selector("title"))
        .next()
        .map(element_text)
        .filter(|t| !t.is_empty());
    let headings: Vec<String> = document
        .select(&selector("h1"))
        .map(element_text)
        .filter(|t| !t.is_empty() && t.chars().count() <= 400)
        .collect();
    let reference = structured.clone().or_else(|| title_tag.clone());
    if let Some(reference) = &reference
        && let Some(h1) = headings.iter().find(|h| same_story(h, reference))
    {
        return Some(h1.clone());
    }
    if let Some(structured) = structured {
        return Some(strip_site(&structured, site));
    }
    if let Some(h1) = headings.iter().find(|h| words(h).len() >= 3) {
        return Some(h1.clone());
    }
    title_tag.map(|t| strip_site(&t, site))
}

/// Two titles tell the same story when most of the shorter's words are in the longer.
fn same_story(a: &str, b: &str) -> bool {
    let (a, b) = (words(a), words(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < 2 && long.len() > 3 {
        return false;
    }
    let shared = short.iter().filter(|w| long.contains(w)).count();
    !short.is_empty() && shared * 10 >= short.len() * 7
}

/// "Headline - Site" or "Headline | Site": the headline.
fn strip_site(title: &str, site: Option<&str>) -> String {
    for separator in [" | ", " - ", " — ", " – ", " :: ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(separator) {
            let tail_is_site = site.is_some_and(|s| {
                let (s, t) = (s.to_lowercase(), tail.to_lowercase());
                t.contains(&s) || s.contains(&t)
            });
            if tail_is_site || words(tail).len() <= 3 && words(head).len() >= 4 {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

const DATE_TAGS: [&str; 21] = [
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "date",
    "article.published",
    "content_publishing_date",
    "release_date",
];

/// The publication date: JSON-LD, `<meta>` tags, microdata, `<time>`, then a date
/// written near the headline.
fn date(document: &Html, tags: &MetaTags, ld: &LinkedData) -> Option<String> {
    if let Some(d) = &ld.date {
        return Some(d.clone());
    }
    for key in DATE_TAGS {
        if let Some(d) = tags.all(key).iter().find_map(|v| parse_date(v)) {
            return Some(d);
        }
    }
    if let Some(d) = &ld.page_date {
        return Some(d.clone());
    }
    let microdata = document
        .select(&selector(
            "[itemprop=datePublished], [itemprop=dateCreated]",
        ))
        .find_map(|e| {
            let v = e.value();
            let raw = v
                .attr("content")
                .or_else(|| v.attr("datetime"))
                .map(str::to_string)
                .unwrap_or_else(|| element_text(e));
            parse_date(&raw)
        });
    if microdata.is_some() {
        return microdata;
    }
    let times: Vec<ElementRef> = document.select(&selector("time")).collect();
    let time_date = |e: &ElementRef| {
        e.value()
            .attr("datetime")
            .and_then(parse_date)
            .or_else(|| parse_date(&element_text(*e)))
    };
    let published = times.iter().find(|e| {
        let v = e.value();
        v.attr("pubdate").is_some()
            || hints(e).contains("publi")
            || e.parent()
                .and_then(ElementRef::wrap)
                .is_some_and(|p| hints(&p).contains("publi"))
    });
    if let Some(d) = published.and_then(time_date) {
        return Some(d);
    }
    if let Some(d) = times.iter().find_map(time_date) {
        return Some(d);
    }
    written_date(document)
}

fn hints(element: &ElementRef) -> String {
    let v = element.value();
    format!(
        "{} {}",
        v.attr("class").unwrap_or_default(),
        v.id().unwrap_or_default()
    )
    .to_lowercase()
}

/// A date written out in the page's text after the headline (a dateline such as
/// "Publié le 20 février 2024 à 14h32").
fn written_date(document: &Html) -> Option<String> {
    let body = document.select(&selector("body")).next()?;
    let mut text = String::new();
    let mut headline_at = None;
    for node in body.descendants() {
        if let Some(element) = node.value().as_element()
            && element.name() == "h1"
            && headline_at.is_none()
        {
            headline_at = Some(text.len());
        }
        if let Some(t) = node.value().as_text() {
            let skip = node.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| matches!(e.name(), "script" | "style" | "noscript"))
            });
            if !skip {
                text.push_str(t);
                text.push(' ');
            }
        }
    }
    let from = headline_at.unwrap_or(0);
    let window_end = (from + 3000).min(text.len());
    let window_end = (window_end..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    find_dates(&text[from..window_end])
        .into_iter()
        .next()
        .map(|(_, d)| d)
}

const AUTHOR_TAGS: [&str; 9] = [
    "author",
    "content_author",
    "article:author",
    "byl",
    "dc.creator",
    "dcterms.creator",
    "sailthru.author",
    "parsely-author",
    "citation_author",
];

/// The authors: JSON-LD, `<meta>` tags, then a byline element.
fn authors(document: &Html, tags: &MetaTags, ld: &LinkedData, site: Option<&str>) -> Vec<String> {
    let mut structured = clean_authors(&ld.authors, site);
    if structured.is_empty() {
        structured = AUTHOR_TAGS
            .iter()
            .map(|key| clean_authors(&tags.all(key), site))
            .find(|found| !found.is_empty())
            .unwrap_or_default();
    }
    let shown = byline(document, site);
    if structured.is_empty() {
        return shown;
    }
    // Metadata sometimes names the editor or the desk where the page shows the
    // reporter: when the byline shown names none of the metadata's people, both are
    // kept, the byline first.
    let agree = shown.iter().any(|s| {
        structured
            .iter()
            .any(|m| s.eq_ignore_ascii_case(m) || same_story(s, m))
    });
    if shown.is_empty() || agree {
        return structured;
    }
    let mut all = shown;
    for name in structured {
        if !all.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
            all.push(name);
        }
    }
    all.truncate(6);
    all
}

/// The byline shown on the page: an author element, an author's profile link, or a
/// short line "Par …" / "By …" / "Oleh …".
fn byline(document: &Html, site: Option<&str>) -> Vec<String> {
    let bylines = [
        "[itemprop=author] [itemprop=name]",
        "[itemprop=author]",
        "[rel=author]",
        "[class*=byline] [class*=name]",
        "[class*=byline]",
        "[class*=author-name], [class*=author__name], [class*=authorName]",
        "[class*=author]",
        "[class*=signature], [class*=auteur], [class*=penulis], [class*=reporter]",
        "a[href*='/author/'], a[href*='/auteur/'], a[href*='/auteurs/'], a[href*='/staff/'], \
         a[href*='/journalist/'], a[href*='/journaliste/'], a[href*='/penulis/'], a[href*='/profil/']",
    ];
    for css in bylines {
        for element in document.select(&selector(css)) {
            let text = element_text(element);
            if text.is_empty() || text.chars().count() > 120 {
                continue;
            }
            let found = clean_authors(&[text], site);
            if !found.is_empty() {
                return found;
            }
        }
    }
    for element in document.select(&selector("span, p, div, address")) {
        let text = element_text(element);
        if text.chars().count() > 60 {
            continue;
        }
        let lower = text.to_lowercase();
        let introduced = ["par ", "by ", "oleh "]
            .iter()
            .any(|p| lower.starts_with(p));
        if !introduced {
            continue;
        }
        let found = clean_authors(std::slice::from_ref(&text), site);
        // A name, not "Par ailleurs": every word of it capitalised.
        let names_only = !found.is_empty()
            && found.iter().all(|n| {
                n.split_whitespace().count() >= 2
                    && n.split_whitespace()
                        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            });
        if names_only {
            return found;
        }
    }
    Vec::new()
}

/// Author names from raw values: split "A, B and C" / "A et B" / "A dan B", "By" /
/// "Par" / "Oleh" dropped, and values that are the site's name or a URL dropped.
pub fn clean_authors(values: &[String], site: Option<&str>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for value in values {
        let value = collapse(value);
        for part in split_names(&value) {
            let part = strip_byline_prefix(&part);
            let part = trim_punctuation(part).trim();
            // "avec Damien Leloup": the lower-case words before a name aren't it.
            let part = part
                .split_whitespace()
                .skip_while(|w| w.chars().next().is_some_and(char::is_lowercase))
                .collect::<Vec<_>>()
                .join(" ");
            let part = part.as_str();
            if !plausible_name(part, site) {
                continue;
            }
            if !names.iter().any(|n| n.eq_ignore_ascii_case(part)) {
                names.push(part.to_string());
            }
        }
    }
    names
}

fn split_names(value: &str) -> Vec<String> {
    let mut parts = vec![value.to_string()];
    for separator in [
        ",",
        ";",
        "|",
        "(",
        ")",
        " & ",
        " and ",
        " et ",
        " dan ",
        " y ",
        " und ",
        " e ",
        " avec ",
        " with ",
        " bersama ",
    ] {
        parts = parts
            .iter()
            .flat_map(|p| p.split(separator).map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    parts
}

fn strip_byline_prefix(s: &str) -> &str {
    let s = s.trim();
    for prefix in [
        "by ",
        "par ",
        "oleh ",
        "por ",
        "von ",
        "di ",
        "door ",
        "av ",
        "af ",
        "written by ",
        "reporter:",
        "penulis:",
        "auteur:",
        "author:",
        "texte:",
    ] {
        if s.len() >= prefix.len()
            && s.is_char_boundary(prefix.len())
            && s[..prefix.len()].eq_ignore_ascii_case(prefix)
        {
            return s[prefix.len()..].trim();
        }
    }
    s
}

const NAME_PARTICLES: [&str; 18] = [
    "de", "da", "das", "do", "dos", "du", "des", "di", "del", "della", "van", "von", "der", "den",
    "le", "la", "bin", "binti",
];

fn plausible_name(name: &str, site: Option<&str>) -> bool {
    // Two letters are initials or a pronoun, not a byline ("Il", "PA").
    if name.chars().count() < 3 || name.chars().count() > 60 {
        return false;
    }
    let lower = name.to_lowercase();
    if lower.contains("http")
        || lower.contains("www.")
        || lower.contains('/')
        || lower.contains('@')
    {
        return false;
    }
    // The publication named as its own author ("VnExpress" on "Báo VnExpress").
    if site.is_some_and(|s| {
        let s = s.to_lowercase();
        s == lower || (lower.len() >= 4 && (s.contains(&lower) || lower.contains(&s)))
    }) {
        return false;
    }
    // A domain name ("republicoftogo.com", "ICI.Radio-Canada.ca").
    let domain = name.split_whitespace().any(|w| {
        w.split_once('.').is_some_and(|(a, b)| {
            a.chars().last().is_some_and(char::is_alphabetic)
                && b.chars().next().is_some_and(char::is_alphabetic)
        })
    });
    if domain {
        return false;
    }
    // A name's words are capitalised, but for its particles ("Consultez nos Normes"
    // is a sentence, "Charles de Gaulle" a name); scripts without case pass.
    let sentence_like = name
        .split_whitespace()
        .skip(1)
        .any(|w| w.chars().next().is_some_and(char::is_lowercase) && !NAME_PARTICLES.contains(&w));
    if sentence_like {
        return false;
    }
    let word_count = name.split_whitespace().count();
    if word_count > 6 {
        return false;
    }
    if !name.chars().any(char::is_alphabetic) || name.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    // A word of the page's furniture, not a person.
    !matches!(
        lower.as_str(),
        "author" | "auteur" | "penulis" | "redaction" | "rédaction" | "admin" | "editor" | "staff"
    )
}

fn lang(document: &Html, tags: &MetaTags, ld: &LinkedData) -> Option<String> {
    let html_lang = document
        .select(&selector("html"))
        .next()
        .and_then(|h| {
            h.value()
                .attr("lang")
                .or_else(|| h.value().attr("xml:lang"))
        })
        .map(str::to_string);
    [
        html_lang,
        tags.get("og:locale"),
        ld.lang.clone(),
        tags.get("content-language"),
        tags.get("language"),
    ]
    .into_iter()
    .flatten()
    .find_map(|l| iso_639_1(&l))
}

fn iso_639_1(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_lowercase();
    (primary.len() == 2 && primary.chars().all(|c| c.is_ascii_lowercase())).then_some(primary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(html: &str) -> Meta {
        read(&Html::parse_document(html))
    }

    #[test]
    fn json_ld_graph_with_author_array() {
        let page = r#"<html lang="fr"><head>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Le Quotidien du Sud"},
 {"@type":["NewsArticle"],"headline":"La sécheresse menace les vignes du Gard",
  "datePublished":"2024-02-20T14:32:00+01:00",
  "author":[{"@type":"Person","name":"Claire Dubois"},{"@type":"Person","name":"Marc Lefèvre"}],
  "publisher":{"@type":"Organization","name":"Le Quotidien du Sud"},
  "mainEntityOfPage":{"@id":"https://quotidiendusud.example/secheresse-gard"}}]}</script>
</head><body><h1>La sécheresse menace les vignes du Gard</h1></body></html>"#;
        let m = meta(page);
        assert_eq!(
            m.title.as_deref(),
            Some("La sécheresse menace les vignes du Gard")
        );
        assert_eq!(m.date.as_deref(), Some("2024-02-20T14:32:00+01:00"));
        assert_eq!(m.authors, vec!["Claire Dubois", "Marc Lefèvre"]);
        assert_eq!(m.site.as_deref(), Some("Le Quotidien du Sud"));
        assert_eq!(
            m.url.as_deref(),
            Some("https://quotidiendusud.example/secheresse-gard")
        );
        assert_eq!(m.lang.as_deref(), Some("fr"));
    }

    #[test]
    fn json_ld_author_as_object_and_as_string() {
        let object = r#"<script type="application/ld+json">{"@type":"ReportageNewsArticle",
"headline":"Harga cabai melonjak","author":{"@type":"Person","name":"Oleh Budi Santoso"}}</script>"#;
        assert_eq!(meta(object).authors, vec!["Budi Santoso"]);
        let string = r#"<script type="application/ld+json">[{"@type":"Article",
"headline":"x","author":"Ana Torres y Luis Gómez"}]</script>"#;
        assert_eq!(meta(string).authors, vec!["Ana Torres", "Luis Gómez"]);
    }

    #[test]
    fn opengraph_and_meta_tags() {
        let page = r#"<html><head><title>Un nouveau pont sur la Loire | Ouest Info</title>
<meta property="og:title" content="Un nouveau pont sur la Loire">
<meta property="og:site_name" content="Ouest Info">
<meta property="og:url" content="https://ouestinfo.example/pont-loire">
<meta property="og:locale" content="fr_FR">
<meta property="article:published_time" content="2023-09-01T05:30:12Z">
<meta property="article:author" content="https://www.facebook.com/ouestinfo">
<meta name="author" content="Par Jeanne Martin et Paul Roux">
</head><body><h1 class="logo">Ouest Info</h1><h1>Un nouveau pont sur la Loire</h1></body></html>"#;
        let m = meta(page);
        assert_eq!(m.title.as_deref(), Some("Un nouveau pont sur la Loire"));
        assert_eq!(m.date.as_deref(), Some("2023-09-01T05:30:12+00:00"));
        assert_eq!(m.authors, vec!["Jeanne Martin", "Paul Roux"]);
        assert_eq!(
            m.url.as_deref(),
            Some("https://ouestinfo.example/pont-loire")
        );
        assert_eq!(m.lang.as_deref(), Some("fr"));
    }

    #[test]
    fn visible_fallbacks() {
        let page = r#"<html><head><title>Pemilu 2024: KPU Umumkan Hasil Rekapitulasi - Warta Nusantara</title></head>
<body><h1>Pemilu 2024: KPU Umumkan Hasil Rekapitulasi</h1>
<div class="date">Rabu, 20 Maret 2024 22:19 WIB</div>
<span class="byline">Oleh Siti Aminah dan Dedi Kurniawan</span>
<p>KPU mengumumkan hasil rekapitulasi nasional pada Rabu malam.</p></body></html>"#;
        let m = meta(page);
        assert_eq!(
            m.title.as_deref(),
            Some("Pemilu 2024: KPU Umumkan Hasil Rekapitulasi")
        );
        assert_eq!(m.date.as_deref(), Some("2024-03-20T22:19:00+07:00"));
        assert_eq!(m.authors, vec!["Siti Aminah", "Dedi Kurniawan"]);
    }

    #[test]
    fn time_and_microdata_dates() {
        let time = r#"<body><h1>Titre</h1><p>Mis à jour <time datetime="2024-03-02">2 mars</time></p>
<p>Publié <time class="date-publication" datetime="2024-03-01T08:00:00+01:00">1er mars</time></p></body>"#;
        assert_eq!(
            meta(time).date.as_deref(),
            Some("2024-03-01T08:00:00+01:00")
        );
        let micro =
            r#"<body><span itemprop="datePublished" content="2024-01-15">15 janv.</span></body>"#;
        assert_eq!(meta(micro).date.as_deref(), Some("2024-01-15"));
    }

    #[test]
    fn byline_shown_beats_an_editor_in_metadata() {
        let page = r#"<head><meta property="og:site_name" content="Warta Nusantara">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harga beras turun",
"author":{"@type":"Person","name":"Heru Prasetyo"}}</script></head>
<body><h1>Harga beras turun</h1><div class="author-name">Dewi Lestari</div></body>"#;
        assert_eq!(meta(page).authors, vec!["Dewi Lestari", "Heru Prasetyo"]);
    }

    #[test]
    fn byline_with_avec_and_a_profile_link() {
        let page = r#"<body><h1>Le Conseil d'État suspend l'arrêté</h1>
<p><span class="signature">Par <a href="/journaliste/anne-roux/">Anne Roux</a> (avec Karim Benali et Lucie Morel)</span></p>
<a href="https://example.org/programmation/journalistique/">Consultez nos Normes et pratiques journalistiques</a></body>"#;
        assert_eq!(
            meta(page).authors,
            vec!["Anne Roux", "Karim Benali", "Lucie Morel"]
        );
        let sentence = r#"<body><h1>Titre</h1><a href="/normes/journalistique/">Consultez nos Normes</a>
<div class="auteur">Lire la suite</div></body>"#;
        assert!(meta(sentence).authors.is_empty());
    }

    #[test]
    fn meta_written_with_value_instead_of_content() {
        let page = r#"<head><meta name="dc.date.created" value="2017-03-13|19h18"></head>"#;
        assert_eq!(meta(page).date.as_deref(), Some("2017-03-13T19:18:00"));
    }

    #[test]
    fn author_that_is_the_site_is_dropped() {
        let page = r#"<head><meta property="og:site_name" content="Kompas.com">
<meta name="author" content="Kompas.com"></head>"#;
        assert!(meta(page).authors.is_empty());
    }
}
