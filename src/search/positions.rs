//! Where a candidate passage holds the query's concepts, read from the index's
//! postings (word positions), not from its stored text: the re-ranker weighs a pool of
//! candidates far larger than the page shown, and reading and analysing each one's
//! text cost more than the search itself.

use rustc_hash::FxHashMap as HashMap;
use tantivy::postings::Postings;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, DocSet, Searcher, TERMINATED, Term};

use crate::analysis::AnalyzerKind;
use crate::index::Fields;
use crate::plan::{Form, QueryPlan};

use super::highlight::Match;

/// One form of a concept asked of one field.
struct Asked<'a> {
    concept: usize,
    field: Field,
    form: &'a Form,
    /// The index of each of the form's terms among the distinct terms asked.
    term_ids: Vec<usize>,
}

/// For each candidate (in the order given), the concepts it holds at word positions
/// (`Match::start` and `end` are positions, sorted by start), and its article's key.
pub fn candidate_matches(
    searcher: &Searcher,
    fields: &Fields,
    plan: &QueryPlan,
    candidates: &[DocAddress],
) -> tantivy::Result<(Vec<Vec<Match>>, Vec<u64>)> {
    let mut asked: Vec<Asked> = plan
        .positive()
        .flat_map(|(concept, c)| {
            c.forms.iter().flat_map(move |form| {
                AnalyzerKind::ALL
                    .iter()
                    .filter(move |&&kind| form.kind == kind || form.kind == AnalyzerKind::Neutral)
                    .map(move |&kind| Asked {
                        concept,
                        field: fields.body(kind),
                        form,
                        term_ids: Vec::new(),
                    })
            })
        })
        .collect();
    // The distinct (field, term) pairs, each read once per segment.
    let mut distinct: Vec<(Field, &str)> = Vec::new();
    let mut ids: HashMap<(Field, &str), usize> = HashMap::default();
    for a in &mut asked {
        for (_, text) in &a.form.terms {
            let key = (a.field, text.as_str());
            let id = *ids.entry(key).or_insert_with(|| {
                distinct.push(key);
                distinct.len() - 1
            });
            a.term_ids.push(id);
        }
    }
    let mut matches: Vec<Vec<Match>> = vec![Vec::new(); candidates.len()];
    let mut articles = vec![0u64; candidates.len()];
    // Candidates per segment, by document id, for forward-only postings.
    let mut by_segment: HashMap<u32, Vec<(u32, usize)>> = HashMap::default();
    for (i, address) in candidates.iter().enumerate() {
        by_segment
            .entry(address.segment_ord)
            .or_default()
            .push((address.doc_id, i));
    }
    let mut buffer = Vec::new();
    for (segment_ord, mut docs) in by_segment {
        docs.sort_unstable();
        let segment = searcher.segment_reader(segment_ord);
        if let Ok(column) = segment.fast_fields().u64("article") {
            for &(doc, i) in &docs {
                articles[i] = column.first(doc).unwrap_or(0);
            }
        }
        // Positions of each distinct (field, term) in each candidate of the segment.
        let mut positions: Vec<Vec<Vec<u32>>> = Vec::with_capacity(distinct.len());
        for &(field, text) in &distinct {
            let mut found = vec![Vec::new(); docs.len()];
            let inverted = segment.inverted_index(field)?;
            let term = Term::from_field_text(field, text);
            if let Some(mut postings) =
                inverted.read_postings(&term, IndexRecordOption::WithFreqsAndPositions)?
            {
                for (slot, &(doc, _)) in docs.iter().enumerate() {
                    if postings.doc() == TERMINATED {
                        break;
                    }
                    if postings.doc() < doc && postings.seek(doc) != doc {
                        continue;
                    }
                    if postings.doc() == doc {
                        buffer.clear();
                        postings.positions(&mut buffer);
                        found[slot] = buffer.clone();
                    }
                }
            }
            positions.push(found);
        }
        for (slot, &(_, i)) in docs.iter().enumerate() {
            let held = &mut matches[i];
            for a in &asked {
                form_matches(a.form, a.concept, |k| &positions[a.term_ids[k]][slot], held);
            }
            held.sort_unstable_by_key(|m| (m.start, m.end, m.group));
            held.dedup();
        }
    }
    Ok((matches, articles))
}

/// Where `form` occurs, given the positions of its terms (by their index in the
/// form): every position of a single term; every start of an ordered phrase; every
/// term's positions when all the terms of an unordered form occur.
pub(crate) fn form_matches<'p>(
    form: &Form,
    concept: usize,
    positions_of: impl Fn(usize) -> &'p Vec<u32>,
    out: &mut Vec<Match>,
) {
    let at = |start: u32, end: u32| Match {
        start: start as usize,
        end: end as usize,
        group: concept,
    };
    match form.terms.as_slice() {
        [] => {}
        [_] => out.extend(positions_of(0).iter().map(|&p| at(p, p + 1))),
        terms if form.ordered => {
            let first_offset = terms[0].0;
            let span = terms.last().map_or(1, |(o, _)| o - first_offset + 1) as u32;
            for &start in positions_of(0) {
                let whole = terms.iter().enumerate().skip(1).all(|(k, (offset, _))| {
                    let want = start + (offset - first_offset) as u32;
                    positions_of(k).binary_search(&want).is_ok()
                });
                if whole {
                    out.push(at(start, start + span));
                }
            }
        }
        terms => {
            if (0..terms.len()).all(|k| !positions_of(k).is_empty()) {
                for k in 0..terms.len() {
                    out.extend(positions_of(k).iter().map(|&p| at(p, p + 1)));
                }
            }
        }
    }
}
