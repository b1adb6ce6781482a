//! The binary in a 120x40 pseudo-terminal against `tix demo-server --hostile`, with the demo's
//! 2 MB pasted log open: how long from a key written to the terminal until the first byte of the
//! answer comes back, over 100 keys. Prints median, p95 and max; asserts nothing. (The demo has
//! no 10 MB body; benches/big_body.rs measures those in process.)
//!     cargo bench --bench big_body_pty

use std::io::{BufRead, Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const TIX: &str = env!("CARGO_BIN_EXE_tix");

struct Pty {
    child: Child,
    master: std::fs::File,
    _slave: OwnedFd,
    /// Bytes read so far, and the screen they draw.
    read: Arc<Mutex<(usize, vt100::Parser)>>,
}

fn spawn(dir: &std::path::Path) -> Pty {
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: 40,
        ws_col: 120,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty writes two fds into the out-pointers; the size is only read.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(rc, 0, "openpty");
    // SAFETY: both fds were just opened for us and are owned from here on.
    let (master, slave) = unsafe {
        (
            std::fs::File::from_raw_fd(master),
            OwnedFd::from_raw_fd(slave),
        )
    };
    let io = |fd: &OwnedFd| Stdio::from(fd.try_clone().expect("fd"));
    let child = Command::new(TIX)
        .env("TIX_CONFIG_DIR", dir)
        .env("TIX_DATA_DIR", dir)
        .env("TERM", "xterm-256color")
        .stdin(io(&slave))
        .stdout(io(&slave))
        .stderr(io(&slave))
        .spawn()
        .expect("tix");
    let read = Arc::new(Mutex::new((0, vt100::Parser::new(40, 120, 0))));
    let mut reader = master.try_clone().expect("fd");
    let sink = read.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            let mut s = sink.lock().expect("lock");
            s.0 += n;
            s.1.process(&buf[..n]);
        }
    });
    Pty {
        child,
        master,
        _slave: slave,
        read,
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Pty {
    fn screen(&self) -> String {
        self.read.lock().expect("lock").1.screen().contents()
    }

    fn bytes(&self) -> usize {
        self.read.lock().expect("lock").0
    }

    fn wait_for(&self, needle: &str, ms: u64) -> bool {
        let end = Instant::now() + Duration::from_millis(ms);
        while Instant::now() < end {
            if self.screen().contains(needle) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        false
    }

    /// Writes a key; the time until the first byte of the answer, if one came within 2 s.
    fn key(&mut self, k: &str) -> Option<Duration> {
        let before = self.bytes();
        let t0 = Instant::now();
        self.master.write_all(k.as_bytes()).expect("write");
        while t0.elapsed() < Duration::from_secs(2) {
            if self.bytes() > before {
                return Some(t0.elapsed());
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        None
    }

    /// Waits until nothing has been written for `quiet`.
    fn settle(&self, quiet: Duration) {
        let mut last = self.bytes();
        let mut since = Instant::now();
        while since.elapsed() < quiet {
            std::thread::sleep(Duration::from_millis(5));
            let now = self.bytes();
            if now != last {
                last = now;
                since = Instant::now();
            }
        }
    }
}

/// The demo server, stopped however the run ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let mut server = Server(
        Command::new(TIX)
            .args(["demo-server", "--hostile", "--tickets", "200"])
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
            "default_profile = \"demo\"\n[profiles.demo]\nbackend = \"zendesk\"\nurl = \"{}\"\n",
            url.trim()
        ),
    )
    .expect("config");
    let mut p = spawn(dir.path());
    if !p.wait_for("online", 30_000) {
        println!("tix did not come online; the screen:\n{}", p.screen());
        return;
    }
    // The demo's 2 MB paste is the second comment of #1001 (with its default seed, 42): filter
    // the queue to it, and wait for the conversation.
    p.key("/");
    for c in "#1001 ".chars() {
        p.key(&c.to_string());
        p.settle(Duration::from_millis(30));
    }
    p.key("\r");
    if !(p.wait_for("Conversation #1001", 10_000) && p.wait_for("Here is the full log", 30_000)) {
        println!("the 2 MB body did not show; the screen:\n{}", p.screen());
        return;
    }
    // In the conversation: down and up, a page, the end and the top, reading on.
    const KEYS: [&str; 10] = ["\t", "j", "j", "k", "\x04", "G", "m", "g", "j", "\x1b[Z"];
    let mut times = vec![];
    let mut unanswered = 0;
    for i in 0..100 {
        p.settle(Duration::from_millis(50));
        match p.key(KEYS[i % KEYS.len()]) {
            Some(t) => times.push(t),
            None => unanswered += 1,
        }
    }
    times.sort();
    let n = times.len();
    let over = times.iter().filter(|t| ms(**t) > 50.0).count();
    if n > 0 {
        println!(
            "2 MB body open, 120x40 pty: key to first byte of the answer: median {:.2} ms · p95 {:.2} ms · max {:.2} ms · over 50 ms: {over} of {n} · unanswered in 2 s: {unanswered}",
            ms(times[n / 2]),
            ms(times[(n * 95 / 100).min(n - 1)]),
            ms(times[n - 1]),
        );
    }
    p.settle(Duration::from_millis(50));
    let t0 = Instant::now();
    p.master.write_all(b"q").expect("write");
    let end = t0 + Duration::from_secs(10);
    let quit = loop {
        if let Ok(Some(_)) = p.child.try_wait() {
            break Some(t0.elapsed());
        }
        if Instant::now() > end {
            break None;
        }
        std::thread::sleep(Duration::from_millis(1));
    };
    match quit {
        Some(t) => println!("q to exit: {:.1} ms", ms(t)),
        None => {
            println!("q not honoured in 10 s");
        }
    }
}
