//! A deterministic, seeded generator of news articles in Indonesian and French, shaped
//! like the seed articles: a headline, a dateline, paragraphs of sentences, quotations
//! with their speaker (`"…," kata Yoon.`, `« … », a déclaré Kishida.`), names, dates and
//! numbers written the local way, and a Zipf-distributed vocabulary of real words with
//! real affixes.
//!
//! Indonesian words are the roots of the `id` analyser's lexicon dressed with the
//! affixes the lexicon says each root takes (`meN-…-kan` with its sound changes, `di-`,
//! `ber-`, `ter-`, `peN-…-an`, `ke-…-an`, `-an`, `-nya`, reduplication); French words
//! are the inflected forms of the Snowball French vocabulary the stemmer tests use,
//! with elision (`l'`, `d'`). A few hundred common news words of each language head the
//! frequency ranks so the top of the distribution reads like news. Function words are
//! drawn apart (about 42% of words), so content words get a flatter head: the commonest
//! is in about one passage in ten. People are first and last name pairs (the seeds'
//! people most mentioned), Zipf-distributed over some 8,000 of them, so even the most
//! quoted person is in a few percent of passages, as in real news.
//!
//! Article `i` of a corpus depends only on the seed and `i`, so corpora can be written
//! in parallel, and one article can be rewritten (a "changed" file) without the others.
//! Nothing here reads the disk: the word lists are compiled in.
//!
//! Each article also has a date (a day of 2015–2024) and a site (a dozen news sites of
//! its language, the first ones most of the articles), drawn apart from its text so
//! the text is the same with or without them; `Generator::news` writes them too, as one
//! JSON Lines record per file (title, date, source, text).
//!
//! `Generator::copies` makes copies of a story with small edits (words changed, a
//! paragraph dropped, another headline and site) and other articles on the same topic,
//! to measure how well copies of one story are told from the rest.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

const ID_ROOTS: &str = include_str!("../../src/analysis/data/id_roots.txt");
const FR_VOCABULARY: &str = include_str!("../../tests/data/french.tsv");

/// SplitMix64: small, fast and the same on every platform.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// A generator for item `index` of stream `stream` under `seed`.
    pub fn derive(seed: u64, stream: u64, index: u64) -> Rng {
        let mut rng = Rng(seed ^ stream.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        rng.0 ^= rng.next_u64() ^ index.wrapping_mul(0xbf58_476d_1ce4_e5b9);
        rng.next_u64();
        rng
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * n as f64) as usize % n.max(1)
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A Zipf–Mandelbrot distribution over ranks `0..n`: weight `1 / (rank + q)^s`.
pub struct Zipf {
    cumulative: Vec<f64>,
}

impl Zipf {
    pub fn new(n: usize, s: f64, q: f64) -> Zipf {
        let mut total = 0.0;
        let cumulative = (0..n)
            .map(|rank| {
                total += 1.0 / (rank as f64 + q).powf(s);
                total
            })
            .collect();
        Zipf { cumulative }
    }

    pub fn sample(&self, rng: &mut Rng) -> usize {
        let total = self.cumulative.last().copied().unwrap_or(0.0);
        let x = rng.unit() * total;
        self.cumulative
            .partition_point(|&c| c <= x)
            .min(self.cumulative.len().saturating_sub(1))
    }
}

/// Words drawn by frequency rank.
struct Vocabulary {
    words: Vec<String>,
    zipf: Zipf,
}

impl Vocabulary {
    fn new(words: Vec<String>, s: f64, q: f64) -> Vocabulary {
        let zipf = Zipf::new(words.len(), s, q);
        Vocabulary { words, zipf }
    }

    fn sample(&self, rng: &mut Rng) -> &str {
        &self.words[self.zipf.sample(rng)]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Id,
    Fr,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::Fr => "fr",
        }
    }
}

const ID_FUNCTION: &[&str] = &[
    "yang", "dan", "di", "dengan", "untuk", "dari", "ini", "itu", "dalam", "pada", "akan", "tidak",
    "juga", "ke", "karena", "oleh", "sebagai", "adalah", "telah", "bahwa", "atau", "lebih",
    "sudah", "para", "kami", "mereka", "saat", "namun", "hingga", "bisa", "dapat", "masih",
    "antara", "tersebut", "secara", "serta", "sejak", "bagi", "agar", "sangat", "setelah",
    "kepada", "tetapi", "jika", "belum", "hanya", "harus", "sebuah", "seperti", "ia", "kita",
    "lain", "lalu", "pun", "yaitu", "sedang", "tentang", "menurut", "atas",
];

const FR_FUNCTION: &[&str] = &[
    "de", "la", "le", "et", "les", "des", "en", "du", "un", "une", "à", "est", "que", "pour",
    "dans", "qui", "sur", "par", "au", "a", "pas", "plus", "avec", "ce", "il", "se", "ne", "son",
    "sa", "été", "aux", "ont", "elle", "mais", "ses", "leur", "cette", "sont", "ou", "nous",
    "comme", "tout", "aussi", "depuis", "après", "avant", "selon", "entre", "lors", "très", "sans",
    "dont", "encore", "fait", "être", "avoir", "ils", "leurs", "où",
];

/// Common content words of Indonesian news, most frequent first.
const ID_COMMON: &[&str] = &[
    "presiden",
    "pemerintah",
    "perusahaan",
    "tahun",
    "negara",
    "mengatakan",
    "teknologi",
    "ekonomi",
    "kerja",
    "sama",
    "baru",
    "besar",
    "pasar",
    "harga",
    "investasi",
    "menteri",
    "kebijakan",
    "masyarakat",
    "pembangunan",
    "daerah",
    "kota",
    "program",
    "digital",
    "data",
    "bisnis",
    "industri",
    "produk",
    "layanan",
    "pengguna",
    "keamanan",
    "politik",
    "pemilihan",
    "partai",
    "rakyat",
    "nasional",
    "internasional",
    "global",
    "dunia",
    "bank",
    "rupiah",
    "dolar",
    "persen",
    "miliar",
    "juta",
    "triliun",
    "kenaikan",
    "penurunan",
    "pertumbuhan",
    "meningkatkan",
    "membahas",
    "mendukung",
    "menyatakan",
    "menjelaskan",
    "mengumumkan",
    "meluncurkan",
    "bertemu",
    "pertemuan",
    "kunjungan",
    "kecerdasan",
    "buatan",
    "model",
    "platform",
    "sistem",
    "jaringan",
    "internet",
    "media",
    "sosial",
    "berita",
    "informasi",
    "pendidikan",
    "kesehatan",
    "rumah",
    "sakit",
    "pasien",
    "sekolah",
    "mahasiswa",
    "universitas",
    "penelitian",
    "peneliti",
    "energi",
    "listrik",
    "minyak",
    "tambang",
    "lingkungan",
    "hutan",
    "banjir",
    "gempa",
    "bencana",
    "transportasi",
    "jalan",
    "kereta",
    "pesawat",
    "bandara",
    "pelabuhan",
    "ekspor",
    "impor",
    "perdagangan",
    "pajak",
    "anggaran",
    "utang",
    "inflasi",
    "bunga",
    "kredit",
    "saham",
    "bursa",
    "investor",
    "modal",
    "aplikasi",
    "ponsel",
    "perangkat",
    "chip",
    "kendaraan",
    "mobil",
    "polisi",
    "hukum",
    "pengadilan",
    "hakim",
    "korupsi",
    "kasus",
    "tersangka",
    "militer",
    "pertahanan",
    "kepala",
    "ketua",
    "wakil",
    "anggota",
    "dewan",
    "lembaga",
    "kementerian",
    "warga",
    "petani",
    "nelayan",
    "pekerja",
    "karyawan",
    "pelanggan",
    "kerja sama",
    "kesepakatan",
    "perjanjian",
    "rencana",
    "proyek",
    "target",
    "laporan",
    "hasil",
    "kinerja",
    "pendapatan",
    "keuntungan",
    "kerugian",
    "pasokan",
    "permintaan",
    "produksi",
    "konsumen",
    "ekosistem",
    "inovasi",
    "potensi",
    "tantangan",
    "peluang",
    "strategi",
    "upaya",
    "langkah",
    "bidang",
    "sektor",
    "wilayah",
    "pulau",
    "provinsi",
    "kabupaten",
    "desa",
    "pusat",
    "pemimpin",
    "pendiri",
    "direktur",
    "eksekutif",
    "juru bicara",
    "pejabat",
    "diskusi",
    "konferensi",
    "acara",
    "peluncuran",
    "mengembangkan",
    "menghadirkan",
    "memberikan",
    "menggunakan",
    "membangun",
    "menerima",
    "meminta",
    "menanggapi",
    "berjanji",
    "berusaha",
    "bersiap",
    "menunjukkan",
    "mencapai",
    "menjadi",
    "memiliki",
    "membuat",
    "melakukan",
    "menyediakan",
    "memperkuat",
    "memperluas",
];

/// Common content words of French news, most frequent first.
const FR_COMMON: &[&str] = &[
    "président",
    "gouvernement",
    "entreprise",
    "année",
    "pays",
    "ministre",
    "technologie",
    "économie",
    "marché",
    "prix",
    "investissement",
    "politique",
    "société",
    "développement",
    "région",
    "ville",
    "programme",
    "numérique",
    "données",
    "industrie",
    "produit",
    "service",
    "utilisateurs",
    "sécurité",
    "élection",
    "parti",
    "national",
    "international",
    "mondial",
    "monde",
    "banque",
    "euros",
    "dollars",
    "pour cent",
    "milliards",
    "millions",
    "hausse",
    "baisse",
    "croissance",
    "intelligence",
    "artificielle",
    "modèle",
    "plateforme",
    "système",
    "réseau",
    "internet",
    "médias",
    "sociaux",
    "information",
    "éducation",
    "santé",
    "hôpital",
    "patients",
    "école",
    "étudiants",
    "université",
    "recherche",
    "chercheurs",
    "énergie",
    "électricité",
    "pétrole",
    "environnement",
    "climat",
    "forêt",
    "inondations",
    "transport",
    "train",
    "avion",
    "aéroport",
    "port",
    "exportations",
    "importations",
    "commerce",
    "impôts",
    "budget",
    "dette",
    "inflation",
    "taux",
    "crédit",
    "bourse",
    "investisseurs",
    "capital",
    "application",
    "téléphone",
    "appareils",
    "puces",
    "voiture",
    "police",
    "justice",
    "tribunal",
    "juge",
    "corruption",
    "affaire",
    "armée",
    "défense",
    "chef",
    "directeur",
    "patron",
    "fondateur",
    "membres",
    "conseil",
    "ministère",
    "habitants",
    "agriculteurs",
    "salariés",
    "clients",
    "accord",
    "projet",
    "objectif",
    "rapport",
    "résultats",
    "chiffre",
    "affaires",
    "bénéfice",
    "pertes",
    "production",
    "consommateurs",
    "innovation",
    "potentiel",
    "défis",
    "stratégie",
    "efforts",
    "domaine",
    "secteur",
    "territoire",
    "capitale",
    "dirigeants",
    "porte-parole",
    "responsables",
    "discussion",
    "conférence",
    "rencontre",
    "lancement",
    "visite",
    "tournée",
    "avenir",
    "annonce",
    "annoncé",
    "déclaré",
    "expliqué",
    "affirmé",
    "souligné",
    "indiqué",
    "précisé",
    "estimé",
    "développer",
    "présenter",
    "renforcer",
    "soutenir",
    "proposer",
    "lancer",
    "investir",
    "construire",
    "produire",
    "générale",
    "nouvelle",
    "nouveau",
    "grand",
    "grande",
    "premier",
    "première",
    "dernier",
    "dernière",
    "important",
    "importante",
    "public",
    "publique",
    "économique",
    "technologique",
    "américain",
    "américaine",
    "européen",
    "européenne",
    "japonais",
    "chinois",
    "français",
    "française",
    "coréen",
    "indonésien",
];

const FIRST_NAMES: &[&str] = &[
    "Mark",
    "Jensen",
    "Sam",
    "Yoon",
    "Fumio",
    "Jay",
    "William",
    "Joko",
    "Prabowo",
    "Sri",
    "Budi",
    "Siti",
    "Agus",
    "Dewi",
    "Rina",
    "Ahmad",
    "Putri",
    "Andi",
    "Retno",
    "Bambang",
    "Emmanuel",
    "Marie",
    "Jean",
    "Sophie",
    "Pierre",
    "Camille",
    "Nicolas",
    "Claire",
    "Thomas",
    "Julie",
    "Élisabeth",
    "François",
    "Satya",
    "Sundar",
    "Tim",
    "Elon",
    "Lisa",
    "Masayoshi",
    "Lee",
    "Kim",
    "Hendra",
    "Yusuf",
    "Fitri",
    "Wahyu",
    "Indah",
    "Rudi",
    "Ratna",
    "Eko",
    "Nur",
    "Dian",
    "Anne",
    "Luc",
    "Hélène",
    "Antoine",
    "Mathilde",
    "Olivier",
    "Chloé",
    "Laurent",
    "Isabelle",
    "Hugo",
];

const LAST_NAMES: &[&str] = &[
    "Zuckerberg",
    "Huang",
    "Altman",
    "Suk Yeol",
    "Kishida",
    "Lee",
    "Cho",
    "Widodo",
    "Subianto",
    "Mulyani",
    "Santoso",
    "Rahayu",
    "Wijaya",
    "Hidayat",
    "Saputra",
    "Lestari",
    "Nugroho",
    "Kusuma",
    "Marsudi",
    "Pratama",
    "Macron",
    "Dupont",
    "Martin",
    "Bernard",
    "Lefèvre",
    "Moreau",
    "Laurent",
    "Girard",
    "Fontaine",
    "Rousseau",
    "Borne",
    "Nadella",
    "Pichai",
    "Cook",
    "Musk",
    "Su",
    "Son",
    "Tae-yoon",
    "Yamamoto",
    "Nakamura",
    "Setiawan",
    "Gunawan",
    "Hartono",
    "Sutanto",
    "Halim",
    "Siregar",
    "Nasution",
    "Lubis",
    "Harahap",
    "Simanjuntak",
    "Sinaga",
    "Pane",
    "Tanjung",
    "Wibowo",
    "Purnomo",
    "Susanto",
    "Suryadi",
    "Kurniawan",
    "Hakim",
    "Syahputra",
    "Ramadhan",
    "Firmansyah",
    "Maharani",
    "Anggraini",
    "Permata",
    "Salim",
    "Effendi",
    "Sitompul",
    "Panjaitan",
    "Hutapea",
    "Manurung",
    "Daulay",
    "Sembiring",
    "Ginting",
    "Tarigan",
    "Situmorang",
    "Pohan",
    "Rangkuti",
    "Matondang",
    "Batubara",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Simon",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Mercier",
    "Blanc",
    "Guerin",
    "Boyer",
    "Garnier",
    "Chevalier",
    "François",
    "Legrand",
    "Gauthier",
    "Perrin",
    "Robin",
    "Clément",
    "Morin",
    "Nicolas",
    "Henry",
    "Roussel",
    "Mathieu",
    "Gautier",
    "Masson",
    "Marchand",
    "Duval",
    "Denis",
    "Lemaire",
    "Tanaka",
    "Suzuki",
    "Watanabe",
    "Park",
    "Choi",
    "Jung",
    "Kang",
    "Wang",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Singh",
    "Kumar",
    "Smith",
    "Johnson",
    "Brown",
    "Miller",
    "Davis",
];

const ORGANISATIONS: &[&str] = &[
    "Meta",
    "NVIDIA",
    "OpenAI",
    "Samsung Electronics",
    "LG Electronics",
    "Google",
    "Microsoft",
    "Apple",
    "DeepSeek",
    "Pertamina",
    "Telkom",
    "Gojek",
    "Tokopedia",
    "Bank Indonesia",
    "Airbus",
    "Renault",
    "TotalEnergies",
    "Orange",
    "BNP Paribas",
    "Mistral AI",
    "Huawei",
    "Alibaba",
    "ByteDance",
    "Tesla",
    "Amazon",
    "PLN",
    "Garuda Indonesia",
];

const ID_CITIES: &[&str] = &[
    "JAKARTA",
    "SURABAYA",
    "BANDUNG",
    "MEDAN",
    "MAKASSAR",
    "DENPASAR",
    "YOGYAKARTA",
    "SEMARANG",
    "BALIKPAPAN",
    "PALEMBANG",
];
const FR_CITIES: &[&str] = &[
    "PARIS",
    "LYON",
    "MARSEILLE",
    "TOULOUSE",
    "BRUXELLES",
    "GENÈVE",
    "TOKYO",
    "SÉOUL",
    "WASHINGTON",
    "BRUXELLES",
];
const ID_DAYS: &[&str] = &[
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];
const FR_DAYS: &[&str] = &[
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
const ID_MONTHS: &[&str] = &[
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const FR_MONTHS: &[&str] = &[
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
const ID_SAY: &[&str] = &[
    "kata", "ujar", "ungkap", "jelas", "tambah", "tutur", "lanjut",
];
const FR_SAY: &[&str] = &[
    "a déclaré",
    "a expliqué",
    "a affirmé",
    "a confié",
    "a souligné",
    "a ajouté",
    "a estimé",
];
const ID_UNITS: &[&str] = &[
    "persen",
    "tahun",
    "orang",
    "unit",
    "hektare",
    "kilometer",
    "hari",
];
const FR_UNITS: &[&str] = &[
    "%",
    "ans",
    "personnes",
    "unités",
    "hectares",
    "kilomètres",
    "jours",
];

/// The Zipf–Mandelbrot offset of content words: their head is flatter than that of
/// words overall (the most frequent words are function words, drawn apart), so the most
/// common content word is in about one passage in ten, as "presiden" is in the news.
const CONTENT_Q: f64 = 25.0;

/// Models of the two languages.
pub struct Generator {
    seed: u64,
    id_words: Vocabulary,
    fr_words: Vocabulary,
    id_function: Vocabulary,
    fr_function: Vocabulary,
    /// People, as (first name, last name) indices, most mentioned first.
    people: Vec<(u16, u16)>,
    people_zipf: Zipf,
    orgs: Zipf,
    sites: Zipf,
    /// Files are JSON Lines records with date and source.
    jsonl: bool,
}

const ID_SITES: &[&str] = &[
    "kompas.com",
    "detik.com",
    "tempo.co",
    "cnnindonesia.com",
    "antaranews.com",
    "voi.id",
];
const FR_SITES: &[&str] = &[
    "lemonde.fr",
    "lefigaro.fr",
    "francetvinfo.fr",
    "liberation.fr",
    "20minutes.fr",
    "rfi.fr",
];

/// One generated article file.
pub struct GeneratedArticle {
    pub lang: Lang,
    /// Relative path, `/`-separated.
    pub path: String,
    /// The article as plain text: headline, then paragraphs.
    pub text: String,
    /// `2024-02-29`.
    pub date: String,
    pub source: String,
    /// Written as a JSON Lines record with its date and source (else as `text`).
    pub jsonl: bool,
}

impl GeneratedArticle {
    /// Its `doc` in the index: a JSON Lines record is its file's line 1.
    pub fn doc(&self) -> String {
        if self.jsonl {
            format!("{}#1", self.path)
        } else {
            self.path.clone()
        }
    }

    /// What its file holds.
    pub fn contents(&self) -> String {
        if !self.jsonl {
            return self.text.clone();
        }
        let (title, body) = self.text.split_once('\n').unwrap_or((&self.text, ""));
        let record = serde_json::json!({
            "title": title.trim(),
            "date": self.date,
            "source": self.source,
            "text": body.trim(),
        });
        format!("{record}\n")
    }
}

impl Generator {
    pub fn new(seed: u64) -> Generator {
        let mut rng = Rng::derive(seed, 1, 0);
        Generator {
            seed,
            id_words: Vocabulary::new(indonesian_words(&mut rng), 1.0, CONTENT_Q),
            fr_words: Vocabulary::new(french_words(&mut rng), 1.0, CONTENT_Q),
            id_function: Vocabulary::new(owned(ID_FUNCTION), 0.9, 2.7),
            fr_function: Vocabulary::new(owned(FR_FUNCTION), 0.9, 2.7),
            people: people(&mut rng),
            people_zipf: Zipf::new(FIRST_NAMES.len() * LAST_NAMES.len(), 1.0, 10.0),
            orgs: Zipf::new(ORGANISATIONS.len(), 1.0, 3.0),
            sites: Zipf::new(ID_SITES.len(), 1.0, 1.0),
            jsonl: false,
        }
    }

    /// The generator of `new`, writing each article as a JSON Lines record with its
    /// date and source.
    pub fn news(seed: u64) -> Generator {
        Generator {
            jsonl: true,
            ..Generator::new(seed)
        }
    }

    /// Article `index`: 60% Indonesian, 40% French. `variant` 0 is the original; other
    /// variants are the same file rewritten.
    pub fn article(&self, index: u64, variant: u64) -> GeneratedArticle {
        let mut rng = Rng::derive(self.seed, 2, index);
        let lang = if rng.chance(0.6) { Lang::Id } else { Lang::Fr };
        if variant > 0 {
            // Same file (language, path), other text.
            rng = Rng::derive(self.seed, 100 + variant, index);
        }
        let extension = if self.jsonl { "jsonl" } else { "txt" };
        let path = format!(
            "{}/{:03}/{:07}.{extension}",
            lang.code(),
            index / 1000,
            index
        );
        let text = self.article_text(lang, &mut rng);
        // Date and site from a stream of their own: the text is the same without them.
        let mut meta = Rng::derive(self.seed, 3, index);
        let day = meta.below(3653) as i64;
        let date = civil_date(days_from_2015(day));
        let sites = if lang == Lang::Id { ID_SITES } else { FR_SITES };
        let source = sites[self.sites.sample(&mut meta).min(sites.len() - 1)].to_string();
        GeneratedArticle {
            lang,
            path,
            text,
            date,
            source,
            jsonl: self.jsonl,
        }
    }

    /// Copies of stories and other articles on their topics, to measure folding: for
    /// each of `stories` stories, the original and `copies` copies, each with a few
    /// words changed, maybe a paragraph dropped, and its own headline and site; and
    /// `others` articles sharing the story's headline words and people but written
    /// apart. Returns (story number, text of the passages) per article: the copies of
    /// one story share its number, others get `None`.
    pub fn copies(
        &self,
        stories: u64,
        copies: usize,
        others: usize,
    ) -> Vec<(Option<u64>, Vec<String>)> {
        let mut out = Vec::new();
        for story in 0..stories {
            let mut rng = Rng::derive(self.seed, 4, story);
            let lang = if rng.chance(0.6) { Lang::Id } else { Lang::Fr };
            let original = self.article_text(lang, &mut rng);
            let paragraphs: Vec<String> = original
                .split('\n')
                .skip(1)
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect();
            out.push((Some(story), paragraphs.clone()));
            for _ in 0..copies {
                let mut copy = paragraphs.clone();
                // A paragraph dropped, one time in two (never the only ones).
                if copy.len() > 4 && rng.chance(0.5) {
                    let at = rng.below(copy.len());
                    copy.remove(at);
                }
                // A few words changed: one in about 40.
                for p in &mut copy {
                    let words: Vec<String> = p
                        .split(' ')
                        .map(|w| {
                            if rng.chance(0.025) {
                                self.content_word(lang, &mut rng).to_string()
                            } else {
                                w.to_string()
                            }
                        })
                        .collect();
                    *p = words.join(" ");
                }
                out.push((Some(story), copy));
            }
            for _ in 0..others {
                // Another article of the topic: the story's first paragraph's names and
                // words again, in new sentences.
                let mut other_rng = Rng::derive(self.seed, 5, out.len() as u64);
                let topic: Vec<&str> = paragraphs
                    .first()
                    .map(|p| p.split(' ').filter(|w| w.len() > 5).take(8).collect())
                    .unwrap_or_default();
                let text = self.article_text(lang, &mut other_rng);
                let other: Vec<String> = text
                    .split('\n')
                    .skip(1)
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .enumerate()
                    .map(|(i, p)| {
                        let word = topic.get(i % topic.len().max(1)).copied().unwrap_or("");
                        format!("{word} {p} {word}")
                    })
                    .collect();
                out.push((None, other));
            }
        }
        out
    }

    fn article_text(&self, lang: Lang, rng: &mut Rng) -> String {
        let mut paragraphs = Vec::new();
        let headline = self.headline(lang, rng);
        if rng.chance(0.1) {
            // Some sources print the headline twice.
            paragraphs.push(headline.clone());
        }
        paragraphs.insert(0, headline);
        // 4 to 16 passages, 10 on average.
        let passages = rng.range(4, 16);
        for i in 0..passages {
            let mut p = if rng.chance(0.28) {
                self.quotation(lang, rng)
            } else {
                let sentences = rng.range(1, 4);
                self.paragraph(lang, rng, sentences)
            };
            if i == 0 && rng.chance(0.5) {
                p = match lang {
                    Lang::Id => format!("{} - {p}", rng.pick(ID_CITIES)),
                    Lang::Fr => format!("{} (AFP) - {p}", rng.pick(FR_CITIES)),
                };
            }
            if i == 0 && rng.chance(0.05) {
                p = format!(
                    " date {}-{:02} {p}",
                    rng.range(2015, 2025),
                    rng.range(1, 12)
                );
            }
            paragraphs.push(p);
            if lang == Lang::Id && rng.chance(0.03) {
                paragraphs.push("BACA JUGA:".to_string());
            }
        }
        if rng.chance(0.3) {
            // A byline, which is not a passage.
            paragraphs.push(self.name(rng));
        }
        let separator = if rng.chance(0.3) { "\n" } else { "\n\n" };
        let mut text = paragraphs.join(separator);
        text.push('\n');
        text
    }

    fn headline(&self, lang: Lang, rng: &mut Rng) -> String {
        let n = rng.range(5, 12);
        let mut words = Vec::with_capacity(n);
        for i in 0..n {
            let word = if i > 0 && rng.chance(0.25) {
                self.function_word(lang, rng).to_string()
            } else if rng.chance(0.15) {
                self.name(rng)
            } else {
                capitalise(self.content_word(lang, rng))
            };
            words.push(word);
        }
        words.join(" ")
    }

    /// A person, drawn by how often the news mentions them.
    fn person(&self, rng: &mut Rng) -> (&'static str, &'static str) {
        let (first, last) = self.people[self.people_zipf.sample(rng)];
        (FIRST_NAMES[first as usize], LAST_NAMES[last as usize])
    }

    /// A person's full name, or their last name alone.
    fn name(&self, rng: &mut Rng) -> String {
        let (first, last) = self.person(rng);
        if rng.chance(0.4) {
            format!("{first} {last}")
        } else {
            last.to_string()
        }
    }

    fn function_word(&self, lang: Lang, rng: &mut Rng) -> &str {
        match lang {
            Lang::Id => self.id_function.sample(rng),
            Lang::Fr => self.fr_function.sample(rng),
        }
    }

    fn content_word(&self, lang: Lang, rng: &mut Rng) -> &str {
        match lang {
            Lang::Id => self.id_words.sample(rng),
            Lang::Fr => self.fr_words.sample(rng),
        }
    }

    fn number(&self, lang: Lang, rng: &mut Rng) -> String {
        let (days, months, units) = match lang {
            Lang::Id => (ID_DAYS, ID_MONTHS, ID_UNITS),
            Lang::Fr => (FR_DAYS, FR_MONTHS, FR_UNITS),
        };
        match rng.below(5) {
            0 => format!(
                "{} {} {}",
                rng.pick(days),
                rng.range(1, 28),
                rng.pick(months)
            ),
            1 => format!("{} {}", rng.range(2, 99), rng.pick(units)),
            2 => {
                // Thousands: 16.000 in Indonesian, 16 000 in French.
                let n = rng.range(1, 999);
                match lang {
                    Lang::Id => format!("{n}.{:03}", rng.below(1000)),
                    Lang::Fr => format!("{n} {:03}", rng.below(1000)),
                }
            }
            3 => format!("{},{}", rng.range(1, 99), rng.below(10)),
            _ => format!("{}", rng.range(2000, 2025)),
        }
    }

    /// A sentence without its final punctuation.
    fn sentence_body(&self, lang: Lang, rng: &mut Rng) -> String {
        let n = rng.range(8, 26);
        let mut out = String::with_capacity(n * 8);
        let mut previous_elides = false;
        for i in 0..n {
            let roll = rng.unit();
            let word: String = if roll < 0.42 {
                self.function_word(lang, rng).to_string()
            } else if roll < 0.46 {
                self.name(rng)
            } else if roll < 0.48 {
                ORGANISATIONS[self.orgs.sample(rng)].to_string()
            } else if roll < 0.51 {
                self.number(lang, rng)
            } else {
                let w = self.content_word(lang, rng);
                match lang {
                    Lang::Id if rng.chance(0.04) => format!("{w}nya"),
                    Lang::Id if rng.chance(0.01) && !w.contains(' ') => format!("{w}-{w}"),
                    _ => w.to_string(),
                }
            };
            let elide = lang == Lang::Fr
                && previous_elides
                && word.starts_with(['a', 'e', 'é', 'i', 'o', 'u', 'h']);
            if elide {
                // "le avenir" → "l'avenir", "de entreprise" → "d'entreprise".
                out.truncate(out.trim_end_matches(|c: char| c.is_alphabetic()).len());
                let article = if rng.chance(0.6) { "l'" } else { "d'" };
                out.push_str(article);
            } else if i > 0 {
                out.push(' ');
            }
            if i == 0 {
                out.push_str(&capitalise(&word));
            } else {
                out.push_str(&word);
            }
            previous_elides = matches!(word.as_str(), "le" | "la" | "de");
            if i + 1 < n && rng.chance(0.06) {
                out.push(',');
                previous_elides = false;
            }
        }
        out
    }

    fn paragraph(&self, lang: Lang, rng: &mut Rng, sentences: usize) -> String {
        let mut out = String::new();
        for i in 0..sentences {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(&self.sentence_body(lang, rng));
            out.push('.');
        }
        out
    }

    fn quotation(&self, lang: Lang, rng: &mut Rng) -> String {
        let speaker = self.name(rng);
        let said = self.sentence_body(lang, rng);
        match lang {
            Lang::Id => match rng.below(3) {
                0 => format!("\"{said},\" {} {speaker}.", rng.pick(ID_SAY)),
                1 => format!("“{said},” {} {speaker}.", rng.pick(ID_SAY)),
                _ => format!("{speaker} mengatakan, \"{said}.\""),
            },
            Lang::Fr => match rng.below(3) {
                0 => format!("\"{said}\", {} {speaker}.", rng.pick(FR_SAY)),
                1 => format!("« {said} », {} {speaker}.", rng.pick(FR_SAY)),
                _ => format!("Selon {speaker}, « {said} »."),
            },
        }
    }

    /// `n` queries for latency measurements: one to four words, quoted phrases, names
    /// with a word, and questions in the three languages, in fixed proportions. Phrases
    /// are taken from articles `0..articles`, so each occurs at least once in a corpus
    /// that holds those.
    pub fn queries(&self, n: usize, articles: u64) -> Vec<String> {
        let mut rng = Rng::derive(self.seed, 1000, 0);
        (0..n).map(|_| self.query(&mut rng, articles)).collect()
    }

    /// Two or three consecutive words of a passage of one of the first `articles`.
    fn phrase(&self, rng: &mut Rng, articles: u64) -> String {
        let article = self.article(rng.below(articles.max(1) as usize) as u64, 0);
        let paragraphs: Vec<&str> = article
            .text
            .split('\n')
            .skip(1)
            .filter(|p| p.split_whitespace().count() >= 4)
            .collect();
        let paragraph = paragraphs.get(rng.below(paragraphs.len().max(1))).copied();
        let words: Vec<String> = paragraph
            .unwrap_or(&article.text)
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        let len = rng.range(2, 3).min(words.len());
        let start = rng.below(words.len() - len + 1);
        words[start..start + len].join(" ")
    }

    fn query(&self, rng: &mut Rng, articles: u64) -> String {
        let lang = if rng.chance(0.6) { Lang::Id } else { Lang::Fr };
        let topic = |rng: &mut Rng| self.content_word(lang, rng).to_string();
        let who = self.person(rng).1;
        match rng.below(10) {
            0..=3 => {
                let n = rng.range(1, 4);
                (0..n).map(|_| topic(rng)).collect::<Vec<_>>().join(" ")
            }
            4 | 5 => format!("\"{}\"", self.phrase(rng, articles)),
            6 | 7 => format!("{who} {}", topic(rng)),
            _ => match rng.below(3) {
                0 => format!("what did {who} say about {}", topic(rng)),
                1 => format!("apa kata {who} tentang {}", topic(rng)),
                _ => format!("qu'a dit {who} sur {}", topic(rng)),
            },
        }
    }
}

/// Every first and last name pair, the seeds' people first, the rest in a seeded order.
fn people(rng: &mut Rng) -> Vec<(u16, u16)> {
    let seeded = 20.min(FIRST_NAMES.len()).min(LAST_NAMES.len());
    let mut rest: Vec<(u16, u16)> = (0..FIRST_NAMES.len())
        .flat_map(|f| (0..LAST_NAMES.len()).map(move |l| (f as u16, l as u16)))
        .filter(|&(f, l)| !(f == l && (f as usize) < seeded))
        .collect();
    shuffle(&mut rest, rng);
    let mut people: Vec<(u16, u16)> = (0..seeded as u16).map(|i| (i, i)).collect();
    people.extend(rest);
    people
}

fn owned(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn shuffle<T>(items: &mut [T], rng: &mut Rng) {
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i + 1));
    }
}

/// The common words, then every affixed form of the lexicon's productive roots in a
/// seeded order.
fn indonesian_words(rng: &mut Rng) -> Vec<String> {
    let mut forms = Vec::new();
    for line in ID_ROOTS.lines().filter(|l| !l.starts_with('#')) {
        let (root, profile) = line.split_once('\t').unwrap_or((line, ""));
        if root.len() < 3 || !root.bytes().all(|b| b.is_ascii_lowercase()) || profile.is_empty() {
            continue;
        }
        forms.extend(affixed_forms(root, profile));
    }
    shuffle(&mut forms, rng);
    let mut words = owned(ID_COMMON);
    words.extend(forms);
    dedup_keep_order(words)
}

/// The forms of `root` its lexicon profile allows (see the lexicon's header: b ber-,
/// d di-, k ke-, m meN-, p peN-/per-, s se-, t ter-, I -i, K -kan, A -an, * bound).
fn affixed_forms(root: &str, profile: &str) -> Vec<String> {
    let has = |c: char| profile.contains(c);
    let suffixes: Vec<&str> = [("", true), ("kan", has('K')), ("i", has('I'))]
        .iter()
        .filter(|(_, ok)| *ok)
        .map(|(s, _)| *s)
        .collect();
    let mut out = Vec::new();
    if !has('*') {
        out.push(root.to_string());
    }
    if has('A') {
        out.push(format!("{root}an"));
    }
    for suffix in &suffixes {
        if has('m') {
            out.push(format!("{}{suffix}", nasal_prefix("me", root)));
        }
        if has('d') {
            out.push(format!("di{root}{suffix}"));
        }
    }
    if has('b') {
        out.push(if root.starts_with('r') {
            format!("be{root}")
        } else {
            format!("ber{root}")
        });
    }
    if has('t') {
        out.push(if root.starts_with('r') {
            format!("te{root}")
        } else {
            format!("ter{root}")
        });
    }
    if has('p') {
        out.push(format!("{}an", nasal_prefix("pe", root)));
    }
    if has('k') {
        out.push(format!("ke{root}an"));
    }
    if has('s') {
        out.push(format!("se{root}"));
    }
    out
}

/// `meN-`/`peN-` with its sound change: tulis → menulis, pakai → memakai, kirim →
/// mengirim, sewa → menyewa, beli → membeli, lihat → melihat, ambil → mengambil.
fn nasal_prefix(base: &str, root: &str) -> String {
    let bytes = root.as_bytes();
    let first = bytes[0];
    let second_is_vowel = bytes.get(1).is_some_and(|b| b"aeiou".contains(b));
    let vowels = root.bytes().filter(|b| b"aeiou".contains(b)).count();
    if vowels == 1 {
        return format!("{base}nge{root}");
    }
    match first {
        b'a' | b'e' | b'i' | b'o' | b'u' | b'g' | b'h' => format!("{base}ng{root}"),
        b'k' if second_is_vowel => format!("{base}ng{}", &root[1..]),
        b'k' => format!("{base}ng{root}"),
        b'p' if second_is_vowel => format!("{base}m{}", &root[1..]),
        b'p' | b'b' | b'f' | b'v' => format!("{base}m{root}"),
        b't' if second_is_vowel => format!("{base}n{}", &root[1..]),
        b't' | b'd' | b'c' | b'j' | b'z' => format!("{base}n{root}"),
        b's' if second_is_vowel => format!("{base}ny{}", &root[1..]),
        b's' => format!("{base}n{root}"),
        _ => format!("{base}{root}"),
    }
}

/// The common words, then the Snowball vocabulary's French words in a seeded order.
fn french_words(rng: &mut Rng) -> Vec<String> {
    let mut forms: Vec<String> = FR_VOCABULARY
        .lines()
        .filter_map(|l| l.split('\t').next())
        .filter(|w| w.chars().count() >= 3 && w.chars().all(|c| c.is_lowercase() || c == '-'))
        .map(str::to_string)
        .collect();
    shuffle(&mut forms, rng);
    let mut words = owned(FR_COMMON);
    words.extend(forms);
    dedup_keep_order(words)
}

fn dedup_keep_order(words: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    words
        .into_iter()
        .filter(|w| seen.insert(w.clone()))
        .collect()
}

/// What was written.
#[derive(Debug, Clone, Copy, Default)]
pub struct Written {
    pub files: u64,
    pub bytes: u64,
}

/// Writes articles `0..n` under `dir` (in `threads` threads), as plain text.
pub fn write_corpus(dir: &Path, n: u64, seed: u64, threads: usize) -> io::Result<Written> {
    write_corpus_of(&Generator::new(seed), dir, n, threads)
}

/// Writes articles `0..n` of `generator` under `dir` (in `threads` threads).
pub fn write_corpus_of(
    generator: &Generator,
    dir: &Path,
    n: u64,
    threads: usize,
) -> io::Result<Written> {
    let threads = threads.max(1) as u64;
    let results: Vec<io::Result<Written>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let generator = &generator;
                scope.spawn(move || {
                    let mut written = Written::default();
                    let mut i = t;
                    while i < n {
                        written.bytes += write_article(dir, &generator.article(i, 0))?;
                        written.files += 1;
                        i += threads;
                    }
                    Ok(written)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(io::Error::other("generator thread panicked")))
            })
            .collect()
    });
    let mut total = Written::default();
    for r in results {
        let w = r?;
        total.files += w.files;
        total.bytes += w.bytes;
    }
    Ok(total)
}

/// Writes one article under `dir`; its size in bytes.
pub fn write_article(dir: &Path, article: &GeneratedArticle) -> io::Result<u64> {
    let path = article_path(dir, article);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    let contents = article.contents();
    fs::write(&path, &contents)?;
    Ok(contents.len() as u64)
}

/// Days from 2015-01-01 to days from 1970-01-01.
fn days_from_2015(day: i64) -> i64 {
    16_436 + day
}

/// `2024-02-29` for days since 1970-01-01, by the index's own calendar.
fn civil_date(days: i64) -> String {
    let (year, month, day) = cari::index::civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

pub fn article_path(dir: &Path, article: &GeneratedArticle) -> PathBuf {
    dir.join(&article.path)
}

/// Sample text of one language, about `bytes` long, as paragraphs.
pub fn sample_paragraphs(generator: &Generator, lang: Lang, bytes: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut total = 0;
    let mut i = 0u64;
    while total < bytes {
        let article = generator.article(i, 0);
        i += 1;
        if article.lang != lang {
            continue;
        }
        for p in article.text.split('\n').filter(|p| !p.trim().is_empty()) {
            total += p.len();
            out.push(p.to_string());
        }
    }
    out
}

/// A short description, for the table's caption.
pub fn describe(written: Written) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "{} files, {:.1} MB",
        written.files,
        written.bytes as f64 / 1e6
    );
    s
}
