//! cari on a real OpenSearch cluster: `CARI_OPENSEARCH_URLS` (one node URL per line or
//! comma, as `scripts/opensearch.sh start 3` prints them) names it; without it these
//! tests say so and pass. Tests that kill a node use `scripts/opensearch.sh kill I` and
//! `restart I`, and run one at a time (they share the cluster).

use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use serde_json::{Value, json};

use cari::analysis::{self, AnalyzerKind, stopwords};
use cari::opensearch::mapping::{self, GAP};

use crate::harness::{self, cari, root, seeds, stderr};

/// One test at a time on the cluster: some kill a node.
static CLUSTER: Mutex<()> = Mutex::new(());

struct Cluster {
    nodes: Vec<String>,
    _turn: MutexGuard<'static, ()>,
}

/// The cluster, or `None` (with a notice) when the tests run without one.
fn cluster(test: &str) -> Option<Cluster> {
    let Ok(urls) = std::env::var("CARI_OPENSEARCH_URLS") else {
        eprintln!(
            "{test}: skipped: CARI_OPENSEARCH_URLS is unset (.ci/run starts a cluster and sets it)"
        );
        return None;
    };
    let nodes: Vec<String> = urls
        .split([',', '\n', ' '])
        .map(|u| u.trim().trim_end_matches('/').to_string())
        .filter(|u| !u.is_empty())
        .collect();
    let turn = CLUSTER.lock().unwrap_or_else(|e| e.into_inner());
    let cluster = Cluster { nodes, _turn: turn };
    cluster.wait_green();
    Some(cluster)
}

impl Cluster {
    /// `--opensearch` for an index named after the test (every node, so any may die).
    fn target(&self, index: &str) -> String {
        format!("{}/{index}", self.nodes.join(","))
    }

    fn agent() -> ureq::Agent {
        ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(180)))
            .build()
            .into()
    }

    /// A request to the first node that answers; its JSON answer.
    fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        for node in &self.nodes {
            let url = format!("{node}{path}");
            let agent = Cluster::agent();
            let sent = match (method, body) {
                ("GET", None) => agent.get(&url).call(),
                ("DELETE", None) => agent.delete(&url).call(),
                (_, body) => {
                    let body = body.map(|b| b.to_string()).unwrap_or_default();
                    let request = if method == "PUT" {
                        agent.put(&url)
                    } else {
                        agent.post(&url)
                    };
                    request
                        .header("Content-Type", "application/json")
                        .send(body.as_bytes())
                }
            };
            if let Ok(mut response) = sent {
                let text = response.body_mut().read_to_string().unwrap_or_default();
                return serde_json::from_str(&text).unwrap_or(Value::Null);
            }
        }
        panic!("no node of {:?} answers", self.nodes);
    }

    fn wait_green(&self) {
        let health = self.call(
            "GET",
            "/_cluster/health?wait_for_status=green&timeout=180s",
            None,
        );
        assert_eq!(health["status"], "green", "{health}");
    }

    fn count(&self, index: &str) -> u64 {
        self.call("POST", &format!("/{index}/_refresh"), None);
        self.call("GET", &format!("/{index}/_count"), None)["count"]
            .as_u64()
            .expect("a count")
    }

    fn drop_index(&self, index: &str) {
        self.call(
            "DELETE",
            &format!("/{index},{index}.articles?ignore_unavailable=true"),
            None,
        );
    }

    /// `scripts/opensearch.sh ARGS…`, which must succeed.
    fn script(&self, args: &[&str]) {
        let out = Command::new(root().join("scripts/opensearch.sh"))
            .args(args)
            .output()
            .expect("run scripts/opensearch.sh");
        assert!(
            out.status.success(),
            "opensearch.sh {args:?}: {}",
            stderr(&out)
        );
    }

    /// Kills node `i` (kill -9); the node starts again when the guard is dropped, even
    /// when the test fails, so the next test finds the cluster whole.
    fn kill(&self, i: usize) -> Killed<'_> {
        self.script(&["kill", &i.to_string()]);
        Killed {
            cluster: self,
            node: i,
        }
    }
}

struct Killed<'a> {
    cluster: &'a Cluster,
    node: usize,
}

impl Drop for Killed<'_> {
    fn drop(&mut self) {
        let node = self.node.to_string();
        let _ = Command::new(root().join("scripts/opensearch.sh"))
            .args(["restart", &node])
            .output();
        let _ = self.cluster.call(
            "GET",
            "/_cluster/health?wait_for_status=green&timeout=180s",
            None,
        );
    }
}

fn load(corpus: &Path, target: &str, extra: &[&str]) -> Output {
    let corpus = corpus.to_string_lossy();
    let mut args = vec!["index", &corpus, "--opensearch", target];
    args.extend_from_slice(extra);
    cari(&root(), &args)
}

fn search(target_or_index: &[&str], query: &str) -> (Output, Value) {
    let mut args = vec!["search", "--json"];
    args.extend_from_slice(target_or_index);
    args.push(query);
    let out = cari(&root(), &args);
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out, json)
}

fn dev_queries() -> Vec<String> {
    ["dev.jsonl", "dev_xling.jsonl"]
        .iter()
        .flat_map(|f| {
            std::fs::read_to_string(root().join("tests/data").join(f))
                .expect("dev queries")
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| {
                    let q: Value = serde_json::from_str(l).expect("a query");
                    q["query"].as_str().expect("a query text").to_string()
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// What a hit shows, as printed (the score aside: BM25 counts a field's documents in
/// Lucene, every passage in tantivy).
fn shown(hit: &Value) -> Value {
    json!([
        hit["doc"],
        hit["passage"],
        hit["title"],
        hit["lang"],
        hit["text"],
        hit["snippet"],
        hit["highlights"]
    ])
}

#[test]
fn searches_answer_as_the_local_index_does() {
    let Some(cluster) = cluster("searches_answer_as_the_local_index_does") else {
        return;
    };
    let index = "it-same-answers";
    cluster.drop_index(index);
    let target = cluster.target(index);
    let out = load(&seeds(), &target, &["--shards", "2", "--replicas", "1"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("indexed 5 articles, 79 passages"),
        "{}",
        stderr(&out)
    );
    assert_eq!(cluster.count(index), 79);
    let local = harness::seeds_index();
    let local = local.path().to_string_lossy().to_string();
    for query in dev_queries() {
        let (_, here) = search(&["--index", &local], &query);
        let (out, there) = search(&["--opensearch", &target], &query);
        assert_eq!(out.status.code(), Some(0), "{query}: {}", stderr(&out));
        assert_eq!(here["total_hits"], there["total_hits"], "{query}");
        assert_eq!(here["expansion"], there["expansion"], "{query}");
        assert_eq!(shown(&here["hits"][0]), shown(&there["hits"][0]), "{query}");
        let keys = |v: &Value| {
            v["hits"][0]
                .as_object()
                .map(|o| o.keys().cloned().collect::<Vec<_>>())
        };
        assert_eq!(keys(&here), keys(&there), "{query}");
    }
    // A misspelt name is corrected from the cluster's terms too.
    let (_, there) = search(&["--opensearch", &target], "Zuckerbrg DeepSek");
    assert_eq!(there["corrections"][0]["to"][0], "zuckerberg", "{there}");
    // `ask` reads the quotations of the articles the cluster returns.
    let ask = |place: &[&str]| {
        let mut args = vec!["ask", "--json"];
        args.extend_from_slice(place);
        args.push("what did Zuckerberg say about DeepSeek");
        let out = cari(&root(), &args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        v["answers"][0]["quote"].clone()
    };
    assert_eq!(ask(&["--index", &local]), ask(&["--opensearch", &target]));
    cluster.drop_index(index);
}

/// Each hit's article, passage and score.
fn scored(answer: &Value) -> Vec<(String, u64, f64)> {
    answer["hits"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|h| {
            (
                h["doc"].as_str().unwrap_or_default().to_string(),
                h["passage"].as_u64().unwrap_or(u64::MAX),
                h["score"].as_f64().unwrap_or(f64::NAN),
            )
        })
        .collect()
}

#[test]
fn words_indexed_twice_at_one_position_score_as_locally() {
    let Some(cluster) = cluster("words_indexed_twice_at_one_position_score_as_locally") else {
        return;
    };
    let index = "it-stacked";
    cluster.drop_index(index);
    let target = cluster.target(index);
    // `Meta` starting a sentence is indexed as written and stemmed (`meta`, `met` at one
    // position), elsewhere as written only: a query starting with `Meta` asks for both
    // at one position, which only some of a passage's `meta`s are.
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).expect("a folder");
    let files = [
        (
            "investir.txt",
            "Les investissements de Meta\n\nMeta investit massivement dans les centres de données cette année, selon le groupe.\n\nLe groupe Meta a confirmé que Meta et ses filiales dépenseront davantage, selon Meta.",
        ),
        (
            "prudence.txt",
            "Les analystes restent prudents\n\nMeta prévoit de nouvelles dépenses pour l'année prochaine. Les analystes de Meta restent prudents face à ces dépenses.",
        ),
        (
            "bourse.txt",
            "La bourse de New York\n\nLes actions de Meta ont progressé à la bourse de New York pendant que le marché reculait.",
        ),
    ];
    for (name, text) in files {
        std::fs::write(corpus.join(name), text).expect("write an article");
    }
    let out = load(&corpus, &target, &["--shards", "2"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let local = dir.path().join("index");
    let out = harness::index_cli(&corpus, &local, &["--quiet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let local = local.to_string_lossy().to_string();
    for query in ["Meta dépenses", "Meta", "\"Meta investit\""] {
        let (_, here) = search(&["--index", &local], query);
        let (out, there) = search(&["--opensearch", &target], query);
        assert_eq!(out.status.code(), Some(0), "{query}: {}", stderr(&out));
        let (here, there) = (scored(&here), scored(&there));
        assert!(!here.is_empty(), "{query}");
        assert_eq!(here.len(), there.len(), "{query}: {here:?} {there:?}");
        for (a, b) in here.iter().zip(&there) {
            assert_eq!((&a.0, a.1), (&b.0, b.1), "{query}: {here:?} {there:?}");
            assert!(
                (a.2 - b.2).abs() < 1e-3 * a.2.abs().max(1.0),
                "{query}: {here:?} {there:?}"
            );
        }
    }
    cluster.drop_index(index);
}

#[test]
fn filters_sort_and_pages_answer_as_the_local_index_does() {
    let Some(cluster) = cluster("filters_sort_and_pages_answer_as_the_local_index_does") else {
        return;
    };
    let index = "it-filters";
    cluster.drop_index(index);
    let target = cluster.target(index);
    // The seeds (undated) and dated records of four sites, one undated.
    let news = root().join("tests/data/results/news.jsonl");
    let out = load_sources(&[&seeds(), &news], &target, &["--shards", "2"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let dir = tempfile::tempdir().expect("temp dir");
    let local = dir.path().join("index");
    let local = local.to_string_lossy().to_string();
    let out = cari(
        &root(),
        &[
            "index",
            &seeds().to_string_lossy(),
            &news.to_string_lossy(),
            "--index",
            &local,
            "--quiet",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // Copies of one story are folded locally only (the cluster has no fingerprints).
    let cases: [&[&str]; 11] = [
        &["--facets"],
        &["--facets", "--since", "2024", "--per-article", "1"],
        &[],
        &["--since", "2024-02"],
        &["--until", "2023"],
        &["--since", "2024-02-28", "--until", "2024-02-29"],
        &["--source", "KOMPAS.com"],
        &["--source", "lemonde.fr", "--source", "tempo.co"],
        &["--sort", "date"],
        &["--sort", "date", "--since", "2024"],
        &["--offset", "3", "--limit", "4"],
    ];
    for extra in cases {
        let mut args = vec!["--no-fold"];
        if !extra.contains(&"--limit") {
            args.extend_from_slice(&["--limit", "30"]);
        }
        args.extend_from_slice(extra);
        let (_, here) = search(&[&["--index", &local][..], &args].concat(), "Zuckerberg");
        let (out, there) = search(
            &[&["--opensearch", &target][..], &args].concat(),
            "Zuckerberg",
        );
        assert_eq!(out.status.code(), Some(0), "{extra:?}: {}", stderr(&out));
        for key in ["total_hits", "total_articles", "facets"] {
            assert_eq!(here[key], there[key], "{extra:?}: {key}");
        }
        let more = |v: &Value| {
            v["hits"].as_array().map(|h| {
                h.iter()
                    .map(|h| h["more_in_article"].clone())
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(more(&here), more(&there), "{extra:?}");
        let (here, there) = (scored(&here), scored(&there));
        assert!(!here.is_empty(), "{extra:?}");
        assert_eq!(
            here.iter().map(|h| (&h.0, h.1)).collect::<Vec<_>>(),
            there.iter().map(|h| (&h.0, h.1)).collect::<Vec<_>>(),
            "{extra:?}"
        );
        for (a, b) in here.iter().zip(&there) {
            assert!((a.2 - b.2).abs() < 1e-3, "{extra:?}: {here:?} {there:?}");
        }
    }
    // What the index holds, counted by the cluster's aggregations.
    let stats = |place: &[&str]| {
        let out = cari(&root(), &[&["stats", "--json"][..], place].concat());
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_slice::<Value>(&out.stdout).expect("JSON")
    };
    let here = stats(&["--index", &local]);
    assert_eq!(here, stats(&["--opensearch", &target]));
    assert!(here.to_string().contains("lemonde.fr"), "{here}");
    // Filters that keep nothing: nothing, exit 1, on both.
    for extra in [&["--source", "nowhere.example"][..], &["--since", "2030"]] {
        let args = [&["--opensearch", &target][..], extra].concat();
        let (out, there) = search(&args, "Zuckerberg");
        assert_eq!(out.status.code(), Some(1), "{extra:?}: {}", stderr(&out));
        assert_eq!(there["total_hits"], 0, "{extra:?}");
    }
    cluster.drop_index(index);
}

/// The seeds' passages as words (the neutral analyser: lower case, no stop word
/// removed), and the same with each stop word replaced by the gap placeholder.
fn raw_and_pre(text: &str) -> (String, String) {
    let words: Vec<String> = analysis::analyze(AnalyzerKind::Neutral, text)
        .into_iter()
        .map(|t| t.term)
        .filter(|t| t != GAP)
        .collect();
    let pre: Vec<&str> = words
        .iter()
        .map(|w| {
            if stopwords::is_stop_word(w) {
                GAP
            } else {
                w.as_str()
            }
        })
        .collect();
    (words.join(" "), pre.join(" "))
}

#[test]
fn placeholder_terms_score_as_lucene_own_stop_filter() {
    let Some(cluster) = cluster("placeholder_terms_score_as_lucene_own_stop_filter") else {
        return;
    };
    let index = "it-lucene-check";
    cluster.drop_index(index);
    let mut settings = mapping::passage_index(3, 1);
    let mut stop: Vec<String> = stopwords::indonesian();
    stop.extend(stopwords::french());
    settings["settings"]["analysis"]["filter"]["cari_stop_list"] =
        json!({ "type": "stop", "stopwords": stop });
    settings["settings"]["analysis"]["analyzer"]["raw_words"] =
        json!({ "type": "custom", "tokenizer": "whitespace", "filter": ["cari_stop_list"] });
    settings["mappings"]["properties"]["raw"] = json!({ "type": "text", "analyzer": "raw_words" });
    settings["mappings"]["properties"]["pre"] = json!({ "type": "text", "analyzer": "cari_terms" });
    let created = cluster.call("PUT", &format!("/{index}"), Some(&settings));
    assert_eq!(created["acknowledged"], true, "{created}");
    let corpus = cari::corpus::read_corpus(&seeds()).expect("the seeds");
    let mut n = 0;
    for article in &corpus.articles {
        for passage in &article.passages {
            let (raw, pre) = raw_and_pre(&passage.text);
            let doc =
                json!({ "doc": article.doc, "passage": passage.ordinal, "raw": raw, "pre": pre });
            cluster.call("PUT", &format!("/{index}/_doc/{n}"), Some(&doc));
            n += 1;
        }
    }
    assert_eq!(cluster.count(index), n);
    // Words, and phrases with stop words inside ("bertemu dengan", "de l'intelligence").
    let queries = [
        ("match", "zuckerberg deepseek"),
        ("match", "kecerdasan buatan korea"),
        ("match", "intelligence artificielle"),
        ("match_phrase", "kecerdasan buatan"),
        ("match_phrase", "bertemu dengan ceo meta"),
        ("match_phrase", "presiden korea selatan"),
        ("match_phrase", "intelligence artificielle"),
        ("match_phrase", "pusat data"),
        ("match_phrase", "dari china"),
    ];
    for (kind, words) in queries {
        let (raw, pre) = raw_and_pre(words);
        let ask = |field: &str, text: &str| {
            let body = json!({ "size": 100, "query": { kind: { field: text } } });
            let answer = cluster.call(
                "POST",
                &format!("/{index}/_search?search_type=dfs_query_then_fetch"),
                Some(&body),
            );
            let mut hits: Vec<(String, i64)> = answer["hits"]["hits"]
                .as_array()
                .expect("hits")
                .iter()
                .map(|h| {
                    let score = h["_score"].as_f64().expect("a score");
                    (
                        h["_id"].as_str().expect("an id").to_string(),
                        (score * 1e5).round() as i64,
                    )
                })
                .collect();
            hits.sort();
            hits
        };
        let with_stop_filter = ask("raw", &raw);
        let with_placeholder = ask("pre", &pre);
        assert!(!with_stop_filter.is_empty(), "{kind} {words}: no hit");
        assert_eq!(with_stop_filter, with_placeholder, "{kind} {words}");
    }
    cluster.drop_index(index);
}

#[test]
fn loads_are_incremental_by_article() {
    let Some(cluster) = cluster("loads_are_incremental_by_article") else {
        return;
    };
    let index = "it-incremental";
    cluster.drop_index(index);
    let target = cluster.target(index);
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).expect("corpus folder");
    let write = |name: &str, paragraphs: &[&str]| {
        std::fs::write(corpus.join(name), paragraphs.join("\n\n")).expect("write an article");
    };
    write(
        "a.txt",
        &[
            "Pasar saham Jakarta",
            "Indeks harga saham gabungan naik tajam hari ini.",
            "Investor asing membeli saham perbankan.",
        ],
    );
    write(
        "b.txt",
        &[
            "Le marché du vin",
            "Les exportations de vin de Bordeaux ont baissé cette année.",
        ],
    );
    write(
        "c.txt",
        &[
            "Musim hujan",
            "Banjir melanda beberapa wilayah di Jawa Barat.",
        ],
    );
    let out = load(&corpus, &target, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The first line of a file is its headline, not a passage.
    assert_eq!(cluster.count(index), 4);
    // a.txt loses a paragraph, c.txt goes, d.txt comes.
    write(
        "a.txt",
        &[
            "Pasar saham Jakarta",
            "Indeks harga saham gabungan turun hari ini.",
        ],
    );
    std::fs::remove_file(corpus.join("c.txt")).expect("delete");
    write(
        "d.txt",
        &[
            "Kereta cepat",
            "Kereta cepat Jakarta Bandung mengangkut sejuta penumpang.",
        ],
    );
    let out = load(&corpus, &target, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stderr(&out);
    assert!(
        said.contains("1 added, 1 changed, 1 deleted, 1 unchanged"),
        "{said}"
    );
    assert_eq!(cluster.count(index), 3);
    assert_eq!(cluster.count(&format!("{index}.articles")), 3);
    let (_, found) = search(&["--opensearch", &target], "banjir");
    assert_eq!(found["total_hits"], 0, "{found}");
    let (_, found) = search(&["--opensearch", &target], "penumpang");
    assert_eq!(found["hits"][0]["doc"], "d.txt", "{found}");
    let (_, found) = search(&["--opensearch", &target], "perbankan");
    assert_eq!(found["total_hits"], 0, "the passage a.txt lost: {found}");
    // Nothing changed: nothing sent.
    let out = load(&corpus, &target, &[]);
    assert!(
        stderr(&out).contains("0 added, 0 changed, 0 deleted, 3 unchanged"),
        "{}",
        stderr(&out)
    );
    cluster.drop_index(index);
}

/// `cari index SOURCES… --opensearch TARGET EXTRA…`.
fn load_sources(sources: &[&Path], target: &str, extra: &[&str]) -> Output {
    let sources: Vec<String> = sources
        .iter()
        .map(|s| s.to_string_lossy().into_owned())
        .collect();
    let mut args = vec!["index"];
    args.extend(sources.iter().map(String::as_str));
    args.extend_from_slice(&["--opensearch", target]);
    args.extend_from_slice(extra);
    cari(&root(), &args)
}

/// The `doc` of every hit of `query` on the cluster, sorted.
fn docs_found(target: &str, query: &str) -> Vec<String> {
    let (_, found) = search(&["--opensearch", target], query);
    let mut docs: Vec<String> = found["hits"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|h| h["doc"].as_str().map(str::to_string))
        .collect();
    docs.sort();
    docs.dedup();
    docs
}

#[test]
fn several_sources_load_and_update_file_by_file() {
    let Some(cluster) = cluster("several_sources_load_and_update_file_by_file") else {
        return;
    };
    let index = "it-sources";
    cluster.drop_index(index);
    let target = cluster.target(index);
    let dir = tempfile::tempdir().expect("temp dir");
    let kompas = dir.path().join("kompas");
    let lemonde = dir.path().join("lemonde");
    std::fs::create_dir_all(kompas.join("2024")).expect("a folder");
    std::fs::create_dir_all(lemonde.join("2024")).expect("a folder");
    let write = |path: &Path, paragraphs: &[&str]| {
        std::fs::write(path, paragraphs.join("\n\n")).expect("write an article");
    };
    write(
        &kompas.join("2024/pasar.txt"),
        &[
            "Pasar saham Jakarta menguat",
            "Indeks harga saham gabungan naik tajam pada perdagangan hari ini.",
            "Investor asing membeli saham perbankan dalam jumlah besar.",
        ],
    );
    write(
        &kompas.join("banjir.txt"),
        &[
            "Banjir melanda Bekasi",
            "Hujan deras sejak malam membuat sungai meluap ke permukiman warga.",
        ],
    );
    // The same path in both sources: the second is named with its folder in front.
    write(
        &lemonde.join("2024/pasar.txt"),
        &[
            "Les vendanges précoces en Bourgogne",
            "La chaleur de l'été a avancé les vendanges de deux semaines.",
        ],
    );
    write(
        &lemonde.join("rugby.txt"),
        &[
            "Le XV de France s'impose à Cardiff",
            "Les Bleus ont remporté le match grâce à un essai en fin de partie.",
        ],
    );
    let out = load_sources(&[&kompas, &lemonde], &target, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("indexed 4 articles, 5 passages"),
        "{}",
        stderr(&out)
    );
    assert_eq!(cluster.count(index), 5);
    assert_eq!(docs_found(&target, "vendanges"), ["lemonde/2024/pasar.txt"]);
    assert_eq!(docs_found(&target, "perbankan"), ["2024/pasar.txt"]);

    // A change in each source: kompas's article loses a paragraph, lemonde loses
    // rugby.txt and gains tennis.txt.
    write(
        &kompas.join("2024/pasar.txt"),
        &[
            "Pasar saham Jakarta menguat",
            "Indeks harga saham gabungan turun pada perdagangan hari ini.",
        ],
    );
    std::fs::remove_file(lemonde.join("rugby.txt")).expect("delete");
    write(
        &lemonde.join("tennis.txt"),
        &[
            "Roland-Garros sous la pluie",
            "Les matchs du court central ont été interrompus par une averse.",
        ],
    );
    let out = load_sources(&[&kompas, &lemonde], &target, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("1 added, 1 changed, 1 deleted, 2 unchanged"),
        "{}",
        stderr(&out)
    );
    assert_eq!(cluster.count(index), 4);
    assert_eq!(cluster.count(&format!("{index}.articles")), 4);
    assert!(docs_found(&target, "perbankan").is_empty());
    assert!(docs_found(&target, "Cardiff").is_empty());
    assert_eq!(docs_found(&target, "averse"), ["tennis.txt"]);

    // One source given: the other, loaded before, stays and is brought up to date.
    std::fs::remove_file(lemonde.join("tennis.txt")).expect("delete");
    let out = load_sources(&[&kompas], &target, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("0 added, 0 changed, 1 deleted, 3 unchanged"),
        "{}",
        stderr(&out)
    );
    assert_eq!(docs_found(&target, "vendanges"), ["lemonde/2024/pasar.txt"]);

    // A source loaded before that has gone: one line naming the remedy, nothing lost.
    let moved = dir.path().join("lemonde-moved");
    std::fs::rename(&lemonde, &moved).expect("move a source");
    let out = load_sources(&[&kompas], &target, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("--replace"), "{}", stderr(&out));
    assert_eq!(cluster.count(index), 3);

    // `--replace`: the sources given are the only ones.
    let out = load_sources(&[&kompas], &target, &["--replace"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("0 added, 0 changed, 1 deleted, 2 unchanged"),
        "{}",
        stderr(&out)
    );
    assert_eq!(cluster.count(index), 2);
    assert!(docs_found(&target, "vendanges").is_empty());

    // Sources without a single article: an error, and the cluster as it was.
    let empty = dir.path().join("empty");
    std::fs::create_dir_all(&empty).expect("a folder");
    let out = load_sources(&[&empty], &target, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no article found"),
        "{}",
        stderr(&out)
    );
    assert_eq!(cluster.count(index), 2);
    cluster.drop_index(index);
}

/// A JSON Lines record of a scraper: an id, a title and paragraphs.
fn record(id: &str, title: &str, paragraphs: &[&str]) -> String {
    json!({
        "id": id,
        "title": title,
        "date_publish": "2024-05-02",
        "source_domain": "kompas.com",
        "maintext": paragraphs.join("\n\n"),
    })
    .to_string()
}

#[test]
fn a_shrinking_json_lines_file_leaves_no_stale_passage() {
    let Some(cluster) = cluster("a_shrinking_json_lines_file_leaves_no_stale_passage") else {
        return;
    };
    let index = "it-shrink";
    cluster.drop_index(index);
    let target = cluster.target(index);
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("scrape");
    std::fs::create_dir_all(&corpus).expect("a folder");
    let file = corpus.join("kompas.jsonl");
    let kereta = record(
        "kereta-1",
        "Kereta cepat mengangkut sejuta penumpang",
        &[
            "Kereta cepat Jakarta Bandung telah mengangkut sejuta penumpang sejak diresmikan.",
            "Operator menambah jadwal perjalanan pada akhir pekan untuk memenuhi permintaan.",
        ],
    );
    let nikel = |paragraphs: &[&str]| record("nikel-2", "Harga nikel dunia melemah", paragraphs);
    let long_nikel = nikel(&[
        "Harga nikel di bursa logam London melemah tiga persen pekan ini.",
        "Pabrik pengolahan di Sulawesi Tengah mengurangi produksi karena permintaan baterai turun.",
        "Pemerintah menyiapkan insentif bagi industri hilir agar serapan dalam negeri naik.",
    ]);
    let gempa = record(
        "gempa-3",
        "Gempa mengguncang Cianjur",
        &[
            "Gempa bermagnitudo lima mengguncang Cianjur pada Senin pagi.",
            "Warga mengungsi ke lapangan terbuka karena takut gempa susulan.",
        ],
    );
    std::fs::write(&file, format!("{kereta}\n{long_nikel}\n{gempa}\n")).expect("write");
    let out = load(&corpus, &target, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let passages = |dir: &Path| -> u64 {
        let read = cari::corpus::read_corpus(dir).expect("the corpus");
        read.articles.iter().map(|a| a.passages.len() as u64).sum()
    };
    let before = passages(&corpus);
    assert_eq!(before, 7);
    assert_eq!(cluster.count(index), before);
    assert_eq!(docs_found(&target, "mengungsi"), ["kompas.jsonl#gempa-3"]);
    assert_eq!(
        docs_found(&target, "insentif hilir"),
        ["kompas.jsonl#nikel-2"]
    );

    // The quake record is dropped, and the nickel one loses its last paragraph.
    let short_nikel = nikel(&[
        "Harga nikel di bursa logam London melemah tiga persen pekan ini.",
        "Pabrik pengolahan di Sulawesi Tengah mengurangi produksi karena permintaan baterai turun.",
    ]);
    std::fs::write(&file, format!("{kereta}\n{short_nikel}\n")).expect("rewrite");
    let out = load(&corpus, &target, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("0 added, 1 changed, 0 deleted"),
        "{}",
        stderr(&out)
    );
    let after = passages(&corpus);
    assert_eq!(after, 4);
    assert_eq!(cluster.count(index), after, "no stale passage");
    assert!(
        docs_found(&target, "mengungsi").is_empty(),
        "the record dropped"
    );
    assert!(
        docs_found(&target, "Cianjur").is_empty(),
        "its headline too"
    );
    assert!(
        docs_found(&target, "insentif hilir").is_empty(),
        "the paragraph dropped"
    );
    assert_eq!(docs_found(&target, "baterai"), ["kompas.jsonl#nikel-2"]);

    // The file deleted: every passage of its records goes.
    std::fs::write(
        corpus.join("other.txt"),
        "Cuaca cerah\n\nLangit cerah sepanjang hari di Jakarta.",
    )
    .expect("write");
    std::fs::remove_file(&file).expect("delete");
    let out = load(&corpus, &target, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(cluster.count(index), 1);
    assert!(docs_found(&target, "penumpang").is_empty());
    cluster.drop_index(index);
}

#[test]
fn a_cluster_that_does_not_answer_is_one_line_and_exit_2() {
    // Needs no cluster: a port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let target = format!("http://127.0.0.1:{port}/news");
    for args in [
        vec!["search", "--opensearch", &target, "DeepSeek"],
        vec!["ask", "--opensearch", &target, "what did Zuckerberg say"],
        vec!["index", "seeds", "--opensearch", &target],
    ] {
        let out = cari(&root(), &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let said = stderr(&out);
        assert_eq!(said.lines().count(), 1, "{said}");
        assert!(said.contains("doesn't answer"), "{said}");
    }
    let out = cari(&root(), &["search", "--opensearch", "localhost:9200", "x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("URL/INDEX"), "{}", stderr(&out));
}

#[test]
fn searches_go_on_when_a_node_is_killed() {
    let Some(cluster) = cluster("searches_go_on_when_a_node_is_killed") else {
        return;
    };
    let index = "it-node-killed";
    cluster.drop_index(index);
    let target = cluster.target(index);
    let out = load(&seeds(), &target, &["--shards", "3", "--replicas", "1"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let (_, before) = search(
        &["--opensearch", &target],
        "pertemuan Yoon Suk Yeol dengan Zuckerberg",
    );
    let mut killed = None;
    for round in 0..12 {
        if round == 3 {
            killed = Some(cluster.kill(1));
        }
        let (out, now) = search(
            &["--opensearch", &target],
            "pertemuan Yoon Suk Yeol dengan Zuckerberg",
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "round {round}: {}",
            stderr(&out)
        );
        assert_eq!(
            shown(&now["hits"][0]),
            shown(&before["hits"][0]),
            "round {round}"
        );
        assert_eq!(now["total_hits"], before["total_hits"], "round {round}");
    }
    drop(killed);
    cluster.drop_index(index);
}

/// A corpus of `n` articles made of the seeds' paragraphs, each article unique; its
/// passages, as cari reads them.
fn generated_corpus(dir: &Path, n: usize) -> usize {
    let corpus = cari::corpus::read_corpus(&seeds()).expect("the seeds");
    let paragraphs: Vec<&str> = corpus
        .articles
        .iter()
        .flat_map(|a| a.passages.iter().map(|p| p.text.as_str()))
        .collect();
    std::fs::create_dir_all(dir).expect("corpus folder");
    for i in 0..n {
        let body: Vec<String> = (0..6)
            .map(|k| {
                format!(
                    "{} (laporan {i}-{k})",
                    paragraphs[(i * 7 + k * 13) % paragraphs.len()]
                )
            })
            .collect();
        let text = format!("Berita nomor {i}\n\n{}", body.join("\n\n"));
        std::fs::write(dir.join(format!("{i:05}.txt")), text).expect("write an article");
    }
    let read = cari::corpus::read_corpus(dir).expect("the generated corpus");
    assert_eq!(read.articles.len(), n);
    read.articles.iter().map(|a| a.passages.len()).sum()
}

#[test]
fn a_load_survives_a_node_killed_midway() {
    let Some(cluster) = cluster("a_load_survives_a_node_killed_midway") else {
        return;
    };
    let index = "it-load-killed";
    cluster.drop_index(index);
    let target = cluster.target(index);
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    let articles = 3000;
    let passages = generated_corpus(&corpus, articles);
    let mut child = Command::new(env!("CARGO_BIN_EXE_cari"))
        .args([
            "index",
            &corpus.to_string_lossy(),
            "--opensearch",
            &target,
            "--shards",
            "3",
            "--replicas",
            "1",
            "--quiet",
        ])
        .spawn()
        .expect("start cari index");
    // Kill a node once the load has sent a first batch.
    loop {
        let records = cluster.call("GET", &format!("/{index}.articles/_count"), None);
        if records["count"].as_u64().unwrap_or(0) > 0 {
            break;
        }
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let killed = cluster.kill(2);
    let status = child.wait().expect("wait for cari index");
    if !status.success() {
        // The load stopped: the next one resumes it.
        let out = load(&corpus, &target, &["--quiet"]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    assert_eq!(cluster.count(index), passages as u64, "every passage once");
    assert_eq!(cluster.count(&format!("{index}.articles")), articles as u64);
    drop(killed);
    assert_eq!(
        cluster.count(index),
        passages as u64,
        "after the node came back"
    );
    cluster.drop_index(index);
}

#[test]
fn a_red_index_is_one_line_and_exit_2() {
    let Some(cluster) = cluster("a_red_index_is_one_line_and_exit_2") else {
        return;
    };
    let index = "it-red";
    cluster.drop_index(index);
    let target = cluster.target(index);
    // No replica: losing a node that holds a shard loses it. Which nodes do is the
    // cluster's choice (a node just restarted by another test may hold none), so the
    // one killed is one the cluster says holds a shard (`scripts/opensearch.sh` names
    // node I `nI`).
    let out = load(&seeds(), &target, &["--shards", "3", "--replicas", "0"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Shards stay where they started: a shard moving off the node killed (the cluster
    // rebalancing after another test's restart) would leave the index whole.
    cluster.call(
        "PUT",
        &format!("/{index}/_settings"),
        Some(&json!({"index.routing.rebalance.enable": "none"})),
    );
    cluster.call(
        "GET",
        &format!(
            "/_cluster/health/{index}?wait_for_no_relocating_shards=true\
             &wait_for_no_initializing_shards=true&timeout=60s"
        ),
        None,
    );
    let shards = cluster.call("GET", &format!("/_cat/shards/{index}?format=json"), None);
    let holder = shards
        .as_array()
        .into_iter()
        .flatten()
        .filter(|s| s["state"] == "STARTED")
        .find_map(|s| s["node"].as_str()?.strip_prefix('n')?.parse::<usize>().ok())
        .unwrap_or_else(|| panic!("no shard of {index} on a node: {shards}"));
    let killed = cluster.kill(holder);
    // The cluster tells a node is gone a moment after it is: until then it answers
    // for the index as whole. Searched once it says red.
    let red = (0..120).any(|_| {
        let health = cluster.call("GET", &format!("/_cluster/health/{index}"), None);
        health["status"] == "red" || {
            std::thread::sleep(std::time::Duration::from_millis(500));
            false
        }
    });
    assert!(red, "{index} never went red after node {holder} was killed");
    let out = cari(&root(), &["search", "--opensearch", &target, "DeepSeek"]);
    let said = stderr(&out);
    drop(killed);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert_eq!(said.lines().count(), 1, "{said}");
    assert!(said.contains("is red"), "{said}");
    cluster.drop_index(index);
}
