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
    let mut words: Vec<u64> = Vec::new();
    for passage in passages {
        word_hashes(passage, &mut words);
    }
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

/// Appends the hashes of the words of `text` (runs of letters and digits, lower-cased)
/// in order. One pass over the bytes, hashing as it goes: a word is never copied or
/// lower-cased into a buffer (this runs on every word at index time).
fn word_hashes(text: &str, out: &mut Vec<u64>) {
    let mut hash = 0u64;
    let mut in_word = false;
    let mut i = 0;
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_alphanumeric() {
            // A run of ASCII letters and digits in a loop of its own: `| 0x20` lowers
            // a letter and leaves a digit as it is.
            let mut run = hash_step(hash, u32::from(b | 0x20));
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                run = hash_step(run, u32::from(bytes[i] | 0x20));
                i += 1;
            }
            hash = run;
            in_word = true;
            continue;
        }
        // A Latin-1 letter (`é`, `À`), lowered by its code point without decoding:
        // French words hold one every few letters.
        let latin = crate::language::latin1_letter(bytes, i);
        let alphanumeric = if b.is_ascii() {
            i += 1;
            false
        } else if let Some(next) = latin {
            i += 2;
            // `À`–`Þ` lower to 32 code points on; `ß` and `à`–`ÿ` are lower case.
            let code = 0xC0 + u32::from(next & 0x3F);
            let lower = if code <= 0xDE { code + 0x20 } else { code };
            hash = hash_step(hash, lower);
            true
        } else {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            i += c.len_utf8();
            if c.is_alphanumeric() {
                for lower in c.to_lowercase() {
                    hash = hash_step(hash, u32::from(lower));
                }
            }
            c.is_alphanumeric()
        };
        if alphanumeric {
            in_word = true;
        } else if in_word {
            out.push(hash);
            hash = 0;
            in_word = false;
        }
    }
    if in_word {
        out.push(hash);
    }
}

/// One character into a word's hash (FxHash's step; shingles are mixed afterwards).
fn hash_step(hash: u64, c: u32) -> u64 {
    (hash.rotate_left(5) ^ u64::from(c)).wrapping_mul(0x517c_c1b7_2722_0a95)
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
    use super::{fingerprint, hash_step, same_story, similarity, word_hashes};

    const STORY: &[&str] = &[
        "Pemerintah Indonesia mengumumkan rencana membangun pusat data kecerdasan buatan di Batam dengan investasi senilai 2 miliar dolar.",
        "Menteri Komunikasi dan Informatika mengatakan proyek itu akan menyerap ribuan tenaga kerja lokal dalam lima tahun pertama.",
        "Investor dari Singapura dan Jepang disebut telah menyatakan minat untuk ikut mendanai pembangunan gedung tersebut.",
        "Para pengamat menilai ketersediaan listrik dan air menjadi tantangan terbesar bagi pusat data sebesar itu di pulau kecil.",
    ];

    #[test]
    fn word_hashes_are_those_of_the_lower_cased_words() {
        use proptest::prelude::*;
        let chars = prop::sample::select(vec![
            'a', 'Z', '7', ' ', '-', '\'', '’', '.', 'é', 'É', 'à', 'À', 'Þ', 'þ', 'ß', 'ÿ', '×',
            '÷', 'Ł', 'ł', 'İ', '\u{a0}', '«', '٣',
        ]);
        proptest!(|(text in prop::collection::vec(chars, 0..30))| {
            let text: String = text.into_iter().collect();
            hashes_agree(&text);
        });
        for text in [
            "L’été 2024, «Zuckerberg» a dit: c'est l'IA—et après? 16.000 GPU…",
            "Presiden Korea Selatan YOON Suk-yeol bertemu CEO Meta",
            "ÉLU président à 39 ans",
            "",
            "  ... x",
            "ÀÉÎÕÜÝÞßàéîõüýþÿ ×÷ Łódź İstanbul",
        ] {
            hashes_agree(text);
        }
    }

    /// `word_hashes` are the hashes of the text's runs of letters and digits, lower-cased.
    fn hashes_agree(text: &str) {
        let expected: Vec<u64> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| {
                w.chars()
                    .flat_map(char::to_lowercase)
                    .fold(0, |h, c| hash_step(h, u32::from(c)))
            })
            .collect();
        let mut got = Vec::new();
        word_hashes(text, &mut got);
        assert_eq!(got, expected, "{text}");
    }

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
