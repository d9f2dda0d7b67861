//! The `cari` command line: parse arguments, call the library, print, exit 0/1/2.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};

mod progress;

use cari::analysis::{self, AnalyzerKind};
use cari::index::{self, BuildOptions, BuildReport};
use cari::language::Lang;
use cari::opensearch::{self, LoadOptions, OpenSearchError, Remote, Target};
use cari::output::{self, ColorChoice, Printer};
use cari::search::{self, Backend, DateBound, Filters, SearchError, SearchOptions, Sort};
use cari::serve::{self, Limits, ServeOptions};
use cari::service::{self, Kind};
use progress::BuildBar;

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
    /// When to colour the text output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    color: ColorChoice,
}

#[derive(Subcommand)]
enum Command {
    /// Build the index from folders and files of articles (text, Markdown, HTML, JSON
    /// Lines, JSON, and any of them .gz), adding them to the sources the index holds.
    Index {
        /// The sources: folders (read recursively) and files.
        #[arg(default_value = DEFAULT_CORPUS, num_args = 1..)]
        sources: Vec<PathBuf>,
        /// Where the index lives.
        #[arg(long, default_value = DEFAULT_INDEX)]
        index: PathBuf,
        /// Memory budget of the build, in MB (at least 160).
        #[arg(long, default_value_t = 256, value_parser = clap::value_parser!(u64).range(160..=1_000_000))]
        memory: u64,
        /// Rebuild the whole index instead of re-indexing only the files that changed.
        #[arg(long)]
        full: bool,
        /// Index only the sources given, dropping the others the index holds.
        #[arg(long)]
        replace: bool,
        /// Print nothing (no progress bar, no summary) unless something goes wrong.
        #[arg(long, short = 'q')]
        quiet: bool,
        /// Load the corpus into an index on an OpenSearch cluster (URL/INDEX, or
        /// URL,URL,…/INDEX) instead of a local folder.
        #[arg(long, value_name = "URL/INDEX", conflicts_with_all = ["index", "memory", "full"])]
        opensearch: Option<String>,
        /// Primary shards of a new index on the cluster.
        #[arg(long, requires = "opensearch", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=1024))]
        shards: u32,
        /// Copies of each shard on the cluster (set again on an existing index).
        #[arg(long, requires = "opensearch", value_parser = clap::value_parser!(u32).range(0..=16))]
        replicas: Option<u32>,
    },
    /// Search the passages of the index.
    Search {
        /// The query: words, and "quoted phrases".
        #[arg(required_unless_present = "batch", conflicts_with = "batch", num_args = 1..)]
        query: Vec<String>,
        /// Answer one query per line of FILE (`-` for stdin), one JSON object per line.
        #[arg(long, value_name = "FILE", requires = "json")]
        batch: Option<PathBuf>,
        /// How many passages to show.
        #[arg(long, short = 'n', default_value_t = service::SEARCH_LIMIT as u64, value_parser = clap::value_parser!(u64).range(1..=10_000))]
        limit: u64,
        /// Results to skip: `--offset 10` with the default limit is the second page.
        #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u64).range(0..=service::MAX_OFFSET as u64))]
        offset: u64,
        /// The order of the results: best first, or newest first (ties best first).
        #[arg(long, value_enum, default_value_t = Sort::Relevance)]
        sort: Sort,
        /// Count the articles that match by language, site and month.
        #[arg(long)]
        facets: bool,
        #[command(flatten)]
        common: QueryArgs,
    },
    /// Print what the index holds: articles and passages by language, site and
    /// month, and its first and last dates.
    Stats {
        /// Where the index lives.
        #[arg(long, default_value = DEFAULT_INDEX)]
        index: PathBuf,
        /// Count the index on an OpenSearch cluster (URL/INDEX, or URL,URL,…/INDEX)
        /// instead of a local folder.
        #[arg(long, value_name = "URL/INDEX", conflicts_with = "index")]
        opensearch: Option<String>,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Answer a question: the quotations of who it asks about, or the best passages.
    Ask {
        /// The question, in English, Indonesian or French.
        #[arg(required_unless_present = "batch", conflicts_with = "batch", num_args = 1..)]
        question: Vec<String>,
        /// Answer one question per line of FILE (`-` for stdin), one JSON object per line.
        #[arg(long, value_name = "FILE", requires = "json")]
        batch: Option<PathBuf>,
        /// How many answers (and passages) to show.
        #[arg(long, short = 'n', default_value_t = service::ASK_LIMIT as u64, value_parser = clap::value_parser!(u64).range(1..=10_000))]
        limit: u64,
        #[command(flatten)]
        common: QueryArgs,
    },
    /// List the people the archive names: mentions, quotations, articles.
    People {
        /// Where the index lives.
        #[arg(long, default_value = DEFAULT_INDEX)]
        index: PathBuf,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
        /// How many people to show, most mentioned first (all by default).
        #[arg(long, short = 'n', value_parser = clap::value_parser!(u64).range(1..))]
        limit: Option<u64>,
    },
    /// Print what the importer reads from one file: title, date, author, site, URL,
    /// language and text (one article per record of a JSON Lines file).
    Extract {
        /// The file.
        file: PathBuf,
        /// One JSON object per article, one per line.
        #[arg(long)]
        json: bool,
    },
    /// Serve the index over HTTP: a JSON API (/search, /ask, /health) and a search
    /// page at /, until SIGTERM or Ctrl-C.
    Serve {
        /// Where the index lives (opened again whenever a build updates it).
        #[arg(long, default_value = DEFAULT_INDEX)]
        index: PathBuf,
        /// The address to listen on; anything but loopback answers other machines.
        #[arg(long, default_value = "127.0.0.1")]
        host: std::net::IpAddr,
        /// The port (0: any free one, said on stdout).
        #[arg(long, default_value_t = 7700)]
        port: u16,
        /// Let the pages of this origin call the API from a browser (CORS).
        #[arg(long, value_name = "ORIGIN")]
        cors: Option<String>,
        /// Requests answered at once; more are answered 503.
        #[arg(long, default_value_t = 128, value_parser = clap::value_parser!(u64).range(1..=100_000))]
        max_requests: u64,
        /// Seconds a request may take before it is answered 503.
        #[arg(long, default_value_t = 10.0, value_parser = positive_seconds)]
        timeout: f64,
    },
    /// Print the tokens an analyser makes of a text, as the index would hold them.
    Analyze {
        #[arg(long, value_enum)]
        lang: AnalyzerKind,
        /// The text to analyse.
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
        #[arg(long)]
        json: bool,
    },
}

/// What `search` and `ask` share.
#[derive(Args)]
struct QueryArgs {
    /// Only passages in this language.
    #[arg(long, value_enum)]
    lang: Option<Lang>,
    /// Only articles dated on or after DATE: 2024-02-29, 2024-02, 2024, or back from
    /// today: 7d, 2w, 3m, 1y (articles without a date are left out).
    #[arg(long, value_name = "DATE", value_parser = service::date_bound)]
    since: Option<DateBound>,
    /// Only articles dated on or before DATE (the whole of it: `2024-02` is up to the
    /// end of February); as `--since`.
    #[arg(long, value_name = "DATE", value_parser = service::date_bound)]
    until: Option<DateBound>,
    /// Only articles from this site (again for several): any case, with or without
    /// `www.`, and its subdomains (`kompas.com` keeps `money.kompas.com`).
    #[arg(long, value_name = "SITE")]
    source: Vec<String>,
    /// Where the index lives.
    #[arg(long, default_value = DEFAULT_INDEX)]
    index: PathBuf,
    /// Print one JSON object instead of text.
    #[arg(long)]
    json: bool,
    /// Search only the words typed, not their translations.
    #[arg(long)]
    no_translate: bool,
    /// Add to each JSON hit its score broken into parts.
    #[arg(long)]
    explain: bool,
    /// Search the index on an OpenSearch cluster (URL/INDEX, or URL,URL,…/INDEX)
    /// instead of a local folder.
    #[arg(long, value_name = "URL/INDEX", conflicts_with = "index")]
    opensearch: Option<String>,
    /// Passages of one article shown at most; the others are counted under its
    /// first hit (0 shows them all).
    #[arg(long, value_name = "N", default_value_t = search::PER_ARTICLE as u64, value_parser = clap::value_parser!(u64).range(0..=service::MAX_PER_ARTICLE as u64))]
    per_article: u64,
    /// Show copies of one story (near-identical articles) as results of their own
    /// instead of folding them into the first.
    #[arg(long)]
    no_fold: bool,
}

impl QueryArgs {
    fn options(&self, limit: u64) -> SearchOptions {
        SearchOptions {
            limit: limit as usize,
            lang: self.lang,
            translate: !self.no_translate,
            explain: self.explain,
            filters: Filters {
                since: self.since,
                until: self.until,
                sources: self.source.clone(),
            },
            per_article: self.per_article as usize,
            fold: !self.no_fold,
            ..SearchOptions::default()
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) if !err.use_stderr() => {
            // --help and --version: printed whole, on stdout.
            let _ = err.print();
            return ExitCode::SUCCESS;
        }
        Err(err) => {
            eprintln!("cari: {}", argument_error(&err));
            return ExitCode::from(2);
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            if err
                .downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("cari: {}", one_line(&err));
            ExitCode::from(2)
        }
    }
}

/// `--timeout`: a number of seconds above 0, at most a day.
fn positive_seconds(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(seconds) if seconds > 0.0 && seconds <= 86_400.0 => Ok(seconds),
        _ => Err(format!(
            "{text} is not a number of seconds between 0 and 86400"
        )),
    }
}

/// A bad command line in one line: clap's own message, without its usage block and
/// tips, and where to read more.
fn argument_error(err: &clap::Error) -> String {
    let rendered = err.render().to_string();
    let mut lines = rendered.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or("bad arguments");
    let mut message = first.strip_prefix("error: ").unwrap_or(first).to_string();
    // What clap adds that helps: the values it takes, a spelling it suggests.
    for extra in lines.filter(|l| l.starts_with("tip:") || l.starts_with("[possible values")) {
        message.push_str("; ");
        message.push_str(extra);
    }
    format!("{message} (see `cari --help`)")
}

/// An error and its causes on one line, each said once: cari's own errors name what
/// failed and leave their cause to the chain; the first cause that isn't cari's (an
/// I/O or tantivy error) ends the line, since such errors repeat their own causes in
/// their message.
fn one_line(err: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for (depth, cause) in err.chain().enumerate() {
        parts.push(cause.to_string());
        let ours = cause.is::<index::IndexError>()
            || cause.is::<SearchError>()
            || cause.is::<cari::corpus::CorpusError>()
            || cause.is::<cari::QueryError>()
            || cause.is::<OpenSearchError>()
            || cause.is::<service::OpenError>()
            || cause.is::<serve::ServeError>();
        // The first link is the command's own context (what it was doing).
        if depth > 0 && !ours {
            break;
        }
    }
    parts.join(": ").replace('\n', " ")
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Index {
            sources,
            index,
            memory,
            full,
            replace,
            quiet,
            opensearch,
            shards,
            replicas,
        } => {
            if let Some(target) = opensearch {
                let options = LoadOptions {
                    shards,
                    replicas,
                    replace,
                    ..LoadOptions::default()
                };
                load_cluster(&sources, &target, &options, quiet)?;
                return Ok(ExitCode::SUCCESS);
            }
            let options = BuildOptions {
                memory_bytes: usize::try_from(memory.saturating_mul(1 << 20)).unwrap_or(usize::MAX),
                full,
                replace,
            };
            build_index(&sources, &index, &options, quiet)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Extract { file, json } => extract_command(&file, Printer::new(json, cli.color)),
        Command::Search {
            query,
            batch,
            limit,
            offset,
            sort,
            facets,
            common,
        } => {
            let options = SearchOptions {
                offset: offset as usize,
                sort,
                facets,
                ..common.options(limit)
            };
            query_or_batch(Kind::Search, &query, batch, &options, &common, cli.color)
        }
        Command::Ask {
            question,
            batch,
            limit,
            common,
        } => query_or_batch(
            Kind::Ask,
            &question,
            batch,
            &common.options(limit),
            &common,
            cli.color,
        ),
        Command::People { index, json, limit } => {
            let index = open_index(&index)?;
            let records = index
                .people_records()
                .context("cannot read the people of the index")?;
            let mut people = cari::people::directory(
                records
                    .iter()
                    .map(|r| (r.doc.as_str(), r.people.as_slice(), r.quoted.as_slice())),
            );
            if let Some(limit) = limit {
                people.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
            }
            let mut out = io::stdout().lock();
            Printer::new(json, cli.color).people(&mut out, &people)?;
            out.flush()?;
            Ok(if people.is_empty() {
                eprintln!("no article names anyone");
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Serve {
            index,
            host,
            port,
            cors,
            max_requests,
            timeout,
        } => {
            build_default_index(&index)?;
            let options = ServeOptions {
                index,
                host,
                port,
                cors,
                limits: Limits {
                    max_requests: usize::try_from(max_requests).unwrap_or(usize::MAX),
                    timeout: Duration::from_secs_f64(timeout),
                    ..Limits::default()
                },
            };
            serve::serve(&options)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats {
            index,
            opensearch,
            json,
        } => {
            let overview = match opensearch {
                Some(target) => {
                    let target = Target::parse(&target)?;
                    Remote::open(&target)?
                        .overview()
                        .with_context(|| format!("cannot count the index {target}"))?
                }
                None => {
                    let opened = open_index(&index)?;
                    search::tally::overview(&opened)
                        .with_context(|| format!("cannot count the index in {}", index.display()))?
                }
            };
            let mut out = io::stdout().lock();
            Printer::new(json, cli.color).stats(&mut out, &overview)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Analyze { lang, text, json } => {
            let tokens = analysis::analyze(lang, &text.join(" "));
            let mut out = io::stdout().lock();
            Printer::new(json, cli.color).tokens(&mut out, &tokens)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn build_index(
    sources: &[PathBuf],
    index_dir: &Path,
    options: &BuildOptions,
    quiet: bool,
) -> Result<()> {
    build_with_summary(quiet, |progress| {
        let report = index::build_sources(sources, index_dir, options, progress)
            .with_context(|| format!("cannot index {}", names(sources)))?;
        // Said even when quiet: the index was damaged, which its owner needs to know.
        for repair in &report.repairs {
            eprintln!("cari: {repair}");
        }
        Ok(report)
    })
}

/// Loads the sources into the index of a cluster, with the summary of a local build.
fn load_cluster(
    sources: &[PathBuf],
    target: &str,
    options: &LoadOptions,
    quiet: bool,
) -> Result<()> {
    let target = Target::parse(target)?;
    build_with_summary(quiet, |progress| {
        opensearch::load(sources, &target, options, progress)
            .with_context(|| format!("cannot index {} into {target}", names(sources)))
    })
}

/// Runs a build with a progress bar on stderr (none when `quiet`), then prints its
/// summary there unless quiet.
fn build_with_summary(
    quiet: bool,
    build: impl FnOnce(&dyn index::Progress) -> Result<BuildReport>,
) -> Result<()> {
    let started = Instant::now();
    let report = if quiet {
        build(&index::NoProgress)?
    } else {
        build(&BuildBar::stderr())?
    };
    if !quiet {
        output::print_build_summary(
            &mut io::stderr().lock(),
            &report,
            started.elapsed().as_secs_f64(),
        )?;
    }
    Ok(())
}

/// The sources as a user typed them, for messages.
fn names(sources: &[PathBuf]) -> String {
    let names: Vec<String> = sources.iter().map(|s| s.display().to_string()).collect();
    names.join(" ")
}

/// The index the query arguments name: a cluster's or a local folder's (the default
/// one built from the seeds first when it doesn't exist yet).
fn open_backend(common: &QueryArgs) -> Result<Box<dyn Backend>> {
    if common.opensearch.is_none() {
        build_default_index(&common.index)?;
    }
    Ok(service::open_backend(
        &common.index,
        common.opensearch.as_deref(),
    )?)
}

/// Opens the index, building it from the seeds first when the default index is empty.
fn open_index(index_dir: &Path) -> Result<index::CariIndex> {
    build_default_index(index_dir)?;
    Ok(index::open(index_dir)?)
}

/// Builds the default index from the seeds when it doesn't exist yet, so that a fresh
/// clone answers its first search.
fn build_default_index(index_dir: &Path) -> Result<()> {
    if !index::exists(index_dir) && index_dir == Path::new(DEFAULT_INDEX) {
        let corpus = Path::new(DEFAULT_CORPUS);
        if corpus.is_dir() {
            eprintln!(
                "cari: no index in {}/ yet: building it from {}/",
                index_dir.display(),
                corpus.display()
            );
            build_index(
                &[corpus.to_path_buf()],
                index_dir,
                &BuildOptions::default(),
                false,
            )?;
        }
    }
    Ok(())
}

/// `cari extract FILE`: what the importer reads from one file, each article printed;
/// the records skipped said on stderr. Exit 0 when it holds an article, 2 when it
/// can't be read or holds none.
fn extract_command(file: &Path, printer: Printer) -> Result<ExitCode> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let name = file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let read = cari::corpus::parse_bytes(file, &name, bytes);
    let articles = match read.articles {
        Ok(articles) => articles,
        Err(reason) => anyhow::bail!("cannot extract {}: {reason}", file.display()),
    };
    let mut err = io::stderr().lock();
    if let Some(note) = &read.note {
        writeln!(err, "cari: {}: {note}", file.display())?;
    }
    for reason in &read.bad_records {
        writeln!(err, "cari: {}: skipped: {reason}", file.display())?;
    }
    if articles.is_empty() {
        anyhow::bail!(
            "cannot extract {}: no article in it (every record was skipped)",
            file.display()
        );
    }
    let mut out = io::stdout().lock();
    for article in &articles {
        let lang = index::article_language(article);
        printer.extracted(&mut out, article, lang)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Runs one query or question of `kind` and prints it (how it was read on `err`);
/// whether something matched.
fn answer(
    kind: Kind,
    index: &dyn Backend,
    text: &str,
    options: &SearchOptions,
    printer: Printer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<bool> {
    let outcome = service::run(kind, index, text, options)?;
    printer.outcome(out, err, &outcome)?;
    Ok(outcome.matched())
}

/// `search` and `ask`: the words given, or a batch of queries.
fn query_or_batch(
    kind: Kind,
    words: &[String],
    batch: Option<PathBuf>,
    options: &SearchOptions,
    common: &QueryArgs,
    color: ColorChoice,
) -> Result<ExitCode> {
    let printer = Printer::new(common.json, color);
    match batch {
        Some(file) => batch_command(kind, &file, options, common, printer),
        None => query_command(kind, &words.join(" "), options, common, printer),
    }
}

/// Runs one query or question and prints it: exit 0 when something matched, 1 when
/// nothing did.
fn query_command(
    kind: Kind,
    text: &str,
    options: &SearchOptions,
    common: &QueryArgs,
    printer: Printer,
) -> Result<ExitCode> {
    let index = open_backend(common)?;
    let index = index.as_ref();
    let mut out = io::stdout().lock();
    let found = answer(
        kind,
        index,
        text,
        options,
        printer,
        &mut out,
        &mut io::stderr().lock(),
    )?;
    out.flush()?;
    Ok(if found {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `search|ask --json --batch FILE`: one query per line, one JSON object per line, the
/// index opened once. Empty lines are skipped; a line that isn't a query gets an `error`
/// object. Exit 0 when some query matched, 1 when none did.
fn batch_command(
    kind: Kind,
    file: &Path,
    options: &SearchOptions,
    common: &QueryArgs,
    printer: Printer,
) -> Result<ExitCode> {
    let input: Box<dyn BufRead> = if file == Path::new("-") {
        Box::new(io::stdin().lock())
    } else {
        let opened = File::open(file).with_context(|| format!("cannot read {}", file.display()))?;
        Box::new(BufReader::new(opened))
    };
    let index = open_backend(common)?;
    let index = index.as_ref();
    let mut out = io::stdout().lock();
    let mut matched = false;
    for (number, line) in (1..).zip(input.split(b'\n')) {
        let line = line.with_context(|| format!("cannot read {}", file.display()))?;
        let line = line.strip_suffix(b"\r").unwrap_or(&line);
        let Ok(query) = std::str::from_utf8(line) else {
            printer.batch_error(
                &mut out,
                number,
                &String::from_utf8_lossy(line),
                "not UTF-8",
            )?;
            out.flush()?;
            continue;
        };
        if query.trim().is_empty() {
            continue;
        }
        match answer(
            kind,
            index,
            query,
            options,
            printer,
            &mut out,
            &mut io::sink(),
        ) {
            Ok(found) => matched |= found,
            Err(err) => match err.downcast_ref::<SearchError>() {
                Some(SearchError::Query(query_err)) => {
                    printer.batch_error(&mut out, number, query, &query_err.to_string())?
                }
                // One query a bug stops is that query's error line; the batch goes on.
                Some(bug @ SearchError::Bug(_)) => {
                    printer.batch_error(&mut out, number, query, &bug.to_string())?
                }
                _ => return Err(err),
            },
        }
        // A script may wait for each answer before it sends the next query.
        out.flush()?;
    }
    Ok(if matched {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
