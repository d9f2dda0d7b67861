//! The JSON Lines reader (`.jsonl`, `.ndjson`, and `.json` holding one object or an
//! array of them): one article per record, read from the field names scrapers write
//! (news-please, trafilatura, Scrapy exports, schema.org):
//!
//! | article | fields, first found |
//! | --- | --- |
//! | title | `title`, `headline` |
//! | text | `text`, `maintext`, `body`, `content`, `articleBody`, `raw_text`, else `description` |
//! | date | `date`, `date_publish`, `published`, `datePublished`, `date_published`, `pubDate`, `published_at` |
//! | url | `url`, `link`, `source_url` |
//! | source | `source`, `source_domain`, `sitename`, `site_name`, `hostname`, else the URL's host |
//! | authors | `authors`, `author` (a string, an array of strings or of `{"name": …}`) |
//! | language | `language`, `lang`, `inLanguage`, `locale` (else detected from the text) |
//! | identity | `id`, `_id`, `uuid`, `guid` |
//!
//! A record's `doc` is `FILE#ID` when it has a short id without spaces (unique in its
//! file), else `FILE#N`, N its line (for a `.json` array, its position from 1). A line
//! that isn't a JSON object, or a record without text, is skipped with its line number;
//! the others are read.

use serde_json::{Map, Value};

use super::{Article, SkipReason, date, text};

const TITLE: &[&str] = &["title", "headline"];
const TEXT: &[&str] = &[
    "text",
    "maintext",
    "body",
    "content",
    "articleBody",
    "article_body",
    "raw_text",
    "description",
];
const DATE: &[&str] = &[
    "date",
    "date_publish",
    "published",
    "datePublished",
    "date_published",
    "pubDate",
    "published_at",
    "publish_date",
];
const URL: &[&str] = &["url", "link", "source_url"];
const SOURCE: &[&str] = &[
    "source",
    "source_domain",
    "sitename",
    "site_name",
    "hostname",
];
const AUTHORS: &[&str] = &["authors", "author"];
const LANG: &[&str] = &["language", "lang", "inLanguage", "locale"];
const ID: &[&str] = &["id", "_id", "uuid", "guid"];
/// The longest id used in a `doc`; a longer one (a whole URL) gives the line number.
const MAX_ID_CHARS: usize = 64;

/// The records of a JSON Lines file: an article, or why the record on that line isn't
/// one.
pub fn parse_lines(doc: &str, text: &str) -> Vec<Result<Article, SkipReason>> {
    let mut ids = Ids::default();
    super::passages::lines_numbered(text)
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(number, line)| {
            let record = serde_json::from_str::<Value>(line.trim()).map_err(|err| {
                SkipReason::BadRecord {
                    line: number,
                    why: format!("not JSON ({err})"),
                }
            })?;
            article(doc, number, &record, &mut ids)
        })
        .collect()
}

/// The records of a `.json` file: one object, or an array of objects (numbered from 1).
pub fn parse_json(doc: &str, text: &str) -> Result<Vec<Result<Article, SkipReason>>, SkipReason> {
    let value: Value =
        serde_json::from_str(text).map_err(|err| SkipReason::BadJson(format!("{err}")))?;
    let mut ids = Ids::default();
    Ok(match value {
        Value::Array(records) => records
            .iter()
            .enumerate()
            .map(|(i, record)| article(doc, i + 1, record, &mut ids))
            .collect(),
        record @ Value::Object(_) => {
            // One object is the file's one article: its doc is the file's name.
            let mut found = article(doc, 1, &record, &mut ids);
            if let Ok(article) = found.as_mut() {
                article.doc = doc.to_string();
            }
            vec![found]
        }
        _ => return Err(SkipReason::BadJson("neither an object nor an array".into())),
    })
}

/// The ids seen in one file, to keep `doc`s unique.
#[derive(Default)]
struct Ids(std::collections::HashSet<String>);

/// The article of one record, `number` its line or position.
fn article(doc: &str, number: usize, record: &Value, ids: &mut Ids) -> Result<Article, SkipReason> {
    let bad = |why: &str| SkipReason::BadRecord {
        line: number,
        why: why.to_string(),
    };
    let Value::Object(record) = record else {
        return Err(bad("not a JSON object"));
    };
    let body = first_text(record, TEXT).ok_or_else(|| {
        bad("no text (none of text, maintext, body, content, articleBody, description)")
    })?;
    let passages = text::passages_of_text(&body);
    if passages.is_empty() {
        return Err(bad("no passage with content"));
    }
    let title = first_text(record, TITLE)
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| text::title_from_text(&passages[0].text));
    let url = first_text(record, URL);
    let source = first_text(record, SOURCE).or_else(|| url.as_deref().and_then(host));
    let id = first_scalar(record, ID)
        .filter(|id| id.chars().count() <= MAX_ID_CHARS && !id.contains(char::is_whitespace))
        .filter(|id| ids.0.insert(id.clone()));
    let name = match id {
        Some(id) => format!("{doc}#{id}"),
        None => format!("{doc}#{number}"),
    };
    Ok(Article {
        date: first_text(record, DATE).and_then(|d| date::parse_date(&d)),
        source,
        url,
        authors: authors(record),
        lang: first_text(record, LANG),
        ..Article::new(&name, title, passages)
    })
}

/// The first of `keys` holding a non-empty string.
fn first_text(record: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter()
        .filter_map(|k| record.get(*k))
        .filter_map(Value::as_str)
        .map(str::trim)
        .find(|s| !s.is_empty())
        .map(str::to_string)
}

/// The first of `keys` holding a string or a number, as text.
fn first_scalar(record: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter()
        .filter_map(|k| record.get(*k))
        .find_map(|v| match v {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
}

/// The authors: a string (several split at `;`, `|` or " and "), an array of strings,
/// or of objects with a `name`.
fn authors(record: &Map<String, Value>) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let Some(value) = AUTHORS.iter().find_map(|k| record.get(*k)) else {
        return found;
    };
    let mut add = |name: &str| {
        for part in name.split([';', '|']).flat_map(|p| p.split(" and ")) {
            let part = part.split_whitespace().collect::<Vec<_>>().join(" ");
            if !part.is_empty() && !found.contains(&part) {
                found.push(part);
            }
        }
    };
    match value {
        Value::String(s) => add(s),
        Value::Array(items) => {
            for item in items {
                match item {
                    Value::String(s) => add(s),
                    Value::Object(o) => {
                        if let Some(name) = o.get("name").and_then(Value::as_str) {
                            add(name);
                        }
                    }
                    _ => {}
                }
            }
        }
        Value::Object(o) => {
            if let Some(name) = o.get("name").and_then(Value::as_str) {
                add(name);
            }
        }
        _ => {}
    }
    found
}

/// The host of a URL (`https://www.kompas.com/x` → `www.kompas.com`).
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scraper_field_names_are_read() {
        let text = concat!(
            r#"{"title":"Harga beras naik","maintext":"Harga beras di pasar naik tajam pekan ini.\nPedagang mengeluhkan pasokan yang seret.","date_publish":"2024-02-29 08:15:00","url":"https://www.kompas.com/beras","authors":["Andi Saputra","Rina"],"language":"id"}"#,
            "\n\n{not json\n",
            r#"{"headline":"Sommet","articleBody":"Le sommet s'est ouvert à Paris ce matin.","datePublished":"2025-02-10","author":{"name":"Claire Dubois"},"sitename":"Le Monde","id":"lm-42"}"#,
            "\n",
            r#"{"title":"Sans texte"}"#,
            "\n"
        );
        let records = parse_lines("news.jsonl", text);
        assert_eq!(records.len(), 4);
        let first = records[0].as_ref().unwrap();
        assert_eq!(first.doc, "news.jsonl#1");
        assert_eq!(first.title, "Harga beras naik");
        assert_eq!(first.date.as_deref(), Some("2024-02-29T08:15:00"));
        assert_eq!(first.source.as_deref(), Some("www.kompas.com"));
        assert_eq!(first.authors, ["Andi Saputra", "Rina"]);
        assert_eq!(first.lang.as_deref(), Some("id"));
        assert_eq!(first.passages.len(), 2);
        assert!(matches!(
            records[1],
            Err(SkipReason::BadRecord { line: 3, .. })
        ));
        let second = records[2].as_ref().unwrap();
        assert_eq!(second.doc, "news.jsonl#lm-42");
        assert_eq!(second.authors, ["Claire Dubois"]);
        assert_eq!(second.source.as_deref(), Some("Le Monde"));
        assert!(matches!(
            records[3],
            Err(SkipReason::BadRecord { line: 5, .. })
        ));
    }

    #[test]
    fn a_json_file_holds_one_object_or_an_array() {
        let one = parse_json(
            "a.json",
            r#"{"title":"T","text":"Satu kalimat yang cukup panjang."}"#,
        )
        .unwrap();
        assert_eq!(one[0].as_ref().unwrap().doc, "a.json");
        let many = parse_json(
            "b.json",
            r#"[{"text":"Kalimat pertama yang cukup panjang."},{"text":"Kalimat kedua yang cukup panjang."}]"#,
        )
        .unwrap();
        assert_eq!(many[1].as_ref().unwrap().doc, "b.json#2");
        assert!(parse_json("c.json", "42").is_err());
    }
}
