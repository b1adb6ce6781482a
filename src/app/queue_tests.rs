//! The queue as `update` transitions: views, loading and paging, sync, the saved queue.

use super::fixtures::*;
use super::model::*;
use super::msg::{Effect, Msg};
use super::update::{init, update};
use crate::helpdesk::{ErrorKind, HelpdeskError, Id};

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
    let req = m.view_req.unwrap();
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
    let req = m.view_req.unwrap();
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
        m.progress,
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
    assert_eq!(m.tickets.len(), 5);
}

#[test]
fn answers_to_superseded_requests_are_dropped() {
    let mut m = loaded_model();
    update(&mut m, key("R"));
    let stale = m.view_req.unwrap() - 1;
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
    let req = m.view_req.unwrap();
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
    assert_eq!(m.selected, 0);
    update(&mut m, key("G"));
    assert_eq!(m.selected, 4);
    update(&mut m, key("j"));
    assert_eq!(m.selected, 4);
}

#[test]
fn a_failed_queue_load_is_retried_with_backoff() {
    let mut m = loaded_model();
    update(&mut m, key("R"));
    let req = m.view_req.unwrap();
    let down = HelpdeskError::new(ErrorKind::Network, "connection refused");
    update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Err(down.clone()),
        },
    );
    assert!(matches!(m.connection, Connection::Offline { .. }));
    assert_eq!(m.tickets.len(), 5, "the queue already shown stays");
    let at = m.retry_at.expect("a retry is planned");
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
    let req = m.view_req.unwrap();
    update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Err(down),
        },
    );
    assert_eq!(
        m.retry_at,
        Some(now() + jiff::SignedDuration::from_secs(5 + 10)),
        "backoff doubles"
    );
    // Retry-After from the server wins; success resets.
    let fx = update(
        &mut m,
        Msg::Tick(now() + jiff::SignedDuration::from_secs(15)),
    );
    assert_eq!(fx.len(), 1);
    let req = m.view_req.unwrap();
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
        m.retry_at,
        Some(now() + jiff::SignedDuration::from_secs(15 + 42))
    );
    // A permanent error is not retried.
    update(&mut m, key("R"));
    let req = m.view_req.unwrap();
    m.retry_at = None;
    update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Err(HelpdeskError::new(ErrorKind::Auth, "bad token")),
        },
    );
    assert_eq!(m.retry_at, None);
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
    let req = m.view_req.unwrap();
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
fn start_on_one_view(m: &mut Model) -> Vec<Effect> {
    init(m);
    update(
        m,
        Msg::Views(Ok(vec![crate::helpdesk::View {
            id: Id::from(1),
            name: "v".into(),
        }])),
    );
    let req = m.view_req.unwrap();
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
        m.synced_at,
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
    assert_eq!(m.synced_at, Some(later));
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
    let t = m.tickets.iter().find(|t| t.id.0 == "1003").unwrap();
    assert_eq!(t.subject, "changed elsewhere");
    assert_eq!(t.requester.as_ref().unwrap().name, "王芳");
    // A ticket new to the queue: the view is listed again.
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
    assert_eq!(m.tickets.len(), 5);
    assert_eq!(m.cached_at, Some(saved_at));
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
    assert_eq!(m.tickets.len(), 5);
    assert!(matches!(m.connection, Connection::Offline { .. }));
    // It answers: the fresh queue replaces the saved one, and is saved in turn.
    update(&mut m, Msg::Views(Ok(vec![view])));
    let req = m.view_req.unwrap();
    update(
        &mut m,
        Msg::ViewPage {
            req,
            tickets: tickets()[..3].to_vec(),
            loaded: 3,
            total: Some(3),
        },
    );
    assert_eq!(m.tickets.len(), 5, "swapped when complete");
    let fx = update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(None),
        },
    );
    assert_eq!(m.tickets.len(), 3);
    assert_eq!(m.cached_at, None);
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::SaveQueue(q) if q.tickets.len() == 3))
    );
}

/// The top of an ordered view is the terminal's height and a little more (as the workspace asks
/// it at start): about two screens of the queue's rows. Steps down its first screen ask for no
/// page; the next page is asked when the selection is a screen of the queue's rows from the end
/// (counting the terminal's height, the first step asked it at once: a second page read at start).
#[test]
fn the_next_page_waits_until_the_selection_is_a_queue_screen_from_the_end() {
    let mut m = windowed_model();
    let rows = crate::layout::queue_rows(m.size.0, m.size.1, false);
    assert!(rows * 2 < m.visible.len(), "{rows} rows a screen");
    let mut asked = vec![];
    while m.selected + rows + 2 < m.visible.len() {
        asked.extend(update(&mut m, key("j")));
    }
    assert!(
        !asked.iter().any(|e| matches!(e, Effect::LoadView { .. })),
        "nothing asked down to row {}",
        m.selected
    );
    let fx = update(&mut m, key("j"));
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::LoadView { from: Some(c), .. } if c == "p2")),
        "a screen from the end: {fx:?}"
    );
}

#[test]
fn an_ordered_view_loads_its_next_page_only_when_the_selection_nears_the_end() {
    let mut m = windowed_model();
    assert_eq!(m.more.as_deref(), Some("p2"));
    assert_eq!(m.view_total, Some(1000));
    let synced = m.synced_at;
    // Down until the last loaded row is within a screenful of the queue's rows: the next page is
    // asked, a screenful more (the terminal's height, for the backends that size their pages).
    let rows = crate::layout::queue_rows(m.size.0, m.size.1, false);
    let mut asked = vec![];
    while m.selected + rows + 1 < m.visible.len() {
        asked.extend(update(&mut m, key("j")));
    }
    let loads: Vec<_> = asked
        .iter()
        .filter_map(|e| match e {
            Effect::LoadView { from, want, .. } => Some((from.clone(), *want)),
            _ => None,
        })
        .collect();
    assert_eq!(
        loads,
        vec![(Some("p2".to_string()), Some(40))],
        "a screenful more"
    );
    let req = m.view_req.unwrap();
    // Another step while that page is on its way asks nothing twice.
    let fx = update(&mut m, key("j"));
    assert!(!fx.iter().any(|e| matches!(e, Effect::LoadView { .. })));
    let before = m.current().unwrap().id.clone();
    update(
        &mut m,
        Msg::ViewPage {
            req,
            tickets: ordered(51, 50),
            loaded: 50,
            total: None,
        },
    );
    assert_eq!(m.progress.unwrap().loaded, 100);
    update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(Some("p3".into())),
        },
    );
    assert_eq!(m.tickets.len(), 100);
    assert_eq!(m.more.as_deref(), Some("p3"));
    assert_eq!(m.current().unwrap().id, before, "the selection stays put");
    assert_eq!(m.synced_at, synced, "a further page is not a sync");
    assert_eq!(ids(&m)[50], "51", "the page continues the order");
}

#[test]
fn a_refresh_of_a_window_asks_for_as_much_as_was_scrolled_through() {
    let mut m = windowed_model();
    let req = m.view_req;
    assert!(req.is_none());
    down_to_the_next_page(&mut m);
    deliver(&mut m, ordered(51, 50), Some("p3"));
    let fx = update(&mut m, key("R"));
    assert!(
        matches!(
            &fx[..],
            [Effect::LoadView {
                from: None,
                want: Some(100),
                ..
            }]
        ),
        "{fx:?}"
    );
}

#[test]
fn a_further_page_raises_no_alerts_and_says_there_are_more() {
    let mut m = windowed_model();
    let text = m.alert.clone().unwrap_or_default();
    assert!(text.contains("50+ tickets at or near SLA breach"), "{text}");
    m.alert = None;
    down_to_the_next_page(&mut m);
    let mut page = ordered(51, 50);
    page[0].priority = ticket(51, "Paged", "open", "urgent", "email", 1).priority;
    let fx = deliver(&mut m, page, None);
    update(&mut m, Msg::Tick(now()));
    assert_eq!(m.alert, None, "nothing arrived: {fx:?}");
}

#[test]
fn a_low_api_budget_is_kept_for_the_status_bar() {
    let mut m = loaded_model();
    let b = crate::helpdesk::RateBudget {
        limit: 700,
        remaining: 12,
        reset_secs: Some(30),
    };
    update(&mut m, Msg::RateBudget(Some(b)));
    assert_eq!(m.rate_budget, Some(b));
}

#[test]
fn a_view_that_turns_out_unordered_is_loaded_whole() {
    let mut m = empty_model();
    m.load_window = Some(50);
    init(&mut m);
    update(&mut m, Msg::Tick(now()));
    update(
        &mut m,
        Msg::Views(Ok(vec![crate::helpdesk::View {
            id: Id::from(1),
            name: "All unsolved".into(),
        }])),
    );
    let req = m.view_req.unwrap();
    update(
        &mut m,
        Msg::ViewPage {
            req,
            tickets: ordered(1, 50),
            loaded: 50,
            total: Some(100),
        },
    );
    // The helpdesk refused the breach order: that page was only the view's own first page, so the
    // rest of the view is asked for at once, every page of it.
    update(&mut m, Msg::ViewsUnordered);
    let fx = update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(Some("p2".into())),
        },
    );
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::LoadView { from: Some(c), want: None, .. } if c == "p2")),
        "{fx:?}"
    );
    // Its deadlines are news: a ticket breached long ago, further down, is alerted.
    m.alert = None;
    let mut rest = ordered(51, 50);
    rest[0].sla[0].due_at = Some(now() - jiff::SignedDuration::from_hours(3));
    deliver(&mut m, rest, None);
    assert_eq!(ids(&m)[0], "51", "the whole view in the queue's order");
    assert!(m.more.is_none());
    let text = m.alert.clone().unwrap_or_default();
    assert!(text.contains("#51"), "{text}");
}

#[test]
fn a_ticket_is_opened_by_its_number() {
    let mut m = loaded_model();
    // In the queue: selected there.
    update(&mut m, key("#"));
    assert_eq!(m.mode(), Mode::Palette);
    typed(&mut m, "1003");
    update(&mut m, key("enter"));
    assert_eq!(m.current().unwrap().id.0, "1003");
    assert_eq!(m.selected_in_queue().unwrap().id.0, "1003");
    // Not in the queue: fetched, then shown on its own.
    update(&mut m, key(":"));
    typed(&mut m, "4242");
    let fx = update(&mut m, key("enter"));
    let [Effect::LoadTicket { req, ticket }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(ticket.0, "4242");
    let mut t = tickets()[0].clone();
    t.id = Id::from(4242);
    t.subject = "Old invoice question".into();
    let fx = update(
        &mut m,
        Msg::Ticket {
            req: *req,
            ticket: Id::from(4242),
            result: Ok(t),
        },
    );
    assert_eq!(m.current().unwrap().id.0, "4242");
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::LoadConversation { ticket, .. } if ticket.0 == "4242"))
    );
    // An action now goes to it.
    update(&mut m, key("r"));
    assert_eq!(m.composer.as_ref().unwrap().ticket.0, "4242");
}

/// Tickets a page could not read: the queue keeps the rest, and the agent is told how many.
#[test]
fn unreadable_tickets_are_counted_in_a_notice() {
    let mut m = loaded_model();
    let before = m.tickets.len();
    update(&mut m, Msg::Unreadable(2));
    assert_eq!(m.tickets.len(), before);
    let notice = m.notice.clone().expect("a notice");
    assert!(
        notice.text.contains("2 tickets could not be read"),
        "{}",
        notice.text
    );
}

fn loaded_view(fx: &[Effect]) -> Option<String> {
    fx.iter().find_map(|e| match e {
        Effect::LoadView { view, .. } => Some(view.0.clone()),
        _ => None,
    })
}

#[test]
fn every_view_can_be_reached_from_the_queue() {
    let mut m = empty_model();
    init(&mut m);
    let fx = update(&mut m, Msg::Views(Ok(three_views())));
    assert_eq!(
        loaded_view(&fx).as_deref(),
        Some("10"),
        "the first by default"
    );
    // The picker: the view shown is selected; j and Enter take the next.
    update(&mut m, key("V"));
    assert_eq!(m.mode(), Mode::Pick);
    assert_eq!(m.picker().unwrap().selected, 0);
    update(&mut m, key("j"));
    let fx = update(&mut m, key("enter"));
    assert_eq!(loaded_view(&fx).as_deref(), Some("11"));
    assert_eq!(m.view.as_ref().unwrap().name, "Unowned open tickets");
    assert!(
        m.tickets.is_empty(),
        "the other view's rows are gone at once"
    );
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::RememberView { name } if name == "Unowned open tickets"))
    );
    // Cycling wraps around, through tix's own Snoozed view (no request: tix keeps it); a
    // number jumps.
    assert_eq!(
        loaded_view(&update(&mut m, key("]"))).as_deref(),
        Some("12")
    );
    assert_eq!(loaded_view(&update(&mut m, key("]"))), None);
    assert!(m.in_snoozed_view());
    assert_eq!(
        loaded_view(&update(&mut m, key("]"))).as_deref(),
        Some("10")
    );
    assert_eq!(loaded_view(&update(&mut m, key("["))), None);
    assert_eq!(
        loaded_view(&update(&mut m, key("["))).as_deref(),
        Some("12")
    );
    assert_eq!(
        loaded_view(&update(&mut m, key("2"))).as_deref(),
        Some("11")
    );
    assert!(update(&mut m, key("2")).is_empty(), "already shown");
    // Digits typed in the composer are text, not views.
    update(&mut m, key("r"));
    typed(&mut m, "Order 12");
    assert_eq!(m.view.as_ref().unwrap().id.0, "11");
}

#[test]
fn the_queue_starts_on_the_configured_or_last_view() {
    let mut m = empty_model();
    m.preferred_view = Some("unowned open tickets".into());
    init(&mut m);
    let fx = update(&mut m, Msg::Views(Ok(three_views())));
    assert_eq!(loaded_view(&fx).as_deref(), Some("11"), "by name, any case");
    // A name the helpdesk does not have: the first, and the agent is told.
    let mut m = empty_model();
    m.preferred_view = Some("Gone".into());
    init(&mut m);
    let fx = update(&mut m, Msg::Views(Ok(three_views())));
    assert_eq!(loaded_view(&fx).as_deref(), Some("10"));
    assert!(m.notice.as_ref().unwrap().text.contains("No view named"));
}

#[test]
fn a_count_that_comes_after_the_first_page_still_names_the_views_size() {
    // The count goes beside the first page now (a round trip less before the first rows), so it
    // may come after it.
    let mut m = empty_model();
    init(&mut m);
    update(
        &mut m,
        Msg::Views(Ok(vec![crate::helpdesk::View {
            id: Id::from(9),
            name: "All unsolved".into(),
        }])),
    );
    let req = m.view_req.unwrap();
    update(
        &mut m,
        Msg::ViewPage {
            req,
            tickets: tickets()[..2].to_vec(),
            loaded: 2,
            total: None,
        },
    );
    update(
        &mut m,
        Msg::ViewCount {
            view: Id::from(9),
            count: Some(346),
        },
    );
    assert_eq!(m.view_total, Some(346));
    assert_eq!(m.progress.map(|p| p.total), Some(Some(346)));
    // Another view's count (the picker asks for them all) is not this one's size.
    update(
        &mut m,
        Msg::ViewCount {
            view: Id::from(10),
            count: Some(5),
        },
    );
    assert_eq!(m.view_total, Some(346));
}

#[test]
fn the_saved_conversation_stands_in_only_when_the_helpdesk_cannot_be_reached() {
    let mut m = loaded_model();
    let id = Id::from(1001);
    let down = HelpdeskError::new(ErrorKind::Network, "connection refused");
    update(
        &mut m,
        Msg::Conversation {
            req: 90,
            ticket: id.clone(),
            result: Err(down),
            saved: Some(messages()),
        },
    );
    assert_eq!(m.conversations.get(&id), Some(&Loaded::Ready(messages())));
    let said = m
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(said.contains("showing what was saved"), "{said}");
    // Any other failure is shown as it is: a deleted ticket's saved copy would mislead.
    let gone = HelpdeskError::new(ErrorKind::NotFound, "deleted");
    update(
        &mut m,
        Msg::Conversation {
            req: 91,
            ticket: id.clone(),
            result: Err(gone),
            saved: Some(messages()),
        },
    );
    assert!(matches!(m.conversations.get(&id), Some(Loaded::Failed(_))));
}

#[test]
fn what_the_helpdesk_cannot_do_is_not_asked_of_it() {
    // Capabilities are the one place that says it: nothing is found out by trying.
    let mut m = empty_model();
    m.capabilities = Some(crate::helpdesk::Capabilities {
        views: true,
        ..crate::helpdesk::Capabilities::NONE
    });
    let fx = start_on_one_view(&mut m);
    assert!(
        fx.contains(&Effect::LoadAgents),
        "the lists follow the first page: {fx:?}"
    );
    assert!(!fx.contains(&Effect::LoadGroups), "{fx:?}");
    let mut m = loaded_model();
    m.capabilities = Some(crate::helpdesk::Capabilities {
        views: true,
        ..crate::helpdesk::Capabilities::NONE
    });
    let fx = update(&mut m, key("T"));
    assert!(!fx.contains(&Effect::LoadTags), "{fx:?}");
    assert_eq!(m.mode(), Mode::Tags, "the prompt opens all the same");
    update(&mut m, key("esc"));
    // No web page known, no attachments fetched: said at once, nothing asked.
    assert!(update(&mut m, key("O")).is_empty());
    assert!(m.notice.as_ref().unwrap().text.contains("web address"));
    assert!(update(&mut m, key("A")).is_empty());
    assert!(m.notice.as_ref().unwrap().text.contains("cannot fetch"));
    // Refresh by change: the view is listed again instead of asking what changed.
    m.synced_at = Some(now());
    let later = now() + jiff::SignedDuration::from_secs(m.refresh_secs as i64 + 1);
    let fx = update(&mut m, Msg::Tick(later));
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::Sync { .. })),
        "{fx:?}"
    );
    assert!(
        fx.iter().any(|e| matches!(e, Effect::LoadView { .. })),
        "{fx:?}"
    );
}

/// A whole view arrives page by page; between its pages the agent's keys act at once (the
/// selection moves, the filter narrows the rows already here), and the complete queue takes its
/// order with each row's filter text beside it.
#[test]
fn keys_act_between_the_pages_of_a_whole_view() {
    let mut m = empty_model();
    init(&mut m);
    update(&mut m, Msg::Views(Ok(three_views())));
    let req = m.view_req.unwrap();
    let page = |m: &mut Model, first: u64| {
        // Each page due later than the one before, in reverse inside the page.
        let mut t = ordered(first, 50);
        t.reverse();
        update(
            m,
            Msg::ViewPage {
                req,
                tickets: t,
                loaded: 0,
                total: Some(200),
            },
        );
    };
    page(&mut m, 1000);
    update(&mut m, key("j"));
    update(&mut m, key("j"));
    assert_eq!(m.selected, 2, "the key moved the selection while loading");
    page(&mut m, 2000);
    assert_eq!(m.progress.map(|p| p.total), Some(Some(200)));
    update(&mut m, key("/"));
    for c in "#10".chars() {
        update(&mut m, key(&c.to_string()));
    }
    assert_eq!(
        m.visible.len(),
        50,
        "the filter acts on the rows already here"
    );
    update(&mut m, key("esc"));
    page(&mut m, 3000);
    page(&mut m, 4000);
    update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(None),
        },
    );
    let want: Vec<String> = (1000..1050)
        .chain(2000..2050)
        .chain(3000..3050)
        .chain(4000..4050)
        .map(|n| n.to_string())
        .collect();
    assert_eq!(ids(&m), want, "soonest due first");
    // Each row's filter text went with it.
    for (t, h) in m.tickets.iter().zip(&m.haystacks) {
        assert!(h.starts_with(&format!("#{} ", t.id)), "{h} for #{}", t.id);
    }
    assert_eq!(m.visible.len(), 200);
}

/// The saved queue (shown at the next start until the helpdesk answers) is the top of the
/// queue, not a second copy of a whole view.
#[test]
fn only_the_top_of_a_whole_view_is_saved_for_the_next_start() {
    let mut m = empty_model();
    init(&mut m);
    update(&mut m, Msg::Views(Ok(three_views())));
    let n = super::queue::CACHED_ROWS as u64 + 500;
    let mut all = ordered(1000, n);
    all.reverse();
    let fx = deliver(&mut m, all, None);
    let saved = fx.iter().find_map(|e| match e {
        Effect::SaveQueue(q) => Some(q.tickets.clone()),
        _ => None,
    });
    let saved = saved.expect("the queue is saved");
    assert_eq!(saved.len(), super::queue::CACHED_ROWS);
    assert_eq!(saved[0].id, Id::from(1000), "the top of the queue");
    assert_eq!(m.tickets.len() as u64, n, "the workspace holds all of it");
}

/// Conversations are kept for the tickets opened last, and always for the one shown: going down
/// a long queue does not keep every body passed.
#[test]
fn only_the_conversations_opened_last_are_kept() {
    let mut m = loaded_model();
    let shown = m.current().unwrap().id.clone();
    for n in 0..(CONVERSATIONS_KEPT as u64 + 20) {
        m.set_conversation(Id::from(50_000 + n), Loaded::Ready(messages()));
    }
    assert_eq!(m.conversations.len(), CONVERSATIONS_KEPT);
    assert!(m.conversations.contains_key(&shown), "the one shown stays");
    let last = Id::from(50_000 + CONVERSATIONS_KEPT as u64 + 19);
    assert!(m.conversations.contains_key(&last), "the newest stays");
    assert!(
        !m.conversations.contains_key(&Id::from(50_000)),
        "the oldest went"
    );
}
