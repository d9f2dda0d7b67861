//! Whether a question asks for a woman or a man, and what an article says of a
//! person's: "who is the headmistress of …", "quelle procureure …", "siapa ibu …"
//! against `Mme Fatouma Omar Dini, … directrice de l'établissement` and `M. Alpha
//! Oumar Sow, directeur régional`.
//!
//! Only what the words mark is read: a title (`Mme`, `Mrs`, `Ibu`, `Dra.`), a noun of
//! one sex (`headmistress`, `directrice`, `perempuan`), French's article before a role
//! (`la juge`). A name tells nothing here: no first-name list is kept.

use std::ops::Range;

use super::quotes::role_class;
use crate::people::People;
use crate::plan::words::{Word, words};

/// A person's sex as the words mark it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sex {
    /// A woman.
    Female,
    /// A man.
    Male,
}

/// How sure the question's mark is: a noun of one sex (`headmistress`, `procureure`),
/// or French's masculine, which also stands for anyone (`quel responsable`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Asked {
    sex: Sex,
    sure: bool,
}

/// Words that ask for a woman, lower case: English and Indonesian nouns, and French
/// feminine nouns of people.
const FEMALE_NOUNS: &[&str] = &[
    "woman",
    "headmistress",
    "chairwoman",
    "spokeswoman",
    "businesswoman",
    "policewoman",
    "councilwoman",
    "congresswoman",
    "mother",
    "daughter",
    "wife",
    "widow",
    "girl",
    "grandmother",
    "sister",
    "actress",
    "femme",
    "fille",
    "mère",
    "veuve",
    "directrice",
    "présidente",
    "avocate",
    "procureure",
    "enseignante",
    "conseillère",
    "cheffe",
    "adolescente",
    "habitante",
    "éleveuse",
    "agricultrice",
    "infirmière",
    "commerçante",
    "gérante",
    "fondatrice",
    "retraitée",
    "ibu",
    "perempuan",
    "wanita",
];

/// Words that ask for a man, lower case. Not French masculine nouns, which stand for
/// anyone (see `Asked`), nor `chairman`, written for either.
const MALE_NOUNS: &[&str] = &[
    "man",
    "headmaster",
    "spokesman",
    "businessman",
    "policeman",
    "councilman",
    "father",
    "son",
    "husband",
    "boy",
    "grandfather",
    "brother",
    "homme",
    "père",
    "fils",
    "mari",
    "garçon",
    "bapak",
    "pria",
    "laki-laki",
];

/// Whether a French word is a role, itself or in its masculine (`trésorière` →
/// `trésorier`, `directrice` → `directeur`, `avocate` → `avocat`).
fn a_role_in_the_feminine(word: &str) -> bool {
    let masculine = [
        ("ière", "ier"),
        ("rice", "eur"),
        ("euse", "eur"),
        ("enne", "en"),
        ("e", ""),
    ]
    .iter()
    .filter_map(|(fem, masc)| word.strip_suffix(fem).map(|stem| format!("{stem}{masc}")));
    // French roles only: `la justice` is no judge.
    let french_role = |w: &str| {
        crate::language::fr::PROFILE
            .roles
            .iter()
            .any(|kind| kind.contains(&w))
    };
    french_role(word) || masculine.into_iter().any(|m| french_role(&m))
}

/// Indonesian nouns of one sex, which may qualify another noun (see `asked`).
const INDONESIAN_NOUNS: &[&str] = &["ibu", "perempuan", "wanita", "bapak", "pria", "laki-laki"];

/// Indonesian words after which such a noun is the person asked.
const INTRODUCING: &[&str] = &["siapa", "nama", "seorang", "sang", "si", "yang", "para"];

/// French words after `quel`/`quelle` that are no noun of the one asked (`quelle est
/// …`, `quelle personne`, feminine whoever it is).
const NOT_THE_NOUN: &[&str] = &["est", "était", "sont", "personne", "personnalité"];

/// The sex a question asks for, if its words mark one.
pub(crate) fn asked(question: &[Word]) -> Option<Asked> {
    let lower: Vec<String> = question
        .iter()
        .filter(|w| !w.is_punct())
        .map(|w| w.lower().into_owned())
        .collect();
    let sure = |sex| Some(Asked { sex, sure: true });
    // Indonesian puts a noun of one sex after the noun it qualifies (`ketua perkumpulan
    // pedagang perempuan`, the women traders' head); it names the one asked only
    // right after the question word or a word introducing a person (`siapa ibu …`,
    // `nama ibu bocah`), and `ibu kota` is a capital city.
    let of_the_asked = |k: usize| {
        let w = lower[k].as_str();
        if !INDONESIAN_NOUNS.contains(&w) {
            return true;
        }
        let before = k.checked_sub(1).map_or("", |b| lower[b].as_str());
        let after = lower.get(k + 1).map_or("", String::as_str);
        after != "kota" && (k == 0 || INTRODUCING.contains(&before))
    };
    let marks = |list: &[&str]| {
        (0..lower.len()).any(|k| list.contains(&lower[k].as_str()) && of_the_asked(k))
    };
    if marks(FEMALE_NOUNS) {
        return sure(Sex::Female);
    }
    if marks(MALE_NOUNS) {
        return sure(Sex::Male);
    }
    // `qui est la trésorière`, `la juge …`: French's feminine article before a role,
    // or before the noun a "qui est" asks by.
    let asked_by_la = lower.windows(4).any(|w| {
        w[0] == "qui"
            && matches!(w[1].as_str(), "est" | "était")
            && w[2] == "la"
            && !NOT_THE_NOUN.contains(&w[3].as_str())
    });
    if asked_by_la
        || lower
            .windows(2)
            .any(|pair| pair[0] == "la" && a_role_in_the_feminine(&pair[1]))
    {
        return sure(Sex::Female);
    }
    // `quelle procureure`, `quelle juge`: the feminine of the word asking.
    for pair in lower.windows(2) {
        let noun = !NOT_THE_NOUN.contains(&pair[1].as_str());
        match pair[0].as_str() {
            "quelle" if noun => return sure(Sex::Female),
            "quel" if noun => {
                return Some(Asked {
                    sex: Sex::Male,
                    sure: false,
                });
            }
            _ => {}
        }
    }
    None
}

/// Titles written before a woman's name, lower case and without their point.
const FEMALE_TITLES: &[&str] = &[
    "mme",
    "madame",
    "mrs",
    "ms",
    "miss",
    "mlle",
    "mademoiselle",
    "ibu",
    "bu",
    "hj",
    "hajjah",
    "dra",
    "nyonya",
];

/// Titles written before a man's name.
const MALE_TITLES: &[&str] = &["m", "monsieur", "mr", "pak", "bapak", "drs", "tuan"];

/// French articles before a role before a name (`la juge Chantal Bérubé`).
const FEMININE_ARTICLES: &[&str] = &["la", "une"];
const MASCULINE_ARTICLES: &[&str] = &["le", "un"];

/// French roles in the masculine, which the article writes of a man (`le directeur
/// régional, Alpha Oumar Sow`), and English nouns of men.
const MALE_ROLES: &[&str] = &[
    "directeur",
    "président",
    "avocat",
    "procureur",
    "enseignant",
    "conseiller",
    "habitant",
    "éleveur",
    "agriculteur",
    "infirmier",
    "commerçant",
    "gérant",
    "fondateur",
    "retraité",
    "headmaster",
    "spokesman",
    "businessman",
    "policeman",
];

/// Words around a mention read for its marks: the apposition after (`…, 44 ans,
/// directrice de l'établissement`); two more of the role phrase before (`Le
/// directeur régional de l'éducation, …`).
const MARK_WORDS: usize = 4;

/// The sex the article marks for the person `name`, if its mentions say one and none
/// says the other.
pub(crate) fn of_person(paragraphs: &[&str], people: &People, name: &str) -> Option<Sex> {
    let (mut female, mut male) = (false, false);
    for m in people.mentions.iter().filter(|m| m.name == name) {
        let Some(text) = paragraphs.get(m.paragraph) else {
            continue;
        };
        // A paragraph naming no one else tells the person's sex by its pronouns too
        // (`…," she said.`, `a-t-elle ajouté`).
        let alone = people
            .mentions
            .iter()
            .all(|o| o.paragraph != m.paragraph || o.name == name);
        let sex =
            marked_around(text, &m.range).or_else(|| alone.then(|| by_pronouns(text)).flatten());
        match sex {
            Some(Sex::Female) => female = true,
            Some(Sex::Male) => male = true,
            None => {}
        }
    }
    match (female, male) {
        (true, false) => Some(Sex::Female),
        (false, true) => Some(Sex::Male),
        _ => None,
    }
}

/// The sex the words right around a mention mark.
fn marked_around(text: &str, range: &Range<usize>) -> Option<Sex> {
    let before = text.get(..range.start).map(words).unwrap_or_default();
    let after = text.get(range.end..).map(words).unwrap_or_default();
    // Back to the sentence's start or a few words, commas and points of titles aside.
    let near_before: Vec<String> = before
        .iter()
        .rev()
        .filter(|w| !matches!(w.text, "," | "."))
        .take_while(|w| !w.is_punct() || w.text == "(" || w.text == ")")
        .take(MARK_WORDS + 2)
        .map(|w| without_point(&w.lower()))
        .collect();
    let near_after: Vec<String> = after
        .iter()
        .skip_while(|w| w.text == ",")
        .take_while(|w| !w.is_punct() || w.text == ",")
        .filter(|w| !w.is_punct())
        .take(MARK_WORDS)
        .map(|w| w.lower().into_owned())
        .collect();
    // The title right before the name, or the role's article and noun.
    let title = near_before.first().map(String::as_str).unwrap_or("");
    if FEMALE_TITLES.contains(&title) {
        return Some(Sex::Female);
    }
    if MALE_TITLES.contains(&title) {
        return Some(Sex::Male);
    }
    // `la juge Chantal Bérubé`: the article of the role right before the name, not of
    // a word further back (`le maire de la commune, Jean …`).
    let role_before = role_class(title).is_some();
    let nouns = near_before.iter().chain(&near_after).map(String::as_str);
    let mut sex = None;
    for (k, w) in nouns.enumerate() {
        let marked = if FEMALE_NOUNS.contains(&w) {
            Some(Sex::Female)
        } else if MALE_ROLES.contains(&w) || MALE_NOUNS.contains(&w) {
            Some(Sex::Male)
        } else if k == 1 && role_before && FEMININE_ARTICLES.contains(&w) {
            Some(Sex::Female)
        } else if k == 1 && role_before && MASCULINE_ARTICLES.contains(&w) {
            Some(Sex::Male)
        } else {
            None
        };
        match (sex, marked) {
            (None, Some(s)) => sex = Some(s),
            (Some(a), Some(b)) if a != b => return None,
            _ => {}
        }
    }
    sex
}

/// Pronouns of a woman and of a man, lower case. French `il` is left out: it is
/// impersonal as often (`il faut`, `il y a`); `-t-il` is not.
const FEMALE_PRONOUNS: &[&str] = &["she", "her", "herself", "elle", "a-t-elle"];
const MALE_PRONOUNS: &[&str] = &["he", "his", "him", "himself", "a-t-il"];

/// The sex a paragraph's pronouns tell, when they tell one only.
fn by_pronouns(text: &str) -> Option<Sex> {
    let ws = words(text);
    let said = |list: &[&str]| {
        ws.iter().any(|w| {
            let lower = w.lower();
            list.contains(&lower.as_ref())
                || (list.contains(&"a-t-elle") && lower.ends_with("-t-elle"))
                || (list.contains(&"a-t-il") && lower.ends_with("-t-il"))
        })
    };
    match (said(FEMALE_PRONOUNS), said(MALE_PRONOUNS)) {
        (true, false) => Some(Sex::Female),
        (false, true) => Some(Sex::Male),
        _ => None,
    }
}

/// `Mme.`, `Dra.`: a title without its point.
fn without_point(lower: &str) -> String {
    lower.trim_end_matches('.').to_string()
}

/// What a person whose sex the article marks as the one asked gains.
const SAME_SEX: f32 = 1.4;
/// What one marked as the other keeps, when the question marks the sex surely.
const OTHER_SEX: f32 = 0.4;
/// … and when French's masculine asks, which may stand for anyone.
const OTHER_SEX_UNSURE: f32 = 0.8;

/// What a person of the sex `marked` fits a question asking `asked`.
pub(crate) fn fit(asked: Option<Asked>, marked: Option<Sex>) -> f32 {
    match (asked, marked) {
        (Some(a), Some(m)) if a.sex == m && a.sure => SAME_SEX,
        (Some(a), Some(m)) if a.sex == m => 1.0,
        (Some(a), Some(_)) if a.sure => OTHER_SEX,
        (Some(_), Some(_)) => OTHER_SEX_UNSURE,
        _ => 1.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked_of(q: &str) -> Option<Sex> {
        asked(&words(q)).map(|a| a.sex)
    }

    #[test]
    fn questions_asking_a_woman_or_a_man() {
        for q in [
            "Who is the headmistress of the Tolo primary school?",
            "Quelle procureure a requis sept ans de prison ?",
            "Quelle juge a accordé l'injonction ?",
            "Siapa nama ibu bocah yang diculik?",
            "Who was the woman killed in the fire?",
            "Qui est la trésorière de la coopérative des producteurs d'hévéa ?",
        ] {
            assert_eq!(asked_of(q), Some(Sex::Female), "{q}");
        }
        assert_eq!(
            asked_of("Quel éleveur a récupéré ses vaches ?"),
            Some(Sex::Male)
        );
        assert!(
            !asked(&words("Quel éleveur a récupéré ses vaches ?"))
                .unwrap()
                .sure
        );
        for q in [
            "Siapa ketua perkumpulan pedagang perempuan di pasar besar Bouaké?",
            "Di mana ibu kota provinsi itu?",
            "Who is the head of the office?",
            "Quelle est la personne qui a signé ?",
            "Qui dirige la coopérative ?",
            "Qui est le président de la chambre ?",
            "Qui a saisi la justice après l'accident ?",
            "Siapa kepala dinas itu?",
        ] {
            assert_eq!(asked_of(q), None, "{q}");
        }
    }

    fn marked(text: &str, name: &str) -> Option<Sex> {
        let start = text.find(name).unwrap();
        marked_around(text, &(start..start + name.len()))
    }

    #[test]
    fn marks_around_a_name() {
        assert_eq!(
            marked(
                "« Avant, nous avions tout », a rappelé Mme Fatouma Omar Dini, 44 ans, directrice de l'établissement.",
                "Fatouma Omar Dini"
            ),
            Some(Sex::Female)
        );
        assert_eq!(
            marked(
                "Le directeur régional de l'éducation, Alpha Oumar Sow, a parlé.",
                "Alpha Oumar Sow"
            ),
            Some(Sex::Male)
        );
        assert_eq!(
            marked(
                "Principal Mrs Deborah Angelini said 14 classrooms were shut.",
                "Deborah Angelini"
            ),
            Some(Sex::Female)
        );
        assert_eq!(
            marked(
                "Kepala Dinas Pendidikan, Dra. Hj. Syafriati Nasution, M.Pd., mengatakan.",
                "Syafriati Nasution"
            ),
            Some(Sex::Female)
        );
        assert_eq!(
            marked(
                "Selon la juge Chantal Bérubé, le dossier est clos.",
                "Chantal Bérubé"
            ),
            Some(Sex::Female)
        );
        assert_eq!(
            marked(
                "Joseph Kiprono said the market would reopen.",
                "Joseph Kiprono"
            ),
            None
        );
    }

    #[test]
    fn pronouns_of_a_paragraph() {
        assert_eq!(
            by_pronouns(
                "Dr Halima Aden Farah dismissed the complaints. \"It is unhygienic,\" she said."
            ),
            Some(Sex::Female)
        );
        assert_eq!(
            by_pronouns("« Nous avons tout perdu », a-t-il confié, très ému."),
            Some(Sex::Male)
        );
        assert_eq!(by_pronouns("Il faut attendre, selon Marie Dubois."), None);
        assert_eq!(by_pronouns("She told him to wait."), None);
    }

    #[test]
    fn fit_of_the_sex_marked() {
        let sure = asked(&words("Who is the headmistress?"));
        assert!(fit(sure, Some(Sex::Female)) > 1.0);
        assert!(fit(sure, Some(Sex::Male)) < 1.0);
        assert_eq!(fit(sure, None), 1.0);
        let unsure = asked(&words("Quel éleveur a parlé ?"));
        assert_eq!(fit(unsure, Some(Sex::Male)), 1.0);
        assert!(fit(unsure, Some(Sex::Female)) > fit(sure, Some(Sex::Male)));
    }
}
