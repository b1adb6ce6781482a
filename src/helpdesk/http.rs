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
    let e = e.without_url();
    HelpdeskError::new(ErrorKind::Network, format!("{what}: {host} ({e})"))
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
        404 => ErrorKind::NotFound,
        409 | 412 => ErrorKind::Conflict,
        429 => ErrorKind::RateLimited,
        400 | 422 => ErrorKind::Invalid,
        500..=599 => ErrorKind::Server,
        _ => ErrorKind::Protocol,
    }
}

/// Retry-After in seconds (the HTTP-date form is rare from helpdesks and is treated as absent).
pub fn retry_after(resp: &Response) -> Option<Duration> {
    resp.headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_secs)
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
    let mut attempt = 0;
    // What the log may say about this request: method and path only.
    let what = rb
        .try_clone()
        .and_then(|r| r.build().ok())
        .map(|r| format!("{} {}", r.method(), crate::log::redact_url(r.url())))
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
            Ok(resp) => crate::log::write(&format!(
                "{what} -> {} in {ms} ms (attempt {attempt})",
                resp.status().as_u16()
            )),
            Err(e) => crate::log::write(&format!(
                "{what} -> {} in {ms} ms (attempt {attempt})",
                network_error_kind(e)
            )),
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
        tokio::time::sleep(wait).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_with_jitter() {
        for n in 0..4 {
            let b = backoff(n).as_millis() as u64;
            let base = 400u64 << n;
            assert!(b >= base / 2 && b < base * 3 / 2, "attempt {n}: {b} ms");
        }
    }
}
