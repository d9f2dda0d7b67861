//! Publication dates, as machines and people write them, normalised to ISO 8601.
//!
//! A machine writes `2024-02-29T10:15:00+07:00`, `Thu, 29 Feb 2024 10:15:00 +0700`,
//! `2024/02/29` or `29.02.2024`; a person writes `Kamis, 29 Februari 2024 10:15 WIB`,
//! `mardi 20 février 2024`, `20 févr. 2024 à 14h32`, `1er mars 2024` or
//! `February 29, 2024`. Both are read by one small tokenizer (numbers, words,
//! punctuation, with their byte ranges) and a handful of patterns over its tokens, so
//! the same code finds a date in a `<meta>` value and in running text.
//!
//! The result is the day (`2024-02-29`), or the day and time when a time follows the
//! date (`2024-02-29T10:15:00`), with the UTC offset when one is written (a numeric
//! offset, `Z`/`UTC`/`GMT`, or a zone name common in the corpus's countries: WIB,
//! WITA, WIT, CET, CEST…). A date that can't exist (30 February, month 13) is none.

use std::ops::Range;

/// A publication date in `s`, normalised to ISO 8601; `None` when `s` isn't one.
///
/// `s` is a short string that holds a date: a metadata value, or a dateline such as
/// "Publié le 20 février 2024 à 14h32". Long running text is not a date (use
/// [`find_dates`] for that).
pub fn parse_date(s: &str) -> Option<String> {
    let s = s.trim();
    let tokens = tokenize(s);
    let (range, iso) = scan(s, &tokens).into_iter().next()?;
    // A dateline may carry a few words ("Publié le", "Updated"); a paragraph that merely
    // mentions a date is not a date.
    let rest = s[..range.start].chars().chain(s[range.end..].chars());
    let leftover = rest.filter(|c| !c.is_whitespace()).count();
    (leftover <= 48).then_some(iso)
}

/// Dates found inside running text, each with its byte range in `text`.
pub fn find_dates(text: &str) -> Vec<(Range<usize>, String)> {
    scan(text, &tokenize(text))
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Num(u32, usize),
    Word(String),
    Punct(char),
}

#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    span: Range<usize>,
}

/// Endings of ordinal numbers written in figures: English `1st`, `2nd`, `3rd`, `14th`
/// and French `1er`.
pub(crate) const ORDINAL_ENDINGS: &[&str] = &["st", "nd", "rd", "th", "er"];

fn tokenize(s: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_ascii_digit() {
            let mut end = start + 1;
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = i + 1;
                chars.next();
            }
            let digits = &s[start..end];
            // Runs too long for a date part keep their length; their value doesn't matter.
            let value = digits.parse::<u32>().unwrap_or(u32::MAX);
            // An ordinal's ending is the number's (`March 14th`, `le 1er mars`).
            let after: String = s[end..].chars().take_while(|c| c.is_alphabetic()).collect();
            if ORDINAL_ENDINGS.contains(&after.as_str()) {
                for _ in 0..after.chars().count() {
                    chars.next();
                }
                end += after.len();
            }
            tokens.push(Token {
                kind: Kind::Num(value, digits.len()),
                span: start..end,
            });
        } else if c.is_alphabetic() {
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = chars.peek() {
                // "jum'at" is one word.
                if !(d.is_alphabetic() || d == '\'' || d == '’') {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            tokens.push(Token {
                kind: Kind::Word(s[start..end].to_lowercase()),
                span: start..end,
            });
        } else {
            tokens.push(Token {
                kind: Kind::Punct(c),
                span: start..start + c.len_utf8(),
            });
        }
    }
    tokens
}

/// Month number of a month name or abbreviation in English, French or Indonesian
/// (lower case).
pub(crate) fn month(word: &str) -> Option<u32> {
    let m = match word {
        "january" | "janvier" | "januari" | "jan" | "janv" => 1,
        "february" | "février" | "fevrier" | "februari" | "feb" | "févr" | "fevr" | "fév"
        | "fev" | "pebruari" => 2,
        "march" | "mars" | "maret" | "mar" => 3,
        "april" | "avril" | "apr" | "avr" => 4,
        "may" | "mai" | "mei" => 5,
        "june" | "juin" | "juni" | "jun" => 6,
        "july" | "juillet" | "juli" | "jul" | "juil" => 7,
        "august" | "août" | "aout" | "agustus" | "aug" | "agu" | "agt" | "ags" => 8,
        "september" | "septembre" | "sep" | "sept" => 9,
        "october" | "octobre" | "oktober" | "oct" | "okt" => 10,
        "november" | "novembre" | "nov" | "nopember" => 11,
        "december" | "décembre" | "decembre" | "desember" | "dec" | "déc" | "des" => 12,
        _ => return None,
    };
    Some(m)
}

fn is_weekday(word: &str) -> bool {
    matches!(
        word,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mon"
            | "tue"
            | "tues"
            | "wed"
            | "thu"
            | "thurs"
            | "fri"
            | "sat"
            | "sun"
            | "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "senin"
            | "selasa"
            | "rabu"
            | "kamis"
            | "jumat"
            | "jum'at"
            | "sabtu"
            | "minggu"
            | "ahad"
    )
}

/// UTC offset in minutes of a zone name.
pub(crate) fn zone(word: &str) -> Option<i32> {
    let hours = match word {
        "z" | "utc" | "gmt" | "wet" => 0,
        "wib" | "ict" => 7,
        "wita" | "wst" | "sgt" | "myt" => 8,
        "wit" | "jst" | "kst" => 9,
        "cet" | "bst" | "west" => 1,
        "cest" | "eet" => 2,
        "eest" | "msk" => 3,
        // Not "est": a French word ("il est 14h30 est" can't be told from a zone).
        "edt" => -4,
        "cdt" => -5,
        "cst" => -6,
        "mst" => -7,
        "pdt" => -7,
        "pst" => -8,
        _ => return None,
    };
    Some(hours * 60)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

fn valid_day(year: u32, month: u32, day: u32) -> bool {
    (1900..=2100).contains(&year) && (1..=12).contains(&month) && day >= 1 && {
        day <= days_in_month(year, month)
    }
}

/// Days since 1970-01-01 of a day of the proleptic Gregorian calendar (after
/// Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: u32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The day `days` since 1970-01-01 falls on, as `YYYY-MM-DD`.
fn civil_from_days(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The year, month and day an ISO 8601 date starts with (`2024-03-12`,
/// `2024-03-12T10:15:00+07:00`); `None` for a month alone (`2024-02`).
fn day_of_iso(iso: &str) -> Option<(u32, u32, u32)> {
    let year = iso.get(0..4)?.parse().ok()?;
    let month = iso.get(5..7)?.parse().ok()?;
    let day = iso.get(8..10)?.parse().ok()?;
    (iso.as_bytes().get(4) == Some(&b'-')
        && iso.as_bytes().get(7) == Some(&b'-')
        && valid_day(year, month, day))
    .then_some((year, month, day))
}

/// The day a weekday written alone means in an article dated `article` (ISO 8601):
/// news write "on Tuesday" of the last Tuesday up to the day they are published.
/// `weekday` is 0 for Monday to 6 for Sunday. `None` when the article's date has no day.
pub fn resolve_weekday(article: &str, weekday: u32) -> Option<String> {
    let (year, month, day) = day_of_iso(article)?;
    let days = days_from_civil(year, month, day);
    // 1970-01-01 was a Thursday (3).
    let published = (days + 3).rem_euclid(7);
    let back = (published - i64::from(weekday)).rem_euclid(7);
    Some(civil_from_days(days - back))
}

/// The day a day and month written without a year (`29 Februari`, `April 15`) mean
/// in an article dated `article`: in the year that puts it nearest the article's day
/// (`30 Desember` in an article of 5 January is last year's; `April 15` in one of 9
/// March, this year's).
pub fn resolve_day_month(article: &str, month: u32, day: u32) -> Option<String> {
    let (year, a_month, a_day) = day_of_iso(article)?;
    let published = days_from_civil(year, a_month, a_day);
    [year.saturating_sub(1), year, year + 1]
        .into_iter()
        .filter(|&y| valid_day(y, month, day))
        .map(|y| (y, (days_from_civil(y, month, day) - published).abs()))
        .min_by_key(|&(_, distance)| distance)
        // Half a year or more away, no year is nearer than another.
        .filter(|&(_, distance)| distance < 183)
        .map(|(y, _)| format!("{y:04}-{month:02}-{day:02}"))
}

/// `resolve_day_month` for a day written with its weekday (`mardi 17 mars`, `Sabtu
/// (5/12)`): the nearest year in which the day falls on it (`mardi 17 mars` in an
/// article of 10 December 2026 is March 2026's, a Tuesday, though March 2027 is
/// nearer), or the nearest year when none does. `weekday` is 0 for Monday.
pub fn resolve_day_month_on(article: &str, month: u32, day: u32, weekday: u32) -> Option<String> {
    let (year, a_month, a_day) = day_of_iso(article)?;
    let published = days_from_civil(year, a_month, a_day);
    [year.saturating_sub(1), year, year + 1]
        .into_iter()
        .filter(|&y| valid_day(y, month, day))
        .map(|y| (y, days_from_civil(y, month, day)))
        // 1970-01-01 was a Thursday (3).
        .filter(|&(_, days)| (days + 3).rem_euclid(7) == i64::from(weekday))
        .min_by_key(|&(_, days)| (days - published).abs())
        .map(|(y, _)| format!("{y:04}-{month:02}-{day:02}"))
        .or_else(|| resolve_day_month(article, month, day))
}

/// A reader over the tokens of one candidate date.
struct Cursor<'a> {
    tokens: &'a [Token],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<&'a Token> {
        self.tokens.get(self.at)
    }
    fn num(&mut self, max_digits: usize) -> Option<(u32, usize)> {
        match self.peek()?.kind {
            Kind::Num(v, len) if len <= max_digits => {
                self.at += 1;
                Some((v, len))
            }
            _ => None,
        }
    }
    fn punct(&mut self, set: &[char]) -> Option<char> {
        match self.peek()?.kind {
            Kind::Punct(c) if set.contains(&c) => {
                self.at += 1;
                Some(c)
            }
            _ => None,
        }
    }
    fn word(&mut self, pred: impl Fn(&str) -> bool) -> Option<&'a str> {
        match &self.peek()?.kind {
            Kind::Word(w) if pred(w) => {
                self.at += 1;
                Some(w)
            }
            _ => None,
        }
    }
    /// The token just read follows the one before it with no space between.
    fn touching(&self) -> bool {
        self.at >= 2 && self.tokens[self.at - 2].span.end == self.tokens[self.at - 1].span.start
    }
}

struct Day {
    year: u32,
    month: u32,
    day: u32,
}

/// A numeric date: `2024-02-29`, `2024/02/29`, `29.02.2024`, `29/02/2024`.
fn numeric(c: &mut Cursor) -> Option<Day> {
    let (first, first_len) = c.num(4)?;
    let sep = c.punct(&['-', '/', '.'])?;
    if !c.touching() {
        return None;
    }
    let (second, _) = c.num(2)?;
    if !c.touching() {
        return None;
    }
    c.punct(&[sep])?;
    if !c.touching() {
        return None;
    }
    let (third, third_len) = c.num(4)?;
    if !c.touching() {
        return None;
    }
    if first_len == 4 {
        return Some(Day {
            year: first,
            month: second,
            day: third,
        });
    }
    if third_len != 4 {
        return None;
    }
    // Day first, as everywhere but the US; a second number over 12 can only be a day.
    let (month, day) = if second > 12 && first <= 12 {
        (first, second)
    } else {
        (second, first)
    };
    Some(Day {
        year: third,
        month,
        day,
    })
}

fn ordinal_suffix(w: &str) -> bool {
    matches!(w, "er" | "re" | "st" | "nd" | "rd" | "th")
}

fn year(c: &mut Cursor) -> Option<u32> {
    match c.num(4)? {
        (y, 4) => Some(y),
        _ => None,
    }
}

/// `29 Februari 2024`, `1er mars 2024`, `20 févr. 2024`, `29th of February, 2024`.
fn day_month_year(c: &mut Cursor) -> Option<Day> {
    let (day, _) = c.num(2)?;
    c.word(ordinal_suffix);
    c.punct(&['.']);
    c.word(|w| w == "of" || w == "de");
    let month = month(c.word(|w| month(w).is_some())?)?;
    c.punct(&['.']);
    c.word(|w| w == "de");
    c.punct(&[',']);
    let year = year(c)?;
    Some(Day { year, month, day })
}

/// `February 29, 2024`, `Feb. 29 2024`.
fn month_day_year(c: &mut Cursor) -> Option<Day> {
    let month = month(c.word(|w| month(w).is_some())?)?;
    c.punct(&['.']);
    let (day, _) = c.num(2)?;
    c.word(ordinal_suffix);
    c.punct(&[',']);
    let year = year(c)?;
    Some(Day { year, month, day })
}

/// A time after a date: `10:15`, `10:15:00.000`, `14h32`, `2:30 pm`, with its zone.
/// Returns the ISO text to append (`T10:15:00+07:00`).
fn time(c: &mut Cursor) -> Option<String> {
    c.punct(&[',', '-', '|', '·', '•', '–', '/']);
    c.word(|w| {
        matches!(
            w,
            "t" | "à" | "a" | "at" | "pukul" | "jam" | "kl" | "um" | "le" | "om"
        )
    });
    let (mut hour, _) = c.num(2)?;
    let sep_ok = c.punct(&[':', '.']).is_some() || c.word(|w| w == "h").is_some();
    if !sep_ok {
        return None;
    }
    let (minute, minute_len) = c.num(2)?;
    if minute_len != 2 {
        return None;
    }
    let mut second = 0;
    let before_seconds = c.at;
    if c.punct(&[':']).is_some() {
        match c.num(2) {
            Some((s, 2)) => second = s,
            _ => c.at = before_seconds,
        }
    }
    let before_fraction = c.at;
    if c.punct(&['.', ',']).is_some() && c.touching() && c.num(9).is_none() {
        c.at = before_fraction;
    }
    if let Some(half) = c.word(|w| matches!(w, "am" | "pm")) {
        if hour > 12 {
            return None;
        }
        hour = match (half, hour) {
            ("am", 12) => 0,
            ("pm", h) if h < 12 => h + 12,
            (_, h) => h,
        };
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let offset = offset(c);
    let mut iso = format!("T{hour:02}:{minute:02}:{second:02}");
    if let Some(minutes) = offset {
        let sign = if minutes < 0 { '-' } else { '+' };
        let m = minutes.abs();
        iso.push_str(&format!("{sign}{:02}:{:02}", m / 60, m % 60));
    }
    Some(iso)
}

/// A UTC offset in minutes: `+07:00`, `+0700`, `Z`, `GMT+7`, `WIB`, `(UTC+01:00)`.
fn offset(c: &mut Cursor) -> Option<i32> {
    let start = c.at;
    c.punct(&['(']);
    let named = c.word(|w| zone(w).is_some()).and_then(zone);
    let numeric = numeric_offset(c);
    let result = match (named, numeric) {
        (Some(0), Some(n)) => Some(n),
        (Some(base), _) => Some(base),
        (None, n) => n,
    };
    if result.is_none() {
        c.at = start;
    } else {
        c.punct(&[')']);
    }
    result
}

fn numeric_offset(c: &mut Cursor) -> Option<i32> {
    let start = c.at;
    let sign = match c.punct(&['+', '-', '−']) {
        Some('+') => 1,
        Some(_) => -1,
        None => return None,
    };
    let minutes = match c.num(4) {
        Some((v, 4)) => Some((v / 100) * 60 + v % 100),
        Some((h, _)) => {
            let before = c.at;
            if c.punct(&[':']).is_some() {
                match c.num(2) {
                    Some((m, 2)) => Some(h * 60 + m),
                    _ => {
                        c.at = before;
                        Some(h * 60)
                    }
                }
            } else {
                Some(h * 60)
            }
        }
        None => None,
    };
    match minutes {
        Some(m) if m <= 14 * 60 => Some(sign * m as i32),
        _ => {
            c.at = start;
            None
        }
    }
}

/// Every date in `s`, in order, with the byte range it covers (a weekday before it
/// included).
fn scan(s: &str, tokens: &[Token]) -> Vec<(Range<usize>, String)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let patterns: [fn(&mut Cursor) -> Option<Day>; 3] =
            [numeric, day_month_year, month_day_year];
        let matched = patterns.iter().find_map(|pattern| {
            let mut c = Cursor { tokens, at: i };
            let day = pattern(&mut c)?;
            valid_day(day.year, day.month, day.day).then_some((c, day))
        });
        let Some((mut c, day)) = matched else {
            i += 1;
            continue;
        };
        let mut iso = format!("{:04}-{:02}-{:02}", day.year, day.month, day.day);
        let date_end = c.at;
        match time(&mut c) {
            Some(t) => iso.push_str(&t),
            None => c.at = date_end,
        }
        let mut start = i;
        // "Kamis, 29 Februari 2024": the weekday belongs to the date.
        if start >= 1 && matches!(tokens[start - 1].kind, Kind::Punct(',')) {
            if start >= 2 && matches!(&tokens[start - 2].kind, Kind::Word(w) if is_weekday(w)) {
                start -= 2;
            }
        } else if start >= 1 && matches!(&tokens[start - 1].kind, Kind::Word(w) if is_weekday(w)) {
            start -= 1;
        }
        let range = tokens[start].span.start..tokens[c.at - 1].span.end;
        debug_assert!(s.is_char_boundary(range.start) && s.is_char_boundary(range.end));
        found.push((range, iso));
        i = c.at;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_and_days_resolved_by_the_articles_date() {
        // Tuesday 12 March 2024: "Selasa" is that day, "Senin" the day before, and
        // "Rabu" the Wednesday of the week before.
        assert_eq!(
            resolve_weekday("2024-03-12", 1).as_deref(),
            Some("2024-03-12")
        );
        assert_eq!(
            resolve_weekday("2024-03-12T10:15:00+07:00", 0).as_deref(),
            Some("2024-03-11")
        );
        assert_eq!(
            resolve_weekday("2024-03-12", 2).as_deref(),
            Some("2024-03-06")
        );
        assert_eq!(
            resolve_weekday("2024-03-01", 3).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(resolve_weekday("2024-02", 1), None);
        assert_eq!(
            resolve_day_month("2024-03-12", 2, 29).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(
            resolve_day_month("2024-01-05", 12, 30).as_deref(),
            Some("2023-12-30")
        );
        assert_eq!(
            resolve_day_month("2024-03-09", 4, 15).as_deref(),
            Some("2024-04-15")
        );
        assert_eq!(resolve_day_month("2023-03-01", 2, 29), None);
        // `mardi 17 mars` in December 2026: March 2026's, a Tuesday (1).
        assert_eq!(
            resolve_day_month_on("2026-12-10", 3, 17, 1).as_deref(),
            Some("2026-03-17")
        );
        assert_eq!(
            resolve_day_month("2026-12-10", 3, 17).as_deref(),
            Some("2027-03-17")
        );
        // A weekday no near year agrees with: the nearest year.
        assert_eq!(
            resolve_day_month_on("2026-12-10", 3, 17, 4).as_deref(),
            Some("2027-03-17")
        );
    }

    fn p(s: &str) -> Option<String> {
        parse_date(s)
    }

    #[test]
    fn machine_dates() {
        assert_eq!(p("2024-02-29").as_deref(), Some("2024-02-29"));
        assert_eq!(
            p("2024-02-29T10:15:00+07:00").as_deref(),
            Some("2024-02-29T10:15:00+07:00")
        );
        assert_eq!(
            p("2023-09-01T05:30:12.000Z").as_deref(),
            Some("2023-09-01T05:30:12+00:00")
        );
        assert_eq!(
            p("2024-02-29 10:15").as_deref(),
            Some("2024-02-29T10:15:00")
        );
        assert_eq!(
            p("Thu, 29 Feb 2024 10:15:00 +0700").as_deref(),
            Some("2024-02-29T10:15:00+07:00")
        );
        assert_eq!(
            p("Tue, 20 Feb 2024 13:32:00 GMT").as_deref(),
            Some("2024-02-20T13:32:00+00:00")
        );
        assert_eq!(p("2024/02/29").as_deref(), Some("2024-02-29"));
        assert_eq!(p("29.02.2024").as_deref(), Some("2024-02-29"));
        assert_eq!(p("29/02/2024").as_deref(), Some("2024-02-29"));
        assert_eq!(p("02/29/2024").as_deref(), Some("2024-02-29"));
    }

    #[test]
    fn written_dates_in_three_languages() {
        assert_eq!(
            p("Kamis, 29 Februari 2024 10:15 WIB").as_deref(),
            Some("2024-02-29T10:15:00+07:00")
        );
        assert_eq!(p("mardi 20 février 2024").as_deref(), Some("2024-02-20"));
        assert_eq!(
            p("20 févr. 2024 à 14h32").as_deref(),
            Some("2024-02-20T14:32:00")
        );
        assert_eq!(p("1er mars 2024").as_deref(), Some("2024-03-01"));
        assert_eq!(p("February 29, 2024").as_deref(), Some("2024-02-29"));
        assert_eq!(p("March 14th, 2024").as_deref(), Some("2024-03-14"));
        assert_eq!(p("the 2nd of March 2024").as_deref(), Some("2024-03-02"));
        assert_eq!(
            p("Feb. 29, 2024 2:30 pm EDT").as_deref(),
            Some("2024-02-29T14:30:00-04:00")
        );
        assert_eq!(
            p("Publié le 20 février 2024 à 14h32").as_deref(),
            Some("2024-02-20T14:32:00")
        );
        assert_eq!(
            p("Jumat, 01 Mar 2024 | 08:05 WITA").as_deref(),
            Some("2024-03-01T08:05:00+08:00")
        );
    }

    #[test]
    fn not_dates() {
        assert_eq!(p(""), None);
        assert_eq!(p("30 février 2024"), None);
        assert_eq!(p("2024-13-01"), None);
        assert_eq!(p("Le gouvernement"), None);
        assert_eq!(p("12 mars"), None);
        assert_eq!(p("1.5.2"), None);
        let long = "Le ministre a annoncé le 20 février 2024 une réforme qui doit entrer en \
                    vigueur l'an prochain, après une longue concertation avec les syndicats.";
        assert_eq!(p(long), None);
    }

    #[test]
    fn dates_in_running_text_with_ranges() {
        let text = "Sidang digelar pada Kamis, 29 Februari 2024. Putusan dibacakan 1er mars 2024.";
        let found = find_dates(text);
        assert_eq!(found.len(), 2);
        assert_eq!(&text[found[0].0.clone()], "Kamis, 29 Februari 2024");
        assert_eq!(found[0].1, "2024-02-29");
        assert_eq!(&text[found[1].0.clone()], "1er mars 2024");
        assert_eq!(found[1].1, "2024-03-01");
        let text = "She slipped on March 14th, 2024, and sued.";
        let found = find_dates(text);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].0.clone()], "March 14th, 2024");
    }
}
