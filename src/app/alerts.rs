//! Alerts (near breach, urgent or VIP arrivals) and the metrics recorded from what the agent does.

use super::model::*;
use super::msg::Effect;
use crate::helpdesk::{Id, Ticket, Timestamp, Visibility};
use crate::metrics;

/// Handle time: when the current ticket changes, the time spent on the previous one is recorded.
pub(super) fn handle_time(m: &mut Model) -> Vec<Effect> {
    let current = m.current().map(|t| t.id.clone());
    if m.metrics.handling.as_ref().map(|(id, _)| id) == current.as_ref() {
        return vec![];
    }
    let previous = std::mem::replace(&mut m.metrics.handling, current.map(|id| (id, m.now)));
    match previous {
        Some((ticket, since)) => {
            let secs = m.now.duration_since(since).as_secs();
            if secs > 0 {
                record(
                    m,
                    metrics::Event::Handled {
                        ticket: ticket.0.to_string(),
                        at: m.now,
                        secs,
                    },
                )
            } else {
                vec![]
            }
        }
        None => vec![],
    }
}

fn record(m: &mut Model, e: metrics::Event) -> Vec<Effect> {
    m.metrics.events.push(e.clone());
    vec![Effect::Record(e)]
}

/// A confirmed write: a public reply (first response when no agent had answered in public
/// before), and solving (on first contact when at most one public agent reply was needed).
pub(super) fn record_write(
    m: &mut Model,
    t: &Ticket,
    draft: Option<&Draft>,
    counted: bool,
) -> Vec<Effect> {
    let requester = t.requester.as_ref().map(|r| r.id.clone());
    let agent_replies = match m.conversations.loaded.get(&t.id).and_then(Loaded::ready) {
        Some(msgs) => msgs
            .iter()
            .filter(|x| {
                x.visibility == Visibility::Public
                    && x.author.as_ref().map(|a| &a.id) != requester.as_ref()
            })
            .count(),
        None => 0,
    };
    let mut effects = vec![];
    if counted {
        // The reply or the other work is recorded already; only solving is left to see.
    } else if let Some(d) = draft
        && d.kind == DraftKind::Reply
    {
        let first = (agent_replies == 0)
            .then(|| crate::helpdesk::known(t.created_at))
            .flatten()
            .map(|created| m.now.duration_since(created).as_secs());
        effects.extend(record(
            m,
            metrics::Event::Replied {
                ticket: t.id.to_string(),
                at: m.now,
                first_response_secs: first,
            },
        ));
    } else {
        // A note, an escalation or a field change: work on the ticket all the same.
        let ticket = t.id.to_string();
        effects.extend(record(m, metrics::Event::Wrote { ticket, at: m.now }));
    }
    let replied_now = usize::from(draft.is_some_and(|d| d.kind == DraftKind::Reply));
    let was_solved = m
        .metrics
        .events
        .iter()
        .any(|e| matches!(e, metrics::Event::Solved { ticket, .. } if *ticket == t.id.0));
    if t.status.category == crate::helpdesk::StatusCategory::Solved && !was_solved {
        effects.extend(record(
            m,
            metrics::Event::Solved {
                ticket: t.id.to_string(),
                at: m.now,
                first_contact: agent_replies + replied_now <= 1,
            },
        ));
    }
    effects
}

/// Satisfaction ratings on the agent's own tickets, recorded once each.
pub(super) fn record_ratings(m: &mut Model) -> Vec<Effect> {
    let Some(me) = m.me.as_ref().map(|a| a.id.clone()) else {
        return vec![];
    };
    let new: Vec<(String, bool)> = m
        .queue
        .tickets
        .iter()
        .filter(|t| t.assignee.as_ref().is_some_and(|a| a.id == me))
        .filter_map(|t| Some((t.id.to_string(), t.satisfaction.as_deref()? == "good")))
        .filter(|(id, _)| {
            !m.metrics
                .events
                .iter()
                .any(|e| matches!(e, metrics::Event::Rated { ticket, .. } if ticket == id))
        })
        .collect();
    let mut effects = vec![];
    for (ticket, good) in new {
        effects.extend(record(
            m,
            metrics::Event::Rated {
                ticket,
                at: m.now,
                good,
            },
        ));
    }
    effects
}

fn near_breach(t: &Ticket, now: Timestamp, window: jiff::SignedDuration) -> Option<Timestamp> {
    t.next_sla()
        .and_then(|s| s.due_at)
        .filter(|due| due.duration_since(now) <= window)
}

/// Tickets of a further page were in the view all along: they did not arrive. In a view ordered by
/// breach they also breach no sooner than the rows the agent was alerted about: no alert for them
/// (in a view that turned out unordered, their deadlines are news and are alerted as usual).
pub(super) fn known_without_alert(m: &mut Model, first: usize) {
    let window = jiff::SignedDuration::from_secs(m.alerts.settings.minutes * 60);
    for t in &m.queue.tickets[first..] {
        if let Some(k) = m.alerts.known.as_mut() {
            k.insert(t.id.clone());
        }
        if m.queue.load_window.is_some() && near_breach(t, m.now, window).is_some() {
            m.alerts.given.insert((t.id.clone(), AlertKind::NearBreach));
        }
    }
}

/// Alerts, once per event: a ticket coming within the configured minutes of its breach, and an
/// urgent or VIP ticket arriving in the queue.
pub(super) fn check_alerts(m: &mut Model) -> Vec<Effect> {
    if m.queue.tickets.is_empty() || m.queue.req.is_some() && !m.queue.refreshing {
        return vec![];
    }
    let window = jiff::SignedDuration::from_secs(m.alerts.settings.minutes * 60);
    let mut near = vec![];
    let mut arrived = vec![];
    for t in &m.queue.tickets {
        // A snoozed ticket is out of sight until it wakes; its breach alerts then, if still near.
        if let Some(due) = near_breach(t, m.now, window)
            && !m.snooze.tickets.contains_key(&t.id)
            && !m
                .alerts
                .given
                .contains(&(t.id.clone(), AlertKind::NearBreach))
        {
            near.push((t.id.clone(), due));
        }
        let important = t.priority.as_ref().is_some_and(|p| p.rank >= 4)
            || t.requester_tier == Some(crate::helpdesk::Tier::Vip);
        if important
            && m.alerts.known.as_ref().is_some_and(|k| !k.contains(&t.id))
            && !m.alerts.given.contains(&(t.id.clone(), AlertKind::Arrived))
        {
            arrived.push(t.id.clone());
        }
    }
    m.alerts.known = Some(m.queue.tickets.iter().map(|t| t.id.clone()).collect());
    let mut parts = vec![];
    if !near.is_empty() {
        near.sort_by_key(|(_, due)| *due);
        let breached = near.iter().filter(|(_, d)| *d <= m.now).count();
        let (id, due) = &near[0];
        let left = crate::duration::short(m.lang, due.duration_since(m.now));
        let (l, id) = (m.lang, id.0.as_str());
        parts.push(match near.len() {
            1 if breached == 1 => crate::t!(l, "alert-breached", id = id, left = left),
            1 => crate::t!(l, "alert-breaches-in", id = id, left = left),
            // Every loaded ticket, and more of the view not loaded yet: likely more of them.
            n if n == m.queue.tickets.len() && m.queue.more.is_some() => crate::t!(
                l,
                "alert-near-more",
                n = l.number(n as u64),
                id = id,
                left = left
            ),
            n => crate::t!(
                l,
                "alert-near",
                count = l.plural(n as u64),
                n = l.number(n as u64),
                id = id,
                left = left
            ),
        });
        for (id, _) in near {
            m.alerts.given.insert((id, AlertKind::NearBreach));
        }
    }
    if !arrived.is_empty() {
        let list: Vec<String> = arrived.iter().take(3).map(|id| format!("#{id}")).collect();
        parts.push(crate::t!(m.lang, "alert-arrived", list = list.join(", ")));
        for id in arrived {
            m.alerts.given.insert((id, AlertKind::Arrived));
        }
    }
    if parts.is_empty() {
        return vec![];
    }
    let text = parts.join(" · ");
    m.alerts.shown = Some(text.clone());
    let mut effects = vec![Effect::Alert { text }];
    if m.alerts.settings.bell {
        effects.push(Effect::Bell);
    }
    effects
}

/// A write from the outbox reached the helpdesk: counted for the day's numbers.
pub(super) fn delivered(m: &mut Model, ticket: Id, message: Option<Visibility>) -> Vec<Effect> {
    let (ticket, at) = (ticket.0.to_string(), m.now);
    let event = match message {
        Some(Visibility::Public) => metrics::Event::Replied {
            ticket,
            at,
            first_response_secs: None,
        },
        _ => metrics::Event::Wrote { ticket, at },
    };
    record(m, event)
}
