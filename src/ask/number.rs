//! Reading numbers as the three languages write them: digits with their group and
//! decimal marks (`16.000` and `1,5` in Indonesian and French, `16,000` and `1.5` in
//! English, `16 000` in French), a scale word (`109 miliar`, `2 milliards`, `60
//! billion`), a currency before or after (`$60 miliar`, `109 miliar euro`, `400 juta
//! dolar AS`, `2 milliards d'euros`, glued: `Rp250.000`, `C$15M`, `$2bn`), numbers
//! written as words, of one word or several (`lima`, `dua belas`, `twenty-one`,
//! `quatre-vingt-dix`), ranges (`30-50 miliar euro`), and what makes a number an age (`39 ans`
//! after `de`, `berusia 39 tahun`, `39-year-old`), a year (`2025`) or the day of a date
//! (`29 Februari`). The word lists are the languages' (see `language`).

use std::ops::Range;

use crate::language::{self, Lang};
use crate::plan::words::{Word, words};

/// A number read in a text, with what stands around it.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Bytes of the text it spans: the number, its scale, currency and unit.
    pub range: Range<usize>,
    /// Its value, scale applied (the first of a range).
    pub value: f64,
    /// Its currency, lower case, as written (`$`, `euro`, `dolar`).
    pub currency: Option<String>,
    /// The word right after it (scale and currency aside), lower case: what it counts
    /// (`gpu`, `perusahaan`), when a word follows.
    pub unit: Option<String>,
    /// Written as an age.
    pub age: bool,
    /// A year on its own (`2025`, `tahun 2025`).
    pub year: bool,
    /// The day or year of a date (`29 Februari`, `novembre 2022`).
    pub in_date: bool,
    /// Written with digits (not a number word).
    pub digits: bool,
    /// Part of a name (`Llama 3.1`, `Quest 3`): a capitalised word right before it,
    /// not at a sentence's start.
    pub in_name: bool,
    /// A time of day (`pukul 03.42 Wita`, `10:30`, `3.42 pm`): no count of anything.
    pub time: bool,
    /// Joined to its unit by a hyphen (`a 60-horsepower engine`): a measure of the
    /// noun after it, which it doesn't count.
    pub measures_noun: bool,
}

/// Whether `lang`'s texts write `.` between groups of thousands and `,` before decimals.
fn continental(lang: Lang) -> bool {
    matches!(lang, Lang::Id | Lang::Fr)
}

/// The numbers of `text` (in `lang`), in order.
pub fn quantities(text: &str, lang: Lang) -> Vec<Quantity> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let letter_currency = letter_currency_before(text, i, lang);
        let glued = i > 0
            && letter_currency.is_none()
            && (text[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '.' || c == ',')
                // The minutes of `10:45`, the second term of `3:1`.
                || (i > 1 && bytes[i - 1] == b':' && bytes[i - 2].is_ascii_digit()))
            && !currency_glued_before(&text[..i]);
        if glued {
            // The rest of a word or a number (`H100`, `3.1`).
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            continue;
        }
        let (end, value) = read_digits(text, i, lang);
        // Glued to letters after it (`H100`, `3D`): a name, not a quantity; but a
        // sum's scale may be glued to it (`$2bn`, `C$15M`).
        let currency_before = currency_glued_before(&text[..i])
            || words(text[..i].trim_end())
                .last()
                .is_some_and(|w| is_currency(&w.lower()) || language::is_currency_code(w.text));
        if text[end..].chars().next().is_some_and(char::is_alphabetic)
            && !(currency_before && glued_scale(&text[end..]).is_some())
        {
            i = end;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric()) {
                i += 1;
            }
            continue;
        }
        let mut q = around(text, i, end, value, true);
        if let Some(start) = letter_currency {
            q.currency = Some(text[start..i].to_lowercase());
            q.range.start = start;
            // A sum counts nothing after it (`K6.8 million over three years`).
            if let Some(unit) = q.unit.take()
                && text[q.range.clone()].to_lowercase().ends_with(&unit)
            {
                q.range.end -= unit.len();
                q.range.end = start + text[start..q.range.end].trim_end().len();
            }
        }
        out.push(q);
        i = end.max(i + 1);
    }
    // Numbers written as words, of one word or several (`dua belas`, `twenty-one`).
    let ws = words(text);
    let mut k = 0;
    while k < ws.len() {
        let start = ws[k].start;
        match spelled_number(&ws, k) {
            Some((after, value)) if !out.iter().any(|q: &Quantity| q.range.contains(&start)) => {
                let last = &ws[after - 1];
                out.push(around(
                    text,
                    start,
                    last.start + last.text.len(),
                    value,
                    false,
                ));
                k = after;
            }
            _ => k += 1,
        }
    }
    out.sort_by_key(|q| q.range.start);
    ranges(text, out)
}

/// One part of a number written in words.
enum Part {
    /// A number word (`tujuh`, `twenty`, `dix`).
    Number(f64),
    /// A word multiplying the number words before it (`puluh`, `hundred`, `cents`).
    Multiplier(f64),
    /// A word making the number word before it a teen (`belas`).
    Teen,
}

/// What `piece` (lower case, one piece of a hyphenated word) is in a number written in
/// words.
fn part_of_number(piece: &str) -> Option<Part> {
    if let Some(m) = language::value_of(|p| p.number_multipliers, piece) {
        Some(Part::Multiplier(m))
    } else if language::any(|p| p.teen_words, piece) {
        Some(Part::Teen)
    } else {
        language::value_of(|p| p.number_words, piece).map(Part::Number)
    }
}

/// The number written in words from `ws[k]` (`tujuh`, `dua belas`, `dua puluh lima`,
/// `three hundred and twenty`, `dix-sept`, `quatre-vingt-dix`): the index of the word
/// after it and its value. It opens with a number word; a word that doesn't continue
/// it (or only part of a hyphenated word does) ends it. Words of a thousand or more
/// (`seribu`, `mille`, `thousands`) stand alone: a scale after the number (`dua
/// puluh ribu`) is `around`'s to read.
fn spelled_number(ws: &[Word], k: usize) -> Option<(usize, f64)> {
    let first = ws.get(k)?.lower();
    let opening = first.split('-').next().unwrap_or_default();
    language::value_of(|p| p.number_words, opening)?;
    // What the parts before made, and the number words not yet multiplied.
    let (mut made, mut pending) = (0.0f64, 0.0f64);
    let mut parts = 0;
    let mut i = k;
    let mut end = k;
    while let Some(w) = ws.get(i) {
        let lower = w.lower();
        if parts > 0 && language::any(|p| p.number_connectors, &lower) {
            // `and`, `et` only between two parts.
            i += 1;
            continue;
        }
        let pieces: Vec<&str> = lower.split('-').collect();
        let (mut m, mut p, mut n) = (made, pending, parts);
        let mut j = 0;
        let mut whole = true;
        while j < pieces.len() {
            // `quatre-vingt` is one number.
            let pair = pieces.get(j..j + 2).map(|two| two.join("-"));
            let (part, used) = match pair.as_deref().and_then(part_of_number) {
                Some(part) => (Some(part), 2),
                None => (part_of_number(pieces[j]), 1),
            };
            let fits = match part {
                Some(Part::Number(v)) if n == 0 => {
                    p += v;
                    true
                }
                // `twenty one`, `dix-sept`, `soixante-quinze`: a smaller number after
                // a round one; never beside a word of a thousand or more.
                Some(Part::Number(v))
                    if v < 20.0 && (10.0..100.0).contains(&p) && p % 10.0 == 0.0 && v < p =>
                {
                    p += v;
                    true
                }
                Some(Part::Number(v)) if p == 0.0 && v < 100.0 && (m == 0.0 || v < m) => {
                    p += v;
                    true
                }
                Some(Part::Multiplier(x)) if p < 1000.0 && (n == 0 || p > 0.0 || x >= 100.0) => {
                    m += p.max(1.0) * x;
                    p = 0.0;
                    true
                }
                Some(Part::Teen) if p > 0.0 && p < 10.0 => {
                    m += p + 10.0;
                    p = 0.0;
                    true
                }
                _ => false,
            };
            if !fits {
                whole = false;
                break;
            }
            n += 1;
            j += used;
        }
        if !whole {
            break;
        }
        (made, pending, parts) = (m, p, n);
        i += 1;
        end = i;
        // A word of a thousand or more stands alone.
        if made + pending >= 1000.0 {
            break;
        }
    }
    (parts > 0).then_some((end, made + pending))
}

/// Two quantities of one currency with a range word between them
/// (`$60 miliar hingga $65 miliar`, `de 2 à 3 millions d'euros`) are one: its value
/// the first. Not after a verb of change (`will go from $8 to $10`): what was, then
/// what will be.
fn ranges(text: &str, quantities: Vec<Quantity>) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::with_capacity(quantities.len());
    for q in quantities {
        if let Some(prev) = out.last_mut()
            && prev.range.end <= q.range.start
            && prev.currency == q.currency
            && prev.digits
            && q.digits
            && !prev.in_date
            && !q.in_date
            && language::any(
                |p| p.range_words,
                text[prev.range.end..q.range.start].trim(),
            )
            && !changed_from(&text[..prev.range.start])
        {
            prev.range.end = q.range.end;
            prev.unit = q.unit.clone();
            continue;
        }
        out.push(q);
    }
    out
}

/// Words of approximation between "from" and its number, lower case.
const APPROXIMATIONS: &[&str] = &["about", "around", "roughly", "some", "environ", "sekitar"];

/// Whether the text before a number ends with a word of "from" after a verb of
/// change, a few words back (`will go from`, `faire passer la vignette de`).
fn changed_from(before: &str) -> bool {
    /// The words between a verb of change and its "from", at most.
    const CHANGE_OBJECT_WORDS: usize = 6;
    // The few words before, not the whole passage.
    const WINDOW_CHARS: usize = 80;
    let start = before
        .char_indices()
        .rev()
        .nth(WINDOW_CHARS)
        .map_or(0, |(i, _)| i);
    let ws = words(&before[start..]);
    // Past a word of approximation (`rose from about N85,000 to N260,000`).
    let ws = match ws.split_last() {
        Some((last, rest)) if APPROXIMATIONS.contains(&last.lower().as_ref()) => rest,
        _ => &ws[..],
    };
    let Some((from, rest)) = ws.split_last() else {
        return false;
    };
    language::CHANGE_FROM.contains(&from.lower().as_ref())
        && rest
            .iter()
            .rev()
            .take(CHANGE_OBJECT_WORDS + 1)
            .take_while(|w| !w.is_punct())
            .any(|w| language::CHANGE_VERBS.contains(&w.lower().as_ref()))
}

/// The digits at `start`: where they end and their value.
fn read_digits(text: &str, start: usize, lang: Lang) -> (usize, f64) {
    let bytes = text.as_bytes();
    let mut end = start;
    let mut groups: Vec<(Option<char>, &str)> = Vec::new();
    let mut sep: Option<char> = None;
    loop {
        let from = end;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
        groups.push((sep, &text[from..end]));
        // A mark followed by a digit continues the number; a space only before a
        // group of exactly three digits (French `16 000`).
        let next = text[end..].chars().next();
        let after = |len: usize| &text.as_bytes()[end + len..];
        // A group of exactly three digits after the mark `c`.
        let thousands_after = |c: char| {
            let rest = after(c.len_utf8());
            rest.len() >= 3
                && rest[..3].iter().all(u8::is_ascii_digit)
                && rest.get(3).is_none_or(|b| !b.is_ascii_digit())
        };
        match next {
            Some(c @ ('.' | ',')) if after(1).first().is_some_and(u8::is_ascii_digit) => {
                sep = Some(c);
                end += 1;
            }
            // Swiss papers group thousands with an apostrophe (`800'000 francs`).
            Some(c @ ('\'' | '’')) if thousands_after(c) => {
                sep = Some(' ');
                end += c.len_utf8();
            }
            // French groups thousands with a space, and so do English papers of
            // southern Africa (`US$9 600`); a group of more than three digits before
            // the space is a year or a code, not thousands (`in 2025 120 families`).
            Some(c @ (' ' | '\u{a0}' | '\u{202f}'))
                if thousands_after(c)
                    && (lang == Lang::Fr
                        || ((end - from <= 3 && groups.len() == 1) || sep == Some(' '))) =>
            {
                sep = Some(' ');
                end += c.len_utf8();
            }
            _ => break,
        }
    }
    (end, value_of_groups(&groups, lang))
}

/// The value of digit groups and the marks between them.
fn value_of_groups(groups: &[(Option<char>, &str)], lang: Lang) -> f64 {
    let (thousands, decimal) = if continental(lang) {
        ('.', ',')
    } else {
        (',', '.')
    };
    let mut whole = String::new();
    let mut fraction = String::new();
    for (k, (sep, digits)) in groups.iter().enumerate() {
        match sep {
            None => whole.push_str(digits),
            // A group mark is followed by three digits; anything else is a decimal
            // mark, whichever it is (`3.1` in an Indonesian text is a version).
            Some(c) if (*c == thousands || *c == ' ') && digits.len() == 3 => {
                whole.push_str(digits)
            }
            Some(c) if *c == decimal || k == groups.len() - 1 => fraction.push_str(digits),
            Some(_) => whole.push_str(digits),
        }
    }
    let number = if fraction.is_empty() {
        whole
    } else {
        format!("{whole}.{fraction}")
    };
    number.parse().unwrap_or(0.0)
}

/// The quantity whose number spans `start..end`: its scale, currency and unit after
/// it, its currency before it, and what the words around make of it.
fn around(text: &str, start: usize, end: usize, value: f64, digits: bool) -> Quantity {
    let mut q = Quantity {
        range: start..end,
        value,
        currency: None,
        unit: None,
        age: false,
        year: false,
        in_date: false,
        digits,
        in_name: false,
        time: false,
        measures_noun: false,
    };
    // A range: `30-50`, `60 – 65`.
    let mut cursor = end;
    let rest = &text[cursor..];
    let trimmed = rest.trim_start_matches([' ', '-', '–', '—']);
    if trimmed.len() < rest.len()
        && rest[..rest.len() - trimmed.len()].contains(['-', '–'])
        && trimmed.starts_with(|c: char| c.is_ascii_digit())
    {
        let digits_len = trimmed
            .find(|c: char| !c.is_ascii_digit() && c != '.' && c != ',')
            .unwrap_or(trimmed.len());
        cursor = text.len() - trimmed.len() + digits_len;
    }
    // Currency before: `$60`, `Rp 5`, `€ 20`, `US$ 3`.
    let before = &text[..start];
    let mut before_trim = before.trim_end();
    // `Rp. 2,5 miliar`, `Rs. 40,000`: the abbreviation's period.
    if let Some(abbreviated) = before_trim.strip_suffix('.')
        && words(abbreviated)
            .last()
            .is_some_and(|w| w.start + w.text.len() == abbreviated.len() && is_currency(&w.lower()))
    {
        before_trim = abbreviated;
    }
    if let Some(w) = words(before_trim).last() {
        let lower = w.lower();
        let symbol_glued =
            before_trim.len() == before.len() || before.len() - before_trim.len() <= 2;
        if symbol_glued
            && (is_currency(&lower) || language::is_currency_code(w.text))
            && w.start + w.text.len() == before_trim.len()
        {
            q.currency = Some(lower.into_owned());
            q.range.start = w.start;
            // `US$60`: the letters before the symbol.
            if let Some(prefix) = words(&before_trim[..w.start]).last()
                && prefix.start + prefix.text.len() == w.start
                && prefix.text.chars().all(char::is_uppercase)
            {
                q.range.start = prefix.start;
            }
        }
    }
    // After: scale, currency (`d'euros`, `de dollars`), then the word counted.
    let mut scaled = false;
    if q.currency.is_some()
        && digits
        && let Some((len, factor)) = glued_scale(&text[cursor..])
    {
        // `C$15M`: the scale glued to the digits.
        q.value *= factor;
        cursor += len;
        q.range.end = cursor;
        scaled = true;
    }
    let after_words = words(&text[cursor..]);
    let mut k = 0;
    while let Some(w) = after_words.get(k) {
        let lower = w.lower();
        let w_end = cursor + w.start + w.text.len();
        if !scaled && let Some(factor) = language::value_of(|p| p.scale_words, &lower) {
            q.value *= factor;
            scaled = true;
            q.range.end = w_end;
            k += 1;
            continue;
        }
        // `%` right after the number.
        if k == 0 && w.text == "%" {
            q.unit = Some("%".to_string());
            q.range.end = w_end;
            break;
        }
        let elided = lower
            .strip_prefix("d'")
            .or_else(|| lower.strip_prefix("d’"));
        let currency_word = elided.unwrap_or(&lower);
        // `1 000 livres` are books; the pound is written with its country (`livres
        // sterling`, `livres libanaises`).
        let books = matches!(currency_word, "livre" | "livres")
            && !after_words
                .get(k + 1)
                .is_some_and(|n| national_adjective(n.text));
        // `94 millions de F CFA`, `750 F CFA`: the franc's letter, then its zone's.
        if q.currency.is_none()
            && w.text == "F"
            && let Some(zone) = after_words.get(k + 1).filter(|n| n.text == "CFA")
        {
            q.currency = Some("fcfa".to_string());
            q.range.end = cursor + zone.start + zone.text.len();
            break;
        }
        if q.currency.is_none()
            && !books
            && (is_currency(currency_word) || language::is_currency_code(w.text))
        {
            q.currency = Some(currency_word.to_string());
            q.range.end = w_end;
            // `dolar AS`, `dollars US`; a currency's code in capitals after its name
            // (`francs CFA`).
            if let Some(next) = after_words.get(k + 1)
                && (matches!(next.text, "AS" | "US" | "USA" | "Singapura" | "Hong")
                    || (next.text.len() >= 2
                        && next.text.chars().all(|c| c.is_ascii_uppercase())
                        && is_currency(&next.lower()))
                    || national_adjective(next.text)
                    // `francs Djibouti`: the country's name itself.
                    || (next.is_capitalized()
                        && language::territory_kind(next.text) == Some("country")))
            {
                q.range.end = cursor + next.start + next.text.len();
            }
            break;
        }
        if scaled && matches!(lower.as_ref(), "de" | "d'" | "d’") {
            k += 1;
            continue;
        }
        // `a 2.3-hectare block`, `a 40-bed ward`: the unit joined by a hyphen, as
        // English writes a measure before its noun.
        if k == 0
            && w.start == 0
            && w.text == "-"
            && q.currency.is_none()
            && let Some(next) = after_words.get(1)
            && next.start == 1
            && next.text.chars().all(char::is_alphabetic)
        {
            q.unit = Some(next.lower().into_owned());
            q.range.end = cursor + next.start + next.text.len();
            q.measures_noun = true;
            break;
        }
        if w.is_punct() || q.currency.is_some() {
            break;
        }
        // The word counted: the next word, when it isn't a function word.
        if !is_function_word(&lower) && !lower.chars().all(|c| c.is_ascii_digit()) {
            q.unit = Some(lower.to_string());
            q.range.end = w_end;
            // A measure of area or volume is two words (`146 meter kubik`, `2 400
            // mètres carrés`, `40 square metres`); its unit is the length's.
            if let Some(next) = after_words.get(k + 1)
                && let Some(length) = two_word_measure(&lower, &next.lower())
            {
                q.unit = Some(length.to_string());
                q.range.end = cursor + next.start + next.text.len();
            }
        }
        break;
    }
    // The words around the number, for ages, years and dates; those before it split
    // once.
    let preceding = words(&text[..q.range.start]);
    let prev_words: Vec<String> = preceding
        .iter()
        .rev()
        .take(2)
        .map(|w| w.lower().into_owned())
        .collect();
    let prev = prev_words.first().map(String::as_str).unwrap_or("");
    let next_text = text[end..].to_lowercase();
    let next_word = words(&text[end..])
        .first()
        .map(|w| w.lower().into_owned())
        .unwrap_or_default();
    let is_age_unit = language::any(|p| p.age_units, &next_word);
    // `estimée à dix ans`: "à" after a participle tells a measure, not an age.
    let measured = prev == "à"
        && prev_words.get(1).is_some_and(|w| {
            !language::any(|p| p.age_cues, w)
                && ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e))
        });
    let cued = (language::any(|p| p.age_cues, prev) && !measured)
        || prev_words
            .get(1)
            .is_some_and(|w| language::any(|p| p.age_cues, w) && prev == "de")
        // `La plus âgée … avait 91 ans`: French has its years; not `il y a 20 ans`, ago.
        || (next_word == "ans"
            && language::fr::AGE_VERBS.contains(&prev)
            && prev_words.get(1).is_none_or(|w| w != "y"));
    // `Okafor, 52, started…`, `Jean-Luc Barral, 67 ans, qui…`: a number set off by
    // commas (or brackets) right after a name, alone or with its unit of age.
    let after_name = {
        let n = preceding.len();
        let unit_then_comma =
            is_age_unit && words(&text[end..]).get(1).is_some_and(|w| w.text == ",");
        // The list's next item may follow past a semicolon or a dash (`his nephew
        // Jomar Abalos, 19; and neighbor Ernesto Cabacang, 44 — left`).
        let rest = text[end..].trim_start();
        let closed = rest.starts_with([',', ';', '—', '–'])
            // Or the sentence's end, when a sentence follows (`… asal Kecamatan
            // Paciran, Siti Khoiriyah, 46. Perempuan itu …`), not a decimal.
            || rest.strip_prefix(". ").is_some_and(|after| {
                after.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“')
            });
        let set_off = n >= 2
            && preceding[n - 1].text == ","
            && preceding[n - 2].is_capitalized()
            && (closed || unit_then_comma);
        // `Kapten Rudi Hartono (52)`: in brackets right after the name.
        let bracketed = n >= 2
            && preceding[n - 1].text == "("
            && preceding[n - 2].is_capitalized()
            && text[end..].starts_with(')');
        set_off || bracketed
    };
    // A number in words is an age only between a cue and a unit of age (`berusia
    // enam tahun`, `âgé de sept ans`, `aged nine years`): set off alone it may be
    // anything.
    // `depuis plus de trente ans`, `sejak 30 tahun`, `pendant quarante ans`: how long,
    // not how old.
    let lasting = preceding.iter().rev().take(3).any(|w| {
        let lower = w.lower();
        language::any(|p| p.since_words, &lower) || language::any(|p| p.lasting_words, &lower)
    });
    q.age = q.currency.is_none()
        && !scaled
        && (after_name || !lasting)
        && if digits {
            after_name
                || (is_age_unit && cued)
                || language::all(|p| p.age_suffixes).any(|s| next_text.starts_with(s))
                || (language::any(|p| p.age_cues, prev) && prev != "de" && prev != "à")
        } else {
            is_age_unit && cued
        }
        && (1.0..=130.0).contains(&q.value);
    if q.age {
        q.range.end = end
            + if is_age_unit {
                let w = &words(&text[end..])[0];
                w.start + w.text.len()
            } else {
                // `a 58-year-old farmer`: the compound is an adjective, the age its
                // number; `58 years old` is the age as said.
                language::all(|p| p.age_suffixes)
                    .find(|s| next_text.starts_with(s))
                    .filter(|s| !s.starts_with('-'))
                    .map_or(0, str::len)
            };
        q.unit = None;
    }
    let is_month = |w: &str| language::month_of(w).is_some();
    let is_day = |w: &str| language::weekday_of(w).is_some();
    // As written: English writes its months with a capital (`May`, not `may`).
    let next_written = words(&text[end..]).first().map_or("", |w| w.text);
    let prev_written = preceding.last().map_or("", |w| w.text);
    q.year = digits
        && end - start == 4
        && q.currency.is_none()
        && (1900.0..=2100.0).contains(&q.value)
        && value.fract() == 0.0;
    // `12 nov 2026`, `14 Nov`, `2 Dec`: a month cut short (not `des`, a French article
    // as often as Indonesian's December).
    let is_short_month = |w: &str| {
        (3..=4).contains(&w.chars().count())
            && w != "des"
            && crate::corpus::date::month(&language::lowercase(w)).is_some()
    };
    // `du 27 au 28 janvier`, `27 and 28 June`: the first day of a span of days.
    let first_of_days = || {
        let next = words(&text[end..]);
        matches!(next.as_slice(), [link, day, month, ..]
            if (language::any(|p| p.range_words, &link.lower())
                || language::any(|p| p.conjunctions, &link.lower())
                || link.lower() == "au")
                && day.text.len() <= 2
                && day.text.bytes().all(|b| b.is_ascii_digit())
                && is_month(month.text))
            && value <= 31.0
    };
    q.in_date = digits
        && (is_month(next_written)
            || is_short_month(next_written.trim_end_matches('.'))
            || first_of_days()
            || is_month(prev_written)
            || is_day(prev_written)
            || (q.year && language::any(|p| p.time_words, prev)));
    // The time as written, to the next space (`03.42` is read as `03` in a language
    // whose group mark is the point).
    let token_end = text[start..]
        .find(char::is_whitespace)
        .map_or(text.len(), |k| start + k);
    let token = text[start..token_end].trim_end_matches([',', ';', ')']);
    let after_token = words(&text[token_end..])
        .first()
        .map(|w| w.lower().into_owned())
        .unwrap_or_default();
    q.time = digits && is_time_of_day(token, prev, &after_token);
    if q.in_date || q.year || q.time {
        q.unit = None;
    }
    // `Llama 3.1`: right after a capitalised word that doesn't open the sentence.
    q.in_name = digits
        && q.currency.is_none()
        && text[..q.range.start].ends_with(' ')
        && preceding.len() >= 2
        && preceding.last().is_some_and(|w| {
            w.is_capitalized()
                && w.start + w.text.len() + 1 == q.range.start
                && !is_month(w.text)
                && !is_day(w.text)
                && !crate::ask::quotes::is_common_word(w.text)
        })
        // Nor one opening a sentence, a dateline's (`Garut (ANTARA) - Sebanyak 176
        // siswa`) or a quotation's.
        && !matches!(
            preceding[preceding.len() - 2].text,
            "." | "!" | "?" | ":" | "-" | "–" | "—" | "\"" | "“" | "«"
        );
    q
}

/// Whether a word is a French adjective of a nation after a currency's name (`francs
/// burundais`, `dollars canadiens`, `francs suisses`, `livres sterling`): lower case,
/// with an ending of nationality.
fn national_adjective(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ais", "aise", "aises", "ois", "oise", "oises", "ien", "iens", "ienne", "iennes", "éen",
        "éens", "éenne", "éennes", "ain", "ains", "aine", "aines",
    ];
    word.chars().count() >= 5
        && word.chars().all(|c| c.is_lowercase())
        && (ENDINGS.iter().any(|e| word.ends_with(e))
            || matches!(word, "suisse" | "suisses" | "sterling"))
}

/// The unit of length of two words that make one unit: of area or volume, a unit of
/// length and a word of square or cube after it (`meter kubik`, `mètres carrés`) or
/// before it (`square metres`, `cubic feet`); the sea mile (`nautical miles`, `mil
/// laut`, `milles nautiques`).
fn two_word_measure<'a>(first: &'a str, second: &'a str) -> Option<&'a str> {
    const LENGTHS: &[&str] = &[
        "m",
        "km",
        "cm",
        "meter",
        "meters",
        "metre",
        "metres",
        "mètre",
        "mètres",
        "kilometer",
        "kilometers",
        "kilometre",
        "kilometres",
        "kilomètre",
        "kilomètres",
        "feet",
        "foot",
        "yards",
        "mile",
        "miles",
        "mil",
        "mille",
        "milles",
    ];
    const AFTER: &[&str] = &[
        "kubik",
        "persegi",
        "carré",
        "carrés",
        "carrée",
        "carrées",
        "cube",
        "cubes",
        // Sea miles (`12 mil laut`, `8 milles nautiques`, `3 milles marins`).
        "laut",
        "nautiques",
        "nautique",
        "marins",
        "marin",
    ];
    const BEFORE: &[&str] = &["square", "cubic", "sq", "nautical"];
    if LENGTHS.contains(&first) && AFTER.contains(&second) {
        Some(first)
    } else if BEFORE.contains(&first) && LENGTHS.contains(&second) {
        Some(second)
    } else {
        None
    }
}

/// Whether a number written `number` is a time of day: hours and two digits of
/// minutes, after a colon (`10:30`), or after a point with a word of the hour before
/// (`pukul 03.42`) or a zone or half of the day after (`03.42 Wita`, `3.42 pm`).
///
/// French writes the hour with a lone `h` after it (`à 6 h`, `1 h 10`): an hour of the
/// day or a span of hours, a count of nothing either way.
fn is_time_of_day(number: &str, prev: &str, next: &str) -> bool {
    if next == "h"
        && (1..=2).contains(&number.len())
        && number.parse::<u32>().is_ok_and(|h| h <= 24)
    {
        return true;
    }
    let Some((hours, minutes, colon)) = number
        .split_once(':')
        .map(|(h, m)| (h, m, true))
        .or_else(|| number.split_once('.').map(|(h, m)| (h, m, false)))
    else {
        return false;
    };
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(hours, 1..=2)
        || !digits(minutes, 2..=2)
        || hours.parse::<u32>().is_ok_and(|h| h > 23)
        || minutes.parse::<u32>().is_ok_and(|m| m > 59)
    {
        return false;
    }
    colon
        || matches!(prev, "pukul" | "jam")
        || crate::corpus::date::zone(next).is_some()
        || matches!(next, "am" | "pm" | "a.m." | "p.m.")
}

/// Whether `before` ends with a currency written glued to the digits after it
/// (`Rp250.000`, `US$5`, `C$15`).
fn currency_glued_before(before: &str) -> bool {
    let letters = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || is_currency_symbol(*c))
        .last()
        .map_or(before.len(), |(at, _)| at);
    let word = &before[letters..];
    // `US$5`, `HK$12`, `GH¢150`, `R$40`: a symbol, with the country's letters before it.
    !word.is_empty() && (is_currency(&word.to_lowercase()) || word.ends_with(is_currency_symbol))
}

/// Where a currency of one capital letter glued to the digits at `at` starts (`P180
/// million`, `N50,000`; see `en::LETTER_CURRENCIES`): the letter stands alone (not the
/// end of a word or a name: `MP180`), and a scale word follows the digits or they group
/// thousands, so that a model or a name (`P30`, `R5`) isn't taken for a sum.
fn letter_currency_before(text: &str, at: usize, lang: Lang) -> Option<usize> {
    let letter = text[..at].chars().next_back()?;
    let start = at - letter.len_utf8();
    let alone = text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    if !alone
        || !crate::language::en::LETTER_CURRENCIES
            .iter()
            .any(|l| l.chars().eq(std::iter::once(letter)))
    {
        return None;
    }
    let (end, _) = read_digits(text, at, lang);
    let grouped = text[at..end].contains([',', '.', ' ']) && {
        let last = text[at..end].rsplit([',', '.', ' ']).next().unwrap_or("");
        last.len() == 3
    };
    let scaled = words(&text[end..])
        .first()
        .is_some_and(|w| language::value_of(|p| p.scale_words, &w.lower()).is_some());
    (grouped || scaled).then_some(start)
}

/// The scale written glued to a sum's digits (`bn` of `$2bn`), with its factor, when
/// `after` (the text right after the digits) opens with one and a word's end.
fn glued_scale(after: &str) -> Option<(usize, f64)> {
    // `J$62-million`, `Sh180-million`: the scale word joined by a hyphen.
    if let Some(word) = after.strip_prefix('-') {
        let len = word
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(word.len());
        let factor = language::value_of(|p| p.scale_words, &word[..len].to_lowercase())?;
        return Some((len + 1, factor));
    }
    let len = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    let factor = crate::language::en::SCALE_ABBREVIATIONS
        .iter()
        .find(|(a, _)| a.eq_ignore_ascii_case(&after[..len]))
        .map(|&(_, f)| f)?;
    Some((len, factor))
}

fn is_currency(word: &str) -> bool {
    language::any(|p| p.currencies, word) || language::CURRENCY_NAMES.contains(&word) || {
        let mut chars = word.chars();
        chars.next().is_some_and(is_currency_symbol) && chars.next().is_none()
    }
}

/// A currency's symbol, whatever the country (`$`, `¢` of `GH¢`, `₵`, `₦`, `₹`, `₩`).
fn is_currency_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '¢'
            | '£'
            | '¤'
            | '¥'
            | '€'
            | '฿'
            | '৳'
            | '₡'
            | '₦'
            | '₩'
            | '₪'
            | '₫'
            | '₭'
            | '₮'
            | '₱'
            | '₲'
            | '₴'
            | '₵'
            | '₸'
            | '₹'
            | '₺'
            | '₼'
            | '₽'
            | '₾'
    )
}

/// A word that can't be what a number counts (`dari`, `de`, `the`, `yang`).
fn is_function_word(word: &str) -> bool {
    crate::language::any(|p| p.place_prepositions, word)
        || crate::language::id::FUNCTION_WORDS.contains(&word)
        // `delapan sudah kering`: an auxiliary after a number counts nothing.
        || crate::language::id::PASSAGE_WORDS.contains(&word)
        || crate::language::fr::PASSAGE_WORDS.contains(&word)
        || crate::language::en::FUNCTION_WORDS.contains(&word)
        || language::any(|p| p.question_words, word)
        || matches!(
            word,
            "hingga" | "sampai" | "à" | "to" | "and" | "et" | "dan"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, lang: Lang) -> Vec<(String, f64)> {
        quantities(text, lang)
            .into_iter()
            .map(|q| (text[q.range].to_string(), q.value))
            .collect()
    }

    #[test]
    fn group_and_decimal_marks_by_language() {
        assert_eq!(
            read("dilatih pada lebih dari 16.000 GPU NVIDIA H100", Lang::Id),
            [("16.000 GPU".to_string(), 16000.0)]
        );
        assert_eq!(read("sekitar 1,5 juta orang", Lang::Id)[0].1, 1_500_000.0);
        assert_eq!(read("trained on 16,000 GPUs", Lang::Other)[0].1, 16000.0);
        assert_eq!(
            read("about 1.5 million people", Lang::Other)[0].1,
            1_500_000.0
        );
        assert_eq!(read("plus de 16 000 processeurs", Lang::Fr)[0].1, 16000.0);
        assert_eq!(read("valued at US$9 600, are", Lang::Other)[0].1, 9600.0);
        assert_eq!(
            read("about 1 250 000 people", Lang::Other)[0].1,
            1_250_000.0
        );
        assert_eq!(read("in 2025 120 families", Lang::Other)[1].1, 120.0);
    }

    #[test]
    fn a_unit_joined_by_a_hyphen_is_the_unit() {
        let q = quantities("built on a 2.3-hectare block beside the river", Lang::Other);
        assert_eq!(q[0].unit.as_deref(), Some("hectare"));
        assert_eq!(q[0].value, 2.3);
        let q = quantities("the planned 40-bed ward block", Lang::Other);
        assert_eq!(q[0].unit.as_deref(), Some("bed"));
        // It measures the noun after it, which it doesn't count.
        let q = quantities("each bought a 60-horsepower engine", Lang::Other);
        assert!(q[0].measures_noun);
        assert!(!quantities("22 outboard engines", Lang::Other)[0].measures_noun);
        // An age written as an adjective stays an age.
        let q = quantities("a 58-year-old farmer", Lang::Other);
        assert!(q[0].age && q[0].unit.is_none(), "{:?}", q[0].unit);
    }

    #[test]
    fn an_hour_written_with_its_h_counts_nothing() {
        let text = "Les portes ouvrent à 6 h, privant quelque 3 000 visiteurs de leur sortie.";
        let q = quantities(text, Lang::Fr);
        assert!(q[0].time, "{:?}", &text[q[0].range.clone()]);
        assert!(!q[1].time);
        assert_eq!(q[1].value, 3000.0);
        let q = quantities("le trajet dure 1 h 10 en temps normal", Lang::Fr);
        assert!(q[0].time);
        // A sum with its currency sign after the scale, as Québec writes it.
        let q = quantities(
            "Le musée évalue à 2,5 millions $ par mois ses pertes.",
            Lang::Fr,
        );
        assert_eq!(q[0].currency.as_deref(), Some("$"));
        assert_eq!(q[0].value, 2_500_000.0);
    }

    #[test]
    fn measures_of_area_and_volume_are_two_words() {
        for (text, lang, span) in [
            (
                "menyita 146 meter kubik kayu olahan",
                Lang::Id,
                "146 meter kubik",
            ),
            (
                "sur 2 400 mètres carrés de terrain",
                Lang::Fr,
                "2 400 mètres carrés",
            ),
            ("a 40 square metres flat", Lang::Other, "40 square metres"),
            (
                "drifting some 60 nautical miles east of",
                Lang::Other,
                "60 nautical miles",
            ),
            ("sekitar 12 mil laut dari pantai", Lang::Id, "12 mil laut"),
            (
                "à 8 milles nautiques au large",
                Lang::Fr,
                "8 milles nautiques",
            ),
        ] {
            let q = &quantities(text, lang)[0];
            assert_eq!(&text[q.range.clone()], span);
        }
    }

    #[test]
    fn dinars_are_a_currency() {
        let text = "une enveloppe de 120 millions de dinars de crédits";
        let q = &quantities(text, Lang::Fr)[0];
        assert_eq!(&text[q.range.clone()], "120 millions de dinars");
        assert_eq!(q.value, 120e6);
    }

    #[test]
    fn currencies_before_and_after() {
        let q = quantities("menghabiskan antara $60 miliar hingga $65 miliar", Lang::Id);
        assert_eq!(q[0].currency.as_deref(), Some("$"));
        assert_eq!(q[0].value, 60e9);
        let text = "akan menginvestasikan 109 miliar euro ke dalam ekosistem";
        let q = &quantities(text, Lang::Id)[0];
        assert_eq!(&text[q.range.clone()], "109 miliar euro");
        let text = "une enveloppe de 2,5 milliards d'euros pour l'IA";
        let q = &quantities(text, Lang::Fr)[0];
        assert_eq!(&text[q.range.clone()], "2,5 milliards d'euros");
        assert_eq!(q.value, 2.5e9);
        let text = "investasi awal 400 juta dolar AS yang didukung";
        let q = &quantities(text, Lang::Id)[0];
        assert_eq!(&text[q.range.clone()], "400 juta dolar AS");
        // The world's other currencies by name.
        let text = "It was built under a Tk 86 crore project.";
        let q = &quantities(text, Lang::Other)[0];
        assert_eq!(&text[q.range.clone()], "Tk 86 crore");
        assert!(q.currency.is_some());
        let text = "Murid TK 2 Bangun ikut upacara.";
        assert!(
            quantities(text, Lang::Id)
                .iter()
                .all(|q| q.currency.is_none())
        );
        let text = "Les travaux ont coûté 8,7 milliards d'ariary au total.";
        let q = &quantities(text, Lang::Fr)[0];
        assert_eq!(&text[q.range.clone()], "8,7 milliards d'ariary");
        assert!(q.currency.is_some());
        // Books, unless the pound's country follows.
        let q = &quantities(
            "a promis un don de 1 000 livres et de deux ordinateurs",
            Lang::Fr,
        )[0];
        assert!(q.currency.is_none());
        assert_eq!(q.unit.as_deref(), Some("livres"));
        let q = &quantities("un prêt de 40 millions de livres sterling", Lang::Fr)[0];
        assert_eq!(q.currency.as_deref(), Some("livres"));
    }

    #[test]
    fn a_scale_joined_by_a_hyphen() {
        let text = "The J$62-million centre, located on Bay Road";
        let q = &quantities(text, Lang::Other)[0];
        assert_eq!(&text[q.range.clone()], "J$62-million");
        assert_eq!(q.value, 62_000_000.0);
    }

    #[test]
    fn a_change_is_no_range() {
        let texts = |text: &str, lang: Lang| -> Vec<String> {
            quantities(text, lang)
                .iter()
                .map(|q| text[q.range.clone()].to_string())
                .collect()
        };
        assert_eq!(
            texts("The fare to Arima will go from $8 to $10.", Lang::Other),
            ["$8", "$10"]
        );
        assert_eq!(
            texts(
                "une hausse qui fera passer le prix du mètre cube de 3,92 euros à 4,35 euros",
                Lang::Fr
            ),
            ["3,92 euros", "4,35 euros"]
        );
        assert_eq!(
            texts(
                "les frais passent de 280 dollars américains à 350 dollars américains",
                Lang::Fr
            ),
            ["280 dollars américains", "350 dollars américains"]
        );
        assert_eq!(
            texts(
                "his monthly bill rose from about N85,000 to N260,000.",
                Lang::Other
            ),
            ["N85,000", "N260,000"]
        );
        // Without a verb of change, a range.
        assert_eq!(
            texts("biayanya antara $60 miliar hingga $65 miliar", Lang::Id),
            ["$60 miliar hingga $65 miliar"]
        );
    }

    #[test]
    fn ages_years_dates_and_names() {
        let text = "le multimilliardaire américain de 39 ans se rendrait";
        let q = &quantities(text, Lang::Fr)[0];
        assert!(q.age);
        assert_eq!(&text[q.range.clone()], "39 ans");
        assert!(quantities("pengusaha itu berusia 41 tahun", Lang::Id)[0].age);
        let text = "the 39-year-old founder";
        let q = &quantities(text, Lang::Other)[0];
        assert!(q.age);
        assert_eq!(&text[q.range.clone()], "39");
        let text = "she is 39 years old";
        assert_eq!(
            &text[quantities(text, Lang::Other)[0].range.clone()],
            "39 years"
        );
        assert!(quantities("Okafor, 52, started the company", Lang::Other)[0].age);
        // Items of a list closed by a semicolon or a dash.
        let text = "his nephew Jomar Abalos, 19; and neighbor Ernesto Cabacang, 44 — left";
        let ages: Vec<&str> = quantities(text, Lang::Other)
            .iter()
            .filter(|q| q.age)
            .map(|q| &text[q.range.clone()])
            .collect();
        assert_eq!(ages, ["19", "44"]);
        // An age closing its sentence; a decimal goes on.
        let text = "asal Kecamatan Paciran, Siti Khoiriyah, 46. Perempuan itu kehilangan";
        let q = &quantities(text, Lang::Id)[0];
        assert!(q.age);
        assert_eq!(&text[q.range.clone()], "46");
        assert!(!quantities("le quartier Saint-Jean, 46.5 hectares", Lang::Other)[0].age);
        let text = "Jean-Luc Barral, 67 ans, qui briguait un troisième mandat";
        let q = &quantities(text, Lang::Fr)[0];
        assert!(q.age);
        assert_eq!(&text[q.range.clone()], "67 ans");
        assert!(!quantities("dalam 10 tahun terakhir", Lang::Id)[0].age);
        // How long, not how old; but an age set off after a name stays one.
        let text = "Marc Delvaux, 58 ans, exploite ces parcelles depuis plus de trente ans.";
        let ages: Vec<bool> = quantities(text, Lang::Fr).iter().map(|q| q.age).collect();
        assert_eq!(ages, [true, false]);
        let text = "Tout est resté dans la grange pendant plus de quarante ans.";
        assert!(!quantities(text, Lang::Fr)[0].age);
        let text = "La plus âgée, une habitante de Montignies-sur-Sambre, avait 91 ans.";
        assert!(quantities(text, Lang::Fr)[0].age);
        assert!(!quantities("Le moulin a fermé il y a 20 ans.", Lang::Fr)[0].age);
        assert!(quantities("pada Kamis 29 Februari", Lang::Id)[0].in_date);
        assert!(quantities("Bouaké, 12 nov 2026 (AIP) –", Lang::Fr)[0].in_date);
        assert!(quantities("LONDON, 14 Nov. (Reuters)", Lang::Other)[0].in_date);
        assert!(!quantities("12 des 30 salariés", Lang::Fr)[0].in_date);
        assert!(quantities("dans la nuit du 27 au 28 janvier", Lang::Fr)[0].in_date);
        assert!(quantities("on 27 and 28 June", Lang::Other)[0].in_date);
        assert!(!quantities("27 au 28 salariés", Lang::Fr)[0].in_date);
        assert!(quantities("pada tahun 2025", Lang::Id)[0].year);
        assert!(quantities("GPU NVIDIA H100", Lang::Id).is_empty());
        assert!(quantities("dengan peluncuran Llama 3.1 menjanjikan", Lang::Id)[0].in_name);
        let text = "menghabiskan antara $60 miliar hingga $65 miliar untuk investasi";
        let q = &quantities(text, Lang::Id)[0];
        assert_eq!(&text[q.range.clone()], "$60 miliar hingga $65 miliar");
        assert!(!quantities("tahun 2019 bersama dua rekannya", Lang::Id)[0].in_name);
        assert!(!quantities("Garut (ANTARA) - Sebanyak 176 siswa dari", Lang::Id)[0].in_name);
        assert!(quantities("pada 2019 bersama", Lang::Id)[0].year);
        assert_eq!(read("dalam lima tahun ke depan", Lang::Id)[0].1, 5.0);
        let text = "Pengemudi bus, Slamet Riyadi (48), ditahan polisi.";
        let q = &quantities(text, Lang::Id)[0];
        assert!(q.age);
        assert_eq!(&text[q.range.clone()], "48");
        assert!(!quantities("sesuai Pasal 2 ayat (3) undang-undang", Lang::Id)[0].age);
        // An age in words, between a cue and a unit of age.
        let text = "cucunya yang berusia enam tahun ikut dirawat";
        let q = &quantities(text, Lang::Id)[0];
        assert!(q.age);
        assert_eq!(&text[q.range.clone()], "enam tahun");
        assert!(!quantities("selama enam tahun terakhir", Lang::Id)[0].age);
        // A measure after a participle and "à" is no age.
        assert!(!quantities("dont la durée de vie est estimée à dix ans", Lang::Fr)[0].age);
        assert!(quantities("il est arrivé en France à dix ans", Lang::Fr)[0].age);
    }

    #[test]
    fn times_of_day_are_told_from_numbers() {
        let times = |text: &str, lang: Lang| -> Vec<bool> {
            quantities(text, lang).iter().map(|q| q.time).collect()
        };
        assert_eq!(
            times(
                "Gempa terjadi pukul 21.15 WIB dan merusak 1.200 rumah.",
                Lang::Id
            ),
            [true, false]
        );
        assert_eq!(
            times("The train left at 10:45 with 312 passengers.", Lang::Other),
            [true, false]
        );
        // A decimal with no word of the hour around it stays a number.
        assert_eq!(times("Inflasi naik 2.35 persen.", Lang::Other), [false]);
    }

    #[test]
    fn numbers_written_in_words_of_several_parts() {
        let values = |text: &str, lang: Lang| -> Vec<(String, f64)> { read(text, lang) };
        assert_eq!(
            values(
                "Dua belas rumah rusak dan dua puluh lima warga mengungsi.",
                Lang::Id
            ),
            [
                ("Dua belas rumah".to_string(), 12.0),
                ("dua puluh lima warga".to_string(), 25.0)
            ]
        );
        assert_eq!(
            values("sekitar tiga ratus tiga puluh orang", Lang::Id)[0].1,
            330.0
        );
        assert_eq!(values("tujuh juta penonton", Lang::Id)[0].1, 7e6);
        assert_eq!(
            values("Seven miners and twenty-one soldiers", Lang::Other),
            [
                ("Seven miners".to_string(), 7.0),
                ("twenty-one soldiers".to_string(), 21.0)
            ]
        );
        assert_eq!(
            values("three hundred and twenty homes", Lang::Other)[0].1,
            320.0
        );
        assert_eq!(values("two million people", Lang::Other)[0].1, 2e6);
        assert_eq!(
            values("dix-sept blessés et quatre-vingt-dix évacués", Lang::Fr),
            [
                ("dix-sept blessés".to_string(), 17.0),
                ("quatre-vingt-dix évacués".to_string(), 90.0)
            ]
        );
        assert_eq!(values("deux cents salariés", Lang::Fr)[0].1, 200.0);
        assert_eq!(values("sept millions d'euros", Lang::Fr)[0].1, 7e6);
        assert_eq!(
            values("le transfert de cent trente-huit patients", Lang::Fr)[0],
            ("cent trente-huit patients".to_string(), 138.0)
        );
        // An auxiliary after a number is not what it counts.
        assert_eq!(
            values("Dari 30 sumur, tujuh sudah kering.", Lang::Id)[1],
            ("tujuh".to_string(), 7.0)
        );
        // Belgian and Swiss French tens.
        assert_eq!(
            values(
                "Le club compte septante-deux membres et nonante bénévoles.",
                Lang::Fr
            ),
            [
                ("septante-deux membres".to_string(), 72.0),
                ("nonante bénévoles".to_string(), 90.0)
            ]
        );
        // Two number words side by side are two numbers, not one.
        assert_eq!(values("skor tiga dua untuk tuan rumah", Lang::Id)[0].1, 3.0);
    }

    #[test]
    fn currency_prefixes_and_glued_scales() {
        let sum = |text: &str, lang: Lang| -> (String, f64, Option<String>) {
            let q = quantities(text, lang).remove(0);
            (text[q.range].to_string(), q.value, q.currency)
        };
        assert_eq!(
            sum("Ottawa will release C$15 million in aid", Lang::Other),
            ("C$15 million".to_string(), 15e6, Some("$".to_string()))
        );
        assert_eq!(
            sum("charged over Sh412 million fraud", Lang::Other),
            ("Sh412 million".to_string(), 412e6, Some("sh".to_string()))
        );
        assert_eq!(sum("a A$2.5bn deal", Lang::Other).1, 2.5e9);
        assert_eq!(sum("a A$2.5bn deal", Lang::Other).0, "A$2.5bn");
        assert_eq!(sum("worth HK$300m", Lang::Other).1, 300e6);
        assert_eq!(
            sum("a new bridge costing RM4.5mil", Lang::Other),
            ("RM4.5mil".to_string(), 4.5e6, Some("rm".to_string()))
        );
        assert_eq!(
            sum("santunan Rp250.000 per keluarga", Lang::Id),
            ("Rp250.000".to_string(), 250_000.0, Some("rp".to_string()))
        );
        assert_eq!(
            sum("a fine of CAD 40,000", Lang::Other),
            ("CAD 40,000".to_string(), 40_000.0, Some("cad".to_string()))
        );
        assert_eq!(sum("un chèque de 20 € par mois", Lang::Fr).0, "20 €");
        // An ISO code before the sum (`UGX`, `KES`).
        assert_eq!(
            sum("a theft of UGX 48.6 million from patients", Lang::Other),
            (
                "UGX 48.6 million".to_string(),
                48_600_000.0,
                Some("ugx".to_string())
            )
        );
        // A symbol with the country's letters before it, `$` or any other.
        assert_eq!(
            sum("a bonus of GH¢2,500 for each nurse", Lang::Other),
            ("GH¢2,500".to_string(), 2_500.0, Some("¢".to_string()))
        );
        assert_eq!(sum("fares rose to S$4.80 a trip", Lang::Other).0, "S$4.80");
        assert_eq!(sum("a loan of ₦40,000", Lang::Other).0, "₦40,000");
        assert_eq!(
            sum(
                "une amende de 500 000 FCFA pour chaque commerçant",
                Lang::Fr
            ),
            (
                "500 000 FCFA".to_string(),
                500_000.0,
                Some("fcfa".to_string())
            )
        );
        assert_eq!(
            sum("L'unité a coûté 94 millions de F CFA au total.", Lang::Fr),
            (
                "94 millions de F CFA".to_string(),
                94e6,
                Some("fcfa".to_string())
            )
        );
        // Africa's francs as their own press abbreviates them: a currency, not a noun
        // counted.
        assert_eq!(
            sum("le budget s'élève à 54 millions de Frw.", Lang::Fr),
            (
                "54 millions de Frw".to_string(),
                54e6,
                Some("frw".to_string())
            )
        );
        assert_eq!(
            sum("les frais, 85 000 Frw par trimestre", Lang::Fr).2,
            Some("frw".to_string())
        );
        assert_eq!(
            sum("une riposte de 58 millions de FC", Lang::Fr).2,
            Some("fc".to_string())
        );
        // A currency's code in capitals after its name is part of the sum.
        assert_eq!(
            sum("un tarif de 1 500 francs CFA le litre", Lang::Fr).0,
            "1 500 francs CFA"
        );
        assert_eq!(
            sum("un budget de 3 milliards de francs CFA", Lang::Fr).0,
            "3 milliards de francs CFA"
        );
        // A currency's nation in a French adjective after it.
        assert_eq!(
            sum(
                "un coût de 14 milliards de francs burundais (FBu)",
                Lang::Fr
            )
            .0,
            "14 milliards de francs burundais"
        );
        assert_eq!(
            sum(
                "une aide de 2 millions de dollars canadiens, mais",
                Lang::Fr
            )
            .0,
            "2 millions de dollars canadiens"
        );
        assert_eq!(
            sum(
                "estimés à 85 millions de francs guinéens par la commune",
                Lang::Fr
            )
            .0,
            "85 millions de francs guinéens"
        );
        // Thousands grouped by an apostrophe, as Swiss papers write them.
        assert_eq!(
            sum(
                "des dégâts estimés à 800'000 francs par l'assurance",
                Lang::Fr
            )
            .0,
            "800'000 francs"
        );
        assert_eq!(
            sum("un budget de 1’250’000 francs", Lang::Fr).1,
            1_250_000.0
        );
        // Any currency by its ISO 4217 code in capitals; not a word that is one too.
        assert_eq!(
            sum("the repairs are estimated at SBD 350,000.", Lang::Other).0,
            "SBD 350,000"
        );
        assert!(
            quantities("TOP 10 villages", Lang::Other)
                .iter()
                .all(|q| q.currency.is_none())
        );
        assert_eq!(
            sum(
                "un coût total de 1,8 milliard de francs Djibouti, financé",
                Lang::Fr
            )
            .0,
            "1,8 milliard de francs Djibouti"
        );
        // Currencies of other countries than the languages' own.
        assert_eq!(
            sum("a rent of 12,000 shillings a month", Lang::Other),
            (
                "12,000 shillings".to_string(),
                12e3,
                Some("shillings".to_string())
            )
        );
        // South Asian scales.
        assert_eq!(
            sum("a grant of Rs 3 lakh for each school", Lang::Other),
            ("Rs 3 lakh".to_string(), 3e5, Some("rs".to_string()))
        );
        assert_eq!(sum("repairs worth Rs 1.5 crore", Lang::Other).1, 1.5e7);
        // A currency's abbreviation with its period.
        assert_eq!(
            sum("bantuan Rp. 2,5 miliar untuk korban", Lang::Id),
            ("Rp. 2,5 miliar".to_string(), 2.5e9, Some("rp".to_string()))
        );
        // A currency of one letter glued to the digits, with a scale or thousands.
        assert_eq!(
            sum(
                "repairs estimated at P45 million, the agency said",
                Lang::Other
            ),
            ("P45 million".to_string(), 45e6, Some("p".to_string()))
        );
        assert_eq!(sum("a fine of N250,000 each", Lang::Other).1, 250_000.0);
        assert_eq!(
            sum("the extension cost Shs6.8 billion in all", Lang::Other).0,
            "Shs6.8 billion"
        );
        assert_eq!(
            sum("a deal worth K6.8 million over three years", Lang::Other).0,
            "K6.8 million"
        );
        assert_eq!(sum("a R3.4 billion upgrade", Lang::Other).1, 3.4e9);
        assert_eq!(sum("un budget de ₱2,5 milliards", Lang::Fr).1, 2.5e9);
        // Not a model's number.
        assert!(
            quantities("the P30 phone and the R5 camera", Lang::Other)
                .iter()
                .all(|q| q.currency.is_none())
        );
        // Without a currency, letters glued after digits are a name's.
        assert!(quantities("a 30m drop and a H100", Lang::Other).is_empty());
    }
}
