//! The search page at `/`: its HTML, CSS and script are files beside this one,
//! compiled into the binary (no network, no CDN). The script builds every result
//! with `textContent` and `createElement`, never by writing HTML, so no passage can
//! inject markup.

use axum::http::header;
use axum::response::{IntoResponse, Response};

const INDEX_HTML: &str = include_str!("index.html");
const PAGE_CSS: &str = include_str!("page.css");
const PAGE_JS: &str = include_str!("page.js");

/// The page's own files only: no script, style, image or connection from elsewhere.
const POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CONTENT_SECURITY_POLICY, POLICY),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        body,
    )
        .into_response()
}

/// `/`: the page.
pub async fn index() -> Response {
    asset("text/html; charset=utf-8", INDEX_HTML)
}

/// `/page.css`.
pub async fn css() -> Response {
    asset("text/css; charset=utf-8", PAGE_CSS)
}

/// `/page.js`.
pub async fn js() -> Response {
    asset("text/javascript; charset=utf-8", PAGE_JS)
}
