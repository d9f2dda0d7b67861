//! `cari serve` as a process: its answers are the command line's `--json` objects,
//! its errors JSON with the right status, its limits kept, its index followed while
//! builds run, and a SIGTERM lets the request in flight finish.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use serde_json::Value;

use crate::harness::{self, Server};

/// Queries in Indonesian, French and English over the seeds, as people type them.
const QUERIES: &[&str] = &[
    "jaket kulit",
    "pertemuan Yoon Suk Yeol dengan Zuckerberg",
    "\"kecerdasan buatan\" Korea",
    "pengeluaran AI Meta DeepSeek",
    "asisten AI yang dipersonalisasi",
    "investasi besar AI Eropa",
    "conversation productive sur l'intelligence artificielle",
    "le patron de Meta au Japon",
    "intelligence generale",
    "Premier ministre japonais Fumio Kishida",
    "fake news before the elections",
    "open source AI standard",
    "Nvidia AND Meta",
    "Meta -DeepSeek",
    "Zuckerbreg",
];

/// Questions, as `cari ask` takes them.
const QUESTIONS: &[&str] = &[
    "what did Zuckerberg say about DeepSeek",
    "apa kata Huang tentang WhatsApp",
    "qu'a dit Zuckerberg sur l'intelligence artificielle",
    "who did Zuckerberg meet in South Korea",
];

/// The JSON without what differs between two runs of one query (the time it took).
fn comparable(mut json: Value) -> Value {
    if let Some(object) = json.as_object_mut() {
        object.remove("took_ms");
    }
    json
}

fn encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

fn cli_json(index: &Path, command: &str, args: &[&str]) -> Value {
    let index = index.to_string_lossy();
    let mut all = vec![command, "--json", "--index", &index];
    all.extend_from_slice(args);
    let out = harness::cari(&harness::root(), &all);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{all:?}: {}",
        harness::stderr(&out)
    );
    comparable(serde_json::from_slice(&out.stdout).expect("one JSON object"))
}

#[test]
fn http_answers_are_the_command_lines_json() {
    let index = harness::seeds_index();
    let server = Server::start(index.path(), &[]);
    for query in QUERIES {
        let cli = cli_json(index.path(), "search", &[query]);
        let (status, got) = server.get(&format!("/search?q={}", encode(query)));
        assert_eq!(status, 200, "{query}: {got}");
        assert_eq!(comparable(got), cli, "GET /search {query}");
        let body = serde_json::json!({"q": query}).to_string();
        let (status, posted) = server.post("/search", body.as_bytes());
        assert_eq!(status, 200, "{query}: {posted}");
        assert_eq!(comparable(posted), cli, "POST /search {query}");
    }
    // Options mean what the flags mean.
    let cli = cli_json(
        index.path(),
        "search",
        &[
            "--lang",
            "fr",
            "--limit",
            "3",
            "--no-translate",
            "intelligence",
        ],
    );
    let (_, got) = server.get("/search?q=intelligence&lang=fr&limit=3&translate=false");
    assert_eq!(comparable(got), cli);
    assert!(!cli["hits"].as_array().expect("hits").is_empty());
    for question in QUESTIONS {
        let cli = cli_json(index.path(), "ask", &[question]);
        let (status, got) = server.get(&format!("/ask?q={}", encode(question)));
        assert_eq!(status, 200, "{question}: {got}");
        assert_eq!(comparable(got), cli, "GET /ask {question}");
        let body = serde_json::json!({"q": question}).to_string();
        let (_, posted) = server.post("/ask", body.as_bytes());
        assert_eq!(comparable(posted), cli, "POST /ask {question}");
    }
}

/// The status and `error` of a failed request (which must be JSON with one line).
fn error_of((status, body): (u16, Value)) -> (u16, String) {
    let message = body["error"]
        .as_str()
        .unwrap_or_else(|| panic!("a JSON error, not {body}"))
        .to_string();
    assert!(!message.contains('\n'), "{message}");
    (status, message)
}

#[test]
fn bad_requests_are_json_errors() {
    let index = harness::seeds_index();
    let server = Server::start(index.path(), &[]);
    let (status, message) = error_of(server.get("/search?q=jaket&lang=de"));
    assert_eq!(status, 400);
    assert!(message.contains("lang=de"), "{message}");
    let (status, message) = error_of(server.get("/search?q=jaket&limit=1000"));
    assert_eq!(status, 400);
    assert!(message.contains("1 to 100"), "{message}");
    assert_eq!(error_of(server.get("/search?q=jaket&limit=ten")).0, 400);
    assert_eq!(error_of(server.get("/search?q=jaket&colour=red")).0, 400);
    assert_eq!(error_of(server.get("/search")).0, 400);
    let (status, message) = error_of(server.get("/search?q=%22jaket"));
    assert_eq!(
        (status, message.as_str()),
        (400, "unmatched double quote in the query")
    );
    assert_eq!(error_of(server.get("/ask?q=%20%20")).0, 400);
    // Longer than a query may be, though well within the body limit.
    let long = vec!["kata"; 2_000].join(" ");
    let body = serde_json::json!({"q": long}).to_string();
    let (status, message) = error_of(server.post("/search", body.as_bytes()));
    assert_eq!(status, 400);
    assert!(message.contains("the query is too long"), "{message}");
    assert_eq!(error_of(server.post("/search", b"q=jaket")).0, 400);
    assert_eq!(error_of(server.post("/search", b"[\"jaket\"]")).0, 400);
    assert_eq!(
        error_of(server.post("/search", br#"{"q": {"a": 1}}"#)).0,
        400
    );
    // Larger than a body may be.
    let huge = serde_json::json!({"q": "x".repeat(70 * 1024)}).to_string();
    let (status, message) = error_of(server.post("/search", huge.as_bytes()));
    assert_eq!(status, 413);
    assert!(message.contains("65536 bytes"), "{message}");
    let (status, message) = error_of(server.get("/etc/passwd"));
    assert_eq!(status, 404);
    assert!(message.contains("/etc/passwd"), "{message}");
    assert_eq!(error_of(server.get("/search/../../etc/passwd")).0, 404);
    assert_eq!(error_of(server.post("/health", b"{}")).0, 405);
    // A repeated parameter is read as the flag would be: the last one wins.
    let (status, _) = server.get("/search?q=jaket&q=kulit");
    assert_eq!(status, 200);
    // After all that, the server still answers.
    let (status, health) = server.get("/health");
    assert_eq!(status, 200);
    assert_eq!(health["passages"].as_u64(), Some(79), "{health}");
}

#[test]
fn no_index_yet_is_503_until_one_is_built() {
    let dir = tempfile::tempdir().expect("temp dir");
    let index = dir.path().join("index");
    let server = Server::start(&index, &[]);
    let (status, message) = error_of(server.get("/search?q=jaket"));
    assert_eq!(status, 503);
    assert!(message.contains("cari index"), "{message}");
    assert_eq!(server.get("/health").0, 503);
    let built = harness::index_cli(&harness::seeds(), &index, &["--quiet"]);
    assert!(built.status.success(), "{}", harness::stderr(&built));
    wait_for(|| server.get("/search?q=jaket%20kulit").0 == 200);
    let (_, json) = server.get("/search?q=jaket%20kulit");
    assert!(json["total_hits"].as_u64() > Some(0), "{json}");
}

/// Polls `done` until it holds (failing after two minutes, so that a server that
/// never gets there fails instead of hanging).
fn wait_for(done: impl Fn() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while !done() {
        assert!(std::time::Instant::now() < deadline, "never happened");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// A POST of `body` whose last bytes aren't sent yet: the server has the request
/// but can't answer it until `finish`.
struct HeldRequest {
    stream: TcpStream,
    rest: Vec<u8>,
}

impl HeldRequest {
    fn start(server: &Server, path: &str, body: &str) -> HeldRequest {
        let mut stream = TcpStream::connect(server.address()).expect("connect");
        let (first, rest) = body.as_bytes().split_at(body.len() / 2);
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            server.address(),
            body.len()
        );
        stream.write_all(head.as_bytes()).expect("send the head");
        stream.write_all(first).expect("send half the body");
        stream.flush().expect("flush");
        HeldRequest {
            stream,
            rest: rest.to_vec(),
        }
    }

    /// Sends the rest of the body: the status line and body of the answer.
    fn finish(mut self) -> (String, String) {
        self.stream.write_all(&self.rest).expect("send the rest");
        self.answer()
    }

    /// The answer as it comes (the body never finished).
    fn answer(mut self) -> (String, String) {
        let mut answer = String::new();
        self.stream
            .read_to_string(&mut answer)
            .expect("read the answer");
        let status = answer.lines().next().unwrap_or_default().to_string();
        let body = answer
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_string())
            .unwrap_or_default();
        (status, body)
    }
}

#[test]
fn too_many_requests_at_once_are_503() {
    let index = harness::seeds_index();
    let server = Server::start(index.path(), &["--max-requests", "1"]);
    let held = HeldRequest::start(&server, "/search", r#"{"q": "jaket kulit"}"#);
    server.wait_in_flight(1);
    let (status, message) = error_of(server.get("/search?q=Meta"));
    assert_eq!(status, 503);
    assert!(message.contains("try again"), "{message}");
    let (status, body) = held.finish();
    assert!(status.contains("200"), "{status}: {body}");
    assert!(body.contains("\"hits\""), "{body}");
    server.wait_in_flight(0);
    assert_eq!(server.get("/search?q=Meta").0, 200);
}

#[test]
fn a_request_past_its_time_is_503() {
    let index = harness::seeds_index();
    let server = Server::start(index.path(), &["--timeout", "0.5"]);
    // Its body never comes.
    let held = HeldRequest::start(&server, "/search", r#"{"q": "jaket kulit"}"#);
    let (status, body) = held.answer();
    assert!(status.contains("503"), "{status}: {body}");
    let json: Value = serde_json::from_str(&body).expect("a JSON body");
    assert!(
        json["error"]
            .as_str()
            .expect("an error")
            .contains("longer than 0.5 s")
    );
    // The server goes on (whether a search fits in half a second is the machine's).
    server.wait_in_flight(0);
    assert_eq!(server.get("/health").0, 200);
}

#[test]
fn sigterm_lets_the_request_in_flight_finish() {
    let index = harness::seeds_index();
    let mut server = Server::start(index.path(), &[]);
    let long_query = QUERIES.join(" ").replace('"', "");
    let body = serde_json::json!({"q": long_query, "limit": 50}).to_string();
    let held = HeldRequest::start(&server, "/search", &body);
    server.wait_in_flight(1);
    server.terminate();
    server.wait_stderr(|line| line.contains("shutting down: finishing 1 requests in flight"));
    let (status, answer) = held.finish();
    assert!(status.contains("200"), "{status}: {answer}");
    let json: Value = serde_json::from_str(&answer).expect("a JSON body");
    assert!(json["total_hits"].as_u64() > Some(0), "{json}");
    let exit = server.wait();
    assert_eq!(exit.code(), Some(0), "{:?}", server.stderr());
}

#[test]
fn cors_only_for_the_origin_given() {
    let index = harness::seeds_index();
    let origin_header = |server: &Server| {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let response = agent
            .get(format!("{}/search?q=Meta", server.base))
            .header("Origin", "https://news.example.org")
            .call()
            .expect("an answer");
        response
            .headers()
            .get("access-control-allow-origin")
            .map(|v| v.to_str().unwrap_or_default().to_string())
    };
    let closed = Server::start(index.path(), &[]);
    assert!(
        closed.base.starts_with("http://127.0.0.1:"),
        "{}",
        closed.base
    );
    assert_eq!(origin_header(&closed), None);
    let open = Server::start(index.path(), &["--cors", "https://news.example.org"]);
    assert_eq!(
        origin_header(&open).as_deref(),
        Some("https://news.example.org")
    );
    let bad = harness::cari(
        &harness::root(),
        &[
            "serve",
            "--index",
            "x",
            "--port",
            "0",
            "--cors",
            "not an origin",
        ],
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(harness::stderr(&bad).contains("--cors"));
}

#[test]
fn the_page_and_its_assets_are_served_whole() {
    let index = harness::seeds_index();
    let server = Server::start(index.path(), &[]);
    let (status, html) = server.get_text("/");
    assert_eq!(status, 200);
    assert!(html.contains("<script src=\"/page.js\""), "{html}");
    assert!(html.contains("<label"), "{html}");
    let (status, script) = server.get_text("/page.js");
    assert_eq!(status, 200);
    // Results are built as elements and text, never parsed as HTML.
    for sink in [
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
    ] {
        assert!(!script.contains(sink), "page.js uses {sink}");
    }
    assert!(script.contains("textContent"));
    assert_eq!(server.get_text("/page.css").0, 200);
}

/// A new article, in a word no seed holds.
const NEW_ARTICLE: &str = "Kapal selam Zorbaluk tiba di Surabaya\n\nKapal selam riset Zorbaluk tiba di pelabuhan Tanjung Perak, Surabaya, pada Senin pagi setelah pelayaran tiga bulan.\n";

#[test]
fn the_index_is_followed_while_builds_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).expect("corpus folder");
    for entry in std::fs::read_dir(harness::seeds()).expect("the seeds") {
        let entry = entry.expect("a seed");
        std::fs::copy(entry.path(), corpus.join(entry.file_name())).expect("copy a seed");
    }
    let index = dir.path().join("index");
    let built = harness::index_cli(&corpus, &index, &["--quiet"]);
    assert!(built.status.success(), "{}", harness::stderr(&built));
    let server = Arc::new(Server::start(&index, &[]));
    let stop = Arc::new(AtomicBool::new(false));
    let answered = Arc::new(AtomicUsize::new(0));
    let failed = Arc::new(std::sync::Mutex::new(Vec::new()));
    let searchers: Vec<_> = (0..2)
        .map(|k| {
            let (server, stop, answered, failed) = (
                Arc::clone(&server),
                Arc::clone(&stop),
                Arc::clone(&answered),
                Arc::clone(&failed),
            );
            std::thread::spawn(move || {
                let queries = [
                    "Zuckerberg%20DeepSeek",
                    "intelligence%20artificielle",
                    "Zorbaluk",
                ];
                let mut i = k;
                while !stop.load(Ordering::Relaxed) {
                    let (status, json) = server.get(&format!("/search?q={}", queries[i % 3]));
                    if status == 200 && json["hits"].is_array() {
                        answered.fetch_add(1, Ordering::Relaxed);
                    } else {
                        failed
                            .lock()
                            .expect("failures")
                            .push(format!("{status}: {json}"));
                    }
                    i += 1;
                }
            })
        })
        .collect();
    let holds_new = |server: &Server| {
        let (_, json) = server.get("/search?q=Zorbaluk%20Surabaya");
        json["hits"]
            .as_array()
            .is_some_and(|hits| hits.iter().any(|h| h["doc"] == "005_zorbaluk.txt"))
    };
    assert!(!holds_new(&server));
    // An incremental update, then a full build into a new generation, while the
    // searches run.
    std::fs::write(corpus.join("005_zorbaluk.txt"), NEW_ARTICLE).expect("a new article");
    let updated = harness::index_cli(&corpus, &index, &["--quiet"]);
    assert!(updated.status.success(), "{}", harness::stderr(&updated));
    wait_for(|| holds_new(&server));
    let rebuilt = harness::index_cli(&corpus, &index, &["--quiet", "--full"]);
    assert!(rebuilt.status.success(), "{}", harness::stderr(&rebuilt));
    std::fs::remove_file(corpus.join("005_zorbaluk.txt")).expect("remove the article");
    let removed = harness::index_cli(&corpus, &index, &["--quiet"]);
    assert!(removed.status.success(), "{}", harness::stderr(&removed));
    wait_for(|| !holds_new(&server));
    stop.store(true, Ordering::Relaxed);
    for searcher in searchers {
        searcher.join().expect("a searcher");
    }
    let failed = failed.lock().expect("failures");
    assert!(
        failed.is_empty(),
        "failed requests: {:?}",
        &failed[..failed.len().min(5)]
    );
    assert!(answered.load(Ordering::Relaxed) > 0);
}

#[test]
fn filters_sort_paging_and_stats_mean_what_the_flags_mean() {
    let news = std::fs::read_to_string(harness::root().join("tests/data/results/news.jsonl"))
        .expect("the news archive");
    let dir = harness::corpus_index(&[("news.jsonl", &news)]);
    let index = harness::index_dir(&dir);
    let server = Server::start(&index, &[]);
    // (flags, the same as parameters)
    let cases: &[(&[&str], &str)] = &[
        (
            &["--since", "2024-02", "Zuckerberg"],
            "q=Zuckerberg&since=2024-02",
        ),
        (
            &["--until", "2024-02", "Zuckerberg"],
            "q=Zuckerberg&until=2024-02",
        ),
        (
            &[
                "--since",
                "2024-02-01",
                "--until",
                "2024-02-29",
                "Zuckerberg",
            ],
            "q=Zuckerberg&since=2024-02-01&until=2024-02-29",
        ),
        (
            &["--source", "kompas.com", "Zuckerberg"],
            "q=Zuckerberg&source=kompas.com",
        ),
        (
            &[
                "--source",
                "tempo.co",
                "--source",
                "lemonde.fr",
                "Zuckerberg",
            ],
            "q=Zuckerberg&source=tempo.co&source=lemonde.fr",
        ),
        (&["--sort", "date", "Zuckerberg"], "q=Zuckerberg&sort=date"),
        (
            &["--limit", "2", "--offset", "2", "Zuckerberg"],
            "q=Zuckerberg&limit=2&offset=2",
        ),
        (
            &["--per-article", "0", "--no-fold", "Zuckerberg"],
            "q=Zuckerberg&per_article=0&fold=false",
        ),
        (&["--facets", "Zuckerberg"], "q=Zuckerberg&facets=true"),
        (
            &["--facets", "--lang", "fr", "Zuckerberg"],
            "q=Zuckerberg&facets=true&lang=fr",
        ),
    ];
    for (flags, params) in cases {
        let cli = cli_json(&index, "search", flags);
        let (status, got) = server.get(&format!("/search?{params}"));
        assert_eq!(status, 200, "{params}: {got}");
        assert_eq!(comparable(got), cli, "{params}");
    }
    // The same options in a JSON body, a repeated one as an array.
    let body = br#"{"q": "Zuckerberg", "source": ["tempo.co", "lemonde.fr"], "sort": "date", "facets": true}"#;
    let cli = cli_json(
        &index,
        "search",
        &[
            "--source",
            "tempo.co",
            "--source",
            "lemonde.fr",
            "--sort",
            "date",
            "--facets",
            "Zuckerberg",
        ],
    );
    let (_, posted) = server.post("/search", body);
    assert_eq!(comparable(posted), cli);
    let cli = cli_json(
        &index,
        "ask",
        &[
            "--since",
            "2023-11",
            "--until",
            "2023-11",
            "what did Zuckerberg announce",
        ],
    );
    let (_, got) =
        server.get("/ask?q=what%20did%20Zuckerberg%20announce&since=2023-11&until=2023-11");
    assert_eq!(comparable(got), cli);
    // Stats: `cari stats --json`, whole.
    let out = harness::cari(
        &harness::root(),
        &["stats", "--json", "--index", &index.to_string_lossy()],
    );
    assert!(out.status.success(), "{}", harness::stderr(&out));
    let cli: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let (status, got) = server.get("/stats");
    assert_eq!(status, 200);
    assert_eq!(got, cli);
    assert_eq!(got["articles"].as_u64(), Some(5), "{got}");
    // Bad values say what to write.
    let (status, message) = error_of(server.get("/search?q=Meta&since=yesterday"));
    assert_eq!(status, 400);
    assert!(message.contains("is not a date"), "{message}");
    assert_eq!(error_of(server.get("/search?q=Meta&sort=newest")).0, 400);
    assert_eq!(error_of(server.get("/search?q=Meta&offset=-1")).0, 400);
    let (status, message) = error_of(server.get("/ask?q=Meta&sort=date"));
    assert_eq!(status, 400);
    assert!(message.contains("not of /ask"), "{message}");
}
