//! Indonesian root finding backed by a lexicon of root words: the Nazief–Adriani
//! algorithm with the Confix Stripping and Enhanced Confix Stripping (ECS) refinements,
//! as the Sastrawi stemmer implements them, over the entries of the hunspell-id
//! dictionary.
//!
//! This module owns the embedded lexicon (`data/id_roots.txt`, binary-searched in place:
//! nothing is built at start-up), the affix rules, the choice among analyses, and the
//! memo of roots already found.
//!
//! - A word that is itself in the lexicon is its own root (`berita`, `media`, `kepala`).
//! - Otherwise every way of peeling it is tried: particles (`-lah -kah -tah -pun`),
//!   possessives (`-ku -mu -nya`), derivational suffixes (`-i -kan -an`), and up to three
//!   prefixes with their sound changes (`meny-` → `s`, `mem-` → `p`/`m`, `men-` → `t`/`n`,
//!   `meng-` → `k`/`ng`/vowel, the same for `peN-`; `ber-`, `per-`, `ter-` and their `be-`,
//!   `pe-`, `te-` forms; `di-`, `ke-`, `se-`), with ECS's recoding rules, its disallowed
//!   prefix–suffix pairs (`be-…-i`, `di-…-an`, `ke-…-i`, `ke-…-kan`, `me-…-an`, `se-…-i`,
//!   `se-…-kan`, `te-…-an`), and its loop restore (prefixes are also removed with the
//!   suffixes put back, `-kan` also read as `k` + `-an`). As in ECS, peeling stops at the
//!   first form the lexicon knows.
//! - Sastrawi follows one greedy path and keeps its first lexicon hit; here every hit is
//!   collected and the best kept: a free root before a bound stem (`ketahuan` is
//!   ke-tahu-an, not ketahu-an), then an analysis the dictionary's own affix flags allow
//!   (`memulai` → `mula`, not `pulai`, which takes no affixes), then the fewest affixes
//!   (`pemerintahan` → `perintah`, not `perin` + `-tah` + `-an`), then the order in which
//!   ECS tries them. Roots found by stripping have at least three letters.
//! - Reduplications (`buku-buku`, `anak-anaknya`, `berbalas-balasan`, `meniru-nirukan`)
//!   take the root of their base.
//! - When no analysis ends in the lexicon the answer is `None`; the caller picks the
//!   fallback.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{OnceLock, RwLock};

use rustc_hash::FxHashMap;

use crate::language::id::{PARTICLES, POSSESSIVES};
use crate::sorted_table::SortedTable;

/// Roots in byte order, one per line (`root` or `root<TAB>profile`), after a `#`
/// comment header that documents the format.
const LEXICON_TEXT: &str = include_str!("data/id_roots.txt");

/// How many words the memo holds; a shard that fills up starts over.
const MEMO_CAPACITY: usize = 100_000;

/// Independently locked parts of the memo, so indexing threads rarely meet.
const MEMO_SHARDS: usize = 16;

/// At most this many prefixes are removed (ECS).
const MAX_PREFIXES: usize = 3;

/// Roots found by removing affixes have at least this many letters.
const MIN_STRIPPED_ROOT: usize = 3;

/// Words this short are only ever looked up, never stripped (Sastrawi).
const MAX_UNSTRIPPED_LEN: usize = 3;

/// Finds the root of Indonesian words with a lexicon of roots; see the module docs.
pub struct IndonesianRoots {
    lexicon: Lexicon,
    /// Word -> root (or None), split by a hash of the word.
    memo: [RwLock<Memo>; MEMO_SHARDS],
}

type Memo = FxHashMap<Box<str>, Option<Box<str>>>;

impl IndonesianRoots {
    /// The shared instance, built once (std::sync::OnceLock/LazyLock).
    pub fn shared() -> &'static IndonesianRoots {
        static SHARED: OnceLock<IndonesianRoots> = OnceLock::new();
        SHARED.get_or_init(IndonesianRoots::new)
    }

    fn new() -> IndonesianRoots {
        IndonesianRoots {
            lexicon: Lexicon::new(LEXICON_TEXT),
            memo: std::array::from_fn(|_| RwLock::new(FxHashMap::default())),
        }
    }

    /// The root of a lower-case word when the lexicon can explain it, else None.
    pub fn root(&self, word: &str) -> Option<String> {
        if !is_lexicon_shaped(word) {
            return None;
        }
        let shard = &self.memo[shard_of(word)];
        {
            let memo = shard.read().unwrap_or_else(|e| e.into_inner());
            if let Some(found) = memo.get(word) {
                return found.as_deref().map(str::to_owned);
            }
        }
        let found = Analyser::new(&self.lexicon).root(word);
        let mut memo = shard.write().unwrap_or_else(|e| e.into_inner());
        if memo.len() >= MEMO_CAPACITY / MEMO_SHARDS {
            memo.clear();
        }
        memo.insert(word.into(), found.as_deref().map(Box::from));
        found
    }

    /// Whether a lower-case word is in the lexicon (bound stems such as `ketahu` too).
    pub fn is_root(&self, word: &str) -> bool {
        is_lexicon_shaped(word) && self.lexicon.contains(word)
    }
}

/// The memo shard of a word.
fn shard_of(word: &str) -> usize {
    (crate::corpus::fnv1a(word.as_bytes()) % MEMO_SHARDS as u64) as usize
}

/// Only words of lower-case ASCII letters and hyphens can be in the lexicon.
fn is_lexicon_shaped(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

/// The embedded root list, binary-searched in place until it has been asked about
/// `HASHED_AFTER` words; then a hash map of it is built (a few milliseconds, once per
/// process), as indexing looks words up by the million and a query only by the dozen.
struct Lexicon {
    table: SortedTable,
    asked: AtomicUsize,
    hashed: OnceLock<FxHashMap<&'static str, &'static str>>,
}

/// Look-ups before the lexicon is hashed.
const HASHED_AFTER: usize = 10_000;

impl Lexicon {
    fn new(text: &'static str) -> Lexicon {
        Lexicon {
            table: SortedTable::new(text),
            asked: AtomicUsize::new(0),
            hashed: OnceLock::new(),
        }
    }

    fn get(&self, word: &str) -> Option<&'static str> {
        if let Some(map) = self.hashed.get() {
            return map.get(word).copied();
        }
        if self.asked.fetch_add(1, Ordering::Relaxed) < HASHED_AFTER {
            return self.table.get(word);
        }
        let map = self.hashed.get_or_init(|| {
            self.table
                .lines()
                .map(|line| line.split_once('\t').unwrap_or((line, "")))
                .collect()
        });
        map.get(word).copied()
    }

    fn contains(&self, word: &str) -> bool {
        self.entry(word).is_some()
    }

    /// The affix profile of a root (empty when none is known), or None when `word` is
    /// not a root.
    fn entry(&self, word: &str) -> Option<Profile> {
        self.get(word).map(|profile| Profile(profile.as_bytes()))
    }
}

/// What the lexicon says about a root's affixes: the letters of its profile (see the
/// header of `data/id_roots.txt`).
#[derive(Clone, Copy)]
struct Profile(&'static [u8]);

impl Profile {
    /// A stem that only ever occurs with affixes (`ketahu`, `lajar`).
    fn is_bound(self) -> bool {
        self.0.contains(&b'*')
    }

    /// Whether the dictionary lets this root take `prefix` (outermost) and `suffix`.
    fn allows(self, prefix: Option<Prefix>, suffix: Option<Derivational>) -> bool {
        let prefix_ok = match prefix {
            None => true,
            Some(p) => p.profile_letter().is_some_and(|l| self.0.contains(&l)),
        };
        let suffix_ok = match suffix {
            None => true,
            Some(s) => self.0.contains(&s.profile_letter()),
        };
        prefix_ok && suffix_ok
    }
}

/// The kinds of prefix, as far as the affix constraints care.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Prefix {
    Di,
    Ke,
    Se,
    /// `ber-`, `be-`, `bel-`
    Ber,
    /// `ter-`, `te-`
    Ter,
    /// `me-`, `mem-`, `men-`, `meng-`, `meny-`, `menge-`
    Me,
    /// `pe-`, `pem-`, `pen-`, `peng-`, `peny-`, `penge-`, `pel-`
    Pe,
    /// `per-`
    Per,
    /// The fossil infixes `-el-`, `-em-`, `-er-`, `-in-` (`gemetar` → `getar`).
    Infix,
    /// The proclitic pronouns `ku-` and `kau-`.
    Pronoun,
}

impl Prefix {
    /// The letter standing for this prefix in lexicon profiles.
    fn profile_letter(self) -> Option<u8> {
        match self {
            Prefix::Di => Some(b'd'),
            Prefix::Ke => Some(b'k'),
            Prefix::Se => Some(b's'),
            Prefix::Ber => Some(b'b'),
            Prefix::Ter => Some(b't'),
            Prefix::Me => Some(b'm'),
            Prefix::Pe | Prefix::Per => Some(b'p'),
            Prefix::Pronoun => Some(b'u'),
            Prefix::Infix => None,
        }
    }

    /// Prefixes that only ever come first in a word.
    fn is_outermost_only(self) -> bool {
        matches!(self, Prefix::Di | Prefix::Me | Prefix::Pronoun)
    }
}

/// Derivational suffixes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Derivational {
    I,
    Kan,
    An,
}

impl Derivational {
    /// The letter standing for this suffix in lexicon profiles.
    fn profile_letter(self) -> u8 {
        match self {
            Derivational::I => b'I',
            Derivational::Kan => b'K',
            Derivational::An => b'A',
        }
    }
}

/// The prefix–suffix pairs that never frame one root (Nazief–Adriani, ECS).
fn is_disallowed_pair(prefix: Prefix, suffix: Derivational, root: &str) -> bool {
    use Derivational::*;
    match (prefix, suffix) {
        // `ketahui` (as in `mengetahui`) is the one lexicalised ke-…-i (Sastrawi).
        (Prefix::Ke, I) => root != "tahu",
        (Prefix::Ber, I)
        | (Prefix::Di, An)
        | (Prefix::Ke, Kan)
        | (Prefix::Me, An)
        | (Prefix::Se, I)
        | (Prefix::Se, Kan)
        | (Prefix::Ter, An) => true,
        _ => false,
    }
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'i' | b'u' | b'e' | b'o')
}

fn is_consonant(b: u8) -> bool {
    b.is_ascii_lowercase() && !is_vowel(b)
}

/// The consonants ECS allows before `-er-` in `ter-C1erC2` and `pe-C1erC2`: not the
/// liquids, nasals and glides.
fn is_obstruent(b: u8) -> bool {
    is_consonant(b) && !matches!(b, b'l' | b'm' | b'n' | b'r' | b'w' | b'y')
}

/// One way of reading the word's suffixes: the word with them removed, and the
/// derivational suffix among them.
struct SuffixSplit {
    stem: String,
    derivational: Option<Derivational>,
    /// Particles, possessives and derivational suffixes removed.
    count: usize,
}

/// A root the lexicon confirmed, with how it was reached.
struct Candidate {
    root: String,
    /// A bound stem, which a free root beats.
    bound: bool,
    /// Affixes removed to reach it.
    affixes: usize,
    /// Whether the dictionary lets this root take the outermost prefix and the
    /// derivational suffix removed.
    licensed: bool,
}

/// One root search over the lexicon.
struct Analyser<'l> {
    lexicon: &'l Lexicon,
    candidates: Vec<Candidate>,
}

impl<'l> Analyser<'l> {
    fn new(lexicon: &'l Lexicon) -> Analyser<'l> {
        Analyser {
            lexicon,
            candidates: Vec::new(),
        }
    }

    fn root(mut self, word: &str) -> Option<String> {
        if word.contains('-') {
            // `kata-kata` is listed, but it is the plural of `kata`.
            return self
                .reduplicated_root(word)
                .or_else(|| self.lexicon.contains(word).then(|| word.to_owned()));
        }
        if self.lexicon.contains(word) {
            return Some(word.to_owned());
        }
        self.single_root(word)
    }

    /// The root of a word without hyphens that is not itself a root.
    fn single_root(&mut self, word: &str) -> Option<String> {
        if word.len() <= MAX_UNSTRIPPED_LEN {
            return None;
        }
        self.candidates.clear();
        for split in suffix_splits(word, self.lexicon) {
            match self.lexicon.entry(&split.stem) {
                // A root reached by suffixes alone ends the search along this split,
                // unless it is a bound stem, which may hide a prefix.
                Some(profile) if split.count > 0 => {
                    self.accept(&split.stem, profile, &split, &[]);
                    if profile.is_bound() {
                        self.strip_prefixes(&split.stem, &split, &[]);
                    }
                }
                _ => self.strip_prefixes(&split.stem, &split, &[]),
            }
        }
        let best = self
            .candidates
            .iter()
            .enumerate()
            .min_by_key(|(order, c)| (c.bound, !c.licensed, c.affixes, *order))
            .map(|(_, c)| c.root.clone());
        self.candidates.clear();
        best
    }

    fn accept(&mut self, root: &str, profile: Profile, split: &SuffixSplit, chain: &[Prefix]) {
        if root.len() >= MIN_STRIPPED_ROOT {
            self.candidates.push(Candidate {
                root: root.to_owned(),
                bound: profile.is_bound(),
                affixes: split.count + chain.len(),
                licensed: profile.allows(chain.first().copied(), split.derivational),
            });
        }
    }

    /// Tries every prefix reading of `stem`, recursively, recording lexicon hits.
    fn strip_prefixes(&mut self, stem: &str, split: &SuffixSplit, removed: &[Prefix]) {
        if removed.len() >= MAX_PREFIXES {
            return;
        }
        for (prefix, rest) in prefix_readings(stem) {
            if removed.contains(&prefix) || (!removed.is_empty() && prefix.is_outermost_only()) {
                continue;
            }
            if removed.last() == Some(&Prefix::Infix) {
                continue;
            }
            let outermost = removed.first().copied().unwrap_or(prefix);
            if split
                .derivational
                .is_some_and(|suffix| is_disallowed_pair(outermost, suffix, &rest))
            {
                continue;
            }
            let mut chain = removed.to_vec();
            chain.push(prefix);
            match self.lexicon.entry(&rest) {
                Some(profile) => {
                    self.accept(&rest, profile, split, &chain);
                    if profile.is_bound() {
                        self.strip_prefixes(&rest, split, &chain);
                    }
                }
                None => self.strip_prefixes(&rest, split, &chain),
            }
        }
    }

    /// Reduplicated words: `buku-buku`, `anak-anaknya`, `besar-besaran`,
    /// `berbalas-balasan`, `meniru-nirukan`, and a clitic after a hyphen (`nikmat-nya`).
    fn reduplicated_root(&mut self, word: &str) -> Option<String> {
        let (body, clitic) = match word.rsplit_once('-') {
            Some((body, tail)) if PARTICLES.contains(&tail) || POSSESSIVES.contains(&tail) => {
                (body, tail)
            }
            _ => (word, ""),
        };
        let Some((left, right)) = body.rsplit_once('-') else {
            return self.readings(body).into_iter().next();
        };
        if left.contains('-') || left.is_empty() || right.is_empty() {
            return None;
        }
        let right = format!("{right}{clitic}");
        let lefts = self.readings(left);
        let mut rights = self.readings(&right);
        if !lefts.iter().any(|r| rights.contains(r)) {
            // The second half may have lost its prefix: `meniru-nirukan`.
            rights.extend(self.readings(&format!("me{right}")));
        }
        lefts.into_iter().find(|r| rights.contains(r))
    }

    /// What a half of a reduplication may stand for: itself when it is a root, and the
    /// root its affixes lead to (`besaran` is listed, and is also `besar` + `-an`).
    fn readings(&mut self, half: &str) -> Vec<String> {
        let mut readings = Vec::new();
        if self.lexicon.contains(half) {
            readings.push(half.to_owned());
        }
        if let Some(root) = self.single_root(half)
            && !readings.contains(&root)
        {
            readings.push(root);
        }
        readings
    }
}

/// The ways of removing suffixes from `word`, in the order ECS tries them: the
/// particle, possessive and derivational suffix all removed (`-kan` also read as `-an`
/// after a root ending in `k`, as ECS restores the `k`), then put back one by one
/// ("loop restore") down to the word itself. Removal stops at the first form the
/// lexicon knows, as in ECS.
fn suffix_splits(word: &str, lexicon: &Lexicon) -> Vec<SuffixSplit> {
    let mut chain = vec![SuffixSplit {
        stem: word.to_owned(),
        derivational: None,
        count: 0,
    }];
    let mut current = word;
    let mut known = false;
    for group in [PARTICLES, POSSESSIVES] {
        if let Some(stem) = group.iter().find_map(|s| strip_suffix(current, s)) {
            current = stem;
            chain.push(SuffixSplit {
                stem: current.to_owned(),
                derivational: None,
                count: chain.len(),
            });
            if lexicon.contains(current) {
                known = true;
                break;
            }
        }
    }
    let mut splits = Vec::new();
    if !known {
        let count = chain.len();
        let derivational = [
            ("kan", Derivational::Kan),
            ("an", Derivational::An),
            ("i", Derivational::I),
        ];
        for (text, suffix) in derivational {
            if let Some(stem) = strip_suffix(current, text) {
                splits.push(SuffixSplit {
                    stem: stem.to_owned(),
                    derivational: Some(suffix),
                    count,
                });
            }
        }
    }
    splits.extend(chain.into_iter().rev());
    splits
}

/// `word` without `suffix`, leaving at least two letters, optionally after a hyphen.
fn strip_suffix<'w>(word: &'w str, suffix: &str) -> Option<&'w str> {
    let stem = word.strip_suffix(suffix)?;
    let stem = stem.strip_suffix('-').unwrap_or(stem);
    (stem.len() >= 2).then_some(stem)
}

/// One reading of a nasal prefix (a form of `me-` or `pe-`): when the word starts with
/// `spelling` and what follows passes `next`, the root is what follows with each of
/// `restore` put back in front (`""`: nothing; `mem` + `ukul` gives `mukul` and `pukul`).
struct Nasal {
    spelling: &'static str,
    next: fn(&[u8]) -> bool,
    restore: &'static [&'static str],
}

const fn nasal(
    spelling: &'static str,
    next: fn(&[u8]) -> bool,
    restore: &'static [&'static str],
) -> Nasal {
    Nasal {
        spelling,
        next,
        restore,
    }
}

fn starts_with_one_of(rest: &[u8], letters: &[u8]) -> bool {
    rest.first().is_some_and(|b| letters.contains(b))
}

fn starts_with_vowel(rest: &[u8]) -> bool {
    rest.first().copied().is_some_and(is_vowel)
}

/// The nasal forms of `me-`, in ECS rule order (which reading is tried first).
const ME_NASAL: &[Nasal] = &[
    // mem-{b,f,v}
    nasal("mem", |r| starts_with_one_of(r, b"bfv"), &[""]),
    // mem-pe (mempengaruhi, memper-)
    nasal("mem", |r| r.starts_with(b"pe"), &[""]),
    // me-mV, mem-pV
    nasal("mem", starts_with_vowel, &["m", "p"]),
    // mem-pA (memproduksi)
    nasal(
        "mem",
        |r| r.len() > 1 && r[0] == b'p' && r[1] != b'e',
        &[""],
    ),
    // men-{c,d,j,s,t,z}
    nasal("men", |r| starts_with_one_of(r, b"cdjstz"), &[""]),
    // me-nV, men-tV
    nasal("men", starts_with_vowel, &["n", "t"]),
    // meng-{g,h,q,k}
    nasal("meng", |r| starts_with_one_of(r, b"ghqk"), &[""]),
    // meng-V, meng-kV
    nasal("meng", starts_with_vowel, &["", "k"]),
    // menge- (mengebom)
    nasal("menge", |_| true, &[""]),
    // me-ngV
    nasal("meng", starts_with_vowel, &["ng"]),
    // me-nyV, meny-sV
    nasal("meny", starts_with_vowel, &["ny", "s"]),
];

/// The nasal forms of `pe-`, in ECS rule order.
const PE_NASAL: &[Nasal] = &[
    // pem-{b,f,v}
    nasal("pem", |r| starts_with_one_of(r, b"bfv"), &[""]),
    // pe-mV, pem-pV
    nasal("pem", starts_with_vowel, &["m", "p"]),
    // pen-{c,d,j,z}
    nasal("pen", |r| starts_with_one_of(r, b"cdjz"), &[""]),
    // pe-nV, pen-tV
    nasal("pen", starts_with_vowel, &["n", "t"]),
    // peng-C
    nasal(
        "peng",
        |r| r.first().copied().is_some_and(is_consonant),
        &[""],
    ),
    // peng-V, peng-kV
    nasal("peng", starts_with_vowel, &["", "k"]),
    // penge-
    nasal("penge", |_| true, &[""]),
    // pe-nyV, peny-sV
    nasal("peny", starts_with_vowel, &["ny", "s"]),
];

/// The readings `rules` give of `word`, in the table's order.
fn nasal_readings(
    word: &str,
    kind: Prefix,
    rules: &[Nasal],
    push: &mut impl FnMut(Prefix, String),
) {
    for rule in rules {
        if let Some(rest) = word.strip_prefix(rule.spelling)
            && (rule.next)(rest.as_bytes())
        {
            for restore in rule.restore {
                push(kind, format!("{restore}{rest}"));
            }
        }
    }
}

/// Every reading of one prefix at the start of `word`, in ECS rule order: the prefix
/// kind and what remains, with the root's first sound restored.
fn prefix_readings(word: &str) -> Vec<(Prefix, String)> {
    let w = word.as_bytes();
    let at = |i: usize| w.get(i).copied().unwrap_or(0);
    let rest = |n: usize| word.get(n..).unwrap_or("");
    let mut out: Vec<(Prefix, String)> = Vec::new();
    let mut push = |p: Prefix, s: String| {
        if !s.is_empty() && s != word && !out.iter().any(|(q, t)| *q == p && *t == s) {
            out.push((p, s));
        }
    };

    // Plain prefixes.
    for (text, kind) in [("di", Prefix::Di), ("ke", Prefix::Ke), ("se", Prefix::Se)] {
        if word.starts_with(text) {
            push(kind, rest(2).to_owned());
        }
    }

    // ber-, be-, bel-
    if word.starts_with("ber") {
        if is_vowel(at(3)) {
            push(Prefix::Ber, rest(3).to_owned()); // ber-V
            push(Prefix::Ber, format!("r{}", rest(3))); // be-rV
        } else if is_consonant(at(3)) && at(3) != b'r' {
            // berCAP (P not starting with "er") and berCAerV
            let er_follows = rest(5).starts_with("er");
            if !er_follows || is_vowel(at(7)) {
                push(Prefix::Ber, rest(3).to_owned());
            }
        }
    }
    if word.starts_with("belajar") {
        push(Prefix::Ber, rest(3).to_owned()); // bel-ajar
    }
    if word.starts_with("be")
        && is_consonant(at(2))
        && at(2) != b'r'
        && rest(3).starts_with("er")
        && is_consonant(at(5))
    {
        push(Prefix::Ber, rest(2).to_owned()); // be-C1erC2
    }

    // ter-, te-
    if word.starts_with("ter") {
        if is_vowel(at(3)) {
            push(Prefix::Ter, rest(3).to_owned()); // ter-V
            push(Prefix::Ter, format!("r{}", rest(3))); // te-rV
        } else if is_consonant(at(3)) && at(3) != b'r' {
            let er_follows = rest(4).starts_with("er");
            if !er_follows || is_vowel(at(6)) || (is_consonant(at(6)) && is_obstruent(at(3))) {
                push(Prefix::Ter, rest(3).to_owned()); // ter-CP, ter-CerV, ter-C1erC2
            }
        }
    }
    if word.starts_with("te")
        && is_consonant(at(2))
        && at(2) != b'r'
        && rest(3).starts_with("er")
        && is_consonant(at(5))
    {
        push(Prefix::Ter, rest(2).to_owned()); // te-C1erC2
    }

    // me- and its nasal forms
    if word.starts_with("me") {
        let c = at(2);
        if matches!(c, b'l' | b'r' | b'w' | b'y') && is_vowel(at(3)) {
            push(Prefix::Me, rest(2).to_owned()); // me-{l,r,w,y}V
        }
        nasal_readings(word, Prefix::Me, ME_NASAL, &mut push);
    }

    // pe-, per- and the nasal forms of pe(N)-
    if word.starts_with("pe") {
        if matches!(at(2), b'w' | b'y') && is_vowel(at(3)) {
            push(Prefix::Pe, rest(2).to_owned()); // pe-{w,y}V
        }
        if word.starts_with("per") {
            let c = at(3);
            if is_vowel(c) {
                push(Prefix::Per, rest(3).to_owned()); // per-V
                push(Prefix::Pe, format!("r{}", rest(3))); // pe-rV
            } else if is_consonant(c) {
                let er_follows = rest(5).starts_with("er");
                if !er_follows || (c != b'r' && is_vowel(at(7))) {
                    push(Prefix::Per, rest(3).to_owned()); // per-CAP, per-CAerV
                }
            }
        }
        nasal_readings(word, Prefix::Pe, PE_NASAL, &mut push);
        if word.starts_with("pelajar") {
            push(Prefix::Pe, rest(3).to_owned()); // pel-ajar
        }
        if at(2) == b'l' && is_vowel(at(3)) {
            push(Prefix::Pe, rest(2).to_owned()); // pe-lV
        }
        if is_consonant(at(2)) {
            let c1 = at(2);
            if !rest(3).starts_with("er") {
                push(Prefix::Pe, rest(2).to_owned()); // pe-CP
            } else if is_obstruent(c1) && is_consonant(at(5)) {
                push(Prefix::Pe, rest(2).to_owned()); // pe-C1erC2
            }
        }
    }

    // Fossil infixes: C-er-V, C-el-V, C-em-V, C-in-V.
    if is_consonant(at(0)) && is_vowel(at(3)) {
        let infix = &w[1..3];
        if matches!(infix, b"er" | b"el" | b"em" | b"in") {
            push(Prefix::Infix, format!("{}{}", &word[..1], rest(3)));
        }
    }

    // Proclitic pronouns.
    if let Some(r) = word.strip_prefix("kau") {
        push(Prefix::Pronoun, r.to_owned());
    }
    if let Some(r) = word.strip_prefix("ku") {
        push(Prefix::Pronoun, r.to_owned());
    }

    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root(word: &str) -> Option<String> {
        IndonesianRoots::shared().root(word)
    }

    #[test]
    fn lexicon_answers_the_same_before_and_after_it_is_hashed() {
        let lexicon = Lexicon::new(LEXICON_TEXT);
        // More look-ups than `HASHED_AFTER`: the first by binary search, the rest hashed.
        for line in lexicon.table.lines() {
            let (root, profile) = line.split_once('\t').unwrap_or((line, ""));
            assert_eq!(lexicon.get(root), Some(profile), "{root}");
            assert_eq!(lexicon.get(&format!("{root}qx")), None);
        }
        assert!(lexicon.hashed.get().is_some());
    }

    #[test]
    fn lexicon_is_sorted_and_unique() {
        let lexicon = Lexicon::new(LEXICON_TEXT);
        let entries: Vec<(&str, &str)> = lexicon
            .table
            .lines()
            .map(|l| l.split_once('\t').unwrap_or((l, "")))
            .collect();
        assert!(entries.len() > 20_000);
        for pair in entries.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} !< {}", pair[0].0, pair[1].0);
        }
        for (root, profile) in &entries {
            assert!(is_lexicon_shaped(root), "{root:?}");
            assert!(
                profile.bytes().all(|b| b"budkmpstIKA*".contains(&b)),
                "{root}"
            );
            assert!(lexicon.contains(root), "{root}");
        }
        assert!(!lexicon.contains("zzzz"));
        assert!(!lexicon.contains("a-"));
    }

    #[test]
    fn words_in_the_lexicon_stay_whole() {
        for word in ["berita", "media", "kepala", "digital", "kembali", "mereka"] {
            assert_eq!(root(word).as_deref(), Some(word));
            assert!(IndonesianRoots::shared().is_root(word));
        }
        assert!(!IndonesianRoots::shared().is_root("pertemuan"));
    }

    #[test]
    fn affixed_words_find_their_root() {
        let cases = [
            ("memiliki", "milik"),
            ("bertemu", "temu"),
            ("pertemuan", "temu"),
            ("perusahaan", "usaha"),
            ("menginvestasikan", "investasi"),
            ("pengembangan", "kembang"),
            // meny- → s, men- → t, mem- → p, peng- → k, mempe- → pe-
            ("menyampaikan", "sampai"),
            ("menanam", "tanam"),
            ("memukul", "pukul"),
            ("pengirim", "kirim"),
            ("mempersiapkan", "siap"),
            ("menyanyikan", "nyanyi"),
            ("kekalahan", "kalah"),
            ("keberhasilan", "hasil"),
            ("diperkenalkan", "kenal"),
            ("terselesaikan", "selesai"),
            // Particles and possessives.
            ("bukunya", "buku"),
            ("rumahmulah", "rumah"),
            // `akalnya` is listed in hunspell-id, but only as a clitic form of `akal`.
            ("akalnya", "akal"),
        ];
        for (word, expected) in cases {
            assert_eq!(root(word).as_deref(), Some(expected), "{word}");
        }
    }

    #[test]
    fn free_and_licensed_roots_win() {
        // `ketahu` is a bound stem: ke-tahu-an, not ketahu-an.
        assert_eq!(root("ketahuan").as_deref(), Some("tahu"));
        assert_eq!(root("mengetahui").as_deref(), Some("tahu"));
        // `pulai` (a tree) takes no affixes in the dictionary; `mula` takes meN-…-i.
        assert_eq!(root("memulai").as_deref(), Some("mula"));
        // `najam` takes no affixes; `tajam` takes peN-…-an.
        assert_eq!(root("penajaman").as_deref(), Some("tajam"));
        // `maling` takes meN- but not -kan; `paling` takes both.
        assert_eq!(root("memalingkan").as_deref(), Some("paling"));
        // Fewer affixes: pe-perintah-an, not pe-perin-tah-an.
        assert_eq!(root("pemerintahan").as_deref(), Some("perintah"));
        // -kan before k + -an, as in ECS: di-kata-kan, not di-katak-an.
        assert_eq!(root("dikatakan").as_deref(), Some("kata"));
    }

    #[test]
    fn disallowed_prefix_suffix_pairs_are_not_analyses() {
        let lexicon = Lexicon::new(LEXICON_TEXT);
        let mut analyser = Analyser::new(&lexicon);
        // ke-…-kan is not a confix: `kebanyakan` is ke-banyak-an, not ke-banya-kan.
        assert!(is_disallowed_pair(Prefix::Ke, Derivational::Kan, "banya"));
        assert!(is_disallowed_pair(Prefix::Ber, Derivational::I, "x"));
        assert!(is_disallowed_pair(Prefix::Di, Derivational::An, "x"));
        assert!(is_disallowed_pair(Prefix::Ke, Derivational::I, "x"));
        assert!(!is_disallowed_pair(Prefix::Ke, Derivational::I, "tahu"));
        assert!(is_disallowed_pair(Prefix::Me, Derivational::An, "x"));
        assert!(is_disallowed_pair(Prefix::Se, Derivational::I, "x"));
        assert!(is_disallowed_pair(Prefix::Se, Derivational::Kan, "x"));
        assert!(is_disallowed_pair(Prefix::Ter, Derivational::An, "x"));
        assert!(!is_disallowed_pair(Prefix::Me, Derivational::Kan, "x"));
        assert!(!is_disallowed_pair(Prefix::Ke, Derivational::An, "x"));
        assert_eq!(
            analyser.single_root("kebanyakan").as_deref(),
            Some("banyak")
        );
        // me-…-an: `memakan` is me-makan, not me-mak-an.
        assert_eq!(analyser.single_root("memakan").as_deref(), Some("makan"));
    }

    #[test]
    fn reduplications_take_the_root_of_their_base() {
        assert_eq!(root("buku-buku").as_deref(), Some("buku"));
        assert_eq!(root("perusahaan-perusahaan").as_deref(), Some("usaha"));
        assert_eq!(root("anak-anaknya").as_deref(), Some("anak"));
        assert_eq!(root("berbalas-balasan").as_deref(), Some("balas"));
        assert_eq!(root("meniru-nirukan").as_deref(), Some("tiru"));
        assert_eq!(root("kata-kata").as_deref(), Some("kata"));
        assert_eq!(root("besar-besaran").as_deref(), Some("besar"));
        assert_eq!(root("buku-nya").as_deref(), Some("buku"));
        // Not a reduplication, but listed.
        assert_eq!(root("sayur-mayur").as_deref(), Some("sayur-mayur"));
    }

    #[test]
    fn unexplained_words_are_none() {
        assert_eq!(root("zuckerberg"), None);
        assert_eq!(root("covid-19"), None);
        assert_eq!(root("xr"), None);
        assert_eq!(root("Berita"), None);
        assert_eq!(root(""), None);
        // Memoised answers are the same answers.
        assert_eq!(root("zuckerberg"), None);
        assert_eq!(root("pertemuan").as_deref(), Some("temu"));
        assert_eq!(root("pertemuan").as_deref(), Some("temu"));
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<IndonesianRoots>();
        for word in [
            "-", "--", "a-", "-nya", "x-y-z", "é", "ber", "meng", "pe-", "kuku-",
        ] {
            let _ = root(word);
        }
        // Pseudo-random words over the lexicon's alphabet.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..2_000 {
            let mut word = String::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            for i in 0..(state % 24) {
                let letter = (state >> (i * 2 % 60)) % 27;
                word.push(if letter == 26 {
                    '-'
                } else {
                    (b'a' + letter as u8) as char
                });
            }
            if let Some(found) = root(&word) {
                assert!(
                    IndonesianRoots::shared().is_root(&found),
                    "{word} -> {found}"
                );
            }
        }
    }
}
