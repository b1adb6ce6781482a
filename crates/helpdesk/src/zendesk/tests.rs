//! The adapter's unit tests: error bodies, vocabularies, macros as canned responses.

use super::*;

#[test]
fn error_bodies_become_one_line() {
    let body = br#"{"error":"RecordNotFound","description":"Not found"}"#;
    assert_eq!(
        describe_error(StatusCode::NOT_FOUND, body),
        "Not found (RecordNotFound), HTTP 404"
    );
    let body = br#"{"error":{"title":"Forbidden","message":"You do not have access"}}"#;
    assert_eq!(
        describe_error(StatusCode::FORBIDDEN, body),
        "You do not have access, HTTP 403"
    );
    assert_eq!(
        describe_error(StatusCode::BAD_GATEWAY, b"<html>"),
        "HTTP 502"
    );
}

#[test]
fn vocabularies_map() {
    assert_eq!(status_of("hold").category, StatusCategory::OnHold);
    assert_eq!(priority_of("urgent").rank, 4);
    assert_eq!(channel_of("voice"), Channel::Phone);
    assert_eq!(channel_of("twitter"), Channel::Social);
    assert_eq!(tier_of(&["vip".into()]), Tier::Vip);
    assert_eq!(tier_of(&[]), Tier::Standard);
}

#[test]
fn macros_become_canned_responses() {
    let m: wire::Macro = serde_json::from_value(serde_json::json!({
        "id": 7, "title": "Billing::Refund issued", "active": true,
        "actions": [
            {"field": "status", "value": "solved"},
            {"field": "comment_value", "value": "Hi {{ticket.requester.first_name}}"}
        ]
    }))
    .unwrap();
    let c = canned_of(m).unwrap();
    assert_eq!(c.folder.as_deref(), Some("Billing"));
    assert_eq!(c.title, "Refund issued");
    assert_eq!(c.sets_status.as_deref(), Some("solved"));
    assert_eq!(c.body, "Hi {{ticket.requester.first_name}}");
}
