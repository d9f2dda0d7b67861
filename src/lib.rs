//! cari: multilingual full-text search over news articles in Indonesian and French.
//!
//! The data flows one way: `corpus` reads articles, `lang` tells their language,
//! `analysis` turns text into terms, `index` stores passages, `search` ranks them,
//! `output` prints them. The binary in `main.rs` is only the command line.

pub mod analysis;
pub mod ask;
pub mod corpus;
pub mod index;
pub mod lang;
pub mod output;
pub mod plan;
pub mod progress;
pub mod search;
pub mod sorted_table;
pub mod translate;
