//! One REST client for every adapter: credentials (token, basic, OAuth), retries and Retry-After
//! (`http::send`), the API budget, error mapping, JSON decoding, conditional GETs and id parsing
//! are written here once. An adapter keeps only its dialect: its paths, its shapes, its mapping,
//! and how its error bodies read (`Dialect`).

use std::sync::{Arc, Mutex};

use reqwest::{Method, RequestBuilder, StatusCode};
use serde::de::DeserializeOwned;

use super::etag_cache::EtagCache;
use super::http::{self, Budget, RateBudget};
use super::{ErrorKind, HelpdeskError, Id, Result, Timestamp};
use crate::Secret;

/// How requests prove who sends them.
pub enum Auth {
    None,
    /// `Authorization: {scheme} {token}`: Zammad's `Token token=…` has scheme `Token token=` and
    /// no space, so the whole prefix is given (`"Token token="`, `"token "`).
    Token {
        prefix: &'static str,
        token: Secret,
    },
    Basic {
        user: String,
        password: Secret,
    },
    Bearer(Secret),
    /// A Bearer access token that the session refreshes when it is about to expire or is refused
    /// (then the request is sent once more).
    OAuth(Arc<dyn AccessTokens>),
}

/// Where an OAuth access token comes from (the binary's signed-in session: its refresh and its
/// store are not this crate's business).
#[async_trait::async_trait]
pub trait AccessTokens: Send + Sync {
    /// The access token to send now (refreshed first when it is about to expire).
    async fn access(&self) -> Result<Secret>;
    /// After `stale` was refused with a 401: a new access token (unless another request already
    /// renewed it).
    async fn refresh_after_401(&self, stale: &Secret) -> Result<Secret>;
}

/// What differs between backends in reading an answer.
#[derive(Clone, Copy)]
pub struct Dialect {
    /// The backend's name, as messages say it ("malformed JSON from Zammad").
    pub name: &'static str,
    /// What is likely wrong when an HTML page came where JSON was expected.
    pub html_hint: Option<&'static str>,
    /// One line from an error body (the backend's message and the HTTP status).
    pub describe: fn(StatusCode, &[u8]) -> String,
    /// A status's kind where the backend departs from `http::kind_of`.
    pub kind: fn(StatusCode) -> ErrorKind,
}

/// A successful answer (2xx, or a 304 served from what was kept).
pub struct Answer {
    pub etag: Option<String>,
    /// The `Link` header (Freshdesk pages with it).
    pub link: Option<String>,
    pub html: bool,
    pub body: Arc<[u8]>,
    name: &'static str,
    html_hint: Option<&'static str>,
}

impl Answer {
    pub fn json<T: DeserializeOwned>(&self) -> Result<T> {
        let hint = if self.html { self.html_hint } else { None };
        http::decode_json(&self.body, self.name, hint)
    }
}

pub struct Rest {
    /// The API root, e.g. `https://acme.zendesk.com/api/v2` (no trailing slash).
    root: String,
    auth: Auth,
    http: reqwest::Client,
    dialect: Dialect,
    /// The API budget as the last answer's rate-limit headers told it: observed once per answer.
    budget: Budget,
    /// Bodies of earlier GETs by URL, with their ETag: asked again with If-None-Match, an unchanged
    /// answer costs a 304 and no body (where a backend sends no ETags nothing is kept).
    etags: Mutex<EtagCache>,
}

impl Rest {
    pub fn new(root: &str, auth: Auth, http: reqwest::Client, dialect: Dialect) -> Rest {
        Rest {
            root: root.trim_end_matches('/').to_string(),
            auth,
            http,
            dialect,
            budget: Budget::default(),
            etags: Mutex::new(EtagCache::default()),
        }
    }

    pub fn auth(&self) -> &Auth {
        &self.auth
    }

    /// The HTTP client, for addresses outside the API root (attachments).
    pub fn client(&self) -> &reqwest::Client {
        &self.http
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}/{path}", self.root)
    }

    /// A request to `path` under the API root, with the credentials that do not change.
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.authorize(self.http.request(method, self.url(path)))
    }

    /// The credentials that do not change (OAuth's are added per attempt in `send`).
    pub fn authorize(&self, rb: RequestBuilder) -> RequestBuilder {
        match &self.auth {
            Auth::None | Auth::OAuth(_) => rb,
            Auth::Token { prefix, token } => rb.header(
                reqwest::header::AUTHORIZATION,
                format!("{prefix}{}", token.expose()),
            ),
            Auth::Basic { user, password } => rb.basic_auth(user, Some(password.expose())),
            Auth::Bearer(token) => rb.bearer_auth(token.expose()),
        }
    }

    /// Every credential, OAuth's current access token included: for a request sent outside
    /// `send` (a download streams its body and is not retried after a 401).
    pub async fn authorized(&self, rb: RequestBuilder) -> Result<RequestBuilder> {
        match &self.auth {
            Auth::OAuth(session) => Ok(rb.bearer_auth(session.access().await?.expose())),
            _ => Ok(self.authorize(rb)),
        }
    }

    /// The budget as last told, while its window can still be running.
    pub fn rate_limit(&self) -> Option<RateBudget> {
        self.budget.get()
    }

    pub async fn get<T: DeserializeOwned>(&self, path: &str, query: &[(&str, &str)]) -> Result<T> {
        self.send(self.request(Method::GET, path).query(query), true)
            .await?
            .json()
    }

    /// Sends with the credentials; with OAuth, a fresh access token, and after a 401 one refresh
    /// and one more try (a refused request was not carried out, so a write may be repeated).
    pub async fn send(&self, rb: RequestBuilder, idempotent: bool) -> Result<Answer> {
        let Auth::OAuth(session) = &self.auth else {
            return self.send_once(rb, idempotent).await;
        };
        let again = rb.try_clone();
        let token = session.access().await?;
        match self
            .send_once(rb.bearer_auth(token.expose()), idempotent)
            .await
        {
            Err(e) if e.kind == ErrorKind::Auth => {
                let Some(rb) = again else {
                    return Err(e);
                };
                tracing::info!("oauth: the access token was refused (401); refreshing");
                let token = session.refresh_after_401(&token).await?;
                self.send_once(rb.bearer_auth(token.expose()), idempotent)
                    .await
            }
            result => result,
        }
    }

    async fn send_once(&self, rb: RequestBuilder, idempotent: bool) -> Result<Answer> {
        // Conditional GET: the URL is the key (reads are the idempotent requests).
        let key = rb
            .try_clone()
            .and_then(|r| r.build().ok())
            .filter(|r| r.method() == Method::GET)
            .map(|r| r.url().to_string());
        let known = key
            .as_ref()
            .and_then(|k| self.etags.lock().ok().and_then(|c| c.get(k)));
        let rb = match &known {
            Some((etag, _)) => rb.header(reqwest::header::IF_NONE_MATCH, etag.as_str()),
            None => rb,
        };
        let resp = http::send_budgeted(rb, idempotent, &self.budget).await?;
        let status = resp.status();
        let retry_after = http::retry_after(&resp);
        let header = |name: reqwest::header::HeaderName| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.trim().to_string())
        };
        let link = header(reqwest::header::LINK);
        let html = http::is_html(&resp);
        let (served, etag, body): (bool, Option<String>, Arc<[u8]>) = match (status, known) {
            (StatusCode::NOT_MODIFIED, Some((tag, body))) => {
                (true, header(reqwest::header::ETAG).or(Some(tag)), body)
            }
            _ => (
                status.is_success(),
                header(reqwest::header::ETAG),
                resp.bytes()
                    .await
                    .map_err(http::network_error)?
                    .to_vec()
                    .into(),
            ),
        };
        if status.is_success()
            && let (Some(k), Some(tag)) = (key, &etag)
            && let Ok(mut cache) = self.etags.lock()
        {
            cache.put(k, tag.clone(), body.clone());
        }
        if served {
            return Ok(Answer {
                etag,
                link,
                html,
                body,
                name: self.dialect.name,
                html_hint: self.dialect.html_hint,
            });
        }
        Err(error_of(status, retry_after, &body, &self.dialect))
    }
}

/// An error status as one error: its kind (429, and a 503 with Retry-After, say the server did
/// not act and when to come back), the backend's message, and the wait it asked for.
pub fn error_of(
    status: StatusCode,
    retry_after: Option<std::time::Duration>,
    body: &[u8],
    dialect: &Dialect,
) -> HelpdeskError {
    let kind = match status.as_u16() {
        503 if retry_after.is_some() => ErrorKind::RateLimited,
        _ => (dialect.kind)(status),
    };
    let mut e = HelpdeskError::new(kind, (dialect.describe)(status, body));
    if kind == ErrorKind::RateLimited {
        e.retry_after = retry_after;
    }
    e
}

/// The collision check for a write with `TicketPatch::expected`: the ticket's `updated_at` now
/// against the one the agent saw. A ticket changed since is `ErrorKind::Conflict`, and the write
/// must not go. `coarse`: the helpdesk keeps whole seconds (RT), so compare whole seconds (a
/// change within the second the agent loaded it cannot be told apart; the server-side check,
/// where there is one, covers the moment after). A helpdesk that does not say when the ticket
/// changed cannot be checked: the write goes.
pub fn check_unchanged(
    expected: Option<Timestamp>,
    now: Option<Timestamp>,
    coarse: bool,
    ticket: impl std::fmt::Display,
) -> Result<()> {
    let (Some(expected), Some(now)) = (expected, now) else {
        return Ok(());
    };
    let secs = |t: Timestamp| t.as_second();
    let changed = if coarse {
        secs(now) > secs(expected)
    } else {
        now != expected
    };
    if changed {
        return Err(conflict(ticket, now));
    }
    Ok(())
}

/// The error of a write refused because the ticket changed since the agent saw it.
pub fn conflict(ticket: impl std::fmt::Display, now: Timestamp) -> HelpdeskError {
    HelpdeskError::new(
        ErrorKind::Conflict,
        format!("ticket {ticket} changed since you loaded it (updated {now})"),
    )
}

/// The `updated_at` of a record at `path` (Freshdesk, Zammad: `{"updated_at": …}` at the top).
#[derive(serde::Deserialize)]
struct Stamped {
    #[serde(default)]
    updated_at: Option<Timestamp>,
}

impl Rest {
    /// Best effort where the helpdesk has no check of its own (Freshdesk, Zammad): read the
    /// ticket at `path` and compare its `updated_at` before writing. A change landing between
    /// this read and the write is not caught.
    pub async fn check_stamp(
        &self,
        path: &str,
        expected: Option<Timestamp>,
        ticket: impl std::fmt::Display,
    ) -> Result<()> {
        if expected.is_none() {
            return Ok(());
        }
        let now: Stamped = self.get(path, &[]).await?;
        check_unchanged(expected, now.updated_at, false, ticket)
    }
}

/// A numeric id as tix shows it (`#42`, ` 42`); anything else names nothing there is.
pub fn parse_id(id: &Id, what: &str, backend: &str) -> Result<u64> {
    id.0.trim()
        .trim_start_matches('#')
        .parse()
        .map_err(|_| not_found(what, id, backend))
}

/// A 404 said in words: `no ticket 42 in Zammad`.
pub fn not_found_as(
    e: HelpdeskError,
    what: &str,
    id: impl std::fmt::Display,
    backend: &str,
) -> HelpdeskError {
    if e.kind == ErrorKind::NotFound {
        not_found(what, id, backend)
    } else {
        e
    }
}

fn not_found(what: &str, id: impl std::fmt::Display, backend: &str) -> HelpdeskError {
    HelpdeskError::new(ErrorKind::NotFound, format!("no {what} {id} in {backend}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn describe(status: StatusCode, _: &[u8]) -> String {
        format!("HTTP {}", status.as_u16())
    }

    const D: Dialect = Dialect {
        name: "X",
        html_hint: None,
        describe,
        kind: http::kind_of,
    };

    #[test]
    fn statuses_map_to_kinds_with_the_wait_only_when_rate_limited() {
        let secs = |s| Some(std::time::Duration::from_secs(s));
        let e = error_of(StatusCode::SERVICE_UNAVAILABLE, secs(30), b"", &D);
        assert_eq!((e.kind, e.retry_after), (ErrorKind::RateLimited, secs(30)));
        assert!(!e.may_have_acted());
        let e = error_of(StatusCode::SERVICE_UNAVAILABLE, None, b"", &D);
        assert_eq!(e.kind, ErrorKind::Server);
        let e = error_of(StatusCode::NOT_FOUND, secs(5), b"", &D);
        assert_eq!((e.kind, e.retry_after), (ErrorKind::NotFound, None));
        assert_eq!(e.message, "HTTP 404");
    }

    #[test]
    fn ids_parse_with_or_without_a_hash() {
        assert_eq!(parse_id(&Id("#42".into()), "ticket", "X").unwrap(), 42);
        assert_eq!(parse_id(&Id(" 7 ".into()), "ticket", "X").unwrap(), 7);
        let e = parse_id(&Id("abc".into()), "ticket", "X").unwrap_err();
        assert_eq!(
            (e.kind, e.message.as_str()),
            (ErrorKind::NotFound, "no ticket abc in X")
        );
    }
}
