//! Language identification: which of cari's analysers an article (or a passage) gets.
//!
//! whatlang is asked to choose only among languages that matter here: Indonesian and
//! French, which cari analyses, and a few Latin-script languages that would otherwise be
//! forced into one of them. Anything else, or text too short to judge, is `Other`.

use serde::Serialize;
use whatlang::{Detector, Lang as WLang};

/// The language of a text as far as analysis is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Id,
    Fr,
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

/// Fewer letters than this and detection is a guess: call it `Other`.
const MIN_LETTERS: usize = 20;

fn detector() -> Detector {
    Detector::with_allowlist(vec![
        WLang::Ind,
        WLang::Fra,
        WLang::Eng,
        WLang::Deu,
        WLang::Spa,
        WLang::Por,
        WLang::Ita,
        WLang::Nld,
    ])
}

fn map(lang: WLang) -> Lang {
    match lang {
        WLang::Ind => Lang::Id,
        WLang::Fra => Lang::Fr,
        _ => Lang::Other,
    }
}

/// The language of a whole text (an article).
pub fn detect(text: &str) -> Lang {
    if text.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
        return Lang::Other;
    }
    detector().detect_lang(text).map(map).unwrap_or(Lang::Other)
}

/// The language of one passage of an article written in `article`: the article's
/// language unless the passage is long enough to judge and reliably another language
/// cari analyses (a French quotation inside an Indonesian article).
pub fn detect_passage(text: &str, article: Lang) -> Lang {
    const MIN_PASSAGE_LETTERS: usize = 60;
    if text.chars().filter(|c| c.is_alphabetic()).count() < MIN_PASSAGE_LETTERS {
        return article;
    }
    match detector().detect(text) {
        Some(info) if info.is_reliable() => match map(info.lang()) {
            Lang::Other => article,
            lang => lang,
        },
        _ => article,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_french_paragraph_in_an_indonesian_article_is_french() {
        let fr = "Les autorités japonaises et les entreprises redoublent d'efforts pour combler leur retard dans le domaine du développement de l'IA.";
        assert_eq!(detect_passage(fr, Lang::Id), Lang::Fr);
        assert_eq!(
            detect_passage("Zuckerberg bertemu Lee.", Lang::Id),
            Lang::Id
        );
    }
}
