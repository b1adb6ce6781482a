//! The one place state changes: `update(model, msg) -> effects`. No I/O and no clock reads here.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Position, Rect};
use ratatui_textarea::TextArea;

use std::collections::HashMap;

use super::line_edit;
use super::model::*;
use super::msg::{Effect, Msg, ReqId};
use crate::action::Action;
use crate::canned;
use crate::helpdesk::{Id, NewMessage, Ticket, TicketPatch, Timestamp, Visibility};
use crate::keymap::{Binding, Context, Key, Lookup};
use crate::layout;
use crate::metrics;
use crate::palette;

pub fn init(model: &mut Model) -> Vec<Effect> {
    model.in_flight.insert(0, "views");
    vec![
        Effect::LoadMe,
        Effect::LoadViews,
        Effect::LoadCanned,
        Effect::LoadAgents,
        Effect::LoadGroups,
        Effect::LoadVocabulary,
    ]
}

pub fn update(m: &mut Model, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Key(ev) if ev.kind != KeyEventKind::Release => on_key(m, ev),
        Msg::Key(_) => vec![],
        Msg::Edited { ticket, kind, text } => edited(m, ticket, kind, text),
        Msg::SearchDone { req, result } => search_done(m, req, result),
        Msg::Ticket {
            req,
            ticket,
            result,
        } => {
            m.in_flight.remove(&req);
            match result {
                Ok(t) => {
                    notice(m, &format!("#{} {}", t.id, t.subject), false);
                    m.pinned = Some(t);
                    m.focus = Focus::Conversation;
                    follow(m)
                }
                Err(e) => {
                    notice(m, &format!("Could not open #{ticket}: {e}"), true);
                    vec![]
                }
            }
        }
        Msg::OutboxDelivered { ticket, message } => {
            let (ticket, at) = (ticket.0, m.now);
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
        Msg::Paste(text) => match m.composer.as_mut() {
            Some(c) => {
                c.editor.insert_str(text);
                save_draft(m)
            }
            None => vec![],
        },
        Msg::Cached(q) => {
            if !m.tickets.is_empty() {
                return vec![]; // the helpdesk answered first
            }
            m.cached_at = Some(q.saved_at);
            if m.view.is_none() {
                m.view = Some(q.view);
            }
            let mut all = q.tickets;
            crate::sla::sort(&mut all);
            append_tickets(m, all);
            if m.low_bandwidth {
                open_selected(m)
            } else {
                follow(m)
            }
        }
        Msg::Synced {
            req,
            started,
            result,
        } => {
            m.in_flight.remove(&req);
            if m.sync_req != Some(req) {
                return vec![];
            }
            m.sync_req = None;
            match result {
                Ok(Some(changed)) => {
                    m.connection = Connection::Online;
                    merge_changes(m, changed, started)
                }
                // The backend cannot tell what changed: list the view again.
                Ok(None) => match m.view.clone() {
                    Some(v) => vec![load_view(m, v.id)],
                    None => vec![],
                },
                Err(e) => {
                    failed(m, &e);
                    vec![]
                }
            }
        }
        Msg::Queued { req, ticket, error } => {
            m.in_flight.remove(&req);
            // The outbox holds the text now (its draft left the disk when it went in).
            m.sending.remove(&req);
            m.outbox += 1;
            failed(m, &error);
            let named = m.ticket_named(&ticket);
            notice(
                m,
                &format!("{named}: {error}; the write waits in the outbox and goes out by itself"),
                true,
            );
            vec![]
        }
        Msg::Returned { ticket, patch, why } => {
            let mut effects = vec![];
            if let Some(msg) = patch.message
                && !m
                    .drafts
                    .contains_key(&(ticket.clone(), DraftKind::of(msg.visibility)))
            {
                let kind = DraftKind::of(msg.visibility);
                let d = Draft {
                    kind,
                    text: msg.body,
                    fields: TicketPatch::default(),
                };
                m.drafts.insert((ticket.clone(), kind), d.clone());
                effects.push(Effect::SaveDraft {
                    ticket: ticket.clone(),
                    kind,
                    draft: Some(d),
                });
            }
            let named = m.ticket_named(&ticket);
            notice(
                m,
                &format!("{named}: {why}; not sent: your text is back in the draft (r to review)"),
                true,
            );
            effects
        }
        Msg::OutboxCount(n) => {
            m.outbox = n;
            vec![]
        }
        Msg::MacroPreview {
            req,
            ticket,
            result,
        } => on_macro_preview(m, req, ticket, result),
        Msg::RateBudget(b) => {
            m.rate_budget = b;
            vec![]
        }
        Msg::Rested(move_no) => {
            if m.low_bandwidth && move_no == m.selection_moves {
                open_selected(m)
            } else {
                vec![]
            }
        }
        Msg::Failed(text) => {
            notice(m, &text, true);
            vec![]
        }
        Msg::Downloading { req, done, total } => super::attach::progress(m, req, done, total),
        Msg::Downloaded { req, result } => super::attach::done(m, req, result),
        Msg::OpenFailed(why) => {
            notice(m, &format!("Could not open it: {why}"), true);
            vec![]
        }
        Msg::Mouse(ev) => on_mouse(m, ev),
        Msg::Resize(w, h) => {
            m.size = (w, h);
            vec![]
        }
        Msg::Tick(now) => {
            m.now = now;
            let mut effects = check_alerts(m);
            effects.extend(sync_if_due(m));
            effects.extend(match m.retry_at {
                Some(at) if at <= now && m.view_req.is_none() => {
                    m.retry_at = None;
                    match m.view.clone() {
                        Some(v) => vec![load_view(m, v.id)],
                        None => {
                            m.in_flight.insert(0, "views");
                            vec![Effect::LoadViews]
                        }
                    }
                }
                _ => vec![],
            });
            effects
        }
        Msg::Me(r) => {
            match r {
                Ok(me) => m.me = Some(me),
                Err(e) => failed(m, &e),
            }
            vec![]
        }
        Msg::Views(r) => {
            m.in_flight.remove(&0);
            match r {
                Ok(views) => {
                    m.connection = Connection::Online;
                    m.retry_delay_secs = 0;
                    // The configured (or last used) view when the helpdesk has it, else the first.
                    let wanted = m.preferred_view.as_deref().and_then(|name| {
                        views
                            .iter()
                            .find(|v| v.name.eq_ignore_ascii_case(name.trim()))
                    });
                    if let (Some(name), None) = (&m.preferred_view, wanted) {
                        notice(
                            m,
                            &format!("No view named “{name}”: showing the first"),
                            true,
                        );
                    }
                    m.view = wanted.or(views.first()).cloned();
                    m.views = views;
                    match m.view.clone() {
                        Some(v) => vec![load_view(m, v.id)],
                        None => {
                            notice(m, "This helpdesk has no views", true);
                            vec![]
                        }
                    }
                }
                Err(e) => {
                    failed(m, &e);
                    schedule_retry(m, &e);
                    vec![]
                }
            }
        }
        Msg::ViewPage {
            req,
            tickets,
            loaded,
            total,
        } => {
            if m.view_req != Some(req) {
                return vec![];
            }
            if total.is_some() {
                m.view_total = total;
            }
            m.progress = Some(if m.loading_more {
                Progress {
                    loaded: m.tickets.len() + tickets.len(),
                    total: m.view_total,
                }
            } else {
                Progress { loaded, total }
            });
            if m.refreshing {
                m.incoming.extend(tickets);
                return vec![];
            }
            // First load: show rows as they arrive.
            let was_empty = m.tickets.is_empty();
            let first = m.tickets.len();
            append_tickets(m, tickets);
            if m.loading_more {
                known_without_alert(m, first);
            }
            match (was_empty, m.low_bandwidth) {
                (true, true) => open_selected(m),
                (true, false) => follow(m),
                _ => vec![],
            }
        }
        Msg::Unreadable(n) => {
            notice(m, &crate::helpdesk::unreadable(n), true);
            vec![]
        }
        Msg::ViewsUnordered => {
            // The top pages are not the top of the queue: the rest of the view follows, whole.
            m.load_window = None;
            vec![]
        }
        Msg::ViewDone { req, result } => {
            if m.view_req != Some(req) {
                return vec![];
            }
            m.in_flight.remove(&req);
            m.view_req = None;
            m.progress = None;
            let more = std::mem::take(&mut m.loading_more);
            let effects = match result {
                Ok(next) => {
                    m.connection = Connection::Online;
                    m.retry_delay_secs = 0;
                    m.more = next;
                    // A further page is not a sync: changes to the rows shown before are asked
                    // for from the last complete load.
                    if !more {
                        m.synced_at = m.load_started.take();
                    }
                    m.cached_at = None;
                    // The complete queue takes its order (soonest breach first). The selection
                    // stays on the ticket it was on after a refresh, or if the agent moved while
                    // the queue loaded; a first load starts at the top.
                    let keep = (m.refreshing || m.selected != 0)
                        .then(|| m.selected_in_queue().map(|t| t.id.clone()))
                        .flatten();
                    let mut all = if m.refreshing {
                        std::mem::take(&mut m.incoming)
                    } else {
                        std::mem::take(&mut m.tickets)
                    };
                    m.sla_policy.apply(&mut all);
                    crate::sla::sort(&mut all);
                    m.tickets.clear();
                    m.haystacks.clear();
                    m.visible.clear();
                    append_tickets(m, all);
                    m.selected = keep
                        .and_then(|id| m.visible.iter().position(|&i| m.tickets[i].id == id))
                        .unwrap_or(0);
                    let moved = m.selected_in_queue().map(|t| &t.id) != m.current().map(|t| &t.id);
                    let mut effects = if m.refreshing || moved {
                        follow(m)
                    } else {
                        vec![]
                    };
                    effects.extend(check_alerts(m));
                    effects.extend(record_ratings(m));
                    effects.extend(load_more_if_near_end(m));
                    if let (Some(view), Some(saved_at)) = (m.view.clone(), m.synced_at) {
                        effects.push(Effect::SaveQueue(crate::store::cache::CachedQueue {
                            view,
                            saved_at,
                            tickets: m.tickets.clone(),
                        }));
                    }
                    effects
                }
                Err(e) => {
                    m.incoming.clear();
                    failed(m, &e);
                    schedule_retry(m, &e);
                    vec![]
                }
            };
            m.refreshing = false;
            effects
        }
        Msg::Conversation {
            req,
            ticket,
            result,
        } => {
            m.in_flight.remove(&req);
            let entry = match result {
                Ok(msgs) => {
                    m.connection = Connection::Online;
                    Loaded::Ready(msgs)
                }
                Err(e) => {
                    failed(m, &e);
                    Loaded::Failed(e.to_string())
                }
            };
            m.set_conversation(ticket, entry);
            vec![]
        }
        Msg::Customer {
            req,
            customer,
            result,
        } => {
            m.in_flight.remove(&req);
            let entry = match result {
                Ok(c) => Loaded::Ready(c),
                Err(e) => {
                    failed(m, &e);
                    Loaded::Failed(e.to_string())
                }
            };
            m.customers.insert(customer, entry);
            vec![]
        }
        Msg::Canned(r) => {
            m.canned = match r {
                Ok(c) => Loaded::Ready(c),
                Err(e) => Loaded::Failed(e.to_string()),
            };
            vec![]
        }
        Msg::Agents(r) => {
            if let Ok(a) = r {
                m.agents = a;
            }
            vec![]
        }
        Msg::Groups(r) => {
            if let Ok(g) = r {
                m.groups = g;
            }
            vec![]
        }
        Msg::ViewCount { view, count } => {
            match count {
                Some(n) => m.view_counts.insert(view, n),
                None => m.view_counts.remove(&view),
            };
            vec![]
        }
        Msg::Tags(r) => {
            // Without the list, completion still offers the tags of the tickets loaded.
            m.helpdesk_tags = Some(match r {
                Ok(tags) => Loaded::Ready(tags),
                Err(e) => Loaded::Failed(e.to_string()),
            });
            vec![]
        }
        Msg::Vocabulary(v) => {
            // Tickets that came before the list are named as it names them (their filter
            // haystacks hold the name too).
            for (i, t) in m.tickets.iter_mut().enumerate() {
                v.relabel(&mut t.status);
                if let Some(h) = m.haystacks.get_mut(i) {
                    *h = haystack(t, m.privacy);
                }
            }
            let customers = m
                .customers
                .values_mut()
                .filter_map(|c| match c {
                    Loaded::Ready((_, ts)) => Some(ts.iter_mut()),
                    _ => None,
                })
                .flatten();
            for t in m.pinned.iter_mut().chain(customers) {
                v.relabel(&mut t.status);
            }
            m.vocabulary = v;
            vec![]
        }
        Msg::Updated {
            req,
            ticket,
            result,
        } => {
            m.in_flight.remove(&req);
            let (_, draft) = m.sending.remove(&req).unwrap_or((ticket.clone(), None));
            match result {
                Ok(t) => {
                    let named = format!("#{} {}", t.id, m.subject_shown(&t));
                    notice(m, &format!("{named} updated"), false);
                    // A write from the outbox that no request waited for is counted by its own
                    // message (`OutboxDelivered`, which knows whether it was a reply).
                    let counted = req == super::msg::OUTBOX_REQ;
                    let mut recorded = record_write(m, &t, draft.as_ref(), counted);
                    replace_ticket(m, t);
                    // The sent text's draft left the disk when the write went into the outbox.
                    let mut effects = vec![];
                    // Show the confirmed message: read the conversation again.
                    m.forget_conversation(&ticket);
                    if let Some(requester) = m.current().and_then(|t| t.requester.clone()) {
                        m.customers.remove(&requester.id);
                    }
                    effects.extend(follow(m));
                    effects.append(&mut recorded);
                    effects
                }
                Err(e) => {
                    // Nothing typed is lost: the text goes back to the ticket's draft.
                    let mut effects = vec![];
                    if let Some(d) = draft
                        && !m.drafts.contains_key(&(ticket.clone(), d.kind))
                    {
                        m.drafts.insert((ticket.clone(), d.kind), d.clone());
                        effects.push(Effect::SaveDraft {
                            ticket: ticket.clone(),
                            kind: d.kind,
                            draft: Some(d),
                        });
                    }
                    failed(m, &e);
                    let named = m.ticket_named(&ticket);
                    let what = format!("{named} not updated ({e}); your text is kept as a draft");
                    notice(m, &what, true);
                    effects
                }
            }
        }
    }
}

pub(super) fn next_req(m: &mut Model, label: &'static str) -> ReqId {
    let r = m.next_req;
    m.next_req += 1;
    m.in_flight.insert(r, label);
    r
}

pub(super) fn notice(m: &mut Model, text: &str, error: bool) {
    let n = Notice {
        text: text.to_string(),
        error,
    };
    if m.messages.len() == MESSAGES_KEPT {
        m.messages.pop_front();
    }
    m.messages.push_back((m.now, n.clone()));
    m.notice = Some(n);
}

fn failed(m: &mut Model, e: &crate::helpdesk::HelpdeskError) {
    if e.kind == crate::helpdesk::ErrorKind::Network
        && !matches!(m.connection, Connection::Offline { .. })
    {
        m.connection = Connection::Offline {
            since: m.now,
            reason: e.message.clone(),
        };
    }
    notice(m, &e.to_string(), true);
}

/// Every `refresh_secs`, ask the helpdesk what changed since the last complete view.
fn sync_if_due(m: &mut Model) -> Vec<Effect> {
    let Some(since) = m.synced_at.filter(|_| m.search.is_none()) else {
        return vec![];
    };
    let due = since + jiff::SignedDuration::from_secs(m.refresh_secs as i64);
    if m.refresh_secs == 0 || m.now < due || m.view_req.is_some() || m.sync_req.is_some() {
        return vec![];
    }
    let req = next_req(m, "sync");
    m.sync_req = Some(req);
    // Ask with a little overlap: a change made during the last answer is not lost.
    vec![Effect::Sync {
        req,
        since: since - jiff::SignedDuration::from_secs(5),
    }]
}

/// Changes since the last sync. Tickets already in the queue are updated in place (their
/// conversations are read again when next shown); a ticket that is new to the queue means the
/// view's membership changed, which only the helpdesk can judge: the view is listed again.
fn merge_changes(m: &mut Model, changed: Vec<Ticket>, started: Timestamp) -> Vec<Effect> {
    if changed
        .iter()
        .any(|t| !m.tickets.iter().any(|x| x.id == t.id))
    {
        return match m.view.clone() {
            Some(v) => vec![load_view(m, v.id)],
            None => vec![],
        };
    }
    m.synced_at = Some(started);
    let current = m.current().map(|t| t.id.clone());
    let mut effects = vec![];
    for mut t in changed {
        let Some(old) = m.tickets.iter().find(|x| x.id == t.id) else {
            continue;
        };
        // Search answers carry ids, not names: keep the names the queue already had.
        if t.requester.as_ref().map(|r| &r.id) == old.requester.as_ref().map(|r| &r.id) {
            t.requester = old.requester.clone();
        }
        if let Some(a) = t.assignee.as_mut() {
            if let Some(known) = m.agents.iter().find(|x| x.id == a.id) {
                a.name = known.name.clone();
                a.email = known.email.clone();
            } else if let Some(prev) = old.assignee.as_ref().filter(|p| p.id == a.id) {
                *a = prev.clone();
            }
        }
        t.group = t.group.or_else(|| old.group.clone());
        t.organization = t.organization.or_else(|| old.organization.clone());
        t.requester_tier = t.requester_tier.or(old.requester_tier);
        if t.sla.is_empty() {
            t.sla = old.sla.clone();
        }
        if old.updated_at == t.updated_at {
            continue;
        }
        m.forget_conversation(&t.id);
        let reload = current.as_ref() == Some(&t.id);
        replace_ticket(m, t);
        if reload {
            effects.extend(follow(m));
        }
    }
    effects
}

/// After a transient failure the queue is tried again by itself: after Retry-After when the server
/// gave one, else 5 s doubling to 2 min. The status bar counts down.
fn schedule_retry(m: &mut Model, e: &crate::helpdesk::HelpdeskError) {
    if !e.is_transient() {
        return;
    }
    let delay = e
        .retry_after
        .map(|d| d.as_secs().max(1))
        .unwrap_or(m.retry_delay_secs.clamp(5, 120));
    m.retry_delay_secs = (delay * 2).min(120);
    m.retry_at = Some(m.now + jiff::SignedDuration::from_secs(delay as i64));
}

fn load_view(m: &mut Model, view: Id) -> Effect {
    if let Some(old) = m.view_req.take() {
        m.in_flight.remove(&old);
    }
    let req = next_req(m, "queue");
    m.view_req = Some(req);
    // The queue holds search results: "reload" asks the helpdesk's search again.
    if let Some(query) = m.search.clone() {
        m.progress = None;
        return Effect::Search { req, query };
    }
    m.load_started = Some(m.now);
    m.refreshing = !m.tickets.is_empty();
    m.loading_more = false;
    m.incoming.clear();
    m.progress = Some(Progress {
        loaded: 0,
        total: None,
    });
    // A reload asks again for as much as the agent has already scrolled through.
    let want = m.load_window.map(|w| w.max(m.tickets.len()));
    Effect::LoadView {
        req,
        view,
        from: None,
        want,
    }
}

/// With only the top of a view loaded, its next page is fetched when the selection comes within
/// a screenful of the last loaded row (or a filter leaves fewer rows than that). Each page's
/// answer checks again, so a filter with few matches walks on until it fills the screen.
fn load_more_if_near_end(m: &mut Model) -> Vec<Effect> {
    // Without a window (the view is not in the queue's order) all that is left comes at once.
    let near_end = m.selected + m.size.1 as usize + 1 >= m.visible.len();
    if m.view_req.is_some() || m.load_window.is_some() && !near_end {
        return vec![];
    }
    let (Some(from), Some(view)) = (m.more.clone(), m.view.as_ref().map(|v| v.id.clone())) else {
        return vec![];
    };
    // A filter with few matches walks the view page by page, but not through all of a huge one:
    // past a bound it stops and points to the helpdesk's search.
    let walked = m
        .filter_from
        .map_or(0, |from| m.tickets.len().saturating_sub(from));
    if m.load_window.is_some() && !m.filter.is_empty() && walked >= FILTER_WALK {
        if m.notice
            .as_ref()
            .is_none_or(|n| !n.text.starts_with("No more matches"))
        {
            let loaded = m.tickets.len();
            notice(
                m,
                &format!("No more matches among the {loaded} loaded: S searches the helpdesk"),
                false,
            );
        }
        return vec![];
    }
    let req = next_req(m, "queue");
    m.view_req = Some(req);
    m.loading_more = true;
    m.progress = Some(Progress {
        loaded: m.tickets.len(),
        total: m.view_total,
    });
    vec![Effect::LoadView {
        req,
        view,
        from: Some(from),
        want: m.load_window.map(|_| 1),
    }]
}

/// What the queue filter matches in a ticket: number, subject, requester, status, priority,
/// assignee, group, organization and tags. With privacy mode on, only what the queue shows: the
/// subject as masked on screen, and no email address.
fn haystack(t: &Ticket, privacy: bool) -> String {
    fn name(p: &Option<crate::helpdesk::PartyRef>) -> &str {
        p.as_ref().map_or("", |r| r.name.as_str())
    }
    let subject = if privacy {
        crate::privacy::text(&t.subject)
    } else {
        t.subject.clone()
    };
    let email = match (&t.requester, privacy) {
        (Some(r), false) => r.email.as_deref().unwrap_or(""),
        _ => "",
    };
    format!(
        "#{} {subject} {} {email} {} {} {} {} {} {}",
        t.id,
        name(&t.requester),
        t.status.label,
        t.priority.as_ref().map_or("", |p| p.label.as_str()),
        name(&t.assignee),
        t.group.as_deref().unwrap_or(""),
        t.organization.as_deref().unwrap_or(""),
        t.tags.join(" "),
    )
    .to_lowercase()
}

fn append_tickets(m: &mut Model, mut tickets: Vec<Ticket>) {
    m.sla_policy.apply(&mut tickets);
    let needle = m.filter.to_lowercase();
    for t in tickets {
        let h = haystack(&t, m.privacy);
        if needle.is_empty() || h.contains(&needle) {
            m.visible.push(m.tickets.len());
        }
        m.haystacks.push(h);
        m.tickets.push(t);
    }
}

/// How many tickets a filter may page through, looking for matches, before it stops.
const FILTER_WALK: usize = 2_000;

fn refilter(m: &mut Model) -> Vec<Effect> {
    // Where this filter began, to bound how far it pages through the view.
    m.filter_from = match (m.filter.is_empty(), m.filter_from) {
        (true, _) => None,
        (false, Some(from)) => Some(from),
        (false, None) => Some(m.tickets.len()),
    };
    let keep = m.selected_in_queue().map(|t| t.id.clone());
    let needle = m.filter.to_lowercase();
    m.visible = m
        .haystacks
        .iter()
        .enumerate()
        .filter(|(_, h)| needle.is_empty() || h.contains(&needle))
        .map(|(i, _)| i)
        .collect();
    m.selected = keep
        .and_then(|id| m.visible.iter().position(|&i| m.tickets[i].id == id))
        .unwrap_or(0);
    let mut effects = follow(m);
    effects.extend(load_more_if_near_end(m));
    effects
}

fn replace_ticket(m: &mut Model, t: Ticket) {
    if let Some(i) = m.tickets.iter().position(|x| x.id == t.id) {
        m.haystacks[i] = haystack(&t, m.privacy);
        m.tickets[i] = t.clone();
    }
    if m.pinned.as_ref().is_some_and(|p| p.id == t.id) {
        m.pinned = Some(t);
    }
}

/// The conversation and customer panels follow the current ticket: fetch what is not cached.
fn follow(m: &mut Model) -> Vec<Effect> {
    m.conversation_scroll = 0;
    m.conversation_more = 0;
    m.quoted_shown = false;
    m.customer_selected = 0;
    let mut effects = handle_time(m);
    let Some(t) = m.current() else {
        return effects;
    };
    let (ticket, requester) = (t.id.clone(), t.requester.as_ref().map(|r| r.id.clone()));
    if !matches!(m.conversations.get(&ticket), Some(Loaded::Ready(_))) {
        if let Some(old) = m.conversation_req.take() {
            m.in_flight.remove(&old);
        }
        let req = next_req(m, "conversation");
        m.conversation_req = Some(req);
        m.set_conversation(ticket.clone(), Loaded::Loading);
        effects.push(Effect::LoadConversation { req, ticket });
    }
    if let Some(customer) = requester
        && !matches!(m.customers.get(&customer), Some(Loaded::Ready(_)))
    {
        if let Some(old) = m.customer_req.take() {
            m.in_flight.remove(&old);
        }
        let req = next_req(m, "customer");
        m.customer_req = Some(req);
        m.customers.insert(customer.clone(), Loaded::Loading);
        effects.push(Effect::LoadCustomer { req, customer });
    }
    effects
}

/// Handle time: when the current ticket changes, the time spent on the previous one is recorded.
fn handle_time(m: &mut Model) -> Vec<Effect> {
    let current = m.current().map(|t| t.id.clone());
    if m.handling.as_ref().map(|(id, _)| id) == current.as_ref() {
        return vec![];
    }
    let previous = std::mem::replace(&mut m.handling, current.map(|id| (id, m.now)));
    match previous {
        Some((ticket, since)) => {
            let secs = m.now.duration_since(since).as_secs();
            if secs > 0 {
                record(
                    m,
                    metrics::Event::Handled {
                        ticket: ticket.0,
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
    m.metrics.push(e.clone());
    vec![Effect::Record(e)]
}

/// A confirmed write: a public reply (first response when no agent had answered in public
/// before), and solving (on first contact when at most one public agent reply was needed).
fn record_write(m: &mut Model, t: &Ticket, draft: Option<&Draft>, counted: bool) -> Vec<Effect> {
    let requester = t.requester.as_ref().map(|r| r.id.clone());
    let agent_replies = match m.conversations.get(&t.id).and_then(Loaded::ready) {
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
                ticket: t.id.0.clone(),
                at: m.now,
                first_response_secs: first,
            },
        ));
    } else {
        // A note, an escalation or a field change: work on the ticket all the same.
        let ticket = t.id.0.clone();
        effects.extend(record(m, metrics::Event::Wrote { ticket, at: m.now }));
    }
    let replied_now = usize::from(draft.is_some_and(|d| d.kind == DraftKind::Reply));
    let was_solved = m
        .metrics
        .iter()
        .any(|e| matches!(e, metrics::Event::Solved { ticket, .. } if *ticket == t.id.0));
    if t.status.category == crate::helpdesk::StatusCategory::Solved && !was_solved {
        effects.extend(record(
            m,
            metrics::Event::Solved {
                ticket: t.id.0.clone(),
                at: m.now,
                first_contact: agent_replies + replied_now <= 1,
            },
        ));
    }
    effects
}

/// Satisfaction ratings on the agent's own tickets, recorded once each.
fn record_ratings(m: &mut Model) -> Vec<Effect> {
    let Some(me) = m.me.as_ref().map(|a| a.id.clone()) else {
        return vec![];
    };
    let new: Vec<(String, bool)> = m
        .tickets
        .iter()
        .filter(|t| t.assignee.as_ref().is_some_and(|a| a.id == me))
        .filter_map(|t| Some((t.id.0.clone(), t.satisfaction.as_deref()? == "good")))
        .filter(|(id, _)| {
            !m.metrics
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
fn known_without_alert(m: &mut Model, first: usize) {
    let window = jiff::SignedDuration::from_secs(m.alert_settings.minutes * 60);
    for t in &m.tickets[first..] {
        if let Some(k) = m.known.as_mut() {
            k.insert(t.id.clone());
        }
        if m.load_window.is_some() && near_breach(t, m.now, window).is_some() {
            m.alerted.insert((t.id.clone(), AlertKind::NearBreach));
        }
    }
}

/// Alerts, once per event: a ticket coming within the configured minutes of its breach, and an
/// urgent or VIP ticket arriving in the queue.
fn check_alerts(m: &mut Model) -> Vec<Effect> {
    if m.tickets.is_empty() || m.view_req.is_some() && !m.refreshing {
        return vec![];
    }
    let window = jiff::SignedDuration::from_secs(m.alert_settings.minutes * 60);
    let mut near = vec![];
    let mut arrived = vec![];
    for t in &m.tickets {
        if let Some(due) = near_breach(t, m.now, window)
            && !m.alerted.contains(&(t.id.clone(), AlertKind::NearBreach))
        {
            near.push((t.id.clone(), due));
        }
        let important = t.priority.as_ref().is_some_and(|p| p.rank >= 4)
            || t.requester_tier == Some(crate::helpdesk::Tier::Vip);
        if important
            && m.known.as_ref().is_some_and(|k| !k.contains(&t.id))
            && !m.alerted.contains(&(t.id.clone(), AlertKind::Arrived))
        {
            arrived.push(t.id.clone());
        }
    }
    m.known = Some(m.tickets.iter().map(|t| t.id.clone()).collect());
    let mut parts = vec![];
    if !near.is_empty() {
        near.sort_by_key(|(_, due)| *due);
        let breached = near.iter().filter(|(_, d)| *d <= m.now).count();
        let (id, due) = &near[0];
        let left = crate::ui::short_duration(due.duration_since(m.now));
        parts.push(match near.len() {
            1 if breached == 1 => format!("#{id} breached its SLA ({left})"),
            1 => format!("#{id} breaches its SLA in {left}"),
            // Every loaded ticket, and more of the view not loaded yet: likely more of them.
            n if n == m.tickets.len() && m.more.is_some() => {
                format!("{n}+ tickets at or near SLA breach (first: #{id}, {left})")
            }
            n => format!("{n} tickets at or near SLA breach (first: #{id}, {left})"),
        });
        for (id, _) in near {
            m.alerted.insert((id, AlertKind::NearBreach));
        }
    }
    if !arrived.is_empty() {
        let list: Vec<String> = arrived.iter().take(3).map(|id| format!("#{id}")).collect();
        parts.push(format!("new urgent/VIP: {}", list.join(", ")));
        for id in arrived {
            m.alerted.insert((id, AlertKind::Arrived));
        }
    }
    if parts.is_empty() {
        return vec![];
    }
    let text = parts.join(" · ");
    m.alert = Some(text.clone());
    vec![Effect::Alert {
        text,
        bell: m.alert_settings.bell,
    }]
}

/// The customer panel as drawn now: its header lines, how far it is scrolled, its tickets.
fn customer_geometry(m: &Model, panel: Rect) -> Option<(usize, usize, usize)> {
    let Some(Loaded::Ready((c, tickets))) = m.current_customer() else {
        return None;
    };
    let header = layout::customer_header(c, tickets).len();
    let selected = (m.focus == Focus::Customer).then_some(m.customer_selected);
    let height = layout::inner(panel).height as usize;
    let scroll = layout::customer_scroll(header, selected, height);
    Some((header, scroll, tickets.len()))
}

/// Click focuses a panel and selects the row under the pointer; the wheel scrolls the panel under it.
fn on_mouse(m: &mut Model, ev: MouseEvent) -> Vec<Effect> {
    if !matches!(m.mode, Mode::Normal) {
        return vec![];
    }
    let area = Rect::new(0, 0, m.size.0, m.size.1);
    let p = layout::panels(area, m.composer.is_some());
    let at = Position::new(ev.column, ev.row);
    let Some((focus, rect)) = [
        (Focus::Queue, p.queue),
        (Focus::Conversation, p.conversation),
        (Focus::Customer, p.customer),
        (Focus::Canned, p.canned),
    ]
    .into_iter()
    .find(|(_, r)| r.contains(at)) else {
        return vec![];
    };
    match ev.kind {
        MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
            m.focus = focus;
            let d = if ev.kind == MouseEventKind::ScrollDown {
                3
            } else {
                -3
            };
            move_by(m, d)
        }
        MouseEventKind::Down(MouseButton::Left) => {
            // The customer panel's scroll as drawn before this click (it depends on the focus).
            let customer_scroll_was = customer_geometry(m, rect);
            m.focus = focus;
            // Rows start below the border (and, in the queue, the header).
            let row = ev.row.saturating_sub(rect.y + 1) as usize;
            match focus {
                Focus::Queue if row >= 1 => {
                    let rows = layout::queue_rows(m.size.0, m.size.1, m.composer.is_some()).max(1);
                    let target = m.selected / rows * rows + row - 1;
                    if target < m.visible.len() {
                        return move_by(m, target as isize - m.selected as isize);
                    }
                    vec![]
                }
                Focus::Canned => {
                    let list_h = layout::canned_list(rect).height as usize;
                    let target = layout::page_start(m.canned_selected, list_h) + row;
                    if row < list_h && target < m.canned_visible().len() {
                        m.canned_selected = target;
                    }
                    vec![]
                }
                Focus::Customer => {
                    let Some((header, scroll, n)) = customer_scroll_was else {
                        return vec![];
                    };
                    match layout::customer_ticket_at(header, scroll, row) {
                        Some(i) if i < n => m.customer_selected = i,
                        _ => {}
                    }
                    vec![]
                }
                _ => vec![],
            }
        }
        _ => vec![],
    }
}

fn on_key(m: &mut Model, ev: KeyEvent) -> Vec<Effect> {
    let before = m.mode;
    let effects = route_key(m, ev);
    if m.mode != before {
        // A prompt opens with its cursor at the end of what it holds.
        m.prompt_cursor = usize::MAX;
    }
    effects
}

fn route_key(m: &mut Model, ev: KeyEvent) -> Vec<Effect> {
    let key = Key::from_event(ev);
    match m.mode {
        Mode::Problems | Mode::Metrics | Mode::Messages => {
            m.mode = Mode::Normal;
            vec![]
        }
        // The preview's own keys only: nothing else may slip through to the panels behind it.
        Mode::Macro => match m.keymap.lookup(Context::Macro, &[key]) {
            Lookup::Matched(b) => match b.action {
                Some(a) => macro_key(m, a),
                None => vec![],
            },
            _ => vec![],
        },
        Mode::Compose => match sequence(m, Context::Compose, key) {
            Step::Run(b) => act(m, &b),
            Step::Wait => vec![],
            Step::Unbound => {
                let changed = m.composer.as_mut().is_some_and(|c| c.editor.input(ev));
                if changed { save_draft(m) } else { vec![] }
            }
        },
        // The attachment picker's own keys (save; open while nothing is typed) first; it moves
        // and filters like any picker.
        Mode::Pick if attachment_key(m, key).is_some() => {
            let open = attachment_key(m, key) == Some(true);
            super::attach::chosen(m, open)
        }
        Mode::Pick => pick_key(m, key, ev),
        Mode::Filter | Mode::Palette | Mode::Help | Mode::Tags | Mode::Search => {
            match m.keymap.lookup(Context::Palette, &[key]) {
                Lookup::Matched(b) if b.action.is_some() => {
                    let b = b.clone();
                    prompt_action(m, &b)
                }
                _ => prompt_text(m, ev),
            }
        }
        Mode::Normal => {
            if m.pending_keys.is_empty() {
                // A key acknowledges the last notice and alert.
                m.notice = None;
                m.alert = None;
            }
            match sequence(m, m.focus.context(), key) {
                Step::Run(b) => act(m, &b),
                Step::Wait | Step::Unbound => vec![],
            }
        }
    }
}

enum Step {
    Run(Binding),
    Wait,
    Unbound,
}

/// Feeds a key into the pending sequence: run a complete binding, wait for more, or give up.
fn sequence(m: &mut Model, ctx: Context, key: Key) -> Step {
    m.pending_keys.push(key);
    let step = match m.keymap.lookup(ctx, &m.pending_keys) {
        Lookup::Matched(b) => match b.action {
            Some(_) => Step::Run(b.clone()),
            None => Step::Wait, // unbound on purpose: swallow it
        },
        Lookup::Pending(_) => return Step::Wait,
        Lookup::NotFound => {
            if m.pending_keys.len() > 1 {
                m.pending_keys.clear();
                return Step::Wait; // a broken sequence is dropped, not typed
            }
            Step::Unbound
        }
    };
    m.pending_keys.clear();
    step
}

/// The tag being typed in the tag prompt: the word that ends at the cursor, with its sign.
fn tag_word(m: &Model) -> (usize, char, String) {
    let at = line_edit::clamp(&m.tag_input, m.prompt_cursor);
    let start = m.tag_input[..at]
        .rfind(char::is_whitespace)
        .map_or(0, |i| i + 1);
    let word = &m.tag_input[start..at];
    match word.chars().next() {
        Some(sign @ ('+' | '-')) => (start, sign, word[1..].to_lowercase()),
        _ => (start, '+', word.to_lowercase()),
    }
}

/// Tags that complete the word being typed: for `-`, the ticket's own tags; else the
/// helpdesk's tags (most used first), then those of the tickets loaded, without the ones the
/// ticket has or the prompt already names.
pub fn tag_suggestions(m: &Model) -> Vec<String> {
    const SHOWN: usize = 8;
    let Some(t) = m.current() else {
        return vec![];
    };
    let (_, sign, prefix) = tag_word(m);
    let typed: Vec<&str> = m
        .tag_input
        .split_whitespace()
        .map(|w| w.trim_start_matches(['+', '-']))
        .collect();
    let fits = |tag: &str| tag.starts_with(&prefix) && tag != prefix && !typed.contains(&tag);
    if sign == '-' {
        return t
            .tags
            .iter()
            .filter(|x| fits(x))
            .take(SHOWN)
            .cloned()
            .collect();
    }
    let listed = m
        .helpdesk_tags
        .as_ref()
        .and_then(Loaded::ready)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for tag in m.tickets.iter().flat_map(|t| &t.tags) {
        *seen.entry(tag.as_str()).or_default() += 1;
    }
    let mut loaded: Vec<(&str, usize)> = seen.into_iter().collect();
    loaded.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut out: Vec<String> = vec![];
    for tag in listed
        .iter()
        .map(String::as_str)
        .chain(loaded.into_iter().map(|(t, _)| t))
    {
        if out.len() == SHOWN {
            break;
        }
        if fits(tag) && !t.tags.iter().any(|x| x == tag) && !out.iter().any(|x| x == tag) {
            out.push(tag.to_string());
        }
    }
    out
}

/// Tab in the tag prompt: the word being typed becomes the first suggestion.
fn complete_tag(m: &mut Model) {
    let Some(first) = tag_suggestions(m).into_iter().next() else {
        return;
    };
    let (start, sign, _) = tag_word(m);
    let at = line_edit::clamp(&m.tag_input, m.prompt_cursor);
    let done = format!("{sign}{first} ");
    m.tag_input.replace_range(start..at, &done);
    m.prompt_cursor = start + done.len();
}

/// What a key does in the attachment picker: `Some(false)` saves, `Some(true)` opens (a letter,
/// so only while nothing is typed into the filter), `None` is any other key.
fn attachment_key(m: &Model, key: Key) -> Option<bool> {
    let p = m
        .picker
        .as_ref()
        .filter(|p| p.kind == PickKind::Attachment)?;
    match m.keymap.action(Context::Attachments, key)? {
        Action::AttachmentSave => Some(false),
        Action::AttachmentOpen if p.filter.is_none() => Some(true),
        _ => None,
    }
}

/// A key in a picker. Until the agent types, the keys that move in a list move in it (j/k, g/G,
/// Home/End, a view's number, q); any other printable key starts its filter (`/` starts it empty,
/// to type those letters too), and from then on printable keys type into the filter and only the
/// prompt's keys (arrows, Enter, Esc) act. No key but Enter applies a value.
fn pick_key(m: &mut Model, key: Key, ev: KeyEvent) -> Vec<Effect> {
    let typing = m.picker.as_ref().is_some_and(|p| p.filter.is_some());
    if let Lookup::Matched(b) = m.keymap.lookup(Context::Palette, &[key])
        && b.action.is_some()
    {
        let b = b.clone();
        return prompt_action(m, &b);
    }
    if !typing {
        let moves = |a: Action| {
            matches!(
                a,
                Action::Down
                    | Action::Up
                    | Action::Top
                    | Action::Bottom
                    | Action::Open
                    | Action::Quit
                    | Action::ViewN
            )
        };
        // The key that filters the focused list (`/`) starts the picker's filter empty.
        let filters = matches!(
            m.keymap.lookup(m.focus.context(), &[key]),
            Lookup::Matched(b) if b.action == Some(Action::Filter)
        );
        if filters {
            if let Some(p) = m.picker.as_mut() {
                p.filter = Some(String::new());
            }
            return vec![];
        }
        match m.keymap.lookup(Context::Global, &[key]) {
            Lookup::Matched(b) if b.action.is_some_and(moves) => {
                let b = b.clone();
                return prompt_action(m, &b);
            }
            _ => {}
        }
        use ratatui::crossterm::event::KeyModifiers;
        let plain = !ev
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        if !(plain && matches!(ev.code, KeyCode::Char(_))) {
            return vec![];
        }
        if let Some(p) = m.picker.as_mut() {
            p.filter = Some(String::new());
        }
    }
    prompt_text(m, ev)
}

/// A key bound in the [palette] table while a prompt (filter, palette, picker, help) is open.
fn prompt_action(m: &mut Model, b: &Binding) -> Vec<Effect> {
    let Some(action) = b.action else {
        return vec![];
    };
    match (m.mode, action) {
        (Mode::Help, Action::Help | Action::Dismiss | Action::Accept) => {
            m.mode = Mode::Normal;
            m.help_query.clear();
            vec![]
        }
        (Mode::Help, Action::Down | Action::Up) => {
            m.help_scroll = (m.help_scroll as isize + step_of(action)).max(0) as usize;
            vec![]
        }
        (Mode::Search, Action::Dismiss) => {
            m.mode = Mode::Normal;
            m.search_input.clear();
            vec![]
        }
        (Mode::Search, Action::Accept) => {
            m.mode = Mode::Normal;
            let query = std::mem::take(&mut m.search_input);
            start_search(m, query.trim())
        }
        (Mode::Tags, Action::Dismiss) => {
            m.mode = Mode::Normal;
            m.tag_input.clear();
            vec![]
        }
        (Mode::Tags, Action::Accept) => {
            m.mode = Mode::Normal;
            let input = std::mem::take(&mut m.tag_input);
            change_tags(m, &input)
        }
        (Mode::Filter, Action::Accept) => {
            m.mode = Mode::Normal;
            vec![]
        }
        (Mode::Filter, Action::Dismiss) => {
            m.mode = Mode::Normal;
            if m.focus == Focus::Canned {
                m.canned_filter.clear();
                m.canned_selected = 0;
                vec![]
            } else {
                m.filter.clear();
                refilter(m)
            }
        }
        (Mode::Filter, Action::Down | Action::Up) => move_by(m, step_of(action)),
        (Mode::Palette, Action::Down | Action::Up) => {
            let n = palette_items(m).len();
            m.palette.selected = step(m.palette.selected, step_of(action), n);
            vec![]
        }
        (Mode::Palette, Action::Dismiss) => {
            m.mode = Mode::Normal;
            vec![]
        }
        (Mode::Palette, Action::Accept) => {
            m.mode = Mode::Normal;
            let items = palette_items(m);
            match items.get(m.palette.selected).map(|i| i.target.clone()) {
                Some(palette::Target::Action(a)) => act(m, &Binding::of(a)),
                Some(palette::Target::Canned(i)) => {
                    let Some(c) = m.canned.ready().and_then(|all| all.get(i)).cloned() else {
                        return vec![];
                    };
                    use_canned(m, c)
                }
                Some(palette::Target::GoTo(id)) => go_to(m, id),
                None => vec![],
            }
        }
        (Mode::Pick, Action::Down | Action::Up) => {
            if let Some(p) = m.picker.as_mut() {
                p.move_by(step_of(action));
            }
            vec![]
        }
        (Mode::Pick, Action::Top | Action::Bottom) => {
            if let Some(p) = m.picker.as_mut() {
                p.move_by(if action == Action::Top {
                    isize::MIN
                } else {
                    isize::MAX
                });
            }
            vec![]
        }
        (Mode::Pick, Action::Dismiss | Action::Quit) => {
            m.picker = None;
            m.mode = Mode::Normal;
            vec![]
        }
        // In the view picker a view's number takes it at once.
        (Mode::Pick, Action::ViewN)
            if m.picker.as_ref().is_some_and(|p| p.kind == PickKind::View) =>
        {
            m.picker = None;
            m.mode = Mode::Normal;
            act(m, b)
        }
        (Mode::Pick, Action::Accept | Action::Open)
            if m.picker
                .as_ref()
                .is_some_and(|p| p.kind == PickKind::Attachment) =>
        {
            super::attach::chosen(m, false)
        }
        (Mode::Pick, Action::Accept | Action::Open) => {
            // Nothing shown matches what was typed: Enter takes nothing.
            let Some(chosen) = m.picker.as_ref().and_then(Picker::chosen) else {
                return vec![];
            };
            let Some(p) = m.picker.take() else {
                return vec![];
            };
            m.mode = Mode::Normal;
            if p.current == Some(chosen) && p.kind != PickKind::View {
                notice(m, "Unchanged: that is the value now", false);
                return vec![];
            }
            match (p.options.get(chosen).cloned(), p.ticket) {
                (Some((value, _)), None) => show_view(m, &Id(value)),
                (Some((value, label)), Some(ticket)) => set_field(m, p.kind, ticket, value, &label),
                (None, _) => vec![],
            }
        }
        _ => vec![],
    }
}

fn step_of(a: Action) -> isize {
    if a == Action::Down { 1 } else { -1 }
}

/// The helpdesk's own search (all tickets, solved included); its results fill the queue in place
/// of the view until Esc or another view.
fn start_search(m: &mut Model, query: &str) -> Vec<Effect> {
    if query.is_empty() {
        return vec![];
    }
    if m.capabilities.as_ref().is_some_and(|c| !c.search) {
        notice(m, "This helpdesk offers no search here", true);
        return vec![];
    }
    if m.search.is_none() {
        m.view_before_search = m.view.clone();
    }
    m.search = Some(query.to_string());
    m.view = Some(crate::helpdesk::View {
        id: Id("search".into()),
        name: format!("Search “{query}”"),
    });
    notice(m, &format!("Searching the helpdesk for “{query}”…"), false);
    let req = next_req(m, "search");
    m.view_req = Some(req);
    vec![Effect::Search {
        req,
        query: query.to_string(),
    }]
}

fn search_done(
    m: &mut Model,
    req: ReqId,
    result: crate::helpdesk::Result<Vec<Ticket>>,
) -> Vec<Effect> {
    m.in_flight.remove(&req);
    if m.view_req != Some(req) || m.search.is_none() {
        return vec![]; // superseded, or left
    }
    m.view_req = None;
    match result {
        Ok(found) => {
            clear_queue(m);
            m.view_total = Some(found.len() as u64);
            notice(
                m,
                &format!("{} found; Esc goes back to the view", found.len()),
                false,
            );
            append_tickets(m, found);
            follow(m)
        }
        Err(e) => {
            notice(m, &format!("Search failed: {e}"), true);
            vec![]
        }
    }
}

/// `+a -b c`: adds a and c, removes b, from the tags of the ticket shown; one write of the whole
/// set (the helpdesks take tags as a set).
fn change_tags(m: &mut Model, input: &str) -> Vec<Effect> {
    let Some(t) = m.current() else {
        return vec![];
    };
    let (ticket, before) = (t.id.clone(), t.tags.clone());
    // Typed in the workspace a bare word adds, as `+word` does.
    let mut changes = crate::helpdesk::TagChanges::default();
    for word in input.split_whitespace() {
        match word.strip_prefix('-') {
            Some(gone) => changes.remove.push(gone.to_string()),
            None => changes
                .add
                .push(word.strip_prefix('+').unwrap_or(word).to_string()),
        }
    }
    changes.add.retain(|t| !t.is_empty());
    changes.remove.retain(|t| !t.is_empty());
    let tags = changes.apply(&before);
    if tags == before {
        let named = m.ticket_named(&ticket);
        notice(m, &format!("Tags of {named} unchanged"), false);
        return vec![];
    }
    notice(
        m,
        &format!(
            "Setting the tags of {} to {}…",
            m.ticket_named(&ticket),
            tags.join(" ")
        ),
        false,
    );
    let req = next_req(m, "update");
    m.sending.insert(req, (ticket.clone(), None));
    vec![Effect::Update {
        req,
        ticket,
        patch: TicketPatch {
            tags: Some(tags),
            ..TicketPatch::default()
        },
        from_draft: None,
    }]
}

/// Typing into a prompt's text (filter, palette query, help search, search, tags, a picker's
/// filter), with a shell's line editing.
fn prompt_text(m: &mut Model, ev: KeyEvent) -> Vec<Effect> {
    let canned = m.focus == Focus::Canned;
    let text = match m.mode {
        Mode::Tags => &mut m.tag_input,
        Mode::Search => &mut m.search_input,
        Mode::Palette => &mut m.palette.query,
        Mode::Help => &mut m.help_query,
        Mode::Pick => match m.picker.as_mut().and_then(|p| p.filter.as_mut()) {
            Some(f) => f,
            None => return vec![],
        },
        _ if canned => &mut m.canned_filter,
        _ => &mut m.filter,
    };
    if m.mode == Mode::Tags && ev.code == KeyCode::Tab {
        complete_tag(m);
        return vec![];
    }
    if line_edit::edit(text, &mut m.prompt_cursor, ev) != line_edit::Edit::Changed {
        return vec![];
    }
    match m.mode {
        Mode::Palette => {
            m.palette.selected = 0;
            vec![]
        }
        Mode::Pick => {
            if let Some(p) = m.picker.as_mut() {
                p.refilter();
            }
            vec![]
        }
        Mode::Help | Mode::Tags | Mode::Search => vec![],
        _ if canned => {
            m.canned_selected = 0;
            vec![]
        }
        _ => refilter(m),
    }
}

pub fn palette_items(m: &Model) -> Vec<palette::Item> {
    let canned = m.canned.ready().map(Vec::as_slice).unwrap_or_default();
    palette::items(&m.palette.query, &m.keymap, m.focus.context(), canned)
}

fn set_field(m: &mut Model, kind: PickKind, ticket: Id, value: String, label: &str) -> Vec<Effect> {
    match kind {
        PickKind::Escalate => return start_escalation(m, &value, label),
        PickKind::View => return show_view(m, &Id(value)),
        PickKind::Attachment => return vec![],
        _ => {}
    }
    let mut patch = TicketPatch::default();
    let what = match kind {
        PickKind::Status => {
            patch.status = Some(value);
            "status"
        }
        PickKind::Priority => {
            patch.priority = Some(value);
            "priority"
        }
        PickKind::Assignee | PickKind::Escalate | PickKind::View | PickKind::Attachment => {
            patch.assignee = Some(Id(value));
            "assignee"
        }
    };
    let named = m.ticket_named(&ticket);
    notice(m, &format!("Setting {what} of {named} to {label}…"), false);
    let req = next_req(m, "update");
    m.sending.insert(req, (ticket.clone(), None));
    vec![Effect::Update {
        req,
        ticket,
        patch,
        from_draft: None,
    }]
}

/// The escalation target is chosen: a required internal note follows, sent with the rest.
fn start_escalation(m: &mut Model, value: &str, label: &str) -> Vec<Effect> {
    let (group, assignee) = match value.split_once(':') {
        Some(("group", id)) => (Some(Id(id.to_string())), None),
        Some((_, id)) => (None, Some(Id(id.to_string()))),
        None => (None, Some(Id(value.to_string()))),
    };
    let effects = open_composer(m, DraftKind::Escalation, None);
    if let Some(c) = m.composer.as_mut() {
        c.escalation = Some(Escalation {
            group,
            assignee,
            label: label.to_string(),
        });
    }
    notice(
        m,
        &format!("Escalating to {label}: a note is required"),
        false,
    );
    effects
}

/// One priority level up (urgent stays urgent).
fn raised(p: Option<&crate::helpdesk::Priority>) -> &'static str {
    match p.map(|p| p.rank).unwrap_or(0) {
        0 | 1 => "normal",
        2 => "high",
        _ => "urgent",
    }
}

/// A field set straight from a binding's arguments (`args = { status = "pending" }`).
fn set_from_args(m: &mut Model, kind: PickKind, value: &str) -> Vec<Effect> {
    let Some(t) = m.current() else {
        notice(m, "No ticket selected", true);
        return vec![];
    };
    let ticket = t.id.clone();
    let v = &m.vocabulary;
    // A status or priority in any word the vocabulary knows (`pending` in a keymap: the
    // backend's first pending status), written as the backend spells it.
    let (value, label) = match (kind, value) {
        (PickKind::Assignee, "me") => match &m.me {
            Some(me) => (me.id.0.clone(), me.name.clone()),
            None => return vec![],
        },
        (PickKind::Status, w) if !v.statuses.is_empty() => match v.status(w) {
            Some(s) => (s.raw.clone(), s.label.clone()),
            None => {
                let valid = v.status_words();
                notice(m, &format!("No status {w:?} here: {valid}"), true);
                return vec![];
            }
        },
        (PickKind::Priority, w) if !v.priorities.is_empty() => match v.priority(w) {
            Some(p) => (p.raw.clone(), p.label.clone()),
            None => {
                let valid = v.priority_words();
                notice(m, &format!("No priority {w:?} here: {valid}"), true);
                return vec![];
            }
        },
        (PickKind::Status | PickKind::Priority, _) => {
            notice(m, "Statuses are not known yet: try again in a moment", true);
            return vec![];
        }
        _ => (value.to_string(), value.to_string()),
    };
    set_field(m, kind, ticket, value, &label)
}

fn act(m: &mut Model, b: &Binding) -> Vec<Effect> {
    let Some(action) = b.action else {
        return vec![];
    };
    match action {
        Action::Quit => {
            // A composer still open (behind a click elsewhere) keeps its text as a draft.
            let mut effects = if m.composer.is_some() {
                close_composer(m)
            } else {
                vec![]
            };
            m.quit = true;
            effects.push(Effect::Quit);
            effects
        }
        Action::Help => {
            m.mode = Mode::Help;
            m.help_query.clear();
            m.help_scroll = 0;
            vec![]
        }
        Action::Palette => {
            m.mode = Mode::Palette;
            m.palette = PaletteState::default();
            vec![]
        }
        // The palette, ready for a number: typing 1200 offers "Open #1200".
        Action::GoTo => {
            m.mode = Mode::Palette;
            m.palette = PaletteState {
                query: "#".into(),
                ..PaletteState::default()
            };
            vec![]
        }
        Action::Refresh => match m.view.clone() {
            Some(v) => {
                notice(m, "Refreshing…", false);
                vec![load_view(m, v.id)]
            }
            None => vec![Effect::LoadViews],
        },
        Action::FocusNext | Action::FocusPrev => {
            let i = Focus::ORDER.iter().position(|f| *f == m.focus).unwrap_or(0);
            let n = Focus::ORDER.len();
            let step = if action == Action::FocusNext {
                1
            } else {
                n - 1
            };
            m.focus = Focus::ORDER[(i + step) % n];
            vec![]
        }
        Action::Down => move_by(m, 1),
        Action::Up => move_by(m, -1),
        Action::PageDown => move_by(m, page(m) as isize),
        Action::PageUp => move_by(m, -(page(m) as isize)),
        Action::Top => move_by(m, isize::MIN / 2),
        Action::Bottom => move_by(m, isize::MAX / 2),
        Action::Open => open(m),
        Action::Views => open_view_picker(m),
        Action::NextView => cycle_view(m, 1),
        Action::PrevView => cycle_view(m, -1),
        Action::ViewN => {
            let n = b.args.get("n").and_then(|n| n.parse::<usize>().ok());
            match n
                .and_then(|n| m.views.get(n.checked_sub(1)?))
                .map(|v| v.id.clone())
            {
                Some(id) => show_view(m, &id),
                None => {
                    notice(m, "No such view", true);
                    vec![]
                }
            }
        }
        Action::Filter => {
            if matches!(m.focus, Focus::Queue | Focus::Canned) {
                m.mode = Mode::Filter;
            } else {
                m.focus = Focus::Queue;
                m.mode = Mode::Filter;
            }
            vec![]
        }
        Action::Reply => open_composer(m, DraftKind::Reply, None),
        Action::Note => open_composer(m, DraftKind::Note, None),
        Action::Canned => {
            m.focus = Focus::Canned;
            vec![]
        }
        Action::SetStatus => match b.args.get("status") {
            Some(v) => set_from_args(m, PickKind::Status, v),
            None => open_picker(m, PickKind::Status),
        },
        Action::SetPriority => match b.args.get("priority") {
            Some(v) => set_from_args(m, PickKind::Priority, v),
            None => open_picker(m, PickKind::Priority),
        },
        Action::Assign => match b.args.get("assignee") {
            Some(v) => set_from_args(m, PickKind::Assignee, v),
            None => open_picker(m, PickKind::Assignee),
        },
        Action::Escalate => open_picker(m, PickKind::Escalate),
        // "Take it": the one-key assignment of the ticket shown to the agent.
        Action::TakeIt => match (m.current().map(|t| t.id.clone()), m.me.clone()) {
            (Some(ticket), Some(me)) => set_field(m, PickKind::Assignee, ticket, me.id.0, &me.name),
            (None, _) => {
                notice(m, "No ticket selected", true);
                vec![]
            }
            (_, None) => {
                notice(m, "Not known yet who you are: try again in a moment", true);
                vec![]
            }
        },
        Action::Search => {
            m.mode = Mode::Search;
            m.search_input.clear();
            vec![]
        }
        // Esc in the queue also leaves search results for the view they replaced.
        Action::Dismiss if m.search.is_some() && m.filter.is_empty() && m.focus == Focus::Queue => {
            match m.view_before_search.clone() {
                Some(v) => show_view(m, &v.id),
                None => vec![],
            }
        }
        Action::Attachments => super::attach::open_picker(m),
        Action::OpenWeb => super::attach::open_web(m),
        // Keys of the attachment picker only (handled in `on_key`).
        Action::AttachmentSave | Action::AttachmentOpen => vec![],
        Action::EditTags => {
            if m.current().is_none() {
                notice(m, "No ticket selected", true);
                return vec![];
            }
            m.mode = Mode::Tags;
            m.tag_input.clear();
            // The helpdesk's tag list, once a session and only when asked: nothing extra on
            // the wire for an agent who never tags.
            if m.helpdesk_tags.is_none() {
                m.helpdesk_tags = Some(Loaded::Loading);
                return vec![Effect::LoadTags];
            }
            vec![]
        }
        Action::Messages => {
            m.mode = Mode::Messages;
            vec![]
        }
        Action::Metrics => {
            m.mode = Mode::Metrics;
            vec![]
        }
        Action::Reveal => {
            let current = m.current().map(|t| t.id.clone());
            if !m.privacy {
                notice(
                    m,
                    "Privacy mode is off (privacy = false in config.toml)",
                    false,
                );
            } else if m.revealed.is_some() && m.revealed == current {
                m.revealed = None;
            } else {
                m.revealed = current;
            }
            vec![]
        }
        // Esc in the queue or the canned list drops a filter that was accepted with Enter.
        Action::Dismiss if !m.filter.is_empty() && m.focus == Focus::Queue => {
            m.filter.clear();
            refilter(m)
        }
        Action::Dismiss if !m.canned_filter.is_empty() && m.focus == Focus::Canned => {
            m.canned_filter.clear();
            m.canned_selected = 0;
            vec![]
        }
        Action::Send => send(m),
        Action::Cancel => close_composer(m),
        Action::ExternalEditor => match &m.composer {
            Some(c) => vec![Effect::EditExternally {
                ticket: c.ticket.clone(),
                kind: c.kind,
                text: c.text(),
            }],
            None => vec![],
        },
        // Long messages show folded; each press shows the next part of every folded one.
        Action::More => {
            m.conversation_more += 1;
            vec![]
        }
        // Quoted history shows folded; this shows it in every message of the ticket, or folds it.
        Action::Quoted => {
            m.quoted_shown = !m.quoted_shown;
            vec![]
        }
        Action::Accept | Action::Dismiss | Action::MacroApply | Action::MacroEdit => vec![],
    }
}

fn page(m: &Model) -> usize {
    let rows = layout::queue_rows(m.size.0, m.size.1, m.composer.is_some());
    rows.max(1)
}

fn step(pos: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (pos as isize)
        .saturating_add(delta)
        .clamp(0, len as isize - 1) as usize
}

fn move_by(m: &mut Model, delta: isize) -> Vec<Effect> {
    let mut effects = move_focused(m, delta);
    if m.focus == Focus::Queue {
        effects.extend(load_more_if_near_end(m));
    }
    effects
}

fn move_focused(m: &mut Model, delta: isize) -> Vec<Effect> {
    match m.focus {
        Focus::Queue => {
            let before = m.selected;
            m.selected = step(m.selected, delta, m.visible.len());
            if m.low_bandwidth {
                // The panels stay on the opened ticket: Enter (or a rest) opens the selection.
                if before != m.selected {
                    m.selection_moves += 1;
                    if let Some(ms) = m.follow_delay_ms {
                        return vec![Effect::RestTimer {
                            ms,
                            move_no: m.selection_moves,
                        }];
                    }
                }
                return vec![];
            }
            if before != m.selected || m.pinned.is_some() {
                m.pinned = None;
                return follow(m);
            }
        }
        Focus::Conversation => {
            m.conversation_scroll = if delta > isize::MAX / 4 {
                usize::MAX // the renderer clamps to the last screenful
            } else {
                (m.conversation_scroll as isize)
                    .saturating_add(delta)
                    .max(0) as usize
            };
        }
        Focus::Customer => {
            let n = m
                .current_customer()
                .and_then(Loaded::ready)
                .map_or(0, |(_, t)| t.len());
            m.customer_selected = step(m.customer_selected, delta, n);
        }
        Focus::Canned => {
            let n = m.canned_visible().len();
            m.canned_selected = step(m.canned_selected, delta, n);
        }
    }
    vec![]
}

/// Opens ticket `id`: selected in the queue when it is there, else fetched and shown on its own
/// (the queue says it is open).
fn go_to(m: &mut Model, id: Id) -> Vec<Effect> {
    if let Some(pos) = m.visible.iter().position(|&i| m.tickets[i].id == id) {
        m.selected = pos;
        m.pinned = None;
        m.focus = Focus::Conversation;
        return follow(m);
    }
    let req = next_req(m, "ticket");
    notice(m, &format!("Opening #{id}…"), false);
    vec![Effect::LoadTicket { req, ticket: id }]
}

/// Low-bandwidth mode: the panels show the selected ticket now.
fn open_selected(m: &mut Model) -> Vec<Effect> {
    let selected = m.selected_in_queue().cloned();
    if selected.as_ref().map(|t| &t.id) == m.pinned.as_ref().map(|t| &t.id) {
        return vec![];
    }
    m.pinned = selected;
    follow(m)
}

fn open(m: &mut Model) -> Vec<Effect> {
    match m.focus {
        Focus::Queue
            if m.low_bandwidth
                && m.pinned.as_ref().map(|t| &t.id) != m.selected_in_queue().map(|t| &t.id) =>
        {
            open_selected(m)
        }
        Focus::Queue => {
            m.focus = Focus::Conversation;
            vec![]
        }
        Focus::Canned => insert_canned(m),
        Focus::Customer => {
            let Some(t) = m
                .current_customer()
                .and_then(Loaded::ready)
                .and_then(|(_, ts)| ts.get(m.customer_selected))
                .cloned()
            else {
                return vec![];
            };
            m.focus = Focus::Conversation;
            match m.visible.iter().position(|&i| m.tickets[i].id == t.id) {
                Some(pos) => {
                    m.selected = pos;
                    m.pinned = None;
                }
                None => m.pinned = Some(t),
            }
            follow(m)
        }
        Focus::Conversation => vec![],
    }
}

/// The composer's editor on `text`, the cursor at its end. A paragraph wraps at the panel's width
/// (words, or characters for a long URL) instead of scrolling sideways out of sight.
fn editor_with(text: &str) -> TextArea<'static> {
    let mut editor = TextArea::from(text.split('\n').map(str::to_string));
    editor.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
    editor.move_cursor(ratatui_textarea::CursorMove::Bottom);
    editor.move_cursor(ratatui_textarea::CursorMove::End);
    editor
}

/// Opens the composer for the ticket shown, on that ticket's draft of `kind` (each kind has its
/// own: a note's text never shows in a reply).
fn open_composer(m: &mut Model, kind: DraftKind, insert: Option<String>) -> Vec<Effect> {
    let Some(ticket) = m.current().map(|t| t.id.clone()) else {
        notice(m, "No ticket selected", true);
        return vec![];
    };
    let mut effects = vec![];
    if m.composer
        .as_ref()
        .is_some_and(|c| c.ticket != ticket || c.kind != kind)
    {
        effects = close_composer(m);
    }
    let composer = m.composer.get_or_insert_with(|| {
        let (text, fields) = m
            .drafts
            .remove(&(ticket.clone(), kind))
            .map(|d| (d.text, d.fields))
            .unwrap_or_default();
        let editor = editor_with(&text);
        Composer {
            ticket,
            kind,
            editor,
            escalation: None,
            fields,
        }
    });
    let inserted = insert.is_some();
    if let Some(text) = insert {
        insert_paragraph(&mut composer.editor, &text);
    }
    m.mode = Mode::Compose;
    if inserted {
        effects.extend(save_draft(m));
    }
    effects
}

/// Inserted text (a canned response, a macro's comment) is the whole text of an empty composer,
/// and else a paragraph of its own after what is there: never spliced into a line. It is one
/// edit, so the editor's undo (ctrl-u) takes it back whole.
fn insert_paragraph(editor: &mut TextArea<'static>, text: &str) {
    let lines = editor.lines();
    if lines.iter().all(|l| l.trim().is_empty()) {
        editor.select_all();
        editor.cut();
        editor.insert_str(text);
        return;
    }
    let blank_lines_at_end = lines
        .iter()
        .rev()
        .take_while(|l| l.trim().is_empty())
        .count();
    editor.move_cursor(ratatui_textarea::CursorMove::Bottom);
    editor.move_cursor(ratatui_textarea::CursorMove::End);
    let gap = "\n".repeat(2usize.saturating_sub(blank_lines_at_end));
    editor.insert_str(format!("{gap}{text}"));
}

/// The agent's editor has closed: its text replaces the composer's (or the draft's, should the
/// composer have moved on meanwhile). An unchanged file is a cancel.
fn edited(m: &mut Model, ticket: Id, kind: DraftKind, text: Option<String>) -> Vec<Effect> {
    let Some(text) = text else {
        notice(m, "Editor closed without changes", false);
        return vec![];
    };
    // Editors end a file with a newline; the composer's text does not.
    let text = text.strip_suffix('\n').unwrap_or(&text).to_string();
    match m.composer.as_mut() {
        Some(c) if c.ticket == ticket && c.kind == kind => {
            c.editor = editor_with(&text);
            notice(
                m,
                &format!(
                    "Text from the editor is in the composer for {}",
                    m.ticket_named(&ticket)
                ),
                false,
            );
            save_draft(m)
        }
        _ => {
            let fields = m
                .drafts
                .get(&(ticket.clone(), kind))
                .map(|d| d.fields.clone())
                .unwrap_or_default();
            let d = Draft { kind, text, fields };
            m.drafts.insert((ticket.clone(), kind), d.clone());
            notice(
                m,
                &format!(
                    "Text from the editor kept as the {} draft of {}",
                    kind.name(),
                    m.ticket_named(&ticket)
                ),
                false,
            );
            vec![Effect::SaveDraft {
                ticket,
                kind,
                draft: Some(d),
            }]
        }
    }
}

fn close_composer(m: &mut Model) -> Vec<Effect> {
    m.mode = Mode::Normal;
    let Some(c) = m.composer.take() else {
        return vec![];
    };
    let text = c.text();
    let draft = if text.trim().is_empty() {
        m.drafts.remove(&(c.ticket.clone(), c.kind));
        if c.fields != TicketPatch::default() {
            let named = m.ticket_named(&c.ticket);
            notice(m, &format!("Macro not applied to {named}"), false);
        }
        None
    } else {
        // A macro's field changes stay with its text, to go out when it is sent.
        let d = Draft {
            kind: c.kind,
            text,
            fields: c.fields,
        };
        m.drafts.insert((c.ticket.clone(), c.kind), d.clone());
        notice(
            m,
            &format!(
                "{} draft kept for {}",
                capitalized(c.kind.name()),
                m.ticket_named(&c.ticket)
            ),
            false,
        );
        Some(d)
    };
    vec![Effect::SaveDraft {
        ticket: c.ticket,
        kind: c.kind,
        draft,
    }]
}

/// The composer's text changed: keep it on disk (the runner batches the writes).
fn save_draft(m: &Model) -> Vec<Effect> {
    let Some(c) = &m.composer else {
        return vec![];
    };
    let text = c.text();
    let draft = (!text.trim().is_empty()).then_some(Draft {
        kind: c.kind,
        text,
        fields: c.fields.clone(),
    });
    vec![Effect::SaveDraft {
        ticket: c.ticket.clone(),
        kind: c.kind,
        draft,
    }]
}

fn send(m: &mut Model) -> Vec<Effect> {
    let Some(c) = m.composer.as_ref() else {
        return vec![];
    };
    let text = c.text();
    if text.trim().is_empty() {
        notice(m, "Nothing to send", true);
        return vec![];
    }
    let (ticket, kind, escalation) = (c.ticket.clone(), c.kind, c.escalation.clone());
    let visibility = kind.visibility();
    let fields = c.fields.clone();
    let priority = escalation
        .as_ref()
        .map(|_| raised(m.current().and_then(|t| t.priority.as_ref())).to_string());
    m.composer = None;
    m.mode = Mode::Normal;
    m.drafts.remove(&(ticket.clone(), kind));
    let req = next_req(m, "send");
    let what = match visibility {
        Visibility::Public => "reply",
        Visibility::Internal => "note",
    };
    let named = m.ticket_named(&ticket);
    notice(m, &format!("Sending {what} to {named}…"), false);
    m.sending.insert(
        req,
        (
            ticket.clone(),
            Some(Draft {
                kind,
                text: text.clone(),
                fields: fields.clone(),
            }),
        ),
    );
    // An escalation is one write: the note (marked as such), the new owner and a raised priority.
    let body = match &escalation {
        Some(e) => format!("⚑ Escalated to {}\n\n{text}", e.label),
        None => text,
    };
    vec![Effect::Update {
        req,
        ticket,
        // A macro's changes taken into the composer go with the text; an escalation's win.
        patch: TicketPatch {
            message: Some(NewMessage { visibility, body }),
            priority: priority.or(fields.priority),
            group: escalation
                .as_ref()
                .and_then(|e| e.group.clone())
                .or(fields.group),
            assignee: escalation.and_then(|e| e.assignee).or(fields.assignee),
            ..fields
        },
        from_draft: Some(kind),
    }]
}

fn insert_canned(m: &mut Model) -> Vec<Effect> {
    match m.selected_canned().cloned() {
        Some(c) => use_canned(m, c),
        None => vec![],
    }
}

/// Text is inserted into the composer; an action (a Zendesk macro) is previewed first.
fn use_canned(m: &mut Model, c: crate::helpdesk::CannedResponse) -> Vec<Effect> {
    if c.kind == crate::helpdesk::CannedKind::Text {
        return insert_text(m, &c);
    }
    let Some(ticket) = m.current().map(|t| t.id.clone()) else {
        notice(m, "No ticket selected", true);
        return vec![];
    };
    if let Some(old) = m.macro_popup.take() {
        m.in_flight.remove(&old.req);
    }
    let req = next_req(m, "macro");
    m.macro_popup = Some(MacroPopup {
        req,
        ticket: ticket.clone(),
        canned: c.clone(),
        preview: Loaded::Loading,
    });
    m.mode = Mode::Macro;
    vec![Effect::PreviewMacro {
        req,
        ticket,
        canned: c.id,
    }]
}

fn on_macro_preview(
    m: &mut Model,
    req: ReqId,
    ticket: Id,
    result: crate::helpdesk::Result<Option<crate::helpdesk::MacroPreview>>,
) -> Vec<Effect> {
    m.in_flight.remove(&req);
    let Some(popup) = m
        .macro_popup
        .as_mut()
        .filter(|p| p.req == req && p.ticket == ticket)
    else {
        return vec![]; // cancelled, or superseded by another macro
    };
    match result {
        Ok(Some(p)) => {
            popup.preview = Loaded::Ready(p);
            vec![]
        }
        // The backend has no preview after all: its text goes into the composer as before.
        Ok(None) => {
            let c = popup.canned.clone();
            m.macro_popup = None;
            m.mode = Mode::Normal;
            insert_text(m, &c)
        }
        Err(e) => {
            popup.preview = Loaded::Failed(e.to_string());
            failed(m, &e);
            vec![]
        }
    }
}

/// A key in the macro preview: apply it whole, take its comment into the composer, or cancel.
fn macro_key(m: &mut Model, action: Action) -> Vec<Effect> {
    let ready = m
        .macro_popup
        .as_ref()
        .and_then(|p| p.preview.ready().cloned());
    match action {
        Action::Dismiss | Action::Cancel | Action::Quit => {
            if let Some(p) = m.macro_popup.take() {
                m.in_flight.remove(&p.req);
                notice(m, &format!("Macro “{}” not applied", p.canned.title), false);
            }
            m.mode = Mode::Normal;
            vec![]
        }
        Action::MacroApply | Action::Accept => {
            // Still loading, or failed: only cancel does anything.
            let Some(p) = ready else {
                return vec![];
            };
            let Some(popup) = m.macro_popup.take() else {
                return vec![];
            };
            m.mode = Mode::Normal;
            let ticket = p.ticket.clone();
            let req = next_req(m, "update");
            notice(
                m,
                &format!(
                    "Applying macro “{}” to {}…",
                    popup.canned.title,
                    m.ticket_named(&ticket)
                ),
                false,
            );
            // Like a sent reply: if the write fails, the comment comes back as a draft.
            let draft = p.message.as_ref().map(|msg| Draft {
                kind: DraftKind::of(msg.visibility),
                text: msg.body.clone(),
                fields: p.fields(),
            });
            m.sending.insert(req, (ticket.clone(), draft));
            vec![Effect::Update {
                req,
                ticket,
                patch: p.patch(),
                from_draft: None,
            }]
        }
        Action::MacroEdit => {
            let Some(p) = ready else {
                return vec![];
            };
            m.macro_popup = None;
            m.mode = Mode::Normal;
            // The composer opens on the previewed ticket, whatever the selection did meanwhile.
            if m.current().map(|t| &t.id) != Some(&p.ticket) {
                notice(m, "The selection moved: macro not applied", true);
                return vec![];
            }
            let (kind, text) = match &p.message {
                Some(msg) => (DraftKind::of(msg.visibility), Some(msg.body.clone())),
                None => (DraftKind::Reply, None),
            };
            let effects = open_composer(m, kind, text);
            if let Some(c) = m.composer.as_mut() {
                c.fields = p.fields();
            }
            effects
        }
        _ => vec![],
    }
}

/// Fills a canned response's placeholders and inserts it into the composer (opening one if needed).
fn insert_text(m: &mut Model, c: &crate::helpdesk::CannedResponse) -> Vec<Effect> {
    let cx = canned::Context {
        ticket: m.current(),
        agent: m.me.as_ref(),
    };
    let text = canned::fill(c, &cx);
    let kind = m.composer.as_ref().map_or(DraftKind::Reply, |c| c.kind);
    let effects = open_composer(m, kind, Some(text));
    // A response that also sets a status (`status` in a canned/ file) sends it with the text.
    // Its word is the helpdesk's where the vocabulary knows it (`solved` is RT's `resolved`).
    let status = c.sets_status.as_deref().map(|w| {
        m.vocabulary
            .status(w)
            .map_or_else(|| w.to_string(), |s| s.raw.clone())
    });
    if let (Some(status), Some(composer)) = (status, m.composer.as_mut()) {
        composer.fields.status = Some(status);
    }
    effects
}

/// The views of the helpdesk, the one shown selected.
/// How long the view picker's counts are shown before they are asked for again.
const VIEW_COUNTS_FRESH_SECS: i64 = 300;

fn open_view_picker(m: &mut Model) -> Vec<Effect> {
    if m.views.is_empty() {
        notice(m, "No views known yet", true);
        return vec![];
    }
    let options: Vec<(String, String)> = m
        .views
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let n = if i < 9 {
                format!("{} ", i + 1)
            } else {
                "  ".into()
            };
            (v.id.0.clone(), format!("{n}{}", v.name))
        })
        .collect();
    let selected = m
        .view
        .as_ref()
        .and_then(|v| m.views.iter().position(|x| x.id == v.id))
        .unwrap_or(0);
    m.picker = Some(Picker {
        kind: PickKind::View,
        ticket: None,
        options,
        selected,
        current: Some(selected),
        filter: None,
    });
    m.mode = Mode::Pick;
    // Counts when the picker opens (not at start: nothing extra until asked), again when stale.
    let stale = m
        .view_counts_at
        .is_none_or(|at| m.now.duration_since(at).as_secs() >= VIEW_COUNTS_FRESH_SECS);
    if !stale {
        return vec![];
    }
    m.view_counts_at = Some(m.now);
    vec![Effect::LoadViewCounts(
        m.views.iter().map(|v| v.id.clone()).collect(),
    )]
}

/// The queue shows view `id` from now on: emptied at once (its rows are another view's), loaded
/// afresh, and remembered for the next start.
fn show_view(m: &mut Model, id: &Id) -> Vec<Effect> {
    let Some(v) = m.views.iter().find(|v| &v.id == id).cloned() else {
        return vec![];
    };
    if m.search.is_none() && m.view.as_ref().is_some_and(|cur| cur.id == v.id) {
        return vec![];
    }
    m.view = Some(v.clone());
    m.search = None;
    clear_queue(m);
    m.filter.clear();
    notice(m, &format!("View: {}", v.name), false);
    vec![
        load_view(m, v.id.clone()),
        Effect::RememberView { name: v.name },
    ]
}

/// The queue's rows belong to another list now (a view switched to, search results): all that
/// was kept of the old rows goes, their filter haystacks with them.
fn clear_queue(m: &mut Model) {
    m.tickets.clear();
    m.haystacks.clear();
    m.visible.clear();
    m.incoming.clear();
    m.selected = 0;
    m.pinned = None;
    m.more = None;
    m.view_total = None;
    m.known = None; // a first load: what it holds did not just arrive
}

/// The view `delta` places away in the list, wrapping around.
fn cycle_view(m: &mut Model, delta: isize) -> Vec<Effect> {
    let n = m.views.len() as isize;
    if n == 0 {
        return vec![];
    }
    let at = m
        .view
        .as_ref()
        .and_then(|v| m.views.iter().position(|x| x.id == v.id))
        .unwrap_or(0) as isize;
    let id = m.views[(at + delta).rem_euclid(n) as usize].id.clone();
    show_view(m, &id)
}

fn open_picker(m: &mut Model, kind: PickKind) -> Vec<Effect> {
    let Some(t) = m.current() else {
        notice(m, "No ticket selected", true);
        return vec![];
    };
    let v = &m.vocabulary;
    let (options, current) = match kind {
        PickKind::View => return open_view_picker(m),
        PickKind::Attachment => return super::attach::open_picker(m),
        PickKind::Status | PickKind::Priority if v.statuses.is_empty() => {
            notice(m, "Statuses are not known yet: try again in a moment", true);
            return vec![];
        }
        // The helpdesk's own statuses and priorities, as it names them.
        PickKind::Status => (
            v.statuses
                .iter()
                .map(|s| (s.raw.clone(), s.label.clone()))
                .collect(),
            v.status_of(&t.status).map(|i| v.statuses[i].raw.clone()),
        ),
        PickKind::Priority => (
            v.priorities
                .iter()
                .map(|p| (p.raw.clone(), p.label.clone()))
                .collect::<Vec<_>>(),
            t.priority
                .as_ref()
                .and_then(|p| v.priority_of(p))
                .map(|i| v.priorities[i].raw.clone()),
        ),
        PickKind::Escalate => (
            m.groups
                .iter()
                .map(|g| (format!("group:{}", g.id), format!("group: {}", g.name)))
                .chain(
                    m.agents
                        .iter()
                        .filter(|a| m.me.as_ref().is_none_or(|me| me.id != a.id))
                        .map(|a| (format!("agent:{}", a.id), a.name.clone())),
                )
                .collect(),
            None,
        ),
        PickKind::Assignee => {
            let mut agents = m.agents.clone();
            // The agent themself first: "take it" is the common case.
            if let Some(me) = &m.me {
                agents.retain(|a| a.id != me.id);
                agents.insert(0, me.clone());
            }
            // Last, "nobody": the field can be emptied (an empty id unassigns).
            let nobody = (String::new(), "Nobody (unassign)".to_string());
            (
                agents
                    .into_iter()
                    .map(|a| (a.id.0.clone(), a.name))
                    .chain(std::iter::once(nobody))
                    .collect(),
                Some(
                    t.assignee
                        .as_ref()
                        .map_or(String::new(), |a| a.id.0.clone()),
                ),
            )
        }
    };
    if options.is_empty() {
        notice(m, "No agents or groups known yet", true);
        return vec![];
    }
    let current = current.and_then(|c| options.iter().position(|(v, _)| *v == c));
    // The selection starts on the value now, except on an empty assignee: then on the agent's
    // own name, the usual choice ("take it").
    let empty = current.is_some_and(|i| options[i].0.is_empty());
    let selected = current.filter(|_| !empty).unwrap_or(0);
    m.picker = Some(Picker {
        kind,
        ticket: Some(t.id.clone()),
        options,
        selected,
        current,
        filter: None,
    });
    m.mode = Mode::Pick;
    vec![]
}

/// "reply" → "Reply".
fn capitalized(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|first| first.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
