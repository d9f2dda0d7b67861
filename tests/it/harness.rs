//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use cari::index::{self, BuildOptions};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn seeds() -> PathBuf {
    root().join("seeds")
}

/// A fresh index of the seeds in a temporary folder.
pub fn seeds_index() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    index::build(&seeds(), dir.path(), &BuildOptions::default()).expect("index the seeds");
    dir
}

/// Runs the `cari` binary in `cwd`.
pub fn cari(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cari"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .expect("run cari")
}

/// Runs the `cari` binary in the project root with `input` on its stdin.
pub fn cari_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cari"))
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run cari");
    let mut stdin = child.stdin.take().expect("cari's stdin");
    stdin.write_all(input).expect("write to cari");
    drop(stdin);
    child.wait_with_output().expect("run cari")
}

/// Runs `cari index CORPUS --index INDEX EXTRA…`.
pub fn index_cli(corpus: &Path, index: &Path, extra: &[&str]) -> Output {
    let corpus = corpus.to_string_lossy();
    let index = index.to_string_lossy();
    let mut all = vec!["index", &corpus, "--index", &index];
    all.extend_from_slice(extra);
    cari(&root(), &all)
}

/// A corpus of `files` (path relative to the corpus folder, text) written to a temporary
/// folder and indexed: the folder holds `corpus/` and `index/` (see `index_dir`).
pub fn corpus_index(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    for (path, text) in files {
        let path = corpus.join(path);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("corpus folder");
        std::fs::write(&path, text).expect("write an article");
    }
    index::build(&corpus, &index_dir(&dir), &BuildOptions::default()).expect("index the corpus");
    dir
}

/// The index of a `corpus_index` folder.
pub fn index_dir(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("index")
}

/// Runs `cari search --json --index INDEX ARGS…` (the query among `ARGS`): the process's
/// output and its JSON, `Null` when stdout isn't one JSON object.
pub fn search_json(index: &Path, args: &[&str]) -> (Output, serde_json::Value) {
    let index = index.to_string_lossy();
    let mut all = vec!["search", "--json", "--index", &index];
    all.extend_from_slice(args);
    let out = cari(&root(), &all);
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out, json)
}

/// `search_json` of a search that must answer: exit 0 (hits) or 1 (none) and stdout one
/// JSON object, which it returns.
pub fn search_answer(index: &Path, args: &[&str]) -> serde_json::Value {
    let (out, _) = search_json(index, args);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{args:?}: {}",
        stderr(&out)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

/// The text each highlight of a hit of `cari search --json` covers (a highlight that is
/// not a range of the text fails the test).
pub fn highlighted_texts(hit: &serde_json::Value) -> Vec<String> {
    let text = hit["text"].as_str().expect("a text");
    hit["highlights"]
        .as_array()
        .expect("a highlights array")
        .iter()
        .map(|r| {
            let (start, end) = (r[0].as_u64().unwrap(), r[1].as_u64().unwrap());
            text[start as usize..end as usize].to_string()
        })
        .collect()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The (article, passage) of every hit of `cari search --json` output, sorted.
pub fn hit_addresses(json: &serde_json::Value) -> Vec<(String, u64)> {
    let mut found: Vec<(String, u64)> = json["hits"]
        .as_array()
        .expect("a hits array")
        .iter()
        .map(|h| {
            (
                h["doc"].as_str().expect("a doc").to_string(),
                h["passage"].as_u64().expect("a passage"),
            )
        })
        .collect();
    found.sort();
    found
}

/// A `cari serve` process on a free loopback port, killed when dropped.
pub struct Server {
    child: std::process::Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    stderr: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    agent: ureq::Agent,
}

impl Server {
    /// Starts `cari serve --index INDEX --port 0 EXTRA…` and waits for its address.
    pub fn start(index: &Path, extra: &[&str]) -> Server {
        use std::io::BufRead;
        let mut child = Command::new(env!("CARGO_BIN_EXE_cari"))
            .args(["serve", "--index"])
            .arg(index)
            .args(["--port", "0"])
            .args(extra)
            .current_dir(root())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run cari serve");
        let stderr = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let lines = std::sync::Arc::clone(&stderr);
        let err = child.stderr.take().expect("cari serve's stderr");
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(err).lines().map_while(Result::ok) {
                lines.lock().expect("stderr lines").push(line);
            }
        });
        let mut out = std::io::BufReader::new(child.stdout.take().expect("cari serve's stdout"));
        let mut line = String::new();
        out.read_line(&mut line).expect("read cari serve's stdout");
        let base = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| {
                panic!(
                    "cari serve said {line:?} on stdout; stderr: {:?}",
                    stderr.lock().expect("stderr lines")
                )
            })
            .to_string();
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        Server {
            child,
            base,
            stderr,
            agent,
        }
    }

    /// `host:port`.
    pub fn address(&self) -> &str {
        self.base.trim_start_matches("http://")
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// GET `path_and_query`: the status and the body as JSON (`Null` if it isn't).
    pub fn get(&self, path_and_query: &str) -> (u16, serde_json::Value) {
        let (status, body) = self.get_text(path_and_query);
        (
            status,
            serde_json::from_str(&body).unwrap_or(serde_json::Value::Null),
        )
    }

    /// GET `path_and_query`: the status and the body as text.
    pub fn get_text(&self, path_and_query: &str) -> (u16, String) {
        let mut response = self
            .agent
            .get(format!("{}{path_and_query}", self.base))
            .call()
            .expect("an HTTP answer");
        let status = response.status().as_u16();
        let body = response.body_mut().read_to_string().expect("a text body");
        (status, body)
    }

    /// POST `body` (JSON) to `path`: the status and the body as JSON.
    pub fn post(&self, path: &str, body: &[u8]) -> (u16, serde_json::Value) {
        let mut response = self
            .agent
            .post(format!("{}{path}", self.base))
            .header("Content-Type", "application/json")
            .send(body)
            .expect("an HTTP answer");
        let status = response.status().as_u16();
        let body = response
            .body_mut()
            .with_config()
            .limit(100 << 20)
            .read_to_string()
            .expect("a text body");
        (
            status,
            serde_json::from_str(&body).unwrap_or(serde_json::Value::Null),
        )
    }

    /// What the server said on stderr so far.
    pub fn stderr(&self) -> Vec<String> {
        self.stderr.lock().expect("stderr lines").clone()
    }

    /// Waits until a line of stderr satisfies `wanted` (failing after a minute, so a
    /// broken server fails the test instead of hanging it).
    pub fn wait_stderr(&self, wanted: impl Fn(&str) -> bool) -> String {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            if let Some(line) = self.stderr().into_iter().find(|l| wanted(l)) {
                return line;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "cari serve never said it; stderr: {:?}",
                self.stderr()
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    /// Waits until `/health` says `in_flight` requests are being answered.
    pub fn wait_in_flight(&self, in_flight: u64) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            let (_, health) = self.get("/health");
            if health["in_flight"].as_u64() == Some(in_flight) {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "never {in_flight} requests in flight: {health}"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    /// Sends SIGTERM to the server.
    pub fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -TERM {}", self.pid());
    }

    /// Waits for the process to end: its exit status.
    pub fn wait(&mut self) -> std::process::ExitStatus {
        self.child.wait().expect("wait for cari serve")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Only this test's own process.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
