//! The embedded demo helpdesk: a deterministic data generator (`data`, with phrase banks in
//! `text`) and an HTTP server speaking the Zendesk Support API v2 dialect (`server`), so tix can be
//! tried, tested and benchmarked without a real helpdesk account.
//!
//! ```ignore
//! let server = DemoServer::start("127.0.0.1:0".parse()?, DemoOptions::default(), Timestamp::now()).await?;
//! // point the Zendesk adapter at server.base_url, signed in as DEMO_AGENT_EMAIL
//! ```
//!
//! For tests it can also misbehave on demand (`DemoOptions::fail_rate`, `slow_ms`, `latency_ms`,
//! `kbps`, `drop_rate`: see `faults` and `net`), serve hostile text (`hostile`), and it counts the
//! requests and bytes that cross its socket (`DemoServer::stats`).

pub mod articles;
mod colleague;
mod data;
mod faults;
mod hostile;
mod net;
mod oauth;
mod server;
mod text;

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::sync::oneshot;

/// The signed-in agent, "me" (Alex Morgan).
pub const DEMO_AGENT_EMAIL: &str = "alex.morgan@tix-demo.example";

/// The demo's macros by title (`Folder::Title`, active ones) and its groups by name: what the shipped
/// workflows may name.
pub fn macro_titles() -> impl Iterator<Item = &'static str> {
    text::MACROS.iter().map(|m| m.0)
}

pub const GROUPS: &[&str] = text::GROUPS;

/// Larger requests are clamped to this many tickets.
pub const MAX_TICKETS: usize = 200_000;

#[derive(Debug, Clone, PartialEq)]
pub struct DemoOptions {
    /// Number of generated tickets (at most `MAX_TICKETS`).
    pub tickets: usize,
    /// Same seed and anchor time, same data. It also picks which requests the faults below hit.
    pub seed: u64,
    /// When set, every request must authenticate with it (Bearer, or Basic `{email}/token:TOKEN`).
    pub token: Option<String>,
    /// When set, the API also takes (and, without `token`, requires) OAuth Bearer access tokens
    /// issued by its `/oauth/tokens`, each valid this long; expired ones get a 401. The
    /// `/oauth/authorizations/new` page approves at once.
    pub oauth: Option<std::time::Duration>,
    /// Share of requests (0.0..=1.0) that fail: a 500, a 503 with `Retry-After: 1`, or a 200 whose
    /// JSON body is cut in half or is an HTML page. Which requests, and how, follows from a request
    /// counter and `seed`, so the same sequence of requests meets the same failures every run.
    pub fail_rate: f64,
    /// Delay (ms) before answering the `fail_rate` share of requests, or every request when
    /// `fail_rate` is 0.
    pub slow_ms: u64,
    /// Delay (ms) added to every response.
    pub latency_ms: u64,
    /// Response throughput cap in kilobits per second (1 kbps = 1000 bit/s) for all connections
    /// together, heads and bodies as sent (after compression); 0 = no cap.
    pub kbps: u32,
    /// Share of requests (0.0..=1.0) whose connection is dropped: half of them before a byte of
    /// the answer (the request itself is still carried out, as when a real answer is lost), half
    /// after the headers and half the body. Chosen like `fail_rate`'s share, independently of it.
    pub drop_rate: f64,
    /// About one ticket in ten (and one customer in ten, who files them) carries hostile text:
    /// terminal escapes, C1 controls, bidi overrides, zero-width characters, HTML with scripts;
    /// one ticket has a 2 MB comment.
    pub hostile: bool,
    /// Answers carry Zendesk's rate-limit headers (`X-Rate-Limit`, `X-Rate-Limit-Remaining`,
    /// `ratelimit-limit`/`-remaining`/`-reset`) for this budget, and a request past it is a 429 with
    /// Retry-After. `None`: no headers, no limit.
    pub rate_limit: Option<DemoRateLimit>,
    /// A second agent works beside the one signed in: this often, the ticket the agent read
    /// last gets a write from a colleague or its customer (a follow-up, a colleague's reply, a
    /// status change, taking it), once per ticket read, so that a collision can be seen on a
    /// first run. `None`: nobody else writes.
    pub second_agent: Option<std::time::Duration>,
}

/// A per-window request budget for the demo helpdesk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoRateLimit {
    /// Requests per window.
    pub limit: u64,
    /// Requests left in the first window (tests start low); later windows start full.
    pub remaining: u64,
    pub window_secs: u64,
}

impl Default for DemoOptions {
    fn default() -> Self {
        DemoOptions {
            tickets: 500,
            seed: 42,
            token: None,
            oauth: None,
            fail_rate: 0.0,
            slow_ms: 0,
            latency_ms: 0,
            kbps: 0,
            drop_rate: 0.0,
            hostile: false,
            rate_limit: None,
            second_agent: None,
        }
    }
}

/// Request and byte counts, as seen on the server's sockets.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DemoStats {
    /// HTTP requests received (including failed, dropped and unauthorized ones).
    pub requests: u64,
    /// Bytes read from clients: request lines, headers and bodies.
    pub bytes_in: u64,
    /// Bytes written to clients: status lines, headers and bodies, after compression.
    pub bytes_out: u64,
}

/// A running demo helpdesk. It stops on `shutdown` or when dropped.
pub struct DemoServer {
    /// Where it listens, e.g. `http://127.0.0.1:41234`; the API is under `/api/v2`.
    pub base_url: String,
    stop: Option<oneshot::Sender<()>>,
    stats: Arc<net::Stats>,
}

impl std::fmt::Debug for DemoServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DemoServer")
            .field("base_url", &self.base_url)
            .field("stats", &self.stats())
            .finish_non_exhaustive()
    }
}

impl DemoServer {
    /// Generates the data (anchored at `now` so SLA clocks are near it) and starts serving on
    /// `addr` (use "127.0.0.1:0" for a free port). Returns once the socket is bound.
    pub async fn start(
        addr: SocketAddr,
        opts: DemoOptions,
        now: jiff::Timestamp,
    ) -> std::io::Result<DemoServer> {
        let listener = TcpListener::bind(addr).await?;
        let base_url = format!("http://{}", listener.local_addr()?);
        let tickets = opts.tickets.min(MAX_TICKETS);
        let data = data::Dataset::generate_with(tickets, opts.seed, now, opts.hostile);
        let stats = Arc::new(net::Stats::default());
        let app = server::router(data, base_url.clone(), &opts, Arc::clone(&stats));
        let listener = net::MeteredListener::new(listener, Arc::clone(&stats), opts.kbps);
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(async move {
            // Ends when `stop` fires or is dropped; in-flight requests are allowed to finish.
            let shutdown = async {
                let _ = stopped.await;
            };
            let app = app.into_make_service_with_connect_info::<net::ConnHandle>();
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(shutdown)
                .await;
        });
        Ok(DemoServer {
            base_url,
            stop: Some(stop),
            stats,
        })
    }

    /// Requests and bytes since start (or the last `reset_stats`).
    pub fn stats(&self) -> DemoStats {
        self.stats.snapshot()
    }

    /// The same, by path family: "views", "tickets", "comments", "users", "search",
    /// "incremental" and "other". Bytes are attributed per request on each connection, so they
    /// add up to `stats()` once all connections are closed.
    pub fn stats_by_family(&self) -> Vec<(&'static str, DemoStats)> {
        self.stats.by_family()
    }

    /// Sets every counter back to zero. (The request counter that picks the faults keeps
    /// counting: a reset does not replay the same failures.)
    pub fn reset_stats(&self) {
        self.stats.reset();
    }

    /// Stops serving (dropping the server does the same).
    pub fn shutdown(self) {}
}

impl Drop for DemoServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

#[cfg(test)]
mod tests;
