//! What a search keeps, besides the query: a date range (`--since`, `--until`) and
//! sites (`--source`). Both become clauses of the tantivy query (a range over the
//! `published` fast field, terms of the raw `source` field), so a filter that keeps
//! 1% of an archive still fills the page; a passage of an article without a date never
//! passes a date filter.
//!
//! A site matches without regard to case and to a leading `www.`, and a site matches
//! its subdomains: `--source kompas.com` keeps `Kompas.com`, `www.kompas.com` and
//! `money.kompas.com`.

use std::ops::Bound;

use tantivy::query::{
    BooleanQuery, ConstScoreQuery, EmptyQuery, Occur, Query, RangeQuery, TermQuery,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{DateTime, Searcher, Term};

use crate::index::{Fields, civil_from_days, date_value, days_from_civil};

/// Seconds from 1970 to a date beyond any article's, either way (tantivy's dates are
/// nanoseconds in an i64: about 292 years each side).
const FAR: i64 = 9_000_000_000;

/// The filters of a search; the default keeps everything.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    /// Articles dated at or after this point.
    pub since: Option<DateBound>,
    /// Articles dated before the end of this period.
    pub until: Option<DateBound>,
    /// Articles from one of these sites (none: any site, or none).
    pub sources: Vec<String>,
}

/// A date as typed: the period it names, from its first instant to the first instant
/// after it (`2024-02` is the whole of February).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DateBound {
    /// Its first instant.
    pub start: DateTime,
    /// The first instant after it.
    pub end: DateTime,
}

#[derive(Debug, thiserror::Error, PartialEq)]
#[error(
    "`{0}` is not a date: write 2024-02-29, 2024-02, 2024, or a time back from today such as 7d, 2w, 3m, 1y"
)]
/// A `--since` or `--until` that isn't a date (the text as typed).
pub struct BadDate(pub String);

impl DateBound {
    /// Reads `2024-02-29`, `2024-02`, `2024`, a full ISO 8601 time, or a time back
    /// from `today` (days since 1970-01-01): `7d`, `2w`, `3m`, `1y`.
    pub fn parse(text: &str, today: i64) -> Result<DateBound, BadDate> {
        let text = text.trim();
        let bad = || BadDate(text.to_string());
        if let Some(bound) = relative(text, today) {
            return Ok(bound);
        }
        let start = date_value(text).ok_or_else(bad)?;
        let parts: Vec<&str> = text.split('-').collect();
        let day = |days: i64| DateTime::from_timestamp_secs(days * 86_400);
        let end = if text.contains('T') {
            // A point in time: the second after it.
            DateTime::from_timestamp_secs(start.into_timestamp_secs() + 1)
        } else {
            let number = |s: &str| s.parse::<i64>().map_err(|_| bad());
            match parts.as_slice() {
                [y] => day(days_from_civil(number(y)? + 1, 1, 1)),
                [y, m] => {
                    let (y, m) = (number(y)?, number(m)?);
                    let (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                    day(days_from_civil(y, m, 1))
                }
                _ => DateTime::from_timestamp_secs(start.into_timestamp_secs() + 86_400),
            }
        };
        Ok(DateBound { start, end })
    }
}

/// `7d`, `2w`, `3m`, `1y` back from `today`: the day it names, whole.
fn relative(text: &str, today: i64) -> Option<DateBound> {
    let unit = text.chars().last()?;
    let count: i64 = text[..text.len() - unit.len_utf8()].parse().ok()?;
    if !(0..=100_000).contains(&count) {
        return None;
    }
    let days = match unit {
        'd' => today - count,
        'w' => today - 7 * count,
        'm' | 'y' => {
            let (year, month, day) = civil_from_days(today);
            let months_back = if unit == 'y' { 12 * count } else { count };
            let index = year * 12 + (month - 1) - months_back;
            let (year, month) = (index.div_euclid(12), index.rem_euclid(12) + 1);
            // The 31st of a shorter month is its last day.
            let mut day = day;
            while day > 28 && civil_from_days(days_from_civil(year, month, day)).1 != month {
                day -= 1;
            }
            days_from_civil(year, month, day)
        }
        _ => return None,
    };
    Some(DateBound {
        start: DateTime::from_timestamp_secs(days * 86_400),
        end: DateTime::from_timestamp_secs((days + 1) * 86_400),
    })
}

/// Today, as days since 1970-01-01 (UTC).
pub fn today() -> i64 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    secs.div_euclid(86_400)
}

/// A site as compared: lower case, without a leading `www.`.
pub fn normalise_source(source: &str) -> String {
    let lower = source.trim().to_lowercase();
    lower.strip_prefix("www.").unwrap_or(&lower).to_string()
}

/// Whether the stored site `stored` is the site asked (or one of its subdomains).
pub(crate) fn source_matches(stored: &str, asked: &[String]) -> bool {
    let stored = normalise_source(stored);
    asked.iter().any(|a| {
        stored == *a
            || stored
                .strip_suffix(a.as_str())
                .is_some_and(|rest| rest.ends_with('.'))
    })
}

impl Filters {
    /// Whether it keeps everything.
    pub fn is_empty(&self) -> bool {
        self.since.is_none() && self.until.is_none() && self.sources.is_empty()
    }

    /// The filter clauses of the query: each filters and never scores. The sites asked
    /// are looked up in the index's list of sites (a handful of terms per segment).
    pub fn clauses(
        &self,
        searcher: &Searcher,
        fields: &Fields,
    ) -> tantivy::Result<Vec<Box<dyn Query>>> {
        let mut clauses: Vec<Box<dyn Query>> = Vec::new();
        if self.since.is_some() || self.until.is_some() {
            let term = |d: DateTime| Term::from_field_date(fields.published, d);
            let lower = self
                .since
                .map_or(Bound::Unbounded, |b| Bound::Included(term(b.start)));
            // Without an upper bound, every dated article passes it: the range is
            // bounded anyway, so an article without a date never does.
            let upper = self.until.map_or(
                Bound::Included(term(DateTime::from_timestamp_secs(FAR))),
                |b| Bound::Excluded(term(b.end)),
            );
            let lower = match lower {
                Bound::Unbounded => Bound::Included(term(DateTime::from_timestamp_secs(-FAR))),
                bound => bound,
            };
            clauses.push(filter(Box::new(RangeQuery::new(lower, upper))));
        }
        if !self.sources.is_empty() {
            let asked: Vec<String> = self.sources.iter().map(|s| normalise_source(s)).collect();
            let mut stored: Vec<String> = Vec::new();
            for segment in searcher.segment_readers() {
                let inverted = segment.inverted_index(fields.source)?;
                let mut terms = inverted.terms().stream()?;
                while terms.advance() {
                    if let Ok(site) = std::str::from_utf8(terms.key())
                        && source_matches(site, &asked)
                        && !stored.iter().any(|s| s == site)
                    {
                        stored.push(site.to_string());
                    }
                }
            }
            let sites: Box<dyn Query> = if stored.is_empty() {
                Box::new(EmptyQuery)
            } else {
                Box::new(BooleanQuery::new(
                    stored
                        .iter()
                        .map(|site| {
                            let term = Term::from_field_text(fields.source, site);
                            let query: Box<dyn Query> =
                                Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                            (Occur::Should, query)
                        })
                        .collect(),
                ))
            };
            clauses.push(filter(sites));
        }
        Ok(clauses)
    }
}

/// A clause that filters and adds nothing to the score.
fn filter(query: Box<dyn Query>) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(query, 0.0))
}

#[cfg(test)]
mod tests {
    use super::{DateBound, source_matches};
    use crate::index::{date_value, days_from_civil};

    fn secs(iso: &str) -> i64 {
        date_value(iso).unwrap().into_timestamp_secs()
    }

    #[test]
    fn a_date_names_a_period() {
        let today = days_from_civil(2024, 3, 31);
        let bound = |t: &str| {
            let b = DateBound::parse(t, today).unwrap();
            (b.start.into_timestamp_secs(), b.end.into_timestamp_secs())
        };
        assert_eq!(bound("2024"), (secs("2024-01-01"), secs("2025-01-01")));
        assert_eq!(bound("2024-02"), (secs("2024-02-01"), secs("2024-03-01")));
        assert_eq!(bound("2024-12"), (secs("2024-12-01"), secs("2025-01-01")));
        assert_eq!(
            bound("2024-02-29"),
            (secs("2024-02-29"), secs("2024-03-01"))
        );
        assert_eq!(bound("7d"), (secs("2024-03-24"), secs("2024-03-25")));
        assert_eq!(bound("2w"), (secs("2024-03-17"), secs("2024-03-18")));
        assert_eq!(bound("1m"), (secs("2024-02-29"), secs("2024-03-01")));
        assert_eq!(bound("1y"), (secs("2023-03-31"), secs("2023-04-01")));
        for bad in ["", "yesterday", "2024-13", "7x", "d"] {
            assert!(DateBound::parse(bad, today).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_site_matches_its_case_www_and_subdomains() {
        let asked = vec!["kompas.com".to_string()];
        for stored in [
            "kompas.com",
            "Kompas.com",
            "www.kompas.com",
            "money.kompas.com",
        ] {
            assert!(source_matches(stored, &asked), "{stored}");
        }
        for stored in ["notkompas.com", "kompas.com.evil", "detik.com"] {
            assert!(!source_matches(stored, &asked), "{stored}");
        }
    }
}
