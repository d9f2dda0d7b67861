//! cari: multilingual full-text search over news articles in Indonesian and French.
//!
//! The data flows one way: `corpus` reads articles, `language` tells their language (and
//! holds each language's words), `analysis` turns text into terms, `index` stores
//! passages, `plan` reads a query once, `search` ranks the passages, `ask` answers
//! questions. The binary (`main.rs`, with its printers in `output` and its progress bar
//! in `progress`) is the command line.

#![warn(missing_docs)]

pub mod analysis;
pub mod ask;
pub mod corpus;
pub mod index;
pub mod language;
pub(crate) mod plan;
pub mod search;
mod sorted_table;
pub mod translate;

pub use plan::{Correction, QueryError};
