//! HTTP pieces every adapter shares: one client configuration (keep-alive, compression, timeouts),
//! error mapping, and retries with backoff and jitter that honour Retry-After.

use std::time::Duration;

use reqwest::{RequestBuilder, Response, StatusCode};

use super::{ErrorKind, HelpdeskError, Result};

/// The one HTTP client configuration every adapter uses: keep-alive, compression, and timeouts
/// (reqwest has none by default, and a hung request must never hang the agent's work).
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .user_agent(concat!("tix/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(60))
        .pool_idle_timeout(Duration::from_secs(90))
        .build()
        .unwrap_or_default()
}

pub fn network_error(e: reqwest::Error) -> HelpdeskError {
    let what = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "connection failed"
    } else if e.is_decode() || e.is_body() {
        "the answer broke off"
    } else {
        "request failed"
    };
    // Name the host, not the whole URL: a query string can hold what the agent searched for.
    let host = e
        .url()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| "the server".into());
    let unsent = e.is_connect();
    let e = e.without_url();
    HelpdeskError {
        unsent,
        ..HelpdeskError::new(ErrorKind::Network, format!("{what}: {host} ({e})"))
    }
}

/// A failure in words, without the URL (reqwest's Display of an error names it, query included).
fn network_error_kind(e: &reqwest::Error) -> &'static str {
    if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "connection failed"
    } else {
        "request failed"
    }
}

pub fn kind_of(status: StatusCode) -> ErrorKind {
    match status.as_u16() {
        401 => ErrorKind::Auth,
        403 => ErrorKind::Permission,
        404 | 410 => ErrorKind::NotFound,
        409 | 412 => ErrorKind::Conflict,
        429 => ErrorKind::RateLimited,
        400 | 422 => ErrorKind::Invalid,
        500..=599 => ErrorKind::Server,
        _ => ErrorKind::Protocol,
    }
}

/// Whether an answer is an HTML page: a login page or a proxy's error where an API was expected.
pub fn is_html(resp: &Response) -> bool {
    resp.headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("text/html"))
}

/// An answer's JSON, for every adapter. Invalid UTF-8, lone surrogate escapes and raw control
/// characters in strings from a stranger are replaced rather than a reason to lose the whole
/// answer (`lenient::repair`); what cannot be read is a protocol error naming the backend
/// (`from`), with `html_hint` (what is likely wrong) when the answer was an HTML page. Lists of
/// tickets, comments and users are read item by item by the wire types (`lenient::Items`).
pub fn decode_json<T: serde::de::DeserializeOwned>(
    body: &[u8],
    from: &str,
    html_hint: Option<&str>,
) -> Result<T> {
    let text = String::from_utf8_lossy(body);
    serde_json::from_str(&super::lenient::repair(&text)).map_err(|e| {
        let message = match html_hint {
            Some(hint) => format!("{from} answered with an HTML page, not JSON ({hint})"),
            None => format!("malformed JSON from {from}: {e}"),
        };
        HelpdeskError::new(ErrorKind::Protocol, message)
    })
}

/// Retry-After in seconds (the HTTP-date form is rare from helpdesks and is treated as absent).
pub fn retry_after(resp: &Response) -> Option<Duration> {
    resp.headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_secs)
}

/// An API budget as the helpdesk reported it in its last answer's headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RateBudget {
    /// Requests allowed per window.
    pub limit: u64,
    /// Requests left in this window.
    pub remaining: u64,
    /// Seconds until the window starts over, when told.
    pub reset_secs: Option<u64>,
}

impl RateBudget {
    /// Under a tenth of the budget left: background work slows down.
    pub fn is_low(&self) -> bool {
        self.limit > 0 && self.remaining.saturating_mul(10) < self.limit
    }
}

/// `total=100; remaining=99; resets=41` (Zendesk's `zendesk-ratelimit-*` headers).
fn parse_pairs(v: &str) -> Option<RateBudget> {
    let mut b = RateBudget {
        limit: 0,
        remaining: 0,
        reset_secs: None,
    };
    let (mut limit, mut remaining) = (false, false);
    for part in v.split([';', ',']) {
        let Some((k, v)) = part.split_once('=') else {
            continue;
        };
        let Ok(n) = v.trim().parse::<u64>() else {
            continue;
        };
        match k.trim().to_ascii_lowercase().as_str() {
            "total" | "limit" => (b.limit, limit) = (n, true),
            "remaining" => (b.remaining, remaining) = (n, true),
            "resets" | "reset" => b.reset_secs = Some(n),
            _ => {}
        }
    }
    (limit && remaining).then_some(b)
}

/// The tightest budget any rate-limit header of an answer tells: Zendesk's `X-Rate-Limit` /
/// `X-Rate-Limit-Remaining`, the draft standard `ratelimit-limit` / `-remaining` / `-reset` (also
/// Zendesk's, on list endpoints), Zendesk's per-endpoint `zendesk-ratelimit-*: total=..;
/// remaining=..; resets=..`, and Freshdesk's `X-RateLimit-Total` / `X-RateLimit-Remaining`.
pub fn parse_rate_limit(headers: &reqwest::header::HeaderMap) -> Option<RateBudget> {
    let num = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
    };
    let pair = |limit: &str, remaining: &str, reset: Option<&str>| {
        Some(RateBudget {
            limit: num(limit)?,
            remaining: num(remaining)?,
            reset_secs: reset.and_then(num),
        })
    };
    let mut found: Vec<RateBudget> = [
        pair("x-rate-limit", "x-rate-limit-remaining", None),
        pair(
            "ratelimit-limit",
            "ratelimit-remaining",
            Some("ratelimit-reset"),
        ),
        pair("x-ratelimit-total", "x-ratelimit-remaining", None),
    ]
    .into_iter()
    .flatten()
    .collect();
    for (name, value) in headers {
        if name.as_str().starts_with("zendesk-ratelimit")
            && let Some(b) = value.to_str().ok().and_then(parse_pairs)
        {
            found.push(b);
        }
    }
    // The one nearest to running out: remaining/limit smallest (compared without division).
    found.into_iter().filter(|b| b.limit > 0).min_by(|a, b| {
        (a.remaining as u128 * b.limit as u128).cmp(&(b.remaining as u128 * a.limit as u128))
    })
}

/// The latest budget a client was told, shared by its requests (one per adapter).
#[derive(Debug, Default)]
pub struct Budget(std::sync::Mutex<Option<(RateBudget, std::time::Instant)>>);

/// Without a reset time, a budget is taken to describe a one-minute window (Zendesk's, Freshdesk's).
const DEFAULT_WINDOW: Duration = Duration::from_secs(60);
/// Bounds on the spacing of background requests while the budget is low.
const MIN_SPACING: Duration = Duration::from_millis(100);
const MAX_SPACING: Duration = Duration::from_secs(2);

impl Budget {
    pub fn observe(&self, headers: &reqwest::header::HeaderMap) {
        if let Some(b) = parse_rate_limit(headers)
            && let Ok(mut slot) = self.0.lock()
        {
            *slot = Some((b, std::time::Instant::now()));
        }
    }

    /// The budget as last told, while its window can still be running.
    pub fn get(&self) -> Option<RateBudget> {
        let (b, at) = (*self.0.lock().ok()?)?;
        let window = b
            .reset_secs
            .map_or(DEFAULT_WINDOW, Duration::from_secs)
            .max(Duration::from_secs(1));
        (at.elapsed() < window).then_some(b)
    }

    /// How long a background request waits before it goes out.
    pub fn delay(&self) -> Duration {
        self.get().map_or(Duration::ZERO, |b| spacing(&b))
    }
}

/// While the budget is low, background requests are spread over what is left of the window
/// (window / remaining, within 100 ms..2 s), so that interactive ones, which never wait, still find
/// budget left instead of a 429. With budget to spare nothing waits.
pub fn spacing(b: &RateBudget) -> Duration {
    if !b.is_low() {
        return Duration::ZERO;
    }
    let window = b.reset_secs.map_or(DEFAULT_WINDOW, Duration::from_secs);
    (window / (b.remaining.max(1) as u32).max(1)).clamp(MIN_SPACING, MAX_SPACING)
}

tokio::task_local! {
    static BACKGROUND: bool;
}

/// Runs `f` as background work (sync, refresh, paging): its requests give way while the API budget
/// is low. Everything else (opening a ticket, sending) counts as interactive and never waits.
pub async fn background<F: std::future::Future>(f: F) -> F::Output {
    BACKGROUND.scope(true, f).await
}

pub fn is_background() -> bool {
    BACKGROUND.try_with(|b| *b).unwrap_or(false)
}

/// `send`, minding the client's budget: a background request waits its turn while the budget is
/// low, and every answer's rate-limit headers update the budget.
pub async fn send_budgeted(
    rb: RequestBuilder,
    idempotent: bool,
    budget: &Budget,
) -> Result<Response> {
    if is_background() {
        let wait = budget.delay();
        if !wait.is_zero() {
            tracing::info!(
                "API budget low: a background request waits {} ms",
                wait.as_millis()
            );
            tokio::time::sleep(wait).await;
        }
    }
    let resp = send(rb, idempotent).await?;
    budget.observe(resp.headers());
    Ok(resp)
}

/// How long a whole download may take (the client's own timeout is for API answers); a download
/// that stalls fails sooner (`Download::chunk`).
pub const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(30 * 60);

/// Whether `url` is on the helpdesk's own address `base` (same scheme, host and port): only there
/// do a profile's credentials go along with a request.
pub fn same_origin(base: &str, url: &str) -> bool {
    match (reqwest::Url::parse(base), reqwest::Url::parse(url)) {
        (Ok(a), Ok(b)) => {
            a.scheme() == b.scheme()
                && a.host_str() == b.host_str()
                && a.port_or_known_default() == b.port_or_known_default()
        }
        _ => false,
    }
}

/// An attachment's address from the helpdesk, if it is a web address at all.
pub fn file_url(url: &str) -> Result<reqwest::Url> {
    match reqwest::Url::parse(url) {
        Ok(u) if matches!(u.scheme(), "http" | "https") => Ok(u),
        _ => Err(HelpdeskError::new(
            ErrorKind::Protocol,
            "the helpdesk gave no web address for this attachment",
        )),
    }
}

/// GETs a file, retried like any read; an error status is an error (`from` names the helpdesk),
/// and the body is left to be read chunk by chunk.
pub async fn fetch_file(rb: RequestBuilder, from: &str) -> Result<super::Download> {
    let resp = send(rb.timeout(DOWNLOAD_TIMEOUT), true).await?;
    let status = resp.status();
    if !status.is_success() {
        let mut e = HelpdeskError::new(
            kind_of(status),
            format!("{from} refused the file: HTTP {}", status.as_u16()),
        );
        e.retry_after = retry_after(&resp);
        return Err(e);
    }
    Ok(super::Download::Stream(resp))
}

/// Attempts per request, the first included.
const ATTEMPTS: u32 = 3;
/// Longer waits are not done inside a request: the error carries them to the agent instead.
const MAX_WAIT: Duration = Duration::from_secs(20);

/// Backoff for attempt `n` (0-based): 400 ms, 800 ms, ... with ±50 % jitter so that many clients
/// do not retry in step.
pub fn backoff(n: u32) -> Duration {
    let base = 400u64 << n.min(6);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos() as u64);
    let jitter = nanos % base; // 0..base
    Duration::from_millis(base / 2 + jitter)
}

/// Sends a request, retrying what is safe to retry: any failure of an idempotent request that may be
/// transient (network, 429, 5xx), and for writes only the answers that say the server did not act
/// (429, 503). Returns the final response, successful or not.
pub async fn send(rb: RequestBuilder, idempotent: bool) -> Result<Response> {
    use tracing::Instrument;
    // One id per request, its retries included: the log's lines of one request read together.
    static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    send_attempts(rb, idempotent)
        .instrument(tracing::info_span!("request", id))
        .await
}

async fn send_attempts(rb: RequestBuilder, idempotent: bool) -> Result<Response> {
    let mut attempt = 0;
    // What the log may say about this request: method and path only.
    let what = rb
        .try_clone()
        .and_then(|r| r.build().ok())
        .map(|r| format!("{} {}", r.method(), crate::redact::redact_url(r.url())))
        .unwrap_or_else(|| "request".into());
    loop {
        let this = rb.try_clone();
        let started = std::time::Instant::now();
        let result = match this {
            Some(r) => r.send().await,
            // A streaming body cannot be replayed: one attempt only.
            None => return rb.send().await.map_err(network_error),
        };
        attempt += 1;
        let ms = started.elapsed().as_millis();
        match &result {
            Ok(resp) => tracing::info!(
                "{what} -> {} in {ms} ms (attempt {attempt})",
                resp.status().as_u16()
            ),
            Err(e) => tracing::warn!(
                "{what} -> {} in {ms} ms (attempt {attempt})",
                network_error_kind(e)
            ),
        }
        let wait = match &result {
            Ok(resp) => {
                let s = resp.status();
                let retryable = s == StatusCode::TOO_MANY_REQUESTS
                    || s == StatusCode::SERVICE_UNAVAILABLE
                    || (idempotent && s.is_server_error());
                if !retryable {
                    return result.map_err(network_error);
                }
                retry_after(resp).unwrap_or_else(|| backoff(attempt - 1))
            }
            Err(_) if idempotent => backoff(attempt - 1),
            Err(_) => return result.map_err(network_error),
        };
        if attempt >= ATTEMPTS || wait > MAX_WAIT {
            return result.map_err(network_error);
        }
        tracing::debug!("{what}: attempt {} in {} ms", attempt + 1, wait.as_millis());
        tokio::time::sleep(wait).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> reqwest::header::HeaderMap {
        let mut h = reqwest::header::HeaderMap::new();
        for (k, v) in pairs {
            h.insert(
                reqwest::header::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                v.parse().unwrap(),
            );
        }
        h
    }

    fn budget(limit: u64, remaining: u64, reset_secs: Option<u64>) -> RateBudget {
        RateBudget {
            limit,
            remaining,
            reset_secs,
        }
    }

    #[test]
    fn zendesk_x_rate_limit_headers() {
        let h = headers(&[("X-Rate-Limit", "700"), ("X-Rate-Limit-Remaining", "12")]);
        assert_eq!(parse_rate_limit(&h), Some(budget(700, 12, None)));
        assert!(parse_rate_limit(&h).unwrap().is_low());
    }

    #[test]
    fn draft_standard_ratelimit_headers() {
        let h = headers(&[
            ("ratelimit-limit", "400"),
            ("ratelimit-remaining", "399"),
            ("ratelimit-reset", "41"),
        ]);
        assert_eq!(parse_rate_limit(&h), Some(budget(400, 399, Some(41))));
        assert!(!parse_rate_limit(&h).unwrap().is_low());
    }

    #[test]
    fn zendesk_endpoint_ratelimit_headers() {
        let h = headers(&[(
            "zendesk-ratelimit-tickets-index",
            "total=100; remaining=9; resets=41",
        )]);
        assert_eq!(parse_rate_limit(&h), Some(budget(100, 9, Some(41))));
        assert!(parse_rate_limit(&headers(&[("zendesk-ratelimit-x", "remaining=3")])).is_none());
    }

    #[test]
    fn freshdesk_ratelimit_headers() {
        let h = headers(&[
            ("X-RateLimit-Total", "3000"),
            ("X-RateLimit-Remaining", "2990"),
            ("X-RateLimit-Used-CurrentRequest", "1"),
        ]);
        assert_eq!(parse_rate_limit(&h), Some(budget(3000, 2990, None)));
    }

    #[test]
    fn the_tightest_budget_wins_and_garbage_is_ignored() {
        let h = headers(&[
            ("X-Rate-Limit", "700"),
            ("X-Rate-Limit-Remaining", "650"),
            (
                "zendesk-ratelimit-tickets-index",
                "total=100; remaining=5; resets=30",
            ),
        ]);
        assert_eq!(parse_rate_limit(&h), Some(budget(100, 5, Some(30))));
        let bad = headers(&[("X-Rate-Limit", "lots"), ("X-Rate-Limit-Remaining", "1")]);
        assert_eq!(parse_rate_limit(&bad), None);
        assert_eq!(parse_rate_limit(&headers(&[])), None);
    }

    #[test]
    fn background_requests_are_spaced_only_when_low() {
        assert_eq!(spacing(&budget(700, 650, None)), Duration::ZERO);
        assert_eq!(spacing(&budget(700, 70, None)), Duration::ZERO);
        // 60 s / 10 left = 6 s, capped at 2 s.
        assert_eq!(spacing(&budget(700, 10, None)), MAX_SPACING);
        assert_eq!(
            spacing(&budget(100, 4, Some(2))),
            Duration::from_millis(500)
        );
        assert_eq!(spacing(&budget(100, 0, Some(0))), MIN_SPACING);
        let b = Budget::default();
        assert_eq!(b.delay(), Duration::ZERO);
        b.observe(&headers(&[
            ("X-Rate-Limit", "700"),
            ("X-Rate-Limit-Remaining", "7"),
        ]));
        assert_eq!(b.get(), Some(budget(700, 7, None)));
        assert_eq!(b.delay(), MAX_SPACING);
    }

    #[test]
    fn only_work_marked_background_is_background() {
        assert!(!is_background());
        let inside = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(background(async { is_background() }));
        assert!(inside);
    }

    #[test]
    fn backoff_grows_with_jitter() {
        for n in 0..4 {
            let b = backoff(n).as_millis() as u64;
            let base = 400u64 << n;
            assert!(b >= base / 2 && b < base * 3 / 2, "attempt {n}: {b} ms");
        }
    }
}
