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
    m.on(
        "GET",
        "/REST/2.0/ticket/1",
        &[],
        vec![ok(&json!({"id": 1, "Status": "open"}).to_string()).header("ETag", "\"48\"")],
    );
    m.on(
        "PUT",
        "/REST/2.0/ticket/1",
        &[],
        vec![ok(
            r#"["Ticket 1: Status changed from 'open' to 'stalled'"]"#,
        )],
    );
    let rt = Rt::new(&m.start().await, RtAuth::Token(Secret::new("1-14-abc")));

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
        status: Some(v.status("on hold").unwrap().raw.clone()),
        ..TicketPatch::default()
    };
    let after = rt.update(&Id::from(1), &patch).await.unwrap();
    let put = m.to("PUT", "/REST/2.0/ticket/1").pop().unwrap().json();
    assert_eq!(put["Status"], "stalled", "{put}");
    assert_eq!(
        (after.status.label.as_str(), after.status.category),
        ("stalled", StatusCategory::OnHold)
    );
}
