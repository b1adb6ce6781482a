//! The RT adapter against a scripted RT (REST 2.0 shapes as RT 5.0.3 answers them, see
//! ../shared/reference/request-tracker.md): RT's own statuses, offered and shown in RT's words.
//! tests/rt_live.rs does the same against a real RT when one runs.

use serde_json::{Value, json};
use tix::config::Secret;
use tix::helpdesk::rt::{Rt, RtAuth};
use tix::helpdesk::*;

mod common;
use common::*;

fn rt_ticket(id: u64, status: &str) -> Value {
    json!({
        "id": id.to_string(), "type": "ticket", "Subject": format!("Ticket {id}"),
        "Status": status, "Priority": "25", "Created": "2026-11-23T10:54:58Z",
        "LastUpdated": "2026-11-23T10:54:59Z", "Due": "1970-01-01T00:00:00Z",
        "Queue": {"id": "1", "type": "queue", "Name": "General"},
        "Owner": {"id": "Nobody", "Name": "Nobody", "RealName": "Nobody in particular"},
        "Requestor": [{"id": "alice@example.com", "Name": "alice@example.com",
            "RealName": "Alice Example", "EmailAddress": "alice@example.com"}],
        "CustomFields": []
    })
}

fn page(items: Vec<Value>) -> String {
    let n = items.len();
    json!({"count": n, "page": 1, "per_page": 100, "pages": 1, "total": n, "items": items})
        .to_string()
}

/// The adapter, with a token, against the scripted RT.
async fn rt_on(m: &Mock) -> Rt {
    Rt::new(&m.start().await, RtAuth::Token(Secret::new("1-14-abc")))
}

/// The view's rows from its top, as many as `per_page` asks, and where it goes on.
async fn top_of(rt: &Rt, view: &str, per_page: usize) -> (Vec<Ticket>, Option<String>) {
    let mut rows = vec![];
    let next = load_pages(rt, &Id(view.into()), None, per_page, |page, _| {
        rows.extend_from_slice(page)
    })
    .await
    .unwrap();
    (rows, next)
}

#[tokio::test]
async fn rts_statuses_are_offered_shown_and_written_in_rts_words() {
    let m = Mock::default();
    m.get(
        "/REST/2.0/tickets",
        &page(vec![
            rt_ticket(1, "open"),
            rt_ticket(2, "stalled"),
            rt_ticket(3, "resolved"),
            rt_ticket(4, "rejected"),
        ]),
    );
    // Ticket 1 read alone, after the write: stalled.
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[("query", "id = 1")],
        vec![ok(&page(vec![rt_ticket(1, "stalled")]))],
    );
    // Its version: the ETag of a HEAD (the record itself is not read).
    m.on(
        "HEAD",
        "/REST/2.0/ticket/1",
        &[],
        vec![ok("").header("ETag", "\"48\"")],
    );
    m.on(
        "PUT",
        "/REST/2.0/ticket/1",
        &[],
        vec![ok(
            r#"["Ticket 1: Status changed from 'open' to 'stalled'"]"#,
        )],
    );
    let rt = rt_on(&m).await;

    let v = rt.vocabulary().await.unwrap();
    let offered: Vec<&str> = v.statuses.iter().map(|s| s.raw.as_str()).collect();
    assert_eq!(
        offered,
        ["new", "open", "stalled", "resolved", "rejected", "deleted"]
    );
    let tickets = rt
        .view_tickets(&Id("Status = '__Active__'".into()), None)
        .await
        .unwrap()
        .items;
    let shown: Vec<(&str, StatusCategory)> = tickets
        .iter()
        .map(|t| (t.status.label.as_str(), t.status.category))
        .collect();
    assert_eq!(
        shown,
        [
            ("open", StatusCategory::Open),
            ("stalled", StatusCategory::OnHold),
            ("resolved", StatusCategory::Solved),
            ("rejected", StatusCategory::Closed),
        ]
    );
    // Each ticket is one of the offered statuses, by its own word.
    for t in &tickets {
        assert_eq!(v.statuses[v.status_of(&t.status).unwrap()], t.status);
    }

    // A kind ("on hold") is RT's word when it is written, and RT's word comes back.
    let patch = TicketPatch {
        status: Some(v.status("on hold").unwrap().raw.to_string()),
        ..TicketPatch::default()
    };
    let after = rt.update(&Id::from(1), &patch).await.unwrap();
    let put = m.to("PUT", "/REST/2.0/ticket/1").pop().unwrap();
    assert_eq!(put.if_match.as_deref(), Some("\"48\""), "the version read");
    let put = put.json();
    assert_eq!(put["Status"], "stalled", "{put}");
    assert_eq!(
        (after.status.label.as_str(), after.status.category),
        ("stalled", StatusCategory::OnHold)
    );
}

#[tokio::test]
async fn a_snooze_set_on_rt_is_stalled_with_starts_at_the_wake_up_time() {
    let m = Mock::default();
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[("query", "id = 1")],
        vec![ok(&page(vec![rt_ticket(1, "stalled")]))],
    );
    m.on(
        "HEAD",
        "/REST/2.0/ticket/1",
        &[],
        vec![ok("").header("ETag", "\"48\"")],
    );
    m.on(
        "PUT",
        "/REST/2.0/ticket/1",
        &[],
        vec![ok(
            r#"["Ticket 1: Status changed from 'open' to 'stalled'"]"#,
        )],
    );
    let rt = rt_on(&m).await;
    let v = rt.vocabulary().await.unwrap();
    // 09:00 in Bucharest on Monday 7 Dec: RT keeps dates in UTC.
    let snooze = TicketPatch {
        status: Some(v.status("pending").unwrap().raw.to_string()),
        pending_until: Some("2026-12-07T07:00:00Z".parse().unwrap()),
        ..TicketPatch::default()
    };
    rt.update(&Id::from(1), &snooze).await.unwrap();
    let put = m.to("PUT", "/REST/2.0/ticket/1").pop().unwrap().json();
    assert_eq!(
        put,
        json!({"Status": "stalled", "Starts": "2026-12-07 07:00:00"})
    );
    // Without a wake-up time, no Starts.
    let plain = TicketPatch {
        status: Some("stalled".into()),
        ..TicketPatch::default()
    };
    rt.update(&Id::from(1), &plain).await.unwrap();
    let put = m.to("PUT", "/REST/2.0/ticket/1").pop().unwrap().json();
    assert_eq!(put, json!({"Status": "stalled"}));
}

/// A ticket as RT answers a view's page: only the fields tix asks for there.
fn listed(id: u64, priority: u64, due: &str, updated: &str) -> Value {
    json!({
        "id": id.to_string(), "type": "ticket", "_url": format!("http://rt/REST/2.0/ticket/{id}"),
        "Subject": format!("Ticket {id}"), "Status": "open", "Priority": priority.to_string(),
        "Created": "2026-11-20T10:00:00Z", "LastUpdated": updated, "Due": due,
        "Queue": {"id": "3", "type": "queue", "_url": "http://rt/REST/2.0/queue/3", "Name": "Support"},
        "Owner": {"id": "agent1", "type": "user", "_url": "http://rt/REST/2.0/user/agent1",
            "RealName": "Agent One"},
        "Requestor": [{"id": "alice@example.com", "type": "user",
            "_url": "http://rt/REST/2.0/user/alice@example.com", "RealName": "Alice Example",
            "EmailAddress": "alice@example.com", "Organization": "Acme Corp"}],
        "CustomFields": [{"id": "1", "type": "customfield", "name": "Channel", "values": ["Phone"]}]
    })
}

fn paged(items: Vec<Value>, page: u64, per_page: u64, total: u64) -> Reply {
    ok(&json!({
        "count": items.len(), "page": page, "per_page": per_page,
        "pages": total.div_ceil(per_page), "total": total, "items": items
    })
    .to_string())
}

/// The view's pages asked (not the count of its tickets without a running clock, asked with
/// the first).
fn pages_asked(m: &Mock) -> Vec<Req> {
    m.to("GET", "/REST/2.0/tickets")
        .into_iter()
        .filter(|r| r.q("fields").is_some())
        .collect()
}

const VIEW: &str = "Queue = 'Support' AND Status = '__Active__'";
const CLOCK: &str = "Due IS NOT NULL AND Status = '__Active__' AND Status != 'stalled'";
const STOPPED: &str = "( Due IS NULL OR Status = 'stalled' OR Status = '__Inactive__' )";

/// RT orders the view as the queue shows it and sends only the rows wanted: the tickets with a
/// running clock soonest due first (their own query: RT sorts an unset Due first), then the
/// others band by band; the first page is sized to what is wanted and the next one continues it.
#[tokio::test]
async fn a_view_comes_in_the_queues_order_a_screenful_at_a_time() {
    let m = Mock::default();
    let seg = |clause: &str| format!("( {VIEW} ) AND {clause}");
    let unset = "1970-01-01T00:00:00Z";
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[("query", &seg(CLOCK))],
        vec![paged(
            vec![
                listed(9, 10, "2026-11-23T11:00:00Z", "2026-11-20T10:00:00Z"),
                listed(4, 90, "2026-11-24T11:00:00Z", "2026-11-21T10:00:00Z"),
            ],
            1,
            20,
            2,
        )],
    );
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[("query", &seg(&format!("{STOPPED} AND Priority >= 75")))],
        vec![paged(vec![], 1, 20, 0)],
    );
    // 30 high-priority tickets without a clock, newest updated first: pages of 18, the rows
    // still wanted when the band's first page is asked.
    let high: Vec<Value> = (0..30)
        .map(|i| {
            listed(
                100 + i,
                60,
                unset,
                &format!("2026-11-22T10:{:02}:00Z", 59 - i),
            )
        })
        .collect();
    let band = seg(&format!("{STOPPED} AND Priority >= 50 AND Priority < 75"));
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[("query", &band), ("page", "1")],
        vec![paged(high[..18].to_vec(), 1, 18, 30)],
    );
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[("query", &band), ("page", "2")],
        vec![paged(high[18..].to_vec(), 2, 18, 30)],
    );
    // Asked with the first page: the tickets after the first segment, the 30 of the high band.
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[("query", &seg(STOPPED)), ("per_page", "1")],
        vec![paged(vec![], 1, 1, 30)],
    );
    let rt = rt_on(&m).await;
    let view = Id(VIEW.into());

    let mut top = vec![];
    let next = load_pages(&rt, &view, None, 20, |page, _| top.extend_from_slice(page))
        .await
        .unwrap();
    let ids: Vec<&str> = top.iter().map(|t| t.id.0.as_str()).collect();
    assert_eq!(
        &ids[..3],
        ["9", "4", "100"],
        "soonest due first, then the bands"
    );
    assert_eq!(
        top.len(),
        20,
        "two due, none urgent, the rest from the high band"
    );
    let mut sorted = top.clone();
    tix::sla::sort(&mut sorted);
    assert_eq!(sorted, top, "RT's order is the queue's");

    let asked = pages_asked(&m);
    let per_page: Vec<&str> = asked.iter().filter_map(|r| r.q("per_page")).collect();
    assert_eq!(
        per_page,
        ["20", "18", "18"],
        "no more than the screen wants"
    );
    let orders: Vec<Vec<&str>> = asked
        .iter()
        .map(|r| {
            r.query
                .iter()
                .filter(|(k, _)| k == "orderby" || k == "order")
                .map(|(_, v)| v.as_str())
                .collect()
        })
        .collect();
    assert_eq!(
        orders[0],
        [
            "Due",
            "ASC",
            "Priority",
            "DESC",
            "LastUpdated",
            "DESC",
            "id",
            "ASC"
        ]
    );
    assert_eq!(orders[1], ["LastUpdated", "DESC", "id", "ASC"]);

    // The next page continues the band where the first stopped, at the same size.
    let more = rt
        .view_page(&view, next.as_deref(), 1)
        .await
        .expect("the next page");
    let more_ids: Vec<&str> = more.items.iter().map(|t| t.id.0.as_str()).collect();
    assert_eq!(more_ids.first(), Some(&"118"));
    assert_eq!(more.items.len(), 12);
    let last = pages_asked(&m).pop().unwrap();
    assert_eq!(
        (last.q("page"), last.q("per_page")),
        (Some("2"), Some("18"))
    );
    // The high band held the 30 counted: the normal and low bands are not asked.
    assert_eq!(more.next, None);
    // RT's `total` (30 here) counts the band's search, not the view: the page says none.
    assert_eq!(more.total, None);
    for bad in [
        "zero",
        "2",
        "9.1.20",
        "1.0.20",
        "1.2.500",
        "0.1.20.x",
        "0.1.20.1.2",
    ] {
        let e = rt.view_page(&view, Some(bad), 20).await.unwrap_err();
        assert_eq!(e.kind, ErrorKind::Invalid, "{bad}");
    }
}

/// RT's answer to the tier search: the users asked about who have a Tier.
fn tiered(users: &[(&str, &str)]) -> Reply {
    let items: Vec<Value> = users
        .iter()
        .map(|(name, tier)| {
            json!({"id": name, "type": "user", "_url": format!("http://rt/REST/2.0/user/{name}"),
                "CustomFields": [{"id": "2", "type": "customfield", "name": "Tier",
                    "_url": "http://rt/REST/2.0/customfield/2", "values": [tier]}]})
        })
        .collect();
    paged(items, 1, 100, users.len() as u64)
}

/// A view's page asks RT for the fields the queue shows (its row, the open ticket's header, the
/// filter, the order) and no others, and those fill every one of them.
#[tokio::test]
async fn a_view_asks_only_for_the_fields_shown() {
    let m = Mock::default();
    m.otherwise(paged(vec![], 1, 20, 0));
    m.on(
        "GET",
        "/REST/2.0/users",
        &[],
        vec![tiered(&[("alice@example.com", "VIP")])],
    );
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[("query", &format!("( {VIEW} ) AND {CLOCK}"))],
        vec![paged(
            vec![listed(
                9,
                80,
                "2026-11-23T11:00:00Z",
                "2026-11-20T10:00:00Z",
            )],
            1,
            20,
            1,
        )],
    );
    let rt = rt_on(&m).await;
    let page = rt.view_page(&Id(VIEW.into()), None, 20).await.unwrap();
    let asked = pages_asked(&m).remove(0);
    let fields = |k: &str| -> Vec<String> {
        let mut v: Vec<String> = asked
            .q(k)
            .unwrap_or_default()
            .split(',')
            .filter(|f| !f.is_empty())
            .map(String::from)
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        fields("fields"),
        [
            "Created",
            "CustomFields",
            "Due",
            "LastUpdated",
            "Owner",
            "Priority",
            "Queue",
            "Requestor",
            "Status",
            "Subject"
        ]
    );
    // People by their real names (a reference's id is the login already); the requester's
    // address and organization for the filter. Not their custom fields: 350 bytes a row.
    assert_eq!(
        fields("fields[Requestor]"),
        ["EmailAddress", "Organization", "RealName"]
    );
    assert_eq!(fields("fields[Owner]"), ["RealName"]);
    assert_eq!(fields("fields[Queue]"), ["Name"]);
    let extra: Vec<&str> = asked
        .query
        .iter()
        .map(|(k, _)| k.as_str())
        .filter(|k| {
            k.starts_with("fields[")
                && !["fields[Requestor]", "fields[Owner]", "fields[Queue]"].contains(k)
        })
        .collect();
    assert!(extra.is_empty(), "{extra:?}");

    // What came back fills the row, the header and the filter.
    let t = &page.items[0];
    let r = t.requester.as_ref().unwrap();
    assert_eq!(
        (r.id.0.as_str(), r.name.as_str()),
        ("alice@example.com", "Alice Example")
    );
    assert_eq!(r.email.as_deref(), Some("alice@example.com"));
    assert_eq!(t.requester_tier, Some(Tier::Vip));
    assert_eq!(t.organization.as_deref(), Some("Acme Corp"));
    assert_eq!(
        t.assignee.as_ref().map(|a| a.name.as_str()),
        Some("Agent One")
    );
    assert_eq!(t.group.as_deref(), Some("Support"));
    assert_eq!(t.channel, Channel::Phone);
    assert_eq!(
        t.priority.as_ref().map(|p| p.label.as_str()),
        Some("urgent")
    );
    assert!(t.next_sla().is_some(), "the clock runs");

    // The tier came from one search for the page's requesters who have one.
    let searched = m.to("GET", "/REST/2.0/users");
    assert_eq!(searched.len(), 1);
    let query: Value = serde_json::from_str(searched[0].q("query").unwrap()).unwrap();
    assert_eq!(
        query,
        json!([
            {"field": "Name", "operator": "IN", "value": ["alice@example.com"]},
            {"field": "CustomField.{Tier}", "operator": "IS NOT", "value": "NULL"}
        ])
    );
    assert_eq!(searched[0].q("fields"), Some("CustomFields"));
}

/// A requester's tier is asked once: the next pages ask only about requesters not seen yet, and
/// one RT says nothing of (no Tier) is not asked about again. An RT that will not let the agent
/// search users leaves the rows without the mark, once, and the view still loads.
#[tokio::test]
async fn requesters_tiers_are_asked_once_and_their_absence_costs_only_the_mark() {
    let row = |id: u64, requester: &str| {
        let mut t = listed(id, 30, "1970-01-01T00:00:00Z", "2026-11-20T10:00:00Z");
        t["Requestor"][0]["id"] = json!(requester);
        t
    };
    let m = Mock::default();
    m.otherwise(paged(vec![], 1, 20, 0));
    m.on(
        "GET",
        "/REST/2.0/users",
        &[],
        vec![tiered(&[("vip@example.com", "VIP")]), tiered(&[])],
    );
    let low = format!("( {VIEW} ) AND {STOPPED} AND Priority >= 25 AND Priority < 50");
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[("query", &low)],
        vec![
            paged(
                vec![row(1, "vip@example.com"), row(2, "plain@example.com")],
                1,
                2,
                2,
            ),
            paged(
                vec![row(1, "vip@example.com"), row(3, "new@example.com")],
                1,
                2,
                2,
            ),
        ],
    );
    let rt = rt_on(&m).await;
    let view = Id(VIEW.into());
    let tiers = |p: &Page<Ticket>| -> Vec<Option<Tier>> {
        p.items.iter().map(|t| t.requester_tier).collect()
    };
    let first = rt.view_page(&view, Some("3.1.2"), 2).await.unwrap();
    assert_eq!(tiers(&first), [Some(Tier::Vip), None]);
    let again = rt.view_page(&view, Some("3.1.2"), 2).await.unwrap();
    assert_eq!(tiers(&again), [Some(Tier::Vip), None]);
    let asked: Vec<Value> = m
        .to("GET", "/REST/2.0/users")
        .iter()
        .map(|r| serde_json::from_str::<Value>(r.q("query").unwrap()).unwrap()[0]["value"].clone())
        .collect();
    assert_eq!(
        asked,
        [
            json!(["vip@example.com", "plain@example.com"]),
            json!(["new@example.com"])
        ]
    );

    // Refused: the rows come without the mark, and RT is not asked on every page.
    let m = Mock::default();
    m.otherwise(paged(vec![], 1, 20, 0));
    m.on(
        "GET",
        "/REST/2.0/users",
        &[],
        vec![reply(403, r#"{"message":"Forbidden"}"#)],
    );
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[("query", &low)],
        vec![
            paged(vec![row(1, "vip@example.com")], 1, 1, 1),
            paged(vec![row(3, "new@example.com")], 1, 1, 1),
        ],
    );
    let rt = rt_on(&m).await;
    let first = rt.view_page(&view, Some("3.1.1"), 1).await.unwrap();
    assert_eq!(tiers(&first), [None]);
    let next = rt.view_page(&view, Some("3.1.1"), 1).await.unwrap();
    assert_eq!(next.items.len(), 1);
    assert_eq!(m.to("GET", "/REST/2.0/users").len(), 1);
}

/// RT with `expected`: the ticket is read (LastUpdated, whole seconds, and its ETag), a ticket
/// changed since is written nothing, and the PUT carries If-Match from that read, so that a
/// change slipping in between is refused by RT itself (412, a Conflict).
#[tokio::test]
async fn an_expected_write_checks_last_updated_then_puts_with_if_match() {
    let m = Mock::default();
    // LastUpdated 10:54:59, newest transaction 51.
    m.on(
        "GET",
        "/REST/2.0/ticket/1",
        &[],
        vec![ok(&rt_ticket(1, "open").to_string()).header("ETag", "\"51\"")],
    );
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[("query", "id = 1")],
        vec![ok(&page(vec![rt_ticket(1, "stalled")]))],
    );
    m.on(
        "PUT",
        "/REST/2.0/ticket/1",
        &[],
        vec![
            reply(412, r#"{"message":"Precondition Failed"}"#),
            ok(r#"["Ticket 1: Status changed from 'open' to 'stalled'"]"#),
        ],
    );
    m.on(
        "POST",
        "/REST/2.0/ticket/1/comment",
        &[],
        vec![reply(201, r#"["Comments added"]"#)],
    );
    let rt = rt_on(&m).await;
    let seen: Timestamp = "2026-11-23T10:54:59Z".parse().unwrap();
    let stalled = |expected| TicketPatch {
        status: Some("stalled".into()),
        expected: Some(expected),
        ..TicketPatch::default()
    };
    let note = |expected| TicketPatch {
        message: Some(NewMessage {
            visibility: Visibility::Internal,
            body: "checked the logs".into(),
        }),
        expected: Some(expected),
        ..TicketPatch::default()
    };

    // Changed a second after the agent saw it: nothing is written, field or message.
    let older = seen - jiff::SignedDuration::from_secs(1);
    let e = rt.update(&Id::from(1), &stalled(older)).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Conflict, "{e}");
    let e = rt.update(&Id::from(1), &note(older)).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Conflict, "{e}");
    assert!(m.writes().is_empty(), "{:?}", m.writes());

    // Unchanged by LastUpdated, but a transaction lands before the PUT: RT's 412 is a Conflict.
    let e = rt.update(&Id::from(1), &stalled(seen)).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Conflict, "{e}");
    let puts = m.to("PUT", "/REST/2.0/ticket/1");
    assert_eq!(puts.len(), 1);
    assert_eq!(puts[0].if_match.as_deref(), Some("\"51\""), "the tag read");

    rt.update(&Id::from(1), &stalled(seen)).await.unwrap();
    assert_eq!(m.to("PUT", "/REST/2.0/ticket/1").len(), 2);

    // A note: checked just before it is posted (RT may not honour If-Match there).
    let before = m.log().len();
    rt.update(&Id::from(1), &note(seen)).await.unwrap();
    let log = &m.log()[before..];
    let get = log
        .iter()
        .position(|r| r.method == "GET" && r.path == "/REST/2.0/ticket/1")
        .expect("the check's GET");
    let post = log
        .iter()
        .position(|r| r.method == "POST")
        .expect("the comment");
    assert!(get < post, "read before the write");
}

fn owned(id: u64, owner: &str, real_name: &str) -> Value {
    json!({
        "id": id.to_string(), "type": "ticket", "_url": format!("http://rt/REST/2.0/ticket/{id}"),
        "Owner": {"id": owner, "type": "user", "_url": format!("http://rt/REST/2.0/user/{owner}"),
            "RealName": real_name, "EmailAddress": format!("{owner}@example.com")}
    })
}

/// RT 5.0 cannot list the Privileged group to tix, so the agents are the ticket owners: a
/// small page of recently owned tickets with only the owner's name and address, then another
/// without the owners found, until no one new comes; the signed-in agent is read once for
/// `me` and the list both (not 100 tickets with every owner's record).
#[tokio::test]
async fn the_agents_are_found_as_owners_a_few_tickets_at_a_time() {
    let m = Mock::default();
    // No Privileged group in sight (RT 5.0.3 answers so).
    m.get("/REST/2.0/groups", &page(vec![]));
    m.get(
        "/REST/2.0/user/14",
        &json!({"id": "14", "Name": "root", "RealName": "Enoch Root",
            "EmailAddress": "root@example.com", "Disabled": "0"})
        .to_string(),
    );
    let base = "Owner != 'Nobody' AND Owner != 'RT_System'";
    // A full page: agent1 and agent2 (and root again, who is already known).
    let first: Vec<Value> = (0..10)
        .map(|i| match i % 3 {
            0 => owned(100 + i, "agent1", "Agent One"),
            1 => owned(100 + i, "agent2", "Agent Two"),
            _ => owned(100 + i, "root", "Enoch Root"),
        })
        .collect();
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[("query", base)],
        vec![paged(first, 1, 10, 40)],
    );
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[(
            "query",
            &format!("{base} AND Owner != 'agent1' AND Owner != 'agent2' AND Owner != 'root'"),
        )],
        vec![paged(vec![owned(7, "o'brien", "Pat O'Brien")], 1, 10, 1)],
    );
    let rt = rt_on(&m).await;

    let me = rt.me().await.unwrap();
    let agents = rt.agents().await.unwrap();
    let ids: Vec<&str> = agents.iter().map(|a| a.id.0.as_str()).collect();
    assert_eq!(ids, ["agent1", "agent2", "root", "o'brien"]);
    assert_eq!(agents[2], me);
    assert_eq!(agents[0].name, "Agent One");
    assert_eq!(agents[0].email.as_deref(), Some("agent1@example.com"));

    let asked = m.to("GET", "/REST/2.0/tickets");
    assert_eq!(asked.len(), 2, "a short page ends the rounds");
    for r in &asked {
        assert_eq!(r.q("fields"), Some("Owner"));
        assert_eq!(r.q("fields[Owner]"), Some("RealName,EmailAddress"));
        assert_eq!(r.q("per_page"), Some("10"));
        assert_eq!(
            (r.q("orderby"), r.q("order")),
            (Some("LastUpdated"), Some("DESC"))
        );
    }
    assert_eq!(m.to("GET", "/REST/2.0/user/14").len(), 1, "me is read once");
}

fn article(id: u64, name: &str, content: Option<&str>) -> Value {
    let cfs: Vec<Value> = content
        .map(|c| {
            json!({"id": "1", "type": "customfield", "_url": "http://rt/REST/2.0/customfield/1",
                "name": "Content", "values": [c]})
        })
        .into_iter()
        .collect();
    json!({"id": id.to_string(), "type": "article",
        "_url": format!("http://rt/REST/2.0/article/{id}"), "Name": name, "CustomFields": cfs})
}

fn articles_query(class: Option<u64>) -> String {
    let mut q = vec![json!({"field": "Disabled", "value": 0})];
    if let Some(c) = class {
        q.push(json!({"field": "Class", "value": c}));
    }
    Value::Array(q).to_string()
}

/// RT's articles are the canned responses, their class the folder: read a class at a time, so
/// that no article carries a reference to its class (a sixth of its bytes), with a count beside
/// that says they are all; where the classes cannot be read, one query for every article.
#[tokio::test]
async fn canned_responses_are_read_a_class_at_a_time() {
    let m = Mock::default();
    m.get(
        "/REST/2.0/classes/all",
        &page(vec![
            json!({"id": "1", "type": "class", "Name": "General"}),
            json!({"id": "2", "type": "class", "Name": "Billing"}),
        ]),
    );
    m.on(
        "GET",
        "/REST/2.0/articles",
        &[("query", &articles_query(Some(1)))],
        vec![ok(&page(vec![article(
            1,
            "Password reset",
            Some("Hello {{ticket.requester.first_name}}"),
        )]))],
    );
    m.on(
        "GET",
        "/REST/2.0/articles",
        &[("query", &articles_query(Some(2)))],
        vec![ok(&page(vec![
            article(7, "Refund", Some("Refunded within 10 days.")),
            article(8, "Draft without text", None),
        ]))],
    );
    m.on(
        "GET",
        "/REST/2.0/articles",
        &[("query", &articles_query(None)), ("per_page", "1")],
        vec![paged(vec![], 1, 1, 3)],
    );
    let rt = rt_on(&m).await;
    let canned = rt.canned_responses().await.unwrap();
    let shown: Vec<(&str, Option<&str>, &str)> = canned
        .iter()
        .map(|c| (c.title.as_str(), c.folder.as_deref(), c.body.as_str()))
        .collect();
    assert_eq!(
        shown,
        [
            (
                "Password reset",
                Some("General"),
                "Hello {{ticket.requester.first_name}}"
            ),
            ("Refund", Some("Billing"), "Refunded within 10 days."),
        ]
    );
    let asked = m.to("GET", "/REST/2.0/articles");
    assert_eq!(asked.len(), 3, "two classes and the count");
    for r in asked.iter().filter(|r| r.q("per_page") != Some("1")) {
        assert_eq!(r.q("fields"), Some("Name,CustomFields"), "{:?}", r.query);
    }

    // No classes in sight: every article in one query, with its class, and no folders.
    let m = Mock::default();
    m.on("GET", "/REST/2.0/classes/all", &[], vec![reply(403, "{}")]);
    m.on(
        "GET",
        "/REST/2.0/articles",
        &[("query", &articles_query(None))],
        vec![ok(&page(vec![article(1, "Password reset", Some("Hello"))]))],
    );
    let rt = rt_on(&m).await;
    let canned = rt.canned_responses().await.unwrap();
    assert_eq!((canned.len(), canned[0].folder.as_deref()), (1, None));
    let asked = m.to("GET", "/REST/2.0/articles");
    assert_eq!(asked.len(), 1);
    assert_eq!(asked[0].q("fields"), Some("Name,Class,CustomFields"));
}

/// An RT user's `Lang` (their language in RT's preferences) is the customer's locale.
#[tokio::test]
async fn a_customer_carries_the_users_lang() {
    let m = Mock::default();
    m.get(
        "/REST/2.0/user/42",
        &json!({"id": 42, "Name": "ana@example.ro", "RealName": "Ana Popescu",
                "EmailAddress": "ana@example.ro", "Lang": "ro"})
        .to_string(),
    );
    let rt = rt_on(&m).await;
    let c = rt.customer(&Id::from(42)).await.unwrap();
    assert_eq!(c.locale.as_deref(), Some("ro"));
    assert_eq!(c.name, "Ana Popescu");
}

/// A requester named by login is looked up with the fields tix reads, `Lang` among them (RT
/// answers only the fields asked for).
#[tokio::test]
async fn a_customer_found_by_name_carries_the_users_lang() {
    let m = Mock::default();
    m.get(
        "/REST/2.0/users",
        &page(vec![json!({"id": 42, "Name": "ana@example.ro",
                           "RealName": "Ana Popescu", "Lang": "ro"})]),
    );
    let rt = rt_on(&m).await;
    let c = rt.customer(&Id("ana@example.ro".into())).await.unwrap();
    assert_eq!(c.locale.as_deref(), Some("ro"));
    let asked = m.to("GET", "/REST/2.0/users");
    let fields = asked[0].q("fields").unwrap_or_default();
    assert!(fields.split(',').any(|f| f == "Lang"), "{fields}");
}

/// A queue's view (one of those `views` makes) asks no queue of its rows: each is the view's
/// queue (180 bytes a row in REST 2.0). Any other view asks for it.
#[tokio::test]
async fn a_queues_view_asks_its_rows_no_queue() {
    let m = Mock::default();
    m.otherwise(paged(vec![], 1, 20, 0));
    m.get(
        "/REST/2.0/queues/all",
        &page(vec![
            json!({"id": "3", "type": "queue", "Name": "Support", "Disabled": "0"}),
        ]),
    );
    m.on(
        "GET",
        "/REST/2.0/users",
        &[],
        vec![tiered(&[("alice@example.com", "VIP")])],
    );
    let mut row = listed(9, 80, "2026-11-23T11:00:00Z", "2026-11-20T10:00:00Z");
    row.as_object_mut().unwrap().remove("Queue");
    for view in [VIEW, "Status = '__Active__'"] {
        m.on(
            "GET",
            "/REST/2.0/tickets",
            &[("query", &format!("( {view} ) AND {CLOCK}"))],
            vec![paged(vec![row.clone()], 1, 20, 1)],
        );
    }
    let rt = rt_on(&m).await;
    let views = rt.views().await.unwrap();
    let support = views
        .iter()
        .find(|v| v.id.0 == VIEW)
        .expect("the queue's view");

    let p = rt.view_page(&support.id, None, 20).await.unwrap();
    assert_eq!(p.items[0].group.as_deref(), Some("Support"));
    let asked = pages_asked(&m).remove(0);
    let fields = asked.q("fields").unwrap();
    assert!(!fields.split(',').any(|f| f == "Queue"), "{fields}");
    assert_eq!(asked.q("fields[Queue]"), None);

    // "All open tickets" spans queues: the queue is asked (and this row has none).
    let all = Id("Status = '__Active__'".into());
    let p = rt.view_page(&all, None, 20).await.unwrap();
    assert_eq!(p.items[0].group, None);
    let asked = pages_asked(&m).pop().unwrap();
    assert!(asked.q("fields").unwrap().split(',').any(|f| f == "Queue"));
}

/// An empty view is two requests, its first segment's page and the count of the rest, not one
/// per segment (five); a count RT does not answer only costs that: every segment is asked.
#[tokio::test]
async fn an_empty_view_asks_no_empty_segments() {
    for count_answers in [true, false] {
        let m = Mock::default();
        m.otherwise(paged(vec![], 1, 20, 0));
        if !count_answers {
            m.on(
                "GET",
                "/REST/2.0/tickets",
                &[
                    ("query", &format!("( {VIEW} ) AND {STOPPED}")),
                    ("per_page", "1"),
                ],
                vec![reply(500, r#"{"message":"Internal Server Error"}"#)],
            );
        }
        let rt = rt_on(&m).await;
        let (rows, next) = top_of(&rt, VIEW, 42).await;
        assert!(rows.is_empty());
        assert_eq!(next, None);
        let segments = pages_asked(&m).len();
        assert_eq!(
            segments,
            if count_answers { 1 } else { 5 },
            "{count_answers}"
        );
    }
}

/// A view asked for by name (`tix ls --view NAME`) is looked for among the built-in and queue
/// views first: the saved searches, with their TicketSQL, are read only for a name none of
/// those has.
#[tokio::test]
async fn a_view_by_name_reads_the_saved_searches_only_when_needed() {
    let m = Mock::default();
    m.get(
        "/REST/2.0/queues/all",
        &page(vec![
            json!({"id": "3", "type": "queue", "Name": "Support", "Disabled": "0"}),
        ]),
    );
    m.get(
        "/REST/2.0/searches",
        &page(vec![
            json!({"id": "5", "type": "search", "Name": "SavedSearch",
            "Description": "Acme Corp tickets",
            "Content": {"Query": "Requestor.Organization = 'Acme Corp'", "SearchType": "Ticket"}}),
        ]),
    );
    let rt = rt_on(&m).await;
    let v = rt
        .view_named("support — OPEN tickets")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(v.id.0, VIEW);
    assert!(m.to("GET", "/REST/2.0/searches").is_empty());
    let v = rt
        .view_named("Saved: Acme Corp tickets")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(v.id.0, "Requestor.Organization = 'Acme Corp'");
    assert_eq!(m.to("GET", "/REST/2.0/searches").len(), 1);
    assert_eq!(rt.view_named("nothing of the kind").await.unwrap(), None);
}

/// A view whose tickets without a running clock fit in the page wanted (the count asked with
/// the first page says so) gets them in one query, not a query per priority band, and puts them
/// in the queue's order itself: band by band, newest updated first.
#[tokio::test]
async fn a_small_views_bands_come_in_one_query() {
    let m = Mock::default();
    m.otherwise(paged(vec![], 1, 20, 0));
    let unset = "1970-01-01T00:00:00Z";
    let rest = vec![
        // As RT may send them: not in band order.
        listed(5, 10, unset, "2026-11-22T10:05:00Z"),
        listed(6, 80, unset, "2026-11-22T10:01:00Z"),
        listed(7, 10, unset, "2026-11-22T10:09:00Z"),
        listed(8, 99, unset, "2026-11-22T10:03:00Z"),
        listed(9, 30, unset, "2026-11-22T10:00:00Z"),
    ];
    let stopped = format!("( {VIEW} ) AND {STOPPED}");
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[("query", &stopped), ("per_page", "1")],
        vec![paged(vec![], 1, 1, 5)],
    );
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[("query", &stopped), ("per_page", "5")],
        vec![paged(rest, 1, 5, 5)],
    );
    let rt = rt_on(&m).await;
    let (rows, next) = top_of(&rt, VIEW, 20).await;
    assert_eq!(next, None);
    let ids: Vec<&str> = rows.iter().map(|t| t.id.0.as_str()).collect();
    assert_eq!(ids, ["8", "6", "9", "7", "5"]);
    let mut sorted = rows.clone();
    tix::sla::sort(&mut sorted);
    assert_eq!(sorted, rows, "the queue's order");
    // The first segment's page, then the rest at once.
    assert_eq!(pages_asked(&m).len(), 2);
}

/// A ticket and its conversation read at once (as `tix show` reads them) share one read of its
/// version, asked before either; a read that starts later asks its own.
#[tokio::test]
async fn reads_at_once_share_one_read_of_the_version() {
    let m = Mock::default();
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[("query", "id = 1")],
        vec![ok(&page(vec![rt_ticket(1, "open")]))],
    );
    m.on(
        "HEAD",
        "/REST/2.0/ticket/1",
        &[],
        vec![ok("").header("ETag", "\"48\"")],
    );
    m.get("/REST/2.0/ticket/1/history", &page(vec![]));
    let rt = rt_on(&m).await;
    let id = Id::from(1);
    let (ticket, messages) = tokio::join!(rt.ticket(&id), rt.messages(&id));
    assert_eq!(ticket.unwrap().subject, "Ticket 1");
    assert!(messages.unwrap().is_empty());
    assert_eq!(m.to("HEAD", "/REST/2.0/ticket/1").len(), 1, "one for both");
    rt.messages(&id).await.unwrap();
    assert_eq!(
        m.to("HEAD", "/REST/2.0/ticket/1").len(),
        2,
        "a later read, its own"
    );
}

/// A refresh asks RT for the tickets updated since the last sync, relative to RT's clock (a
/// date in TicketSQL is read in the RT user's zone), in any queue, with a row's fields; more
/// than a page of them, and the view is listed again instead.
#[tokio::test]
async fn a_refresh_asks_only_what_changed_since_the_last_sync() {
    let m = Mock::default();
    m.on(
        "GET",
        "/REST/2.0/users",
        &[],
        vec![tiered(&[("alice@example.com", "VIP")])],
    );
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[],
        vec![
            paged(
                vec![listed(
                    7,
                    50,
                    "1970-01-01T00:00:00Z",
                    "2026-12-03T19:59:30Z",
                )],
                1,
                100,
                1,
            ),
            paged(
                (1..=100)
                    .map(|n| listed(n, 50, "1970-01-01T00:00:00Z", "2026-12-03T19:59:30Z"))
                    .collect(),
                1,
                100,
                130,
            ),
        ],
    );
    let rt = rt_on(&m).await;
    assert!(rt.capabilities().changes_since);
    let since = jiff::Timestamp::now() - jiff::SignedDuration::from_secs(65);
    let changed = rt.changed_since(since).await.unwrap().expect("the changes");
    assert_eq!(changed.len(), 1);
    let t = &changed[0];
    assert_eq!((t.id.0.as_ref(), t.subject.as_ref()), ("7", "Ticket 7"));
    assert_eq!(t.requester.as_ref().unwrap().name.as_ref(), "Alice Example");
    assert_eq!(t.requester_tier, Some(Tier::Vip));
    let asked = m.to("GET", "/REST/2.0/tickets");
    let sql = asked[0].q("query").unwrap().to_string();
    let secs: u64 = sql
        .strip_prefix("LastUpdated > '-")
        .and_then(|s| s.strip_suffix(" seconds'"))
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("asked {sql:?}"));
    assert!((66..=76).contains(&secs), "asked {sql:?}");
    assert_eq!(asked[0].q("orderby"), Some("LastUpdated"));
    assert!(asked[0].q("fields").unwrap().contains("Subject"));
    // 130 changed: RT would page them; the view is listed again.
    assert!(rt.changed_since(since).await.unwrap().is_none());
}

/// The customer panel's customer and as many of their tickets as it shows, asked at once: the
/// page's total is their ticket count, so no count is asked apart.
#[tokio::test]
async fn a_customers_tickets_are_a_panels_worth_and_their_total_the_count() {
    let m = Mock::default();
    m.get(
        "/REST/2.0/users",
        &page(vec![json!({"id": "ana@example.ro", "type": "user",
            "Name": "ana@example.ro", "RealName": "Ana Popescu",
            "EmailAddress": "ana@example.ro", "Lang": "ro"})]),
    );
    let row = |id: u64| {
        json!({"id": id.to_string(), "type": "ticket", "Subject": format!("Ticket {id}"),
            "Status": "open", "LastUpdated": "2026-12-03T10:00:00Z"})
    };
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[],
        vec![paged((1..=12).map(row).collect(), 1, 12, 30)],
    );
    let rt = rt_on(&m).await;
    let (c, tickets) = rt
        .customer_with_tickets(&Id::from("ana@example.ro"), 12)
        .await
        .unwrap();
    assert_eq!(c.name, "Ana Popescu");
    assert_eq!(c.lifetime_tickets, Some(30));
    assert!(c.missing.is_empty());
    assert_eq!(tickets.len(), 12);
    assert_eq!(tickets[0].subject.as_ref(), "Ticket 1");
    let asked = m.to("GET", "/REST/2.0/tickets");
    assert_eq!(asked.len(), 1, "one page, no count apart");
    assert_eq!(
        asked[0].q("query"),
        Some("Requestor.Name = 'ana@example.ro'")
    );
    assert_eq!(asked[0].q("per_page"), Some("12"));
    assert_eq!(asked[0].q("fields"), Some("Subject,Status,LastUpdated"));
    assert_eq!(asked[0].q("orderby"), Some("Created"));
}

/// Whether a view holds tickets a refresh found changed: one search for their ids within the
/// view's TicketSQL, no fields; none asked about, no request; more than a page, no answer.
#[tokio::test]
async fn which_changed_tickets_a_view_holds_is_one_search_of_their_ids() {
    let m = Mock::default();
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[],
        vec![paged(
            vec![json!({"id": "9", "type": "ticket", "_url": "http://rt/REST/2.0/ticket/9"})],
            1,
            2,
            1,
        )],
    );
    let rt = rt_on(&m).await;
    let view = Id(VIEW.into());
    let held = rt
        .view_holds(&view, &[Id::from(5), Id::from(9)])
        .await
        .unwrap();
    assert_eq!(held, Some(vec![Id::from(9)]));
    let asked = m.to("GET", "/REST/2.0/tickets");
    assert_eq!(
        asked[0].q("query"),
        Some(format!("( {VIEW} ) AND ( id = 5 OR id = 9 )").as_str())
    );
    assert_eq!(asked[0].q("per_page"), Some("2"));
    assert_eq!(asked[0].q("fields"), None);
    assert_eq!(rt.view_holds(&view, &[]).await.unwrap(), Some(vec![]));
    let many: Vec<Id> = (1..=101).map(Id::from).collect();
    assert_eq!(rt.view_holds(&view, &many).await.unwrap(), None);
    assert_eq!(m.to("GET", "/REST/2.0/tickets").len(), 1);
}

/// For the workspace a reply comes back with the message it added: RT's newest message, asked
/// as one history row and its parts, taken only when it holds the text sent (else none, and the
/// conversation is read again); the command line's write asks nothing of it.
#[tokio::test]
async fn a_reply_shown_reads_back_only_its_own_message() {
    let m = Mock::default();
    m.on(
        "GET",
        "/REST/2.0/ticket/1",
        &[],
        vec![ok(&rt_ticket(1, "open").to_string()).header("ETag", "\"60\"")],
    );
    m.on(
        "GET",
        "/REST/2.0/tickets",
        &[("query", "id = 1")],
        vec![ok(&page(vec![rt_ticket(1, "open")]))],
    );
    m.on(
        "POST",
        "/REST/2.0/ticket/1/correspond",
        &[],
        vec![reply(201, r#"["Correspondence added"]"#)],
    );
    let txn = json!({"id": "60", "type": "transaction", "Type": "Correspond",
        "Created": "2026-12-03T10:00:00Z",
        "Creator": {"id": "root", "type": "user", "RealName": "Enoch Root"}});
    m.on(
        "GET",
        "/REST/2.0/ticket/1/history",
        &[("per_page", "1")],
        vec![ok(&page(vec![txn]))],
    );
    let part = json!({"id": "30", "type": "attachment", "TransactionId": "60",
        "ContentType": "text/plain", "Filename": "", "ContentLength": 20});
    let body = |text: &str| json!({"id": "30", "type": "attachment", "TransactionId": "60", "Content": text});
    m.on(
        "GET",
        "/REST/2.0/ticket/1/attachments",
        &[("fields", "TransactionId,ContentType,Filename,ContentLength")],
        vec![ok(&page(vec![part]))],
    );
    m.on(
        "GET",
        "/REST/2.0/ticket/1/attachments",
        &[("fields", "TransactionId,Content")],
        vec![
            ok(&page(vec![body("On its way today.")])),
            ok(&page(vec![body("Someone else's words.")])),
        ],
    );
    let rt = rt_on(&m).await;
    let reply_with = |text: &str| TicketPatch {
        message: Some(NewMessage {
            visibility: Visibility::Public,
            body: text.into(),
        }),
        ..TicketPatch::default()
    };
    let w = rt
        .write_shown(&Id::from(1), &reply_with("On its way today."))
        .await
        .unwrap();
    let posted = w.message.expect("the message added");
    assert_eq!(posted.body, "On its way today.");
    assert_eq!(posted.id, Id::from("60"));
    assert_eq!(posted.author.unwrap().name.as_ref(), "Enoch Root");
    // The newest message is not the text sent: none, the conversation is read again.
    let w = rt
        .write_shown(&Id::from(1), &reply_with("On its way today."))
        .await
        .unwrap();
    assert!(w.message.is_none());
    let asked = m.to("GET", "/REST/2.0/ticket/1/history").len();
    assert_eq!(asked, 2);
    let w = rt
        .write(&Id::from(1), &reply_with("On its way today."))
        .await
        .unwrap();
    assert!(w.message.is_none());
    assert_eq!(m.to("GET", "/REST/2.0/ticket/1/history").len(), asked);
}
