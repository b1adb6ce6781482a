//! The knowledge overlay and the articles suggested for a ticket: search as the agent types
//! (debounced by an effect, never by reading a clock), read an article, put its link or a
//! paragraph of it into the reply, keep it open beside the conversation.

use super::compose::open_composer;
use super::model::*;
use super::msg::{Effect, ReqId};
use super::update::{next_req, notice};
use crate::action::Action;
use crate::helpdesk::{Article, Id};

/// Keys typed within this long make one search.
pub const DEBOUNCE_MS: u64 = 250;

/// `K`: the overlay, listing the ticket's suggestions until the agent types. On a low-bandwidth
/// link the suggestions are asked now (nothing went on the wire when the ticket opened).
pub(super) fn open(m: &mut Model) -> Vec<Effect> {
    let mut effects = vec![];
    let mut state = KbOverlay::default();
    if let Some(ticket) = m.current().cloned() {
        let have =
            m.kb.suggested
                .as_ref()
                .is_some_and(|s| s.ticket == ticket.id);
        if !have {
            effects.extend(suggest(m, &ticket.id));
        }
    }
    show_suggestions(m, &mut state);
    m.overlay = Some(Overlay::Knowledge(state));
    effects
}

/// The suggestions for the ticket shown, in the overlay while nothing is typed.
fn show_suggestions(m: &Model, k: &mut KbOverlay) {
    let current = m.current().map(|t| &t.id);
    match m
        .kb
        .suggested
        .as_ref()
        .filter(|s| Some(&s.ticket) == current)
    {
        Some(s) => match &s.hits {
            Loaded::Ready(hits) => {
                k.hits = hits.clone();
                k.note = Some(if hits.is_empty() {
                    crate::t!(m.lang, "kb-no-match-ticket")
                } else {
                    crate::t!(m.lang, "kb-suggested")
                });
            }
            Loaded::Failed(e) => k.note = Some(e.clone()),
            Loaded::Loading => k.note = Some(crate::t!(m.lang, "kb-finding")),
        },
        None => k.note = Some(crate::t!(m.lang, "kb-type-to-search")),
    }
    k.selected = 0;
}

/// A search for the ticket's suggested articles, from its subject and last customer message
/// (the conversation, when it is loaded).
fn suggest(m: &mut Model, ticket: &Id) -> Vec<Effect> {
    let Some(t) = m.current().filter(|t| &t.id == ticket).cloned() else {
        return vec![];
    };
    let messages = m
        .conversations
        .loaded
        .get(ticket)
        .and_then(Loaded::ready)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let query = crate::knowledge::suggestion_for(&t, messages);
    if query.trim().is_empty() {
        return vec![];
    }
    // A background request: not among those the status bar counts as loading.
    let req = m.link.next_req;
    m.link.next_req += 1;
    m.kb.suggested = Some(KbSuggested {
        ticket: ticket.clone(),
        req,
        hits: Loaded::Loading,
    });
    vec![Effect::KbSearch { req, query }]
}

/// A ticket's conversation arrived: its suggestions go out in the background, unless the link
/// is slow (then they wait for `K`).
pub(super) fn conversation_arrived(m: &mut Model, ticket: &Id) -> Vec<Effect> {
    let shown = m.current().is_some_and(|t| &t.id == ticket);
    let have = m.kb.suggested.as_ref().is_some_and(|s| &s.ticket == ticket);
    if m.low_bandwidth || !shown || have {
        return vec![];
    }
    suggest(m, ticket)
}

/// A key typed into the search: the search goes once typing rests.
pub(super) fn typed(m: &mut Model) -> Vec<Effect> {
    m.kb.typed += 1;
    if let Some(Overlay::Knowledge(k)) = &mut m.overlay {
        k.selected = 0;
        if k.query.trim().is_empty() {
            let mut k2 = std::mem::take(k);
            show_suggestions(m, &mut k2);
            k2.query.clear();
            m.overlay = Some(Overlay::Knowledge(k2));
            return vec![];
        }
    }
    vec![Effect::KbDebounce {
        ms: DEBOUNCE_MS,
        typed: m.kb.typed,
    }]
}

/// The debounce ran out: search if no key came since.
pub(super) fn debounced(m: &mut Model, typed: u64) -> Vec<Effect> {
    if typed != m.kb.typed {
        return vec![];
    }
    let Some(Overlay::Knowledge(k)) = &m.overlay else {
        return vec![];
    };
    let query = k.query.trim().to_string();
    if query.is_empty() {
        return vec![];
    }
    let req = next_req(m, "articles");
    let searching = crate::t!(m.lang, "kb-searching");
    if let Some(Overlay::Knowledge(k)) = &mut m.overlay {
        k.waiting = Some(req);
        k.note = Some(searching);
    }
    vec![Effect::KbSearch { req, query }]
}

pub(super) fn found(
    m: &mut Model,
    req: ReqId,
    result: crate::helpdesk::Result<crate::knowledge::Found>,
) -> Vec<Effect> {
    m.link.in_flight.remove(&req);
    if let Some(s) = m.kb.suggested.as_mut().filter(|s| s.req == req) {
        s.hits = match result {
            Ok(f) => Loaded::Ready(f.hits),
            Err(e) => Loaded::Failed(e.to_string()),
        };
        // The overlay open on its suggestions shows them now.
        let mut open = match &mut m.overlay {
            Some(Overlay::Knowledge(k)) if k.query.trim().is_empty() && k.reading.is_none() => {
                std::mem::take(k)
            }
            _ => return vec![],
        };
        show_suggestions(m, &mut open);
        m.overlay = Some(Overlay::Knowledge(open));
        return vec![];
    }
    let Some(Overlay::Knowledge(k)) = &mut m.overlay else {
        return vec![];
    };
    if k.waiting != Some(req) {
        return vec![];
    }
    k.waiting = None;
    k.selected = 0;
    match result {
        Ok(f) => {
            k.note = match (f.note, f.hits.is_empty()) {
                (Some(n), _) => Some(n),
                (None, true) => Some(crate::t!(m.lang, "kb-none-found")),
                (None, false) => None,
            };
            k.hits = f.hits;
        }
        Err(e) => {
            k.hits.clear();
            k.note = Some(e.to_string());
        }
    }
    vec![]
}

pub(super) fn article_loaded(
    m: &mut Model,
    req: ReqId,
    result: crate::helpdesk::Result<Article>,
) -> Vec<Effect> {
    m.link.in_flight.remove(&req);
    if let Some(Overlay::Knowledge(k)) = &mut m.overlay
        && let Some(r) = k.reading.as_mut().filter(|r| r.req == req)
    {
        r.article = Some(match result {
            Ok(a) => Loaded::Ready(a),
            Err(e) => Loaded::Failed(e.to_string()),
        });
    }
    vec![]
}

/// Enter, Esc and the arrows while the list shows.
pub(super) fn list_action(m: &mut Model, action: Action) -> Vec<Effect> {
    let Some(Overlay::Knowledge(k)) = &mut m.overlay else {
        return vec![];
    };
    match action {
        Action::Down | Action::Up => {
            let n = k.hits.len();
            if n > 0 {
                let step = if action == Action::Down { 1 } else { n - 1 };
                k.selected = (k.selected + step) % n;
            }
            vec![]
        }
        Action::Accept => {
            let Some(hit) = k.hits.get(k.selected).cloned() else {
                return vec![];
            };
            let req = next_req(m, "article");
            if let Some(Overlay::Knowledge(k)) = &mut m.overlay {
                k.reading = Some(KbReading {
                    req,
                    article: None,
                    scroll: 0,
                });
            }
            vec![Effect::KbArticle { req, id: hit.id }]
        }
        Action::Dismiss => {
            m.close_overlay();
            vec![]
        }
        _ => vec![],
    }
}

/// The article being read, when it has come.
fn reading(m: &Model) -> Option<(&Article, usize)> {
    match &m.overlay {
        Some(Overlay::Knowledge(KbOverlay {
            reading:
                Some(KbReading {
                    article: Some(Loaded::Ready(a)),
                    scroll,
                    ..
                }),
            ..
        })) => Some((a, *scroll)),
        _ => None,
    }
}

/// The paragraph at line `at` of a body (lines from there back to the blank line before, and on
/// to the next one): the excerpt the agent chose by scrolling to it.
pub fn paragraph_at(body: &str, at: usize) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let mut i = at.min(lines.len().saturating_sub(1));
    // From a blank line, the next paragraph.
    while i < lines.len() && lines[i].trim().is_empty() {
        i += 1;
    }
    if i >= lines.len() {
        return String::new();
    }
    let mut start = i;
    while start > 0 && !lines[start - 1].trim().is_empty() {
        start -= 1;
    }
    let mut end = i;
    while end + 1 < lines.len() && !lines[end + 1].trim().is_empty() {
        end += 1;
    }
    lines[start..=end].join("\n")
}

/// A key of the [knowledge] table while an article is read.
pub(super) fn reading_action(m: &mut Model, action: Action) -> Vec<Effect> {
    match action {
        Action::Down | Action::Up | Action::PageDown | Action::PageUp => {
            let lines = reading(m).map_or(0, |(a, _)| a.body.lines().count());
            let step: isize = match action {
                Action::Down => 1,
                Action::Up => -1,
                Action::PageDown => 10,
                _ => -10,
            };
            if let Some(Overlay::Knowledge(KbOverlay {
                reading: Some(r), ..
            })) = &mut m.overlay
            {
                let max = lines.saturating_sub(1) as isize;
                r.scroll = (r.scroll as isize + step).clamp(0, max.max(0)) as usize;
            }
            vec![]
        }
        Action::KbInsertLink => {
            let Some((a, _)) = reading(m) else {
                return vec![];
            };
            let text = crate::knowledge::link_paragraph(a);
            into_reply(m, text)
        }
        Action::KbInsertExcerpt => {
            let Some((a, scroll)) = reading(m) else {
                return vec![];
            };
            let text = paragraph_at(&a.body, scroll);
            if text.is_empty() {
                return vec![];
            }
            into_reply(m, text)
        }
        Action::KbBeside => {
            let Some((a, _)) = reading(m) else {
                return vec![];
            };
            let a = a.clone();
            let same = m.kb.beside.as_ref().is_some_and(|(b, _)| b.id == a.id);
            m.kb.beside = if same { None } else { Some((a, 0)) };
            m.close_overlay();
            vec![]
        }
        // Back to the list.
        Action::Dismiss | Action::Knowledge => {
            if let Some(Overlay::Knowledge(k)) = &mut m.overlay {
                k.reading = None;
            }
            vec![]
        }
        Action::Quit => {
            m.close_overlay();
            vec![]
        }
        _ => vec![],
    }
}

/// The text goes into the ticket's reply as its own paragraph (a reply, never the note being
/// written: notes are not for customers), and the composer takes the keys.
fn into_reply(m: &mut Model, text: String) -> Vec<Effect> {
    if m.current().is_none() {
        notice(m, &crate::t!(m.lang, "notice-no-ticket"), true);
        return vec![];
    }
    open_composer(m, DraftKind::Reply, Some(text))
}
