//! The `tix` binary end to end: `demo-server` in one process, `ls`/`show`/`reply` in others.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

mod common;
use common::demo_process::{DemoServer, config_dir};

const TIX: &str = env!("CARGO_BIN_EXE_tix");

/// The config dir doubles as the data dir: made 0700, as tix makes a data dir, so that its notice
/// of a data dir readable by others (tests/private_files.rs) does not add a line to every run.
fn private(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).unwrap();
}

fn tix(config: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    tix_in("C.UTF-8", config, args, stdin)
}

use common::cli_run::tix_in;

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn ls_show_and_reply_against_demo_server() {
    let server = DemoServer::start(400);
    let cfg = config_dir(&server.url);

    let list = json(&tix(cfg.path(), &["ls", "--json"], None));
    let list = list.as_array().unwrap();
    assert!(list.len() > 100);
    let first = &list[0];
    for field in [
        "id",
        "subject",
        "status",
        "priority",
        "channel",
        "updated_at",
    ] {
        assert!(first.get(field).is_some(), "{field} missing");
    }
    assert!(first["requester"]["name"].is_string());
    assert!(first["requester"]["email"].is_string());
    assert!(
        first["requester"]["tier"].is_string(),
        "tier: {}",
        first["requester"]
    );
    // The queue's order: the soonest breach first, so the first ticket has a running clock.
    let due: jiff::Timestamp = first["sla"]["next_breach_at"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(first["sla"]["metric"].is_string());
    let dues: Vec<jiff::Timestamp> = list
        .iter()
        .filter_map(|t| t["sla"]["next_breach_at"].as_str()?.parse().ok())
        .collect();
    assert!(
        dues.windows(2).all(|w| w[0] <= w[1]),
        "sorted by next breach"
    );
    assert_eq!(dues[0], due);
    let _: jiff::Timestamp = first["updated_at"].as_str().unwrap().parse().unwrap();

    let plain = tix(cfg.path(), &["ls"], None);
    let plain = String::from_utf8(plain.stdout).unwrap();
    assert_eq!(plain.lines().count(), list.len());
    assert!(plain.starts_with(first["id"].as_str().unwrap()));

    let id = first["id"].as_str().unwrap();
    let shown = json(&tix(cfg.path(), &["show", id, "--json"], None));
    assert_eq!(shown["subject"], first["subject"]);
    let before = shown["messages"].as_array().unwrap().len();
    assert!(before >= 1);
    let m0 = &shown["messages"][0];
    for field in ["author", "public", "created_at", "body"] {
        assert!(m0.get(field).is_some(), "message {field} missing");
    }
    assert_eq!(shown["customer"]["name"], first["requester"]["name"]);

    let out = tix(
        cfg.path(),
        &["reply", id],
        Some("Thanks, Ana — refund sent.\n"),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = tix(
        cfg.path(),
        &["reply", id, "--note"],
        Some("internal: checked ledger"),
    );
    assert!(out.status.success());

    let shown = json(&tix(cfg.path(), &["show", id, "--json"], None));
    let msgs = shown["messages"].as_array().unwrap();
    assert_eq!(msgs.len(), before + 2);
    assert_eq!(msgs[before]["body"], "Thanks, Ana — refund sent.");
    assert_eq!(msgs[before]["public"], true);
    assert_eq!(msgs[before + 1]["public"], false);

    let text = tix(cfg.path(), &["show", id], None);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("[internal note]"));
    // Times as the workspace shows them, not RFC 3339: the note just written is today's, by
    // its time alone (`· 14:05 [internal note]`).
    let note = text
        .lines()
        .find(|l| l.starts_with("--- ") && l.ends_with("[internal note]"))
        .unwrap();
    let when = note
        .trim_end_matches(" [internal note]")
        .rsplit(" · ")
        .next();
    let when = when.unwrap();
    assert!(
        when.len() == 5 && when.as_bytes()[2] == b':',
        "{note:?} in\n{text}"
    );
    assert!(!text.contains("Z\n"), "{text}");
}

/// `--limit N` fetches only the top of an ordered view, and it is the top of the whole list.
#[test]
fn ls_limit_is_the_top_of_the_whole_queue() {
    let server = DemoServer::start(400);
    let cfg = config_dir(&server.url);
    let ids = |args: &[&str]| -> Vec<String> {
        json(&tix(cfg.path(), args, None))
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_str().unwrap().to_string())
            .collect()
    };
    let all = ids(&["ls", "--json"]);
    assert!(all.len() > 150);
    let top = ids(&["ls", "--json", "--limit", "20"]);
    assert_eq!(top, all[..20]);
}

/// `tix ls` and the TUI's queue list the same tickets in the same order: both go through
/// `load_view`, and the queue keeps the order the pages arrive in.
#[test]
fn ls_matches_the_queue_order() {
    let server = DemoServer::start(250);
    let cfg = config_dir(&server.url);
    let list = json(&tix(cfg.path(), &["ls", "--json"], None));
    let ls_ids: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap().to_string())
        .collect();

    let rt = tokio::runtime::Runtime::new().unwrap();
    let queue_ids = rt.block_on(async {
        use tix::app::model::Model;
        use tix::app::msg::{Effect, Msg};
        use tix::app::update::{init, update};
        use tix::helpdesk::zendesk::{Auth, Zendesk};
        let zd = Zendesk::new(&server.url, Auth::None);
        let mut m = Model::new("t", "zendesk", false, tix::keymap::Keymap::default_keymap());
        init(&mut m);
        let views = tix::helpdesk::Helpdesk::views(&zd).await;
        let fx = update(&mut m, Msg::Views(views));
        let Some(Effect::LoadView { req, view, .. }) = fx.into_iter().next() else {
            panic!("no view load")
        };
        let mut pages = vec![];
        tix::helpdesk::load_view(&zd, &view, |t, loaded, total| {
            pages.push((t.to_vec(), loaded, total))
        })
        .await
        .unwrap();
        for (tickets, loaded, total) in pages {
            update(
                &mut m,
                Msg::ViewPage {
                    req,
                    tickets,
                    loaded,
                    total,
                },
            );
        }
        update(
            &mut m,
            Msg::ViewDone {
                req,
                result: Ok(None),
            },
        );
        m.queue
            .visible
            .iter()
            .map(|&i| m.queue.tickets[i].id.to_string())
            .collect::<Vec<_>>()
    });
    assert_eq!(ls_ids, queue_ids);
}

#[test]
fn without_configuration_the_embedded_demo_answers() {
    let empty = tempfile::tempdir().unwrap();
    let list = json(&tix(
        empty.path(),
        &["ls", "--json", "--tickets", "120"],
        None,
    ));
    assert!(!list.as_array().unwrap().is_empty());
}

fn one_line_error(out: &Output, code: i32, needle: &str) {
    assert_eq!(out.status.code(), Some(code), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains(needle), "{needle:?} not in {err:?}");
    assert!(!err.contains("panicked"));
}

#[test]
fn errors_are_one_clear_line_and_non_zero() {
    let server = DemoServer::start(50);
    let cfg = config_dir(&server.url);
    one_line_error(&tix(cfg.path(), &["show", "999999"], None), 1, "not found");
    one_line_error(
        &tix(cfg.path(), &["reply", "1001"], Some("")),
        2,
        "nothing to send",
    );
    one_line_error(
        &tix(cfg.path(), &["ls", "--profile", "nope"], None),
        2,
        "no profile \"nope\"",
    );

    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let down = config_dir(&format!("http://127.0.0.1:{port}"));
    one_line_error(
        &tix(down.path(), &["ls"], None),
        1,
        "cannot reach the helpdesk",
    );

    let bad = tempfile::tempdir().unwrap();
    std::fs::write(
        bad.path().join("config.toml"),
        "[profiles.x]\nbackend = \"zendesk\"\nurl = 42\n",
    )
    .unwrap();
    one_line_error(&tix(bad.path(), &["ls"], None), 2, "config.toml:3:7:");
}

#[test]
fn help_and_version() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tix(tmp.path(), &["--help"], None);
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for verb in ["ls", "show", "reply", "demo-server", "--demo", "--profile"] {
        assert!(help.contains(verb), "{verb} not in --help");
    }
    let out = tix(tmp.path(), &["--tickets", "0", "ls"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_is_in_the_locale_s_language_and_english_is_clap_s() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tix_in("ro_RO.UTF-8", tmp.path(), &["--help"], None);
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for words in [
        "Spațiu de lucru rapid în terminal",
        "Utilizare: tix",
        "Comenzi:",
        "Opțiuni:",
        "Listează tichetele unei vizualizări, în ordinea cozii",
        "Afișează ajutorul",
    ] {
        assert!(help.contains(words), "{words:?} not in\n{help}");
    }
    let out = tix_in("C.UTF-8", tmp.path(), &["--help"], None);
    let help = String::from_utf8(out.stdout).unwrap();
    for words in [
        "A fast, keyboard-driven terminal workspace for customer-support agents",
        "Usage: tix",
        "Commands:",
        "Options:",
        "List a view's tickets, in the queue's order",
        "Print help",
    ] {
        assert!(help.contains(words), "{words:?} not in\n{help}");
    }
    assert!(!help.contains("Utilizare"), "{help}");
}

#[test]
fn a_command_line_error_is_in_the_language_config_or_the_locale_names() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tix_in("ru_RU.UTF-8", tmp.path(), &["show", "abc"], None);
    one_line_error(&out, 2, "неверный номер заявки \"abc\"");
    // config.toml's language wins over the locale, as in the workspace.
    std::fs::write(tmp.path().join("config.toml"), "language = \"ro\"\n").unwrap();
    let out = tix_in("ru_RU.UTF-8", tmp.path(), &["show", "abc"], None);
    one_line_error(&out, 2, "ID de tichet greșit \"abc\"");
}

#[test]
fn keymaps_show_and_check() {
    let cfg = tempfile::tempdir().unwrap();
    std::fs::write(cfg.path().join("config.toml"), "keymap = \"vim\"\n").unwrap();
    std::fs::write(
        cfg.path().join("keymap.toml"),
        "[queue]\n\"ctrl-r\" = \"ticket.reply\"\n\"x\" = { action = \"ticket.set-status\", args = { status = \"solved\" } }\n",
    )
    .unwrap();
    let out = tix(cfg.path(), &["keymap", "show"], None);
    assert!(out.status.success());
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(
        shown.contains("queue\tctrl-r\tticket.reply\n"),
        "user binding shown"
    );
    assert!(
        shown.contains("global\tg g\tlist.top\n"),
        "the vim preset underneath"
    );
    assert!(shown.contains("queue\tx\tticket.set-status status=solved\n"));
    assert!(shown.lines().all(|l| l.split('\t').count() == 3));

    let bad = cfg.path().join("bad.toml");
    std::fs::write(
        &bad,
        "[global]\n\"j\" = \"list.fly\"\n\"ctrl-b\" = \"app.quit\"\n",
    )
    .unwrap();
    let out = tix(
        cfg.path(),
        &["keymap", "check", bad.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(
        report.contains("bad.toml:2:7: unknown action \"list.fly\""),
        "{report}"
    );
    assert!(
        report.contains("bad.toml:3:1: warning: ctrl-b is the tmux prefix"),
        "{report}"
    );

    let warn_only = cfg.path().join("warn.toml");
    std::fs::write(&warn_only, "[global]\n\"ctrl-a\" = \"app.quit\"\n").unwrap();
    let out = tix(
        cfg.path(),
        &["keymap", "check", warn_only.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "warnings alone pass");

    for preset in ["default", "vim", "emacs"] {
        let file = format!("{}/keymaps/{preset}.toml", env!("CARGO_MANIFEST_DIR"));
        let out = tix(cfg.path(), &["keymap", "check", &file], None);
        assert!(
            out.status.success(),
            "{preset}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

#[test]
fn keymap_check_refuses_printable_keys_where_text_is_typed() {
    let cfg = tempfile::tempdir().unwrap();
    let file = cfg.path().join("keymap.toml");
    // Typing "Please check" once sent the note "Pl" and ran the rest as commands.
    std::fs::write(
        &file,
        "[compose]\n\"e\" = \"compose.send\"\n\"ctrl-e\" = \"compose.send\"\n[queue]\n\"z\" = \"list.top\"\n\"z z\" = \"list.bottom\"\n",
    )
    .unwrap();
    let out = tix(
        cfg.path(),
        &["keymap", "check", file.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8(out.stdout).unwrap();
    let name = file.display().to_string();
    assert!(
        report.contains(&format!("{name}:2:1: \"e\" types a character in [compose]")),
        "{report}"
    );
    assert!(
        report.contains(&format!(
            "{name}:5:1: warning: z runs at once: the sequence z z (list.bottom) can never be reached"
        )),
        "{report}"
    );
    assert_eq!(report.lines().count(), 2, "{report}");

    // At start the entry is skipped and reported; the rest of the file loads.
    let out = tix(cfg.path(), &["keymap", "show"], None);
    assert!(out.status.success());
    let shown = String::from_utf8(out.stdout).unwrap();
    let errors = String::from_utf8(out.stderr).unwrap();
    assert!(!shown.contains("compose\te\t"), "{shown}");
    assert!(shown.contains("compose\tctrl-e\tcompose.send\n"), "{shown}");
    assert!(
        errors.contains(&format!("{name}:2:1: \"e\" types a character")),
        "{errors}"
    );
}

#[test]
fn themes_check() {
    let cfg = tempfile::tempdir().unwrap();
    for theme in ["default", "light", "high-contrast", "mono"] {
        let file = format!("{}/themes/{theme}.toml", env!("CARGO_MANIFEST_DIR"));
        let out = tix(cfg.path(), &["theme", "check", &file], None);
        assert!(out.status.success(), "{theme}");
    }
    let bad = cfg.path().join("t.toml");
    std::fs::write(&bad, "error = { fg = \"nope\" }\n").unwrap();
    let out = tix(cfg.path(), &["theme", "check", bad.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("t.toml:1:16: error.fg: unknown colour")
    );
}

#[test]
fn a_flaky_server_is_retried_through() {
    let server = DemoServer::spawn(&["--tickets", "300", "--fail-rate", "0.3"]);
    let cfg = config_dir(&server.url);
    // Four pages and their counts, with 30 % of requests failing (5xx, 503 + Retry-After, cut or
    // garbled JSON): retries carry the listing through.
    let list = json(&tix(cfg.path(), &["ls", "--json"], None));
    assert!(list.as_array().unwrap().len() > 100);
}

#[test]
fn hostile_tickets_are_inert_in_the_cli_output() {
    let server = DemoServer::spawn(&["--tickets", "300", "--hostile"]);
    let cfg = config_dir(&server.url);
    let out = tix(cfg.path(), &["ls"], None);
    assert!(out.status.success());
    let listing = String::from_utf8(out.stdout).unwrap();
    let ids: Vec<String> = listing
        .lines()
        .map(|l| l.split('\t').next().unwrap().to_string())
        .collect();
    let mut shown = listing.clone();
    for id in ids.iter().take(60) {
        let out = tix(cfg.path(), &["show", id], None);
        assert!(out.status.success());
        shown.push_str(&String::from_utf8(out.stdout).unwrap());
        let out = tix(cfg.path(), &["show", id, "--json"], None);
        assert!(out.status.success());
        shown.push_str(&String::from_utf8(out.stdout).unwrap());
    }
    let out = tix(cfg.path(), &["ls", "--json"], None);
    assert!(out.status.success());
    shown.push_str(&String::from_utf8(out.stdout).unwrap());
    // Everything a terminal could act on or the eye cannot see is gone: no ESC, no C0 but newline
    // and tab, no C1, no bidi controls, no zero-width, tag or filler characters, no invisible
    // operators, annotation marks or separators, no selector or joiner that changes a width.
    // `show --json` and `ls --json` too: JSON escapes controls but not these.
    let bad = shown.char_indices().find(|(_, c)| {
        matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}' | '\u{feff}')
            || matches!(c, '\u{e0000}'..='\u{e00ff}' | '\u{61c}' | '\u{115f}' | '\u{1160}' | '\u{3164}' | '\u{ffa0}')
            || matches!(c, '\u{2061}'..='\u{2064}' | '\u{fff9}'..='\u{fffb}' | '\u{2028}' | '\u{2029}' | '\u{200d}' | '\u{1f3fb}'..='\u{1f3ff}')
            // The demo's selectors are all stray or widening ones.
            || matches!(c, '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}')
    });
    assert!(bad.is_none(), "{bad:?}");
    // The invisible payloads were there, shown as marks.
    assert!(shown.contains("hello⸱⸱⸱"), "tag text is marked");
    // And the hostile data was there to be neutralised.
    assert!(
        shown.contains('␛'),
        "escape sequences were shown as visible symbols"
    );
}

/// The hostile demo spoils four tickets' JSON: a lone surrogate escape and a raw control character
/// in a subject, times beyond year 9999, and a ticket without an id. `ls` lists the view anyway,
/// the readable three with what could be read, and says on stderr that one could not be read.
#[test]
fn a_poisoned_ticket_costs_only_itself_in_ls_and_show() {
    let server = DemoServer::spawn(&["--tickets", "300", "--hostile"]);
    let cfg = config_dir(&server.url);
    let out = tix(cfg.path(), &["ls"], None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("1 ticket could not be read"),
        "stderr: {stderr}"
    );
    let listing = String::from_utf8(out.stdout).unwrap();
    assert!(
        listing.lines().count() > 100,
        "the rest of the view is listed"
    );
    let line = |marker: &str| {
        listing
            .lines()
            .find(|l| l.contains(marker))
            .unwrap_or_else(|| panic!("{marker} not listed"))
            .to_string()
    };
    assert!(line("[poison: lone surrogate]").contains("[poison: lone surrogate]\u{fffd}"));
    assert!(line("[poison: raw control]").contains("[poison: raw control]␁"));
    let far = line("[poison: far future]");
    assert!(!listing.contains("[poison: unreadable]"));
    // The far-future ticket's times are unknown, in --json and in show.
    let id = far.split('\t').next().unwrap();
    let shown = json(&tix(cfg.path(), &["show", id, "--json"], None));
    assert_eq!(
        shown["ticket"]["created_at"],
        serde_json::Value::Null,
        "{shown}"
    );
    let list = json(&tix(cfg.path(), &["ls", "--json"], None));
    let far = list
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == id)
        .unwrap();
    assert_eq!(far["updated_at"], serde_json::Value::Null);
    for marker in ["[poison: lone surrogate]", "[poison: raw control]"] {
        let id = line(marker).split('\t').next().unwrap().to_string();
        let out = tix(cfg.path(), &["show", &id], None);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn the_log_records_requests_but_no_secrets_or_text() {
    let server = DemoServer::spawn(&["--tickets", "120", "--token", "s3cr3t-t0ken"]);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        format!(
            "default_profile = \"z\"\n[profiles.z]\nbackend = \"zendesk\"\nurl = \"{}\"\nemail = \"agent@example.com\"\ntoken_env = \"TIX_TEST_TOKEN\"\n",
            server.url
        ),
    )
    .unwrap();
    let run_at = |level: &str, args: &[&str], stdin: &str| {
        let mut c = Command::new(TIX)
            .args(args)
            .env("TIX_CONFIG_DIR", dir.path())
            .env("TIX_DATA_DIR", dir.path())
            .env("TIX_TEST_TOKEN", "s3cr3t-t0ken")
            .env("TIX_LOG", level)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        c.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let run = |args: &[&str], stdin: &str| run_at("", args, stdin);
    let listing = run(&["ls"], "");
    let id = listing
        .lines()
        .next()
        .unwrap()
        .split('\t')
        .next()
        .unwrap()
        .to_string();
    let subject = listing
        .lines()
        .next()
        .unwrap()
        .rsplit('\t')
        .next()
        .unwrap()
        .to_string();
    run(&["reply", &id], "A private reply body");
    let log = std::fs::read_to_string(dir.path().join("tix.log")).unwrap();
    assert!(log.contains("/api/v2/views/active.json -> 200"), "{log}");
    // Each request has its id; the default level is info, so no debug line.
    assert!(log.contains(" INFO request{id=1}: GET "), "{log}");
    assert!(!log.contains("DEBUG"), "{log}");
    assert!(
        log.contains(&format!(
            "PUT {}/api/v2/tickets/{id}.json -> 200",
            server.url
        )),
        "{log}"
    );
    for secret in [
        "s3cr3t-t0ken",
        "A private reply body",
        subject.as_str(),
        "agent@example.com",
    ] {
        assert!(!log.contains(secret), "{secret:?} leaked into the log");
    }

    // TIX_LOG=warn: requests that went well are not written.
    let before = log.len();
    run_at("warn", &["ls"], "");
    let log = std::fs::read_to_string(dir.path().join("tix.log")).unwrap();
    assert_eq!(log.len(), before, "{}", &log[before..]);
    // TIX_LOG=trace: more lines, still no secret (only tix's own events are written; the HTTP
    // libraries' own would name headers).
    run_at("trace", &["show", &id], "");
    run_at("trace", &["reply", &id], "Another private body");
    let log = std::fs::read_to_string(dir.path().join("tix.log")).unwrap();
    assert!(log[before..].contains("DEBUG"), "{}", &log[before..]);
    for secret in [
        "s3cr3t-t0ken",
        "A private reply body",
        "Another private body",
        subject.as_str(),
        "agent@example.com",
        "authorization",
    ] {
        assert!(
            !log.contains(secret),
            "{secret:?} leaked into the log at trace"
        );
    }
}

#[test]
fn doctor_passes_on_a_healthy_server_and_names_the_problem_otherwise() {
    let server = DemoServer::spawn(&["--tickets", "50", "--token", "good"]);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        format!("default_profile = \"z\"\n[profiles.z]\nbackend = \"zendesk\"\nurl = \"{}\"\ntoken_env = \"TIX_DOCTOR_TOKEN\"\n", server.url),
    )
    .unwrap();
    let doctor = |token: &str| {
        Command::new(TIX)
            .arg("doctor")
            .env("TIX_CONFIG_DIR", dir.path())
            .env("TIX_DATA_DIR", dir.path())
            .env("TIX_DOCTOR_TOKEN", token)
            .output()
            .unwrap()
    };
    let ok = doctor("good");
    let text = String::from_utf8(ok.stdout).unwrap();
    assert!(ok.status.success(), "{text}");
    for step in [
        "OK   config",
        "OK   DNS",
        "OK   connect",
        "OK   HTTP",
        "OK   authentication: signed in as",
        "OK   sample request",
    ] {
        assert!(text.contains(step), "{step} missing:\n{text}");
    }
    let bad = doctor("wrong");
    let text = String::from_utf8(bad.stdout).unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        text.contains("FAIL authentication: authentication failed"),
        "{text}"
    );
    assert!(!text.contains("wrong"), "the token is never printed");
}

#[test]
fn stats_sum_up_a_day_of_events() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("metrics")).unwrap();
    std::fs::write(
        dir.path().join("metrics/2026-11-20.jsonl"),
        [
            r#"{"event":"handled","ticket":"1","at":"2026-11-20T09:00:00Z","secs":300}"#,
            r#"{"event":"replied","ticket":"1","at":"2026-11-20T09:04:00Z","first_response_secs":600}"#,
            r#"{"event":"solved","ticket":"1","at":"2026-11-20T09:05:00Z","first_contact":true}"#,
            r#"{"event":"rated","ticket":"1","at":"2026-11-20T12:00:00Z","good":true}"#,
            "",
        ]
        .join("\n"),
    )
    .unwrap();
    let stats = json(&tix(
        dir.path(),
        &["stats", "--json", "--day", "2026-11-20"],
        None,
    ));
    assert_eq!(stats["handled"], 1);
    assert_eq!(stats["median_first_response_secs"], 600);
    assert_eq!(stats["average_handle_secs"], 300);
    assert_eq!(stats["fcr_rate"], 1.0);
    assert_eq!(stats["csat"], 1.0);
    let empty = json(&tix(
        dir.path(),
        &["stats", "--json", "--day", "2026-11-21"],
        None,
    ));
    assert_eq!(empty["handled"], 0);
    assert!(empty["csat"].is_null());
}

#[test]
fn reply_with_a_macro_previews_then_applies_it() {
    let server = DemoServer::start(100);
    let cfg = config_dir(&server.url);
    let list = json(&tix(cfg.path(), &["ls", "--json"], None));
    let id = list[0]["id"].as_str().unwrap().to_string();
    let before = json(&tix(cfg.path(), &["show", &id, "--json"], None));
    // The demo's first macro, "Billing::Refund issued" (status solved, tag, public reply).
    let refund = "366000001";

    let out = tix(
        cfg.path(),
        &["reply", &id, "--macro", refund, "--preview"],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("→ solved"), "{text}");
    assert!(text.contains("add public reply:"), "{text}");
    assert!(text.contains("(preview only"), "{text}");
    let same = json(&tix(cfg.path(), &["show", &id, "--json"], None));
    assert_eq!(same["status"], before["status"]);
    assert_eq!(same["messages"], before["messages"]);

    let out = tix(cfg.path(), &["reply", &id, "--macro", refund], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after = json(&tix(cfg.path(), &["show", &id, "--json"], None));
    assert_eq!(after["status"], "solved");
    let n = before["messages"].as_array().unwrap().len();
    assert_eq!(after["messages"].as_array().unwrap().len(), n + 1);
    assert!(
        after["messages"][n]["body"]
            .as_str()
            .unwrap()
            .contains("full refund")
    );
}

/// Runs tix, killing it (and failing) if it does not finish in 20 s: a hang fails the test instead
/// of blocking it.
fn tix_within(config: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    private(config);
    let mut child = Command::new(TIX)
        .args(args)
        .env("TIX_CONFIG_DIR", config)
        .env("TIX_DATA_DIR", config)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            // Not waiting for its output: a child it left behind may hold the pipes open.
            let _ = child.kill();
            let _ = child.wait();
            panic!("tix {args:?} hung");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn an_empty_or_malformed_ticket_id_is_a_bad_argument() {
    let empty = tempfile::tempdir().unwrap();
    for (args, needle) in [
        (&["show", ""][..], "bad ticket id \"\""),
        (&["show", "  "], "bad ticket id"),
        (&["show", "10 01"], "bad ticket id"),
        (&["show", "../users/1"], "bad ticket id"),
        (&["reply", ""], "bad ticket id"),
        (&["reply", "abc", "--note"], "bad ticket id \"abc\""),
        (
            &["reply", "1001", "--macro", "", "--preview"],
            "bad macro id",
        ),
        (&["reply", "1001", "--macro", "x/y"], "bad macro id"),
    ] {
        let out = tix_within(empty.path(), args, &[]);
        one_line_error(&out, 2, needle);
    }
    // A well-formed id that does not exist is the helpdesk's answer: exit 1.
    let out = tix_within(empty.path(), &["show", "#999999999"], &[]);
    one_line_error(&out, 1, "not found");
}

#[test]
fn a_password_in_a_profile_url_is_never_printed() {
    let server = DemoServer::start(30);
    let with_password = server.url.replacen("http://", "http://agent:hunter2pw@", 1);
    let cfg = config_dir(&with_password);
    let out = tix_within(cfg.path(), &["doctor"], &[]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("OK   profile"), "{out:?}");
    assert!(stdout.contains("http://agent:***@127.0.0.1:"), "{stdout}");
    // And in errors: plain http to another machine is refused, naming the url.
    let far = config_dir("http://agent:hunter2pw@helpdesk.example.com");
    let refused = tix_within(far.path(), &["ls"], &[]);
    one_line_error(&refused, 2, "http://agent:***@helpdesk.example.com");
    let doctor_far = tix_within(far.path(), &["doctor"], &[]);
    for out in [&out, &refused, &doctor_far] {
        for stream in [&out.stdout, &out.stderr] {
            assert!(
                !String::from_utf8_lossy(stream).contains("hunter2pw"),
                "the password was printed: {out:?}"
            );
        }
    }
    for dir in [cfg.path(), far.path()] {
        let log = std::fs::read_to_string(dir.join("tix.log")).unwrap_or_default();
        assert!(!log.contains("hunter2pw"), "{log}");
    }
}

#[test]
fn a_config_that_is_not_a_small_regular_file_is_refused_at_once() {
    // A FIFO: opening it to read would wait for a writer forever.
    let fifo = tempfile::tempdir().unwrap();
    let path = std::ffi::CString::new(fifo.path().join("config.toml").to_str().unwrap().as_bytes())
        .unwrap();
    assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o600) }, 0);
    let out = tix_within(fifo.path(), &["ls"], &[]);
    one_line_error(&out, 2, "config.toml: not a regular file");

    // A symlink to /dev/zero: read whole, it never ends.
    let zero = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/dev/zero", zero.path().join("config.toml")).unwrap();
    let out = tix_within(zero.path(), &["ls"], &[]);
    one_line_error(&out, 2, "config.toml: not a regular file");
    let out = tix_within(zero.path(), &["keymap", "check", "/dev/zero"], &[]);
    one_line_error(&out, 2, "/dev/zero: not a regular file");

    // A directory, and a file far larger than any config.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("config.toml")).unwrap();
    one_line_error(
        &tix_within(dir.path(), &["ls"], &[]),
        2,
        "config.toml: not a regular file",
    );
    let big = tempfile::tempdir().unwrap();
    let mut text = String::from("# padding\n");
    text.push_str(&"#".repeat(2 << 20));
    std::fs::write(big.path().join("config.toml"), text).unwrap();
    one_line_error(&tix_within(big.path(), &["ls"], &[]), 2, "too large");
}

#[test]
fn a_keymap_that_is_not_utf8_is_reported_with_its_place() {
    let cfg = tempfile::tempdir().unwrap();
    std::fs::write(
        cfg.path().join("keymap.toml"),
        b"[global]\n\"j\" = \"list.do\xffwn\"\n",
    )
    .unwrap();
    let out = tix_within(cfg.path(), &["keymap", "show"], &[]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("keymap.toml:2:15: not UTF-8 text"),
        "reported, not ignored: {err:?}"
    );
    let file = cfg.path().join("keymap.toml");
    let out = tix_within(
        cfg.path(),
        &["keymap", "check", file.to_str().unwrap()],
        &[],
    );
    one_line_error(&out, 2, "keymap.toml:2:15: not UTF-8 text");
}

#[test]
fn a_token_cmd_that_never_ends_is_killed_after_the_timeout() {
    let cfg = tempfile::tempdir().unwrap();
    std::fs::write(
        cfg.path().join("config.toml"),
        "default_profile = \"z\"\n[profiles.z]\nbackend = \"zendesk\"\nurl = \"https://acme.zendesk.example\"\ntoken_cmd = \"sleep 60\"\n",
    )
    .unwrap();
    let started = std::time::Instant::now();
    let out = tix_within(cfg.path(), &["ls"], &[("TIX_CMD_TIMEOUT_MS", "300")]);
    one_line_error(&out, 2, "token_cmd did not finish within 0.3 s");
    // Not a timing assertion on tix: the guard only tells a kill from a wait for sleep to end.
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

#[test]
fn config_errors_do_not_echo_escape_sequences() {
    let cfg = tempfile::tempdir().unwrap();
    std::fs::write(
        cfg.path().join("config.toml"),
        "default_profile = \"z\"\n[profiles.z]\nbackend = \"\\u001b]52;c;ZXZpbA==\\u0007\\u001b[2Jzendesk\"\nurl = \"https://x.example\"\n",
    )
    .unwrap();
    let out = tix_within(cfg.path(), &["ls"], &[]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(
        !out.stderr.contains(&0x1b) && !out.stderr.contains(&0x07),
        "raw escape on stderr: {:?}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("config.toml:3:"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("␛[2J"));
}

#[test]
fn completions_for_each_shell_name_the_subcommands() {
    let cfg = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish"] {
        let out = tix(cfg.path(), &["completions", shell], None);
        assert!(out.status.success(), "{shell}: {out:?}");
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(!script.trim().is_empty(), "{shell}");
        for verb in ["reply", "keymap", "demo-server"] {
            assert!(script.contains(verb), "{shell} completes {verb}");
        }
    }
    let out = tix(cfg.path(), &["completions", "tcsh"], None);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unknown shell is a bad argument"
    );
}

#[test]
fn man_page_is_generated_from_the_command_line() {
    let cfg = tempfile::tempdir().unwrap();
    let out = tix(cfg.path(), &["man"], None);
    assert!(out.status.success(), "{out:?}");
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains(".TH tix 1"), "{page}");
    assert!(page.contains("reply"), "{page}");

    let dir = cfg.path().join("man1");
    let out = tix(cfg.path(), &["man", "--dir", dir.to_str().unwrap()], None);
    assert!(out.status.success(), "{out:?}");
    let reply = std::fs::read_to_string(dir.join("tix-reply.1")).unwrap();
    assert!(reply.contains("\\-\\-note"), "{reply}");
    assert!(dir.join("tix.1").is_file());
    assert!(dir.join("tix-keymap-check.1").is_file());
}

#[test]
fn config_init_writes_a_config_that_loads_and_keeps_an_existing_one() {
    let cfg = tempfile::tempdir().unwrap();
    let dir = cfg.path().join("fresh");
    std::fs::create_dir(&dir).unwrap();
    let out = tix(&dir, &["config", "init"], None);
    assert!(out.status.success(), "{out:?}");
    let file = dir.join("config.toml");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(&file.display().to_string()),
        "says where: {out:?}"
    );
    let text = std::fs::read_to_string(&file).unwrap();
    for setting in [
        "keymap",
        "refresh_secs",
        "[alerts]",
        "[sla]",
        "token_env",
        "oauth_client_id",
    ] {
        assert!(text.contains(setting), "{setting} is described");
    }
    // It loads through tix's own loaders with no problem at all.
    let config = tix::config::load(&file).unwrap();
    let (_, problems) = tix::keymap::Keymap::load(config.keymap.as_deref(), None);
    assert!(problems.is_empty(), "{problems:?}");
    let out = tix(&dir, &["keymap", "show"], None);
    assert!(out.status.success() && out.stderr.is_empty(), "{out:?}");

    // An existing config is kept: a bad-arguments exit, the file untouched.
    std::fs::write(&file, "keymap = \"vim\"\n").unwrap();
    let out = tix(&dir, &["config", "init"], None);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--force"),
        "{out:?}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "keymap = \"vim\"\n"
    );
    let out = tix(&dir, &["config", "init", "--force"], None);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
}

/// `tix show` prints quoted history as one line, as the conversation panel shows it; `--quoted`
/// prints it whole, and `--json` keeps every body whole.
#[test]
fn show_folds_quoted_history_unless_asked() {
    let server = DemoServer::start(50);
    let cfg = config_dir(&server.url);
    let list = json(&tix(cfg.path(), &["ls", "--json"], None));
    let id = list[0]["id"].as_str().unwrap().to_string();
    let reply = "It still fails.\n\nOn Mon, 30 Nov 2026 at 17:40, Acme <support@acme.test> wrote:\n> Please try 3.2.\n>\n> Acme\n";
    let out = tix(cfg.path(), &["reply", &id, "--note"], Some(reply));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = tix(cfg.path(), &["show", &id], None);
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(
        shown.contains("It still fails.\n\n▸ 4 quoted lines (--quoted prints it)"),
        "{shown}"
    );
    assert!(!shown.contains("> Please try 3.2."), "{shown}");

    let out = tix(cfg.path(), &["show", &id, "--quoted"], None);
    let whole = String::from_utf8(out.stdout).unwrap();
    assert!(
        whole.contains("wrote:\n> Please try 3.2.\n>\n> Acme"),
        "{whole}"
    );
    assert!(!whole.contains("quoted lines"), "{whole}");

    let v = json(&tix(cfg.path(), &["show", &id, "--json"], None));
    let bodies: Vec<&str> = v["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["body"].as_str())
        .collect();
    assert!(
        bodies.iter().any(|b| b.contains("> Please try 3.2.")),
        "{bodies:?}"
    );
}
