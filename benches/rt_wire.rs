//! Bytes on the wire for one small task on a real Request Tracker (scripts/rt-start.sh starts one
//! on loopback): list the General queue, show its newest ticket, reply to it. Side by side in one
//! run, through a byte-counting proxy on loopback (headers and bodies, both ways):
//! - RT's own `rt` CLI (REST 1.0): `rt ls QUERY`, `rt show ticket/N`, `rt correspond -m … N`;
//! - `tix ls --limit 20` + `tix show N` + `tix reply N` (the binary, with an RT profile);
//! - the workspace's requests for the same task (start on the view in a 120x40 terminal with
//!   all four panels, open the newest, reply as the outbox sends it: checked, with the message
//!   it added in the answer), made through the adapter as the runner makes them; and, apart,
//!   what a refresh by change costs.
//!
//! The newest ticket is made by the bench (so that show and reply cost the same from run to run)
//! and resolved afterwards. Prints figures; asserts nothing. Says so and stops when RT is down.
//!     cargo bench --bench rt_wire
//! Connection: RT_URL and RT_TOKEN (RT_USER, RT_PASSWORD for `rt`) from the environment, else the
//! env file rt-start.sh writes (RT_ENV_FILE, default /var/tmp/rt-ci/rt.env).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Duration;

use tix::config::Secret;
use tix::helpdesk::rt::{Rt, RtAuth};
use tix::helpdesk::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A terminal of 120x40: the workspace asks for a screenful of rows and a little more.
const TERMINAL_ROWS: usize = 40;
const QUEUE: &str = "General";

/// Counts every byte between the clients and RT, both ways, and the connections (RT closes each
/// after one answer, so they are its requests).
#[derive(Default)]
struct Counts {
    up: AtomicU64,
    down: AtomicU64,
    connections: AtomicU64,
}

#[derive(Clone, Copy)]
struct Figure {
    up: u64,
    down: u64,
    connections: u64,
}

impl Counts {
    fn take(&self) -> Figure {
        Figure {
            up: self.up.swap(0, Relaxed),
            down: self.down.swap(0, Relaxed),
            connections: self.connections.swap(0, Relaxed),
        }
    }
}

impl std::ops::Add for Figure {
    type Output = Figure;
    fn add(self, o: Figure) -> Figure {
        Figure {
            up: self.up + o.up,
            down: self.down + o.down,
            connections: self.connections + o.connections,
        }
    }
}

async fn pipe(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    count: impl Fn(u64),
) {
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        match from.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                count(n as u64);
                if to.write_all(&buf[..n]).await.is_err() {
                    break;
                }
            }
        }
    }
    let _ = to.shutdown().await;
}

/// A loopback proxy to `target`; returns its address.
async fn proxy(target: SocketAddr, counts: Arc<Counts>) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let counts = counts.clone();
            tokio::spawn(async move {
                let Ok(server) = TcpStream::connect(target).await else {
                    return;
                };
                counts.connections.fetch_add(1, Relaxed);
                let (cr, cw) = client.into_split();
                let (sr, sw) = server.into_split();
                let (a, b) = (counts.clone(), counts);
                tokio::join!(
                    pipe(cr, sw, move |n| {
                        a.up.fetch_add(n, Relaxed);
                    }),
                    pipe(sr, cw, move |n| {
                        b.down.fetch_add(n, Relaxed);
                    })
                );
            });
        }
    });
    addr
}

fn settings() -> HashMap<String, String> {
    let mut vars = HashMap::new();
    let file = std::env::var("RT_ENV_FILE").unwrap_or_else(|_| "/var/tmp/rt-ci/rt.env".into());
    if let Ok(text) = std::fs::read_to_string(&file) {
        for line in text.lines() {
            let line = line.trim().trim_start_matches("export ");
            if let Some((k, v)) = line.split_once('=') {
                let v = v.trim().trim_matches('\'').trim_matches('"');
                vars.insert(k.trim().to_string(), v.to_string());
            }
        }
    }
    for k in ["RT_URL", "RT_TOKEN", "RT_USER", "RT_PASSWORD"] {
        if let Ok(v) = std::env::var(k)
            && !v.trim().is_empty()
        {
            vars.insert(k.into(), v);
        }
    }
    vars
}

fn kb(b: u64) -> String {
    format!("{:.1} kB", b as f64 / 1000.0)
}

fn line(what: &str, f: Figure) {
    println!(
        "  {what:<34} {:>9} total  {:>3} requests  {:>9} out  {:>9} in",
        kb(f.up + f.down),
        f.connections,
        kb(f.up),
        kb(f.down)
    );
}

/// Runs a command to its end (stdin given), quietly; false when it failed.
fn run(cmd: &mut Command, stdin: &str) -> bool {
    let child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        return false;
    };
    if let Some(mut i) = child.stdin.take() {
        use std::io::Write;
        let _ = i.write_all(stdin.as_bytes());
    }
    match child.wait_with_output() {
        Ok(out) if out.status.success() => true,
        Ok(out) => {
            eprintln!("  ({:?} failed: {})", cmd.get_program(), {
                let e = String::from_utf8_lossy(&out.stderr);
                e.lines().next().unwrap_or("").to_string()
            });
            false
        }
        Err(_) => false,
    }
}

#[tokio::main]
async fn main() {
    let vars = settings();
    let (Some(url), Some(token)) = (vars.get("RT_URL"), vars.get("RT_TOKEN")) else {
        println!(
            "RT is not running here (no RT_URL/RT_TOKEN, nor the env file of scripts/rt-start.sh): nothing measured"
        );
        return;
    };
    let target: SocketAddr = match url
        .trim_end_matches('/')
        .trim_start_matches("http://")
        .parse()
    {
        Ok(a) => a,
        Err(_) => {
            println!("RT_URL {url} is not http://IP:PORT on loopback: nothing measured");
            return;
        }
    };
    let direct = Rt::new(url, RtAuth::Token(Secret::new(token.clone())));
    if let Err(e) = tokio::time::timeout(Duration::from_secs(10), direct.me())
        .await
        .map_err(|_| "no answer in 10 s".to_string())
        .and_then(|r| r.map_err(|e| e.message))
    {
        println!(
            "RT is not running at {url} ({e}): nothing measured; start it with scripts/rt-start.sh (as root)"
        );
        return;
    }

    // The newest ticket of the queue, made for this run.
    let stamp = jiff::Timestamp::now().as_second();
    let newest = direct
        .create(&NewTicket {
            subject: format!("Bench {stamp}: the printer says PC LOAD LETTER"),
            body: "Hello, the office printer stopped this morning. What can I do?".into(),
            requester: Some(Id("alice@example.com".into())),
            priority: None,
        })
        .await
        .expect("a ticket for the bench");
    let id = newest.id.to_string();
    let view = format!("{QUEUE} — open tickets");
    let sql = format!("Queue = '{QUEUE}' AND Status = '__Active__'");
    let open = direct
        .view_count(&Id::from(sql.clone()))
        .await
        .ok()
        .flatten()
        .unwrap_or(0);

    let counts = Arc::new(Counts::default());
    let via = proxy(target, counts.clone()).await;
    let proxied = format!("http://{via}");
    println!("RT at {url}, queue {QUEUE} with {open} open tickets, the newest #{id}:");

    // RT's own CLI.
    let rt_cli = which("rt");
    let mut rt_total = None;
    if let (Some(rt), Some(user), Some(pass)) =
        (&rt_cli, vars.get("RT_USER"), vars.get("RT_PASSWORD"))
    {
        let home = tempfile::tempdir().unwrap();
        let rt_cmd = |args: &[&str]| {
            let mut c = Command::new(rt);
            c.args(args)
                .env("RTSERVER", &proxied)
                .env("RTUSER", user)
                .env("RTPASSWD", pass)
                .env("HOME", home.path())
                .env_remove("RTCONFIG");
            c
        };
        counts.take();
        let ok = run(&mut rt_cmd(&["ls", &sql]), "");
        let ls = counts.take();
        let ok = ok && run(&mut rt_cmd(&["show", &format!("ticket/{id}")]), "");
        let show = counts.take();
        let ok = ok
            && run(
                &mut rt_cmd(&["correspond", "-m", "Thanks, we are on it (rt).", &id]),
                "",
            );
        let reply = counts.take();
        run(&mut rt_cmd(&["ls", "-s", &sql]), "");
        let ls_short = counts.take();
        println!("RT's `rt` CLI (REST 1.0):");
        line("rt ls QUERY", ls);
        line(&format!("rt show ticket/{id}"), show);
        line(&format!("rt correspond -m … {id}"), reply);
        line("the task", ls + show + reply);
        line("(rt ls -s QUERY, for comparison)", ls_short);
        if ok {
            rt_total = Some(ls + show + reply);
        }
    } else {
        println!("RT's `rt` CLI is not installed (Debian: rt5-clients), or no RT_USER/RT_PASSWORD");
    }

    // tix's command line.
    let cfg = tempfile::tempdir().unwrap();
    std::fs::write(
        cfg.path().join("config.toml"),
        format!(
            "default_profile = \"rt\"\n[profiles.rt]\nbackend = \"rt\"\nurl = \"{proxied}\"\ntoken_env = \"TIX_BENCH_RT_TOKEN\"\n"
        ),
    )
    .unwrap();
    let tix_cmd = |args: &[&str]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_tix"));
        c.args(args)
            .env("TIX_CONFIG_DIR", cfg.path())
            .env("TIX_DATA_DIR", cfg.path())
            .env("TIX_BENCH_RT_TOKEN", token);
        c
    };
    counts.take();
    run(&mut tix_cmd(&["ls", "--view", &view, "--limit", "20"]), "");
    let ls = counts.take();
    run(&mut tix_cmd(&["show", &id]), "");
    let show = counts.take();
    run(&mut tix_cmd(&["reply", &id]), "Thanks, we are on it (tix).");
    let reply = counts.take();
    run(&mut tix_cmd(&["ls", "--view", &view]), "");
    let ls_all = counts.take();
    println!("tix's command line:");
    line("tix ls --view … --limit 20", ls);
    line(&format!("tix show {id}"), show);
    line(&format!("tix reply {id}"), reply);
    let cli = ls + show + reply;
    line("the task", cli);
    line("(tix ls --view …, the whole view)", ls_all);

    // The workspace's requests: start-up, the top of the view, the first row's panels, the newest
    // ticket's panels, the reply and the panels read again.
    let rt = Rt::new(&proxied, RtAuth::Token(Secret::new(token.clone())));
    counts.take();
    let _ = tokio::join!(
        rt.me(),
        rt.views(),
        rt.canned_responses(),
        rt.agents(),
        rt.groups(),
        rt.vocabulary()
    );
    let startup = counts.take();
    let window = tix::app::model::QUEUE_WINDOW.min(TERMINAL_ROWS + 2);
    let view_id = Id::from(sql.clone());
    // As the runner: the view's count is asked apart only when its first page does not say it.
    let mut top: Vec<Ticket> = vec![];
    if let Ok(first) = rt.view_page(&view_id, None, window).await {
        if first.total.is_none() {
            let _ = rt.view_count(&view_id).await;
        }
        top.extend(first.items);
        if let Some(next) = first.next.filter(|_| top.len() < window) {
            let _ = load_pages(&rt, &view_id, Some(next), window - top.len(), |page, _| {
                top.extend_from_slice(page)
            })
            .await;
        }
    }
    tix::sla::sort(&mut top);
    let queue = counts.take();
    let panels = |t: Id, who: Option<Id>| {
        let rt = &rt;
        async move {
            let (_, _) = tokio::join!(rt.messages(&t), async {
                if let Some(c) = &who {
                    // As many of their tickets as the customer panel shows.
                    let rows = tix::layout::customer_rows(120, TERMINAL_ROWS as u16);
                    let _ = rt.customer_with_tickets(c, rows).await;
                }
            });
        }
    };
    let requester = |t: &Ticket| t.requester.as_ref().map(|r| r.id.clone());
    if let Some(first) = top.first() {
        panels(first.id.clone(), requester(first)).await;
    }
    let first_open = counts.take();
    let newest_row = top.iter().find(|t| t.id.0 == id).cloned();
    panels(
        Id::from(id.clone()),
        newest_row
            .as_ref()
            .and_then(requester)
            .or(Some(Id("alice@example.com".into()))),
    )
    .await;
    let open_newest = counts.take();
    // As the outbox sends it: checked against the ticket as the agent saw it, and the message
    // it added in the answer (`write_shown`); the conversation is read again only without it.
    let patch = TicketPatch {
        message: Some(NewMessage {
            visibility: Visibility::Public,
            body: "Thanks, we are on it (the workspace).".into(),
        }),
        // As the agent saw it when it opened (read past the proxy: not counted).
        expected: direct
            .ticket(&Id::from(id.clone()))
            .await
            .ok()
            .map(|t| t.updated_at),
        ..TicketPatch::default()
    };
    let shown = rt.write_shown(&Id::from(id.clone()), &patch).await;
    if let Err(e) = &shown {
        println!("  (the workspace's reply failed: {e})");
    }
    if !matches!(&shown, Ok(w) if w.message.is_some()) {
        let _ = rt.messages(&Id::from(id.clone())).await;
    }
    let reply_tui = counts.take();
    println!("the workspace (120x40, the view's top {window} rows, all four panels):");
    line("start-up (me, views, canned, agents…)", startup);
    line(
        &format!("the view's count and top {} rows", top.len()),
        queue,
    );
    line("the first row's panels", first_open);
    line("open the newest", open_newest);
    line("reply (checked, its message back)", reply_tui);
    let tui = startup + queue + first_open + open_newest + reply_tui;
    line("the task", tui);
    // Every refresh_secs (60) the workspace asks what changed since its last sync: here, since
    // a second ago, two seconds after the bench's last write (what others write counts).
    tokio::time::sleep(Duration::from_secs(2)).await;
    counts.take();
    let _ = rt
        .changed_since(jiff::Timestamp::now() - jiff::SignedDuration::from_secs(1))
        .await;
    line("(a refresh by change, not in the task)", counts.take());

    if let Some(r) = rt_total {
        let (r, c, w) = (r.up + r.down, cli.up + cli.down, tui.up + tui.down);
        println!(
            "goals: tix's CLI {} vs rt's {} ({}); the workspace {} vs twice rt's {} ({})",
            kb(c),
            kb(r),
            if c < r { "fewer" } else { "NOT fewer" },
            kb(w),
            kb(2 * r),
            if w <= 2 * r { "within" } else { "ABOVE" },
        );
    }

    // Out of the open queue again, so that runs do not grow it.
    let done = TicketPatch {
        status: Some("resolved".into()),
        ..TicketPatch::default()
    };
    let _ = direct.update(&Id::from(id), &done).await;
}

fn which(name: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| std::path::Path::new(d).join(name))
        .find(|p| p.is_file())
}
