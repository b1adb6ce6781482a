//! What reading a page item by item costs: a 100-ticket Zendesk page (from the demo helpdesk,
//! with its sideloads) decoded through `http::decode_json` into the adapter's `TicketsPage`
//! (text repair, then each ticket and user on its own) against one plain serde pass over the same
//! text into whole-list types. Prints figures; asserts nothing.
//!     cargo bench --bench decode

use std::net::SocketAddr;
use std::time::Instant;

use tix::demo::{DemoOptions, DemoServer};
use tix::helpdesk::Timestamp;
use tix::helpdesk::http::decode_json;
use tix::helpdesk::zendesk::wire;

/// The same page read the old way: whole lists, one bad item failing all.
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct WholePage {
    tickets: Vec<wire::Ticket>,
    #[serde(default)]
    users: Vec<wire::User>,
}

#[tokio::main]
async fn main() {
    let opts = DemoOptions {
        tickets: 500,
        ..DemoOptions::default()
    };
    let server = DemoServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        opts,
        Timestamp::now(),
    )
    .await
    .expect("demo server");
    let views: wire::ViewsPage =
        reqwest::get(format!("{}/api/v2/views/active.json", server.base_url))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
    let body = reqwest::get(format!(
        "{}/api/v2/views/{}/tickets.json?page[size]=100&include=users,groups,organizations,slas",
        server.base_url, views.views[0].id
    ))
    .await
    .unwrap()
    .bytes()
    .await
    .unwrap();
    const N: u32 = 200;
    let time = |f: &dyn Fn()| {
        f();
        let t = Instant::now();
        for _ in 0..N {
            f();
        }
        t.elapsed() / N
    };
    let per_item = time(&|| {
        let p: wire::TicketsPage = decode_json(&body, "Zendesk", None).unwrap();
        assert_eq!(p.tickets.skipped, 0);
    });
    let whole = time(&|| {
        let _: WholePage = serde_json::from_slice(&body).unwrap();
    });
    println!(
        "100-ticket page, {:.1} kB: item by item {per_item:?}, whole lists {whole:?} per decode",
        body.len() as f64 / 1000.0
    );
}
