//! Bytes on the wire between tix's Zendesk adapter and the demo helpdesk (counted on the server's
//! socket: headers and bodies, after compression), for start-up, a ticket open, a reply and a
//! refresh of the queue, and the articles suggested for a ticket. Prints figures; asserts nothing.
//!     cargo bench --bench wire_bytes

use std::net::SocketAddr;

use tix::app::model::QUEUE_WINDOW;
use tix::demo::{DemoOptions, DemoServer};
use tix::helpdesk::zendesk::{Auth, Zendesk};
use tix::helpdesk::*;

/// A terminal of 120x40: the workspace asks for the top of the view a screenful and a little more.
const TERMINAL_ROWS: usize = 40;

fn kb(b: u64) -> String {
    format!("{:.1} kB", b as f64 / 1000.0)
}

#[tokio::main]
async fn main() {
    for tickets in [500usize, 10_000] {
        let opts = DemoOptions {
            tickets,
            ..DemoOptions::default()
        };
        let server = DemoServer::start(
            SocketAddr::from(([127, 0, 0, 1], 0)),
            opts,
            Timestamp::now(),
        )
        .await
        .expect("demo server");
        let zd = Zendesk::new(&server.base_url, Auth::None);

        // Start-up: what the workspace asks for before the first full screen.
        server.reset_stats();
        let _ = zd.me().await;
        let views = zd.views().await.expect("views");
        let _ = zd.canned_responses().await;
        let _ = zd.agents().await;
        let _ = zd.groups().await;
        // The view's count and its top: the view comes soonest breach first, so one window of
        // tickets is the top of the queue (the rest is fetched as the agent scrolls), as big as
        // the workspace asks for at 120x40.
        let _ = zd.view_count(&views[0].id).await;
        let mut top = vec![];
        let window = QUEUE_WINDOW.min(TERMINAL_ROWS + 2);
        load_pages(&zd, &views[0].id, None, window, |page, _| {
            top.extend_from_slice(page)
        })
        .await
        .expect("queue");
        let startup = server.stats();
        // Every page of the view: what `tix ls` and a local SLA policy need.
        server.reset_stats();
        let queue = load_view(&zd, &views[0].id, |_, _, _| {})
            .await
            .expect("queue");
        let whole = server.stats();

        // Opening a ticket: its conversation and its customer with their tickets (as many as
        // the customer panel shows at 120x40).
        let t = &queue[queue.len() / 2];
        server.reset_stats();
        let msgs = zd.messages(&t.id).await.unwrap_or_default();
        if let Some(r) = &t.requester {
            let rows = tix::layout::customer_rows(120, TERMINAL_ROWS as u16);
            let _ = zd.customer_with_tickets(&r.id, rows).await;
        }
        let open = server.stats();

        // The articles suggested for it (one background search as it opens; none on a
        // low-bandwidth link until K), and reading the first one.
        server.reset_stats();
        let query = tix::knowledge::suggestion_for(t, &msgs);
        let hits = zd
            .kb_search(&query)
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        let suggest = server.stats();
        server.reset_stats();
        if let Some(h) = hits.first() {
            let _ = zd.kb_article(&h.id).await;
        }
        let article = server.stats();

        // A reply (the write, then the ticket read back).
        server.reset_stats();
        let patch = TicketPatch {
            message: Some(NewMessage {
                visibility: Visibility::Public,
                body: "Thanks, we are on it.".into(),
            }),
            ..TicketPatch::default()
        };
        let _ = zd.update(&t.id, &patch).await;
        let reply = server.stats();

        // A refresh with nothing changed: by change (what tix does every refresh_secs)...
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        let since = Timestamp::now();
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        server.reset_stats();
        let nothing = zd.changed_since(since).await.expect("sync");
        assert_eq!(nothing.map(|c| c.len()), Some(0));
        let by_change = server.stats();
        // ...and by re-listing the top of the view (what R does), asked again: conditional GETs.
        server.reset_stats();
        let _ = load_pages(&zd, &views[0].id, None, QUEUE_WINDOW, |_, _| {}).await;
        let refresh = server.stats();

        println!(
            "{tickets} tickets in the demo, {} in the default view:",
            queue.len()
        );
        for (what, s) in [
            ("start-up (top 42 of view)", startup),
            ("whole view (tix ls)", whole),
            ("ticket open", open),
            ("suggested articles", suggest),
            ("article read", article),
            ("reply", reply),
            ("idle refresh (by change)", by_change),
            ("reload (R, top again)", refresh),
        ] {
            println!(
                "  {what:<24} {:>4} requests  {:>10} out  {:>9} in",
                s.requests,
                kb(s.bytes_out),
                kb(s.bytes_in)
            );
        }
        server.shutdown();
    }
}
