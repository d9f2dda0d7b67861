//! One query or question run against an index, from its text and options to its
//! results and their JSON object: the one path `cari search`, `cari ask` (a query or
//! a batch) and `cari serve` share, so the command line and the HTTP API can't answer
//! differently.

use std::io::{self, Write};
use std::path::Path;

use crate::ask::{self, AskResults};
use crate::index::{self, IndexError};
use crate::opensearch::{OpenSearchError, Remote, Target};
use crate::output::wire;
use crate::search::{self, Backend, BadDate, DateBound, SearchError, SearchOptions, SearchResults};

/// Passages a search shows unless told otherwise.
pub const SEARCH_LIMIT: usize = 10;
/// Answers (and passages) a question shows unless told otherwise.
pub const ASK_LIMIT: usize = 5;

/// Results a request may skip (`--offset`, `offset=`).
pub const MAX_OFFSET: usize = 100_000;
/// Passages of one article a request may ask to see (`--per-article`).
pub const MAX_PER_ARTICLE: usize = 10_000;

/// A date of `--since` or `--until` (`since=`, `until=`), relative ones (`7d`, `3m`)
/// counted back from today (UTC).
pub fn date_bound(text: &str) -> Result<DateBound, BadDate> {
    DateBound::parse(text, search::filter::today())
}

/// What a query is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Passages that match (`cari search`, `/search`).
    Search,
    /// Answers to a question (`cari ask`, `/ask`).
    Ask,
}

/// The results of one query or question.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Of a search.
    Search(SearchResults),
    /// Of a question.
    Ask(AskResults),
}

impl Outcome {
    /// Whether something matched (exit 0 rather than 1).
    pub fn matched(&self) -> bool {
        match self {
            Outcome::Search(results) => !results.hits.is_empty(),
            Outcome::Ask(results) => !results.answers.is_empty() || !results.hits.is_empty(),
        }
    }

    /// The JSON object of the results, as `--json` prints it (without a line end).
    pub fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        match self {
            Outcome::Search(results) => serde_json::to_writer(out, &wire::Search::new(results)),
            Outcome::Ask(results) => serde_json::to_writer(out, &wire::Ask::new(results)),
        }
        .map_err(io::Error::other)
    }

    /// The JSON object of the results, as bytes.
    pub fn to_json(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(4096);
        // Writing into memory fails only if serialising does, which the wire types,
        // plain strings and numbers, never do.
        if self.write_json(&mut bytes).is_err() {
            bytes.clear();
            bytes.extend_from_slice(br#"{"error":"the results could not be written as JSON"}"#);
        }
        bytes
    }
}

/// Runs `text` as `kind` on `index` with `options`.
///
/// A panic while reading or answering this one query (a bug) comes back as
/// `SearchError::Bug`, so a batch or a server goes on with the next: the query reads
/// nothing but the index, which it leaves as it found it.
pub fn run(
    kind: Kind,
    index: &dyn Backend,
    text: &str,
    options: &SearchOptions,
) -> Result<Outcome, SearchError> {
    let run = || -> Result<Outcome, SearchError> {
        Ok(match kind {
            Kind::Search => Outcome::Search(search::search(index, text, options)?),
            Kind::Ask => Outcome::Ask(ask::ask(index, text, options)?),
        })
    };
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)).unwrap_or_else(|payload| {
        let said = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_string());
        Err(SearchError::Bug(said))
    })
}

/// Why an index could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The local index.
    #[error(transparent)]
    Index(#[from] IndexError),
    /// The cluster's.
    #[error(transparent)]
    Cluster(#[from] OpenSearchError),
}

/// The index to search: the cluster `opensearch` names (`URL/INDEX`) when given, else
/// the local index in `index_dir`.
pub fn open_backend(
    index_dir: &Path,
    opensearch: Option<&str>,
) -> Result<Box<dyn Backend>, OpenError> {
    match opensearch {
        Some(target) => Ok(Box::new(Remote::open(&Target::parse(target)?)?)),
        None => Ok(Box::new(index::open(index_dir)?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{QueryPlan, TermStatistics};
    use crate::search::{CandidateRequest, Candidates};

    /// A back end that fails as a bug would: it panics on the first thing asked.
    struct Panicking;

    impl Backend for Panicking {
        fn statistics<'a>(
            &'a self,
            _plan: &QueryPlan,
        ) -> Result<Box<dyn TermStatistics + 'a>, SearchError> {
            panic!("index out of bounds: the len is 3 but the index is 3")
        }

        fn candidates<'a>(
            &'a self,
            _plan: &QueryPlan,
            _request: &CandidateRequest<'_>,
        ) -> Result<Box<dyn Candidates + 'a>, SearchError> {
            panic!("not reached")
        }

        fn article(&self, _doc: &str) -> Result<Vec<crate::index::StoredPassage>, SearchError> {
            panic!("not reached")
        }
    }

    #[test]
    fn a_panic_answering_one_query_is_that_query_s_error() {
        for kind in [Kind::Search, Kind::Ask] {
            let err = run(kind, &Panicking, "harga kopi", &SearchOptions::default())
                .expect_err("the panic as an error");
            let SearchError::Bug(said) = &err else {
                panic!("{err:?}")
            };
            assert!(said.contains("the len is 3"), "{said}");
            assert!(err.to_string().contains("please report it"), "{err}");
        }
    }
}
