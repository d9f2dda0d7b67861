//! The organisations an article names, for answering "who" and "which company": a
//! company, a ministry, a bank, a club, a university, a government.
//!
//! Cues, all from the languages' word lists (see `language`): a capitalised name
//! holding an organisation's word (`Kementerian Keuangan`, `Bank of England`, `PT
//! Wijaya Karya`, `Meta Platforms Inc`, `Banque de France`); a head written in lower
//! case before what it governs (`le gouvernement japonais`, `pemerintah Jepang`, `le
//! ministère de l'Intérieur`); a common noun before a name (`perusahaan modal ventura
//! Horizon Capital`, `la société Nexalis`, `the Chinese company DeepSeek`) or after it
//! (`DeepSeek, sebuah startup AI`); a long name with its acronym in brackets
//! (`Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)`). A name cued once is the
//! organisation wherever the article writes it. An acronym with no cue (`BMKG`,
//! `PSSI`) is only a weak candidate: `AI` and `GPU` are written the same way; a name of
//! several capitalised words with no cue at all (`the Canadian Red Cross`), weaker
//! still.
//!
//! People come first: a run the article names as a person is never an organisation.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

use crate::ask::quotes::{is_acronym, is_common_word, role_class, without_elision};
use crate::language;
use crate::people::People;
use crate::plan::words::{Word, words};

/// Words a name run can hold at most.
const MAX_NAME_WORDS: usize = 8;
/// Words a dateline holds at most before its dash (`MALANG, JATIM -`).
const DATELINE_WORDS: usize = 6;
/// Lower-case words allowed between a common noun and the name it introduces
/// (`perusahaan modal ventura Horizon Capital`).
const MAX_NOUN_FILLER: usize = 3;
/// Words allowed between the article and the common noun saying what a name is
/// (`Condamine Fuel Logistics, a Queensland carrier`).
const NOUN_QUALIFIERS: usize = 2;

/// How an organisation was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum OrgCue {
    /// A name of several capitalised words no cue makes anything (`the Canadian Red
    /// Cross registered…`): maybe an organisation, maybe a place or an event.
    Capitalised,
    /// Only written in capitals (`BMKG`): maybe an organisation, maybe a thing (`GPU`).
    Acronym,
    /// A cue of the article makes it an organisation.
    Named,
}

/// One mention of an organisation in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OrgMention {
    /// The paragraph (index in the slice given).
    pub paragraph: usize,
    /// Bytes of the paragraph it spans.
    pub range: Range<usize>,
    /// The name as the article gives it in full (`Badan Meteorologi, Klimatologi, dan
    /// Geofisika` for `BMKG`).
    pub name: String,
    /// How sure.
    pub cue: OrgCue,
}

/// A word that can stand in an organisation's name: capitalised, or an elided article
/// before a capital (`l'Intérieur`, `d'Indonésie`).
fn name_piece(w: &Word) -> bool {
    if w.is_punct() {
        return false;
    }
    if w.is_capitalized() {
        return true;
    }
    let lower = w.lower();
    ["l'", "l’", "d'", "d’"]
        .iter()
        .any(|e| lower.starts_with(e) && w.text[e.len()..].starts_with(char::is_uppercase))
}

/// Whether `w` is a body's word that French and Indonesian write first in its name
/// (`Yayasan`, `Dinas`, `Association`), not one English writes last (`Council`).
fn head_first(w: &Word) -> bool {
    let lower = w.lower();
    (language::id::PROFILE
        .organisation_words
        .contains(&lower.as_ref())
        || language::fr::PROFILE
            .organisation_words
            .contains(&lower.as_ref()))
        && !language::en::PROFILE
            .organisation_words
            .contains(&lower.as_ref())
}

fn is_connector(w: &Word) -> bool {
    language::any(|p| p.name_connectors, &w.lower())
}

fn is_org_word(w: &Word) -> bool {
    let lower = w.lower();
    let lower = lower.trim_end_matches('.');
    language::any(|p| p.organisation_words, lower)
        // `Polsek Prambanan`, `Kejari Lombok Timur`: a public body's abbreviated kind.
        || language::id::body_abbreviation(lower).is_some()
}

/// Whether `ws[k]` is an organisation's word where it stands: a venue's word heads a
/// body unless a noun of place follows it (`Balai Besar Veteriner`, not `Balai Desa`).
fn is_org_word_at(ws: &[Word], k: usize) -> bool {
    is_org_word(&ws[k])
        || language::id::VENUES_HEADING_BODIES.contains(&ws[k].lower().as_ref())
            && !ws
                .get(k + 1)
                .is_some_and(|n| language::any(|p| p.place_nouns, &n.lower()))
}

/// Legal forms written before a company's name (`PT`, `SARL Garage Lavergne
/// Automobiles`), lower case.
const OPENING_FORMS: &[&str] = &["sarl", "sàrl", "sas", "sasu", "eurl", "snc"];

/// Whether `word` is a company's legal form opening its name, in capitals: a person's
/// name after it is the firm's (`SARL Garage Lavergne Automobiles`).
fn opening_form(word: &str) -> bool {
    let lower = language::lowercase(word);
    word.chars().all(|c| !c.is_lowercase())
        && (OPENING_FORMS.contains(&lower.as_ref())
            || language::id::NAME_OPENING_FORMS.contains(&lower.as_ref()))
}

/// Whether `word` is a company's legal form closing its name (`Tremblay Béton et Ponts
/// Ltée`): a company's, even named after someone.
fn closing_form(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && language::any(
            |l| l.company_words,
            language::lowercase(word).trim_end_matches('.'),
        )
}

/// Whether the name ending before `ws[end]` ends with a company's legal form.
fn closed_by_legal_form(ws: &[Word], end: usize) -> bool {
    end >= 2 && ws.get(end - 1).is_some_and(|last| closing_form(last.text))
}

/// Whether `ws[k]` is the apostrophe of a plural's possessive, glued to the word
/// before it (`Growers'`).
fn plural_possessive(ws: &[Word], k: usize) -> bool {
    k > 0
        && ws.get(k).is_some_and(|a| matches!(a.text, "'" | "’"))
        && ws[k - 1].text.ends_with('s')
        && ws[k].start == ws[k - 1].start + ws[k - 1].text.len()
}

/// The run of name words starting at `ws[i]`, small connectors inside it (`Bank of
/// England`): the index after it, or `i` when `ws[i]` starts none.
pub(crate) fn run_end(ws: &[Word], i: usize) -> usize {
    if !ws.get(i).is_some_and(name_piece) {
        return i;
    }
    let mut end = i + 1;
    // Counted from a legal form inside the run, which opens the company's name after
    // someone's post (see `NAME_OPENING_FORMS`).
    let mut from = i;
    while end - from < MAX_NAME_WORDS {
        // `Windward Banana Growers' Cooperative`: a plural's possessive inside the name.
        if plural_possessive(ws, end) && ws.get(end + 1).is_some_and(name_piece) {
            end += 2;
            continue;
        }
        if ws.get(end).is_some_and(name_piece) {
            if language::id::NAME_OPENING_FORMS.contains(&ws[end].lower().as_ref()) {
                from = end;
            }
            end += 1;
            continue;
        }
        // Connectors followed by a name word: `de l'`, `of the`.
        let mut k = end;
        while k < ws.len() && k - end < 2 && is_connector(&ws[k]) {
            k += 1;
        }
        // `SMK Bina Karya dan SMK Taruna Mandiri`: a conjunction before the run's own
        // kind of body joins two bodies, not two words of one name.
        // So does one before a body's word heading a name, after a run that opens
        // with none (`Kendari dan Yayasan Laut Lestari Wakatobi`: a town, then a
        // foundation).
        let another_body = |k: usize| {
            language::any(|p| p.conjunctions, &ws[k - 1].lower())
                && is_org_word(&ws[k])
                && (ws[k].lower() == ws[i].lower() || (head_first(&ws[k]) && !is_org_word(&ws[i])))
        };
        if k > end && ws.get(k).is_some_and(name_piece) && !another_body(k) {
            end = k + 1;
            continue;
        }
        break;
    }
    end
}

/// Words before a list of places: where something happens, or between and through
/// which places it goes.
const BEFORE_PLACES_LISTED: &[&str] = &[
    "de", "entre", "of", "between", "through", "across", "from", "antara",
];

/// Whether the run `ws[i..end]` is two names joined by a conjunction in a list of
/// places (`à Charleroi, Marcinelle, Châtelet et Fleurus`, `through Lokaleng and
/// Mogosane`, `de Dijon et de Lyon`): after a comma or a place's preposition, no
/// body's word in it, it names towns, not one organisation.
fn places_listed(ws: &[Word], i: usize, end: usize) -> bool {
    let joined = ws[i + 1..end]
        .iter()
        .any(|w| language::any(|p| p.conjunctions, &w.lower()));
    let after_place_word = i > 0 && {
        let before = ws[i - 1].lower();
        before == ","
            || language::any(|p| p.place_prepositions, &before)
            || BEFORE_PLACES_LISTED.contains(&before.as_ref())
    };
    joined && after_place_word && !(i..end).any(|k| is_org_word_at(ws, k))
}

/// Words a name in quotation marks holds at most.
const MAX_QUOTED_WORDS: usize = 10;

/// Where the name in quotation marks opening at `ws[open]` closes (the index of the
/// closing mark), when it opens with a capital (`« Sauvons Ibel »`, `"Save Our Pub"`).
fn quoted_name_end(ws: &[Word], open: usize) -> Option<usize> {
    let closing = match ws.get(open)?.text {
        "«" => "»",
        "\u{201c}" => "\u{201d}",
        "\"" => "\"",
        _ => return None,
    };
    if !ws.get(open + 1)?.is_capitalized() {
        return None;
    }
    (open + 2..ws.len().min(open + 2 + MAX_QUOTED_WORDS)).find(|&k| ws[k].text == closing)
}

/// Whether the word before `ws[end]` is a business's abbreviation with its period
/// glued (`Corp.`, `Co.`, `Inc.`, `Ltd.`) inside a sentence (`Acme Co. said`, `Acme
/// Corp. (AC)`): the period is the name's, as papers write it. At a sentence's end it
/// is the sentence's as much.
fn abbreviation_period(ws: &[Word], end: usize) -> bool {
    end > 0
        && ws.get(end).is_some_and(|p| {
            let last = &ws[end - 1];
            p.text == "."
                && p.start == last.start + last.text.len()
                && last.text.chars().count() <= 4
                && language::any(|l| l.company_words, &last.lower())
        })
        && ws
            .get(end + 1)
            .is_some_and(|n| matches!(n.text, "(" | ",") || !n.is_capitalized() && !n.is_punct())
}

/// Where a French body's lower-case description ends, from `from` right after its
/// capitalised word: up to two adjectives (`ardennaise`), then `des`, `du` or `de` and a
/// noun (`producteurs`), and perhaps once more (`de sapins`), followed by a comma, a
/// bracket or a full stop; `None` otherwise.
fn gathering_end(ws: &[Word], from: usize) -> Option<usize> {
    let plain = |w: &Word| {
        !w.is_punct() && w.text.starts_with(char::is_lowercase) && !is_common_word(w.text)
    };
    let of = |w: &Word| matches!(w.text, "des" | "du" | "de");
    let mut k = from;
    while k < from + 2 && ws.get(k).is_some_and(plain) {
        k += 1;
    }
    let mut nouns = 0;
    while nouns < 2 && ws.get(k).is_some_and(of) && ws.get(k + 1).is_some_and(plain) {
        k += 2;
        nouns += 1;
    }
    // `des filières agricoles (FODEFA)`: a word describing the last noun, before the
    // punctuation ending the name.
    // An acronym after it stands for the name when it opens with the name's initial
    // (not `l'intelligence artificielle (IA)`, a common noun's).
    let initial = ws
        .get(from.wrapping_sub(1))
        .and_then(|h| h.text.chars().next());
    let ends_name = |w: &Word, next: Option<&Word>| match w.text {
        "," | "." => true,
        "(" => next.is_some_and(|a| is_acronym(a.text) && a.text.chars().next() == initial),
        _ => false,
    };
    if nouns > 0
        && ws.get(k).is_some_and(plain)
        && ws.get(k + 1).is_some_and(|w| ends_name(w, ws.get(k + 2)))
    {
        k += 1;
    }
    // `l'Union des routiers du Sénégal`: the place it gathers them in ends it, past
    // its article (`de la Mvila`).
    let place = k + 1 + usize::from(ws.get(k + 1).is_some_and(|a| matches!(a.text, "la" | "le")));
    if nouns > 0
        && ws
            .get(k)
            .is_some_and(|w| matches!(w.text, "du" | "de" | "des"))
        && ws
            .get(place)
            .is_some_and(|w| w.is_capitalized() && !w.is_punct())
    {
        return Some(run_end(ws, place));
    }
    (nouns > 0 && ws.get(k).is_some_and(|w| matches!(w.text, "," | "(" | "."))).then_some(k)
}

/// Lower-case words of a head's complement at most (`de commerce`, `d'appel`,
/// `administratif`).
const HEAD_COMPLEMENT_WORDS: usize = 2;

/// Where the name a head's lower-case complement leads to starts (`Toulouse` of
/// `tribunal de commerce de Toulouse`): one or two lower-case words that are no
/// function words, then a connector and a capital; `None` otherwise (`le gouvernement
/// a annoncé`).
fn complement_end(ws: &[Word], head: usize) -> Option<usize> {
    let mut nouns = 0;
    let mut k = head + 1;
    while let Some(w) = ws.get(k) {
        if is_connector(w) && !language::any(|p| p.conjunctions, &w.lower()) {
            k += 1;
            continue;
        }
        // The body's acronym in brackets before the place (`police judiciaire fédérale
        // (PJF) de Charleroi`).
        if w.text == "("
            && nouns > 0
            && ws.get(k + 1).is_some_and(|a| is_acronym(a.text))
            && ws.get(k + 2).is_some_and(|c| c.text == ")")
        {
            k += 3;
            continue;
        }
        // A name opening with its article may follow the complement directly
        // (`Coopérative d'habitation Les Berges du Fleuve`).
        // The place may follow the complement directly (`Agence de l'eau Adour-Garonne`).
        if w.is_capitalized() {
            return (nouns > 0).then_some(k);
        }
        if w.is_punct() || is_common_word(w.text) || nouns == HEAD_COMPLEMENT_WORDS {
            return None;
        }
        nouns += 1;
        k += 1;
    }
    None
}

/// Endings of French adjectives that may end a body's name (`rurales`, `nationale`,
/// `paysanne`, `solidaire`, `citoyen`).
const FRENCH_ADJECTIVE_ENDINGS: &[&str] = &[
    "al", "ale", "ales", "aux", "ien", "ienne", "iennes", "ais", "aise", "ois", "oise", "ique",
    "iques", "aire", "aires", "if", "ive", "ives", "anne",
];

/// Whether `w` is a French adjective in lower case that may end a body's name.
pub(crate) fn french_adjective(w: &Word) -> bool {
    let lower = w.lower();
    !w.is_punct()
        && !w.is_capitalized()
        && !is_common_word(w.text)
        && lower.chars().count() > 4
        && FRENCH_ADJECTIVE_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Words that open a run without being part of a name (`Menurut Kementerian …`,
/// `Direktur Horizon Capital`, `Selasa`).
fn not_a_name_start(w: &Word) -> bool {
    let lower = w.lower();
    is_common_word(w.text)
        || role_class(w.text).is_some()
        || language::month_of(w.text).is_some()
        || language::weekday_of(w.text).is_some()
        || language::any(|p| p.person_titles, &lower)
        // `Direktur Utama Perumda …`: the rest of a role, not the start of the name.
        || language::any(|p| p.role_modifiers, &lower)
        || language::any(|p| p.question_words, &lower)
        // `Pihak Perum Jasa Tirta II menyatakan`: the party of the body, not its name.
        || language::id::BODY_OPENERS.contains(&lower.as_ref())
        // `Aberdeen-based Northern Marine Charters`: where the body is, said of it.
        || lower.ends_with("-based")
        // `40 millions de francs CFA du Conseil départemental`: the sum's currency.
        || language::any(|p| p.currencies, &lower)
        // `Operator Hebridean Marine Harvest Ltd said`: what the firm is, said of it.
        || language::en::FIRM_DESCRIPTORS.contains(&lower.as_ref())
        // `kelas XI SMK Taruna Mandiri`: a school year before a school.
        || is_school_year(w.text)
        // `l'ONG Nutrition International`, `LSM Walhi`: what the body is, in capitals.
        || matches!(without_elision(&lower), "ong" | "ngo" | "lsm")
        // `L'entreprise Mabillard Travaux Alpins SA a posé …`: what the firm is, said
        // of it at a sentence's start; written in capitals after the article, it is the
        // name's (`l'Entreprise de Construction et de Travaux du Burundi`).
        || lower.len() > 2
            && lower.starts_with(['l', 'd'])
            && language::fr::FIRM_NOUNS.contains(&without_elision(&lower))
            && !w
                .text
                .rsplit(['\'', '’'])
                .next()
                .is_some_and(|noun| noun.starts_with(char::is_uppercase))
}

/// Whether `word` is a school year in Roman numerals (`VII` to `XII`), which Indonesian
/// writes before a school's name.
fn is_school_year(word: &str) -> bool {
    ["VII", "VIII", "IX", "XI", "XII"].contains(&word)
}

/// Whether `word` is a Roman numeral from 1 to 39 in its usual form (`IV`, `XIX`), as
/// classes, phases and regions are numbered; larger ones are as likely letters of a
/// name (`CCI`, `CIL`).
fn is_small_roman_numeral(word: &str) -> bool {
    let tens = word.len() - word.trim_start_matches('X').len();
    let units = &word[tens..];
    !word.is_empty()
        && tens <= 3
        && matches!(
            units,
            "" | "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX"
        )
}

/// Where the name an acronym stands for starts, the name ending right before
/// `ws[end]`: the words whose initials spell it, small connectors and commas aside
/// (`Direction nationale du contrôle de gestion` for `DNCG`), the first capitalised.
fn spelled_by(ws: &[Word], end: usize, acronym: &str) -> Option<usize> {
    let spelled = |letters: &[char]| {
        if let Some(start) = spelled_right_before(ws, end, letters)
            && name_piece(&ws[start])
        {
            return Some(start);
        }
        spelled_skipping(ws, end, letters)
    };
    let repeated = letters_repeated(acronym);
    repeated
        .filter(|r| *r != letters_of(acronym))
        .and_then(|r| spelled(&r))
        .or_else(|| spelled(&letters_of(acronym)))
}

/// An acronym's letters where a digit after a letter repeats it, as Indonesian writes
/// (`BP3MI`: Badan Pelayanan Pelindungan Pekerja Migran Indonesia, `P2TP2A`), in lower
/// case; `None` when a number of two digits or more stands in it (`G20`).
fn letters_repeated(acronym: &str) -> Option<Vec<char>> {
    let chars: Vec<char> = acronym.chars().collect();
    let mut out: Vec<char> = Vec::new();
    for (k, &c) in chars.iter().enumerate() {
        if let Some(n) = c.to_digit(10) {
            let previous = out
                .last()
                .copied()
                .filter(|_| k > 0 && chars[k - 1].is_alphabetic());
            let next_digit = chars.get(k + 1).is_some_and(char::is_ascii_digit);
            let (Some(letter), false, 2..=9) = (previous, next_digit, n) else {
                return None;
            };
            out.extend(std::iter::repeat_n(letter, n as usize - 1));
        } else if c.is_alphabetic() {
            out.extend(c.to_lowercase());
        }
    }
    Some(out)
}

/// An acronym's letters, in lower case.
fn letters_of(acronym: &str) -> Vec<char> {
    acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Where the words right before `ws[end]` start when their initials spell `letters`,
/// small connectors and commas aside.
fn spelled_right_before(ws: &[Word], end: usize, letters: &[char]) -> Option<usize> {
    let mut initials: Vec<char> = Vec::new();
    let mut start = end;
    while start > 0 && initials.len() < letters.len() {
        let w = &ws[start - 1];
        if w.text == "," || is_connector(w) || plural_possessive(ws, start - 1) {
            start -= 1;
            continue;
        }
        if w.is_punct() {
            return None;
        }
        let initial = without_elision(&w.lower()).chars().next()?;
        initials.insert(0, initial);
        start -= 1;
    }
    (initials == letters).then_some(start)
}

/// Whether the acronym after `ws[end]` abbreviates the words in lower case right
/// before it (`bahan bakar minyak (BBM)`, `intelligence artificielle (IA)`): a common
/// noun's, no organisation's. Not when the first is a body's noun, as French writes
/// some (`police judiciaire fédérale (PJF)`).
fn abbreviates_a_common_noun(ws: &[Word], end: usize, acronym: &str) -> bool {
    spelled_right_before(ws, end, &letters_of(acronym)).is_some_and(|start| {
        let first = ws[start].lower();
        let first = without_elision(&first);
        !name_piece(&ws[start])
            && !language::any(|p| p.organisation_nouns, first)
            && !language::any(|p| p.organisation_heads, first)
            && !language::any(|p| p.organisation_words, first)
    })
}

/// Whether `w` may open a body's name: a word of a name, or a body's word or head in
/// lower case, as French writes a public body's name.
fn opens_a_body_name(w: &Word) -> bool {
    let lower = w.lower();
    let lower = without_elision(&lower);
    name_piece(w)
        || language::any(|p| p.organisation_words, lower)
        || language::any(|p| p.organisation_heads, lower)
}

/// Where the place closing a body's name before `ws[end]` starts (`de la Somme`, `du
/// Finistère`, `des Hautes-Pyrénées`, `de Maine-et-Loire`): its word of `of` and
/// capitalised words after it, up to `end`.
fn place_complement_start(ws: &[Word], end: usize) -> Option<usize> {
    let mut k = end;
    while k > 0 && ws[k - 1].is_capitalized() && !ws[k - 1].is_punct() {
        k -= 1;
    }
    if k == end || k == 0 {
        return None;
    }
    // `de la Somme`, `de l'Aisne`: the article between, or elided onto the name.
    let mut of = k - 1;
    if matches!(ws[of].lower().as_ref(), "la" | "l'" | "l’") && of > 0 {
        of -= 1;
    }
    let lower = ws[of].lower();
    let elided =
        ws[k].text.starts_with(['l', 'L', 'd', 'D']) && ws[k].text[1..].starts_with(['\'', '’']);
    if matches!(lower.as_ref(), "de" | "du" | "des" | "d'" | "d’") {
        Some(of)
    } else if elided {
        Some(k)
    } else {
        None
    }
}

/// `spelled_by`'s second try, for a long name whose acronym leaves out some words in
/// lower case (`Office central de lutte contre la corruption … (OCLC…)`: no letter
/// for `contre`): from the end, a word whose initial is the next letter spells it, a
/// word in lower case that isn't is passed over; the name opens with a capitalised
/// word spelling the first letter.
fn spelled_skipping(ws: &[Word], end: usize, letters: &[char]) -> Option<usize> {
    let mut needed = letters.len();
    let mut start = end;
    while start > 0 && needed > 0 && end - start <= 2 * MAX_NAME_WORDS {
        let w = &ws[start - 1];
        if plural_possessive(ws, start - 1) {
            start -= 1;
            continue;
        }
        if w.is_punct() && w.text != "," {
            return None;
        }
        let initial = without_elision(&w.lower()).chars().next();
        if initial == Some(letters[needed - 1]) {
            needed -= 1;
        } else if w.is_capitalized() {
            return None;
        }
        start -= 1;
    }
    (needed == 0 && name_piece(&ws[start])).then_some(start)
}

/// Where the name before `ws[end]` starts when a capitalised word in brackets after
/// it abbreviates it by the first letters of each of its words, as Indonesian does
/// (`Laboratorium Forensik (Labfor)`, `Badan SAR Nasional (Basarnas)`): the word, in
/// lower case, is the beginnings of the name's words one after the other, small
/// connectors giving a letter or none. A word may give a syllable of its root
/// instead, two letters or more from a consonant after a vowel (`Kepolisian Resor
/// (Polres)`, `Penegakan Hukum (Gakkum)`). The longest such name.
fn abbreviated_by(ws: &[Word], end: usize, abbreviation: &str) -> Option<usize> {
    // Each word of the name, and whether it may give no letter: a connector (`de`)
    // does, and so does a word in lower case where French writes the name so
    // (`intégrée` of `Société nationale de gestion intégrée des déchets (Sonaged)`).
    fn spells(words: &[(String, bool)], short: &[char]) -> bool {
        let Some(((word, optional), rest)) = words.split_first() else {
            return short.is_empty();
        };
        let letters: Vec<char> = word.chars().collect();
        let vowel = |c: char| "aeiou".contains(c);
        let from_inside = |at: usize| {
            (2..=(letters.len() - at).min(short.len()))
                .any(|n| letters[at..at + n] == short[..n] && spells(rest, &short[n..]))
        };
        (*optional && spells(rest, short))
            || (1..=letters.len().min(short.len()))
                .any(|n| letters[..n] == short[..n] && spells(rest, &short[n..]))
            || (!short.is_empty()
                && (1..letters.len().saturating_sub(1)).any(|at| {
                    vowel(letters[at - 1])
                        && !vowel(letters[at])
                        && letters[at] == short[0]
                        && from_inside(at)
                }))
    }
    let short: Vec<char> = abbreviation.chars().flat_map(char::to_lowercase).collect();
    if short.len() < 3 || !short.iter().all(|c| c.is_alphabetic()) {
        return None;
    }
    // French lists a body's fields with commas (`Direction régionale de
    // l'environnement, de l'aménagement et du logement (Dreal)`): a comma stands in the
    // name, gives no letter, and counts for no word of it.
    let comma = |w: &Word| w.text == ",";
    let commas = ws[end.saturating_sub(MAX_NAME_WORDS + 4)..end]
        .iter()
        .filter(|w| comma(w))
        .count();
    let first = end.saturating_sub(MAX_NAME_WORDS + commas.min(2) * 2);
    // French writes a public body's name in lower case after its first word
    // (`Laboratoire national vétérinaire (Lanavet)`, `de l'hôtellerie`): lower-case
    // words may stand in it when a body's word opens it.
    let lower_piece = |w: &Word| {
        !w.is_punct()
            && without_elision(&w.lower())
                .chars()
                .all(|c| c.is_alphabetic() || c == '-')
    };
    let from = (first..end)
        .rev()
        .take_while(|&k| {
            name_piece(&ws[k])
                || is_connector(&ws[k])
                || lower_piece(&ws[k])
                || (comma(&ws[k]) && k + 1 < end && !comma(&ws[k + 1]))
        })
        .last()?;
    (from..end).find(|&start| {
        let capitalised = ws[start..end]
            .iter()
            .all(|w| name_piece(w) || is_connector(w));
        // Accents aside (`vét` of `vétérinaire` in `Lanavet`); each part of a
        // hyphenated word gives its own letters (`Ogooué-Maritime` in `Syntrom`).
        let words: Vec<(String, bool)> = ws[start..end]
            .iter()
            .filter(|w| !comma(w))
            .enumerate()
            .flat_map(|(k, w)| {
                let bare = without_elision(&w.lower()).to_string();
                let optional = is_connector(w) || (k > 0 && !capitalised && !name_piece(w));
                let parts: Vec<String> = bare
                    .split('-')
                    .filter(|part| !part.is_empty())
                    .map(|part| {
                        crate::analysis::terms(crate::analysis::AnalyzerKind::Neutral, part)
                            .concat()
                    })
                    .filter(|folded| !folded.is_empty())
                    .collect();
                let parts = if parts.is_empty() { vec![bare] } else { parts };
                parts.into_iter().map(move |part| (part, optional))
            })
            .collect();
        // `Appui aux initiatives paysannes de l'Ubangi (AIPU)`: a name in lower case
        // after its first word whose every word but the connectors gives its initial.
        // Read only when no other cue opens the name.
        let spelled_by_initials = || {
            let initials: Vec<char> = ws[start..end]
                .iter()
                .filter(|w| {
                    !comma(w)
                        && !is_connector(w)
                        && (w.is_capitalized()
                            || !crate::analysis::stopwords::is_stop_word(&w.lower()))
                })
                .flat_map(|w| {
                    let bare = without_elision(&w.lower()).to_string();
                    bare.split('-')
                        .filter_map(|part| part.chars().next())
                        .collect::<Vec<char>>()
                })
                .collect();
            initials == short
        };
        // Two words at least: a word in brackets repeating the one before abbreviates
        // nothing.
        ws[start..end].iter().filter(|w| !is_connector(w)).count() >= 2
            && name_piece(&ws[start])
            && !is_connector(&ws[start])
            && (capitalised
                || is_org_word(&ws[start])
                // `l'Union des métiers … (Umih)`: past its elided article.
                || language::any(|p| p.organisation_words, without_elision(&ws[start].lower()))
                || spelled_by_initials())
            && spells(&words, &short)
    })
}

/// The last word of a name that goes on after its acronym in brackets, from `ws[at]`:
/// a capitalised run (`(Labfor) Polda Jawa Tengah`), or "of" and one (`(ARS) de
/// Bretagne`), up to where a person's name begins; `None` when none follows.
fn name_after_brackets(ws: &[Word], at: usize, is_person: &dyn Fn(usize) -> bool) -> Option<usize> {
    let from = match ws.get(at) {
        Some(w) if language::any(|p| p.of_words, &w.lower()) && !w.is_capitalized() => at + 1,
        _ => at,
    };
    // `(BPKP) Perwakilan Sumatera Utara`: a unit of the body, as below.
    let opens = ws.get(from).is_some_and(|w| {
        name_piece(w)
            && !not_a_name_start(w)
            && !is_person(w.start)
            && !language::any(|p| p.organisation_nouns, &w.lower())
            // `Aviation Security (Avsec) PT Angkasa Pura`: a company's legal form
            // opens another body's name.
            && !language::id::COMPANY_PREFIXES.contains(&w.lower().as_ref())
    });
    if !opens {
        return None;
    }
    // `(UHO) Kendari dan Yayasan Laut Lestari Wakatobi`: a conjunction after the place
    // joins another body, not more of this one's name.
    let run = run_end(ws, from);
    let run = (from..run)
        .find(|&k| ws[k].text == "&" || language::any(|p| p.conjunctions, &ws[k].lower()))
        .unwrap_or(run);
    // `(Knut) Nyeri branch`: the place names a unit of the body, not the body; so does
    // one before a post in lower case (`(KDB) North Rift regional manager Peter …`).
    if ws
        .get(run)
        .is_some_and(|w| !w.is_capitalized() && language::any(|p| p.organisation_nouns, &w.lower()))
        || ws[run..]
            .iter()
            .take(3)
            .take_while(|w| !w.is_capitalized() && !w.is_punct())
            .any(|w| role_class(w.text).is_some())
        // Or a post written in capitals (`(TANESCO) Iringa Regional Manager, Eng. …`).
        || ws[from..run].iter().any(|w| role_class(w.text).is_some())
    {
        return None;
    }
    let end = (from..run).find(|&k| is_person(ws[k].start)).unwrap_or(run);
    let last = (from..end).rev().find(|&k| !is_connector(&ws[k]))?;
    Some(last)
}

/// Where a name whose acronym spells only its last words starts: at the body's word
/// a few capitalised words before it (`Dinas` of `Dinas Pekerjaan Umum dan Penataan
/// Ruang (PUPR)`, `Balai` of `Balai Pengamanan dan Penegakan Hukum (Gakkum)`), with no
/// punctuation, word in lower case or person between; `start` when none.
fn headed_from(ws: &[Word], start: usize, is_person: &dyn Fn(usize) -> bool) -> usize {
    (start.saturating_sub(MAX_NAME_WORDS)..start)
        .rev()
        .take_while(|&k| {
            (name_piece(&ws[k]) && !is_person(ws[k].start) && !not_a_name_start(&ws[k]))
                || is_connector(&ws[k])
        })
        // `PT Jasamarga Probolinggo Banyuwangi (JPB)`: a company's legal form is no
        // body's word to name it from.
        // A court's noun heads one too (`Pengadilan Tindak Pidana Korupsi (Tipikor)`).
        .filter(|&k| {
            (is_org_word_at(ws, k) || language::any(|p| p.organisation_heads, &ws[k].lower()))
                && !language::id::COMPANY_PREFIXES.contains(&ws[k].lower().as_ref())
        })
        .last()
        .unwrap_or(start)
}

/// Where the name before `ws[end]` starts when its acronym spells another language's
/// name (`Office fédéral de la santé publique (BAG)`, German's
/// initials): at the nearest capitalised organisation's word (`Office`) a few words
/// back, with no punctuation between.
fn headed_by_body_word(ws: &[Word], end: usize) -> Option<usize> {
    // French spells out a long name before its acronym (`Fédération des associations
    // de parents d'élèves et amis de l'école (FEDAPEE)`).
    const SPELLED_OUT_WORDS: usize = 12;
    (end.saturating_sub(SPELLED_OUT_WORDS)..end)
        .rev()
        .take_while(|&k| !ws[k].is_punct())
        .find(|&k| {
            name_piece(&ws[k])
                && language::any(|p| p.organisation_words, without_elision(&ws[k].lower()))
        })
}

/// The names the cues of one paragraph give, as byte ranges of `text`, with the full
/// name an acronym stands for.
fn cued(text: &str, ws: &[Word], people: &[Range<usize>], out: &mut Vec<(String, OrgCue)>) {
    let is_person = |start: usize| people.iter().any(|r| r.contains(&start));
    // `start..end` (word indices) as a name: cut where a person's name begins, trimmed
    // of openers and of connectors at either end.
    let name = |mut start: usize, mut end: usize| -> Option<String> {
        // `Excavation Bérubé et Fils`, `Hadi dan Rekan`: a family's or partners' firm
        // goes on past the person's name with a connector and a capital; elsewhere the
        // name stops where the person's begins.
        if let Some(p) = (start..end).find(|&k| is_person(ws[k].start)) {
            let after = (p..end).find(|&k| !is_person(ws[k].start)).unwrap_or(end);
            // `Kerr & Sons Constructions`: "&" joins a firm's names, whoever opens it.
            let goes_on = (p > start || ws.get(after).is_some_and(|a| a.text == "&"))
                && after + 1 < end
                && is_connector(&ws[after])
                && ws[after + 1].is_capitalized()
                && !is_person(ws[after + 1].start);
            if !goes_on && !closed_by_legal_form(ws, end) && !opening_form(ws[start].text) {
                end = p;
            }
        }
        // `l'association Les Écrans de la Charentonne`: a French article written with
        // its capital inside a sentence opens the name.
        let article_of_name = |k: usize| {
            k > 0
                && matches!(ws[k].text, "Les" | "Le" | "La")
                && !matches!(ws[k - 1].text, "." | "!" | "?" | ":" | "«" | "\"" | "“")
                && ws
                    .get(k + 1)
                    .is_some_and(|n| n.is_capitalized() && !n.is_punct())
                && k + 1 < end
        };
        while start < end
            && !article_of_name(start)
            && (not_a_name_start(&ws[start]) || is_connector(&ws[start]))
        {
            start += 1;
        }
        // `Sales Branch Manager Rayon III Karawang PT Pertamina Patra Niaga`: a company's
        // legal form opens its name; what stands before it is someone's post.
        if let Some(k) = (start + 1..end.saturating_sub(1)).find(|&k| {
            language::id::NAME_OPENING_FORMS.contains(&ws[k].lower().as_ref())
                && !is_connector(&ws[k - 1])
        }) {
            start = k;
        }
        // `Reskrim Polrestabes Makassar AKBP Budi`: a rank before a name is the
        // person's, not the end of the body's name.
        while end > start
            && (is_connector(&ws[end - 1])
                || language::RANKS.contains(&ws[end - 1].lower().as_ref())
                    && ws.get(end).is_some_and(|w| w.is_capitalized()))
        {
            end -= 1;
        }
        (start < end).then(|| {
            let last = &ws[end - 1];
            let period = usize::from(abbreviation_period(ws, end));
            // `d'Investissement Québec`: the name without the article elided onto it.
            let first = ws[start].text;
            let elided = first.len() - without_elision(first).len();
            let name = &text[ws[start].start + elided..last.start + last.text.len() + period];
            // `the Ministry of Agriculture's officers`: the body without its possessive.
            name.strip_suffix("'s")
                .or_else(|| name.strip_suffix("’s"))
                .unwrap_or(name)
                .to_string()
        })
    };
    let mut i = 0;
    while i < ws.len() {
        let w = &ws[i];
        let written = w.lower();
        // `l'université de Montpellier`: the noun without its article.
        let lower = without_elision(&written).to_string();
        // `francs CFA du Conseil départemental …`: a currency starts no name, and the
        // body after it is read from its own head.
        if w.is_capitalized() && language::any(|p| p.currencies, &lower) {
            i += 1;
            continue;
        }
        // A name set off by a comma before a noun of body that says what it is:
        // `Infrasports, l'administration wallonne chargée …`, `Volta Telecom, the
        // company that …`.
        if w.text == "," && i > 0 && ws[i - 1].is_capitalized() && !is_person(ws[i - 1].start) {
            let mut k = i + 1;
            if ws
                .get(k)
                .is_some_and(|a| language::any(|p| p.articles, &a.lower()))
            {
                k += 1;
            }
            let described = ws.get(k).is_some_and(|n| {
                !n.is_capitalized()
                    && language::any(|p| p.organisation_nouns, without_elision(&n.lower()))
            });
            let start = (0..i)
                .rev()
                .take_while(|&s| ws[s].is_capitalized() && !is_person(ws[s].start))
                .last()
                .unwrap_or(i);
            // Not a sentence's first word alone, which may be any capitalised word.
            let opens = start == 0 || matches!(ws[start - 1].text, "." | "!" | "?");
            if described
                && (i - start >= 2 || !opens || !is_common_word(ws[start].text))
                && let Some(n) = name(start, i)
            {
                out.push((n, OrgCue::Named));
            }
        }
        // A common noun before a name: `perusahaan modal ventura Horizon Capital`.
        if language::any(|p| p.organisation_nouns, &lower) {
            let mut j = i + 1;
            while j < ws.len()
                && j - i <= MAX_NOUN_FILLER
                && !ws[j].is_punct()
                && !ws[j].is_capitalized()
                && !is_common_word(ws[j].text)
                && !language::any(|p| p.organisation_nouns, &ws[j].lower())
            {
                j += 1;
            }
            // `le comité « Villardens Autonome »`, `le collectif « Un train pour la
            // Charente limousine »`: a name in quotation marks, whatever its words
            // (unless the article names a person so).
            if let Some(close) = quoted_name_end(ws, j) {
                let (first, last) = (&ws[j + 1], &ws[close - 1]);
                out.push((
                    text[first.start..last.start + last.text.len()].to_string(),
                    OrgCue::Named,
                ));
                i = close + 1;
                continue;
            }
            let mut end = run_end(ws, j);
            // `l'association Familles rurales`: French writes only a name's first word
            // with a capital; the adjectives after it are the name's too.
            if end > j
                && language::fr::PROFILE
                    .organisation_nouns
                    .contains(&lower.as_str())
            {
                while end < ws.len() && end - j <= MAX_NAME_WORDS && french_adjective(&ws[end]) {
                    end += 1;
                }
            }
            // `perusahaan Kanada Brookfield`: the country after the noun is where the
            // body is from, not its name.
            let territory = |k: usize| {
                let words: Vec<&str> = ws[j..k].iter().map(|w| w.text).collect();
                language::is_territory(&words.join(" "))
            };
            let j = if territory(end) {
                j
            } else {
                (j + 1..end).rev().find(|&k| territory(k)).unwrap_or(j)
            };
            if end > j
                && (!is_person(ws[j].start)
                    || closed_by_legal_form(ws, end)
                    || ws[j..end].iter().any(|a| a.text == "&"))
                && let Some(n) = name(j, end)
            {
                // `startup AI`, `perusahaan AS`: an acronym alone after a noun is as
                // often what the noun is about as its name.
                let cue = if is_acronym(&n) {
                    OrgCue::Acronym
                } else {
                    OrgCue::Named
                };
                out.push((n, cue));
            }
        }
        // A head in lower case: `le gouvernement japonais`, `pemerintah Jepang`,
        // `le ministère de l'Intérieur`.
        if !w.is_capitalized() && language::any(|p| p.organisation_heads, &lower) {
            // `de l'`, `of the`, but not `dan`: `pemerintah dan TNI` is two bodies.
            let mut j = i + 1;
            while j < ws.len()
                && j - i <= 2
                && is_connector(&ws[j])
                && !language::any(|p| p.conjunctions, &ws[j].lower())
            {
                j += 1;
            }
            let mut end = run_end(ws, j);
            // `tribunal de commerce de Toulouse`, `cour d'appel de Paris`, `tribunal
            // administratif de Cayenne`: the kind of body, in lower case, between the
            // head and the place it serves.
            if end == j
                && let Some(k) = complement_end(ws, i)
                && run_end(ws, k) > k
            {
                j = k;
                end = run_end(ws, k);
            }
            // `la police française` is a country's whole force, the story's setting
            // more than a body of it (as a bank named after its country is).
            let adjective = !language::fr::FORCE_HEADS.contains(&lower.as_ref())
                && ws.get(i + 1).is_some_and(|a| {
                    let a = a.lower();
                    !a.is_empty()
                        && language::all(|p| p.country_adjective_endings)
                            .any(|e| a.ends_with(e) && a.chars().count() > e.chars().count() + 2)
                });
            // Without the elided article: `université de Montpellier`.
            let head_start = w.start + (written.len() - lower.len());
            if end > j && !is_person(ws[j].start) {
                out.push((
                    text[head_start..ws[end - 1].start + ws[end - 1].text.len()].to_string(),
                    OrgCue::Named,
                ));
            } else if adjective {
                let a = &ws[i + 1];
                out.push((
                    text[head_start..a.start + a.text.len()].to_string(),
                    OrgCue::Named,
                ));
            }
        }
        // `la Confédération paysanne de Lot-et-Garonne`, `l'Association des éleveurs de
        // Birkelane` (the capital after the elided article), `le Conseil départemental du
        // Morbihan`: French writes a body's first word only with a capital, and what
        // it is in lower case, before the place it serves.
        // The head may follow an article opening the sentence (`Le Conseil …`).
        let head = if language::any(|p| p.articles, &lower)
            && ws.get(i + 1).is_some_and(Word::is_capitalized)
        {
            i + 1
        } else {
            i
        };
        let head_word = &ws[head];
        let head_written = head_word.lower();
        let head_lower = without_elision(&head_written);
        let opens_sentence = head == 0 || matches!(ws[head - 1].text, "." | "!" | "?" | ":" | "-");
        // `L'Agence de l'eau Adour-Garonne` opening a sentence: the capital after the
        // elided article is the name's own; not in `L'entreprise strasbourgeoise Rhin
        // Génie Fluvial`, where the article's is the sentence's.
        let elided_head = head_written.len() != head_lower.len()
            && head_word
                .text
                .get(head_written.len() - head_lower.len()..)
                .is_some_and(|rest| rest.starts_with(char::is_uppercase));
        if name_piece(head_word)
            && (elided_head || !opens_sentence)
            && (language::any(|p| p.organisation_heads, head_lower)
                || language::any(|p| p.organisation_nouns, head_lower))
            && let Some(k) = complement_end(ws, head)
            && run_end(ws, k) > k
            && !is_person(ws[k].start)
        {
            let end = run_end(ws, k);
            let head_start = head_word.start + (head_written.len() - head_lower.len());
            out.push((
                text[head_start..ws[end - 1].start + ws[end - 1].text.len()].to_string(),
                OrgCue::Named,
            ));
            i = end;
            continue;
        }
        // `L'Union ardennaise des producteurs de sapins`, `la Fédération nationale des
        // chasseurs`: a French body's word with a capital (after an elided article, not
        // the sentence's), then what it gathers, in lower case, set off by punctuation.
        if name_piece(head_word)
            && (elided_head || !opens_sentence)
            && language::fr::PROFILE
                .organisation_words
                .contains(&head_lower)
            && let Some(end) = gathering_end(ws, head + 1)
        {
            let head_start = head_word.start + (head_written.len() - head_lower.len());
            out.push((
                text[head_start..ws[end - 1].start + ws[end - 1].text.len()].to_string(),
                OrgCue::Named,
            ));
            i = end;
            continue;
        }
        let mut end = run_end(ws, i);
        if end == i {
            i += 1;
            continue;
        }
        // `Pour l'Union des routiers du Sénégal, …`: a common word opening the sentence
        // with a capital joins no name; the name starts after it.
        let opens = i == 0 || matches!(ws[i - 1].text, "." | "!" | "?" | ":" | "—" | "–");
        // `Data Dinas Pertanian setempat mencatat …`: nor does a word of no body before
        // an Indonesian body's word, which opens its name.
        let before_a_body = !is_org_word_at(ws, i)
            && !is_acronym(w.text)
            && ws.get(i + 1).is_some_and(|n| {
                language::id::PROFILE
                    .organisation_words
                    .contains(&n.lower().as_ref())
            });
        if opens && end > i + 1 && (is_common_word(w.text) || before_a_body) {
            i += 1;
            continue;
        }
        // `Balai Karantina Hewan, Ikan, dan Tumbuhan Kalimantan Tengah`: a body's name
        // listing its fields goes on over the list's commas. A name of two words or
        // more, that is, not a place's (`Kota Bogor, Depok, dan Bekasi`) nor a person's.
        let named_before = ws[i..end].iter().filter(|w| !is_connector(w)).count() >= 2
            && !language::any(|p| p.place_nouns, &w.lower())
            && !ws[i..end].iter().any(|w| is_person(w.start));
        let mut lists_fields = false;
        if (named_before || (i..end).any(|k| is_org_word_at(ws, k)))
            && let Some(listed) = fields_listed_end(ws, end)
        {
            end = run_end(ws, listed - 1).max(listed);
            lists_fields = true;
        }
        // A capitalised name holding an organisation's word, beside another word.
        let words_in: Vec<&Word> = ws[i..end].iter().filter(|w| !is_connector(w)).collect();
        // Its acronym in brackets after it tells where it starts (`Survei Badan Riset
        // dan Inovasi Nasional (BRIN)`: the sentence's first word is no part of it).
        let spelled_from = (ws.get(end).is_some_and(|w| w.text == "(")
            && ws.get(end + 2).is_some_and(|w| w.text == ")"))
        .then(|| ws.get(end + 1).filter(|a| is_acronym(a.text)))
        .flatten()
        .and_then(|a| spelled_by(ws, end, a.text))
        .filter(|&s| s > i);
        if words_in.len() >= 2
            && (lists_fields || (i..end).any(|k| is_org_word_at(ws, k)))
            && let Some(n) = name(spelled_from.unwrap_or(i), end)
                .filter(|n| words(n).iter().filter(|w| !is_connector(w)).count() >= 2)
        {
            out.push((n, OrgCue::Named));
        }
        // Several capitalised words inside a sentence, no cue telling what they
        // name: the weakest candidate (a venue is a place, not an organisation).
        let opens_sentence = i == 0 || matches!(ws[i - 1].text, "." | "!" | "?" | ":" | "—" | "–");
        if words_in.len() >= 2
            && !opens_sentence
            && !words_in
                .iter()
                .any(|w| language::any(|p| p.venue_words, &w.lower()))
            && !places_listed(ws, i, end)
            && let Some(n) =
                name(i, end).filter(|n| words(n).iter().filter(|w| !is_connector(w)).count() >= 2)
        {
            out.push((n, OrgCue::Capitalised));
        }
        // A name and, after a comma, what it is: `DeepSeek, sebuah startup AI`.
        if ws.get(end).is_some_and(|c| c.text == ",") {
            let mut k = end + 1;
            if ws
                .get(k)
                .is_some_and(|a| language::any(|p| p.articles, &a.lower()))
            {
                k += 1;
            }
            // `Condamine Fuel Logistics, a Queensland carrier`: where it is from or
            // what it does may stand before the noun.
            let is_noun = |n: &Word| {
                !n.is_capitalized() && language::any(|p| p.organisation_nouns, &n.lower())
            };
            let noun_at = (k..k + 1 + NOUN_QUALIFIERS)
                .take_while(|&q| ws.get(q).is_some_and(|w| !w.is_punct()))
                .find(|&q| is_noun(&ws[q]));
            // Not a degree after a name (`Muhammad Arfah Lau, S.Sos, menilai operator`).
            if noun_at.is_some()
                && !is_person(ws[i].start)
                && !in_degree(ws, i)
                && let Some(n) = name(i, end)
            {
                out.push((n, OrgCue::Named));
            }
        }
        i = end;
    }
    // A long name and its acronym in brackets: `Badan Meteorologi, Klimatologi, dan
    // Geofisika (BMKG)`, `la Direction nationale du contrôle de gestion (DNCG)`.
    let mut roles_abbreviated: Vec<&str> = Vec::new();
    for k in 1..ws.len().saturating_sub(2) {
        let short = ws[k + 1].text;
        // `Service départemental d'incendie et de secours de la Somme (SDIS 80)`: the
        // acronym and the number of the department whose office the name's place is.
        let numbered = ws[k].text == "("
            && is_acronym(short)
            && ws[k + 2].text.len() <= 3
            && ws[k + 2].text.chars().all(|c| c.is_ascii_digit())
            && ws.get(k + 3).is_some_and(|w| w.text == ")");
        if ws[k].text != "(" || (ws[k + 2].text != ")" && !numbered) {
            continue;
        }
        let close = if numbered { k + 3 } else { k + 2 };
        // `DDFiP`, `DGFiP`: an acronym with one small letter inside, spelled by its
        // capitals.
        let capitals: String = short.chars().filter(|c| c.is_uppercase()).collect();
        let mixed = !is_acronym(short)
            && capitals.chars().count() >= 3
            && short.chars().filter(|c| c.is_lowercase()).count() == 1
            && short.ends_with(char::is_uppercase);
        let syllabic = !is_acronym(short) && !mixed && ws[k + 1].is_capitalized();
        if !is_acronym(short) && !syllabic && !mixed {
            continue;
        }
        // `Upazila Nirbahi Officer (UNO) Farzana Akter`: a role's name and its acronym,
        // the title of the person after it.
        let last = &ws[k - 1];
        if (role_class(last.text).is_some() || language::any(|p| p.person_titles, &last.lower()))
            && !is_org_word(last)
            && ws.get(close + 1).is_some_and(|n| is_person(n.start))
        {
            roles_abbreviated.push(short);
            continue;
        }
        // `Luzon Ocean Salvage Corp. (LOSC)`, `Acme Co. (AC)`: the name ends with its
        // business's abbreviation and its period.
        let end = if k >= 2 && ws[k - 1].text == "." && is_org_word(&ws[k - 2]) {
            k - 1
        } else {
            k
        };
        let start = if syllabic {
            // `Fonds des Nations unies pour l'enfance (Unicef)`: an acronym of another
            // language's name, from the body's word a few words back.
            // Only where French writes the name in lower case after its first word.
            abbreviated_by(ws, end, short).or_else(|| {
                headed_by_body_word(ws, end).filter(|&s| {
                    ws[s + 1..end]
                        .iter()
                        .any(|w| !is_connector(w) && w.text.starts_with(char::is_lowercase))
                })
            })
        } else if numbered {
            // Its letters spell the name before its place, which French may write in
            // lower case from its noun (`chambre de métiers et de l'artisanat`).
            let spelled_end = place_complement_start(ws, end).unwrap_or(end);
            spelled_by(ws, spelled_end, short).or_else(|| {
                spelled_right_before(ws, spelled_end, &letters_of(short))
                    .filter(|&s| opens_a_body_name(&ws[s]))
            })
        } else if mixed {
            // `direction départementale des finances publiques (DDFiP)`: French writes
            // a public body's name in lower case from its noun.
            spelled_right_before(ws, end, &letters_of(&capitals))
                .filter(|&s| opens_a_body_name(&ws[s]))
        } else {
            // `Syndicat des exploitants agricoles de l'Office du Niger (SEXAGON)`: in
            // capitals, by the syllables of its words.
            spelled_by(ws, end, short)
                .or_else(|| abbreviated_by(ws, end, short))
                .or_else(|| {
                    // `Polda X membongkar praktik penimbunan bahan bakar minyak (BBM)`: no
                    // body's word a few words back heads a common noun's acronym.
                    (!abbreviates_a_common_noun(ws, end, short))
                        .then(|| headed_by_body_word(ws, end))
                        .flatten()
                })
        };
        // `Akwaaba Cocoa Traders Ltd, a licensed buying company (LBC)`: no name opens
        // with the short legal form closing another's.
        if let Some(start) = start
            && !is_person(ws[start].start)
            && !(closing_form(ws[start].text)
                && !opening_form(ws[start].text)
                && ws[start].text.chars().count() <= 4)
        {
            let start = headed_from(ws, start, &is_person);
            // `l'Autorité …`: the name without the article elided onto it.
            let first = ws[start].text;
            let elided = ["l'", "l’", "d'", "d’", "L'", "L’", "D'", "D’"]
                .iter()
                .find(|e| first.starts_with(*e) && first.len() > e.len())
                .map_or(0, |e| e.len());
            let from = ws[start].start + elided;
            let full = &text[from..ws[k - 1].start + ws[k - 1].text.len()];
            out.push((full.to_string(), OrgCue::Named));
            // The name may go on after its acronym: the place of the office (`Agence
            // régionale de santé (ARS) de Bretagne`) or the body it belongs to
            // (`Laboratorium Forensik (Labfor) Polda Jawa Tengah`).
            let whole = match name_after_brackets(ws, close + 1, &is_person) {
                Some(last) => &text[from..ws[last].start + ws[last].text.len()],
                None => full,
            };
            if whole.len() > full.len() {
                out.push((whole.to_string(), OrgCue::Named));
            }
            out.push((format!("{short}\t{whole}"), OrgCue::Named));
        }
    }
    // Acronyms alone, but not a dateline (`JAKARTA -`).
    let dateline_end = dateline_end(ws);
    for (k, w) in ws.iter().enumerate() {
        let letters = w.text.chars().filter(|c| c.is_alphabetic()).count();
        let dateline = k < dateline_end;
        if is_acronym(w.text)
            && w.text.chars().all(char::is_alphabetic)
            && (2..=6).contains(&letters)
            && !dateline
            && !language::any(|p| p.currencies, &w.lower())
            // A rank (`AKBP`, `AKP`) is a person's title.
            && !language::any(|p| p.person_titles, &w.lower())
            // `ruang kelas IV, V dan VI`, `Wilayah XIX`: a numeral, no body's letters.
            && !is_small_roman_numeral(w.text)
            && !roles_abbreviated.contains(&w.text)
            && !in_plate(ws, k)
            && !in_degree(ws, k)
            && !is_person(w.start)
        {
            out.push((w.text.to_string(), OrgCue::Acronym));
            // `NHS Orkney said`, `BPBD Sidrap menyebut`: the acronym and the one place
            // whose office it names, the word after in lower case.
            if let [place, after, ..] = &ws[k + 1..]
                && place.is_capitalized()
                && !is_acronym(place.text)
                && !not_a_name_start(place)
                && !is_person(place.start)
                && !after.is_capitalized()
                && !language::any(|p| p.organisation_words, &place.lower())
            {
                let name = &text[w.start..place.start + place.text.len()];
                out.push((name.to_string(), OrgCue::Acronym));
            }
        }
    }
}

/// Whether `ws[k]` ends an academic degree written after a name (`M.AP`, `S.IP`): a
/// letter and a point glued before it.
fn in_degree(ws: &[Word], k: usize) -> bool {
    k >= 2 && {
        let (letter, point) = (&ws[k - 2], &ws[k - 1]);
        point.text == "."
            && point.start == letter.start + letter.text.len()
            && ws[k].start == point.start + 1
            && letter.text.chars().count() == 1
            && letter.text.chars().all(char::is_uppercase)
    }
}

/// Words a field listed in a body's name holds at most (`Angkutan Sungai`).
const FIELD_WORDS: usize = 2;

/// Where the fields a body's name lists after a comma end (`ws[comma]`): capitalised
/// words set off by commas, then a conjunction, small connectors, and a capitalised
/// word (`, Ikan, dan Tumbuhan`, `, Danau dan Penyeberangan`, `, Chasses et de la
/// Conservation`): the index after that last word. None for a list of bodies or places
/// (`BPBD, Basarnas, dan TNI`, `Jakarta, Bogor, dan Depok`), whose items are acronyms
/// or names of their own, nor for a name set off by commas (`, Olivier Thonnard,
/// avait`).
fn fields_listed_end(ws: &[Word], comma: usize) -> Option<usize> {
    if ws.get(comma)?.text != "," {
        return None;
    }
    let field = |w: &Word| {
        w.is_capitalized()
            && !is_acronym(w.text)
            && !is_org_word(w)
            && !language::is_territory(w.text)
            && !language::any(|p| p.organisation_nouns, &w.lower())
    };
    let mut k = comma + 1;
    let mut in_field = 0;
    loop {
        let w = ws.get(k)?;
        if w.text == "," {
            in_field = 0;
        } else if field(w) && in_field < FIELD_WORDS {
            in_field += 1;
        } else {
            break;
        }
        k += 1;
    }
    if k == comma + 1 || !language::any(|p| p.conjunctions, &ws[k].lower()) {
        return None;
    }
    let mut last = k + 1;
    while last < ws.len() && last - k <= 2 && is_connector(&ws[last]) {
        last += 1;
    }
    ws.get(last).filter(|w| field(w)).map(|_| last + 1)
}

/// Whether `ws[k]` is a letter group of a vehicle's registration plate (`BH 8621 MK`):
/// letters, digits, letters.
fn in_plate(ws: &[Word], k: usize) -> bool {
    let plate = |at: usize| {
        matches!(ws.get(at..at + 3), Some([letters, number, more])
            if [letters, more].iter().all(|w| w.text.chars().all(|c| c.is_ascii_uppercase()))
                && number.text.chars().all(|c| c.is_ascii_digit())
                && (1..=4).contains(&number.text.len()))
    };
    plate(k) || k.checked_sub(2).is_some_and(plate)
}

/// The words of the dateline opening a paragraph, if any: a place in capitals, maybe
/// its region after a comma, then a dash (`JAKARTA -`, `MALANG, JATIM -`).
fn dateline_end(ws: &[Word]) -> usize {
    /// Words a dateline naming its agency holds at most before its dash (`Ziguinchor,
    /// 12 nov (APS) –`).
    const AGENCY_DATELINE_WORDS: usize = DATELINE_WORDS + 4;
    let is_dash = |d: &Word| matches!(d.text, "-" | "–" | "—");
    if ws.first().is_some_and(|w| is_acronym(w.text))
        && let Some(dash) = ws.iter().take(DATELINE_WORDS).position(is_dash)
    {
        return dash;
    }
    // The news agency in brackets before the dash is the story's source, not a body it
    // tells of.
    match ws.iter().take(AGENCY_DATELINE_WORDS).position(is_dash) {
        Some(dash)
            if dash >= 3
                && ws[dash - 1].text == ")"
                && is_acronym(ws[dash - 2].text)
                && ws[dash - 3].text == "(" =>
        {
            dash
        }
        _ => 0,
    }
}

/// The organisations of an article, given its paragraphs in order and its people.
/// Whether a name is one country or region, or several joined by a conjunction or a
/// comma (`France and Germany`).
fn territories_only(name: &str) -> bool {
    let mut parts = vec![String::new()];
    for w in words(name) {
        if w.text == "," || language::any(|p| p.conjunctions, &w.lower()) {
            parts.push(String::new());
        } else if let Some(part) = parts.last_mut() {
            if !part.is_empty() {
                part.push(' ');
            }
            part.push_str(w.text);
        }
    }
    parts.iter().all(|p| language::is_territory(p))
}

/// Words of a place's name after its noun, at most (`Kabupaten Timor Tengah Selatan`).
const PLACE_NAME_WORDS: usize = 4;

pub(crate) fn recognise(paragraphs: &[&str], people: &People) -> Vec<OrgMention> {
    let split: Vec<Vec<Word>> = paragraphs.iter().map(|p| words(p)).collect();
    let person_ranges = |p: usize| -> Vec<Range<usize>> {
        people
            .mentions
            .iter()
            .filter(|m| m.paragraph == p)
            .map(|m| m.range.clone())
            .collect()
    };
    // Name as written → (name in full, cue), the surest cue kept.
    let mut names: BTreeMap<String, (String, OrgCue)> = BTreeMap::new();
    for (p, ws) in split.iter().enumerate() {
        let mut found = Vec::new();
        cued(paragraphs[p], ws, &person_ranges(p), &mut found);
        for (written, cue) in found {
            let (written, full) = match written.split_once('\t') {
                Some((short, full)) => (short.to_string(), full.to_string()),
                None => (written.clone(), written),
            };
            let entry = names.entry(written).or_insert((full.clone(), cue));
            if cue > entry.1 {
                *entry = (full, cue);
            }
        }
    }
    let person_names: Vec<&str> = people.names();
    // The acronyms the article gives for a common noun (`kejadian luar biasa (KLB)`):
    // wherever written, no body.
    let common: Vec<&str> = split
        .iter()
        .flat_map(|ws| {
            (1..ws.len().saturating_sub(2)).filter_map(move |k| {
                (ws[k].text == "("
                    && ws[k + 2].text == ")"
                    && is_acronym(ws[k + 1].text)
                    && abbreviates_a_common_noun(ws, k, ws[k + 1].text))
                .then_some(ws[k + 1].text)
            })
        })
        .collect();
    // A person, or a country (`Amerika Serikat`, `France and Germany`), is no
    // organisation.
    // A one-word name the article also writes as a place (`Kota Bengkulu`, `Provinsi
    // Bengkulu`) is that place, whatever body is named after it (`Universitas
    // Bengkulu`).
    // So is the one word set off after a place written with its noun, the larger place
    // it lies in (`Kabupaten Siak, Riau, sejak …`).
    let places: HashSet<&str> = split
        .iter()
        .flat_map(|ws| {
            (0..ws.len().saturating_sub(1)).flat_map(move |k| {
                let (noun, name) = (&ws[k], &ws[k + 1]);
                if !(noun.is_capitalized()
                    && language::any(|p| p.place_nouns, &noun.lower())
                    && name.is_capitalized())
                {
                    return Vec::new();
                }
                let mut found = vec![name.text];
                let run_end = k
                    + 1
                    + ws[k + 1..]
                        .iter()
                        .take_while(|w| w.is_capitalized() && !w.is_punct())
                        .count();
                if let [comma, larger, after, ..] = &ws[run_end.min(ws.len())..]
                    && comma.text == ","
                    && larger.is_capitalized()
                    && !language::any(|p| p.place_nouns, &larger.lower())
                    && matches!(after.text, "," | "." | ")")
                {
                    found.push(larger.text);
                }
                found
            })
        })
        .collect();
    // Nor is a body's kind alone (`Authority`, read as the whole of `ZINWA` in `the
    // Zimbabwe National Water Authority (ZINWA)`).
    let a_kind_alone = |written: &str| {
        !written.contains(' ')
            && language::any(|p| p.organisation_words, &language::lowercase(written))
    };
    // `Kabupaten Kotawaringin Timur (Kotim)`: the short name of a place the article
    // writes after its noun, whole, is that place's.
    let place_names: HashSet<String> = split
        .iter()
        .flat_map(|ws| {
            (0..ws.len()).filter_map(move |k| {
                let noun = &ws[k];
                if !(noun.is_capitalized() && language::any(|p| p.place_nouns, &noun.lower())) {
                    return None;
                }
                let run: Vec<&str> = ws[k + 1..]
                    .iter()
                    .take_while(|w| w.is_capitalized() && !w.is_punct())
                    .take(PLACE_NAME_WORDS)
                    .map(|w| w.text)
                    .collect();
                (run.len() >= 2).then(|| run.join(" "))
            })
        })
        .collect();
    names.retain(|written, (full, _)| {
        !place_names.contains(full.as_str())
            && !person_names.contains(&written.as_str())
            && !territories_only(written)
            && !common.contains(&written.as_str())
            && !places.contains(written.as_str())
            && !a_kind_alone(full)
    });
    // `Kanada Brookfield` written as one run is `Brookfield` the article names (`perusahaan
    // Kanada Brookfield`) with its country.
    let named: Vec<String> = names
        .iter()
        .filter(|(_, (_, cue))| *cue == OrgCue::Named)
        .map(|(written, _)| written.clone())
        .collect();
    names.retain(|written, _| {
        !named.iter().any(|n| {
            written.len() > n.len() + 1
                && written.ends_with(n.as_str())
                && written[..written.len() - n.len()]
                    .strip_suffix(' ')
                    .is_some_and(language::is_territory)
        })
    });
    // `PT SML` where the article gives `PT Sawit Mandiri Lestari (SML)`: the company's
    // legal form and its acronym stand for its name in full.
    let by_acronym: Vec<(String, String)> = names
        .iter()
        .filter_map(|(written, (full, _))| {
            let (form, rest) = written.split_once(' ')?;
            let (acronym_full, _) = names.get(rest)?;
            (language::id::NAME_OPENING_FORMS.contains(&language::lowercase(form).as_ref())
                && is_acronym(rest)
                && acronym_full != rest
                && full == written)
                .then(|| {
                    let full = if acronym_full.starts_with(form) {
                        acronym_full.clone()
                    } else {
                        format!("{form} {acronym_full}")
                    };
                    (written.clone(), full)
                })
        })
        .collect();
    for (written, full) in by_acronym {
        if let Some(entry) = names.get_mut(&written) {
            entry.0 = full;
        }
    }
    // Every place the article writes each name, the longest first.
    let mut by_length: Vec<(&String, &(String, OrgCue))> = names.iter().collect();
    by_length.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    let mut mentions = Vec::new();
    for (p, text) in paragraphs.iter().enumerate() {
        let mut taken: Vec<Range<usize>> = person_ranges(p);
        // The region of a dateline (`MALANG, JATIM -`) is where the story is, not who.
        if let Some(dash) = split[p]
            .get(dateline_end(&split[p]))
            .filter(|_| dateline_end(&split[p]) > 0)
        {
            taken.push(0..dash.start);
        }
        for (written, (full, cue)) in &by_length {
            // `Tremblay Béton et Ponts Ltée`, `Kerr & Sons Constructions`: a company
            // named after the person its name opens with, told by its legal form or "&".
            let firm = written.split(' ').next().is_some_and(opening_form)
                || written.rsplit(' ').next().is_some_and(closing_form)
                || written.contains(" & ");
            for (at, _) in text.match_indices(written.as_str()) {
                let range = at..at + written.len();
                let bounded = !text[..at].ends_with(char::is_alphanumeric)
                    && !text[range.end..].starts_with(char::is_alphanumeric);
                // A person named inside the firm's name (`Excavation Bérubé et Fils`)
                // leaves it whole.
                let inside = |t: &Range<usize>| {
                    (range.start < t.start || firm && range.start == t.start) && t.end < range.end
                };
                if !bounded
                    || taken
                        .iter()
                        .any(|t| t.start < range.end && range.start < t.end && !inside(t))
                {
                    continue;
                }
                taken.push(range.clone());
                mentions.push(OrgMention {
                    paragraph: p,
                    range,
                    name: full.clone(),
                    cue: *cue,
                });
            }
        }
    }
    mentions.sort_by_key(|m| (m.paragraph, m.range.start));
    mentions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people;

    /// The full names of every organisation mention, however sure.
    fn full_names(paragraphs: &[&str]) -> Vec<String> {
        let people = people::recognise(paragraphs);
        recognise(paragraphs, &people)
            .into_iter()
            .map(|m| m.name)
            .collect()
    }

    fn named(paragraphs: &[&str]) -> Vec<(String, String)> {
        let people = people::recognise(paragraphs);
        recognise(paragraphs, &people)
            .into_iter()
            .filter(|m| m.cue == OrgCue::Named)
            .map(|m| (paragraphs[m.paragraph][m.range].to_string(), m.name))
            .collect()
    }

    #[test]
    fn a_roman_numeral_is_no_acronym_of_a_body() {
        let got = full_names(&[
            "Atap ruang kelas IV, V dan VI ambruk, kata Kepala Balai Wilayah XIX.",
            "Bantuan juga datang dari YSAS dan CCI.",
        ]);
        assert!(got.contains(&"YSAS".to_string()), "{got:?}");
        assert!(got.contains(&"CCI".to_string()), "{got:?}");
        assert!(
            !got.iter()
                .any(|n| ["IV", "VI", "XIX"].contains(&n.as_str())),
            "{got:?}"
        );
        assert!(is_small_roman_numeral("XXXVIII"));
        assert!(!is_small_roman_numeral("XL"));
        assert!(!is_small_roman_numeral("IIII"));
    }

    #[test]
    fn a_firm_s_noun_in_capitals_after_the_article_opens_its_name() {
        let got = full_names(&[
            "Les travaux ont été confiés à l'Entreprise de Construction et de Travaux du Burundi (ECOTRAB).",
        ]);
        assert!(
            got.contains(&"Entreprise de Construction et de Travaux du Burundi".to_string()),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_stops_at_what_is_said_around_it() {
        let got = named(&[
            "Operator Hebridean Marine Harvest Ltd said divers found a tear in the net.",
            "Tawuran melibatkan pelajar dari SMK Bina Karya dan SMK Taruna Mandiri.",
            "Pelaku utama diketahui merupakan siswa kelas XI SMK Taruna Mandiri.",
            "Kasat Reskrim Polrestabes Makassar AKBP Muhammad Yusuf Latief menambahkan.",
            "L'entreprise Mabillard Travaux Alpins SA a posé les chenaux.",
            "Le chantier a été financé par la Fondation Al-Baraka pour le Sahel.",
        ]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        for want in [
            "Hebridean Marine Harvest Ltd",
            "SMK Bina Karya",
            "SMK Taruna Mandiri",
            "Reskrim Polrestabes Makassar",
            "Mabillard Travaux Alpins SA",
            "Fondation Al-Baraka pour le Sahel",
        ] {
            assert!(written.contains(&want), "{want}: {got:?}");
        }
        assert!(
            !written.iter().any(|w| w.contains("Operator")
                || w.contains(" dan ")
                || w.starts_with("XI")
                || w.ends_with("AKBP")
                || w.contains("entreprise")),
            "{got:?}"
        );
    }

    #[test]
    fn a_capitalised_article_inside_a_sentence_opens_the_name() {
        let got = full_names(&[
            "L'exploitation est confiée à l'association Les Écrans de la Charentonne (AEC) pour sept ans.",
        ]);
        assert!(
            got.contains(&"Les Écrans de la Charentonne".to_string()),
            "{got:?}"
        );
        // Opening the sentence, the article is the sentence's.
        let got = full_names(&["Les Écrans de la Charentonne ont rouvert la salle."]);
        assert!(!got.iter().any(|n| n.starts_with("Les")), "{got:?}");
    }

    #[test]
    fn a_french_name_ends_with_its_adjectives() {
        let got = named(&["L'association Familles rurales mettra en place un minibus."]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert!(written.contains(&"Familles rurales"), "{got:?}");
    }

    #[test]
    fn names_holding_an_organisation_word() {
        let got = named(&[
            "Menurut Kementerian Keuangan, Bank Indonesia menahan suku bunga.",
            "La Banque de France et le ministère de l'Économie ont publié leurs chiffres.",
            "Le politologue Martin Leclerc, de l'université de Montpellier, estime que…",
        ]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            written,
            [
                "Kementerian Keuangan",
                "Bank Indonesia",
                "Banque de France",
                "ministère de l'Économie",
                "université de Montpellier"
            ]
        );
    }

    #[test]
    fn a_name_abbreviated_by_its_syllables_and_a_name_going_on_after_its_acronym() {
        let got = named(&[
            "Tim Laboratorium Forensik (Labfor) Polda Jawa Tengah dijadwalkan datang.",
            "Pencarian dipimpin Badan SAR Nasional (Basarnas) Ambon sejak Minggu.",
            "L'Agence régionale de santé (ARS) de Bretagne a confirmé la suspension.",
            "Kenya National Union of Teachers (Knut) Nyeri branch secretary Francis Mugo said.",
            "Audit Badan Pengawasan Keuangan dan Pembangunan (BPKP) Perwakilan Sumatera Utara.",
            "Warga Desa Sukamaju (Sukamaju) menolak.",
            "Petugas Aviation Security (Avsec) PT Angkasa Pura Indonesia curiga.",
            "Kepolisian Resor Kota Besar (Polrestabes) Makassar menangkap tiga orang.",
            // Spelled before the name's last word: no name, and no failure.
            "Tim Laboratorium Forensik Kota (Labfor) datang.",
        ]);
        let names: Vec<&str> = got.iter().map(|(_, n)| n.as_str()).collect();
        for whole in [
            "Laboratorium Forensik (Labfor) Polda Jawa Tengah",
            "Badan SAR Nasional (Basarnas) Ambon",
            "Agence régionale de santé (ARS) de Bretagne",
            // The place names the union's branch, not the union; so does a
            // representative office.
            "Kenya National Union of Teachers",
            "Badan Pengawasan Keuangan dan Pembangunan",
            // A company's legal form after the brackets opens another name.
            "Aviation Security",
            // Syllables of the words' roots.
            "Kepolisian Resor Kota Besar (Polrestabes) Makassar",
        ] {
            assert!(names.contains(&whole), "{whole}: {names:?}");
        }
        assert!(
            !names
                .iter()
                .any(|n| n.contains("Nyeri") || n.contains("Perwakilan")),
            "{names:?}"
        );
        // A word in brackets that no name's syllables spell abbreviates nothing.
        assert!(!names.iter().any(|n| n.contains("Sukamaju")), "{names:?}");
    }

    #[test]
    fn an_acronym_may_leave_out_small_words() {
        let got = named(&["Le Comité national contre les violences au travail (CNVT) a réagi."]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert!(
            written.contains(&"Comité national contre les violences au travail"),
            "{written:?}"
        );
    }

    #[test]
    fn a_numbered_acronym_spells_the_name_before_its_place() {
        let got = named(&[
            "Les pompiers du Service départemental d'incendie et de secours de la Somme (SDIS 80) sont intervenus.",
            "Le salon est organisé avec la chambre de métiers et de l'artisanat des Hautes-Pyrénées (CMA 65) depuis 2014.",
            "Selon le Service départemental d'incendie et de secours de l'Aisne (SDIS 02), le centre fermera.",
        ]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        for name in [
            "Service départemental d'incendie et de secours de la Somme",
            "chambre de métiers et de l'artisanat des Hautes-Pyrénées",
            "Service départemental d'incendie et de secours de l'Aisne",
        ] {
            assert!(written.contains(&name), "{written:?}");
        }
    }

    #[test]
    fn an_acronym_tells_where_the_name_starts() {
        let got = named(&["Laporan Badan Pusat Statistik (BPS) terbit kemarin."]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert!(written.contains(&"Badan Pusat Statistik"), "{written:?}");
        assert!(
            !written.iter().any(|w| w.starts_with("Laporan")),
            "{written:?}"
        );
    }

    #[test]
    fn a_business_abbreviation_before_the_acronym() {
        let paragraphs = [
            "The work went to Harbour Lift Salvage Corp. (HLSC) last week.",
            "HLSC divers reached the wreck.",
        ];
        let people = people::recognise(&paragraphs);
        let got: Vec<(usize, String)> = recognise(&paragraphs, &people)
            .into_iter()
            .filter(|m| m.cue == OrgCue::Named)
            .map(|m| (m.paragraph, m.name))
            .collect();
        assert!(
            got.contains(&(1, "Harbour Lift Salvage Corp.".to_string())),
            "{got:?}"
        );
        // At a sentence's end the period is the sentence's.
        let got = named(&["The bridge was built by Kaveri Infra Pvt Ltd. Work began in May."]);
        assert_eq!(got[0].1, "Kaveri Infra Pvt Ltd");
    }

    #[test]
    fn an_indonesian_acronym_repeats_a_letter_by_its_digit() {
        assert_eq!(letters_repeated("BP3MI"), Some("bpppmi".chars().collect()));
        assert_eq!(letters_repeated("P2TP2A"), Some("pptppa".chars().collect()));
        assert_eq!(letters_repeated("G20"), None);
        let got = named(&[
            "Kepala Balai Pelayanan Pelindungan Pekerja Migran Indonesia (BP3MI) NTB, Sri \
             Wahyuningsih, mengapresiasi langkah kepolisian.",
        ]);
        let names: Vec<&str> = got.iter().map(|(_, n)| n.as_str()).collect();
        assert!(
            names.contains(&"Balai Pelayanan Pelindungan Pekerja Migran Indonesia (BP3MI) NTB"),
            "{names:?}"
        );
    }

    #[test]
    fn a_french_body_gathering_someone_in_lower_case() {
        let got = named(&[
            "Ce n'est pas un cas isolé. L'Union ardennaise des producteurs de sapins, qui \
             regroupe 64 exploitants, recense cinq vols.",
            "La Fédération nationale des chasseurs (FNC) proteste.",
            "La Coopérative d'habitation Les Berges du Fleuve construira 96 logements.",
        ]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert!(
            written.contains(&"Union ardennaise des producteurs de sapins"),
            "{written:?}"
        );
        assert!(
            written.contains(&"Fédération nationale des chasseurs"),
            "{written:?}"
        );
        assert!(
            written.contains(&"Coopérative d'habitation Les Berges du Fleuve"),
            "{written:?}"
        );
    }

    #[test]
    fn courts_and_forces_named_by_the_place_they_serve() {
        let got = named(&[
            "Le tribunal de commerce de Nantes a validé le plan de cession.",
            "La cour d'appel de Douai a confirmé la peine.",
            "Le tribunal administratif de Lille a suspendu l'arrêté.",
            "Le gouvernement a annoncé à Paris un plan d'aide.",
            "L'enquête menée par la police judiciaire fédérale de Liège a duré un an.",
            "La police a saisi deux voitures.",
            "L'ASBL Car-Pass, qui enregistre le kilométrage, a relevé des anomalies.",
            "Les enquêteurs de la police judiciaire fédérale (PJF) de Charleroi ont saisi.",
        ]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            written,
            [
                "tribunal de commerce de Nantes",
                "cour d'appel de Douai",
                "tribunal administratif de Lille",
                "police judiciaire fédérale de Liège",
                "Car-Pass",
                "police judiciaire fédérale (PJF) de Charleroi",
            ]
        );
    }

    #[test]
    fn a_common_noun_names_an_organisation_everywhere_in_the_article() {
        let got = named(&[
            "Putaran ini dipimpin oleh perusahaan modal ventura Horizon Capital.",
            "Direktur Horizon Capital, Budi Hartono, menilai pasar masih besar.",
            "DeepSeek, sebuah startup AI dari China, membangun model murah.",
            "Le gouvernement japonais a salué l'accord.",
        ]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            written,
            [
                "Horizon Capital",
                "Horizon Capital",
                "DeepSeek",
                "gouvernement japonais"
            ]
        );
    }

    #[test]
    fn a_name_in_quotation_marks_after_its_noun() {
        let got = named(&[
            "Les habitants ont créé le collectif «Sauvons Ibel», emmené par Awa Keita.",
            "Le collectif « Un train pour la Charente limousine » a manifesté.",
            "Le comité « très inquiet » a écrit au préfet.",
        ]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert!(written.contains(&"Sauvons Ibel"), "{written:?}");
        assert!(
            written.contains(&"Un train pour la Charente limousine"),
            "{written:?}"
        );
        assert!(
            !written.iter().any(|w| w.contains("inquiet")),
            "{written:?}"
        );
    }

    #[test]
    fn what_a_name_is_may_follow_where_it_is_from() {
        let got = named(&[
            "The tanker belongs to Condamine Fuel Logistics, a Queensland carrier with 60 trucks.",
            "The driver, Darren Whitlock, a local man, was airlifted.",
        ]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(written, ["Condamine Fuel Logistics"]);
    }

    #[test]
    fn a_currency_and_a_dateline_agency_are_no_bodies() {
        let got = named(&[
            "Ziguinchor, 12 nov (APS) – Le centre a été inauguré jeudi.",
            "Une contribution de 40 millions de francs CFA du Conseil départemental de Ziguinchor.",
        ]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(written, ["Conseil départemental de Ziguinchor"]);
    }

    #[test]
    fn a_body_named_by_its_first_word_and_the_place_it_serves() {
        let got = named(&[
            "Les agriculteurs ont été soutenus par la Confédération paysanne de Lot-et-Garonne.",
            "Le Conseil départemental du Morbihan financera la moitié des travaux.",
        ]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            written,
            [
                "Confédération paysanne de Lot-et-Garonne",
                "Conseil départemental du Morbihan"
            ]
        );
    }

    #[test]
    fn an_agency_opening_a_sentence_with_its_place_after_its_complement() {
        let got = named(&["L'Agence de l'eau Adour-Garonne doit en financer 70 %."]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(written, ["Agence de l'eau Adour-Garonne"]);
    }

    #[test]
    fn a_brigade_and_a_contractor_are_bodies() {
        let got = named(&[
            "C'est finalement la brigade de recherches de Niort qui a localisé le fugitif.",
            "The scheme will be built by Hereford-based contractor Marden Civil Engineering.",
        ]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            written,
            ["brigade de recherches de Niort", "Marden Civil Engineering"]
        );
    }

    #[test]
    fn a_gathering_may_end_with_its_place() {
        let got = named(&[
            "Pour l'Union des routiers du Sénégal, ce drame relance le débat sur le parc.",
        ]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(written, ["Union des routiers du Sénégal"]);
    }

    #[test]
    fn a_grouping_of_communes_written_in_lower_case() {
        let got = named(&[
            "Le club a sollicité une aide auprès de la communauté d'agglomération du Bassin \
             de Bourg-en-Bresse pour finir la saison.",
        ]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            written,
            ["communauté d'agglomération du Bassin de Bourg-en-Bresse"]
        );
    }

    #[test]
    fn an_acronym_and_the_place_of_its_office() {
        let got = full_names(&[
            "NHS Orkney said it had arranged extra video consultations.",
            "Kepala BPBD Sidrap menyebut 73 rumah rusak.",
            "The BBC reported that the ferry had left.",
        ]);
        for name in ["NHS Orkney", "BPBD Sidrap", "BBC"] {
            assert!(got.contains(&name.to_string()), "{name}: {got:?}");
        }
        assert!(!got.iter().any(|n| n.starts_with("BBC ")), "{got:?}");
    }

    #[test]
    fn a_rank_and_a_registration_plate_are_no_bodies() {
        let got = full_names(&[
            "Kapolres Muaro Jambi, AKBP Heri Susanto Wijaya, mengatakan petugas \
             menghentikan truk bernomor polisi BH 8621 MK di jalan lintas.",
            "Barang bukti diserahkan kepada BKSDA Jambi.",
        ]);
        for not_a_body in ["AKBP", "BH", "MK"] {
            assert!(
                !got.iter().any(|n| n == not_a_body),
                "{not_a_body}: {got:?}"
            );
        }
        assert!(got.iter().any(|n| n.starts_with("BKSDA")), "{got:?}");
    }

    #[test]
    fn where_a_body_is_based_is_no_part_of_its_name() {
        let got =
            full_names(&["The ferry was chartered from Aberdeen-based Northern Marine Charters."]);
        assert!(
            got.contains(&"Northern Marine Charters".to_string()),
            "{got:?}"
        );
    }

    #[test]
    fn a_place_named_by_a_body_is_still_a_place() {
        let got = full_names(&[
            "Benih itu disita di Bandara Fatmawati Soekarno, Kota Bengkulu.",
            "Peneliti kelautan Universitas Bengkulu, Yuliana Marpaung, mengingatkan nelayan.",
            "Warga Bengkulu resah.",
        ]);
        assert!(got.contains(&"Universitas Bengkulu".to_string()), "{got:?}");
        assert!(!got.contains(&"Bengkulu".to_string()), "{got:?}");
    }

    #[test]
    fn a_country_is_no_organisation() {
        let paragraphs = [
            "Investasi itu dipimpin perusahaan Kanada Brookfield di Prancis.",
            "Bank sentral Amerika Serikat menahan suku bunga.",
            "Des investisseurs de France and Germany, puis la Corée du Sud, ont suivi.",
        ];
        assert_eq!(full_names(&paragraphs), ["Brookfield"]);
    }

    #[test]
    fn capitalised_names_without_a_cue_are_weak_candidates() {
        let paragraphs = [
            "Volunteers of the Salvation Army served meals at the Rogers Arena on Sunday.",
            "Salvation Army volunteers stayed overnight.",
        ];
        let people = people::recognise(&paragraphs);
        let got: Vec<(String, OrgCue)> = recognise(&paragraphs, &people)
            .into_iter()
            .map(|m| (m.name, m.cue))
            .collect();
        // Wherever the article writes it, even opening a sentence; a venue is none.
        assert_eq!(
            got,
            [
                ("Salvation Army".to_string(), OrgCue::Capitalised),
                ("Salvation Army".to_string(), OrgCue::Capitalised)
            ]
        );
    }

    #[test]
    fn a_degree_before_a_body_s_noun_is_no_body() {
        let got = named(&[
            "Ketua Komisi III DPRD, Muhammad Arfah Lau, S.Sos, menilai operator kapal lalai.",
        ]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert!(!written.contains(&"Sos"), "{written:?}");
    }

    #[test]
    fn a_degree_is_no_acronym() {
        let paragraphs =
            ["Kepala dinas, Stefanus Ding Ajang, S.Sos, M.AP, menyebutkan total dana."];
        let people = people::recognise(&paragraphs);
        let got: Vec<String> = recognise(&paragraphs, &people)
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert!(!got.iter().any(|n| n == "AP"), "{got:?}");
    }

    #[test]
    fn places_listed_are_no_organisation() {
        let paragraphs = [
            "Onze perquisitions ont été menées à Charleroi, Marcinelle, Châtelet et Fleurus.",
            "The road runs through Lokaleng and Mogosane before Tlapeng.",
            "Une campagne auprès des écoles de Dijon et de Lyon a été lancée.",
            "Le devis présenté par Atlantique Marbres et Granits reste valable.",
        ];
        let people = people::recognise(&paragraphs);
        let got: Vec<String> = recognise(&paragraphs, &people)
            .into_iter()
            .map(|m| m.name)
            .collect();
        // Towns in a list are no body; a firm's name with a conjunction still is.
        assert_eq!(got, ["Atlantique Marbres et Granits"]);
    }

    #[test]
    fn a_firm_named_after_someone_and_a_role_s_acronym() {
        let got = full_names(&[
            "Le contrat a été accordé à l'entreprise Tremblay Béton et Ponts Ltée, de \
             Sainte-Agathe. Selon son directeur de chantier, Luc Tremblay, le retard \
             s'explique.",
            "Maheshkhali Upazila Nirbahi Officer (UNO) Farzana Akter handed over the \
             cheques.",
            "The works were carried out by Innisfail builder Kerr & Sons Constructions. \
             Site manager Luke Kerr, 38, said so.",
            "Didier Lavergne, 57 ans, a écouté. Le gérant de la SARL Garage Lavergne \
             Automobiles est poursuivi, selon la direction départementale des finances \
             publiques (DDFiP) du Cantal.",
            "Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) Surabaya menjatuhkan \
             vonis. Kasus terungkap setelah Inspektorat Kabupaten Bangkalan melakukan audit.",
            "Pour tenir, la Fédération des associations de parents d'élèves et amis de \
             l'école (FEDAPEE) de Mamou propose que les familles apportent du fonio.",
        ]);
        for want in [
            "SARL Garage Lavergne Automobiles",
            "direction départementale des finances publiques (DDFiP) du Cantal",
            "Pengadilan Tindak Pidana Korupsi (Tipikor) Surabaya",
            "Fédération des associations de parents d'élèves et amis de l'école (FEDAPEE) de \
             Mamou",
        ] {
            assert!(got.contains(&want.to_string()), "{want}: {got:?}");
        }
        assert!(
            got.contains(&"Kerr & Sons Constructions".to_string()),
            "{got:?}"
        );
        assert!(
            got.contains(&"Tremblay Béton et Ponts Ltée".to_string()),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|n| n.contains("Officer") || n == "UNO"),
            "{got:?}"
        );
    }

    #[test]
    fn a_legal_form_opens_a_name_and_stands_with_its_acronym_for_it() {
        let got = full_names(&[
            "Kebun PT Sinar Harapan Jaya (SHJ) di Kecamatan Kunto dijarah.",
            "Sales Area Manager Rayon II Bekasi PT Gas Bumi Nusantara Regional Jawa, Andi Wijaya, hadir.",
            "Manajer Kebun PT SHJ, Budi Hartono, menyebut kerugian besar.",
        ]);
        assert!(
            got.contains(&"PT Gas Bumi Nusantara Regional Jawa".to_string()),
            "{got:?}"
        );
        assert!(!got.iter().any(|n| n.contains("Manager")), "{got:?}");
        assert!(!got.contains(&"PT SHJ".to_string()), "{got:?}");
    }

    #[test]
    fn a_post_in_capitals_after_the_acronym_is_no_part_of_the_body_s_name() {
        let got = full_names(&[
            "The Tanzania Electric Supply Company (TANESCO) Iringa Regional Manager, Eng. Godfrey Mwakalinga, attributed the outages to a damaged line.",
        ]);
        assert!(
            got.contains(&"Tanzania Electric Supply Company".to_string()),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|n| n.starts_with("Tanzania") && n.contains("Manager")),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_listing_fields_with_commas_before_its_abbreviation() {
        let got = full_names(&[
            "La Direction régionale de l'environnement, de l'aménagement et du logement (Dreal) a mené une inspection jeudi.",
        ]);
        assert!(
            got.iter().any(|n| n.starts_with(
                "Direction régionale de l'environnement, de l'aménagement et du logement"
            )),
            "{got:?}"
        );
    }

    #[test]
    fn a_conjunction_after_the_acronym_s_place_joins_another_body() {
        let got = full_names(&[
            "Survei dilakukan Balai Taman Nasional Wakatobi bersama Universitas Halu Oleo (UHO) Kendari dan Yayasan Laut Lestari Wakatobi (YLLW).",
        ]);
        assert!(
            got.contains(&"Universitas Halu Oleo (UHO) Kendari".to_string()),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|n| n.starts_with("Universitas") && n.contains("Yayasan")),
            "{got:?}"
        );
    }

    #[test]
    fn a_conjunction_before_a_body_s_first_word_ends_a_run_opening_with_none() {
        let got = full_names(&[
            "Survei dilakukan Balai Taman Nasional Wakatobi bersama Universitas Halu Oleo (UHO) Kendari dan Yayasan Laut Lestari Wakatobi (YLLW).",
        ]);
        assert!(
            got.contains(&"Yayasan Laut Lestari Wakatobi".to_string()),
            "{got:?}"
        );
        assert!(!got.iter().any(|n| n.starts_with("Kendari")), "{got:?}");
        // A body's own words joined by a conjunction stay one name.
        let got =
            full_names(&["Ia ditemui di kantor Dinas Perindustrian dan Koperasi Kabupaten Bone."]);
        assert!(
            got.iter()
                .any(|n| n.starts_with("Dinas Perindustrian dan Koperasi")),
            "{got:?}"
        );
    }

    #[test]
    fn a_region_before_a_post_is_no_part_of_the_body_s_name() {
        let got = full_names(&[
            "Kenya Dairy Board (KDB) North Rift regional manager Peter Ouma Odhiambo warned that hawkers face arrest.",
        ]);
        assert!(got.contains(&"Kenya Dairy Board".to_string()), "{got:?}");
        assert!(
            !got.iter()
                .any(|n| n.starts_with("Kenya") && n.contains("North")),
            "{got:?}"
        );
    }

    #[test]
    fn what_a_body_is_in_capitals_is_no_part_of_its_name() {
        let got = full_names(&[
            "Le groupement dispose de deux unités offertes par l'ONG Nutrition International, installées à Fatick.",
        ]);
        assert!(
            got.contains(&"Nutrition International".to_string()),
            "{got:?}"
        );
        assert!(!got.iter().any(|n| n.starts_with("ONG")), "{got:?}");
    }

    #[test]
    fn a_body_s_possessive_is_no_part_of_its_name() {
        let got =
            full_names(&["Officers of the Ministry of Agriculture's extension service came."]);
        assert!(
            got.contains(&"Ministry of Agriculture".to_string()),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_set_off_before_the_noun_of_body_it_is() {
        let got = full_names(&[
            "Infrasports, l'administration wallonne chargée des infrastructures sportives, a pris en charge 825.000 euros.",
            "The deal was signed with Volta Telecom, the company that sponsors the race.",
            "Samedi, la fête a rassemblé les habitants.",
        ]);
        assert!(got.contains(&"Infrasports".to_string()), "{got:?}");
        assert!(got.contains(&"Volta Telecom".to_string()), "{got:?}");
        assert!(!got.iter().any(|n| n.contains("Samedi")), "{got:?}");
    }

    #[test]
    fn an_acronym_stands_for_the_name_before_it() {
        let got = named(&[
            "Le transfert a été validé par la Direction nationale du contrôle de gestion (DNCG), l'organisme qui surveille les clubs.",
        ]);
        assert!(
            got.contains(&(
                "DNCG".to_string(),
                "Direction nationale du contrôle de gestion".to_string()
            )),
            "{got:?}"
        );
        let got = named(&[
            "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan hujan lebat.",
            "Kepala BMKG Dwikorita Karnawati mengatakan hujan akan berlanjut.",
        ]);
        assert!(
            got.contains(&(
                "BMKG".to_string(),
                "Badan Meteorologi, Klimatologi, dan Geofisika".to_string()
            )),
            "{got:?}"
        );
        // A person is never an organisation.
        assert!(!got.iter().any(|(w, _)| w.contains("Dwikorita")), "{got:?}");
        // An acronym of a name's last words: the name from the body's word before them,
        // not from the role heading it.
        let got = named(&[
            "Mantan Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Deli Serdang divonis delapan tahun.",
            "Pemilik vila diperiksa Dinas Pekerjaan Umum dan Penataan Ruang (PUPR).",
        ]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        for name in [
            "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Deli Serdang",
            "Dinas Pekerjaan Umum dan Penataan Ruang",
        ] {
            assert!(written.contains(&name), "{name}: {written:?}");
        }
        assert!(!written.iter().any(|w| w.contains("Kepala")), "{written:?}");
        // An acronym of another language's name: the name from its organisation's word.
        let got = named(&[
            "La décision revient à l'Office fédéral de la santé publique (BAG), qui tranchera lundi.",
        ]);
        assert!(
            got.contains(&(
                "BAG".to_string(),
                "Office fédéral de la santé publique".to_string()
            )),
            "{got:?}"
        );
        // The acronym of a common noun written in lower case before it names no body,
        // however near one stands.
        let got = named(&[
            "Polres Garut menyita bahan bakar minyak (BBM) di sebuah gudang.",
            "La Direction régionale finance des usages de l'intelligence artificielle (IA).",
        ]);
        assert!(
            !got.iter()
                .any(|(_, name)| name.contains("bakar") || name.contains("intelligence")),
            "{got:?}"
        );
        // Nor is it one written alone later in the article.
        let paragraphs = [
            "Pemkab Garut menetapkan kejadian luar biasa (KLB) diare.",
            "Status KLB berlaku dua pekan, menurut Dinas Kesehatan Garut.",
            "L'enquête est menée par la police judiciaire fédérale (PJF).",
        ];
        let all = full_names(&paragraphs);
        assert!(!all.iter().any(|n| n == "KLB"), "{all:?}");
        assert!(all.iter().any(|n| n == "Dinas Kesehatan Garut"), "{all:?}");
        // A body's noun in lower case still names a body.
        assert!(all.iter().any(|n| n == "PJF"), "{all:?}");
    }

    #[test]
    fn unions_collectives_and_public_companies_are_named_by_their_head() {
        let got = named(&[
            "Le syndicat Force Ouvrière appelle à la grève, tout comme le collectif Rivière Propre.",
            "Direktur Utama Perumda Tirta Lestari, Budi Santoso, mengatakan pasokan turun.",
            "Serikat Pekerja Pelabuhan menolak rencana itu.",
        ]);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        for name in [
            "Force Ouvrière",
            "Rivière Propre",
            "Perumda Tirta Lestari",
            "Serikat Pekerja Pelabuhan",
        ] {
            assert!(written.contains(&name), "{name}: {written:?}");
        }
    }

    #[test]
    fn a_head_joined_by_and_is_two_bodies() {
        let got = named(&["Sebanyak 12 truk milik pemerintah dan TNI akan menyalurkan air."]);
        assert!(!got.iter().any(|(w, _)| w.contains("dan")), "{got:?}");
    }

    #[test]
    fn the_region_of_a_dateline_is_no_organisation() {
        let paragraphs = [
            "SURABAYA, JATIM - Banjir merendam ratusan rumah.",
            "Badan Penanggulangan Bencana Daerah JATIM mencatat kerugian.",
        ];
        let people = people::recognise(&paragraphs);
        let got = recognise(&paragraphs, &people);
        assert!(got.iter().all(|m| m.paragraph == 1), "{got:?}");
    }

    #[test]
    fn a_name_listing_its_fields_goes_on_over_their_commas() {
        let got = full_names(&[
            "Sarang itu diperiksa Balai Karantina Hewan, Ikan, dan Tumbuhan Kalimantan Tengah.",
            "Tarif naik, menurut Gabungan Pengusaha Nasional Angkutan Sungai, Danau dan Penyeberangan.",
            "Le bilan de la Direction des Eaux et Forêts, Chasses et de la Conservation des Sols est lourd.",
        ]);
        for name in [
            "Balai Karantina Hewan, Ikan, dan Tumbuhan Kalimantan Tengah",
            "Gabungan Pengusaha Nasional Angkutan Sungai, Danau dan Penyeberangan",
            "Direction des Eaux et Forêts, Chasses et de la Conservation des Sols",
        ] {
            assert!(got.iter().any(|n| n == name), "{name}: {got:?}");
        }
    }

    #[test]
    fn a_list_of_bodies_or_places_is_no_name_of_fields() {
        let got = full_names(&[
            "Tim gabungan Dinas Sosial, Basarnas, dan TNI menyisir Jakarta, Bogor, dan Depok.",
        ]);
        assert!(!got.iter().any(|n| n.contains(',')), "{got:?}");
    }

    #[test]
    fn a_name_is_written_without_the_article_elided_onto_it() {
        let got = full_names(&["Le prêt d'Investissement Québec couvre la moitié du coût."]);
        assert!(got.iter().any(|n| n == "Investissement Québec"), "{got:?}");
        assert!(!got.iter().any(|n| n.starts_with("d'")), "{got:?}");
    }

    #[test]
    fn abbreviated_public_bodies_and_their_offices_are_named() {
        let got = named(&[
            "Polsek Prambanan menempatkan dua personel untuk berjaga.",
            "Bupati meminta bantuan Balai Besar Wilayah Sungai Bengawan Solo.",
            "Warga berkumpul di Balai Desa Nguter pada Senin malam.",
            "Pihak Perum Jasa Tirta II menyatakan debit air normal.",
        ]);
        let names: Vec<&str> = got.iter().map(|(_, n)| n.as_str()).collect();
        assert!(names.contains(&"Polsek Prambanan"), "{got:?}");
        assert!(
            names.contains(&"Balai Besar Wilayah Sungai Bengawan Solo"),
            "{got:?}"
        );
        assert!(names.contains(&"Perum Jasa Tirta II"), "{got:?}");
        assert!(!names.iter().any(|n| n.contains("Desa")), "{got:?}");
        assert!(!names.iter().any(|n| n.starts_with("Pihak")), "{got:?}");
    }

    #[test]
    fn a_family_firm_goes_on_past_the_family_s_name() {
        let got = full_names(&[
            "La Ville a résilié le contrat de l'entreprise Excavation Bérubé et Fils.",
            "Le propriétaire, Réal Bérubé, 58 ans, conteste la décision.",
            "Selon la société Nexalis et le PDG Julien Moreau, le projet avance.",
        ]);
        assert!(
            got.iter().any(|n| n == "Excavation Bérubé et Fils"),
            "{got:?}"
        );
        assert!(!got.iter().any(|n| n.contains("Julien")), "{got:?}");
    }

    #[test]
    fn a_company_s_noun_opening_the_sentence_after_its_elided_article() {
        // The capital is the sentence's, not the noun's: the name is what follows the
        // noun and what qualifies it.
        let got = full_names(&[
            "L'entreprise strasbourgeoise Rhin Génie Fluvial, titulaire du marché, emploie 22 ouvriers.",
        ]);
        assert_eq!(got, ["Rhin Génie Fluvial"]);
        // The capital after the elided article is the name's own.
        let got = full_names(&["L'Agence de l'eau Adour-Garonne a confirmé la pollution."]);
        assert_eq!(got, ["Agence de l'eau Adour-Garonne"]);
    }

    #[test]
    fn a_plural_s_possessive_inside_a_name_and_a_place_after_its_article() {
        let got = full_names(&[
            "The payments were coordinated with the Windward Banana Growers' Cooperative (WBGC), which compiled the list.",
        ]);
        assert!(
            got.iter()
                .any(|n| n == "Windward Banana Growers' Cooperative"),
            "{got:?}"
        );
        let got = full_names(&[
            "L'unité sera gérée par la Coopérative agricole des producteurs de manioc de la Mvila (COOPAMA), qui compte 312 membres.",
            "Elle a été financée par le Fonds de développement des filières agricoles (FODEFA), le reste par la commune.",
        ]);
        assert!(
            got.iter()
                .any(|n| n == "Fonds de développement des filières agricoles"),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|n| n == "Coopérative agricole des producteurs de manioc de la Mvila"),
            "{got:?}"
        );
    }

    #[test]
    fn a_french_body_after_its_elided_article() {
        let got = full_names(&[
            "Étaient présents les représentants de l'Association des éleveurs de Birkelane et du service de l'agriculture.",
        ]);
        assert!(
            got.iter()
                .any(|n| n == "Association des éleveurs de Birkelane"),
            "{got:?}"
        );
    }

    #[test]
    fn a_word_opening_a_sentence_before_a_body_is_not_its_name() {
        assert_eq!(
            full_names(&[
                "Gambir merupakan komoditas unggulan. Data Dinas Pertanian setempat \
                          mencatat luas kebun gambir mencapai 17.000 hektare."
            ]),
            ["Dinas Pertanian"]
        );
    }

    #[test]
    fn a_body_s_kind_alone_and_a_place_s_short_name_are_no_bodies() {
        // `ZINWA`: the syllables of its name's words, not `Authority` alone.
        let names = full_names(
            &["The city had also applied to the Zimbabwe National Water \
                                  Authority (ZINWA) for permission to draw more water."],
        );
        assert!(!names.is_empty());
        assert!(
            names
                .iter()
                .all(|n| n == "Zimbabwe National Water Authority"),
            "{names:?}"
        );
        assert!(
            full_names(&[
                "Ratusan warga Kecamatan Parenggean, Kabupaten Kotawaringin Timur \
                          (Kotim), Kalimantan Tengah, memblokade jalan. Pemkab Kotim berjanji \
                          memperbaiki jalan."
            ])
            .iter()
            .all(|n| n != "Kotawaringin Timur")
        );
        // The province set off after a regency is a place, whatever body is named
        // after it.
        let names = full_names(&[
            "Ikan mati di Kampung Tasik Betung, Kabupaten Siak, Riau, sejak Minggu.",
            "Sampel dikirim ke laboratorium Universitas Riau (Unri) di Pekanbaru.",
        ]);
        assert!(names.iter().all(|n| n != "Riau"), "{names:?}");
        assert!(names.iter().any(|n| n == "Universitas Riau"), "{names:?}");
    }

    #[test]
    fn an_acronym_in_capitals_by_the_syllables_of_its_words() {
        let names = full_names(&["Les membres du Syndicat des exploitants agricoles de \
                                  l'Office du Niger (SEXAGON) ont manifesté."]);
        assert!(
            names
                .iter()
                .any(|n| n == "Syndicat des exploitants agricoles de l'Office du Niger"),
            "{names:?}"
        );
    }

    #[test]
    fn no_name_opens_with_the_legal_form_closing_another() {
        let names = full_names(&["The robbers stormed the depot of Akwaaba Cocoa Traders \
                                  Ltd, a licensed buying company (LBC), police said."]);
        assert!(
            names.iter().any(|n| n == "Akwaaba Cocoa Traders Ltd"),
            "{names:?}"
        );
        assert!(!names.iter().any(|n| n.starts_with("Ltd")), "{names:?}");
    }

    #[test]
    fn a_french_body_s_name_in_lower_case_abbreviated_by_its_syllables() {
        let names = full_names(&[
            "Les analyses du Laboratoire national vétérinaire (Lanavet) ont \
                                  confirmé la présence du virus.",
        ]);
        assert!(
            names
                .iter()
                .all(|n| n == "Laboratoire national vétérinaire"),
            "{names:?}"
        );
        assert!(!names.is_empty());
        // Not from lower-case words no body's word opens.
        let names = full_names(&["Les éleveurs de la ville (Lavi) ont manifesté."]);
        assert!(names.is_empty(), "{names:?}");
        // Unless every word gives its initial.
        let names = full_names(&[
            "Le magasin a été financé par l'ONG Appui aux initiatives paysannes de \
             l'Equateur (AIPE), a précisé le maire.",
        ]);
        assert!(
            names
                .iter()
                .any(|n| n == "Appui aux initiatives paysannes de l'Equateur"),
            "{names:?}"
        );
        // An adjective may give no letter, each part of a hyphenated word gives its
        // own, and a name may open with an elided article.
        for (text, name) in [
            (
                "La Société nationale de gestion intégrée des déchets (Sonaged) a promis \
                 une décharge.",
                "Société nationale de gestion intégrée des déchets",
            ),
            (
                "La hausse a été décidée par le Syndicat des transporteurs urbains de \
                 l'Ogooué-Maritime (Syntrom) sans l'aval de la mairie.",
                "Syndicat des transporteurs urbains de l'Ogooué-Maritime",
            ),
            (
                "Elle préside l'Union des métiers et des industries de l'hôtellerie (Umih) \
                 du Loiret.",
                "Union des métiers et des industries de l'hôtellerie",
            ),
            (
                "Le financement est assuré par le Fonds des Nations unies pour l'enfance \
                 (Unicef) et par la commune.",
                "Fonds des Nations unies pour l'enfance",
            ),
        ] {
            let names = full_names(&[text]);
            assert!(names.iter().any(|n| n.starts_with(name)), "{names:?}");
        }
    }
}
