//! The binary in a real pseudo-terminal: it draws, answers keys, and however it ends (quit,
//! SIGTERM, SIGHUP) it restores the terminal and keeps the draft being typed; kill -9 cannot be
//! caught, but the draft is on disk already.

use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::pty::*;

#[test]
fn draws_answers_keys_and_quits_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(&["--demo", "--tickets", "200"], dir.path());
    p.wait_for("All unsolved");
    p.wait_for("Customer");
    p.keys("?");
    p.wait_for("type to search");
    p.keys("\x1b");
    p.keys("q");
    assert!(p.exit().success());
    p.assert_restored();
}

/// An editor that replaces the file's text, or leaves it alone, and says it ran.
fn editor_script(dir: &std::path::Path, body: &str) -> String {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join("editor.sh");
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn the_draft_goes_to_the_agents_editor_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let tools = tempfile::tempdir().unwrap();
    // It checks what it was given, then writes the new text.
    let editor = editor_script(
        tools.path(),
        "grep -q 'typed in tix' \"$1\" && printf 'Rewritten in the editor\\n' > \"$1\"",
    );
    let mut p = spawn_with(
        &["--demo", "--tickets", "200"],
        dir.path(),
        &[("VISUAL", &editor)],
    );
    p.wait_settled();
    p.keys("r");
    p.wait_for("Reply to");
    p.keys("typed in tix");
    p.keys("\x0f"); // ctrl-o
    p.wait_for("Rewritten in the editor");
    p.wait_for("Text from the editor is in the composer");
    assert!(!p.screen().contains("typed in tix"));
    // The terminal is tix's again: keys reach the composer.
    p.keys(" and more");
    p.wait_for("Rewritten in the editor and more");
    let no_file_left = std::fs::read_dir(dir.path().join("edit")).map_or(0, |d| d.count());
    assert_eq!(no_file_left, 0, "the editor's file is removed");
    p.keys("\x1b");
    p.keys("q");
    assert!(p.exit().success());
    p.assert_restored();
}

#[test]
fn an_editor_that_changes_nothing_is_a_cancel() {
    let dir = tempfile::tempdir().unwrap();
    let tools = tempfile::tempdir().unwrap();
    let editor = editor_script(tools.path(), "true");
    let mut p = spawn_with(
        &["--demo", "--tickets", "200"],
        dir.path(),
        &[("EDITOR", &editor), ("VISUAL", "")],
    );
    p.wait_settled();
    p.keys("r");
    p.wait_for("Reply to");
    p.keys("kept as typed");
    p.keys("\x0f");
    p.wait_for("Editor closed without changes");
    assert!(p.screen().contains("kept as typed"));
    p.keys("\x1b");
    p.keys("q");
    assert!(p.exit().success());
}

#[test]
fn views_are_switched_and_the_last_one_is_where_the_next_start_begins() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(&["--demo", "--tickets", "200"], dir.path());
    p.wait_settled();
    p.keys("V");
    p.wait_for("Unassigned");
    p.keys("3"); // the third view, straight from the queue
    p.keys("\x1b");
    p.wait_for("Queue: Unassigned");
    p.keys("]");
    p.wait_for("Queue: Urgent & high");
    p.keys("q");
    assert!(p.exit().success());
    let mut again = spawn(&["--demo", "--tickets", "200"], dir.path());
    again.wait_for("Queue: Urgent & high");
    again.keys("q");
    assert!(again.exit().success());
}

#[test]
fn a_helpdesk_search_finds_a_solved_ticket_in_the_queue_panel() {
    let dir = tempfile::tempdir().unwrap();
    // A solved ticket of this demo (same seed and size, same data in every process).
    let out = Command::new(TIX)
        .args([
            "--demo",
            "--tickets",
            "200",
            "ls",
            "--view",
            "Recently solved",
            "--json",
        ])
        .env("TIX_CONFIG_DIR", dir.path())
        .env("TIX_DATA_DIR", dir.path().join("ls"))
        .output()
        .unwrap();
    let solved: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let (id, subject, label) = (
        solved[0]["id"].as_str().unwrap().to_string(),
        solved[0]["subject"].as_str().unwrap().to_string(),
        solved[0]["status_label"].as_str().unwrap().to_string(),
    );
    let mut p = spawn(&["--demo", "--tickets", "200"], dir.path());
    p.wait_settled();
    assert!(
        !p.screen().contains(&format!("#{id} ")),
        "not in the unsolved view"
    );
    p.keys("S");
    p.wait_for("Search the helpdesk");
    p.keys(&format!("\"{subject}\"\r"));
    // Its status as the helpdesk names it (the demo's custom status "Solved").
    p.wait_for(&format!("#{id} {label}"));
    p.wait_for("found; Esc goes back");
    p.keys("\x1b");
    p.wait_for("Queue: All unsolved");
    p.keys("q");
    assert!(p.exit().success());
}

#[test]
fn quitting_says_which_drafts_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(&["--demo", "--tickets", "200"], dir.path());
    p.wait_settled();
    let id = shown_ticket(&p);
    p.keys("n");
    p.wait_for("Internal note");
    p.keys("to finish later");
    p.keys("\x1b");
    p.keys("q");
    assert!(p.exit().success());
    p.assert_restored();
    let out = p.text();
    let after = &out[out.rfind("\x1b[?1049l").unwrap()..];
    assert!(
        after.contains(&format!("a note draft is kept for #{id}")),
        "{after:?}"
    );
}

#[test]
fn a_resize_to_an_absurd_size_neither_aborts_nor_breaks_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(&["--demo", "--tickets", "200"], dir.path());
    p.wait_for("All unsolved");
    p.resize(30000, 30000);
    std::thread::sleep(Duration::from_millis(1500));
    assert!(p.child.try_wait().unwrap().is_none(), "still running");
    p.resize(120, 40);
    p.keys("j");
    p.keys("q");
    assert!(p.exit().success());
    p.assert_restored();
}

fn type_a_draft_then(sig: i32) {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(&["--demo", "--tickets", "200"], dir.path());
    p.wait_for("All unsolved");
    p.wait_settled();
    p.keys("r");
    p.wait_for("Reply to");
    p.keys("half-typed answer");
    // At once, before the draft's timer ran: the signal handler flushes it.
    p.signal(sig);
    let status = p.exit();
    assert!(
        status.code().is_some(),
        "exited by itself, not killed: {status:?}"
    );
    p.assert_restored();
    let drafts = p.drafts();
    assert!(
        drafts.iter().any(|d| d.ends_with("\nhalf-typed answer")),
        "{drafts:?}"
    );
}

#[test]
fn sigterm_restores_the_terminal_and_keeps_the_draft() {
    type_a_draft_then(libc::SIGTERM);
}

#[test]
fn sighup_restores_the_terminal_and_keeps_the_draft() {
    type_a_draft_then(libc::SIGHUP);
}

#[test]
fn sigint_from_outside_restores_the_terminal_and_keeps_the_draft() {
    type_a_draft_then(libc::SIGINT);
}

#[test]
fn sigquit_restores_the_terminal_and_keeps_the_draft() {
    type_a_draft_then(libc::SIGQUIT);
}

/// How many messages of ticket `id` on the helpdesk of `dir`'s profile are exactly `text`.
fn copies_on_server(dir: &std::path::Path, id: &str, text: &str) -> usize {
    let out = Command::new(TIX)
        .args(["show", id, "--json"])
        .env("TIX_CONFIG_DIR", dir)
        .env("TIX_DATA_DIR", dir.join("reader"))
        .output()
        .unwrap();
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    shown["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["body"].as_str().is_some_and(|b| b.contains(text)))
        .count()
}

#[test]
fn a_reply_sent_just_before_kill_9_goes_out_once_and_never_comes_back_as_a_draft() {
    // A slow answer leaves time to be killed while the reply is on its way.
    let (mut server, url) = demo_server(&["--tickets", "100", "--latency-ms", "700"]);
    let dir = tempfile::tempdir().unwrap();
    profile_config(dir.path(), &url, "");
    let mut p = spawn(&[], dir.path());
    p.wait_settled();
    let id = shown_ticket(&p);
    p.keys("r");
    p.wait_for("Reply to");
    // A zero-width space: the sanitizer changes it on screen, the helpdesk keeps it.
    p.keys("Sent, then killed\u{200b} at once");
    std::thread::sleep(Duration::from_millis(500)); // the draft is on disk
    assert!(p.drafts().iter().any(|d| d.contains("Sent, then killed")));
    p.keys("\x13"); // ctrl-s
    p.wait_for("Sending reply");
    p.signal(libc::SIGKILL);
    p.exit();
    assert!(
        !p.drafts().iter().any(|d| d.contains("Sent, then killed")),
        "the sent reply is not a draft: {:?}",
        p.drafts()
    );
    // The next start delivers what the outbox holds (checking first), once.
    let mut again = spawn(&[], dir.path());
    again.wait_settled();
    let outbox = dir.path().join("outbox/local");
    let end = Instant::now() + Duration::from_secs(30);
    while std::fs::read_dir(&outbox).map_or(0, |d| d.count()) > 0 {
        assert!(
            Instant::now() < end,
            "outbox never emptied:\n{}",
            again.screen()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(!again.screen().contains("draft kept"), "{}", again.screen());
    again.keys("q");
    assert!(again.exit().success());
    assert_eq!(
        copies_on_server(dir.path(), &id, "Sent, then killed"),
        1,
        "delivered exactly once"
    );
    let _ = server.kill();
    let _ = server.wait();
}

#[test]
fn a_draft_survives_kill_9_and_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(&["--demo", "--tickets", "200"], dir.path());
    p.wait_for("All unsolved");
    p.wait_settled();
    p.keys("r");
    p.wait_for("Reply to");
    p.keys("do not lose me"); // then 80 ms: more than a frame
    std::thread::sleep(Duration::from_millis(70));
    p.signal(libc::SIGKILL);
    p.exit();
    assert!(p.drafts().iter().any(|d| d.ends_with("\ndo not lose me")));
    // A new start finds it: the composer opens with the text.
    let mut again = spawn(&["--demo", "--tickets", "200"], dir.path());
    again.wait_settled();
    again.wait_for("draft kept");
    again.keys("r");
    again.wait_for("do not lose me");
    again.keys("\x1b");
    again.keys("q");
    again.exit();
}

#[test]
fn a_start_with_the_helpdesk_down_shows_the_saved_queue_and_says_offline() {
    let (mut server, url) = demo_server(&["--tickets", "150"]);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        format!(
            "default_profile = \"local\"\n[profiles.local]\nbackend = \"zendesk\"\nurl = \"{}\"\n",
            url.trim()
        ),
    )
    .unwrap();
    // A first session, online: the queue and the first conversation are saved.
    let mut p = spawn(&[], dir.path());
    p.wait_for("All unsolved");
    std::thread::sleep(Duration::from_millis(800));
    p.keys("q");
    assert!(p.exit().success());
    assert!(dir.path().join("cache/local/queue.json").exists());
    let _ = server.kill();
    let _ = server.wait();
    // The helpdesk is gone: the saved queue shows, and the status bar says offline.
    let mut p = spawn(&[], dir.path());
    p.wait_for("OFFLINE");
    p.wait_for("as saved");
    p.wait_for("All unsolved");
    p.keys("q");
    assert!(p.exit().success());
    p.assert_restored();
}

#[test]
fn keys_are_answered_while_the_helpdesk_stalls() {
    let (mut server, url) = demo_server(&["--tickets", "100", "--slow-ms", "8000"]);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        format!(
            "default_profile = \"slow\"\n[profiles.slow]\nbackend = \"zendesk\"\nurl = \"{}\"\n",
            url.trim()
        ),
    )
    .unwrap();
    let mut p = spawn(&[], dir.path());
    p.wait_for("connecting");
    // Every request stalls for 8 s; the workspace still opens help, searches it and closes it.
    p.keys("?");
    p.wait_for("type to search");
    p.keys("reply");
    p.wait_for("ticket.reply");
    assert!(
        p.screen().contains("connecting"),
        "still waiting on the helpdesk"
    );
    p.keys("\x1b");
    p.keys("q");
    assert!(p.exit().success());
    let _ = server.kill();
    let _ = server.wait();
}

/// `tix demo-server ARGS...` and the URL it names on its first line.
fn demo_server(args: &[&str]) -> (Child, String) {
    use std::io::BufRead;
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

/// A demo server on a fixed port, so that it can come back where it was.
/// The demo on `port`, its data anchored at `anchor`: started again with the same anchor it holds
/// the same tickets with the same times, as a helpdesk back after an outage does (a new anchor
/// would stamp every ticket anew, and the collision check would rightly refuse the write).
fn demo_on(port: u16, anchor: &str) -> Child {
    demo_server(&[
        "--tickets",
        "100",
        "--addr",
        &format!("127.0.0.1:{port}"),
        "--anchor",
        anchor,
    ])
    .0
}

#[test]
fn a_reply_written_offline_is_delivered_once_when_the_server_returns() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let anchor = jiff::Timestamp::now().to_string();
    let mut server = demo_on(port, &anchor);
    let dir = tempfile::tempdir().unwrap();
    let config = format!(
        "default_profile = \"local\"\n[profiles.local]\nbackend = \"zendesk\"\nurl = \"http://127.0.0.1:{port}\"\n"
    );
    std::fs::write(dir.path().join("config.toml"), &config).unwrap();
    let mut p = spawn(&[], dir.path());
    p.wait_settled();
    let screen = p.screen();
    let at = screen.find("Conversation #").unwrap() + "Conversation #".len();
    let id: String = screen[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    // The link drops; the agent writes and sends anyway.
    let _ = server.kill();
    let _ = server.wait();
    p.keys("r");
    p.wait_for("Reply to");
    p.keys("Sent while offline");
    p.keys("\x13"); // ctrl-s
    p.wait_for("outbox 1");
    assert_eq!(
        std::fs::read_dir(dir.path().join("outbox/local"))
            .unwrap()
            .count(),
        1,
        "on disk"
    );
    // The link returns: the outbox empties by itself.
    let mut server = demo_on(port, &anchor);
    let end = Instant::now() + Duration::from_secs(40);
    while p.screen().contains("outbox 1") {
        assert!(Instant::now() < end, "never delivered:\n{}", p.screen());
        std::thread::sleep(Duration::from_millis(100));
    }
    p.keys("q");
    p.exit();
    assert_eq!(
        std::fs::read_dir(dir.path().join("outbox/local"))
            .unwrap()
            .count(),
        0
    );
    let out = Command::new(TIX)
        .args(["show", &id, "--json"])
        .env("TIX_CONFIG_DIR", dir.path())
        .env("TIX_DATA_DIR", dir.path())
        .output()
        .unwrap();
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sent = shown["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["body"] == "Sent while offline")
        .count();
    assert_eq!(sent, 1, "delivered exactly once");
    let _ = server.kill();
    let _ = server.wait();
}

#[test]
fn half_the_requests_failing_leaves_a_working_workspace() {
    let (mut server, url) = demo_server(&["--tickets", "150", "--fail-rate", "0.5"]);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        format!(
            "default_profile = \"flaky\"\n[profiles.flaky]\nbackend = \"zendesk\"\nurl = \"{}\"\n",
            url.trim()
        ),
    )
    .unwrap();
    let mut p = spawn(&[], dir.path());
    // Retries (and the queue's own retry) bring the queue in; the keys work throughout.
    p.wait_for("All unsolved");
    p.wait_for("Conversation #");
    for _ in 0..5 {
        p.keys("j");
    }
    p.keys("?");
    p.wait_for("type to search");
    p.keys("\x1b");
    p.keys("q");
    assert!(p.exit().success());
    p.assert_restored();
    let _ = server.kill();
    let _ = server.wait();
}

#[test]
fn a_user_binding_shows_in_help_on_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("keymap.toml"),
        "[global]\n\"ctrl-r\" = \"ticket.reply\"\n",
    )
    .unwrap();
    let mut p = spawn(&["--demo", "--tickets", "50"], dir.path());
    p.wait_for("All unsolved");
    p.keys("?");
    p.keys("reply");
    p.wait_for("r, ctrl-r");
    p.keys("\x1b");
    p.keys("\x12"); // ctrl-r opens the reply composer
    p.wait_for("Reply to");
    p.keys("\x1b");
    p.keys("q");
    assert!(p.exit().success());
}

/// The ticket whose conversation the workspace shows.
fn shown_ticket(p: &Pty) -> String {
    let screen = p.screen();
    let at = screen.find("Conversation #").unwrap() + "Conversation #".len();
    screen[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect()
}

fn profile_config(dir: &std::path::Path, url: &str, extra: &str) {
    std::fs::write(
        dir.join("config.toml"),
        format!(
            "default_profile = \"local\"\n[profiles.local]\nbackend = \"zendesk\"\nurl = \"{url}\"\n{extra}"
        ),
    )
    .unwrap();
}

#[test]
fn a_change_made_elsewhere_shows_within_two_refresh_periods() {
    const PERIOD: u64 = 3;
    let (mut server, url) = demo_server(&["--tickets", "150"]);
    let dir = tempfile::tempdir().unwrap();
    profile_config(dir.path(), &url, &format!("refresh_secs = {PERIOD}\n"));
    let mut p = spawn(&[], dir.path());
    p.wait_settled();
    let id = shown_ticket(&p);
    // A second agent answers the ticket this one is reading, from another tix.
    let mut other = Command::new(TIX)
        .args(["reply", &id])
        .env("TIX_CONFIG_DIR", dir.path())
        .env("TIX_DATA_DIR", dir.path().join("other"))
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    other
        .stdin
        .take()
        .unwrap()
        .write_all(b"Answered by a colleague")
        .unwrap();
    assert!(other.wait().unwrap().success());
    // Refresh periods are counted, not seconds: each refresh is one search request in the log
    // (a busy machine may stretch a period; it must not take a third one).
    let syncs = || {
        std::fs::read_to_string(dir.path().join("tix.log"))
            .unwrap_or_default()
            .lines()
            .filter(|l| l.contains("/api/v2/search.json"))
            .count()
    };
    let before = syncs();
    p.wait_for("Answered by a colleague");
    let periods = syncs() - before;
    assert!(
        (1..=2).contains(&periods),
        "shown after {periods} refresh periods"
    );
    p.keys("q");
    assert!(p.exit().success());
    let _ = server.kill();
    let _ = server.wait();
}

#[test]
fn a_long_view_is_fetched_a_page_at_a_time_as_the_agent_scrolls() {
    let (mut server, url) = demo_server(&["--tickets", "3000"]);
    let dir = tempfile::tempdir().unwrap();
    profile_config(dir.path(), &url, "");
    let mut p = spawn(&[], dir.path());
    p.wait_settled();
    let title = |p: &Pty| {
        let s = p.screen();
        s[s.find("All unsolved").unwrap()..]
            .lines()
            .next()
            .unwrap()
            .to_string()
    };
    // The top is a screenful: the terminal's 40 rows and two more.
    assert!(title(&p).contains("(42 of 2,"), "{}", title(&p));
    // Two screens of the queue's rows down the next page comes (the terminal's height), and only it.
    for _ in 0..3 {
        p.keys("\x1b[6~"); // PageDown
    }
    p.wait_for("(82 of 2,");
    p.keys("q");
    assert!(p.exit().success());
    let _ = server.kill();
    let _ = server.wait();
}

#[test]
fn a_macro_is_previewed_then_applied_from_the_canned_panel() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(&["--demo", "--tickets", "200"], dir.path());
    p.wait_for("All unsolved");
    p.wait_settled();
    p.keys("c");
    p.keys("\r");
    p.wait_for("This macro will:");
    p.wait_for("add public reply:");
    p.wait_for("enter apply · e edit the comment first");
    p.keys("y");
    p.wait_for(" updated");
    assert!(!p.screen().contains("This macro will:"));
    p.keys("q");
    assert!(p.exit().success());
}

/// A whole view far larger than a day's queue (the demo's 200,000 tickets; a local [sla] policy
/// makes tix load all of "All unsolved", some 135,000) does not stall the workspace: while it
/// loads, keys are answered (the help opens and closes) and the status bar says how far the load
/// is.
#[test]
fn keys_are_answered_while_a_huge_whole_view_loads() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        "[sla]\nfirst_response = { urgent = 60, high = 240, normal = 480, low = 1440 }\n",
    )
    .unwrap();
    let mut p = spawn(&["--demo", "--tickets", "200000"], dir.path());
    p.wait_for("loading ");
    p.keys("?");
    // The help covers the status bar; it says it is still loading once the help is closed.
    p.wait_for("type to search");
    p.keys("\x1b");
    let end = Instant::now() + Duration::from_secs(20);
    while p.screen().contains("type to search") && Instant::now() < end {
        std::thread::sleep(Duration::from_millis(20));
    }
    let before = p.screen();
    assert!(
        !before.contains("type to search"),
        "the help closed:\n{before}"
    );
    // The progress goes on while keys are answered.
    let loaded = |s: &str| -> Option<u64> {
        let at = s.find("loading ")? + "loading ".len();
        s[at..]
            .split_whitespace()
            .next()?
            .replace(',', "")
            .parse()
            .ok()
    };
    let first = loaded(&before).expect("still loading, and the status bar counts how far");
    let end = Instant::now() + Duration::from_secs(20);
    while loaded(&p.screen()).is_some_and(|n| n <= first) && Instant::now() < end {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_ne!(loaded(&p.screen()), Some(first), "the load went on");
    p.keys("q");
    assert!(p.exit().success());
}
