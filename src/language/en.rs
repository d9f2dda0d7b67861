//! English, a language of queries only (articles in English are analysed as `Other`):
//! the English words of questions and queries, and the function words detection
//! counts.

use super::{Profile, Tongue};

/// English's row of the language table.
pub const PROFILE: Profile = Profile {
    lang: None,
    tongue: Tongue::En,
    asks_said: ASKS_SAID,
    asks_met: ASKS_MET,
    asks_how_many: &[],
    asks_when: ASKS_WHEN,
    asks_who: ASKS_WHO,
    about: ABOUT,
    question_words: QUESTION_WORDS,
    query_filler: QUERY_FILLER,
    months: &[],
    days: &[],
    time_words: &[],
    meeting_stems: MEETING_STEMS,
    saying_verbs_after: &[],
    saying_verbs_before: SAYING_VERBS_BEFORE,
    source_words: SOURCE_WORDS,
};

/// Words of a question asking what someone said or thinks.
pub const ASKS_SAID: &[&str] = &[
    "say", "said", "says", "saying", "think", "thinks", "thought", "tell", "told", "claim",
    "claimed",
];
/// Words of a question asking whom someone met.
pub const ASKS_MET: &[&str] = &["meet", "met", "meeting", "meets"];
/// "How many" and "how much", two words each: the word pairs a question is read for.
pub const ASKS_HOW_MANY_PAIRS: &[(&str, &str)] = &[("how", "many"), ("how", "much")];
/// "When".
pub const ASKS_WHEN: &[&str] = &["when"];
/// "Who".
pub const ASKS_WHO: &[&str] = &["who", "whom"];
/// Words that introduce the topic of a question.
pub const ABOUT: &[&str] = &["about", "on", "regarding"];
/// Words of a question that are neither speaker nor topic.
pub const QUESTION_WORDS: &[&str] = &[
    "what", "did", "does", "do", "how", "many", "much", "the", "a", "an", "is", "was", "were",
    "has", "have", "in", "with",
];
/// Verbs of asking and question words that stop-word lists leave in but that say
/// nothing about what a query seeks.
pub const QUERY_FILLER: &[&str] = &["say", "says", "said", "tell", "told", "many", "much"];
/// Pieces of words that show a passage tells of a meeting, looked for anywhere in its
/// lower-cased text (`met ` with its space,
/// so that `metal` and `method` don't count).
pub const MEETING_STEMS: &[&str] = &["meet", "met "];
/// Verbs of saying written after the speaker, before a quotation (`X said:`).
pub const SAYING_VERBS_BEFORE: &[&str] = &["said"];
/// Words that introduce a source before a quotation (`according to X,`).
pub const SOURCE_WORDS: &[&str] = &["according"];

/// The commonest words, frequent in English and not in the detector's other languages:
/// what detection by function words counts.
pub const FUNCTION_WORDS: &[&str] = &[
    "the", "and", "of", "to", "is", "that", "with", "for", "was", "are", "this", "be", "by",
    "from", "have", "it", "which", "were", "an", "or",
];
