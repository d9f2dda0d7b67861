//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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
