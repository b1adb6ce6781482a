//! The demo helpdesk's OAuth side, in Zendesk's dialect (see the binary's `oauth` module for what was followed):
//! `GET /oauth/authorizations/new` approves at once (it is a demo: the "agent" always says yes) and
//! redirects to `redirect_uri?code=..&state=..`; `POST /oauth/tokens` (JSON) trades a code for
//! tokens after checking the PKCE S256 verifier, and a refresh token for a new pair, spending the
//! old one. With `DemoOptions::oauth` set, the API takes the access tokens issued here (and answers
//! 401 once they expire).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::Json;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use tix_helpdesk::pkce;

/// Codes are good for this long, as Zendesk's (120 s).
const CODE_TTL: Duration = Duration::from_secs(120);
/// Refresh tokens last 30 days (Zendesk's range reaches 90).
const REFRESH_TTL_SECS: u64 = 30 * 24 * 3600;

struct Grant {
    client_id: String,
    redirect_uri: String,
    challenge: String,
    scope: String,
    issued: Instant,
}

struct Refresh {
    client_id: String,
    /// The access token issued with it: deleted when it is spent, as Zendesk does.
    access: String,
    scope: String,
}

#[derive(Default)]
struct Books {
    codes: HashMap<String, Grant>,
    access: HashMap<String, Instant>,
    refresh: HashMap<String, Refresh>,
}

/// Issues and checks the demo's codes and tokens.
pub struct Issuer {
    books: Mutex<Books>,
    access_ttl: Duration,
}

impl Issuer {
    pub fn new(access_ttl: Duration) -> Issuer {
        Issuer {
            books: Mutex::new(Books::default()),
            access_ttl,
        }
    }

    fn books(&self) -> std::sync::MutexGuard<'_, Books> {
        self.books.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Whether `token` is an access token issued here and not yet expired.
    pub fn valid(&self, token: &str) -> bool {
        self.books()
            .access
            .get(token)
            .is_some_and(|until| Instant::now() < *until)
    }

    /// Revokes access token `token` and the refresh token issued with it; false when unknown.
    pub fn revoke(&self, token: &str) -> bool {
        let mut books = self.books();
        books.refresh.retain(|_, r| r.access != token);
        books.access.remove(token).is_some()
    }

    fn issue(&self, books: &mut Books, client_id: &str, scope: &str) -> Response {
        let (access, refresh) = match (pkce::random_string(32), pkce::random_string(32)) {
            (Ok(a), Ok(r)) => (a, r),
            _ => {
                return oauth_error(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "server_error",
                    "no randomness",
                );
            }
        };
        books
            .access
            .insert(access.clone(), Instant::now() + self.access_ttl);
        books.refresh.insert(
            refresh.clone(),
            Refresh {
                client_id: client_id.to_string(),
                access: access.clone(),
                scope: scope.to_string(),
            },
        );
        Json(json!({
            "access_token": access,
            "token_type": "bearer",
            "refresh_token": refresh,
            "expires_in": self.access_ttl.as_secs().max(1),
            "refresh_token_expires_in": REFRESH_TTL_SECS,
            "scope": scope,
        }))
        .into_response()
    }
}

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    (
        status,
        Json(json!({"error": error, "error_description": description})),
    )
        .into_response()
}

fn invalid_grant() -> Response {
    // Zendesk's words for a spent, expired or mismatched grant.
    oauth_error(
        StatusCode::BAD_REQUEST,
        "invalid_grant",
        "The provided access grant is invalid, expired, or revoked (e.g. invalid assertion, expired authorization token, bad end-user password credentials, or mismatching authorization code and redirection URI).",
    )
}

#[derive(Deserialize)]
pub struct AuthorizeQuery {
    response_type: Option<String>,
    client_id: Option<String>,
    redirect_uri: Option<String>,
    scope: Option<String>,
    state: Option<String>,
    code_challenge: Option<String>,
    code_challenge_method: Option<String>,
}

/// `GET /oauth/authorizations/new`: approved at once, redirected back with a code.
pub async fn authorize(
    State(issuer): State<Arc<Issuer>>,
    Query(q): Query<AuthorizeQuery>,
) -> Response {
    let bad = |d: &str| oauth_error(StatusCode::BAD_REQUEST, "invalid_request", d);
    if q.response_type.as_deref() != Some("code") {
        return bad("response_type must be code");
    }
    let Some(client_id) = q.client_id.filter(|c| !c.is_empty()) else {
        return bad("client_id is missing");
    };
    let Some(redirect) = q
        .redirect_uri
        .as_deref()
        .and_then(|r| reqwest::Url::parse(r).ok())
    else {
        return bad("redirect_uri is missing or not a URL");
    };
    // The demo insists on PKCE, as a public client must use it with Zendesk.
    let (Some(challenge), Some("S256")) = (q.code_challenge, q.code_challenge_method.as_deref())
    else {
        return bad("code_challenge with code_challenge_method=S256 is required");
    };
    let Ok(code) = pkce::random_string(24) else {
        return oauth_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "server_error",
            "no randomness",
        );
    };
    issuer.books().codes.insert(
        code.clone(),
        Grant {
            client_id,
            redirect_uri: redirect.to_string(),
            challenge,
            scope: q.scope.unwrap_or_else(|| "read".into()),
            issued: Instant::now(),
        },
    );
    let mut location = redirect;
    location.query_pairs_mut().append_pair("code", &code);
    if let Some(state) = &q.state {
        location.query_pairs_mut().append_pair("state", state);
    }
    (
        StatusCode::FOUND,
        [
            (header::LOCATION, location.to_string()),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
    )
        .into_response()
}

#[derive(Deserialize)]
pub struct TokenRequest {
    grant_type: String,
    code: Option<String>,
    client_id: Option<String>,
    redirect_uri: Option<String>,
    code_verifier: Option<String>,
    refresh_token: Option<String>,
}

/// `POST /oauth/tokens`, JSON body: the authorization code and refresh token grants.
pub async fn tokens(
    State(issuer): State<Arc<Issuer>>,
    body: Result<Json<TokenRequest>, axum::extract::rejection::JsonRejection>,
) -> Response {
    let Ok(Json(req)) = body else {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "the body must be JSON with grant_type",
        );
    };
    let client_id = req.client_id.unwrap_or_default();
    let mut books = issuer.books();
    match req.grant_type.as_str() {
        "authorization_code" => {
            // A code is spent by the first try, right or wrong.
            let Some(grant) = req.code.and_then(|c| books.codes.remove(&c)) else {
                return invalid_grant();
            };
            let verified = req
                .code_verifier
                .is_some_and(|v| pkce::same(&pkce::challenge(&v), &grant.challenge));
            if !verified
                || grant.client_id != client_id
                || req.redirect_uri.as_deref() != Some(grant.redirect_uri.as_str())
                || grant.issued.elapsed() > CODE_TTL
            {
                return invalid_grant();
            }
            issuer.issue(&mut books, &client_id, &grant.scope)
        }
        "refresh_token" => {
            let Some(old) = req.refresh_token.and_then(|r| books.refresh.remove(&r)) else {
                return invalid_grant();
            };
            books.access.remove(&old.access);
            if old.client_id != client_id {
                return invalid_grant();
            }
            issuer.issue(&mut books, &client_id, &old.scope)
        }
        _ => oauth_error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            "grant_type must be authorization_code or refresh_token",
        ),
    }
}

/// `DELETE /api/v2/oauth/tokens/current.json`: revokes the Bearer token the request carries (204),
/// as Zendesk's "revoke the current token"; 401 for a token this server does not know.
pub async fn revoke_current(
    State(issuer): State<Arc<Issuer>>,
    headers: axum::http::HeaderMap,
) -> Response {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        });
    match token {
        Some(t) if issuer.revoke(t.trim()) => StatusCode::NO_CONTENT.into_response(),
        _ => oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_token",
            "The access token is not valid",
        ),
    }
}
