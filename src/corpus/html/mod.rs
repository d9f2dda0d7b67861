//! Saved news pages (HTML): what a page says about itself and its article's text.
//!
//! [`extract`] decodes the bytes (`charset`), reads the page's own metadata — JSON-LD,
//! OpenGraph and `<meta>` tags, then visible fallbacks such as the `<h1>` and a byline
//! (`meta`) — and pulls the article's paragraphs out of the page's navigation, ads,
//! related links and comments (`body`). It never fails: a page that yields nothing
//! gives an empty [`Page`], and the caller decides what an empty page means.

mod body;
mod charset;
mod meta;
mod text;

use scraper::Html;

/// What a saved news page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// The headline.
    pub title: Option<String>,
    /// ISO 8601: "2024-02-29" or "2024-02-29T10:15:00+07:00".
    pub date: Option<String>,
    /// The bylines, one name each.
    pub authors: Vec<String>,
    /// The publication's name ("Le Monde", "Kompas.com").
    pub site: Option<String>,
    /// The canonical URL.
    pub url: Option<String>,
    /// ISO 639-1, from `<html lang>`, `og:locale` or JSON-LD `inLanguage`.
    pub lang: Option<String>,
    /// The article body: standfirst, subheads and paragraphs, in order.
    pub paragraphs: Vec<String>,
}

/// Reads a page as saved (`bytes` in whatever charset the page was written in).
pub fn extract(bytes: &[u8]) -> Page {
    let source = charset::decode(bytes);
    let document = Html::parse_document(&source);
    let meta = meta::read(&document);
    let paragraphs = body::paragraphs(&document, meta.title.as_deref());
    Page {
        title: meta.title,
        date: meta.date,
        authors: meta.authors,
        site: meta.site,
        url: meta.url,
        lang: meta.lang,
        paragraphs,
    }
}

/// Cheap content sniffing: does this look like an HTML document? `head` is the start of
/// a file (a kilobyte is plenty).
pub fn looks_like_html(head: &[u8]) -> bool {
    let head = head.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace());
    let Some(start) = start else {
        return false;
    };
    if head[start] != b'<' {
        return false;
    }
    let window = &head[start..head.len().min(start + 4096)];
    let lower: Vec<u8> = window.iter().map(u8::to_ascii_lowercase).collect();
    const MARKERS: [&[u8]; 6] = [
        b"<!doctype html",
        b"<html",
        b"<head",
        b"<body",
        b"<meta ",
        b"<title",
    ];
    MARKERS
        .iter()
        .any(|m| lower.windows(m.len()).any(|w| &w == m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_html() {
        assert!(looks_like_html(b"<!DOCTYPE html>\n<html lang=\"fr\">"));
        assert!(looks_like_html(b"\xEF\xBB\xBF  <html><head>"));
        assert!(looks_like_html(
            b"<!-- saved from url=(0042)https://example.org -->\n<html>"
        ));
        assert!(!looks_like_html(b"# Titre\n\nUn paragraphe <b>gras</b>."));
        assert!(!looks_like_html(b"{\"title\": \"<html>\"}"));
        assert!(!looks_like_html(b""));
    }

    const PAGE: &str = r#"<!DOCTYPE html>
<html lang="id-ID"><head>
<meta charset="utf-8">
<title>Banjir Rendam Jakarta Utara - Kabar Kota</title>
<meta property="og:site_name" content="Kabar Kota">
<meta property="og:title" content="Banjir Rendam Jakarta Utara">
<meta property="article:published_time" content="2024-02-29T10:15:00+07:00">
<meta name="author" content="Rina Wulandari">
<link rel="canonical" href="https://kabarkota.example/banjir-jakarta-utara">
</head><body>
<header><nav><ul><li><a href="/">Beranda</a></li><li><a href="/news">Berita</a></li></ul></nav></header>
<main><article>
<h1>Banjir Rendam Jakarta Utara</h1>
<div class="byline">Oleh Rina Wulandari</div>
<div class="article-body">
<p>Hujan deras sejak Rabu malam membuat ratusan rumah di Jakarta Utara terendam banjir setinggi satu meter.</p>
<p>Baca juga: <a href="/a">Warga Bekasi Mengungsi ke Masjid</a></p>
<p>Petugas pemadam kebakaran, relawan dan warga bergotong royong mengevakuasi lansia dan anak-anak ke posko terdekat.</p>
<h2>Pompa air tidak berfungsi</h2>
<p>Menurut warga, dua pompa air di kawasan itu rusak sejak bulan lalu, sehingga genangan tidak kunjung surut.</p>
</div>
<ul class="related"><li><a href="/b">Harga Beras Naik Lagi</a></li><li><a href="/c">Jalan Tol Macet Parah</a></li></ul>
</article></main>
<div id="comments"><p>Semoga cepat surut, kasihan warga yang rumahnya terendam banjir.</p></div>
<footer><p>© 2024 Kabar Kota. Semua hak dilindungi.</p></footer>
</body></html>"#;

    #[test]
    fn reads_an_indonesian_page() {
        let page = extract(PAGE.as_bytes());
        assert_eq!(page.title.as_deref(), Some("Banjir Rendam Jakarta Utara"));
        assert_eq!(page.date.as_deref(), Some("2024-02-29T10:15:00+07:00"));
        assert_eq!(page.authors, vec!["Rina Wulandari".to_string()]);
        assert_eq!(page.site.as_deref(), Some("Kabar Kota"));
        assert_eq!(
            page.url.as_deref(),
            Some("https://kabarkota.example/banjir-jakarta-utara")
        );
        assert_eq!(page.lang.as_deref(), Some("id"));
        assert_eq!(
            page.paragraphs,
            vec![
                "Hujan deras sejak Rabu malam membuat ratusan rumah di Jakarta Utara terendam banjir setinggi satu meter.",
                "Petugas pemadam kebakaran, relawan dan warga bergotong royong mengevakuasi lansia dan anak-anak ke posko terdekat.",
                "Pompa air tidak berfungsi",
                "Menurut warga, dua pompa air di kawasan itu rusak sejak bulan lalu, sehingga genangan tidak kunjung surut.",
            ]
        );
    }

    #[test]
    fn deeply_nested_page_does_not_overflow() {
        let mut page = String::from("<html><body>");
        page.push_str(&"<div>".repeat(2_000));
        page.push_str("<p>Teks terdalam di halaman yang bersarang sangat dalam sekali.</p>");
        page.push_str(&"</div>".repeat(2_000));
        page.push_str("</body></html>");
        let extracted = extract(page.as_bytes());
        assert!(extracted.paragraphs.is_empty());
    }

    #[test]
    fn empty_input_gives_an_empty_page() {
        assert_eq!(extract(b""), Page::default());
        assert_eq!(extract(b"\x00\x01\xff"), Page::default());
    }
}
