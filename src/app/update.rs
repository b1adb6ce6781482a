//! `update(model, msg) -> effects`: a short dispatcher over the concerns that change state (keys,
//! queue, filter, compose, overlays, alerts, attach). No I/O and no clock reads here or in them.

use ratatui::crossterm::event::KeyEventKind;

use super::alerts::{check_alerts, delivered};
use super::compose::{edited, paste, queued, returned, updated};
use super::filter::search_done;
use super::keys::{on_key, on_mouse};
use super::model::*;
use super::msg::{Effect, Msg, ReqId};
use super::overlays::on_macro_preview;
use super::queue::{
    cached, conversation_loaded, customer_loaded, held_in_view, open_selected, retry_if_due,
    sync_if_due, synced, ticket_opened, view_done, view_page, views_loaded, vocabulary,
};

/// The views (then the queue's first page) go first; the canned responses, agents and groups are
/// asked for once that page is in (`queue::lists_behind_queue`): on a slow link they would share
/// the line with the first rows.
pub fn init(model: &mut Model) -> Vec<Effect> {
    model.link.in_flight.insert(0, "views");
    model.queue.lists_pending = true;
    vec![Effect::LoadMe, Effect::LoadViews, Effect::LoadVocabulary]
}

pub fn update(m: &mut Model, msg: Msg) -> Vec<Effect> {
    let mut effects = dispatch(m, msg);
    effects.extend(super::queue::canned_when_needed(m));
    effects.extend(super::queue::customer_tickets_when_needed(m));
    effects
}

fn dispatch(m: &mut Model, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Key(ev) if ev.kind != KeyEventKind::Release => on_key(m, ev),
        Msg::Key(_) => vec![],
        Msg::Plain(c) => super::plain::command(m, c),
        Msg::Edited { ticket, kind, text } => edited(m, ticket, kind, text),
        Msg::SearchDone { req, result } => search_done(m, req, result),
        Msg::KbDebounced(typed) => super::knowledge::debounced(m, typed),
        Msg::KbFound { req, result } => super::knowledge::found(m, req, result),
        Msg::KbArticle { req, result } => super::knowledge::article_loaded(m, req, result),
        Msg::Ticket {
            req,
            ticket,
            result,
        } => ticket_opened(m, req, ticket, result),
        Msg::OutboxDelivered { ticket, message } => delivered(m, ticket, message),
        Msg::Paste(text) => paste(m, text),
        Msg::Cached(q) => cached(m, q),
        Msg::Synced {
            req,
            started,
            result,
        } => synced(m, req, started, result),
        Msg::InView { req, result } => held_in_view(m, req, result),
        Msg::Queued { req, ticket, error } => queued(m, req, ticket, error),
        Msg::Returned {
            ticket,
            patch,
            why,
            conflict,
        } => returned(m, ticket, patch, why, conflict),
        Msg::Collided {
            req,
            ticket,
            result,
        } => super::collide::collided(m, req, ticket, result),
        Msg::OutboxCount(n) => {
            m.writes.outbox = n;
            vec![]
        }
        Msg::MacroPreview {
            req,
            ticket,
            result,
        } => on_macro_preview(m, req, ticket, result),
        Msg::RateBudget(b) => {
            m.link.rate_budget = b;
            vec![]
        }
        Msg::Rested(move_no) => {
            if m.low_bandwidth && move_no == m.queue.selection_moves {
                open_selected(m)
            } else {
                vec![]
            }
        }
        Msg::SnoozeChecked {
            ticket,
            updated_at,
            result,
        } => super::snooze::checked(m, ticket, updated_at, result),
        Msg::Failed(text) => {
            notice(m, &text, true);
            vec![]
        }
        Msg::Downloading { req, done, total } => super::attach::progress(m, req, done, total),
        Msg::Downloaded { req, result } => super::attach::done(m, req, result),
        Msg::OpenFailed(why) => {
            notice(
                m,
                &crate::t!(m.lang, "notice-could-not-open", why = why),
                true,
            );
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
            // After the SLA alerts: a ticket back from a snooze is the news the bar keeps.
            effects.extend(super::snooze::wake_due(m));
            effects.extend(sync_if_due(m));
            effects.extend(retry_if_due(m));
            effects
        }
        Msg::Me(r) => {
            match r {
                Ok(me) => m.me = Some(me),
                Err(e) => failed(m, &e),
            }
            vec![]
        }
        Msg::Views(r) => views_loaded(m, r),
        Msg::ViewPage {
            req,
            tickets,
            loaded,
            total,
        } => view_page(m, req, tickets, loaded, total),
        Msg::Unreadable(n) => {
            let text = m.lang.unreadable(n);
            notice(m, &text, true);
            vec![]
        }
        Msg::ViewsUnordered => {
            // The top pages are not the top of the queue: the rest of the view follows, whole.
            m.queue.load_window = None;
            if let Some(c) = m.capabilities.as_mut() {
                c.ordered_views = false;
            }
            vec![]
        }
        Msg::ViewDone { req, result } => view_done(m, req, result),
        Msg::Conversation {
            req,
            ticket,
            result,
            saved,
        } => {
            let mut effects = conversation_loaded(m, req, ticket.clone(), result, saved);
            // Suggestions for a conversation shown (fresh, or the saved copy), not a failed one.
            if matches!(m.conversations.loaded.get(&ticket), Some(Loaded::Ready(_))) {
                effects.extend(super::knowledge::conversation_arrived(m, &ticket));
            }
            effects
        }
        Msg::Customer {
            req,
            customer,
            result,
            saved,
        } => customer_loaded(m, req, customer, result, saved),
        Msg::Canned(r) => canned_loaded(m, r),
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
            // The shown view's count may come after its first page: the title and the
            // progress take it then.
            if count.is_some() && m.queue.view.as_ref().is_some_and(|v| v.id == view) {
                m.queue.total = count;
                if let Some(p) = m.queue.progress.as_mut().filter(|p| p.total.is_none()) {
                    p.total = count;
                }
            }
            match count {
                Some(n) => m.queue.view_counts.insert(view, n),
                None => m.queue.view_counts.remove(&view),
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
        Msg::Vocabulary(v) => vocabulary(m, v),
        Msg::Updated {
            req,
            ticket,
            result,
            posted,
        } => updated(m, req, ticket, result, posted),
    }
}

pub(super) fn next_req(m: &mut Model, label: &'static str) -> ReqId {
    let r = m.link.next_req;
    m.link.next_req += 1;
    m.link.in_flight.insert(r, label);
    r
}

pub(super) fn notice(m: &mut Model, text: &str, error: bool) {
    let n = Notice {
        text: text.to_string(),
        error,
    };
    if m.log.messages.len() == MESSAGES_KEPT {
        m.log.messages.pop_front();
    }
    m.log.messages.push_back((m.now, n.clone()));
    m.log.count += 1;
    m.log.notice = Some(n);
}

pub(super) fn failed(m: &mut Model, e: &crate::helpdesk::HelpdeskError) {
    if e.kind == crate::helpdesk::ErrorKind::Network
        && !matches!(m.link.connection, Connection::Offline { .. })
    {
        m.link.connection = Connection::Offline {
            since: m.now,
            reason: e.message.clone(),
        };
    }
    notice(m, &e.to_string(), true);
}

/// The helpdesk's canned responses, then the agent's own (files in the config dir); the agent's
/// own alone, and a word about why, when the helpdesk's cannot be had.
fn canned_loaded(
    m: &mut Model,
    r: crate::helpdesk::Result<Vec<crate::helpdesk::CannedResponse>>,
) -> Vec<Effect> {
    m.canned.list = match r {
        Ok(mut list) => {
            list.extend(m.canned.local.iter().cloned());
            Loaded::Ready(list)
        }
        Err(e) if !m.canned.local.is_empty() => {
            let why = e.to_string();
            let text = crate::t!(m.lang, "notice-canned-failed-own", why = why);
            notice(m, &text, true);
            Loaded::Ready(m.canned.local.clone())
        }
        Err(e) => Loaded::Failed(e.to_string()),
    };
    vec![]
}
