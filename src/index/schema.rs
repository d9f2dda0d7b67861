//! The schema: which fields a passage document has and how each is analysed.

use std::hash::{Hash, Hasher};

use tantivy::DateTime;
use tantivy::schema::{
    DateOptions, DateTimePrecision, FAST, Field, INDEXED, IndexRecordOption, STORED, STRING,
    Schema, TextFieldIndexing, TextOptions,
};

use crate::analysis::AnalyzerKind;

/// The fields of the schema.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub doc: Field,
    /// The corpus file an article comes from (its `doc`, without a record's `#…`),
    /// indexed raw: a changed or deleted file's articles are removed by it.
    pub file: Field,
    pub title: Field,
    /// The article's date as written in ISO 8601 (stored).
    pub date: Field,
    /// The same date as a point in time (UTC; a date without a time is its midnight,
    /// a month its first day), a fast field to filter and sort by.
    pub published: Field,
    /// The site an article comes from, indexed raw (to filter by), stored, and a fast
    /// field (to count by).
    pub source: Field,
    pub url: Field,
    /// One value per author.
    pub authors: Field,
    pub lang: Field,
    pub passage: Field,
    /// The article's key (see `article_key`), a fast field: the ranker groups
    /// candidates by article without reading their stored documents.
    pub article: Field,
    /// The article's text signature (see `fingerprint`), a fast field (its passages
    /// share one dictionary entry): copies of one story are folded into one result.
    pub fingerprint: Field,
    pub text: Field,
    pub body_id: Field,
    pub body_fr: Field,
    pub body_neutral: Field,
    /// The people the passage names (see `people`), one value per mention: the name,
    /// then a tab and the words written when they differ (`Mark Zuckerberg\tle patron
    /// de Meta`); indexed with the neutral analyser, so a question can ask whether the
    /// archive names someone.
    pub people: Field,
    /// The speaker of each quotation that opens in the passage (stored only).
    pub quoted: Field,
}

impl Fields {
    /// The body field analysed with `kind`.
    pub fn body(&self, kind: AnalyzerKind) -> Field {
        match kind {
            AnalyzerKind::Id => self.body_id,
            AnalyzerKind::Fr => self.body_fr,
            AnalyzerKind::Neutral => self.body_neutral,
        }
    }

    /// The fields a term made by `kind` is looked for in. A neutral term (a name, a
    /// number, a word as typed, folded) is looked for in every field: the Indonesian and
    /// French analysers leave such words as they are, so the language fields hold them.
    pub fn fields_for(&self, kind: AnalyzerKind) -> impl Iterator<Item = Field> + '_ {
        let kinds: &[AnalyzerKind] = match kind {
            AnalyzerKind::Id => &[AnalyzerKind::Id],
            AnalyzerKind::Fr => &[AnalyzerKind::Fr],
            AnalyzerKind::Neutral => &[AnalyzerKind::Neutral, AnalyzerKind::Id, AnalyzerKind::Fr],
        };
        kinds.iter().map(|&k| self.body(k))
    }
}

/// The key of an article in the `article` fast field: a hash of its path that stays
/// the same from one build (and one cari) to the next.
pub fn article_key(doc: &str) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    doc.hash(&mut hasher);
    hasher.finish()
}

pub fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text_field = |kind: AnalyzerKind, record: IndexRecordOption| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(kind.name())
                .set_index_option(record),
        )
    };
    let positions = IndexRecordOption::WithFreqsAndPositions;
    let fields = Fields {
        doc: builder.add_text_field("doc", STRING | STORED),
        title: builder.add_text_field("title", STORED),
        date: builder.add_text_field("date", STORED),
        // A fast field too: counts by language read it without the stored documents.
        lang: builder.add_text_field("lang", STRING | STORED | FAST),
        passage: builder.add_u64_field("passage", STORED),
        article: builder.add_u64_field("article", FAST),
        text: builder.add_text_field("text", STORED),
        body_id: builder.add_text_field("body_id", text_field(AnalyzerKind::Id, positions)),
        body_fr: builder.add_text_field("body_fr", text_field(AnalyzerKind::Fr, positions)),
        body_neutral: builder
            .add_text_field("body_neutral", text_field(AnalyzerKind::Neutral, positions)),
        // Added after the body fields, so the fields before keep their numbers.
        file: builder.add_text_field("file", STRING),
        published: builder.add_date_field(
            "published",
            DateOptions::from(INDEXED | FAST).set_precision(DateTimePrecision::Seconds),
        ),
        source: builder.add_text_field("source", STRING | STORED | FAST),
        url: builder.add_text_field("url", STORED),
        authors: builder.add_text_field("authors", STORED),
        people: builder.add_text_field(
            "people",
            text_field(AnalyzerKind::Neutral, IndexRecordOption::Basic).set_stored(),
        ),
        quoted: builder.add_text_field("quoted", STORED),
        fingerprint: builder.add_bytes_field("fingerprint", FAST),
    };
    (builder.build(), fields)
}

/// An ISO 8601 date (`2024-02-29`, `2024-02-29T10:30:00+07:00`, `2024-02`) as a point in
/// time, UTC; `None` when it isn't one.
pub fn date_value(iso: &str) -> Option<DateTime> {
    let number = |s: &str| -> Option<i64> {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (day_part, clock) = match iso.split_once('T') {
        Some((d, c)) => (d, Some(c)),
        None => (iso, None),
    };
    let mut parts = day_part.split('-');
    let year = number(parts.next()?)?;
    let month = parts.next().map_or(Some(1), number)?;
    let day = parts.next().map_or(Some(1), number)?;
    if parts.next().is_some() || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let mut seconds = days_from_civil(year, month, day) * 86_400;
    if let Some(clock) = clock {
        let zone_at = clock.find(['Z', '+', '-']).unwrap_or(clock.len());
        let (time, zone) = clock.split_at(zone_at);
        let mut fields = time.split(':');
        let h = number(fields.next()?)?;
        let m = fields.next().map_or(Some(0), number)?;
        let s = fields.next().map_or(Some(0), number)?;
        seconds += h * 3600 + m * 60 + s;
        if let Some(offset) = zone.strip_prefix(['+', '-']) {
            let (oh, om) = offset.split_once(':').unwrap_or((offset, "0"));
            let offset = number(oh)? * 3600 + number(om)? * 60;
            // Local time minus its offset is UTC.
            seconds -= if zone.starts_with('+') {
                offset
            } else {
                -offset
            };
        }
    }
    Some(DateTime::from_timestamp_secs(seconds))
}

/// The month of a point in time (UTC), as `2024-02`.
pub fn month_of(value: DateTime) -> String {
    let (year, month, _) = civil_from_days(value.into_timestamp_secs().div_euclid(86_400));
    format!("{year:04}-{month:02}")
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard
/// Hinnant's algorithm).
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date (year, month, day) `days` after 1970-01-01 (Howard Hinnant's algorithm,
/// the inverse of `days_from_civil`).
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::{civil_from_days, date_value, days_from_civil, month_of};

    #[test]
    fn days_and_dates_round_trip() {
        for (y, m, d) in [(1970, 1, 1), (2024, 2, 29), (2000, 12, 31), (1969, 7, 20)] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
        assert_eq!(
            month_of(date_value("2024-02-29T23:00:00Z").unwrap()),
            "2024-02"
        );
    }

    #[test]
    fn iso_dates_become_utc_seconds() {
        let secs = |s: &str| date_value(s).map(|d| d.into_timestamp_secs());
        assert_eq!(secs("1970-01-01"), Some(0));
        assert_eq!(secs("2024-02-29"), Some(1_709_164_800));
        assert_eq!(secs("2024-02"), Some(1_706_745_600));
        assert_eq!(secs("2024-02-29T07:00:00+07:00"), Some(1_709_164_800));
        assert_eq!(secs("2024-02-29T00:00:00Z"), Some(1_709_164_800));
        assert_eq!(secs("29 Februari"), None);
    }
}
