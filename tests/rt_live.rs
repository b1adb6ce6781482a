//! The RT adapter against a real Request Tracker 5 (scripts/rt-start.sh starts one on loopback).
//!
//! Connection: RT_URL + RT_TOKEN (or RT_USER + RT_PASSWORD) from the environment, else the env file
//! named by RT_ENV_FILE (default /var/tmp/rt-ci/rt.env, written by rt-start.sh). When RT cannot be
//! reached the tests pass with a note, except under CI (the `CI` variable is set), where they fail.
//!
//! Every test makes its own tickets (subjects carry a unique marker), so the suite can run again
//! and again on the same server, in parallel, seeded or not.

use std::collections::HashSet;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

mod common;
use common::pty::spawn_with;
use serde_json::{Value, json};
use tix::config::Secret;
use tix::helpdesk::rt::{Rt, RtAuth};
use tix::helpdesk::{
    ErrorKind, Helpdesk, Id, NewMessage, NewTicket, PlaceholderSyntax, PriorityLevel,
    StatusCategory, TicketPatch, Tier, Visibility, load_pages, load_view,
};

const DEFAULT_ENV_FILE: &str = "/var/tmp/rt-ci/rt.env";
const PAGING_QUEUE: &str = "tix-paging";
const PAGING_TICKETS: u64 = 105;

#[derive(Clone)]
struct Conf {
    url: String,
    token: Option<String>,
    user: Option<String>,
    password: Option<String>,
}

impl Conf {
    fn load() -> Result<Conf, String> {
        let from_env = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        let mut vars: std::collections::HashMap<String, String> = Default::default();
        if from_env("RT_URL").is_none() {
            let path = from_env("RT_ENV_FILE").unwrap_or_else(|| DEFAULT_ENV_FILE.into());
            let text = std::fs::read_to_string(&path).map_err(|e| {
                format!(
                    "RT_URL is not set and {path} cannot be read ({e}); run scripts/rt-start.sh"
                )
            })?;
            for line in text.lines() {
                let line = line.trim().trim_start_matches("export ");
                if let Some((k, v)) = line.split_once('=') {
                    let v = v.trim().trim_matches('\'').trim_matches('"');
                    vars.insert(k.trim().to_string(), v.to_string());
                }
            }
        }
        let get = |k: &str| from_env(k).or_else(|| vars.get(k).cloned().filter(|v| !v.is_empty()));
        let url = get("RT_URL").ok_or("RT_URL is not set (nor in the env file)")?;
        Ok(Conf {
            url,
            token: get("RT_TOKEN"),
            user: get("RT_USER"),
            password: get("RT_PASSWORD"),
        })
    }

    fn rt(&self) -> Rt {
        Rt::new(&self.url, self.auth())
    }

    fn auth(&self) -> RtAuth {
        match (&self.token, &self.user, &self.password) {
            (Some(t), _, _) => RtAuth::Token(Secret::new(t.clone())),
            (None, Some(u), Some(p)) => RtAuth::Basic {
                user: u.clone(),
                password: Secret::new(p.clone()),
            },
            _ => RtAuth::Token(Secret::new("")),
        }
    }

    /// A raw REST2 request for test set-up, with the same credentials.
    fn raw(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let rb = reqwest::Client::new()
            .request(
                method,
                format!("{}/REST/2.0/{path}", self.url.trim_end_matches('/')),
            )
            .timeout(Duration::from_secs(60));
        match (&self.token, &self.user, &self.password) {
            (Some(t), _, _) => rb.header("Authorization", format!("token {t}")),
            (None, Some(u), Some(p)) => rb.basic_auth(u, Some(p)),
            _ => rb,
        }
    }

    async fn raw_json(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let mut rb = self.raw(method.clone(), path);
        if let Some(b) = body {
            rb = rb.json(&b);
        }
        let resp = rb.send().await.expect("RT request");
        let status = resp.status();
        let text = resp.text().await.expect("RT body");
        assert!(
            status.is_success(),
            "{method} {path}: HTTP {status}: {text}"
        );
        serde_json::from_str(&text).unwrap_or(Value::Null)
    }
}

/// The live server, or `None` (with the reason printed) when there is none and this is not CI.
async fn live() -> Option<(Conf, Rt)> {
    let ci = std::env::var_os("CI").is_some();
    let skip = |why: String| {
        if ci {
            panic!("CI is set but RT is not usable: {why}");
        }
        eprintln!("skipping the RT live tests: {why}");
    };
    let conf = match Conf::load() {
        Ok(c) => c,
        Err(e) => {
            skip(e);
            return None;
        }
    };
    match conf
        .raw(reqwest::Method::GET, "rt")
        .timeout(Duration::from_secs(10))
        .send()
        .await
    {
        Ok(r) if r.status().is_success() => Some((conf.clone(), conf.rt())),
        Ok(r) => {
            skip(format!(
                "RT at {} answered HTTP {} to /REST/2.0/rt; run scripts/rt-start.sh",
                conf.url,
                r.status()
            ));
            None
        }
        Err(e) => {
            skip(format!(
                "RT not reachable at {} ({e}); run scripts/rt-start.sh",
                conf.url
            ));
            None
        }
    }
}

fn marker(what: &str) -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!("tix{what}{}x{nanos}", std::process::id())
}

async fn new_ticket(rt: &Rt, subject: &str, body: &str, requester: &str) -> tix::helpdesk::Ticket {
    rt.create(&NewTicket {
        subject: subject.into(),
        body: body.into(),
        requester: Some(Id(requester.into())),
        priority: Some("normal".into()),
    })
    .await
    .expect("create")
}

fn say(body: &str, visibility: Visibility) -> TicketPatch {
    TicketPatch {
        message: Some(NewMessage {
            visibility,
            body: body.into(),
        }),
        ..TicketPatch::default()
    }
}

#[tokio::test]
async fn identity_views_and_agents() {
    let Some((conf, rt)) = live().await else {
        return;
    };
    assert_eq!(rt.backend(), "rt");
    let caps = rt.capabilities();
    assert!(caps.views && caps.search && caps.sla);
    assert!(
        caps.canned_responses && !caps.organizations,
        "articles, no organizations"
    );

    let me = rt.me().await.expect("me");
    let expected = conf.user.clone().unwrap_or_else(|| "root".into());
    assert_eq!(me.id.0, expected);

    let views = rt.views().await.expect("views");
    assert_eq!(views[0].name, "My open tickets");
    let names: Vec<&str> = views.iter().map(|v| v.name.as_str()).collect();
    assert!(names.contains(&"General — open tickets"), "{names:?}");
    // One view per visible queue.
    let queues = conf
        .raw_json(
            reqwest::Method::GET,
            "queues/all?fields=Name&per_page=100",
            None,
        )
        .await;
    for q in queues["items"].as_array().expect("queues") {
        let name = format!("{} — open tickets", q["Name"].as_str().unwrap_or_default());
        assert!(
            names.contains(&name.as_str()),
            "{name} missing from {names:?}"
        );
    }
    // The user's own saved ticket searches follow (rt-start.sh seeds one for root).
    let searches = conf
        .raw_json(
            reqwest::Method::GET,
            "searches?fields=Name,Description,Content&per_page=100",
            None,
        )
        .await;
    for s in searches["items"].as_array().expect("searches") {
        if s["Name"] == "SavedSearch" && s["Content"]["SearchType"] == "Ticket" {
            let title = s["Description"]
                .as_str()
                .unwrap_or_default()
                .replace("[_1]", "");
            let name = format!("Saved: {}", title.trim());
            let view = views.iter().find(|v| v.name == name).expect(&name);
            assert_eq!(
                view.id.0,
                s["Content"]["Query"].as_str().unwrap_or_default().trim()
            );
        }
    }
    let ids: HashSet<&Id> = views.iter().map(|v| &v.id).collect();
    assert_eq!(ids.len(), views.len(), "view ids are unique");
    for v in &views {
        assert!(
            rt.view_count(&v.id).await.is_ok(),
            "view {} has a count",
            v.name
        );
    }

    let agents = rt.agents().await.expect("agents");
    assert!(agents.iter().any(|a| a.id == me.id), "{agents:?}");
    assert!(
        agents
            .iter()
            .all(|a| a.id.0 != "Nobody" && a.id.0 != "RT_System"),
        "{agents:?}"
    );
}

/// What the queue orders by (`sla::sort`): the running clock's due time, the priority band, the
/// requester's tier, the last update.
fn queue_keys(tickets: &[tix::helpdesk::Ticket]) -> Vec<String> {
    tickets
        .iter()
        .map(|t| {
            format!(
                "{:?} {:?} {:?} {}",
                t.next_sla().and_then(|s| s.due_at),
                t.priority.as_ref().map(|p| p.rank),
                t.requester_tier,
                t.updated_at
            )
        })
        .collect()
}

/// A queue with more than one page of open tickets (made once, kept for later runs).
async fn paging_queue(conf: &Conf) {
    let q = conf
        .raw(reqwest::Method::GET, &format!("queue/{PAGING_QUEUE}"))
        .send()
        .await;
    if !q.is_ok_and(|r| r.status().is_success()) {
        conf.raw_json(
            reqwest::Method::POST,
            "queue",
            Some(json!({"Name": PAGING_QUEUE, "Description": "tix live tests: paging"})),
        )
        .await;
    }
    let sql = format!("Queue = '{PAGING_QUEUE}' AND Status = '__Active__'");
    let count = conf
        .raw(reqwest::Method::GET, "tickets")
        .query(&[("query", sql.as_str()), ("per_page", "1")])
        .send()
        .await
        .expect("count")
        .json::<Value>()
        .await
        .expect("count json")["total"]
        .as_u64()
        .unwrap_or(0);
    let missing = PAGING_TICKETS.saturating_sub(count);
    let mut next = 0;
    while next < missing {
        let batch: Vec<_> = (next..missing.min(next + 4))
            .map(|i| {
                conf.raw_json(
                    reqwest::Method::POST,
                    "ticket",
                    Some(json!({
                        "Queue": PAGING_QUEUE,
                        "Subject": format!("paging ticket {}", count + i + 1),
                        "Priority": (i * 7) % 100,
                    })),
                )
            })
            .collect();
        futures_util::future::join_all(batch).await;
        next += 4;
    }
}

#[tokio::test]
async fn a_queue_view_pages_through_every_ticket() {
    let Some((conf, rt)) = live().await else {
        return;
    };
    paging_queue(&conf).await;
    let views = rt.views().await.expect("views");
    let view = views
        .iter()
        .find(|v| v.name == format!("{PAGING_QUEUE} — open tickets"))
        .expect("the paging queue has a view");
    let total = rt
        .view_count(&view.id)
        .await
        .expect("count")
        .expect("RT knows the total");
    assert!(total >= PAGING_TICKETS, "{total}");

    let mut pages = 0;
    let all = load_view(&rt, &view.id, |_, _, t| {
        pages += 1;
        assert_eq!(t, Some(total));
    })
    .await
    .expect("load_view");
    assert!(pages >= 2, "{pages} pages");
    assert_eq!(all.len() as u64, total);
    let unique: HashSet<&Id> = all.iter().map(|t| &t.id).collect();
    assert_eq!(unique.len(), all.len(), "no ticket twice across pages");
    // RT gives the view in the queue's order (up to tickets that tie on every key).
    let mut sorted = all.clone();
    tix::sla::sort(&mut sorted);
    assert_eq!(
        queue_keys(&all),
        queue_keys(&sorted),
        "in the queue's order"
    );

    // The top page is the top of the queue: a screenful asked is a screenful sent.
    let mut top = vec![];
    let next = load_pages(&rt, &view.id, None, 20, |page, _| {
        top.extend_from_slice(page)
    })
    .await
    .expect("the top");
    assert!((20..40).contains(&top.len()), "{} rows", top.len());
    assert!(next.is_some());
    assert_eq!(queue_keys(&top), queue_keys(&sorted[..top.len()]));
    for t in &all {
        assert_eq!(t.group.as_deref(), Some(PAGING_QUEUE));
        assert!(t.status.category.is_unsolved());
        assert!(t.priority.is_some());
    }
    let bad = rt.view_tickets(&view.id, Some("zero")).await.unwrap_err();
    assert_eq!(bad.kind, ErrorKind::Invalid);
}

#[tokio::test]
async fn a_conversation_reads_back_with_visibility_bodies_and_files() {
    let Some((conf, rt)) = live().await else {
        return;
    };
    let m = marker("conv");
    let customer = format!("{m}@example.com");
    let t = new_ticket(
        &rt,
        &format!("Printer on fire {m}"),
        "It is on fire.\nSend help.",
        &customer,
    )
    .await;
    assert_eq!(t.status.category, StatusCategory::New);
    assert_eq!(
        t.requester.as_ref().map(|r| r.id.0.as_str()),
        Some(customer.as_str())
    );
    assert_eq!(t.channel, tix::helpdesk::Channel::Email);
    assert_eq!(t.group.as_deref(), Some("General"));

    // A reply (public), then a comment (internal), through the adapter.
    let after_reply = rt
        .update(&t.id, &say("We are sending someone.", Visibility::Public))
        .await
        .expect("reply");
    assert_eq!(after_reply.status.raw, "open", "a reply opens a new ticket");
    rt.update(
        &t.id,
        &say("Facilities ticket 12 filed.", Visibility::Internal),
    )
    .await
    .expect("comment");
    // An HTML reply with a file, the way a mail client would send it (raw REST).
    conf.raw_json(
        reqwest::Method::POST,
        &format!("ticket/{}/correspond", t.id),
        Some(json!({
            "Content": "<p>Photo &amp; log attached.</p><p>Regards,<br>Ops</p>",
            "ContentType": "text/html",
            "Attachments": [{"FileName": "fire.log", "FileType": "text/plain",
                             "FileContent": "c21va2UK"}]
        })),
    )
    .await;

    let msgs = rt.messages(&t.id).await.expect("messages");
    let summary: Vec<(Visibility, &str)> = msgs
        .iter()
        .map(|m| (m.visibility, m.body.as_str()))
        .collect();
    assert_eq!(
        summary,
        vec![
            (Visibility::Public, "It is on fire.\nSend help."),
            (Visibility::Public, "We are sending someone."),
            (Visibility::Internal, "Facilities ticket 12 filed."),
            (Visibility::Public, "Photo & log attached.\n\nRegards,\nOps"),
        ]
    );
    let files: Vec<&str> = msgs[3]
        .attachments
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(files, ["fire.log"]);
    assert!(msgs[..3].iter().all(|m| m.attachments.is_empty()));
    let me = rt.me().await.expect("me");
    assert!(
        msgs.iter()
            .all(|m| m.author.as_ref().map(|a| &a.id) == Some(&me.id)),
        "all written by the agent here"
    );
    assert!(msgs.windows(2).all(|w| w[0].created_at <= w[1].created_at));

    let shown = rt.ticket(&t.id).await.expect("ticket");
    assert_eq!(shown.id, t.id);
    assert_eq!(shown.subject, format!("Printer on fire {m}"));
    let missing = rt.messages(&Id("99999999".into())).await.unwrap_err();
    assert_eq!(missing.kind, ErrorKind::NotFound);
}

/// Messages (Create, Correspond, Comment) on a ticket, counted page by page (`total` is null for
/// users who are not RT admins).
async fn count_messages(conf: &Conf, id: &Id) -> u64 {
    let mut n = 0;
    for page in 1.. {
        let c = conf
            .raw(reqwest::Method::GET, &format!("ticket/{id}/history"))
            .query(&[
                ("query", r#"[{"field":"Type","operator":"IN","value":["Create","Correspond","Comment"]}]"#),
                ("per_page", "100"),
                ("page", &page.to_string()),
            ])
            .send()
            .await
            .expect("history")
            .json::<Value>()
            .await
            .expect("history json");
        let items = c["items"].as_array().map_or(0, |a| a.len() as u64);
        n += items;
        if items == 0 {
            return n;
        }
    }
    n
}

/// A ticket with more than 300 messages (made once, kept for later runs).
async fn long_ticket(conf: &Conf, rt: &Rt) -> (Id, u64) {
    const SUBJECT: &str = "tix live tests: a long conversation";
    const WANT: u64 = 306;
    let found = conf
        .raw(reqwest::Method::GET, "tickets")
        .query(&[
            ("query", format!("Subject = '{SUBJECT}'").as_str()),
            ("orderby", "id"),
        ])
        .send()
        .await
        .expect("find")
        .json::<Value>()
        .await
        .expect("find json");
    let id = match found["items"][0]["id"].as_str() {
        Some(id) => Id::from(id.to_string()),
        None => {
            new_ticket(rt, SUBJECT, "first", "tix-long@example.com")
                .await
                .id
        }
    };
    let have = count_messages(conf, &id).await;
    // Comments mail nobody here (no AdminCc), so they are quick to make.
    let path = format!("ticket/{id}/comment");
    let mut next = have;
    while next < WANT {
        let batch: Vec<_> = (next..(next + 5).min(WANT))
            .map(|i| {
                conf.raw_json(
                    reqwest::Method::POST,
                    &path,
                    Some(json!({"Content": format!("note {i}"), "ContentType": "text/plain"})),
                )
            })
            .collect();
        futures_util::future::join_all(batch).await;
        next += 5;
    }
    (id.clone(), count_messages(conf, &id).await)
}

#[tokio::test]
async fn a_long_conversation_is_capped_not_fetched_one_by_one() {
    let Some((conf, rt)) = live().await else {
        return;
    };
    let (id, total) = long_ticket(&conf, &rt).await;
    assert!(total > 300, "{total}");
    let msgs = rt.messages(&id).await.expect("messages");
    assert_eq!(msgs.len(), 301, "notice + the latest 300");
    assert_eq!(msgs[0].visibility, Visibility::Internal);
    assert!(
        msgs[0].body.starts_with("tix shows the latest 300"),
        "{}",
        msgs[0].body
    );
    // RT tells admins the total; others get no count.
    let of_total = format!("latest 300 of {total} messages");
    assert!(
        msgs[0].body.contains(&of_total) || msgs[0].body.contains("latest 300 messages"),
        "{}",
        msgs[0].body
    );
    // The comments were posted five at a time, so which notes are the oldest varies; the first
    // message and the oldest notes are left out, nothing is repeated, the order is RT's.
    let notes: HashSet<&str> = msgs[1..].iter().map(|m| m.body.as_str()).collect();
    assert_eq!(notes.len(), 300);
    assert!(notes.iter().all(|b| b.starts_with("note ")), "{notes:?}");
    assert!(
        msgs[1..]
            .iter()
            .all(|m| m.visibility == Visibility::Internal)
    );
    assert!(
        msgs[1..]
            .windows(2)
            .all(|w| w[0].id.0.parse::<u64>().ok() < w[1].id.0.parse::<u64>().ok())
    );
}

#[tokio::test]
async fn rts_lifecycle_is_offered_and_shown_in_rts_words() {
    let Some((conf, rt)) = live().await else {
        return;
    };
    let v = tix::helpdesk::sanitized::Sanitized(conf.rt())
        .vocabulary()
        .await
        .expect("vocabulary");
    let offered: Vec<&str> = v.statuses.iter().map(|s| s.raw.as_str()).collect();
    assert_eq!(
        offered,
        ["new", "open", "stalled", "resolved", "rejected", "deleted"]
    );
    let m = marker("lifecycle");
    let t = new_ticket(
        &rt,
        &format!("Lifecycle {m}"),
        "wait",
        &format!("{m}@example.com"),
    )
    .await;
    assert_eq!(t.status.label, "new");
    for (word, rt_word, kind) in [
        ("on hold", "stalled", StatusCategory::OnHold),
        ("rejected", "rejected", StatusCategory::Closed),
        ("open", "open", StatusCategory::Open),
    ] {
        let patch = TicketPatch {
            status: Some(v.status(word).expect(word).raw.clone().to_string()),
            ..TicketPatch::default()
        };
        let after = rt.update(&t.id, &patch).await.expect(word);
        assert_eq!(
            (after.status.label.as_str(), after.status.category),
            (rt_word, kind)
        );
    }
}

#[tokio::test]
async fn status_owner_and_priority_change_and_refusals_are_errors() {
    let Some((_conf, rt)) = live().await else {
        return;
    };
    let m = marker("fields");
    let customer = format!("{m}@example.com");
    let t = new_ticket(&rt, &format!("Fields {m}"), "change me", &customer).await;
    assert_eq!(
        t.priority.as_ref().and_then(|p| p.level),
        Some(PriorityLevel::Normal)
    );
    assert!(t.assignee.is_none());
    let me = rt.me().await.expect("me");
    // tix's words reach RT as RT's own through the vocabulary, as the workspace does it.
    let v = rt.vocabulary().await.expect("vocabulary");
    let word = |w: &str| Some(v.status(w).expect(w).raw.clone());

    let changed = rt
        .update(
            &t.id,
            &TicketPatch {
                status: word("pending").map(|s| s.to_string()), // tix's word; RT's is "stalled"
                priority: Some("urgent".into()),
                assignee: Some(me.id.clone()),
                group: None,
                tags: None,
                message: None,
                ..Default::default()
            },
        )
        .await
        .expect("update");
    assert_eq!(changed.status.raw, "stalled");
    assert_eq!(changed.status.category, StatusCategory::OnHold);
    let p = changed.priority.expect("priority");
    assert_eq!(
        (p.level, p.raw.as_str()),
        (Some(PriorityLevel::Urgent), "100")
    );
    assert_eq!(changed.assignee.map(|a| a.id), Some(me.id.clone()));

    // Solve with a reply in one patch: the reply must not leave it reopened.
    let solved = rt
        .update(
            &t.id,
            &TicketPatch {
                status: word("solved").map(|s| s.to_string()),
                message: Some(NewMessage {
                    visibility: Visibility::Public,
                    body: "Fixed, closing.".into(),
                }),
                ..TicketPatch::default()
            },
        )
        .await
        .expect("solve with reply");
    assert_eq!(solved.status.raw, "resolved");
    assert_eq!(solved.status.category, StatusCategory::Solved);
    assert!(
        solved
            .sla
            .iter()
            .all(|s| s.state != tix::helpdesk::SlaState::Active)
    );

    // RT refuses these with HTTP 200 and a sentence; the adapter must say Invalid.
    let bogus = rt
        .update(
            &t.id,
            &TicketPatch {
                status: Some("bogus".into()),
                ..TicketPatch::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(bogus.kind, ErrorKind::Invalid, "{bogus}");
    let not_an_agent = rt
        .update(
            &t.id,
            &TicketPatch {
                assignee: Some(Id::from(customer.clone())),
                ..TicketPatch::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(not_an_agent.kind, ErrorKind::Invalid, "{not_an_agent}");
    assert!(
        not_an_agent.message.contains("RT did not apply it"),
        "{not_an_agent}"
    );
    let bad_priority = rt
        .update(
            &t.id,
            &TicketPatch {
                priority: Some("asap".into()),
                ..TicketPatch::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(bad_priority.kind, ErrorKind::Invalid);

    let after = rt.ticket(&t.id).await.expect("ticket");
    assert_eq!(after.status.raw, "resolved");
    assert_eq!(after.assignee.map(|a| a.id), Some(me.id));
}

#[tokio::test]
async fn a_stale_write_is_a_conflict() {
    let Some((conf, rt)) = live().await else {
        return;
    };
    let m = marker("stale");
    let t = new_ticket(
        &rt,
        &format!("Race {m}"),
        "who wins?",
        &format!("{m}@example.com"),
    )
    .await;
    // The agent opens the ticket...
    rt.messages(&t.id).await.expect("open");
    // ...a colleague changes it meanwhile (another session)...
    let colleague = conf.rt();
    colleague
        .update(
            &t.id,
            &TicketPatch {
                priority: Some("high".into()),
                ..TicketPatch::default()
            },
        )
        .await
        .expect("colleague's change");
    // ...so the agent's write is refused: RT answers 412 to the stale If-Match.
    let err = rt
        .update(
            &t.id,
            &TicketPatch {
                status: Some("open".into()),
                ..TicketPatch::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Conflict, "{err}");
    let unchanged = colleague.ticket(&t.id).await.expect("ticket");
    assert_eq!(unchanged.status.raw, "new", "nothing was written");
    // A stale status-with-reply is refused before the reply goes out, too.
    let err = rt
        .update(
            &t.id,
            &TicketPatch {
                status: Some("resolved".into()),
                message: Some(NewMessage {
                    visibility: Visibility::Public,
                    body: "bye".into(),
                }),
                ..TicketPatch::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Conflict);
    assert_eq!(
        rt.messages(&t.id).await.expect("reload").len(),
        1,
        "no reply was sent"
    );
    // After reloading, the same write goes through.
    let ok = rt
        .update(
            &t.id,
            &TicketPatch {
                status: Some("open".into()),
                ..TicketPatch::default()
            },
        )
        .await
        .expect("write after reload");
    assert_eq!(ok.status.raw, "open");
    assert_eq!(ok.priority.and_then(|p| p.level), Some(PriorityLevel::High));
}

/// `TicketPatch::expected` on the real RT: a colleague's change after the agent saw the ticket
/// refuses the agent's field change and note (nothing written); RT itself answers a stale
/// If-Match with 412 and changes nothing; with the ticket as it is now, the write goes.
#[tokio::test]
async fn a_write_expecting_an_older_ticket_is_refused_and_changes_nothing() {
    let Some((conf, rt)) = live().await else {
        return;
    };
    let m = marker("expected");
    let t = new_ticket(
        &rt,
        &format!("Seen {m}"),
        "who wins?",
        &format!("{m}@example.com"),
    )
    .await;
    let n = t.id.to_string();
    // The agent opens the ticket: what they saw, and its version then.
    let seen = rt.ticket(&t.id).await.expect("open").updated_at;
    let head = conf
        .raw(reqwest::Method::GET, &format!("ticket/{n}"))
        .send()
        .await
        .expect("GET");
    let stale_tag = head.headers()["etag"].to_str().unwrap().to_string();
    // LastUpdated has whole seconds: the colleague's change lands in a later one.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    conf.rt()
        .update(
            &t.id,
            &TicketPatch {
                priority: Some("high".into()),
                ..TicketPatch::default()
            },
        )
        .await
        .expect("colleague's change");

    // RT's own check: a PUT with the tag from before is 412, and nothing changes.
    let resp = conf
        .raw(reqwest::Method::PUT, &format!("ticket/{n}"))
        .header("If-Match", &stale_tag)
        .json(&json!({"Status": "open"}))
        .send()
        .await
        .expect("PUT");
    assert_eq!(resp.status().as_u16(), 412, "{:?}", resp.text().await);

    // tix's: a fresh session (no version kept from before) expecting the ticket as seen.
    let agent = conf.rt();
    let stale = |patch: TicketPatch| TicketPatch {
        expected: Some(seen),
        ..patch
    };
    let err = agent
        .update(
            &t.id,
            &stale(TicketPatch {
                status: Some("open".into()),
                ..TicketPatch::default()
            }),
        )
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Conflict, "{err}");
    let err = agent
        .update(&t.id, &stale(say("checked the logs", Visibility::Internal)))
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Conflict, "{err}");
    let now = agent.ticket(&t.id).await.expect("ticket");
    assert_eq!(now.status.raw, "new", "nothing was written");
    assert_eq!(
        agent.messages(&t.id).await.expect("reload").len(),
        1,
        "no note"
    );

    // Expecting the ticket as it is now: written.
    let ok = agent
        .update(
            &t.id,
            &TicketPatch {
                status: Some("open".into()),
                expected: Some(now.updated_at),
                ..TicketPatch::default()
            },
        )
        .await
        .expect("write expecting the ticket now");
    assert_eq!(ok.status.raw, "open");
}

#[tokio::test]
async fn a_customer_and_their_other_tickets() {
    let Some((conf, rt)) = live().await else {
        return;
    };
    let m = marker("cust");
    let email = format!("{m}@example.com");
    let older = new_ticket(&rt, &format!("First {m}"), "one", &email).await;
    let newer = new_ticket(&rt, &format!("Second {m}"), "two", &email).await;
    // Profile fields and the Tier user custom field, when the server has one (rt-start.sh seeds it).
    conf.raw_json(
        reqwest::Method::PUT,
        &format!("user/{email}"),
        Some(json!({"RealName": "Casey Customer", "Organization": "Initech", "WorkPhone": "+1 555 0199"})),
    )
    .await;
    let tier_cfs = conf
        .raw(reqwest::Method::GET, "customfields")
        .query(&[(
            "query",
            r#"[{"field":"Name","value":"Tier"},{"field":"LookupType","value":"RT::User"}]"#,
        )])
        .send()
        .await
        .expect("custom fields")
        .json::<Value>()
        .await
        .expect("custom fields json");
    let has_tier = tier_cfs["total"].as_u64().unwrap_or(0) > 0;
    if has_tier {
        conf.raw_json(
            reqwest::Method::PUT,
            &format!("user/{email}"),
            Some(json!({"CustomFields": {"Tier": "loyal"}})),
        )
        .await;
    }

    let requester = newer.requester.clone().expect("requester");
    assert_eq!(requester.email.as_deref(), Some(email.as_str()));
    let c = rt.customer(&requester.id).await.expect("customer");
    assert_eq!(c.id, requester.id);
    assert_eq!(c.name, "Casey Customer");
    assert_eq!(c.first_name(), "Casey");
    assert_eq!(c.email.as_deref(), Some(email.as_str()));
    assert_eq!(c.phone.as_deref(), Some("+1 555 0199"));
    assert_eq!(
        c.organization.as_ref().map(|o| o.name.as_str()),
        Some("Initech")
    );
    assert_eq!(c.lifetime_tickets, Some(2));
    if has_tier {
        assert_eq!(c.tier, Tier::Loyal);
    } else {
        assert_eq!(c.tier, Tier::Standard);
    }

    let theirs = rt
        .customer_tickets(&requester.id)
        .await
        .expect("customer tickets");
    let ids: Vec<&Id> = theirs.iter().map(|t| &t.id).collect();
    assert_eq!(
        ids,
        vec![&newer.id, &older.id],
        "newest first, nobody else's"
    );
    // The list carries what the customer panel shows of each (opening one reads it whole).
    assert_eq!(theirs[0].subject, newer.subject);
    assert_eq!(theirs[0].status.raw, newer.status.raw);
    assert_eq!(theirs[0].satisfaction, None);
    // As the panel asks: a panel's worth (here one), their count from the same page.
    let (c1, top) = rt
        .customer_with_tickets(&requester.id, 1)
        .await
        .expect("customer with tickets");
    assert_eq!(
        (c1.name.as_str(), c1.lifetime_tickets),
        ("Casey Customer", Some(2))
    );
    assert_eq!(
        top.iter().map(|t| &t.id).collect::<Vec<_>>(),
        vec![&newer.id]
    );

    // A list's rows (here a search's) carry the requester's tier, asked apart from the rows.
    let found = rt.search(&m).await.expect("search");
    assert!(found.iter().any(|t| t.id == newer.id), "{found:?}");
    for t in &found {
        let want = has_tier.then_some(Tier::Loyal);
        assert_eq!(t.requester_tier, want, "#{}", t.id);
    }

    let nobody = rt
        .customer(&Id::from(format!("{m}-nobody@example.com")))
        .await
        .unwrap_err();
    assert_eq!(nobody.kind, ErrorKind::NotFound);
}

#[tokio::test]
async fn search_finds_subjects_and_bodies_and_survives_quotes() {
    let Some((_conf, rt)) = live().await else {
        return;
    };
    let m = marker("find");
    let subject_word = format!("{m}subj");
    let body_word = format!("{m}body");
    let t = new_ticket(
        &rt,
        &format!("Customer's {subject_word} problem"),
        &format!("the word {body_word} is only in here"),
        &format!("{m}@example.com"),
    )
    .await;

    let by_subject = rt.search(&subject_word).await.expect("search subject");
    assert_eq!(
        by_subject.iter().map(|t| &t.id).collect::<Vec<_>>(),
        vec![&t.id]
    );
    let by_body = rt.search(&body_word).await.expect("search body");
    assert_eq!(
        by_body.iter().map(|t| &t.id).collect::<Vec<_>>(),
        vec![&t.id]
    );
    let quoted = rt
        .search(&format!("Customer's {subject_word}"))
        .await
        .expect("quotes are escaped");
    assert_eq!(quoted.len(), 1);
    assert!(rt.search(r"it's a \ backslash ' '' ").await.is_ok());
    assert!(
        rt.search(&format!("{m}-nothing"))
            .await
            .expect("search")
            .is_empty()
    );
    let by_number = rt.search(&format!("#{}", t.id)).await.expect("by id");
    assert!(by_number.iter().any(|x| x.id == t.id));
    assert!(rt.search("   ").await.expect("blank").is_empty());
}

#[tokio::test]
async fn failures_map_to_error_kinds() {
    let Some((conf, rt)) = live().await else {
        return;
    };
    let bad_token = Rt::new(
        &conf.url,
        RtAuth::Token(Secret::new("1-14-00000000000000000000000000000000")),
    );
    assert_eq!(bad_token.views().await.unwrap_err().kind, ErrorKind::Auth);
    let bad_password = Rt::new(
        &conf.url,
        RtAuth::Basic {
            user: "root".into(),
            password: Secret::new("wrong-password"),
        },
    );
    assert_eq!(bad_password.me().await.unwrap_err().kind, ErrorKind::Auth);
    let nowhere = Rt::new("http://127.0.0.1:9", RtAuth::Token(Secret::new("x")));
    assert_eq!(nowhere.views().await.unwrap_err().kind, ErrorKind::Network);
    let not_rt = Rt::new(&format!("{}/nothing-here", conf.url), conf.auth());
    assert!(not_rt.views().await.is_err());
    let missing = rt.ticket(&Id("99999999".into())).await.unwrap_err();
    assert_eq!(missing.kind, ErrorKind::NotFound);
    let missing = rt
        .update(&Id("99999999".into()), &say("hello?", Visibility::Public))
        .await
        .unwrap_err();
    assert_eq!(missing.kind, ErrorKind::NotFound, "{missing}");
    let bad_sql = rt
        .view_tickets(&Id("Subject = 'unterminated".into()), None)
        .await
        .unwrap_err();
    assert_eq!(bad_sql.kind, ErrorKind::Invalid, "{bad_sql}");
    assert!(!bad_sql.message.contains('\n'));
    // Basic auth works like the token.
    if let (Some(user), Some(password)) = (&conf.user, &conf.password) {
        let basic = Rt::new(
            &conf.url,
            RtAuth::Basic {
                user: user.clone(),
                password: Secret::new(password.clone()),
            },
        );
        assert_eq!(basic.me().await.expect("me").id.0, *user);
    }
}

#[tokio::test]
async fn a_ticket_moves_to_another_queue() {
    let Some((conf, rt)) = live().await else {
        return;
    };
    const QUEUE: &str = "tix-moves";
    let q = conf
        .raw(reqwest::Method::GET, &format!("queue/{QUEUE}"))
        .send()
        .await;
    if !q.is_ok_and(|r| r.status().is_success()) {
        conf.raw_json(
            reqwest::Method::POST,
            "queue",
            Some(json!({"Name": QUEUE, "Description": "tix live tests: moves"})),
        )
        .await;
    }
    let groups = rt.groups().await.expect("groups");
    let names: Vec<&str> = groups.iter().map(|g| g.name.as_str()).collect();
    assert!(
        names.contains(&"General") && names.contains(&QUEUE),
        "{names:?}"
    );
    let target = groups.iter().find(|g| g.name == QUEUE).expect("queue");

    let m = marker("move");
    let t = new_ticket(
        &rt,
        &format!("Wrong desk {m}"),
        "move me",
        &format!("{m}@example.com"),
    )
    .await;
    assert_eq!(t.group.as_deref(), Some("General"));
    let moved = rt
        .update(
            &t.id,
            &TicketPatch {
                group: Some(target.id.clone()),
                ..TicketPatch::default()
            },
        )
        .await
        .expect("move");
    assert_eq!(moved.group.as_deref(), Some(QUEUE));
    let queue_view = rt
        .views()
        .await
        .expect("views")
        .into_iter()
        .find(|v| v.name == format!("{QUEUE} — open tickets"))
        .expect("view");
    let listed = load_view(&rt, &queue_view.id, |_, _, _| {})
        .await
        .expect("list");
    assert!(listed.iter().any(|x| x.id == t.id));

    let nowhere = rt
        .update(
            &t.id,
            &TicketPatch {
                group: Some(Id::from(format!("{m}-no-such-queue"))),
                ..TicketPatch::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(nowhere.kind, ErrorKind::Invalid, "{nowhere}");
    assert_eq!(
        rt.ticket(&t.id).await.expect("ticket").group.as_deref(),
        Some(QUEUE)
    );
}

/// `tix --profile rt` end to end: ls, show and reply through the binary, and the reply lands in
/// RT's own history as correspondence.
#[tokio::test]
async fn cli_against_real_rt() {
    let Some((conf, rt)) = live().await else {
        return;
    };
    let Some(token) = conf.token.clone() else {
        eprintln!("skipping: the CLI test logs in with RT_TOKEN");
        return;
    };
    let subject = marker("cli");
    let t = new_ticket(&rt, &subject, "Printer on fire", "alice@example.com").await;
    let cfg = tempfile::tempdir().unwrap();
    std::fs::write(
        cfg.path().join("config.toml"),
        format!(
            "[profiles.rt]\nbackend = \"rt\"\nurl = \"{}\"\ntoken_env = \"TIX_TEST_RT_TOKEN\"\n",
            conf.url
        ),
    )
    .unwrap();
    let tix = |args: &[&str], stdin: &str| {
        use std::io::Write;
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tix"))
            .args(args)
            .env("TIX_CONFIG_DIR", cfg.path())
            .env("TIX_DATA_DIR", cfg.path())
            .env("TIX_TEST_RT_TOKEN", &token)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let views: Value = serde_json::from_str(&tix(
        &[
            "--profile",
            "rt",
            "ls",
            "--json",
            "--view",
            "All open tickets",
        ],
        "",
    ))
    .unwrap();
    assert!(
        views
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["id"] == t.id.0.as_str()),
        "the new ticket is listed"
    );
    let shown: Value =
        serde_json::from_str(&tix(&["--profile", "rt", "show", &t.id.0, "--json"], "")).unwrap();
    assert_eq!(shown["subject"], subject.as_str());
    tix(
        &["--profile", "rt", "reply", &t.id.0],
        "Sent from tix over the CLI",
    );
    let history = rt.messages(&t.id).await.unwrap();
    let last = history.last().unwrap();
    assert_eq!(
        last.visibility,
        Visibility::Public,
        "correspondence, not a comment"
    );
    assert!(last.body.contains("Sent from tix over the CLI"));
}

/// RT Articles stand in for canned responses: an enabled article of class General comes back with
/// its name as title, its class as folder and its `Content` as text; a disabled one does not.
#[tokio::test]
async fn articles_are_the_canned_responses() {
    let Some((conf, rt)) = live().await else {
        return;
    };
    assert!(rt.capabilities().canned_responses);
    let name = marker("article");
    let content = "Hello {{ticket.requester.first_name}},\n\nuse the Forgot password link.";
    let created = conf
        .raw_json(
            reqwest::Method::POST,
            "article",
            Some(serde_json::json!({
                "Class": "General",
                "Name": name,
                "Summary": "Password reset help",
                "CustomFields": {"Content": content},
            })),
        )
        .await;
    let gone = marker("retired");
    let retired = conf
        .raw_json(
            reqwest::Method::POST,
            "article",
            Some(serde_json::json!({
                "Class": "General",
                "Name": gone,
                "CustomFields": {"Content": "Old advice"},
            })),
        )
        .await;
    conf.raw_json(
        reqwest::Method::PUT,
        &format!("article/{}", retired["id"].as_str().unwrap()),
        Some(serde_json::json!({"Disabled": 1})),
    )
    .await;
    let canned = rt.canned_responses().await.unwrap();
    let ours = canned
        .iter()
        .find(|c| c.title == name)
        .unwrap_or_else(|| panic!("article {name} not offered: {canned:?}"));
    assert_eq!(ours.id.0, created["id"].as_str().unwrap());
    assert_eq!(ours.folder.as_deref(), Some("General"));
    assert_eq!(ours.body, content);
    assert_eq!(ours.syntax, PlaceholderSyntax::DoubleBrace);
    assert!(
        !canned.iter().any(|c| c.title == gone),
        "disabled: not offered"
    );
}

/// `tix views`, `search`, `status`, `assign` and `open` against RT through the CLI; `tag` is a
/// clear error there (tix keeps no RT tags).
#[tokio::test]
async fn cli_verbs_against_real_rt() {
    let Some((conf, rt)) = live().await else {
        return;
    };
    let Some(token) = conf.token.clone() else {
        eprintln!("skipping: the CLI test logs in with RT_TOKEN");
        return;
    };
    let subject = marker("verbs");
    let t = new_ticket(&rt, &subject, "Verbs from the CLI", "alice@example.com").await;
    let id = t.id.to_string();
    let cfg = tempfile::tempdir().unwrap();
    std::fs::write(
        cfg.path().join("config.toml"),
        format!(
            "default_profile = \"rt\"\n[profiles.rt]\nbackend = \"rt\"\nurl = \"{}\"\ntoken_env = \"TIX_TEST_RT_TOKEN\"\n",
            conf.url
        ),
    )
    .unwrap();
    let run = |args: &[&str], env: &[(&str, &str)]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_tix"))
            .args(args)
            .env("TIX_CONFIG_DIR", cfg.path())
            .env("TIX_DATA_DIR", cfg.path())
            .env("TIX_TEST_RT_TOKEN", &token)
            .envs(env.iter().copied())
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap()
    };
    let ok = |args: &[&str], env: &[(&str, &str)]| {
        let out = run(args, env);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let show =
        |id: &str| -> Value { serde_json::from_str(&ok(&["show", id, "--json"], &[])).unwrap() };

    let views: Value = serde_json::from_str(&ok(&["views", "--json"], &[])).unwrap();
    assert!(
        views
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["name"] == "All open tickets"),
        "{views}"
    );

    // A kind is RT's word; what is shown is RT's word, with its kind.
    ok(&["status", &id, "hold"], &[]);
    let held = show(&id);
    assert_eq!(
        (
            &held["status"],
            &held["status_label"],
            &held["status_category"]
        ),
        (&json!("stalled"), &json!("stalled"), &json!("on_hold"))
    );
    let text = ok(&["show", &id], &[]);
    assert!(text.contains("status: stalled (on hold)"), "{text}");
    let refused = run(&["status", &id, "pending-forever"], &[]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("stalled"));
    let said = ok(&["status", &id, "resolved"], &[]);
    assert!(
        said.starts_with(&format!("#{id} {subject}: status ")),
        "{said}"
    );
    assert_eq!(show(&id)["status"], "resolved");
    let found: Value = serde_json::from_str(&ok(&["search", &subject, "--json"], &[])).unwrap();
    let hit = found
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id.as_str())
        .unwrap_or_else(|| panic!("a resolved ticket is found: {found}"));
    assert_eq!(hit["status"], "resolved");

    ok(&["assign", &id, "me"], &[]);
    let me = rt.me().await.unwrap();
    assert_eq!(show(&id)["assignee"]["id"], me.id.0.as_str());
    ok(&["assign", &id, "none"], &[]);
    assert_eq!(show(&id)["assignee"], Value::Null);

    let out = run(&["tag", &id, "+cliverbs"], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not changed"));

    let seen = cfg.path().join("seen");
    let script = cfg.path().join("browser.sh");
    std::fs::write(
        &script,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", seen.display()),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o700)).unwrap();
    let printed = ok(&["open", &id], &[("BROWSER", script.to_str().unwrap())]);
    let url = format!(
        "{}/Ticket/Display.html?id={id}",
        conf.url.trim_end_matches('/')
    );
    assert_eq!(printed.trim(), url);
    assert_eq!(std::fs::read_to_string(&seen).unwrap(), url);
}

/// In the workspace on the real RT: the unowned view, where new work arrives, is reachable from
/// the view picker, and the helpdesk's search finds a resolved ticket.
#[tokio::test]
async fn the_workspace_reaches_the_unowned_view_and_finds_a_resolved_ticket() {
    let Some((conf, rt)) = live().await else {
        return;
    };
    let Some(token) = conf.token.clone() else {
        eprintln!("skipping: the workspace test logs in with RT_TOKEN");
        return;
    };
    let subject = marker("tui-unowned");
    let t = new_ticket(&rt, &subject, "Nobody owns this yet", "alice@example.com").await;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        format!(
            "default_profile = \"rt\"\n[profiles.rt]\nbackend = \"rt\"\nurl = \"{}\"\ntoken_env = \"TIX_TEST_RT_TOKEN\"\n",
            conf.url
        ),
    )
    .unwrap();
    let mut p = spawn_with(&[], dir.path(), &[("TIX_TEST_RT_TOKEN", &token)]);
    p.wait_for("Queue: My open tickets");
    p.keys("V");
    p.wait_for("Unowned open tickets");
    p.keys("2"); // the picker numbers the views: RT's second is the unowned one
    p.wait_for("Queue: Unowned open tickets");
    p.wait_settled();
    p.keys("/");
    p.keys(&subject);
    p.keys("\r");
    p.wait_for(&format!("#{} ", t.id));

    conf.raw_json(
        reqwest::Method::PUT,
        &format!("ticket/{}", t.id),
        Some(json!({ "Status": "resolved" })),
    )
    .await;
    p.keys("\x1b"); // the filter goes
    p.keys("S");
    p.wait_for("Search the helpdesk");
    p.keys(&format!("{subject}\r"));
    p.wait_for("found; Esc goes back");
    p.wait_for(&format!("#{} ", t.id));
    p.keys("q");
    assert!(p.exit().success());
}

/// RT Articles as a knowledge base: the articles scripts/rt-start.sh seeds are found by a word of
/// their name or summary and read back whole (made here too when the server was not seeded).
#[tokio::test]
async fn articles_are_a_knowledge_base() {
    let Some((conf, rt)) = live().await else {
        return;
    };
    let seeded = [
        (
            "VPN setup",
            "Connect to the office VPN",
            "Install the VPN client from the portal.",
        ),
        (
            "Refund policy",
            "When and how refunds are issued",
            "Returned orders are refunded within 10 days.",
        ),
    ];
    for (name, summary, content) in seeded {
        let q = json!([{"field": "Name", "value": name}]).to_string();
        let found = conf
            .raw_json(
                reqwest::Method::GET,
                &format!("articles?query={}", urlencode(&q)),
                None,
            )
            .await;
        if found["count"] == 0 {
            conf.raw_json(
                reqwest::Method::POST,
                "article",
                Some(json!({"Class": "General", "Name": name, "Summary": summary,
                            "CustomFields": {"Content": content}})),
            )
            .await;
        }
    }
    let hits = rt.kb_search("vpn office").await.unwrap().unwrap();
    let vpn = hits
        .iter()
        .find(|h| h.title == "VPN setup")
        .unwrap_or_else(|| panic!("VPN setup not found: {hits:?}"));
    assert_eq!(vpn.snippet, "Connect to the office VPN");
    // By the summary alone ("issued" is not in the name).
    let hits = rt.kb_search("issued").await.unwrap().unwrap();
    assert!(hits.iter().any(|h| h.title == "Refund policy"), "{hits:?}");
    let a = rt.kb_article(&vpn.id).await.unwrap().unwrap();
    assert!(a.body.starts_with("Install the VPN client"), "{:?}", a.body);
    assert!(
        a.url
            .unwrap()
            .contains("/Articles/Article/Display.html?id=")
    );
    let e = rt.kb_article(&Id("99999999".into())).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::NotFound);
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A refresh by change on the real RT: a ticket just made, and then one just answered, is among
/// the changes since a moment before; a moment after its last change, it is not.
#[tokio::test]
async fn a_refresh_finds_what_changed_since_the_last_sync() {
    let Some((_conf, rt)) = live().await else {
        return;
    };
    let before = jiff::Timestamp::now() - jiff::SignedDuration::from_secs(2);
    let subject = marker("changed");
    let t = new_ticket(&rt, &subject, "Changed a moment ago", "alice@example.com").await;
    let changed = rt.changed_since(before).await.unwrap().expect("changes");
    let found = changed
        .iter()
        .find(|c| c.id == t.id)
        .expect("the new ticket");
    assert_eq!(found.subject.as_ref(), subject);
    assert_eq!(
        found.requester.as_ref().unwrap().id.0.as_ref(),
        "alice@example.com"
    );
    // LastUpdated is whole seconds: past the next one, nothing of this ticket is new.
    tokio::time::sleep(Duration::from_millis(3000)).await;
    let after = jiff::Timestamp::now() - jiff::SignedDuration::from_millis(500);
    let changed = rt.changed_since(after).await.unwrap().expect("changes");
    assert!(!changed.iter().any(|c| c.id == t.id));
    rt.update(&t.id, &say("We are on it.", Visibility::Public))
        .await
        .unwrap();
    let changed = rt.changed_since(after).await.unwrap().expect("changes");
    let found = changed
        .iter()
        .find(|c| c.id == t.id)
        .expect("the answered ticket");
    assert!(found.updated_at > t.updated_at);
    // Whether a view holds it: the open tickets of its queue do, another queue's do not.
    let general = Id::from("Queue = 'General' AND Status = '__Active__'".to_string());
    let elsewhere = Id::from("Queue = 'tix-moves' AND Status = '__Active__'".to_string());
    let asked = [t.id.clone()];
    assert_eq!(
        rt.view_holds(&general, &asked).await.unwrap(),
        Some(vec![t.id.clone()])
    );
    assert_eq!(
        rt.view_holds(&elsewhere, &asked).await.unwrap(),
        Some(vec![])
    );
}

/// For the workspace, a reply's or note's answer carries the message it added (RT names none):
/// the same message a read of the conversation gives last, so it is shown without reading the
/// conversation again.
#[tokio::test]
async fn a_reply_for_the_workspace_comes_with_the_message_it_added() {
    let Some((_conf, rt)) = live().await else {
        return;
    };
    let t = new_ticket(
        &rt,
        &marker("posted"),
        "Where is my order?",
        "alice@example.com",
    )
    .await;
    for (text, visibility) in [
        (
            "It left the warehouse today.\n\nThanks for waiting,\nEnoch",
            Visibility::Public,
        ),
        ("Checked with the carrier.", Visibility::Internal),
    ] {
        let w = rt.write_shown(&t.id, &say(text, visibility)).await.unwrap();
        let posted = w.message.expect("the message added");
        assert_eq!(posted.visibility, visibility);
        assert_eq!(posted.body, text);
        let read = rt.messages(&t.id).await.unwrap();
        assert_eq!(
            read.last(),
            Some(&posted),
            "as a read of the conversation gives it"
        );
    }
    // The command line's write asks nothing more.
    let w = rt
        .write(&t.id, &say("One more thing.", Visibility::Public))
        .await
        .unwrap();
    assert!(w.message.is_none());
}
