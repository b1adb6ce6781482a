//! No collisions: every reply, note and field change goes out with `expected`, the ticket's
//! `updated_at` as the agent last saw it; the adapters refuse a stale write (`Conflict`). Then the
//! ticket and its conversation are read again, the agent is shown what changed (new messages in
//! full, status and assignee changes) and decides: send anyway (with the new `expected`), edit,
//! or keep as draft; field changes: apply anyway, or drop. Nothing is sent without that choice.

use super::compose::open_composer;
use super::model::*;
use super::msg::{Effect, ReqId};
use super::queue::replace_ticket;
use super::update::{failed, next_req, notice};
use crate::action::Action;
use crate::helpdesk::{HelpdeskError, Id, Message, Ticket, TicketPatch, Timestamp};
use crate::t;

/// The ticket as the model holds it (the queue, or a ticket opened by number).
fn known(m: &Model, id: &Id) -> Option<Ticket> {
    m.queue
        .pinned
        .iter()
        .chain(&m.queue.tickets)
        .find(|t| &t.id == id)
        .cloned()
}

/// The moment the agent's next write to `ticket` expects: the conversation last shown, else the
/// ticket as the queue shows it.
fn expected(m: &Model, ticket: &Id) -> Option<Timestamp> {
    m.writes
        .seen
        .get(ticket)
        .copied()
        .or_else(|| known(m, ticket).map(|t| t.updated_at))
        .filter(|t| *t != crate::helpdesk::UNKNOWN_TIME)
}

/// A write of the agent's, checked: it carries `expected` and is remembered by its request, to
/// be sent again should the ticket have changed.
pub(super) fn guard(m: &mut Model, req: ReqId, ticket: &Id, patch: TicketPatch) -> TicketPatch {
    let patch = TicketPatch {
        expected: expected(m, ticket),
        ..patch
    };
    if patch.expected.is_some() {
        m.writes.guarded.insert(req, patch.clone());
    }
    patch
}

/// The agent saw the ticket as it is now (its conversation came, fresh from the helpdesk).
pub(super) fn saw(m: &mut Model, ticket: &Id) {
    if let Some(t) = known(m, ticket) {
        m.writes.seen.insert(ticket.clone(), t.updated_at);
    }
}

/// A write of the agent's was confirmed: the ticket as it answered is what they know now.
pub(super) fn confirmed(m: &mut Model, req: ReqId, t: &Ticket) {
    if m.writes.guarded.remove(&req).is_some() {
        m.writes.seen.insert(t.id.clone(), t.updated_at);
    }
}

/// A write came back refused because the ticket changed: the prompt opens (what changed, once
/// read again), the text stays the ticket's draft meanwhile. `None` when it was not a guarded
/// write of this session (the caller reports it as before).
pub(super) fn refused(
    m: &mut Model,
    req: ReqId,
    ticket: &Id,
    draft: Option<Draft>,
    e: &HelpdeskError,
) -> Option<Vec<Effect>> {
    let patch = m.writes.guarded.remove(&req)?;
    Some(open(m, ticket, patch, draft, e))
}

/// A write from the outbox (an earlier session's, or one no request waits for) came back as a
/// conflict: the same prompt.
pub(super) fn returned(
    m: &mut Model,
    ticket: &Id,
    patch: TicketPatch,
    draft: Option<Draft>,
    why: &str,
) -> Vec<Effect> {
    let e = HelpdeskError::new(crate::helpdesk::ErrorKind::Conflict, why);
    open(m, ticket, patch, draft, &e)
}

fn open(
    m: &mut Model,
    ticket: &Id,
    patch: TicketPatch,
    draft: Option<Draft>,
    e: &HelpdeskError,
) -> Vec<Effect> {
    let named = m.ticket_named(ticket);
    let shown = match m.conversations.loaded.get(ticket) {
        Some(Loaded::Ready(msgs)) => Some(msgs.iter().map(|x| x.id.clone()).collect()),
        _ => None,
    };
    let req = next_req(m, "collision");
    let (l, why) = (m.lang, e.to_string());
    let text = match &draft {
        Some(d) => {
            let kind = d.kind.name();
            t!(
                l,
                "notice-collided-text",
                ticket = named.as_str(),
                why = why,
                kind = kind
            )
        }
        None => t!(
            l,
            "notice-collided-change",
            ticket = named.as_str(),
            why = why
        ),
    };
    notice(m, &text, true);
    m.overlay = Some(Overlay::Collision(Box::new(Collision {
        req,
        ticket: ticket.clone(),
        named,
        patch,
        draft,
        before: known(m, ticket),
        shown,
        changes: Loaded::Loading,
        scroll: 0,
        best_effort: matches!(m.backend, "freshdesk" | "zammad"),
    })));
    vec![Effect::LoadCollision {
        req,
        ticket: ticket.clone(),
    }]
}

/// The ticket and its conversation, read again: what changed, into the prompt, and into the
/// panels (the agent sees it all now: their next write expects the ticket as it is).
pub(super) fn collided(
    m: &mut Model,
    req: ReqId,
    ticket: Id,
    result: crate::helpdesk::Result<(Ticket, Vec<Message>)>,
) -> Vec<Effect> {
    m.link.in_flight.remove(&req);
    let l = m.lang;
    let Some(Overlay::Collision(c)) = m.overlay.as_mut() else {
        return vec![];
    };
    if c.req != req || c.ticket != ticket {
        return vec![];
    }
    match result {
        Ok((now, msgs)) => {
            let messages: Vec<Message> = msgs
                .iter()
                .filter(|x| match (&c.shown, &c.before) {
                    (Some(shown), _) => !shown.contains(&x.id),
                    (None, Some(b)) => x.created_at > b.updated_at,
                    (None, None) => false,
                })
                .cloned()
                .collect();
            let fields = changed_fields(l, c.before.as_ref(), &now);
            c.changes = Loaded::Ready(Changes {
                now: now.clone(),
                fields,
                messages,
            });
            m.writes.seen.insert(ticket.clone(), now.updated_at);
            replace_ticket(m, now);
            m.set_conversation(ticket, Loaded::Ready(msgs));
        }
        Err(e) => {
            c.changes = Loaded::Failed(e.to_string());
            failed(m, &e);
        }
    }
    vec![]
}

/// "status open → pending", "taken by Ana", "priority normal → high", "moved to Billing", in
/// the agent's language (the values in the helpdesk's words).
fn changed_fields(l: crate::i18n::Lang, before: Option<&Ticket>, now: &Ticket) -> Vec<String> {
    let Some(b) = before else {
        return vec![];
    };
    let mut out = vec![];
    if b.status.raw != now.status.raw {
        let (from, to) = (b.status.label.as_str(), now.status.label.as_str());
        out.push(t!(l, "changed-status", from = from, to = to));
    }
    let label = |p: &Option<crate::helpdesk::Priority>| {
        p.as_ref()
            .map_or_else(|| t!(l, "changed-none"), |p| p.label.to_string())
    };
    if label(&b.priority) != label(&now.priority) {
        let (from, to) = (label(&b.priority), label(&now.priority));
        out.push(t!(l, "changed-priority", from = from, to = to));
    }
    let who = |t: &Ticket| t.assignee.as_ref().map(|a| (a.id.clone(), a.name.clone()));
    match (who(b), who(now)) {
        (x, y) if x.as_ref().map(|x| &x.0) == y.as_ref().map(|y| &y.0) => {}
        (_, Some((_, name))) => out.push(t!(l, "changed-taken-by", name = name.as_str())),
        (Some((_, name)), None) => out.push(t!(l, "changed-unassigned", name = name.as_str())),
        (None, None) => {}
    }
    if b.group != now.group
        && let Some(g) = &now.group
    {
        out.push(t!(l, "changed-group", group = g.as_str()));
    }
    let added: Vec<&crate::helpdesk::Str> =
        now.tags.iter().filter(|t| !b.tags.contains(t)).collect();
    let removed: Vec<&crate::helpdesk::Str> =
        b.tags.iter().filter(|t| !now.tags.contains(t)).collect();
    if !added.is_empty() || !removed.is_empty() {
        let tags: Vec<String> = added
            .iter()
            .map(|t| format!("+{t}"))
            .chain(removed.iter().map(|t| format!("-{t}")))
            .collect();
        let tags = tags.join(" ");
        out.push(t!(l, "changed-tags", tags = tags));
    }
    out
}

/// A key in the prompt.
pub(super) fn key(m: &mut Model, action: Action) -> Vec<Effect> {
    let Some(Overlay::Collision(c)) = m.overlay.as_mut() else {
        return vec![];
    };
    match action {
        Action::Down => {
            c.scroll += 1;
            vec![]
        }
        Action::Up => {
            c.scroll = c.scroll.saturating_sub(1);
            vec![]
        }
        Action::CollisionSend => send_anyway(m),
        Action::CollisionEdit => edit(m),
        Action::CollisionKeep | Action::Dismiss | Action::Cancel | Action::Quit => keep(m),
        _ => vec![],
    }
}

fn take(m: &mut Model) -> Option<Collision> {
    match m.close_overlay() {
        Some(Overlay::Collision(c)) => {
            m.link.in_flight.remove(&c.req);
            Some(*c)
        }
        other => {
            m.overlay = other;
            None
        }
    }
}

/// Sent again over what changed, expecting the ticket as the agent has now seen it (a change
/// landing after it is caught again).
fn send_anyway(m: &mut Model) -> Vec<Effect> {
    let ready = matches!(
        m.overlay.as_ref(),
        Some(Overlay::Collision(c)) if c.changes.ready().is_some()
    );
    if !ready {
        let text = t!(m.lang, "notice-collision-still-reading");
        notice(m, &text, true);
        return vec![];
    }
    let Some(c) = take(m) else {
        return vec![];
    };
    let Loaded::Ready(changes) = c.changes else {
        return vec![];
    };
    let req = next_req(m, "send");
    let patch = TicketPatch {
        expected: Some(changes.now.updated_at),
        ..c.patch
    };
    m.writes.guarded.insert(req, patch.clone());
    let from_draft = c.draft.as_ref().map(|d| d.kind);
    if let Some(kind) = from_draft {
        m.writes.drafts.remove(&(c.ticket.clone(), kind));
    }
    let l = m.lang;
    let what = match &c.draft {
        Some(d) => {
            let kind = d.kind.name();
            t!(
                l,
                "notice-sending-anyway",
                kind = kind,
                ticket = c.named.as_str()
            )
        }
        None => t!(l, "notice-applying-anyway", ticket = c.named.as_str()),
    };
    notice(m, &what, false);
    m.writes.sending.insert(req, (c.ticket.clone(), c.draft));
    vec![Effect::Update {
        req,
        ticket: c.ticket,
        patch,
        from_draft,
    }]
}

/// Back to the composer with the text (its draft), on the ticket it was for.
fn edit(m: &mut Model) -> Vec<Effect> {
    let Some(kind) = (match m.overlay.as_ref() {
        Some(Overlay::Collision(c)) => c.draft.as_ref().map(|d| d.kind),
        _ => None,
    }) else {
        // Field changes have no text to edit: the key does nothing.
        return vec![];
    };
    let Some(c) = take(m) else {
        return vec![];
    };
    if m.current().map(|t| &t.id) != Some(&c.ticket) {
        let (l, name) = (m.lang, kind.name());
        notice(
            m,
            &t!(
                l,
                "notice-kept-as-draft-open",
                kind = name,
                ticket = c.named.as_str()
            ),
            false,
        );
        return vec![];
    }
    let (l, name) = (m.lang, kind.name());
    let text = t!(l, "notice-editing", kind = name, ticket = c.named.as_str());
    notice(m, &text, false);
    open_composer(m, kind, None)
}

/// Nothing is sent: a text stays the ticket's draft, field changes are dropped.
fn keep(m: &mut Model) -> Vec<Effect> {
    let Some(c) = take(m) else {
        return vec![];
    };
    let l = m.lang;
    let what = match &c.draft {
        Some(d) => {
            let kind = d.kind.name();
            t!(
                l,
                "notice-not-sent-kept",
                kind = kind,
                ticket = c.named.as_str()
            )
        }
        None => t!(l, "notice-not-applied-dropped", ticket = c.named.as_str()),
    };
    notice(m, &what, false);
    vec![]
}

/// The prompt's lines: what changed, then the new messages in full (drawing wraps them). A
/// message's heading ends with a colon (`:`, or `：` in Chinese): drawing sets it apart. Times
/// are the agent's, as the conversation shows them (the model's zone and now: no clock read).
pub fn lines(m: &super::model::Model, c: &Collision) -> Vec<String> {
    let l = m.lang;
    let mut out = vec![];
    match &c.changes {
        Loaded::Loading => out.push(t!(l, "collision-reading")),
        Loaded::Failed(e) => out.push(t!(l, "collision-unreadable", why = e.as_str())),
        Loaded::Ready(ch) => {
            for f in &ch.fields {
                out.push(format!("• {f}"));
            }
            if ch.messages.is_empty() && ch.fields.is_empty() {
                out.push(format!("• {}", t!(l, "collision-changed-unseen")));
            }
            for msg in &ch.messages {
                let someone = t!(l, "collision-someone");
                let who = msg
                    .author
                    .as_ref()
                    .map_or(someone.as_str(), |a| a.name.as_str());
                let at = l.moment(msg.created_at, m.now, &m.tz);
                out.push(String::new());
                out.push(match msg.visibility {
                    crate::helpdesk::Visibility::Public => {
                        t!(l, "collision-wrote", who = who, at = at)
                    }
                    crate::helpdesk::Visibility::Internal => {
                        t!(l, "collision-noted", who = who, at = at)
                    }
                });
                out.extend(msg.body.lines().map(str::to_string));
            }
        }
    }
    if c.best_effort {
        out.push(String::new());
        out.push(t!(l, "collision-best-effort"));
    }
    out
}
