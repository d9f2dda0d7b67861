//! Text fingerprints of articles, to know the same story published twice (under two
//! file names, by two sites, with a few words changed or a paragraph dropped): SimHash
//! (Charikar 2002) over the set of word 3-shingles of the article's passages, headline
//! left out (a copy often gets a headline of its own). Two articles whose fingerprints
//! differ in at most `NEAR_BITS` bits are copies of one story.
//!
//! A fingerprint is computed once per article at index time and stored with each of its
//! passages as a fast field; the search folds copies among the articles it found
//! (`search::group`), so an incremental build never has to revisit older articles.

use std::collections::HashSet;
use std::hash::{Hash, Hasher};

/// Words per shingle: three keep word order (two articles on one topic share words,
/// rarely runs of three) and survive a changed word with most shingles intact.
const SHINGLE_WORDS: usize = 3;
/// Fewer distinct shingles than this make a fingerprint too noisy to trust: such an
/// article (a caption, a one-line brief) gets none and is never folded.
const MIN_SHINGLES: usize = 12;
/// Bits two fingerprints of one story may differ in. A copy with a few words changed
/// and a paragraph in ten dropped differs in about 6 of 64 bits, unrelated articles in
/// about 32; see `cargo bench --bench folding` for the measured precision and recall.
pub const NEAR_BITS: u32 = 12;

/// The fingerprint of an article's passages; 0 when it is too short to have one.
pub fn fingerprint<'a>(passages: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut words: Vec<u64> = Vec::new();
    for passage in passages {
        for word in passage
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            let mut hasher = rustc_hash::FxHasher::default();
            for c in word.chars().flat_map(char::to_lowercase) {
                c.hash(&mut hasher);
            }
            words.push(hasher.finish());
        }
    }
    let shingles: HashSet<u64> = words
        .windows(SHINGLE_WORDS)
        .map(|w| mix(w[0] ^ w[1].rotate_left(21) ^ w[2].rotate_left(42)))
        .collect();
    if shingles.len() < MIN_SHINGLES {
        return 0;
    }
    let mut votes = [0i32; 64];
    for shingle in &shingles {
        for (bit, vote) in votes.iter_mut().enumerate() {
            *vote += if shingle >> bit & 1 == 1 { 1 } else { -1 };
        }
    }
    let print = votes
        .iter()
        .enumerate()
        .filter(|(_, v)| **v > 0)
        .fold(0u64, |acc, (bit, _)| acc | 1 << bit);
    // 0 means "none": a real fingerprint of 0 (all votes negative) is moved off it.
    print.max(1)
}

/// Whether two fingerprints are of one story.
pub fn near(a: u64, b: u64) -> bool {
    a != 0 && b != 0 && (a ^ b).count_ones() <= NEAR_BITS
}

/// SplitMix64's finaliser: every bit of the shingle's hash depends on every bit of its
/// words' hashes, which SimHash's bit votes need.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::{fingerprint, near};

    const STORY: &[&str] = &[
        "Pemerintah Indonesia mengumumkan rencana membangun pusat data kecerdasan buatan di Batam dengan investasi senilai 2 miliar dolar.",
        "Menteri Komunikasi dan Informatika mengatakan proyek itu akan menyerap ribuan tenaga kerja lokal dalam lima tahun pertama.",
        "Investor dari Singapura dan Jepang disebut telah menyatakan minat untuk ikut mendanai pembangunan gedung tersebut.",
        "Para pengamat menilai ketersediaan listrik dan air menjadi tantangan terbesar bagi pusat data sebesar itu di pulau kecil.",
    ];

    #[test]
    fn a_copy_with_a_word_changed_is_near_and_another_story_is_not() {
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
        assert!(near(original, copy), "{:064b}\n{:064b}", original, copy);
        assert!(!near(original, other));
        assert_eq!(fingerprint(["terlalu pendek"]), 0);
        assert!(!near(0, 0));
    }
}
