//! `--second-agent`: a colleague who writes now and then to the ticket the agent has open, the
//! way a busy team does (the customer follows up, a colleague answers first, sets a status or
//! takes the ticket), so that tix's collision check can be seen on a first run.

use std::time::Duration;

use super::server::{AppState, ColleagueWrite};

/// Writes one of these, in turn, to each ticket the agent reads.
fn nth_write(n: usize) -> ColleagueWrite {
    match n % 4 {
        0 => ColleagueWrite {
            from: Some("customer".into()),
            body: Some(
                "Quick follow-up: it happened again just now, and it's getting urgent on our side."
                    .into(),
            ),
            ..ColleagueWrite::default()
        },
        1 => ColleagueWrite {
            from: Some("agent".into()),
            body: Some("Hi! I'm looking into this now and will get back to you today.".into()),
            public: Some(true),
            ..ColleagueWrite::default()
        },
        2 => ColleagueWrite {
            status: Some("pending".into()),
            ..ColleagueWrite::default()
        },
        _ => ColleagueWrite {
            take: true,
            ..ColleagueWrite::default()
        },
    }
}

/// Runs for as long as the runtime does (the demo server lives that long).
pub(crate) fn start(state: AppState, every: Duration) {
    tokio::spawn(async move {
        let mut n = 0;
        loop {
            tokio::time::sleep(every).await;
            if let Some(id) = state.take_read_last() {
                // A ticket that cannot take it (closed) is left alone.
                if state.colleague(id, nth_write(n)).is_ok() {
                    n += 1;
                }
            }
        }
    });
}
