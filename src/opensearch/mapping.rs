//! The index on the cluster: its settings and fields, and the terms cari sends.
//!
//! A passage's terms go to the field of its language (`terms_id`, `terms_fr`,
//! `terms_neutral`, as the local index's body fields), written as cari's analyser made
//! them, separated by spaces. The field's analyser (`cari_terms`) only undoes that:
//! - `whitespace` splits the terms again;
//! - `pattern_capture` splits `perusahaan|usaha` (several terms at one position: a
//!   name at a sentence's start is indexed as written and stemmed) into terms at the
//!   same position;
//! - `stop` drops `GAP`, sent where cari removed a stop word, so positions (phrases)
//!   are those of the local index; BM25 counts terms, not positions, so lengths are too.
//!
//! Scoring: the local ranker's BM25 (k1 1.2, b 0.75 over an average length taken 4.5
//! times longer, see `search::stats`) is exactly BM25 with k1 = 0.5 and b = 0.4 over the
//! field's true average length, which is what Lucene keeps per field; terms at one
//! position count in the length, as tantivy counts them (`discount_overlaps: false`).

use serde_json::{Value, json};

use crate::analysis::{self, AnalyzerKind};
use crate::search::stats::LENGTH_SCALE;

/// Sent where a stop word was removed: a character cari's tokenizer never makes a term.
pub const GAP: &str = "\u{2423}";
/// Separates terms at one position.
pub const SAME_POSITION: char = '|';

/// The field holding a passage's terms as analyser `kind` makes them.
pub fn terms_field(kind: AnalyzerKind) -> &'static str {
    match kind {
        AnalyzerKind::Id => "terms_id",
        AnalyzerKind::Fr => "terms_fr",
        AnalyzerKind::Neutral => "terms_neutral",
    }
}

/// BM25's k1 and b that make Lucene's scores those of the local ranker.
fn bm25_parameters() -> (f64, f64) {
    let b = 3.0 / (LENGTH_SCALE + 3.0);
    let k1 = 1.2 * (0.25 + 0.75 / LENGTH_SCALE);
    (k1, b)
}

/// The body of the request that creates the passage index.
pub fn passage_index(shards: u32, replicas: u32) -> Value {
    let (k1, b) = bm25_parameters();
    let terms = json!({
        "type": "text",
        "analyzer": "cari_terms",
        "similarity": "cari_bm25",
        // tantivy starts a field's next value one position after the last term and one
        // more: Lucene does the same with a gap of 1.
        "position_increment_gap": 1
    });
    json!({
        "settings": {
            "number_of_shards": shards,
            "number_of_replicas": replicas,
            "similarity": {
                "cari_bm25": { "type": "BM25", "k1": k1, "b": b, "discount_overlaps": false }
            },
            "analysis": {
                "filter": {
                    "cari_gap": { "type": "stop", "stopwords": [GAP] },
                    "cari_same_position": {
                        "type": "pattern_capture",
                        "preserve_original": false,
                        "patterns": ["([^|]+)"]
                    }
                },
                "analyzer": {
                    "cari_terms": {
                        "type": "custom",
                        "tokenizer": "whitespace",
                        "filter": ["cari_same_position", "cari_gap"]
                    }
                }
            }
        },
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "doc": { "type": "keyword" },
                "article": { "type": "keyword" },
                "title": { "type": "text", "fields": {
                    "id": { "type": "text", "analyzer": "indonesian" },
                    "fr": { "type": "text", "analyzer": "french" }
                } },
                "date": { "type": "keyword" },
                // The date as a point in time (UTC, seconds), as the local index's
                // `published`: what --since, --until and --sort date read.
                "published": { "type": "date", "format": "epoch_second" },
                "source": { "type": "keyword" },
                "url": { "type": "keyword", "index": false },
                "authors": { "type": "keyword" },
                "lang": { "type": "keyword" },
                "passage": { "type": "integer" },
                "text": { "type": "text", "fields": {
                    "id": { "type": "text", "analyzer": "indonesian" },
                    "fr": { "type": "text", "analyzer": "french" }
                } },
                "terms_id": terms,
                "terms_fr": terms,
                "terms_neutral": terms
            }
        }
    })
}

/// Fields of the passage index a cari made before had not: added to such an index
/// (which then has everything sent again, to fill them).
pub const ADDED_FIELDS: [&str; 1] = ["published"];

/// The body of the request that creates the index recording what was sent of each
/// article (see `load`).
pub fn articles_index(shards: u32, replicas: u32) -> Value {
    json!({
        "settings": { "number_of_shards": shards, "number_of_replicas": replicas },
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "doc": { "type": "keyword" },
                "hash": { "type": "keyword" },
                "passages": { "type": "integer" },
                // Each article of the file and its passages: read back, never searched.
                "articles": { "type": "object", "enabled": false }
            }
        }
    })
}

/// `text` as analyser `kind` makes it, in the form the `cari_terms` analyser reads:
/// terms separated by spaces, `GAP` for each position left empty (a stop word), terms
/// at one position joined by `|`.
pub fn analysed_terms(kind: AnalyzerKind, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut next_position = 0usize;
    let mut last_position = None;
    for token in analysis::analyze(kind, text) {
        // Terms the tokenizer can't make never come; these would be read as syntax.
        if token.term.contains(char::is_whitespace) || token.term.contains(SAME_POSITION) {
            continue;
        }
        if last_position == Some(token.position) {
            out.push(SAME_POSITION);
            out.push_str(&token.term);
            continue;
        }
        for _ in next_position..token.position {
            push_word(&mut out, GAP);
        }
        push_word(&mut out, &token.term);
        next_position = token.position + 1;
        last_position = Some(token.position);
    }
    out
}

fn push_word(out: &mut String, word: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(word);
}

/// A phrase query's text for terms at relative positions: `GAP` where a position is
/// empty, as in `analysed_terms`.
pub fn phrase_text(terms: &[(usize, String)]) -> String {
    let mut out = String::new();
    let mut next = terms.first().map_or(0, |(p, _)| *p);
    for (position, term) in terms {
        for _ in next..*position {
            push_word(&mut out, GAP);
        }
        push_word(&mut out, term);
        next = position + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_leave_gaps_and_phrases_keep_them() {
        // `yang` is an Indonesian stop word: its position stays, empty.
        let terms = analysed_terms(AnalyzerKind::Id, "data yang besar");
        assert_eq!(terms, format!("data {GAP} besar"));
        assert_eq!(
            phrase_text(&[(0, "data".into()), (2, "besar".into())]),
            format!("data {GAP} besar")
        );
    }

    #[test]
    fn bm25_parameters_are_the_local_rankers() {
        let (k1, b) = bm25_parameters();
        assert!(
            (k1 - 0.5).abs() < 1e-9 && (b - 0.4).abs() < 1e-9,
            "{k1} {b}"
        );
    }
}
