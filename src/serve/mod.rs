//! `cari serve`: the search over HTTP, a JSON API and a search page, on one index kept
//! live while builds update it.
//!
//! The answers are the command line's `--json` objects, made by the same code
//! (`service`, `output::wire`); `params` reads a request into the same options the
//! command line's flags make; `live` keeps the index at its latest version; `limits`
//! bounds what requests may take; `routes` maps paths to handlers; `error` says what
//! went wrong as JSON; `page` is the search page.

mod error;
mod limits;
mod live;
mod page;
mod params;
mod routes;

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;

use axum::http::{HeaderValue, Method, header};
use tower_http::cors::CorsLayer;

pub use limits::Limits;

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The index folder (the only path a server reads; no request names a file).
    pub index: PathBuf,
    /// The address to listen on (loopback unless told otherwise).
    pub host: IpAddr,
    /// The port (0: any free one, said when listening).
    pub port: u16,
    /// The one other origin whose pages may call the API from a browser.
    pub cors: Option<String>,
    /// What requests may take.
    pub limits: Limits,
}

/// Why a server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The address can't be listened on.
    #[error(
        "cannot listen on {addr} (is another server using the port? choose another with --port)"
    )]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// What the system said.
        source: std::io::Error,
    },
    /// `--cors` isn't an origin.
    #[error("--cors {0} is not an origin: give one such as https://example.org")]
    Cors(String),
    /// The runtime or the server failed.
    #[error("the server failed")]
    Io(#[from] std::io::Error),
}

/// Serves until SIGTERM or SIGINT, then lets the requests in flight finish. Says
/// `listening on http://ADDRESS` on stdout once it listens.
pub fn serve(options: &ServeOptions) -> Result<(), ServeError> {
    let cors = match &options.cors {
        Some(origin) => Some(cors_layer(origin)?),
        None => None,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        // Searches run a bounded number at once (`Limits::searches`); room for them
        // and for tokio's own blocking work.
        .max_blocking_threads(options.limits.searches.max(1) + 8)
        .thread_name("cari-serve")
        .build()?;
    runtime.block_on(run(options, cors))
}

async fn run(options: &ServeOptions, cors: Option<CorsLayer>) -> Result<(), ServeError> {
    let addr = SocketAddr::new(options.host, options.port);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| ServeError::Bind { addr, source })?;
    let bound = listener.local_addr()?;
    let live = Arc::new(live::LiveIndex::open(&options.index));
    if let Err(why) = live.get() {
        eprintln!("cari: {why}; the server answers 503 until there is one");
    }
    if !options.host.is_loopback() {
        eprintln!(
            "cari: listening on {} answers anyone who can reach this machine, without authentication",
            options.host
        );
    }
    let watcher = live.watch()?;
    let gates = Arc::new(limits::Gates::new(&options.limits));
    let app = Arc::new(routes::App {
        live: Arc::clone(&live),
        gates: Arc::clone(&gates),
    });
    let mut router = routes::router(app);
    if let Some(cors) = cors {
        router = router.layer(cors);
    }
    {
        // Scripts and tests read the address (the port chosen when given 0) here.
        let mut out = std::io::stdout().lock();
        writeln!(out, "listening on http://{bound}")?;
        out.flush()?;
    }
    let served = axum::serve(listener, router)
        .with_graceful_shutdown(shutdown_signal(Arc::clone(&gates)))
        .await;
    live.stop();
    // The watcher ends at its next look, a fraction of a second.
    let _ = watcher.join();
    served?;
    eprintln!("cari: stopped");
    Ok(())
}

/// The CORS layer that lets pages of `origin` call the API.
fn cors_layer(origin: &str) -> Result<CorsLayer, ServeError> {
    let valid = (origin.starts_with("http://") || origin.starts_with("https://"))
        && !origin.trim_end_matches('/').contains(['?', '#', ' '])
        && origin.matches('/').count() == 2;
    let value = HeaderValue::from_str(origin.trim_end_matches('/'))
        .ok()
        .filter(|_| valid)
        .ok_or_else(|| ServeError::Cors(origin.to_string()))?;
    Ok(CorsLayer::new()
        .allow_origin(value)
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([header::CONTENT_TYPE]))
}

/// Resolves at the first SIGTERM or SIGINT, saying how many requests it waits for.
async fn shutdown_signal(gates: Arc<limits::Gates>) {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut terminate) => {
                tokio::select! {
                    _ = interrupt => {}
                    _ = terminate.recv() => {}
                }
            }
            Err(_) => {
                let _ = interrupt.await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = interrupt.await;
    }
    eprintln!(
        "cari: shutting down: finishing {} requests in flight",
        gates.in_flight()
    );
}
