//! What one server takes at most, so that no request (or crowd of them) can take it
//! down: the results a request may ask for, the size of a body, requests at once, the
//! time a request may take, and the searches run at once on the blocking pool.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tokio::sync::Semaphore;

use super::error::ApiError;

/// The limits of a server.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Results (`limit`) a request may ask for.
    pub max_limit: usize,
    /// Bytes of a request body (a longer one is answered 413).
    pub max_body_bytes: usize,
    /// Requests answered at once; more are answered 503 at once.
    pub max_requests: usize,
    /// Time a request may take, from its headers to its answer (then 503).
    pub timeout: Duration,
    /// Searches run at once (the others wait their turn, within their time).
    pub searches: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_limit: 100,
            max_body_bytes: 64 * 1024,
            max_requests: 128,
            timeout: Duration::from_secs(10),
            searches: std::thread::available_parallelism().map_or(2, |n| n.get()),
        }
    }
}

/// The counters of requests in flight and searches running.
pub struct Gates {
    /// One permit per request in flight.
    pub requests: Arc<Semaphore>,
    /// One permit per search running on the blocking pool.
    pub searches: Arc<Semaphore>,
    limits: Limits,
}

impl Gates {
    /// Gates for `limits`.
    pub fn new(limits: &Limits) -> Gates {
        Gates {
            requests: Arc::new(Semaphore::new(limits.max_requests)),
            searches: Arc::new(Semaphore::new(limits.searches.max(1))),
            limits: limits.clone(),
        }
    }

    /// Requests being answered now.
    pub fn in_flight(&self) -> usize {
        self.limits.max_requests - self.requests.available_permits()
    }

    /// The limits the gates keep.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }
}

/// Middleware: a request past `max_requests` at once is answered 503; one that takes
/// longer than `timeout` (reading its body included) is answered 503 and dropped.
pub async fn guard(State(gates): State<Arc<Gates>>, request: Request, next: Next) -> Response {
    let Ok(_permit) = Arc::clone(&gates.requests).try_acquire_owned() else {
        return ApiError::Unavailable(format!(
            "the server is answering {} requests already: try again in a moment",
            gates.limits.max_requests
        ))
        .into_response();
    };
    match tokio::time::timeout(gates.limits.timeout, next.run(request)).await {
        Ok(response) => response,
        Err(_) => {
            let mut response = ApiError::Unavailable(format!(
                "the request took longer than {} s: try a narrower query",
                gates.limits.timeout.as_secs_f64()
            ))
            .into_response();
            // Its body may be unread: the connection can't carry another request.
            response.headers_mut().insert(
                axum::http::header::CONNECTION,
                axum::http::HeaderValue::from_static("close"),
            );
            response
        }
    }
}
