//! Middleware layers: the `.json` suffix, authentication, the request budget, poisoned answers
//! spoiled.

use super::*;

/// Answers that carry a poisoned ticket, spoiled as `hostile::spoil` says.
pub(super) async fn spoil_poisoned(req: axum::extract::Request, next: Next) -> Response {
    let res = next.run(req).await;
    let (parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return ApiError::internal("response body failed").into_response();
    };
    match crate::hostile::spoil(&bytes) {
        Some(spoiled) => {
            let mut parts = parts;
            parts.headers.remove(axum::http::header::CONTENT_LENGTH);
            Response::from_parts(parts, axum::body::Body::from(spoiled))
        }
        None => Response::from_parts(parts, axum::body::Body::from(bytes)),
    }
}

/// The demo's request budget: one window at a time, counted down per request.
pub(super) struct RateLimiter {
    pub(super) opts: crate::DemoRateLimit,
    /// (left in this window, when it started)
    pub(super) window: std::sync::Mutex<(u64, std::time::Instant)>,
}

impl RateLimiter {
    pub(super) fn new(opts: crate::DemoRateLimit) -> Self {
        RateLimiter {
            opts,
            window: std::sync::Mutex::new((opts.remaining, std::time::Instant::now())),
        }
    }

    /// Takes one request from the budget: `(allowed, remaining, seconds to reset)`.
    pub(super) fn take(&self) -> (bool, u64, u64) {
        let len = std::time::Duration::from_secs(self.opts.window_secs.max(1));
        let mut w = self.window.lock().unwrap_or_else(PoisonError::into_inner);
        if w.1.elapsed() >= len {
            *w = (self.opts.limit, std::time::Instant::now());
        }
        let reset = len.saturating_sub(w.1.elapsed()).as_secs().max(1);
        if w.0 == 0 {
            return (false, 0, reset);
        }
        w.0 -= 1;
        (true, w.0, reset)
    }
}

/// Zendesk's rate-limit headers on every answer; past the budget, a 429 with Retry-After.
pub(super) async fn rate_limit(
    State(rl): State<Arc<RateLimiter>>,
    req: Request,
    next: Next,
) -> Response {
    let (allowed, remaining, reset) = rl.take();
    let mut res = if allowed {
        next.run(req).await
    } else {
        let body = ErrorBody {
            error: Value::String("APIRateLimitExceeded".to_owned()),
            description: Some("Number of allowed API requests per minute exceeded".to_owned()),
        };
        let mut res = (StatusCode::TOO_MANY_REQUESTS, Json(body)).into_response();
        res.headers_mut()
            .insert(header::RETRY_AFTER, header::HeaderValue::from(reset));
        res
    };
    let h = res.headers_mut();
    let limit = header::HeaderValue::from(rl.opts.limit);
    h.insert("x-rate-limit", limit.clone());
    h.insert("x-rate-limit-remaining", remaining.into());
    h.insert("ratelimit-limit", limit);
    h.insert("ratelimit-remaining", remaining.into());
    h.insert("ratelimit-reset", reset.into());
    res
}

/// `/api/v2/tickets/1.json` → `/api/v2/tickets/1`: Zendesk accepts both spellings.
pub(super) async fn strip_json_suffix(mut req: Request) -> Request {
    let Some(path) = req.uri().path().strip_suffix(".json") else {
        return req;
    };
    let path_and_query = match req.uri().query() {
        Some(query) => format!("{path}?{query}"),
        None => path.to_owned(),
    };
    let mut parts = req.uri().clone().into_parts();
    if let Ok(pq) = PathAndQuery::try_from(path_and_query) {
        parts.path_and_query = Some(pq);
        if let Ok(uri) = Uri::from_parts(parts) {
            *req.uri_mut() = uri;
        }
    }
    req
}

/// What the API accepts: the fixed `--token`, and/or the OAuth access tokens issued here.
pub(super) struct Gate {
    pub(super) token: Option<String>,
    pub(super) oauth: Option<Arc<crate::oauth::Issuer>>,
}

pub(super) async fn authenticate(
    State(gate): State<Arc<Gate>>,
    req: Request,
    next: Next,
) -> Response {
    let by_token = gate
        .token
        .as_deref()
        .is_some_and(|t| authorized(req.headers(), t));
    let by_oauth = gate
        .oauth
        .as_ref()
        .is_some_and(|issuer| bearer(req.headers()).is_some_and(|t| issuer.valid(t)));
    if by_token || by_oauth {
        next.run(req).await
    } else {
        ApiError::unauthorized().into_response()
    }
}

/// `Bearer TOKEN`, or Basic auth as Zendesk API tokens use it: `{email}/token:TOKEN`.
pub(super) fn authorized(headers: &HeaderMap, token: &str) -> bool {
    let Some(value) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let (scheme, credentials) = value.trim().split_once(' ').unwrap_or((value, ""));
    let credentials = credentials.trim();
    if scheme.eq_ignore_ascii_case("bearer") {
        return credentials == token;
    }
    if scheme.eq_ignore_ascii_case("basic") {
        let decoded = base64_decode(credentials).and_then(|b| String::from_utf8(b).ok());
        return decoded
            .as_deref()
            .and_then(|d| d.split_once("/token:"))
            .is_some_and(|(_, given)| given == token);
    }
    false
}

/// The credentials of an `Authorization: Bearer ...` header.
pub(super) fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, credentials) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| credentials.trim())
}

/// Standard or URL-safe base64, padding optional; `None` on any other character.
pub(super) fn base64_decode(input: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in input.trim_end_matches('=').bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// Percent-encodes a query component (RFC 3986 unreserved characters pass through).
pub(super) fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
