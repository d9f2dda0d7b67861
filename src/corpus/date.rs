//! Reading a written date into ISO 8601.
//!
//! This reader knows the numeric forms scrapers write (`2024-02-29`,
//! `2024-02-29T10:30:00+07:00`, `2024-02-29 10:30:00`, `2024/02/29`, `2024-02`); it
//! gives way to a fuller one that also reads dates written in words.

/// `s` as an ISO 8601 date (`2024-02-29`, or `2024-02` when only the month is given) or
/// date and time (`2024-02-29T10:30:00`, with its offset when written), or `None` when
/// it isn't a date of a form this reader knows.
pub fn parse_date(s: &str) -> Option<String> {
    let s = s.trim();
    let digits = |t: &str, n: usize| t.len() == n && t.bytes().all(|b| b.is_ascii_digit());
    let (date, time) = match s.find(['T', ' ']) {
        Some(at) => (&s[..at], Some(s[at + 1..].trim())),
        None => (s, None),
    };
    let parts: Vec<&str> = date.split(['-', '/']).collect();
    let (year, month, day) = match parts.as_slice() {
        [y, m] if digits(y, 4) && digits(m, 2) => (*y, *m, None),
        [y, m, d] if digits(y, 4) && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) => {
            (*y, *m, Some(*d))
        }
        _ => return None,
    };
    let month: u32 = month.parse().ok()?;
    if !(1..=12).contains(&month) {
        return None;
    }
    let Some(day) = day else {
        return Some(format!("{year}-{month:02}"));
    };
    let day: u32 = day.parse().ok()?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let date = format!("{year}-{month:02}-{day:02}");
    match time.and_then(clock) {
        Some(clock) => Some(format!("{date}T{clock}")),
        None => Some(date),
    }
}

/// `10:30`, `10:30:00`, `10:30:00.123Z`, `10:30:00+07:00` → `10:30:00[offset]`.
fn clock(t: &str) -> Option<String> {
    let end = t.find(['Z', 'z', '+', '-']).unwrap_or(t.len());
    let (hms, zone) = t.split_at(end);
    let hms = hms.split('.').next().unwrap_or(hms);
    let fields: Vec<u32> = hms
        .split(':')
        .map(|f| f.parse().ok())
        .collect::<Option<_>>()?;
    let (h, m, s) = match fields.as_slice() {
        [h, m] => (*h, *m, 0),
        [h, m, s] => (*h, *m, *s),
        _ => return None,
    };
    if h > 23 || m > 59 || s > 60 {
        return None;
    }
    let zone = match zone {
        "" => String::new(),
        "Z" | "z" => "Z".to_string(),
        z if z.len() == 6 && z.as_bytes()[3] == b':' => z.to_string(),
        z if z.len() == 5 && z[1..].bytes().all(|b| b.is_ascii_digit()) => {
            format!("{}:{}", &z[..3], &z[3..])
        }
        _ => return None,
    };
    Some(format!("{h:02}:{m:02}:{s:02}{zone}"))
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn numeric_dates_become_iso() {
        assert_eq!(parse_date("2024-02-29").as_deref(), Some("2024-02-29"));
        assert_eq!(parse_date("2024/2/9").as_deref(), Some("2024-02-09"));
        assert_eq!(parse_date("2024-02").as_deref(), Some("2024-02"));
        assert_eq!(
            parse_date("2024-02-29 10:30:00").as_deref(),
            Some("2024-02-29T10:30:00")
        );
        assert_eq!(
            parse_date("2024-02-29T10:30:00.5+0700").as_deref(),
            Some("2024-02-29T10:30:00+07:00")
        );
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("2024-13-01"), None);
    }
}
