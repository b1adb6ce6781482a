//! Guided workflows end to end: `tix workflow check` and `list`, `tix config init` installing the
//! examples, and a workflow in progress surviving kill -9 in a pseudo-terminal.

use std::path::Path;
use std::process::{Command, Output, Stdio};

mod common;
use common::pty::*;

fn tix(config: &Path, args: &[&str]) -> Output {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(config, std::fs::Permissions::from_mode(0o700)).unwrap();
    Command::new(TIX)
        .args(args)
        .env("TIX_CONFIG_DIR", config)
        .env("TIX_DATA_DIR", config)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const SHIPPED: [&str; 4] = [
    "no-mobile-data.toml",
    "no-mobile-data.ro.toml",
    "refund.toml",
    "two-factor-reset.toml",
];

#[test]
fn the_shipped_workflows_check_clean_against_the_demo() {
    let dir = tempfile::tempdir().unwrap();
    for name in SHIPPED {
        let file = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("workflows")
            .join(name);
        let out = tix(
            dir.path(),
            &["--demo", "workflow", "check", file.to_str().unwrap()],
        );
        assert!(
            out.status.success(),
            "{name}: {}{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        assert_eq!(text(&out.stdout), "", "{name}");
    }
}

#[test]
fn check_reports_each_problem_with_its_place_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.toml");
    std::fs::write(
        &file,
        "title = \"Bad\"\n\n[[step]]\nid = \"a\"\nask = \"Q?\"\nanswers = [{ answer = \"x\", next = \"b\" }]\n\n\
         [[end]]\nid = \"e\"\ncanned = \"No::Such response\"\nstatus = \"sleeping\"\n",
    )
    .unwrap();
    let out = tix(
        dir.path(),
        &["--demo", "workflow", "check", file.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let shown = file.display().to_string();
    let lines: Vec<String> = text(&out.stdout).lines().map(str::to_string).collect();
    assert_eq!(
        lines,
        [
            format!("{shown}:6:35: unknown step \"b\""),
            format!("{shown}:10:10: unknown canned response \"No::Such response\""),
            format!(
                "{shown}:11:10: unknown status \"sleeping\" (this helpdesk has New, Open, Pending, Waiting on vendor (1006), On-hold (hold), Solved)"
            ),
        ]
    );
    let missing = tix(dir.path(), &["workflow", "check", "/nonexistent/wf.toml"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn config_init_installs_the_examples_and_list_shows_them() {
    let dir = tempfile::tempdir().unwrap();
    let out = tix(dir.path(), &["config", "init"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    for name in SHIPPED {
        assert!(dir.path().join("workflows").join(name).is_file(), "{name}");
    }
    let out = tix(dir.path(), &["workflow", "list"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let listed = text(&out.stdout);
    assert_eq!(listed.lines().count(), 4, "{listed}");
    assert!(
        listed.contains("refund\tRefund request\ttag:refund"),
        "{listed}"
    );
    assert!(listed.contains("Telefon nou"), "{listed}");
    // A broken file is listed as a problem and skipped; the others still load.
    std::fs::write(dir.path().join("workflows/broken.toml"), "title = 3\n").unwrap();
    let out = tix(dir.path(), &["workflow", "list"]);
    assert!(out.status.success());
    assert_eq!(text(&out.stdout).lines().count(), 4);
    assert!(
        text(&out.stderr).contains("broken.toml:1:9:"),
        "{}",
        text(&out.stderr)
    );
}

fn saved_walks(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir.join("walks/demo")) else {
        return vec![];
    };
    entries
        .flatten()
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect()
}

#[test]
fn a_workflow_in_progress_survives_kill_9_at_the_same_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(&["--demo", "--tickets", "200"], dir.path());
    p.wait_for("All unsolved");
    p.wait_settled();
    p.keys("W");
    p.wait_for("start");
    p.keys("1");
    p.wait_for("Step 1");
    p.keys("1");
    p.wait_for("Step 2");
    // On disk before the screen said so: no pause before the kill.
    p.signal(libc::SIGKILL);
    p.exit();
    let walks = saved_walks(dir.path());
    assert_eq!(walks.len(), 1, "{walks:?}");
    assert!(walks[0].contains("\"choice\":0"), "{walks:?}");
    let shown_before = p.screen();
    let mut again = spawn(&["--demo", "--tickets", "200"], dir.path());
    again.wait_for("All unsolved");
    again.wait_settled();
    again.keys("W");
    again.wait_for("Step 2");
    let step_line = |s: &str| s.lines().find(|l| l.contains("Step 2")).map(str::to_string);
    assert_eq!(step_line(&again.screen()), step_line(&shown_before));
    again.keys("\x1b");
    again.keys("q");
    again.exit();
}
