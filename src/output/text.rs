//! The text printer, for a person: results on stdout, what the query was read as and
//! the build's summary on stderr.

use std::io::{self, Write};

use cari::Correction;
use cari::analysis::AnalyzedToken;
use cari::ask::{AskResults, Kind};
use cari::corpus::Article;
use cari::index::{BuildMode, BuildReport};
use cari::language::Lang;
use cari::people::Person;
use cari::search::{Facets, Hit, SearchResults, Tally};
use cari::translate::Expansion;

/// Terminal styling: colour or none.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// `text` with the byte ranges `highlights` marked: bold red on a terminal, `[…]`
/// brackets elsewhere would clutter copy-paste, so plain text is left plain.
pub fn highlighted(text: &str, highlights: &[[usize; 2]], style: Style) -> String {
    if !style.color {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + highlights.len() * 12);
    let mut at = 0;
    for &[start, end] in highlights {
        if start < at
            || end > text.len()
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
        {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(&style.paint("1;31", &text[start..end]));
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// Search results for a person: rank, file, language, title, then the passage.
pub fn search(out: &mut dyn Write, results: &SearchResults, style: Style) -> io::Result<()> {
    hits(out, &results.hits, style)
}

fn hits(out: &mut dyn Write, hits: &[Hit], style: Style) -> io::Result<()> {
    for hit in hits {
        // What is known of when and where, before the title: `2024-02-29 · Kompas.com · `.
        let known: Vec<&str> = [hit.date.as_deref(), hit.source.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        let about = if known.is_empty() {
            String::new()
        } else {
            format!("{} ", style.paint("2", &format!("{} ·", known.join(" · "))))
        };
        writeln!(
            out,
            "{} {} [{}] {}{}",
            style.paint("1", &format!("{}.", hit.rank)),
            style.paint("35", &format!("{}#{}", hit.doc, hit.passage)),
            hit.lang,
            about,
            style.paint("1", &hit.title),
        )?;
        writeln!(
            out,
            "   {}",
            highlighted(&hit.snippet, &hit.snippet_highlights, style)
        )?;
        if hit.more_in_article > 0 {
            let s = if hit.more_in_article == 1 { "" } else { "s" };
            let more = format!("+{} more passage{s} in this article", hit.more_in_article);
            writeln!(out, "   {}", style.paint("2", &more))?;
        }
        if !hit.also.is_empty() {
            // Each copy by what tells it apart: its site and date when known, its file.
            let copies: Vec<String> = hit
                .also
                .iter()
                .map(|copy| {
                    let known: Vec<&str> = [copy.source.as_deref(), copy.date.as_deref()]
                        .into_iter()
                        .flatten()
                        .collect();
                    if known.is_empty() {
                        copy.doc.clone()
                    } else {
                        format!("{} ({})", copy.doc, known.join(", "))
                    }
                })
                .collect();
            writeln!(
                out,
                "   {}",
                style.paint("2", &format!("also: {}", copies.join("; ")))
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// How much matched, for stderr: `12 passages in 5 articles`.
pub fn counts(results: &SearchResults) -> String {
    let plural = |n: usize, one: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {one}s")
        }
    };
    format!(
        "{} in {}",
        plural(results.total_hits, "passage"),
        plural(results.total_articles, "article")
    )
}

/// The counts of `--facets`, for stderr: one line per facet, most articles first.
pub fn facets(err: &mut dyn Write, facets: &Facets) -> io::Result<()> {
    let line = |name: &str,
                counts: &std::collections::BTreeMap<String, cari::search::Count>,
                by_count: bool| {
        let mut entries: Vec<(&String, u64)> =
            counts.iter().map(|(k, c)| (k, c.articles)).collect();
        if by_count {
            entries.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        }
        let shown: Vec<String> = entries.iter().map(|(k, n)| format!("{k} {n}")).collect();
        format!(
            "  {name:<7} {}",
            if shown.is_empty() {
                "-".to_string()
            } else {
                shown.join(", ")
            }
        )
    };
    writeln!(err, "articles by")?;
    writeln!(err, "{}", line("lang", &facets.lang, true))?;
    writeln!(err, "{}", line("source", &facets.source, true))?;
    writeln!(err, "{}", line("month", &facets.month, false))
}

/// `cari stats`: the index's articles and passages by language, site and month, and
/// its date range.
pub fn stats(out: &mut dyn Write, tally: &Tally) -> io::Result<()> {
    let facets = tally.facets();
    writeln!(
        out,
        "{} articles, {} passages",
        tally.articles.len(),
        tally.passages
    )?;
    match tally.date_range() {
        Some((first, last)) => writeln!(
            out,
            "dates: {} to {}",
            cari::search::tally::day_of(first),
            cari::search::tally::day_of(last)
        )?,
        None => writeln!(out, "dates: none")?,
    }
    let undated = tally
        .articles
        .values()
        .filter(|a| a.published.is_none())
        .count();
    if undated > 0 {
        writeln!(out, "articles without a date: {undated}")?;
    }
    for (name, counts) in [
        ("language", &facets.lang),
        ("source", &facets.source),
        ("month", &facets.month),
    ] {
        writeln!(out)?;
        writeln!(out, "{name:<24} {:>9} {:>9}", "articles", "passages")?;
        for (key, count) in counts {
            writeln!(out, "{key:<24} {:>9} {:>9}", count.articles, count.passages)?;
        }
    }
    Ok(())
}

/// An article as `cari extract` reads it: its name, what is known of it, then its
/// passages, one paragraph each.
pub fn extracted(
    out: &mut dyn Write,
    article: &Article,
    lang: Lang,
    style: Style,
) -> io::Result<()> {
    writeln!(out, "{}", style.paint("35", &article.doc))?;
    let author = article.authors.join(", ");
    let fields = [
        ("title", Some(article.title.as_str())),
        ("date", article.date.as_deref()),
        ("author", (!author.is_empty()).then_some(author.as_str())),
        ("site", article.source.as_deref()),
        ("url", article.url.as_deref()),
        ("lang", Some(lang.code())),
    ];
    for (name, value) in fields {
        if let Some(value) = value {
            writeln!(out, "{} {value}", style.paint("1", &format!("{name}:")))?;
        }
    }
    for passage in &article.passages {
        writeln!(out)?;
        writeln!(out, "{}", passage.text)?;
    }
    writeln!(out)?;
    writeln!(out)
}

/// Answers for a person: each quotation, then who said it and where; without
/// quotations, the best passages as `search` prints them.
pub fn ask(out: &mut dyn Write, results: &AskResults, style: Style) -> io::Result<()> {
    if let Some(found) = &results.answer {
        writeln!(
            out,
            "Answer: {} — {} ({})",
            style.paint("1", &found.text),
            style.paint("35", &format!("{}#{}", found.doc, found.passage)),
            found.lang,
        )?;
        writeln!(out)?;
    }
    for answer in &results.answers {
        writeln!(
            out,
            "“{}”",
            highlighted(&answer.quote, &answer.highlights, style)
        )?;
        writeln!(
            out,
            "   — {}, {} ({}#{}, {})",
            style.paint("1", &answer.speaker),
            answer.title,
            style.paint("35", &answer.doc),
            answer.passage,
            answer.lang,
        )?;
        writeln!(out)?;
    }
    if results.answers.is_empty() {
        hits(out, &results.hits, style)?;
    }
    Ok(())
}

/// The people of the archive, most mentioned first: mentions, quotations, articles,
/// and the other ways they are written.
pub fn people(out: &mut dyn Write, people: &[Person], style: Style) -> io::Result<()> {
    for person in people {
        writeln!(
            out,
            "{}  {} mention{}, {} quotation{}, {} article{}",
            style.paint("1", &person.name),
            person.mentions,
            if person.mentions == 1 { "" } else { "s" },
            person.quotations,
            if person.quotations == 1 { "" } else { "s" },
            person.articles.len(),
            if person.articles.len() == 1 { "" } else { "s" },
        )?;
        if !person.variants.is_empty() {
            writeln!(out, "   also: {}", person.variants.join(", "))?;
        }
        writeln!(out, "   {}", style.paint("35", &person.articles.join(" ")))?;
    }
    Ok(())
}

/// The lines on how the query was read (its corrections, its translations), for stderr.
pub fn query_notes(
    err: &mut dyn Write,
    corrections: &[Correction],
    expansion: &[Expansion],
) -> io::Result<()> {
    let notes = [
        describe_corrections(corrections),
        describe_expansion(expansion),
    ];
    for line in notes.into_iter().flatten() {
        writeln!(err, "{line}")?;
    }
    Ok(())
}

/// One line on why nothing matched, for stderr.
pub fn describe_no_match(results: &SearchResults) -> String {
    if results.common_words_only {
        "no passage matches: the query holds only common words (\"the\", \"yang\", \"les\"…), searched as written; add a word that says what you look for".to_string()
    } else {
        "no passage matches".to_string()
    }
}

/// One line on the spelling corrections made, for stderr; `None` when none was.
pub fn describe_corrections(corrections: &[Correction]) -> Option<String> {
    if corrections.is_empty() {
        return None;
    }
    let words: Vec<String> = corrections
        .iter()
        .map(|c| format!("{} → {}", c.word, c.to.join(", ")))
        .collect();
    Some(format!(
        "corrected: {} (not in the index; searched the spellings it holds)",
        words.join(" | ")
    ))
}

/// One line on how the query was translated, for stderr; `None` when it wasn't.
pub fn describe_expansion(expansion: &[Expansion]) -> Option<String> {
    if expansion.is_empty() {
        return None;
    }
    let words: Vec<String> = expansion
        .iter()
        .map(|e| {
            let per_lang: Vec<String> = e
                .translations
                .iter()
                .map(|(tongue, texts)| format!("{}: {}", tongue.code(), texts.join(", ")))
                .collect();
            format!("{} → {}", e.word, per_lang.join("; "))
        })
        .collect();
    Some(format!("translated: {}", words.join(" | ")))
}

/// One line on how a question was read, for stderr.
pub fn describe_question(results: &AskResults) -> String {
    let kind = match results.kind {
        Kind::Said => "said",
        Kind::Met => "met",
        Kind::HowMany => "how many",
        Kind::When => "when",
        Kind::Who => "who",
        Kind::Topic => "topic",
    };
    format!(
        "question: {kind}; speaker: {}; topic: {}",
        results.speaker.as_deref().unwrap_or("-"),
        if results.topic.is_empty() {
            "-"
        } else {
            &results.topic
        },
    )
}

/// Tokens, one per line: position, byte range, term.
pub fn tokens(out: &mut dyn Write, tokens: &[AnalyzedToken]) -> io::Result<()> {
    for t in tokens {
        writeln!(out, "{}\t{}..{}\t{}", t.position, t.start, t.end, t.term)?;
    }
    Ok(())
}

/// The summary of a build, for stderr.
pub fn print_build_summary(
    out: &mut dyn Write,
    report: &BuildReport,
    seconds: f64,
) -> io::Result<()> {
    let articles: usize = report.per_lang.values().map(|c| c.articles).sum();
    let passages: usize = report.per_lang.values().map(|c| c.passages).sum();
    match report.mode {
        BuildMode::Full => writeln!(
            out,
            "indexed {articles} articles, {passages} passages in {seconds:.2} s"
        )?,
        BuildMode::Incremental => {
            let c = report.changes;
            writeln!(
                out,
                "updated the index in {seconds:.2} s: {} added, {} changed, {} deleted, {} unchanged files",
                c.added, c.changed, c.deleted, c.unchanged
            )?;
            // What was read again, not what the index holds.
            writeln!(
                out,
                "re-indexed {articles} articles, {passages} passages (the files added or changed)"
            )?;
        }
    }
    for (lang, count) in &report.per_lang {
        writeln!(
            out,
            "  {lang}: {} articles, {} passages",
            count.articles, count.passages
        )?;
    }
    for note in &report.notes {
        writeln!(out, "  note: {}: {}", note.path.display(), note.note)?;
    }
    // An index of several sources says which: one added to another is not replacing it.
    if report.sources.len() > 1 {
        writeln!(
            out,
            "the index holds {} sources: {}",
            report.sources.len(),
            report.sources.join(", ")
        )?;
    }
    print_skipped(out, &report.skipped)
}

/// Files listed per reason in a build summary; the rest of a reason are counted.
const SKIPPED_LISTED_PER_REASON: usize = 20;

/// `1 file`, `2 files`.
fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `skipped N files (reason: count, …)`, then each file and its reason, counted by
/// the kind of reason (`unreadable`, whatever the detail).
fn print_skipped(out: &mut dyn Write, skipped: &[cari::corpus::Skipped]) -> io::Result<()> {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for s in skipped {
        let k = s.reason.kind();
        match counts.iter_mut().find(|(seen, _)| *seen == k) {
            Some((_, n)) => *n += 1,
            None => counts.push((k, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let by_kind: Vec<String> = counts.iter().map(|(k, n)| format!("{k}: {n}")).collect();
    if by_kind.is_empty() {
        writeln!(out, "skipped 0 files")?;
    } else {
        // A bad record of a JSON Lines file is one article skipped, not a file.
        let records = skipped.iter().filter(|s| s.reason.is_record()).count();
        let files = skipped.len() - records;
        let what = match (files, records) {
            (files, 0) => plural(files, "file"),
            (0, records) => plural(records, "record"),
            (files, records) => format!(
                "{} and {}",
                plural(files, "file"),
                plural(records, "record")
            ),
        };
        writeln!(out, "skipped {what} ({})", by_kind.join(", "))?;
    }
    for (k, n) in &counts {
        let mut of_kind: Vec<&cari::corpus::Skipped> =
            skipped.iter().filter(|s| s.reason.kind() == *k).collect();
        of_kind.sort_by(|a, b| a.path.cmp(&b.path));
        for s in of_kind.into_iter().take(SKIPPED_LISTED_PER_REASON) {
            writeln!(out, "  skipped: {}: {}", s.path.display(), s.reason)?;
        }
        if *n > SKIPPED_LISTED_PER_REASON {
            writeln!(
                out,
                "  skipped: … and {} more: {k}",
                n - SKIPPED_LISTED_PER_REASON
            )?;
        }
    }
    Ok(())
}
