//! The Freshdesk adapter against a mock Freshdesk on 127.0.0.1 that serves answers in the
//! documented shapes (tests/fixtures/freshdesk/) and records every request it gets.

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tix::canned::{Context, fill};
use tix::config::Secret;
use tix::helpdesk::freshdesk::Freshdesk;
use tix::helpdesk::*;

mod common;
use common::*;

const API_KEY: &str = "abcdefghij1234567890";
/// base64("abcdefghij1234567890:X")
const BASIC: &str = "Basic YWJjZGVmZ2hpajEyMzQ1Njc4OTA6WA==";

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("fixtures/freshdesk/", $name))
    };
}

/// A mock with what every session reads: agents, groups, ticket fields, me.
fn freshdesk() -> Mock {
    let m = Mock::default();
    m.get("/api/v2/agents", fixture!("agents.json"));
    m.get("/api/v2/groups", fixture!("groups.json"));
    m.get("/api/v2/ticket_fields", fixture!("ticket_fields.json"));
    m.get("/api/v2/agents/me", fixture!("agents_me.json"));
    m
}

async fn client(m: &Mock) -> Freshdesk {
    Freshdesk::new(&m.start().await, Secret::new(API_KEY))
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

/// A page of filter-search results: copies of the documented sample with new ids and requesters.
fn search_page(total: u64, ids: std::ops::Range<u64>, requesters: &[u64]) -> String {
    let template: Value = serde_json::from_str(fixture!("search_ticket_template.json")).unwrap();
    let results: Vec<Value> = ids
        .enumerate()
        .map(|(i, id)| {
            let mut t = template.clone();
            t["id"] = json!(id);
            t["subject"] = json!(format!("Sample Title {id}"));
            t["requester_id"] = json!(requesters[i % requesters.len()]);
            t
        })
        .collect();
    json!({"total": total, "results": results}).to_string()
}

#[tokio::test]
async fn a_predefined_filter_pages_by_its_link_header_and_maps_every_field() {
    let m = freshdesk();
    m.on(
        "GET",
        "/api/v2/tickets",
        &[("filter", "new_and_my_open"), ("page", "1")],
        vec![ok(fixture!("tickets_my_open_page1.json")).header(
            "link",
            // Another host on purpose: only the page number is taken from it.
            "<https://acme.freshdesk.com/api/v2/tickets?filter=new_and_my_open&include=requester,stats&page=2&per_page=100>; rel=\"next\"",
        )],
    );
    m.on(
        "GET",
        "/api/v2/tickets",
        &[("filter", "new_and_my_open"), ("page", "2")],
        vec![
            ok(fixture!("tickets_my_open_page2.json"))
                .header("X-RateLimit-Total", "3000")
                .header("X-RateLimit-Remaining", "427"),
        ],
    );
    let fd = client(&m).await;

    let views = fd.views().await.unwrap();
    let names: Vec<&str> = views.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["All unresolved", "New and my open", "Watching"]);
    // Custom statuses from /ticket_fields join the unresolved search.
    assert_eq!(
        views[0].id.0,
        "search:status:2 OR status:3 OR status:6 OR status:7"
    );

    let mut pages = 0;
    let all = load_view(&fd, &views[1].id, |_, _, total| {
        pages += 1;
        assert_eq!(total, None, "lists carry no total");
    })
    .await
    .unwrap();
    assert_eq!(pages, 2);
    assert_eq!(all.len(), 6);
    let lists = m.to("GET", "/api/v2/tickets");
    assert_eq!(lists.len(), 2);
    assert_eq!(lists[0].q("page"), Some("1"));
    assert_eq!(lists[1].q("page"), Some("2"));
    for r in &lists {
        assert_eq!(r.q("per_page"), Some("100"));
        assert_eq!(r.q("include"), Some("requester,stats"));
        assert_eq!(r.auth.as_deref(), Some(BASIC));
    }
    assert_eq!(fd.rate_limit_remaining(), Some(427));

    let t18 = find(&all, 18);
    assert_eq!(
        (
            t18.status.category,
            t18.status.raw.as_str(),
            t18.status.label.as_str()
        ),
        (StatusCategory::Open, "2", "open")
    );
    assert_eq!(
        t18.priority.as_ref().unwrap().level,
        Some(PriorityLevel::Low)
    );
    assert_eq!(t18.channel, Channel::Web, "2 portal");
    let r = t18.requester.as_ref().unwrap();
    assert_eq!(
        (r.id.0.as_str(), r.name.as_str(), r.email.as_deref()),
        ("5", "Rachel Green", Some("rachel@customer.example"))
    );
    assert_eq!(t18.assignee.as_ref().unwrap().name, "Support");
    assert_eq!(t18.group.as_deref(), Some("Billing"));
    assert_eq!(
        sla(t18, SlaMetric::FirstResponse).unwrap().state,
        SlaState::Active
    );
    assert_eq!(
        sla(t18, SlaMetric::Resolution).unwrap().due_at,
        Some("2026-03-20T11:30:00Z".parse().unwrap())
    );

    let t19 = find(&all, 19);
    assert_eq!(t19.status.category, StatusCategory::Pending);
    let p = t19.priority.as_ref().unwrap();
    assert_eq!(
        (p.level, p.label.as_str(), p.rank),
        (Some(PriorityLevel::Normal), "medium", 2)
    );
    assert_eq!(t19.channel, Channel::Email, "1 email");
    assert_eq!(t19.assignee.as_ref().unwrap().name, "Clark Kent");
    assert_eq!(t19.group.as_deref(), Some("Entertainers"));
    assert_eq!(
        sla(t19, SlaMetric::FirstResponse).unwrap().state,
        SlaState::Achieved,
        "stats.first_responded_at is set"
    );
    assert_eq!(
        sla(t19, SlaMetric::Resolution).unwrap().state,
        SlaState::Paused
    );
    assert_eq!(t19.tags, ["billing"]);

    let t20 = find(&all, 20);
    assert_eq!(
        (t20.status.category, t20.status.label.as_str()),
        (StatusCategory::Pending, "Waiting on Customer")
    );
    assert_eq!(
        t20.priority.as_ref().unwrap().level,
        Some(PriorityLevel::Urgent)
    );
    assert_eq!(t20.channel, Channel::Chat, "7 chat");
    assert!(t20.assignee.is_none());

    let t21 = find(&all, 21);
    assert_eq!(t21.status.category, StatusCategory::Solved);
    assert_eq!(
        t21.priority.as_ref().unwrap().level,
        Some(PriorityLevel::High)
    );
    assert_eq!(t21.channel, Channel::Phone, "3 phone");
    assert!(t21.sla.iter().all(|s| s.state == SlaState::Achieved));

    let t22 = find(&all, 22);
    assert_eq!(t22.status.category, StatusCategory::Closed);
    assert_eq!(t22.channel, Channel::Email, "10 outbound email");
    assert!(t22.sla.is_empty());

    assert_eq!(find(&all, 23).channel, Channel::Web, "9 feedback widget");
}

#[tokio::test]
async fn the_unresolved_view_is_a_search_paged_across_pages_with_requesters_looked_up() {
    let m = freshdesk();
    m.on(
        "GET",
        "/api/v2/search/tickets",
        &[("page", "1")],
        vec![
            ok(&search_page(31, 100..130, &[5, 6, 434]))
                .header("X-RateLimit-Total", "1000")
                .header("X-RateLimit-Remaining", "300"),
        ],
    );
    m.on(
        "GET",
        "/api/v2/search/tickets",
        &[("page", "2")],
        vec![ok(&search_page(31, 200..201, &[5]))],
    );
    m.get("/api/v2/contacts/5", fixture!("contact_5.json"));
    m.get("/api/v2/contacts/6", fixture!("contact_6.json"));
    m.get("/api/v2/contacts/434", fixture!("contact_434.json"));
    let fd = client(&m).await;
    let views = fd.views().await.unwrap();
    let mut pages = 0;
    let all = load_view(&fd, &views[0].id, |_, _, total| {
        pages += 1;
        assert_eq!(total, Some(31));
    })
    .await
    .unwrap();
    assert_eq!((pages, all.len()), (2, 31));
    let searches = m.to("GET", "/api/v2/search/tickets");
    // The first page carries the total: no count is asked, so no search twice.
    assert_eq!(searches.len(), 2);
    assert_eq!(
        searches[0].q("query"),
        Some("\"status:2 OR status:3 OR status:6 OR status:7\"")
    );
    assert_eq!(searches[1].q("page"), Some("2"));
    // Three requesters, each read once.
    let lookups: Vec<Req> = m
        .log()
        .into_iter()
        .filter(|r| r.path.starts_with("/api/v2/contacts/"))
        .collect();
    assert_eq!(lookups.len(), 3);
    let t = find(&all, 100);
    assert_eq!(t.requester.as_ref().unwrap().name, "Rachel Green");
    assert_eq!(
        t.requester_tier,
        Some(Tier::Loyal),
        "from the contact's tags"
    );
    assert_eq!(
        find(&all, 102).requester_tier,
        Some(Tier::Vip),
        "from the tier field"
    );
    assert_eq!(find(&all, 101).requester_tier, Some(Tier::Standard));
    // Without stats, a first-response target cannot be told from a met one: left out.
    assert!(sla(t, SlaMetric::FirstResponse).is_none());
    assert_eq!(
        sla(t, SlaMetric::Resolution).unwrap().state,
        SlaState::Active
    );
}

/// One budget decides: the look-ups stop when under a tenth of the minute's calls is left (the
/// same rule that paces background work), not at a count of its own.
#[tokio::test]
async fn names_are_looked_up_while_the_budget_has_a_tenth_left() {
    for (total, remaining, looked_up) in [("50", "30", true), ("3000", "200", false)] {
        let m = freshdesk();
        m.on(
            "GET",
            "/api/v2/search/tickets",
            &[],
            vec![
                ok(&search_page(3, 100..103, &[5, 6, 434]))
                    .header("X-RateLimit-Total", total)
                    .header("X-RateLimit-Remaining", remaining),
            ],
        );
        m.get("/api/v2/contacts/5", fixture!("contact_5.json"));
        let fd = client(&m).await;
        fd.view_tickets(&Id("search:status:2 OR status:3".into()), None)
            .await
            .unwrap();
        let b = fd.rate_limit().unwrap();
        assert_eq!(b.remaining.to_string(), remaining);
        assert_eq!(fd.rate_limit_remaining(), Some(b.remaining));
        assert_eq!(
            m.log()
                .iter()
                .any(|r| r.path.starts_with("/api/v2/contacts/")),
            looked_up,
            "{remaining} of {total} left"
        );
    }
}

#[tokio::test]
async fn no_names_are_looked_up_when_the_rate_limit_budget_runs_low() {
    let m = freshdesk();
    m.on(
        "GET",
        "/api/v2/search/tickets",
        &[],
        vec![
            ok(&search_page(3, 100..103, &[5, 6, 434]))
                .header("X-RateLimit-Total", "3000")
                .header("X-RateLimit-Remaining", "12"),
        ],
    );
    m.get("/api/v2/contacts/5", fixture!("contact_5.json"));
    let fd = client(&m).await;
    let page = fd
        .view_tickets(&Id("search:status:2 OR status:3".into()), None)
        .await
        .unwrap();
    assert_eq!(page.items.len(), 3);
    assert_eq!(page.next, None);
    assert_eq!(fd.rate_limit_remaining(), Some(12));
    assert!(
        m.log()
            .iter()
            .all(|r| !r.path.starts_with("/api/v2/contacts/"))
    );
    assert_eq!(page.items[0].requester.as_ref().unwrap().name, "contact 5");
}

#[tokio::test]
async fn the_conversation_starts_with_the_description_and_keeps_notes_internal() {
    let m = freshdesk();
    m.get("/api/v2/tickets/20", fixture!("ticket_20.json"));
    m.get(
        "/api/v2/tickets/20/conversations",
        fixture!("conversations_20.json"),
    );
    let fd = client(&m).await;
    let msgs = fd.messages(&Id::from(20)).await.unwrap();
    assert_eq!(msgs.len(), 4);
    assert_eq!(msgs[0].body, "I cannot log in since this morning.");
    assert_eq!(msgs[0].author.as_ref().unwrap().name, "Green Lantern");
    assert_eq!(msgs[0].channel, Some(Channel::Chat));

    assert_eq!(msgs[1].id, Id::from(3));
    assert_eq!(msgs[1].visibility, Visibility::Public);
    assert_eq!(msgs[1].author.as_ref().unwrap().name, "Green Lantern");
    assert_eq!(msgs[1].channel, Some(Channel::Email));

    assert_eq!(msgs[2].visibility, Visibility::Internal, "private note");
    assert_eq!(msgs[2].author.as_ref().unwrap().name, "Clark Kent");
    assert!(
        msgs[2].body.contains("locked by the fraud rule") && !msgs[2].body.contains('<'),
        "HTML rendered: {:?}",
        msgs[2].body
    );

    assert_eq!(msgs[3].visibility, Visibility::Public);
    assert_eq!(msgs[3].author.as_ref().unwrap().name, "Support");
    let file = &msgs[3].attachments[0];
    assert_eq!(
        (file.name.as_str(), file.size, file.content_type.as_deref()),
        ("unlock.pdf", Some(98), Some("application/pdf"))
    );
    assert_eq!(
        file.source,
        "https://cdn.freshdesk.example/attachments/6013284906/unlock.pdf"
    );
    assert!(msgs.windows(2).all(|w| w[0].created_at <= w[1].created_at));
    assert_eq!(
        m.to("GET", "/api/v2/tickets/20/conversations")[0].q("per_page"),
        Some("100")
    );
}

#[tokio::test]
async fn replies_notes_and_field_changes_go_to_their_endpoints() {
    let m = freshdesk();
    m.get("/api/v2/tickets/20", fixture!("ticket_20.json"));
    m.on(
        "POST",
        "/api/v2/tickets/20/reply",
        &[],
        vec![reply(201, fixture!("reply_response.json"))],
    );
    m.on(
        "POST",
        "/api/v2/tickets/20/notes",
        &[],
        vec![reply(201, fixture!("note_response.json"))],
    );
    m.on(
        "PUT",
        "/api/v2/tickets/20",
        &[],
        vec![ok(fixture!("ticket_update_response.json"))],
    );
    let fd = client(&m).await;
    let id = Id::from(20);
    let message = |visibility, body: &str| TicketPatch {
        message: Some(NewMessage {
            visibility,
            body: body.into(),
        }),
        ..TicketPatch::default()
    };

    let t = fd
        .update(
            &id,
            &message(Visibility::Public, "Hello <Ross> & co\nthanks"),
        )
        .await
        .unwrap();
    assert_eq!(t.id, id);
    let replies = m.to("POST", "/api/v2/tickets/20/reply");
    assert_eq!(replies.len(), 1);
    assert_eq!(
        replies[0].json(),
        json!({"body": "Hello &lt;Ross&gt; &amp; co<br>thanks"})
    );
    assert!(m.to("POST", "/api/v2/tickets/20/notes").is_empty());
    assert!(m.to("PUT", "/api/v2/tickets/20").is_empty());

    fd.update(&id, &message(Visibility::Internal, "fraud rule hit"))
        .await
        .unwrap();
    let notes = m.to("POST", "/api/v2/tickets/20/notes");
    assert_eq!(notes.len(), 1);
    assert_eq!(
        notes[0].json(),
        json!({"body": "fraud rule hit", "private": true})
    );
    assert_eq!(m.to("POST", "/api/v2/tickets/20/reply").len(), 1);

    // tix's words become Freshdesk's numbers through the vocabulary, as the workspace does it.
    let v = fd.vocabulary().await.unwrap();
    let word = |w: &str| Some(v.status(w).unwrap().raw.to_string());
    let fields = TicketPatch {
        status: word("solved").map(|s| s.to_string()),
        priority: Some("urgent".into()),
        assignee: Some(Id::from(432)),
        group: Some(Id::from(2)),
        tags: None,
        message: None,
        ..Default::default()
    };
    fd.update(&id, &fields).await.unwrap();
    let puts = m.to("PUT", "/api/v2/tickets/20");
    assert_eq!(puts.len(), 1);
    assert_eq!(
        puts[0].json(),
        json!({"status": 4, "priority": 4, "responder_id": 432, "group_id": 2})
    );

    // Fields and a reply: fields first, so a failed message can be sent again alone.
    let both = TicketPatch {
        status: word("pending").map(|s| s.to_string()),
        ..message(Visibility::Public, "back soon")
    };
    let before = m.log().len();
    fd.update(&id, &both).await.unwrap();
    let writes: Vec<String> = m.log()[before..]
        .iter()
        .filter(|r| r.method != "GET")
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(
        writes,
        ["PUT /api/v2/tickets/20", "POST /api/v2/tickets/20/reply"]
    );
    assert_eq!(
        m.to("PUT", "/api/v2/tickets/20")[1].json(),
        json!({"status": 3})
    );

    let e = fd
        .update(
            &id,
            &TicketPatch {
                priority: Some("asap".into()),
                ..TicketPatch::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Invalid);
    assert_eq!(m.to("PUT", "/api/v2/tickets/20").len(), 2, "nothing sent");
}

#[tokio::test]
async fn a_customer_comes_with_company_tier_history_and_ratings() {
    let m = freshdesk();
    m.get("/api/v2/contacts/434", fixture!("contact_434.json"));
    m.get("/api/v2/companies/23", fixture!("company_23.json"));
    m.on(
        "GET",
        "/api/v2/tickets",
        &[("requester_id", "434"), ("per_page", "100"), ("page", "1")],
        vec![ok(fixture!("customer_tickets_434.json")).header(
            "link",
            "<https://acme.freshdesk.com/api/v2/tickets?page=2>; rel=\"next\"",
        )],
    );
    m.on(
        "GET",
        "/api/v2/tickets",
        &[("requester_id", "434"), ("per_page", "100"), ("page", "2")],
        vec![ok(fixture!("customer_tickets_434.json"))],
    );
    m.on(
        "GET",
        "/api/v2/tickets",
        &[("requester_id", "434"), ("per_page", "25")],
        vec![ok(fixture!("customer_tickets_434.json"))],
    );
    m.on(
        "GET",
        "/api/v2/surveys/satisfaction_ratings",
        &[("user_id", "434")],
        vec![ok(fixture!("satisfaction_ratings_434.json"))],
    );
    let fd = client(&m).await;
    let c = fd.customer(&Id::from(434)).await.unwrap();
    assert_eq!(c.name, "Green Lantern");
    assert_eq!(c.email.as_deref(), Some("greenlantern@customer.example"));
    assert_eq!(c.phone.as_deref(), Some("+44 20 7946 0000"));
    assert_eq!(c.tier, Tier::Vip, "custom field tier");
    let org = c.organization.as_ref().unwrap();
    assert_eq!((org.id.0.as_str(), org.name.as_str()), ("23", "Super Nova"));
    assert_eq!(org.domains, ["supernova", "nova", "super"]);
    assert_eq!(c.lifetime_tickets, Some(6), "two pages of three");
    assert_eq!(c.created_at, "2025-08-28T10:27:58Z".parse().unwrap());
    for r in m.to("GET", "/api/v2/tickets") {
        assert_eq!(
            r.q("updated_since"),
            Some("2000-01-01T00:00:00Z"),
            "not just the last 30 days"
        );
    }

    let history = fd.customer_tickets(&Id::from(434)).await.unwrap();
    assert_eq!(history.len(), 3);
    let rating = |id| find(&history, id).satisfaction.clone();
    assert_eq!(rating(24).as_deref(), Some("good"));
    assert_eq!(rating(25).as_deref(), Some("bad"));
    assert_eq!(rating(20), None);
    let t = find(&history, 20);
    assert_eq!(t.requester.as_ref().unwrap().name, "Green Lantern");
    assert_eq!(t.requester_tier, Some(Tier::Vip));
    assert_eq!(t.organization.as_deref(), Some("Super Nova"));
}

#[tokio::test]
async fn canned_responses_come_from_folders_with_placeholders_tix_fills() {
    let m = freshdesk();
    m.get(
        "/api/v2/canned_response_folders",
        fixture!("canned_response_folders.json"),
    );
    m.get(
        "/api/v2/canned_response_folders/1/responses",
        fixture!("canned_responses_1.json"),
    );
    m.get(
        "/api/v2/canned_response_folders/3/responses",
        fixture!("canned_responses_3.json"),
    );
    m.get("/api/v2/tickets/20", fixture!("ticket_20.json"));
    let fd = client(&m).await;
    let canned = fd.canned_responses().await.unwrap();
    assert_eq!(canned.len(), 3);
    assert!(
        m.to("GET", "/api/v2/canned_response_folders/2/responses")
            .is_empty(),
        "empty folder skipped"
    );
    let first = &canned[0];
    assert_eq!(first.folder.as_deref(), Some("Greetings"));
    assert_eq!(first.syntax, PlaceholderSyntax::DoubleBrace);
    assert_eq!(
        first.body,
        "Hi {{ticket.requester.first_name}},\n\nThank you for reaching out about ticket #{{ticket.id}}. You can check its status here: {{ticket.url}}\n\nRegards,\n{{current_user.name}}"
    );
    let refund = canned.iter().find(|c| c.title == "Refund issued").unwrap();
    assert_eq!(refund.folder.as_deref(), Some("Billing"));
    assert!(
        refund
            .body
            .contains("Hello {{ticket.requester.first_name}},")
    );
    assert!(refund.body.contains("{{current_user.email}}"));

    // Filled by tix as the agent would send it.
    let ticket = fd.ticket(&Id::from(20)).await.unwrap();
    let me = fd.me().await.unwrap();
    let text = fill(
        first,
        &Context {
            ticket: Some(&ticket),
            agent: Some(&me),
        },
    );
    assert!(text.starts_with("Hi Green,"), "{text}");
    assert!(text.contains("ticket #20."));
    assert!(text.contains("{{ticket.url}}"), "unknown ones stay visible");
    assert!(text.ends_with("Clark Kent"));
}

#[tokio::test]
async fn canned_responses_refused_to_an_agent_say_why() {
    let m = freshdesk();
    m.on(
        "GET",
        "/api/v2/canned_response_folders",
        &[],
        vec![reply(
            403,
            r#"{"code":"access_denied","message":"You are not authorized to perform this action."}"#,
        )],
    );
    let fd = client(&m).await;
    let e = fd.canned_responses().await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Permission);
    assert!(e.message.contains("only admins"), "{e}");
    assert!(e.message.contains("not authorized"), "{e}");
}

#[tokio::test]
async fn a_429_is_retried_after_retry_after() {
    let m = Mock::default();
    m.on(
        "GET",
        "/api/v2/agents/me",
        &[],
        vec![
            reply(429, "")
                .header("Retry-After", "1")
                .header("X-RateLimit-Total", "3000")
                .header("X-RateLimit-Remaining", "0"),
            ok(fixture!("agents_me.json"))
                .header("X-RateLimit-Total", "3000")
                .header("X-RateLimit-Remaining", "199"),
        ],
    );
    let fd = client(&m).await;
    let t0 = Instant::now();
    let me = fd.me().await.unwrap();
    assert!(t0.elapsed() >= Duration::from_millis(950));
    assert_eq!(m.to("GET", "/api/v2/agents/me").len(), 2);
    assert_eq!((me.id.0.as_str(), me.name.as_str()), ("432", "Clark Kent"));
    assert_eq!(fd.rate_limit_remaining(), Some(199));

    // A longer wait is not done inside the request: the error carries it.
    let m = Mock::default();
    m.on(
        "GET",
        "/api/v2/agents/me",
        &[],
        vec![reply(429, "").header("Retry-After", "34")],
    );
    let e = client(&m).await.me().await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::RateLimited);
    assert_eq!(e.retry_after, Some(Duration::from_secs(34)));
    assert!(e.message.contains("used up"), "{e}");
}

#[tokio::test]
async fn error_bodies_become_clear_kinds() {
    let m = Mock::default();
    m.on(
        "GET",
        "/api/v2/agents/me",
        &[],
        vec![reply(401, fixture!("error_auth.json"))],
    );
    m.on("GET", "/api/v2/tickets/999", &[], vec![reply(404, "")]);
    m.on(
        "PUT",
        "/api/v2/tickets/30",
        &[],
        vec![reply(400, fixture!("error_validation.json"))],
    );
    m.on(
        "PUT",
        "/api/v2/tickets/31",
        &[],
        vec![reply(422, fixture!("error_validation.json"))],
    );
    m.get("/api/v2/ticket_fields", fixture!("ticket_fields.json"));
    let fd = client(&m).await;

    let e = fd.me().await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Auth);
    assert!(e.message.contains("You have to be logged in"), "{e}");
    assert!(e.message.contains("API key"), "{e}");

    let e = fd.ticket(&Id::from(999)).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::NotFound);
    assert_eq!(e.message, "no ticket 999 in Freshdesk");

    let patch = TicketPatch {
        priority: Some("high".into()),
        ..TicketPatch::default()
    };
    for id in [30, 31] {
        let e = fd.update(&Id::from(id), &patch).await.unwrap_err();
        assert_eq!(e.kind, ErrorKind::Invalid, "HTTP for ticket {id}");
        assert!(
            e.message
                .starts_with("Validation failed: priority: It should be one of these values"),
            "{e}"
        );
    }
    // A write that failed on validation is not sent twice.
    assert_eq!(m.to("PUT", "/api/v2/tickets/30").len(), 1);
}

#[tokio::test]
async fn changed_since_lists_by_updated_since() {
    let m = freshdesk();
    m.on(
        "GET",
        "/api/v2/tickets",
        &[("updated_since", "2026-03-17T12:00:00Z"), ("page", "1")],
        vec![ok(fixture!("tickets_my_open_page1.json")).header(
            "link",
            "<https://acme.freshdesk.com/api/v2/tickets?page=2>; rel=\"next\"",
        )],
    );
    m.on(
        "GET",
        "/api/v2/tickets",
        &[("updated_since", "2026-03-17T12:00:00Z"), ("page", "2")],
        vec![ok(fixture!("tickets_my_open_page2.json"))],
    );
    let fd = client(&m).await;
    let since: Timestamp = "2026-03-17T12:00:00.750Z".parse().unwrap();
    let changed = fd.changed_since(since).await.unwrap().expect("a list");
    assert_eq!(changed.len(), 6);
    let r = &m.to("GET", "/api/v2/tickets")[0];
    assert_eq!(r.q("order_by"), Some("updated_at"));
    assert_eq!(r.q("order_type"), Some("asc"));
    assert_eq!(r.q("include"), Some("requester,stats"));
    assert_eq!(
        find(&changed, 19).requester.as_ref().unwrap().name,
        "Ross Geller"
    );

    // More than ten pages changed: re-listing is cheaper.
    let m = freshdesk();
    m.on(
        "GET",
        "/api/v2/tickets",
        &[],
        vec![ok(fixture!("tickets_my_open_page2.json")).header(
            "link",
            "<https://acme.freshdesk.com/api/v2/tickets?page={next}>; rel=\"next\"",
        )],
    );
    let fd = client(&m).await;
    assert_eq!(fd.changed_since(since).await.unwrap(), None);
    assert_eq!(m.to("GET", "/api/v2/tickets").len(), 10);
}

#[tokio::test]
async fn search_takes_numbers_emails_and_filter_queries_but_not_text() {
    let m = freshdesk();
    m.get("/api/v2/tickets/20", fixture!("ticket_20.json"));
    m.on(
        "GET",
        "/api/v2/tickets",
        &[("email", "ross@customer.example")],
        vec![ok(fixture!("tickets_my_open_page2.json"))],
    );
    m.get("/api/v2/search/tickets", &search_page(1, 47..48, &[5]));
    m.get("/api/v2/contacts/5", fixture!("contact_5.json"));
    let fd = client(&m).await;

    let hits = fd.search("#20").await.unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].organization.as_deref(), Some("Super Nova"));
    assert_eq!(hits[0].tags, ["vip", "locked"]);

    assert_eq!(fd.search("ross@customer.example").await.unwrap().len(), 3);

    let hits = fd.search("priority:>3 AND tag:'refund'").await.unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(
        m.to("GET", "/api/v2/search/tickets")[0].q("query"),
        Some("\"priority:>3 AND tag:'refund'\"")
    );

    let before = m.log().len();
    let e = fd.search("refund please").await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Invalid);
    assert!(e.message.contains("cannot search ticket text"), "{e}");
    assert_eq!(m.log().len(), before, "nothing sent");
}

// ---------------------------------------------------------------------------------------------
// The tix binary through a Freshdesk profile: the CLI, the config and the adapter together.

async fn run(m: &Mock, args: &[&str], stdin: &str) -> Run {
    tix("freshdesk", &m.start().await, API_KEY, args, stdin).await
}

#[tokio::test]
async fn tix_ls_lists_the_first_view_in_queue_order() {
    let m = freshdesk();
    // The first view is the unresolved search. Same priority, so the soonest resolution due
    // comes first, then the customer's tier: 434 is VIP, 5 loyal, 6 standard.
    let mut page: Value = serde_json::from_str(&search_page(3, 100..103, &[5, 6, 434])).unwrap();
    page["results"][1]["due_by"] = json!("2026-02-21T16:00:00Z");
    m.get("/api/v2/search/tickets", &page.to_string());
    m.get("/api/v2/contacts/5", fixture!("contact_5.json"));
    m.get("/api/v2/contacts/6", fixture!("contact_6.json"));
    m.get("/api/v2/contacts/434", fixture!("contact_434.json"));
    let list = run(&m, &["ls", "--json"], "").await.json();
    assert_eq!(ids(&list), ["101", "102", "100"], "{list:#}");
    assert_eq!(list[0]["subject"], "Sample Title 101");
    assert_eq!(list[1]["requester"]["name"], "Green Lantern");
    assert_eq!(list[1]["requester"]["tier"], "vip");
    assert_eq!(list[0]["sla"]["next_breach_at"], "2026-02-21T16:00:00Z");
    let searches = m.to("GET", "/api/v2/search/tickets");
    assert_eq!(searches.len(), 1, "the count's page is reused");
    assert_eq!(
        searches[0].q("query"),
        Some("\"status:2 OR status:3 OR status:6 OR status:7\"")
    );
    assert!(m.log().iter().all(|r| r.auth.as_deref() == Some(BASIC)));
    assert!(m.writes().is_empty());
}

#[tokio::test]
async fn tix_show_gives_the_ticket_its_conversation_and_customer() {
    let m = freshdesk();
    m.get("/api/v2/tickets/20", fixture!("ticket_20.json"));
    m.get(
        "/api/v2/tickets/20/conversations",
        fixture!("conversations_20.json"),
    );
    m.get("/api/v2/contacts/434", fixture!("contact_434.json"));
    m.get("/api/v2/companies/23", fixture!("company_23.json"));
    m.on(
        "GET",
        "/api/v2/tickets",
        &[("requester_id", "434")],
        vec![ok(fixture!("customer_tickets_434.json"))],
    );
    let t = run(&m, &["show", "20", "--json"], "").await.json();
    assert_eq!(t["id"], "20");
    assert_eq!(t["subject"], "Chat: account locked");
    let msgs = t["messages"].as_array().unwrap();
    let summary: Vec<(&str, bool)> = msgs
        .iter()
        .map(|m| (m["id"].as_str().unwrap(), m["public"].as_bool().unwrap()))
        .collect();
    assert_eq!(
        summary,
        [
            ("20-description", true),
            ("3", true),
            ("4", false),
            ("5", true)
        ],
        "the description first, the note internal"
    );
    assert_eq!(msgs[0]["body"], "I cannot log in since this morning.");
    assert_eq!(msgs[0]["author"], "Green Lantern");
    assert_eq!(msgs[1]["body"], "It still does not work.");
    assert_eq!(msgs[3]["body"], "We unlocked your account.");
    let c = &t["customer"];
    assert_eq!(c["name"], "Green Lantern");
    assert_eq!(c["organization"], "Super Nova");
    assert_eq!(c["tier"], "vip");
    assert_eq!(c["lifetime_tickets"], 3);
    assert!(m.writes().is_empty());
}

#[tokio::test]
async fn tix_reply_and_reply_note_send_one_write_each() {
    let m = freshdesk();
    m.get("/api/v2/tickets/20", fixture!("ticket_20.json"));
    m.on(
        "POST",
        "/api/v2/tickets/20/reply",
        &[],
        vec![reply(201, fixture!("reply_response.json"))],
    );
    m.on(
        "POST",
        "/api/v2/tickets/20/notes",
        &[],
        vec![reply(201, fixture!("note_response.json"))],
    );
    let out = run(&m, &["reply", "20"], "Unlocked <again>.\nSent with tix\n").await;
    assert!(out.success, "{}", out.stderr);
    assert!(out.stdout.starts_with("replied to #20"), "{}", out.stdout);
    let sent = m.writes();
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].path, "/api/v2/tickets/20/reply");
    assert_eq!(
        sent[0].json(),
        json!({"body": "Unlocked &lt;again&gt;.<br>Sent with tix"})
    );

    let out = run(&m, &["reply", "20", "--note"], "fraud rule hit\n").await;
    assert!(out.success, "{}", out.stderr);
    assert!(
        out.stdout.starts_with("note added to #20"),
        "{}",
        out.stdout
    );
    let sent = m.writes();
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert_eq!(sent[1].path, "/api/v2/tickets/20/notes");
    assert_eq!(
        sent[1].json(),
        json!({"body": "fraud rule hit", "private": true})
    );
}

#[tokio::test]
async fn tix_doctor_passes_and_names_a_refused_api_key() {
    let out = run(&freshdesk(), &["doctor"], "").await;
    assert!(out.success, "{}{}", out.stdout, out.stderr);
    assert!(!out.stdout.contains("FAIL"), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("OK   authentication: signed in as Clark Kent"),
        "{}",
        out.stdout
    );

    let m = Mock::default();
    for path in [
        "/api/v2/agents/me",
        "/api/v2/agents",
        "/api/v2/groups",
        "/api/v2/ticket_fields",
    ] {
        m.on(
            "GET",
            path,
            &[],
            vec![reply(401, fixture!("error_auth.json"))],
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
async fn the_accounts_statuses_come_from_the_status_fields_choices() {
    let m = freshdesk();
    m.get(
        "/api/v2/tickets/1",
        &recorded("freshdesk/003-get-tickets-1.json").to_string(),
    );
    m.on(
        "PUT",
        "/api/v2/tickets/1",
        &[],
        vec![ok(&recorded("freshdesk/012-put-tickets-1.json").to_string())],
    );
    let fd = client(&m).await;
    let v = fd.vocabulary().await.unwrap();
    let offered: Vec<(&str, &str, StatusCategory)> = v
        .statuses
        .iter()
        .map(|s| (s.raw.as_str(), s.label.as_str(), s.category))
        .collect();
    assert_eq!(
        offered,
        [
            ("2", "open", StatusCategory::Open),
            ("3", "pending", StatusCategory::Pending),
            ("4", "resolved", StatusCategory::Solved),
            ("5", "closed", StatusCategory::Closed),
            ("6", "Waiting on Customer", StatusCategory::Pending),
            ("7", "Waiting on Third Party", StatusCategory::Pending),
        ]
    );
    let labels: Vec<&str> = v.priorities.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["low", "medium", "high", "urgent"]);
    // A ticket as Freshdesk recorded it, named as the vocabulary names it.
    let t = fd.ticket(&Id::from(1)).await.unwrap();
    assert_eq!(v.statuses[v.status_of(&t.status).unwrap()], t.status);
    // The account's own status is written as its number.
    let wanted = v.status("waiting on third party").unwrap().raw.to_string();
    let patch = TicketPatch {
        status: Some(wanted.to_string()),
        ..TicketPatch::default()
    };
    fd.update(&Id::from(1), &patch).await.unwrap();
    let put = m.to("PUT", "/api/v2/tickets/1").pop().unwrap().json();
    assert_eq!(put["status"], 7, "{put}");
}

#[tokio::test]
async fn statuses_that_cannot_be_read_are_freshdesks_four() {
    let m = Mock::default();
    m.on("GET", "/api/v2/ticket_fields", &[], vec![reply(403, "{}")]);
    let fd = sanitized::Sanitized(client(&m).await);
    let v = fd.vocabulary().await.expect("never fails");
    let raws: Vec<&str> = v.statuses.iter().map(|s| s.raw.as_str()).collect();
    assert_eq!(raws, ["2", "3", "4", "5"]);
}

/// Freshdesk has no collision check of its own: with `expected`, the ticket is read first and a
/// ticket changed since is written nothing (best effort: the GET, then the write).
#[tokio::test]
async fn an_expected_write_reads_updated_at_first_and_sends_nothing_when_stale() {
    let m = freshdesk();
    m.get("/api/v2/tickets/20", fixture!("ticket_20.json"));
    m.on(
        "POST",
        "/api/v2/tickets/20/reply",
        &[],
        vec![reply(201, fixture!("reply_response.json"))],
    );
    m.on(
        "PUT",
        "/api/v2/tickets/20",
        &[],
        vec![ok(fixture!("ticket_update_response.json"))],
    );
    let fd = client(&m).await;
    let id = Id::from(20);
    let seen: Timestamp = "2026-03-17T12:30:00Z".parse().unwrap();
    let patch = |expected| TicketPatch {
        priority: Some("high".into()),
        message: Some(NewMessage {
            visibility: Visibility::Public,
            body: "On its way".into(),
        }),
        expected: Some(expected),
        ..TicketPatch::default()
    };

    let e = fd
        .update(&id, &patch(seen - jiff::SignedDuration::from_secs(60)))
        .await
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Conflict, "{e}");
    assert!(m.writes().is_empty(), "nothing written: {:?}", m.writes());
    assert_eq!(m.to("GET", "/api/v2/tickets/20").len(), 1);

    fd.update(&id, &patch(seen)).await.unwrap();
    let log = m.log();
    let get = log
        .iter()
        .rposition(|r| r.method == "GET" && r.path == "/api/v2/tickets/20" && r.query.is_empty())
        .expect("the check's GET");
    let put = log
        .iter()
        .position(|r| r.method == "PUT")
        .expect("the fields' PUT");
    assert!(get < put, "read before the write");
    assert_eq!(m.to("POST", "/api/v2/tickets/20/reply").len(), 1);
}

/// A contact's `language`, as a live Freshdesk records it, is the customer's locale.
#[tokio::test]
async fn a_customer_carries_the_contacts_language() {
    let m = freshdesk();
    m.get(
        "/api/v2/contacts/1",
        &recorded("freshdesk/006-get-contacts-1.json").to_string(),
    );
    let fd = client(&m).await;
    let c = fd.customer(&Id::from(1)).await.unwrap();
    assert_eq!(c.locale.as_deref(), Some("en"));
}
