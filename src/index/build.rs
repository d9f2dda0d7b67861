//! Building an index from a corpus folder: read, detect languages, analyse, write a
//! new generation, make it live.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use tantivy::{Index, TantivyDocument};

use super::schema::{Fields, analyzers_for, schema};
use super::{IndexError, io, lock, manifest};
use crate::analysis;
use crate::corpus::{self, Article, Corpus};
use crate::lang::{self, Lang};

/// How to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Memory the index writer may use, in bytes.
    pub memory_bytes: usize,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            memory_bytes: 256 << 20,
        }
    }
}

/// Articles and passages indexed for one language.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct LangCount {
    pub articles: usize,
    pub passages: usize,
}

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// Articles per article language; passages per passage language.
    pub per_lang: BTreeMap<Lang, LangCount>,
    pub skipped: Vec<corpus::Skipped>,
    pub notes: Vec<corpus::Note>,
}

/// Reads `corpus_dir` and builds a fresh index in `index_dir`, replacing the live one
/// only once the new one is complete.
pub fn build(
    corpus_dir: &Path,
    index_dir: &Path,
    options: &BuildOptions,
) -> Result<BuildReport, IndexError> {
    manifest::check_writable(index_dir)?;
    let _lock = lock::IndexLock::acquire(index_dir)?;
    let Corpus {
        articles,
        skipped,
        notes,
    } = corpus::read_corpus(corpus_dir)?;
    fs::create_dir_all(index_dir).map_err(io(format!("cannot create {}", index_dir.display())))?;

    let generation = manifest::new_generation_name();
    let gen_dir = index_dir.join(&generation);
    fs::create_dir(&gen_dir).map_err(io(format!("cannot create {}", gen_dir.display())))?;

    let (schema, fields) = schema();
    let index = Index::create_in_dir(&gen_dir, schema)?;
    analysis::register(index.tokenizers());
    let mut writer = index.writer::<TantivyDocument>(options.memory_bytes.max(15 << 20))?;
    let mut report = BuildReport {
        skipped,
        notes,
        ..BuildReport::default()
    };
    for article in &articles {
        add_article(&writer, &fields, article, &mut report)?;
    }
    writer.commit()?;
    writer.wait_merging_threads()?;

    manifest::swap_manifest(index_dir, &generation)?;
    manifest::remove_old_generations(index_dir, &generation);
    Ok(report)
}

fn add_article(
    writer: &tantivy::IndexWriter,
    fields: &Fields,
    article: &Article,
    report: &mut BuildReport,
) -> Result<(), IndexError> {
    // The language of the article, judged on its first passages (a big file is not
    // copied whole for it).
    let mut total = 0;
    let sample: Vec<&str> = article
        .passages
        .iter()
        .map(|p| p.text.as_str())
        .take_while(|text| {
            let more = total < 16 << 10;
            total += text.len();
            more
        })
        .collect();
    let article_lang = lang::detect(&sample.join("\n"));
    report.per_lang.entry(article_lang).or_default().articles += 1;
    for passage in &article.passages {
        let passage_lang = lang::detect_passage(&passage.text, article_lang);
        report.per_lang.entry(passage_lang).or_default().passages += 1;
        let mut doc = TantivyDocument::default();
        doc.add_text(fields.doc, &article.doc);
        doc.add_text(fields.title, &article.title);
        if let Some(date) = &article.date {
            doc.add_text(fields.date, date);
        }
        doc.add_text(fields.lang, passage_lang.code());
        doc.add_u64(fields.passage, passage.ordinal as u64);
        doc.add_text(fields.text, &passage.text);
        for &kind in analyzers_for(passage_lang) {
            doc.add_text(fields.body(kind), &passage.text);
        }
        for &kind in analyzers_for(article_lang) {
            doc.add_text(fields.title_field(kind), &article.title);
        }
        writer.add_document(doc)?;
    }
    Ok(())
}
