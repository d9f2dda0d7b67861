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
    months: MONTHS,
    days: DAYS,
    capitalised_dates: true,
    time_words: &[],
    meeting_stems: MEETING_STEMS,
    saying_verbs_after: SAYING_VERBS_AFTER,
    saying_verbs_before: SAYING_VERBS_BEFORE,
    source_words: SOURCE_WORDS,
    asks_where: ASKS_WHERE,
    asks_age: ASKS_AGE,
    asks_money: ASKS_MONEY,
    number_words: NUMBER_WORDS,
    number_multipliers: &[("hundred", 100.0), ("dozen", 12.0)],
    teen_words: &[],
    number_connectors: &["and"],
    target_words: &[
        "target",
        "targets",
        "targeting",
        "aims",
        "aiming",
        "goal",
        "forecast",
        "forecasts",
        "projected",
        "expects",
    ],
    measure_units: &[
        "hectares",
        "hectare",
        "acres",
        "acre",
        "kilometres",
        "kilometers",
        "km",
        "miles",
        "metres",
        "meters",
        "feet",
        "ft",
        "tonnes",
        "tons",
        "kilograms",
        "kg",
        "pounds",
        "lbs",
        "litres",
        "liters",
        "gallons",
        "degrees",
        "percent",
        "%",
    ],
    asks_measure: &[
        "area", "size", "distance", "far", "long", "length", "weight", "heavy", "high", "tall",
        "deep", "wide", "large", "big",
    ],
    scale_words: SCALE_WORDS,
    currencies: CURRENCIES,
    age_units: AGE_UNITS,
    age_cues: AGE_CUES,
    age_suffixes: AGE_SUFFIXES,
    founding_words: &[
        "founded",
        "established",
        "built",
        "created",
        "formed",
        "incorporated",
        "born",
        "founding",
        "foundation",
    ],
    future_words: &["will", "shall", "going"],
    future_endings: &[],
    venue_words: &[
        "place",
        "arena",
        "stadium",
        "hall",
        "centre",
        "center",
        "park",
        "square",
        "theatre",
        "theater",
        "hotel",
        "airport",
        "station",
        "field",
        "gardens",
        "pavilion",
        "auditorium",
        "coliseum",
        "cathedral",
        "church",
        "museum",
        "bridge",
    ],
    place_prepositions: PLACE_PREPOSITIONS,
    origin_words: &["from"],
    person_titles: PERSON_TITLES,
    name_particles: &[
        "van", "von", "der", "den", "de", "da", "di", "al", "el", "bin", "ben",
    ],
    name_openers: &[],
    organisation_words: ORGANISATION_WORDS,
    organisation_heads: &["government", "ministry", "department"],
    organisation_nouns: ORGANISATION_NOUNS,
    articles: &["a", "an", "the"],
    name_connectors: &["of", "and", "for", "&"],
    conjunctions: &["and", "&"],
    country_adjective_endings: &[],
    interrogatives: INTERROGATIVES,
    pronouns: PRONOUNS,
    range_words: RANGE_WORDS,
    roles: [
        &[
            "ceo",
            "boss",
            "chief",
            "director",
            "coach",
            "manager",
            "commander",
            "head",
            "leader",
            "sheriff",
            "captain",
            "skipper",
        ],
        &["founder"],
        &["president", "chairman"],
        &["minister", "secretary"],
        &["governor", "mayor"],
        &["spokesperson", "spokesman", "spokeswoman"],
        &["lawyer", "attorney", "barrister", "solicitor"],
    ],
    role_filler: &["of", "the"],
    role_modifiers: &["general", "executive"],
    leading_verbs: &[
        "leads",
        "led",
        "lead",
        "leading",
        "heads",
        "headed",
        "commands",
        "commanded",
        "commanding",
        "runs",
        "manages",
        "managed",
        "chairs",
        "chaired",
        "presides",
        "presided",
    ],
    person_only_words: &[
        "prison",
        "jail",
        "jailed",
        "imprisoned",
        "imprisonment",
        "arrested",
        "born",
        "died",
        "killed",
        "injured",
        "wounded",
        "hurt",
        "married",
        "sworn",
    ],
    of_words: &["of"],
    partitive_words: &["of", "among"],
    saying_auxiliaries: &[],
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
    "what", "which", "did", "does", "do", "how", "many", "much", "the", "a", "an", "is", "was",
    "were", "has", "have", "in", "with",
];
/// Verbs of asking and question words that stop-word lists leave in but that say
/// nothing about what a query seeks.
pub const QUERY_FILLER: &[&str] = &["say", "says", "said", "tell", "told", "many", "much"];
/// The months (written with a capital).
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// The days of the week (written with a capital).
pub const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
/// Pieces of words that show a passage tells of a meeting, looked for anywhere in its
/// lower-cased text (`met ` with its space,
/// so that `metal` and `method` don't count).
pub const MEETING_STEMS: &[&str] = &["meet", "met "];
/// Attribution verbs written after a quotation (`…," said X`).
pub const SAYING_VERBS_AFTER: &[&str] = &[
    "said",
    "says",
    "added",
    "told",
    "explained",
    "noted",
    "warned",
    "stressed",
];
/// Verbs of saying written after the speaker, before a quotation (`X said:`).
pub const SAYING_VERBS_BEFORE: &[&str] = &["said"];
/// Words that introduce a source before a quotation (`according to X,`).
pub const SOURCE_WORDS: &[&str] = &["according"];

/// Words of a question asking where.
pub const ASKS_WHERE: &[&str] = &["where"];
/// Phrases of a question asking how old someone is.
pub const ASKS_AGE: &[&str] = &["how old", "what age", "what is the age"];
/// Words of a question asking for an amount of money.
pub const ASKS_MONEY: &[&str] = &[
    "cost",
    "costs",
    "price",
    "worth",
    "spend",
    "spent",
    "invest",
    "invested",
    "investment",
    "budget",
    "paid",
    "pay",
    "raised",
    "much",
    // What is gained or lost, paid as a penalty or a wage: sums too.
    "loss",
    "losses",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "salary",
    "damages",
];
/// Numbers written as words.
pub const NUMBER_WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
    ("dozens", 12.0),
    ("hundreds", 100.0),
    ("thousands", 1000.0),
];
/// Words that multiply the number before them.
pub const SCALE_WORDS: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("billion", 1e9),
    ("billions", 1e9),
    ("bn", 1e9),
    ("trillion", 1e12),
];
/// Scales written glued to the digits of a sum (`$2bn`, `C$15M`, `£3m`): read only
/// after a currency, where `m` can't be metres.
pub const SCALE_ABBREVIATIONS: &[(&str, f64)] = &[
    ("k", 1e3),
    ("m", 1e6),
    ("mn", 1e6),
    ("bn", 1e9),
    ("b", 1e9),
    ("tn", 1e12),
];
/// Currencies, with the symbols every language writes.
pub const CURRENCIES: &[&str] = &[
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "usd", "eur", "idr", "$", "€", "£",
    "¥", "us$", "cad", "aud", "nzd", "sgd", "hkd", "gbp", "jpy", "chf", "cny", "rupees", "yuan",
    "yen", "won", "pesos", "francs",
];
/// Words after a number that make it an age, given a cue (`aged 39 years`).
pub const AGE_UNITS: &[&str] = &["years"];
/// Words before a number that make it an age.
pub const AGE_CUES: &[&str] = &["aged", "age"];
/// What follows a number to make it an age with no other cue.
pub const AGE_SUFFIXES: &[&str] = &["-year-old", " years old", " year old"];
/// Prepositions before a place.
pub const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "to"];
/// Titles before a person's name.
pub const PERSON_TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sir",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "gen",
    "gen.",
    "col",
    "col.",
    "capt",
    "capt.",
    "lt",
    "lt.",
    "sgt",
    "sgt.",
    "insp",
    "insp.",
    "supt",
    "supt.",
    "det",
    "det.",
    "rev",
    "rev.",
    "sen",
    "sen.",
    "rep",
    "rep.",
    "judge",
    "justice",
    "constable",
    "sergeant",
    "captain",
    "colonel",
    "lieutenant",
    "inspector",
    "detective",
    "superintendent",
    "commissioner",
    "senator",
];
/// Words that make a capitalised name an organisation's, not a person's (lower case).
pub const ORGANISATION_WORDS: &[&str] = &[
    "ministry",
    "department",
    "commission",
    "council",
    "bank",
    "university",
    "party",
    "government",
    "inc",
    "corp",
    "group",
    "company",
    "agency",
    "institute",
    "foundation",
    "summit",
    "electronics",
    "technologies",
    "ltd",
    "llc",
    "plc",
    "co",
    "fc",
    "club",
    "association",
    "federation",
    "authority",
    "reserve",
    "office",
    "union",
    "organization",
    "organisation",
    "corporation",
    "holdings",
    "motors",
    "airlines",
    "labs",
    "capital",
    "ventures",
    "collective",
    "coalition",
    "alliance",
    "syndicate",
    "movement",
    "cooperative",
];
/// Common nouns that introduce an organisation's name, and that a question names
/// when it asks for one (lower case).
pub const ORGANISATION_NOUNS: &[&str] = &[
    "company",
    "companies",
    "firm",
    "startup",
    "start-up",
    "group",
    "club",
    "bank",
    "lender",
    "carmaker",
    "manufacturer",
    "maker",
    "developer",
    "agency",
    "organisation",
    "organization",
    "institution",
    "university",
    "team",
    "operator",
    "insurer",
    "airline",
    "lab",
    "laboratory",
    "ministry",
    "investor",
    "fund",
    "union",
    "collective",
    "coalition",
    "alliance",
    "association",
    "federation",
    "charity",
    "utility",
    "regulator",
    "watchdog",
];
/// The words that make a sentence a question.
pub const INTERROGATIVES: &[&str] = &["what", "which", "how", "who", "whom", "when", "where"];
/// Pronouns and sentence openers, written with a capital at a sentence's start but
/// never a name (lower case).
pub const PRONOUNS: &[&str] = &[
    "i",
    "you",
    "he",
    "she",
    "we",
    "they",
    "it",
    "but",
    "however",
    "then",
    "meanwhile",
    "after",
    "before",
    "this",
    "that",
    "these",
    "those",
];
/// Words between the two ends of a range of numbers (`$60 miliar hingga $65 miliar`).
pub const RANGE_WORDS: &[&str] = &["to", "-", "–", "—"];

/// The commonest words, frequent in English and not in the detector's other languages:
/// what detection by function words counts.
pub const FUNCTION_WORDS: &[&str] = &[
    "the", "and", "of", "to", "is", "that", "with", "for", "was", "are", "this", "be", "by",
    "from", "have", "it", "which", "were", "an", "or",
];
