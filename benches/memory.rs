//! A whole view in the workspace: the binary in a 120x40 pseudo-terminal against
//! `tix demo-server --tickets N`, with a local `[sla]` policy so the whole "All unsolved" view is
//! loaded (the queue's order is then tix's own). Prints, for a view of about 10,000 and 100,000
//! tickets: the time
//! until the view is complete, the resident memory of the tix process then (VmRSS) and at its
//! peak (VmHWM, from /proc/PID/status), and how long the help overlay took to open while the view
//! was still loading. Asserts nothing.
//!     cargo bench --bench memory

use std::io::{BufRead, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

#[allow(dead_code)]
#[path = "../tests/common/pty.rs"]
mod pty;

/// The binary measured: this build's, or another one named by `TIX_BIN` (to compare builds).
fn tix() -> String {
    std::env::var("TIX_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_tix").to_string())
}

/// The demo server, stopped however the run ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// VmRSS and VmHWM of a process, in MB.
fn memory(pid: u32) -> Option<(f64, f64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb = |key: &str| -> Option<f64> {
        let line = status.lines().find(|l| l.starts_with(key))?;
        let n: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(n / 1024.0)
    };
    Some((kb("VmRSS:")?, kb("VmHWM:")?))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn run(tickets: u32) {
    let mut server = Server(
        Command::new(tix())
            .args(["demo-server", "--tickets", &tickets.to_string()])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("demo server"),
    );
    let mut url = String::new();
    std::io::BufReader::new(server.0.stdout.take().expect("stdout"))
        .read_line(&mut url)
        .expect("url");
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(
        dir.path().join("config.toml"),
        format!(
            "default_profile = \"demo\"\n[profiles.demo]\nbackend = \"zendesk\"\nurl = \"{}\"\n\
             [sla]\nfirst_response = {{ urgent = 60, high = 240, normal = 480, low = 1440 }}\n",
            url.trim()
        ),
    )
    .expect("config");
    let t0 = Instant::now();
    let mut p = pty::spawn_bin(&tix(), &[], dir.path(), &[]);
    let pid = p.child.id();
    let end = t0 + Duration::from_secs(300);
    // While it loads: the help overlay, opened and closed again, as often as the load lasts.
    let mut seen_loading = false;
    let mut help = vec![];
    let done = loop {
        let s = p.screen();
        if s.contains("loading") {
            seen_loading = true;
            let k = Instant::now();
            p.master.write_all(b"?").expect("write");
            while k.elapsed() < Duration::from_secs(10) && !p.screen().contains(" Keys: ") {
                std::thread::sleep(Duration::from_millis(1));
            }
            help.push(k.elapsed());
            p.master.write_all(b"\x1b").expect("write");
            while k.elapsed() < Duration::from_secs(20) && p.screen().contains(" Keys: ") {
                std::thread::sleep(Duration::from_millis(1));
            }
        } else if seen_loading && s.contains("online") {
            break Some(t0.elapsed());
        }
        if Instant::now() > end {
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let Some(loaded) = done else {
        println!(
            "{tickets}: the view did not load in 300 s; the screen:\n{}",
            p.screen()
        );
        return;
    };
    // Let the queue's save to the cache finish before reading the memory it leaves.
    std::thread::sleep(Duration::from_secs(2));
    let title = p
        .screen()
        .lines()
        .find(|l| l.contains("Queue:"))
        .map(|l| l.trim().to_string())
        .unwrap_or_default();
    let Some((rss, hwm)) = memory(pid) else {
        println!("{tickets}: no /proc/{pid}/status");
        return;
    };
    help.sort();
    let help = match help.len() {
        0 => "no help overlay opened while loading".to_string(),
        n => format!(
            "help overlay while loading: median {:.0} ms, max {:.0} ms ({n} times)",
            ms(help[n / 2]),
            ms(help[n - 1])
        ),
    };
    println!(
        "{tickets:>7} demo tickets: whole view in {:.2} s · VmRSS {rss:.1} MB · VmHWM {hwm:.1} MB · {help}\n          {title}",
        loaded.as_secs_f64()
    );
}

fn main() {
    // About two thirds of the demo's tickets are unsolved: these hold some 10,000 and 100,000.
    for n in [14_800, 147_600] {
        run(n);
    }
}
