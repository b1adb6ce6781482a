//! The adapter's unit tests: error bodies, states and priorities both ways, channels, placeholders.

use super::*;

#[test]
fn errors_become_one_line() {
    let body = br#"{"error":"Couldn't find Ticket with 'id'=9","error_human":"Ticket not found"}"#;
    assert_eq!(
        describe_error(StatusCode::NOT_FOUND, body),
        "Ticket not found, HTTP 404"
    );
    assert!(
        describe_error(StatusCode::UNAUTHORIZED, b"{\"error\":\"Invalid token!\"}")
            .starts_with("Invalid token!, HTTP 401")
    );
    assert_eq!(
        describe_error(StatusCode::BAD_GATEWAY, b"<html>"),
        "HTTP 502"
    );
}

#[test]
fn states_and_priorities_map_both_ways() {
    let dir = Directory {
        states: [
            (1, ("new".to_string(), Some("new".to_string()))),
            (2, ("open".to_string(), Some("open".to_string()))),
            (
                3,
                (
                    "pending reminder".to_string(),
                    Some("pending reminder".to_string()),
                ),
            ),
            (4, ("closed".to_string(), Some("closed".to_string()))),
            (5, ("merged".to_string(), Some("merged".to_string()))),
            (
                7,
                (
                    "pending close".to_string(),
                    Some("pending action".to_string()),
                ),
            ),
            (
                8,
                (
                    "waiting for vendor".to_string(),
                    Some("pending reminder".to_string()),
                ),
            ),
        ]
        .into(),
        priorities: vec![
            (1, "1 low".into()),
            (2, "2 normal".into()),
            (3, "3 high".into()),
        ],
    };
    assert_eq!(
        status_of("pending close", Some("pending action")).category,
        StatusCategory::Pending
    );
    assert_eq!(status_of("merged", None).category, StatusCategory::Closed);
    assert_eq!(
        status_of("waiting for vendor", Some("pending reminder")).category,
        StatusCategory::Pending
    );
    assert_eq!(status_of("triage", None).category, StatusCategory::Other);
    assert_eq!(
        zammad_state("pending reminder", &dir).unwrap(),
        ("pending reminder".into(), true)
    );
    // tix's words are the vocabulary's to resolve; the adapter takes Zammad's names only.
    for word in ["pending", "solved"] {
        assert_eq!(
            zammad_state(word, &dir).unwrap_err().kind,
            ErrorKind::Invalid
        );
    }
    assert_eq!(zammad_state("Open", &dir).unwrap(), ("open".into(), false));
    assert_eq!(
        zammad_state("waiting for vendor", &dir).unwrap(),
        ("waiting for vendor".into(), true)
    );
    assert_eq!(
        zammad_state("bogus", &dir).unwrap_err().kind,
        ErrorKind::Invalid
    );
    let p = priority_of("2 normal");
    assert_eq!(
        (p.level, p.label.as_str(), p.rank),
        (Some(PriorityLevel::Normal), "normal", 2)
    );
    assert_eq!(priority_of("4 urgent").level, Some(PriorityLevel::Urgent));
    assert_eq!(priority_of("5 whatever").level, Some(PriorityLevel::Urgent));
    assert_eq!(
        zammad_priority("high", &dir).unwrap(),
        (Some("3 high".into()), None)
    );
    assert_eq!(
        zammad_priority("urgent", &dir).unwrap(),
        (Some("3 high".into()), None)
    );
    assert_eq!(
        zammad_priority("1 low", &dir).unwrap(),
        (Some("1 low".into()), None)
    );
    assert_eq!(zammad_priority("2", &dir).unwrap(), (None, Some(2)));
    assert!(zammad_priority("asap", &dir).is_err());
}

#[test]
fn channels_and_addresses() {
    assert_eq!(channel_of("email"), Some(Channel::Email));
    assert_eq!(channel_of("twitter direct-message"), Some(Channel::Social));
    assert_eq!(channel_of("facebook feed comment"), Some(Channel::Social));
    assert_eq!(channel_of("sms"), Some(Channel::Sms));
    assert_eq!(channel_of("note"), None);
    assert_eq!(channel_of("fax"), Some(Channel::Other("fax".into())));
    assert_eq!(
        parse_from("Emma Taylor via <order@chrispresso.com>"),
        ("Emma Taylor".into(), Some("order@chrispresso.com".into()))
    );
    assert_eq!(
        parse_from("Christopher Miller"),
        ("Christopher Miller".into(), None)
    );
}

#[test]
fn text_module_variables_are_translated() {
    assert_eq!(
        translate_placeholders(
            "Hi #{ticket.customer.firstname}, re #{ticket.number} (#{ticket.id}): #{ticket.customer.firstname} #{ticket.customer.lastname} — #{user.firstname} #{user.lastname}, #{user.firstname} #{config.fqdn} #{"
        ),
        "Hi {{ticket.requester.first_name}}, re #{ticket.number} ({{ticket.id}}): {{ticket.requester.name}} — {{current_user.name}}, {{current_user.first_name}} #{config.fqdn} #{"
    );
}
