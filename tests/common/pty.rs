//! tix in a real pseudo-terminal: keys in, the screen as a terminal would draw the bytes out.
//! Shared by the tests and by the benchmarks that drive the binary (`#[path]` in benches/).

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const TIX: &str = env!("CARGO_BIN_EXE_tix");

pub struct Pty {
    pub child: Child,
    pub master: std::fs::File,
    pub slave: OwnedFd,
    pub output: Arc<Mutex<Vec<u8>>>,
    /// What the screen shows, as a terminal would draw the bytes (vt100 does the parsing).
    pub screen: Arc<Mutex<vt100::Parser>>,
    pub dir: std::path::PathBuf,
}

/// Starts tix in a new 120x40 pseudo-terminal, with `dir` as its config and data dir.
pub fn spawn(args: &[&str], dir: &std::path::Path) -> Pty {
    spawn_with(args, dir, &[])
}

/// `spawn`, with more environment variables.
pub fn spawn_with(args: &[&str], dir: &std::path::Path, env: &[(&str, &str)]) -> Pty {
    spawn_bin(TIX, args, dir, env)
}

/// `spawn_with` for another build of tix (benchmarks compare builds).
pub fn spawn_bin(bin: &str, args: &[&str], dir: &std::path::Path, env: &[(&str, &str)]) -> Pty {
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
    let io = |fd: &OwnedFd| Stdio::from(fd.try_clone().unwrap());
    let child = Command::new(bin)
        .args(args)
        .env("TIX_CONFIG_DIR", dir)
        .env("TIX_DATA_DIR", dir)
        .env("TERM", "xterm-256color")
        // English, whatever the machine's locale, unless a test asks for another language.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .envs(env.iter().copied())
        .stdin(io(&slave))
        .stdout(io(&slave))
        .stderr(io(&slave))
        .spawn()
        .unwrap();
    let output = Arc::new(Mutex::new(Vec::new()));
    let screen = Arc::new(Mutex::new(vt100::Parser::new(40, 120, 0)));
    let mut reader = master.try_clone().unwrap();
    let (sink, parser) = (output.clone(), screen.clone());
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().extend_from_slice(&buf[..n]);
            parser.lock().unwrap().process(&buf[..n]);
        }
    });
    Pty {
        child,
        master,
        slave,
        output,
        screen,
        dir: dir.to_path_buf(),
    }
}

/// A tix still running when its test or benchmark ends is stopped with it.
impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Pty {
    /// How many bytes tix wrote to the terminal so far.
    pub fn bytes(&self) -> usize {
        self.output.lock().unwrap().len()
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.output.lock().unwrap()).into_owned()
    }

    pub fn screen(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits (up to 20 s) until the screen shows `needle`.
    pub fn wait_for(&self, needle: &str) {
        let end = Instant::now() + Duration::from_secs(20);
        while Instant::now() < end {
            if self.screen().contains(needle) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{needle:?} never appeared; the screen:\n{}", self.screen());
    }

    /// Waits until the workspace has settled: online, the queue complete, nothing in flight.
    pub fn wait_settled(&self) {
        let end = Instant::now() + Duration::from_secs(30);
        while Instant::now() < end {
            let s = self.screen();
            if s.contains("online")
                && !s.contains("loading")
                && !s.contains('⟳')
                && s.contains("Conversation #")
            {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("never settled; the screen:\n{}", self.screen());
    }

    pub fn keys(&mut self, s: &str) {
        self.master.write_all(s.as_bytes()).unwrap();
        std::thread::sleep(Duration::from_millis(80));
    }

    /// The terminal window changes size (as a terminal emulator would tell it).
    pub fn resize(&self, cols: u16, rows: u16) {
        let size = libc::winsize {
            ws_row: rows,
            ws_col: cols,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: TIOCSWINSZ reads the struct; the fd is our open pty.
        assert_eq!(
            unsafe { libc::ioctl(self.master.as_raw_fd(), libc::TIOCSWINSZ, &size) },
            0
        );
        self.signal(libc::SIGWINCH);
    }

    pub fn signal(&self, sig: i32) {
        // SAFETY: sending a signal to our own child process.
        unsafe { libc::kill(self.child.id() as i32, sig) };
    }

    pub fn exit(&mut self) -> std::process::ExitStatus {
        let end = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                std::thread::sleep(Duration::from_millis(100)); // let the reader catch up
                return s;
            }
            assert!(Instant::now() < end, "tix did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The terminal is back to normal: alternate screen left, cursor shown, mouse capture off,
    /// and the line discipline cooked again (raw mode off).
    pub fn assert_restored(&self) {
        let out = self.text();
        let tail = &out[out.rfind("\x1b[?1049l").expect("left the alternate screen")..];
        assert!(tail.contains("\x1b[?25h"), "cursor shown again");
        assert!(out.contains("\x1b[?1000l"), "mouse capture off");
        // SAFETY: tcgetattr fills the struct for a valid terminal fd.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        assert_eq!(
            unsafe { libc::tcgetattr(self.slave.as_raw_fd(), &mut t) },
            0
        );
        assert!(
            t.c_lflag & libc::ICANON != 0 && t.c_lflag & libc::ECHO != 0,
            "raw mode is off"
        );
    }

    /// Every draft on disk, of every profile.
    pub fn drafts(&self) -> Vec<String> {
        let files = |dir: std::path::PathBuf| {
            std::fs::read_dir(dir)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
        };
        files(self.dir.join("drafts"))
            .flat_map(files)
            .filter_map(|f| std::fs::read_to_string(f).ok())
            .collect()
    }
}
