//! The command line's reports in the agent's language, end to end: the binary run with a locale,
//! its output read for the translated words (`--json` stays English, checked elsewhere).

use std::process::Output;

mod common;
use common::cli_run::tix_in;

fn text(out: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn stats_speak_romanian_with_its_plurals() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("metrics")).unwrap();
    std::fs::write(
        dir.path().join("metrics/2026-11-20.jsonl"),
        [
            r#"{"event":"handled","ticket":"1","at":"2026-11-20T09:00:00Z","secs":300}"#,
            r#"{"event":"replied","ticket":"1","at":"2026-11-20T09:04:00Z","first_response_secs":600}"#,
            "",
        ]
        .join("\n"),
    )
    .unwrap();
    let out = tix_in(
        "ro_RO.UTF-8",
        dir.path(),
        &["stats", "--day", "2026-11-20"],
        None,
    );
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stdout.starts_with("2026-11-20: 1 tichet gestionat, 1 răspuns\n"),
        "{stdout}"
    );
    assert!(stdout.contains("mediana primului răspuns"), "{stdout}");
    assert!(stdout.contains("10m"), "{stdout}");
}

#[test]
fn the_figures_of_stats_line_up_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let out = tix_in(
        "zh_CN.UTF-8",
        dir.path(),
        &["stats", "--day", "2026-11-20"],
        None,
    );
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    // Where each figure starts, in display columns (the labels' Chinese characters are two wide).
    let columns: Vec<usize> = stdout
        .lines()
        .skip(1)
        .map(|l| {
            let label = &l[..l.rfind(' ').unwrap() + 1];
            label
                .chars()
                .map(|c| if c.is_ascii() { 1 } else { 2 })
                .sum()
        })
        .collect();
    assert_eq!(columns.len(), 4, "{stdout}");
    assert!(
        columns.windows(2).all(|w| w[0] == w[1]),
        "{columns:?} in\n{stdout}"
    );
    assert!(stdout.contains("首次响应中位数"), "{stdout}");
}

#[test]
fn logout_and_login_say_why_not_in_russian() {
    let dir = tempfile::tempdir().unwrap();
    for verb in ["logout", "login"] {
        let out = tix_in("ru_RU.UTF-8", dir.path(), &[verb, "--demo"], None);
        let (_, stderr) = text(&out);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("встроенной демо-службе"), "{stderr}");
    }
}

#[test]
fn doctor_says_ok_and_fail_in_romanian() {
    let dir = tempfile::tempdir().unwrap();
    // Nothing listens on the discard port: the profile reads, the connection fails.
    std::fs::write(
        dir.path().join("config.toml"),
        "default_profile = \"local\"\n[profiles.local]\nbackend = \"zendesk\"\nurl = \"http://127.0.0.1:9\"\ntoken_env = \"TIX_TEST_NO_TOKEN\"\n",
    )
    .unwrap();
    let out = tix_in("ro_RO.UTF-8", dir.path(), &["doctor"], None);
    let (stdout, _) = text(&out);
    assert!(!out.status.success(), "{stdout}");
    assert!(stdout.lines().any(|l| l.starts_with("OK   ")), "{stdout}");
    assert!(stdout.lines().any(|l| l.starts_with("EȘEC ")), "{stdout}");
    assert!(!stdout.contains("FAIL"), "{stdout}");
}

#[test]
fn kb_show_names_its_section_and_link_in_romanian() {
    let dir = tempfile::tempdir().unwrap();
    let found = tix_in(
        "ro_RO.UTF-8",
        dir.path(),
        &["--demo", "kb", "search", "refund"],
        None,
    );
    let (stdout, stderr) = text(&found);
    assert!(found.status.success(), "{stderr}");
    let id = stdout.lines().next().unwrap().split('\t').next().unwrap();
    let out = tix_in(
        "ro_RO.UTF-8",
        dir.path(),
        &["--demo", "kb", "show", id],
        None,
    );
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.contains("\nSecțiune: "), "{stdout}");
    assert!(!stdout.contains("Section:"), "{stdout}");
}

#[test]
fn the_bulk_report_says_what_would_change_in_russian() {
    let dir = tempfile::tempdir().unwrap();
    let list = tix_in(
        "C.UTF-8",
        dir.path(),
        &["--demo", "ls", "--json", "--limit", "5"],
        None,
    );
    let list: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let t = list
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["status"] != "pending")
        .unwrap();
    let id = t["id"].as_str().unwrap();
    let args = ["--demo", "bulk", id, "--status", "pending", "--dry-run"];
    let out = tix_in("ru_RU.UTF-8", dir.path(), &args, None);
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    let want = format!(
        "#{id} {}: изменилось бы: статус {} → Pending\n",
        t["subject"].as_str().unwrap(),
        t["status_label"].as_str().unwrap()
    );
    assert_eq!(stdout, want);
}

#[test]
fn keymap_and_theme_checks_keep_file_line_col_and_say_the_rest_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let keymap = dir.path().join("k.toml");
    std::fs::write(
        &keymap,
        "[queue]\nx = \"no.such\"\n\"ctrl-b\" = \"queue.search\"\n",
    )
    .unwrap();
    let out = tix_in(
        "ru_RU.UTF-8",
        dir.path(),
        &["keymap", "check", keymap.to_str().unwrap()],
        None,
    );
    let (stdout, _) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let file = keymap.display();
    assert!(
        stdout.contains(&format!("{file}:2:5: неизвестное действие \"no.such\"")),
        "{stdout}"
    );
    // ctrl-b is tmux's prefix: a warning, its word in Russian too.
    assert!(
        stdout.contains(&format!(
            "{file}:3:1: предупреждение: ctrl-b — префикс tmux"
        )),
        "{stdout}"
    );

    let theme = dir.path().join("t.toml");
    std::fs::write(&theme, "muted = { fg = \"nocolour\" }\n").unwrap();
    let out = tix_in(
        "zh_CN.UTF-8",
        dir.path(),
        &["theme", "check", theme.to_str().unwrap()],
        None,
    );
    let (stdout, _) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.starts_with(&format!(
            "{}:1:16: muted.fg：未知颜色 \"nocolour\"",
            theme.display()
        )),
        "{stdout}"
    );
    let missing = dir.path().join("gone.toml");
    let out = tix_in(
        "et_EE.UTF-8",
        dir.path(),
        &["theme", "check", missing.to_str().unwrap()],
        None,
    );
    let (_, stderr) = text(&out);
    assert!(stderr.contains("sellist faili pole"), "{stderr}");
}
