//! `update` tests of the queue's views: pages loaded as the selection nears the end, whole views,
//! counts, reaching every view, opening a ticket by number, and what is kept for the next start.

use super::fixtures::*;
use super::model::*;
use super::msg::{Effect, Msg};
use super::queue_tests::start_on_one_view;
use super::update::{init, update};
use crate::helpdesk::{ErrorKind, HelpdeskError, Id};

/// The top of an ordered view is the terminal's height and a little more (as the workspace asks
/// it at start): about two screens of the queue's rows. Steps down its first screen ask for no
/// page; the next page is asked when the selection is a screen of the queue's rows from the end
/// (counting the terminal's height, the first step asked it at once: a second page read at start).
#[test]
fn the_next_page_waits_until_the_selection_is_a_queue_screen_from_the_end() {
    let mut m = windowed_model();
    let rows = crate::layout::queue_rows(m.size.0, m.size.1, false);
    assert!(rows * 2 < m.queue.visible.len(), "{rows} rows a screen");
    let mut asked = vec![];
    while m.queue.selected + rows + 2 < m.queue.visible.len() {
        asked.extend(update(&mut m, key("j")));
    }
    assert!(
        !asked.iter().any(|e| matches!(e, Effect::LoadView { .. })),
        "nothing asked down to row {}",
        m.queue.selected
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
    assert_eq!(m.queue.more.as_deref(), Some("p2"));
    assert_eq!(m.queue.total, Some(1000));
    let synced = m.sync.synced_at;
    // Down until the last loaded row is within a screenful of the queue's rows: the next page is
    // asked, a screenful more (the terminal's height, for the backends that size their pages).
    let rows = crate::layout::queue_rows(m.size.0, m.size.1, false);
    let mut asked = vec![];
    while m.queue.selected + rows + 1 < m.queue.visible.len() {
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
    let req = m.queue.req.unwrap();
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
    assert_eq!(m.queue.progress.unwrap().loaded, 100);
    update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(Some("p3".into())),
        },
    );
    assert_eq!(m.queue.tickets.len(), 100);
    assert_eq!(m.queue.more.as_deref(), Some("p3"));
    assert_eq!(m.current().unwrap().id, before, "the selection stays put");
    assert_eq!(m.sync.synced_at, synced, "a further page is not a sync");
    assert_eq!(ids(&m)[50], "51", "the page continues the order");
}

#[test]
fn a_refresh_of_a_window_asks_for_as_much_as_was_scrolled_through() {
    let mut m = windowed_model();
    let req = m.queue.req;
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
    let text = m.alerts.shown.clone().unwrap_or_default();
    assert!(text.contains("50+ tickets at or near SLA breach"), "{text}");
    m.alerts.shown = None;
    down_to_the_next_page(&mut m);
    let mut page = ordered(51, 50);
    page[0].priority = ticket(51, "Paged", "open", "urgent", "email", 1).priority;
    let fx = deliver(&mut m, page, None);
    update(&mut m, Msg::Tick(now()));
    assert_eq!(m.alerts.shown, None, "nothing arrived: {fx:?}");
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
    assert_eq!(m.link.rate_budget, Some(b));
}

#[test]
fn a_view_that_turns_out_unordered_is_loaded_whole() {
    let mut m = empty_model();
    m.queue.load_window = Some(50);
    init(&mut m);
    update(&mut m, Msg::Tick(now()));
    update(
        &mut m,
        Msg::Views(Ok(vec![crate::helpdesk::View {
            id: Id::from(1),
            name: "All unsolved".into(),
        }])),
    );
    let req = m.queue.req.unwrap();
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
    m.alerts.shown = None;
    let mut rest = ordered(51, 50);
    rest[0].sla[0].due_at = Some(now() - jiff::SignedDuration::from_hours(3));
    deliver(&mut m, rest, None);
    assert_eq!(ids(&m)[0], "51", "the whole view in the queue's order");
    assert!(m.queue.more.is_none());
    let text = m.alerts.shown.clone().unwrap_or_default();
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
    let before = m.queue.tickets.len();
    update(&mut m, Msg::Unreadable(2));
    assert_eq!(m.queue.tickets.len(), before);
    let notice = m.log.notice.clone().expect("a notice");
    assert!(
        notice.text.contains("2 tickets could not be read"),
        "{}",
        notice.text
    );
}

fn loaded_view(fx: &[Effect]) -> Option<String> {
    fx.iter().find_map(|e| match e {
        Effect::LoadView { view, .. } => Some(view.0.to_string()),
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
    assert_eq!(m.queue.view.as_ref().unwrap().name, "Unowned open tickets");
    assert!(
        m.queue.tickets.is_empty(),
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
    assert_eq!(m.queue.view.as_ref().unwrap().id.0, "11");
}

#[test]
fn the_queue_starts_on_the_configured_or_last_view() {
    let mut m = empty_model();
    m.queue.preferred_view = Some("unowned open tickets".into());
    init(&mut m);
    let fx = update(&mut m, Msg::Views(Ok(three_views())));
    assert_eq!(loaded_view(&fx).as_deref(), Some("11"), "by name, any case");
    // A name the helpdesk does not have: the first, and the agent is told.
    let mut m = empty_model();
    m.queue.preferred_view = Some("Gone".into());
    init(&mut m);
    let fx = update(&mut m, Msg::Views(Ok(three_views())));
    assert_eq!(loaded_view(&fx).as_deref(), Some("10"));
    assert!(
        m.log
            .notice
            .as_ref()
            .unwrap()
            .text
            .contains("No view named")
    );
}

#[test]
fn a_count_that_comes_after_the_first_page_still_names_the_views_size() {
    // Where the first page carries no total, the count is asked once it is in, so it comes
    // after it.
    let mut m = empty_model();
    init(&mut m);
    update(
        &mut m,
        Msg::Views(Ok(vec![crate::helpdesk::View {
            id: Id::from(9),
            name: "All unsolved".into(),
        }])),
    );
    let req = m.queue.req.unwrap();
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
    assert_eq!(m.queue.total, Some(346));
    assert_eq!(m.queue.progress.map(|p| p.total), Some(Some(346)));
    // Another view's count (the picker asks for them all) is not this one's size.
    update(
        &mut m,
        Msg::ViewCount {
            view: Id::from(10),
            count: Some(5),
        },
    );
    assert_eq!(m.queue.total, Some(346));
}

/// The effects of the first page of view 9 (and of a second one), which carries `total`.
fn first_pages(total: Option<u64>) -> (Model, Vec<Effect>, Vec<Effect>) {
    let mut m = empty_model();
    init(&mut m);
    update(
        &mut m,
        Msg::Views(Ok(vec![crate::helpdesk::View {
            id: Id::from(9),
            name: "All unsolved".into(),
        }])),
    );
    let req = m.queue.req.unwrap();
    let page = |tickets: &[crate::helpdesk::Ticket], loaded| Msg::ViewPage {
        req,
        tickets: tickets.to_vec(),
        loaded,
        total,
    };
    let first = update(&mut m, page(&tickets()[..2], 2));
    let second = update(&mut m, page(&tickets()[2..], tickets().len()));
    (m, first, second)
}

fn counts(fx: &[Effect]) -> Vec<&Effect> {
    fx.iter()
        .filter(|e| matches!(e, Effect::LoadViewCounts(_)))
        .collect()
}

#[test]
fn a_first_page_that_carries_the_total_spares_the_count() {
    let (m, first, second) = first_pages(Some(346));
    assert_eq!(counts(&first), Vec::<&Effect>::new());
    assert_eq!(counts(&second), Vec::<&Effect>::new());
    assert_eq!(m.queue.total, Some(346));
    assert_eq!(m.queue.progress.map(|p| p.total), Some(Some(346)));
    // The view picker knows it too.
    assert_eq!(m.queue.view_counts.get(&Id::from(9)), Some(&346));
}

#[test]
fn a_first_page_without_the_total_asks_for_the_count_once() {
    let (m, first, second) = first_pages(None);
    assert_eq!(
        counts(&first),
        vec![&Effect::LoadViewCounts(vec![Id::from(9)])]
    );
    // A further page of the same load asks nothing more (Zendesk allows few counts a minute).
    assert_eq!(counts(&second), Vec::<&Effect>::new());
    assert_eq!(m.queue.total, None);
}

#[test]
fn a_refresh_whose_first_page_has_no_total_asks_for_the_count_again() {
    let (mut m, _, _) = first_pages(None);
    let req = m.queue.req.unwrap();
    update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(None),
        },
    );
    let fx = update(&mut m, key("R"));
    let req = m.queue.req.expect("a refresh");
    assert!(m.queue.refreshing);
    let fx2 = update(
        &mut m,
        Msg::ViewPage {
            req,
            tickets: tickets(),
            loaded: tickets().len(),
            total: None,
        },
    );
    assert_eq!(
        counts(&fx),
        Vec::<&Effect>::new(),
        "asked with the page, not before"
    );
    assert_eq!(
        counts(&fx2),
        vec![&Effect::LoadViewCounts(vec![Id::from(9)])]
    );
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
    assert_eq!(
        m.conversations.loaded.get(&id),
        Some(&Loaded::Ready(messages()))
    );
    let said = m
        .log
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
    assert!(matches!(
        m.conversations.loaded.get(&id),
        Some(Loaded::Failed(_))
    ));
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
    assert!(m.log.notice.as_ref().unwrap().text.contains("web address"));
    assert!(update(&mut m, key("A")).is_empty());
    assert!(m.log.notice.as_ref().unwrap().text.contains("cannot fetch"));
    // Refresh by change: the view is listed again instead of asking what changed.
    m.sync.synced_at = Some(now());
    let later = now() + jiff::SignedDuration::from_secs(m.sync.refresh_secs as i64 + 1);
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
    let req = m.queue.req.unwrap();
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
    assert_eq!(
        m.queue.selected, 2,
        "the key moved the selection while loading"
    );
    page(&mut m, 2000);
    assert_eq!(m.queue.progress.map(|p| p.total), Some(Some(200)));
    update(&mut m, key("/"));
    for c in "#10".chars() {
        update(&mut m, key(&c.to_string()));
    }
    assert_eq!(
        m.queue.visible.len(),
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
    for (t, h) in m.queue.tickets.iter().zip(&m.queue.haystacks) {
        assert!(h.starts_with(&format!("#{} ", t.id)), "{h} for #{}", t.id);
    }
    assert_eq!(m.queue.visible.len(), 200);
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
    assert_eq!(
        m.queue.tickets.len() as u64,
        n,
        "the workspace holds all of it"
    );
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
    assert_eq!(m.conversations.loaded.len(), CONVERSATIONS_KEPT);
    assert!(
        m.conversations.loaded.contains_key(&shown),
        "the one shown stays"
    );
    let last = Id::from(50_000 + CONVERSATIONS_KEPT as u64 + 19);
    assert!(
        m.conversations.loaded.contains_key(&last),
        "the newest stays"
    );
    assert!(
        !m.conversations.loaded.contains_key(&Id::from(50_000)),
        "the oldest went"
    );
}

#[test]
fn unreadable_tickets_are_counted_in_the_agents_language() {
    let mut m = loaded_model();
    m.lang = crate::i18n::Lang::Ru;
    update(&mut m, Msg::Unreadable(3));
    let notice = m.log.notice.clone().expect("a notice");
    assert_eq!(
        notice.text,
        "3 заявки не удалось прочитать, они не показаны"
    );
}
