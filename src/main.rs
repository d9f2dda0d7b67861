//! The `cari` command line: parse arguments, call the library, print, exit 0/1/2.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use cari::analysis::{self, AnalyzerKind};
use cari::ask;
use cari::index::{self, BuildOptions};
use cari::lang::Lang;
use cari::output::{self, Style};
use cari::search::{self, SearchOptions};

const DEFAULT_INDEX: &str = "index";
const DEFAULT_CORPUS: &str = "seeds";

#[derive(Parser)]
#[command(
    name = "cari",
    version,
    about = "Multilingual search over Indonesian and French news"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the index from a folder of articles (every .txt file, recursively).
    Index {
        /// The corpus folder.
        #[arg(default_value = DEFAULT_CORPUS)]
        corpus: PathBuf,
        /// Where the index lives.
        #[arg(long, default_value = DEFAULT_INDEX)]
        index: PathBuf,
        /// Memory budget of the index writer, in MB.
        #[arg(long, default_value_t = 256)]
        memory: usize,
    },
    /// Search the passages of the index.
    Search {
        /// The query: words, and "quoted phrases".
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        /// How many passages to show.
        #[arg(long, short = 'n', default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=10_000))]
        limit: u64,
        /// Only passages in this language.
        #[arg(long, value_enum)]
        lang: Option<PassageLang>,
        /// Where the index lives.
        #[arg(long, default_value = DEFAULT_INDEX)]
        index: PathBuf,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
        /// Search only the words typed, not their translations.
        #[arg(long)]
        no_translate: bool,
    },
    /// Answer a question: the quotations of who it asks about, or the best passages.
    Ask {
        /// The question, in English, Indonesian or French.
        #[arg(required = true, num_args = 1..)]
        question: Vec<String>,
        /// How many answers (and passages) to show.
        #[arg(long, short = 'n', default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=10_000))]
        limit: u64,
        /// Only passages in this language.
        #[arg(long, value_enum)]
        lang: Option<PassageLang>,
        /// Where the index lives.
        #[arg(long, default_value = DEFAULT_INDEX)]
        index: PathBuf,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
        /// Search only the words typed, not their translations.
        #[arg(long)]
        no_translate: bool,
    },
    /// Print the tokens an analyser makes of a text, as the index would hold them.
    Analyze {
        #[arg(long, value_enum)]
        lang: AnalyzerArg,
        /// The text to analyse.
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum PassageLang {
    Id,
    Fr,
}

impl PassageLang {
    fn lang(self) -> Lang {
        match self {
            PassageLang::Id => Lang::Id,
            PassageLang::Fr => Lang::Fr,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum AnalyzerArg {
    Id,
    Fr,
    Neutral,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            if err
                .downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("cari: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Index {
            corpus,
            index,
            memory,
        } => {
            build_index(&corpus, &index, memory)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Search {
            query,
            limit,
            lang,
            index,
            json,
            no_translate,
        } => {
            let options = SearchOptions {
                limit: limit as usize,
                lang: lang.map(PassageLang::lang),
                translate: !no_translate,
            };
            search_command(&query.join(" "), &options, &index, json)
        }
        Command::Ask {
            question,
            limit,
            lang,
            index,
            json,
            no_translate,
        } => {
            let options = SearchOptions {
                limit: limit as usize,
                lang: lang.map(PassageLang::lang),
                translate: !no_translate,
            };
            ask_command(&question.join(" "), &options, &index, json)
        }
        Command::Analyze { lang, text, json } => {
            let kind = match lang {
                AnalyzerArg::Id => AnalyzerKind::Id,
                AnalyzerArg::Fr => AnalyzerKind::Fr,
                AnalyzerArg::Neutral => AnalyzerKind::Neutral,
            };
            let tokens = analysis::analyze(kind, &text.join(" "));
            let mut out = io::stdout().lock();
            if json {
                output::print_tokens_json(&mut out, &tokens)?;
            } else {
                output::print_tokens_text(&mut out, &tokens)?;
            }
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn build_index(corpus: &Path, index_dir: &Path, memory_mb: usize) -> Result<()> {
    let started = Instant::now();
    let options = BuildOptions {
        memory_bytes: memory_mb.saturating_mul(1 << 20),
    };
    let report = index::build(corpus, index_dir, &options)
        .with_context(|| format!("cannot index {}", corpus.display()))?;
    output::print_build_summary(
        &mut io::stderr().lock(),
        &report,
        started.elapsed().as_secs_f64(),
    )?;
    Ok(())
}

/// Opens the index, building it from the seeds first when the default index is empty.
fn open_index(index_dir: &Path) -> Result<index::CariIndex> {
    if !index::exists(index_dir) && index_dir == Path::new(DEFAULT_INDEX) {
        let corpus = Path::new(DEFAULT_CORPUS);
        if corpus.is_dir() {
            eprintln!(
                "cari: no index in {}/ yet: building it from {}/",
                index_dir.display(),
                corpus.display()
            );
            build_index(corpus, index_dir, 256)?;
        }
    }
    Ok(index::open(index_dir)?)
}

fn ask_command(
    question: &str,
    options: &SearchOptions,
    index_dir: &Path,
    json: bool,
) -> Result<ExitCode> {
    let index = open_index(index_dir)?;
    let results = ask::ask(&index, question, options)?;
    let mut out = io::stdout().lock();
    if json {
        output::print_ask_json(&mut out, &results)?;
    } else {
        eprintln!("{}", output::describe_question(&results));
        if let Some(line) = output::describe_expansion(&results.expansion) {
            eprintln!("{line}");
        }
        output::print_ask_text(&mut out, &results, Style::detect())?;
    }
    out.flush()?;
    Ok(if results.answers.is_empty() && results.hits.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn search_command(
    query: &str,
    options: &SearchOptions,
    index_dir: &Path,
    json: bool,
) -> Result<ExitCode> {
    let index = open_index(index_dir)?;
    let results = search::search(&index, query, options)?;
    let mut out = io::stdout().lock();
    if json {
        output::print_search_json(&mut out, &results)?;
    } else {
        if let Some(line) = output::describe_expansion(&results.expansion) {
            eprintln!("{line}");
        }
        output::print_search_text(&mut out, &results, Style::detect())?;
    }
    out.flush()?;
    Ok(if results.hits.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
