//! A `tix demo-server` process for the binary's tests, and a config dir pointing at it.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// A `tix demo-server` child, killed when the test ends.
pub struct DemoServer {
    child: Child,
    pub url: String,
}

impl DemoServer {
    /// `--seed 3 --tickets N`.
    pub fn start(tickets: u32) -> DemoServer {
        DemoServer::spawn(&["--tickets", &tickets.to_string()])
    }

    /// `tix demo-server --seed 3 ARGS...`.
    pub fn spawn(args: &[&str]) -> DemoServer {
        DemoServer::spawn_seeded(3, args)
    }

    /// `tix demo-server --seed SEED ARGS...`; its first line of output names its URL.
    pub fn spawn_seeded(seed: u64, args: &[&str]) -> DemoServer {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tix"))
            .args(["demo-server", "--seed", &seed.to_string()])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("tix demo-server starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line.trim().to_string();
        assert!(
            url.starts_with("http://127.0.0.1:"),
            "first line names the URL: {url:?}"
        );
        DemoServer { child, url }
    }
}

impl Drop for DemoServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A config (and data) dir, private as tix wants it, whose default profile is the helpdesk at
/// `url`.
pub fn config_dir(url: &str) -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        format!("default_profile = \"local\"\n[profiles.local]\nbackend = \"zendesk\"\nurl = \"{url}\"\n"),
    )
    .unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    dir
}
