//! Loading a corpus into the cluster: batched `_bulk` requests of a few MB, by article.
//!
//! What was sent is recorded in a second index (`INDEX.articles`: a record per file,
//! its content hash and each of its articles with its passage count), written only
//! once every passage of the file was acknowledged. A load brings the cluster up to
//! date with the corpus: it sends the files added or changed since, deletes the
//! passages of those removed, and the passages a changed file no longer has (a JSON
//! Lines file that lost records, an article that lost paragraphs). A load killed at
//! any point is resumed by the next: a passage's id is its article's and its number,
//! so what is sent again replaces what was there, never doubles it.
//!
//! As a local index does, the cluster remembers its sources (in the article index's
//! `_meta`): a load of a folder adds it to those loaded before, and every load brings
//! all of them up to date, unless `replace` makes the sources given the only ones.
//!
//! Passages the cluster refuses for a while (429, a node down: 5xx, a primary being
//! moved) are sent again with backoff; one it refuses for good (a mapping error) is
//! named in the error at the end, after every other article was sent.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::PathBuf;
use std::time::Duration;

use serde_json::{Value, json};

use super::client::{self, Client};
use super::mapping::{self, analysed_terms, terms_field};
use super::{OpenSearchError, Target, check_health};
use crate::analysis::AnalyzerKind;
use crate::corpus::{self, Article, CorpusError, CorpusFile};
use crate::index::build::languages;
use crate::index::feed;
use crate::index::{BuildMode, BuildReport, Progress};
use crate::index::{article_key, date_value};
use crate::language::Lang;

/// How to load.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Primary shards of a new index.
    pub shards: u32,
    /// Copies of each shard; on an existing index, set when given.
    pub replicas: Option<u32>,
    /// Bytes of NDJSON per `_bulk` request.
    pub batch_bytes: usize,
    /// Make the sources given the only ones: the files of the others are deleted.
    pub replace: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            shards: 1,
            replicas: None,
            batch_bytes: 4 << 20,
            replace: false,
        }
    }
}

/// Tries of a passage the cluster keeps refusing for a while (with backoff).
const ITEM_ATTEMPTS: u32 = 10;
const FIRST_BACKOFF: Duration = Duration::from_millis(500);
const MAX_BACKOFF: Duration = Duration::from_secs(10);
/// Records read per page of the article index.
const PAGE: usize = 5000;
/// Documents named in an error; the rest are counted.
const NAMED: usize = 5;

/// The id of an article: its path's two hashes (a path may be longer than an id may).
pub fn article_id(doc: &str) -> String {
    format!(
        "{:016x}{:016x}",
        article_key(doc),
        corpus::fnv1a(doc.as_bytes())
    )
}

/// The id of passage `n` of an article.
fn passage_id(doc: &str, n: usize) -> String {
    format!("{}-{n}", article_id(doc))
}

/// What was sent of a file, as recorded.
#[derive(Debug, Clone)]
struct Sent {
    hash: String,
    /// Each article of the file (one, or a record each) and its passages.
    articles: Vec<(String, usize)>,
}

/// A file read and made ready to send (in a worker thread).
enum Prepared {
    Same,
    Article {
        hash: String,
        /// Each article of the file (a JSON Lines file holds several) and its passages.
        articles: Vec<(String, usize)>,
        /// The language of each article of the file.
        article_langs: Vec<Lang>,
        passage_langs: Vec<Lang>,
        /// The NDJSON of each passage: action line and document line.
        lines: Vec<String>,
    },
    Skipped(corpus::SkipReason),
}

/// One file of a batch, its passages not all acknowledged yet.
struct Pending {
    doc: String,
    hash: String,
    /// Its articles and their passages, as sent now.
    articles: Vec<(String, usize)>,
    /// Its articles as recorded before: the passages they had beyond those sent now
    /// (all of an article gone from the file) are deleted.
    old_articles: Vec<(String, usize)>,
}

impl Pending {
    fn passages(&self) -> usize {
        self.articles.iter().map(|(_, n)| n).sum()
    }

    /// The ids of the passages recorded before and not sent now.
    fn stale(&self) -> impl Iterator<Item = String> + '_ {
        let now: HashMap<&str, usize> = self
            .articles
            .iter()
            .map(|(doc, n)| (doc.as_str(), *n))
            .collect();
        self.old_articles.iter().flat_map(move |(doc, old)| {
            let kept = now.get(doc.as_str()).copied().unwrap_or(0);
            (kept..*old).map(move |n| passage_id(doc, n))
        })
    }
}

/// Loads the sources (folders, walked recursively, and files) into the index of
/// `target`, creating it when it isn't there; the sources loaded before are brought
/// up to date too, unless `options.replace`.
pub fn load(
    sources: &[PathBuf],
    target: &Target,
    options: &LoadOptions,
    progress: &dyn Progress,
) -> Result<BuildReport, OpenSearchError> {
    // The sources are looked at first, so that a mistyped one leaves the cluster as it was.
    for source in sources {
        fs::metadata(source).map_err(|err| CorpusError::Root {
            path: source.clone(),
            source: err,
        })?;
    }
    let client = Client::new(target.clone());
    let exists = check_health(&client)?;
    let mut roots = if exists && !options.replace {
        read_sources(&client)?
    } else {
        Vec::new()
    };
    let mut given = Vec::new();
    for source in sources.iter().map(|s| absolute(s)) {
        if !roots.contains(&source) {
            roots.push(source.clone());
        }
        given.push(source);
    }
    let paths: Vec<PathBuf> = roots.iter().map(PathBuf::from).collect();
    let listing = corpus::list_sources(&paths).map_err(|err| match err {
        CorpusError::Root { path, .. } if !given.contains(&path.to_string_lossy().into_owned()) => {
            OpenSearchError::SourceGone {
                path,
                target: target.to_string(),
            }
        }
        err => OpenSearchError::Corpus(err),
    })?;
    if !listing.files.iter().any(|f| given.contains(&roots[f.root])) {
        return Err(OpenSearchError::EmptyCorpus {
            sources: given.join(", "),
            skipped: listing.skipped,
        });
    }
    let mut report = BuildReport {
        mode: if exists {
            BuildMode::Incremental
        } else {
            BuildMode::Full
        },
        ..BuildReport::default()
    };
    if !exists {
        create(&client, options)?;
    } else if let Some(replicas) = options.replicas {
        let body = json!({ "index": { "number_of_replicas": replicas } });
        for index in [target.index.clone(), target.articles_index()] {
            client.json(
                "PUT",
                &format!("/{index}/_settings"),
                Some(&body),
                &format!("setting the replicas of {index}"),
            )?;
        }
    }
    // Remembered before anything is sent: a load killed midway still knows them.
    write_sources(&client, &roots)?;
    let mut sent = read_sent(&client)?;
    if exists && add_fields(&client)? {
        // An index made before its passages had every field: all is sent again.
        for record in sent.values_mut() {
            record.hash.clear();
        }
    }
    progress.start(listing.files.len() as u64, listing.bytes());
    report.skipped = listing.skipped;

    let mut loader = Loader {
        client: &client,
        body: String::new(),
        pending: Vec::new(),
        failed: BTreeMap::new(),
    };
    let mut seen: HashSet<&str> = HashSet::new();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    feed::ordered(
        &listing.files,
        workers,
        workers * 16,
        |file| prepare(file, sent.get(&file.doc)),
        |i, prepared| {
            let file = &listing.files[i];
            seen.insert(&file.doc);
            progress.advance(file.size);
            report.files_read += 1;
            report.bytes_read += file.size;
            let before = sent.get(&file.doc);
            match prepared {
                Prepared::Same => report.changes.unchanged += 1,
                Prepared::Skipped(reason) => {
                    report.skipped.push(corpus::Skipped {
                        path: file.path.clone(),
                        reason,
                    });
                    if before.is_some() {
                        seen.remove(file.doc.as_str());
                    }
                }
                Prepared::Article {
                    hash,
                    articles,
                    article_langs,
                    passage_langs,
                    lines,
                } => {
                    match before {
                        Some(_) => report.changes.changed += 1,
                        None => report.changes.added += 1,
                    }
                    for lang in article_langs {
                        report.per_lang.entry(lang).or_default().articles += 1;
                    }
                    for &lang in &passage_langs {
                        report.per_lang.entry(lang).or_default().passages += 1;
                    }
                    loader.pending.push(Pending {
                        doc: file.doc.clone(),
                        hash,
                        articles,
                        old_articles: before.map(|s| s.articles.clone()).unwrap_or_default(),
                    });
                    for line in lines {
                        loader.body.push_str(&line);
                    }
                    if loader.body.len() >= options.batch_bytes {
                        loader.flush()?;
                    }
                }
            }
            Ok::<(), OpenSearchError>(())
        },
    )?;
    loader.flush()?;
    progress.finish();

    let gone: Vec<(&str, &Sent)> = sent
        .iter()
        .filter(|(doc, _)| !seen.contains(doc.as_str()))
        .map(|(doc, s)| (doc.as_str(), s))
        .collect();
    report.changes.deleted = gone.len();
    delete_articles(&client, &gone)?;
    for index in [target.index.clone(), target.articles_index()] {
        client.json(
            "POST",
            &format!("/{index}/_refresh"),
            None,
            &format!("refreshing {index}"),
        )?;
    }
    if !loader.failed.is_empty() {
        let count = loader.failed.len();
        let named: Vec<&str> = loader
            .failed
            .keys()
            .map(String::as_str)
            .take(NAMED)
            .collect();
        let mut listed = named.join(", ");
        if count > NAMED {
            listed.push_str(&format!(" and {} more", count - NAMED));
        }
        let reason = loader.failed.values().next().cloned().unwrap_or_default();
        return Err(OpenSearchError::Failed {
            count,
            docs: listed,
            reason,
        });
    }
    Ok(report)
}

/// Creates the passage index and the article index.
fn create(client: &Client, options: &LoadOptions) -> Result<(), OpenSearchError> {
    let target = &client.target;
    let replicas = options.replicas.unwrap_or(1);
    for (index, body) in [
        (
            target.index.clone(),
            mapping::passage_index(options.shards, replicas),
        ),
        (
            target.articles_index(),
            mapping::articles_index(1, replicas),
        ),
    ] {
        let answer = client.send(
            "PUT",
            &format!("/{index}"),
            Some(("application/json", body.to_string().as_bytes())),
        )?;
        // Made meanwhile by another load, or left by one killed after the first: fine.
        let taken =
            answer.body["error"]["type"].as_str() == Some("resource_already_exists_exception");
        if !taken {
            client::ok(answer, &format!("creating the index {index}"))?;
        }
    }
    client.json(
        "GET",
        &format!(
            "/_cluster/health/{},{}?wait_for_status=yellow&timeout=60s",
            target.index,
            target.articles_index()
        ),
        None,
        "waiting for the new index",
    )?;
    Ok(())
}

/// What was sent of each article, from the article index.
fn read_sent(client: &Client) -> Result<HashMap<String, Sent>, OpenSearchError> {
    let index = client.target.articles_index();
    let mut sent = HashMap::new();
    let mut after: Option<Value> = None;
    loop {
        let mut body = json!({
            "size": PAGE,
            "sort": [{ "doc": "asc" }],
            "_source": ["doc", "hash", "passages", "articles"],
            "query": { "match_all": {} }
        });
        if let Some(after) = &after {
            body["search_after"] = after.clone();
        }
        let answer = client.send(
            "POST",
            &format!("/{index}/_search"),
            Some(("application/json", body.to_string().as_bytes())),
        )?;
        if answer.status == 404 {
            // An index made by a load killed before its article index: all is resent.
            client.json(
                "PUT",
                &format!("/{index}"),
                Some(&mapping::articles_index(1, 1)),
                &format!("creating the index {index}"),
            )?;
            return Ok(sent);
        }
        let page = client::ok(answer, &format!("reading {index}"))?;
        let hits = page["hits"]["hits"]
            .as_array()
            .ok_or_else(|| OpenSearchError::Unexpected(format!("reading {index}")))?;
        for hit in hits {
            let source = &hit["_source"];
            if let (Some(doc), Some(hash)) = (source["doc"].as_str(), source["hash"].as_str()) {
                let count = |v: &Value| v.as_u64().map_or(0, |n| n as usize);
                let articles = match source["articles"].as_array() {
                    Some(articles) => articles
                        .iter()
                        .filter_map(|a| {
                            Some((a["doc"].as_str()?.to_string(), count(&a["passages"])))
                        })
                        .collect(),
                    // A record written before records kept their file's articles: the
                    // file as one article, as it was then.
                    None => vec![(doc.to_string(), count(&source["passages"]))],
                };
                sent.insert(
                    doc.to_string(),
                    Sent {
                        hash: hash.to_string(),
                        articles,
                    },
                );
            }
        }
        if hits.len() < PAGE {
            return Ok(sent);
        }
        after = hits.last().map(|h| h["sort"].clone());
    }
}

/// Reads `file` and, unless the cluster holds it as it is, makes its passages' NDJSON.
fn prepare(file: &CorpusFile, sent: Option<&Sent>) -> Prepared {
    let read = corpus::read_file(file);
    let hash = read
        .content_hash
        .map(|h| format!("{h:016x}"))
        .unwrap_or_default();
    if sent.is_some_and(|s| s.hash == hash) && !hash.is_empty() {
        return Prepared::Same;
    }
    match read.articles {
        Ok(articles) => {
            let mut article_langs = Vec::new();
            let mut passage_langs = Vec::new();
            let mut lines = Vec::new();
            let mut sent = Vec::new();
            for article in &articles {
                let (article_lang, langs) = languages(article);
                lines.extend(passage_lines(article, &langs));
                sent.push((article.doc.clone(), article.passages.len()));
                article_langs.push(article_lang);
                passage_langs.extend(langs);
            }
            Prepared::Article {
                hash,
                articles: sent,
                article_langs,
                passage_langs,
                lines,
            }
        }
        Err(reason) => Prepared::Skipped(reason),
    }
}

/// The `_bulk` lines of each passage of `article`: an `index` action with the
/// passage's id, then the document.
fn passage_lines(article: &Article, langs: &[Lang]) -> Vec<String> {
    let key = format!("{:016x}", article_key(&article.doc));
    article
        .passages
        .iter()
        .zip(langs)
        .map(|(passage, &lang)| {
            let kind = AnalyzerKind::from(lang);
            let mut terms = vec![analysed_terms(kind, &passage.text)];
            // The headline is indexed with the first passage, as in the local index.
            if passage.ordinal == 0 {
                terms.push(analysed_terms(kind, &article.title));
            }
            let mut doc = json!({
                "doc": article.doc,
                "article": key,
                "title": article.title,
                "lang": lang.code(),
                "passage": passage.ordinal,
                "text": passage.text,
                terms_field(kind): terms,
            });
            if let Some(date) = &article.date {
                doc["date"] = json!(date);
                if let Some(point) = date_value(date) {
                    doc["published"] = json!(point.into_timestamp_secs());
                }
            }
            if let Some(source) = &article.source {
                doc["source"] = json!(source);
            }
            if let Some(url) = &article.url {
                doc["url"] = json!(url);
            }
            if !article.authors.is_empty() {
                doc["authors"] = json!(article.authors);
            }
            let action = json!({ "index": { "_id": passage_id(&article.doc, passage.ordinal) } });
            format!("{action}\n{doc}\n")
        })
        .collect()
}

struct Loader<'a> {
    client: &'a Client,
    /// NDJSON of the passages of `pending`.
    body: String,
    pending: Vec<Pending>,
    /// Articles the cluster refused for good, with its reason.
    failed: BTreeMap<String, String>,
}

impl Loader<'_> {
    /// Sends the batch; records the articles whose passages were all acknowledged.
    fn flush(&mut self) -> Result<(), OpenSearchError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let body = std::mem::take(&mut self.body);
        let pending = std::mem::take(&mut self.pending);
        // Which article each passage (in body order) belongs to.
        let owners: Vec<usize> = pending
            .iter()
            .enumerate()
            .flat_map(|(a, p)| std::iter::repeat_n(a, p.passages()))
            .collect();
        let items: Vec<&str> = split_items(&body);
        let refused = send_items(self.client, &self.client.target.index, &items)?;
        let mut bad: HashSet<usize> = HashSet::new();
        for (item, reason) in refused {
            let owner = owners[item];
            bad.insert(owner);
            self.failed
                .entry(pending[owner].doc.clone())
                .or_insert(reason);
        }
        let done: Vec<&Pending> = pending
            .iter()
            .enumerate()
            .filter(|(a, _)| !bad.contains(a))
            .map(|(_, p)| p)
            .collect();
        // Passages the files had beyond those they have now.
        let stale: Vec<String> = done.iter().flat_map(|p| p.stale()).collect();
        delete_ids(self.client, &self.client.target.index, &stale)?;
        let records: Vec<String> = done
            .iter()
            .map(|p| {
                let action = json!({ "index": { "_id": article_id(&p.doc) } });
                let articles: Vec<Value> = p
                    .articles
                    .iter()
                    .map(|(doc, n)| json!({ "doc": doc, "passages": n }))
                    .collect();
                let doc = json!({
                    "doc": p.doc,
                    "hash": p.hash,
                    "passages": p.passages(),
                    "articles": articles
                });
                format!("{action}\n{doc}\n")
            })
            .collect();
        let records: Vec<&str> = records.iter().map(String::as_str).collect();
        for (item, reason) in
            send_items(self.client, &self.client.target.articles_index(), &records)?
        {
            if let Some(p) = done.get(item) {
                self.failed.entry(p.doc.clone()).or_insert(reason);
            }
        }
        Ok(())
    }
}

/// The items of an NDJSON body: each an action line and its document line.
fn split_items(body: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let mut start = 0;
    let mut newlines = 0;
    for (i, b) in body.bytes().enumerate() {
        if b == b'\n' {
            newlines += 1;
            if newlines % 2 == 0 {
                items.push(&body[start..=i]);
                start = i + 1;
            }
        }
    }
    items
}

/// Sends `items` to `index` in one `_bulk` request, then again those the cluster
/// refused for a while, with backoff. Returns the items refused for good, by their
/// index in `items`, with the cluster's reason.
fn send_items(
    client: &Client,
    index: &str,
    items: &[&str],
) -> Result<Vec<(usize, String)>, OpenSearchError> {
    let mut todo: Vec<usize> = (0..items.len()).collect();
    let mut refused = Vec::new();
    let mut backoff = FIRST_BACKOFF;
    for attempt in 1..=ITEM_ATTEMPTS {
        if todo.is_empty() {
            break;
        }
        let body: String = todo.iter().map(|&i| items[i]).collect();
        let answer = client.send(
            "POST",
            &format!("/{index}/_bulk"),
            Some(("application/x-ndjson", body.as_bytes())),
        )?;
        let mut again = Vec::new();
        if client::is_transient(answer.status) {
            again = todo.clone();
        } else {
            let answer = client::ok(answer, &format!("sending passages to {index}"))?;
            let results = answer["items"].as_array().ok_or_else(|| {
                OpenSearchError::Unexpected(format!("sending passages to {index}"))
            })?;
            for (&i, result) in todo.iter().zip(results) {
                let result = &result["index"];
                let status = result["status"].as_u64().unwrap_or(0) as u16;
                if (200..300).contains(&status) {
                    continue;
                }
                let reason = client::reason(result);
                if client::is_transient(status) && attempt < ITEM_ATTEMPTS {
                    again.push(i);
                } else {
                    refused.push((i, reason));
                }
            }
            // An answer with fewer items than sent: what it didn't answer goes again.
            again.extend(todo.iter().skip(results.len()));
        }
        if attempt == ITEM_ATTEMPTS {
            refused.extend(again.into_iter().map(|i| {
                (
                    i,
                    "the cluster stayed busy or failing through every retry".to_string(),
                )
            }));
            break;
        }
        todo = again;
        if !todo.is_empty() {
            std::thread::sleep(backoff);
            backoff = (backoff * 2).min(MAX_BACKOFF);
        }
    }
    Ok(refused)
}

/// Deletes documents by id (one not there is fine), in `_bulk` requests.
fn delete_ids(client: &Client, index: &str, ids: &[String]) -> Result<(), OpenSearchError> {
    for chunk in ids.chunks(5000) {
        let body: String = chunk
            .iter()
            .map(|id| format!("{}\n", json!({ "delete": { "_id": id } })))
            .collect();
        let answer = client.send(
            "POST",
            &format!("/{index}/_bulk"),
            Some(("application/x-ndjson", body.as_bytes())),
        )?;
        let answer = client::ok(answer, &format!("deleting documents of {index}"))?;
        if answer["errors"].as_bool() == Some(true) {
            let refused = answer["items"].as_array().into_iter().flatten().find(|i| {
                let status = i["delete"]["status"].as_u64().unwrap_or(0);
                status != 404 && !(200..300).contains(&status)
            });
            if let Some(item) = refused {
                return Err(OpenSearchError::Refused {
                    doing: format!("deleting documents of {index}"),
                    status: item["delete"]["status"].as_u64().unwrap_or(0) as u16,
                    reason: client::reason(&item["delete"]),
                });
            }
        }
    }
    Ok(())
}

/// Deletes the passages and the records of the files `gone` (with what was recorded
/// of each).
fn delete_articles(client: &Client, gone: &[(&str, &Sent)]) -> Result<(), OpenSearchError> {
    let passages: Vec<String> = gone
        .iter()
        .flat_map(|(_, sent)| &sent.articles)
        .flat_map(|(doc, n)| (0..*n).map(|k| passage_id(doc, k)))
        .collect();
    delete_ids(client, &client.target.index, &passages)?;
    let records: Vec<String> = gone.iter().map(|(doc, _)| article_id(doc)).collect();
    delete_ids(client, &client.target.articles_index(), &records)
}

/// Adds to the passage index the fields it lacks (made by an earlier cari); whether
/// it lacked any.
fn add_fields(client: &Client) -> Result<bool, OpenSearchError> {
    let index = &client.target.index;
    let doing = format!("reading the fields of {index}");
    let mapping = client.json("GET", &format!("/{index}/_mapping"), None, &doing)?;
    let properties = mapping
        .as_object()
        .and_then(|m| m.values().next())
        .map(|m| &m["mappings"]["properties"])
        .ok_or(OpenSearchError::Unexpected(doing))?;
    let wanted = &mapping::passage_index(1, 1)["mappings"]["properties"];
    let missing: serde_json::Map<String, Value> = mapping::ADDED_FIELDS
        .iter()
        .filter(|f| properties.get(**f).is_none())
        .map(|f| (f.to_string(), wanted[*f].clone()))
        .collect();
    if missing.is_empty() {
        return Ok(false);
    }
    client.json(
        "PUT",
        &format!("/{index}/_mapping"),
        Some(&json!({ "properties": missing })),
        &format!("adding fields to {index}"),
    )?;
    Ok(true)
}

/// A source as remembered: its absolute path (as a local index keeps it).
fn absolute(path: &std::path::Path) -> String {
    fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

/// The sources loaded before, from the article index's `_meta` (none for an index
/// made before it kept them).
fn read_sources(client: &Client) -> Result<Vec<String>, OpenSearchError> {
    let index = client.target.articles_index();
    let answer = client.send("GET", &format!("/{index}/_mapping"), None)?;
    if answer.status == 404 {
        return Ok(Vec::new());
    }
    let mapping = client::ok(answer, &format!("reading the sources of {index}"))?;
    Ok(mapping[&index]["mappings"]["_meta"]["sources"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(str::to_string))
        .collect())
}

/// Remembers the sources in the article index's `_meta`, and adds the field that keeps
/// a file's articles to an index made before records had it.
fn write_sources(client: &Client, roots: &[String]) -> Result<(), OpenSearchError> {
    let index = client.target.articles_index();
    let answer = client.send("HEAD", &format!("/{index}"), None)?;
    if answer.status == 404 {
        // Made by a load killed before its article index: made now.
        client.json(
            "PUT",
            &format!("/{index}"),
            Some(&mapping::articles_index(1, 1)),
            &format!("creating the index {index}"),
        )?;
    }
    let body = json!({
        "_meta": { "sources": roots },
        "properties": mapping::articles_index(1, 1)["mappings"]["properties"].clone()
    });
    client.json(
        "PUT",
        &format!("/{index}/_mapping"),
        Some(&body),
        &format!("recording the sources in {index}"),
    )?;
    Ok(())
}
