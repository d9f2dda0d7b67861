//! Text fingerprints of articles, to know the same story published twice (under two
//! file names, by two sites, with a few words changed or a paragraph dropped): a
//! MinHash signature (Broder 1997) of the set of word 3-shingles of the article's
//! passages, headline left out (a copy often gets a headline of its own). The share of
//! slots two signatures agree on estimates the Jaccard similarity of their shingle
//! sets; two articles agreeing on at least `SAME_STORY` of them are one story.
//!
//! A signature is computed once per article at index time and stored with each of its
//! passages as a fast field; the search compares the signatures of the articles it
//! found, pairwise (a page's candidates are a few hundred, so no LSH banding is
//! needed), and folds copies (`search::group`). An incremental build never has to
//! revisit older articles.

use rustc_hash::FxHashSet;

use crate::language::PassageWords;

/// Words per shingle: three keep word order (two articles on one topic share words,
/// rarely runs of three) and leave most shingles intact around a changed word.
const SHINGLE_WORDS: usize = 3;
/// Fewer distinct shingles than this make a signature too coarse to trust: such an
/// article (a caption, a one-line brief) gets none and is never folded.
const MIN_SHINGLES: usize = 12;
/// Slots of a signature (each the least hash of the shingles that fall in it).
pub const SLOTS: usize = 1 << SLOT_BITS;
const SLOT_BITS: u32 = 5;
/// Share of slots two signatures of one story agree on, at least. Copies with a word in
/// 40 changed and a paragraph dropped agree on 0.75 of them (median; 1% under 0.41),
/// other articles on one topic on at most 0.06; `cargo bench --bench folding`
/// measures precision and recall.
pub const SAME_STORY: f32 = 0.3;

/// The signature of an article's passages, `SLOTS` little-endian u32; empty when the
/// article is too short to have one.
pub fn fingerprint<'a>(passages: impl IntoIterator<Item = &'a str>) -> Vec<u8> {
    fingerprint_of(PassageWords::of(passages).all())
}

/// `fingerprint` of an article's word hashes (`PassageWords::all`).
pub fn fingerprint_of(words: &[u64]) -> Vec<u8> {
    let shingles: Vec<u64> = words
        .windows(SHINGLE_WORDS)
        .map(|w| mix(w[0] ^ w[1].rotate_left(21) ^ w[2].rotate_left(42)))
        .collect();
    // A shingle written twice changes no slot's least hash, so the shingles need no
    // deduplication; only whether there are enough distinct ones is counted, and only
    // up to the least that makes a signature.
    let mut distinct = FxHashSet::default();
    for &shingle in &shingles {
        if distinct.len() >= MIN_SHINGLES {
            break;
        }
        distinct.insert(shingle);
    }
    if distinct.len() < MIN_SHINGLES {
        return Vec::new();
    }
    // One permutation hashing (Li, Owen and Zhang 2012): each shingle's hash, already
    // mixed, picks a slot by its top bits and competes there with its low 32 bits, so
    // a shingle costs one comparison instead of one hash per slot. Slots no shingle
    // fell in take the value of the next filled slot, marked by the distance
    // (densification by rotation, Shrivastava and Li 2014), so that two articles
    // agree on them only where they agree on that slot.
    let mut slots = [u32::MAX; SLOTS];
    let mut filled = 0u64;
    for &shingle in &shingles {
        let slot = (shingle >> (64 - SLOT_BITS)) as usize;
        slots[slot] = slots[slot].min(shingle as u32);
        filled |= 1 << slot;
    }
    let values = slots;
    for (j, slot) in slots.iter_mut().enumerate() {
        if filled & (1 << j) != 0 {
            continue;
        }
        if let Some(t) = (1..SLOTS).find(|t| filled & (1 << ((j + t) % SLOTS)) != 0) {
            *slot = values[(j + t) % SLOTS] ^ (mix(t as u64) as u32);
        }
    }
    slots.iter().flat_map(|s| s.to_le_bytes()).collect()
}

/// The share of slots two signatures agree on (0 when either has none).
pub fn similarity(a: &[u8], b: &[u8]) -> f32 {
    if a.len() != SLOTS * 4 || b.len() != SLOTS * 4 {
        return 0.0;
    }
    let same = a
        .chunks_exact(4)
        .zip(b.chunks_exact(4))
        .filter(|(x, y)| x == y)
        .count();
    same as f32 / SLOTS as f32
}

/// Whether two signatures are of one story.
pub fn same_story(a: &[u8], b: &[u8]) -> bool {
    similarity(a, b) >= SAME_STORY
}

/// SplitMix64's finaliser: every bit of the result depends on every bit of `x`.
const fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::{fingerprint, same_story, similarity};

    const STORY: &[&str] = &[
        "Pemerintah Indonesia mengumumkan rencana membangun pusat data kecerdasan buatan di Batam dengan investasi senilai 2 miliar dolar.",
        "Menteri Komunikasi dan Informatika mengatakan proyek itu akan menyerap ribuan tenaga kerja lokal dalam lima tahun pertama.",
        "Investor dari Singapura dan Jepang disebut telah menyatakan minat untuk ikut mendanai pembangunan gedung tersebut.",
        "Para pengamat menilai ketersediaan listrik dan air menjadi tantangan terbesar bagi pusat data sebesar itu di pulau kecil.",
    ];

    #[test]
    fn a_copy_with_a_word_changed_is_one_story_and_another_story_is_not() {
        let original = fingerprint(STORY.iter().copied());
        let edited: Vec<String> = STORY
            .iter()
            .map(|p| p.replace("ribuan", "puluhan ribu"))
            .collect();
        let copy = fingerprint(edited.iter().map(String::as_str));
        let other = fingerprint([
            "Harga beras di pasar tradisional Jakarta naik tajam menjelang bulan puasa tahun ini.",
            "Pedagang mengeluhkan pasokan dari Jawa Tengah yang berkurang karena banjir di sejumlah sentra produksi padi.",
            "Pemerintah berjanji menggelar operasi pasar untuk menahan kenaikan harga sampai Lebaran.",
        ]);
        assert!(
            same_story(&original, &copy),
            "{}",
            similarity(&original, &copy)
        );
        assert!(!same_story(&original, &other));
        assert_eq!(similarity(&original, &original), 1.0);
        assert!(fingerprint(["terlalu pendek"]).is_empty());
        assert!(!same_story(&[], &[]));
    }
}
