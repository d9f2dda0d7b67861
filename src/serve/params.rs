//! A request's parameters (from a query string, or a JSON body for long queries) read
//! into the query's text and the same `SearchOptions` the command line's flags make,
//! with the same value parsers, so a filter means one thing whichever way it came.

use clap::ValueEnum;

use crate::language::Lang;
use crate::search::{SearchOptions, Sort};
use crate::service::{self, Kind};

use super::error::ApiError;
use super::limits::Limits;

/// The parameters of both paths, for the message that names an unknown one.
const COMMON: &str = "q, lang, limit, since, until, source, per_article, fold, translate, explain";
/// The parameters only `/search` takes (as only `cari search` takes their flags).
const SEARCH_ONLY: &[&str] = &["offset", "sort", "facets"];

/// A query or question and how to run it.
#[derive(Debug, Clone)]
pub struct Request {
    /// The query or question, as typed.
    pub text: String,
    /// How to search, as the command line's flags would say it.
    pub options: SearchOptions,
}

/// Reads the `(name, value)` pairs of a request for `kind` (a name may repeat where a
/// flag may: `source`).
pub fn read(kind: Kind, pairs: &[(String, String)], limits: &Limits) -> Result<Request, ApiError> {
    let mut text: Option<String> = None;
    let mut options = SearchOptions {
        limit: match kind {
            Kind::Search => service::SEARCH_LIMIT,
            Kind::Ask => service::ASK_LIMIT,
        },
        ..SearchOptions::default()
    };
    for (name, value) in pairs {
        match name.as_str() {
            "q" => text = Some(value.clone()),
            "lang" => {
                options.lang = if value.is_empty() {
                    None
                } else {
                    Some(Lang::from_str(value, false).map_err(|_| {
                        bad(format!(
                            "lang={value} is not a language: use id, fr or other"
                        ))
                    })?)
                }
            }
            "limit" => options.limit = number(name, value, 1, limits.max_limit)?,
            "offset" if kind == Kind::Search => {
                options.offset = number(name, value, 0, service::MAX_OFFSET)?
            }
            "per_article" | "per-article" => {
                options.per_article = number(name, value, 0, service::MAX_PER_ARTICLE)?
            }
            "since" | "until" => {
                let bound = if value.trim().is_empty() {
                    None
                } else {
                    Some(service::date_bound(value).map_err(|err| bad(format!("{name}: {err}")))?)
                };
                if name == "since" {
                    options.filters.since = bound;
                } else {
                    options.filters.until = bound;
                }
            }
            "source" => {
                if !value.trim().is_empty() {
                    options.filters.sources.push(value.clone());
                }
            }
            "sort" if kind == Kind::Search => {
                options.sort = Sort::from_str(value, false).map_err(|_| {
                    bad(format!(
                        "sort={value} is not an order: use relevance or date"
                    ))
                })?
            }
            "facets" if kind == Kind::Search => options.facets = flag(name, value)?,
            "fold" => options.fold = flag(name, value)?,
            "translate" => options.translate = flag(name, value)?,
            "explain" => options.explain = flag(name, value)?,
            _ => {
                let only = match kind {
                    Kind::Ask if SEARCH_ONLY.contains(&name.as_str()) => {
                        format!("`{name}` is a parameter of /search, not of /ask")
                    }
                    _ => format!("unknown parameter `{name}`"),
                };
                let known = match kind {
                    Kind::Search => format!("{COMMON}, {}", SEARCH_ONLY.join(", ")),
                    Kind::Ask => COMMON.to_string(),
                };
                return Err(bad(format!("{only}: the parameters are {known}")));
            }
        }
    }
    let text = text.ok_or_else(|| bad("no query: give one as q=…".to_string()))?;
    // Its length is checked where the command line's is, when it is read (400).
    Ok(Request { text, options })
}

/// The pairs of a JSON body: an object whose values are strings, numbers, booleans or
/// (for a parameter that may repeat) arrays of them.
pub fn pairs_of_json(body: &[u8]) -> Result<Vec<(String, String)>, ApiError> {
    let value: serde_json::Value = serde_json::from_slice(body).map_err(|err| {
        bad(format!(
            "the body is not JSON ({err}): send an object such as {{\"q\": \"…\"}}"
        ))
    })?;
    let serde_json::Value::Object(object) = value else {
        return Err(bad(
            "the body is not a JSON object: send an object such as {\"q\": \"…\"}".to_string(),
        ));
    };
    let mut pairs = Vec::new();
    for (name, value) in object {
        let values = match value {
            serde_json::Value::Array(items) => items,
            serde_json::Value::Null => continue,
            single => vec![single],
        };
        for item in values {
            let text = match item {
                serde_json::Value::String(s) => s,
                serde_json::Value::Number(n) => n.to_string(),
                serde_json::Value::Bool(b) => b.to_string(),
                _ => {
                    return Err(bad(format!(
                        "`{name}` must be a string, a number or a boolean"
                    )));
                }
            };
            pairs.push((name.clone(), text));
        }
    }
    Ok(pairs)
}

/// A whole number from `min` to `max`.
fn number(name: &str, value: &str, min: usize, max: usize) -> Result<usize, ApiError> {
    match value.trim().parse::<usize>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        Ok(_) => Err(bad(format!(
            "{name}={value} is out of range: use {min} to {max}"
        ))),
        Err(_) => Err(bad(format!(
            "{name}={value} is not a number: use {min} to {max}"
        ))),
    }
}

/// A yes-or-no parameter.
fn flag(name: &str, value: &str) -> Result<bool, ApiError> {
    match value {
        "true" | "1" | "yes" | "" => Ok(true),
        "false" | "0" | "no" => Ok(false),
        _ => Err(bad(format!("{name}={value} is not true or false"))),
    }
}

fn bad(message: String) -> ApiError {
    ApiError::BadRequest(message)
}
