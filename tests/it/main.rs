//! The integration tests: one binary, one module per area, helpers in `harness`.

mod harness;

mod answers;
mod ask;
mod bad_files;
mod bad_queries;
mod batch;
mod browser;
mod cli;
mod corpus;
mod crash;
mod crosslingual;
mod formats;
mod fuzz;
mod heal;
mod incremental;
mod opensearch;
mod output;
mod query_plan;
mod ranking;
mod results;
mod serve;
mod sources;
mod stemmers;
mod versions;
