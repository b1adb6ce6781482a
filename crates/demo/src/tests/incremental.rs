//! Incremental export and search by update time.

use super::*;

/// `GET /api/v2/incremental/tickets/cursor.json`.
#[derive(Debug, serde::Deserialize)]
pub(super) struct ExportPage {
    pub(super) tickets: tix_helpdesk::lenient::Items<tix_helpdesk::zendesk::wire::Ticket>,
    #[serde(default)]
    pub(super) users: Vec<tix_helpdesk::zendesk::wire::User>,
    pub(super) after_cursor: Option<String>,
    pub(super) after_url: Option<String>,
    pub(super) before_cursor: Option<String>,
    pub(super) before_url: Option<String>,
    pub(super) end_of_stream: bool,
    pub(super) count: u64,
}

/// Follows an export to its end; returns its tickets and the last page.
pub(super) async fn export(
    api: &Api,
    first: &str,
) -> (Vec<tix_helpdesk::zendesk::wire::Ticket>, ExportPage) {
    let mut page: ExportPage = api.get(first).await;
    let mut tickets = Vec::new();
    for _ in 0..100 {
        // Hostile mode's unreadable ticket is counted but cannot be read.
        assert_eq!(
            page.count as usize,
            page.tickets.len() + page.tickets.skipped
        );
        assert!(page.before_cursor.is_none() && page.before_url.is_none());
        tickets.append(&mut page.tickets);
        if page.end_of_stream {
            return (tickets, page);
        }
        let next = page.after_url.clone().unwrap();
        assert!(next.contains(&format!("cursor={}", page.after_cursor.as_deref().unwrap())));
        page = api.get(&next).await;
    }
    panic!("the export does not end");
}

#[tokio::test]
async fn incremental_export_sees_every_change_once() {
    let server = start(300, None).await;
    let api = Api::new(&server);
    let (everything, _) = export(
        &api,
        "/incremental/tickets/cursor.json?start_time=0&per_page=64",
    )
    .await;
    let ids: HashSet<u64> = everything.iter().map(|t| t.id).collect();
    assert_eq!(ids.len(), everything.len(), "no ticket twice");
    assert_eq!(ids, (1001..1301).collect::<HashSet<u64>>(), "every ticket");
    assert!(
        everything
            .windows(2)
            .all(|w| (w[0].updated_at, w[0].id) < (w[1].updated_at, w[1].id)),
        "oldest change first"
    );

    let since = anchor() - SignedDuration::from_hours(72);
    let first = format!(
        "/incremental/tickets/cursor.json?start_time={}&per_page=20&include=users",
        since.as_second()
    );
    let page: ExportPage = api.get(&first).await;
    assert!(
        page.tickets
            .iter()
            .all(|t| page.users.iter().any(|u| u.id == t.requester_id))
    );
    let (recent, last) = export(&api, &first).await;
    let expected: Vec<u64> = everything
        .iter()
        .filter(|t| t.updated_at >= since)
        .map(|t| t.id)
        .collect();
    let got: Vec<u64> = recent.iter().map(|t| t.id).collect();
    assert!(
        expected.len() > 40 && expected.len() < 250,
        "{}",
        expected.len()
    );
    assert_eq!(
        got, expected,
        "exactly the tickets changed since start_time, in order"
    );

    // Caught up: nothing new until something changes.
    let cursor = last.after_url.clone().unwrap();
    let quiet: ExportPage = api.get(&cursor).await;
    assert!(quiet.end_of_stream && quiet.tickets.is_empty() && quiet.count == 0);
    assert_eq!(quiet.after_cursor, last.after_cursor);
    let old = everything
        .iter()
        .find(|t| t.updated_at < since && t.status != "closed")
        .unwrap();
    let (status, _) = api
        .status(
            reqwest::Method::PUT,
            &format!("/tickets/{}", old.id),
            Some(json!({"ticket": {"comment": {"body": "Any news?", "public": false}}})),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let changed: ExportPage = api.get(&cursor).await;
    let ids: Vec<u64> = changed.tickets.iter().map(|t| t.id).collect();
    assert_eq!(ids, [old.id]);
    assert!(changed.end_of_stream && changed.count == 1);
    assert!(changed.tickets[0].updated_at > anchor());
    let after: ExportPage = api.get(changed.after_url.as_deref().unwrap()).await;
    assert!(after.tickets.is_empty(), "seen once");

    let get = reqwest::Method::GET;
    for bad in [
        "/incremental/tickets/cursor.json",
        "/incremental/tickets/cursor.json?cursor=zz",
        "/incremental/tickets/cursor.json?start_time=yesterday",
        "/incremental/tickets/cursor.json?start_time=0&per_page=1001",
    ] {
        let (status, _) = api.status(get.clone(), bad, None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
    }
}

#[tokio::test]
async fn search_filters_on_update_time() {
    let server = start(300, None).await;
    let api = Api::new(&server);
    let (everything, _) = export(&api, "/incremental/tickets/cursor?start_time=0").await;
    let since = anchor() - SignedDuration::from_hours(48);
    let expected = everything.iter().filter(|t| t.updated_at > since).count() as u64;
    assert!(expected > 10 && expected < 250, "{expected}");
    let iso: SearchPage = api
        .get(&format!("/search?query=updated>{since}&per_page=100"))
        .await;
    let unix: SearchPage = api
        .get(&format!(
            "/search?query=type:ticket%20updated%3E{}",
            since.as_second()
        ))
        .await;
    assert_eq!((iso.count, unix.count), (expected, expected));
    for r in &iso.results {
        let at: Timestamp = r["updated_at"].as_str().unwrap().parse().unwrap();
        assert!(at > since);
    }
    // Two bounds make a range.
    let until = anchor() - SignedDuration::from_hours(24);
    let range: SearchPage = api
        .get(&format!("/search?query=updated>{since}%20updated<={until}"))
        .await;
    let in_range = everything
        .iter()
        .filter(|t| t.updated_at > since && t.updated_at <= until)
        .count() as u64;
    assert_eq!(range.count, in_range);
    assert!(in_range > 0 && in_range < expected);
    // A write is newer than the data.
    let (status, _) = api
        .status(
            reqwest::Method::PUT,
            "/tickets/1001",
            Some(json!({"ticket": {"tags": ["touched"]}})),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let fresh: SearchPage = api
        .get(&format!("/search?query=updated>{}", anchor()))
        .await;
    assert_eq!(fresh.count, 1);
    assert_eq!(fresh.results[0]["id"], 1001);
}
