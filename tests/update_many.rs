//! Zendesk's bulk endpoint through the adapter, on the embedded demo helpdesk: `update_many` with
//! its job status, chunked at 100 ids, each ticket's outcome; a patch that wants the `updated_at`
//! check goes ticket by ticket.

use std::net::SocketAddr;

use tix::demo::{DemoOptions, DemoServer};
use tix::helpdesk::zendesk::{Auth, Zendesk};
use tix::helpdesk::*;

async fn demo(tickets: usize) -> (DemoServer, Zendesk, Vec<Id>) {
    let server = DemoServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        DemoOptions {
            tickets,
            ..DemoOptions::default()
        },
        Timestamp::now(),
    )
    .await
    .unwrap();
    let zd = Zendesk::new(&server.base_url, Auth::None);
    let views = zd.views().await.unwrap();
    let queue = load_view(&zd, &views[0].id, |_, _, _| {}).await.unwrap();
    let ids = queue.into_iter().map(|t| t.id).collect();
    (server, zd, ids)
}

#[tokio::test]
async fn the_same_change_to_150_tickets_is_two_requests_and_each_outcome_is_told() {
    let (server, zd, mut ids) = demo(600).await;
    ids.truncate(150);
    assert_eq!(ids.len(), 150, "enough unsolved tickets");
    ids.push(Id::from(987_654_321)); // no such ticket
    let patch = TicketPatch {
        priority: Some("low".into()),
        tags: Some(vec!["bulk_test".into()]),
        ..TicketPatch::default()
    };
    server.reset_stats();
    let out = zd.update_many(&ids, &patch).await;
    // 151 ids: chunks of 100 and 51; the demo's jobs are completed when answered (no poll).
    assert_eq!(server.stats().requests, 2);
    assert_eq!(out.len(), 151);
    assert!(out[..150].iter().all(Result::is_ok), "{:?}", &out[..3]);
    assert!(out[150].is_err(), "the missing ticket fails alone");
    for id in [&ids[0], &ids[99], &ids[149]] {
        let t = zd.ticket(id).await.unwrap();
        assert_eq!(t.priority.unwrap().raw, "low");
        assert_eq!(t.tags, ["bulk_test"]);
    }
}

#[tokio::test]
async fn a_patch_that_wants_the_check_goes_ticket_by_ticket() {
    let (server, zd, mut ids) = demo(100).await;
    ids.truncate(3);
    let t = zd.ticket(&ids[0]).await.unwrap();
    let patch = TicketPatch {
        priority: Some("high".into()),
        expected: Some(t.updated_at),
        ..TicketPatch::default()
    };
    server.reset_stats();
    let out = zd.update_many(&ids, &patch).await;
    assert_eq!(out.len(), 3);
    // Each ticket checked on its own: the first is as it was seen; the others were last changed
    // at other moments, so the same `expected` is stale for them and they are left alone.
    assert!(out[0].is_ok(), "{:?}", out[0]);
    for r in &out[1..] {
        let e = r.as_ref().unwrap_err();
        assert_eq!(e.kind, tix::helpdesk::ErrorKind::Conflict, "{e}");
    }
    // A write and its read back for the first, one refused write each for the others, as
    // `update` does: no bulk request.
    assert_eq!(server.stats().requests, 4);
}
