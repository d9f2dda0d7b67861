//! How well copies of one story are folded: precision and recall of `near` over the
//! pairs of a generated set (stories, their copies with small edits, other articles on
//! their topics; see `corpus_gen`'s `copies`), and what fingerprinting costs per MB.
//!
//! `cargo bench --bench folding` (`CARI_FOLD_STORIES`, default 500).

#[path = "corpus_gen/mod.rs"]
mod corpus_gen;

use std::time::Instant;

use cari::index::fingerprint::{SAME_STORY, fingerprint, same_story, similarity};

fn main() {
    let stories: u64 = std::env::var("CARI_FOLD_STORIES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    let generator = corpus_gen::Generator::new(20_240_229);
    let articles = generator.copies(stories, 3, 3);
    let bytes: usize = articles
        .iter()
        .flat_map(|(_, p)| p.iter().map(String::len))
        .sum();
    let started = Instant::now();
    let prints: Vec<Vec<u8>> = articles
        .iter()
        .map(|(_, passages)| fingerprint(passages.iter().map(String::as_str)))
        .collect();
    let seconds = started.elapsed().as_secs_f64();
    let (mut true_pos, mut false_pos, mut false_neg) = (0u64, 0u64, 0u64);
    let mut similar_same: Vec<f32> = Vec::new();
    let mut closest_other = 0.0f32;
    for i in 0..articles.len() {
        for j in i + 1..articles.len() {
            let same = articles[i].0.is_some() && articles[i].0 == articles[j].0;
            let folded = same_story(&prints[i], &prints[j]);
            let similar = similarity(&prints[i], &prints[j]);
            if same {
                similar_same.push(similar);
            } else {
                closest_other = closest_other.max(similar);
            }
            match (same, folded) {
                (true, true) => true_pos += 1,
                (false, true) => false_pos += 1,
                (true, false) => false_neg += 1,
                (false, false) => {}
            }
        }
    }
    similar_same.sort_by(f32::total_cmp);
    let precision = true_pos as f64 / (true_pos + false_pos).max(1) as f64;
    let recall = true_pos as f64 / (true_pos + false_neg).max(1) as f64;
    println!(
        "{} articles ({stories} stories, 3 copies each, 3 others on each topic), {} pairs of copies",
        articles.len(),
        similar_same.len()
    );
    println!(
        "fold at a similarity of {SAME_STORY} or more: precision {precision:.4}  recall {recall:.4}  ({true_pos} pairs folded right, {false_pos} wrong, {false_neg} missed)"
    );
    let at = |q: f64| similar_same[((similar_same.len() - 1) as f64 * q) as usize];
    println!(
        "similarity of copies: min {:.2}  p1 {:.2}  p10 {:.2}  median {:.2}; most similar two articles of different stories: {closest_other:.2}",
        similar_same.first().copied().unwrap_or(0.0),
        at(0.01),
        at(0.1),
        at(0.5),
    );
    println!(
        "fingerprints: {:.1} MB in {:.3} s, {:.0} MB/s on one core",
        bytes as f64 / 1e6,
        seconds,
        bytes as f64 / 1e6 / seconds
    );
}
