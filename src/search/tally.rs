//! Counting what a query matched, beside the ranking: its passages, its articles, how
//! many of each article's passages matched (the hits' "more passages in this article"),
//! and, asked for, its articles by language, site and month (`--facets`). Counted over
//! every passage that matches, from fast fields, never from the stored documents. The
//! same count over the whole index is `cari stats` (`overview`).

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, ColumnValues, StrColumn};
use tantivy::query::AllQuery;
use tantivy::{DateTime, DocId, Score, SegmentOrdinal, SegmentReader};

use crate::index::{CariIndex, month_of};
use crate::language::Lang;

/// The languages counted, in the order of `ArticleTally::passages_by_lang`.
pub(crate) const LANGS: [Lang; 3] = [Lang::Id, Lang::Fr, Lang::Other];

/// What matched of one article.
#[derive(Debug, Clone, Default)]
pub struct ArticleTally {
    /// Its passages that matched, per language of `LANGS` (per language only with
    /// facets; else all under the first).
    pub passages_by_lang: [u32; 3],
    /// Its site (with facets).
    pub source: Option<String>,
    /// Its date, seconds since 1970 (UTC).
    pub published: Option<i64>,
}

impl ArticleTally {
    /// Its passages that matched.
    pub fn passages(&self) -> u32 {
        self.passages_by_lang.iter().sum()
    }

    fn merge(&mut self, other: ArticleTally) {
        for (a, b) in self.passages_by_lang.iter_mut().zip(other.passages_by_lang) {
            *a += b;
        }
        self.source = self.source.take().or(other.source);
        self.published = self.published.or(other.published);
    }
}

/// What matched, by article.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    /// Passages that matched.
    pub passages: usize,
    /// By article key (see `index::article_key`).
    pub articles: HashMap<u64, ArticleTally>,
}

/// Counts of articles (and passages) by language, site and month.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facets {
    /// By language code of the passages (an article counts under each of its
    /// passages' languages).
    pub lang: BTreeMap<String, Count>,
    /// By site, in lower case and without `www.`.
    pub source: BTreeMap<String, Count>,
    /// `2024-02` → count; articles without a date are not counted here.
    pub month: BTreeMap<String, Count>,
}

/// Articles, and their passages that matched.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    /// Articles.
    pub articles: u64,
    /// Their passages that matched.
    pub passages: u64,
}

impl Tally {
    /// The counts by language, site and month (needs a tally made with facets).
    pub fn facets(&self) -> Facets {
        let mut facets = Facets::default();
        for article in self.articles.values() {
            let passages = u64::from(article.passages());
            for (lang, &n) in LANGS.iter().zip(&article.passages_by_lang) {
                if n > 0 {
                    let count = facets.lang.entry(lang.code().to_string()).or_default();
                    count.articles += 1;
                    count.passages += u64::from(n);
                }
            }
            let add = |map: &mut BTreeMap<String, Count>, key: String| {
                let count = map.entry(key).or_default();
                count.articles += 1;
                count.passages += passages;
            };
            // A site counted as `--source` matches it: `www.Kompas.com` is `kompas.com`.
            if let Some(source) = &article.source {
                add(&mut facets.source, super::filter::normalise_source(source));
            }
            if let Some(secs) = article.published {
                add(
                    &mut facets.month,
                    month_of(DateTime::from_timestamp_secs(secs)),
                );
            }
        }
        facets
    }

    /// The first and last dates of the articles, seconds since 1970.
    pub fn date_range(&self) -> Option<(i64, i64)> {
        let dates = self.articles.values().filter_map(|a| a.published);
        let (min, max) = dates.fold((i64::MAX, i64::MIN), |(lo, hi), d| (lo.min(d), hi.max(d)));
        (min <= max).then_some((min, max))
    }
}

/// A date as `2024-02-29` (UTC), from seconds since 1970.
pub fn day_of(secs: i64) -> String {
    let (year, month, day) = crate::index::civil_from_days(secs.div_euclid(86_400));
    format!("{year:04}-{month:02}-{day:02}")
}

/// The collector of a `Tally`; `facets` reads language, site and date too.
pub struct TallyCollector {
    /// Read each passage's language, site and date too.
    pub facets: bool,
}

impl Collector for TallyCollector {
    type Fruit = Tally;
    type Child = SegmentTally;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentTally> {
        let fast = reader.fast_fields();
        let article = fast.u64("article")?.first_or_default_col(0);
        let facets = if self.facets {
            let lang = fast.str("lang")?;
            // The language of each term of the segment's `lang` column.
            let mut lang_slots = Vec::new();
            if let Some(column) = &lang {
                let mut code = String::new();
                for ord in 0..column.num_terms() as u64 {
                    code.clear();
                    column.ord_to_str(ord, &mut code)?;
                    let slot = LANGS
                        .iter()
                        .position(|l| Lang::from_code(&code) == Some(*l))
                        .unwrap_or(LANGS.len() - 1);
                    lang_slots.push(slot);
                }
            }
            Some(SegmentFacets {
                lang,
                lang_slots,
                source: fast.str("source")?,
                published: fast.date("published")?,
            })
        } else {
            None
        };
        Ok(SegmentTally {
            article,
            facets,
            passages: 0,
            articles: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Tally>) -> tantivy::Result<Tally> {
        let mut merged = Tally::default();
        for fruit in fruits {
            merged.passages += fruit.passages;
            for (key, tally) in fruit.articles {
                merged.articles.entry(key).or_default().merge(tally);
            }
        }
        Ok(merged)
    }
}

struct SegmentFacets {
    lang: Option<StrColumn>,
    lang_slots: Vec<usize>,
    source: Option<StrColumn>,
    published: Column<DateTime>,
}

/// Per article of the segment: its tally, and its site as the segment's term number
/// (named once the segment is done).
pub struct SegmentTally {
    article: Arc<dyn ColumnValues<u64>>,
    facets: Option<SegmentFacets>,
    passages: usize,
    articles: HashMap<u64, (ArticleTally, Option<u64>)>,
}

impl SegmentCollector for SegmentTally {
    type Fruit = Tally;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.passages += 1;
        let key = self.article.get_val(doc);
        let (tally, source_ord) = self.articles.entry(key).or_default();
        let Some(facets) = &self.facets else {
            tally.passages_by_lang[0] += 1;
            return;
        };
        let slot = facets
            .lang
            .as_ref()
            .and_then(|c| c.term_ords(doc).next())
            .and_then(|ord| facets.lang_slots.get(ord as usize).copied())
            .unwrap_or(LANGS.len() - 1);
        tally.passages_by_lang[slot] += 1;
        if source_ord.is_none() {
            *source_ord = facets.source.as_ref().and_then(|c| c.term_ords(doc).next());
        }
        if tally.published.is_none() {
            tally.published = facets.published.first(doc).map(|d| d.into_timestamp_secs());
        }
    }

    fn harvest(self) -> Tally {
        let mut names: HashMap<u64, String> = HashMap::new();
        let source = self.facets.as_ref().and_then(|f| f.source.as_ref());
        let articles = self
            .articles
            .into_iter()
            .map(|(key, (mut tally, ord))| {
                if let (Some(ord), Some(column)) = (ord, source) {
                    let name = names.entry(ord).or_insert_with(|| {
                        let mut name = String::new();
                        // A term the dictionary can't give back is no site.
                        let _ = column.ord_to_str(ord, &mut name);
                        name
                    });
                    if !name.is_empty() {
                        tally.source = Some(name.clone());
                    }
                }
                (key, tally)
            })
            .collect();
        Tally {
            passages: self.passages,
            articles,
        }
    }
}

/// The whole index counted: `cari stats`.
pub fn overview(index: &CariIndex) -> tantivy::Result<Tally> {
    let searcher = index.reader.searcher();
    searcher.search(&AllQuery, &TallyCollector { facets: true })
}
