//! The queue filter (what a ticket is matched on, the walk through further pages) and the
//! helpdesk's own search, whose results fill the queue.

use super::model::*;
use super::msg::{Effect, ReqId};
use super::queue::{append_tickets, clear_queue, follow, load_more_if_near_end};
use super::update::{next_req, notice};
use crate::helpdesk::{Id, Ticket};

/// What the queue filter matches in a ticket: number, subject, requester, status, priority,
/// assignee, group, organization and tags. With privacy mode on, only what the queue shows: the
/// subject as masked on screen, and no email address.
pub(super) fn haystack(t: &Ticket, privacy: bool) -> Box<str> {
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
    .into_boxed_str()
}

/// How many tickets a filter may page through, looking for matches, before it stops.
pub(super) const FILTER_WALK: usize = 2_000;

pub(super) fn refilter(m: &mut Model) -> Vec<Effect> {
    // Where this filter began, to bound how far it pages through the view.
    m.queue.filter_from = match (m.queue.filter.is_empty(), m.queue.filter_from) {
        (true, _) => None,
        (false, Some(from)) => Some(from),
        (false, None) => Some(m.queue.tickets.len()),
    };
    let keep = m.selected_in_queue().map(|t| t.id.clone());
    super::snooze::recompute(m);
    m.queue.selected = keep
        .and_then(|id| {
            m.queue
                .visible
                .iter()
                .position(|&i| m.queue.tickets[i].id == id)
        })
        .unwrap_or(0);
    let mut effects = follow(m);
    effects.extend(load_more_if_near_end(m));
    effects
}

/// The helpdesk's own search (all tickets, solved included); its results fill the queue in place
/// of the view until Esc or another view.
pub(super) fn start_search(m: &mut Model, query: &str) -> Vec<Effect> {
    if query.is_empty() {
        return vec![];
    }
    if m.capabilities.as_ref().is_some_and(|c| !c.search) {
        notice(m, &crate::t!(m.lang, "notice-no-search"), true);
        return vec![];
    }
    if m.queue.search.is_none() {
        m.queue.view_before_search = m.queue.view.clone();
    }
    m.queue.search = Some(query.to_string());
    m.queue.view = Some(crate::helpdesk::View {
        id: Id("search".into()),
        name: crate::t!(m.lang, "search-view-name", query = query),
    });
    notice(
        m,
        &crate::t!(m.lang, "notice-searching", query = query),
        false,
    );
    let req = next_req(m, "search");
    m.queue.req = Some(req);
    vec![Effect::Search {
        req,
        query: query.to_string(),
    }]
}

pub(super) fn search_done(
    m: &mut Model,
    req: ReqId,
    result: crate::helpdesk::Result<Vec<Ticket>>,
) -> Vec<Effect> {
    m.link.in_flight.remove(&req);
    if m.queue.req != Some(req) || m.queue.search.is_none() {
        return vec![]; // superseded, or left
    }
    m.queue.req = None;
    match result {
        Ok(found) => {
            clear_queue(m);
            m.queue.total = Some(found.len() as u64);
            let l = m.lang;
            let n = l.number(found.len() as u64);
            let text = crate::t!(l, "notice-search-found", n = n);
            notice(m, &text, false);
            append_tickets(m, found);
            follow(m)
        }
        Err(e) => {
            let why = e.to_string();
            notice(
                m,
                &crate::t!(m.lang, "notice-search-failed", why = why),
                true,
            );
            vec![]
        }
    }
}
