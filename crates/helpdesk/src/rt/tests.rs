//! The adapter's unit tests: error bodies, statuses, priorities, search text, tokens, tickets,
//! tiers.

use super::read::changed_sql;
use super::*;
use std::time::Duration;

#[test]
fn errors_become_one_line() {
    let body = br#"{"message":"Wrong query, expecting a AGGREGATOR in 'x'\n at /usr/share/request-tracker5/lib/RT/Tickets.pm line 3187.\n"}"#;
    assert_eq!(
        describe_error(StatusCode::BAD_REQUEST, body),
        "Wrong query, expecting a AGGREGATOR in 'x', HTTP 400"
    );
    let body = br#"{"message":"No permission to create tickets in the queue 'Nope'"}"#;
    assert_eq!(
        describe_error(StatusCode::FORBIDDEN, body),
        "No permission to create tickets in the queue 'Nope', HTTP 403"
    );
    assert!(describe_error(StatusCode::PRECONDITION_FAILED, b"{}").contains("reload"));
    assert_eq!(
        describe_error(StatusCode::BAD_GATEWAY, b"<html>"),
        "HTTP 502"
    );
}

#[test]
fn statuses_map_both_ways() {
    let kind = |s, after: Option<u64>| {
        rest::error_of(s, after.map(Duration::from_secs), b"{}", &DIALECT).kind
    };
    assert_eq!(
        kind(StatusCode::SERVICE_UNAVAILABLE, Some(5)),
        ErrorKind::RateLimited
    );
    assert_eq!(
        kind(StatusCode::SERVICE_UNAVAILABLE, None),
        ErrorKind::Server
    );
    assert_eq!(
        kind(StatusCode::PRECONDITION_FAILED, None),
        ErrorKind::Conflict
    );
    assert_eq!(kind(StatusCode::GONE, None), ErrorKind::NotFound);
    assert_eq!(status_of("stalled").category, StatusCategory::OnHold);
    assert_eq!(status_of("rejected").category, StatusCategory::Closed);
    assert_eq!(status_of("resolved").category, StatusCategory::Solved);
    assert_eq!(status_of("triage").category, StatusCategory::Other);
    // tix's words reach RT as RT's own, through the vocabulary.
    let v = rt_vocabulary();
    assert_eq!(v.status("pending").unwrap().raw, "stalled");
    assert_eq!(v.status("hold").unwrap().raw, "stalled");
    assert_eq!(v.status("solved").unwrap().raw, "resolved");
    assert_eq!(v.status("Open").unwrap().raw, "open");
    assert_eq!(v.priority("high").unwrap().raw, "50");
}

#[test]
fn priorities_are_banded() {
    let p = |s: &str| priority_of(s).unwrap();
    assert_eq!(p("0").level, Some(PriorityLevel::Low));
    assert_eq!(p("24").label, "low");
    assert_eq!(p("25").level, Some(PriorityLevel::Normal));
    assert_eq!(p("50").label, "high");
    assert_eq!(p("99").rank, 4);
    assert_eq!(p("x").level, None);
    assert!(priority_of("").is_none());
    for word in ["low", "normal", "high", "urgent"] {
        assert_eq!(p(&rt_priority(word).unwrap().to_string()).label, word);
    }
    assert_eq!(rt_priority("70").unwrap(), 70);
    assert_eq!(rt_priority("asap").unwrap_err().kind, ErrorKind::Invalid);
}

#[test]
fn search_text_becomes_ticketsql() {
    assert_eq!(search_sql("  "), None);
    assert_eq!(
        search_sql("it's").unwrap(),
        r"( Subject LIKE 'it\'s' OR Content LIKE 'it\'s' )"
    );
    assert_eq!(
        search_sql("#42").unwrap(),
        "id = 42 OR ( Subject LIKE '#42' OR Content LIKE '#42' )"
    );
    assert!(
        search_sql("bob@example.net refund")
            .unwrap()
            .contains("Requestor.EmailAddress LIKE 'bob@example.net' )")
    );
    assert_eq!(
        requestor_clause(&Id("o'neil@x".into())),
        r"Requestor.Name = 'o\'neil@x'"
    );
    assert_eq!(requestor_clause(&Id("33".into())), "Requestor.id = 33");
}

#[test]
fn tokens_name_their_user() {
    assert_eq!(
        token_user("1-14-24b8764c715fbd4a121c0a73e25a4b87").as_deref(),
        Some("14")
    );
    assert_eq!(token_user("abc"), None);
}

#[test]
fn tickets_map() {
    let t: wire::Ticket = serde_json::from_value(json!({
        "id": "1", "Subject": "Cannot log in", "Status": "stalled", "Priority": "80",
        "Created": "2026-11-23T10:54:58Z", "LastUpdated": "2026-11-23T10:54:59Z",
        "Due": "2030-01-15T12:00:00Z",
        "Queue": {"id": "1", "type": "queue", "Name": "General"},
        "Owner": {"id": "Nobody", "Name": "Nobody", "RealName": "Nobody in particular"},
        "Requestor": [{"id": "alice@example.com", "Name": "alice@example.com",
            "RealName": "Alice Example", "EmailAddress": "alice@example.com",
            "Organization": "Acme Corp",
            "CustomFields": [{"name": "Tier", "type": "customfield", "values": ["VIP"]}]}],
        "CustomFields": [{"name": "Channel", "values": ["Phone"]}]
    }))
    .unwrap();
    let t = ticket_of(t);
    assert_eq!(t.status.category, StatusCategory::OnHold);
    assert_eq!(t.priority.unwrap().label, "urgent");
    assert!(t.assignee.is_none());
    let r = t.requester.unwrap();
    assert_eq!(
        (r.id.0.as_str(), r.name.as_str()),
        ("alice@example.com", "Alice Example")
    );
    assert_eq!(t.organization.as_deref(), Some("Acme Corp"));
    assert_eq!(t.requester_tier, Some(Tier::Vip));
    assert_eq!(t.satisfaction, None);
    assert_eq!(t.group.as_deref(), Some("General"));
    assert_eq!(t.channel, Channel::Phone);
    assert_eq!(t.sla.len(), 1);
    assert_eq!(t.sla[0].state, SlaState::Paused);
    let unset: wire::Ticket =
        serde_json::from_value(json!({"id": 2, "Due": "1970-01-01T00:00:00Z"})).unwrap();
    let unset = ticket_of(unset);
    assert!(unset.sla.is_empty());
    assert_eq!(unset.requester_tier, None);
}

#[test]
fn tiers_come_from_a_user_custom_field() {
    let cf = |v: &str| {
        vec![wire::CustomFieldValues {
            name: "Tier".into(),
            values: vec![json!(v)],
        }]
    };
    assert_eq!(tier_of(&cf("VIP")), Tier::Vip);
    assert_eq!(tier_of(&cf("loyal")), Tier::Loyal);
    assert_eq!(tier_of(&[]), Tier::Standard);
}

#[test]
fn changes_are_asked_relative_to_rts_clock() {
    let now: Timestamp = "2026-12-03T20:00:00Z".parse().unwrap();
    let ago = |s: &str| changed_sql(s.parse().unwrap(), now);
    assert_eq!(
        ago("2026-12-03T19:58:55Z").as_deref(),
        Some("LastUpdated > '-66 seconds'")
    );
    // A second more: RT keeps whole seconds. A part of a second counts as a whole one, a
    // moment ahead of the clock as none.
    assert_eq!(
        ago("2026-12-03T19:58:54.5Z").as_deref(),
        Some("LastUpdated > '-67 seconds'")
    );
    assert_eq!(
        ago("2026-12-03T20:00:03Z").as_deref(),
        Some("LastUpdated > '-1 seconds'")
    );
    // A sync a day and more late lists the view again.
    assert_eq!(ago("2026-12-02T19:00:00Z"), None);
}
