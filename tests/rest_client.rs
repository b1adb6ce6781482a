//! The one REST client, through each of the four adapters against a scripted server: the API
//! budget, Retry-After and error mapping are the same for every backend.

mod common;

use std::time::Duration;

use common::*;
use tix::config::Secret;
use tix::helpdesk::freshdesk::Freshdesk;
use tix::helpdesk::rt::{Rt, RtAuth};
use tix::helpdesk::zammad::Zammad;
use tix::helpdesk::zendesk::{Auth, Zendesk};
use tix::helpdesk::{ErrorKind, Helpdesk, Id};

const BACKENDS: [&str; 4] = ["zendesk", "freshdesk", "zammad", "rt"];

fn adapter(backend: &str, url: &str) -> Box<dyn Helpdesk> {
    match backend {
        "zendesk" => Box::new(Zendesk::new(url, Auth::None)),
        "freshdesk" => Box::new(Freshdesk::new(url, Secret::new("key"))),
        "zammad" => Box::new(Zammad::new(url, Secret::new("token"))),
        _ => Box::new(Rt::new(url, RtAuth::Token(Secret::new("1-14-abc")))),
    }
}

/// Every backend reads the budget its answers tell (a proxy in front of RT or Zammad can send
/// the draft standard's headers as well as Zendesk does), so background work gives way for all.
#[tokio::test]
async fn every_backend_keeps_the_budget_its_answers_tell() {
    for backend in BACKENDS {
        let m = Mock::default();
        m.otherwise(
            reply(404, "{}")
                .header("ratelimit-limit", "100")
                .header("ratelimit-remaining", "7")
                .header("ratelimit-reset", "30"),
        );
        let hd = adapter(backend, &m.start().await);
        assert_eq!(hd.rate_limit(), None, "{backend}");
        let _ = hd.ticket(&Id("1".into())).await;
        let b = hd
            .rate_limit()
            .unwrap_or_else(|| panic!("{backend}: no budget"));
        assert_eq!(
            (b.limit, b.remaining, b.reset_secs),
            (100, 7, Some(30)),
            "{backend}"
        );
        assert!(b.is_low(), "{backend}");
    }
}

/// A 503 with Retry-After says the server did not act and when to come back: rate limited, the
/// wait carried to the agent (too long to wait inside the request), for every backend.
#[tokio::test]
async fn a_503_with_retry_after_is_rate_limited_for_every_backend() {
    for backend in BACKENDS {
        let m = Mock::default();
        m.otherwise(reply(503, "{}").header("Retry-After", "120"));
        let hd = adapter(backend, &m.start().await);
        let e = hd.ticket(&Id("1".into())).await.unwrap_err();
        assert_eq!(e.kind, ErrorKind::RateLimited, "{backend}: {e}");
        assert_eq!(e.retry_after, Some(Duration::from_secs(120)), "{backend}");
        assert!(!e.may_have_acted(), "{backend}");
    }
}

/// A 429 with a short Retry-After is waited for and retried, once per answer, for every backend.
#[tokio::test]
async fn a_short_retry_after_is_waited_for_by_every_backend() {
    for backend in BACKENDS {
        let m = Mock::default();
        m.otherwise(reply(429, "{}").header("Retry-After", "0"));
        let hd = adapter(backend, &m.start().await);
        let e = hd.ticket(&Id("1".into())).await.unwrap_err();
        assert_eq!(e.kind, ErrorKind::RateLimited, "{backend}: {e}");
        assert_eq!(e.retry_after, Some(Duration::ZERO), "{backend}");
        // Each request is sent three times (the first and two retries), never more.
        let log = m.log();
        assert!(
            !log.is_empty() && log.len() % 3 == 0,
            "{backend}: {}",
            log.len()
        );
    }
}

/// Error statuses map to one kind with the backend's own message, for every backend.
#[tokio::test]
async fn error_statuses_keep_the_backends_message() {
    let bodies = [
        (
            "zendesk",
            r#"{"error":"Forbidden","description":"You may not"}"#,
        ),
        (
            "freshdesk",
            r#"{"code":"access_denied","message":"You may not"}"#,
        ),
        ("zammad", r#"{"error":"You may not"}"#),
        ("rt", r#"{"message":"You may not"}"#),
    ];
    for (backend, body) in bodies {
        let m = Mock::default();
        m.otherwise(reply(403, body));
        let hd = adapter(backend, &m.start().await);
        let e = hd.ticket(&Id("1".into())).await.unwrap_err();
        assert_eq!(e.kind, ErrorKind::Permission, "{backend}: {e}");
        assert!(e.message.contains("You may not"), "{backend}: {e}");
        assert!(e.message.contains("HTTP 403"), "{backend}: {e}");
    }
}

/// An answer that is not JSON names the backend it came from.
#[tokio::test]
async fn malformed_json_names_the_backend() {
    let names = [
        ("zendesk", "Zendesk"),
        ("freshdesk", "Freshdesk"),
        ("zammad", "Zammad"),
        ("rt", "RT"),
    ];
    for (backend, name) in names {
        let m = Mock::default();
        m.otherwise(ok("{not json"));
        let hd = adapter(backend, &m.start().await);
        let e = hd.ticket(&Id("1".into())).await.unwrap_err();
        assert_eq!(e.kind, ErrorKind::Protocol, "{backend}: {e}");
        assert!(
            e.message.contains(&format!("malformed JSON from {name}")),
            "{backend}: {e}"
        );
    }
}

/// A GET asked again carries the ETag it was answered with; a 304 gives the same result without
/// a body, for every backend.
#[tokio::test]
async fn an_unchanged_answer_costs_a_304() {
    for backend in BACKENDS {
        let m = Mock::default();
        m.otherwise(reply(403, r#"{"error":"no"}"#));
        let hd = adapter(backend, &m.start().await);
        let _ = hd.ticket(&Id("1".into())).await;
        let first = m.log();
        // Script the request the adapter made last: answered with an ETag, then 304.
        let last = first.last().unwrap().clone();
        m.on(
            &last.method,
            &last.path,
            &[],
            vec![
                ok("{\"x\":1}").header("ETag", "\"v1\""),
                reply(304, "").header("ETag", "\"v1\""),
            ],
        );
        let _ = hd.ticket(&Id("1".into())).await;
        let _ = hd.ticket(&Id("1".into())).await;
        let asked: Vec<_> = m
            .log()
            .into_iter()
            .skip(first.len())
            .filter(|r| r.path == last.path)
            .collect();
        assert!(asked.len() >= 2, "{backend}: {}", asked.len());
        assert_eq!(asked[0].if_none_match, None, "{backend}");
        assert_eq!(
            asked.last().unwrap().if_none_match.as_deref(),
            Some("\"v1\""),
            "{backend}"
        );
    }
}
