//! Indonesian: the words of Indonesian that cari's question reading, quotation finding,
//! analysis and language detection look for, each class a named list.

use super::{Lang, Profile, Tongue};

/// Indonesian's row of the language table.
pub const PROFILE: Profile = Profile {
    lang: Some(Lang::Id),
    tongue: Tongue::Id,
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
    asks_name: &["apa nama", "siapa nama"],
    asks_money: ASKS_MONEY,
    asks_share: &["persen", "persentase", "proporsi"],
    duration_units: &[
        "detik", "menit", "jam", "hari", "pekan", "minggu", "bulan", "tahun",
    ],
    asks_duration: &["lama", "durasi"],
    total_words: &["total", "jumlah", "keseluruhan", "seluruhnya", "semuanya"],
    building_words: &[
        "bangun",
        "membangun",
        "dibangun",
        "pembangunan",
        "konstruksi",
        "renovasi",
        "merenovasi",
        "direnovasi",
        "rehabilitasi",
    ],
    rate_words: &["per", "setiap", "tiap", "masing-masing"],
    rough_numbers: &["belasan", "puluhan", "ratusan", "ribuan"],
    until_words: &["hingga", "sampai"],
    start_words: &["mulai", "dimulai", "memulai", "dimulainya"],
    deadline_words: &[
        "lambat",
        "selambat-lambatnya",
        "tenggat",
        "sebelum",
        "batas",
    ],
    since_words: &["sejak"],
    event_nouns: &["peristiwa", "kejadian", "insiden", "kecelakaan"],
    verdict_words: &[
        "vonis",
        "divonis",
        "memvonis",
        "putusan",
        "dijatuhi",
        "menjatuhkan",
        "memutus",
        "diputus",
    ],
    lasting_words: &["selama"],
    negations: &["tidak", "tak", "belum", "tiada", "bukan"],
    number_words: NUMBER_WORDS,
    ordinals: &[
        ("kedua", 2.0),
        ("ketiga", 3.0),
        ("keempat", 4.0),
        ("kelima", 5.0),
    ],
    number_multipliers: &[("puluh", 10.0), ("ratus", 100.0)],
    teen_words: &["belas"],
    number_connectors: &[],
    target_words: &[
        "target",
        "menargetkan",
        "ditargetkan",
        "menargetkannya",
        "sasaran",
        "proyeksi",
        "diproyeksikan",
        "memproyeksikan",
    ],
    measure_units: &[
        "hektare",
        "hektar",
        "ha",
        "kilometer",
        "km",
        "meter",
        "m",
        "sentimeter",
        "cm",
        "ton",
        "kilogram",
        "kg",
        "gram",
        "liter",
        "persen",
        "derajat",
        "mil",
        "kuintal",
    ],
    asks_measure: &[
        "luas",
        "jarak",
        "panjang",
        "berat",
        "tinggi",
        "kedalaman",
        "lebar",
        "jauh",
        "kuantitas",
        "volume",
        "kuota",
    ],
    scale_words: SCALE_WORDS,
    currencies: CURRENCIES,
    age_units: AGE_UNITS,
    age_cues: AGE_CUES,
    age_suffixes: &[],
    founding_words: &[
        "didirikan",
        "mendirikan",
        "berdiri",
        "pendirian",
        "dibangun",
        "membangun",
        "dibentuk",
        "membentuk",
        "lahir",
        "dilahirkan",
    ],
    future_words: &[
        // What is planned is to come (`scheduled`, `dijadwalkan`, `prévu`).
        "dijadwalkan",
        "direncanakan",
        "ditargetkan",
        "diperkirakan",
        "diharapkan",
        "mendatang",
        "akan",
        "bakal",
        "hendak",
        // `kontes berikutnya`: the next one is to come.
        "berikutnya",
        "selanjutnya",
    ],
    future_endings: &[],
    past_words: &["sudah", "telah", "pernah"],
    interview_words: &[
        "ditemui",
        "dijumpai",
        "dihubungi",
        "dikonfirmasi",
        "diwawancarai",
        "ditanya",
        "ditanyai",
        "dimintai",
        "konferensi",
        "jumpa",
    ],
    venue_words: &[
        "gedung",
        "stadion",
        "lapangan",
        "balai",
        "taman",
        "alun-alun",
        "bandara",
        "stasiun",
        "pelabuhan",
        "terminal",
        "hotel",
        "wisma",
        "aula",
        "masjid",
        "gereja",
        "museum",
        "pasar",
        "jalan",
        "jembatan",
    ],
    copulas: &["adalah", "ialah", "merupakan"],
    place_nouns: &[
        "kecamatan",
        "kapanewon",
        "kemantren",
        "kabupaten",
        "kota",
        "desa",
        "kelurahan",
        "kalurahan",
        "padukuhan",
        "sektor",
        "provinsi",
        "negara",
        "pulau",
        "wilayah",
        "daerah",
        "kampung",
        "dusun",
        "distrik",
        "nagari",
        "pekon",
        "lembang",
        "gampong",
        "banjar",
        "rsud",
        "rumah sakit",
        // A school, as where something happened or someone works (`di sekolah mana`).
        "sekolah",
        "gor",
        // Streets (`di Jalan Metro Tanjung Bunga`, `di jalan mana`).
        "jalan",
        // Buildings where something is held or kept.
        "gedung",
        "aula",
        "katedral",
        "lokasi",
        // Facilities asked by their kind (`di pembangkit mana`).
        "pembangkit",
        "pabrik",
        "tambang",
        "bandara",
        "stadion",
        "penjara",
        "gudang",
        // Rivers, lakes, mountains, hills, valleys and shores, where a thing was found or happened.
        "sungai",
        "danau",
        "gunung",
        "bukit",
        "lembah",
        "pantai",
        "teluk",
        // Where boats berth (`dari dermaga mana`).
        "dermaga",
        "pelabuhan",
    ],
    place_prepositions: PLACE_PREPOSITIONS,
    origin_words: &["dari", "asal"],
    residence_words: &["warga", "penduduk", "penghuni"],
    person_titles: PERSON_TITLES,
    // `Baharuddin alias Daeng Lalo`: the name a person goes by, joined to theirs.
    name_particles: &["bin", "binti", "alias"],
    // The Balinese `I` and `Ni`; the Butonese and Munanese `La` and `Wa` (`La Ode …`);
    // the Sasak nobility's `Lalu` and `Baiq` (`Lalu Ahmad Fahrurrozi`).
    name_openers: &["i", "ni", "la", "wa", "lalu", "baiq"],
    naming_words: &["bernama"],
    organisation_words: ORGANISATION_WORDS,
    organisation_heads: &[
        "pemerintah",
        "kementerian",
        "pemerintahan",
        // Courts, named by the place they serve (`pengadilan negeri Jakarta`).
        "pengadilan",
        "mahkamah",
    ],
    organisation_nouns: ORGANISATION_NOUNS,
    // A non-governmental organisation (`LSM`) may be named anything.
    any_body_nouns: &["lembaga", "instansi", "organisasi", "badan", "pihak", "lsm"],
    company_words: &[
        "perusahaan",
        // A firm hired to build (`kontraktor PT …`).
        "kontraktor",
        "pt",
        // A limited partnership and a sole trader's business (`CV Maju Jaya`, `UD
        // Sinar Tani`): the small companies' forms.
        "cv",
        "ud",
        "tbk",
        "persero",
        "perumda",
        "perum",
        "perseroda",
        "pdam",
        "emiten",
        "startup",
        "maskapai",
        "operator",
        "produsen",
        "bumn",
        "bumd",
    ],
    articles: &["sebuah", "suatu", "sang"],
    name_connectors: &["dan"],
    conjunctions: &["dan"],
    country_adjective_endings: &[],
    interrogatives: INTERROGATIVES,
    pronouns: PRONOUNS,
    range_words: RANGE_WORDS,
    roles: [
        &[
            "bos",
            "kepala",
            "direktur",
            "ceo",
            "pelatih",
            "komandan",
            "pemimpin",
            "pimpinan",
            "kapolres",
            "kapolda",
            "kapolsek",
            "kapolri",
            "nakhoda",
            "manajer",
            // The heads of units and offices, as news writes them shortened (`ka-`
            // for kepala, `dir-` for direktur, `dan-` for komandan): `Kasat Lantas`,
            // `Kapolresta`, `Dirreskrimsus`, `Kajari`, `Dandim`.
            "kapolresta",
            "kapolrestabes",
            "kasat",
            "kasatreskrim",
            "kasatlantas",
            "kasatnarkoba",
            "kanit",
            "kabid",
            "kabag",
            "kadis",
            "kadinkes",
            "kajari",
            "kajati",
            "kalapas",
            "karutan",
            "dirreskrimsus",
            "dirreskrimum",
            "dirresnarkoba",
            "dirlantas",
            "dandim",
            "danrem",
            "danramil",
            "danlanal",
        ],
        &["pendiri"],
        &["presiden", "ketua"],
        &["menteri", "sekretaris"],
        // `Wali Kota`, mayor (its second word a modifier).
        // The heads of a kecamatan and of a kelurahan too (`Camat Sambelia`).
        &["gubernur", "walikota", "wali", "bupati", "camat", "lurah"],
        &["juru"],
        // `kuasa hukum` and `penasihat hukum`, counsel (the criminal procedure code's
        // word for a defendant's lawyer).
        &["pengacara", "advokat", "kuasa", "penasihat"],
        &["insinyur", "arsitek"],
        // Judges (`Ketua majelis hakim, Ratna Dewi Anggraini`), in lower case only (see
        // `ROLES_IN_LOWER_CASE_ONLY`).
        &["hakim"],
        // `Jaksa Penuntut Umum`, the public prosecutor.
        &["jaksa"],
        // Who coordinates an action, a campaign or a relief effort.
        &["koordinator"],
        &["komisioner"],
        &["peneliti"],
        &["inspektur"],
        &["auditor"],
        &["kurator"],
    ],
    role_filler: &[
        "sang",
        "sekaligus",
        "dari",
        "kebijakan",
        "bicara",
        "eksekutif",
    ],
    deputy_words: &["wakil", "deputi"],
    role_modifiers: &[
        "jenderal",
        "utama",
        "eksekutif",
        "umum",
        "pelaksana",
        "kota",
    ],
    leading_verbs: &[
        "memimpin",
        "dipimpin",
        "mengepalai",
        "dikepalai",
        "memimpinnya",
        "mengomandoi",
        "dikomandoi",
        "mengetuai",
        "diketuai",
    ],
    person_only_words: &[
        "penjara",
        "dipenjara",
        "bui",
        "ditahan",
        "ditangkap",
        "tersangka",
        "terdakwa",
        "lahir",
        "meninggal",
        "wafat",
        "tewas",
        "terluka",
        "luka",
        "cedera",
        "menikah",
        "dilantik",
        "berusia",
        // Only a person chairs (a body may lead: `memimpin putaran pendanaan`).
        "mengetuai",
        "diketuai",
    ],
    of_words: &["dari"],
    partitive_words: &["dari", "antara"],
    saying_auxiliaries: &[],
};

/// Abbreviated names of kinds of public bodies, as Indonesian writes them before the
/// place they serve (`Polda Bengkulu`, `Kejari Lombok Timur`), with the common noun of
/// the kind: the police's regional, district and local commands and their
/// directorates and units, prosecutors' offices, regional offices of health and
/// education, prisons, and state schools (`SDN 2 Hadiwarno`, `SMAN 1 Pacitan`).
pub const BODY_ABBREVIATIONS: &[(&str, &str)] = &[
    ("polri", "kepolisian"),
    ("polda", "kepolisian"),
    ("polres", "kepolisian"),
    ("polresta", "kepolisian"),
    ("polrestabes", "kepolisian"),
    ("polsek", "kepolisian"),
    ("ditreskrimsus", "kepolisian"),
    ("ditreskrimum", "kepolisian"),
    ("ditresnarkoba", "kepolisian"),
    ("satreskrim", "kepolisian"),
    ("satresnarkoba", "kepolisian"),
    ("kejagung", "kejaksaan"),
    ("kejati", "kejaksaan"),
    ("kejari", "kejaksaan"),
    ("dinkes", "dinas"),
    ("disdik", "dinas"),
    ("lapas", "penjara"),
    ("rutan", "penjara"),
    ("sd", "sekolah"),
    ("sdn", "sekolah"),
    ("smp", "sekolah"),
    ("smpn", "sekolah"),
    ("sma", "sekolah"),
    ("sman", "sekolah"),
    ("smk", "sekolah"),
    ("smkn", "sekolah"),
];

/// The kind of body an abbreviated name stands for (`polsek` → `kepolisian`), lower
/// case; `None` when `word` abbreviates none.
pub fn body_abbreviation(word: &str) -> Option<&'static str> {
    BODY_ABBREVIATIONS
        .iter()
        .find(|(short, _)| *short == word)
        .map(|(_, noun)| *noun)
}

/// Classifiers: the words a count takes before its noun (`214 unit rumah`, `4.250
/// lembar uang palsu`, `46 ekor trenggiling`), which the count ends with.
pub const CLASSIFIERS: &[&str] = &[
    "unit",
    "lembar",
    "ekor",
    "buah",
    "butir",
    "batang",
    "helai",
    "biji",
    "potong",
    "pucuk",
    "bidang",
    "petak",
    "keping",
    "dosis",
    "eksemplar",
    // Cases, as news counts them (`11 kasus serangan buaya`).
    "kasus",
];

/// The heads of a unit inside a body (`Kasat Reskrim Polres Muaro Jambi`, the head of
/// the district police's criminal investigation unit), not of the body: "the Muaro
/// Jambi police chief" is its `Kapolres`.
pub const UNIT_CHIEFS: &[&str] = &[
    "kasat",
    "kasatreskrim",
    "kasatlantas",
    "kasatnarkoba",
    "kanit",
    "kabid",
    "kabag",
];

/// The legal forms written before a company's name (`PT Angkasa Pura`, `CV Maju Jaya`,
/// `Perumda Air Minum`), lower case.
pub const COMPANY_PREFIXES: &[&str] = &["pt", "cv", "ud", "perum", "perumda"];

/// Venue words that also head a public body's name (`Balai Besar Veteriner`, `Balai
/// Karantina Hewan`: a ministry's technical unit), unless a noun of place follows
/// (`Balai Desa`, the village hall; `Balai Kota`, the town hall).
pub const VENUES_HEADING_BODIES: &[&str] = &["balai"];

/// Words opening a sentence before a body's name without being part of it: `Pihak
/// Perum Jasa Tirta II menyatakan …` (the party of), `Jajaran Polres …` (the ranks
/// of).
pub const BODY_OPENERS: &[&str] = &["pihak", "jajaran"];

/// Words of a question asking what someone said or thinks.
pub const ASKS_SAID: &[&str] = &[
    "kata",
    "berkata",
    "mengatakan",
    "dikatakan",
    "bilang",
    "ujar",
    "ucap",
    "pendapat",
    "komentar",
];
/// Words of a question asking whom someone met.
pub const ASKS_MET: &[&str] = &["bertemu", "ditemui", "menemui", "temui", "pertemuan"];
/// "How many".
pub const ASKS_HOW_MANY: &[&str] = &["berapa"];
/// Words between "berapa" and the noun it asks the quantity of, saying how the quantity
/// is taken (`berapa jumlah`, `berapa taksiran nilai`, `berapa rata-rata`).
pub const QUANTITY_QUALIFIERS: &[&str] = &[
    "jumlah",
    "banyak",
    "besar",
    "total",
    "taksiran",
    "perkiraan",
    "estimasi",
    "kira-kira",
    "rata-rata",
    "sekitar",
];
/// "When".
pub const ASKS_WHEN: &[&str] = &["kapan"];
/// "Who".
pub const ASKS_WHO: &[&str] = &["siapa"];
/// Words that introduce the topic of a question.
pub const ABOUT: &[&str] = &["tentang", "soal", "mengenai", "terkait"];
/// Words of a question that are neither speaker nor topic.
pub const QUESTION_WORDS: &[&str] = &["apa", "yang", "oleh", "dengan"];
/// Question words that stop-word lists leave in but that say nothing about what a
/// query seeks.
pub const QUERY_FILLER: &[&str] = &["apa", "siapa", "berapa", "kapan", "bagaimana"];

/// The months.
pub const MONTHS: &[&str] = &[
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
];
/// The days of the week.
pub const DAYS: &[&str] = &[
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
];
/// Other words of time that show a passage tells when something happened.
pub const TIME_WORDS: &[&str] = &["kemarin", "tahun", "bulan", "pekan"];
/// Pieces of words that show a passage tells of a meeting, looked for anywhere in its
/// lower-cased text.
pub const MEETING_STEMS: &[&str] = &["bertemu", "pertemuan"];

/// Attribution verbs written after a quotation (`…,” kata X`).
pub const SAYING_VERBS_AFTER: &[&str] = &[
    "kata", "ujar", "ungkap", "jelas", "jawab", "tutur", "tambah", "lanjut", "imbuh", "tegas",
    "papar", "terang", "sebut", "tulis", "ucap",
];
/// Verbs of saying written after the speaker, before the quotation (`X mengatakan:`).
pub const SAYING_VERBS_BEFORE: &[&str] = &[
    "mengatakan",
    "berkata",
    "menyatakan",
    "menjelaskan",
    "menegaskan",
];
/// Words that introduce a source before a quotation (`menurut X,`).
pub const SOURCE_WORDS: &[&str] = &["menurut"];

/// Words of a question asking where (`di mana`, `ke mana`).
pub const ASKS_WHERE: &[&str] = &["mana", "dimana", "kemana"];
/// Phrases of a question asking how old someone is.
pub const ASKS_AGE: &[&str] = &[
    "berapa umur",
    "berapa usia",
    "umur berapa",
    "usia berapa",
    "umurnya berapa",
    "usianya berapa",
    "berusia berapa",
];
/// Words of a question asking for an amount of money.
pub const ASKS_MONEY: &[&str] = &[
    // Sums granted, lent, owed or paid.
    "hibah",
    "subsidi",
    "utang",
    "pinjaman",
    "kredit",
    "sewa",
    "tebusan",
    "pendanaan",
    "harga",
    "biaya",
    "nilai",
    "dana",
    "investasi",
    "menginvestasikan",
    "diinvestasikan",
    "anggaran",
    "defisit",
    "modal",
    "membayar",
    "dibayar",
    "bayar",
    "dibayarkan",
    "tarif",
    "ongkos",
    "menghabiskan",
    "belanja",
    "pendapatan",
    // What is gained or lost, paid as a penalty or a wage: sums too.
    "kerugian",
    "rugi",
    "laba",
    "keuntungan",
    "omzet",
    "gaji",
    "denda",
    "suap",
    "uang",
    // Compensation paid, money embezzled, aid: sums whatever the question counts in.
    "bantuan",
    "santunan",
    "kompensasi",
    "korupsi",
    "dikorupsi",
    "menggelapkan",
    "digelapkan",
    // Sums offered to draw or reward someone.
    "insentif",
    "bonus",
    "tunjangan",
    "imbalan",
    // Arrears, income, revenue, premiums and bail: sums owed, earned or paid.
    "tunggakan",
    "pemasukan",
    "penerimaan",
    "penghasilan",
    "premi",
    "jaminan",
    // Sums saved (`berapa yang dihemat`).
    "menghemat",
    "dihemat",
    "penghematan",
    // Bills owed or paid (`berapa tagihan air`).
    "tagihan",
];
/// Numbers written as words.
pub const NUMBER_WORDS: &[(&str, f64)] = &[
    ("satu", 1.0),
    ("dua", 2.0),
    ("tiga", 3.0),
    ("empat", 4.0),
    ("lima", 5.0),
    ("enam", 6.0),
    ("tujuh", 7.0),
    ("delapan", 8.0),
    ("sembilan", 9.0),
    ("sepuluh", 10.0),
    ("sebelas", 11.0),
    ("belasan", 10.0),
    ("puluhan", 10.0),
    ("seratus", 100.0),
    ("ratusan", 100.0),
    ("seribu", 1000.0),
    ("ribuan", 1000.0),
    ("sejuta", 1e6),
];
/// Words that multiply the number before them.
pub const SCALE_WORDS: &[(&str, f64)] = &[
    ("ribu", 1e3),
    ("juta", 1e6),
    ("miliar", 1e9),
    ("milyar", 1e9),
    ("triliun", 1e12),
];
/// Currencies.
pub const CURRENCIES: &[&str] = &[
    "rupiah", "rp", "dolar", "euro", "yen", "won", "yuan", "ringgit", "shilling", "rupee", "baht",
    "peso", "riyal", "dinar", "dirham",
];
/// Words after a number that make it an age, given a cue (`berusia 39 tahun`).
pub const AGE_UNITS: &[&str] = &["tahun"];
/// Words before a number that make it an age.
pub const AGE_CUES: &[&str] = &["berusia", "umur", "usia", "umurnya", "usianya"];
/// Prepositions before a place.
pub const PLACE_PREPOSITIONS: &[&str] = &["di", "ke", "dari", "asal", "dekat"];
/// Role nouns that are roles in lower case only: capitalised, they are as often a
/// person's name (`Muhammad Yusuf Hakim`).
pub const ROLES_IN_LOWER_CASE_ONLY: &[&str] = &["hakim"];
/// Legal forms written first in a company's name (`PT Pertamina`, `CV Borneo Tata
/// Persada`, `Perumda Air Minum Tirta Satria`), lower case.
pub const NAME_OPENING_FORMS: &[&str] = &["pt", "cv", "ud", "perum", "perumda"];
/// Ranks of Indonesia's police spelled out in words before a name, as news writes
/// them once in full (`Komisaris Besar Polisi Arya Mahendra Putra`), lower case, words
/// parted by one space; the longest that fits is taken.
pub const SPELLED_RANKS: &[&str] = &[
    "ajun komisaris besar polisi",
    "komisaris besar polisi",
    // Often written without `polisi`.
    "ajun komisaris besar",
    "komisaris besar",
    "ajun komisaris polisi",
    "komisaris polisi",
    "inspektur polisi satu",
    "inspektur polisi dua",
    "brigadir jenderal polisi",
    "inspektur jenderal polisi",
    "komisaris jenderal polisi",
    "jenderal polisi",
];

/// Titles before a person's name.
pub const PERSON_TITLES: &[&str] = &[
    "pak",
    "bu",
    "bapak",
    "ibu",
    "dr",
    "prof",
    "sdr",
    "tuan",
    "nyonya",
    "perwira",
    "akbp",
    "kombes",
    // `Kombes Pol`, `Irjen Pol`: of the police, after the rank.
    "pol",
    "kompol",
    "akp",
    "iptu",
    "ipda",
    "aiptu",
    "aipda",
    "bripka",
    "brigadir",
    "briptu",
    "bripda",
    "brigjen",
    "irjen",
    "komjen",
    "kolonel",
    "letkol",
    "mayor",
    "mayjen",
    "letjen",
    "kapten",
    "letnan",
    "lettu",
    "letda",
    "sersan",
    "serka",
    "serma",
    "serda",
    "peltu",
    "pelda",
    "praka",
    "pratu",
    // An army officer's corps, after the rank (`Letkol Inf`, `Mayor Czi`, `Kapten Arh`).
    "inf",
    "kav",
    "arh",
    "czi",
    "cpn",
    "ckm",
    "chb",
    "cba",
    "cku",
    "cke",
    "cpm",
    "caj",
    "laksamana",
    "marsekal",
    "ir",
    // A social science graduate, a man (`Drs.`) or a woman (`Dra.`).
    "drs",
    "dra",
    // A veterinarian's and a pharmacist's degree (`drh.`, `apt.`).
    "drh",
    "apt",
    "hj",
    "haji",
    "kh",
    "ustaz",
    // A married woman (`Ny. Ribka Gosal`).
    "ny",
];
/// Words that make a capitalised name an organisation's, not a person's (lower case).
pub const ORGANISATION_WORDS: &[&str] = &[
    // A laboratory and a prosecutor's office, as their names begin (`Laboratorium
    // Forensik`, `Kejaksaan Negeri Bulukumba`), and a region's inspectorate
    // (`Inspektorat Kabupaten Bangkalan`).
    "laboratorium",
    "kejaksaan",
    "inspektorat",
    "kementerian",
    "badan",
    "komisi",
    "dewan",
    "bank",
    "universitas",
    "partai",
    "pemerintah",
    "perusahaan",
    "kantor",
    // A body's branch, a word of its name (`BPJS Kesehatan Cabang Jember`), never a
    // person's.
    "cabang",
    "lembaga",
    "asosiasi",
    "summit",
    "grup",
    "pt",
    "tbk",
    "persero",
    "cv",
    "ud",
    "klub",
    "fc",
    "direktorat",
    "dinas",
    "otoritas",
    "institut",
    "yayasan",
    "pemerintahan",
    "majelis",
    "mahkamah",
    "polda",
    "kepolisian",
    "persatuan",
    "federasi",
    "capital",
    "ventures",
    "perumda",
    "perum",
    "perseroda",
    "pdam",
    "serikat",
    "koperasi",
    "komite",
    "panitia",
    "aliansi",
    "koalisi",
    "gerakan",
    "himpunan",
    "ikatan",
];
/// Common nouns that introduce an organisation's name, and that a question names
/// when it asks for one (lower case).
pub const ORGANISATION_NOUNS: &[&str] = &[
    "perusahaan",
    // Consortiums and shipyards, as builders (`galangan mana yang membangun kapal itu`).
    "konsorsium",
    "galangan",
    // Parties and non-governmental organisations (`partai apa`).
    "partai",
    "lsm",
    // A unit of a force or a service (`unit kepolisian apa`).
    "unit",
    // Public services and their offices, as a question asks them (`dinas apa`,
    // `kepolisian negara mana`).
    "dinas",
    "kantor",
    "direktorat",
    "kepolisian",
    "dewan",
    "laboratorium",
    "kejaksaan",
    // A body's local unit (`Perwakilan Sumatera Utara`, `cabang Jember`).
    "perwakilan",
    "cabang",
    "startup",
    "raksasa",
    "emiten",
    "klub",
    "bank",
    "lembaga",
    "instansi",
    "organisasi",
    "badan",
    "kementerian",
    "universitas",
    "tim",
    "maskapai",
    "produsen",
    "pengembang",
    "operator",
    // Trading firms (`distributor pupuk CV Tani Makmur`).
    "distributor",
    "pemasok",
    "eksportir",
    "importir",
    // A public programme, as a funder (`program apa yang mendanai pasar itu`).
    "program",
    "firma",
    "grup",
    "investor",
    "serikat",
    "koperasi",
    // Farmers' and volunteers' groups (`Kelompok Tani Ternak …`, `Gapoktan …`).
    "kelompok",
    "gapoktan",
    "paguyuban",
    "komunitas",
    "aliansi",
    "koalisi",
    "asosiasi",
    "federasi",
    "kolektif",
    "yayasan",
    "perumda",
    "perum",
    "bumn",
    "bumd",
    // Regulators and public authorities.
    "otoritas",
    "komisi",
    // Courts, as bodies a question asks (`which court`).
    "pengadilan",
    "mahkamah",
];
/// The words that make a sentence a question.
pub const INTERROGATIVES: &[&str] = &["apa", "berapa", "siapa", "kapan", "mana", "bagaimana"];
/// Pronouns and sentence openers, written with a capital at a sentence's start but
/// never a name (lower case).
pub const PRONOUNS: &[&str] = &[
    "saya",
    "aku",
    "anda",
    "kamu",
    "dia",
    "ia",
    "beliau",
    "kami",
    "kita",
    "mereka",
    "namun",
    "tetapi",
    "pada",
    "dalam",
    "sementara",
    "selain",
    "sebelumnya",
    "kini",
    "saat",
];
/// Words between the two ends of a range of numbers (`$60 miliar hingga $65 miliar`).
pub const RANGE_WORDS: &[&str] = &["hingga", "sampai", "-", "–", "—"];

/// Particles (`-lah`, `-kah`, `-tah`, `-pun`), in the order the stemmer strips them.
pub const PARTICLES: &[&str] = &["lah", "kah", "tah", "pun"];
/// Possessive enclitics (`-ku`, `-mu`, `-nya`), in the order the stemmer strips them.
pub const POSSESSIVES: &[&str] = &["ku", "mu", "nya"];

/// Frequent words that French text doesn't use: one of them in a passage of a French
/// article makes detection look at it.
pub const MARKERS: &[&str] = &[
    "yang", "dan", "di", "dengan", "untuk", "dari", "ini", "itu", "dalam", "tidak", "akan", "pada",
    "adalah", "juga", "karena", "bahwa",
];
/// The commonest words, frequent in Indonesian and not in the detector's other
/// languages: what detection by function words counts.
pub const FUNCTION_WORDS: &[&str] = &[
    "yang", "dan", "di", "dengan", "untuk", "dari", "ini", "itu", "dalam", "tidak", "akan", "pada",
    "adalah", "juga", "ke", "karena", "oleh", "bahwa", "telah", "atau",
];
/// Words only Indonesian uses among the two languages analysed, for judging a short
/// passage.
pub const PASSAGE_WORDS: &[&str] = &[
    "yang", "dan", "di", "ke", "dari", "dengan", "untuk", "ini", "itu", "dalam", "tidak", "akan",
    "pada", "adalah", "juga", "karena", "bahwa", "oleh", "atau", "sudah", "telah", "bisa", "ada",
    "saat", "kata", "ujar", "soal", "tentang", "kepada", "para", "sebuah", "seorang", "mereka",
    "kami", "kita", "ia", "dia", "namun", "tetapi", "belum", "masih", "lebih", "sangat", "menurut",
    "setelah", "sebelum", "depan", "atas", "bawah", "antara", "tersebut", "secara",
];
