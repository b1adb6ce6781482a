//! Errors every backend maps into, so the UI can say one clear line and decide whether to retry.

use std::fmt;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Could not reach the server (DNS, connect, TLS, timeout).
    Network,
    /// The credentials were refused (401).
    Auth,
    /// Authenticated, but not allowed (403).
    Permission,
    NotFound,
    /// The server refused the data (400, 422).
    Invalid,
    /// Someone else changed it first (409, 412).
    Conflict,
    /// 429 (and 503 with Retry-After).
    RateLimited,
    /// 5xx.
    Server,
    /// The answer could not be understood.
    Protocol,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpdeskError {
    pub kind: ErrorKind,
    /// One line, already free of secrets.
    pub message: String,
    pub retry_after: Option<Duration>,
    /// The request never reached the server (no connection was made).
    pub unsent: bool,
}

impl HelpdeskError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        HelpdeskError {
            kind,
            message: message.into(),
            retry_after: None,
            unsent: false,
        }
    }

    /// Whether the server may have carried out the request: not when no connection was made, nor
    /// when it said it did not act (429, and 503 with Retry-After). What is unsure counts as yes.
    pub fn may_have_acted(&self) -> bool {
        !self.unsent && self.kind != ErrorKind::RateLimited
    }

    /// Worth retrying later without the agent changing anything.
    pub fn is_transient(&self) -> bool {
        matches!(
            self.kind,
            ErrorKind::Network | ErrorKind::RateLimited | ErrorKind::Server
        )
    }
}

impl fmt::Display for HelpdeskError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            ErrorKind::Network => "cannot reach the helpdesk",
            ErrorKind::Auth => "authentication failed",
            ErrorKind::Permission => "permission denied",
            ErrorKind::NotFound => "not found",
            ErrorKind::Invalid => "rejected by the helpdesk",
            ErrorKind::Conflict => "changed by someone else",
            ErrorKind::RateLimited => "rate limited",
            ErrorKind::Server => "helpdesk server error",
            ErrorKind::Protocol => "unexpected answer from the helpdesk",
        };
        write!(f, "{what}: {}", self.message)?;
        if let Some(after) = self.retry_after {
            write!(f, " (retry in {} s)", after.as_secs())?;
        }
        Ok(())
    }
}

impl std::error::Error for HelpdeskError {}
