//! The Zammad adapter against a mock Zammad on 127.0.0.1 that serves answers in the documented
//! shapes (tests/fixtures/zammad/) and records every request it gets.

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tix::canned::{Context, fill};
use tix::config::Secret;
use tix::helpdesk::zammad::Zammad;
use tix::helpdesk::*;

mod common;
use common::*;

const TOKEN: &str = "f2f4c0f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8";

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("fixtures/zammad/", $name))
    };
}

/// A mock with what every session reads: states, priorities, the agent.
fn zammad() -> Mock {
    let m = Mock::default();
    m.get("/api/v1/ticket_states", fixture!("ticket_states.json"));
    m.get(
        "/api/v1/ticket_priorities",
        fixture!("ticket_priorities.json"),
    );
    m.get("/api/v1/users/me", fixture!("users_me.json"));
    m
}

async fn client(m: &Mock) -> Zammad {
    Zammad::new(&m.start().await, Secret::new(TOKEN))
}

fn find(tickets: &[Ticket], id: u64) -> &Ticket {
    tickets
        .iter()
        .find(|t| t.id == Id::from(id))
        .unwrap_or_else(|| panic!("ticket {id} missing"))
}

fn sla(t: &Ticket, metric: SlaMetric) -> Option<&SlaTarget> {
    t.sla.iter().find(|s| s.metric == metric)
}

fn overview_assets() -> Value {
    let v: Value = serde_json::from_str(fixture!("ticket_overview_all_open.json")).unwrap();
    v["assets"].clone()
}

/// A `full=true` search answer: copies of a documented ticket with new ids, and the users,
/// organizations and groups of the overview fixture as assets.
fn search_answer(ids: std::ops::Range<u64>, total: u64) -> String {
    let template: Value = serde_json::from_str(fixture!("search_ticket_template.json")).unwrap();
    let assets = overview_assets();
    let mut tickets = serde_json::Map::new();
    for id in ids.clone() {
        let mut t = template.clone();
        t["id"] = json!(id);
        t["number"] = json!(format!("{}", 60000 + id));
        t["title"] = json!(format!("Order {id}"));
        tickets.insert(id.to_string(), t);
    }
    json!({
        "record_ids": ids.collect::<Vec<u64>>(),
        "assets": {
            "Ticket": tickets,
            "User": assets["User"],
            "Organization": assets["Organization"],
            "Group": assets["Group"],
        },
        "total_count": total,
    })
    .to_string()
}

#[tokio::test]
async fn overviews_are_views_in_their_order_and_list_their_tickets_with_names() {
    let m = zammad();
    m.get(
        "/api/v1/ticket_overviews",
        fixture!("ticket_overviews.json"),
    );
    m.on(
        "GET",
        "/api/v1/ticket_overviews",
        &[("view", "all_open")],
        vec![ok(fixture!("ticket_overview_all_open.json"))],
    );
    let zm = client(&m).await;
    let views = zm.views().await.unwrap();
    let names: Vec<&str> = views.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "My Assigned Tickets",
            "Open Tickets",
            "Unassigned & Open Tickets"
        ]
    );
    let open = &views[1];
    assert_eq!(open.id.0, "overview:all_open");
    let mut pages = 0;
    let all = load_view(&zm, &open.id, |_, _, total| {
        pages += 1;
        assert_eq!(total, Some(4));
    })
    .await
    .unwrap();
    assert_eq!(pages, 1);
    let lists = m.to("GET", "/api/v1/ticket_overviews");
    assert_eq!(
        lists.iter().filter(|r| r.q("view").is_none()).count(),
        1,
        "the views only: the overview's answer counted it (`index.count`)"
    );
    let order: Vec<&str> = all.iter().map(|t| t.id.0.as_str()).collect();
    assert_eq!(order, ["7", "3", "5", "9"], "the overview's order");
    assert!(
        m.log()
            .iter()
            .all(|r| r.auth.as_deref() == Some(&format!("Token token={TOKEN}")[..]))
    );
    assert!(
        m.log()
            .iter()
            .all(|r| !r.path.starts_with("/api/v1/users/")),
        "names came with the assets"
    );

    let t3 = find(&all, 3);
    assert_eq!(t3.subject, "Order 787556");
    assert_eq!(
        (t3.status.category, t3.status.label.as_str()),
        (StatusCategory::Open, "open")
    );
    let p = t3.priority.as_ref().unwrap();
    assert_eq!(
        (p.level, p.raw.as_str(), p.label.as_str(), p.rank),
        (Some(PriorityLevel::High), "3 high", "high", 3)
    );
    assert_eq!(t3.channel, Channel::Email);
    let r = t3.requester.as_ref().unwrap();
    assert_eq!(
        (r.id.0.as_str(), r.name.as_str(), r.email.as_deref()),
        ("7", "Samuel Lee", Some("samuel@example.com"))
    );
    assert_eq!(t3.requester_tier, Some(Tier::Vip), "a VIP organization");
    assert_eq!(t3.assignee.as_ref().unwrap().name, "Christopher Miller");
    assert_eq!(t3.group.as_deref(), Some("Sales"));
    assert_eq!(t3.organization.as_deref(), Some("Awesome Customer Inc."));
    let fr = sla(t3, SlaMetric::FirstResponse).unwrap();
    assert_eq!(
        (fr.state, fr.due_at),
        (
            SlaState::Active,
            Some("2026-03-17T12:00:00Z".parse().unwrap())
        )
    );
    assert_eq!(
        sla(t3, SlaMetric::Resolution).unwrap().state,
        SlaState::Active
    );

    let t5 = find(&all, 5);
    assert_eq!(
        (t5.status.category, t5.status.raw.as_str()),
        (StatusCategory::Pending, "waiting for vendor"),
        "a custom state of type pending reminder"
    );
    assert!(t5.assignee.is_none(), "owner 1 is nobody");
    assert_eq!(t5.channel, Channel::Phone);
    assert_eq!(t5.requester_tier, Some(Tier::Standard));
    assert_eq!(
        sla(t5, SlaMetric::FirstResponse).unwrap().state,
        SlaState::Achieved
    );
    assert_eq!(
        sla(t5, SlaMetric::NextResponse).unwrap().state,
        SlaState::Paused
    );

    let t7 = find(&all, 7);
    assert_eq!(t7.status.category, StatusCategory::New);
    assert_eq!(
        t7.priority.as_ref().unwrap().level,
        Some(PriorityLevel::Low)
    );
    assert_eq!(t7.channel, Channel::Sms);
    assert_eq!(t7.requester_tier, Some(Tier::Vip), "a VIP user");
    assert_eq!(t7.group.as_deref(), Some("2nd Level"));
    assert!(t7.sla.is_empty());

    let t9 = find(&all, 9);
    assert_eq!(
        (t9.status.category, t9.status.raw.as_str()),
        (StatusCategory::Pending, "pending close")
    );
    assert_eq!(t9.channel, Channel::Social, "twitter direct-message");
    let r = t9.requester.as_ref().unwrap();
    assert_eq!((r.name.as_str(), r.email.as_deref()), ("Jacob Smith", None));
}

#[tokio::test]
async fn without_overviews_a_search_view_pages_by_page_and_per_page() {
    let m = zammad();
    m.on(
        "GET",
        "/api/v1/ticket_overviews",
        &[],
        vec![reply(
            404,
            r#"{"error":"No route matches [GET] /api/v1/ticket_overviews"}"#,
        )],
    );
    m.on(
        "GET",
        "/api/v1/tickets/search",
        &[("only_total_count", "true")],
        vec![ok(r#"{"total_count": 101}"#)],
    );
    m.on(
        "GET",
        "/api/v1/tickets/search",
        &[("full", "true"), ("page", "1")],
        vec![ok(&search_answer(100..200, 101))],
    );
    m.on(
        "GET",
        "/api/v1/tickets/search",
        &[("full", "true"), ("page", "2")],
        vec![ok(&search_answer(200..201, 101))],
    );
    let zm = client(&m).await;
    let views = zm.views().await.unwrap();
    assert_eq!(views.len(), 1);
    assert_eq!(views[0].id.0, "search:state.name:(new OR open)");
    let mut pages = 0;
    let all = load_view(&zm, &views[0].id, |_, _, total| {
        pages += 1;
        assert_eq!(total, Some(101));
    })
    .await
    .unwrap();
    assert_eq!((pages, all.len()), (2, 101));
    assert!(
        m.to("GET", "/api/v1/tickets/search")
            .iter()
            .all(|r| r.q("only_total_count").is_none()),
        "the first page's `total_count` is the view's: no count asked"
    );
    let searches: Vec<Req> = m
        .to("GET", "/api/v1/tickets/search")
        .into_iter()
        .filter(|r| r.q("full") == Some("true"))
        .collect();
    assert_eq!(searches.len(), 2);
    for r in &searches {
        assert_eq!(r.q("query"), Some("state.name:(new OR open)"));
        assert_eq!(r.q("per_page"), Some("100"));
        assert_eq!(r.q("sort_by"), Some("updated_at"));
        assert_eq!(r.q("order_by"), Some("desc"));
    }
    assert_eq!(searches[1].q("page"), Some("2"));
    let t = find(&all, 200);
    assert_eq!(t.requester.as_ref().unwrap().name, "Samuel Lee");
    assert_eq!(t.organization.as_deref(), Some("Awesome Customer Inc."));
    assert_eq!(t.group.as_deref(), Some("Sales"));
    assert_eq!(t.status.label, "open", "state 2 from /ticket_states");
}

#[tokio::test]
async fn the_conversation_maps_visibility_channels_and_authors() {
    let m = zammad();
    m.get(
        "/api/v1/ticket_articles/by_ticket/5",
        fixture!("articles_5.json"),
    );
    m.get("/api/v1/users/10", fixture!("user_10.json"));
    m.get("/api/v1/users/3", fixture!("user_3.json"));
    m.on(
        "GET",
        "/api/v1/users/5",
        &[],
        vec![reply(403, r#"{"error":"Not authorized"}"#)],
    );
    let zm = client(&m).await;
    let msgs = zm.messages(&Id::from(5)).await.unwrap();
    assert_eq!(msgs.len(), 4);
    let ids: Vec<&str> = msgs.iter().map(|m| m.id.0.as_str()).collect();
    assert_eq!(ids, ["9", "10", "11", "12"]);

    assert_eq!(msgs[0].visibility, Visibility::Public);
    assert_eq!(msgs[0].channel, Some(Channel::Email));
    assert_eq!(msgs[0].author.as_ref().unwrap().name, "David Bell");
    assert!(
        msgs[0].body.contains("grinder stopped working") && !msgs[0].body.contains('<'),
        "HTML rendered: {:?}",
        msgs[0].body
    );

    // An author tix may not read: named from the article's From.
    assert_eq!(msgs[1].author.as_ref().unwrap().name, "Emma Taylor");

    assert_eq!(msgs[2].visibility, Visibility::Internal);
    assert_eq!(msgs[2].channel, None, "a note is no channel");
    assert_eq!(msgs[2].author.as_ref().unwrap().name, "Christopher Miller");
    assert_eq!(msgs[2].body, "Vendor says the part ships Friday.");
    let files: Vec<(&str, Option<u64>, Option<&str>)> = msgs[2]
        .attachments
        .iter()
        .map(|a| (a.name.as_str(), a.size, a.content_type.as_deref()))
        .collect();
    assert_eq!(
        files,
        [("vendor-mail.txt", Some(19), Some("text/plain"))],
        "inline image left out"
    );
    assert_eq!(msgs[2].attachments[0].source, "ticket_attachment/5/11/17");

    assert_eq!(msgs[3].visibility, Visibility::Public);
    assert_eq!(msgs[3].channel, Some(Channel::Phone));
    let r = &m.to("GET", "/api/v1/ticket_articles/by_ticket/5")[0];
    assert_eq!((r.q("page"), r.q("per_page")), (Some("1"), Some("100")));
}

/// A mock that answers ticket 5 (phone ticket whose customer last wrote by email) and ticket 7
/// (an SMS ticket).
fn writable() -> Mock {
    let m = zammad();
    m.get("/api/v1/tickets/5", fixture!("ticket_5_expanded.json"));
    m.get(
        "/api/v1/ticket_articles/by_ticket/5",
        fixture!("articles_5.json"),
    );
    m.get("/api/v1/tags", fixture!("tags_5.json"));
    m.get("/api/v1/users/10", fixture!("user_10.json"));
    m.get("/api/v1/users/3", fixture!("user_3.json"));
    m.on(
        "POST",
        "/api/v1/ticket_articles",
        &[],
        vec![reply(201, fixture!("ticket_article_created.json"))],
    );
    m.on(
        "PUT",
        "/api/v1/tickets/5",
        &[],
        vec![ok(fixture!("ticket_5_updated.json"))],
    );
    let mut t7 = overview_assets()["Ticket"]["7"].clone();
    t7["create_article_type"] = json!("sms");
    t7["state"] = json!("new");
    m.get("/api/v1/tickets/7", &t7.to_string());
    m.get(
        "/api/v1/ticket_articles/by_ticket/7",
        fixture!("articles_7.json"),
    );
    m
}

fn message(visibility: Visibility, body: &str) -> TicketPatch {
    TicketPatch {
        message: Some(NewMessage {
            visibility,
            body: body.into(),
        }),
        ..TicketPatch::default()
    }
}

#[tokio::test]
async fn a_reply_goes_back_the_way_the_customer_wrote_and_a_note_stays_internal() {
    let m = writable();
    let zm = client(&m).await;
    let t = zm
        .update(
            &Id::from(5),
            &message(
                Visibility::Public,
                "The replacement left our warehouse today.",
            ),
        )
        .await
        .unwrap();
    assert_eq!(t.tags, ["grinder", "replacement"]);
    let posts = m.to("POST", "/api/v1/ticket_articles");
    assert_eq!(posts.len(), 1);
    assert_eq!(
        posts[0].json(),
        json!({
            "ticket_id": 5,
            "body": "The replacement left our warehouse today.",
            "content_type": "text/plain",
            "type": "email",
            "internal": false,
            "sender": "Agent",
            "to": "David Bell <david@example.com>",
            "subject": "Coffee grinder broken",
            "in_reply_to": "<20260315095717.4711@mail.example.com>"
        })
    );
    assert!(m.to("PUT", "/api/v1/tickets/5").is_empty());

    zm.update(
        &Id::from(5),
        &message(Visibility::Internal, "vendor called"),
    )
    .await
    .unwrap();
    let posts = m.to("POST", "/api/v1/ticket_articles");
    assert_eq!(posts.len(), 2);
    assert_eq!(
        posts[1].json(),
        json!({
            "ticket_id": 5,
            "body": "vendor called",
            "content_type": "text/plain",
            "type": "note",
            "internal": true,
            "sender": "Agent"
        })
    );

    // An SMS ticket is answered by SMS, to the number the customer wrote from.
    zm.update(&Id::from(7), &message(Visibility::Public, "Fixed, sorry!"))
        .await
        .unwrap();
    let sms = &m.to("POST", "/api/v1/ticket_articles")[2].json();
    assert_eq!(sms["type"], "sms");
    assert_eq!(sms["to"], "+44 7700 900123");
    assert_eq!(sms["ticket_id"], 7);
}

#[tokio::test]
async fn field_changes_are_a_put_and_carry_the_reply_when_both_come_together() {
    let m = writable();
    let zm = client(&m).await;
    // tix's words become Zammad's state names through the vocabulary, as the workspace does it.
    let v = zm.vocabulary().await.unwrap();
    let word = |w: &str| Some(v.status(w).unwrap().raw.to_string());
    let fields = TicketPatch {
        status: word("pending").map(|s| s.to_string()),
        priority: Some("high".into()),
        assignee: Some(Id::from(3)),
        group: Some(Id("2nd Level".into())),
        tags: None,
        message: None,
        ..Default::default()
    };
    zm.update(&Id::from(5), &fields).await.unwrap();
    let puts = m.to("PUT", "/api/v1/tickets/5");
    assert_eq!(puts.len(), 1);
    let body = puts[0].json();
    let pending: Timestamp = body["pending_time"].as_str().unwrap().parse().unwrap();
    let ahead = pending.as_second() - Timestamp::now().as_second();
    assert!(
        (23 * 3600..=24 * 3600 + 60).contains(&ahead),
        "{ahead} s ahead"
    );
    assert_eq!(
        body,
        json!({
            "state": "pending reminder",
            "pending_time": body["pending_time"],
            "priority": "3 high",
            "owner_id": 3,
            "group": "2nd Level"
        })
    );
    assert!(m.to("POST", "/api/v1/ticket_articles").is_empty());

    let both = TicketPatch {
        status: word("solved").map(|s| s.to_string()),
        group: Some(Id::from(1)),
        ..message(Visibility::Public, "All done.")
    };
    zm.update(&Id::from(5), &both).await.unwrap();
    let puts = m.to("PUT", "/api/v1/tickets/5");
    assert_eq!(puts.len(), 2);
    let body = puts[1].json();
    assert_eq!(body["state"], "closed");
    assert_eq!(body["group_id"], 1);
    assert!(body.get("pending_time").is_none());
    assert_eq!(body["article"]["type"], "email");
    assert_eq!(body["article"]["to"], "David Bell <david@example.com>");
    assert_eq!(body["article"]["internal"], false);
    assert!(body["article"].get("ticket_id").is_none());
    assert!(
        m.to("POST", "/api/v1/ticket_articles").is_empty(),
        "one atomic write"
    );

    let e = zm
        .update(
            &Id::from(5),
            &TicketPatch {
                status: Some("bogus".into()),
                ..TicketPatch::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Invalid);
    assert!(
        e.message.contains("waiting for vendor"),
        "names the states: {e}"
    );
    assert_eq!(m.to("PUT", "/api/v1/tickets/5").len(), 2, "nothing sent");
}

#[tokio::test]
async fn a_customer_comes_with_organization_tier_and_history() {
    let m = zammad();
    m.get("/api/v1/users/7", fixture!("user_7.json"));
    m.get("/api/v1/organizations/3", fixture!("organization_3.json"));
    m.on(
        "GET",
        "/api/v1/tickets/search",
        &[("query", "customer_id:7")],
        vec![ok(&search_answer(300..303, 3))],
    );
    let zm = client(&m).await;
    let c = zm.customer(&Id::from(7)).await.unwrap();
    assert_eq!(c.name, "Samuel Lee");
    assert_eq!(c.email.as_deref(), Some("samuel@example.com"));
    assert_eq!(c.tier, Tier::Vip, "the organization is VIP");
    let org = c.organization.as_ref().unwrap();
    assert_eq!(
        (org.id.0.as_str(), org.name.as_str()),
        ("3", "Awesome Customer Inc.")
    );
    assert_eq!(org.domains, ["awesome.example"]);
    assert_eq!(
        c.lifetime_tickets,
        Some(7),
        "open + closed from the user's preferences"
    );

    let history = zm.customer_tickets(&Id::from(7)).await.unwrap();
    assert_eq!(history.len(), 3);
    let r = &m.to("GET", "/api/v1/tickets/search")[0];
    assert_eq!(r.q("sort_by"), Some("created_at"));
    assert_eq!(r.q("per_page"), Some("25"));
    assert!(history.iter().all(|t| t.satisfaction.is_none()));
    assert_eq!(history[0].requester.as_ref().unwrap().name, "Samuel Lee");
}

#[tokio::test]
async fn text_modules_become_canned_responses_tix_can_fill() {
    let m = zammad();
    m.get("/api/v1/text_modules", fixture!("text_modules.json"));
    m.get(
        "/api/v1/tickets/3",
        &overview_assets()["Ticket"]["3"].to_string(),
    );
    m.get("/api/v1/users/7", fixture!("user_7.json"));
    m.get("/api/v1/users/3", fixture!("user_3.json"));
    m.get("/api/v1/tags", r#"{"tags": []}"#);
    let zm = client(&m).await;
    let canned = zm.canned_responses().await.unwrap();
    let titles: Vec<&str> = canned.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Thanks for your order", "Status update"],
        "inactive left out"
    );
    let thanks = &canned[0];
    assert_eq!(thanks.syntax, PlaceholderSyntax::DoubleBrace);
    assert!(
        thanks
            .body
            .starts_with("Hi {{ticket.requester.first_name}},"),
        "{:?}",
        thanks.body
    );
    assert!(
        thanks
            .body
            .contains("(ticket {{ticket.id}}, our reference #{ticket.number})")
    );
    assert!(thanks.body.contains("{{current_user.name}}"));
    assert!(!thanks.body.contains('<'));
    let status = &canned[1];
    assert!(
        status.body.starts_with("Dear {{ticket.requester.name}},"),
        "{:?}",
        status.body
    );
    assert!(
        status
            .body
            .contains("\"{{ticket.title}}\" is now {{ticket.status}}")
    );
    assert!(
        status
            .body
            .contains("{{ticket.requester.email}} & more at #{config.fqdn}")
    );

    let ticket = zm.ticket(&Id::from(3)).await.unwrap();
    let me = zm.me().await.unwrap();
    let cx = Context {
        ticket: Some(&ticket),
        agent: Some(&me),
    };
    let text = fill(thanks, &cx);
    assert!(text.starts_with("Hi Samuel,"), "{text}");
    assert!(
        text.contains("(ticket 3, our reference #{ticket.number})"),
        "{text}"
    );
    assert!(text.contains("Christopher Miller"), "{text}");
    let text = fill(status, &cx);
    assert!(text.contains("Dear Samuel Lee,"), "{text}");
    assert!(text.contains("\"Order 787556\" is now open"), "{text}");
}

#[tokio::test]
async fn a_429_is_retried_after_retry_after() {
    let m = Mock::default();
    m.on(
        "GET",
        "/api/v1/users/me",
        &[],
        vec![
            reply(429, r#"{"error":"Too many requests"}"#).header("Retry-After", "1"),
            ok(fixture!("users_me.json")),
        ],
    );
    let zm = client(&m).await;
    let t0 = Instant::now();
    let me = zm.me().await.unwrap();
    assert!(t0.elapsed() >= Duration::from_millis(950));
    assert_eq!(m.to("GET", "/api/v1/users/me").len(), 2);
    assert_eq!(
        (me.id.0.as_str(), me.name.as_str(), me.email.as_deref()),
        ("3", "Christopher Miller", Some("chris@chrispresso.com"))
    );
}

#[tokio::test]
async fn error_bodies_become_clear_kinds() {
    let m = zammad();
    m.on(
        "GET",
        "/api/v1/users/me",
        &[("expand", "true")],
        vec![reply(401, fixture!("error_401.json"))],
    );
    m.on(
        "GET",
        "/api/v1/tickets/999",
        &[],
        vec![reply(404, fixture!("error_404.json"))],
    );
    m.get("/api/v1/tags", r#"{"tags": []}"#);
    m.on(
        "PUT",
        "/api/v1/tickets/5",
        &[],
        vec![reply(422, fixture!("error_422.json"))],
    );
    m.on(
        "GET",
        "/api/v1/groups",
        &[],
        vec![reply(403, r#"{"error":"Not authorized"}"#)],
    );
    let zm = client(&m).await;

    let e = zm.groups().await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Auth);
    assert!(
        e.message.contains("Authentication failed: invalid token."),
        "{e}"
    );
    assert!(e.message.contains("HTTP 401"), "{e}");

    let e = zm.ticket(&Id::from(999)).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::NotFound);
    assert_eq!(e.message, "no ticket 999 in Zammad");

    let e = zm
        .update(
            &Id::from(5),
            &TicketPatch {
                priority: Some("low".into()),
                ..TicketPatch::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Invalid);
    assert!(e.message.contains("pending_time"), "{e}");
}

#[tokio::test]
async fn groups_and_agents() {
    let m = zammad();
    m.on(
        "GET",
        "/api/v1/groups",
        &[],
        vec![reply(403, r#"{"error":"Not authorized"}"#)],
    );
    m.on(
        "GET",
        "/api/v1/users/me",
        &[("expand", "true")],
        vec![ok(fixture!("users_me.json"))],
    );
    m.get("/api/v1/users/search", fixture!("users_search_agents.json"));
    let zm = client(&m).await;
    let groups = zm.groups().await.unwrap();
    let names: Vec<(&str, &str)> = groups
        .iter()
        .map(|g| (g.id.0.as_str(), g.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [("2nd Level", "2nd Level"), ("Sales", "Sales")],
        "by name, from the agent's record"
    );

    let agents = zm.agents().await.unwrap();
    let names: Vec<&str> = agents.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        names,
        ["Christopher Miller", "Emma Taylor"],
        "no '-', no inactive agent"
    );
    let r = &m.to("GET", "/api/v1/users/search")[0];
    assert_eq!(r.q("permissions"), Some("ticket.agent"));
}

#[tokio::test]
async fn changed_since_searches_by_updated_at() {
    let m = zammad();
    m.get("/api/v1/tickets/search", &search_answer(400..402, 2));
    let zm = client(&m).await;
    let since = Timestamp::now()
        .checked_sub(jiff::SignedDuration::from_secs(300))
        .unwrap();
    let changed = zm.changed_since(since).await.unwrap().expect("a list");
    assert_eq!(changed.len(), 2);
    let r = &m.to("GET", "/api/v1/tickets/search")[0];
    let q = r.q("query").unwrap();
    let secs: i64 = q
        .strip_prefix("updated_at:>now-")
        .and_then(|s| s.strip_suffix('s'))
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("query {q}"));
    assert!(
        (360..=365).contains(&secs),
        "five minutes and one to spare: {q}"
    );
    assert_eq!(r.q("sort_by"), Some("updated_at"));
    assert_eq!(r.q("order_by"), Some("asc"));
    assert_eq!(r.q("full"), Some("true"));
}

#[tokio::test]
async fn search_and_create() {
    let m = zammad();
    m.on(
        "GET",
        "/api/v1/tickets/search",
        &[("query", "grinder")],
        vec![ok(&search_answer(5..6, 1))],
    );
    m.on(
        "POST",
        "/api/v1/tickets",
        &[],
        vec![reply(201, fixture!("ticket_5_updated.json"))],
    );
    m.get("/api/v1/tickets/5", fixture!("ticket_5_expanded.json"));
    m.get("/api/v1/tags", fixture!("tags_5.json"));
    m.get("/api/v1/users/10", fixture!("user_10.json"));
    let zm = client(&m).await;
    let hits = zm.search("grinder").await.unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(
        m.to("GET", "/api/v1/tickets/search")[0].q("per_page"),
        Some("50")
    );

    let t = zm
        .create(&NewTicket {
            subject: "Descaling".into(),
            body: "How often should I descale?".into(),
            requester: Some(Id::from(10)),
            priority: Some("normal".into()),
        })
        .await
        .unwrap();
    assert_eq!(t.id, Id::from(5));
    let body = m.to("POST", "/api/v1/tickets")[0].json();
    assert_eq!(
        body,
        json!({
            "title": "Descaling",
            "priority": "2 normal",
            "group_id": 1,
            "customer_id": 10,
            "article": {
                "body": "How often should I descale?",
                "content_type": "text/plain",
                "type": "note",
                "internal": false,
                "sender": "Agent",
                "subject": "Descaling"
            }
        })
    );
}

// ---------------------------------------------------------------------------------------------
// The tix binary through a Zammad profile: the CLI, the config and the adapter together.

async fn run(m: &Mock, args: &[&str], stdin: &str) -> Run {
    tix("zammad", &m.start().await, TOKEN, args, stdin).await
}

#[tokio::test]
async fn tix_ls_lists_an_overview_in_queue_order() {
    let m = zammad();
    m.get(
        "/api/v1/ticket_overviews",
        fixture!("ticket_overviews.json"),
    );
    m.on(
        "GET",
        "/api/v1/ticket_overviews",
        &[("view", "all_open")],
        vec![ok(fixture!("ticket_overview_all_open.json"))],
    );
    let list = run(&m, &["ls", "--view", "open tickets", "--json"], "")
        .await
        .json();
    // 3 has a running first-response clock; then by priority (5 and 9 normal, 7 low), the more
    // recently updated first (5 before 9). The overview itself lists 7, 3, 5, 9.
    assert_eq!(ids(&list), ["3", "5", "9", "7"], "{list:#}");
    assert_eq!(list[0]["subject"], "Order 787556");
    assert_eq!(list[0]["requester"]["name"], "Samuel Lee");
    assert_eq!(list[0]["sla"]["next_breach_at"], "2026-03-17T12:00:00Z");
    let listed = m
        .to("GET", "/api/v1/ticket_overviews")
        .iter()
        .filter(|r| r.q("view") == Some("all_open"))
        .count();
    assert_eq!(listed, 1, "{:?}", m.log());
    assert!(m.writes().is_empty());
}

#[tokio::test]
async fn tix_show_gives_the_ticket_its_articles_and_customer() {
    let m = writable();
    m.on(
        "GET",
        "/api/v1/tickets/search",
        &[("query", "customer_id:10"), ("only_total_count", "true")],
        vec![ok(r#"{"total_count": 2}"#)],
    );
    let t = run(&m, &["show", "5", "--json"], "").await.json();
    assert_eq!(t["id"], "5");
    assert_eq!(t["subject"], "Coffee grinder broken");
    assert_eq!(t["tags"], json!(["grinder", "replacement"]));
    let msgs = t["messages"].as_array().unwrap();
    let summary: Vec<(&str, bool)> = msgs
        .iter()
        .map(|m| (m["id"].as_str().unwrap(), m["public"].as_bool().unwrap()))
        .collect();
    assert_eq!(
        summary,
        [("9", true), ("10", true), ("11", false), ("12", true)]
    );
    assert_eq!(msgs[0]["author"], "David Bell");
    assert!(
        msgs[0]["body"]
            .as_str()
            .unwrap()
            .contains("grinder stopped working")
    );
    assert_eq!(msgs[2]["body"], "Vendor says the part ships Friday.");
    assert_eq!(
        msgs[2]["attachments"],
        json!([{"name": "vendor-mail.txt", "size": 19, "content_type": "text/plain"}])
    );
    let c = &t["customer"];
    assert_eq!(c["name"], "David Bell");
    assert_eq!(c["email"], "david@example.com");
    assert_eq!(c["tier"], "standard");
    assert_eq!(c["lifetime_tickets"], 2, "counted by a search");
    assert!(m.writes().is_empty());
}

#[tokio::test]
async fn tix_reply_is_an_email_article_and_reply_note_an_internal_one() {
    let m = writable();
    let out = run(
        &m,
        &["reply", "5"],
        "The replacement left our warehouse today.\n",
    )
    .await;
    assert!(out.success, "{}", out.stderr);
    assert!(out.stdout.starts_with("replied to #5"), "{}", out.stdout);
    let sent = m.writes();
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(
        (sent[0].method.as_str(), sent[0].path.as_str()),
        ("POST", "/api/v1/ticket_articles")
    );
    assert_eq!(
        sent[0].json(),
        json!({
            "ticket_id": 5,
            "body": "The replacement left our warehouse today.",
            "content_type": "text/plain",
            "type": "email",
            "internal": false,
            "sender": "Agent",
            "to": "David Bell <david@example.com>",
            "subject": "Coffee grinder broken",
            "in_reply_to": "<20260315095717.4711@mail.example.com>"
        })
    );

    let out = run(&m, &["reply", "5", "--note"], "vendor called\n").await;
    assert!(out.success, "{}", out.stderr);
    assert!(out.stdout.starts_with("note added to #5"), "{}", out.stdout);
    let sent = m.writes();
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert_eq!(sent[1].path, "/api/v1/ticket_articles");
    assert_eq!(
        sent[1].json(),
        json!({
            "ticket_id": 5,
            "body": "vendor called",
            "content_type": "text/plain",
            "type": "note",
            "internal": true,
            "sender": "Agent"
        })
    );
}

#[tokio::test]
async fn tix_doctor_passes_and_names_a_refused_token() {
    let m = zammad();
    m.get(
        "/api/v1/ticket_overviews",
        fixture!("ticket_overviews.json"),
    );
    let out = run(&m, &["doctor"], "").await;
    assert!(out.success, "{}{}", out.stdout, out.stderr);
    assert!(!out.stdout.contains("FAIL"), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("OK   authentication: signed in as Christopher Miller"),
        "{}",
        out.stdout
    );

    let m = Mock::default();
    for path in [
        "/api/v1/users/me",
        "/api/v1/ticket_overviews",
        "/api/v1/ticket_states",
        "/api/v1/ticket_priorities",
    ] {
        m.on(
            "GET",
            path,
            &[],
            vec![reply(401, fixture!("error_401.json"))],
        );
    }
    let out = run(&m, &["doctor"], "").await;
    assert!(!out.success, "{}", out.stdout);
    assert!(
        out.stdout.contains("FAIL authentication:") && out.stdout.contains("the token was refused"),
        "{}",
        out.stdout
    );
}

#[tokio::test]
async fn states_and_priorities_come_from_zammads_own_lists() {
    let m = zammad();
    m.get(
        "/api/v1/tickets/1",
        &recorded("zammad/004-get-tickets-1.json").to_string(),
    );
    let zd = client(&m).await;
    let v = zd.vocabulary().await.unwrap();
    let offered: Vec<(&str, StatusCategory)> = v
        .statuses
        .iter()
        .map(|s| (s.raw.as_str(), s.category))
        .collect();
    // Merged and removed are reached otherwise, not set.
    assert_eq!(
        offered,
        [
            ("new", StatusCategory::New),
            ("open", StatusCategory::Open),
            ("pending reminder", StatusCategory::Pending),
            ("closed", StatusCategory::Closed),
            ("pending close", StatusCategory::Pending),
            ("waiting for vendor", StatusCategory::Pending),
        ]
    );
    let names: Vec<&str> = v.priorities.iter().map(|p| p.raw.as_str()).collect();
    assert_eq!(names, ["1 low", "2 normal", "3 high"]);
    assert_eq!(v.priority("high").unwrap().raw, "3 high");
    // A ticket as Zammad recorded it (state_id 1).
    let t = zd.ticket(&Id::from(1)).await.unwrap();
    assert_eq!(v.statuses[v.status_of(&t.status).unwrap()].raw, "new");
}

#[tokio::test]
async fn states_that_cannot_be_read_are_zammads_defaults() {
    let m = Mock::default();
    let zd = sanitized::Sanitized(client(&m).await);
    let v = zd.vocabulary().await.expect("never fails");
    let raws: Vec<&str> = v.statuses.iter().map(|s| s.raw.as_str()).collect();
    assert_eq!(
        raws,
        ["new", "open", "pending reminder", "pending close", "closed"]
    );
    assert_eq!(v.priorities.len(), 3);
}

#[tokio::test]
async fn a_snooze_set_on_zammad_is_pending_reminder_at_the_wake_up_time() {
    let m = writable();
    let zm = client(&m).await;
    let v = zm.vocabulary().await.unwrap();
    let until: Timestamp = "2026-12-07T07:00:00Z".parse().unwrap();
    let snooze = TicketPatch {
        status: Some(v.status("pending").unwrap().raw.to_string().to_string()),
        pending_until: Some(until),
        ..Default::default()
    };
    zm.update(&Id::from(5), &snooze).await.unwrap();
    let puts = m.to("PUT", "/api/v1/tickets/5");
    assert_eq!(puts.len(), 1);
    assert_eq!(
        puts[0].json(),
        json!({"state": "pending reminder", "pending_time": "2026-12-07T07:00:00Z"})
    );
}

/// Zammad has no collision check of its own: with `expected`, the ticket is read first and a
/// ticket changed since is written nothing (best effort: the GET, then the write).
#[tokio::test]
async fn an_expected_write_reads_updated_at_first_and_sends_nothing_when_stale() {
    let m = writable();
    let zm = client(&m).await;
    let seen: Timestamp = "2026-03-17T09:00:00Z".parse().unwrap();
    let patch = |expected| TicketPatch {
        expected: Some(expected),
        ..message(Visibility::Internal, "vendor called")
    };
    let e = zm
        .update(
            &Id::from(5),
            &patch(seen - jiff::SignedDuration::from_millis(1)),
        )
        .await
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Conflict, "{e}");
    assert!(m.writes().is_empty(), "nothing written: {:?}", m.writes());

    let before = m.log().len();
    zm.update(&Id::from(5), &patch(seen)).await.unwrap();
    let log = &m.log()[before..];
    let get = log
        .iter()
        .position(|r| r.method == "GET" && r.path == "/api/v1/tickets/5")
        .expect("the check's GET");
    let post = log
        .iter()
        .position(|r| r.method == "POST" && r.path == "/api/v1/ticket_articles")
        .expect("the note");
    assert!(get < post, "read before the write");
}

/// Zammad documents no language for a customer; a user's `preferences.locale` (the language of
/// their Zammad, set when they sign in to it) is the closest, as a live Zammad records it.
#[tokio::test]
async fn a_customer_carries_the_users_preferred_locale() {
    let m = zammad();
    m.get(
        "/api/v1/users/3",
        &recorded("zammad/002-get-users-3.json").to_string(),
    );
    let zm = client(&m).await;
    let c = zm.customer(&Id::from(3)).await.unwrap();
    assert_eq!(c.locale.as_deref(), Some("en-us"));
}
