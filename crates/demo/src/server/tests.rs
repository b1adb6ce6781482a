//! The server's unit tests: cursors, paging, search queries, authentication, tags.

use super::*;

#[test]
fn cursors_round_trip_and_reject_garbage() {
    let key = Key::at("2026-11-23T10:00:00.5Z".parse().unwrap(), 1234);
    assert_eq!(Key::decode(&key.encode()), Some(key));
    assert_eq!(Key::decode(&Key::id(7).encode()), Some(Key::id(7)));
    for bad in ["zz", "abc", "3a", "", "6869", "ééé"] {
        assert_eq!(Key::decode(bad), None, "{bad}");
    }
}

#[test]
fn paginate_walks_every_item_once_in_order() {
    let items: Vec<u64> = (0..25).map(|i| (i * 7) % 25).collect();
    let mut after = None;
    let mut seen = Vec::new();
    loop {
        let request = PageRequest { size: 10, after };
        let page = paginate(items.clone(), |&i| Key::id(i), &request, Order::Descending);
        seen.extend(page.items.iter().copied());
        if !page.has_more {
            break;
        }
        after = page.last;
    }
    assert_eq!(seen, (0..25).rev().collect::<Vec<u64>>());
}

#[test]
fn search_query_parsing() {
    let q = SearchQuery::parse(
        r#"type:ticket status<solved priority:urgent "Charged twice" refund requester:42 foo:bar"#,
    );
    assert_eq!(q.kind.as_deref(), Some("ticket"));
    assert_eq!(q.words, ["charged twice", "refund", "foo:bar"]);
    let fields: Vec<(Field, Op, &str)> = q
        .conditions
        .iter()
        .map(|c| (c.field, c.op, c.value.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            (Field::Status, Op::Lt, "solved"),
            (Field::Priority, Op::Eq, "urgent"),
            (Field::Requester, Op::Eq, "42"),
        ]
    );
    assert_eq!(SearchQuery::parse("  "), SearchQuery::default());
    let q = SearchQuery::parse(
        "updated>2026-11-23T10:00:00Z created<=1795428000 updated:2026-11-22 updated<soon",
    );
    let at = |s: &str| s.parse::<Timestamp>().unwrap();
    let ranges: Vec<(Field, Op, Option<Timestamp>)> = q
        .conditions
        .iter()
        .map(|c| (c.field, c.op, c.range.map(|r| r.0)))
        .collect();
    assert_eq!(
        ranges,
        [
            (Field::Updated, Op::Gt, Some(at("2026-11-23T10:00:00Z"))),
            (Field::Created, Op::Le, Some(at("2026-11-23T10:00:00Z"))),
            (Field::Updated, Op::Eq, Some(at("2026-11-22T00:00:00Z"))),
            (Field::Updated, Op::Lt, None),
        ]
    );
    let day = q.conditions[2].range;
    assert!(Op::Eq.holds_in(at("2026-11-22T23:59:59Z"), day));
    assert!(!Op::Eq.holds_in(at("2026-11-23T00:00:00Z"), day));
    assert!(Op::Gt.holds_in(at("2026-11-23T00:00:00Z"), day));
    assert!(!Op::Gt.holds_in(at("2026-11-22T12:00:00Z"), day));
    let instant = q.conditions[0].range;
    assert!(!Op::Gt.holds_in(at("2026-11-23T10:00:00Z"), instant));
    assert!(Op::Ge.holds_in(at("2026-11-23T10:00:00Z"), instant));
    assert!(Op::Le.holds_in(at("2026-11-23T10:00:00Z"), instant));
    assert!(!Op::Lt.holds_in(at("2026-11-23T10:00:00Z"), instant));
    assert!(
        !Op::Eq.holds_in(at("2026-11-23T10:00:00Z"), None),
        "not a time"
    );
    assert_eq!(SearchQuery::parse("\"unterminated").words, ["unterminated"]);
}

#[test]
fn basic_and_bearer_auth() {
    let mut headers = HeaderMap::new();
    assert!(!authorized(&headers, "s3cret"));
    headers.insert(header::AUTHORIZATION, "Bearer s3cret".parse().unwrap());
    assert!(authorized(&headers, "s3cret"));
    assert!(!authorized(&headers, "other"));
    // base64("agent@example.com/token:s3cret")
    let basic = "Basic YWdlbnRAZXhhbXBsZS5jb20vdG9rZW46czNjcmV0";
    headers.insert(header::AUTHORIZATION, basic.parse().unwrap());
    assert!(authorized(&headers, "s3cret"));
    headers.insert(header::AUTHORIZATION, "Basic !!!".parse().unwrap());
    assert!(!authorized(&headers, "s3cret"));
    assert_eq!(base64_decode("aGk").as_deref(), Some(&b"hi"[..]));
}

#[test]
fn tags_are_normalized() {
    let tags = vec!["VIP".to_owned(), "needs info".to_owned(), "vip".to_owned()];
    assert_eq!(normalize_tags(tags), ["vip", "needs", "info"]);
}
