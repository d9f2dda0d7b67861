//! An OpenSearch cluster as cari's index: for an archive that outgrows one machine.
//!
//! cari keeps its own analysis and lets the cluster distribute, replicate and score.
//! Each passage is sent as the terms cari's analyser makes of it (see `mapping`), in a
//! field per language whose cluster-side analyser only splits them again, so BM25
//! counts exactly the terms a local index would; the text as written is stored for
//! display (and indexed with OpenSearch's own analysers, for people who query the
//! cluster directly). `load` sends a corpus in batched `_bulk` requests, incrementally
//! by article; `remote` is the search back end: the plan becomes the equivalent
//! `bool`/`dis_max`/`match_phrase` query, and the hits go through the same ranker,
//! highlighter and printers as a local index's.

mod client;
pub mod load;
pub mod mapping;
pub mod remote;

use std::fmt;

pub use client::Client;
pub use load::{LoadOptions, load};
pub use remote::Remote;

/// What can go wrong with a cluster.
#[derive(Debug, thiserror::Error)]
pub enum OpenSearchError {
    /// The `--opensearch` value isn't URL/INDEX.
    #[error(
        "bad --opensearch value '{0}': write URL/INDEX, such as http://localhost:9200/news (several nodes: URL,URL/INDEX)"
    )]
    BadTarget(String),
    /// No node answers.
    #[error(
        "the OpenSearch cluster at {nodes} doesn't answer ({why}); check that it runs and that the URL is right"
    )]
    Unreachable {
        /// The nodes tried.
        nodes: String,
        /// What the client said.
        why: String,
    },
    /// Some shard of the index has no live copy.
    #[error(
        "the OpenSearch index {index} is red (some of its shards have no copy on a live node); restart the missing nodes, then run again"
    )]
    Red {
        /// The index.
        index: String,
    },
    /// The cluster has no such index.
    #[error(
        "no index {index} on the OpenSearch cluster (run `cari index CORPUS --opensearch URL/{index}` to build one)"
    )]
    Missing {
        /// The index.
        index: String,
    },
    /// The cluster refused a request.
    #[error("{doing}: the cluster answered {status}: {reason}")]
    Refused {
        /// What was asked.
        doing: String,
        /// The HTTP status.
        status: u16,
        /// The cluster's reason.
        reason: String,
    },
    /// Documents the cluster refused for good.
    #[error(
        "{count} documents were refused by the cluster, of {docs}: {reason}; fix them and run `cari index` again, which sends what is missing"
    )]
    Failed {
        /// How many.
        count: usize,
        /// The articles they belong to.
        docs: String,
        /// The cluster's reason (of the first).
        reason: String,
    },
    /// An answer cari can't read.
    #[error("{0}: the cluster's answer isn't what cari expects")]
    Unexpected(String),
    /// The corpus can't be read.
    #[error(transparent)]
    Corpus(#[from] crate::corpus::CorpusError),
    /// A source loaded before can't be read any more.
    #[error(
        "the OpenSearch index {target} also holds the source {path}, which can't be read now (bring it back, or run `cari index SOURCES… --opensearch {target} --replace` to keep only the sources given)"
    )]
    SourceGone {
        /// The source.
        path: std::path::PathBuf,
        /// The cluster and index.
        target: String,
    },
    /// The sources given hold no article.
    #[error(
        "no article found in {sources}: {}; the cluster is left as it was (cari reads .txt, .md, .html, .jsonl, .ndjson, .json files and any of them .gz)",
        crate::index::build::describe_skipped(.skipped)
    )]
    EmptyCorpus {
        /// The sources given, absolute, joined by ", ".
        sources: String,
        /// What was skipped, and why.
        skipped: Vec<crate::corpus::Skipped>,
    },
}

/// Where an index lives: one or more nodes of a cluster, and the index's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// Node URLs, without a trailing slash (`http://127.0.0.1:9200`).
    pub nodes: Vec<String>,
    /// The index's name.
    pub index: String,
}

impl Target {
    /// Reads `URL/INDEX` or `URL,URL,…/INDEX`.
    pub fn parse(text: &str) -> Result<Target, OpenSearchError> {
        let bad = || OpenSearchError::BadTarget(text.to_string());
        let (nodes, index) = text.trim().rsplit_once('/').ok_or_else(bad)?;
        // Index names: lower case, no leading `_`, `-` or `+`, none of `\ / * ? " < > | , #` or space.
        let valid_index = !index.is_empty()
            && !index.starts_with(['_', '-', '+', '.'])
            && index.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.')
            });
        let nodes: Vec<String> = nodes
            .split(',')
            .map(|n| n.trim().trim_end_matches('/').to_string())
            .collect();
        let valid_nodes = nodes.iter().all(|n| {
            n.strip_prefix("http://")
                .is_some_and(|rest| !rest.is_empty() && !rest.contains('/'))
        });
        if !valid_index || !valid_nodes {
            return Err(bad());
        }
        Ok(Target {
            nodes,
            index: index.to_string(),
        })
    }

    /// The index that records what was sent of each article (see `load`).
    pub fn articles_index(&self) -> String {
        format!("{}.articles", self.index)
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.nodes.join(","), self.index)
    }
}

/// How long a command waits for an index to be at least yellow.
const HEALTH_WAIT: &str = "10s";

/// Whether the index is there (`Ok(false)` when it isn't), after checking the cluster
/// answers and the index isn't red.
pub fn check_health(client: &Client) -> Result<bool, OpenSearchError> {
    let index = &client.target.index;
    let exists = client.send("HEAD", &format!("/{index}"), None)?;
    if exists.status == 404 {
        return Ok(false);
    }
    let answer = client.send(
        "GET",
        &format!("/_cluster/health/{index}?wait_for_status=yellow&timeout={HEALTH_WAIT}"),
        None,
    )?;
    // 408 is health's "timed out waiting": its body still says the status.
    match answer.body["status"].as_str() {
        Some("red") => Err(OpenSearchError::Red {
            index: index.clone(),
        }),
        Some("green" | "yellow") => Ok(true),
        _ if answer.status == 408 || client::is_transient(answer.status) => {
            Err(OpenSearchError::Red {
                index: index.clone(),
            })
        }
        _ => Err(OpenSearchError::Refused {
            doing: format!("checking the health of {index}"),
            status: answer.status,
            reason: client::reason(&answer.body),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_name_nodes_and_an_index() {
        let t = Target::parse("http://127.0.0.1:9200/news").unwrap();
        assert_eq!(t.nodes, ["http://127.0.0.1:9200"]);
        assert_eq!(t.index, "news");
        let t = Target::parse("http://a:1,http://b:2/cari-news").unwrap();
        assert_eq!(t.nodes.len(), 2);
        for bad in [
            "news",
            "http://a:1/",
            "http://a:1/News",
            "a:1/news",
            "https://a:1/news",
        ] {
            assert!(Target::parse(bad).is_err(), "{bad}");
        }
    }
}
