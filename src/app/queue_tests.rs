//! The queue as `update` transitions: views, loading and paging, sync, the saved queue.

use super::fixtures::*;
use super::model::*;
use super::msg::{Effect, Msg};
use super::update::{init, update};
use crate::helpdesk::{ErrorKind, HelpdeskError, Id, Ticket, Timestamp};

#[test]
fn start_puts_the_queue_first_on_the_link_and_the_lists_behind_it() {
    // Over a slow link the canned responses, agents and groups shared the line with the
    // queue's first page and held back the first rows: they are asked for once it is in.
    let mut m = empty_model();
    assert_eq!(
        init(&mut m),
        vec![Effect::LoadMe, Effect::LoadViews, Effect::LoadVocabulary]
    );
    update(
        &mut m,
        Msg::Views(Ok(vec![crate::helpdesk::View {
            id: Id::from(9),
            name: "All unsolved".into(),
        }])),
    );
    let req = m.queue.req.unwrap();
    let lists = |fx: &[Effect]| {
        fx.iter()
            .filter(|e| {
                matches!(
                    e,
                    Effect::LoadCanned | Effect::LoadAgents | Effect::LoadGroups
                )
            })
            .cloned()
            .collect::<Vec<_>>()
    };
    let fx = update(
        &mut m,
        Msg::ViewPage {
            req,
            tickets: tickets(),
            loaded: 5,
            total: Some(5),
        },
    );
    assert_eq!(
        lists(&fx),
        [Effect::LoadCanned, Effect::LoadAgents, Effect::LoadGroups]
    );
    // Once a session.
    let fx = update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(None),
        },
    );
    assert_eq!(lists(&fx), []);
}

#[test]
fn a_queue_that_cannot_load_does_not_hold_back_the_lists() {
    let mut m = empty_model();
    init(&mut m);
    let down = HelpdeskError::new(ErrorKind::Network, "connection refused");
    let fx = update(&mut m, Msg::Views(Err(down)));
    assert!(fx.contains(&Effect::LoadCanned), "{fx:?}");
    assert!(fx.contains(&Effect::LoadAgents), "{fx:?}");
}

#[test]
fn first_view_is_loaded_and_first_page_is_followed() {
    let mut m = empty_model();
    init(&mut m);
    let fx = update(
        &mut m,
        Msg::Views(Ok(vec![crate::helpdesk::View {
            id: Id::from(9),
            name: "All unsolved".into(),
        }])),
    );
    let req = m.queue.req.unwrap();
    assert_eq!(
        fx,
        vec![Effect::LoadView {
            req,
            view: Id::from(9),
            from: None,
            want: None,
        }]
    );
    let fx = update(
        &mut m,
        Msg::ViewPage {
            req,
            tickets: tickets()[..2].to_vec(),
            loaded: 2,
            total: Some(5),
        },
    );
    assert_eq!(
        m.queue.progress,
        Some(Progress {
            loaded: 2,
            total: Some(5)
        })
    );
    assert_eq!(ids(&m), ["1001", "1002"]);
    // The conversation and customer panels follow the selection.
    assert!(matches!(&fx[..], [
        Effect::LoadConversation { ticket, .. },
        Effect::LoadCustomer { customer, .. },
        ..
    ] if ticket.0 == "1001" && customer.0 == "7"));
    // Later pages append without re-following.
    let fx = update(
        &mut m,
        Msg::ViewPage {
            req,
            tickets: tickets()[2..].to_vec(),
            loaded: 5,
            total: Some(5),
        },
    );
    assert!(fx.is_empty());
    assert_eq!(m.queue.tickets.len(), 5);
}

/// The customer's tickets are asked a panel at a time: as many as the customer panel has rows
/// for at this terminal's size (each comes with its first message over the link).
#[test]
fn the_customer_is_asked_for_as_many_tickets_as_the_panel_shows() {
    for size in [(120, 40), (80, 24), (200, 60)] {
        let mut m = empty_model();
        m.size = size;
        let fx = start_on_one_view(&mut m);
        let want = fx.iter().find_map(|e| match e {
            Effect::LoadCustomer { want, .. } => Some(*want),
            _ => None,
        });
        let panel = crate::layout::panels(ratatui::layout::Rect::new(0, 0, size.0, size.1), false);
        let rows = crate::layout::inner(panel.customer).height as usize;
        // Every customer has a name line and a counts line above the tickets.
        assert_eq!(want, Some(rows - 2), "{size:?}: {fx:?}");
    }
}

#[test]
fn answers_to_superseded_requests_are_dropped() {
    let mut m = loaded_model();
    update(&mut m, key("R"));
    let stale = m.queue.req.unwrap() - 1;
    update(
        &mut m,
        Msg::ViewPage {
            req: stale,
            tickets: vec![ticket(9999, "stale", "open", "low", "email", 7)],
            loaded: 1,
            total: None,
        },
    );
    assert!(!ids(&m).contains(&"9999".to_string()));
}

#[test]
fn refresh_keeps_the_queue_until_the_new_one_is_complete() {
    let mut m = loaded_model();
    update(&mut m, key("j"));
    let fx = update(&mut m, key("R"));
    let req = m.queue.req.unwrap();
    assert!(matches!(&fx[..], [Effect::LoadView { .. }]));
    let mut fresh = tickets();
    // Meanwhile #1005's clock ran out two hours ago: it sorts first.
    fresh[4].sla[0].due_at = Some(now() - jiff::SignedDuration::from_secs(7200));
    update(
        &mut m,
        Msg::ViewPage {
            req,
            tickets: fresh,
            loaded: 5,
            total: Some(5),
        },
    );
    assert_eq!(ids(&m)[0], "1001", "old queue still shown mid-refresh");
    update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(None),
        },
    );
    assert_eq!(ids(&m)[0], "1005");
    // The selection stays on the same ticket.
    assert_eq!(m.current().unwrap().id.0, "1002");
}

#[test]
fn moving_follows_and_uses_the_cache() {
    let mut m = loaded_model();
    let fx = update(&mut m, key("j"));
    assert_eq!(m.current().unwrap().id.0, "1002");
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::LoadConversation { ticket, .. } if ticket.0 == "1002"))
    );
    // Back to a ticket whose conversation and customer are cached: no requests.
    let fx = update(&mut m, key("k"));
    assert_eq!(m.current().unwrap().id.0, "1001");
    assert!(fx.is_empty(), "{fx:?}");
    // Clamped at both ends.
    update(&mut m, key("k"));
    assert_eq!(m.queue.selected, 0);
    update(&mut m, key("G"));
    assert_eq!(m.queue.selected, 4);
    update(&mut m, key("j"));
    assert_eq!(m.queue.selected, 4);
}

#[test]
fn a_failed_queue_load_is_retried_with_backoff() {
    let mut m = loaded_model();
    update(&mut m, key("R"));
    let req = m.queue.req.unwrap();
    let down = HelpdeskError::new(ErrorKind::Network, "connection refused");
    update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Err(down.clone()),
        },
    );
    assert!(matches!(m.link.connection, Connection::Offline { .. }));
    assert_eq!(m.queue.tickets.len(), 5, "the queue already shown stays");
    let at = m.sync.retry_at.expect("a retry is planned");
    assert_eq!(at, now() + jiff::SignedDuration::from_secs(5));
    // Not yet...
    assert!(
        update(
            &mut m,
            Msg::Tick(now() + jiff::SignedDuration::from_secs(4))
        )
        .is_empty()
    );
    // ...then the queue is asked for again.
    let fx = update(
        &mut m,
        Msg::Tick(now() + jiff::SignedDuration::from_secs(5)),
    );
    assert!(matches!(&fx[..], [Effect::LoadView { .. }]), "{fx:?}");
    let req = m.queue.req.unwrap();
    update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Err(down),
        },
    );
    assert_eq!(
        m.sync.retry_at,
        Some(now() + jiff::SignedDuration::from_secs(5 + 10)),
        "backoff doubles"
    );
    // Retry-After from the server wins; success resets.
    let fx = update(
        &mut m,
        Msg::Tick(now() + jiff::SignedDuration::from_secs(15)),
    );
    assert_eq!(fx.len(), 1);
    let req = m.queue.req.unwrap();
    let mut limited = HelpdeskError::new(ErrorKind::RateLimited, "slow down");
    limited.retry_after = Some(std::time::Duration::from_secs(42));
    update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Err(limited),
        },
    );
    assert_eq!(
        m.sync.retry_at,
        Some(now() + jiff::SignedDuration::from_secs(15 + 42))
    );
    // A permanent error is not retried.
    update(&mut m, key("R"));
    let req = m.queue.req.unwrap();
    m.sync.retry_at = None;
    update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Err(HelpdeskError::new(ErrorKind::Auth, "bad token")),
        },
    );
    assert_eq!(m.sync.retry_at, None);
}

#[test]
fn the_complete_queue_is_ordered_by_breach_then_priority_then_value() {
    let mut m = empty_model();
    init(&mut m);
    update(
        &mut m,
        Msg::Views(Ok(vec![crate::helpdesk::View {
            id: Id::from(1),
            name: "v".into(),
        }])),
    );
    let req = m.queue.req.unwrap();
    let mut page = tickets();
    page.reverse();
    page[0].sla.clear(); // #1005: no clock at all → last
    update(
        &mut m,
        Msg::ViewPage {
            req,
            tickets: page,
            loaded: 5,
            total: Some(5),
        },
    );
    assert_eq!(ids(&m)[0], "1005", "arrival order while loading");
    update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(None),
        },
    );
    assert_eq!(ids(&m), ["1001", "1002", "1003", "1004", "1005"]);
    assert_eq!(
        m.current().unwrap().id.0,
        "1001",
        "a first load starts at the top"
    );
}

/// Start, one view, and its first page (the five fixture tickets): what that page's arrival asks.
pub(super) fn start_on_one_view(m: &mut Model) -> Vec<Effect> {
    init(m);
    update(
        m,
        Msg::Views(Ok(vec![crate::helpdesk::View {
            id: Id::from(1),
            name: "v".into(),
        }])),
    );
    let req = m.queue.req.unwrap();
    update(
        m,
        Msg::ViewPage {
            req,
            tickets: tickets(),
            loaded: 5,
            total: Some(5),
        },
    )
}

#[test]
fn low_bandwidth_mode_opens_on_enter_or_after_a_rest() {
    let mut m = empty_model();
    m.low_bandwidth = true;
    let fx = start_on_one_view(&mut m);
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::LoadConversation { ticket, .. } if ticket.0 == "1001"))
    );
    // Moving does not fetch or redraw the panels...
    assert!(update(&mut m, key("j")).is_empty());
    assert!(update(&mut m, key("j")).is_empty());
    assert_eq!(
        m.current().unwrap().id.0,
        "1001",
        "the panels stay on the opened ticket"
    );
    // ...Enter opens the selection.
    let fx = update(&mut m, key("enter"));
    assert_eq!(m.current().unwrap().id.0, "1003");
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::LoadConversation { ticket, .. } if ticket.0 == "1003"))
    );
    // With a rest delay, the selection opens once it rests; an older timer is ignored.
    m.follow_delay_ms = Some(400);
    let fx = update(&mut m, key("j"));
    let [
        Effect::RestTimer {
            ms: 400,
            move_no: first,
        },
    ] = fx[..]
    else {
        panic!("{fx:?}")
    };
    update(&mut m, key("j"));
    assert!(update(&mut m, Msg::Rested(first)).is_empty());
    assert_eq!(m.current().unwrap().id.0, "1003");
    let fx = update(&mut m, Msg::Rested(first + 1));
    assert_eq!(m.current().unwrap().id.0, "1005");
    assert!(!fx.is_empty());
}

#[test]
fn the_queue_refreshes_by_change() {
    let mut m = loaded_model();
    assert_eq!(
        m.sync.synced_at,
        Some(now()),
        "the complete load is the first sync point"
    );
    assert!(
        !update(
            &mut m,
            Msg::Tick(now() + jiff::SignedDuration::from_secs(30))
        )
        .iter()
        .any(|e| matches!(e, Effect::Sync { .. }))
    );
    let fx = update(
        &mut m,
        Msg::Tick(now() + jiff::SignedDuration::from_secs(60)),
    );
    let Some(Effect::Sync { req, since }) = fx
        .iter()
        .find(|e| matches!(e, Effect::Sync { .. }))
        .cloned()
    else {
        panic!("{fx:?}")
    };
    assert_eq!(
        since,
        now() - jiff::SignedDuration::from_secs(5),
        "asked with overlap"
    );
    // Nothing changed: nothing to do, and the next sync asks from this one.
    let later = now() + jiff::SignedDuration::from_secs(61);
    assert!(
        update(
            &mut m,
            Msg::Synced {
                req,
                started: later,
                result: Ok(Some(vec![]))
            }
        )
        .is_empty()
    );
    assert_eq!(m.sync.synced_at, Some(later));
    // A change to a ticket in the queue is applied in place, keeping the names it had.
    let fx = update(
        &mut m,
        Msg::Tick(later + jiff::SignedDuration::from_secs(60)),
    );
    let Some(Effect::Sync { req, .. }) = fx.into_iter().find(|e| matches!(e, Effect::Sync { .. }))
    else {
        panic!()
    };
    let mut changed = tickets()[2].clone();
    changed.subject = "changed elsewhere".into();
    changed.updated_at = later;
    changed.requester.as_mut().unwrap().name = "user 9".into();
    let fx = update(
        &mut m,
        Msg::Synced {
            req,
            started: later,
            result: Ok(Some(vec![changed])),
        },
    );
    assert!(
        fx.is_empty(),
        "#1003 is not the current ticket: nothing to fetch now"
    );
    let t = m.queue.tickets.iter().find(|t| t.id.0 == "1003").unwrap();
    assert_eq!(t.subject, "changed elsewhere");
    assert_eq!(t.requester.as_ref().unwrap().name, "王芳");
    // A ticket new to the queue: the helpdesk is asked whether the view holds it; one that
    // cannot tell has the view listed again.
    let fx = update(
        &mut m,
        Msg::Tick(later + jiff::SignedDuration::from_secs(200)),
    );
    let Some(Effect::Sync { req, .. }) = fx.into_iter().find(|e| matches!(e, Effect::Sync { .. }))
    else {
        panic!()
    };
    let fresh = ticket(3000, "new", "new", "low", "email", 7);
    let fx = update(
        &mut m,
        Msg::Synced {
            req,
            started: later,
            result: Ok(Some(vec![fresh])),
        },
    );
    let [Effect::InView { req, tickets, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(tickets, &[Id::from(3000)]);
    let fx = update(
        &mut m,
        Msg::InView {
            req: *req,
            result: Ok(None),
        },
    );
    assert!(matches!(&fx[..], [Effect::LoadView { .. }]), "{fx:?}");
}

/// On a busy helpdesk most changes are other views' tickets: those the view does not hold cost
/// one small question, not the view listed again, and the changes to the queue's own tickets are
/// applied in place meanwhile; one the view holds has it listed again.
#[test]
fn changes_outside_the_view_do_not_list_it_again() {
    let mut m = loaded_model();
    let sync = |m: &mut Model, at: Timestamp, changed: Vec<Ticket>| {
        let fx = update(m, Msg::Tick(at));
        let Some(Effect::Sync { req, .. }) =
            fx.into_iter().find(|e| matches!(e, Effect::Sync { .. }))
        else {
            panic!("no sync at {at}")
        };
        update(
            m,
            Msg::Synced {
                req,
                started: at,
                result: Ok(Some(changed)),
            },
        )
    };
    let later = now() + jiff::SignedDuration::from_secs(61);
    let mut ours = tickets()[2].clone();
    ours.subject = "changed here".into();
    ours.updated_at = later;
    let elsewhere = ticket(3000, "other queue", "open", "low", "email", 7);
    let fx = sync(&mut m, later, vec![ours.clone(), elsewhere.clone()]);
    let [Effect::InView { req, view, tickets }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(Some(view), m.queue.view.as_ref().map(|v| &v.id));
    assert_eq!(tickets, &[Id::from(3000)], "only the one the queue lacks");
    // No second sync while this one waits.
    let waiting = update(
        &mut m,
        Msg::Tick(later + jiff::SignedDuration::from_secs(120)),
    );
    assert!(!waiting.iter().any(|e| matches!(e, Effect::Sync { .. })));
    let fx = update(
        &mut m,
        Msg::InView {
            req: *req,
            result: Ok(Some(vec![])),
        },
    );
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::LoadView { .. })),
        "{fx:?}"
    );
    let t = m.queue.tickets.iter().find(|t| t.id.0 == "1003").unwrap();
    assert_eq!(t.subject, "changed here");
    assert!(!m.queue.tickets.iter().any(|t| t.id.0 == "3000"));
    assert_eq!(m.sync.synced_at, Some(later));
    // The view holds the next one: listed again.
    let again = later + jiff::SignedDuration::from_secs(200);
    let fx = sync(&mut m, again, vec![elsewhere]);
    let [Effect::InView { req, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    let fx = update(
        &mut m,
        Msg::InView {
            req: *req,
            result: Ok(Some(vec![Id::from(3000)])),
        },
    );
    assert!(matches!(&fx[..], [Effect::LoadView { .. }]), "{fx:?}");
}

#[test]
fn the_saved_queue_shows_until_the_helpdesk_answers() {
    use crate::store::cache::CachedQueue;
    let mut m = empty_model();
    init(&mut m);
    let saved_at = now() - jiff::SignedDuration::from_secs(3600);
    let view = crate::helpdesk::View {
        id: Id::from(1),
        name: "All unsolved".into(),
    };
    let fx = update(
        &mut m,
        Msg::Cached(CachedQueue {
            view: view.clone(),
            saved_at,
            tickets: tickets(),
        }),
    );
    assert_eq!(m.queue.tickets.len(), 5);
    assert_eq!(m.sync.cached_at, Some(saved_at));
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::LoadConversation { .. })),
        "panels follow"
    );
    // The helpdesk is down: the saved queue stays, and tix says it is offline.
    update(
        &mut m,
        Msg::Views(Err(HelpdeskError::new(
            ErrorKind::Network,
            "connection refused",
        ))),
    );
    assert_eq!(m.queue.tickets.len(), 5);
    assert!(matches!(m.link.connection, Connection::Offline { .. }));
    // It answers: the fresh queue replaces the saved one, and is saved in turn.
    update(&mut m, Msg::Views(Ok(vec![view])));
    let req = m.queue.req.unwrap();
    update(
        &mut m,
        Msg::ViewPage {
            req,
            tickets: tickets()[..3].to_vec(),
            loaded: 3,
            total: Some(3),
        },
    );
    assert_eq!(m.queue.tickets.len(), 5, "swapped when complete");
    let fx = update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(None),
        },
    );
    assert_eq!(m.queue.tickets.len(), 3);
    assert_eq!(m.sync.cached_at, None);
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::SaveQueue(q) if q.tickets.len() == 3))
    );
}

/// Over a poor link the panels ask for the canned responses only once something shows them:
/// at start they are 5 kB for a list the agent may never open.
#[test]
fn on_demand_canned_responses_wait_for_the_panel() {
    let mut m = empty_model();
    m.low_bandwidth = true;
    m.canned.on_demand = true;
    let fx = start_on_one_view(&mut m);
    assert!(!fx.contains(&Effect::LoadCanned), "{fx:?}");
    assert!(fx.contains(&Effect::LoadAgents), "{fx:?}");
    assert!(!update(&mut m, key("j")).contains(&Effect::LoadCanned));
    // The panel focused: asked for, once.
    let fx = update(&mut m, key("c"));
    assert_eq!(m.focus, Focus::Canned);
    assert_eq!(
        fx.iter().filter(|e| **e == Effect::LoadCanned).count(),
        1,
        "{fx:?}"
    );
    assert!(!update(&mut m, key("j")).contains(&Effect::LoadCanned));
    // Elsewhere (plain mode, the normal mode) they come with the other lists, as before.
    let mut m = empty_model();
    m.low_bandwidth = true;
    assert!(start_on_one_view(&mut m).contains(&Effect::LoadCanned));
}

/// At the end of the customer's tickets shown, more are asked for where they have more; an
/// answer with all they have (or fewer than asked) asks nothing more.
#[test]
fn the_customer_s_further_tickets_come_at_the_end_of_the_panel() {
    let mut m = loaded_model();
    let id = Id::from(7);
    let (mut c, mine) = crate::helpdesk::fixtures::customer();
    let many = |n: usize| -> Vec<Ticket> {
        (0..n)
            .map(|i| {
                let mut t = mine[0].clone();
                t.id = Id::from(5000 + i as u64);
                t
            })
            .collect()
    };
    let rows = crate::layout::customer_rows(m.size.0, m.size.1);
    c.lifetime_tickets = Some(rows as u64 + 5);
    let answer = |m: &mut Model, tickets: Vec<Ticket>, c: &crate::helpdesk::Customer| {
        let req = m.customers.req.unwrap();
        update(
            m,
            Msg::Customer {
                req,
                customer: Id::from(7),
                result: Ok((c.clone(), tickets)),
                saved: None,
            },
        );
    };
    // The first answer filled the panel, as asked.
    m.customers.asked.insert(id.clone(), rows);
    m.customers.req = Some(super::update::next_req(&mut m, "customer"));
    answer(&mut m, many(rows), &c);
    m.focus = Focus::Customer;
    let asked: Vec<usize> = (0..rows + 2)
        .flat_map(|_| update(&mut m, key("j")))
        .filter_map(|e| match e {
            Effect::LoadCustomer { customer, want, .. } if customer == id => Some(want),
            _ => None,
        })
        .collect();
    assert_eq!(asked, [rows * 2], "asked once, a panel more, at the end");
    // The list shown stays while more are asked.
    assert!(matches!(m.customers.loaded.get(&id), Some(Loaded::Ready((_, t))) if t.len() == rows));
    // They have 5 more: all of them come, and at the end nothing more is asked.
    answer(&mut m, many(rows + 5), &c);
    let fx: Vec<Effect> = (0..8).flat_map(|_| update(&mut m, key("j"))).collect();
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::LoadCustomer { .. })),
        "{fx:?}"
    );
    assert_eq!(m.customers.selected, rows + 4);
}

/// The customer's tickets are listed as the panel shows them (number, status, subject): one
/// opened from the panel that is not in the queue is shown at once and read whole for the rest
/// (its people, group, SLA), without asking its conversation twice.
#[test]
fn a_ticket_opened_from_the_customer_panel_is_read_whole() {
    let mut m = loaded_model();
    let customer = m.current().unwrap().requester.clone().unwrap().id;
    let (c, mine) = crate::helpdesk::fixtures::customer();
    let mut listed = mine[0].clone();
    listed.id = Id::from(4242);
    listed.subject = "Old invoice question".into();
    listed.group = None;
    listed.sla.clear();
    let req = super::update::next_req(&mut m, "customer");
    m.customers.req = Some(req);
    update(
        &mut m,
        Msg::Customer {
            req,
            customer: customer.clone(),
            result: Ok((c, vec![listed.clone()])),
            saved: None,
        },
    );
    m.focus = Focus::Customer;
    m.customers.selected = 0;
    let fx = update(&mut m, key("enter"));
    assert_eq!(m.current().unwrap().id.0, "4242", "shown at once");
    let Some(Effect::LoadTicket { req, ticket }) = fx
        .iter()
        .find(|e| matches!(e, Effect::LoadTicket { .. }))
        .cloned()
    else {
        panic!("read whole: {fx:?}")
    };
    assert_eq!(ticket.0, "4242");
    let mut whole = listed.clone();
    whole.group = Some("Billing".into());
    let fx = update(
        &mut m,
        Msg::Ticket {
            req,
            ticket,
            result: Ok(whole),
        },
    );
    assert_eq!(
        m.current().unwrap().group.as_deref(),
        Some("Billing"),
        "the whole ticket is the one shown"
    );
    assert!(
        !fx.iter()
            .any(|e| matches!(e, Effect::LoadConversation { .. })),
        "its conversation is asked once: {fx:?}"
    );
}

/// Low-bandwidth mode asks for the customer alone when a ticket opens (their tickets, each with
/// its first message, were most of an open's bytes over a poor link); their tickets come the
/// first time the customer panel has the focus, once.
#[test]
fn low_bandwidth_mode_lists_the_customers_tickets_when_their_panel_has_the_focus() {
    let mut m = empty_model();
    m.low_bandwidth = true;
    let fx = start_on_one_view(&mut m);
    let Some(Effect::LoadCustomer {
        req,
        customer,
        want: 0,
    }) = fx
        .iter()
        .find(|e| matches!(e, Effect::LoadCustomer { .. }))
        .cloned()
    else {
        panic!("the customer alone: {fx:?}")
    };
    let (mut c, mine) = crate::helpdesk::fixtures::customer();
    c.lifetime_tickets = Some(3);
    update(
        &mut m,
        Msg::Customer {
            req,
            customer: customer.clone(),
            result: Ok((c.clone(), vec![])),
            saved: None,
        },
    );
    let loads = |fx: &[Effect]| -> Vec<usize> {
        fx.iter()
            .filter_map(|e| match e {
                Effect::LoadCustomer { want, .. } => Some(*want),
                _ => None,
            })
            .collect()
    };
    // Tab to the conversation: nothing; to the customer panel: their tickets.
    assert_eq!(loads(&update(&mut m, key("tab"))), Vec::<usize>::new());
    assert_eq!(m.focus, Focus::Conversation);
    let fx = update(&mut m, key("tab"));
    assert_eq!(m.focus, Focus::Customer);
    let rows = crate::layout::customer_rows(m.size.0, m.size.1);
    assert_eq!(loads(&fx), [rows]);
    let req = m.customers.req.unwrap();
    update(
        &mut m,
        Msg::Customer {
            req,
            customer: customer.clone(),
            result: Ok((c, mine)),
            saved: None,
        },
    );
    // Away and back: asked once.
    let mut fx = update(&mut m, key("tab"));
    for _ in 0..3 {
        fx.extend(update(&mut m, key("tab")));
    }
    assert_eq!(m.focus, Focus::Customer);
    assert_eq!(loads(&fx), Vec::<usize>::new());
}
