//! The Zendesk adapter against the embedded demo helpdesk, over real HTTP on 127.0.0.1.

use std::collections::HashSet;
use std::net::SocketAddr;

mod common;

use tix::demo::{DemoOptions, DemoServer};
use tix::helpdesk::zendesk::{Auth, Zendesk};
use tix::helpdesk::*;

async fn server(tickets: usize, token: Option<&str>) -> DemoServer {
    let opts = DemoOptions {
        tickets,
        seed: 7,
        token: token.map(str::to_string),
        ..DemoOptions::default()
    };
    DemoServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        opts,
        jiff::Timestamp::now(),
    )
    .await
    .expect("demo server starts")
}

fn client(s: &DemoServer) -> Zendesk {
    Zendesk::new(&s.base_url, Auth::None)
}

/// The sideloads each GET of `path` asked for (`include`), in the order asked.
fn includes_asked(m: &common::Mock, path: &str) -> Vec<String> {
    m.to("GET", path)
        .iter()
        .map(|r| r.q("include").unwrap_or_default().to_string())
        .collect()
}

#[tokio::test]
async fn a_view_pages_through_every_ticket_once() {
    let s = server(600, None).await;
    let zd = client(&s);
    let views = zd.views().await.unwrap();
    assert_eq!(views[0].name, "All unsolved");
    let total = zd.view_count(&views[0].id).await.unwrap().unwrap();
    assert!(total > 100, "needs more than one page: {total}");
    let mut pages = 0;
    let mut last_loaded = 0;
    let all = load_view(&zd, &views[0].id, |page, loaded, t| {
        pages += 1;
        assert_eq!(t, Some(total));
        assert_eq!(loaded, last_loaded + page.len());
        last_loaded = loaded;
    })
    .await
    .unwrap();
    assert!(pages >= 2);
    assert_eq!(all.len() as u64, total);
    let ids: HashSet<_> = all.iter().map(|t| t.id.clone()).collect();
    assert_eq!(ids.len(), all.len(), "no ticket twice");
    assert!(all.iter().all(|t| t.status.category.is_unsolved()));
    // Sideloads turned ids into names.
    assert!(all.iter().all(|t| {
        t.requester
            .as_ref()
            .is_some_and(|r| !r.name.starts_with("user "))
    }));
    // Soonest breach first across pages, as tix asks the view to sort (clockless tickets last):
    // the first page is the top of the queue.
    let due = |t: &tix::helpdesk::Ticket| {
        let at = t.next_sla().and_then(|s| s.due_at);
        (at.is_none(), at)
    };
    assert!(all.windows(2).all(|w| due(&w[0]) <= due(&w[1])));
}

#[tokio::test]
async fn the_top_of_a_view_is_one_request() {
    let s = server(600, None).await;
    let zd = client(&s);
    let views = zd.views().await.unwrap();
    // The account's custom statuses are read once per session, before the first ticket.
    zd.vocabulary().await.unwrap();
    s.reset_stats();
    let mut top = vec![];
    let next = load_pages(&zd, &views[0].id, None, 100, |p, _| {
        top.extend_from_slice(p)
    })
    .await
    .unwrap();
    assert_eq!((top.len(), s.stats().requests), (100, 1));
    // The rest continues from the cursor, without a ticket twice.
    let mut rest = vec![];
    let end = load_pages(&zd, &views[0].id, next, usize::MAX, |p, _| {
        rest.extend_from_slice(p)
    })
    .await
    .unwrap();
    assert!(end.is_none());
    let total = zd.view_count(&views[0].id).await.unwrap().unwrap();
    assert_eq!((top.len() + rest.len()) as u64, total);
    assert!(!rest.iter().any(|t| top.iter().any(|u| u.id == t.id)));
}

#[tokio::test]
async fn the_data_set_has_what_agents_meet() {
    let s = server(500, None).await;
    let zd = client(&s);
    let views = zd.views().await.unwrap();
    let all = load_view(&zd, &views[0].id, |_, _, _| {}).await.unwrap();
    let channels: HashSet<_> = all.iter().map(|t| t.channel.label().to_string()).collect();
    for c in ["email", "chat", "social", "sms", "phone"] {
        assert!(channels.contains(c), "channel {c} missing: {channels:?}");
    }
    let now = jiff::Timestamp::now();
    let due: Vec<_> = all.iter().filter_map(|t| t.next_sla()?.due_at).collect();
    assert!(due.iter().any(|d| *d < now), "some SLA already breached");
    assert!(
        due.iter()
            .any(|d| *d > now && d.duration_since(now).as_secs() < 3600),
        "some SLA about to breach"
    );
    let canned = zd.canned_responses().await.unwrap();
    assert!(canned.len() >= 20);
    assert!(
        canned
            .iter()
            .any(|c| c.body.contains("{{ticket.requester.first_name}}"))
    );
    assert!(canned.iter().any(|c| c.folder.is_some()));
}

#[tokio::test]
async fn ticket_conversation_and_customer() {
    let s = server(300, None).await;
    let zd = client(&s);
    let views = zd.views().await.unwrap();
    let first = zd.view_tickets(&views[0].id, None).await.unwrap().items[0].clone();
    let t = zd.ticket(&first.id).await.unwrap();
    assert_eq!(t.subject, first.subject);
    assert_eq!(t.requester, first.requester);
    let msgs = zd.messages(&t.id).await.unwrap();
    assert!(!msgs.is_empty());
    assert_eq!(msgs[0].visibility, Visibility::Public);
    assert!(msgs.windows(2).all(|w| w[0].created_at <= w[1].created_at));
    let requester = t.requester.unwrap();
    let c = zd.customer(&requester.id).await.unwrap();
    assert_eq!(c.name, requester.name);
    assert!(c.lifetime_tickets >= Some(1));
    let history = zd.customer_tickets(&requester.id).await.unwrap();
    assert!(history.iter().any(|h| h.id == t.id));
    let me = zd.me().await.unwrap();
    assert_eq!(me.email.as_deref(), Some(tix::demo::DEMO_AGENT_EMAIL));
    assert!(zd.agents().await.unwrap().iter().any(|a| a.id == me.id));
}

/// The customer panel asks for as many of the customer's tickets as it has rows, most recently
/// updated first (over a poor link each ticket comes with its first message), and the count
/// comes with them.
#[tokio::test]
async fn a_customers_tickets_come_a_panel_at_a_time() {
    let s = server(300, None).await;
    let zd = client(&s);
    let views = zd.views().await.unwrap();
    let all = load_view(&zd, &views[0].id, |_, _, _| {}).await.unwrap();
    // The customer with the most tickets in the view.
    let mut counts = std::collections::HashMap::new();
    for t in &all {
        *counts.entry(t.requester.clone().unwrap().id).or_insert(0) += 1;
    }
    let (customer, n) = counts.into_iter().max_by_key(|(_, n)| *n).unwrap();
    assert!(n > 3, "a customer with more than a page: {n}");
    s.reset_stats();
    let (c, page) = zd.customer_with_tickets(&customer, 3).await.unwrap();
    assert_eq!(page.len(), 3);
    // The page's count is the customer's ticket count: no `related` request for it; and the
    // customer came with the view: not read again.
    assert_eq!(s.stats().requests, 1);
    assert_eq!(
        c.lifetime_tickets,
        zd.customer(&customer).await.unwrap().lifetime_tickets
    );
    assert!(page.windows(2).all(|w| w[0].updated_at >= w[1].updated_at));
    let every = zd.customer_tickets(&customer).await.unwrap();
    let newest = every.iter().map(|t| t.updated_at).max().unwrap();
    assert_eq!(page[0].updated_at, newest);
    assert!(
        page.iter()
            .all(|t| t.requester.as_ref().is_some_and(|r| r.id == customer))
    );
}

#[tokio::test]
async fn replies_notes_and_field_changes_are_written() {
    let s = server(200, None).await;
    let zd = client(&s);
    let views = zd.views().await.unwrap();
    let t = zd.view_tickets(&views[0].id, None).await.unwrap().items[0].clone();
    let before = zd.messages(&t.id).await.unwrap().len();

    let reply = TicketPatch {
        message: Some(NewMessage {
            visibility: Visibility::Public,
            body: "Bună ziua! We are on it. 👍".into(),
        }),
        ..TicketPatch::default()
    };
    zd.update(&t.id, &reply).await.unwrap();
    let note = TicketPatch {
        status: Some("pending".into()),
        priority: Some("high".into()),
        message: Some(NewMessage {
            visibility: Visibility::Internal,
            body: "Asked the warehouse.".into(),
        }),
        ..TicketPatch::default()
    };
    let updated = zd.update(&t.id, &note).await.unwrap();
    assert_eq!(updated.status.raw, "pending");
    assert_eq!(updated.priority.unwrap().raw, "high");
    assert!(updated.updated_at >= t.updated_at);

    let msgs = zd.messages(&t.id).await.unwrap();
    assert_eq!(msgs.len(), before + 2);
    let (r, n) = (&msgs[before], &msgs[before + 1]);
    assert_eq!(r.body, "Bună ziua! We are on it. 👍");
    assert_eq!(r.visibility, Visibility::Public);
    assert_eq!(n.visibility, Visibility::Internal);
    assert_eq!(
        r.channel.as_ref(),
        Some(&t.channel),
        "reply goes out on the ticket's channel"
    );

    let me = zd.me().await.unwrap();
    let assigned = zd
        .update(
            &t.id,
            &TicketPatch {
                assignee: Some(me.id.clone()),
                ..TicketPatch::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(assigned.assignee.unwrap().id, me.id);
}

#[tokio::test]
async fn new_tickets_are_created() {
    let s = server(100, None).await;
    let zd = client(&s);
    let t = zd
        .create(&NewTicket {
            subject: "Printer on fire".into(),
            body: "Smoke everywhere".into(),
            requester: None,
            priority: Some("urgent".into()),
        })
        .await
        .unwrap();
    assert_eq!(t.subject, "Printer on fire");
    let msgs = zd.messages(&t.id).await.unwrap();
    assert_eq!(msgs[0].body, "Smoke everywhere");
    let found = zd.search("printer").await.unwrap();
    assert!(found.iter().any(|f| f.id == t.id));
}

#[tokio::test]
async fn errors_are_mapped_to_clear_kinds() {
    let s = server(50, None).await;
    let zd = client(&s);
    let e = zd.ticket(&Id("999999".into())).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::NotFound);
    assert!(e.to_string().contains("404"), "{e}");
    let e = zd.ticket(&Id("not-a-number".into())).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::NotFound);
    let views = zd.views().await.unwrap();
    let t = zd.view_tickets(&views[0].id, None).await.unwrap().items[0].clone();
    let bad = TicketPatch {
        status: Some("exploded".into()),
        ..TicketPatch::default()
    };
    let e = zd.update(&t.id, &bad).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Invalid, "{e}");
}

#[tokio::test]
async fn tokens_are_required_when_the_server_asks() {
    let s = server(20, Some("s3cret")).await;
    let e = client(&s).views().await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Auth);
    let bearer = Zendesk::new(
        &s.base_url,
        Auth::Bearer(tix::config::Secret::new("s3cret")),
    );
    assert!(bearer.views().await.is_ok());
    let basic = Zendesk::new(
        &s.base_url,
        Auth::ApiToken {
            email: "alex@example.com".into(),
            token: tix::config::Secret::new("s3cret"),
        },
    );
    assert!(basic.views().await.is_ok());
    let wrong = Zendesk::new(&s.base_url, Auth::Bearer(tix::config::Secret::new("nope")));
    assert_eq!(wrong.views().await.unwrap_err().kind, ErrorKind::Auth);
}

#[tokio::test]
async fn an_unreachable_server_is_a_network_error() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let zd = Zendesk::new(&format!("http://127.0.0.1:{port}"), Auth::None);
    let e = zd.views().await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Network);
    assert!(e.is_transient());
}

#[tokio::test]
async fn same_seed_same_data() {
    let now = jiff::Timestamp::now();
    let start = |seed| {
        DemoServer::start(
            SocketAddr::from(([127, 0, 0, 1], 0)),
            DemoOptions {
                tickets: 150,
                seed,
                token: None,
                ..DemoOptions::default()
            },
            now,
        )
    };
    let (a, b, c) = (
        start(1).await.unwrap(),
        start(1).await.unwrap(),
        start(2).await.unwrap(),
    );
    let list = |s: &DemoServer| {
        let zd = client(s);
        async move {
            let v = zd.views().await.unwrap();
            load_view(&zd, &v[0].id, |_, _, _| {}).await.unwrap()
        }
    };
    let (la, lb, lc) = (list(&a).await, list(&b).await, list(&c).await);
    assert_eq!(la, lb);
    assert_ne!(la, lc);
}

#[tokio::test]
async fn changes_since_a_moment_are_found_by_search() {
    let s = server(300, None).await;
    let zd = client(&s);
    let views = zd.views().await.unwrap();
    let t = zd.view_tickets(&views[0].id, None).await.unwrap().items[3].clone();
    // The generated data ends at the server's start; ask from a second later.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let before = Timestamp::now();
    assert_eq!(
        zd.changed_since(before).await.unwrap(),
        Some(vec![]),
        "nothing yet"
    );
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let patch = TicketPatch {
        priority: Some("urgent".into()),
        ..TicketPatch::default()
    };
    zd.update(&t.id, &patch).await.unwrap();
    let changed = zd.changed_since(before).await.unwrap().unwrap();
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].id, t.id);
    assert_eq!(changed[0].priority.as_ref().unwrap().raw, "urgent");
}

#[tokio::test]
async fn unchanged_pages_come_back_as_304_and_changed_ones_in_full() {
    let s = server(300, None).await;
    let zd = client(&s);
    let views = zd.views().await.unwrap();
    s.reset_stats();
    let first = zd.view_tickets(&views[0].id, None).await.unwrap();
    let full = s.stats().bytes_out;
    s.reset_stats();
    let again = zd.view_tickets(&views[0].id, None).await.unwrap();
    let conditional = s.stats().bytes_out;
    assert_eq!(first, again, "the kept body is used");
    assert!(
        conditional * 10 < full,
        "304: {conditional} B against {full} B"
    );
    // A change is never hidden by the cache.
    let t = &first.items[5];
    zd.update(
        &t.id,
        &TicketPatch {
            priority: Some("urgent".into()),
            ..TicketPatch::default()
        },
    )
    .await
    .unwrap();
    let after = zd.view_tickets(&views[0].id, None).await.unwrap();
    let changed = after.items.iter().find(|x| x.id == t.id).unwrap();
    assert_eq!(changed.priority.as_ref().unwrap().raw, "urgent");
}

/// A macro and an unsolved ticket it would solve.
async fn refund_macro_and_ticket(zd: &Zendesk) -> (CannedResponse, Ticket) {
    let macros = zd.canned_responses().await.unwrap();
    let m = macros
        .into_iter()
        .find(|c| c.title == "Refund issued")
        .expect("the demo has the refund macro");
    assert_eq!(m.kind, CannedKind::Action);
    let views = zd.views().await.unwrap();
    let t = zd.view_tickets(&views[0].id, None).await.unwrap().items[0].clone();
    assert!(t.status.category.is_unsolved());
    (m, t)
}

#[tokio::test]
async fn the_apply_endpoint_previews_a_macro_in_zendesks_shape() {
    let s = server(200, None).await;
    let zd = client(&s);
    let (m, t) = refund_macro_and_ticket(&zd).await;
    let url = format!(
        "{}/api/v2/tickets/{}/macros/{}/apply.json",
        s.base_url, t.id, m.id
    );
    let body: serde_json::Value = reqwest::get(&url).await.unwrap().json().await.unwrap();
    let after = &body["result"]["ticket"];
    assert_eq!(after["id"].as_u64().unwrap().to_string(), t.id.0);
    assert_eq!(after["status"], "solved");
    assert!(
        after["tags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x == "refund_issued")
    );
    let comment = &after["comment"];
    assert_eq!(comment["public"], true);
    let text = comment["body"].as_str().unwrap();
    let first = t
        .requester
        .as_ref()
        .unwrap()
        .name
        .split(' ')
        .next()
        .unwrap();
    assert!(text.starts_with(&format!("Hi {first},")), "{text}");
    assert!(!text.contains("{{"), "placeholders are rendered: {text}");
    assert!(comment["scoped_body"].is_array());
    // An unknown macro or ticket is a 404.
    let missing = format!("{}/api/v2/tickets/{}/macros/1/apply.json", s.base_url, t.id);
    assert_eq!(reqwest::get(&missing).await.unwrap().status(), 404);
}

#[tokio::test]
async fn a_macro_is_previewed_without_change_then_applied_in_one_update() {
    let s = server(200, None).await;
    let zd = client(&s);
    let (m, t) = refund_macro_and_ticket(&zd).await;
    let before = zd.messages(&t.id).await.unwrap();

    let p = zd.preview_canned(&t.id, &m.id).await.unwrap().unwrap();
    assert_eq!((&p.ticket, &p.canned), (&t.id, &m.id));
    let status = p
        .changes
        .iter()
        .find(|c| c.field == PatchField::Status)
        .unwrap();
    assert_eq!(status.from.as_deref(), Some(t.status.raw.as_str()));
    assert_eq!(status.to.as_deref(), Some("solved"));
    assert!(
        p.changes
            .iter()
            .any(|c| c.field == PatchField::Tags
                && c.to.as_deref().unwrap().contains("refund_issued"))
    );
    assert!(
        !p.changes.iter().any(|c| c.field == PatchField::Priority),
        "unchanged fields are left out"
    );
    let msg = p.message.clone().unwrap();
    assert_eq!(msg.visibility, Visibility::Public);
    assert!(msg.body.contains("issued a full refund") && !msg.body.contains("{{"));

    // The preview alone changed nothing.
    let still = zd.ticket(&t.id).await.unwrap();
    assert_eq!(still.status, t.status);
    assert_eq!(still.tags, t.tags);
    assert_eq!(zd.messages(&t.id).await.unwrap().len(), before.len());

    // One update with the previewed fields and comment.
    let updated = zd.update(&t.id, &p.patch()).await.unwrap();
    assert_eq!(updated.status.raw, "solved");
    assert!(updated.tags.iter().any(|x| x == "refund_issued"));
    let after = zd.messages(&t.id).await.unwrap();
    assert_eq!(after.len(), before.len() + 1);
    let last = after.last().unwrap();
    assert_eq!(last.body, msg.body);
    assert_eq!(last.visibility, Visibility::Public);
}

#[tokio::test]
async fn a_low_budget_is_reported_and_background_requests_give_way() {
    let opts = DemoOptions {
        tickets: 50,
        seed: 7,
        rate_limit: Some(tix::demo::DemoRateLimit {
            limit: 1000,
            remaining: 60,
            window_secs: 60,
        }),
        ..DemoOptions::default()
    };
    let s = DemoServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        opts,
        jiff::Timestamp::now(),
    )
    .await
    .unwrap();
    let zd = client(&s);
    assert_eq!(
        zd.rate_limit(),
        None,
        "nothing known before the first answer"
    );
    let views = zd.views().await.unwrap();
    let b = zd.rate_limit().expect("the headers were read");
    assert_eq!((b.limit, b.remaining), (1000, 59));
    assert!(b.is_low());
    let t = zd.view_tickets(&views[0].id, None).await.unwrap().items[0].clone();

    // Started together: the background page waits its turn, the interactive read does not.
    let order = std::sync::Mutex::new(vec![]);
    let started = std::time::Instant::now();
    let background = async {
        http::background(zd.view_tickets(&views[0].id, None))
            .await
            .unwrap();
        order
            .lock()
            .unwrap()
            .push(("background", started.elapsed()));
    };
    let interactive = async {
        zd.ticket(&t.id).await.unwrap();
        order
            .lock()
            .unwrap()
            .push(("interactive", started.elapsed()));
    };
    tokio::join!(background, interactive);
    let order = order.into_inner().unwrap();
    assert_eq!(order[0].0, "interactive");
    assert_eq!(order[1].0, "background");
    // 60 s over ~57 requests left: the background request waited about a second before going out.
    assert!(
        order[1].1 >= std::time::Duration::from_millis(900),
        "{order:?}"
    );
    assert!(zd.rate_limit().unwrap().remaining < b.remaining);
}

#[tokio::test]
async fn past_the_budget_the_demo_answers_429_with_retry_after() {
    let opts = DemoOptions {
        tickets: 20,
        rate_limit: Some(tix::demo::DemoRateLimit {
            limit: 100,
            remaining: 1,
            window_secs: 60,
        }),
        ..DemoOptions::default()
    };
    let s = DemoServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        opts,
        jiff::Timestamp::now(),
    )
    .await
    .unwrap();
    let url = format!("{}/api/v2/views.json", s.base_url);
    let first = reqwest::get(&url).await.unwrap();
    assert_eq!(first.status(), 200);
    assert_eq!(first.headers()["x-rate-limit-remaining"], "0");
    let second = reqwest::get(&url).await.unwrap();
    assert_eq!(second.status(), 429);
    assert!(second.headers().contains_key("retry-after"));
    assert_eq!(second.headers()["ratelimit-limit"], "100");
}

/// An account that refuses to sort views by next SLA breach (the column name is unverified against
/// live Zendesk): the adapter asks again in the view's own order and says its views are no longer
/// ordered, so the workspace loads them whole.
#[tokio::test]
async fn a_refused_breach_sort_falls_back_to_the_views_own_order() {
    // A real page in Zendesk's shape, recorded from the demo helpdesk.
    let demo = server(30, None).await;
    let views = client(&demo).views().await.unwrap();
    let path = format!("/api/v2/views/{}/tickets.json", views[0].id);
    let page = reqwest::get(format!(
        "{}{path}?include=users,groups,organizations,slas",
        demo.base_url
    ))
    .await
    .unwrap()
    .text()
    .await
    .unwrap();
    let m = common::Mock::default();
    m.on(
        "GET",
        &path,
        &[("sort_by", "sla_next_breach_at")],
        vec![common::reply(
            400,
            r#"{"error":"InvalidPaginationParameter","description":"sort_by is not valid"}"#,
        )],
    );
    m.on("GET", &path, &[], vec![common::ok(&page)]);
    let zd = Zendesk::new(&m.start().await, Auth::None);
    assert!(zd.capabilities().ordered_views, "ordered until refused");
    let got = zd.view_tickets(&views[0].id, None).await.unwrap();
    assert!(!got.items.is_empty());
    assert!(!zd.capabilities().ordered_views);
    let asked = m.to("GET", &path);
    assert_eq!(asked.len(), 2);
    assert_eq!(asked[0].q("sort_by"), Some("sla_next_breach_at"));
    assert_eq!(
        asked[1].q("sort_by"),
        None,
        "asked again in the view's own order"
    );
    // From then on the sort is not asked for.
    zd.view_tickets(&views[0].id, None).await.unwrap();
    assert_eq!(m.to("GET", &path).len(), 3);
    assert_eq!(m.to("GET", &path)[2].q("sort_by"), None);
}

#[tokio::test]
async fn the_account_tags_are_listed_most_used_first() {
    let s = server(300, None).await;
    let zd = client(&s);
    let tags = zd.tags().await.unwrap();
    // Every demo ticket carries its language's tag; the list holds the tags the tickets carry.
    assert!(tags.iter().any(|t| t.starts_with("lang_")), "{tags:?}");
    let views = zd.views().await.unwrap();
    let page = zd.view_tickets(&views[0].id, None).await.unwrap();
    for t in page.items.iter().flat_map(|t| &t.tags) {
        assert!(tags.iter().any(|x| x == t), "{t} is in use but not listed");
    }
    let unique: HashSet<&String> = tags.iter().collect();
    assert_eq!(unique.len(), tags.len(), "each tag once");
}

/// Zendesk answers `"value": null` while it is still computing a view's count (recorded from a
/// live account): that is "not known yet", one request, no error and no retries.
#[tokio::test]
async fn a_view_count_being_computed_is_unknown_not_an_error() {
    let mock = common::Mock::default();
    let body = common::recorded("zendesk/003-get-views-6164074383386-count-json.json");
    assert!(
        body["view_count"]["value"].is_null(),
        "the recording has a null count"
    );
    mock.get("/api/v2/views/6164074383386/count.json", &body.to_string());
    let url = mock.start().await;
    let zd = Zendesk::new(&url, Auth::None);
    let count = zd.view_count(&Id::from(6164074383386)).await;
    assert_eq!(count.unwrap(), None);
    assert_eq!(mock.log().len(), 1, "asked once");
}

/// `tix show` on answers recorded from a live account, with the user's related counts failing
/// (404, then 500): the ticket and the customer are shown, and the count is said to be missing.
#[tokio::test]
async fn show_succeeds_when_the_users_related_counts_fail() {
    for status in [404, 500] {
        let mock = common::Mock::default();
        let answer = |f: &str| common::recorded(&format!("zendesk/{f}")).to_string();
        mock.get(
            "/api/v2/tickets/4017.json",
            &answer("007-get-tickets-4017-json.json"),
        );
        mock.get(
            "/api/v2/tickets/4017/comments.json",
            &answer("014-get-tickets-33-comments-json.json"),
        );
        mock.get(
            "/api/v2/users/6130907993114.json",
            &answer("008-get-users-6130907993114-json.json"),
        );
        mock.get(
            "/api/v2/organizations/6130869157658.json",
            &answer("009-get-organizations-6130869157658-json.json"),
        );
        mock.on(
            "GET",
            "/api/v2/users/6130907993114/related.json",
            &[],
            vec![common::reply(status, r#"{"error":"RecordNotFound"}"#)],
        );
        let url = mock.start().await;
        let run = common::tix("zendesk", &url, "t0ken", &["show", "4017"], "").await;
        assert!(run.success, "HTTP {status}: {}", run.stderr);
        assert!(run.stdout.contains("#4017"), "{}", run.stdout);
        assert!(run.stdout.contains("? tickets"), "{}", run.stdout);
        assert!(
            run.stdout.contains("not loaded: ticket count"),
            "{}",
            run.stdout
        );
        let json = common::tix("zendesk", &url, "t0ken", &["show", "4017", "--json"], "")
            .await
            .json();
        assert_eq!(
            json["customer"]["lifetime_tickets"],
            serde_json::Value::Null
        );
        assert_eq!(json["customer"]["missing"][0], "ticket_count");
    }
}

/// An account's custom statuses (`GET /api/v2/custom_statuses`, in Zendesk's documented shape)
/// for the recorded tickets' `custom_status_id`s: 6130830355738 as the default New, and
/// 6130892426138 as one of the account's own, an open kind.
fn custom_statuses() -> String {
    serde_json::json!({"custom_statuses": [
        {"id": 6130830355738u64, "agent_label": "New", "end_user_label": "Open",
         "status_category": "new", "active": true, "default": true},
        {"id": 6130892426138u64, "agent_label": "In progress", "end_user_label": "Open",
         "status_category": "open", "active": true, "default": false},
        {"id": 6130892426139u64, "agent_label": "Retired", "status_category": "open",
         "active": false, "default": false}
    ]})
    .to_string()
}

/// A reply's answer from Zendesk (recorded from a live account) holds the ticket and an audit
/// whose Comment event is the reply as stored: tix shows it from there, by the signed-in agent,
/// without reading the conversation again.
#[tokio::test]
async fn a_reply_comes_back_from_the_writes_audit() {
    use common::{Mock, ok, recorded};
    let answer = recorded("zendesk/013-post-tickets-json.json");
    let author = answer["audit"]["author_id"].as_u64().unwrap();
    let m = Mock::default();
    m.get(
        "/api/v2/users/me.json",
        &serde_json::json!({"user": {"id": author, "name": "Dev Agent", "email": "dev@example.com"}})
            .to_string(),
    );
    m.on(
        "PUT",
        "/api/v2/tickets/33.json",
        &[],
        vec![ok(&answer.to_string())],
    );
    m.get(
        "/api/v2/tickets/33.json",
        &serde_json::json!({"ticket": answer["ticket"]}).to_string(),
    );
    let zd = Zendesk::new(&m.start().await, Auth::None);
    let reply = TicketPatch {
        message: Some(NewMessage {
            visibility: Visibility::Public,
            body: "Some comment".into(),
        }),
        ..TicketPatch::default()
    };
    // Who the author is, unknown until `me` says: the conversation is read as before.
    let w = zd.write(&Id::from(33), &reply).await.unwrap();
    assert_eq!(w.message, None);
    zd.me().await.unwrap();
    let w = zd.write(&Id::from(33), &reply).await.unwrap();
    let msg = w.message.expect("the audit's comment");
    assert_eq!(msg.id, Id::from(33144692244499u64));
    assert_eq!(msg.body, "Some comment");
    assert_eq!(msg.visibility, Visibility::Public);
    assert_eq!(msg.author.unwrap().name, "Dev Agent");
    assert_eq!(msg.created_at.to_string(), "2024-09-06T18:52:11Z");
    assert_eq!(msg.attachments.len(), 1);
    assert_eq!(msg.attachments[0].name, "README.md");
    assert_eq!(msg.stored_digest, Some(text_digest("Some comment")));
    assert_eq!(w.ticket.id, Id::from(33));
    assert!(m.to("GET", "/api/v2/tickets/33/comments.json").is_empty());
}

#[tokio::test]
async fn a_custom_status_is_shown_by_its_label_and_set_by_its_id() {
    use common::{Mock, ok, recorded};
    let m = Mock::default();
    m.get("/api/v2/custom_statuses.json", &custom_statuses());
    m.get(
        "/api/v2/tickets/1.json",
        &recorded("zendesk/010-get-tickets-1-json.json").to_string(),
    );
    m.get(
        "/api/v2/tickets/4017.json",
        &recorded("zendesk/007-get-tickets-4017-json.json").to_string(),
    );
    m.on(
        "PUT",
        "/api/v2/tickets/1.json",
        &[],
        vec![ok(
            &recorded("zendesk/012-put-tickets-4016-json.json").to_string()
        )],
    );
    let zd = Zendesk::new(&m.start().await, Auth::None);

    let v = zd.vocabulary().await.unwrap();
    let offered: Vec<(&str, &str)> = v
        .statuses
        .iter()
        .map(|s| (s.raw.as_str(), s.label.as_str()))
        .collect();
    // By kind; a kind's default by its word (Zendesk takes it as that status), the account's own
    // by id; the inactive one is not offered.
    assert_eq!(
        offered,
        [("new", "New"), ("6130892426138", "In progress")],
        "{v:?}"
    );
    let t = zd.ticket(&Id::from(1)).await.unwrap();
    assert_eq!(
        (
            t.status.label.as_str(),
            t.status.raw.as_str(),
            t.status.category
        ),
        ("In progress", "6130892426138", StatusCategory::Open)
    );
    let t = zd.ticket(&Id::from(4017)).await.unwrap();
    assert_eq!(
        (t.status.label.as_str(), t.status.raw.as_str()),
        ("New", "new")
    );

    // The account's own goes by `custom_status_id` (and no `status`); a plain word as `status`.
    for (word, field, value) in [
        (
            "6130892426138",
            "custom_status_id",
            serde_json::json!(6130892426138u64),
        ),
        ("pending", "status", serde_json::json!("pending")),
    ] {
        let patch = TicketPatch {
            status: Some(word.into()),
            ..TicketPatch::default()
        };
        zd.update(&Id::from(1), &patch).await.unwrap();
        let sent = m.to("PUT", "/api/v2/tickets/1.json").pop().unwrap().json();
        let fields = sent["ticket"].as_object().unwrap();
        assert_eq!(fields.get(field), Some(&value), "{sent}");
        let other = if field == "status" {
            "custom_status_id"
        } else {
            "status"
        };
        assert!(!fields.contains_key(other), "{sent}");
    }
}

#[tokio::test]
async fn custom_statuses_that_cannot_be_read_leave_zendesks_own() {
    use common::{Mock, reply};
    for status in [404, 500] {
        let m = Mock::default();
        m.on(
            "GET",
            "/api/v2/custom_statuses.json",
            &[],
            vec![reply(status, r#"{"error":"nope"}"#)],
        );
        let zd = tix::helpdesk::sanitized::Sanitized(Zendesk::with_client(
            &m.start().await,
            Auth::None,
            reqwest::Client::builder()
                .timeout(std::time::Duration::from_secs(5))
                .build()
                .unwrap(),
        ));
        let v = zd.vocabulary().await.expect("never fails");
        let words: Vec<&str> = v.statuses.iter().map(|s| s.raw.as_str()).collect();
        assert_eq!(
            words,
            ["new", "open", "pending", "hold", "solved"],
            "{status}"
        );
        assert_eq!(v.priorities.len(), 4);
        // Asked once a session, not again before every page.
        let asked = m.to("GET", "/api/v2/custom_statuses.json").len();
        zd.vocabulary().await.unwrap();
        zd.ticket(&Id::from(1)).await.ok();
        assert_eq!(m.to("GET", "/api/v2/custom_statuses.json").len(), asked);
    }
}

#[tokio::test]
async fn the_demo_has_a_custom_status_of_its_own_shown_and_set() {
    let s = server(300, None).await;
    let zd = client(&s);
    let v = zd.vocabulary().await.unwrap();
    let vendor = v
        .statuses
        .iter()
        .find(|s| s.label == "Waiting on vendor")
        .expect("the demo's own status")
        .clone();
    assert_eq!(vendor.category, StatusCategory::Pending);
    assert_eq!(
        v.status("pending").unwrap().label,
        "Pending",
        "the default first"
    );
    let views = zd.views().await.unwrap();
    let all = load_view(&zd, &views[0].id, |_, _, _| {}).await.unwrap();
    assert!(
        all.iter().any(|t| t.status == vendor),
        "some demo ticket waits on a vendor"
    );
    let open = all
        .iter()
        .find(|t| t.status.category == StatusCategory::Open)
        .unwrap();
    let set = |raw: &str| TicketPatch {
        status: Some(raw.into()),
        ..TicketPatch::default()
    };
    let after = zd.update(&open.id, &set(&vendor.raw)).await.unwrap();
    assert_eq!(after.status, vendor);
    let back = zd.update(&open.id, &set("open")).await.unwrap();
    assert_eq!(
        (back.status.raw.as_str(), back.status.label.as_str()),
        ("open", "Open")
    );
}

/// Opening a ticket over a slow link: the customer panel's customer came in three round trips one
/// after another (the user, then the counts, then the organization). Now the organization comes
/// sideloaded with the user and the counts beside it: two requests, in one round trip. (A
/// client that has not seen them in a view, which would spare the user's read.)
#[tokio::test]
async fn a_customer_comes_with_their_organization_in_one_round_trip() {
    let s = server(200, None).await;
    let zd = client(&s);
    let views = zd.views().await.unwrap();
    let page = zd.view_tickets(&views[0].id, None).await.unwrap();
    let mut with_org = None;
    for t in &page.items {
        let who = t.requester.as_ref().unwrap().id.clone();
        s.reset_stats();
        let c = client(&s).customer(&who).await.unwrap();
        if c.organization.is_some() {
            with_org = Some((c, s.stats().requests));
            break;
        }
    }
    let (c, requests) = with_org.expect("a customer with an organization");
    assert!(!c.organization.as_ref().unwrap().name.is_empty());
    assert!(c.lifetime_tickets.is_some());
    assert!(c.missing.is_empty(), "{:?}", c.missing);
    assert_eq!(
        requests, 2,
        "the user (organization sideloaded) and the counts"
    );
}

/// Zendesk's own check: `safe_update` and `updated_stamp` in the ticket PUT; any 409 on it (a
/// stale stamp, or Zendesk's "DatabaseConflict") is a Conflict, whatever its body says.
#[tokio::test]
async fn an_expected_write_is_a_safe_update_and_any_409_is_a_conflict() {
    let m = common::Mock::default();
    m.on(
        "PUT",
        "/api/v2/tickets/42.json",
        &[],
        vec![
            common::reply(
                409,
                r#"{"error":"DatabaseConflict","description":"Database collision"}"#,
            ),
            common::reply(409, r#"{"error":"something else entirely"}"#),
        ],
    );
    let zd = Zendesk::new(&m.start().await, Auth::None);
    let seen: Timestamp = "2026-11-30T09:15:02Z".parse().unwrap();
    let patch = TicketPatch {
        status: Some("pending".into()),
        message: Some(NewMessage {
            visibility: Visibility::Public,
            body: "Looking into it".into(),
        }),
        expected: Some(seen),
        ..TicketPatch::default()
    };
    for _ in 0..2 {
        let e = zd.update(&Id::from(42), &patch).await.unwrap_err();
        assert_eq!(e.kind, ErrorKind::Conflict, "{e}");
    }
    let put = m.to("PUT", "/api/v2/tickets/42.json").remove(0).json();
    assert_eq!(put["ticket"]["safe_update"], true, "{put}");
    assert_eq!(
        put["ticket"]["updated_stamp"], "2026-11-30T09:15:02Z",
        "{put}"
    );

    // Without `expected`, a plain update as before.
    let plain = TicketPatch {
        expected: None,
        ..patch
    };
    let _ = zd.update(&Id::from(42), &plain).await;
    let put = m.to("PUT", "/api/v2/tickets/42.json").pop().unwrap().json();
    assert!(put["ticket"].get("safe_update").is_none(), "{put}");
    assert!(put["ticket"].get("updated_stamp").is_none(), "{put}");
}

/// The demo implements the safe update: a colleague's write (its test endpoint) moves the
/// ticket's `updated_at` on, even twice within a second, and a write stamped before it is a 409.
#[tokio::test]
async fn the_demo_refuses_a_safe_update_after_a_colleagues_write() {
    let s = server(50, None).await;
    let zd = client(&s);
    let views = zd.views().await.unwrap();
    let t = zd.view_tickets(&views[0].id, None).await.unwrap().items[0].clone();
    let seen = zd.ticket(&t.id).await.unwrap().updated_at;
    let colleague = |body: serde_json::Value| {
        let url = format!("{}/demo/colleague/tickets/{}", s.base_url, t.id);
        async move {
            let r = reqwest::Client::new()
                .post(url)
                .json(&body)
                .send()
                .await
                .unwrap();
            assert!(r.status().is_success(), "{}", r.status());
        }
    };
    colleague(serde_json::json!({"from": "customer", "body": "Any news?"})).await;
    let first = zd.ticket(&t.id).await.unwrap().updated_at;
    colleague(serde_json::json!({"take": true, "status": "pending"})).await;
    let second = zd.ticket(&t.id).await.unwrap();
    assert!(seen < first && first < second.updated_at, "strictly later");
    assert_eq!(second.status.raw, "pending");
    let me = zd.me().await.unwrap().id;
    assert!(
        second.assignee.is_some_and(|a| a.id != me),
        "taken by a colleague"
    );
    let msgs = zd.messages(&t.id).await.unwrap();
    let last = msgs.last().unwrap();
    assert_eq!(last.body, "Any news?");
    assert_eq!(last.visibility, Visibility::Public);

    let reply = |expected| TicketPatch {
        message: Some(NewMessage {
            visibility: Visibility::Public,
            body: "Fixed on our side".into(),
        }),
        expected: Some(expected),
        ..TicketPatch::default()
    };
    for stale in [seen, first] {
        let e = zd.update(&t.id, &reply(stale)).await.unwrap_err();
        assert_eq!(e.kind, ErrorKind::Conflict, "{e}");
    }
    assert_eq!(
        zd.messages(&t.id).await.unwrap().len(),
        msgs.len(),
        "nothing sent"
    );
    let after = zd.update(&t.id, &reply(second.updated_at)).await.unwrap();
    assert!(after.updated_at > second.updated_at);
    assert_eq!(zd.messages(&t.id).await.unwrap().len(), msgs.len() + 1);
}

/// `--second-agent`: the ticket the agent read last gets one write from a colleague or its
/// customer, and no more until it is read again.
#[tokio::test]
async fn the_demos_second_agent_writes_once_to_the_ticket_read_last() {
    let opts = DemoOptions {
        tickets: 20,
        seed: 7,
        second_agent: Some(std::time::Duration::from_millis(30)),
        ..DemoOptions::default()
    };
    let s = DemoServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        opts,
        jiff::Timestamp::now(),
    )
    .await
    .unwrap();
    let zd = client(&s);
    let views = zd.views().await.unwrap();
    let page = zd.view_tickets(&views[0].id, None).await.unwrap().items;
    let (a, b) = (page[0].id.clone(), page[1].id.clone());
    let before_b = zd.messages(&b).await.unwrap().len();
    let before_a = zd.messages(&a).await.unwrap().len();
    let seen = zd.ticket(&a).await.unwrap().updated_at;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let after = zd.ticket(&a).await.unwrap();
    assert!(
        after.updated_at > seen,
        "the colleague wrote to the ticket read last"
    );
    // The first write of the turn is the customer's follow-up.
    assert_eq!(zd.messages(&a).await.unwrap().len(), before_a + 1);
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(
        zd.ticket(&a).await.unwrap().updated_at,
        after.updated_at,
        "once"
    );
    assert_eq!(
        zd.messages(&b).await.unwrap().len(),
        before_b,
        "not the others"
    );
}

/// The top of a view is a screenful (the workspace asks for its terminal's rows and a little
/// more), in one request, and it is the same top as a full page's: over a poor link the 100
/// tickets of a full page are the longest wait before the first row shows.
#[tokio::test]
async fn the_top_of_a_view_is_a_screenful_in_one_request() {
    let s = server(600, None).await;
    let zd = client(&s);
    let views = zd.views().await.unwrap();
    zd.vocabulary().await.unwrap();
    let full = zd.view_tickets(&views[0].id, None).await.unwrap();
    assert_eq!(full.items.len(), 100, "a page of its own is a full one");
    s.reset_stats();
    let mut top = vec![];
    let next = load_pages(&zd, &views[0].id, None, 42, |p, _| top.extend_from_slice(p))
        .await
        .unwrap();
    assert_eq!((top.len(), s.stats().requests), (42, 1));
    assert_eq!(top[..], full.items[..42], "the same top");
    // The next screenful continues where it stopped.
    let more = zd
        .view_page(&views[0].id, next.as_deref(), 40)
        .await
        .unwrap();
    assert_eq!(more.items[..], full.items[42..82]);
}

/// The demo answers compressed when asked, as Zendesk does, and tix asks for it and reads it:
/// a page of 100 tickets reaches tix in a fraction of its plain size, decoded whole.
#[tokio::test]
async fn answers_come_compressed_and_tix_decodes_them() {
    let s = server(600, None).await;
    let zd = client(&s);
    let views = zd.views().await.unwrap();
    zd.vocabulary().await.unwrap();
    s.reset_stats();
    let page = zd.view_tickets(&views[0].id, None).await.unwrap();
    let compressed = s.stats().bytes_out;
    assert_eq!(page.items.len(), 100);
    assert!(
        page.items.iter().all(|t| t
            .requester
            .as_ref()
            .is_some_and(|r| !r.name.starts_with("user "))),
        "sideloaded names decoded"
    );
    // The same page asked by a client that accepts no encoding.
    let plain_client = reqwest::Client::builder()
        .no_gzip()
        .no_brotli()
        .no_zstd()
        .build()
        .unwrap();
    s.reset_stats();
    let url = format!(
        "{}/api/v2/views/{}/tickets.json?page%5Bsize%5D=100&include=users%2Cgroups%2Corganizations%2Cslas&sort_by=sla_next_breach_at&sort_order=asc",
        s.base_url, views[0].id
    );
    let plain = plain_client.get(&url).send().await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    let body = plain.bytes().await.unwrap();
    let uncompressed = s.stats().bytes_out;
    assert!(uncompressed > body.len() as u64);
    assert!(
        compressed * 3 < uncompressed,
        "tix got {compressed} bytes on the wire, {uncompressed} plain"
    );
}

/// The requester's language, as a live Zendesk user holds it (`locale`): canned responses in it
/// come first in the picker.
#[tokio::test]
async fn a_customer_carries_the_users_locale() {
    use common::{Mock, recorded};
    let m = Mock::default();
    m.get(
        "/api/v2/users/6130907993114.json",
        &recorded("zendesk/008-get-users-6130907993114-json.json").to_string(),
    );
    let zd = Zendesk::new(&m.start().await, Auth::None);
    let c = zd.customer(&Id::from(6130907993114)).await.unwrap();
    assert_eq!(c.locale.as_deref(), Some("en-US"));
}

/// A write's read-back (for the SLA and the names; the write's answer has neither) asks for the
/// people only while they are not known: once a read has named them, it asks for the
/// organization (not known here) and the SLAs alone, and the ticket is still named.
#[tokio::test]
async fn a_writes_read_back_asks_for_the_people_only_while_unknown() {
    use common::{Mock, ok, recorded};
    let answer = recorded("zendesk/013-post-tickets-json.json");
    let requester = answer["ticket"]["requester_id"].as_u64().unwrap();
    let m = Mock::default();
    m.on(
        "PUT",
        "/api/v2/tickets/33.json",
        &[],
        vec![ok(&answer.to_string())],
    );
    let with_people = serde_json::json!({
        "ticket": answer["ticket"],
        "users": [{"id": requester, "name": "Casey Customer", "email": "casey@example.com"}]
    });
    m.on(
        "GET",
        "/api/v2/tickets/33.json",
        &[],
        vec![ok(&with_people.to_string())],
    );
    m.on(
        "GET",
        "/api/v2/tickets/33.json",
        &[("include", "organizations,slas")],
        vec![ok(
            &serde_json::json!({"ticket": answer["ticket"]}).to_string()
        )],
    );
    let zd = Zendesk::new(&m.start().await, Auth::None);
    let status = TicketPatch {
        status: Some("pending".into()),
        ..TicketPatch::default()
    };
    for _ in 0..2 {
        let t = zd.update(&Id::from(33), &status).await.unwrap();
        let r = t.requester.expect("the requester");
        assert_eq!(r.name.as_str(), "Casey Customer");
    }
    let includes = includes_asked(&m, "/api/v2/tickets/33.json");
    assert_eq!(
        includes,
        ["users,groups,organizations,slas", "organizations,slas"]
    );
}

/// A write's read-back asks for the organization only while it is not known: once a read has
/// named it, the read-back asks for the SLA alone (and the groups of a ticket in one), and the
/// ticket still names its organization (110 bytes a write over a poor link).
#[tokio::test]
async fn a_writes_read_back_asks_for_the_organization_only_while_unknown() {
    use common::{Mock, ok};
    let ticket = serde_json::json!({"id": 34, "subject": "Invoice", "status": "open",
        "requester_id": 7, "organization_id": 70, "group_id": null, "via": {"channel": "email"},
        "created_at": "2026-11-20T10:00:00Z", "updated_at": "2026-11-21T10:00:00Z"});
    let m = Mock::default();
    m.on(
        "PUT",
        "/api/v2/tickets/34.json",
        &[],
        vec![ok(
            &serde_json::json!({"ticket": ticket, "audit": {"id": 1, "ticket_id": 34,
            "author_id": 2, "created_at": "2026-11-21T10:00:00Z", "events": []}})
            .to_string(),
        )],
    );
    let users = serde_json::json!([{"id": 7, "name": "Casey Customer", "organization_id": 70}]);
    let orgs = serde_json::json!([{"id": 70, "name": "Acme Corp"}]);
    m.on(
        "GET",
        "/api/v2/tickets/34.json",
        &[],
        vec![ok(&serde_json::json!(
            {"ticket": ticket, "users": users, "organizations": orgs}
        )
        .to_string())],
    );
    m.on(
        "GET",
        "/api/v2/tickets/34.json",
        &[("include", "slas")],
        vec![ok(&serde_json::json!({"ticket": ticket}).to_string())],
    );
    let zd = Zendesk::new(&m.start().await, Auth::None);
    let status = TicketPatch {
        status: Some("pending".into()),
        ..TicketPatch::default()
    };
    for _ in 0..2 {
        let t = zd.update(&Id::from(34), &status).await.unwrap();
        let org = t.organization.expect("the organization");
        assert_eq!(org.as_str(), "Acme Corp");
    }
    let includes = includes_asked(&m, "/api/v2/tickets/34.json");
    assert_eq!(includes, ["users,groups,organizations,slas", "slas"]);
}

/// A customer's tickets are asked without sideloads, in one request: the panel lists them by
/// number, status and subject (a ticket opened from it is read whole). The requester is the
/// customer read beside them; the people known already are named all the same, and one not
/// known costs no second read.
#[tokio::test]
async fn a_customers_tickets_are_asked_without_sideloads() {
    use common::{Mock, ok};
    let m = Mock::default();
    m.get(
        "/api/v2/users/7.json",
        &serde_json::json!({"user": {"id": 7, "name": "Ana Popescu", "email": "ana@example.ro"}})
            .to_string(),
    );
    m.get(
        "/api/v2/users.json",
        &serde_json::json!({"users": [{"id": 2, "name": "Dev Agent", "role": "agent"}]})
            .to_string(),
    );
    let ticket = |id: u64, assignee: u64| {
        serde_json::json!({"id": id, "subject": format!("Ticket {id}"), "status": "open",
            "requester_id": 7, "assignee_id": assignee, "group_id": 40, "via": {"channel": "email"},
            "created_at": "2026-11-20T10:00:00Z", "updated_at": "2026-11-21T10:00:00Z"})
    };
    m.on(
        "GET",
        "/api/v2/users/7/tickets/requested.json",
        &[],
        vec![ok(
            &serde_json::json!({"tickets": [ticket(1, 2), ticket(2, 3)], "count": 2}).to_string(),
        )],
    );
    let zd = Zendesk::new(&m.start().await, Auth::None);
    zd.agents().await.unwrap();
    let (c, tickets) = zd.customer_with_tickets(&Id::from(7), 2).await.unwrap();
    assert_eq!(c.name, "Ana Popescu");
    assert_eq!(c.lifetime_tickets, Some(2));
    let listed: Vec<(&str, &str, &str)> = tickets
        .iter()
        .map(|t| (t.id.0.as_ref(), t.status.label.as_str(), t.subject.as_str()))
        .collect();
    assert_eq!(
        listed,
        [("1", "open", "Ticket 1"), ("2", "open", "Ticket 2")]
    );
    assert_eq!(tickets[0].requester.as_ref().unwrap().name, "Ana Popescu");
    assert_eq!(tickets[0].assignee.as_ref().unwrap().name, "Dev Agent");
    let asked = m.to("GET", "/api/v2/users/7/tickets/requested.json");
    assert_eq!(asked.len(), 1, "one request, whoever is not known");
    assert_eq!(asked[0].q("include"), None, "no sideloads");
    assert_eq!(
        asked[0].q("per_page"),
        Some("2"),
        "as many as the panel shows"
    );
}

/// A conversation is asked without its authors once people are known (the first one, with
/// nobody known, asks for them); a page by someone not known yet is asked again with them, so
/// that every message is named.
#[tokio::test]
async fn a_conversation_is_asked_without_its_authors_once_they_are_known() {
    use common::{Mock, ok};
    let m = Mock::default();
    let comment = |id: u64, author: u64| {
        serde_json::json!({"id": id, "author_id": author, "body": format!("message {id}"),
            "public": true, "created_at": "2026-11-20T10:00:00Z"})
    };
    let page = |comments: Vec<serde_json::Value>, users: Vec<serde_json::Value>| {
        ok(&serde_json::json!({"comments": comments, "users": users,
            "meta": {"has_more": false}})
        .to_string())
    };
    let ana = serde_json::json!({"id": 7, "name": "Ana Popescu"});
    let dev = serde_json::json!({"id": 2, "name": "Dev Agent"});
    let ion = serde_json::json!({"id": 9, "name": "Ion Colleague"});
    m.on(
        "GET",
        "/api/v2/tickets/1/comments.json",
        &[("include", "users")],
        vec![page(
            vec![comment(1, 7), comment(2, 2)],
            vec![ana.clone(), dev.clone()],
        )],
    );
    m.on(
        "GET",
        "/api/v2/tickets/1/comments.json",
        &[],
        vec![page(vec![comment(1, 7), comment(2, 2)], vec![])],
    );
    m.on(
        "GET",
        "/api/v2/tickets/2/comments.json",
        &[("include", "users")],
        vec![page(vec![comment(3, 7), comment(4, 9)], vec![ana, ion])],
    );
    m.on(
        "GET",
        "/api/v2/tickets/2/comments.json",
        &[],
        vec![page(vec![comment(3, 7), comment(4, 9)], vec![])],
    );
    let zd = Zendesk::new(&m.start().await, Auth::None);
    let authors = |msgs: &[Message]| -> Vec<String> {
        msgs.iter()
            .map(|m| m.author.as_ref().unwrap().name.to_string())
            .collect()
    };
    for _ in 0..2 {
        let msgs = zd.messages(&Id::from(1)).await.unwrap();
        assert_eq!(authors(&msgs), ["Ana Popescu", "Dev Agent"]);
    }
    let msgs = zd.messages(&Id::from(2)).await.unwrap();
    assert_eq!(authors(&msgs), ["Ana Popescu", "Ion Colleague"]);
    let includes = |path: &str| includes_asked(&m, path);
    assert_eq!(includes("/api/v2/tickets/1/comments.json"), ["users", ""]);
    assert_eq!(includes("/api/v2/tickets/2/comments.json"), ["", "users"]);
}

/// A customer sideloaded with a view's tickets (the user and their organization) is not read
/// again when their panel opens: over a poor link that read was 0.6 kB an opened ticket. A
/// customer whose organization is not known yet is read, with it.
#[tokio::test]
async fn a_customer_known_from_a_view_is_not_read_again() {
    use common::{Mock, ok};
    let m = Mock::default();
    let user = |id: u64, org: u64| {
        serde_json::json!({"id": id, "name": format!("Customer {id}"), "role": "end-user",
            "email": format!("c{id}@example.org"), "organization_id": org})
    };
    let ticket = |id: u64, requester: u64| {
        serde_json::json!({"id": id, "subject": format!("Ticket {id}"), "status": "open",
            "requester_id": requester, "via": {"channel": "email"},
            "created_at": "2026-11-20T10:00:00Z", "updated_at": "2026-11-21T10:00:00Z"})
    };
    m.get(
        "/api/v2/views/5/tickets.json",
        &serde_json::json!({
            "tickets": [ticket(1, 7), ticket(2, 8)],
            // Customer 8's organization is not among the sideloads.
            "users": [user(7, 70), user(8, 80)],
            "organizations": [{"id": 70, "name": "Acme Logistics"}],
        })
        .to_string(),
    );
    for (id, org, name) in [(7, 70, "Acme Logistics"), (8, 80, "Northwind Traders")] {
        m.get(
            &format!("/api/v2/users/{id}.json"),
            &serde_json::json!({"user": user(id, org),
                "organizations": [{"id": org, "name": name}]})
            .to_string(),
        );
        m.on(
            "GET",
            &format!("/api/v2/users/{id}/tickets/requested.json"),
            &[],
            vec![ok(
                &serde_json::json!({"tickets": [ticket(id, id)], "count": 1}).to_string(),
            )],
        );
    }
    let zd = Zendesk::new(&m.start().await, Auth::None);
    zd.view_tickets(&Id::from(5), None).await.unwrap();
    for (id, org) in [(7, "Acme Logistics"), (8, "Northwind Traders")] {
        let (c, tickets) = zd.customer_with_tickets(&Id::from(id), 3).await.unwrap();
        assert_eq!(c.name, format!("Customer {id}"));
        assert_eq!(c.organization.as_ref().map(|o| o.name.as_str()), Some(org));
        assert_eq!(c.lifetime_tickets, Some(1));
        assert_eq!(tickets.len(), 1);
    }
    assert_eq!(
        m.to("GET", "/api/v2/users/7.json").len(),
        0,
        "known: not read"
    );
    assert_eq!(
        m.to("GET", "/api/v2/users/8.json").len(),
        1,
        "organization unknown"
    );
}

/// A customer's tickets name the organizations remembered from a view's sideloads; one not
/// known is left unnamed rather than asked (the panel does not show it).
#[tokio::test]
async fn a_customers_tickets_name_the_organizations_remembered() {
    use common::{Mock, ok};
    let m = Mock::default();
    let user = serde_json::json!({"id": 7, "name": "Customer 7", "role": "end-user",
        "email": "c7@example.org", "organization_id": 70});
    let ticket = |id: u64, org: u64| {
        serde_json::json!({"id": id, "subject": format!("Ticket {id}"), "status": "open",
            "requester_id": 7, "organization_id": org, "via": {"channel": "email"},
            "created_at": "2026-11-20T10:00:00Z", "updated_at": "2026-11-21T10:00:00Z"})
    };
    let acme = serde_json::json!({"id": 70, "name": "Acme Logistics"});
    m.get(
        "/api/v2/views/5/tickets.json",
        &serde_json::json!({"tickets": [ticket(1, 70)], "users": [user],
            "organizations": [acme]})
        .to_string(),
    );
    let requested = "/api/v2/users/7/tickets/requested.json";
    m.on(
        "GET",
        requested,
        &[],
        vec![ok(
            &serde_json::json!({"tickets": [ticket(1, 70), ticket(2, 71)], "count": 2}).to_string(),
        )],
    );
    let zd = Zendesk::new(&m.start().await, Auth::None);
    zd.view_tickets(&Id::from(5), None).await.unwrap();
    let (_, tickets) = zd.customer_with_tickets(&Id::from(7), 3).await.unwrap();
    let orgs: Vec<Option<&str>> = tickets
        .iter()
        .map(|t| t.organization.as_ref().map(|o| o.as_str()))
        .collect();
    assert_eq!(orgs[0], Some("Acme Logistics"));
    assert_ne!(orgs[1], Some("Acme Logistics"));
    assert_eq!(includes_asked(&m, requested), [""]);
}

/// A write's read-back asks for the group only while it is not known: the groups read at start
/// name it, so a read-back asks for the SLA alone and the ticket still names its group (about
/// 0.5 kB a write over a poor link).
#[tokio::test]
async fn a_writes_read_back_asks_for_the_group_only_while_unknown() {
    use common::{Mock, ok};
    let ticket = serde_json::json!({"id": 35, "subject": "Refund", "status": "open",
        "requester_id": 7, "group_id": 5, "via": {"channel": "email"},
        "created_at": "2026-11-20T10:00:00Z", "updated_at": "2026-11-21T10:00:00Z"});
    let m = Mock::default();
    m.get(
        "/api/v2/groups.json",
        &serde_json::json!({"groups": [{"id": 5, "name": "Billing"}, {"id": 6, "name": "Tier 2"}]})
            .to_string(),
    );
    m.on(
        "PUT",
        "/api/v2/tickets/35.json",
        &[],
        vec![ok(
            &serde_json::json!({"ticket": ticket, "audit": {"id": 1, "ticket_id": 35,
            "author_id": 2, "created_at": "2026-11-21T10:00:00Z", "events": []}})
            .to_string(),
        )],
    );
    m.on(
        "GET",
        "/api/v2/tickets/35.json",
        &[("include", "users,groups,organizations,slas")],
        vec![ok(&serde_json::json!(
            {"ticket": ticket, "users": [{"id": 7, "name": "Casey Customer"}],
                "groups": [{"id": 5, "name": "Billing"}]}
        )
        .to_string())],
    );
    m.on(
        "GET",
        "/api/v2/tickets/35.json",
        &[("include", "slas")],
        vec![ok(&serde_json::json!({"ticket": ticket}).to_string())],
    );
    let zd = Zendesk::new(&m.start().await, Auth::None);
    zd.groups().await.unwrap();
    let status = TicketPatch {
        status: Some("pending".into()),
        ..TicketPatch::default()
    };
    for _ in 0..2 {
        let t = zd.update(&Id::from(35), &status).await.unwrap();
        assert_eq!(t.group.as_deref(), Some("Billing"));
    }
    let includes = includes_asked(&m, "/api/v2/tickets/35.json");
    assert_eq!(includes, ["users,groups,organizations,slas", "slas"]);
}
