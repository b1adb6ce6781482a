//! Retries against a scripted server on 127.0.0.1: what is retried, how often, and what is not.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, put};
use tix::helpdesk::zendesk::{Auth, Zendesk};
use tix::helpdesk::{ErrorKind, Helpdesk, Id, NewMessage, TicketPatch, Visibility};

const VIEWS: &str = r#"{"views":[{"id":1,"title":"All","active":true,"position":1}],"meta":{"has_more":false},"links":{}}"#;

/// Serves `script` in order (status, Retry-After), then 200s; counts the requests.
async fn server(script: Vec<(u16, Option<&'static str>)>) -> (String, Arc<AtomicUsize>) {
    let hits = Arc::new(AtomicUsize::new(0));
    let script = Arc::new(script);
    let answer = {
        let hits = hits.clone();
        move || {
            let n = hits.fetch_add(1, Ordering::SeqCst);
            let script = script.clone();
            async move {
                match script.get(n) {
                    Some((code, after)) => {
                        let mut h = HeaderMap::new();
                        if let Some(a) = after {
                            h.insert("retry-after", HeaderValue::from_static(a));
                        }
                        let status = StatusCode::from_u16(*code).unwrap();
                        (status, h, r#"{"error":"Busy","description":"try later"}"#).into_response()
                    }
                    None => (StatusCode::OK, VIEWS).into_response(),
                }
            }
        }
    };
    let app = Router::new()
        .route("/api/v2/views/active.json", get(answer.clone()))
        .route("/api/v2/tickets/{id}", put(answer));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, hits)
}

#[tokio::test]
async fn transient_failures_of_reads_are_retried() {
    let (url, hits) = server(vec![(503, None), (502, None)]).await;
    let views = Zendesk::new(&url, Auth::None).views().await.unwrap();
    assert_eq!(views[0].name, "All");
    assert_eq!(hits.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let (url, hits) = server(vec![(429, Some("1"))]).await;
    let t0 = std::time::Instant::now();
    Zendesk::new(&url, Auth::None).views().await.unwrap();
    assert!(t0.elapsed() >= std::time::Duration::from_millis(950));
    assert_eq!(hits.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_long_retry_after_is_reported_not_waited_for() {
    let (url, hits) = server(vec![(429, Some("120"))]).await;
    let e = Zendesk::new(&url, Auth::None).views().await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::RateLimited);
    assert_eq!(e.retry_after, Some(std::time::Duration::from_secs(120)));
    assert!(e.to_string().contains("retry in 120 s"), "{e}");
    assert_eq!(hits.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn reads_give_up_after_three_attempts() {
    let (url, hits) = server(vec![(500, None); 5]).await;
    let e = Zendesk::new(&url, Auth::None).views().await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Server);
    assert_eq!(hits.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn a_write_that_may_have_happened_is_not_repeated() {
    let patch = TicketPatch {
        message: Some(NewMessage {
            visibility: Visibility::Public,
            body: "hello".into(),
        }),
        ..TicketPatch::default()
    };
    // 500: the server may have stored the reply; sending it again could duplicate it.
    let (url, hits) = server(vec![(500, None)]).await;
    let e = Zendesk::new(&url, Auth::None)
        .update(&Id::from(5), &patch)
        .await
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Server);
    assert_eq!(hits.load(Ordering::SeqCst), 1);
    // 503 says the server did not act: safe to send again.
    let (url, hits) = server(vec![(503, None), (500, None)]).await;
    let e = Zendesk::new(&url, Auth::None)
        .update(&Id::from(5), &patch)
        .await
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Server);
    assert_eq!(hits.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_name_that_does_not_resolve_is_a_network_error() {
    // .invalid never resolves (RFC 6761).
    let e = Zendesk::new("https://helpdesk.invalid", Auth::None)
        .views()
        .await
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Network, "{e}");
    assert!(
        e.to_string().contains("helpdesk.invalid"),
        "names the host: {e}"
    );
}

#[tokio::test]
async fn a_failed_tls_handshake_is_a_network_error() {
    // https to a server that speaks plain HTTP: the handshake fails.
    let (url, _) = server(vec![]).await;
    let e = Zendesk::new(&url.replace("http://", "https://"), Auth::None)
        .views()
        .await
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Network, "{e}");
}

#[tokio::test]
async fn a_server_that_never_answers_times_out() {
    // Accepts the connection, then says nothing.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let mut held = vec![];
        while let Ok((sock, _)) = listener.accept().await {
            held.push(sock);
        }
    });
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_millis(300))
        .build()
        .unwrap();
    let e = Zendesk::with_client(&url, Auth::None, client)
        .views()
        .await
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Network);
    assert!(e.to_string().contains("timed out"), "{e}");
}

#[tokio::test]
async fn invalid_utf8_is_replaced_not_fatal() {
    let app = Router::new().route(
        "/api/v2/views/active.json",
        get(|| async {
            let mut body = br#"{"views":[{"id":1,"title":"Bad "#.to_vec();
            body.extend_from_slice(&[0xff, 0xfe]);
            body.extend_from_slice(br#" bytes","active":true,"position":1}]}"#);
            ([("content-type", "application/json")], body)
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    let views = Zendesk::new(&url, Auth::None).views().await.unwrap();
    assert_eq!(views[0].name, "Bad \u{fffd}\u{fffd} bytes");
}
