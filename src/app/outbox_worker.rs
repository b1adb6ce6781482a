//! The one sender of writes: what waits in the outbox goes out from here, in order, each once.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::mpsc::UnboundedSender;

use super::msg::Msg;
use crate::helpdesk::{Id, SharedHelpdesk};
use crate::store::outbox::{self, Outbox};

/// The one sender of writes: what waits in the outbox goes out one entry at a time, oldest first,
/// so order is kept and no entry is ever in flight twice. A new write wakes it; a write that cannot
/// go now holds back those behind it and is tried again with backoff.
#[derive(Clone)]
pub(super) struct OutboxWorker {
    pub(super) hd: SharedHelpdesk,
    pub(super) tx: UnboundedSender<Msg>,
    pub(super) outbox: Option<Outbox>,
    pub(super) running: Arc<AtomicBool>,
    pub(super) wake: Arc<tokio::sync::Notify>,
    /// Requests of this session waiting on an entry (by its seq): its outcome answers them.
    pub(super) waiting: Arc<Mutex<HashMap<u64, super::msg::ReqId>>>,
    /// The agent's language, for its notices.
    pub(super) lang: crate::i18n::Lang,
}

impl OutboxWorker {
    /// A new entry is on disk: send it now (behind any older one).
    pub(super) fn kick(self) {
        self.wake.notify_one();
        self.start(Duration::ZERO);
    }

    pub(super) fn start(self, first: Duration) {
        let Some(ob) = self.outbox.clone() else {
            return;
        };
        if self.running.swap(true, Ordering::SeqCst) {
            return;
        }
        tokio::spawn(async move {
            let mut delay = first;
            let mut backoff = Duration::from_secs(5);
            loop {
                tokio::select! {
                    _ = tokio::time::sleep(delay) => {}
                    _ = self.wake.notified() => {}
                }
                let blocked = self.deliver(&ob).await;
                let left = ob.pending().len();
                let _ = self.tx.send(Msg::OutboxCount(left));
                match blocked {
                    Some(err) if left > 0 => {
                        // Retry-After when the server gave one, else doubling with jitter.
                        delay = err.retry_after.unwrap_or(backoff);
                        backoff = (backoff * 2).min(Duration::from_secs(120));
                        delay += crate::helpdesk::http::backoff(0);
                    }
                    _ => {
                        self.running.store(false, Ordering::SeqCst);
                        // An entry put while this worker was finishing found it running: go on.
                        if ob.pending().is_empty() || self.running.swap(true, Ordering::SeqCst) {
                            break;
                        }
                        delay = Duration::ZERO;
                    }
                }
            }
        });
    }

    /// Sends the pending entries in order; stops at the first that cannot go now and returns why.
    async fn deliver(&self, ob: &Outbox) -> Option<crate::helpdesk::HelpdeskError> {
        let mut pending = ob.pending();
        // A run of the same field change to several tickets goes out as one bulk write where
        // the helpdesk has one (`Helpdesk::update_many`), the rest one by one.
        while !pending.is_empty() {
            let n = bulk_run(&pending).unwrap_or(1);
            let rest = pending.split_off(n);
            let blocked = if n > 1 {
                self.deliver_run(ob, &pending).await
            } else {
                self.deliver_each(ob, pending).await
            };
            if blocked.is_some() {
                return blocked;
            }
            pending = rest;
        }
        None
    }

    /// Entries of `run` (the same patch, no message, never attempted) as one `update_many`.
    async fn deliver_run(
        &self,
        ob: &Outbox,
        run: &[outbox::Entry],
    ) -> Option<crate::helpdesk::HelpdeskError> {
        for e in run {
            let mut e = e.clone();
            e.attempted = true;
            if let Err(err) = ob.put(&e) {
                let why = err.to_string();
                let text = crate::t!(self.lang, "runner-outbox-unwritable", why = why);
                let _ = self.tx.send(Msg::Failed(text));
            }
        }
        let ids: Vec<Id> = run.iter().map(|e| e.ticket.clone()).collect();
        let results = self.hd.update_many(&ids, &run[0].patch).await;
        let mut later = None;
        for (e, result) in run.iter().zip(results) {
            let req = self.waiting.lock().ok().and_then(|mut w| w.remove(&e.seq));
            let answer = |result| {
                let _ = self.tx.send(Msg::Updated {
                    req: req.unwrap_or(super::msg::OUTBOX_REQ),
                    ticket: e.ticket.clone(),
                    result,
                    posted: None,
                });
            };
            match result {
                Ok(()) => {
                    let _ = ob.remove(e.seq);
                    if req.is_none() {
                        let _ = self.tx.send(Msg::OutboxDelivered {
                            ticket: e.ticket.clone(),
                            message: None,
                        });
                    }
                    // The bulk answer carries no ticket: a request waiting for one reads it.
                    if req.is_some() {
                        answer(self.hd.ticket(&e.ticket).await);
                    }
                }
                Err(err) => match outbox::classify(err) {
                    outbox::Outcome::Later(err) => {
                        if let Some(req) = req {
                            self.queued(req, &e.ticket, &err);
                        }
                        later.get_or_insert(err);
                    }
                    outbox::Outcome::Conflict(why) if req.is_none() => {
                        let _ = ob.remove(e.seq);
                        let _ = self.tx.send(Msg::Returned {
                            ticket: e.ticket.clone(),
                            patch: e.patch.clone(),
                            why,
                            conflict: true,
                        });
                    }
                    outbox::Outcome::Refused(err) if req.is_none() => {
                        let _ = ob.remove(e.seq);
                        let _ = self.tx.send(Msg::Returned {
                            ticket: e.ticket.clone(),
                            patch: e.patch.clone(),
                            why: err.message,
                            conflict: false,
                        });
                    }
                    outbox::Outcome::Conflict(why) => {
                        let _ = ob.remove(e.seq);
                        let kind = crate::helpdesk::ErrorKind::Conflict;
                        answer(Err(crate::helpdesk::HelpdeskError::new(kind, why)));
                    }
                    outbox::Outcome::Refused(err) => {
                        let _ = ob.remove(e.seq);
                        answer(Err(err));
                    }
                    outbox::Outcome::Delivered(_) | outbox::Outcome::AlreadyThere => {}
                },
            }
        }
        later
    }

    /// Sends entries one at a time, in order.
    async fn deliver_each(
        &self,
        ob: &Outbox,
        pending: Vec<outbox::Entry>,
    ) -> Option<crate::helpdesk::HelpdeskError> {
        for mut e in pending {
            let req = self.waiting.lock().ok().and_then(|mut w| w.remove(&e.seq));
            // An earlier attempt may have reached the server: check before sending again.
            let resend = e.attempted;
            if !e.attempted {
                e.attempted = true;
                if let Err(err) = ob.put(&e) {
                    let why = err.to_string();
                    let text = crate::t!(self.lang, "runner-outbox-unwritable", why = why);
                    let _ = self.tx.send(Msg::Failed(text));
                }
            }
            let answer = |result, posted| {
                let _ = self.tx.send(Msg::Updated {
                    req: req.unwrap_or(super::msg::OUTBOX_REQ),
                    ticket: e.ticket.clone(),
                    result,
                    posted,
                });
            };
            // A write no request of this session waits for is counted in the day's numbers here.
            let delivered = || {
                if req.is_none() {
                    let _ = self.tx.send(Msg::OutboxDelivered {
                        ticket: e.ticket.clone(),
                        message: e.patch.message.as_ref().map(|m| m.visibility),
                    });
                }
            };
            match outbox::send_shown(self.hd.as_ref(), &e, None, resend).await {
                outbox::Outcome::Delivered(t) => {
                    let _ = ob.remove(e.seq);
                    // Writes queued behind this one on the same sight of the ticket expect it as
                    // it was before this write, which was checked: they now expect it after.
                    if let Some(was) = e.patch.expected {
                        outbox::advance(ob, &e.ticket, was, t.ticket.updated_at);
                    }
                    delivered();
                    let w = *t;
                    answer(Ok(w.ticket), w.message);
                }
                outbox::Outcome::AlreadyThere => {
                    let _ = ob.remove(e.seq);
                    delivered();
                    if req.is_some() {
                        answer(self.hd.ticket(&e.ticket).await, None);
                    }
                }
                outbox::Outcome::Conflict(why) if req.is_some() => {
                    let _ = ob.remove(e.seq);
                    let kind = crate::helpdesk::ErrorKind::Conflict;
                    answer(Err(crate::helpdesk::HelpdeskError::new(kind, why)), None);
                }
                outbox::Outcome::Refused(err) if req.is_some() => {
                    let _ = ob.remove(e.seq);
                    answer(Err(err), None);
                }
                outbox::Outcome::Conflict(why) => {
                    let _ = ob.remove(e.seq);
                    let _ = self.tx.send(Msg::Returned {
                        ticket: e.ticket,
                        patch: e.patch,
                        why,
                        conflict: true,
                    });
                }
                outbox::Outcome::Refused(err) => {
                    let _ = ob.remove(e.seq);
                    let _ = self.tx.send(Msg::Returned {
                        ticket: e.ticket,
                        patch: e.patch,
                        why: err.to_string(),
                        conflict: false,
                    });
                }
                outbox::Outcome::Later(err) => {
                    // This one and every new one behind it wait: their requests hear so now.
                    if let Some(req) = req {
                        self.queued(req, &e.ticket, &err);
                    }
                    for behind in ob.pending() {
                        if let Some(req) = self
                            .waiting
                            .lock()
                            .ok()
                            .and_then(|mut w| w.remove(&behind.seq))
                        {
                            self.queued(req, &behind.ticket, &err);
                        }
                    }
                    return Some(err);
                }
            }
        }
        None
    }

    fn queued(&self, req: super::msg::ReqId, ticket: &Id, error: &crate::helpdesk::HelpdeskError) {
        let _ = self.tx.send(Msg::Queued {
            req,
            ticket: ticket.clone(),
            error: error.clone(),
        });
    }
}

/// How many entries at the head of `pending` make a bulk write: two or more in a row with the
/// same field change (no message, no `updated_at` check, which differs per ticket anyway), never
/// attempted (an entry whose fate is unknown goes alone, through its checks). `None`: the head
/// goes by itself.
fn bulk_run(pending: &[outbox::Entry]) -> Option<usize> {
    let first = pending.first()?;
    let fits =
        |e: &outbox::Entry| !e.attempted && e.patch.message.is_none() && e.patch.expected.is_none();
    if !fits(first) {
        return None;
    }
    let n = pending
        .iter()
        .take_while(|e| fits(e) && e.patch == first.patch)
        .count();
    (n >= 2).then_some(n)
}
