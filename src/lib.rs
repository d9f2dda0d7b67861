//! cari: multilingual full-text search over news articles in Indonesian and French.
//!
//! The data flows one way: `corpus` reads articles, `language` tells their language (and
//! holds each language's words), `analysis` turns text into terms, `index` stores
//! passages, `plan` reads a query once, `search` ranks the passages, `ask` answers
//! questions; `opensearch` puts the index on an OpenSearch cluster instead of a local
//! folder. `service` runs a query or question to its results, which `output` prints
//! (text, or the JSON wire types) and `serve` answers over HTTP. The binary
//! (`main.rs`, with its progress bar in `progress`) is the command line.

#![warn(missing_docs)]

pub mod analysis;
pub mod ask;
pub mod corpus;
pub mod index;
pub mod language;
pub mod opensearch;
pub mod output;
pub mod people;
pub(crate) mod plan;
pub mod search;
pub mod serve;
pub mod service;
mod sorted_table;
pub mod translate;

pub use plan::{Correction, QueryError};
