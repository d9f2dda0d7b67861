//! The paths a server answers and their handlers: the API (`/search`, `/ask`, by GET
//! or by POST with a JSON body), `/health`, and the search page (`/` and its assets).
//! A search runs on the blocking pool, a bounded number at once, on the index as it
//! is when the request starts.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::{Method, StatusCode, Uri, header};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Serialize;

use crate::output::wire;
use crate::search;
use crate::service::{self, Kind};

use super::error::ApiError;
use super::limits::{self, Gates};
use super::live::LiveIndex;
use super::page;
use super::params;

/// What every handler shares.
pub struct App {
    /// The index, kept at its latest version.
    pub live: Arc<LiveIndex>,
    /// The limits and their counters.
    pub gates: Arc<Gates>,
}

type Shared = State<Arc<App>>;

/// The server's routes.
pub fn router(app: Arc<App>) -> Router {
    let api = Router::new()
        .route("/search", get(search_get).post(search_post))
        .route("/ask", get(ask_get).post(ask_post))
        .route("/stats", get(stats))
        .route_layer(middleware::from_fn_with_state(
            Arc::clone(&app.gates),
            limits::guard,
        ))
        .layer(DefaultBodyLimit::max(app.gates.limits().max_body_bytes));
    Router::new()
        .route("/", get(page::index))
        .route("/page.css", get(page::css))
        .route("/page.js", get(page::js))
        .route("/health", get(health))
        .merge(api)
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(app)
}

async fn search_get(
    State(app): Shared,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Response {
    from_query(&app, Kind::Search, query).await
}

async fn search_post(State(app): Shared, body: Result<Bytes, BytesRejection>) -> Response {
    from_body(&app, Kind::Search, body).await
}

async fn ask_get(
    State(app): Shared,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Response {
    from_query(&app, Kind::Ask, query).await
}

async fn ask_post(State(app): Shared, body: Result<Bytes, BytesRejection>) -> Response {
    from_body(&app, Kind::Ask, body).await
}

async fn from_query(
    app: &App,
    kind: Kind,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Response {
    match query {
        Ok(Query(pairs)) => answer(app, kind, &pairs).await,
        Err(rejection) => Err(ApiError::BadRequest(format!(
            "the query string can't be read: {}",
            rejection.body_text()
        ))),
    }
    .unwrap_or_else(IntoResponse::into_response)
}

async fn from_body(app: &App, kind: Kind, body: Result<Bytes, BytesRejection>) -> Response {
    let result = match body {
        Ok(bytes) => match params::pairs_of_json(&bytes) {
            Ok(pairs) => answer(app, kind, &pairs).await,
            Err(err) => Err(err),
        },
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            Err(ApiError::TooLarge(app.gates.limits().max_body_bytes))
        }
        Err(rejection) => Err(ApiError::BadRequest(format!(
            "the body can't be read: {}",
            rejection.body_text()
        ))),
    };
    result.unwrap_or_else(IntoResponse::into_response)
}

/// Runs the query the parameters give on the index as it is now: its JSON object,
/// exactly as `--json` prints it.
async fn answer(app: &App, kind: Kind, pairs: &[(String, String)]) -> Result<Response, ApiError> {
    let request = params::read(kind, pairs, app.gates.limits())?;
    let index = app.live.get().map_err(ApiError::Unavailable)?;
    let permit = Arc::clone(&app.gates.searches)
        .acquire_owned()
        .await
        .map_err(|_| ApiError::Unavailable("the server is shutting down".to_string()))?;
    let json = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        service::run(kind, index.as_ref(), &request.text, &request.options).map(|o| o.to_json())
    })
    .await
    .map_err(|err| ApiError::Internal(format!("the search failed: {err}")))??;
    Ok(([(header::CONTENT_TYPE, "application/json")], json).into_response())
}

/// What the index holds, as `cari stats --json` prints it.
async fn stats(State(app): Shared) -> Response {
    let result = async {
        let index = app.live.get().map_err(ApiError::Unavailable)?;
        let permit = Arc::clone(&app.gates.searches)
            .acquire_owned()
            .await
            .map_err(|_| ApiError::Unavailable("the server is shutting down".to_string()))?;
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let tally = search::tally::overview(&index)
                .map_err(|err| ApiError::Internal(format!("cannot count the index: {err}")))?;
            serde_json::to_vec(&wire::Stats::new(&tally))
                .map_err(|err| ApiError::Internal(format!("cannot write the counts: {err}")))
        })
        .await
        .map_err(|err| ApiError::Internal(format!("counting failed: {err}")))?
    }
    .await;
    match result {
        Ok(json) => ([(header::CONTENT_TYPE, "application/json")], json).into_response(),
        Err(err) => err.into_response(),
    }
}

#[derive(Serialize)]
struct Health {
    status: &'static str,
    passages: Option<u64>,
    in_flight: usize,
    error: Option<String>,
}

/// Whether an index is served (200) or not yet (503), its passages, and the requests
/// being answered.
async fn health(State(app): Shared) -> Response {
    let in_flight = app.gates.in_flight();
    let (status, health) = match app.live.get() {
        Ok(index) => (
            StatusCode::OK,
            Health {
                status: "ok",
                passages: Some(index.passages()),
                in_flight,
                error: None,
            },
        ),
        Err(why) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Health {
                status: "no index",
                passages: None,
                in_flight,
                error: Some(why),
            },
        ),
    };
    (status, axum::Json(health)).into_response()
}

// The fallbacks read the body a request may carry (and drop it): a body left unread
// makes the server close the connection, which a client that pooled it finds only
// on its next request.
async fn not_found(uri: Uri, _body: Result<Bytes, BytesRejection>) -> Response {
    ApiError::NotFound(uri.path().to_string()).into_response()
}

async fn method_not_allowed(
    method: Method,
    uri: Uri,
    _body: Result<Bytes, BytesRejection>,
) -> Response {
    ApiError::MethodNotAllowed(format!(
        "{} doesn't take {method}: use GET{}",
        uri.path(),
        if matches!(uri.path(), "/search" | "/ask") {
            " or POST"
        } else {
            ""
        }
    ))
    .into_response()
}
