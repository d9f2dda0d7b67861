//! The JSON wire types: what `--json` prints and `cari serve` answers, apart from the
//! library's own types, so that the library can change its shapes without changing
//! the contract (see the README's JSON format). Each borrows from the results it
//! prints.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::analysis::AnalyzedToken;
use crate::ask::{Answer, AskResults, Attribution, Expect, Found, Kind};
use crate::corpus::Article;
use crate::language::Lang;
use crate::people::Person;

use crate::Correction;
use crate::search::{Explain, Facets, Hit, OtherCopy, SearchResults, Tally};
use crate::translate::Expansion;

/// `cari search --json`.
#[derive(Serialize)]
pub struct Search<'a> {
    query: &'a str,
    total_hits: usize,
    took_ms: f64,
    hits: Vec<WireHit<'a>>,
    expansion: Vec<WireExpansion<'a>>,
    corrections: Vec<WireCorrection<'a>>,
    /// Articles the passages that matched belong to.
    total_articles: usize,
    /// With `--facets`: articles that match by language, site and month.
    #[serde(skip_serializing_if = "Option::is_none")]
    facets: Option<WireFacets<'a>>,
}

/// Counts of articles by language, site and month.
#[derive(Serialize)]
struct WireFacets<'a> {
    lang: BTreeMap<&'a str, u64>,
    source: BTreeMap<&'a str, u64>,
    month: BTreeMap<&'a str, u64>,
}

impl<'a> WireFacets<'a> {
    fn new(facets: &'a Facets) -> WireFacets<'a> {
        let articles = |m: &'a BTreeMap<String, crate::search::Count>| {
            m.iter().map(|(k, c)| (k.as_str(), c.articles)).collect()
        };
        WireFacets {
            lang: articles(&facets.lang),
            source: articles(&facets.source),
            month: articles(&facets.month),
        }
    }
}

/// `cari stats --json`: per language, site and month, `{"articles", "passages"}`.
#[derive(Serialize)]
pub struct Stats {
    articles: usize,
    passages: usize,
    /// The first and last dates (`2024-02-29`), `null` when no article has one.
    first_date: Option<String>,
    last_date: Option<String>,
    undated_articles: usize,
    lang: BTreeMap<String, WireCount>,
    source: BTreeMap<String, WireCount>,
    month: BTreeMap<String, WireCount>,
}

#[derive(Serialize)]
struct WireCount {
    articles: u64,
    passages: u64,
}

impl Stats {
    /// The wire object of what the index holds.
    pub fn new(tally: &Tally) -> Stats {
        let facets = tally.facets();
        let counts = |m: BTreeMap<String, crate::search::Count>| {
            m.into_iter()
                .map(|(k, c)| {
                    (
                        k,
                        WireCount {
                            articles: c.articles,
                            passages: c.passages,
                        },
                    )
                })
                .collect()
        };
        let range = tally.date_range();
        Stats {
            articles: tally.articles.len(),
            passages: tally.passages,
            first_date: range.map(|(first, _)| crate::search::tally::day_of(first)),
            last_date: range.map(|(_, last)| crate::search::tally::day_of(last)),
            undated_articles: tally
                .articles
                .values()
                .filter(|a| a.published.is_none())
                .count(),
            lang: counts(facets.lang),
            source: counts(facets.source),
            month: counts(facets.month),
        }
    }
}

impl<'a> Search<'a> {
    /// The wire object of search results.
    pub fn new(results: &'a SearchResults) -> Search<'a> {
        Search {
            query: &results.query,
            total_hits: results.total_hits,
            took_ms: results.took_ms,
            hits: results.hits.iter().map(WireHit::new).collect(),
            expansion: results.expansion.iter().map(WireExpansion::new).collect(),
            corrections: results
                .corrections
                .iter()
                .map(WireCorrection::new)
                .collect(),
            total_articles: results.total_articles,
            facets: results.facets.as_ref().map(WireFacets::new),
        }
    }
}

/// `cari ask --json`.
#[derive(Serialize)]
pub struct Ask<'a> {
    question: &'a str,
    speaker: Option<&'a str>,
    topic: &'a str,
    kind: &'static str,
    answers: Vec<WireAnswer<'a>>,
    hits: Vec<WireHit<'a>>,
    expansion: Vec<WireExpansion<'a>>,
    corrections: Vec<WireCorrection<'a>>,
    answer: Option<WireFound<'a>>,
    notice: Option<&'a str>,
}

impl<'a> Ask<'a> {
    /// The wire object of answers to a question.
    pub fn new(results: &'a AskResults) -> Ask<'a> {
        Ask {
            question: &results.question,
            speaker: results.speaker.as_deref(),
            topic: &results.topic,
            kind: kind_code(results.kind),
            answers: results.answers.iter().map(WireAnswer::new).collect(),
            hits: results.hits.iter().map(WireHit::new).collect(),
            expansion: results.expansion.iter().map(WireExpansion::new).collect(),
            corrections: results
                .corrections
                .iter()
                .map(WireCorrection::new)
                .collect(),
            answer: results.answer.as_ref().map(WireFound::new),
            notice: results.notice.as_deref(),
        }
    }
}

/// The answer of `cari ask --json`: `start`, `end` are byte offsets into the text of
/// passage `passage` of `doc`.
#[derive(Serialize)]
struct WireFound<'a> {
    text: &'a str,
    kind: &'static str,
    doc: &'a str,
    passage: u64,
    start: usize,
    end: usize,
    lang: &'static str,
    value: Option<&'a str>,
}

impl<'a> WireFound<'a> {
    fn new(found: &'a Found) -> WireFound<'a> {
        WireFound {
            text: &found.text,
            kind: expect_code(found.expect),
            doc: &found.doc,
            passage: found.passage,
            start: found.start,
            end: found.end,
            lang: found.lang.code(),
            value: found.value.as_deref(),
        }
    }
}

/// `cari people --json`.
#[derive(Serialize)]
pub struct People<'a> {
    people: Vec<WirePerson<'a>>,
}

impl<'a> People<'a> {
    /// The wire object of the people of an archive.
    pub fn new(people: &'a [Person]) -> People<'a> {
        People {
            people: people
                .iter()
                .map(|p| WirePerson {
                    name: &p.name,
                    mentions: p.mentions,
                    quotations: p.quotations,
                    articles: &p.articles,
                    variants: &p.variants,
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct WirePerson<'a> {
    name: &'a str,
    mentions: usize,
    quotations: usize,
    articles: &'a [String],
    variants: &'a [String],
}

/// One line of `search --json --batch` that isn't a query (its keys in the order
/// they have always been printed).
#[derive(Serialize)]
pub struct BatchError<'a> {
    /// Why the line isn't a query.
    pub error: &'a str,
    /// The line, as read.
    pub query: &'a str,
    /// Its line in the batch, from 1.
    pub line: usize,
}

/// One article of `cari extract --json`: `author` the authors joined by ", ", `text`
/// the passages joined by blank lines; `null` for what the file doesn't say.
#[derive(Serialize)]
pub struct Extracted<'a> {
    doc: &'a str,
    title: &'a str,
    date: Option<&'a str>,
    author: Option<String>,
    site: Option<&'a str>,
    url: Option<&'a str>,
    lang: &'static str,
    text: String,
}

impl<'a> Extracted<'a> {
    /// The wire object of an article as read from its file.
    pub fn new(article: &'a Article, lang: Lang) -> Extracted<'a> {
        Extracted {
            doc: &article.doc,
            title: &article.title,
            date: article.date.as_deref(),
            author: (!article.authors.is_empty()).then(|| article.authors.join(", ")),
            site: article.source.as_deref(),
            url: article.url.as_deref(),
            lang: lang.code(),
            text: article
                .passages
                .iter()
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join("\n\n"),
        }
    }
}

/// One token of `cari analyze --json`.
#[derive(Serialize)]
pub struct Token<'a> {
    term: &'a str,
    position: usize,
    start: usize,
    end: usize,
}

impl<'a> Token<'a> {
    /// The wire object of a token an analyser made.
    pub fn new(token: &'a AnalyzedToken) -> Token<'a> {
        Token {
            term: &token.term,
            position: token.position,
            start: token.start,
            end: token.end,
        }
    }
}

#[derive(Serialize)]
struct WireHit<'a> {
    rank: usize,
    score: f32,
    doc: &'a str,
    title: &'a str,
    lang: &'static str,
    passage: u64,
    text: &'a str,
    snippet: &'a str,
    highlights: &'a [[usize; 2]],
    /// The article's date (ISO 8601), site, address (each `null` when unknown) and
    /// authors.
    date: Option<&'a str>,
    source: Option<&'a str>,
    url: Option<&'a str>,
    authors: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    explain: Option<WireExplain<'a>>,
    /// On an article's first hit: its other passages that matched, not shown.
    more_in_article: u32,
    /// On an article's first hit: the copies of its story folded into it.
    also: Vec<WireCopy<'a>>,
}

#[derive(Serialize)]
struct WireCopy<'a> {
    doc: &'a str,
    source: Option<&'a str>,
    url: Option<&'a str>,
    date: Option<&'a str>,
}

impl<'a> WireCopy<'a> {
    fn new(copy: &'a OtherCopy) -> WireCopy<'a> {
        WireCopy {
            doc: &copy.doc,
            source: copy.source.as_deref(),
            url: copy.url.as_deref(),
            date: copy.date.as_deref(),
        }
    }
}

impl<'a> WireHit<'a> {
    fn new(hit: &'a Hit) -> WireHit<'a> {
        WireHit {
            rank: hit.rank,
            score: hit.score,
            doc: &hit.doc,
            title: &hit.title,
            lang: hit.lang.code(),
            passage: hit.passage,
            text: &hit.text,
            snippet: &hit.snippet,
            highlights: &hit.highlights,
            date: hit.date.as_deref(),
            source: hit.source.as_deref(),
            url: hit.url.as_deref(),
            authors: &hit.authors,
            explain: hit.explain.as_ref().map(WireExplain::new),
            more_in_article: hit.more_in_article,
            also: hit.also.iter().map(WireCopy::new).collect(),
        }
    }
}

#[derive(Serialize)]
struct WireExplain<'a> {
    value: f32,
    description: &'a str,
    details: Vec<WireExplain<'a>>,
}

impl<'a> WireExplain<'a> {
    fn new(explain: &'a Explain) -> WireExplain<'a> {
        WireExplain {
            value: explain.value,
            description: &explain.description,
            details: explain.details.iter().map(WireExplain::new).collect(),
        }
    }
}

#[derive(Serialize)]
struct WireAnswer<'a> {
    quote: &'a str,
    speaker: &'a str,
    doc: &'a str,
    title: &'a str,
    lang: &'static str,
    passage: u64,
    text: &'a str,
    score: f32,
    attribution: &'static str,
}

impl<'a> WireAnswer<'a> {
    fn new(answer: &'a Answer) -> WireAnswer<'a> {
        WireAnswer {
            quote: &answer.quote,
            speaker: &answer.speaker,
            doc: &answer.doc,
            title: &answer.title,
            lang: answer.lang.code(),
            passage: answer.passage,
            text: &answer.text,
            score: answer.score,
            attribution: attribution_code(answer.attribution),
        }
    }
}

#[derive(Serialize)]
struct WireExpansion<'a> {
    word: &'a str,
    translations: BTreeMap<&'static str, &'a [String]>,
}

impl<'a> WireExpansion<'a> {
    fn new(expansion: &'a Expansion) -> WireExpansion<'a> {
        WireExpansion {
            word: &expansion.word,
            translations: expansion
                .translations
                .iter()
                .map(|(tongue, texts)| (tongue.code(), texts.as_slice()))
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct WireCorrection<'a> {
    word: &'a str,
    to: &'a [String],
}

impl<'a> WireCorrection<'a> {
    fn new(correction: &'a Correction) -> WireCorrection<'a> {
        WireCorrection {
            word: &correction.word,
            to: &correction.to,
        }
    }
}

/// The codes the contract gives the library's enums.
pub fn kind_code(kind: Kind) -> &'static str {
    match kind {
        Kind::Said => "said",
        Kind::Met => "met",
        Kind::HowMany => "how_many",
        Kind::When => "when",
        Kind::Who => "who",
        Kind::Topic => "topic",
    }
}

/// The kind of an answer, as the contract writes it.
pub fn expect_code(expect: Expect) -> &'static str {
    match expect {
        Expect::Person => "person",
        Expect::Organisation => "organisation",
        Expect::Date => "date",
        Expect::Count => "number",
        Expect::Money => "money",
        Expect::Age => "age",
        Expect::Place => "place",
    }
}

fn attribution_code(attribution: Attribution) -> &'static str {
    match attribution {
        Attribution::Named => "named",
        Attribution::Pronoun => "pronoun",
        Attribution::Role => "role",
        Attribution::Continued => "continued",
        Attribution::Unknown => "unknown",
    }
}
