//! Attachments: each adapter reads them from what its API gives (answers recorded from live
//! helpdesks where there are some, documented shapes otherwise), and a download through an adapter
//! writes the file's bytes under a safe name, never over a file already there.

use serde_json::json;
use tix::attachments::{SaveError, save};
use tix::config::Secret;
use tix::helpdesk::freshdesk::Freshdesk;
use tix::helpdesk::rt::{Rt, RtAuth};
use tix::helpdesk::zammad::Zammad;
use tix::helpdesk::zendesk::{Auth, Zendesk};
use tix::helpdesk::*;
use tix::i18n::Lang;

mod common;
use common::*;

fn zendesk(url: &str) -> Zendesk {
    Zendesk::new(
        url,
        Auth::ApiToken {
            email: "agent@example.com".into(),
            token: Secret::new("tok"),
        },
    )
}

#[tokio::test]
async fn zendesk_comments_carry_name_size_type_and_content_url() {
    let m = Mock::default();
    m.get(
        "/api/v2/tickets/33/comments.json",
        &recorded("zendesk/014-get-tickets-33-comments-json.json").to_string(),
    );
    let zd = zendesk(&m.start().await);
    let msgs = zd.messages(&Id::from(33)).await.unwrap();
    assert_eq!(
        msgs[0].attachments,
        [Attachment {
            name: "README.md".into(),
            size: Some(15156),
            content_type: Some("application/x-genesis-rom".into()),
            source: "https://z3npuddn.zendesk.com/attachments/token/ipl7iHe99p1WhkrNBVSW1L8Ie/?name=README.md".into(),
        }]
    );
}

#[tokio::test]
async fn freshdesk_reads_a_tickets_own_files_and_its_conversations() {
    let m = Mock::default();
    for (path, file) in [
        ("/api/v2/tickets/1", "freshdesk/003-get-tickets-1.json"),
        (
            "/api/v2/tickets/1/conversations",
            "freshdesk/004-get-tickets-1-conversations.json",
        ),
        ("/api/v2/agents", "freshdesk/007-get-agents.json"),
        ("/api/v2/groups", "freshdesk/008-get-groups.json"),
    ] {
        m.get(path, &recorded(file).to_string());
    }
    let fd = Freshdesk::new(&m.start().await, Secret::new("key"));
    let msgs = fd.messages(&Id::from(1)).await.unwrap();
    let files: Vec<&Attachment> = msgs.iter().flat_map(|m| &m.attachments).collect();
    // The ticket's own list says `file_size` (as recorded); conversations say `size`.
    assert_eq!(
        files,
        [&Attachment {
            name: "attachment.txt".into(),
            size: Some(44115),
            content_type: Some("text/plain".into()),
            source: "https://cdn.freshdesk.com/data/helpdesk/attachments/production/4004881085/original/attachment.txt".into(),
        }]
    );
}

#[tokio::test]
async fn zammad_articles_give_files_fetched_from_the_ticket_attachment_endpoint() {
    let m = Mock::default();
    m.get(
        "/api/v1/ticket_articles/by_ticket/5",
        &json!([{
            "id": 12, "ticket_id": 5, "internal": false, "body": "See attached.",
            "content_type": "text/plain", "created_at": "2026-03-16T12:02:55.434Z",
            "attachments": [
                {"id": 17, "filename": "vendor-mail.txt", "size": "19",
                 "preferences": {"Mime-Type": "text/plain"}},
                {"id": 18, "filename": "scan.pdf", "size": "2048",
                 "preferences": {"Content-Type": "application/pdf", "Mime-Type": "application/pdf"}},
                {"id": 19, "filename": "image1.png", "size": "3735",
                 "preferences": {"Content-Type": "image/png", "Content-Disposition": "inline"}}
            ]
        }])
        .to_string(),
    );
    m.get("/api/v1/ticket_attachment/5/12/18", "%PDF-1.4 scan");
    let url = m.start().await;
    let zm = Zammad::new(&url, Secret::new("ztoken"));
    let msgs = zm.messages(&Id::from(5)).await.unwrap();
    let files = &msgs[0].attachments;
    assert_eq!(files.len(), 2, "the inline image is left out: {files:?}");
    assert_eq!(
        (
            files[0].name.as_str(),
            files[0].size,
            files[0].content_type.as_deref()
        ),
        ("vendor-mail.txt", Some(19), Some("text/plain"))
    );
    assert_eq!(files[1].content_type.as_deref(), Some("application/pdf"));

    let dir = tempfile::tempdir().unwrap();
    let path = save(&zm, &files[1], dir.path(), false, Lang::En, |_, _| {})
        .await
        .unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"%PDF-1.4 scan");
    let asked = m.to("GET", "/api/v1/ticket_attachment/5/12/18");
    assert_eq!(asked[0].auth.as_deref(), Some("Token token=ztoken"));
}

#[tokio::test]
async fn rt_files_are_the_named_parts_of_a_transaction_and_arrive_as_base64() {
    let m = Mock::default();
    // The ticket's version (a HEAD: its ETag only).
    m.on("HEAD", "/REST/2.0/ticket/7", &[], vec![ok("")]);
    m.get(
        "/REST/2.0/ticket/7/history",
        &json!({"items": [{"id": "41", "Type": "Correspond", "Created": "2026-11-20T08:00:00Z"}],
                "page": 1, "per_page": 100, "pages": 1, "total": 1})
        .to_string(),
    );
    m.on(
        "GET",
        "/REST/2.0/ticket/7/attachments",
        &[("fields", "TransactionId,ContentType,Filename,ContentLength")],
        vec![ok(&json!({"items": [
            {"id": "50", "TransactionId": "41", "ContentType": "text/plain", "Filename": "", "ContentLength": "5"},
            {"id": "51", "TransactionId": "41", "ContentType": "text/plain; charset=\"utf-8\"", "Filename": "fire.log", "ContentLength": "11"}
        ], "page": 1, "per_page": 100, "pages": 1, "total": 2})
        .to_string())],
    );
    m.on(
        "GET",
        "/REST/2.0/ticket/7/attachments",
        &[("fields", "TransactionId,Content")],
        vec![ok(&json!({"items": [
            {"id": "50", "TransactionId": "41", "Content": "Fire!"}
        ]})
        .to_string())],
    );
    // base64("it is on fire")
    m.get(
        "/REST/2.0/attachment/51",
        &json!({"id": 51, "Content": "aXQgaXMg\nb24gZmlyZQ=="}).to_string(),
    );
    let rt = Rt::new(&m.start().await, RtAuth::Token(Secret::new("1-14-abc")));
    let msgs = rt.messages(&Id::from(7)).await.unwrap();
    assert_eq!(msgs.len(), 1);
    assert_eq!(msgs[0].body, "Fire!");
    let file = &msgs[0].attachments[0];
    assert_eq!(
        (file.name.as_str(), file.size, file.content_type.as_deref()),
        ("fire.log", Some(11), Some("text/plain"))
    );
    let dir = tempfile::tempdir().unwrap();
    let path = save(&rt, file, dir.path(), false, Lang::En, |_, _| {})
        .await
        .unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"it is on fire");
}

fn file(url: &str, name: &str) -> Attachment {
    Attachment {
        name: name.into(),
        size: Some(11),
        content_type: Some("text/plain".into()),
        source: format!("{url}/attachments/token/abc?name=x"),
    }
}

#[tokio::test]
async fn a_download_writes_the_bytes_under_a_safe_name_and_never_overwrites() {
    let m = Mock::default();
    m.on(
        "GET",
        "/attachments/token/abc",
        &[],
        vec![ok("first bytes"), ok("other bytes")],
    );
    let url = m.start().await;
    let zd = zendesk(&url);
    let dir = tempfile::tempdir().unwrap();
    let a = file(&url, "../../.ssh/authorized_keys\u{7}");

    let mut seen = 0;
    let first = save(&zd, &a, dir.path(), false, Lang::En, |done, _| seen = done)
        .await
        .unwrap();
    assert_eq!(first, dir.path().join("_.._.ssh_authorized_keys_"));
    assert_eq!(std::fs::read(&first).unwrap(), b"first bytes");
    assert_eq!(seen, 11, "progress heard every byte");

    let second = save(&zd, &a, dir.path(), false, Lang::En, |_, _| {})
        .await
        .unwrap();
    assert_eq!(second, dir.path().join("_.._.ssh_authorized_keys_ (1)"));
    assert_eq!(std::fs::read(&second).unwrap(), b"other bytes");
    assert_eq!(
        std::fs::read(&first).unwrap(),
        b"first bytes",
        "the first file is untouched"
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    // On the helpdesk's own address the profile's credentials go along.
    let asked = m.to("GET", "/attachments/token/abc");
    assert!(
        asked[0]
            .auth
            .as_deref()
            .is_some_and(|a| a.starts_with("Basic "))
    );
}

#[tokio::test]
async fn credentials_never_go_to_another_host_and_a_refused_file_leaves_nothing() {
    let m = Mock::default();
    m.get("/attachments/token/abc", "elsewhere");
    m.on("GET", "/attachments/token/gone", &[], vec![reply(404, "")]);
    let url = m.start().await;
    // The same server under another name: another origin, as a file host would be.
    let other = url.replace("127.0.0.1", "localhost");
    let zd = zendesk(&url);
    let dir = tempfile::tempdir().unwrap();

    let path = save(
        &zd,
        &file(&other, "report.txt"),
        dir.path(),
        false,
        Lang::En,
        |_, _| {},
    )
    .await
    .unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"elsewhere");
    assert_eq!(m.to("GET", "/attachments/token/abc")[0].auth, None);

    let gone = Attachment {
        source: format!("{url}/attachments/token/gone"),
        ..file(&url, "gone.txt")
    };
    let err = save(&zd, &gone, dir.path(), false, Lang::En, |_, _| {})
        .await
        .unwrap_err();
    assert!(
        matches!(&err, SaveError::Helpdesk(e) if e.kind == ErrorKind::NotFound),
        "{err}"
    );
    assert!(!dir.path().join("gone.txt").exists());
}
