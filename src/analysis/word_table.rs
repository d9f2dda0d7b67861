//! A hash table from short words to small values, each word stored in its own slot.
//!
//! The analysers' memo is looked up once per word indexed. A general hash map of
//! boxed strings follows a pointer to compare each key, and with tens of thousands of
//! words that pointer misses the cache: on a million passages those look-ups took a
//! tenth of indexing time. Here a slot is half a cache line holding the word's bytes
//! and its value, probed in place (open addressing, linear probing). Words longer than a
//! slot holds are not kept; the caller computes them each time.

use std::hash::Hasher;

use rustc_hash::FxHasher;

/// The longest word a slot holds, in bytes.
pub const MAX_WORD_BYTES: usize = 22;

/// Slots the table starts with; it doubles while at most half full.
const FIRST_SLOTS: usize = 64;

/// One word and its value; `len == 0` is an empty slot (the empty word is never kept).
#[derive(Clone, Copy)]
#[repr(C, align(32))]
struct Slot<V: Copy> {
    len: u8,
    word: [u8; MAX_WORD_BYTES],
    value: V,
}

/// A table of at most `capacity` words.
#[derive(Clone)]
pub struct WordTable<V: Copy + Default> {
    slots: Vec<Slot<V>>,
    len: usize,
    capacity: usize,
}

fn hash(word: &[u8]) -> usize {
    let mut hasher = FxHasher::default();
    hasher.write(word);
    // FxHash's low bits are its weakest: take the slot from the high ones.
    (hasher.finish() >> 20) as usize
}

impl<V: Copy + Default> WordTable<V> {
    /// An empty table that will keep up to `capacity` words.
    pub fn new(capacity: usize) -> WordTable<V> {
        WordTable {
            slots: Vec::new(),
            len: 0,
            capacity,
        }
    }

    /// Words held.
    pub fn len(&self) -> usize {
        self.len
    }

    /// The slot holding `word`, or the empty slot where it would go.
    fn find(slots: &[Slot<V>], word: &[u8]) -> usize {
        Self::find_hashed(slots, word, hash(word))
    }

    /// `find`, with the word's `hash` already worked out.
    #[inline]
    fn find_hashed(slots: &[Slot<V>], word: &[u8], hash: usize) -> usize {
        let mask = slots.len() - 1;
        let mut at = hash & mask;
        loop {
            let slot = &slots[at];
            if slot.len == 0
                || (usize::from(slot.len) == word.len() && &slot.word[..word.len()] == word)
            {
                return at;
            }
            at = (at + 1) & mask;
        }
    }

    /// The value of `word`, if held.
    pub fn get(&self, word: &str) -> Option<&V> {
        self.get_hashed(word, self.prefetch(word)?)
    }

    /// The value of `word`, if held, given what `prefetch` returned for it. Inlined:
    /// asked once per word indexed, and the probe is a few instructions.
    #[inline]
    pub fn get_hashed(&self, word: &str, hash: usize) -> Option<&V> {
        let slot = &self.slots[Self::find_hashed(&self.slots, word.as_bytes(), hash)];
        (slot.len != 0).then_some(&slot.value)
    }

    /// Asks the processor to bring the slot of `word` into the cache ahead of a `get` of
    /// it. A look-up in a table of megabytes mostly waits on memory; started a word
    /// early, the wait overlaps the indexing of the word before. Returns the word's hash
    /// for `get_hashed`, or None when the table can't hold the word.
    #[inline]
    pub fn prefetch(&self, word: &str) -> Option<usize> {
        let bytes = word.as_bytes();
        if self.slots.is_empty() || bytes.is_empty() || bytes.len() > MAX_WORD_BYTES {
            return None;
        }
        let hash = hash(bytes);
        let slot: *const Slot<V> = &self.slots[hash & (self.slots.len() - 1)];
        #[cfg(target_arch = "x86_64")]
        // SAFETY: a prefetch reads nothing the program sees and cannot fault; the
        // address is a slot of the table.
        unsafe {
            use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
            _mm_prefetch::<_MM_HINT_T0>(slot.cast());
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = slot;
        Some(hash)
    }

    /// Keeps `word` with `value`, unless the table is full or the word too long or
    /// empty; says whether it is held. A word held already keeps its first value.
    pub fn insert(&mut self, word: &str, value: V) -> bool {
        let word = word.as_bytes();
        if word.is_empty() || word.len() > MAX_WORD_BYTES || self.len >= self.capacity {
            return false;
        }
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let at = Self::find(&self.slots, word);
        let slot = &mut self.slots[at];
        if slot.len != 0 {
            return true;
        }
        slot.len = word.len() as u8;
        slot.word[..word.len()].copy_from_slice(word);
        slot.value = value;
        self.len += 1;
        true
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(FIRST_SLOTS);
        let empty = Slot {
            len: 0,
            word: [0; MAX_WORD_BYTES],
            value: V::default(),
        };
        let old = std::mem::replace(&mut self.slots, vec![empty; size]);
        for slot in old.into_iter().filter(|s| s.len != 0) {
            let at = Self::find(&self.slots, &slot.word[..usize::from(slot.len)]);
            self.slots[at] = slot;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slot_is_half_a_cache_line() {
        assert_eq!(std::mem::size_of::<Slot<[u8; 9]>>(), 32);
    }

    #[test]
    fn words_are_found_as_inserted_through_growth_and_up_to_capacity() {
        let mut table: WordTable<u32> = WordTable::new(1000);
        let words: Vec<String> = (0..1500).map(|i| format!("kata{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.insert(w, i as u32), i < 1000, "{w}");
        }
        assert_eq!(table.len(), 1000);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.get(w).copied(), (i < 1000).then_some(i as u32), "{w}");
        }
    }

    #[test]
    fn empty_long_and_prefix_words() {
        let mut table: WordTable<u8> = WordTable::new(10);
        assert_eq!(table.get("apa"), None);
        assert!(!table.insert("", 1));
        let long = "é".repeat(MAX_WORD_BYTES / 2 + 1);
        assert!(!table.insert(&long, 1));
        assert_eq!(table.get(&long), None);
        let fits = "a".repeat(MAX_WORD_BYTES);
        assert!(table.insert(&fits, 2));
        assert_eq!(table.get(&fits), Some(&2));
        assert!(table.insert("mengatakan", 3));
        // A word held keeps its first value.
        assert!(table.insert("mengatakan", 4));
        assert_eq!(table.get("mengata"), None);
        assert_eq!(table.get("mengatakann"), None);
        assert_eq!(table.get("mengatakan"), Some(&3));
    }
}
