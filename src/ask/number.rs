//! Reading numbers as the three languages write them: digits with their group and
//! decimal marks (`16.000` and `1,5` in Indonesian and French, `16,000` and `1.5` in
//! English, `16 000` in French), a scale word (`109 miliar`, `2 milliards`, `60
//! billion`), a currency before or after (`$60 miliar`, `109 miliar euro`, `400 juta
//! dolar AS`, `2 milliards d'euros`), numbers written as words (`lima`, `dix`,
//! `twelve`), ranges (`30-50 miliar euro`), and what makes a number an age (`39 ans`
//! after `de`, `berusia 39 tahun`, `39-year-old`), a year (`2025`) or the day of a date
//! (`29 Februari`). The word lists are the languages' (see `language`).

use std::ops::Range;

use crate::language::{self, Lang};
use crate::plan::words::words;

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
        let glued = i > 0
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '.' || c == ',');
        if glued {
            // The rest of a word or a number (`H100`, `3.1`).
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            continue;
        }
        let (end, value) = read_digits(text, i, lang);
        // Glued to letters after it (`H100`, `3D`): a name, not a quantity.
        if text[end..].chars().next().is_some_and(char::is_alphabetic) {
            i = end;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric()) {
                i += 1;
            }
            continue;
        }
        out.push(around(text, i, end, value, true));
        i = end.max(i + 1);
    }
    // Numbers written as words.
    for w in words(text) {
        let lower = w.lower();
        if let Some(value) = language::value_of(|p| p.number_words, &lower) {
            let start = w.start;
            let end = start + w.text.len();
            if out.iter().any(|q: &Quantity| q.range.contains(&start)) {
                continue;
            }
            out.push(around(text, start, end, value, false));
        }
    }
    out.sort_by_key(|q| q.range.start);
    ranges(text, out)
}

/// Two quantities of one currency with a range word between them
/// (`$60 miliar hingga $65 miliar`, `de 2 à 3 millions d'euros`) are one: its value
/// the first.
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
        {
            prev.range.end = q.range.end;
            prev.unit = q.unit.clone();
            continue;
        }
        out.push(q);
    }
    out
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
        match next {
            Some(c @ ('.' | ',')) if after(1).first().is_some_and(u8::is_ascii_digit) => {
                sep = Some(c);
                end += 1;
            }
            Some(c @ (' ' | '\u{a0}' | '\u{202f}'))
                if lang == Lang::Fr && {
                    let rest = after(c.len_utf8());
                    rest.len() >= 3
                        && rest[..3].iter().all(u8::is_ascii_digit)
                        && rest.get(3).is_none_or(|b| !b.is_ascii_digit())
                } =>
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
    let before_trim = before.trim_end();
    if let Some(w) = words(before_trim).last() {
        let lower = w.lower();
        let symbol_glued =
            before_trim.len() == before.len() || before.len() - before_trim.len() <= 1;
        if symbol_glued && is_currency(&lower) && w.start + w.text.len() == before_trim.len() {
            q.currency = Some(lower);
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
    let after_words = words(&text[cursor..]);
    let mut k = 0;
    let mut scaled = false;
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
        if q.currency.is_none() && is_currency(currency_word) {
            q.currency = Some(currency_word.to_string());
            q.range.end = w_end;
            // `dolar AS`, `dollars US`.
            if let Some(next) = after_words.get(k + 1)
                && matches!(next.text, "AS" | "US" | "USA" | "Singapura" | "Hong")
            {
                q.range.end = cursor + next.start + next.text.len();
            }
            break;
        }
        if scaled && matches!(lower.as_str(), "de" | "d'" | "d’") {
            k += 1;
            continue;
        }
        if w.is_punct() || q.currency.is_some() {
            break;
        }
        // The word counted: the next word, when it isn't a function word.
        if !is_function_word(&lower) && !lower.chars().all(|c| c.is_ascii_digit()) {
            q.unit = Some(lower.clone());
            q.range.end = w_end;
        }
        break;
    }
    // The words around the number, for ages, years and dates.
    let prev_words: Vec<String> = words(&text[..q.range.start])
        .iter()
        .rev()
        .take(2)
        .map(|w| w.lower())
        .collect();
    let prev = prev_words.first().map(String::as_str).unwrap_or("");
    let next_text = text[end..].to_lowercase();
    let next_word = words(&text[end..])
        .first()
        .map(|w| w.lower())
        .unwrap_or_default();
    let is_age_unit = language::any(|p| p.age_units, &next_word);
    let cued = language::any(|p| p.age_cues, prev)
        || prev_words
            .get(1)
            .is_some_and(|w| language::any(|p| p.age_cues, w) && prev == "de");
    // `Okafor, 52, started…`, `Jean-Luc Barral, 67 ans, qui…`: a number set off by
    // commas right after a name, alone or with its unit of age.
    let after_name = {
        let before = words(&text[..q.range.start]);
        let n = before.len();
        let unit_then_comma =
            is_age_unit && words(&text[end..]).get(1).is_some_and(|w| w.text == ",");
        n >= 2
            && before[n - 1].text == ","
            && before[n - 2].is_capitalized()
            && (text[end..].starts_with(',') || unit_then_comma)
    };
    q.age = digits
        && q.currency.is_none()
        && !scaled
        && (after_name
            || (is_age_unit && cued)
            || language::all(|p| p.age_suffixes).any(|s| next_text.starts_with(s))
            || (language::any(|p| p.age_cues, prev) && prev != "de" && prev != "à"))
        && (1.0..=130.0).contains(&q.value);
    if q.age {
        q.range.end = end
            + if is_age_unit {
                let w = &words(&text[end..])[0];
                w.start + w.text.len()
            } else {
                language::all(|p| p.age_suffixes)
                    .find(|s| next_text.starts_with(s))
                    .map_or(0, str::len)
            };
        q.unit = None;
    }
    let is_month = |w: &str| language::month_of(w).is_some();
    let is_day = |w: &str| language::weekday_of(w).is_some();
    // As written: English writes its months with a capital (`May`, not `may`).
    let next_written = words(&text[end..]).first().map_or("", |w| w.text);
    let prev_written = words(&text[..q.range.start]).last().map_or("", |w| w.text);
    q.year = digits
        && end - start == 4
        && q.currency.is_none()
        && (1900.0..=2100.0).contains(&q.value)
        && value.fract() == 0.0;
    q.in_date = digits
        && (is_month(next_written)
            || is_month(prev_written)
            || is_day(prev_written)
            || (q.year && language::any(|p| p.time_words, prev)));
    if q.in_date || q.year {
        q.unit = None;
    }
    // `Llama 3.1`: right after a capitalised word that doesn't open the sentence.
    let before_words = words(&text[..q.range.start]);
    q.in_name = digits
        && q.currency.is_none()
        && text[..q.range.start].ends_with(' ')
        && before_words.len() >= 2
        && before_words.last().is_some_and(|w| {
            w.is_capitalized()
                && w.start + w.text.len() + 1 == q.range.start
                && !is_month(w.text)
                && !is_day(w.text)
                && !crate::ask::quotes::is_common_word(w.text)
        })
        && !matches!(
            before_words[before_words.len() - 2].text,
            "." | "!" | "?" | ":"
        );
    q
}

fn is_currency(word: &str) -> bool {
    language::any(|p| p.currencies, word)
}

/// A word that can't be what a number counts (`dari`, `de`, `the`, `yang`).
fn is_function_word(word: &str) -> bool {
    crate::language::any(|p| p.place_prepositions, word)
        || crate::language::id::FUNCTION_WORDS.contains(&word)
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
    }

    #[test]
    fn ages_years_dates_and_names() {
        let text = "le multimilliardaire américain de 39 ans se rendrait";
        let q = &quantities(text, Lang::Fr)[0];
        assert!(q.age);
        assert_eq!(&text[q.range.clone()], "39 ans");
        assert!(quantities("pengusaha itu berusia 41 tahun", Lang::Id)[0].age);
        assert!(quantities("the 39-year-old founder", Lang::Other)[0].age);
        assert!(quantities("Okafor, 52, started the company", Lang::Other)[0].age);
        let text = "Jean-Luc Barral, 67 ans, qui briguait un troisième mandat";
        let q = &quantities(text, Lang::Fr)[0];
        assert!(q.age);
        assert_eq!(&text[q.range.clone()], "67 ans");
        assert!(!quantities("dalam 10 tahun terakhir", Lang::Id)[0].age);
        assert!(quantities("pada Kamis 29 Februari", Lang::Id)[0].in_date);
        assert!(quantities("pada tahun 2025", Lang::Id)[0].year);
        assert!(quantities("GPU NVIDIA H100", Lang::Id).is_empty());
        assert!(quantities("dengan peluncuran Llama 3.1 menjanjikan", Lang::Id)[0].in_name);
        let text = "menghabiskan antara $60 miliar hingga $65 miliar untuk investasi";
        let q = &quantities(text, Lang::Id)[0];
        assert_eq!(&text[q.range.clone()], "$60 miliar hingga $65 miliar");
        assert!(!quantities("tahun 2019 bersama dua rekannya", Lang::Id)[0].in_name);
        assert!(quantities("pada 2019 bersama", Lang::Id)[0].year);
        assert_eq!(read("dalam lima tahun ke depan", Lang::Id)[0].1, 5.0);
    }
}
