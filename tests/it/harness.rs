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
