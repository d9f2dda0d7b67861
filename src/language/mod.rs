//! The languages cari knows, in one place: the `Lang` of a text (what the index and the
//! JSON output record), the `Tongue` of a lexicon, how each maps to an analyser, and one
//! profile per language holding its word classes (question words, query filler, verbs
//! of saying and meeting, date words, clitics, detection's function words).
//!
//! Each language has its own module (`id`, `fr`, and `en`, English being a language of
//! queries only) with its word classes as named consts, and one row in `PROFILES`. Code
//! that looks for a class of words in any language asks `any` (the union over the
//! table); code that needs one language's words names them (`id::PARTICLES`).
//! Detection lives in `detect` (at index time over words hashed once, `word_hash`);
//! the names of countries and world regions in `territories`.
//!
//! # Adding a language
//!
//! Write `xx.rs` after `fr.rs` (its `PROFILE` and word classes, each an empty list
//! where the language has none) and add `xx::PROFILE` to `PROFILES`. That teaches
//! question reading, query filler and quotation finding the language's words. What
//! else must change for its articles to be analysed as that language: a `Lang` variant
//! (and its code), its function words in `detect` (and its whatlang code among
//! `DETECTOR_LANGS`), an analyser (an `AnalyzerKind`, its body field in the index
//! schema, its stop-word data under `analysis/data`, and a stemmer), and, for
//! cross-language search, a `Tongue` and the lexicons to and from it under
//! `translate/data`.

pub(crate) mod detect;
pub(crate) mod en;
pub(crate) mod fr;
pub(crate) mod id;
pub(crate) mod territories;
pub(crate) mod word_hash;

use std::borrow::Cow;

use crate::analysis::AnalyzerKind;

pub use detect::{
    ARTICLE_SAMPLE_BYTES, detect, detect_article, detect_passage, detect_passage_hashed,
};
pub use territories::{is_territory, kind_of as territory_kind};
pub use word_hash::PassageWords;

/// The language of a text as far as analysis is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, clap::ValueEnum)]
pub enum Lang {
    /// Indonesian.
    Id,
    /// French.
    Fr,
    /// Not offered on the command line: `--lang` chooses between the two analysed.
    #[value(skip)]
    Other,
}

impl Lang {
    /// The code used in the index, the JSON output and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::Fr => "fr",
            Lang::Other => "other",
        }
    }

    /// The language of a code (`id`, `fr`, `other`).
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "id" => Some(Lang::Id),
            "fr" => Some(Lang::Fr),
            "other" => Some(Lang::Other),
            _ => None,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The languages of the lexicons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tongue {
    /// English.
    En,
    /// French.
    Fr,
    /// Indonesian.
    Id,
}

impl Tongue {
    /// The code of the language (as `expansion` writes it in the JSON output).
    pub fn code(self) -> &'static str {
        match self {
            Tongue::En => "en",
            Tongue::Fr => "fr",
            Tongue::Id => "id",
        }
    }
}

/// The analyser a text (a passage) in language `lang` is indexed with: its own, or the
/// neutral one. One only: a second, neutral copy of every passage cost a third of the
/// build, and queries reach the language fields with their neutral terms instead (see
/// `Fields::fields_for`).
impl From<Lang> for AnalyzerKind {
    fn from(lang: Lang) -> AnalyzerKind {
        match lang {
            Lang::Id => AnalyzerKind::Id,
            Lang::Fr => AnalyzerKind::Fr,
            Lang::Other => AnalyzerKind::Neutral,
        }
    }
}

/// The analyser of words of a lexicon's language: English words are in the neutral
/// field.
impl From<Tongue> for AnalyzerKind {
    fn from(tongue: Tongue) -> AnalyzerKind {
        match tongue {
            Tongue::Id => AnalyzerKind::Id,
            Tongue::Fr => AnalyzerKind::Fr,
            Tongue::En => AnalyzerKind::Neutral,
        }
    }
}

/// One language's word classes. A class the language lacks is empty.
#[derive(Debug)]
pub struct Profile {
    /// The language of articles, if articles in it are analysed as their own.
    pub lang: Option<Lang>,
    /// The language of its lexicons.
    pub tongue: Tongue,
    /// Words of a question asking what someone said or thinks.
    pub asks_said: &'static [&'static str],
    /// Words of a question asking whom someone met.
    pub asks_met: &'static [&'static str],
    /// "How many", in one word.
    pub asks_how_many: &'static [&'static str],
    /// "When".
    pub asks_when: &'static [&'static str],
    /// "Who".
    pub asks_who: &'static [&'static str],
    /// Words that introduce the topic of a question.
    pub about: &'static [&'static str],
    /// Words of a question that are neither speaker nor topic.
    pub question_words: &'static [&'static str],
    /// Question words and verbs of asking that say nothing about what a query seeks.
    pub query_filler: &'static [&'static str],
    /// The months, January first (lower case).
    pub months: &'static [&'static str],
    /// The days of the week, Monday first (lower case).
    pub days: &'static [&'static str],
    /// Whether the language writes month and day names with a capital (English):
    /// written otherwise (`may`, `march`), the word is something else.
    pub capitalised_dates: bool,
    /// Other words that show a passage tells when something happened.
    pub time_words: &'static [&'static str],
    /// Pieces of words that show a passage tells of a meeting.
    pub meeting_stems: &'static [&'static str],
    /// Attribution verbs written after a quotation.
    pub saying_verbs_after: &'static [&'static str],
    /// Verbs of saying written after the speaker, before a quotation.
    pub saying_verbs_before: &'static [&'static str],
    /// Words that introduce a source before a quotation.
    pub source_words: &'static [&'static str],
    /// Words of a question asking where.
    pub asks_where: &'static [&'static str],
    /// Phrases of a question asking how old someone is (`how old`, `berapa umur`).
    pub asks_age: &'static [&'static str],
    /// Phrases of a question asking what something is called (`what is the name of`,
    /// `comment s'appelle`, `apa nama`), lower case: who or what, by the noun after.
    pub asks_name: &'static [&'static str],
    /// Words of a question asking for an amount of money (a price, a cost, a sum).
    pub asks_money: &'static [&'static str],
    /// Nouns of a share (`percentage`, `persen`, `pourcentage`): beside a question word
    /// they ask a number given in percent.
    pub asks_share: &'static [&'static str],
    /// Units of time a number may last (`menit`, `hours`, `jours`): a span, no count
    /// of anything the question may count.
    pub duration_units: &'static [&'static str],
    /// Words of a question asking how long something lasts (`berapa lama`, `how
    /// long`, `combien de temps`).
    pub asks_duration: &'static [&'static str],
    /// Words of a question asking a sum or a count in all (`total`, `jumlah`, `en
    /// tout`'s `tout`).
    pub total_words: &'static [&'static str],
    /// Words of building (`build`, `pembangunan`, `construction`): what a thing cost to
    /// build was paid once, not by the month or the head.
    pub building_words: &'static [&'static str],
    /// Words after a sum or a count that make it a rate (`Rp 25.000 per ekor`, `par
    /// tête`, `each`).
    pub rate_words: &'static [&'static str],
    /// Number words that tell a rough size, not a count (`puluhan`, `dozens`,
    /// `des centaines`).
    pub rough_numbers: &'static [&'static str],
    /// Words before a date that make it the end of a span (`hingga`, `until`,
    /// `jusqu'au`); before a question's "when", they ask that end (`sampai kapan`).
    pub until_words: &'static [&'static str],
    /// Verbs saying something began (`dimulai`, `started`, `a débuté`): asked when
    /// something began, the date a sentence writes with one is that start.
    pub start_words: &'static [&'static str],
    /// Words before a deadline (`paling lambat Jumat`, `d'ici au vendredi 4 décembre`,
    /// `no later than Friday`), and in a question asking one (`by which day`, `d'ici
    /// quelle date`).
    pub deadline_words: &'static [&'static str],
    /// Words before a date that starts a state still going on (`since March`,
    /// `depuis mars`, `sejak Maret`).
    pub since_words: &'static [&'static str],
    /// Words of a court's ruling (`vonis`, `jugement`, `sentenced`): the day written
    /// with them is the trial's, not the day of the events tried.
    pub verdict_words: &'static [&'static str],
    /// Nouns a report tells the day of the events by (`Les faits remontent au mardi 17
    /// mars`, `Peristiwa itu terjadi pada …`).
    pub event_nouns: &'static [&'static str],
    /// Words before a span of time that say how long something lasted (`pendant
    /// quarante ans`, `selama enam tahun`, `for forty years`): no one's age.
    pub lasting_words: &'static [&'static str],
    /// Words denying what a clause says (`not`, `plus` of `n'… plus`, `tidak`): a
    /// state denied since a date tells when it last held (`no mass since 15 August`).
    pub negations: &'static [&'static str],
    /// Numbers written as words, with their values.
    pub number_words: &'static [(&'static str, f64)],
    /// Ordinal words from the second on, and their rank (`second`, `kedua`,
    /// `deuxième`): "the second hub" is the one an article says is second.
    pub ordinals: &'static [(&'static str, f64)],
    /// Words that multiply the number words before them inside one number (`dua
    /// puluh` 20, `tiga ratus` 300, `three hundred`, `deux cents`), with the factor.
    pub number_multipliers: &'static [(&'static str, f64)],
    /// Words that make the number word before them a teen (`dua belas` 12).
    pub teen_words: &'static [&'static str],
    /// Words joining the parts of a number written in words (`vingt et un`, `two
    /// hundred and five`).
    pub number_connectors: &'static [&'static str],
    /// Words that make the number after them in a sentence a target or a forecast, not
    /// what happened (`menargetkan`, `vise`, `target`), lower case.
    pub target_words: &'static [&'static str],
    /// Units of measure (`hektare`, `kilomètres`, `tonnes`, `%`…), lower case: what a
    /// number measures rather than counts.
    pub measure_units: &'static [&'static str],
    /// Words of a question asking a size, a distance or a weight (`luas`, `superficie`,
    /// `how far`), lower case: a measure answers it.
    pub asks_measure: &'static [&'static str],
    /// Words that multiply the number before them (`juta`, `milliards`), with the factor.
    pub scale_words: &'static [(&'static str, f64)],
    /// Currencies, as words or symbols (lower case).
    pub currencies: &'static [&'static str],
    /// Words after a number that can make it an age (`tahun`, `ans`), given a cue.
    pub age_units: &'static [&'static str],
    /// Words right before a number (or its unit) that make it an age (`berusia`,
    /// `âgé de`, `aged`).
    pub age_cues: &'static [&'static str],
    /// What follows a number to make it an age without any other cue (`-year-old`).
    pub age_suffixes: &'static [&'static str],
    /// Verbs and nouns of a question about a beginning (founding, building, birth):
    /// its answer is more often a year than a day (`didirikan`, `fondée`, `founded`).
    pub founding_words: &'static [&'static str],
    /// Words that put a question in the future (`akan`, `seront`, `will`), lower case:
    /// its answer is a date after the article's.
    pub future_words: &'static [&'static str],
    /// Endings of verbs in the future (`démoliront`), lower case.
    pub future_endings: &'static [&'static str],
    /// Auxiliaries that put a question in the past (`was`, `a-t-il`, `sudah`), lower
    /// case: its answer is no date after the article's.
    pub past_words: &'static [&'static str],
    /// Words of a reporter meeting or reaching a speaker, written after "when"
    /// (`saat ditemui`, `ketika dihubungi`, `when contacted`, `lors d'une conférence de
    /// presse`), lower case: that "when" tells where someone spoke, not the event told.
    pub interview_words: &'static [&'static str],
    /// Words that make a capitalised name a venue's or a building's (`Arena`,
    /// `Stade`, `Gedung`), lower case.
    pub venue_words: &'static [&'static str],
    /// The verb "to be" as a question writes it after "who" (`is`, `est`, `adalah`),
    /// lower case.
    pub copulas: &'static [&'static str],
    /// Nouns of the kinds of places a question asks (`district`, `kecamatan`, `ville`)
    /// and that head a place's name (`Kecamatan Alok`, `Desa Sukamaju`, `Naujan town`),
    /// lower case.
    pub place_nouns: &'static [&'static str],
    /// Prepositions written before a place (`di`, `à`, `in`).
    pub place_prepositions: &'static [&'static str],
    /// Of those and others, the words telling where something comes from (`dari`,
    /// `from`, `d'où`), lower case.
    pub origin_words: &'static [&'static str],
    /// Nouns of who lives somewhere, written before the place (`warga Desa Sarangan`,
    /// `habitante de Chaudes-Aigues`, `a resident of Toowoomba`), lower case.
    pub residence_words: &'static [&'static str],
    /// Titles and ranks written before a person's name (`Pak`, `M.`, `Mr`, `AKBP`,
    /// `Maître`), lower case.
    pub person_titles: &'static [&'static str],
    /// Small words inside a person's name, written with a capital (`Le` of `Olivier
    /// Le Gall`, `Van` of `Lisa Van Dijk`), lower case: never its first or last word.
    pub name_particles: &'static [&'static str],
    /// Small words that open a person's name before at least two names of it (the
    /// Balinese `I` and `Ni` of `I Gede Darmawan`, `Ni Luh Putu Ari`), lower case.
    pub name_openers: &'static [&'static str],
    /// Words saying the name after them is what someone is called (`bernama`,
    /// `nommé`, `named`), lower case.
    pub naming_words: &'static [&'static str],
    /// Words that make a capitalised name an organisation's or an event's, not a
    /// person's (`Kementerian`, `Ministère`, `Summit`, `PT`, `Inc`), lower case.
    pub organisation_words: &'static [&'static str],
    /// Of those, the ones that name an organisation by themselves when written in
    /// lower case before what they govern (`le gouvernement japonais`, `pemerintah
    /// Jepang`, `le ministère de l'Intérieur`).
    pub organisation_heads: &'static [&'static str],
    /// Common nouns that introduce an organisation's name (`perusahaan DeepSeek`, `la
    /// société Nexalis`, `the company Brightwave`), and that a question names when it
    /// asks for one (`which company`, `perusahaan apa`, `quelle entreprise`), lower case.
    pub organisation_nouns: &'static [&'static str],
    /// Of the organisation nouns, those naming any kind of body (`lembaga`, `body`,
    /// `organisme`): a question asking for one leaves every kind of body possible.
    pub any_body_nouns: &'static [&'static str],
    /// Of the organisation words and nouns, those of a business (`company`, `PT`,
    /// `Perumda`, `société`, `SA`), lower case: a question asking for a company is
    /// answered surer by a name holding one.
    pub company_words: &'static [&'static str],
    /// Articles before a noun (`sebuah`, `une`, `the`), lower case.
    pub articles: &'static [&'static str],
    /// Small words inside an organisation's name (`Bank of England`, `Banque de
    /// France`, `Kementerian Pekerjaan Umum dan Perumahan Rakyat`), lower case.
    pub name_connectors: &'static [&'static str],
    /// Of those, the ones joining two names rather than a head to what it governs
    /// (`and`, `et`, `dan`): `pemerintah dan TNI` is two bodies, not one.
    pub conjunctions: &'static [&'static str],
    /// Endings of the lower-case adjectives of a country written after an
    /// organisation's head (`japonais`, `indonésien`, `britannique`).
    pub country_adjective_endings: &'static [&'static str],
    /// The words that make a sentence a question (`what`, `quel`, `berapa`).
    pub interrogatives: &'static [&'static str],
    /// Pronouns and sentence openers (`Anda`, `Namun`, `Il`), never a name (lower case).
    pub pronouns: &'static [&'static str],
    /// Words between the two ends of a range of numbers (`hingga`, `à`, `to`, `–`).
    pub range_words: &'static [&'static str],
    /// Role nouns, one list per kind of role (see `ROLE_KINDS`), lower case: a role in
    /// a quotation's attribution (`le patron de Meta`) is resolved to the person the
    /// article names in a role of the same kind.
    pub roles: [&'static [&'static str]; ROLE_KINDS],
    /// Other words that can stand in a role phrase before a name (`le`, `dari`, `the`).
    pub role_filler: &'static [&'static str],
    /// Words that make a role of two words, written with a capital or not (`Direktur
    /// Jenderal`, `Direktur Utama`, `Secretary General`, `directeur général`), lower
    /// case: part of the role, never of a name.
    pub role_modifiers: &'static [&'static str],
    /// Words making a role the deputy's (`Wakil Bupati`, `deputy mayor`, `maire
    /// adjoint`), lower case: the deputy doesn't hold the role asked.
    pub deputy_words: &'static [&'static str],
    /// Verbs of leading (`memimpin`, `commande`, `heads`), lower case: a question
    /// holding one asks for a chief.
    pub leading_verbs: &'static [&'static str],
    /// Words of what only befalls a person (prison, arrest, birth, death, wounds),
    /// lower case: a "who" holding one isn't answered by an organisation.
    pub person_only_words: &'static [&'static str],
    /// "Of" between a role and its organisation (`de`, `dari`, `of`).
    pub of_words: &'static [&'static str],
    /// Words opening a clause that names a whole before a part of it (`Dari 23
    /// sumber air, delapan …`, `Sur les 23 sources, huit …`, `Of the 32,000 schools,
    /// 23,000 …`), lower case.
    pub partitive_words: &'static [&'static str],
    /// Auxiliaries written before a verb of saying (`a déclaré`).
    pub saying_auxiliaries: &'static [&'static str],
}

/// The kinds of role, in the order of `Profile::roles`: chief, founder, president,
/// minister, governor or mayor, spokesperson, lawyer, engineer, judge, prosecutor,
/// coordinator, commissioner, researcher, inspector, auditor, curator.
pub const ROLE_KINDS: usize = 16;

/// Administrative divisions, each with the words the three languages name it by: a
/// reader asks "in which district" of a town an Indonesian article places in a
/// `Kecamatan`, and the dictionaries know neither. A word may name two levels
/// (`district`, a regency or its subdivision).
pub const DIVISIONS: &[&[&str]] = &[
    // A regency's or a city's subdivision.
    &[
        "kecamatan",
        // Yogyakarta's names of a regency's and a city's subdivisions.
        "kapanewon",
        "kemantren",
        "distrik",
        "district",
        "subdistrict",
        "sub-district",
        "arrondissement",
        "sous-district",
    ],
    // A province's subdivision.
    &["kabupaten", "regency", "district", "county", "comté"],
    // A village and what Indonesian regions call it.
    &[
        "desa",
        "kelurahan",
        "kalurahan",
        "nagari",
        "pekon",
        "gampong",
        "kampung",
        // Tana Toraja's and North Toraja's.
        "lembang",
        "village",
        "localité",
    ],
    &["provinsi", "province"],
    // A town's neighbourhood: Indonesia's urban village.
    &["kelurahan", "quartier", "neighbourhood", "neighborhood"],
];

/// Kinds of body, each with the words the three languages name it by: a reader asks
/// "which foundation" of a body an Indonesian article calls a `Yayasan`, and the
/// dictionaries translate `foundation` as `asas`, a principle.
pub const BODY_KINDS: &[&[&str]] = &[
    &["foundation", "fondation", "yayasan"],
    // A unit of a force (`la brigade de recherches de Niort` for "unit apa").
    &["unit", "unité", "satuan", "brigade", "squad"],
    // A lender: a bank, a Quebec `caisse`, a financial institution.
    &[
        "bank",
        "banque",
        "caisse",
        "financial",
        "financière",
        "financier",
    ],
    &["university", "université", "universitas"],
    // A government office, which Indonesian calls a `Dinas` (`Kepala Dinas Pendidikan`
    // for "the head of the education office").
    &["office", "bureau", "dinas", "kantor", "biro"],
    &[
        "insurer",
        "insurance",
        "assureur",
        "assurance",
        "mutuelle",
        "asuransi",
    ],
    &[
        "hospital",
        "hôpital",
        "clinic",
        "clinique",
        "rsud",
        "rumah sakit",
    ],
    &["school", "école", "collège", "lycée", "sekolah", "madrasah"],
    &["laboratory", "lab", "laboratoire", "laboratorium"],
    &["ministry", "ministère", "kementerian"],
    &["union", "syndicat", "serikat"],
    &[
        "cooperative",
        "co-operative",
        "co-op",
        "coop",
        "coopérative",
        "koperasi",
        "sacco",
    ],
    &[
        "association",
        "asosiasi",
        "perkumpulan",
        "persatuan",
        "ikatan",
    ],
    &["party", "parti", "partai"],
    &["church", "église", "gereja"],
    &["court", "tribunal", "cour", "pengadilan", "mahkamah"],
    &[
        "army", "military", "armée", "tentara", "tni", "kodim", "korem",
    ],
    &["customs", "douane", "douanes", "bea", "cukai"],
    &["institute", "institut", "lembaga"],
    // A non-governmental organisation, which Indonesian registers as a foundation
    // (`l'ONG Action Médicale pour l'Ituri`, `Yayasan Kakao Lestari Nusantara`).
    &["ngo", "ong", "lsm", "yayasan"],
];

/// The other words of the kinds of body `word` (lower case) names, itself left out.
pub fn same_body_kind(word: &str) -> impl Iterator<Item = &'static str> + '_ {
    same_row(BODY_KINDS, word)
}

/// Nouns of a unit inside a body, in the three languages: a question naming one asks
/// for the head of a unit (`the traffic police unit`), whom `id::UNIT_CHIEFS` name.
pub const UNIT_NOUNS: &[&str] = &[
    "unit", "division", "squad", "section", "satuan", "sat", "seksi", "bidang", "bagian", "unité",
    "brigade",
];

/// The ISO 4217 codes of the world's currencies, as written in capitals before or
/// after a sum (`SBD 350,000`, `BWP 2.4 million`), sorted. Left out: those that are
/// words or names of bodies too (`ALL`, `TOP`, `CUP`, `PEN`, `MAD`, `TRY`, `SAR`, `SOS`,
/// `GEL`, `BOB`, `MOP`, `BAM`, `LAK`, `PLN`, `RON`, `CUC`).
pub const ISO_CURRENCY_CODES: &[&str] = &[
    "AED", "AFN", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BBD", "BDT", "BGN", "BHD",
    "BIF", "BMD", "BND", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP",
    "CNY", "COP", "CRC", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR",
    "FJD", "FKP", "GBP", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF",
    "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF",
    "KPW", "KRW", "KWD", "KYD", "KZT", "LBP", "LKR", "LRD", "LSL", "LYD", "MDL", "MGA", "MKD",
    "MMK", "MNT", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK",
    "NPR", "NZD", "OMR", "PAB", "PGK", "PHP", "PKR", "PYG", "QAR", "RSD", "RUB", "RWF", "SBD",
    "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL", "SRD", "SSP", "STN", "SVC", "SYP", "SZL",
    "THB", "TJS", "TMT", "TND", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES",
    "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL",
];

/// The names of the world's currencies the profiles don't list, lower case, as the
/// three languages write them after a sum (`8,7 milliards d'ariary`, `2 millions de
/// gourdes`, `15 million birr`). Left out: names that are common words too (`sol`,
/// `real`, `kip`, `dong`, `lek`, `som`, `lari`, `pula`).
pub const CURRENCY_NAMES: &[&str] = &[
    "afghani",
    "afghanis",
    "ariary",
    "baisa",
    "bolivar",
    "bolivares",
    "bolívar",
    "bolívares",
    "birr",
    "córdoba",
    "córdobas",
    "dalasi",
    "dalasis",
    "dram",
    "drams",
    "escudo",
    "escudos",
    "forint",
    "forints",
    "gourde",
    "gourdes",
    "guarani",
    "guaranis",
    "guaraní",
    "guaraníes",
    "hryvnia",
    "hryvnias",
    "kina",
    "koruna",
    "korun",
    "kronor",
    "krona",
    "krone",
    "kroner",
    "kwanza",
    "kwanzas",
    "kyat",
    "kyats",
    "lempira",
    "lempiras",
    "leone",
    "leones",
    "lilangeni",
    "emalangeni",
    "loti",
    "maloti",
    "manat",
    "manats",
    "metical",
    "meticais",
    "nakfa",
    "ouguiya",
    "quetzal",
    "quetzales",
    "riel",
    "riels",
    "rouble",
    "roubles",
    "ruble",
    "rubles",
    "rufiyaa",
    "shekel",
    "shekels",
    "taka",
    "tenge",
    "vatu",
    "zloty",
    "zlotys",
    "złoty",
    "złotych",
];

/// Currencies' abbreviations read only as written (`Tk 86 crore`, Bangladesh's taka:
/// `TK` is an Indonesian kindergarten, `TK 2 Bangun`; `150 FDJ`, the Djibouti franc as
/// Djibouti writes it, ISO's `DJF`), and the other francs of Africa as their own press
/// writes them: Rwanda's (`54 millions de Frw`), Burundi's (`FBu`), Congo's (`58
/// millions de FC`) and Guinea's (`FG`).
const CURRENCY_MARKS_AS_WRITTEN: &[&str] = &["Tk", "FDJ", "Frw", "FRW", "FRw", "FBu", "FC", "FG"];

/// Whether `word` is a currency's ISO 4217 code as written, in capitals, or another
/// abbreviation read only as written (`Tk`).
pub fn is_currency_code(word: &str) -> bool {
    word.len() == 3 && ISO_CURRENCY_CODES.binary_search(&word).is_ok()
        || CURRENCY_MARKS_AS_WRITTEN.contains(&word)
}

/// Verbs of defending someone in court, which ask for a lawyer (`qui a défendu …`,
/// `who defended …`, `siapa yang membela …`). Lower case.
pub const DEFENDING_VERBS: &[&str] = &[
    "défend",
    "défendu",
    "défendait",
    "défendra",
    "défendent",
    "defended",
    "defends",
    "defending",
    "membela",
    "dibela",
    "membelanya",
];

/// The verbs of leading that say presiding (`préside`, `chairs`, `mengetuai`): the
/// chair's, more than the head's. Lower case.
pub const PRESIDING_VERBS: &[&str] = &[
    "préside",
    "présidait",
    "présidé",
    "présidée",
    "presides",
    "presided",
    "chairs",
    "chaired",
    "mengetuai",
    "diketuai",
];

/// Nouns of a division of an office written after the role of its head (`Kepala Bidang
/// P2P Dinkes Bantul`, `chef de section`): that head is a unit's, as `id::UNIT_CHIEFS`
/// are. Lower case.
pub const DIVISION_NOUNS: &[&str] = &[
    "bidang",
    "seksi",
    "bagian",
    "subbagian",
    "section",
    "division",
];

/// The fields a unit of the police is named by, each with the words the three
/// languages write it with (`Kasat Reskrim`, the head of criminal investigations),
/// lower case and without accents: a question naming one (`the head of criminal
/// investigations`) asks for the head of that unit, not of a whole body.
pub const UNIT_FIELDS: &[&[&str]] = &[
    &[
        "criminal",
        "cid",
        "reskrim",
        "reserse",
        "kriminal",
        "criminelle",
        "judiciaire",
    ],
    &["traffic", "lantas", "circulation", "routiere"],
    &[
        "narcotics",
        "narkoba",
        "satnarkoba",
        "stupefiants",
        "antidrogue",
    ],
];

/// The row of `UNIT_FIELDS` a word (lower case, without accents) is of: the field's
/// own word or a head's title ending in it (`kasatreskrim`).
pub fn unit_field(word: &str) -> Option<usize> {
    UNIT_FIELDS.iter().position(|row| {
        row.iter()
            .any(|f| word == *f || (word.len() > f.len() + 2 && word.ends_with(f) && f.len() >= 5))
    })
}

/// Nouns of a street in the three languages, lower case: streets are named after
/// people (`Jalan Teuku Umar`, `rue Victor-Hugo`), so the name after one is no sign
/// that a word is only a place's.
pub const STREET_NOUNS: &[&str] = &[
    "jalan",
    "jl",
    "rue",
    "boulevard",
    "avenue",
    "route",
    "chemin",
    "street",
    "road",
];

/// Verbs an event is held by in the three languages, lower case ("where was the meeting
/// held", "où s'est tenue la réunion", "di mana rapat digelar"): its place is a venue.
pub const HOLDING_VERBS: &[&str] = &[
    "held",
    "hold",
    "holds",
    "tenu",
    "tenue",
    "tenues",
    "tiendra",
    "tiendront",
    "tient",
    "déroulé",
    "déroulée",
    "déroulera",
    "digelar",
    "diadakan",
    "dilaksanakan",
    "berlangsung",
];

/// The words of a change from one number to another, in the three languages (`dari
/// 800 jemaah menjadi 1.400 jemaah`, `from 12 to 20`, `de 3 à 5`), lower case: the
/// word before the first and the word between.
pub const CHANGE_FROM: &[&str] = &["dari", "from", "de"];
/// Nouns of a vessel opening its name in the three languages, lower case (`Kapal Motor
/// Penyeberangan Sinar Enggano`, `KMP Lamaholot`, `le navire Marion Dufresne`).
pub const VESSEL_WORDS: &[&str] = &["kapal", "kmp", "navire", "vessel"];

/// The seasons in English and French, lower case: a year after one is a date
/// (`printemps 2027`, `summer 2026`).
pub const SEASONS: &[&str] = &[
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "printemps",
    "été",
    "automne",
    "hiver",
];

/// Words asking what something costs in the three languages, lower case: the whole
/// cost, which its parts and the small sums beside it fall short of.
pub const COST_WORDS: &[&str] = &[
    "cost", "costs", "coût", "coûte", "coûté", "coûter", "coûtera", "biaya",
];

/// Nouns of a whole cost in the three languages, lower case, as an article writes one
/// before its sum (`a price tag of`, `un coût de`, `dengan anggaran`).
pub const COST_NOUNS: &[&str] = &[
    "cost",
    "price",
    "budget",
    "coût",
    "prix",
    "montant",
    "enveloppe",
    "biaya",
    "harga",
    "anggaran",
    "nilai",
    "pagu",
];

/// Words asking for one of something in the three languages, lower case (`each`, `le
/// trajet simple`, `setiap`; not `a`, French's `a coûté`): what one costs is no whole
/// cost.
pub const ONE_OF_WORDS: &[&str] = &[
    "an", "each", "per", "single", "one-way", "un", "une", "chaque", "simple", "unitaire",
    "setiap", "satu", "sebuah", "seekor",
];

/// Verbs of a change in the three languages, lower case: before `CHANGE_FROM`, two sums
/// with `CHANGE_TO` between them are what was and what will be (`will go from $8 to
/// $10`, `faire passer la vignette de 24 000 ariary à 60 000 ariary`), not a range.
pub const CHANGE_VERBS: &[&str] = &[
    "increase",
    "increased",
    "increases",
    "rise",
    "rises",
    "rose",
    "risen",
    "go",
    "goes",
    "went",
    "gone",
    "climb",
    "climbed",
    "jump",
    "jumped",
    "grow",
    "grew",
    "fall",
    "fell",
    "drop",
    "dropped",
    "raise",
    "raised",
    "reduce",
    "reduced",
    "cut",
    "passer",
    "passe",
    "passé",
    "passée",
    "passera",
    "passeront",
    "passent",
    "augmenter",
    "augmente",
    "augmenté",
    "augmentée",
    "augmentent",
    "baisser",
    "baisse",
    "baissé",
    "baissent",
    "grimper",
    "grimpé",
    "bondir",
    "bondi",
    "porter",
    "porté",
    "portée",
    "relever",
    "relevé",
    "réduire",
    "réduit",
    "naik",
    "turun",
    "meningkat",
    "menurun",
    "berubah",
    "dinaikkan",
    "diturunkan",
    "menaikkan",
    "menurunkan",
];
/// See `CHANGE_FROM`.
pub const CHANGE_TO: &[&str] = &["menjadi", "jadi", "to", "à"];

/// Words of a loss or a damage, in the three languages, lower case: a sum a sentence
/// tells as one (`le préjudice dépasse 18 000 euros`) answers "how much was lost".
pub const LOSS_WORDS: &[&str] = &[
    "loss",
    "losses",
    "lost",
    "damage",
    "damages",
    "perte",
    "pertes",
    "préjudice",
    "dégâts",
    "dommages",
    "kerugian",
    "rugi",
    "merugi",
    "dirugikan",
];

/// Words of the press, in the three languages, lower case: a question asking when
/// something was told to it (`présenté à la presse`, `told reporters`) asks the day
/// of saying.
pub const PRESS_WORDS: &[&str] = &[
    "press",
    "reporters",
    "journalists",
    "presse",
    "journalistes",
    "pers",
    "wartawan",
];

/// Words that say when someone holds a role, not what it is (`former treasurer`,
/// `l'ancien maire`, `mantan kepala desa`), in the three languages, lower case.
pub const TENURE_WORDS: &[&str] = &[
    "former",
    "ex",
    "new",
    "current",
    "acting",
    "outgoing",
    "incoming",
    "retired",
    "interim",
    "ancien",
    "ancienne",
    "nouveau",
    "nouvelle",
    "actuel",
    "actuelle",
    "intérimaire",
    "mantan",
    "bekas",
    "baru",
    "lama",
];

/// The words of `TENURE_WORDS` that say a role was held once (`former`, `ancien`,
/// `mantan`), lower case.
pub const FORMER_WORDS: &[&str] = &["former", "ex", "ancien", "ancienne", "mantan", "bekas"];

/// The nouns of a building of any kind, in the three languages (`dans quel édifice`,
/// `which building`, `di gedung mana`), lower case: a question asking by one is
/// answered by a building named by its own kind (`BUILDING_KINDS`).
pub const BUILDING_NOUNS: &[&str] = &["building", "bâtiment", "édifice", "gedung"];

/// Kinds of building a place is named by (`la basilique-cathédrale Saint-Michel`, `the
/// Town Hall`, `Aula Kantor Bupati`), lower case.
pub const BUILDING_KINDS: &[&str] = &[
    "hall",
    "barn",
    "cathedral",
    "basilica",
    "chapel",
    "church",
    "gym",
    "stadium",
    "theatre",
    "museum",
    "library",
    "salle",
    "grange",
    "basilique",
    "cathédrale",
    "chapelle",
    "église",
    "gymnase",
    "stade",
    "théâtre",
    "musée",
    "bibliothèque",
    "halle",
    "aula",
    "gereja",
    "katedral",
    "stadion",
    "perpustakaan",
    "balai",
];

/// Nouns of a court, in the three languages, lower case.
pub const COURT_NOUNS: &[&str] = &[
    "court",
    "judge",
    "judges",
    "tribunal",
    "cour",
    "juge",
    "juges",
    "pengadilan",
    "hakim",
];

/// Nouns of buildings and sites in the three languages, lower case: one written before
/// a place and "of" names a building there (`le centre hospitalier de Rodez`, `the
/// hospital of Namur`), not the place.
pub const SITE_NOUNS: &[&str] = &[
    "centre",
    "center",
    "hôpital",
    "hospital",
    "rumah",
    "usine",
    "factory",
    "pabrik",
    "laboratoire",
    "laboratory",
    "tribunal",
    "court",
    "pengadilan",
    "école",
    "school",
    "sekolah",
    "collège",
    "lycée",
    "médiathèque",
    "bibliothèque",
    "library",
    "mairie",
    "prison",
    "entrepôt",
    "warehouse",
    "gudang",
    "clinique",
    "clinic",
    "klinik",
    "caserne",
    "salle",
    "stade",
    "stadium",
    "gare",
    "station",
    "marché",
    "market",
    "pasar",
    "hall",
];

/// Words before the doer of a passive verb, in the three languages (`présidée par`,
/// `led by`, `dipimpin oleh`).
pub const AGENT_WORDS: &[&str] = &["par", "by", "oleh"];

/// Nouns and verbs of a decision, in the three languages, lower case: a court's is its
/// ruling (`when will the court hand down its decision`).
pub const DECISION_NOUNS: &[&str] = &[
    "decision",
    "decide",
    "décision",
    "décider",
    "keputusan",
    "memutuskan",
];

/// A superlative of age: which of several people or ages is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Superlative {
    /// `oldest`, `le plus âgé`, `doyenne`, `tertua`.
    Oldest,
    /// `youngest`, `la plus jeune`, `benjamin`, `termuda`.
    Youngest,
}

/// The superlative of age `word` says, in any of the three languages, lower case,
/// with the word before it (`plus` of `plus âgé`, `paling` of `paling tua`).
pub fn superlative_of(before: Option<&str>, word: &str) -> Option<Superlative> {
    let after_most = matches!(before, Some("plus" | "paling"));
    match word {
        "oldest" | "eldest" | "doyen" | "doyenne" | "tertua" => Some(Superlative::Oldest),
        "youngest" | "benjamin" | "benjamine" | "termuda" => Some(Superlative::Youngest),
        "âgé" | "âgée" | "âgés" | "âgées" | "vieux" | "vieille" | "tua" if after_most => {
            Some(Superlative::Oldest)
        }
        "jeune" | "jeunes" | "muda" if after_most => Some(Superlative::Youngest),
        _ => None,
    }
}

/// Verbs of announcing, in the three languages, lower case: a day right after one is
/// the day of the announcement (`a annoncé ce mercredi la naissance …`), which a
/// question asks with one.
pub const ANNOUNCING_VERBS: &[&str] = &[
    "announce",
    "announced",
    "annoncer",
    "announces",
    "annoncé",
    "annonce",
    "annoncent",
    "mengumumkan",
    "diumumkan",
    // Confirming is announcing what was said or feared (`The council confirmed on
    // Tuesday that …`).
    "confirmed",
    "confirms",
    "confirmé",
    "confirmée",
    "confirme",
    "mengonfirmasi",
    "dikonfirmasi",
];

/// Adjectives of a rate, in the three languages, lower case (`a monthly bonus`, `le
/// loyer mensuel`, `gaji bulanan`): a sum asked so is one "per" a span of time.
pub const RATE_ADJECTIVES: &[&str] = &[
    "hourly",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "annual",
    "quotidien",
    "quotidienne",
    "hebdomadaire",
    "mensuel",
    "mensuelle",
    "annuel",
    "annuelle",
    "harian",
    "mingguan",
    "bulanan",
    "tahunan",
];

/// Words of winning, in the three languages, lower case (`won`, `winner`, `remporté`,
/// `s'est imposé`, `vainqueur`, `juara`, `pemenang`): a question holding one asks the
/// winner, whom a passage tells with one.
pub const WIN_WORDS: &[&str] = &[
    "won",
    "win",
    "wins",
    "winner",
    "winners",
    "remporté",
    "remportée",
    "remporte",
    "remportent",
    "gagné",
    "gagnée",
    "gagne",
    "gagnant",
    "gagnante",
    "vainqueur",
    "vainqueurs",
    "lauréat",
    "lauréate",
    "imposé",
    "imposée",
    "impose",
    "revenu",
    "juara",
    "pemenang",
    "menang",
    "memenangi",
    "memenangkan",
    "menjuarai",
];

/// Nouns a question asks a day by, in the three languages (`quel jour`, `what date`,
/// `hari apa`, `tanggal berapa`), lower case.
pub const DAY_NOUNS: &[&str] = &["day", "date", "jour", "hari", "tanggal"];

/// Nouns of people that no role table holds, in the three languages (`which councillor`,
/// `quelle élue`, `siapa anggota dewan`), lower case: a question asking by one asks a
/// person, never a body. Owners are left out: a company owns too.
pub const PERSON_NOUNS: &[&str] = &[
    // `which SMGEAG executive admitted …`.
    "executive",
    "councillor",
    "councilor",
    "alderman",
    "alderwoman",
    "official",
    "member",
    "professor",
    "researcher",
    "resident",
    "volunteer",
    "mp",
    "senator",
    "élu",
    "élue",
    "élus",
    "conseiller",
    "conseillère",
    "échevin",
    "échevine",
    "fonctionnaire",
    "membre",
    "professeur",
    "professeure",
    "chercheur",
    "chercheuse",
    "habitant",
    "habitante",
    "bénévole",
    "député",
    "députée",
    "anggota",
    "pejabat",
    "profesor",
    "peneliti",
    "warga",
    "relawan",
    "legislator",
    // Kin, as a story introduces someone (`Siobhán McGovern, a mother of three`).
    "mother",
    "father",
    "grandmother",
    "grandfather",
    "widow",
    "mère",
    "père",
    "grand-mère",
    "grand-père",
    "veuve",
    // Trades of the people news quotes (`which farmer found …`, `quel pêcheur`,
    // `siapa nelayan`): a person, as a role is.
    "farmer",
    "fisherman",
    "worker",
    "teacher",
    "student",
    "driver",
    "trader",
    "vendor",
    "nurse",
    "miner",
    "petani",
    "nelayan",
    "pekerja",
    "buruh",
    "guru",
    "siswa",
    "mahasiswa",
    "sopir",
    "pedagang",
    "perawat",
    "agriculteur",
    "agricultrice",
    "paysan",
    "paysanne",
    "cultivateur",
    "cultivatrice",
    "pêcheur",
    "ouvrier",
    "ouvrière",
    "enseignant",
    "enseignante",
    "élève",
    "étudiant",
    "étudiante",
    "chauffeur",
    "commerçant",
    "commerçante",
    "infirmier",
    "infirmière",
    // Those who raise, grow, catch, buy and sell what local news reports on (`which
    // grower`, `quel éleveur`, `quelle collectrice`, `siapa peternak`).
    "grower",
    "breeder",
    "herder",
    "rider",
    "butcher",
    "buyer",
    "collector",
    "producer",
    "éleveur",
    "éleveuse",
    "planteur",
    "planteuse",
    "producteur",
    "productrice",
    "pisciculteur",
    "piscicultrice",
    "collecteur",
    "collectrice",
    "acheteur",
    "acheteuse",
    "vendeur",
    "vendeuse",
    "boucher",
    "bouchère",
    "peternak",
    "pekebun",
    "pembudidaya",
    "pengepul",
    "pembeli",
    "penjual",
    // Vets, who treat the animals news follows.
    "vet",
    "veterinarian",
    "vétérinaire",
];

/// The nouns a question asks a police or army officer by, in the three languages
/// (`which officer`, `quel officier`, `perwira polisi`), lower case.
pub const OFFICER_NOUNS: &[&str] = &["officer", "officers", "officier", "officiers", "perwira"];

/// Ranks of the police, the gendarmerie and the army, in the three languages, as news
/// writes them before a name (`AKP Dimas`, `Det Insp`, `adjudant-chef`), lower case:
/// who holds one is an officer.
pub const RANKS: &[&str] = &[
    // Indonesia's police.
    "akbp",
    "kombes",
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
    "jenderal",
    // Indonesia's army.
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
    // English.
    "inspector",
    "superintendent",
    "sergeant",
    "constable",
    "detective",
    "captain",
    "lieutenant",
    "colonel",
    "corporal",
    "major",
    "insp",
    "supt",
    "sgt",
    "det",
    "cpl",
    "capt",
    "lt",
    "col",
    "gen",
    "dsp",
    "asp",
    "acp",
    "dcp",
    // French.
    "commissaire",
    "capitaine",
    "adjudant",
    "adjudant-chef",
    "brigadier",
    "brigadier-chef",
    "commandant",
    "lieutenant-colonel",
    "gendarme",
];

/// Kinds of street in the three languages: "on which road" asks a street whatever its
/// name calls it (`River Avenue`, `Jalan Diponegoro`, `rue de la Gare`).
const STREET_KINDS: &[&[&str]] = &[&[
    "street",
    "road",
    "avenue",
    "boulevard",
    "lane",
    "drive",
    "jalan",
    "rue",
    "route",
    "chemin",
    "allée",
]];

/// The other kinds of street than `word` (lower case), when it is one.
pub fn same_street_kind(word: &str) -> impl Iterator<Item = &'static str> + '_ {
    same_row(STREET_KINDS, word)
}

/// The other words of the divisions `word` (lower case) names, itself left out.
pub fn same_division(word: &str) -> impl Iterator<Item = &'static str> + '_ {
    same_row(DIVISIONS, word)
}

/// Whether `word` (lower case) names an administrative division (`desa`, `village`,
/// `kecamatan`).
pub fn is_division(word: &str) -> bool {
    DIVISIONS.iter().any(|row| row.contains(&word))
}

/// The other words of the rows of `table` holding `word`, itself left out.
fn same_row<'w>(
    table: &'static [&'static [&'static str]],
    word: &'w str,
) -> impl Iterator<Item = &'static str> + 'w {
    table
        .iter()
        .filter(move |row| row.contains(&word))
        .flat_map(|row| row.iter().copied())
        .filter(move |w| *w != word)
}

/// The table of languages: one row each.
pub const PROFILES: [&Profile; 3] = [&id::PROFILE, &fr::PROFILE, &en::PROFILE];

/// Whether `word` is in `class` of any language.
pub fn any(class: fn(&Profile) -> &'static [&'static str], word: &str) -> bool {
    PROFILES.iter().any(|p| class(p).contains(&word))
}

/// A quick test of whether a word can be one of a list, by its shape, in any case,
/// with or without an elided article before it (`l'`, `d'`) or periods after it
/// (`M.`): for each pair of first bytes, and for each pair of first and last bytes,
/// the lengths of the list's words written with them. Most words looked up at index
/// time (every word of every article, for people) are told apart by these alone,
/// without lower-casing or hashing them.
///
/// A word is judged when it is written in ASCII and Latin-1 letters (`é`, `À`): in
/// either case those keep their length in bytes and the low five bits of each byte,
/// so a word and its lower case fall in the same slots. Any other word passes.
pub struct ShapeFilter {
    /// By `slot` of the first two letters: a bit per length.
    lengths: Box<[u64; 1024]>,
    /// By `slot` of the first and the last letter: a bit per length.
    ends: Box<[u64; 1024]>,
}

impl ShapeFilter {
    /// The filter of `words` (lower case).
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> ShapeFilter {
        let mut lengths = Box::new([0u64; 1024]);
        let mut ends = Box::new([0u64; 1024]);
        // A word with another letter can only be written with one, and such words
        // always pass: only the words judged are entered.
        for word in words.into_iter().filter(|w| Self::judged(w.as_bytes())) {
            let key = Self::key(word.as_bytes());
            if let (Some(&first), Some(&last)) = (key.first(), key.last()) {
                lengths[Self::slot(key)] |= Self::length_bit(key);
                ends[Self::pair(first, last)] |= Self::length_bit(key);
            }
        }
        ShapeFilter { lengths, ends }
    }

    /// Whether a word is all ASCII and Latin-1 characters (`0xC3` then one byte in
    /// UTF-8): lower-casing those adds 32 to a code point or leaves it, in the byte
    /// whose low five bits the filter ignores.
    fn judged(bytes: &[u8]) -> bool {
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b < 0x80 {
                i += 1;
            } else if b == 0xC3 && bytes.get(i + 1).is_some_and(|&n| n & 0xC0 == 0x80) {
                i += 2;
            } else {
                return false;
            }
        }
        true
    }

    fn key(bytes: &[u8]) -> &[u8] {
        let bytes = match bytes {
            [b'l' | b'L' | b'd' | b'D', b'\'', rest @ ..] if !rest.is_empty() => rest,
            _ => bytes,
        };
        let dots = bytes.iter().rev().take_while(|&&b| b == b'.').count();
        &bytes[..bytes.len() - dots]
    }

    /// The first two bytes' low five bits: the same for a letter in either case.
    fn slot(key: &[u8]) -> usize {
        let first = key.first().map_or(0, |&b| b);
        let second = key.get(1).map_or(0, |&b| b);
        Self::pair(first, second)
    }

    /// Two bytes' low five bits.
    fn pair(a: u8, b: u8) -> usize {
        usize::from(a & 31) << 5 | usize::from(b & 31)
    }

    /// Words of 63 bytes or more share the last bit.
    fn length_bit(key: &[u8]) -> u64 {
        1 << key.len().min(63)
    }

    /// False only when `word` can't be a word of the list.
    pub fn may_hold(&self, word: &str) -> bool {
        // Another word (`l’entraîneur`, `Łukasz`) may change length in lower case:
        // never filtered.
        if !word.is_ascii() && !Self::judged(word.as_bytes()) {
            return true;
        }
        let key = Self::key(word.as_bytes());
        let (Some(&first), Some(&last)) = (key.first(), key.last()) else {
            return true;
        };
        let bit = Self::length_bit(key);
        self.lengths[Self::slot(key)] & bit != 0 && self.ends[Self::pair(first, last)] & bit != 0
    }
}

/// Calls `f` with `word` in lower case, lowering a short ASCII word on the stack: this
/// runs on every capitalised word at index time (people), where an allocation per word
/// showed in profiles.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const STACK: usize = 64;
    if word.len() <= STACK && (word.is_ascii() || ShapeFilter::judged(word.as_bytes())) {
        let mut buf = [0u8; STACK];
        let lowered = &mut buf[..word.len()];
        lowered.copy_from_slice(word.as_bytes());
        let mut i = 0;
        while i < lowered.len() {
            if lowered[i] == 0xC3 {
                // `À` to `Þ` but `×`: their lower case is 32 code points on.
                let next = &mut lowered[i + 1];
                if (0x80..=0x9E).contains(next) && *next != 0x97 {
                    *next += 0x20;
                }
                i += 2;
            } else {
                lowered[i].make_ascii_lowercase();
                i += 1;
            }
        }
        if let Ok(lower) = std::str::from_utf8(lowered) {
            return f(lower);
        }
    }
    f(&lowercase(word))
}

/// ASCII letters, by byte; and ASCII letters and digits: for the scans that run on every
/// byte of a text at index time (word splitting, language detection, fingerprints).
pub(crate) const ASCII_LETTER: [bool; 256] = ascii_table(false);
/// See `ASCII_LETTER`.
pub(crate) const ASCII_ALPHANUMERIC: [bool; 256] = ascii_table(true);

const fn ascii_table(digits: bool) -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = byte.is_ascii_alphabetic() || (digits && byte.is_ascii_digit());
        b += 1;
    }
    table
}

/// The second byte of the Latin-1 letter (`é`, `À`) that starts at byte `i` of a
/// string's bytes: `0xC3` then a byte other than those of `×` and `÷`. Every such
/// letter is one (U+00C0 and the second byte's low six bits), so scans tell it, and
/// lower it, without decoding. Inlined: asked at the end of every word split.
#[inline]
pub(crate) fn latin1_letter(bytes: &[u8], i: usize) -> Option<u8> {
    match (bytes.get(i), bytes.get(i + 1)) {
        (Some(0xC3), Some(&next)) if next != 0x97 && next != 0xB7 => Some(next),
        _ => None,
    }
}

/// A word of one to eight ASCII letters and digits, lower-cased into one integer (its
/// first byte lowest); None for any other word. Most words of news text are such
/// words, and looking one up by this key needs no copy, no lower-casing into a buffer
/// and no hashing of a string (this runs on many words at index time).
pub fn packed_lower(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > 8 {
        return None;
    }
    let mut key = 0u64;
    for (k, &b) in bytes.iter().enumerate() {
        if !b.is_ascii_alphanumeric() {
            return None;
        }
        // `| 0x20` lowers an ASCII letter and leaves a digit as it is.
        key |= u64::from(b | 0x20) << (8 * k);
    }
    Some(key)
}

/// `word` in lower case, without allocating when it already is.
pub fn lowercase(word: &str) -> Cow<'_, str> {
    let has_upper = if word.is_ascii() {
        word.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        word.chars().any(char::is_uppercase)
    };
    if has_upper {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// The value `word` has in `class` (a number word, a scale word) in the first
/// language that has it.
pub fn value_of(class: fn(&Profile) -> &'static [(&'static str, f64)], word: &str) -> Option<f64> {
    PROFILES
        .iter()
        .flat_map(|p| class(p).iter())
        .find(|(w, _)| *w == word)
        .map(|&(_, v)| v)
}

/// The rank an ordinal word (lower case) gives, from 2 on (see `Profile::ordinals`).
pub fn ordinal_of(lower: &str) -> Option<f64> {
    value_of(|p| p.ordinals, lower)
}

/// The month (1 to 12) a word names, as written: a language that writes months with a
/// capital (`May`) doesn't count its lower-case homonym (`may`).
pub fn month_of(written: &str) -> Option<u32> {
    position_in(|p| p.months, written)
}

/// The day of the week (0 for Monday to 6 for Sunday) a word names, as written (see
/// `month_of`).
pub fn weekday_of(written: &str) -> Option<u32> {
    position_in(|p| p.days, written).map(|d| d - 1)
}

/// The 1-based position of `written` in an ordered class of date words.
fn position_in(class: fn(&Profile) -> &'static [&'static str], written: &str) -> Option<u32> {
    let capitalised = written.starts_with(char::is_uppercase);
    with_lowercase(written, |lower| {
        PROFILES.iter().find_map(|p| {
            if p.capitalised_dates && !capitalised {
                return None;
            }
            class(p)
                .iter()
                .position(|m| *m == lower)
                .and_then(|i| u32::try_from(i + 1).ok())
        })
    })
}

/// The words of `class` in every language, language after language.
pub fn all(class: fn(&Profile) -> &'static [&'static str]) -> impl Iterator<Item = &'static str> {
    PROFILES
        .into_iter()
        .flat_map(move |p| class(p).iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_filter_keeps_every_listed_word_and_drops_most_others() {
        let list = ["ketua", "kata", "m.", "président", "ceo", "dit", "said"];
        let filter = ShapeFilter::new(list);
        for word in [
            "ketua",
            "Ketua",
            "KETUA",
            "kata",
            "M.",
            "m",
            "Président",
            "CEO",
            "l'ceo",
            "d'Ketua",
            "dit",
            "said",
            "Said.",
            "PRÉSIDENT",
            "présidenT",
            "l'Président",
            "Łukasz",
            "l’entraîneur",
        ] {
            assert!(filter.may_hold(word), "{word}");
        }
        // Same first letters and length as a listed word, another last letter; other
        // lengths; other first letters.
        for word in [
            "ketus",
            "kate",
            "dia",
            "saia",
            "ketuanya",
            "rumah",
            "the",
            ",",
            "été",
            "Présidente",
        ] {
            assert!(!filter.may_hold(word), "{word}");
        }
        assert!(filter.may_hold(""), "an empty word is not judged");
    }

    #[test]
    fn lower_case_on_the_stack_is_the_lower_case() {
        for word in [
            "Président",
            "ÉTATS",
            "À",
            "Þorn",
            "×",
            "ß",
            "Ÿves",
            "Łukasz",
            "ÀÉÎÕÜ×ÞÝ",
            "",
            "abc",
        ] {
            with_lowercase(word, |lower| {
                assert_eq!(lower, word.to_lowercase(), "{word}")
            });
        }
    }

    #[test]
    fn codes_round_trip() {
        for lang in [Lang::Id, Lang::Fr, Lang::Other] {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        let codes: Vec<&str> = [Tongue::En, Tongue::Fr, Tongue::Id]
            .map(Tongue::code)
            .to_vec();
        assert_eq!(codes, ["en", "fr", "id"]);
    }

    #[test]
    fn months_and_days_as_written() {
        assert_eq!(month_of("Februari"), Some(2));
        assert_eq!(month_of("mars"), Some(3));
        assert_eq!(month_of("March"), Some(3));
        // English writes its months with a capital: `may` is a verb.
        assert_eq!(month_of("may"), None);
        assert_eq!(month_of("May"), Some(5));
        assert_eq!(weekday_of("Selasa"), Some(1));
        assert_eq!(weekday_of("mardi"), Some(1));
        assert_eq!(weekday_of("Tuesday"), Some(1));
        assert_eq!(weekday_of("minggu"), Some(6));
    }

    #[test]
    fn each_profile_is_its_language() {
        for profile in PROFILES {
            if let Some(lang) = profile.lang {
                assert_eq!(AnalyzerKind::from(lang), AnalyzerKind::from(profile.tongue));
            }
        }
    }
}
