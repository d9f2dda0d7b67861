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
    capitalised_dates: false,
    time_words: TIME_WORDS,
    meeting_stems: MEETING_STEMS,
    saying_verbs_after: SAYING_VERBS_AFTER,
    saying_verbs_before: SAYING_VERBS_BEFORE,
    source_words: SOURCE_WORDS,
    asks_where: ASKS_WHERE,
    asks_age: ASKS_AGE,
    asks_money: ASKS_MONEY,
    number_words: NUMBER_WORDS,
    number_multipliers: &[("cent", 100.0), ("cents", 100.0)],
    teen_words: &[],
    number_connectors: &["et"],
    target_words: &[
        "vise",
        "visait",
        "viser",
        "visent",
        "objectif",
        "objectifs",
        "cible",
        "prévoit",
        "prévoyait",
        "prévision",
        "prévisions",
    ],
    measure_units: &[
        "hectares",
        "hectare",
        "ha",
        "kilomètres",
        "kilomètre",
        "km",
        "mètres",
        "mètre",
        "m",
        "centimètres",
        "cm",
        "tonnes",
        "tonne",
        "kilos",
        "kilogrammes",
        "kg",
        "grammes",
        "litres",
        "litre",
        "degrés",
        "%",
    ],
    asks_measure: &[
        "superficie",
        "surface",
        "distance",
        "longueur",
        "poids",
        "hauteur",
        "profondeur",
        "largeur",
        "loin",
    ],
    scale_words: SCALE_WORDS,
    currencies: CURRENCIES,
    age_units: AGE_UNITS,
    age_cues: AGE_CUES,
    age_suffixes: &[],
    founding_words: &[
        "fondé",
        "fondée",
        "fondés",
        "fondées",
        "fonder",
        "fondation",
        "créé",
        "créée",
        "créés",
        "créées",
        "création",
        "construit",
        "construite",
        "construction",
        "né",
        "née",
        "naissance",
    ],
    future_words: &[
        "va",
        "vont",
        "sera",
        "seront",
        "aura",
        "auront",
        "doit",
        "doivent",
        "devrait",
        "devraient",
    ],
    future_endings: &["ront"],
    venue_words: &[
        "stade",
        "salle",
        "palais",
        "place",
        "parc",
        "gare",
        "hôtel",
        "aéroport",
        "théâtre",
        "musée",
        "arena",
        "aréna",
        "gymnase",
        "halle",
        "esplanade",
        "cathédrale",
        "église",
    ],
    place_prepositions: PLACE_PREPOSITIONS,
    origin_words: &["d'où", "d’où", "depuis", "provenance", "origine"],
    person_titles: PERSON_TITLES,
    name_particles: &["le", "la", "de", "du", "des"],
    name_openers: &[],
    organisation_words: ORGANISATION_WORDS,
    organisation_heads: &[
        "gouvernement",
        "ministère",
        "banque",
        "commission",
        "conseil",
        "université",
        "préfecture",
        "mairie",
    ],
    organisation_nouns: ORGANISATION_NOUNS,
    articles: &["un", "une", "le", "la", "les", "l'", "l’"],
    name_connectors: &["de", "du", "des", "d'", "d’", "et", "la", "l'", "l’"],
    conjunctions: &["et"],
    country_adjective_endings: COUNTRY_ADJECTIVE_ENDINGS,
    interrogatives: INTERROGATIVES,
    pronouns: PRONOUNS,
    range_words: RANGE_WORDS,
    roles: [
        &[
            "patron",
            "pdg",
            "chef",
            "dirigeant",
            "directeur",
            "entraîneur",
            "sélectionneur",
            "directrice",
            "dirigeante",
            "cheffe",
            "commandant",
            "responsable",
            "capitaine",
            "shérif",
        ],
        &[
            "fondateur",
            "créateur",
            "cofondateur",
            "fondatrice",
            "créatrice",
            "cofondatrice",
        ],
        &["président", "présidente"],
        &["ministre", "secrétaire"],
        &["gouverneur", "maire"],
        &["porte-parole"],
        &["avocat", "avocate", "bâtonnier"],
    ],
    role_filler: &["le", "la", "les", "l'", "de", "du", "des", "d'"],
    role_modifiers: &[
        "général",
        "générale",
        "adjoint",
        "adjointe",
        "délégué",
        "déléguée",
        "exécutif",
    ],
    leading_verbs: &[
        "commande",
        "commandait",
        "commandé",
        "dirige",
        "dirigeait",
        "dirigé",
        "dirigée",
        "mène",
        "menait",
        "pilote",
        "pilotait",
        "préside",
        "présidait",
        "présidé",
        "présidée",
    ],
    person_only_words: &[
        "prison",
        "emprisonnement",
        "emprisonné",
        "emprisonnée",
        "incarcéré",
        "incarcérée",
        "sursis",
        "arrêté",
        "arrêtée",
        "interpellé",
        "interpellée",
        "né",
        "née",
        "mort",
        "morte",
        "décédé",
        "décédée",
        "tué",
        "tuée",
        "blessé",
        "blessée",
        "marié",
        "mariée",
    ],
    of_words: &["de", "du", "d'"],
    partitive_words: &["sur", "parmi"],
    saying_auxiliaries: &["a", "avait", "ont"],
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
    "réagi",
    "commenté",
    "rappelé",
    "insisté",
    "poursuivi",
    "reconnu",
    "explique",
    "confie",
    "déclare",
    "affirme",
    "ajoute",
    "estime",
    "souligne",
    "indique",
    "précise",
    "réagit",
    "commente",
    "rappelle",
    "insiste",
    "poursuit",
    "reconnaît",
];
/// Verbs of saying written after the speaker, before the quotation (`X a déclaré :`).
pub const SAYING_VERBS_BEFORE: &[&str] = &["déclaré", "dit", "expliqué", "affirmé"];
/// Words that introduce a source before a quotation (`selon X,`).
pub const SOURCE_WORDS: &[&str] = &["selon"];

/// Words of a question asking where.
pub const ASKS_WHERE: &[&str] = &["où"];
/// Phrases of a question asking how old someone is.
pub const ASKS_AGE: &[&str] = &["quel âge", "âgé de combien", "âgée de combien"];
/// Words of a question asking for an amount of money.
pub const ASKS_MONEY: &[&str] = &[
    "coût",
    "coûte",
    "coûté",
    "prix",
    "montant",
    "somme",
    "investissement",
    "investissements",
    "investir",
    "investi",
    "budget",
    "dépensé",
    "dépenser",
    "payé",
    "levé",
    "coûtera",
    "coûteront",
    "coûtait",
    "collecté",
    "récolté",
    // What is gained or lost, paid as a penalty or a wage: sums too.
    "perte",
    "pertes",
    "bénéfice",
    "bénéfices",
    "amende",
    "salaire",
    "préjudice",
];
/// Numbers written as words.
pub const NUMBER_WORDS: &[(&str, f64)] = &[
    ("deux", 2.0),
    ("trois", 3.0),
    ("quatre", 4.0),
    ("cinq", 5.0),
    ("six", 6.0),
    ("sept", 7.0),
    ("huit", 8.0),
    ("neuf", 9.0),
    ("dix", 10.0),
    ("onze", 11.0),
    ("douze", 12.0),
    ("treize", 13.0),
    ("quatorze", 14.0),
    ("quinze", 15.0),
    ("seize", 16.0),
    ("vingt", 20.0),
    ("trente", 30.0),
    ("quarante", 40.0),
    ("cinquante", 50.0),
    ("soixante", 60.0),
    ("quatre-vingt", 80.0),
    ("quatre-vingts", 80.0),
    ("cent", 100.0),
    ("mille", 1000.0),
    ("dizaine", 10.0),
    ("dizaines", 10.0),
    ("centaine", 100.0),
    ("centaines", 100.0),
    ("milliers", 1000.0),
];
/// Words that multiply the number before them.
pub const SCALE_WORDS: &[(&str, f64)] = &[
    ("mille", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("milliard", 1e9),
    ("milliards", 1e9),
];
/// Currencies.
pub const CURRENCIES: &[&str] = &[
    "euro", "euros", "dollar", "dollars", "yen", "yens", "livres", "francs",
];
/// Words after a number that make it an age, given a cue (`âgé de 39 ans`).
pub const AGE_UNITS: &[&str] = &["ans"];
/// Words before a number that make it an age (`de 39 ans` after a noun, `à 39 ans`).
pub const AGE_CUES: &[&str] = &["âgé", "âgée", "âgés", "âgées", "de", "à", "âge"];
/// Prepositions before a place.
pub const PLACE_PREPOSITIONS: &[&str] = &["à", "en", "au", "aux", "dans"];
/// Titles before a person's name.
pub const PERSON_TITLES: &[&str] = &[
    "m.",
    "mme",
    "mlle",
    "me",
    "dr",
    "pr",
    "maître",
    "maitre",
    "docteur",
    "professeur",
    "colonel",
    "capitaine",
    "lieutenant",
    "commissaire",
    "adjudant",
    "gendarme",
    "juge",
    "abbé",
    "mgr",
];
/// Words that make a capitalised name an organisation's, not a person's (lower case).
pub const ORGANISATION_WORDS: &[&str] = &[
    "ministère",
    "commission",
    "conseil",
    "banque",
    "université",
    "parti",
    "gouvernement",
    "groupe",
    "société",
    "agence",
    "office",
    "institut",
    "fondation",
    "sommet",
    "sa",
    "sas",
    "club",
    "olympique",
    "fédération",
    "autorité",
    "caisse",
    "compagnie",
    "assemblée",
    "cour",
    "tribunal",
    "préfecture",
    "mairie",
    "région",
    "capital",
    "ventures",
    "syndicat",
    "collectif",
    "association",
    "union",
    "confédération",
    "coordination",
    "mutuelle",
    "coopérative",
    "régie",
];
/// Common nouns that introduce an organisation's name, and that a question names
/// when it asks for one (lower case).
pub const ORGANISATION_NOUNS: &[&str] = &[
    "société",
    "entreprise",
    "start-up",
    "startup",
    "groupe",
    "firme",
    "club",
    "banque",
    "organisme",
    "institution",
    "agence",
    "laboratoire",
    "constructeur",
    "fabricant",
    "opérateur",
    "équipe",
    "compagnie",
    "assureur",
    "ministère",
    "université",
    "fonds",
    "investisseur",
    "syndicat",
    "collectif",
    "association",
    "union",
    "fédération",
    "confédération",
    "coopérative",
    "mutuelle",
    "régie",
    "organisation",
];
/// Endings of the lower-case adjectives of a country (`japonais`, `indonésienne`,
/// `américain`, `allemand`, `britannique`, `espagnol`).
pub const COUNTRY_ADJECTIVE_ENDINGS: &[&str] = &[
    "ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine", "and", "ande", "ique", "ol",
    "ole", "ais", "éen", "éenne",
];
/// The words that make a sentence a question.
pub const INTERROGATIVES: &[&str] = &[
    "quel", "quelle", "quels", "quelles", "combien", "qui", "quand", "où", "comment",
];
/// Pronouns and sentence openers, written with a capital at a sentence's start but
/// never a name (lower case).
pub const PRONOUNS: &[&str] = &[
    "je",
    "tu",
    "il",
    "elle",
    "nous",
    "vous",
    "ils",
    "elles",
    "on",
    "mais",
    "cependant",
    "pourtant",
    "alors",
    "puis",
    "ainsi",
    "lors",
    "depuis",
];
/// Words between the two ends of a range of numbers (`$60 miliar hingga $65 miliar`).
pub const RANGE_WORDS: &[&str] = &["à", "-", "–", "—"];

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
