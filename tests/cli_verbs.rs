//! `tix views`, `search`, `status`, `assign`, `tag`, `open` and what `show` prints, end to end
//! against a `tix demo-server` process (its changes last as long as the process).

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

mod common;
use common::demo_process::{DemoServer, config_dir};

const TIX: &str = env!("CARGO_BIN_EXE_tix");

fn tix(config: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(TIX)
        .args(args)
        .env("TIX_CONFIG_DIR", config)
        .env("TIX_DATA_DIR", config)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .unwrap()
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

fn json(out: &Output) -> Value {
    serde_json::from_str(&ok(out)).unwrap()
}

fn show(cfg: &Path, id: &str) -> Value {
    json(&tix(cfg, &["show", id, "--json"], &[]))
}

fn view(cfg: &Path, name: &str) -> Vec<Value> {
    json(&tix(cfg, &["ls", "--view", name, "--json"], &[]))
        .as_array()
        .unwrap()
        .clone()
}

fn ids(list: &[Value]) -> Vec<String> {
    list.iter()
        .map(|t| t["id"].as_str().unwrap().to_string())
        .collect()
}

/// The first ticket of the first view (an unsolved one), as `ls --json` gives it.
fn a_ticket(cfg: &Path) -> Value {
    json(&tix(cfg, &["ls", "--json", "--limit", "1"], &[]))[0].clone()
}

fn fails(out: &Output, code: i32, needle: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{err}");
    assert!(err.contains(needle), "{needle:?} not in {err:?}");
}

#[test]
fn views_lists_the_views_with_their_counts() {
    let server = DemoServer::spawn_seeded(5, &["--tickets", "120"]);
    let cfg = config_dir(&server.url);
    let text = ok(&tix(cfg.path(), &["views"], &[]));
    let line = text
        .lines()
        .find(|l| l.ends_with("\tAll unsolved"))
        .unwrap_or_else(|| panic!("no All unsolved in {text:?}"));
    let list = json(&tix(cfg.path(), &["views", "--json"], &[]));
    let all = list
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["name"] == "All unsolved")
        .unwrap();
    // The count is the view's: as many tickets as `ls` lists for it.
    let count = all["count"].as_u64().unwrap();
    assert_eq!(count as usize, view(cfg.path(), "All unsolved").len());
    assert_eq!(
        line,
        format!("{}\t{count}\tAll unsolved", all["id"].as_str().unwrap())
    );
}

#[test]
fn search_finds_a_solved_ticket_and_lists_it_like_ls() {
    let server = DemoServer::spawn_seeded(5, &["--tickets", "120"]);
    let cfg = config_dir(&server.url);
    let solved = view(cfg.path(), "Recently solved");
    let t = solved
        .iter()
        .find(|t| t["status"] == "solved")
        .expect("a solved ticket");
    let (id, subject) = (t["id"].as_str().unwrap(), t["subject"].as_str().unwrap());
    assert!(!ids(&view(cfg.path(), "All unsolved")).contains(&id.to_string()));
    let quoted = format!("\"{subject}\"");
    let found = json(&tix(cfg.path(), &["search", &quoted, "--json"], &[]));
    let hit = found
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id)
        .unwrap_or_else(|| panic!("#{id} not found by {quoted}"));
    assert_eq!(hit["status"], "solved");
    // With the requester's name, as `ls` has it (not a bare user id).
    assert_eq!(hit["requester"]["name"], t["requester"]["name"]);
    // The text is `ls`'s: ID, status, priority, channel, requester, subject.
    let text = ok(&tix(cfg.path(), &["search", &quoted], &[]));
    let line = text
        .lines()
        .find(|l| l.starts_with(&format!("{id}\t")))
        .unwrap();
    let cols: Vec<&str> = line.split('\t').collect();
    assert_eq!(cols.len(), 6, "{line:?}");
    // The status as the helpdesk names it (the demo's custom status "Solved").
    assert_eq!(
        (cols[1], cols[5]),
        (hit["status_label"].as_str().unwrap(), subject)
    );
    assert_eq!(hit["status_category"], "solved");
}

#[test]
fn status_is_written_and_show_shows_it() {
    let server = DemoServer::spawn_seeded(5, &["--tickets", "120"]);
    let cfg = config_dir(&server.url);
    let t = a_ticket(cfg.path());
    let id = t["id"].as_str().unwrap();
    let to = if t["status"] == "pending" {
        "open"
    } else {
        "pending"
    };
    let said = ok(&tix(cfg.path(), &["status", id, to], &[]));
    let after = show(cfg.path(), id);
    assert_eq!(after["status"], to);
    // Said in the helpdesk's labels (the demo's custom statuses: "Open", "Pending").
    assert_eq!(
        said.trim(),
        format!(
            "#{id} {}: status {} → {}",
            t["subject"].as_str().unwrap(),
            t["status_label"].as_str().unwrap(),
            after["status_label"].as_str().unwrap()
        )
    );
    // The write went through the outbox and left nothing there.
    let outbox = cfg.path().join("outbox").join("local");
    assert!(
        std::fs::read_dir(&outbox).map_or(true, |mut d| d.next().is_none()),
        "outbox not empty"
    );
    // A status the helpdesk does not have: refused before anything is written, with the
    // valid ones (its own included), exit 2.
    let refused = tix(cfg.path(), &["status", id, "bogus"], &[]);
    fails(&refused, 2, "no status \"bogus\"");
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("Waiting on vendor"), "{err}");
    // The account's own status, by its label; a kind by its word.
    ok(&tix(cfg.path(), &["status", id, "Waiting on vendor"], &[]));
    assert_eq!(show(cfg.path(), id)["status_label"], "Waiting on vendor");
    ok(&tix(cfg.path(), &["status", id, to], &[]));
    assert_eq!(show(cfg.path(), id)["status"], to);
    fails(
        &tix(cfg.path(), &["status", "nope", "open"], &[]),
        2,
        "bad ticket id",
    );
}

#[test]
fn assign_me_then_none_round_trips() {
    let server = DemoServer::spawn_seeded(5, &["--tickets", "120"]);
    let cfg = config_dir(&server.url);
    let unassigned = view(cfg.path(), "Unassigned");
    let id = unassigned[0]["id"].as_str().unwrap().to_string();
    let said = ok(&tix(cfg.path(), &["assign", &id, "me"], &[]));
    let me = show(cfg.path(), &id)["assignee"].clone();
    let name = me["name"].as_str().expect("assigned").to_string();
    assert!(said.contains(&format!("#{id} ")) && said.contains(&format!("assignee none → {name}")));
    assert!(ids(&view(cfg.path(), "My open tickets")).contains(&id));
    assert!(!ids(&view(cfg.path(), "Unassigned")).contains(&id));

    let said = ok(&tix(cfg.path(), &["assign", &id, "none"], &[]));
    assert!(said.contains(&format!("assignee {name} → none")), "{said}");
    assert_eq!(show(cfg.path(), &id)["assignee"], Value::Null);
    assert!(ids(&view(cfg.path(), "Unassigned")).contains(&id));

    // By email, in another case: the same agent.
    let email = me["email"].as_str().unwrap().to_uppercase();
    ok(&tix(cfg.path(), &["assign", &id, &email], &[]));
    assert_eq!(show(cfg.path(), &id)["assignee"]["id"], me["id"]);

    // Ambiguous and unknown names are bad arguments that list the candidates; nothing is written.
    let out = tix(cfg.path(), &["assign", &id, "a"], &[]);
    fails(&out, 2, "matches several agents");
    assert!(String::from_utf8_lossy(&out.stderr).contains(&name));
    fails(
        &tix(cfg.path(), &["assign", &id, "zzz-no-such-agent"], &[]),
        2,
        "no agent matches",
    );
    assert_eq!(show(cfg.path(), &id)["assignee"]["id"], me["id"]);
}

fn tags(cfg: &Path, id: &str) -> Vec<String> {
    let mut t: Vec<String> = show(cfg, id)["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect();
    t.sort();
    t
}

#[test]
fn tag_adds_and_removes_and_round_trips() {
    let server = DemoServer::spawn_seeded(5, &["--tickets", "120"]);
    let cfg = config_dir(&server.url);
    let t = view(cfg.path(), "All unsolved")
        .into_iter()
        .find(|t| !t["tags"].as_array().unwrap().is_empty())
        .expect("a tagged ticket");
    let id = t["id"].as_str().unwrap();
    let before = tags(cfg.path(), id);
    let gone = before[0].clone();
    let said = ok(&tix(
        cfg.path(),
        &["tag", id, "+cliverbs", &format!("-{gone}")],
        &[],
    ));
    assert!(said.starts_with(&format!("#{id} {}: tags ", t["subject"].as_str().unwrap())));
    let after = tags(cfg.path(), id);
    assert!(after.contains(&"cliverbs".to_string()), "{after:?}");
    assert!(!after.contains(&gone), "{after:?}");
    assert_eq!(after.len(), before.len(), "the other tags stay: {after:?}");

    ok(&tix(
        cfg.path(),
        &["tag", id, "-cliverbs", &format!("+{gone}")],
        &[],
    ));
    assert_eq!(tags(cfg.path(), id), before);

    fails(
        &tix(cfg.path(), &["tag", id, "cliverbs"], &[]),
        2,
        "bad tag change",
    );
    // An option after the changes is taken as one of them (tag changes may start with a
    // hyphen): `--low-bandwidth` would remove a tag "-low-bandwidth" and add nothing wrong, but
    // silently; it is refused, and nothing is written.
    fails(
        &tix(
            cfg.path(),
            &["tag", id, "+clifollows", "--low-bandwidth"],
            &[],
        ),
        2,
        "no tag starts with -",
    );
    assert_eq!(tags(cfg.path(), id), before);
}

#[test]
fn open_hands_the_tickets_web_address_to_the_browser() {
    let server = DemoServer::spawn_seeded(5, &["--tickets", "120"]);
    let cfg = config_dir(&server.url);
    let script = cfg.path().join("browser.sh");
    let seen = cfg.path().join("seen.txt");
    std::fs::write(
        &script,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", seen.display()),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o700)).unwrap();
    let browser = script.display().to_string();
    let printed = ok(&tix(
        cfg.path(),
        &["open", "#1001"],
        &[("BROWSER", &browser)],
    ));
    let url = format!("{}/agent/tickets/1001", server.url);
    assert_eq!(printed.trim(), url);
    assert_eq!(std::fs::read_to_string(&seen).unwrap(), url);
    // The demo answers there with a page that names the ticket.
    let page = http_get(&url);
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.contains("#1001"), "{page}");

    // A browser that fails is an error, with the address still printed.
    let out = tix(cfg.path(), &["open", "1001"], &[("BROWSER", "false")]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), url);
    fails(&out, 1, "open the address above yourself");
}

#[test]
fn show_prints_assignee_group_tags_and_times() {
    let server = DemoServer::spawn_seeded(5, &["--tickets", "120"]);
    let cfg = config_dir(&server.url);
    // The agent's zone, as the workspace reads it: Tokyo keeps +09:00 all year.
    let file = cfg.path().join("config.toml");
    let config = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, format!("time_zone = \"Asia/Tokyo\"\n{config}")).unwrap();
    let t = view(cfg.path(), "My open tickets")
        .into_iter()
        .find(|t| !t["tags"].as_array().unwrap().is_empty() && t["group"].is_string())
        .expect("an assigned, grouped, tagged ticket");
    let id = t["id"].as_str().unwrap();
    let j = show(cfg.path(), id);
    let text = ok(&tix(cfg.path(), &["show", id], &[]));
    let tag_list: Vec<&str> = j["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    let line = format!(
        "assignee: {} · group: {} · tags: {}",
        j["assignee"]["name"].as_str().unwrap(),
        j["group"].as_str().unwrap(),
        tag_list.join(" ")
    );
    assert!(text.lines().any(|l| l == line), "{line:?} not in {text}");
    // Times in the text are the JSON's as the workspace shows them: in the agent's zone,
    // 24-hour, the day and month unless it is today (the demo's are all earlier).
    let tokyo = jiff::tz::TimeZone::get("Asia/Tokyo").unwrap();
    let shown = |json: &serde_json::Value| {
        let at: jiff::Timestamp = json.as_str().unwrap().parse().unwrap();
        let local = at.to_zoned(tokyo.clone());
        let now = jiff::Timestamp::now().to_zoned(tokyo.clone());
        let month = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ][local.month() as usize - 1];
        let time = local.strftime("%H:%M").to_string();
        match (local.date() == now.date(), local.year() == now.year()) {
            (true, _) => time,
            (false, true) => format!("{} {month} {time}", local.day()),
            (false, false) => format!("{} {month} {} {time}", local.day(), local.year()),
        }
    };
    let times = format!(
        "created: {} · updated: {}",
        shown(&j["created_at"]),
        shown(&j["updated_at"])
    );
    assert!(text.lines().any(|l| l == times), "{times:?} not in {text}");
    let first = &j["messages"][0];
    let header = format!(
        "--- {} · {}",
        first["author"].as_str().unwrap(),
        shown(&first["created_at"])
    );
    assert!(
        text.lines().any(|l| l.starts_with(&header)),
        "{header:?} not in {text}"
    );
}

/// A plain HTTP/1.1 GET of `url` (http://HOST:PORT/PATH): the whole answer as text.
fn http_get(url: &str) -> String {
    use std::io::{Read, Write};
    let rest = url.strip_prefix("http://").unwrap();
    let (host, path) = rest.split_at(rest.find('/').unwrap());
    let mut s = std::net::TcpStream::connect(host).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

#[test]
fn attachment_saves_a_file_from_the_demo_without_overwriting_and_show_lists_it() {
    let server = DemoServer::spawn_seeded(5, &["--tickets", "60"]);
    let cfg = config_dir(&server.url);
    let list = json(&tix(cfg.path(), &["ls", "--json", "--limit", "60"], &[]));
    // The first ticket whose conversation has a file (the demo attaches some to customers' mails).
    let (id, shown) = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap().to_string())
        .find_map(|id| {
            let t = show(cfg.path(), &id);
            let has = t["messages"]
                .as_array()
                .unwrap()
                .iter()
                .any(|m| !m["attachments"].as_array().unwrap().is_empty());
            has.then_some((id, t))
        })
        .expect("a ticket with an attachment");
    let first = shown["messages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|m| m["attachments"].as_array().unwrap().clone())
        .next()
        .unwrap();
    let name = first["name"].as_str().unwrap().to_string();
    let size = first["size"].as_u64().unwrap();
    assert!(first["content_type"].as_str().unwrap().contains('/'));
    assert_eq!(first.as_object().unwrap().len(), 3, "no address: {first}");
    let text = ok(&tix(cfg.path(), &["show", &id], &[]));
    assert!(text.contains(&format!("[attachment 1] {name} (")), "{text}");

    let out = tempfile::tempdir().unwrap();
    let dir = out.path().to_str().unwrap();
    let saved = ok(&tix(
        cfg.path(),
        &["attachment", &id, "1", "--out", dir],
        &[],
    ));
    let path = std::path::PathBuf::from(saved.trim());
    assert_eq!(path, out.path().join(&name));
    assert_eq!(std::fs::metadata(&path).unwrap().len(), size);
    let again = ok(&tix(
        cfg.path(),
        &["attachment", &id, "1", "--out", dir],
        &[],
    ));
    let again = std::path::PathBuf::from(again.trim());
    assert_ne!(again, path, "a second download never overwrites the first");
    assert!(
        again
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .contains(" (1)")
    );
    assert_eq!(
        std::fs::read(&again).unwrap(),
        std::fs::read(&path).unwrap()
    );

    fails(
        &tix(cfg.path(), &["attachment", &id, "99", "--out", dir], &[]),
        2,
        "numbered from 1",
    );
}
