//! Printing, for the command line: one printer per format, chosen once from the
//! arguments (text for a person, JSON for a script) and used by every command. JSON
//! goes through wire types of its own (`wire`), the contract scripts read; text is
//! `text`.

mod text;
mod wire;

use std::io::{self, IsTerminal, Write};

use serde::Serialize;

use cari::analysis::AnalyzedToken;
use cari::ask::AskResults;
use cari::corpus::Article;
use cari::language::Lang;
use cari::people::Person;
use cari::search::{SearchResults, Tally};

pub use text::{Style, print_build_summary};

/// When to colour text output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// When stdout is a terminal, `NO_COLOR` is unset and `TERM` isn't `dumb`.
    Auto,
    Always,
    Never,
}

impl Style {
    /// The style `choice` asks for on this process's stdout.
    pub fn choose(choice: ColorChoice) -> Style {
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
                let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
                !no_color && !dumb && io::stdout().is_terminal()
            }
        };
        Style { color }
    }
}

/// The printer of a command's results.
#[derive(Debug, Clone, Copy)]
pub enum Printer {
    /// For a person: results on stdout, how the query was read on stderr.
    Text(Style),
    /// For a script: one JSON object per result on stdout, nothing on stderr.
    Json,
}

impl Printer {
    pub fn new(json: bool, color: ColorChoice) -> Printer {
        if json {
            Printer::Json
        } else {
            Printer::Text(Style::choose(color))
        }
    }

    pub fn search(
        &self,
        out: &mut dyn Write,
        err: &mut dyn Write,
        results: &SearchResults,
    ) -> io::Result<()> {
        match self {
            Printer::Json => json_line(out, &wire::Search::new(results)),
            Printer::Text(style) => {
                text::query_notes(err, &results.corrections, &results.expansion)?;
                if results.hits.is_empty() {
                    writeln!(err, "{}", text::describe_no_match(results))?;
                } else {
                    writeln!(err, "{}", text::counts(results))?;
                }
                if let Some(facets) = &results.facets {
                    text::facets(err, facets)?;
                }
                text::search(out, results, *style)
            }
        }
    }

    pub fn ask(
        &self,
        out: &mut dyn Write,
        err: &mut dyn Write,
        results: &AskResults,
    ) -> io::Result<()> {
        match self {
            Printer::Json => json_line(out, &wire::Ask::new(results)),
            Printer::Text(style) => {
                writeln!(err, "{}", text::describe_question(results))?;
                text::query_notes(err, &results.corrections, &results.expansion)?;
                if let Some(notice) = &results.notice {
                    writeln!(err, "{notice}")?;
                }
                text::ask(out, results, *style)
            }
        }
    }

    /// The people of the archive.
    pub fn people(&self, out: &mut dyn Write, people: &[Person]) -> io::Result<()> {
        match self {
            Printer::Json => json_line(out, &wire::People::new(people)),
            Printer::Text(style) => text::people(out, people, *style),
        }
    }

    /// `cari stats`: what the index holds.
    pub fn stats(&self, out: &mut dyn Write, tally: &Tally) -> io::Result<()> {
        match self {
            Printer::Json => json_line(out, &wire::Stats::new(tally)),
            Printer::Text(_) => text::stats(out, tally),
        }
    }

    /// Line `line` (1-based) of a batch, which isn't a query (JSON only: `--batch`
    /// requires `--json`).
    pub fn batch_error(
        &self,
        out: &mut dyn Write,
        line: usize,
        query: &str,
        error: &str,
    ) -> io::Result<()> {
        json_line(out, &wire::BatchError { error, query, line })
    }

    /// One article as `cari extract` reads it from a file (`lang` the one it is
    /// indexed in).
    pub fn extracted(&self, out: &mut dyn Write, article: &Article, lang: Lang) -> io::Result<()> {
        match self {
            Printer::Json => json_line(out, &wire::Extracted::new(article, lang)),
            Printer::Text(style) => text::extracted(out, article, lang, *style),
        }
    }

    pub fn tokens(&self, out: &mut dyn Write, tokens: &[AnalyzedToken]) -> io::Result<()> {
        match self {
            Printer::Json => json_line(
                out,
                &tokens.iter().map(wire::Token::new).collect::<Vec<_>>(),
            ),
            Printer::Text(_) => text::tokens(out, tokens),
        }
    }
}

/// One JSON value on a line of its own.
fn json_line(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    writeln!(out)
}
