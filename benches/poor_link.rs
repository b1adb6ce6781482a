//! A whole triage session over a poor link: the binary in a 120x40 pseudo-terminal against
//! `tix demo-server --latency-ms 300 --kbps 56`, through a byte-counting loopback proxy. It starts
//! tix on a fresh data dir, opens 10 tickets one after another (`j`, and Enter in low-bandwidth
//! mode), replies to every other one (5 replies) and sets the status of the others (5 changes).
//! Prints the bytes on the wire (both ways, heads and bodies as sent), the bytes written to the
//! terminal, the time to the first rows of the queue, and the wait of every action: from its last
//! key until the screen shows its result with nothing left in flight (no ⟳, no loading, no outbox).
//! Then the requests the session made, by kind. In low-bandwidth mode and in the normal mode;
//! asserts nothing.
//!     cargo bench --bench poor_link
//! `POOR_LINK_MODE=low` (or `normal`) runs one mode only; `POOR_LINK_REQUESTS=1` lists every request;
//! `POOR_LINK_TIX=path` runs another build of tix (before and after a change).

use std::io::{BufRead, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[allow(dead_code)]
#[path = "../tests/common/pty.rs"]
mod pty;

/// The binary under test: this build's, or `POOR_LINK_TIX` (to compare with another build).
fn tix() -> String {
    std::env::var("POOR_LINK_TIX").unwrap_or_else(|_| env!("CARGO_BIN_EXE_tix").to_string())
}
/// No action may take longer than this; one that does is reported as not done.
const ACTION_LIMIT: Duration = Duration::from_secs(30);

// ---- the byte-counting proxy ----

/// One HTTP request as the proxy saw it: its request line and the bytes each way.
#[derive(Clone)]
struct Exchange {
    line: String,
    up: u64,
    down: u64,
}

#[derive(Default)]
struct Wire {
    log: Vec<Exchange>,
    up: u64,
    down: u64,
}

type Shared = Arc<Mutex<Wire>>;

/// Forwards every connection to `upstream`, counting bytes. HTTP/1.1 without pipelining: the
/// bytes that come back after a request line belong to that request until the next one.
fn proxy(upstream: String) -> (String, Shared) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("proxy bind");
    let addr = listener.local_addr().expect("addr");
    let wire: Shared = Arc::default();
    let w = wire.clone();
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let Ok(server) = TcpStream::connect(&upstream) else {
                continue;
            };
            let _ = client.set_nodelay(true);
            let _ = server.set_nodelay(true);
            // The index in the log of this connection's current request.
            let current: Arc<Mutex<Option<usize>>> = Arc::default();
            let (c2, s2) = (
                client.try_clone().expect("fd"),
                server.try_clone().expect("fd"),
            );
            let (w_up, cur_up) = (w.clone(), current.clone());
            std::thread::spawn(move || pump_up(client, server, w_up, cur_up));
            let (w_down, cur_down) = (w.clone(), current);
            std::thread::spawn(move || pump_down(s2, c2, w_down, cur_down));
        }
    });
    (format!("http://{addr}"), wire)
}

fn pump_up(
    mut from: TcpStream,
    mut to: TcpStream,
    wire: Shared,
    current: Arc<Mutex<Option<usize>>>,
) {
    let mut buf = [0u8; 65536];
    while let Ok(n) = from.read(&mut buf) {
        if n == 0 {
            break;
        }
        let chunk = &buf[..n];
        {
            let mut w = wire.lock().expect("lock");
            w.up += n as u64;
            // A request line starts a chunk (the client writes each request's head at once).
            let text = String::from_utf8_lossy(&chunk[..n.min(300)]);
            let first = text.lines().next().unwrap_or("");
            let starts = ["GET ", "PUT ", "POST ", "DELETE ", "PATCH ", "HEAD "];
            let mut cur = current.lock().expect("lock");
            if starts.iter().any(|s| first.starts_with(s)) && first.ends_with("HTTP/1.1") {
                let line = first.trim_end_matches(" HTTP/1.1").to_string();
                w.log.push(Exchange {
                    line,
                    up: n as u64,
                    down: 0,
                });
                *cur = Some(w.log.len() - 1);
            } else if let Some(i) = *cur {
                w.log[i].up += n as u64;
            }
        }
        if to.write_all(chunk).is_err() {
            break;
        }
    }
    let _ = to.shutdown(std::net::Shutdown::Write);
}

fn pump_down(
    mut from: TcpStream,
    mut to: TcpStream,
    wire: Shared,
    current: Arc<Mutex<Option<usize>>>,
) {
    let mut buf = [0u8; 65536];
    while let Ok(n) = from.read(&mut buf) {
        if n == 0 {
            break;
        }
        {
            let mut w = wire.lock().expect("lock");
            w.down += n as u64;
            if let Some(i) = *current.lock().expect("lock") {
                w.log[i].down += n as u64;
            }
        }
        if to.write_all(&buf[..n]).is_err() {
            break;
        }
    }
    let _ = to.shutdown(std::net::Shutdown::Write);
}

// ---- the pseudo-terminal ----

/// tix in a 120x40 pseudo-terminal (the tests' runner); colour on, as a terminal would have it
/// (an empty NO_COLOR is none).
fn spawn(dir: &std::path::Path) -> pty::Pty {
    pty::spawn_bin(&tix(), &[], dir, &[("NO_COLOR", "")])
}

/// A key, at once: the wait that follows is what is measured.
fn key(p: &mut pty::Pty, k: &str) {
    p.master.write_all(k.as_bytes()).expect("write");
}

/// Waits until `done(screen)`; how long it took, or `None` past the limit.
fn until(p: &pty::Pty, t0: Instant, done: impl Fn(&str) -> bool) -> Option<Duration> {
    while t0.elapsed() < ACTION_LIMIT {
        if done(&p.screen()) {
            return Some(t0.elapsed());
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    None
}

/// Nothing left in flight: no request, no page loading, no write waiting in the outbox.
fn settled(s: &str) -> bool {
    s.contains("online")
        && !s.contains('⟳')
        && !s.contains("· loading")
        && !s.contains("· outbox")
        && !s.contains("Loading the conversation")
        && !s.contains("Loading…")
}

/// The queue shows ticket rows (`┃  #1122 New …`, or `┃▶ #1122` on the selection).
fn has_rows(s: &str) -> bool {
    s.lines().any(|l| {
        let head: String = l.chars().skip(1).take(3).collect();
        head.trim_start_matches(['▶', ' ']).starts_with('#')
    })
}

/// The ticket the conversation panel shows (`Conversation #1234`).
fn shown_ticket(s: &str) -> Option<String> {
    let at = s.find("Conversation #")? + "Conversation #".len();
    Some(
        s[at..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect(),
    )
}

/// The status bar's notice is about ticket `id` and says `word` (`#1234 Subject updated`).
fn notice_says(s: &str, id: &str, word: &str) -> bool {
    let bar = s.lines().last().unwrap_or("");
    bar.contains(&format!("· #{id} ")) && bar.contains(word)
}

// ---- the session ----

struct Action {
    what: String,
    wait: Option<Duration>,
    wire: u64,
    requests: usize,
    terminal: usize,
}

struct Run {
    first_rows: Option<Duration>,
    settled: Option<Duration>,
    startup_wire: u64,
    startup_requests: usize,
    startup_terminal: usize,
    actions: Vec<Action>,
    wire: (u64, u64),
    terminal: usize,
    log: Vec<Exchange>,
}

/// The demo server, stopped however the run ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn session(low_bandwidth: bool) -> Result<Run, String> {
    let mut server = Server(
        Command::new(tix())
            .args(["demo-server", "--latency-ms", "300", "--kbps", "56"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("demo server: {e}"))?,
    );
    let mut url = String::new();
    std::io::BufReader::new(server.0.stdout.take().ok_or("stdout")?)
        .read_line(&mut url)
        .map_err(|e| format!("demo server url: {e}"))?;
    let upstream = url
        .trim()
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let (via, wire) = proxy(upstream);
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    std::fs::write(
        dir.path().join("config.toml"),
        format!(
            "default_profile = \"demo\"\nlow_bandwidth = {low_bandwidth}\n[profiles.demo]\nbackend = \"zendesk\"\nurl = \"{via}\"\n"
        ),
    )
    .map_err(|e| e.to_string())?;

    let t0 = Instant::now();
    let mut p = spawn(dir.path());
    // The first rows: the queue's title says how many it holds once the first page is in.
    let first_rows = until(&p, t0, has_rows);
    let settled_at = until(&p, t0, |s| {
        settled(s) && (low_bandwidth || shown_ticket(s).is_some())
    });
    let (startup_wire, startup_requests, startup_terminal) = {
        let w = wire.lock().expect("lock");
        (w.up + w.down, w.log.len(), p.bytes())
    };
    if settled_at.is_none() {
        return Err(format!("tix never settled; the screen:\n{}", p.screen()));
    }

    let mut actions = vec![];
    let mark = |p: &pty::Pty| {
        let w = wire.lock().expect("lock");
        (w.up + w.down, w.log.len(), p.bytes())
    };
    for i in 0..10 {
        // Open the next ticket.
        let before_ticket = shown_ticket(&p.screen());
        key(&mut p, "j");
        if low_bandwidth {
            std::thread::sleep(Duration::from_millis(30));
            key(&mut p, "\r");
        }
        let (w0, r0, b0) = mark(&p);
        let t = Instant::now();
        let wait = until(&p, t, |s| {
            settled(s) && shown_ticket(s).is_some() && shown_ticket(s) != before_ticket
        });
        let (w1, r1, b1) = mark(&p);
        let id = shown_ticket(&p.screen()).unwrap_or_default();
        actions.push(Action {
            what: format!("open #{id}"),
            wait,
            wire: w1 - w0,
            requests: r1 - r0,
            terminal: b1 - b0,
        });
        if i % 2 == 0 {
            // Reply: r, the text, ctrl-s; done when the helpdesk has it and the panels show it.
            let text = format!("Thanks, looking into it ({i}).");
            key(&mut p, "r");
            std::thread::sleep(Duration::from_millis(100));
            key(&mut p, &text);
            std::thread::sleep(Duration::from_millis(100));
            let (w0, r0, b0) = mark(&p);
            let t = Instant::now();
            key(&mut p, "\x13");
            let wait = until(&p, t, |s| settled(s) && notice_says(s, &id, "updated"));
            let (w1, r1, b1) = mark(&p);
            actions.push(Action {
                what: format!("reply #{id}"),
                wait,
                wire: w1 - w0,
                requests: r1 - r0,
                terminal: b1 - b0,
            });
        } else {
            // The status picker starts on the current status: the next one is another.
            key(&mut p, "s");
            std::thread::sleep(Duration::from_millis(100));
            key(&mut p, "j");
            std::thread::sleep(Duration::from_millis(100));
            let (w0, r0, b0) = mark(&p);
            let t = Instant::now();
            key(&mut p, "\r");
            let wait = until(&p, t, |s| settled(s) && notice_says(s, &id, "updated"));
            let (w1, r1, b1) = mark(&p);
            actions.push(Action {
                what: format!("status #{id}"),
                wait,
                wire: w1 - w0,
                requests: r1 - r0,
                terminal: b1 - b0,
            });
        }
    }
    if actions.iter().any(|a| a.wait.is_none()) {
        eprintln!("an action did not finish; the screen:\n{}", p.screen());
    }
    let (w, log) = {
        let w = wire.lock().expect("lock");
        ((w.up, w.down), w.log.clone())
    };
    Ok(Run {
        first_rows,
        settled: settled_at,
        startup_wire,
        startup_requests,
        startup_terminal,
        actions,
        wire: w,
        terminal: p.bytes(),
        log,
    })
}

fn kb(b: u64) -> String {
    format!("{:.1} kB", b as f64 / 1000.0)
}

fn secs(d: Option<Duration>) -> String {
    d.map_or("not done".into(), |d| format!("{:.2} s", d.as_secs_f64()))
}

/// `GET /api/v2/tickets/1234/comments.json?x=1` → `GET /api/v2/tickets/N/comments.json`.
fn kind(line: &str) -> String {
    let path = line.split('?').next().unwrap_or(line);
    path.split('/')
        .map(|seg| {
            let (stem, ext) = seg.split_once('.').unwrap_or((seg, ""));
            let stem = if !stem.is_empty() && stem.chars().all(|c| c.is_ascii_digit()) {
                "N"
            } else {
                stem
            };
            if ext.is_empty() {
                stem.to_string()
            } else {
                format!("{stem}.{ext}")
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn report(mode: &str, r: &Run) {
    println!("== {mode} mode, demo-server --latency-ms 300 --kbps 56, 120x40 ==");
    println!(
        "wire: {} ({} from tix, {} to tix) in {} requests · terminal: {}",
        kb(r.wire.0 + r.wire.1),
        kb(r.wire.0),
        kb(r.wire.1),
        r.log.len(),
        kb(r.terminal as u64)
    );
    println!(
        "start: first rows {} · settled {} · {} in {} requests · terminal {}",
        secs(r.first_rows),
        secs(r.settled),
        kb(r.startup_wire),
        r.startup_requests,
        kb(r.startup_terminal as u64)
    );
    let mut waits: Vec<Duration> = r.actions.iter().filter_map(|a| a.wait).collect();
    waits.sort();
    if let (Some(longest), false) = (waits.last(), waits.is_empty()) {
        let over = waits
            .iter()
            .filter(|w| **w > Duration::from_secs(2))
            .count();
        println!(
            "wait per action: median {:.2} s · longest {:.2} s · over 2 s: {over} of {} · not done: {}",
            waits[waits.len() / 2].as_secs_f64(),
            longest.as_secs_f64(),
            r.actions.len(),
            r.actions.len() - waits.len()
        );
    }
    for a in &r.actions {
        println!(
            "  {:<22} wait {:>9} · wire {:>8} in {:>2} requests · terminal {:>8}",
            a.what,
            secs(a.wait),
            kb(a.wire),
            a.requests,
            kb(a.terminal as u64)
        );
    }
    // The requests, by kind: where the bytes go.
    let mut kinds: Vec<(String, usize, u64, u64)> = vec![];
    for e in &r.log {
        let k = kind(&e.line);
        match kinds.iter_mut().find(|x| x.0 == k) {
            Some(x) => {
                x.1 += 1;
                x.2 += e.up;
                x.3 += e.down;
            }
            None => kinds.push((k, 1, e.up, e.down)),
        }
    }
    kinds.sort_by_key(|k| std::cmp::Reverse(k.2 + k.3));
    println!("requests by kind (count, from tix, to tix):");
    for (k, n, up, down) in kinds {
        println!("  {n:>3} × {k:<52} {:>8} {:>9}", kb(up), kb(down));
    }
    if std::env::var_os("POOR_LINK_REQUESTS").is_some() {
        for e in &r.log {
            println!("  {:>6} {:>7}  {}", e.up, e.down, e.line);
        }
    }
}

fn main() {
    let modes: &[(&str, bool)] = match std::env::var("POOR_LINK_MODE").as_deref() {
        Ok("low") => &[("low-bandwidth", true)],
        Ok("normal") => &[("normal", false)],
        _ => &[("low-bandwidth", true), ("normal", false)],
    };
    for (name, low) in modes {
        match session(*low) {
            Ok(r) => report(name, &r),
            Err(e) => println!("{name} mode: {e}"),
        }
    }
}
