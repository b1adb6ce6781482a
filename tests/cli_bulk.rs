//! `tix bulk` end to end against a `tix demo-server` process: `--dry-run` changes nothing, ids on
//! standard input, the `--json` report, exit codes 0 / 1 (some failed) / 2 (bad arguments).

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

mod common;
use common::demo_process::{DemoServer, config_dir};

const TIX: &str = env!("CARGO_BIN_EXE_tix");

fn tix_in(config: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(TIX)
        .args(args)
        .env("TIX_CONFIG_DIR", config)
        .env("TIX_DATA_DIR", config)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn show(cfg: &Path, id: &str) -> Value {
    serde_json::from_str(&ok(&tix_in(cfg, &["show", id, "--json"], ""))).unwrap()
}

/// Three unsolved tickets of the first view, none of them pending.
fn three(cfg: &Path) -> Vec<Value> {
    let all: Value =
        serde_json::from_str(&ok(&tix_in(cfg, &["ls", "--json", "--limit", "30"], ""))).unwrap();
    all.as_array()
        .unwrap()
        .iter()
        .filter(|t| t["status"] != "pending")
        .take(3)
        .cloned()
        .collect()
}

fn id(t: &Value) -> String {
    t["id"].as_str().unwrap().to_string()
}

#[test]
fn dry_run_says_what_would_change_and_changes_nothing() {
    let server = DemoServer::spawn_seeded(7, &["--tickets", "120"]);
    let cfg = config_dir(&server.url);
    let ts = three(cfg.path());
    let (a, b) = (id(&ts[0]), id(&ts[1]));
    let out = ok(&tix_in(
        cfg.path(),
        &["bulk", &a, &b, "--status", "pending", "--dry-run"],
        "",
    ));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert_eq!(
        lines[0],
        format!(
            "#{a} {}: would change status {} → Pending",
            ts[0]["subject"].as_str().unwrap(),
            ts[0]["status_label"].as_str().unwrap()
        )
    );
    assert_eq!(show(cfg.path(), &a)["status"], ts[0]["status"]);
    assert_eq!(show(cfg.path(), &b)["status"], ts[1]["status"]);
}

#[test]
fn ids_from_standard_input_are_changed_and_reported_as_json() {
    let server = DemoServer::spawn_seeded(8, &["--tickets", "120"]);
    let cfg = config_dir(&server.url);
    let ts = three(cfg.path());
    let ids: Vec<String> = ts.iter().map(id).collect();
    // One per line and two on a line; the same id twice is written once.
    let stdin = format!("{}\n{} {}\n{}\n", ids[0], ids[1], ids[2], ids[0]);
    let out = ok(&tix_in(
        cfg.path(),
        &["bulk", "--status", "pending", "--json", "--tag", "+bulkcli"],
        &stdin,
    ));
    let report: Value = serde_json::from_str(&out).unwrap();
    let report = report.as_array().unwrap();
    assert_eq!(report.len(), 3);
    for (r, t) in report.iter().zip(&ts) {
        assert_eq!(r["id"], t["id"]);
        assert_eq!(r["ok"], true);
        assert_eq!(r["dry_run"], false);
        assert_eq!(r["changes"]["status"]["to"], "Pending");
        let now = show(cfg.path(), &id(t));
        assert_eq!(now["status"], "pending");
        assert!(
            now["tags"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| x == "bulkcli"),
            "{now}"
        );
    }
    // Every write went through the outbox and left nothing there.
    let outbox = cfg.path().join("outbox").join("local");
    assert!(std::fs::read_dir(&outbox).map_or(true, |mut d| d.next().is_none()));
}

#[test]
fn a_missing_ticket_fails_alone_with_exit_1() {
    let server = DemoServer::spawn_seeded(9, &["--tickets", "120"]);
    let cfg = config_dir(&server.url);
    let ts = three(cfg.path());
    let a = id(&ts[0]);
    let out = tix_in(
        cfg.path(),
        &["bulk", &a, "99999999", "-", "--priority", "urgent"],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("#99999999: not changed: not found"), "{text}");
    assert!(
        text.contains(&format!("#{a} ")) && text.contains("priority "),
        "{text}"
    );
    assert_eq!(show(cfg.path(), &a)["priority"], "urgent");
}

#[test]
fn bad_arguments_exit_2_before_anything_is_written() {
    let server = DemoServer::spawn_seeded(10, &["--tickets", "120"]);
    let cfg = config_dir(&server.url);
    let a = id(&three(cfg.path())[0]);
    for (args, needle) in [
        (vec!["bulk", a.as_str()], "nothing to change"),
        (vec!["bulk", a.as_str(), "--status", "bogus"], "no status"),
        (vec!["bulk", "x1", "--status", "open"], "bad ticket id"),
        (
            vec!["bulk", a.as_str(), "--tag", "+a", "--dry-run"],
            "no tag starts with -",
        ),
        (vec!["bulk", "--status", "open"], "no ticket ids"),
    ] {
        let out = tix_in(cfg.path(), &args, "");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {needle:?} not in {err}");
    }
}

#[test]
fn no_check_writes_the_same_change_in_bulk() {
    let server = DemoServer::spawn_seeded(11, &["--tickets", "120"]);
    let cfg = config_dir(&server.url);
    let ids: Vec<String> = three(cfg.path()).iter().map(id).collect();
    let mut args = vec!["bulk", "--priority", "low", "--no-check"];
    args.extend(ids.iter().map(String::as_str));
    let out = ok(&tix_in(cfg.path(), &args, ""));
    assert_eq!(out.lines().count(), 3, "{out}");
    for id in &ids {
        assert_eq!(show(cfg.path(), id)["priority"], "low");
    }
}
