//! Plain mode, the binary in a real pseudo-terminal and behind a pipe: what it writes holds no
//! escape sequence at all, and the whole triage loop (list, open, a reply through the multi-line
//! prompt, a status) is done in it and lands on the demo server.

use std::io::{BufRead, Read, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::pty::*;

/// Every byte is text a screen reader can speak: valid UTF-8 (so a 0x9b byte can only be the
/// continuation byte of a character, never an 8-bit CSI), no ESC (0x1b), no C1 control (U+0080 to
/// U+009F, 0x9b among them), and no C0 control but newline, carriage return and tab.
fn assert_no_escapes(out: &[u8]) {
    assert!(!out.contains(&0x1b), "an ESC byte in:\n{}", lossy(out));
    let text = std::str::from_utf8(out).expect("plain output is UTF-8");
    for (i, c) in text.char_indices() {
        let bad =
            matches!(c, '\0'..='\u{1f}' | '\u{7f}'..='\u{9f}') && !matches!(c, '\n' | '\r' | '\t');
        assert!(
            !bad,
            "control {c:?} at byte {i}, after: {:?}",
            lossy(&out[i.saturating_sub(80)..i])
        );
    }
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Waits (up to 30 s) until the output after byte `from` holds `needle`; where it ends.
fn wait_after(p: &Pty, from: usize, needle: &str) -> usize {
    let end = Instant::now() + Duration::from_secs(30);
    loop {
        let text = p.text();
        if let Some(at) = text.get(from..).and_then(|t| t.find(needle)) {
            return from + at + needle.len();
        }
        assert!(
            Instant::now() < end,
            "{needle:?} never came; the output after byte {from}:\n{}",
            text.get(from..).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// `wait_after`, pressing Enter at each "more" prompt of a long block on the way.
fn wait_paging(p: &mut Pty, from: usize, needle: &str) -> usize {
    wait_paging_past(p, from, needle, "Press Enter for more")
}

/// `wait_paging` with the "more" prompt in another language.
fn wait_paging_past(p: &mut Pty, from: usize, needle: &str, more: &str) -> usize {
    let end = Instant::now() + Duration::from_secs(30);
    let mut pressed = from;
    loop {
        let text = p.text();
        if let Some(at) = text.get(from..).and_then(|t| t.find(needle)) {
            return from + at + needle.len();
        }
        if let Some(at) = text[pressed..].find(more) {
            pressed += at + 1;
            p.keys("\n");
        }
        assert!(
            Instant::now() < end,
            "{needle:?} never came:\n{}",
            &text[from..]
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// `tix demo-server ARGS...` and the URL it names on its first line.
fn demo_server(args: &[&str]) -> (Child, String) {
    let mut server = Command::new(TIX)
        .arg("demo-server")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut url = String::new();
    std::io::BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut url)
        .unwrap();
    (server, url.trim().to_string())
}

fn profile_config(dir: &std::path::Path, url: &str) {
    std::fs::write(
        dir.join("config.toml"),
        format!(
            "default_profile = \"local\"\n[profiles.local]\nbackend = \"zendesk\"\nurl = \"{url}\"\n"
        ),
    )
    .unwrap();
}

/// The ticket as the helpdesk has it now (`tix show --json`, from another data dir).
fn on_server(dir: &std::path::Path, id: &str) -> serde_json::Value {
    let out = Command::new(TIX)
        .args(["show", id, "--json"])
        .env("TIX_CONFIG_DIR", dir)
        .env("TIX_DATA_DIR", dir.join("reader"))
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

/// No editor: the multi-line prompt is what plain mode offers then.
const NO_EDITOR: [(&str, &str); 2] = [("VISUAL", ""), ("EDITOR", "")];

#[test]
fn the_triage_loop_in_plain_mode_reaches_the_helpdesk_and_writes_no_escape_sequence() {
    let (mut server, url) = demo_server(&["--tickets", "100"]);
    let dir = tempfile::tempdir().unwrap();
    profile_config(dir.path(), &url);
    let mut p = spawn_with(&["--plain"], dir.path(), &NO_EDITOR);
    let at = wait_after(&p, 0, "Loaded ");
    p.keys("list\n");
    let at = wait_after(&p, at, "Queue ");
    // The queue's first record: its id comes first on the line.
    let at = wait_after(&p, at, "\n");
    let text = p.text();
    let id: String = text[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert!(
        !id.is_empty(),
        "no record after the heading:\n{}",
        &text[at..]
    );

    p.keys(&format!("open {id}\n"));
    let at = wait_after(&p, at, &format!("Ticket {id}, "));
    let at = wait_paging(&mut p, at, &format!("End of ticket {id}."));

    p.keys("reply\n");
    let at = wait_after(&p, at, "Write the reply to ");
    p.keys("Thank you for waiting,\n");
    p.keys("\n");
    p.keys("the search index is rebuilt now.\n");
    // Kept on disk as typed: a crash here loses nothing.
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        p.drafts()
            .iter()
            .any(|d| d.contains("the search index is rebuilt now.")),
        "{:?}",
        p.drafts()
    );
    p.keys(".\n");
    let at = wait_after(&p, at, "Send the reply to ");
    let at = wait_after(&p, at, "default: send.");
    p.keys("\n"); // the default: send
    let at = wait_after(&p, at, "Sending reply to ");
    let at = wait_after(&p, at, " updated");

    p.keys("status\n");
    let at = wait_after(&p, at, "Status of ");
    let line_end = wait_after(&p, at, "press Enter for the default.");
    let choice = p.text()[at..line_end].to_string();
    let pending = choice
        .split("  ")
        .find_map(|o| {
            let (n, label) = o.trim().split_once(". ")?;
            let n = n.rsplit(' ').next()?;
            label.starts_with("Pending").then(|| n.to_string())
        })
        .unwrap_or_else(|| panic!("no Pending among: {choice}"));
    p.keys(&format!("{pending}\n"));
    let at = wait_after(&p, line_end, "Setting status of ");
    wait_after(&p, at, " updated");
    p.keys("quit\n");
    assert!(p.exit().success());
    assert_no_escapes(&p.output.lock().unwrap());

    let t = on_server(dir.path(), &id);
    assert_eq!(t["status_category"], "pending", "{t}");
    let replies: Vec<_> = t["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| {
            m["public"] == true
                && m["body"].as_str().is_some_and(|b| {
                    b.contains("Thank you for waiting,\n\nthe search index is rebuilt now.")
                })
        })
        .collect();
    assert_eq!(replies.len(), 1, "the reply reached the ticket once: {t}");
    assert!(p.drafts().is_empty(), "the sent reply is no draft");
    let _ = server.kill();
    let _ = server.wait();
}

#[test]
fn term_dumb_chooses_plain_mode() {
    let dir = tempfile::tempdir().unwrap();
    let mut env = NO_EDITOR.to_vec();
    env.push(("TERM", "dumb"));
    let mut p = spawn_with(&["--demo", "--tickets", "50"], dir.path(), &env);
    let at = wait_after(&p, 0, "tix plain mode");
    wait_after(&p, at, "Loaded ");
    p.keys("help\n");
    wait_after(&p, at, "Commands:");
    p.keys("quit\n");
    assert!(p.exit().success());
    assert_no_escapes(&p.output.lock().unwrap());
}

#[test]
fn plain_mode_speaks_the_locale_s_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut env = NO_EDITOR.to_vec();
    env.push(("LANG", "ro_RO.UTF-8"));
    let mut p = spawn_with(&["--plain", "--demo", "--tickets", "50"], dir.path(), &env);
    let at = wait_after(&p, 0, "tix în modul simplu, pe helpdeskul demo.");
    let at = wait_after(&p, at, "de tichete din ");
    p.keys("list\n");
    let at = wait_after(&p, at, "Coada ");
    let at = wait_after(&p, at, "\n");
    let text = p.text();
    let id: String = text[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert!(
        !id.is_empty(),
        "no record after the heading:\n{}",
        &text[at..]
    );
    p.keys(&format!("open {id}\n"));
    let at = wait_after(&p, at, &format!("Tichetul {id}, "));
    let at = wait_paging_past(
        &mut p,
        at,
        &format!("Sfârșitul tichetului {id}."),
        "Apăsați Enter pentru continuare",
    );
    p.keys("reply\n");
    let at = wait_after(&p, at, "Scrieți răspunsul la ");
    p.keys("Mulțumim pentru răbdare.\n.\n");
    let at = wait_after(&p, at, "Trimiteți răspunsul la ");
    // The choices' words are Romanian too: "renunță" (discard) is the fourth.
    let at = wait_after(&p, at, "4. renunță");
    let at = wait_after(&p, at, "implicit: trimite.");
    p.keys("4\n");
    p.keys("nimic\n");
    wait_after(
        &p,
        at,
        "Eroare: nimic nu e o comandă. Tastați help pentru comenzi.",
    );
    p.keys("quit\n");
    assert!(p.exit().success());
    assert_no_escapes(&p.output.lock().unwrap());
}

#[test]
fn accessible_chooses_plain_mode_on_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let mut env = NO_EDITOR.to_vec();
    env.push(("ACCESSIBLE", "1"));
    let mut p = spawn_with(&["--demo", "--tickets", "50"], dir.path(), &env);
    wait_after(&p, 0, "Loaded ");
    p.keys("quit\n");
    assert!(p.exit().success());
    assert_no_escapes(&p.output.lock().unwrap());
}

#[test]
fn a_stdin_that_is_no_terminal_chooses_plain_mode_and_a_script_gets_each_answer_in_turn() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(TIX)
        .args(["--demo", "--tickets", "50"])
        .env("TIX_CONFIG_DIR", dir.path())
        .env("TIX_DATA_DIR", dir.path())
        .env("TERM", "xterm-256color")
        .envs(NO_EDITOR)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // All at once: each line is read once the answer to the last one is out.
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"list\nnext\nquit\n")
        .unwrap();
    let mut out = vec![];
    child.stdout.take().unwrap().read_to_end(&mut out).unwrap();
    assert!(child.wait().unwrap().success());
    assert_no_escapes(&out);
    let text = lossy(&out);
    assert!(text.starts_with("tix plain mode"), "{text}");
    // The demo's queue has tickets at or past their deadline: one line says the first, in words,
    // and one counts the rest (the throttle).
    let alert = text
        .lines()
        .find(|l| l.starts_with("Deadline alert: "))
        .unwrap_or_else(|| panic!("no alert: {text}"));
    assert!(
        alert.contains("breached ") || alert.contains("breaches in "),
        "{alert}"
    );
    assert!(
        text.contains("more announcements came; type news to hear them."),
        "{text}"
    );
    let list = text.find("Queue ").expect("the queue listed");
    let next = text[list..].find("Ticket ").expect("next opened a ticket");
    // `next` opened the second record of the list.
    let second = text[list..].lines().nth(2).unwrap();
    let id: String = second.chars().take_while(char::is_ascii_digit).collect();
    assert!(
        text[list + next..].starts_with(&format!("Ticket {id}, ")),
        "{text}"
    );
}

#[test]
fn hostile_tickets_reach_plain_mode_inert() {
    let (mut server, url) = demo_server(&["--tickets", "120", "--hostile"]);
    let dir = tempfile::tempdir().unwrap();
    profile_config(dir.path(), &url);
    let mut child = Command::new(TIX)
        .env("TIX_CONFIG_DIR", dir.path())
        .env("TIX_DATA_DIR", dir.path())
        .envs(NO_EDITOR)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Every page of the queue, and the first twenty tickets whole.
    let mut script = String::from("list 1\nlist 2\nlist 3\nlist 4\nlist 5\nlist 6\nshow\n");
    script.push_str(&"next\n".repeat(20));
    script.push_str("quit\n");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(script.as_bytes())
        .unwrap();
    let mut out = vec![];
    child.stdout.take().unwrap().read_to_end(&mut out).unwrap();
    assert!(child.wait().unwrap().success());
    assert_no_escapes(&out);
    // The hostile text was there, shown as the sanitizer's pictures.
    let text = lossy(&out);
    assert!(
        text.contains('\u{241b}'),
        "no hostile ticket was shown:\n{text}"
    );
    let _ = server.kill();
    let _ = server.wait();
}

#[test]
#[should_panic(expected = "an ESC byte")]
fn the_check_finds_an_escape_sequence() {
    assert_no_escapes(b"Queue\r\n\x1b[2J");
}

#[test]
#[should_panic(expected = "control")]
fn the_check_finds_an_8_bit_csi() {
    assert_no_escapes("1475, \u{9b}2J".as_bytes());
}

#[test]
fn with_an_editor_set_the_reply_is_written_there_and_the_terminal_is_the_editors_meanwhile() {
    use std::os::unix::fs::PermissionsExt;
    let (mut server, url) = demo_server(&["--tickets", "60"]);
    let dir = tempfile::tempdir().unwrap();
    profile_config(dir.path(), &url);
    let tools = tempfile::tempdir().unwrap();
    // The editor reads its text from the terminal: were tix reading it too, it would take the line.
    let editor = tools.path().join("editor.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nread line\nprintf '%s, from the editor\\n' \"$line\" > \"$1\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let editor = editor.to_string_lossy().into_owned();
    let mut p = spawn_with(
        &["--plain"],
        dir.path(),
        &[("VISUAL", editor.as_str()), ("EDITOR", "")],
    );
    let at = wait_after(&p, 0, "Loaded ");
    p.keys("show\n");
    let at = wait_paging(&mut p, at, "End of ticket ");
    let text = p.text();
    let id: String = text[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    p.keys("reply\n");
    let at = wait_after(&p, at, "Opening your editor");
    p.keys("Written in vi\n");
    let at = wait_after(&p, at, "default: send.");
    p.keys("\n");
    let at = wait_after(&p, at, " updated");
    // The terminal is tix's again.
    p.keys("list\n");
    wait_after(&p, at, "Queue ");
    p.keys("quit\n");
    assert!(p.exit().success());
    assert_no_escapes(&p.output.lock().unwrap());
    let t = on_server(dir.path(), &id);
    assert!(
        t["messages"].as_array().unwrap().iter().any(|m| m["body"]
            .as_str()
            .is_some_and(|b| b.contains("Written in vi, from the editor"))),
        "{t}"
    );
    let _ = server.kill();
    let _ = server.wait();
}

#[test]
fn a_reply_left_in_the_outbox_is_announced_when_a_later_session_delivers_it() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    // Started again with the same anchor, the demo holds the same tickets with the same times,
    // as a helpdesk back after an outage does (a new anchor would be a changed ticket, and the
    // reply would rightly come back as a collision).
    let anchor = jiff::Timestamp::now().to_string();
    let addr = format!("127.0.0.1:{port}");
    let on_port = || demo_server(&["--tickets", "60", "--addr", &addr, "--anchor", &anchor]).0;
    let mut server = on_port();
    let dir = tempfile::tempdir().unwrap();
    profile_config(dir.path(), &format!("http://127.0.0.1:{port}"));
    let mut p = spawn_with(&["--plain"], dir.path(), &NO_EDITOR);
    let at = wait_after(&p, 0, "Loaded ");
    p.keys("show\n");
    let at = wait_paging(&mut p, at, "End of ticket ");
    // The link drops; the agent writes and sends anyway.
    let _ = server.kill();
    let _ = server.wait();
    p.keys("reply\n");
    let at = wait_after(&p, at, "Write the reply to ");
    p.keys("Sent while offline\n.\n");
    let at = wait_after(&p, at, "default: send.");
    p.keys("\n");
    wait_after(&p, at, "waits in the outbox");
    p.keys("quit\n");
    assert!(p.exit().success());
    // The next session delivers it, and says so on a line of its own.
    let mut server = on_port();
    let mut again = spawn_with(&["--plain"], dir.path(), &NO_EDITOR);
    wait_after(&again, 0, "was delivered from the outbox.");
    again.keys("quit\n");
    assert!(again.exit().success());
    assert_no_escapes(&again.output.lock().unwrap());
    let _ = server.kill();
    let _ = server.wait();
}
