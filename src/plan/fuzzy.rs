//! Typo tolerance: the indexed terms within a small edit distance of a word the index
//! doesn't hold (`zuckerbrg` → `zuckerberg`, `deepsek` → `deepseek`).
//!
//! Only words of five letters or more are corrected (one edit up to seven letters, two
//! beyond), and only terms sharing their first letter are considered: typos rarely hit
//! the first letter, and it keeps the scan of the term dictionary short.

use tantivy::Searcher;
use tantivy::schema::Field;

/// Shortest word corrected.
pub const MIN_LEN: usize = 5;
/// Corrections kept per word, most frequent first.
pub const MAX_CORRECTIONS: usize = 3;

/// The edit distance allowed for a word of `len` characters.
pub fn allowed_edits(len: usize) -> usize {
    if len >= 8 { 2 } else { 1 }
}

/// Terms of `fields` close to `term` (already analysed), best first.
pub fn corrections(searcher: &Searcher, fields: &[Field], term: &str) -> Vec<String> {
    let chars: Vec<char> = term.chars().collect();
    if chars.len() < MIN_LEN {
        return Vec::new();
    }
    let max_edits = allowed_edits(chars.len());
    let first = chars[0];
    let mut lower = [0u8; 4];
    let lower = first.encode_utf8(&mut lower).as_bytes().to_vec();
    let upper = char::from_u32(first as u32 + 1)
        .map(|c| c.to_string().into_bytes())
        .unwrap_or_else(|| vec![0xff]);
    let mut found: Vec<(usize, u64, String)> = Vec::new();
    let readers = searcher.segment_readers();
    for (segment, &field) in readers
        .iter()
        .flat_map(|s| fields.iter().map(move |f| (s, f)))
    {
        let Ok(inverted) = segment.inverted_index(field) else {
            continue;
        };
        let Ok(mut stream) = inverted.terms().range().ge(&lower).lt(&upper).into_stream() else {
            continue;
        };
        while stream.advance() {
            let Ok(candidate) = std::str::from_utf8(stream.key()) else {
                continue;
            };
            let len = candidate.chars().count();
            if len.abs_diff(chars.len()) > max_edits {
                continue;
            }
            let candidate_chars: Vec<char> = candidate.chars().collect();
            if let Some(d) = edit_distance(&chars, &candidate_chars, max_edits)
                && d > 0
            {
                let df = u64::from(stream.value().doc_freq);
                match found.iter_mut().find(|(_, _, t)| t == candidate) {
                    Some(entry) => entry.1 += df,
                    None => found.push((d, df, candidate.to_string())),
                }
            }
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    found
        .into_iter()
        .take(MAX_CORRECTIONS)
        .map(|(_, _, t)| t)
        .collect()
}

/// Optimal-string-alignment distance (an adjacent swap counts one), or `None` once it
/// exceeds `max`.
pub fn edit_distance(a: &[char], b: &[char], max: usize) -> Option<usize> {
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > max {
        return None;
    }
    let mut prev2 = vec![0usize; m + 1];
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut cur = vec![0usize; m + 1];
    for i in 1..=n {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev[m]).filter(|&d| d <= max)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str, max: usize) -> Option<usize> {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        edit_distance(&a, &b, max)
    }

    #[test]
    fn distances() {
        assert_eq!(d("zuckerbrg", "zuckerberg", 2), Some(1));
        assert_eq!(d("deepsek", "deepseek", 1), Some(1));
        assert_eq!(d("teh", "the", 1), Some(1));
        assert_eq!(d("kitten", "sitting", 2), None);
        assert_eq!(d("same", "same", 1), Some(0));
    }
}
