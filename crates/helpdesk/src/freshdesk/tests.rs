//! The adapter's unit tests: link headers, error bodies, vocabularies both ways, tiers and ratings,
//! placeholders and bodies.

use super::*;
use serde_json::json;

#[test]
fn link_headers_give_the_next_page() {
    assert_eq!(
        next_page_of(
            r#"<https://d.freshdesk.com/api/v2/tickets?filter=all_tickets&page=2>;rel="next""#
        ),
        Some(2)
    );
    assert_eq!(
        next_page_of(
            r#"< https://d.freshdesk.com/api/v2/tickets?include=requester,stats&per_page=100&page=3>; rel="next""#
        ),
        Some(3)
    );
    assert_eq!(
        next_page_of(
            r#"<https://d/api/v2/x?page=1>; rel="prev", <https://d/api/v2/x?page=3>; rel="next""#
        ),
        Some(3)
    );
    assert_eq!(
        next_page_of(r#"<https://d/api/v2/x?page=1>; rel="prev""#),
        None
    );
    assert_eq!(next_page_of("garbage"), None);
}

#[test]
fn errors_become_one_line() {
    let body = br#"{"description":"Validation failed","errors":[{"field":"priority","message":"It should be one of these values: '1,2,3,4'","code":"invalid_value"}]}"#;
    assert_eq!(
        describe_error(StatusCode::BAD_REQUEST, body),
        "Validation failed: priority: It should be one of these values: '1,2,3,4', HTTP 400"
    );
    let body = br#"{"code":"invalid_credentials","message":"You have to be logged in to perform this action."}"#;
    assert!(describe_error(StatusCode::UNAUTHORIZED, body).starts_with("You have to be logged in"));
    assert_eq!(describe_error(StatusCode::NOT_FOUND, b""), "HTTP 404");
    assert_eq!(kind_of(StatusCode::METHOD_NOT_ALLOWED), ErrorKind::Invalid);
}

#[test]
fn vocabularies_map_both_ways() {
    let dir = Directory {
        statuses: [(6, "Waiting on Customer".to_string())].into(),
        ..Directory::default()
    };
    for (n, cat) in [
        (2, StatusCategory::Open),
        (3, StatusCategory::Pending),
        (4, StatusCategory::Solved),
        (5, StatusCategory::Closed),
        (6, StatusCategory::Pending),
    ] {
        let s = status_of(n, &dir);
        assert_eq!(s.category, cat);
        assert_eq!(fd_status(&s.raw, &dir).unwrap(), n);
        assert_eq!(fd_status(&s.label, &dir).unwrap(), n, "{}", s.label);
    }
    // tix's words are resolved by the vocabulary, to Freshdesk's numbers.
    let v = freshdesk_vocabulary(&dir);
    let raw = |w: &str| v.status(w).map(|s| s.raw.clone());
    assert_eq!(raw("solved").as_deref(), Some("4"));
    assert_eq!(raw("hold").as_deref(), Some("3"));
    assert_eq!(raw("new").as_deref(), Some("2"));
    assert_eq!(raw("waiting on customer").as_deref(), Some("6"));
    assert_eq!(
        fd_status("nope", &dir).unwrap_err().kind,
        ErrorKind::Invalid
    );
    for n in 1..=4 {
        let p = priority_of(n);
        assert_eq!(fd_priority(&p.label).unwrap(), n);
        assert_eq!(fd_priority(&p.raw).unwrap(), n);
        assert_eq!(p.rank, n as i32);
    }
    assert_eq!(fd_priority("normal").unwrap(), 2);
    assert_eq!(priority_of(2).level, Some(PriorityLevel::Normal));
    for c in [Channel::Email, Channel::Web, Channel::Phone, Channel::Chat] {
        assert_eq!(channel_of(fd_source(&c).unwrap()), c);
    }
    assert_eq!(channel_of(9), Channel::Web);
    assert_eq!(channel_of(10), Channel::Email);
    assert_eq!(channel_of(6), Channel::Social);
    assert_eq!(channel_of(99), Channel::Other("source 99".into()));
}

#[test]
fn tiers_and_ratings() {
    let cf = |v: serde_json::Value| v.as_object().cloned().unwrap();
    assert_eq!(tier_of(&cf(json!({"tier": "VIP"})), &[]), Some(Tier::Vip));
    assert_eq!(
        tier_of(&cf(json!({"cf_tier": "loyal"})), &[]),
        Some(Tier::Loyal)
    );
    assert_eq!(tier_of(&cf(json!({})), &["vip".into()]), Some(Tier::Vip));
    assert_eq!(tier_of(&cf(json!({"tier": null})), &[]), None);
    assert_eq!(
        score_of(&cf(json!({"default_question": 103}))),
        Some("good")
    );
    assert_eq!(
        score_of(&cf(json!({"default_question": -102}))),
        Some("bad")
    );
    assert_eq!(score_of(&cf(json!({"default_question": 100}))), None);
    assert_eq!(score_of(&cf(json!({"default_question": 3}))), Some("bad"));
}

#[test]
fn placeholders_and_bodies() {
    assert_eq!(
        translate_placeholders(
            "Hi {{ ticket.requester.firstname }}, #{{ticket.id}} {{ticket.url}} — {{ticket.agent.name}} {{"
        ),
        "Hi {{ticket.requester.first_name}}, #{{ticket.id}} {{ticket.url}} — {{current_user.name}} {{"
    );
    assert_eq!(text_to_html("a < b & c\nd"), "a &lt; b &amp; c<br>d");
    assert_eq!(quoted("status:2"), "\"status:2\"");
    assert_eq!(quoted("\"status:2\""), "\"status:2\"");
}
