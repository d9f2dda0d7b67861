//! English, a language of queries only (articles in English are analysed as `Other`):
//! the English words of questions and queries, and the function words detection
//! counts.

use super::{Profile, Tongue};

/// English's row of the language table.
/// What English calls a firm before its name (`operator Hebridean Marine Harvest Ltd`,
/// `contractor Marden Civil Engineering`), lower case: never the name's first word.
pub const FIRM_DESCRIPTORS: &[&str] = &[
    "operator",
    "contractor",
    "builder",
    "developer",
    "retailer",
    "supplier",
    "distributor",
    "carmaker",
    "manufacturer",
    "insurer",
    "lender",
    "firm",
];

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
    asks_name: &[
        "what is the name of",
        "what's the name of",
        "what was the name of",
    ],
    asks_money: ASKS_MONEY,
    asks_share: &["percentage", "percent", "proportion", "share"],
    duration_units: &[
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
        "month", "months", "year", "years",
    ],
    asks_duration: &["long", "duration"],
    total_words: &["total", "overall", "altogether", "all"],
    building_words: &[
        "build",
        "built",
        "building",
        "construct",
        "constructed",
        "construction",
        "renovate",
        "renovated",
        "renovation",
        "erect",
        "erected",
    ],
    rate_words: &["per", "each", "apiece", "a", "an"],
    rough_numbers: &["dozens", "hundreds", "thousands"],
    until_words: &["until", "till", "through"],
    start_words: &[
        "start",
        "started",
        "starts",
        "begin",
        "began",
        "begun",
        "begins",
        "commenced",
    ],
    deadline_words: &["by", "later", "deadline", "before"],
    since_words: &["since"],
    event_nouns: &["incident", "accident", "attack", "events"],
    verdict_words: &[
        "verdict",
        "sentence",
        "sentenced",
        "sentencing",
        "ruling",
        "judgment",
        "judgement",
        "convicted",
        "acquitted",
        // A court's verb (`due to rule`).
        "rule",
        "rules",
        "ruled",
    ],
    lasting_words: &["for", "during"],
    negations: &["no", "not", "never", "n't", "cannot", "nothing", "none"],
    number_words: NUMBER_WORDS,
    ordinals: &[
        ("second", 2.0),
        ("third", 3.0),
        ("fourth", 4.0),
        ("fifth", 5.0),
    ],
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
    asks_measure: ASKS_MEASURE,
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
    future_words: &[
        // What is planned is to come (`scheduled`, `dijadwalkan`, `prévu`).
        "scheduled",
        "planned",
        "expected",
        "upcoming",
        "due",
        "will",
        "shall",
        "going",
        "next",
        // What someone aims or hopes at is yet to come (`when does Keolis aim to …`).
        "aim",
        "aims",
        "intend",
        "intends",
        "hope",
        "hopes",
    ],
    future_endings: &[],
    past_words: &["was", "were", "did", "had"],
    interview_words: &[
        "contacted",
        "reached",
        "interviewed",
        "asked",
        "press",
        "news",
    ],
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
        "market",
        "mosque",
        // Open places named by what stands beside them (`the Alotau waterfront`,
        // `Hingurakgoda junction`, `the Senama Primary School grounds`).
        "waterfront",
        "junction",
        "grounds",
    ],
    copulas: &["is", "was", "are", "were"],
    place_nouns: &[
        "district",
        "districts",
        "town",
        "city",
        "village",
        "province",
        "region",
        "county",
        "state",
        "country",
        "municipality",
        "borough",
        "neighbourhood",
        "neighborhood",
        "sector",
        "suburb",
        // An area of works or homes (`the Pyewipe industrial estate`).
        "estate",
        "island",
        "port",
        "barangay",
        "regency",
        "subdistrict",
        "sub-district",
        "prefecture",
        "venue",
        "building",
        "hospital",
        // A school, as where something happened or someone works (`at which school`).
        "school",
        // Buildings where something is held or kept.
        "hall",
        "barn",
        "cathedral",
        "chapel",
        // Streets (`on Albert Street`, `on which street`).
        "street",
        "avenue",
        "boulevard",
        "road",
        "lane",
        "drive",
        // Facilities asked by their kind (`at which power plant`).
        "plant",
        "factory",
        "mine",
        "airport",
        "stadium",
        "prison",
        "warehouse",
        // Rivers, lakes, mountains, hills, valleys and shores, where a thing was found or happened.
        "river",
        "lake",
        "mountain",
        "hill",
        "valley",
        "beach",
        "bay",
        // Where boats berth (`from which jetty`).
        "pier",
        "jetty",
        "wharf",
        "quay",
        "harbour",
        "harbor",
        "marina",
        // A canal's lock (`Dundas Lock`, `which lock`).
        "lock",
        // A spring a water network draws on; a site visited or dug.
        "spring",
        "site",
    ],
    place_prepositions: PLACE_PREPOSITIONS,
    origin_words: &["from"],
    residence_words: &[
        "resident",
        "residents",
        "inhabitant",
        "inhabitants",
        "native",
        "natives",
    ],
    person_titles: PERSON_TITLES,
    name_particles: &[
        "van", "von", "der", "den", "de", "da", "di", "al", "el", "bin", "ben",
    ],
    name_openers: &[],
    naming_words: &["named"],
    organisation_words: ORGANISATION_WORDS,
    organisation_heads: &["government", "ministry", "department"],
    organisation_nouns: ORGANISATION_NOUNS,
    any_body_nouns: &[
        "body",
        "organisation",
        "organization",
        "institution",
        "entity",
        // A non-governmental organisation may be named anything (`Action Médicale`).
        "ngo",
    ],
    company_words: &[
        "company",
        "companies",
        "firm",
        // A firm hired to build (`contractor Marden Civil Engineering`).
        "contractor",
        "inc",
        "corp",
        "corporation",
        "ltd",
        // Written out (`Fiji Rice Limited`, `Lunga Copper Exploration Limited`).
        "limited",
        "llc",
        "plc",
        "co",
        // Malaysia's and Australia's private companies (`Sdn Bhd`, `Pty Ltd`).
        "sdn",
        "bhd",
        "berhad",
        "pty",
        "holdings",
        "motors",
        "airlines",
        "startup",
        "start-up",
        "operator",
        "utility",
        "carmaker",
        "manufacturer",
        "maker",
        "lender",
        "insurer",
    ],
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
            // A school's head (not `principal`, French's adjective too: `le principal
            // suspect`).
            "headmaster",
            "headmistress",
            "headteacher",
            "leader",
            "sheriff",
            "captain",
            "skipper",
            // Of a union, a party, an international body.
            "secretary-general",
        ],
        &["founder"],
        &[
            "president",
            "chairman",
            "chairwoman",
            "chairperson",
            "chair",
        ],
        &["minister", "secretary"],
        &["governor", "mayor", "regent", "prefect"],
        &["spokesperson", "spokesman", "spokeswoman"],
        &["lawyer", "attorney", "barrister", "solicitor"],
        &["engineer", "architect"],
        // Judges and magistrates: `Justice Lydia Were`.
        &["judge", "justice", "magistrate"],
        &["prosecutor"],
        // Who coordinates an action, a campaign or a relief effort, or organises a
        // union's members (`district organiser`).
        &["coordinator", "organiser", "organizer"],
        // A commissioner heading a district, a service or a province (`Ntcheu District
        // Commissioner`, `the Transport Commissioner`).
        &["commissioner"],
        // Who studies a matter for a university or an institute (`Peneliti … dari
        // Universitas Halu Oleo, Dr. …`).
        &["researcher", "scientist"],
        // Who inspects or audits for a government or a certifier (`Inspektur Kabupaten
        // …`, a regency's inspector general; `Lead auditor SHN, Dr. …`).
        &["inspector"],
        &["auditor"],
        // Who keeps a museum's or a library's collections.
        &["curator"],
    ],
    role_filler: &["of", "the"],
    deputy_words: &["deputy", "vice", "assistant"],
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
        // `who ran the company`: past, as a question about a trial asks it.
        "ran",
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
        // Only a person chairs (a body may lead: `memimpin putaran pendanaan`).
        "chairs",
        "chaired",
        "presides",
        "presided",
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
/// Nouns and adjectives asking a measure (`what area`, `how long`), and quantities
/// asked by a noun (`what quantity`, `what volume`).
pub const ASKS_MEASURE: &[&str] = &[
    "area", "size", "distance", "far", "long", "length", "weight", "heavy", "high", "tall", "deep",
    "wide", "large", "big", "quantity", "volume", "quota",
];
/// "How many" and "how much", two words each: the word pairs a question is read for.
pub const ASKS_HOW_MANY_PAIRS: &[(&str, &str)] = &[("how", "many"), ("how", "much")];
/// "When".
pub const ASKS_WHEN: &[&str] = &["when"];
/// "Who".
pub const ASKS_WHO: &[&str] = &["who", "whom", "whose"];
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
/// Endings of the adjectives of countries and peoples (`Indonesian`, `Kenyan`,
/// `Japanese`, `British`, `Pakistani`), lower case.
pub const DEMONYM_ENDINGS: &[&str] = &["an", "ese", "ish", "i"];
/// Words of `ASKS_MONEY` that ask an amount of anything, a sum as well as a quantity
/// measured (`how much fuel oil`, `how much rain`).
pub const AMOUNT_WORDS: &[&str] = &["much"];
pub const ASKS_MONEY: &[&str] = &[
    // Cash, and sums a court orders back or a disaster costs.
    "cash",
    "restitution",
    "damage",
    // Sums granted, lent, owed or imposed.
    "grant",
    "grants",
    "subsidy",
    "subsidies",
    "debt",
    "debts",
    "loan",
    "loans",
    "credit",
    "rent",
    "ransom",
    "fine",
    "fines",
    // A contract's or a deal's value (`what is the contract value`).
    "value",
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
    // What is lacking or owed (`how large was the deficit`).
    "deficit",
    "paid",
    "pay",
    "pays",
    "paying",
    "fee",
    "fees",
    "fare",
    "fares",
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
    "money",
    "fund",
    "funds",
    "funding",
    // Compensation paid, money embezzled: sums whatever the question counts in.
    "compensation",
    "embezzle",
    "embezzled",
    "embezzling",
    // Sums offered to draw or reward someone.
    "bonus",
    "incentive",
    "allowance",
    "reward",
    "bail",
    // Premiums, arrears and income: sums paid, owed or earned.
    "premium",
    "premiums",
    "arrears",
    "income",
    // Sums saved (`how much will the council save`).
    "save",
    "saves",
    "saved",
    "savings",
    // Bills owed or paid (`how large is the council's water bill`).
    "bill",
    "bills",
    // What a seller asks (`how much were vendors charging for a litre`).
    "charge",
    "charging",
    "charged",
    // What a firm owes when it fails.
    "liabilities",
    "liability",
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
    // South Asian English counts sums in lakhs and crores (`Rs 4 lakh`, `Rs 2.8 crore`).
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
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
    // Malaysian and Singaporean papers: `RM1.2mil`, `RM3bil`.
    ("mil", 1e6),
    ("bil", 1e9),
];
/// Currencies, with the symbols every language writes.
pub const CURRENCIES: &[&str] = &[
    "dollar",
    "dollars",
    "euro",
    "euros",
    "pound",
    "pounds",
    "usd",
    "eur",
    "idr",
    "$",
    "€",
    "£",
    "¥",
    "us$",
    "cad",
    "aud",
    "nzd",
    "sgd",
    "hkd",
    "gbp",
    "jpy",
    "chf",
    "cny",
    "rupees",
    "rs",
    "inr",
    "yuan",
    "yen",
    "won",
    "pesos",
    "francs",
    "shilling",
    "shillings",
    "ksh",
    // The shilling as Kenyan, Ugandan and Tanzanian papers write it (`Sh412 million`,
    // `USh2 billion`, `TSh50,000`, `Shs6.8 billion`).
    "sh",
    "ush",
    "tsh",
    // Uganda's papers write the plural (`Shs6.8 billion`).
    "shs",
    "rand",
    "naira",
    "rupee",
    "rupiah",
    "ringgit",
    "baht",
    "peso",
    "franc",
    "lira",
    "dirham",
    "dirhams",
    "dinar",
    "dinars",
    "cedi",
    "cedis",
    "riyal",
    "riyals",
    "kwacha",
    // Symbols and codes of the currencies of other English-language papers (the
    // Philippines, Nigeria, India, Malaysia, South Africa).
    "₱",
    "₦",
    "₹",
    "rm",
    "php",
    "ngn",
    "myr",
    "zar",
    // The ISO 4217 codes of the other currencies named above, as business pages write
    // them before a sum (`UGX 48.6 million`, `KES 2 billion`).
    "ugx",
    "kes",
    "tzs",
    "rwf",
    "ghs",
    "zmw",
    "mwk",
    "xof",
    "xaf",
    "lkr",
    "pkr",
    "npr",
    "bdt",
    "thb",
    "krw",
    "mxn",
    "aed",
    "tnd",
    "dzd",
    "qar",
];
/// Currencies written as one capital letter glued to the digits (`P180 million` in
/// Manila, `R2.5 billion` in Johannesburg, `N50,000` in Lagos, `K300,000` in Port
/// Moresby): read only with a scale word after them or with thousands grouped, where
/// no name or model number (`P30`, `R5`) is written so.
pub const LETTER_CURRENCIES: &[&str] = &["P", "R", "N", "K"];
/// Words after a number that make it an age, given a cue (`aged 39 years`).
pub const AGE_UNITS: &[&str] = &["years"];
/// Words before a number that make it an age.
pub const AGE_CUES: &[&str] = &["aged", "age"];
/// What follows a number to make it an age with no other cue.
pub const AGE_SUFFIXES: &[&str] = &["-year-old", " years old", " year old"];
/// Prepositions before a place.
pub const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "to", "near", "outside", "inside", "behind", "opposite", "beside",
];
/// Titles before a person's name.
pub const PERSON_TITLES: &[&str] = &[
    // An engineer's title as Nigerian and Kenyan papers write it (`Engr. Chinedu Okafor`).
    "engr",
    "engr.",
    // … and as Ghanaian ones do (`Ing. Kwesi Armah-Mensah`), and Zambian and Kenyan
    // ones (`Eng. Bwalya Mulenga`).
    "ing",
    "ing.",
    "eng",
    "eng.",
    // A police or army officer, as a title and as the noun a question asks by
    // (`which officer`).
    "officer",
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
    // How courts and assemblies of the Commonwealth title a judge or a member (`Her
    // Honour Mercy Nyarko`, `Hon. Chinedu Eze`).
    "honour",
    "honor",
    "hon",
    "hon.",
    // An elected member of a council (`Councillor Fiona Rendall`, `Cllr Dafydd
    // Lloyd-Evans`, and `Cr Graham Tillott` as Australian papers write it).
    "councillor",
    "councilor",
    "cllr",
    "cllr.",
    "cr",
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
    // Public services, as their names hold them (`Kenya Wildlife Service`,
    // `Directorate of Criminal Investigations`).
    "service",
    // A public health service named by its region (`Queensland Health`).
    "health",
    // `Kenya Human Rights Network`.
    "network",
    "directorate",
    "police",
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
    "sdn",
    "bhd",
    "berhad",
    "pty",
    "fc",
    "club",
    "association",
    // `St Vincent de Paul Society`, `Cancer Society`.
    "society",
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
    "co-op",
    "coop",
    // Funds, boards and courts are bodies, never people (`the Housing Fund`).
    "fund",
    "trust",
    "committee",
    "board",
    "court",
];
/// Common nouns that introduce an organisation's name, and that a question names
/// when it asks for one (lower case).
pub const ORGANISATION_NOUNS: &[&str] = &[
    "company",
    // Consortiums and shipyards, as builders (`which shipyard built the ferries`).
    "consortium",
    "shipyard",
    "dockyard",
    // Parties, non-governmental organisations and public bodies (`which body`).
    "party",
    "ngo",
    "body",
    // A unit of a force or a service (`which police unit`).
    "unit",
    // Public services and their offices, as a question asks them (`which service`,
    // `which police`).
    "service",
    "office",
    "department",
    "directorate",
    "police",
    "council",
    "committee",
    // A body's local unit (`the Nyeri branch`).
    "branch",
    "companies",
    "firm",
    // A firm of a profession (`which architecture practice`).
    "practice",
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
    // Trading and transport firms (`a Queensland carrier`), and builders (`Innisfail
    // builder Kerr & Sons Constructions`).
    "carrier",
    "contractor",
    "builder",
    "supplier",
    "exporter",
    "importer",
    "retailer",
    "distributor",
    "wholesaler",
    "insurer",
    "airline",
    "lab",
    "laboratory",
    "ministry",
    "investor",
    "fund",
    "union",
    "collective",
    // A co-operative society, as English papers write it.
    "cooperative",
    "co-operative",
    "co-op",
    "coop",
    // A network of services or groups (`which health network`).
    "network",
    // A public programme, as a funder (`which programme paid for the market`).
    "programme",
    "program",
    "coalition",
    "alliance",
    "association",
    "society",
    "federation",
    "charity",
    "foundation",
    "utility",
    "regulator",
    "watchdog",
    "authority",
    "commission",
    // Courts, as bodies a question asks (`which court`).
    "court",
    "tribunal",
    // Chambers of commerce and of trades (`which chamber`).
    "chamber",
];
/// The words that make a sentence a question.
pub const INTERROGATIVES: &[&str] = &[
    "what", "which", "how", "who", "whom", "whose", "when", "where",
];
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
