//! Customer data at rest is the agent's alone: every directory tix makes in the data dir is 0700 and
//! every file 0600, whatever the umask; a tree found looser is tightened at start, with a notice.
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use tix::app::model::{Draft, DraftKind};
use tix::helpdesk::{Id, NewMessage, TicketPatch, Timestamp, View, Visibility};

const TIX: &str = env!("CARGO_BIN_EXE_tix");

fn mode(p: &Path) -> u32 {
    std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777
}

/// Every directory and file under `dir` (the directory itself included), with its mode.
fn tree(dir: &Path) -> Vec<(String, bool, u32)> {
    let mut out = vec![(dir.display().to_string(), true, mode(dir))];
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(tree(&p));
        } else {
            out.push((p.display().to_string(), false, mode(&p)));
        }
    }
    out
}

#[test]
fn every_writer_makes_private_dirs_and_files_under_a_usual_umask() {
    // The usual umask: without care, directories come out 0755 and files 0644.
    unsafe { libc::umask(0o022) };
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let log = tix::log::init(&data);

    let drafts = tix::store::drafts::DraftStore::new(&data, "work");
    let draft = Draft {
        kind: DraftKind::Reply,
        text: "Dear Ana, your card ending 4242".into(),
        fields: TicketPatch::default(),
    };
    drafts
        .save(&Id::from(1001), DraftKind::Reply, Some(&draft))
        .unwrap();

    let cache = tix::store::cache::Cache::new(&data, "work");
    cache
        .save_queue(&tix::store::cache::CachedQueue {
            view: View {
                id: Id::from(1),
                name: "All".into(),
            },
            saved_at: Timestamp::UNIX_EPOCH,
            tickets: vec![],
        })
        .unwrap();
    cache.save_conversation(&Id::from(1001), &[]).unwrap();

    let outbox = tix::store::outbox::Outbox::new(&data, "work");
    outbox
        .put(&tix::store::outbox::Entry {
            seq: 1,
            ticket: Id::from(1001),
            patch: TicketPatch {
                message: Some(NewMessage {
                    visibility: Visibility::Public,
                    body: "On it".into(),
                }),
                ..TicketPatch::default()
            },
            queued_at: Timestamp::UNIX_EPOCH,
            attempted: false,
        })
        .unwrap();

    let day = jiff::civil::date(2026, 11, 23);
    tix::metrics::append(
        &tix::metrics::day_file(&data, day),
        &[tix::metrics::Event::Rated {
            ticket: "1001".into(),
            at: Timestamp::UNIX_EPOCH,
            good: true,
        }],
    )
    .unwrap();

    let store = tix::oauth::store::Store::for_profile(&data, "work", None).unwrap();
    store
        .save(&tix::oauth::Tokens {
            access: tix::config::Secret::new("a"),
            refresh: None,
            expires_at: None,
            refresh_expires_at: None,
            scope: None,
        })
        .unwrap();

    drop(log);
    let all = tree(&data);
    for want in [
        "tix.log",
        "drafts/work/1001.txt",
        "cache/work/queue.json",
        "cache/work/conversations/1001.json",
        "outbox/work/00000000000000000001.json",
        "metrics/2026-11-23.jsonl",
        "oauth/work.json",
    ] {
        assert!(
            all.iter().any(|(p, _, _)| p.ends_with(want)),
            "{want} written: {all:?}"
        );
    }
    let loose: Vec<_> = all
        .iter()
        .filter(|(_, dir, m)| *m != if *dir { 0o700 } else { 0o600 })
        .map(|(p, _, m)| format!("{p} {m:o}"))
        .collect();
    assert!(loose.is_empty(), "readable by others: {loose:?}");
}

#[test]
fn a_tree_found_readable_by_others_is_tightened_at_start_with_a_notice() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let drafts = data.join("drafts").join("work");
    std::fs::create_dir_all(&drafts).unwrap();
    std::fs::write(drafts.join("1001.txt"), "reply 1001\nDear Ana").unwrap();
    std::fs::write(data.join("tix.log"), "").unwrap();
    for (p, m) in [
        (data.as_path(), 0o755),
        (data.join("drafts").as_path(), 0o755),
        (drafts.as_path(), 0o755),
        (drafts.join("1001.txt").as_path(), 0o644),
        (data.join("tix.log").as_path(), 0o644),
    ] {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
    }
    let config = root.path().join("config");
    std::fs::create_dir(&config).unwrap();
    let run = || {
        Command::new(TIX)
            .arg("stats")
            .env("TIX_CONFIG_DIR", &config)
            .env("TIX_DATA_DIR", &data)
            .output()
            .unwrap()
    };
    let out = run();
    assert!(out.status.success(), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("tightened") && err.contains(&data.display().to_string()),
        "a notice says what was tightened: {err:?}"
    );
    let loose: Vec<_> = tree(&data)
        .into_iter()
        .filter(|(_, dir, m)| *m != if *dir { 0o700 } else { 0o600 })
        .collect();
    assert!(loose.is_empty(), "still readable by others: {loose:?}");
    // Once tight, nothing more to say.
    let again = run();
    assert!(
        !String::from_utf8_lossy(&again.stderr).contains("tightened"),
        "{again:?}"
    );
}
