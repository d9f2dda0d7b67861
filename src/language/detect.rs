//! Language identification: which of cari's analysers an article (or a passage) gets.
//! The words it counts are the languages' own (`id`, `fr`, `en`), except those of the
//! languages cari only tells apart from its own, which are here.
//!
//! whatlang is asked to choose only among languages that matter here: Indonesian and
//! French, which cari analyses, and a few Latin-script languages that would otherwise be
//! forced into one of them. Anything else, or text too short to judge, is `Other`.
//!
//! Detection costs the same per article however long it is: an article is judged on its
//! first few kilobytes, and a passage of an Indonesian or French article is only judged
//! when it shows a common word of the other language (a French quotation in an
//! Indonesian article says "le", "les", "est" …), which spares the detector almost every
//! passage.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

use whatlang::{Detector, Lang as WLang};

use super::word_hash::{self, PassageWords, word_hash};
use super::{ASCII_LETTER, Lang, en, fr, id};

/// Fewer letters than this and detection is a guess: call it `Other`.
const MIN_LETTERS: usize = 20;

/// An article is judged on this many bytes of its beginning (at most).
pub const ARTICLE_SAMPLE_BYTES: usize = 2048;

fn detector() -> &'static Detector {
    static DETECTOR: LazyLock<Detector> =
        LazyLock::new(|| Detector::with_allowlist(DETECTOR_LANGS.to_vec()));
    &DETECTOR
}

/// The first `max` bytes of `text`, cut at a character boundary.
fn head(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// A word of at most 8 bytes as one number, ASCII letters lower-cased (as
/// `eq_ignore_ascii_case` compares), so a marker is one hash look-up.
fn marker_key(word: &str) -> Option<u64> {
    marker_key_of(word.as_bytes())
}

/// `marker_key` of a word's bytes.
fn marker_key_of(bytes: &[u8]) -> Option<u64> {
    if bytes.len() > 8 {
        return None;
    }
    let mut key = [0u8; 8];
    for (k, b) in key.iter_mut().zip(bytes) {
        *k = b.to_ascii_lowercase();
    }
    Some(u64::from_le_bytes(key))
}

fn marker_set(markers: &[&str]) -> FxHashSet<u64> {
    markers.iter().filter_map(|m| marker_key(m)).collect()
}

/// Frequent words of Indonesian that French text doesn't use, by `marker_key`.
fn indonesian_markers() -> &'static Markers {
    static MARKERS: LazyLock<Markers> = LazyLock::new(|| Markers::new(id::MARKERS));
    &MARKERS
}

/// Frequent words of French that Indonesian text doesn't use, by `marker_key`.
fn french_markers() -> &'static Markers {
    static MARKERS: LazyLock<Markers> = LazyLock::new(|| Markers::new(fr::MARKERS));
    &MARKERS
}

/// Whether `text` has at least `n` letters (counting stops there).
fn has_letters(text: &str, n: usize) -> bool {
    if n == 0 {
        return true;
    }
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (letter, len) = if b < 0x80 {
            (ASCII_LETTER[usize::from(b)], 1)
        } else {
            letter_at(text, i)
        };
        count += usize::from(letter);
        if count >= n {
            return true;
        }
        i += len;
    }
    false
}

/// Whether the character at byte `i` of `text` (a boundary, not ASCII) is a letter, and
/// its length. Latin-1 letters (`é`, `À`: `0xC3` then a byte other than those of `×`
/// and `÷`) are told without decoding.
fn letter_at(text: &str, i: usize) -> (bool, usize) {
    let bytes = text.as_bytes();
    if bytes[i] == 0xC3 {
        // `×` and `÷` are the only characters of `0xC3` that are no letters.
        return (super::latin1_letter(bytes, i).is_some(), 2);
    }
    match text.get(i..).and_then(|rest| rest.chars().next()) {
        Some(c) => (c.is_alphabetic(), c.len_utf8()),
        None => (false, 1),
    }
}

/// The byte where the run of letters from `i` ends, and whether it was all ASCII.
fn run_end(text: &str, mut i: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut ascii = true;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if !ASCII_LETTER[usize::from(b)] {
                break;
            }
            i += 1;
        } else {
            let (letter, len) = letter_at(text, i);
            if !letter {
                break;
            }
            ascii = false;
            i += len;
        }
    }
    (i, ascii)
}

/// The runs of letters of `text`, as `text.split(|c| !c.is_alphabetic())` gives them
/// without the empty ones, each with whether it is all ASCII; reading ASCII bytes and
/// Latin-1 letters without decoding them (this runs on every passage at index time).
fn letter_runs_ascii(text: &str) -> impl Iterator<Item = (&str, bool)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        // Skip what isn't a letter.
        loop {
            let b = *bytes.get(i)?;
            if b < 0x80 {
                if ASCII_LETTER[usize::from(b)] {
                    break;
                }
                i += 1;
                continue;
            }
            let (letter, len) = letter_at(text, i);
            if letter {
                break;
            }
            i += len;
        }
        let start = i;
        let (end, ascii) = run_end(text, i);
        i = end;
        Some((&text[start..end], ascii))
    })
}

/// `letter_runs_ascii` without the flag.
fn letter_runs(text: &str) -> impl Iterator<Item = &str> {
    letter_runs_ascii(text).map(|(run, _)| run)
}

/// Markers by `marker_key`, and a first test of a word's length and first letter that
/// turns most other words away before hashing them.
struct Markers {
    keys: FxHashSet<u64>,
    /// By length: a bit per first letter (`a` is bit 0) some marker of that length has.
    first_letters: [u32; 9],
}

impl Markers {
    fn new(markers: &[&str]) -> Markers {
        let mut first_letters = [0; 9];
        for m in markers {
            if let (Some(&first), true) = (m.as_bytes().first(), m.len() <= 8) {
                first_letters[m.len()] |= 1 << ((first | 0x20).wrapping_sub(b'a') & 31);
            }
        }
        Markers {
            keys: marker_set(markers),
            first_letters,
        }
    }

    /// Whether `word`, ASCII letters, is a marker.
    fn contains(&self, word: &[u8]) -> bool {
        let Some(&first) = word.first() else {
            return false;
        };
        word.len() <= 8
            && self.first_letters[word.len()] >> ((first | 0x20) - b'a') & 1 != 0
            && marker_key_of(word).is_some_and(|key| self.keys.contains(&key))
    }
}

/// Whether `text` has a common word of the other language cari analyses: a run of
/// two to six ASCII letters that is one of its markers.
fn hints_at_another_language(text: &str, lang: Lang) -> bool {
    let markers = match lang {
        Lang::Id => french_markers(),
        Lang::Fr => indonesian_markers(),
        Lang::Other => return letter_runs(text).any(|w| (2..=6).contains(&w.len())),
    };
    letter_runs_ascii(text).any(|(run, ascii)| {
        ascii && (2..=6).contains(&run.len()) && markers.contains(run.as_bytes())
    })
}

/// Words by their `word_hash`, each with a value, and a bitmap of their hashes' top
/// bits that turns away most other words (nearly every word of a text) with one load,
/// before any hash look-up.
struct HashedWords<V> {
    values: FxHashMap<u64, V>,
    top_bits: Box<[u64; 64]>,
}

impl<V: Copy> HashedWords<V> {
    fn new(words: impl IntoIterator<Item = (u64, V)>, merge: impl Fn(V, V) -> V) -> Self {
        let mut table = HashedWords {
            values: FxHashMap::default(),
            top_bits: Box::new([0; 64]),
        };
        for (hash, value) in words {
            let slot = Self::slot(hash);
            table.top_bits[slot >> 6] |= 1 << (slot & 63);
            table
                .values
                .entry(hash)
                .and_modify(|v| *v = merge(*v, value))
                .or_insert(value);
        }
        table
    }

    /// The top 12 bits: a word hash's best mixed.
    fn slot(hash: u64) -> usize {
        (hash >> 52) as usize
    }

    fn get(&self, hash: u64) -> Option<V> {
        let slot = Self::slot(hash);
        if self.top_bits[slot >> 6] >> (slot & 63) & 1 == 0 {
            return None;
        }
        self.values.get(&hash).copied()
    }
}

/// Markers of two to six letters (the only ones `hints_at_another_language` can see), by
/// their `word_hash`.
fn hashed_markers(markers: &[&str]) -> HashedWords<()> {
    HashedWords::new(
        markers
            .iter()
            .filter(|m| (2..=6).contains(&m.len()) && m.bytes().all(|b| b.is_ascii_alphabetic()))
            .map(|m| (word_hash(m), ())),
        |_, _| (),
    )
}

/// `hints_at_another_language`, told the passage's word hashes (`PassageWords`).
fn hints_at_another_language_hashed(text: &str, words: &[u64], lang: Lang) -> bool {
    static FR: LazyLock<HashedWords<()>> = LazyLock::new(|| hashed_markers(fr::MARKERS));
    static ID: LazyLock<HashedWords<()>> = LazyLock::new(|| hashed_markers(id::MARKERS));
    let markers = match lang {
        Lang::Id => &*FR,
        Lang::Fr => &*ID,
        Lang::Other => return hints_at_another_language(text, lang),
    };
    words.iter().any(|&w| markers.get(w).is_some())
}

fn map(lang: WLang) -> Lang {
    match lang {
        WLang::Ind => Lang::Id,
        WLang::Fra => Lang::Fr,
        _ => Lang::Other,
    }
}

/// The language of a whole text (an article), judged on its beginning: by its function
/// words when they leave no doubt, else by whatlang.
pub fn detect(text: &str) -> Lang {
    let text = head(text, ARTICLE_SAMPLE_BYTES);
    if !has_letters(text, MIN_LETTERS) {
        return Lang::Other;
    }
    if let Some(lang) = by_function_words(text) {
        return lang;
    }
    detector().detect_lang(text).map(map).unwrap_or(Lang::Other)
}

/// The languages the detector chooses among; their indices index `FUNCTION_WORDS`.
const DETECTOR_LANGS: [WLang; 8] = [
    WLang::Ind,
    WLang::Fra,
    WLang::Eng,
    WLang::Deu,
    WLang::Spa,
    WLang::Por,
    WLang::Ita,
    WLang::Nld,
];

/// The commonest words of each of the detector's languages, each word frequent in its
/// own language and not in the others (so `de`, `la`, `en`, shared by several, are out).
const FUNCTION_WORDS: [&[&str]; 8] = [
    id::FUNCTION_WORDS,
    fr::FUNCTION_WORDS,
    en::FUNCTION_WORDS,
    &[
        "der", "die", "und", "das", "ist", "nicht", "mit", "ein", "eine", "auf", "für", "sich",
        "dem", "den", "zu", "von", "auch", "wird", "werden", "bei",
    ],
    &[
        "el", "los", "las", "del", "y", "por", "para", "con", "una", "como", "pero", "más", "su",
        "sus", "fue", "está", "también", "entre", "sobre", "sin",
    ],
    &[
        "os", "não", "uma", "com", "do", "da", "dos", "das", "em", "no", "na", "ao", "mais", "foi",
        "são", "pelo", "pela", "como", "seu", "sua",
    ],
    &[
        "il", "di", "che", "è", "per", "gli", "della", "del", "non", "sono", "con", "una", "nel",
        "alla", "dei", "delle", "anche", "più", "questo", "stato",
    ],
    &[
        "het", "een", "van", "is", "op", "dat", "niet", "zijn", "voor", "met", "ook", "aan",
        "wordt", "bij", "naar", "deze", "kan", "werd", "uit", "dan",
    ],
];

/// The language of an article's `passages` as `detect` judges them joined by line
/// breaks, told their word hashes: the same answer, without splitting the text again
/// (the joined text is only written for whatlang, when function words leave a doubt).
pub fn detect_article(passages: &[&str], words: &PassageWords) -> Lang {
    // The sample `detect` would read: whole passages up to `ARTICLE_SAMPLE_BYTES`, the
    // last cut there.
    let mut letters = 0;
    let mut counts = [0u32; 8];
    let mut used = 0;
    let mut cut_words = Vec::new();
    for (i, passage) in passages.iter().enumerate() {
        if used >= ARTICLE_SAMPLE_BYTES {
            break;
        }
        if i > 0 {
            used += 1;
        }
        let room = ARTICLE_SAMPLE_BYTES.saturating_sub(used);
        let (text, hashes) = if passage.len() <= room {
            (*passage, words.passage(i))
        } else {
            let text = head(passage, room);
            cut_words.clear();
            word_hash::word_hashes(text, &mut cut_words);
            (text, cut_words.as_slice())
        };
        used += passage.len();
        if letters < MIN_LETTERS {
            letters += count_letters(text, MIN_LETTERS - letters);
        }
        count_function_words(hashes, &mut counts);
    }
    if letters < MIN_LETTERS {
        return Lang::Other;
    }
    if let Some(lang) = lead_language(&counts) {
        return lang;
    }
    let mut sample = passages.join("\n");
    sample.truncate(head(&sample, ARTICLE_SAMPLE_BYTES).len());
    detector()
        .detect_lang(&sample)
        .map(map)
        .unwrap_or(Lang::Other)
}

/// `detect_passage`, told the passage's word hashes (`PassageWords::passage`).
pub fn detect_passage_hashed(text: &str, words: &[u64], article: Lang) -> Lang {
    if !has_letters(text, MIN_PASSAGE_LETTERS) {
        return passage_by_function_words(text, article);
    }
    if article != Lang::Other && !hints_at_another_language_hashed(text, words, article) {
        return article;
    }
    by_detector(text, article)
}

/// Letters of `text`, counted up to `n`.
fn count_letters(text: &str, n: usize) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if count >= n {
            break;
        }
        let (letter, len) = if b < 0x80 {
            (ASCII_LETTER[usize::from(b)], 1)
        } else {
            letter_at(text, i)
        };
        count += usize::from(letter);
        i += len;
    }
    count
}

/// Adds the function words among `words` (hashes) to each language's count.
fn count_function_words(words: &[u64], counts: &mut [u32; 8]) {
    static TABLE: LazyLock<HashedWords<u8>> = LazyLock::new(|| {
        HashedWords::new(
            FUNCTION_WORDS.iter().enumerate().flat_map(|(i, words)| {
                // `by_function_words` counts words of seven bytes at most.
                words
                    .iter()
                    .filter(|w| w.len() <= 7)
                    .map(move |w| (word_hash(w), 1u8 << i))
            }),
            |a, b| a | b,
        )
    });
    for &word in words {
        if let Some(mut langs) = TABLE.get(word) {
            while langs != 0 {
                counts[langs.trailing_zeros() as usize] += 1;
                langs &= langs - 1;
            }
        }
    }
}

/// A function word → the languages it belongs to, as a bit set over `DETECTOR_LANGS`:
/// by `packed_lower` for words of ASCII letters, by the word itself for the others.
struct FunctionWords {
    short: FxHashMap<u64, u8>,
    other: FxHashMap<&'static str, u8>,
    /// By length: a bit per first letter some word of `short` of that length has (`a`
    /// is bit 0), to turn most other words away before hashing them.
    first_letters: [u32; 9],
}

impl FunctionWords {
    fn get(&self, word: &str) -> Option<u8> {
        match super::packed_lower(word) {
            Some(key) => self.short.get(&key).copied(),
            None => super::with_lowercase(word, |lower| self.other.get(lower).copied()),
        }
    }

    /// `get` of a run of letters, told whether it is all ASCII.
    fn get_run(&self, run: &str, ascii: bool) -> Option<u8> {
        if ascii {
            let first = *run.as_bytes().first()?;
            if run.len() > 8 || self.first_letters[run.len()] >> ((first | 0x20) - b'a') & 1 == 0 {
                return None;
            }
        }
        self.get(run)
    }
}

fn function_word_table() -> &'static FunctionWords {
    static TABLE: LazyLock<FunctionWords> = LazyLock::new(|| {
        let mut table = FunctionWords {
            short: FxHashMap::default(),
            other: FxHashMap::default(),
            first_letters: [0; 9],
        };
        for (i, words) in FUNCTION_WORDS.iter().enumerate() {
            for word in *words {
                match super::packed_lower(word) {
                    Some(key) => {
                        *table.short.entry(key).or_insert(0) |= 1 << i;
                        // Function words are lower-case letters (a test checks it).
                        let first = word.as_bytes()[0];
                        table.first_letters[word.len()] |= 1 << ((first | 0x20) - b'a');
                    }
                    None => *table.other.entry(*word).or_insert(0) |= 1 << i,
                }
            }
        }
        table
    });
    &TABLE
}

/// The language of a text when its function words leave no doubt: at least
/// `MIN_FUNCTION_WORDS` of them, and `FUNCTION_WORD_LEAD` times as many of one language
/// as of any other. Cheap (one lookup per short word) where whatlang counts and sorts
/// every trigram, and news articles nearly always pass.
fn by_function_words(text: &str) -> Option<Lang> {
    let table = function_word_table();
    let mut counts = [0u32; 8];
    for (word, ascii) in letter_runs_ascii(text) {
        if word.len() > 7 {
            continue;
        }
        if let Some(langs) = table.get_run(word, ascii) {
            let mut langs = langs;
            while langs != 0 {
                counts[langs.trailing_zeros() as usize] += 1;
                langs &= langs - 1;
            }
        }
    }
    lead_language(&counts)
}

/// The language whose function words lead, if they leave no doubt: at least
/// `MIN_FUNCTION_WORDS` of them, and `FUNCTION_WORD_LEAD` times as many as of any other.
fn lead_language(counts: &[u32; 8]) -> Option<Lang> {
    const MIN_FUNCTION_WORDS: u32 = 12;
    const FUNCTION_WORD_LEAD: u32 = 4;
    let (best, &top) = counts.iter().enumerate().max_by_key(|&(_, c)| *c)?;
    let second = counts
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != best)
        .map(|(_, &c)| c)
        .max()
        .unwrap_or(0);
    (top >= MIN_FUNCTION_WORDS && top >= FUNCTION_WORD_LEAD * second.max(1))
        .then(|| map(DETECTOR_LANGS[best]))
}

/// The language of one passage of an article written in `article`: the article's
/// language unless the passage is reliably another language cari analyses (a French
/// quotation inside an Indonesian article). A passage long enough is judged by
/// whatlang; a short one, or one whatlang isn't sure of, by its function words.
pub fn detect_passage(text: &str, article: Lang) -> Lang {
    if !has_letters(text, MIN_PASSAGE_LETTERS) {
        return passage_by_function_words(text, article);
    }
    if article != Lang::Other && !hints_at_another_language(text, article) {
        return article;
    }
    by_detector(text, article)
}

/// Fewer letters than this and a passage is judged by its function words alone.
const MIN_PASSAGE_LETTERS: usize = 60;

/// A passage's language by whatlang when it is sure, else by function words.
fn by_detector(text: &str, article: Lang) -> Lang {
    match detector().detect(text) {
        Some(info) if info.is_reliable() => match map(info.lang()) {
            Lang::Other => article,
            lang => lang,
        },
        _ => passage_by_function_words(text, article),
    }
}

/// `article`, unless the passage has at least two function words of the other
/// language cari analyses and none of the article's.
fn passage_by_function_words(text: &str, article: Lang) -> Lang {
    let (mut fr, mut id) = (0, 0);
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() || word.len() > 9 {
            continue;
        }
        let word = word.to_lowercase();
        fr += usize::from(fr::PASSAGE_WORDS.contains(&word.as_str()));
        id += usize::from(id::PASSAGE_WORDS.contains(&word.as_str()));
    }
    match article {
        Lang::Id if fr >= 2 && id == 0 => Lang::Fr,
        Lang::Fr if id >= 2 && fr == 0 => Lang::Id,
        Lang::Other if fr >= 2 && id == 0 => Lang::Fr,
        Lang::Other if id >= 2 && fr == 0 => Lang::Id,
        _ => article,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_runs_are_the_runs_split_gives() {
        use proptest::prelude::*;
        let chars = prop::sample::select(vec![
            'l', 'e', 's', 'y', 'a', 'n', 'g', 'D', 'E', ' ', '7', '\'', '’', '.', 'é', 'É', 'à',
            '×', '÷', 'ß', 'Ł', '\u{a0}', '«', '٣',
        ]);
        proptest!(|(text in prop::collection::vec(chars, 0..30))| {
            let text: String = text.into_iter().collect();
            runs_agree_with_split(&text);
        });
        for text in [
            "L’été 2024, «Zuckerberg» a dit: c'est l'IA—et après? 16.000 GPU…",
            "Menurut dia, d’une manière yang baik: Le président dan DE LA",
            "Élu président pour la Côte",
            "Presiden Korea Selatan Yoon Suk-yeol bertemu CEO Meta",
            "yangé lesé déjà éyang",
            "déjà yang",
            "ÉTÉ LES",
            "",
            "   ...   ",
            "é",
            "3×4 ÷ Łódź ß yang×dan les÷est Þórr ÿes",
            "\u{a0}les\u{a0}dan\u{a0}",
            "yang’s l’été «est» 2les dan7",
        ] {
            runs_agree_with_split(text);
        }
    }

    /// The scans of `letter_runs`, `hints_at_another_language` and `has_letters` agree
    /// with splitting `text` at what `char::is_alphabetic` says is no letter.
    fn runs_agree_with_split(text: &str) {
        let split: Vec<&str> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        assert_eq!(letter_runs(text).collect::<Vec<_>>(), split, "{text}");
        for lang in [Lang::Id, Lang::Fr, Lang::Other] {
            let by_runs = split
                .iter()
                .filter(|w| (2..=6).contains(&w.len()))
                .filter_map(|w| marker_key(w))
                .any(|k| match lang {
                    Lang::Id => french_markers().keys.contains(&k),
                    Lang::Fr => indonesian_markers().keys.contains(&k),
                    Lang::Other => true,
                });
            assert_eq!(hints_at_another_language(text, lang), by_runs, "{text}");
        }
        let table = function_word_table();
        for run in &split {
            assert_eq!(table.get_run(run, run.is_ascii()), table.get(run), "{run}");
        }
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        assert!(has_letters(text, letters));
        assert!(!has_letters(text, letters + 1));
    }

    #[test]
    fn detects_the_two_languages_and_other() {
        assert_eq!(
            detect(
                "Presiden Korea Selatan bertemu dengan CEO Meta untuk membahas kerja sama dengan perusahaan tersebut."
            ),
            Lang::Id
        );
        assert_eq!(
            detect(
                "Nous avons eu une conversation productive sur l'intelligence artificielle et sur l'avenir de la technologie."
            ),
            Lang::Fr
        );
        assert_eq!(
            detect(
                "The president met the chief executive to discuss the future of the technology industry."
            ),
            Lang::Other
        );
        assert_eq!(detect("Zuckerberg"), Lang::Other);
    }

    #[test]
    fn every_function_word_is_found_in_any_case() {
        let table = function_word_table();
        for word in FUNCTION_WORDS.iter().copied().flatten() {
            assert!(word.chars().all(char::is_lowercase), "{word}");
            let title: String = word
                .chars()
                .enumerate()
                .flat_map(|(i, c)| {
                    let upper: Vec<char> = if i == 0 {
                        c.to_uppercase().collect()
                    } else {
                        vec![c]
                    };
                    upper
                })
                .collect();
            for form in [word.to_string(), word.to_uppercase(), title] {
                let langs = table.get_run(&form, form.is_ascii());
                assert!(langs.is_some(), "{form}");
                assert_eq!(langs, table.get(word), "{form}");
            }
        }
    }

    #[test]
    fn function_words_decide_only_clear_texts() {
        let id = "Yoon juga meminta Meta untuk berperan aktif dalam memantau dan melawan berita palsu dan praktik-praktik buruk lainnya di platformnya karena banyak negara bersiap untuk pemilihan tahun ini. Meta sendiri tidak segera menanggapi permintaan untuk komentar. Pada Rabu, Zuckerberg bertemu dengan Chairman Samsung Electronics untuk membahas kerja sama dalam teknologi AI dan XR.";
        let fr = "Les autorités japonaises et les entreprises redoublent d'efforts pour combler leur retard dans le domaine du développement de l'IA. Cette rencontre fait suite à des informations selon lesquelles le multimilliardaire se rendrait en Corée du Sud pour discuter de l'IA avec le président de Samsung.";
        let es = "El presidente del gobierno y los ministros se reunieron con los representantes de las empresas para hablar sobre la economía y el empleo, pero no llegaron a un acuerdo sobre los salarios y las pensiones.";
        assert_eq!(by_function_words(id), Some(Lang::Id));
        assert_eq!(by_function_words(fr), Some(Lang::Fr));
        assert_eq!(by_function_words(es), Some(Lang::Other));
        // Too few to be sure: whatlang decides.
        assert_eq!(
            by_function_words("Presiden bertemu dengan CEO Meta di Seoul."),
            None
        );
        for text in [id, fr, es] {
            let whatlang = detector().detect_lang(text).map(map);
            assert_eq!(Some(detect(text)), whatlang, "{text}");
        }
    }

    #[test]
    fn a_french_paragraph_in_an_indonesian_article_is_french() {
        let fr = "Les autorités japonaises et les entreprises redoublent d'efforts pour combler leur retard dans le domaine du développement de l'IA.";
        assert_eq!(detect_passage(fr, Lang::Id), Lang::Fr);
        assert_eq!(
            detect_passage("Zuckerberg bertemu Lee.", Lang::Id),
            Lang::Id
        );
        // Short paragraphs go by their function words.
        for (text, article, lang) in [
            ("Zuckerberg a souri devant les caméras.", Lang::Id, Lang::Fr),
            (
                "Le patron de Meta a refusé de commenter.",
                Lang::Id,
                Lang::Fr,
            ),
            ("Zuckerberg tersenyum di depan kamera.", Lang::Fr, Lang::Id),
            (
                "Zuckerberg menolak berkomentar soal itu.",
                Lang::Fr,
                Lang::Id,
            ),
            (
                "Harian Le Monde menulis bahwa Meta untung.",
                Lang::Id,
                Lang::Id,
            ),
            ("Zuckerberg tersenyum.", Lang::Fr, Lang::Fr),
            ("Il a souri.", Lang::Other, Lang::Fr),
        ] {
            assert_eq!(detect_passage(text, article), lang, "{text}");
        }
    }

    /// `detect` of the passages joined as a build samples them, as `detect_article`
    /// must give it.
    fn detect_joined(passages: &[&str]) -> Lang {
        let mut sample = String::new();
        for passage in passages {
            if sample.len() >= ARTICLE_SAMPLE_BYTES {
                break;
            }
            if !sample.is_empty() {
                sample.push('\n');
            }
            sample.push_str(passage);
        }
        detect(&sample)
    }

    #[test]
    fn words_hashed_once_give_the_languages_the_text_gives() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut articles: Vec<String> = Vec::new();
        for dir in ["seeds", "tests/data/answers"] {
            let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            paths.sort();
            articles.extend(paths.iter().map(|p| std::fs::read_to_string(p).unwrap()));
        }
        assert!(articles.len() > 20);
        // Mixed and short ones too: a French paragraph inside an Indonesian article, a
        // caption, an English one, one cut inside a word at the sample's end.
        let long_fr =
            "Les autorités japonaises et les entreprises redoublent d'efforts. ".repeat(40);
        articles.push(format!(
            "{}\n\n{}\n\nZuckerberg bertemu Lee.",
            articles[0], long_fr
        ));
        articles.push("Foto: dok.".to_string());
        articles.push("The president met the chief executive to discuss the future.".to_string());
        articles.push(format!("{}\n\nberkomentar", "a".repeat(2040)));
        for article in &articles {
            let passages: Vec<&str> = article
                .split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            let words = PassageWords::of(passages.iter().copied());
            let lang = detect_article(&passages, &words);
            assert_eq!(lang, detect_joined(&passages), "{}", passages[0]);
            for (i, passage) in passages.iter().enumerate() {
                for article_lang in [lang, Lang::Id, Lang::Fr, Lang::Other] {
                    assert_eq!(
                        detect_passage_hashed(passage, words.passage(i), article_lang),
                        detect_passage(passage, article_lang),
                        "{passage}"
                    );
                }
            }
        }
    }
}
