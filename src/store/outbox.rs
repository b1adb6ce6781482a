//! The outbox: every write (reply, note, field change) is on disk before it is sent, and stays there
//! until the helpdesk confirms it. Writes that cannot be sent now are sent later, in order, each once:
//! before sending again a write whose earlier attempt may have reached the server, the conversation
//! is checked for it. A write the ticket no longer fits (solved by someone else meanwhile) is handed
//! back to the agent instead of being forced through.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::helpdesk::{
    ErrorKind, Helpdesk, HelpdeskError, Id, StatusCategory, Ticket, TicketPatch, Timestamp,
    Visibility, Written, text_digest,
};

/// The helpdesk's clock may run behind ours: a message it dates this much before the write was
/// queued can still be that write.
const CLOCK_SKEW: jiff::SignedDuration = jiff::SignedDuration::from_mins(5);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub seq: u64,
    pub ticket: Id,
    pub patch: TicketPatch,
    pub queued_at: Timestamp,
    /// An attempt was made whose outcome is unknown (the link dropped mid-request).
    pub attempted: bool,
}

#[derive(Debug, Clone)]
pub struct Outbox {
    dir: PathBuf,
}

/// What became of a pending write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Delivered(Box<Written>),
    /// Found already applied on the server (an earlier attempt did reach it).
    AlreadyThere,
    /// The ticket changed in a way that conflicts; the write goes back to the agent.
    Conflict(String),
    /// Could not be sent now; try again later.
    Later(HelpdeskError),
    /// Refused for good (invalid, not found, permission).
    Refused(HelpdeskError),
}

impl Outbox {
    pub fn new(data_dir: &Path, profile: &str) -> Outbox {
        Outbox {
            dir: data_dir.join("outbox").join(super::file_name(profile)),
        }
    }

    fn path(&self, seq: u64) -> PathBuf {
        self.dir.join(format!("{seq:020}.json"))
    }

    /// Writes the entry to disk (atomically) before anything is sent.
    pub fn put(&self, e: &Entry) -> io::Result<()> {
        let bytes = serde_json::to_vec(e).map_err(io::Error::other)?;
        super::private::write_atomic(&self.path(e.seq), &bytes)
    }

    pub fn remove(&self, seq: u64) -> io::Result<()> {
        match std::fs::remove_file(self.path(seq)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// Pending entries, oldest first.
    pub fn pending(&self) -> Vec<Entry> {
        let Ok(dir) = std::fs::read_dir(&self.dir) else {
            return vec![];
        };
        let mut entries: Vec<Entry> = dir
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .filter_map(|e| serde_json::from_slice(&std::fs::read(e.path()).ok()?).ok())
            .collect();
        entries.sort_by_key(|e| e.seq);
        entries
    }

    /// The drafts (ticket, key, text) whose text waits here already (sent, then a crash before the
    /// draft was removed), by key: such a draft must not come back to the composer.
    pub fn holds_drafts<'a, K>(
        &self,
        drafts: impl IntoIterator<Item = (&'a Id, K, &'a str)>,
    ) -> Vec<K> {
        let pending = self.pending();
        drafts
            .into_iter()
            .filter(|(ticket, _, text)| {
                let text = text.trim_end();
                !text.trim().is_empty()
                    && pending.iter().any(|e| {
                        &e.ticket == *ticket
                            && e.patch
                                .message
                                .as_ref()
                                // An escalation's note is sent after a line that names it.
                                .is_some_and(|m| m.body.trim_end().ends_with(text))
                    })
            })
            .map(|(_, key, _)| key)
            .collect()
    }

    pub fn next_seq(&self) -> u64 {
        let now = Timestamp::now().as_nanosecond() as u64;
        let last = self.pending().last().map_or(0, |e| e.seq);
        now.max(last + 1)
    }
}

/// Sends one entry, checking first (when an earlier attempt may have landed, or the ticket may have
/// moved on) so that it is applied exactly once and never over someone else's change.
pub async fn send(hd: &dyn Helpdesk, e: &Entry, me: Option<&Id>, resend: bool) -> Outcome {
    send_as(hd, e, me, resend, false).await
}

/// `send` for the workspace, which shows the conversation: the answer carries the message the
/// write added where the helpdesk can give it (`Helpdesk::write_shown`).
pub async fn send_shown(hd: &dyn Helpdesk, e: &Entry, me: Option<&Id>, resend: bool) -> Outcome {
    send_as(hd, e, me, resend, true).await
}

async fn send_as(
    hd: &dyn Helpdesk,
    e: &Entry,
    me: Option<&Id>,
    resend: bool,
    shown: bool,
) -> Outcome {
    if let Some(msg) = e.patch.message.as_ref().filter(|_| resend) {
        if e.attempted {
            match hd.messages(&e.ticket).await {
                Ok(msgs) => {
                    // What the helpdesk stores for the text, not its rendering on screen: tabs,
                    // zero-width characters and markup survive there and not here.
                    let sent = text_digest(&msg.body);
                    let since = e.queued_at - CLOCK_SKEW;
                    let there = msgs.iter().any(|m| {
                        m.created_at >= since
                            && m.stored_digest == Some(sent)
                            && (me.is_none() || m.author.as_ref().map(|a| &a.id) == me)
                    });
                    if there {
                        return Outcome::AlreadyThere;
                    }
                }
                Err(err) => return classify(err),
            }
        }
        // A public reply to a ticket someone solved meanwhile is the agent's call, not ours.
        if msg.visibility == Visibility::Public && e.patch.status.is_none() {
            match hd.ticket(&e.ticket).await {
                Ok(t)
                    if matches!(
                        t.status.category,
                        StatusCategory::Solved | StatusCategory::Closed
                    ) =>
                {
                    return Outcome::Conflict(format!(
                        "#{} was {} meanwhile",
                        e.ticket, t.status.label
                    ));
                }
                Ok(_) => {}
                Err(err) => return classify(err),
            }
        }
    }
    let written = if shown {
        hd.write_shown(&e.ticket, &e.patch).await
    } else {
        hd.write(&e.ticket, &e.patch).await
    };
    match written {
        Ok(w) => Outcome::Delivered(Box::new(w)),
        // A field change sent again after a lost answer: the earlier attempt may be the very
        // change the check saw. The ticket holding every field of it is that attempt, landed.
        Err(err)
            if err.kind == ErrorKind::Conflict
                && resend
                && e.attempted
                && e.patch.message.is_none() =>
        {
            match hd.ticket(&e.ticket).await {
                Ok(t) if holds(&e.patch, &t) => Outcome::AlreadyThere,
                _ => classify(err),
            }
        }
        Err(err) => classify(err),
    }
}

/// Whether the ticket already has every field the patch sets (a group, named by id in the
/// patch and by name on the ticket, cannot be told: not held).
fn holds(p: &TicketPatch, t: &Ticket) -> bool {
    let eq = |a: &str, b: &str| a.trim().eq_ignore_ascii_case(b.trim());
    p.group.is_none()
        && p.status.as_ref().is_none_or(|s| eq(s, &t.status.raw))
        && p.priority
            .as_ref()
            .is_none_or(|s| t.priority.as_ref().is_some_and(|x| eq(s, &x.raw)))
        && p.assignee.as_ref().is_none_or(|a| match &t.assignee {
            Some(x) => eq(&a.0, &x.id.0),
            None => a.0.trim().is_empty(),
        })
        && p.tags.as_ref().is_none_or(|tags| {
            let mut a: Vec<&str> = tags.iter().map(String::as_str).collect();
            let mut b: Vec<&str> = t.tags.iter().map(|s| s.as_str()).collect();
            a.sort();
            b.sort();
            a == b
        })
}

/// After a write checked against `was` was delivered and left the ticket at `now`, the writes
/// waiting behind it for the same ticket and the same `was` expect `now`: the only change between
/// is that write (rewritten on disk, so a restart sends them the same way).
pub fn advance(ob: &Outbox, ticket: &Id, was: Timestamp, now: Timestamp) {
    for mut behind in ob.pending() {
        if &behind.ticket == ticket && behind.patch.expected == Some(was) {
            behind.patch.expected = Some(now);
            let _ = ob.put(&behind);
        }
    }
}

pub fn classify(err: HelpdeskError) -> Outcome {
    match err.kind {
        ErrorKind::Network | ErrorKind::RateLimited | ErrorKind::Server | ErrorKind::Protocol => {
            Outcome::Later(err)
        }
        ErrorKind::Conflict => Outcome::Conflict(err.message),
        _ => Outcome::Refused(err),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::helpdesk::fixtures;
    use crate::helpdesk::*;
    use async_trait::async_trait;
    use std::sync::Mutex;

    /// A helpdesk that can be down, and whose ticket can be solved behind the agent's back.
    #[derive(Default)]
    struct Fake {
        down: Mutex<bool>,
        solved: Mutex<bool>,
        messages: Mutex<Vec<Message>>,
        updates: Mutex<usize>,
        /// Someone else changed the ticket: a write with `expected` is refused.
        changed: Mutex<bool>,
    }

    #[async_trait]
    impl Helpdesk for Fake {
        fn backend(&self) -> &'static str {
            "fake"
        }
        fn capabilities(&self) -> Capabilities {
            Capabilities {
                views: true,
                canned_responses: false,
                organizations: false,
                sla: false,
                search: false,
                ordered_views: false,
                ..Capabilities::NONE
            }
        }
        async fn me(&self) -> Result<Agent> {
            Ok(fixtures::me())
        }
        async fn views(&self) -> Result<Vec<View>> {
            Ok(vec![])
        }
        async fn view_count(&self, _: &Id) -> Result<Option<u64>> {
            Ok(None)
        }
        async fn view_tickets(&self, _: &Id, _: Option<&str>) -> Result<Page<Ticket>> {
            Ok(Page {
                items: vec![],
                next: None,
                skipped: 0,
                total: None,
            })
        }
        async fn ticket(&self, _: &Id) -> Result<Ticket> {
            self.up()?;
            let mut t = fixtures::tickets()[0].clone();
            if *self.solved.lock().unwrap() {
                t.status = crate::helpdesk::zendesk::status_of("solved");
            }
            Ok(t)
        }
        async fn messages(&self, _: &Id) -> Result<Vec<Message>> {
            self.up()?;
            Ok(self.messages.lock().unwrap().clone())
        }
        async fn customer(&self, _: &Id) -> Result<Customer> {
            Ok(fixtures::customer().0)
        }
        async fn customer_tickets(&self, _: &Id) -> Result<Vec<Ticket>> {
            Ok(vec![])
        }
        async fn canned_responses(&self) -> Result<Vec<CannedResponse>> {
            Ok(vec![])
        }
        async fn agents(&self) -> Result<Vec<Agent>> {
            Ok(vec![])
        }
        async fn search(&self, _: &str) -> Result<Vec<Ticket>> {
            Ok(vec![])
        }
        async fn update(&self, _: &Id, patch: &TicketPatch) -> Result<Ticket> {
            self.up()?;
            if patch.expected.is_some() && *self.changed.lock().unwrap() {
                return Err(HelpdeskError::new(ErrorKind::Conflict, "changed"));
            }
            *self.updates.lock().unwrap() += 1;
            if let Some(m) = &patch.message {
                self.messages.lock().unwrap().push(Message {
                    id: Id::from(9),
                    author: Some(PartyRef {
                        id: fixtures::me().id,
                        name: "Alex".into(),
                        email: None,
                    }),
                    visibility: m.visibility,
                    channel: None,
                    created_at: Timestamp::now(),
                    body: m.body.clone(),
                    attachments: vec![],
                    stored_digest: Some(text_digest(&m.body)),
                });
            }
            Ok(fixtures::tickets()[0].clone())
        }
        async fn create(&self, _: &NewTicket) -> Result<Ticket> {
            Ok(fixtures::tickets()[0].clone())
        }
    }

    impl Fake {
        fn up(&self) -> Result<()> {
            if *self.down.lock().unwrap() {
                Err(HelpdeskError::new(ErrorKind::Network, "connection refused"))
            } else {
                Ok(())
            }
        }
    }

    fn reply(body: &str) -> Entry {
        Entry {
            seq: 1,
            ticket: Id::from(1001),
            patch: TicketPatch {
                message: Some(NewMessage {
                    visibility: Visibility::Public,
                    body: body.into(),
                }),
                ..TicketPatch::default()
            },
            queued_at: Timestamp::now() - jiff::SignedDuration::from_secs(60),
            attempted: false,
        }
    }

    #[tokio::test]
    async fn a_write_made_offline_is_delivered_once_when_the_link_returns() {
        let hd = Fake::default();
        *hd.down.lock().unwrap() = true;
        let mut e = reply("On it");
        assert!(matches!(
            send(&hd, &e, None, false).await,
            Outcome::Later(_)
        ));
        e.attempted = true;
        *hd.down.lock().unwrap() = false;
        assert!(matches!(
            send(&hd, &e, Some(&fixtures::me().id), true).await,
            Outcome::Delivered(_)
        ));
        // The same entry again (say the confirmation was lost): found, not sent twice.
        assert_eq!(
            send(&hd, &e, Some(&fixtures::me().id), true).await,
            Outcome::AlreadyThere
        );
        assert_eq!(*hd.updates.lock().unwrap(), 1);
        assert_eq!(hd.messages.lock().unwrap().len(), 1);
    }

    #[tokio::test]
    async fn a_reply_to_a_ticket_solved_meanwhile_goes_back_to_the_agent() {
        let hd = Fake::default();
        *hd.solved.lock().unwrap() = true;
        let outcome = send(&hd, &reply("Any news?"), None, true).await;
        assert!(
            matches!(&outcome, Outcome::Conflict(why) if why.contains("solved")),
            "{outcome:?}"
        );
        assert_eq!(*hd.updates.lock().unwrap(), 0);
        // A first send does not pay for the checks.
        assert!(matches!(
            send(&hd, &reply("x"), None, false).await,
            Outcome::Delivered(_)
        ));
    }

    #[test]
    fn entries_are_kept_in_order_until_removed() {
        let dir = tempfile::tempdir().unwrap();
        let ob = Outbox::new(dir.path(), "p");
        let e = |seq| Entry {
            seq,
            ticket: Id::from(1),
            patch: TicketPatch {
                message: Some(NewMessage {
                    visibility: Visibility::Public,
                    body: format!("m{seq}"),
                }),
                ..TicketPatch::default()
            },
            queued_at: Timestamp::UNIX_EPOCH,
            attempted: false,
        };
        ob.put(&e(20)).unwrap();
        ob.put(&e(3)).unwrap();
        assert_eq!(
            ob.pending().iter().map(|e| e.seq).collect::<Vec<_>>(),
            [3, 20]
        );
        assert!(ob.next_seq() > 20);
        ob.remove(3).unwrap();
        ob.remove(3).unwrap();
        assert_eq!(ob.pending(), vec![e(20)]);
    }

    fn fields(status: &str, attempted: bool) -> Entry {
        Entry {
            seq: 1,
            ticket: Id::from(1001),
            patch: TicketPatch {
                status: Some(status.into()),
                expected: Some(fixtures::tickets()[0].updated_at),
                ..TicketPatch::default()
            },
            queued_at: Timestamp::now(),
            attempted,
        }
    }

    #[tokio::test]
    async fn a_conflict_goes_back_to_the_agent_unless_it_is_our_own_earlier_attempt() {
        let hd = Fake::default();
        *hd.changed.lock().unwrap() = true;
        // A reply and a field change the ticket changed under: handed back, nothing written.
        let mut e = reply("On it");
        e.patch.expected = Some(fixtures::tickets()[0].updated_at);
        assert!(matches!(
            send(&hd, &e, None, false).await,
            Outcome::Conflict(_)
        ));
        assert!(matches!(
            send(&hd, &fields("pending", false), None, false).await,
            Outcome::Conflict(_)
        ));
        // Sent again after a lost answer, the ticket already holding the change: that was the
        // earlier attempt landing (the ticket is open), not a colleague.
        assert_eq!(
            send(&hd, &fields("open", true), None, true).await,
            Outcome::AlreadyThere
        );
        assert!(matches!(
            send(&hd, &fields("pending", true), None, true).await,
            Outcome::Conflict(_)
        ));
        assert_eq!(*hd.updates.lock().unwrap(), 0);
    }

    #[test]
    fn writes_behind_a_delivered_one_expect_the_ticket_after_it() {
        let dir = tempfile::tempdir().unwrap();
        let ob = Outbox::new(dir.path(), "p");
        let was = fixtures::tickets()[0].updated_at;
        let now = was + jiff::SignedDuration::from_secs(2);
        let mut other = fields("pending", false);
        other.seq = 2;
        other.ticket = Id::from(1002);
        let mut behind = fields("pending", false);
        behind.seq = 3;
        let mut later_sight = fields("pending", false);
        later_sight.seq = 4;
        later_sight.patch.expected = Some(now + jiff::SignedDuration::from_secs(9));
        for e in [&other, &behind, &later_sight] {
            ob.put(e).unwrap();
        }
        advance(&ob, &Id::from(1001), was, now);
        let got: Vec<Option<Timestamp>> = ob.pending().iter().map(|e| e.patch.expected).collect();
        assert_eq!(got, [Some(was), Some(now), later_sight.patch.expected]);
    }
}
