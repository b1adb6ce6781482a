//! OAuth 2.0 sign-in for Zendesk: the authorization code grant with PKCE, and the refresh-token
//! grant that keeps an agent signed in (Zendesk made access tokens expire in 2025 and retires API
//! tokens on 2027-04-30).
//!
//! - `pkce`: code verifiers, challenges and `state`;
//! - `loopback`: the one-shot HTTP listener on 127.0.0.1 that receives the browser's redirect;
//! - `store`: where tokens are kept (a 0600 file in the data dir, or the OS keyring);
//! - here: the authorize URL, the token endpoint, and `Session`, which hands the Zendesk adapter
//!   a fresh access token and refreshes it when it is about to expire or was refused.
//!
//! What was followed: Zendesk's "OAuth Tokens for Grant Types" reference and "Using PKCE" guide.
//! The authorize page is `GET {url}/oauth/authorizations/new` with `response_type=code`,
//! `client_id`, `redirect_uri`, `scope`, `state`, `code_challenge` and
//! `code_challenge_method=S256`. The token endpoint is `POST {url}/oauth/tokens` with a **JSON**
//! body (Zendesk's examples send `Content-Type: application/json`): `grant_type`
//! (`authorization_code` with `code`, `client_id`, `client_secret` if the client is confidential,
//! `redirect_uri`, `scope` and `code_verifier`; or `refresh_token` with `refresh_token`,
//! `client_id` and `client_secret`). It answers `access_token`, `token_type` ("bearer"),
//! `refresh_token`, `expires_in` and `refresh_token_expires_in` (seconds) and `scope`; a refresh
//! returns a new refresh token and deletes the old pair, so a refresh token is used once only.
//! Errors are `{"error": "invalid_grant", "error_description": "..."}`.

pub mod loopback;
pub use crate::helpdesk::pkce;
pub mod store;

use std::fmt;

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::helpdesk::Secret;
use crate::helpdesk::{ErrorKind, HelpdeskError, Result, http};

/// The scope asked for when the profile names none: tix reads and writes tickets.
pub const DEFAULT_SCOPE: &str = "read write";

/// Refresh this long before the access token expires, so a request never races the expiry.
pub const REFRESH_MARGIN: SignedDuration = SignedDuration::from_secs(60);

/// An OAuth client registered with the helpdesk (Admin Center > Apps and integrations > APIs).
pub struct Client {
    base: String,
    pub client_id: String,
    client_secret: Option<Secret>,
    pub scope: String,
    http: reqwest::Client,
}

impl Client {
    pub fn new(base_url: &str, client_id: &str, client_secret: Option<Secret>) -> Client {
        Client {
            base: base_url.trim_end_matches('/').to_string(),
            client_id: client_id.to_string(),
            client_secret,
            scope: DEFAULT_SCOPE.to_string(),
            http: http::client(),
        }
    }

    pub fn with_scope(mut self, scope: &str) -> Client {
        self.scope = scope.to_string();
        self
    }

    /// The page the agent opens in a browser to approve tix.
    pub fn authorize_url(&self, redirect_uri: &str, state: &str, challenge: &str) -> String {
        let params = [
            ("response_type", "code"),
            ("client_id", self.client_id.as_str()),
            ("redirect_uri", redirect_uri),
            ("scope", self.scope.as_str()),
            ("state", state),
            ("code_challenge", challenge),
            ("code_challenge_method", "S256"),
        ];
        let base = format!("{}/oauth/authorizations/new", self.base);
        match reqwest::Url::parse_with_params(&base, params) {
            // The page is opened in a browser and may be printed (`login --paste`): never with a
            // user and password that the profile's url carries.
            Ok(mut u) => {
                let _ = u.set_username("");
                let _ = u.set_password(None);
                u.to_string()
            }
            // The profile's url was already checked; keep the unencoded form rather than fail.
            Err(_) => base,
        }
    }

    /// Trades the code from the redirect for tokens (authorization code grant with PKCE).
    pub async fn exchange_code(
        &self,
        code: &str,
        redirect_uri: &str,
        verifier: &str,
    ) -> Result<Tokens> {
        let mut body = json!({
            "grant_type": "authorization_code",
            "code": code,
            "client_id": self.client_id,
            "redirect_uri": redirect_uri,
            "scope": self.scope,
            "code_verifier": verifier,
        });
        self.add_secret(&mut body);
        self.token_request(body).await
    }

    /// A new access token (and a new refresh token: the old one is spent).
    pub async fn refresh(&self, refresh_token: &Secret) -> Result<Tokens> {
        let mut body = json!({
            "grant_type": "refresh_token",
            "refresh_token": refresh_token.expose(),
            "client_id": self.client_id,
        });
        self.add_secret(&mut body);
        self.token_request(body).await
    }

    /// Revokes the access token the request is made with (Zendesk's "revoke the current token":
    /// `DELETE /api/v2/oauth/tokens/current.json`, answered 204).
    pub async fn revoke(&self, access: &Secret) -> Result<()> {
        let rb = self
            .http
            .delete(format!("{}/api/v2/oauth/tokens/current.json", self.base))
            .bearer_auth(access.expose());
        let resp = http::send(rb, true).await?;
        let status = resp.status();
        if status.is_success() {
            return Ok(());
        }
        Err(HelpdeskError::new(
            http::kind_of(status),
            format!("HTTP {}", status.as_u16()),
        ))
    }

    fn add_secret(&self, body: &mut Value) {
        if let (Some(secret), Some(obj)) = (&self.client_secret, body.as_object_mut()) {
            obj.insert("client_secret".into(), Value::from(secret.expose()));
        }
    }

    async fn token_request(&self, body: Value) -> Result<Tokens> {
        let rb = self
            .http
            .post(format!("{}/oauth/tokens", self.base))
            .json(&body);
        // Not idempotent: a code and a refresh token are each good for one use. http::send retries
        // only the answers that say the server did not act (429, 503).
        let resp = http::send(rb, false).await?;
        let status = resp.status();
        let bytes = resp.bytes().await.map_err(http::network_error)?;
        if !status.is_success() {
            let err: Option<TokenError> = serde_json::from_slice(&bytes).ok();
            let detail = match err {
                Some(e) => match e.error_description {
                    // The code first: descriptions run long and are cut.
                    Some(d) if !d.is_empty() => format!("{}: {d}", e.error),
                    _ => e.error,
                },
                None => format!("HTTP {}", status.as_u16()),
            };
            let detail_len = detail.len();
            // 400 invalid_grant is how a spent, revoked or expired grant is refused.
            let kind = match status.as_u16() {
                400 | 401 | 403 => ErrorKind::Auth,
                _ => http::kind_of(status),
            };
            let mut detail: String = detail.chars().take(120).collect();
            if detail.len() < detail_len {
                detail.push('…');
            }
            let l = crate::cli_lang::lang();
            return Err(HelpdeskError::new(
                kind,
                crate::t!(l, "oauth-token-refused", why = detail),
            ));
        }
        let r: TokenResponse = serde_json::from_slice(&bytes).map_err(|e| {
            let why = e.to_string();
            HelpdeskError::new(
                ErrorKind::Protocol,
                crate::t!(crate::cli_lang::lang(), "oauth-token-malformed", why = why),
            )
        })?;
        if let Some(t) = &r.token_type
            && !t.eq_ignore_ascii_case("bearer")
        {
            let kind = format!("{t:?}");
            return Err(HelpdeskError::new(
                ErrorKind::Protocol,
                crate::t!(crate::cli_lang::lang(), "oauth-token-type", kind = kind),
            ));
        }
        Ok(Tokens::from_response(r, Timestamp::now()))
    }
}

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    token_type: Option<String>,
    refresh_token: Option<String>,
    expires_in: Option<i64>,
    refresh_token_expires_in: Option<i64>,
    scope: Option<String>,
}

#[derive(Deserialize)]
struct TokenError {
    error: String,
    error_description: Option<String>,
}

/// What the token endpoint granted. Debug shows no token.
#[derive(Clone)]
pub struct Tokens {
    pub access: Secret,
    pub refresh: Option<Secret>,
    pub expires_at: Option<Timestamp>,
    pub refresh_expires_at: Option<Timestamp>,
    pub scope: Option<String>,
}

impl fmt::Debug for Tokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tokens")
            .field("access", &self.access)
            .field("refresh", &self.refresh)
            .field("expires_at", &self.expires_at)
            .field("refresh_expires_at", &self.refresh_expires_at)
            .field("scope", &self.scope)
            .finish()
    }
}

/// The stored form (the token file, or the keyring entry).
#[derive(Serialize, Deserialize)]
struct Stored {
    access_token: String,
    refresh_token: Option<String>,
    expires_at: Option<Timestamp>,
    refresh_token_expires_at: Option<Timestamp>,
    scope: Option<String>,
}

impl Tokens {
    fn from_response(r: TokenResponse, now: Timestamp) -> Tokens {
        let at = |secs: Option<i64>| {
            secs.filter(|s| *s > 0)
                .and_then(|s| now.checked_add(SignedDuration::from_secs(s)).ok())
        };
        Tokens {
            access: Secret::new(r.access_token),
            refresh: r.refresh_token.filter(|t| !t.is_empty()).map(Secret::new),
            expires_at: at(r.expires_in),
            refresh_expires_at: at(r.refresh_token_expires_in),
            scope: r.scope,
        }
    }

    pub fn to_json(&self) -> String {
        let s = Stored {
            access_token: self.access.expose().to_string(),
            refresh_token: self.refresh.as_ref().map(|r| r.expose().to_string()),
            expires_at: self.expires_at,
            refresh_token_expires_at: self.refresh_expires_at,
            scope: self.scope.clone(),
        };
        serde_json::to_string_pretty(&s).unwrap_or_default()
    }

    pub fn from_json(text: &str) -> std::result::Result<Tokens, String> {
        // The serde error could quote the file's content: say only where it broke.
        let s: Stored = serde_json::from_str(text).map_err(|e| {
            let (line, column) = (e.line(), e.column());
            crate::t!(
                crate::cli_lang::lang(),
                "oauth-tokens-unreadable",
                line = line,
                column = column
            )
        })?;
        Ok(Tokens {
            access: Secret::new(s.access_token),
            refresh: s.refresh_token.map(Secret::new),
            expires_at: s.expires_at,
            refresh_expires_at: s.refresh_token_expires_at,
            scope: s.scope,
        })
    }

    /// Whether the access token expires within `margin` of `now` (unknown expiry: never).
    pub fn expires_within(&self, now: Timestamp, margin: SignedDuration) -> bool {
        self.expires_at
            .is_some_and(|at| at.duration_since(now) <= margin)
    }
}

/// "expires in 59m 58s", "expired 2m 3s ago", "no expiry given", in English: for the log.
pub fn describe_expiry(at: Option<Timestamp>, now: Timestamp) -> String {
    describe_expiry_in(crate::i18n::Lang::En, at, now)
}

/// The same in `l`, for the command line.
pub fn describe_expiry_in(l: crate::i18n::Lang, at: Option<Timestamp>, now: Timestamp) -> String {
    let Some(at) = at else {
        return crate::t!(l, "expiry-none");
    };
    let d = at.duration_since(now);
    let secs = d.as_secs().unsigned_abs();
    let unit = |id: char, n: u64| match id {
        's' => crate::t!(l, "duration-seconds", n = n),
        'm' => crate::t!(l, "duration-minutes", n = n),
        'h' => crate::t!(l, "duration-hours", n = n),
        _ => crate::t!(l, "duration-days", n = n),
    };
    let time = match secs {
        0..60 => unit('s', secs),
        60..3600 => format!("{} {}", unit('m', secs / 60), unit('s', secs % 60)),
        3600..86400 => format!("{} {}", unit('h', secs / 3600), unit('m', secs % 3600 / 60)),
        _ => format!(
            "{} {}",
            unit('d', secs / 86400),
            unit('h', secs % 86400 / 3600)
        ),
    };
    if d.is_negative() {
        crate::t!(l, "expiry-ago", time = time)
    } else {
        crate::t!(l, "expiry-in", time = time)
    }
}

/// The adapters' REST client asks the session for its token (the helpdesk crate knows nothing of
/// the store and the sign-in).
#[async_trait::async_trait]
impl crate::helpdesk::rest::AccessTokens for Session {
    async fn access(&self) -> Result<Secret> {
        Session::access(self).await
    }
    async fn refresh_after_401(&self, stale: &Secret) -> Result<Secret> {
        Session::refresh_after_401(self, stale).await
    }
}

/// A signed-in profile's tokens, kept fresh for the adapter: refreshed shortly before they expire
/// or after a 401, and saved to the store each time (the old refresh token is spent).
pub struct Session {
    client: Client,
    profile: String,
    store: store::Store,
    tokens: tokio::sync::Mutex<Tokens>,
    margin: SignedDuration,
}

impl Session {
    pub fn new(client: Client, profile: &str, store: store::Store, tokens: Tokens) -> Session {
        Session {
            client,
            profile: profile.to_string(),
            store,
            tokens: tokio::sync::Mutex::new(tokens),
            margin: REFRESH_MARGIN,
        }
    }

    /// How long before expiry to refresh (tests use 0 to let a token really expire).
    pub fn with_margin(mut self, margin: SignedDuration) -> Session {
        self.margin = margin;
        self
    }

    /// The tokens now held (for `tix doctor` and tests).
    pub async fn tokens(&self) -> Tokens {
        self.tokens.lock().await.clone()
    }

    /// The access token to send, refreshed first when it expires within the margin.
    pub async fn access(&self) -> Result<Secret> {
        let mut tokens = self.tokens.lock().await;
        if tokens.expires_within(Timestamp::now(), self.margin) {
            self.refresh_locked(&mut tokens).await?;
        }
        Ok(tokens.access.clone())
    }

    /// After `stale` was refused with a 401: a new access token, unless another request already
    /// refreshed (refresh tokens rotate, so refreshing twice with the same one would fail).
    pub async fn refresh_after_401(&self, stale: &Secret) -> Result<Secret> {
        let mut tokens = self.tokens.lock().await;
        if tokens.access.expose() == stale.expose() {
            self.refresh_locked(&mut tokens).await?;
        }
        Ok(tokens.access.clone())
    }

    async fn refresh_locked(&self, tokens: &mut Tokens) -> Result<()> {
        let l = crate::cli_lang::lang();
        let Some(refresh) = tokens.refresh.clone() else {
            return Err(Unrefreshed::NoRefreshToken.error(l, &self.profile));
        };
        if tokens
            .refresh_expires_at
            .is_some_and(|at| at <= Timestamp::now())
        {
            return Err(Unrefreshed::Expired.error(l, &self.profile));
        }
        let fresh = match self.client.refresh(&refresh).await {
            Ok(t) => t,
            Err(e) if e.kind == ErrorKind::Auth => {
                return Err(Unrefreshed::Refused(e.message).error(l, &self.profile));
            }
            Err(e) => return Err(e),
        };
        let fresh = Tokens {
            // Some servers keep the refresh token and send none back: keep ours then.
            refresh: fresh.refresh.or(Some(refresh)),
            scope: fresh.scope.or_else(|| tokens.scope.clone()),
            ..fresh
        };
        *tokens = fresh;
        tracing::info!(
            "oauth: refreshed the access token of profile {} ({})",
            self.profile,
            describe_expiry(tokens.expires_at, Timestamp::now())
        );
        if let Err(e) = self.store.save(tokens) {
            // Working on is better than stopping: the tokens stay good for this run.
            tracing::warn!(
                "oauth: could not save the refreshed tokens of profile {}: {e}",
                self.profile
            );
        }
        Ok(())
    }
}

/// Why the access token could not be renewed; each ends in signing in again.
enum Unrefreshed {
    NoRefreshToken,
    Expired,
    /// The token endpoint's refusal, as `token_request` said it.
    Refused(String),
}

impl Unrefreshed {
    fn error(self, lang: crate::i18n::Lang, profile: &str) -> HelpdeskError {
        let message = match self {
            Unrefreshed::NoRefreshToken => {
                crate::t!(lang, "oauth-no-refresh-token", profile = profile)
            }
            Unrefreshed::Expired => crate::t!(lang, "oauth-refresh-expired", profile = profile),
            Unrefreshed::Refused(why) => {
                crate::t!(lang, "oauth-refresh-refused", why = why, profile = profile)
            }
        };
        HelpdeskError::new(ErrorKind::Auth, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_that_cannot_be_renewed_is_said_in_the_language_asked() {
        let e = Unrefreshed::Expired.error(crate::i18n::Lang::Et, "acme");
        assert_eq!(e.kind, ErrorKind::Auth);
        assert_eq!(
            e.message,
            "OAuthi värskendusluba on aegunud: käivitage `tix login --profile acme`"
        );
        let e = Unrefreshed::NoRefreshToken.error(crate::i18n::Lang::En, "acme");
        assert_eq!(
            e.message,
            "the OAuth access token expired and there is no refresh token: run `tix login --profile acme`"
        );
    }

    #[test]
    fn the_authorize_url_never_carries_a_password_from_the_profile_url() {
        let c = Client::new("https://agent:s3cret@acme.zendesk.com/", "tix_cli", None);
        let url = c.authorize_url("http://127.0.0.1:5000/callback", "st4te", "x");
        assert!(!url.contains("s3cret") && !url.contains("agent@"), "{url}");
        assert!(url.starts_with("https://acme.zendesk.com/oauth/authorizations/new?"));
    }

    #[test]
    fn authorize_url_carries_pkce_and_state() {
        let c = Client::new("https://acme.zendesk.com/", "tix_cli", None);
        let url = c.authorize_url("http://127.0.0.1:5000/callback", "st4te", "ch&llenge");
        let u = reqwest::Url::parse(&url).unwrap();
        assert_eq!(u.path(), "/oauth/authorizations/new");
        let q: std::collections::HashMap<_, _> = u.query_pairs().into_owned().collect();
        assert_eq!(q["response_type"], "code");
        assert_eq!(q["client_id"], "tix_cli");
        assert_eq!(q["redirect_uri"], "http://127.0.0.1:5000/callback");
        assert_eq!(q["scope"], "read write");
        assert_eq!(q["state"], "st4te");
        assert_eq!(q["code_challenge"], "ch&llenge");
        assert_eq!(q["code_challenge_method"], "S256");
    }

    #[test]
    fn tokens_round_trip_and_do_not_print() {
        let now: Timestamp = "2026-11-23T10:00:00Z".parse().unwrap();
        let t = Tokens::from_response(
            TokenResponse {
                access_token: "acc3ss".into(),
                token_type: Some("bearer".into()),
                refresh_token: Some("r3fresh".into()),
                expires_in: Some(3600),
                refresh_token_expires_in: Some(86400),
                scope: Some("read write".into()),
            },
            now,
        );
        assert_eq!(t.expires_at, Some("2026-11-23T11:00:00Z".parse().unwrap()));
        let back = Tokens::from_json(&t.to_json()).unwrap();
        assert_eq!(back.access.expose(), "acc3ss");
        assert_eq!(back.refresh.unwrap().expose(), "r3fresh");
        let dbg = format!("{t:?}");
        assert!(!dbg.contains("acc3ss") && !dbg.contains("r3fresh"), "{dbg}");
        assert!(!t.expires_within(now, REFRESH_MARGIN));
        assert!(t.expires_within(now + SignedDuration::from_secs(3550), REFRESH_MARGIN));
        let err = Tokens::from_json("{\"access_token\": \"leak\", ").unwrap_err();
        assert!(!err.contains("leak"), "{err}");
        assert_eq!(
            describe_expiry(t.expires_at, now),
            "expires in 1h 0m".to_string()
        );
    }
}
