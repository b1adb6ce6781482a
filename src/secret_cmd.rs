//! Commands tix runs for a secret (`token_cmd`, e.g. `pass show helpdesk`): run by `sh -c`, their
//! standard output is the secret. They get a time limit, and are killed past it: a command that
//! never ends (a hung agent, a prompt nobody sees) would otherwise hang tix before its screen
//! starts.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::config::Secret;

/// Long enough to type a passphrase into a pinentry prompt.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// No secret is this long; a command that prints without end is not read without end.
const MAX_OUTPUT: u64 = 64 * 1024;

/// The limit: `TIX_CMD_TIMEOUT_MS` when set (in milliseconds), else 30 s.
pub fn timeout() -> Duration {
    std::env::var("TIX_CMD_TIMEOUT_MS")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .map_or(DEFAULT_TIMEOUT, Duration::from_millis)
}

/// Runs `cmd` (named `what` in errors) and returns its trimmed output. Its standard error goes to
/// the terminal, so a prompt or a complaint reaches the user.
/// Its errors are said in the process's language (`cli_lang::lang`).
pub fn run(what: &str, cmd: &str, limit: Duration) -> Result<Secret, String> {
    run_in(what, cmd, limit, crate::cli_lang::lang())
}

/// `run`, its errors said in `l`; `what` is the setting's name (`token_cmd`), as typed.
fn run_in(what: &str, cmd: &str, limit: Duration, l: crate::i18n::Lang) -> Result<Secret, String> {
    let mut command = Command::new("sh");
    command
        .args(["-c", cmd])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    // Its own process group, so that a timeout stops what the shell started too (`sh -c` forks
    // for the command): an orphan would hold tix's standard error open after tix is gone.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command.spawn().map_err(|e| {
        let why = e.to_string();
        crate::t!(l, "secret-cmd-cannot-run", what = what, why = why)
    })?;
    let stdout = child.stdout.take();
    let (tx, rx) = std::sync::mpsc::channel();
    // Read on another thread, so the wait below can give up.
    std::thread::spawn(move || {
        let mut out = vec![];
        if let Some(s) = stdout {
            let _ = s.take(MAX_OUTPUT).read_to_end(&mut out);
        }
        let _ = tx.send(out);
    });
    let deadline = Instant::now() + limit;
    let late = || {
        let seconds = limit.as_secs_f64().to_string();
        crate::t!(l, "secret-cmd-late", what = what, seconds = seconds)
    };
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                stop(&mut child);
                return Err(late());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return Err(format!("{what}: {e}")),
        }
    };
    // Something it started may still hold its output open: that wait is bounded too.
    let out = rx
        .recv_timeout(deadline.saturating_duration_since(Instant::now()))
        .map_err(|_| {
            stop(&mut child);
            late()
        })?;
    if !status.success() {
        let status = status.to_string();
        return Err(crate::t!(
            l,
            "secret-cmd-failed",
            what = what,
            status = status
        ));
    }
    let secret = String::from_utf8_lossy(&out).trim().to_string();
    if secret.is_empty() {
        return Err(crate::t!(l, "secret-cmd-silent", what = what));
    }
    Ok(Secret::new(secret))
}

/// Kills the command's whole process group (on Unix; elsewhere the shell alone).
fn stop(child: &mut std::process::Child) {
    #[cfg(unix)]
    if let Ok(pgid) = i32::try_from(child.id()) {
        // SAFETY: kill(2) with a negative pid signals that process group; no memory is involved.
        unsafe { libc::kill(-pgid, libc::SIGKILL) };
    }
    let _ = child.kill();
    let _ = child.wait();
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_command_s_failure_is_said_in_the_language_asked() {
        let long = Duration::from_secs(20);
        let ro = crate::i18n::Lang::Ro;
        assert_eq!(
            run_in("token_cmd", "true", long, ro).unwrap_err(),
            "token_cmd nu a afișat nimic"
        );
        let e = run_in("token_cmd", "sleep 30", Duration::from_millis(200), ro).unwrap_err();
        assert_eq!(e, "token_cmd nu s-a terminat în 0.2 s: a fost oprit");
    }

    #[test]
    fn output_status_and_the_limit() {
        let long = Duration::from_secs(20);
        assert_eq!(run("c", "echo '  t0k  '", long).unwrap().expose(), "t0k");
        assert!(run("c", "false", long).unwrap_err().starts_with("c failed"));
        assert_eq!(run("c", "true", long).unwrap_err(), "c printed nothing");
        let t0 = Instant::now();
        let e = run("token_cmd", "sleep 30", Duration::from_millis(200)).unwrap_err();
        assert_eq!(e, "token_cmd did not finish within 0.2 s: stopped it");
        // Not a timing test: 30 s of sleep against a 20 s guard tells a kill from a wait.
        assert!(t0.elapsed() < long);
        let e = run("c", "sleep 30 & echo t0k", Duration::from_millis(200)).unwrap_err();
        assert!(e.contains("did not finish"), "{e}");
    }
}
