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
    let masked;
    let subject = if privacy {
        masked = crate::privacy::text(&t.subject);
        masked.as_str()
    } else {
        t.subject.as_str()
    };
    let email = match (&t.requester, privacy) {
        (Some(r), false) => r.email.as_deref().unwrap_or(""),
        _ => "",
    };
    let parts = [
        subject,
        name(&t.requester),
        email,
        &t.status.label,
        t.priority.as_ref().map_or("", |p| p.label.as_str()),
        name(&t.assignee),
        t.group.as_deref().unwrap_or(""),
        t.organization.as_deref().unwrap_or(""),
    ];
    // Made in one piece, at its final size: a whole view makes 100,000 of them at once.
    let len = 1
        + t.id.0.len()
        + parts.iter().map(|p| p.len() + 1).sum::<usize>()
        + t.tags.iter().map(|tag| tag.len() + 1).sum::<usize>();
    let mut h = String::with_capacity(len);
    h.push('#');
    push_lowercase(&mut h, &t.id.0);
    for part in parts {
        h.push(' ');
        push_lowercase(&mut h, part);
    }
    h.push(' ');
    for (i, tag) in t.tags.iter().enumerate() {
        if i > 0 {
            h.push(' ');
        }
        push_lowercase(&mut h, tag);
    }
    h.into_boxed_str()
}

/// `s` in lower case, as `str::to_lowercase` writes it (which the filter's own text goes
/// through), without a string of its own where `s` is ASCII.
fn push_lowercase(h: &mut String, s: &str) {
    if s.is_ascii() {
        h.extend(s.chars().map(|c| c.to_ascii_lowercase()));
    } else {
        h.push_str(&s.to_lowercase());
    }
}

/// Makes the filter's haystacks where there are none: they are kept, one per ticket of the
/// queue, only while a filter is on (at rest a whole view would hold them for nothing).
pub(super) fn ensure_haystacks(m: &mut Model) {
    if m.queue.haystacks.len() != m.queue.tickets.len() {
        let privacy = m.privacy;
        m.queue.haystacks = m
            .queue
            .tickets
            .iter()
            .map(|t| haystack(t, privacy))
            .collect();
    }
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
