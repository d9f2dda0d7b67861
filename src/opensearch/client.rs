//! HTTP to the cluster: JSON requests to any of its nodes, another node when one
//! doesn't answer, and waiting (with backoff) when the cluster says it is busy (429) or
//! failing for a moment (5xx), as OpenSearch's own clients do.

use std::cell::Cell;
use std::time::Duration;

use serde_json::Value;

use super::{OpenSearchError, Target};

/// Tries of one request the cluster answers busy or failing before its answer is final.
const ATTEMPTS: u32 = 8;
/// Tries when no node answers at all: a cluster that is down should be said at once.
const UNREACHABLE_ATTEMPTS: u32 = 3;
/// The first wait after a busy answer; it doubles up to `MAX_BACKOFF`.
const FIRST_BACKOFF: Duration = Duration::from_millis(250);
const MAX_BACKOFF: Duration = Duration::from_secs(8);
/// A request's time limit: a bulk request of a few MB on a loaded cluster takes seconds.
const TIMEOUT: Duration = Duration::from_secs(120);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);
/// Largest answer read (a page of 10,000 passages).
const MAX_ANSWER_BYTES: u64 = 512 << 20;

/// An answer: its HTTP status and JSON body (`Value::Null` when it had none).
pub struct Answer {
    pub status: u16,
    pub body: Value,
}

/// A client of one index on a cluster.
pub struct Client {
    agent: ureq::Agent,
    /// The nodes and the index.
    pub target: Target,
    /// The node that answered last: asked first next time.
    current: Cell<usize>,
}

/// Whether an answer is worth asking again: the cluster is busy or a node is failing.
pub fn is_transient(status: u16) -> bool {
    status == 429 || (500..600).contains(&status) && status != 501
}

impl Client {
    /// A client of `target` (no request made yet).
    pub fn new(target: Target) -> Client {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(TIMEOUT))
            .timeout_connect(Some(CONNECT_TIMEOUT))
            .build()
            .into();
        Client {
            agent,
            target,
            current: Cell::new(0),
        }
    }

    /// `method path` with an optional body (JSON, or NDJSON for `_bulk` and
    /// `_msearch`), on the first node that answers; transient answers are retried with
    /// backoff. A transient status still there after the last try is returned as is.
    pub fn send(
        &self,
        method: &str,
        path: &str,
        body: Option<(&str, &[u8])>,
    ) -> Result<Answer, OpenSearchError> {
        let mut backoff = FIRST_BACKOFF;
        let mut last_error = None;
        for attempt in 1..=ATTEMPTS {
            match self.send_once(method, path, body) {
                Ok(answer) if !is_transient(answer.status) || attempt == ATTEMPTS => {
                    return Ok(answer);
                }
                Ok(_) => {}
                Err(err) if attempt >= UNREACHABLE_ATTEMPTS => return Err(err),
                Err(err) => last_error = Some(err),
            }
            std::thread::sleep(backoff);
            backoff = (backoff * 2).min(MAX_BACKOFF);
        }
        Err(last_error.unwrap_or_else(|| self.unreachable("no answer")))
    }

    /// One try, on each node in turn until one answers.
    fn send_once(
        &self,
        method: &str,
        path: &str,
        body: Option<(&str, &[u8])>,
    ) -> Result<Answer, OpenSearchError> {
        let nodes = &self.target.nodes;
        let mut why = String::new();
        for k in 0..nodes.len() {
            let node = (self.current.get() + k) % nodes.len();
            let url = format!("{}{}", nodes[node], path);
            let sent = match (method, body) {
                ("GET", None) => self.agent.get(&url).call(),
                ("HEAD", None) => self.agent.head(&url).call(),
                ("DELETE", None) => self.agent.delete(&url).call(),
                (_, body) => {
                    let (content_type, bytes) = body.unwrap_or(("application/json", b""));
                    let request = match method {
                        "PUT" => self.agent.put(&url),
                        _ => self.agent.post(&url),
                    };
                    request.header("Content-Type", content_type).send(bytes)
                }
            };
            match sent {
                Ok(mut response) => {
                    self.current.set(node);
                    let status = response.status().as_u16();
                    let text = response
                        .body_mut()
                        .with_config()
                        .limit(MAX_ANSWER_BYTES)
                        .read_to_string()
                        .unwrap_or_default();
                    let body = serde_json::from_str(&text).unwrap_or(Value::Null);
                    return Ok(Answer { status, body });
                }
                Err(err) => why = err.to_string(),
            }
        }
        Err(self.unreachable(&why))
    }

    fn unreachable(&self, why: &str) -> OpenSearchError {
        OpenSearchError::Unreachable {
            nodes: self.target.nodes.join(","),
            why: why.to_string(),
        }
    }

    /// A JSON request whose answer must be a success: its body, else an error saying
    /// what was being done and what the cluster answered.
    pub fn json(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        doing: &str,
    ) -> Result<Value, OpenSearchError> {
        let bytes = body.map(|b| b.to_string().into_bytes());
        let answer = self.send(
            method,
            path,
            bytes.as_deref().map(|b| ("application/json", b)),
        )?;
        ok(answer, doing)
    }
}

/// The body of a successful answer, or an error naming what failed.
pub fn ok(answer: Answer, doing: &str) -> Result<Value, OpenSearchError> {
    if (200..300).contains(&answer.status) {
        return Ok(answer.body);
    }
    Err(OpenSearchError::Refused {
        doing: doing.to_string(),
        status: answer.status,
        reason: reason(&answer.body),
    })
}

/// The cluster's own words for an error: `error.reason` (and its root cause), or the
/// body as it came.
pub fn reason(body: &Value) -> String {
    let error = &body["error"];
    let root = error["root_cause"][0]["reason"].as_str();
    match (error["reason"].as_str(), root) {
        (Some(r), Some(root)) if r != root => format!("{r} ({root})"),
        (Some(r), _) => r.to_string(),
        _ if error.is_string() => error.as_str().unwrap_or_default().to_string(),
        _ => {
            let text = body.to_string();
            text.chars().take(300).collect()
        }
    }
}
