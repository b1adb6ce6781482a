//! Bad days on demand, and HTTP caching: the demo's middleware around the API.
//!
//! Two layers sandwich the response compression:
//! - `outer` (outermost) counts the request, decides its fate from a counter and the seed (so a
//!   test sees the same sequence of failures every run), waits `latency_ms` (and `slow_ms` for the
//!   unlucky share), and drops the connection for the `drop_rate` share;
//! - `inner` (inside compression) turns the `fail_rate` share into a 500, a 503 with
//!   Retry-After, or a 200 whose JSON is cut short or is not JSON at all, and otherwise gives GET
//!   JSON responses a strong ETag and answers a matching `If-None-Match` with 304.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use serde_json::json;

use super::DemoOptions;
use super::data::Rng;
use super::net::{ConnHandle, Stats, family_of};

// Random streams for the fault decisions, apart from the data generator's.
const STREAM_FAIL: u64 = 101;
const STREAM_DROP: u64 = 102;

/// What goes wrong with one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// 500 with a Zendesk-shaped error body.
    Internal,
    /// 503 with `Retry-After: 1`.
    Unavailable,
    /// 200 with the first half of the real body.
    Truncated,
    /// 200, `Content-Type: application/json`, and an HTML error page (a confused proxy).
    NotJson,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cut {
    /// The request is handled (a write is applied) but no byte of the answer is sent.
    BeforeAnswer,
    /// The status, the headers and half the body are sent, then the connection closes.
    MidResponse,
}

/// The fate of one request.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Plan {
    pub failure: Option<Failure>,
    pub slow: bool,
    pub cut: Option<Cut>,
}

pub struct Faults {
    seed: u64,
    fail_rate: f64,
    slow: Duration,
    latency: Duration,
    drop_rate: f64,
    /// Requests seen so far: request number n's fate depends only on n and the seed.
    counter: AtomicU64,
    stats: Arc<Stats>,
}

impl Faults {
    pub fn new(opts: &DemoOptions, stats: Arc<Stats>) -> Faults {
        Faults {
            seed: opts.seed,
            fail_rate: opts.fail_rate,
            slow: Duration::from_millis(opts.slow_ms),
            latency: Duration::from_millis(opts.latency_ms),
            drop_rate: opts.drop_rate,
            counter: AtomicU64::new(0),
            stats,
        }
    }

    /// Request `n`'s fate. Rates outside 0..1 act as 0 or 1; NaN as 0.
    pub fn plan(&self, n: u64) -> Plan {
        let mut fail = Rng::derive(self.seed, STREAM_FAIL, n);
        let fails = fail.unit() < self.fail_rate;
        let failure = match fail.below(4) {
            0 => Failure::Internal,
            1 => Failure::Unavailable,
            2 => Failure::Truncated,
            _ => Failure::NotJson,
        };
        let mut cut = Rng::derive(self.seed, STREAM_DROP, n);
        let cuts = cut.unit() < self.drop_rate;
        let how = if cut.chance(0.5) {
            Cut::BeforeAnswer
        } else {
            Cut::MidResponse
        };
        // The slow share is the failing share, or everything when nothing is set to fail.
        let nothing_fails = self.fail_rate.is_nan() || self.fail_rate <= 0.0;
        let slow = !self.slow.is_zero() && (fails || nothing_fails);
        Plan {
            failure: fails.then_some(failure),
            slow,
            cut: cuts.then_some(how),
        }
    }
}

/// The outermost layer: counting, latency, stalls and dropped connections.
pub async fn outer(State(faults): State<Arc<Faults>>, mut req: Request, next: Next) -> Response {
    let n = faults.counter.fetch_add(1, Relaxed);
    faults.stats.count_request();
    let conn = req
        .extensions()
        .get::<ConnectInfo<ConnHandle>>()
        .map(|info| Arc::clone(&info.0.0));
    if let Some(conn) = &conn {
        conn.begin(family_of(req.uri().path()));
    }
    let plan = faults.plan(n);
    let stall = if plan.slow {
        faults.slow
    } else {
        Duration::ZERO
    };
    let delay = faults.latency + stall;
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    req.extensions_mut().insert(plan);
    let mut res = next.run(req).await;
    tag_encoding(res.headers_mut());
    match plan.cut {
        None => res,
        Some(Cut::BeforeAnswer) => match conn {
            // The next write on the socket fails, so hyper closes it without a byte of answer.
            Some(conn) => {
                conn.cut();
                res
            }
            None => cut_after(res, 0).await,
        },
        Some(Cut::MidResponse) => cut_after(res, 2).await,
    }
}

/// The response with its full length announced, `1/divisor` of its body sent (nothing when
/// `divisor` is 0), and then an error that makes the server close the connection.
async fn cut_after(res: Response, divisor: usize) -> Response {
    let (mut parts, body) = res.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let sent = bytes.slice(..bytes.len().checked_div(divisor).unwrap_or(0));
    parts.headers.remove(header::TRANSFER_ENCODING);
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
    let head = futures_util::stream::iter([Ok::<Bytes, io::Error>(sent)]);
    let tail = futures_util::stream::once(async {
        // Give the server time to put what was sent on the wire before it gives up.
        tokio::time::sleep(Duration::from_millis(50)).await;
        Err(io::Error::new(
            io::ErrorKind::ConnectionAborted,
            "demo helpdesk: connection dropped mid-response",
        ))
    });
    Response::from_parts(parts, Body::from_stream(head.chain(tail)))
}

/// Encodings the compression layer may apply (gzip, as a helpdesk sends); an ETag names the
/// encoded representation.
const ENCODINGS: [&str; 1] = ["gzip"];

/// A strong ETag belongs to one representation, so a compressed body gets its own: `"H"`
/// becomes `"H-gzip"` (the way Apache does it). `If-None-Match` accepts either.
fn tag_encoding(headers: &mut HeaderMap) {
    let Some(encoding) = headers
        .get(header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .filter(|e| ENCODINGS.contains(e))
    else {
        return;
    };
    let tagged = headers
        .get(header::ETAG)
        .and_then(|v| v.to_str().ok())
        .and_then(|tag| tag.strip_prefix('"')?.strip_suffix('"'))
        .and_then(|opaque| HeaderValue::from_str(&format!("\"{opaque}-{encoding}\"")).ok());
    if let Some(value) = tagged {
        headers.insert(header::ETAG, value);
    }
}

/// The layer inside compression: injected failures, ETags and 304s.
pub async fn inner(req: Request, next: Next) -> Response {
    let plan = req.extensions().get::<Plan>().copied().unwrap_or_default();
    match plan.failure {
        Some(Failure::Internal) => {
            let body = json!({"error": "InternalError", "description": "Injected failure (demo helpdesk)"});
            (StatusCode::INTERNAL_SERVER_ERROR, axum::Json(body)).into_response()
        }
        Some(Failure::Unavailable) => {
            let body = json!({"error": "ServiceUnavailable", "description": "Injected outage (demo helpdesk)"});
            let retry = [(header::RETRY_AFTER, HeaderValue::from_static("1"))];
            (StatusCode::SERVICE_UNAVAILABLE, retry, axum::Json(body)).into_response()
        }
        Some(Failure::Truncated) => {
            let res = next.run(req).await;
            let (mut parts, body) = res.into_parts();
            let bytes = axum::body::to_bytes(body, usize::MAX)
                .await
                .unwrap_or_default();
            let half = bytes.slice(..bytes.len() / 2);
            parts
                .headers
                .insert(header::CONTENT_LENGTH, HeaderValue::from(half.len()));
            Response::from_parts(parts, Body::from(half))
        }
        Some(Failure::NotJson) => {
            let page = "<html><head><title>502 Bad Gateway</title></head>\n<body><h1>Bad Gateway</h1><p>upstream connect error or disconnect/reset before headers</p></body></html>\n";
            let json = [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )];
            (StatusCode::OK, json, page).into_response()
        }
        None => conditional(req, next).await,
    }
}

/// GET JSON answers carry a strong ETag (a hash of the body); a request whose `If-None-Match`
/// names it gets 304 Not Modified and no body.
async fn conditional(req: Request, next: Next) -> Response {
    let if_none_match = (req.method() == Method::GET)
        .then(|| req.headers().get(header::IF_NONE_MATCH).cloned())
        .flatten();
    let is_get = req.method() == Method::GET;
    let res = next.run(req).await;
    let is_json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !is_get || res.status() != StatusCode::OK || !is_json {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        let body = json!({"error": "InternalError", "description": "response body failed"});
        return (StatusCode::INTERNAL_SERVER_ERROR, axum::Json(body)).into_response();
    };
    let opaque = etag_of(&bytes);
    if let Some(matched) = if_none_match.and_then(|v| matching_tag(&v, &opaque)) {
        let mut res = StatusCode::NOT_MODIFIED.into_response();
        res.headers_mut().insert(header::ETAG, matched);
        return res;
    }
    if let Ok(value) = HeaderValue::from_str(&format!("\"{opaque}\"")) {
        parts.headers.insert(header::ETAG, value);
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// The opaque part of the body's ETag: its length and 64-bit FNV-1a hash, in hex.
fn etag_of(body: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in body {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:x}-{hash:016x}", body.len())
}

/// The entity tag of `If-None-Match` that names this body (weak comparison, as RFC 9110 wants for
/// `If-None-Match`; an encoding suffix is ignored), as the header value to answer with.
fn matching_tag(header: &HeaderValue, opaque: &str) -> Option<HeaderValue> {
    let list = header.to_str().ok()?;
    for tag in list.split(',').map(str::trim) {
        if tag == "*" {
            return HeaderValue::from_str(&format!("\"{opaque}\"")).ok();
        }
        let strong = tag.strip_prefix("W/").unwrap_or(tag);
        let Some(inside) = strong.strip_prefix('"').and_then(|t| t.strip_suffix('"')) else {
            continue;
        };
        let base = ENCODINGS
            .iter()
            .find_map(|e| inside.strip_suffix(e)?.strip_suffix('-'))
            .unwrap_or(inside);
        if base == opaque {
            return HeaderValue::from_str(strong).ok();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn faults(fail_rate: f64, slow_ms: u64, drop_rate: f64) -> Faults {
        let opts = DemoOptions {
            fail_rate,
            slow_ms,
            drop_rate,
            ..DemoOptions::default()
        };
        Faults::new(&opts, Arc::default())
    }

    #[test]
    fn plans_follow_the_rates() {
        let quiet = faults(0.0, 0, 0.0);
        assert!((0..1000).all(|n| quiet.plan(n) == Plan::default()));
        let half = faults(0.5, 0, 0.0);
        let failing = (0..1000)
            .filter(|&n| half.plan(n).failure.is_some())
            .count();
        assert!((400..=600).contains(&failing), "{failing}");
        assert!((0..1000).all(|n| !half.plan(n).slow && half.plan(n).cut.is_none()));
        // The slow share is the failing share...
        let both = faults(0.3, 100, 0.0);
        assert!((0..1000).all(|n| both.plan(n).slow == both.plan(n).failure.is_some()));
        // ...or everything when nothing fails.
        let slow = faults(0.0, 100, 0.0);
        assert!((0..100).all(|n| slow.plan(n).slow && slow.plan(n).failure.is_none()));
        let always = faults(1.0, 0, 1.0);
        assert!((0..100).all(|n| always.plan(n).failure.is_some() && always.plan(n).cut.is_some()));
        assert!((0..1000).all(|n| faults(f64::NAN, 0, f64::NAN).plan(n) == Plan::default()));
    }

    #[test]
    fn etags_match_with_or_without_an_encoding_suffix() {
        let opaque = etag_of(b"{\"a\":1}");
        assert_eq!(opaque, etag_of(b"{\"a\":1}"));
        assert_ne!(opaque, etag_of(b"{\"a\":2}"));
        let header = |s: &str| HeaderValue::from_str(s).unwrap();
        let plain = format!("\"{opaque}\"");
        let gzip = format!("\"{opaque}-gzip\"");
        assert_eq!(matching_tag(&header(&plain), &opaque), Some(header(&plain)));
        assert_eq!(matching_tag(&header(&gzip), &opaque), Some(header(&gzip)));
        let list = format!("\"nope\", W/{plain}");
        assert_eq!(matching_tag(&header(&list), &opaque), Some(header(&plain)));
        assert_eq!(matching_tag(&header("*"), &opaque), Some(header(&plain)));
        assert_eq!(matching_tag(&header("\"other-gzip\""), &opaque), None);
        assert_eq!(matching_tag(&header(&opaque), &opaque), None, "unquoted");

        let mut headers = HeaderMap::new();
        headers.insert(header::ETAG, header(&plain));
        tag_encoding(&mut headers);
        assert_eq!(
            headers[header::ETAG],
            header(&plain),
            "identity keeps its tag"
        );
        headers.insert(header::CONTENT_ENCODING, header("gzip"));
        tag_encoding(&mut headers);
        assert_eq!(headers[header::ETAG], header(&gzip));
    }
}
