//! A 500-ticket bulk change on the demo helpdesk (requests counted on its socket): the same
//! status and priority change to 500 tickets, written as the workspace and `tix bulk` write a
//! guarded change (one `update` per ticket, each carrying `expected`), and through Zendesk's
//! bulk endpoint (`update_many`, 100 ids a request, as the outbox worker and `tix bulk
//! --no-check` send an unguarded one). Wall time and requests. Prints figures; asserts nothing.
//!     cargo bench --bench bulk

use std::net::SocketAddr;
use std::time::Instant;

use tix::demo::{DemoOptions, DemoServer};
use tix::helpdesk::zendesk::{Auth, Zendesk};
use tix::helpdesk::*;

const TICKETS: usize = 500;

#[tokio::main]
async fn main() {
    for (name, bulk) in [("one update per ticket", false), ("update_many", true)] {
        // A fresh helpdesk each time, so that both runs change the same tickets from the same
        // state.
        let server = DemoServer::start(
            SocketAddr::from(([127, 0, 0, 1], 0)),
            DemoOptions {
                tickets: 2000,
                ..DemoOptions::default()
            },
            Timestamp::now(),
        )
        .await
        .expect("demo server");
        let zd = Zendesk::new(&server.base_url, Auth::None);
        let views = zd.views().await.expect("views");
        let mut tickets = load_view(&zd, &views[0].id, |_, _, _| {})
            .await
            .expect("queue");
        tickets.truncate(TICKETS);
        let n = tickets.len();
        let ids: Vec<Id> = tickets.iter().map(|t| t.id.clone()).collect();
        let patch = TicketPatch {
            status: Some("pending".into()),
            priority: Some("low".into()),
            ..TicketPatch::default()
        };
        server.reset_stats();
        let started = Instant::now();
        let failed = if bulk {
            zd.update_many(&ids, &patch)
                .await
                .iter()
                .filter(|r| r.is_err())
                .count()
        } else {
            let mut failed = 0;
            for t in &tickets {
                let guarded = TicketPatch {
                    expected: Some(t.updated_at),
                    ..patch.clone()
                };
                failed += usize::from(zd.update(&t.id, &guarded).await.is_err());
            }
            failed
        };
        let took = started.elapsed();
        let s = server.stats();
        println!(
            "{n} tickets, {name:<22} {:>7.0} ms  {:>5} requests  {:>7.1} kB up  {:>8.1} kB down  {failed} failed",
            took.as_secs_f64() * 1000.0,
            s.requests,
            s.bytes_in as f64 / 1000.0,
            s.bytes_out as f64 / 1000.0,
        );
    }
}
