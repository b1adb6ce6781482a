//! Bulk triage and undo as `update` transitions: the selection, the confirmation, progress and the
//! per-ticket report, undo with and without a colleague's change in between.

use super::fixtures::*;
use super::model::*;
use super::msg::{Effect, Msg, ReqId};
use super::update::update;
use crate::helpdesk::{ErrorKind, HelpdeskError, Id, Ticket, TicketPatch};

fn marked(m: &Model) -> Vec<String> {
    m.bulk.marked.iter().map(|id| id.0.to_string()).collect()
}

fn press(m: &mut Model, keys: &[&str]) -> Vec<Effect> {
    let mut fx = vec![];
    for k in keys {
        fx.extend(update(m, key(k)));
    }
    fx
}

/// The writes a batch of effects sends: (req, ticket, patch).
fn writes(fx: &[Effect]) -> Vec<(ReqId, String, TicketPatch)> {
    fx.iter()
        .filter_map(|e| match e {
            Effect::Update {
                req, ticket, patch, ..
            } => Some((*req, ticket.0.to_string(), patch.clone())),
            _ => None,
        })
        .collect()
}

fn confirm_text(m: &Model) -> (String, Vec<String>) {
    match &m.overlay {
        Some(Overlay::Confirm(c)) => (c.text.clone(), c.detail.clone()),
        o => panic!("no confirmation: {o:?}"),
    }
}

/// The ticket as the helpdesk answers a write: `status` set, a later `updated_at`.
fn answered(id: u64, status: &str) -> Ticket {
    let mut t = tickets()
        .into_iter()
        .find(|t| t.id == Id::from(id))
        .unwrap();
    t.status = crate::helpdesk::zendesk::status_of(status);
    t.updated_at += jiff::SignedDuration::from_mins(5);
    t
}

/// 1001 and 1002 selected, status set to pending, confirmed: the two writes.
fn bulk_pending(m: &mut Model) -> Vec<(ReqId, String, TicketPatch)> {
    press(m, &["x", "j", "x", "s"]);
    typed(m, "pend");
    press(m, &["enter"]);
    writes(&press(m, &["enter"]))
}

#[test]
fn x_toggles_a_row_and_capital_x_selects_the_range_to_the_cursor() {
    let mut m = loaded_model();
    press(&mut m, &["x"]);
    assert_eq!(marked(&m), ["1001"]);
    press(&mut m, &["x"]);
    assert!(marked(&m).is_empty(), "again: out");
    press(&mut m, &["j", "x", "j", "j", "X"]);
    assert_eq!(marked(&m), ["1002", "1003", "1004"]);
    // Esc in the queue clears the selection first (and nothing else happens).
    press(&mut m, &["esc"]);
    assert!(marked(&m).is_empty());
}

#[test]
fn star_selects_what_the_filter_shows_and_again_none() {
    let mut m = loaded_model();
    press(&mut m, &["/"]);
    typed(&mut m, "Ana");
    press(&mut m, &["enter"]);
    assert_eq!(m.queue.visible.len(), 2, "Ana's two tickets");
    press(&mut m, &["*"]);
    assert_eq!(marked(&m), ["1001", "1005"]);
    press(&mut m, &["*"]);
    assert!(marked(&m).is_empty());
}

#[test]
fn the_selection_is_by_id_and_survives_a_refresh_in_another_order() {
    let mut m = loaded_model();
    press(&mut m, &["j", "x"]);
    press(&mut m, &["R"]);
    let mut fresh = tickets();
    fresh.reverse();
    deliver(&mut m, fresh, None);
    assert_eq!(marked(&m), ["1002"]);
    assert_eq!(
        super::bulk::selected_tickets(&m)
            .iter()
            .map(|t| t.id.0.as_str())
            .collect::<Vec<_>>(),
        ["1002"]
    );
}

#[test]
fn the_selection_survives_paging() {
    let mut m = windowed_model();
    press(&mut m, &["x", "j", "X"]);
    assert_eq!(marked(&m), ["1", "2"]);
    // To the end of the window: the next page is asked for and comes in.
    press(&mut m, &["G"]);
    assert!(m.queue.loading_more, "the next page is loading");
    deliver(&mut m, ordered(51, 50), None);
    assert_eq!(m.queue.tickets.len(), 100);
    assert_eq!(marked(&m), ["1", "2"]);
    press(&mut m, &["G", "x"]);
    assert_eq!(m.selected_in_queue().unwrap().id.0, "100");
    assert_eq!(marked(&m), ["1", "100", "2"]);
}

#[test]
fn a_change_with_a_selection_is_confirmed_in_the_backends_words_then_one_write_each() {
    let mut m = loaded_model();
    press(&mut m, &["x", "j", "x", "s"]);
    typed(&mut m, "pend");
    let fx = press(&mut m, &["enter"]);
    assert!(writes(&fx).is_empty(), "nothing is sent before the yes");
    assert_eq!(confirm_text(&m).0, "2 tickets: status → pending");
    let fx = press(&mut m, &["enter"]);
    let w = writes(&fx);
    assert_eq!(
        w.iter().map(|(_, t, _)| t.as_str()).collect::<Vec<_>>(),
        ["1001", "1002"]
    );
    for (_, id, patch) in &w {
        assert_eq!(patch.status.as_deref(), Some("pending"));
        // Each write is guarded by the ticket as the queue holds it.
        let t = m.queue.tickets.iter().find(|t| &t.id.0 == id).unwrap();
        assert_eq!(patch.expected, Some(t.updated_at));
    }
    assert_eq!(super::bulk::progress(&m), Some((false, 0, 2)));
}

#[test]
fn cancelling_the_confirmation_sends_nothing() {
    let mut m = loaded_model();
    press(&mut m, &["x", "j", "x", "s"]);
    typed(&mut m, "pend");
    press(&mut m, &["enter"]);
    let fx = press(&mut m, &["esc"]);
    assert!(writes(&fx).is_empty());
    assert!(m.overlay.is_none());
    assert_eq!(marked(&m), ["1001", "1002"], "the selection stays");
}

#[test]
fn tags_on_a_selection_are_added_to_each_tickets_own_list() {
    let mut m = loaded_model();
    m.queue.tickets[1].tags = vec!["vip".into()];
    press(&mut m, &["x", "j", "x", "T"]);
    typed(&mut m, "+billing -spam");
    press(&mut m, &["enter"]);
    assert_eq!(confirm_text(&m).0, "2 tickets: + tag billing, − tag spam");
    let w = writes(&press(&mut m, &["enter"]));
    assert_eq!(w[0].2.tags, Some(vec!["billing".to_string()]));
    assert_eq!(
        w[1].2.tags,
        Some(vec!["vip".to_string(), "billing".to_string()])
    );
}

#[test]
fn progress_counts_the_answers_and_the_end_reports_each_failure_by_ticket() {
    let mut m = loaded_model();
    press(&mut m, &["x", "j", "x", "j", "x", "s"]);
    typed(&mut m, "pend");
    press(&mut m, &["enter"]);
    let w = writes(&press(&mut m, &["enter"]));
    assert_eq!(w.len(), 3);
    update(
        &mut m,
        Msg::Updated {
            posted: None,
            req: w[0].0,
            ticket: Id::from(1001),
            result: Ok(answered(1001, "pending")),
        },
    );
    assert_eq!(super::bulk::progress(&m), Some((false, 1, 3)));
    // The queue shows the ticket as the helpdesk answered.
    assert_eq!(m.queue.tickets[0].status.raw, "pending");
    update(
        &mut m,
        Msg::Updated {
            posted: None,
            req: w[1].0,
            ticket: Id::from(1002),
            result: Err(HelpdeskError::new(
                ErrorKind::Conflict,
                "the ticket changed since",
            )),
        },
    );
    update(
        &mut m,
        Msg::Updated {
            posted: None,
            req: w[2].0,
            ticket: Id::from(1003),
            result: Err(HelpdeskError::new(ErrorKind::Permission, "not allowed")),
        },
    );
    assert_eq!(super::bulk::progress(&m), None, "done");
    let log: Vec<&str> = m
        .log
        .messages
        .iter()
        .map(|(_, n)| n.text.as_str())
        .collect();
    assert!(
        log.iter()
            .any(|l| l.starts_with("#1002 Не могу войти в аккаунт: changed by someone else")),
        "{log:#?}"
    );
    assert!(
        log.iter()
            .any(|l| l.starts_with("#1003 ") && l.contains("not allowed")),
        "{log:#?}"
    );
    let last = m.log.notice.as_ref().unwrap();
    assert!(last.error);
    assert_eq!(
        last.text,
        "Bulk change: 1 of 3 tickets done; 2 failed (L: which and why)"
    );
}

#[test]
fn writes_that_wait_in_the_outbox_end_the_progress_and_are_said() {
    let mut m = loaded_model();
    let w = bulk_pending(&mut m);
    for (req, t, _) in &w {
        update(
            &mut m,
            Msg::Queued {
                req: *req,
                ticket: Id::from(t.clone()),
                error: HelpdeskError::new(ErrorKind::Network, "connection refused"),
            },
        );
    }
    assert_eq!(super::bulk::progress(&m), None);
    let log: Vec<&str> = m
        .log
        .messages
        .iter()
        .map(|(_, n)| n.text.as_str())
        .collect();
    assert!(
        log.contains(&"Bulk change: 0 of 2 tickets done; 2 wait in the outbox"),
        "{log:#?}"
    );
}

/// The bulk change to pending, delivered.
fn delivered_bulk() -> Model {
    let mut m = loaded_model();
    let w = bulk_pending(&mut m);
    for (req, t, _) in w {
        let id: u64 = t.parse().unwrap();
        update(
            &mut m,
            Msg::Updated {
                posted: None,
                req,
                ticket: Id::from(t),
                result: Ok(answered(id, "pending")),
            },
        );
    }
    m
}

#[test]
fn undo_says_what_it_will_restore_then_writes_the_earlier_values() {
    let mut m = delivered_bulk();
    press(&mut m, &["esc"]);
    let fx = press(&mut m, &["u"]);
    assert!(writes(&fx).is_empty(), "said first");
    let (text, detail) = confirm_text(&m);
    assert_eq!(
        text,
        "Undo on 2 tickets: status pending → new, status pending → open"
    );
    assert!(detail.is_empty(), "{detail:?}");
    let w = writes(&press(&mut m, &["enter"]));
    assert_eq!(w.len(), 2);
    assert_eq!(w[0].1, "1001");
    assert_eq!(w[0].2.status.as_deref(), Some("open"));
    assert_eq!(w[1].2.status.as_deref(), Some("new"));
    assert_eq!(w[0].2.expected, Some(m.queue.tickets[0].updated_at));
    assert!(m.bulk.undo.is_empty(), "taken off the list");
}

#[test]
fn undo_leaves_a_field_someone_changed_since_and_says_so() {
    let mut m = delivered_bulk();
    // A colleague solved 1002 meanwhile; the sync brings it.
    let req = {
        m.sync.refresh_secs = 60;
        let later = m.now + jiff::SignedDuration::from_mins(2);
        let fx = update(&mut m, Msg::Tick(later));
        fx.iter()
            .find_map(|e| match e {
                Effect::Sync { req, .. } => Some(*req),
                _ => None,
            })
            .expect("a sync")
    };
    let mut solved = answered(1002, "solved");
    solved.updated_at += jiff::SignedDuration::from_mins(1);
    let started = m.now;
    update(
        &mut m,
        Msg::Synced {
            req,
            started,
            result: Ok(Some(vec![solved])),
        },
    );
    press(&mut m, &["esc", "u"]);
    let (text, detail) = confirm_text(&m);
    assert_eq!(text, "Undo on 1 ticket: status pending → open");
    assert_eq!(
        detail,
        ["#1002 Не могу войти в аккаунт: status is now solved (changed since): left alone"]
    );
    let w = writes(&press(&mut m, &["enter"]));
    assert_eq!(
        w.iter().map(|(_, t, _)| t.as_str()).collect::<Vec<_>>(),
        ["1001"]
    );
}

#[test]
fn a_single_change_is_undone_too_and_undo_is_not_itself_undone() {
    let mut m = loaded_model();
    let fx = press(&mut m, &["p"]);
    assert!(writes(&fx).is_empty());
    typed(&mut m, "low");
    let w = writes(&press(&mut m, &["enter"]));
    assert_eq!(w.len(), 1, "no selection: no confirmation");
    let mut t = tickets()[0].clone();
    t.priority = Some(crate::helpdesk::zendesk::priority_of("low"));
    update(
        &mut m,
        Msg::Updated {
            posted: None,
            req: w[0].0,
            ticket: Id::from(1001),
            result: Ok(t.clone()),
        },
    );
    press(&mut m, &["u"]);
    assert_eq!(
        confirm_text(&m).0,
        "Undo on 1 ticket: priority low → urgent"
    );
    let w = writes(&press(&mut m, &["enter"]));
    assert_eq!(w[0].2.priority.as_deref(), Some("urgent"));
    t.priority = Some(crate::helpdesk::zendesk::priority_of("urgent"));
    update(
        &mut m,
        Msg::Updated {
            posted: None,
            req: w[0].0,
            ticket: Id::from(1001),
            result: Ok(t),
        },
    );
    press(&mut m, &["u"]);
    assert!(m.overlay.is_none());
    assert_eq!(m.log.notice.as_ref().unwrap().text, "Nothing to undo");
}

#[test]
fn a_sent_reply_is_never_undone() {
    let mut m = loaded_model();
    let fx = send_reply(&mut m, "On it!");
    let [(req, _, _)] = &writes(&fx)[..] else {
        panic!("{fx:?}")
    };
    update(
        &mut m,
        Msg::Updated {
            posted: None,
            req: *req,
            ticket: Id::from(1001),
            result: Ok(tickets()[0].clone()),
        },
    );
    press(&mut m, &["u"]);
    assert_eq!(m.log.notice.as_ref().unwrap().text, "Nothing to undo");
}

#[test]
fn an_escalation_with_a_selection_sends_its_note_to_each_after_a_confirmation() {
    let mut m = loaded_model();
    update(
        &mut m,
        Msg::Groups(Ok(vec![crate::helpdesk::Group {
            id: Id::from(77),
            name: "Billing".into(),
        }])),
    );
    press(&mut m, &["x", "j", "x", "E", "enter"]);
    assert_eq!(m.mode(), Mode::Compose);
    typed(&mut m, "Charged twice");
    let fx = press(&mut m, &["ctrl-s"]);
    assert!(writes(&fx).is_empty(), "confirmed first");
    assert_eq!(
        confirm_text(&m).0,
        "2 tickets: escalate to group: Billing, priority up one level, the internal note"
    );
    // Cancelled: the composer is there as it was.
    press(&mut m, &["esc"]);
    assert_eq!(m.composer.as_ref().unwrap().text(), "Charged twice");
    press(&mut m, &["ctrl-s"]);
    let fx = press(&mut m, &["enter"]);
    assert!(m.composer.is_none());
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::SaveDraft { draft: None, .. }))
    );
    let w = writes(&fx);
    assert_eq!(w.len(), 2);
    for (_, _, p) in &w {
        assert_eq!(p.group, Some(Id::from(77)));
        let note = p.message.as_ref().unwrap();
        assert_eq!(note.visibility, crate::helpdesk::Visibility::Internal);
        assert!(note.body.ends_with("Charged twice"), "{}", note.body);
    }
    // Each ticket's own priority, one level up: 1001 urgent stays, 1002 high → urgent.
    assert_eq!(w[0].2.priority.as_deref(), Some("urgent"));
    assert_eq!(w[1].2.priority.as_deref(), Some("urgent"));
}

#[test]
fn the_selection_is_handed_to_a_group_in_one_confirmed_change() {
    let mut m = loaded_model();
    m.groups = vec![
        crate::helpdesk::Group {
            id: Id::from(7),
            name: "Billing".into(),
        },
        crate::helpdesk::Group {
            id: Id::from(8),
            name: "Tier 2".into(),
        },
    ];
    press(&mut m, &["x", "j", "x", "H"]);
    typed(&mut m, "bill");
    press(&mut m, &["enter"]);
    let (text, _) = confirm_text(&m);
    assert!(text.starts_with("2 tickets: group → Billing"), "{text}");
    let w = writes(&press(&mut m, &["enter"]));
    assert_eq!(w.len(), 2);
    for (_, _, patch) in &w {
        assert_eq!(patch.group, Some(Id::from(7)));
        assert!(patch.expected.is_some(), "guarded by what the queue holds");
    }
}

#[test]
fn one_ticket_is_handed_to_a_group_by_the_same_key() {
    let mut m = loaded_model();
    m.groups = vec![crate::helpdesk::Group {
        id: Id::from(7),
        name: "Billing".into(),
    }];
    press(&mut m, &["H"]);
    let w = writes(&press(&mut m, &["enter"]));
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].1, "1001");
    assert_eq!(w[0].2.group, Some(Id::from(7)));
}

#[test]
fn the_confirmation_speaks_the_agents_language() {
    let mut m = loaded_model_with(|m| m.lang = crate::i18n::Lang::Ro);
    press(&mut m, &["x", "j", "x", "s"]);
    typed(&mut m, "pend");
    press(&mut m, &["enter"]);
    let (text, _) = confirm_text(&m);
    // The count and the field in Romanian, the status in the helpdesk's own word.
    assert!(text.starts_with("2 tichete: starea → "), "{text}");
    assert!(
        text.ends_with("Pending") || text.contains("pending"),
        "{text}"
    );
}

#[test]
fn an_escalations_confirmation_is_in_the_agents_language() {
    let mut m = loaded_model();
    m.lang = crate::i18n::Lang::Ru;
    update(
        &mut m,
        Msg::Groups(Ok(vec![crate::helpdesk::Group {
            id: Id::from(77),
            name: "Billing".into(),
        }])),
    );
    press(&mut m, &["x", "j", "x", "E", "enter"]);
    typed(&mut m, "Двойное списание");
    press(&mut m, &["ctrl-s"]);
    let (text, _) = confirm_text(&m);
    assert!(
        text.ends_with(
            "эскалация — группа: Billing, приоритет на уровень выше, внутренняя заметка"
        ),
        "{text}"
    );
}
