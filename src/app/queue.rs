//! The queue: views, loading and paging, sync, the filter, search results, and the panels that
//! follow the selected ticket.

use super::alerts::{check_alerts, handle_time, known_without_alert, record_ratings};
use super::compose::insert_canned;
use super::filter::{FILTER_WALK, ensure_haystacks, haystack};
use super::model::*;
use super::msg::{Effect, ReqId};
use super::update::{failed, next_req, notice};
use crate::helpdesk::{Id, Ticket, Timestamp};

/// The top rows of the queue kept on disk for the next start, shown until the helpdesk answers:
/// screens enough to start work on, not a second copy of a whole view of 100,000 in memory.
pub const CACHED_ROWS: usize = 2_000;

/// A whole view at least this large gives the memory its pages left free back to the system.
const RELEASE_AFTER: usize = 10_000;

/// Every `refresh_secs`, ask the helpdesk what changed since the last complete view.
pub(super) fn sync_if_due(m: &mut Model) -> Vec<Effect> {
    let Some(since) = m.sync.synced_at.filter(|_| m.queue.search.is_none()) else {
        return vec![];
    };
    let due = since + jiff::SignedDuration::from_secs(m.sync.refresh_secs as i64);
    if m.sync.refresh_secs == 0 || m.now < due || m.queue.req.is_some() || m.sync.req.is_some() {
        return vec![];
    }
    if !m.can(|c| c.changes_since) {
        // The backend cannot tell what changed: the view is listed again.
        return match m.queue.view.clone() {
            Some(v) => load_view(m, v.id),
            None => vec![],
        };
    }
    let req = next_req(m, "sync");
    m.sync.req = Some(req);
    // Ask with a little overlap: a change made during the last answer is not lost.
    vec![Effect::Sync {
        req,
        since: since - jiff::SignedDuration::from_secs(5),
    }]
}

/// Changes since the last sync. Tickets already in the queue are updated in place (their
/// conversations are read again when next shown); a ticket that is new to the queue may mean
/// the view's membership changed, which only the helpdesk can judge: it is asked which of them
/// the view holds (on a busy helpdesk most changes are other views'), and when it holds one, or
/// cannot tell, the view is listed again.
fn merge_changes(m: &mut Model, changed: Vec<Ticket>, started: Timestamp) -> Vec<Effect> {
    // The Snoozed view holds what tix snoozed, not what the helpdesk lists: others are no news.
    let strangers: Vec<_> = changed
        .iter()
        .filter(|t| !m.queue.tickets.iter().any(|x| x.id == t.id))
        .map(|t| t.id.clone())
        .collect();
    if m.in_snoozed_view() || strangers.is_empty() {
        return apply_changes(m, changed, started);
    }
    let Some(view) = m.queue.view.as_ref().map(|v| v.id.clone()) else {
        return vec![];
    };
    let req = next_req(m, "sync");
    m.sync.req = Some(req);
    m.sync.pending = Some((changed, started));
    vec![Effect::InView {
        req,
        view,
        tickets: strangers,
    }]
}

/// Which of the changed tickets the queue did not show the view holds (`merge_changes`): none,
/// and the changes are applied in place; some, or the helpdesk cannot tell, and the view is
/// listed again.
pub(super) fn held_in_view(
    m: &mut Model,
    req: ReqId,
    result: crate::helpdesk::Result<Option<Vec<crate::helpdesk::Id>>>,
) -> Vec<Effect> {
    m.link.in_flight.remove(&req);
    if m.sync.req != Some(req) {
        return vec![];
    }
    m.sync.req = None;
    let Some((changed, started)) = m.sync.pending.take() else {
        return vec![];
    };
    match result {
        Ok(Some(held)) if held.is_empty() => apply_changes(m, changed, started),
        _ => match m.queue.view.clone() {
            Some(v) => load_view(m, v.id),
            None => vec![],
        },
    }
}

/// The changes to tickets the queue shows, in place; the others are not the view's.
fn apply_changes(m: &mut Model, changed: Vec<Ticket>, started: Timestamp) -> Vec<Effect> {
    m.sync.synced_at = Some(started);
    let current = m.current().map(|t| t.id.clone());
    let mut effects = vec![];
    for mut t in changed {
        let Some(old) = m.queue.tickets.iter().find(|x| x.id == t.id) else {
            continue;
        };
        // Search answers carry ids, not names: keep the names the queue already had.
        if t.requester.as_ref().map(|r| &r.id) == old.requester.as_ref().map(|r| &r.id) {
            t.requester = old.requester.clone();
        }
        if let Some(a) = t.assignee.as_mut() {
            if let Some(known) = m.agents.iter().find(|x| x.id == a.id) {
                a.name = known.name.clone().into();
                a.email = known.email.clone().map(Into::into);
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
        .unwrap_or(m.sync.retry_delay_secs.clamp(5, 120));
    m.sync.retry_delay_secs = (delay * 2).min(120);
    m.sync.retry_at = Some(m.now + jiff::SignedDuration::from_secs(delay as i64));
}

pub(super) fn load_view(m: &mut Model, view: Id) -> Vec<Effect> {
    if view.0 == super::snooze::SNOOZED_VIEW && m.queue.search.is_none() {
        return super::snooze::show(m);
    }
    if let Some(old) = m.queue.req.take() {
        m.link.in_flight.remove(&old);
    }
    let req = next_req(m, "queue");
    m.queue.req = Some(req);
    // The queue holds search results: "reload" asks the helpdesk's search again.
    if let Some(query) = m.queue.search.clone() {
        m.queue.progress = None;
        return vec![Effect::Search { req, query }];
    }
    m.sync.load_started = Some(m.now);
    m.queue.total_pending = true;
    m.queue.refreshing = !m.queue.tickets.is_empty();
    m.queue.loading_more = false;
    m.queue.incoming.clear();
    m.queue.progress = Some(Progress {
        loaded: 0,
        total: None,
    });
    // A reload asks again for as much as the agent has already scrolled through.
    let want = m.queue.load_window.map(|w| w.max(m.queue.tickets.len()));
    vec![Effect::LoadView {
        req,
        view,
        from: None,
        want,
    }]
}

/// With only the top of a view loaded, its next page is fetched when the selection comes within
/// a screenful of the last loaded row (or a filter leaves fewer rows than that). Each page's
/// answer checks again, so a filter with few matches walks on until it fills the screen.
pub(super) fn load_more_if_near_end(m: &mut Model) -> Vec<Effect> {
    // Without a window (the view is not in the queue's order) all that is left comes at once.
    // A screenful is the queue's rows (the layout's), not the terminal's height: the top asked
    // at start (the height and a little more) is then two screens, and the first steps down it
    // read nothing more.
    let rows = crate::layout::queue_rows(m.size.0, m.size.1, m.composer.is_some());
    let near_end = m.queue.selected + rows + 1 >= m.queue.visible.len();
    if m.queue.req.is_some() || m.queue.load_window.is_some() && !near_end {
        return vec![];
    }
    let (Some(from), Some(view)) = (
        m.queue.more.clone(),
        m.queue.view.as_ref().map(|v| v.id.clone()),
    ) else {
        return vec![];
    };
    // A filter with few matches walks the view page by page, but not through all of a huge one:
    // past a bound it stops and points to the helpdesk's search.
    let walked = m
        .queue
        .filter_from
        .map_or(0, |from| m.queue.tickets.len().saturating_sub(from));
    if m.queue.load_window.is_some() && !m.queue.filter.is_empty() && walked >= FILTER_WALK {
        let loaded = m.lang.number(m.queue.tickets.len() as u64);
        let said = crate::t!(m.lang, "notice-no-more-matches", loaded = loaded);
        // Said once, not again on every key while it shows.
        if m.log.notice.as_ref().is_none_or(|n| n.text != said) {
            notice(m, &said, false);
        }
        return vec![];
    }
    let req = next_req(m, "queue");
    m.queue.req = Some(req);
    m.queue.loading_more = true;
    m.queue.progress = Some(Progress {
        loaded: m.queue.tickets.len(),
        total: m.queue.total,
    });
    vec![Effect::LoadView {
        req,
        view,
        from: Some(from),
        // A screenful more: a backend with pages of any size (RT) sends that, the others a page.
        want: m.queue.load_window.map(|_| m.size.1 as usize),
    }]
}

pub(super) fn append_tickets(m: &mut Model, mut tickets: Vec<Ticket>) {
    m.sla_policy.apply(&mut tickets);
    let needle = m.queue.filter.to_lowercase();
    // The filter's haystacks are made while a filter is on (see `ensure_haystacks`).
    if !needle.is_empty() {
        ensure_haystacks(m);
    }
    let with_haystacks = !m.queue.haystacks.is_empty() || !needle.is_empty();
    m.queue.tickets.reserve(tickets.len());
    for t in tickets {
        let h = with_haystacks.then(|| haystack(&t, m.privacy));
        let matches = h.as_ref().is_none_or(|h| h.contains(&needle));
        if !m.hidden(&t) && matches {
            m.queue.visible.push(m.queue.tickets.len());
        }
        if let Some(h) = h {
            m.queue.haystacks.push(h);
        }
        m.queue.tickets.push(t);
    }
}

/// The whole queue takes its order (soonest breach first): the rows and their haystacks are
/// moved, not made again, and hold no room to spare (a whole view can be 100,000 rows).
fn order_queue(m: &mut Model) {
    let at = crate::sla::order(&m.queue.tickets);
    crate::sla::permute(&mut m.queue.tickets, &at);
    if !m.queue.haystacks.is_empty() {
        crate::sla::permute(&mut m.queue.haystacks, &at);
    }
    super::snooze::recompute(m);
}

pub(super) fn replace_ticket(m: &mut Model, t: Ticket) {
    if let Some(i) = m.queue.tickets.iter().position(|x| x.id == t.id) {
        if let Some(h) = m.queue.haystacks.get_mut(i) {
            *h = haystack(&t, m.privacy);
        }
        m.queue.tickets[i] = t.clone();
    }
    if m.queue.pinned.as_ref().is_some_and(|p| p.id == t.id) {
        m.queue.pinned = Some(t.clone());
    }
    // The customer panel lists their tickets: the same ticket, as it is now.
    for c in m.customers.loaded.values_mut() {
        if let Loaded::Ready((_, theirs)) = c {
            for mine in theirs.iter_mut().filter(|x| x.id == t.id) {
                *mine = t.clone();
            }
        }
    }
}

/// Reads a ticket's conversation again while the one loaded stays on screen (after a write that
/// added a message); a ticket never loaded is left to `follow`.
pub(super) fn refresh_conversation(m: &mut Model, ticket: &Id) -> Vec<Effect> {
    if !matches!(m.conversations.loaded.get(ticket), Some(Loaded::Ready(_))) {
        m.forget_conversation(ticket);
        return if m.current().is_some_and(|t| &t.id == ticket) {
            follow(m)
        } else {
            vec![]
        };
    }
    if m.current().is_some_and(|t| &t.id == ticket) {
        if let Some(old) = m.conversations.req.take() {
            m.link.in_flight.remove(&old);
        }
        let req = next_req(m, "conversation");
        m.conversations.req = Some(req);
        return vec![Effect::LoadConversation {
            req,
            ticket: ticket.clone(),
        }];
    }
    // Not on screen: read afresh when it is opened again.
    m.forget_conversation(ticket);
    vec![]
}

/// The conversation and customer panels follow the current ticket: fetch what is not cached.
pub(super) fn follow(m: &mut Model) -> Vec<Effect> {
    m.conversations.scroll = 0;
    m.conversations.more = 0;
    m.conversations.quoted_shown = false;
    m.customers.selected = 0;
    let mut effects = handle_time(m);
    let Some(t) = m.current() else {
        return effects;
    };
    let (ticket, requester) = (t.id.clone(), t.requester.as_ref().map(|r| r.id.clone()));
    if !matches!(m.conversations.loaded.get(&ticket), Some(Loaded::Ready(_))) {
        if let Some(old) = m.conversations.req.take() {
            m.link.in_flight.remove(&old);
        }
        let req = next_req(m, "conversation");
        m.conversations.req = Some(req);
        m.set_conversation(ticket.clone(), Loaded::Loading);
        effects.push(Effect::LoadConversation { req, ticket });
    }
    if let Some(customer) = requester
        && !matches!(m.customers.loaded.get(&customer), Some(Loaded::Ready(_)))
    {
        if let Some(old) = m.customers.req.take() {
            m.link.in_flight.remove(&old);
        }
        let req = next_req(m, "customer");
        m.customers.req = Some(req);
        m.customers.loaded.insert(customer.clone(), Loaded::Loading);
        // Over a poor link their tickets wait until the panel has the focus: each comes with
        // its first message (on Zendesk 1.2 kB an opened ticket); the customer and their
        // ticket count come at once.
        let want = if m.low_bandwidth {
            0
        } else {
            crate::layout::customer_rows(m.size.0, m.size.1)
        };
        m.customers.asked.insert(customer.clone(), want);
        effects.push(Effect::LoadCustomer {
            req,
            customer,
            want,
        });
    }
    effects
}

/// The selection reached the last of the customer's tickets shown while they have more: they are
/// asked for again, a panel's rows more (the list shown stays until the answer replaces it).
/// Asked only where the last answer held all that was asked (else it held all there are), and
/// no further than a helpdesk's page of 100.
pub(super) fn more_customer_tickets(m: &mut Model) -> Vec<Effect> {
    const MOST: usize = 100;
    if m.customers
        .req
        .is_some_and(|r| m.link.in_flight.contains_key(&r))
    {
        return vec![];
    }
    let Some(id) = m
        .current()
        .and_then(|t| t.requester.as_ref())
        .map(|r| r.id.clone())
    else {
        return vec![];
    };
    let Some(Loaded::Ready((c, tickets))) = m.customers.loaded.get(&id) else {
        return vec![];
    };
    let have = tickets.len();
    let asked = m.customers.asked.get(&id).copied().unwrap_or(0);
    let more_there = c.lifetime_tickets.is_some_and(|n| n as usize > have);
    if !more_there || have < asked || have >= MOST {
        return vec![];
    }
    let want = (have + crate::layout::customer_rows(m.size.0, m.size.1)).min(MOST);
    m.customers.asked.insert(id.clone(), want);
    let req = next_req(m, "customer");
    m.customers.req = Some(req);
    vec![Effect::LoadCustomer {
        req,
        customer: id,
        want,
    }]
}

/// Low-bandwidth mode: the customer's tickets, asked the first time the customer panel has the
/// focus with the customer shown and none of their tickets asked yet.
pub(super) fn customer_tickets_when_needed(m: &mut Model) -> Vec<Effect> {
    if m.focus == Focus::Customer && m.customer_tickets_deferred() == Some(false) {
        return more_customer_tickets(m);
    }
    vec![]
}

/// Opens ticket `id`: selected in the queue when it is there, else fetched and shown on its own
/// (the queue says it is open).
pub(super) fn go_to(m: &mut Model, id: Id) -> Vec<Effect> {
    if let Some(pos) = m
        .queue
        .visible
        .iter()
        .position(|&i| m.queue.tickets[i].id == id)
    {
        m.queue.selected = pos;
        m.queue.pinned = None;
        m.focus = Focus::Conversation;
        return follow(m);
    }
    let req = next_req(m, "ticket");
    let ticket = id.to_string();
    notice(
        m,
        &crate::t!(m.lang, "notice-opening-ticket", ticket = ticket),
        false,
    );
    vec![Effect::LoadTicket { req, ticket: id }]
}

/// Low-bandwidth mode: the panels show the selected ticket now.
pub(super) fn open_selected(m: &mut Model) -> Vec<Effect> {
    let selected = m.selected_in_queue().cloned();
    if selected.as_ref().map(|t| &t.id) == m.queue.pinned.as_ref().map(|t| &t.id) {
        return vec![];
    }
    m.queue.pinned = selected;
    follow(m)
}

pub(super) fn open(m: &mut Model) -> Vec<Effect> {
    match m.focus {
        Focus::Queue
            if m.low_bandwidth
                && m.queue.pinned.as_ref().map(|t| &t.id)
                    != m.selected_in_queue().map(|t| &t.id) =>
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
                .and_then(|(_, ts)| ts.get(m.customers.selected))
                .cloned()
            else {
                return vec![];
            };
            m.focus = Focus::Conversation;
            match m
                .queue
                .visible
                .iter()
                .position(|&i| m.queue.tickets[i].id == t.id)
            {
                Some(pos) => {
                    m.queue.selected = pos;
                    m.queue.pinned = None;
                }
                None => {
                    // Shown at once as the panel lists it (number, status, subject), and read
                    // whole for the rest (its people, group, SLA), which the list is asked without.
                    let ticket = t.id.clone();
                    m.queue.pinned = Some(t);
                    let mut effects = follow(m);
                    let req = next_req(m, "ticket");
                    effects.push(Effect::LoadTicket { req, ticket });
                    return effects;
                }
            }
            follow(m)
        }
        Focus::Conversation => vec![],
    }
}

/// The queue shows view `id` from now on: emptied at once (its rows are another view's), loaded
/// afresh, and remembered for the next start.
pub(super) fn show_view(m: &mut Model, id: &Id) -> Vec<Effect> {
    let Some(v) = m.queue.views.iter().find(|v| &v.id == id).cloned() else {
        return vec![];
    };
    if m.queue.search.is_none() && m.queue.view.as_ref().is_some_and(|cur| cur.id == v.id) {
        return vec![];
    }
    m.queue.view = Some(v.clone());
    m.queue.search = None;
    clear_queue(m);
    m.queue.filter.clear();
    notice(
        m,
        &crate::t!(m.lang, "notice-view", view = v.name.as_str()),
        false,
    );
    let mut effects = load_view(m, v.id.clone());
    effects.push(Effect::RememberView { name: v.name });
    effects
}

/// The queue's rows belong to another list now (a view switched to, search results): all that
/// was kept of the old rows goes, their filter haystacks with them.
pub(super) fn clear_queue(m: &mut Model) {
    m.queue.tickets.clear();
    m.queue.haystacks.clear();
    m.queue.visible.clear();
    m.queue.incoming.clear();
    m.queue.selected = 0;
    m.queue.pinned = None;
    m.queue.more = None;
    m.queue.total = None;
    m.alerts.known = None; // a first load: what it holds did not just arrive
}

/// The view `delta` places away in the list, wrapping around.
pub(super) fn cycle_view(m: &mut Model, delta: isize) -> Vec<Effect> {
    let n = m.queue.views.len() as isize;
    if n == 0 {
        return vec![];
    }
    let at = m
        .queue
        .view
        .as_ref()
        .and_then(|v| m.queue.views.iter().position(|x| x.id == v.id))
        .unwrap_or(0) as isize;
    let id = m.queue.views[(at + delta).rem_euclid(n) as usize]
        .id
        .clone();
    show_view(m, &id)
}

/// A ticket asked for by its number: shown on its own.
pub(super) fn ticket_opened(
    m: &mut Model,
    req: ReqId,
    ticket: Id,
    result: crate::helpdesk::Result<Ticket>,
) -> Vec<Effect> {
    m.link.in_flight.remove(&req);
    match result {
        // The ticket shown already (opened from the customer panel): now whole; its
        // conversation and customer are on their way.
        Ok(t) if m.queue.pinned.as_ref().is_some_and(|p| p.id == t.id) => {
            m.queue.pinned = Some(t);
            vec![]
        }
        Ok(t) => {
            notice(m, &format!("#{} {}", t.id, t.subject), false);
            m.queue.pinned = Some(t);
            m.focus = Focus::Conversation;
            follow(m)
        }
        Err(e) => {
            let (id, why) = (ticket.to_string(), e.to_string());
            let text = crate::t!(
                m.lang,
                "notice-could-not-open-ticket",
                ticket = id,
                why = why
            );
            notice(m, &text, true);
            vec![]
        }
    }
}

/// The queue saved by the last session, shown until the helpdesk answers.
pub(super) fn cached(m: &mut Model, q: crate::store::cache::CachedQueue) -> Vec<Effect> {
    if !m.queue.tickets.is_empty() {
        return vec![]; // the helpdesk answered first
    }
    m.sync.cached_at = Some(q.saved_at);
    if m.queue.view.is_none() {
        m.queue.view = Some(q.view);
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

/// The changes since the last sync arrived (or the backend could not tell them).
pub(super) fn synced(
    m: &mut Model,
    req: ReqId,
    started: Timestamp,
    result: crate::helpdesk::Result<Option<Vec<Ticket>>>,
) -> Vec<Effect> {
    m.link.in_flight.remove(&req);
    if m.sync.req != Some(req) {
        return vec![];
    }
    m.sync.req = None;
    match result {
        Ok(Some(changed)) => {
            m.link.connection = Connection::Online;
            // Snoozed tickets of any view: a change may be the customer writing.
            let mut effects = super::snooze::changed(m, &changed);
            effects.extend(merge_changes(m, changed, started));
            effects
        }
        // The backend cannot tell what changed: list the view again.
        Ok(None) => match m.queue.view.clone() {
            Some(v) => load_view(m, v.id),
            None => vec![],
        },
        Err(e) => {
            failed(m, &e);
            vec![]
        }
    }
}

/// The helpdesk's views: the configured (or last used) one is loaded.
pub(super) fn views_loaded(
    m: &mut Model,
    r: crate::helpdesk::Result<Vec<crate::helpdesk::View>>,
) -> Vec<Effect> {
    m.link.in_flight.remove(&0);
    match r {
        Ok(mut views) => {
            m.link.connection = Connection::Online;
            m.sync.retry_delay_secs = 0;
            // tix's own view of the tickets it snoozed, after the helpdesk's.
            let none = views.is_empty();
            views.push(super::snooze::snoozed_view());
            m.queue.view_counts.insert(
                Id(super::snooze::SNOOZED_VIEW.into()),
                m.snooze.tickets.len() as u64,
            );
            // The configured (or last used) view when the helpdesk has it, else the first.
            let wanted = m.queue.preferred_view.as_deref().and_then(|name| {
                views
                    .iter()
                    .find(|v| v.name.eq_ignore_ascii_case(name.trim()))
            });
            if let (Some(name), None) = (&m.queue.preferred_view, wanted) {
                let text = crate::t!(m.lang, "notice-no-view-named", view = name.as_str());
                notice(m, &text, true);
            }
            m.queue.view = wanted.or(views.first().filter(|_| !none)).cloned();
            m.queue.views = views;
            match m.queue.view.clone() {
                Some(v) => load_view(m, v.id),
                None => {
                    notice(m, &crate::t!(m.lang, "notice-no-views"), true);
                    lists_behind_queue(m)
                }
            }
        }
        Err(e) => {
            failed(m, &e);
            schedule_retry(m, &e);
            lists_behind_queue(m)
        }
    }
}

/// The lists behind the queue (canned responses, agents, groups), once a session: asked for when
/// the queue's first page is in, or the queue could not be loaded.
pub(super) fn lists_behind_queue(m: &mut Model) -> Vec<Effect> {
    if !std::mem::take(&mut m.queue.lists_pending) {
        return vec![];
    }
    let mut effects = vec![Effect::LoadAgents];
    if m.canned.on_demand {
        m.canned.deferred = true;
    } else {
        effects.insert(0, Effect::LoadCanned);
    }
    if m.can(|c| c.groups) {
        effects.push(Effect::LoadGroups);
    }
    effects
}

/// The canned responses, asked for the first time something shows them, where they wait to be
/// needed (`CannedState::on_demand`).
pub(super) fn canned_when_needed(m: &mut Model) -> Vec<Effect> {
    let needed = m.focus == Focus::Canned
        || matches!(
            m.overlay,
            Some(Overlay::Palette(_) | Overlay::Workflow(_) | Overlay::Macro(_))
        );
    if m.canned.deferred && needed {
        m.canned.deferred = false;
        return vec![Effect::LoadCanned];
    }
    vec![]
}

/// A page of the view being loaded.
pub(super) fn view_page(
    m: &mut Model,
    req: ReqId,
    tickets: Vec<Ticket>,
    loaded: usize,
    total: Option<u64>,
) -> Vec<Effect> {
    if m.queue.req != Some(req) {
        return vec![];
    }
    if total.is_some() {
        m.queue.total = total;
    }
    let count = first_page_total(m, total);
    m.queue.progress = Some(if m.queue.loading_more {
        Progress {
            loaded: m.queue.tickets.len() + tickets.len(),
            total: m.queue.total,
        }
    } else {
        Progress { loaded, total }
    });
    if m.queue.refreshing {
        m.queue.incoming.extend(tickets);
        return count;
    }
    // First load: show rows as they arrive.
    let was_empty = m.queue.tickets.is_empty();
    let first = m.queue.tickets.len();
    append_tickets(m, tickets);
    if m.queue.loading_more {
        known_without_alert(m, first);
    }
    let mut effects = match (was_empty, m.low_bandwidth) {
        (true, true) => open_selected(m),
        (true, false) => follow(m),
        _ => vec![],
    };
    effects.extend(count);
    effects.extend(lists_behind_queue(m));
    effects
}

/// The first page of a load from the top: the total it carries is the view's count (the view
/// picker shows it too); where it carries none, the count is asked for apart (Zendesk's cursor
/// pages, RT's segments). Zendesk allows few counts a minute: none is asked for a further page.
fn first_page_total(m: &mut Model, total: Option<u64>) -> Vec<Effect> {
    if !std::mem::take(&mut m.queue.total_pending) {
        return vec![];
    }
    let Some(view) = m.queue.view.as_ref().map(|v| v.id.clone()) else {
        return vec![];
    };
    match total {
        Some(n) => {
            m.queue.view_counts.insert(view, n);
            vec![]
        }
        None => vec![Effect::LoadViewCounts(vec![view])],
    }
}

/// The view's load ended: the complete queue takes its order.
pub(super) fn view_done(
    m: &mut Model,
    req: ReqId,
    result: crate::helpdesk::Result<Option<String>>,
) -> Vec<Effect> {
    if m.queue.req != Some(req) {
        return vec![];
    }
    m.link.in_flight.remove(&req);
    m.queue.req = None;
    m.queue.progress = None;
    m.queue.total_pending = false;
    let more = std::mem::take(&mut m.queue.loading_more);
    let effects = match result {
        Ok(next) => {
            m.link.connection = Connection::Online;
            m.sync.retry_delay_secs = 0;
            m.queue.more = next;
            // A further page is not a sync: changes to the rows shown before are asked
            // for from the last complete load.
            if !more {
                m.sync.synced_at = m.sync.load_started.take();
            }
            m.sync.cached_at = None;
            // The complete queue takes its order (soonest breach first). The selection
            // stays on the ticket it was on after a refresh, or if the agent moved while
            // the queue loaded; a first load starts at the top.
            let keep = (m.queue.refreshing || m.queue.selected != 0)
                .then(|| m.selected_in_queue().map(|t| t.id.clone()))
                .flatten();
            if m.queue.refreshing {
                let fresh = std::mem::take(&mut m.queue.incoming);
                m.queue.tickets.clear();
                m.queue.haystacks.clear();
                m.queue.visible.clear();
                append_tickets(m, fresh);
            }
            order_queue(m);
            m.queue.selected = keep
                .and_then(|id| {
                    m.queue
                        .visible
                        .iter()
                        .position(|&i| m.queue.tickets[i].id == id)
                })
                .unwrap_or(0);
            let moved = m.selected_in_queue().map(|t| &t.id) != m.current().map(|t| &t.id);
            let mut effects = if m.queue.refreshing || moved {
                follow(m)
            } else {
                vec![]
            };
            // A reload brings the snoozed tickets of this view as they are now.
            let tickets = std::mem::take(&mut m.queue.tickets);
            effects.extend(super::snooze::changed(m, &tickets));
            m.queue.tickets = tickets;
            effects.extend(check_alerts(m));
            effects.extend(record_ratings(m));
            effects.extend(load_more_if_near_end(m));
            if !more && m.queue.tickets.len() >= RELEASE_AFTER {
                effects.push(Effect::ReleaseMemory);
            }
            if let (Some(view), Some(saved_at)) = (m.queue.view.clone(), m.sync.synced_at) {
                effects.push(Effect::SaveQueue(crate::store::cache::CachedQueue {
                    view,
                    saved_at,
                    tickets: m.queue.tickets[..m.queue.tickets.len().min(CACHED_ROWS)].to_vec(),
                }));
            }
            effects
        }
        Err(e) => {
            m.queue.incoming.clear();
            failed(m, &e);
            schedule_retry(m, &e);
            lists_behind_queue(m)
        }
    };
    m.queue.refreshing = false;
    effects
}

/// A ticket's conversation arrived.
pub(super) fn conversation_loaded(
    m: &mut Model,
    req: ReqId,
    ticket: Id,
    result: crate::helpdesk::Result<Vec<crate::helpdesk::Message>>,
    saved: Option<Vec<crate::helpdesk::Message>>,
) -> Vec<Effect> {
    m.link.in_flight.remove(&req);
    // Fresh from the helpdesk, the conversation is the ticket as the agent now sees it.
    if result.is_ok() {
        super::collide::saw(m, &ticket);
    }
    let entry = match or_saved(m, result, saved) {
        Ok(msgs) => {
            m.link.connection = Connection::Online;
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

/// When the helpdesk cannot be reached, the copy saved on disk stands in for its answer, and the
/// agent is told it is the saved one; any other failure is shown as it is (a deleted ticket's
/// saved copy would mislead).
fn or_saved<T>(
    m: &mut Model,
    result: crate::helpdesk::Result<T>,
    saved: Option<T>,
) -> crate::helpdesk::Result<T> {
    match (result, saved) {
        (Err(e), Some(saved)) if e.kind == crate::helpdesk::ErrorKind::Network => {
            let why = e.to_string();
            notice(
                m,
                &crate::t!(m.lang, "notice-showing-saved", why = why),
                true,
            );
            Ok(saved)
        }
        (result, _) => result,
    }
}

/// A customer and their tickets arrived.
pub(super) fn customer_loaded(
    m: &mut Model,
    req: ReqId,
    customer: Id,
    result: crate::helpdesk::Result<(crate::helpdesk::Customer, Vec<Ticket>)>,
    saved: Option<(crate::helpdesk::Customer, Vec<Ticket>)>,
) -> Vec<Effect> {
    m.link.in_flight.remove(&req);
    let entry = match or_saved(m, result, saved) {
        Ok(c) => Loaded::Ready(c),
        Err(e) => {
            failed(m, &e);
            Loaded::Failed(e.to_string())
        }
    };
    m.customers.loaded.insert(customer, entry);
    vec![]
}

/// The helpdesk's statuses and priorities: tickets already loaded are named by them.
pub(super) fn vocabulary(m: &mut Model, v: crate::helpdesk::Vocabulary) -> Vec<Effect> {
    // Tickets that came before the list are named as it names them (their filter
    // haystacks hold the name too).
    for (i, t) in m.queue.tickets.iter_mut().enumerate() {
        v.relabel(&mut t.status);
        if let Some(h) = m.queue.haystacks.get_mut(i) {
            *h = haystack(t, m.privacy);
        }
    }
    let customers = m
        .customers
        .loaded
        .values_mut()
        .filter_map(|c| match c {
            Loaded::Ready((_, ts)) => Some(ts.iter_mut()),
            _ => None,
        })
        .flatten();
    for t in m.queue.pinned.iter_mut().chain(customers) {
        v.relabel(&mut t.status);
    }
    m.vocabulary = v;
    vec![]
}

/// After a failed load, the queue (or the list of views) is asked for again once its time comes.
pub(super) fn retry_if_due(m: &mut Model) -> Vec<Effect> {
    match m.sync.retry_at {
        Some(at) if at <= m.now && m.queue.req.is_none() => {
            m.sync.retry_at = None;
            match m.queue.view.clone() {
                Some(v) => load_view(m, v.id),
                None => {
                    m.link.in_flight.insert(0, "views");
                    vec![Effect::LoadViews]
                }
            }
        }
        _ => vec![],
    }
}
