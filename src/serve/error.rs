//! What a request that fails is answered: a status and `{"error": "…"}`, one line
//! saying what went wrong and what to do, never an empty body or a dropped
//! connection.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::index::IndexError;
use crate::search::SearchError;

/// A request that can't be answered with results.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A parameter, or the query, can't be read (400).
    #[error("{0}")]
    BadRequest(String),
    /// No such path (404).
    #[error("no such path: {0} (the paths are /, /search, /ask, /stats, /health)")]
    NotFound(String),
    /// A path that takes other methods (405).
    #[error("{0}")]
    MethodNotAllowed(String),
    /// The body is larger than the server takes (413).
    #[error("the request body is larger than {0} bytes: send a shorter query")]
    TooLarge(usize),
    /// No index to search yet, or too many requests at once, or a search that took
    /// too long (503).
    #[error("{0}")]
    Unavailable(String),
    /// Something the request can't fix (500).
    #[error("{0}")]
    Internal(String),
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: &'a str,
}

impl ApiError {
    /// The status the error is answered with.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let message = self.to_string().replace('\n', " ");
        let body = serde_json::to_vec(&ErrorBody { error: &message })
            .unwrap_or_else(|_| br#"{"error":"internal error"}"#.to_vec());
        let mut response = (
            self.status(),
            [(header::CONTENT_TYPE, "application/json")],
            body,
        )
            .into_response();
        if matches!(self, ApiError::TooLarge(_)) {
            // The body was left unread: the connection can't carry another request,
            // and a client that pooled it would find it closed.
            response.headers_mut().insert(
                header::CONNECTION,
                header::HeaderValue::from_static("close"),
            );
        }
        if matches!(self, ApiError::Unavailable(_)) {
            // A client may try again: the index appears, the load passes.
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from_static("1"));
        }
        response
    }
}

impl From<SearchError> for ApiError {
    fn from(err: SearchError) -> ApiError {
        match err {
            SearchError::Query(query) => ApiError::BadRequest(query.to_string()),
            SearchError::Index(IndexError::Missing(dir)) => {
                ApiError::Unavailable(IndexError::Missing(dir).to_string())
            }
            other => ApiError::Internal(describe(&other)),
        }
    }
}

/// An error and its causes on one line.
pub fn describe(err: &dyn std::error::Error) -> String {
    let mut line = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !line.contains(&text) {
            line.push_str(": ");
            line.push_str(&text);
        }
        source = cause.source();
    }
    line.replace('\n', " ")
}
