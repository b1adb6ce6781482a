//! Every write lands exactly once whatever its text, also when the answer to it is lost after the
//! server acted: a proxy between tix and the demo helpdesk forwards a write, lets the server carry
//! it out, and closes the connection before a byte of the answer comes back. The demo server
//! counts what it holds.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

mod common;

use tix::demo::{DemoOptions, DemoServer};
use tix::helpdesk::sanitized::Sanitized;
use tix::helpdesk::zendesk::{Auth, Zendesk};
use tix::helpdesk::*;
use tix::store::outbox::{self, Entry, Outcome};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Replies whose rendering on screen differs from the text sent.
const AWKWARD: [&str; 4] = [
    "Column\tvalue\tnext",
    "Zero\u{200b}width inside",
    "<p>Starts with <b>HTML</b></p> and goes on",
    "Windows line\r\nends and emoji ✅",
];

async fn demo() -> DemoServer {
    let opts = DemoOptions {
        tickets: 50,
        seed: 3,
        ..DemoOptions::default()
    };
    DemoServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        opts,
        jiff::Timestamp::now(),
    )
    .await
    .expect("demo server starts")
}

/// A TCP proxy to `upstream` that loses the answer to the next `drops` writes (PUT or POST): the
/// request reaches the server whole, the server answers, and the client gets nothing but a closed
/// connection.
async fn lossy_proxy(upstream: &str, drops: Arc<AtomicUsize>) -> String {
    proxy(upstream, drops, Arc::default()).await
}

/// `lossy_proxy`, and once `dead` is set every new connection is closed at once (a link that
/// went down for good).
async fn proxy(upstream: &str, drops: Arc<AtomicUsize>, dead: Arc<AtomicBool>) -> String {
    let upstream = upstream
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            if dead.load(Ordering::SeqCst) {
                continue;
            }
            let (upstream, drops) = (upstream.clone(), drops.clone());
            tokio::spawn(async move {
                let Ok(server) = TcpStream::connect(&upstream).await else {
                    return;
                };
                pipe(client, server, drops).await;
            });
        }
    });
    format!("http://{addr}")
}

async fn pipe(client: TcpStream, server: TcpStream, drops: Arc<AtomicUsize>) {
    let (mut cr, mut cw) = client.into_split();
    let (mut sr, mut sw) = server.into_split();
    let losing = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let lose = losing.clone();
    let up = tokio::spawn(async move {
        let mut buf = vec![0u8; 65536];
        loop {
            let n = match cr.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => n,
            };
            let write = buf.starts_with(b"PUT ") || buf.starts_with(b"POST ");
            if write
                && drops
                    .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |d| d.checked_sub(1))
                    .is_ok()
            {
                lose.store(true, Ordering::SeqCst);
            }
            if sw.write_all(&buf[..n]).await.is_err() {
                return;
            }
        }
    });
    let mut buf = vec![0u8; 65536];
    loop {
        let n = match sr.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        if losing.load(Ordering::SeqCst) {
            // The server has acted and begun to answer: the answer is lost on the way.
            break;
        }
        if cw.write_all(&buf[..n]).await.is_err() {
            break;
        }
    }
    up.abort();
}

/// How many messages of the ticket hold `text`, as the demo server stores them.
async fn copies(server: &DemoServer, ticket: &Id, text: &str) -> usize {
    Zendesk::new(&server.base_url, Auth::None)
        .messages(ticket)
        .await
        .unwrap()
        .iter()
        .filter(|m| m.stored_digest == Some(text_digest(text)))
        .count()
}

fn entry(ticket: &Id, body: &str) -> Entry {
    Entry {
        seq: 1,
        ticket: ticket.clone(),
        patch: TicketPatch {
            message: Some(NewMessage {
                visibility: Visibility::Public,
                body: body.into(),
            }),
            ..TicketPatch::default()
        },
        queued_at: jiff::Timestamp::now(),
        attempted: true,
    }
}

#[tokio::test]
async fn a_reply_whose_answer_was_lost_is_found_not_sent_again() {
    let server = demo().await;
    let drops = Arc::new(AtomicUsize::new(0));
    let url = lossy_proxy(&server.base_url, drops.clone()).await;
    // What the workspace talks to: the adapter behind the one sanitizer.
    let hd = Sanitized(Zendesk::new(&url, Auth::None));
    let tickets = hd
        .view_tickets(&hd.views().await.unwrap()[0].id, None)
        .await
        .unwrap()
        .items;
    for (text, t) in AWKWARD.iter().zip(&tickets) {
        let e = entry(&t.id, text);
        drops.store(1, Ordering::SeqCst);
        let first = outbox::send(&hd, &e, None, false).await;
        assert!(
            matches!(first, Outcome::Later(_)),
            "the answer was lost: {first:?}"
        );
        assert_eq!(copies(&server, &t.id, text).await, 1, "the server acted");
        // The outbox tries again later, checking first.
        let again = outbox::send(&hd, &e, None, true).await;
        assert_eq!(again, Outcome::AlreadyThere, "{text:?}");
        assert_eq!(copies(&server, &t.id, text).await, 1, "once: {text:?}");
    }
}

#[tokio::test]
async fn a_reply_that_never_reached_the_server_is_sent_on_the_retry() {
    let server = demo().await;
    let hd = Sanitized(Zendesk::new(&server.base_url, Auth::None));
    let t = hd
        .view_tickets(&hd.views().await.unwrap()[0].id, None)
        .await
        .unwrap()
        .items
        .remove(0);
    let e = entry(&t.id, AWKWARD[0]);
    // The check finds nothing of it, so it goes out, once.
    assert!(matches!(
        outbox::send(&hd, &e, None, true).await,
        Outcome::Delivered(_)
    ));
    assert_eq!(copies(&server, &t.id, AWKWARD[0]).await, 1);
}

/// `tix reply ID` with `text` on standard input, through a profile at `url`; its exit code, its
/// output and how many writes its outbox still holds.
async fn tix_reply(url: &str, id: &Id, text: &str) -> (i32, String, usize) {
    let dir = tempfile::tempdir().unwrap();
    tix_reply_in(dir.path(), url, id, text).await
}

/// `tix_reply` with `dir` as the config and data dir.
async fn tix_reply_in(
    dir: &std::path::Path,
    url: &str,
    id: &Id,
    text: &str,
) -> (i32, String, usize) {
    let run = common::tix_in(dir, "zendesk", url, "token", &["reply", &id.0], text).await;
    let kept = std::fs::read_dir(dir.join("outbox/work")).map_or(0, |d| d.count());
    (run.code.unwrap_or(-1), run.stdout + &run.stderr, kept)
}

async fn first_ticket(server: &DemoServer) -> Id {
    let zd = Zendesk::new(&server.base_url, Auth::None);
    zd.view_tickets(&zd.views().await.unwrap()[0].id, None)
        .await
        .unwrap()
        .items
        .remove(0)
        .id
}

#[tokio::test]
async fn tix_reply_whose_answer_was_lost_says_delivered_and_sends_once() {
    let server = demo().await;
    let id = first_ticket(&server).await;
    let url = lossy_proxy(&server.base_url, Arc::new(AtomicUsize::new(1))).await;
    let text = AWKWARD[0];
    let (code, said, kept) = tix_reply(&url, &id, text).await;
    assert_eq!(code, 0, "delivered: {said}");
    assert!(said.contains("replied to"), "{said}");
    assert_eq!(kept, 0);
    assert_eq!(copies(&server, &id, text).await, 1);
}

#[tokio::test]
async fn tix_reply_tells_not_delivered_from_unknown() {
    let server = demo().await;
    let id = first_ticket(&server).await;
    // Nothing listens: the reply cannot have reached anyone. Safe to send again: exit 1.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", l.local_addr().unwrap())
    };
    let (code, said, kept) = tix_reply(&closed, &id, "never sent").await;
    assert_eq!(code, 1, "{said}");
    assert!(said.contains("not delivered"), "{said}");
    assert_eq!(kept, 0, "nothing left to send by itself");
    // The answer is lost and then the link is gone: nobody knows. Exit 3, kept in the outbox.
    let dead = Arc::new(AtomicBool::new(false));
    let drops = Arc::new(AtomicUsize::new(1));
    let url = proxy(&server.base_url, drops.clone(), dead.clone()).await;
    let watcher = tokio::spawn(async move {
        while drops.load(Ordering::SeqCst) > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        dead.store(true, Ordering::SeqCst);
    });
    let (code, said, kept) = tix_reply(&url, &id, "fate unknown").await;
    watcher.abort();
    assert_eq!(code, 3, "{said}");
    assert!(said.contains("outbox"), "{said}");
    assert_eq!(kept, 1, "it waits in the outbox, to be checked");
    assert_eq!(copies(&server, &id, "fate unknown").await, 1, "it did land");
}

/// Waits (up to 30 s) for the runner's answer to request `req`: `Some(true)` delivered,
/// `Some(false)` queued in the outbox.
async fn answer_to(
    rx: &mut tokio::sync::mpsc::UnboundedReceiver<tix::app::msg::Msg>,
    req: u64,
) -> bool {
    use tix::app::msg::Msg;
    let end = tokio::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let msg = tokio::time::timeout_at(end, rx.recv())
            .await
            .expect("no answer in 30 s")
            .expect("runner gone");
        match msg {
            Msg::Updated { req: r, result, .. } if r == req => {
                assert!(result.is_ok(), "{result:?}");
                return true;
            }
            Msg::Queued { req: r, .. } if r == req => return false,
            _ => {}
        }
    }
}

#[tokio::test]
async fn writes_made_while_the_link_is_down_go_out_in_order_each_once() {
    use tix::app::effects::Runner;
    use tix::app::msg::Effect;
    let server = demo().await;
    let id = first_ticket(&server).await;
    let dead = Arc::new(AtomicBool::new(true));
    let url = proxy(&server.base_url, Arc::default(), dead.clone()).await;
    let hd: SharedHelpdesk = Arc::new(Sanitized(Zendesk::new(&url, Auth::None)));
    let dir = tempfile::tempdir().unwrap();
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let mut runner = Runner::new(hd, tx, None);
    runner.set_outbox(Some(outbox::Outbox::new(dir.path(), "work")));
    let reply = |req: u64, text: &str| Effect::Update {
        req,
        ticket: id.clone(),
        patch: TicketPatch {
            message: Some(NewMessage {
                visibility: Visibility::Public,
                body: text.into(),
            }),
            ..TicketPatch::default()
        },
        from_draft: None,
    };
    // The link is down: both wait in the outbox.
    runner.run(reply(1, "first\twrite"));
    assert!(!answer_to(&mut rx, 1).await, "queued");
    runner.run(reply(2, "second\twrite"));
    assert!(!answer_to(&mut rx, 2).await, "queued");
    // It is back: a third write goes out behind the two older ones.
    dead.store(false, Ordering::SeqCst);
    runner.run(reply(3, "third\twrite"));
    assert!(answer_to(&mut rx, 3).await, "delivered");
    let bodies: Vec<u64> = Zendesk::new(&server.base_url, Auth::None)
        .messages(&id)
        .await
        .unwrap()
        .iter()
        .filter_map(|m| m.stored_digest)
        .collect();
    let order: Vec<usize> = ["first\twrite", "second\twrite", "third\twrite"]
        .iter()
        .map(|t| {
            let d = text_digest(t);
            assert_eq!(bodies.iter().filter(|b| **b == d).count(), 1, "{t:?} once");
            bodies.iter().position(|b| *b == d).unwrap()
        })
        .collect();
    assert!(
        order.is_sorted(),
        "in the order they were written: {order:?}"
    );
}

#[tokio::test]
async fn replies_sent_with_tix_reply_count_in_tix_stats() {
    let server = demo().await;
    let id = first_ticket(&server).await;
    let dir = tempfile::tempdir().unwrap();
    for text in ["First answer", "Second answer"] {
        let (code, said, _) = tix_reply_in(dir.path(), &server.base_url, &id, text).await;
        assert_eq!(code, 0, "{said}");
    }
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_tix"))
        .args(["stats", "--json"])
        .env("TIX_CONFIG_DIR", dir.path())
        .env("TIX_DATA_DIR", dir.path())
        .output()
        .await
        .unwrap();
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stats["replies"], 2, "{stats}");
    assert_eq!(stats["handled"], 1, "{stats}");
}

/// `tix ARGS...` (a field write: status, assign, tag) through `url`, with a fresh config and data
/// dir: (exit code, what it said, entries left in the outbox).
async fn tix_field_write(url: &str, args: &[&str]) -> (i32, String, usize) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        format!("[profiles.work]\nbackend = \"zendesk\"\nurl = \"{url}\"\ntoken_env = \"T\"\n"),
    )
    .unwrap();
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_tix"))
        .args(["--profile", "work"])
        .args(args)
        .env("TIX_CONFIG_DIR", dir.path())
        .env("TIX_DATA_DIR", dir.path())
        .env("T", "token")
        .stdin(std::process::Stdio::null())
        .kill_on_drop(true)
        .output();
    let out = tokio::time::timeout(std::time::Duration::from_secs(60), out)
        .await
        .expect("tix did not finish in 60 s")
        .unwrap();
    let kept = std::fs::read_dir(dir.path().join("outbox/work")).map_or(0, |d| d.count());
    let said =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), said, kept)
}

#[tokio::test]
async fn field_writes_from_the_cli_tell_delivered_not_delivered_and_unknown() {
    let server = demo().await;
    let id = first_ticket(&server).await;
    let zd = Zendesk::new(&server.base_url, Auth::None);
    // The answer is lost once: setting a field again is harmless, so it is sent again. Exit 0.
    let url = lossy_proxy(&server.base_url, Arc::new(AtomicUsize::new(1))).await;
    let (code, said, kept) = tix_field_write(&url, &["status", &id.0, "pending"]).await;
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains(&format!("#{id} ")) && said.contains("→ Pending"),
        "{said}"
    );
    assert_eq!(kept, 0);
    assert_eq!(zd.ticket(&id).await.unwrap().status.raw, "pending");
    // Nothing listens: exit 1, nothing kept.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", l.local_addr().unwrap())
    };
    let (code, said, kept) = tix_field_write(&closed, &["tag", &id.0, "+x"]).await;
    assert_eq!((code, kept), (1, 0), "{said}");
    // The answer is lost and the link goes down: exit 3, kept in the outbox.
    let dead = Arc::new(AtomicBool::new(false));
    let drops = Arc::new(AtomicUsize::new(1));
    let url = proxy(&server.base_url, drops.clone(), dead.clone()).await;
    let watcher = tokio::spawn(async move {
        while drops.load(Ordering::SeqCst) > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        dead.store(true, Ordering::SeqCst);
    });
    let (code, said, kept) = tix_field_write(&url, &["assign", &id.0, "me"]).await;
    watcher.abort();
    assert_eq!((code, kept), (3, 1), "{said}");
    assert!(said.contains("outbox"), "{said}");
}
