//! Snoozes: the picker (a preset or a typed time, and the helpdesk's own waiting status if the
//! agent wants it), snoozed tickets out of the queue's views, the Snoozed view that lists them,
//! and waking: on time (the clock tick's `model.now`) or early, with an alert, when the customer
//! writes (a change seen by a sync or a reload, checked against the conversation).

use super::model::*;
use super::msg::Effect;
use super::queue::{follow, lists_behind_queue};
use super::update::{next_req, notice};
use crate::helpdesk::{Id, Message, Ticket, TicketPatch, Timestamp, View, Visibility};
use crate::store::snoozes::Snooze;

/// The id of the Snoozed view in the views list (no helpdesk view has it: it is tix's own).
pub const SNOOZED_VIEW: &str = "tix:snoozed";

pub fn snoozed_view() -> View {
    View {
        id: Id(SNOOZED_VIEW.into()),
        name: "Snoozed".into(),
    }
}

/// The snooze key on the ticket shown: the picker, or, on a snoozed ticket, its snooze cancelled.
pub(super) fn open(m: &mut Model) -> Vec<Effect> {
    let Some(t) = m.current().cloned() else {
        notice(m, &crate::t!(m.lang, "notice-no-ticket"), true);
        return vec![];
    };
    if m.snooze.tickets.contains_key(&t.id) {
        return cancel(m, &t.id);
    }
    let waiting = m
        .vocabulary
        .status("pending")
        .map(|s| (s.raw.to_string(), s.label.to_string()));
    m.overlay = Some(Overlay::Snooze(Box::new(SnoozePicker {
        presets: crate::snooze::presets(m.lang, m.now, &m.snooze.clock),
        ticket: t,
        selected: 0,
        typed: String::new(),
        on_helpdesk: false,
        waiting,
    })));
    vec![]
}

/// `ticket.unsnooze`: the ticket shown wakes now.
pub(super) fn unsnooze(m: &mut Model) -> Vec<Effect> {
    match m.current().map(|t| t.id.clone()) {
        Some(id) if m.snooze.tickets.contains_key(&id) => cancel(m, &id),
        Some(id) => {
            let named = m.ticket_named(&id);
            notice(
                m,
                &crate::t!(m.lang, "notice-not-snoozed", ticket = named),
                true,
            );
            vec![]
        }
        None => {
            notice(m, &crate::t!(m.lang, "notice-no-ticket"), true);
            vec![]
        }
    }
}

/// A key bound in the picker: move among the presets, the helpdesk toggle, set, or cancel.
pub(super) fn action(m: &mut Model, a: crate::action::Action) -> Vec<Effect> {
    use crate::action::Action;
    let Some(Overlay::Snooze(p)) = m.overlay.as_mut() else {
        return vec![];
    };
    match a {
        Action::Down | Action::Up => {
            let step = if a == Action::Down { 1 } else { -1 };
            p.selected = super::keys::step(p.selected, step, p.presets.len());
            vec![]
        }
        Action::SnoozeHelpdesk => {
            if p.waiting.is_some() {
                p.on_helpdesk = !p.on_helpdesk;
            } else {
                notice(m, &crate::t!(m.lang, "notice-waiting-status-unknown"), true);
            }
            vec![]
        }
        Action::Accept => accept(m),
        Action::Dismiss => {
            m.close_overlay();
            vec![]
        }
        _ => vec![],
    }
}

/// Enter: the ticket is snoozed until the time chosen (kept on disk at once), leaves the queue,
/// and, if asked, the helpdesk's waiting status goes out through the outbox.
fn accept(m: &mut Model) -> Vec<Effect> {
    let Some(Overlay::Snooze(p)) = &m.overlay else {
        return vec![];
    };
    let until = match p.wake_at(m.lang, m.now, &m.snooze.clock) {
        Ok(at) => at,
        Err(why) => {
            // The picker stays open with what was typed.
            notice(m, &why, true);
            return vec![];
        }
    };
    let Some(Overlay::Snooze(p)) = m.close_overlay() else {
        return vec![];
    };
    let id = p.ticket.id.clone();
    let named = m.ticket_named(&id);
    let when = crate::snooze::shown(m.lang, until, m.now, &m.snooze.clock.tz);
    let helpdesk = p.waiting.clone().filter(|_| p.on_helpdesk);
    m.snooze.tickets.insert(
        id.clone(),
        Snooze {
            seen: p.ticket.updated_at,
            ticket: p.ticket,
            until,
            set_at: m.now,
            on_helpdesk: helpdesk.is_some(),
        },
    );
    let mut effects = vec![save(m)];
    match helpdesk {
        Some((raw, label)) => {
            let text = crate::t!(
                m.lang,
                "notice-snoozed-on-helpdesk",
                ticket = named.as_str(),
                when = when.as_str(),
                status = label.as_str()
            );
            notice(m, &text, false);
            let req = next_req(m, "update");
            m.writes.sending.insert(req, (id.clone(), None));
            effects.push(Effect::Update {
                req,
                ticket: id,
                patch: TicketPatch {
                    status: Some(raw),
                    pending_until: Some(until),
                    ..TicketPatch::default()
                },
                from_draft: None,
            });
        }
        None => {
            let text = crate::t!(
                m.lang,
                "notice-snoozed",
                ticket = named.as_str(),
                when = when.as_str()
            );
            notice(m, &text, false)
        }
    }
    effects.extend(revisible(m));
    effects
}

/// The snooze is cancelled: the ticket returns to the queue.
fn cancel(m: &mut Model, id: &Id) -> Vec<Effect> {
    let Some(s) = m.snooze.tickets.remove(id) else {
        return vec![];
    };
    let named = m.ticket_named(id);
    let text = if s.on_helpdesk {
        crate::t!(
            m.lang,
            "notice-snooze-cancelled-status-kept",
            ticket = named
        )
    } else {
        crate::t!(m.lang, "notice-snooze-cancelled", ticket = named)
    };
    notice(m, &text, false);
    let mut effects = vec![save(m)];
    effects.extend(revisible(m));
    effects
}

/// The snoozes whose time has come wake (called on every clock tick).
pub(super) fn wake_due(m: &mut Model) -> Vec<Effect> {
    let due: Vec<Id> = m
        .snooze
        .tickets
        .iter()
        .filter(|(_, s)| s.until <= m.now)
        .map(|(id, _)| id.clone())
        .collect();
    if due.is_empty() {
        return vec![];
    }
    let names: Vec<String> = due.iter().map(|id| named(m, id)).collect();
    for id in &due {
        m.snooze.tickets.remove(id);
    }
    let text = match names.as_slice() {
        [one] => crate::t!(m.lang, "snooze-over-one", ticket = one),
        [first, rest @ ..] => {
            let k = rest.len() as u64;
            let (count, n) = (m.lang.plural(k), m.lang.number(k));
            crate::t!(
                m.lang,
                "snooze-over-many",
                count = count,
                ticket = first,
                n = n
            )
        }
        [] => unreachable!("due is not empty"),
    };
    woke(m, text)
}

/// A woken ticket is named from its snooze (it may be in no view loaded).
fn named(m: &Model, id: &Id) -> String {
    match m.snooze.tickets.get(id) {
        Some(s) if !s.ticket.subject.trim().is_empty() => {
            format!("#{id} {}", m.subject_shown(&s.ticket))
        }
        _ => m.ticket_named(id),
    }
}

/// After tickets woke: the alert (status bar, notify hook, bell), the list on disk, the queue.
fn woke(m: &mut Model, text: String) -> Vec<Effect> {
    notice(m, &text, false);
    m.alerts.shown = Some(text.clone());
    let mut effects = vec![save(m), Effect::Alert { text }];
    if m.alerts.settings.bell {
        effects.push(Effect::Bell);
    }
    effects.extend(revisible(m));
    effects
}

/// Tickets that came from the helpdesk (a sync's changes, a reload): a snoozed one changed
/// since it was last looked at has its conversation read, once, to see whether the customer
/// wrote. The list row cannot tell who wrote; only snoozed tickets that changed cost a request.
pub(super) fn changed<'a>(
    m: &mut Model,
    tickets: impl IntoIterator<Item = &'a Ticket>,
) -> Vec<Effect> {
    if m.snooze.tickets.is_empty() {
        return vec![];
    }
    let mut effects = vec![];
    for t in tickets {
        let Some(s) = m.snooze.tickets.get_mut(&t.id) else {
            continue;
        };
        if t.updated_at <= s.seen || m.snooze.checks.contains(&t.id) {
            continue;
        }
        // The Snoozed view lists the ticket as it is now.
        s.ticket = t.clone();
        m.snooze.checks.insert(t.id.clone());
        effects.push(Effect::CheckSnoozed {
            ticket: t.id.clone(),
            updated_at: t.updated_at,
        });
    }
    effects
}

/// A snoozed ticket's conversation came: it wakes, with an alert, if the customer wrote since it
/// was snoozed; else the change is noted as seen (an agent's note, the helpdesk's own status
/// change) and it sleeps on.
pub(super) fn checked(
    m: &mut Model,
    ticket: Id,
    updated_at: Timestamp,
    result: crate::helpdesk::Result<Vec<Message>>,
) -> Vec<Effect> {
    m.snooze.checks.remove(&ticket);
    let Some(s) = m.snooze.tickets.get(&ticket) else {
        return vec![]; // cancelled or woken meanwhile
    };
    let messages = match result {
        Ok(msgs) => msgs,
        // Not seen: the next reload that brings the ticket asks again.
        Err(e) => {
            tracing::info!("snoozed ticket {ticket}: could not read its conversation: {e}");
            return vec![];
        }
    };
    if customer_wrote(m, s, &messages) {
        let name = named(m, &ticket);
        m.snooze.tickets.remove(&ticket);
        return woke(m, format!("{name} woke early: the customer wrote"));
    }
    if let Some(s) = m.snooze.tickets.get_mut(&ticket) {
        s.seen = s.seen.max(updated_at);
    }
    vec![save(m)]
}

/// A public message after the snooze from the requester (or, where the ticket names none, from
/// someone who is not an agent).
fn customer_wrote(m: &Model, s: &Snooze, messages: &[Message]) -> bool {
    let requester = s.ticket.requester.as_ref().map(|r| &r.id);
    messages.iter().any(|msg| {
        let author = msg.author.as_ref().map(|a| &a.id);
        let from_customer = match requester {
            Some(r) => author == Some(r),
            None => author.is_some_and(|a| {
                !m.agents.iter().any(|x| &x.id == a) && m.me.as_ref().is_none_or(|me| &me.id != a)
            }),
        };
        msg.visibility == Visibility::Public && msg.created_at > s.set_at && from_customer
    })
}

/// The whole list, for the disk.
fn save(m: &mut Model) -> Effect {
    let mut all: Vec<Snooze> = m.snooze.tickets.values().cloned().collect();
    all.sort_by_key(|s| s.until);
    m.queue
        .view_counts
        .insert(Id(SNOOZED_VIEW.into()), m.snooze.tickets.len() as u64);
    Effect::SaveSnoozes(all)
}

/// The queue after snoozes changed: the Snoozed view lists them again; another view shows its
/// rows less the snoozed ones. The selection stays on its ticket, or on the row where the ticket
/// it was on just left.
fn revisible(m: &mut Model) -> Vec<Effect> {
    if m.in_snoozed_view() {
        return show(m);
    }
    let before = m.current().map(|t| t.id.clone());
    if m.queue
        .pinned
        .as_ref()
        .is_some_and(|p| m.snooze.tickets.contains_key(&p.id))
    {
        m.queue.pinned = None;
    }
    let keep = m.selected_in_queue().map(|t| t.id.clone());
    let at = m.queue.selected;
    recompute(m);
    m.queue.selected = keep
        .and_then(|id| {
            m.queue
                .visible
                .iter()
                .position(|&i| m.queue.tickets[i].id == id)
        })
        .unwrap_or(at.min(m.queue.visible.len().saturating_sub(1)));
    if m.current().map(|t| &t.id) != before.as_ref() {
        follow(m)
    } else {
        vec![]
    }
}

/// The rows shown: those that match the filter and are not snoozed.
pub(super) fn recompute(m: &mut Model) {
    let needle = m.queue.filter.to_lowercase();
    if needle.is_empty() {
        // No filter: its haystacks go (a whole view's are some 14 MB).
        m.queue.haystacks = Vec::new();
    } else {
        super::filter::ensure_haystacks(m);
    }
    m.queue.visible = (0..m.queue.tickets.len())
        .filter(|&i| !m.hidden(&m.queue.tickets[i]))
        .filter(|&i| needle.is_empty() || m.queue.haystacks[i].contains(&needle))
        .collect();
}

/// The Snoozed view: its rows are the snoozes, soonest to wake first, from the list kept (no
/// request: the helpdesk knows nothing of them).
pub(super) fn show(m: &mut Model) -> Vec<Effect> {
    if let Some(old) = m.queue.req.take() {
        m.link.in_flight.remove(&old);
    }
    let keep = m.selected_in_queue().map(|t| t.id.clone());
    let at = m.queue.selected;
    m.queue.progress = None;
    m.queue.refreshing = false;
    m.queue.loading_more = false;
    m.queue.more = None;
    m.sync.cached_at = None;
    m.queue.tickets.clear();
    m.queue.haystacks.clear();
    m.queue.visible.clear();
    m.queue.incoming.clear();
    let mut all: Vec<&Snooze> = m.snooze.tickets.values().collect();
    all.sort_by_key(|s| s.until);
    let rows: Vec<Ticket> = all.into_iter().map(|s| s.ticket.clone()).collect();
    m.queue.total = Some(rows.len() as u64);
    super::queue::append_tickets(m, rows);
    m.queue.selected = keep
        .and_then(|id| {
            m.queue
                .visible
                .iter()
                .position(|&i| m.queue.tickets[i].id == id)
        })
        .unwrap_or(at.min(m.queue.visible.len().saturating_sub(1)));
    // Changes still come by sync (they may wake a snooze): from now when nothing was synced yet.
    if m.sync.synced_at.is_none() {
        m.sync.synced_at = Some(m.now);
    }
    let mut effects = follow(m);
    effects.extend(lists_behind_queue(m));
    effects
}

/// A wake-up time for the Snoozed view's rows.
pub fn wakes(m: &Model, t: &Ticket) -> Option<String> {
    let s = m.snooze.tickets.get(&t.id)?;
    Some(crate::snooze::shown(
        m.lang,
        s.until,
        m.now,
        &m.snooze.clock.tz,
    ))
}
