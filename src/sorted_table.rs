//! Embedded data tables searched in place: sorted text, one `key<TAB>value` (or just
//! `key`) per line, in byte order, after a `#` comment header. Nothing is built at
//! start-up: a lookup is a binary search over the text itself.

/// A table over embedded text.
#[derive(Debug, Clone, Copy)]
pub struct SortedTable {
    /// The lines after the comment header.
    body: &'static str,
}

impl SortedTable {
    pub fn new(text: &'static str) -> SortedTable {
        let mut body = text;
        while body.starts_with('#') {
            body = match body.find('\n') {
                Some(end) => &body[end + 1..],
                None => "",
            };
        }
        SortedTable { body }
    }

    /// The value of `key` ("" for a line without one), or `None` when it is absent.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        let text = self.body.as_bytes();
        let key = key.as_bytes();
        // `lo` and `hi` always sit at line starts (or the end).
        let (mut lo, mut hi) = (0, text.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = text[lo..mid]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(lo, |i| lo + i + 1);
            let end = text[start..hi]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(hi, |i| start + i);
            let line = &self.body[start..end];
            let (line_key, value) = line.split_once('\t').unwrap_or((line, ""));
            match line_key.as_bytes().cmp(key) {
                std::cmp::Ordering::Equal => return Some(value),
                std::cmp::Ordering::Less => lo = end + 1,
                std::cmp::Ordering::Greater => hi = start,
            }
        }
        None
    }

    /// The lines of the table.
    pub fn lines(&self) -> std::str::Lines<'static> {
        self.body.lines()
    }
}

#[cfg(test)]
mod tests {
    use super::SortedTable;

    #[test]
    fn finds_every_key_and_no_other() {
        let table = SortedTable::new("# header\n# more\nalpha\t1\nbeta\ncharlie\t3|4\n");
        assert_eq!(table.get("alpha"), Some("1"));
        assert_eq!(table.get("beta"), Some(""));
        assert_eq!(table.get("charlie"), Some("3|4"));
        assert_eq!(table.get("delta"), None);
        assert_eq!(table.get("a"), None);
        assert_eq!(table.lines().count(), 3);
    }
}
