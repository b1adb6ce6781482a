//! Bulk triage and undo: the queue's selection (by ticket id, so refreshes, syncs and new pages
//! keep it), one change applied to every selected ticket after a confirmation (one outbox entry
//! per ticket, each guarded by the ticket's `updated_at` as the queue holds it), its progress and
//! per-ticket report, and taking back the last change.

use crate::t;
use std::collections::HashMap;

use super::model::*;
use super::msg::{Effect, ReqId};
use super::queue::replace_ticket;
use super::update::{next_req, notice};
use crate::helpdesk::{HelpdeskError, Id, Result, TagChanges, Ticket, TicketPatch};

/// A ticket's fields that a change touched (`None`: not touched). An empty assignee is nobody.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields {
    pub status: Option<String>,
    pub priority: Option<String>,
    pub assignee: Option<Id>,
    pub group: Option<Id>,
    pub tags: Option<Vec<String>>,
}

/// One ticket of a change: its fields before, and what tix set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub ticket: Id,
    pub before: Fields,
    pub set: Fields,
}

/// A change that reached the helpdesk, kept for undo (the session's, newest last).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub items: Vec<Item>,
}

/// What a change does, the same to every ticket; tags are added and removed from each ticket's
/// own list. `words` says it in the backend's labels ("status → Pending").
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    pub fields: TicketPatch,
    pub tags: TagChanges,
    pub words: Vec<String>,
    /// An escalation's: each ticket's priority one level up from its own.
    pub raise_priority: bool,
}

/// The writes a confirmation would send, and what it says of them.
#[derive(Debug, Clone, PartialEq)]
pub struct Confirm {
    /// "12 tickets: status → pending, + tag billing".
    pub text: String,
    /// Lines under it: tickets skipped, fields that will be left alone and why.
    pub detail: Vec<String>,
    pub writes: Vec<(TicketPatch, Item)>,
    pub undo: bool,
    /// Opened over the composer (a bulk escalation's note): sent, the composer and its draft go;
    /// cancelled, the composer is there as it was.
    pub from_composer: bool,
}

/// A change being delivered: one request per ticket.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub total: usize,
    pub settled: usize,
    pub waiting: HashMap<ReqId, Item>,
    pub delivered: Vec<Item>,
    /// (ticket, why) for each write that did not land.
    pub failed: Vec<(Id, String)>,
    /// Writes that wait in the outbox (the link is down): they go out later, without undo.
    pub queued: usize,
    pub undo: bool,
    /// A single ticket's change: its own notices say the rest; no progress, no report.
    pub quiet: bool,
}

// ---- selection ------------------------------------------------------------------------------

/// `x`: the cursor's row in or out of the selection; it becomes the anchor of a range.
pub(super) fn toggle(m: &mut Model) -> Vec<Effect> {
    let Some(id) = m.selected_in_queue().map(|t| t.id.clone()) else {
        return vec![];
    };
    if !m.bulk.marked.remove(&id) {
        m.bulk.marked.insert(id.clone());
    }
    m.bulk.anchor = Some(id);
    vec![]
}

/// `X`: every row from the last toggled one to the cursor (in the order shown).
pub(super) fn range(m: &mut Model) -> Vec<Effect> {
    let at = |m: &Model, id: &Id| {
        m.queue
            .visible
            .iter()
            .position(|&i| &m.queue.tickets[i].id == id)
    };
    let Some(anchor) = m.bulk.anchor.clone().and_then(|a| at(m, &a)) else {
        return toggle(m);
    };
    let (a, b) = (anchor.min(m.queue.selected), anchor.max(m.queue.selected));
    for pos in a..=b.min(m.queue.visible.len().saturating_sub(1)) {
        let id = m.queue.tickets[m.queue.visible[pos]].id.clone();
        m.bulk.marked.insert(id);
    }
    vec![]
}

/// `*`: every row that matches the filter (or every search result); again: none.
pub(super) fn all(m: &mut Model) -> Vec<Effect> {
    let shown: Vec<Id> = m
        .queue
        .visible
        .iter()
        .map(|&i| m.queue.tickets[i].id.clone())
        .collect();
    if !shown.is_empty() && shown.iter().all(|id| m.bulk.marked.contains(id)) {
        m.bulk.marked.clear();
    } else {
        m.bulk.marked.extend(shown);
    }
    vec![]
}

pub(super) fn clear(m: &mut Model) -> Vec<Effect> {
    let n = m.bulk.marked.len();
    m.bulk.marked.clear();
    m.bulk.anchor = None;
    let said = t!(m.lang, "bulk-cleared", tickets = tickets(m.lang, n));
    notice(m, &said, false);
    vec![]
}

/// The selected tickets the queue holds, in its order.
pub fn selected_tickets(m: &Model) -> Vec<&Ticket> {
    m.queue
        .tickets
        .iter()
        .filter(|t| m.bulk.marked.contains(&t.id))
        .collect()
}

/// "1 ticket", "12 tickets", "20 de tichete", "21 заявка": a count of tickets in the language.
pub fn tickets(lang: crate::i18n::Lang, n: usize) -> String {
    let n = n as u64;
    t!(lang, "tickets", count = lang.plural(n), n = lang.number(n))
}

// ---- applying a change -------------------------------------------------------------------

/// A ticket's fields as the queue holds them, for those `like` touches.
fn fields_of(m: &Model, t: &Ticket, like: &Fields) -> Fields {
    Fields {
        status: like.status.as_ref().map(|_| t.status.raw.to_string()),
        priority: like.priority.as_ref().map(|_| {
            t.priority
                .as_ref()
                .map_or(String::new(), |p| p.raw.to_string())
        }),
        assignee: like.assignee.as_ref().map(|_| {
            t.assignee
                .as_ref()
                .map_or(Id::from(String::new()), |a| a.id.clone())
        }),
        // The ticket names its group; the write takes its id.
        group: like.group.as_ref().map(|_| {
            let id = t
                .group
                .as_ref()
                .and_then(|name| m.groups.iter().find(|g| &g.name == name));
            id.map_or(Id::from(String::new()), |g| g.id.clone())
        }),
        tags: like
            .tags
            .as_ref()
            .map(|_| t.tags.iter().map(|s| s.to_string()).collect()),
    }
}

fn set_of(patch: &TicketPatch) -> Fields {
    Fields {
        status: patch.status.clone(),
        priority: patch.priority.clone(),
        assignee: patch.assignee.clone(),
        group: patch.group.clone(),
        tags: patch.tags.clone(),
    }
}

/// A change the agent chose: to the selection (after a confirmation) when there is one, else
/// `None` and the caller writes to the one ticket as before.
pub(super) fn to_selection(m: &mut Model, plan: Plan) -> Option<Vec<Effect>> {
    if m.bulk.marked.is_empty() {
        return None;
    }
    let mut writes = vec![];
    let mut unchanged = 0;
    for t in selected_tickets(m) {
        let mut patch = plan.fields.clone();
        if plan.raise_priority {
            patch.priority = Some(super::compose::raised(t.priority.as_ref()).to_string());
        }
        if !plan.tags.add.is_empty() || !plan.tags.remove.is_empty() {
            let tags = plan.tags.apply(&t.tags);
            if tags != t.tags {
                patch.tags = Some(tags.iter().map(|s| s.to_string()).collect());
            }
        }
        if patch == TicketPatch::default() {
            unchanged += 1;
            continue;
        }
        // A ticket someone changed after the queue loaded it is reported, not overwritten.
        patch.expected = Some(t.updated_at);
        let set = set_of(&patch);
        let item = Item {
            ticket: t.id.clone(),
            before: fields_of(m, t, &set),
            set,
        };
        writes.push((patch, item));
    }
    let mut detail = vec![];
    if unchanged > 0 {
        let n = tickets(m.lang, unchanged);
        detail.push(t!(m.lang, "bulk-already", tickets = n));
    }
    let missing = m.bulk.marked.len() - selected_tickets(m).len();
    if missing > 0 {
        let n = tickets(m.lang, missing);
        detail.push(t!(m.lang, "bulk-gone", tickets = n));
    }
    if writes.is_empty() {
        notice(m, &t!(m.lang, "bulk-nothing"), false);
        return Some(vec![]);
    }
    let text = format!(
        "{}: {}",
        tickets(m.lang, writes.len()),
        plan.words.join(", ")
    );
    m.overlay = Some(Overlay::Confirm(Confirm {
        text,
        detail,
        writes,
        undo: false,
        from_composer: m.composer.is_some(),
    }));
    Some(vec![])
}

/// The confirmation's keys: go, or leave everything as it is.
pub(super) fn confirm_key(m: &mut Model, action: crate::action::Action) -> Vec<Effect> {
    use crate::action::Action;
    match action {
        Action::Accept | Action::Open => match m.close_overlay() {
            Some(Overlay::Confirm(c)) => {
                // The note is in the writes now: its composer and draft go.
                let mut effects = vec![];
                if c.from_composer
                    && let Some(comp) = m.composer.take()
                {
                    m.writes.drafts.remove(&(comp.ticket.clone(), comp.kind));
                    effects.push(Effect::SaveDraft {
                        ticket: comp.ticket,
                        kind: comp.kind,
                        draft: None,
                    });
                }
                effects.extend(send(m, c));
                effects
            }
            _ => vec![],
        },
        Action::Dismiss | Action::Quit | Action::Cancel => {
            m.close_overlay();
            notice(m, &crate::t!(m.lang, "notice-nothing-changed"), false);
            vec![]
        }
        _ => vec![],
    }
}

/// One write per ticket, in the queue's order, each through the outbox.
fn send(m: &mut Model, c: Confirm) -> Vec<Effect> {
    let mut run = Run {
        total: c.writes.len(),
        settled: 0,
        waiting: HashMap::new(),
        delivered: vec![],
        failed: vec![],
        queued: 0,
        undo: c.undo,
        quiet: false,
    };
    let mut effects = vec![];
    for (patch, item) in c.writes {
        let req = next_req(m, "update");
        effects.push(Effect::Update {
            req,
            ticket: item.ticket.clone(),
            patch,
            from_draft: None,
        });
        run.waiting.insert(req, item);
    }
    let n = tickets(m.lang, run.total);
    let said = if c.undo {
        t!(m.lang, "bulk-undoing", tickets = n)
    } else {
        t!(m.lang, "bulk-changing", tickets = n)
    };
    notice(m, &said, false);
    m.bulk.runs.push(run);
    effects
}

/// A single ticket's field change (no selection): kept so that undo can take it back.
pub(super) fn track_single(m: &mut Model, req: ReqId, ticket: &Id, patch: &TicketPatch) {
    let Some(t) = m.current().filter(|t| &t.id == ticket).cloned() else {
        return;
    };
    let set = set_of(patch);
    if set == Fields::default() {
        return;
    }
    let item = Item {
        ticket: ticket.clone(),
        before: fields_of(m, &t, &set),
        set,
    };
    m.bulk.runs.push(Run {
        total: 1,
        settled: 0,
        waiting: HashMap::from([(req, item)]),
        delivered: vec![],
        failed: vec![],
        queued: 0,
        undo: false,
        quiet: true,
    });
}

/// A write was answered. `true` when it was one of a bulk change, whose report says the rest
/// (no notice per ticket).
pub(super) fn answered(m: &mut Model, req: ReqId, ticket: &Id, result: &Result<Ticket>) -> bool {
    let Some(i) = m
        .bulk
        .runs
        .iter()
        .position(|r| r.waiting.contains_key(&req))
    else {
        return false;
    };
    let l = m.lang;
    let run = &mut m.bulk.runs[i];
    let item = run.waiting.remove(&req).expect("found above");
    run.settled += 1;
    let quiet = run.quiet;
    match result {
        Ok(_) => run.delivered.push(item),
        Err(e) => run.failed.push((ticket.clone(), why(l, e))),
    }
    if !quiet {
        m.link.in_flight.remove(&req);
        m.writes.sending.remove(&req);
        if let Ok(t) = result {
            replace_ticket(m, t.clone());
        }
    }
    settle(m, i);
    !quiet
}

/// A write of a change could not go now: it waits in the outbox (and goes out by itself).
pub(super) fn queued(m: &mut Model, req: ReqId) {
    let Some(i) = m
        .bulk
        .runs
        .iter()
        .position(|r| r.waiting.contains_key(&req))
    else {
        return;
    };
    let run = &mut m.bulk.runs[i];
    run.waiting.remove(&req);
    run.settled += 1;
    run.queued += 1;
    settle(m, i);
}

fn why(l: crate::i18n::Lang, e: &HelpdeskError) -> String {
    match e.kind {
        crate::helpdesk::ErrorKind::Conflict => {
            let why = e.to_string();
            crate::t!(l, "bulk-changed-meanwhile", why = why)
        }
        _ => e.to_string(),
    }
}

/// When every write of run `i` is answered: its report, and the change kept for undo.
fn settle(m: &mut Model, i: usize) {
    if !m.bulk.runs[i].waiting.is_empty() {
        return;
    }
    let run = m.bulk.runs.remove(i);
    if !run.undo && !run.delivered.is_empty() {
        m.bulk.undo.push(Change {
            items: run.delivered.clone(),
        });
    }
    if run.quiet {
        return;
    }
    for (ticket, why) in &run.failed {
        let named = m.ticket_named(ticket);
        notice(m, &format!("{named}: {why}"), true);
    }
    let l = m.lang;
    let (done, total) = (run.delivered.len(), tickets(l, run.total));
    let mut text = if run.undo {
        t!(l, "bulk-undo-done", done = done, tickets = total)
    } else {
        t!(l, "bulk-done", done = done, tickets = total)
    };
    if run.queued > 0 {
        let n = run.queued as u64;
        let waiting = t!(l, "bulk-waiting", count = l.plural(n), n = l.number(n));
        text.push_str(&format!("; {waiting}"));
    }
    if !run.failed.is_empty() {
        let log = m
            .keymap
            .key_for(
                crate::keymap::Context::Global,
                crate::action::Action::Messages,
            )
            .map_or(String::new(), |k| {
                format!(" ({})", t!(l, "bulk-which-and-why", key = k))
            });
        let n = run.failed.len() as u64;
        let failed = t!(l, "bulk-failed", count = l.plural(n), n = l.number(n));
        text.push_str(&format!("; {failed}{log}"));
    }
    notice(m, &text, !run.failed.is_empty());
}

/// (undo, answered, total) while a bulk change (or an undo) is delivered: "bulk 7 of 12".
pub fn progress(m: &Model) -> Option<(bool, usize, usize)> {
    let run = m.bulk.runs.iter().find(|r| !r.quiet)?;
    Some((run.undo, run.settled, run.total))
}

// ---- undo ---------------------------------------------------------------------------------

/// `u`: says what taking back the last change would do (the confirmation), fields that someone
/// else changed since being left alone.
pub(super) fn undo(m: &mut Model) -> Vec<Effect> {
    let Some(change) = m.bulk.undo.last().cloned() else {
        notice(m, &crate::t!(m.lang, "notice-nothing-to-undo"), false);
        return vec![];
    };
    let mut writes = vec![];
    let mut detail = vec![];
    let mut words: Vec<String> = vec![];
    for item in &change.items {
        let Some(t) = m
            .queue
            .tickets
            .iter()
            .chain(m.queue.pinned.as_ref())
            .find(|t| t.id == item.ticket)
            .cloned()
        else {
            let named = m.ticket_named(&item.ticket);
            detail.push(format!("{named}: not in the queue now, left as it is"));
            continue;
        };
        let now = fields_of(m, &t, &item.set);
        let mut patch = TicketPatch::default();
        let named = m.ticket_named(&item.ticket);
        let mut left = |field: &str, now: &str| {
            detail.push(format!(
                "{named}: {field} is now {now} (changed since): left alone"
            ));
        };
        let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
        if let (Some(set), Some(now), Some(before)) =
            (&item.set.status, &now.status, &item.before.status)
        {
            if same(set, now) {
                patch.status = Some(before.clone());
                words.push(format!(
                    "status {} → {}",
                    status_label(m, set),
                    status_label(m, before)
                ));
            } else {
                left("status", &status_label(m, now));
            }
        }
        if let (Some(set), Some(now), Some(before)) =
            (&item.set.priority, &now.priority, &item.before.priority)
        {
            if !same(set, now) {
                left("priority", &priority_label(m, now));
            } else if before.is_empty() {
                left(
                    "priority",
                    "set, and had none before (it cannot be emptied)",
                );
            } else {
                patch.priority = Some(before.clone());
                words.push(format!(
                    "priority {} → {}",
                    priority_label(m, set),
                    priority_label(m, before)
                ));
            }
        }
        if let (Some(set), Some(now), Some(before)) =
            (&item.set.assignee, &now.assignee, &item.before.assignee)
        {
            if set == now {
                patch.assignee = Some(before.clone());
                words.push(format!(
                    "assignee {} → {}",
                    agent_label(m, set),
                    agent_label(m, before)
                ));
            } else {
                left("assignee", &agent_label(m, now));
            }
        }
        if let (Some(set), Some(now), Some(before)) =
            (&item.set.group, &now.group, &item.before.group)
        {
            if set != now {
                left("group", &group_label(m, now));
            } else if before.0.is_empty() {
                left("group", "set, and had none before (it cannot be emptied)");
            } else {
                patch.group = Some(before.clone());
                words.push(format!(
                    "group {} → {}",
                    group_label(m, set),
                    group_label(m, before)
                ));
            }
        }
        if let (Some(set), Some(now), Some(before)) = (&item.set.tags, &now.tags, &item.before.tags)
        {
            if same_tags(set, now) {
                patch.tags = Some(before.clone());
                words.push(tag_words(set, before));
            } else {
                left("tags", &now.join(" "));
            }
        }
        if patch == TicketPatch::default() {
            continue;
        }
        patch.expected = Some(t.updated_at);
        let set = set_of(&patch);
        let before = fields_of(m, &t, &set);
        writes.push((
            patch,
            Item {
                ticket: item.ticket.clone(),
                before,
                set,
            },
        ));
    }
    // The change is taken off the list now: what could not be undone is said, not kept.
    m.bulk.undo.pop();
    if writes.is_empty() {
        let mut text = "Nothing left to undo: ".to_string();
        text.push_str(&detail.join("; "));
        notice(m, &text, true);
        return vec![];
    }
    words.sort();
    words.dedup();
    let n = tickets(m.lang, writes.len());
    let text = format!(
        "{}: {}",
        t!(m.lang, "bulk-undo-on", tickets = n),
        words.join(", ")
    );
    m.overlay = Some(Overlay::Confirm(Confirm {
        text,
        detail,
        writes,
        undo: true,
        from_composer: false,
    }));
    vec![]
}

fn same_tags(a: &[String], b: &[String]) -> bool {
    let norm = |v: &[String]| {
        let mut v: Vec<String> = v.iter().map(|t| t.to_lowercase()).collect();
        v.sort();
        v
    };
    norm(a) == norm(b)
}

/// "− tag billing, + tag spam": from the tags set back to the tags before.
fn tag_words(set: &[String], before: &[String]) -> String {
    let has = |v: &[String], t: &str| v.iter().any(|x| x.eq_ignore_ascii_case(t));
    let mut w: Vec<String> = set
        .iter()
        .filter(|t| !has(before, t))
        .map(|t| format!("− tag {t}"))
        .collect();
    w.extend(
        before
            .iter()
            .filter(|t| !has(set, t))
            .map(|t| format!("+ tag {t}")),
    );
    w.join(", ")
}

fn status_label(m: &Model, raw: &str) -> String {
    m.vocabulary
        .status(raw)
        .map_or_else(|| raw.to_string(), |s| s.label.to_string())
}

fn priority_label(m: &Model, raw: &str) -> String {
    m.vocabulary
        .priority(raw)
        .map_or_else(|| raw.to_string(), |p| p.label.to_string())
}

fn agent_label(m: &Model, id: &Id) -> String {
    if id.0.is_empty() {
        return crate::t!(m.lang, "change-nobody");
    }
    m.agents
        .iter()
        .chain(m.me.as_ref())
        .find(|a| &a.id == id)
        .map_or_else(
            || {
                let id = id.to_string();
                crate::t!(m.lang, "unknown-agent-id", id = id)
            },
            |a| a.name.clone(),
        )
}

fn group_label(m: &Model, id: &Id) -> String {
    m.groups.iter().find(|g| &g.id == id).map_or_else(
        || {
            let id = id.to_string();
            crate::t!(m.lang, "unknown-group-id", id = id)
        },
        |g| g.name.clone(),
    )
}

/// The words of a tag change: "+ tag billing, − tag spam".
pub(super) fn tag_change_words(c: &TagChanges) -> Vec<String> {
    c.add
        .iter()
        .map(|t| format!("+ tag {t}"))
        .chain(c.remove.iter().map(|t| format!("− tag {t}")))
        .collect()
}
