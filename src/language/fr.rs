//! French: the words of French that cari's question reading, quotation finding and
//! language detection look for, each class a named list.

use super::{Lang, Profile, Tongue};

/// French's row of the language table.
pub const PROFILE: Profile = Profile {
    lang: Some(Lang::Fr),
    tongue: Tongue::Fr,
    asks_said: ASKS_SAID,
    asks_met: ASKS_MET,
    asks_how_many: ASKS_HOW_MANY,
    asks_when: ASKS_WHEN,
    asks_who: ASKS_WHO,
    about: ABOUT,
    question_words: QUESTION_WORDS,
    query_filler: QUERY_FILLER,
    months: MONTHS,
    days: DAYS,
    time_words: TIME_WORDS,
    meeting_stems: MEETING_STEMS,
    saying_verbs_after: SAYING_VERBS_AFTER,
    saying_verbs_before: SAYING_VERBS_BEFORE,
    source_words: SOURCE_WORDS,
};

/// Words of a question asking what someone said or thinks.
pub const ASKS_SAID: &[&str] = &[
    "dit",
    "dire",
    "déclaré",
    "pense",
    "pensé",
    "affirmé",
    "raconté",
    "expliqué",
    "confié",
    "avis",
];
/// Words of a question asking whom someone met.
pub const ASKS_MET: &[&str] = &["rencontré", "rencontre", "rencontrer", "rencontres"];
/// "How many".
pub const ASKS_HOW_MANY: &[&str] = &["combien"];
/// "When".
pub const ASKS_WHEN: &[&str] = &["quand"];
/// "Who".
pub const ASKS_WHO: &[&str] = &["qui"];
/// Words that introduce the topic of a question.
pub const ABOUT: &[&str] = &["sur", "concernant", "de"];
/// Words of a question that are neither speaker nor topic.
pub const QUESTION_WORDS: &[&str] = &[
    "qu'a",
    "que",
    "qu'est-ce",
    "est-ce",
    "a-t-il",
    "a-t-elle",
    "t-il",
    "il",
    "elle",
    "quel",
    "quelle",
    "quels",
    "à",
    "propos",
    "de",
];
/// Question words that stop-word lists leave in but that say nothing about what a
/// query seeks.
pub const QUERY_FILLER: &[&str] = &[
    "quoi", "quel", "quelle", "quels", "combien", "quand", "comment", "pourquoi",
];

/// The months.
pub const MONTHS: &[&str] = &[
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
/// The days of the week.
pub const DAYS: &[&str] = &[
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
/// Other words of time that show a passage tells when something happened.
pub const TIME_WORDS: &[&str] = &["hier", "année", "mois", "semaine"];
/// Pieces of words that show a passage tells of a meeting, looked for anywhere in its
/// lower-cased text.
pub const MEETING_STEMS: &[&str] = &["rencontr", "réuni"];

/// Attribution verbs written after a quotation, as past participles or present forms
/// (`… », a déclaré X`, `… », explique X`).
pub const SAYING_VERBS_AFTER: &[&str] = &[
    "expliqué",
    "confié",
    "déclaré",
    "affirmé",
    "ajouté",
    "dit",
    "estimé",
    "souligné",
    "indiqué",
    "précisé",
    "assuré",
    "lancé",
    "répondu",
    "explique",
    "confie",
    "déclare",
    "affirme",
    "ajoute",
    "estime",
    "souligne",
    "indique",
    "précise",
];
/// Verbs of saying written after the speaker, before the quotation (`X a déclaré :`).
pub const SAYING_VERBS_BEFORE: &[&str] = &["déclaré", "dit", "expliqué", "affirmé"];
/// Words that introduce a source before a quotation (`selon X,`).
pub const SOURCE_WORDS: &[&str] = &["selon"];

/// Frequent words that Indonesian text doesn't use: one of them in a passage of an
/// Indonesian article makes detection look at it.
pub const MARKERS: &[&str] = &[
    "le", "la", "les", "de", "des", "du", "et", "est", "une", "que", "qui", "dans", "pour", "sur",
    "pas", "avec", "par", "au", "aux", "cette",
];
/// The commonest words, frequent in French and not in the detector's other languages:
/// what detection by function words counts.
pub const FUNCTION_WORDS: &[&str] = &[
    "le", "les", "des", "et", "est", "une", "du", "dans", "pour", "qui", "sur", "avec", "pas",
    "au", "aux", "cette", "sont", "mais", "nous", "été",
];
/// Words only French uses among the two languages analysed (articles, pronouns,
/// prepositions, auxiliaries), for judging a short passage.
pub const PASSAGE_WORDS: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "est", "a", "au", "aux",
    "il", "elle", "ils", "elles", "qui", "que", "qu", "ne", "n", "pas", "sur", "dans", "pour",
    "par", "avec", "ce", "cette", "ces", "son", "sa", "ses", "se", "s", "en", "y", "ont", "été",
    "sont", "mais", "où", "très", "devant", "après", "avant", "selon", "lui", "nous",
];
