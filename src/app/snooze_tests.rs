//! Snoozes as `update` transitions: the picker, a snoozed ticket out of the queue, waking on time
//! and on a customer message (with an alert), cancelling, the Snoozed view, the helpdesk's own
//! waiting status through the outbox, and a start with snoozes kept from the last session.

use super::fixtures::*;
use super::model::*;
use super::msg::{Effect, Msg};
use super::update::update;
use crate::helpdesk::{Channel, Id, Message, Ticket, Timestamp, Visibility};
use crate::store::snoozes::{Snooze, SnoozeStore};
use jiff::SignedDuration;

fn ids_shown(m: &Model) -> Vec<String> {
    m.queue
        .visible
        .iter()
        .map(|&i| m.queue.tickets[i].id.to_string())
        .collect()
}

fn saved(fx: &[Effect]) -> Option<Vec<Snooze>> {
    fx.iter().rev().find_map(|e| match e {
        Effect::SaveSnoozes(all) => Some(all.clone()),
        _ => None,
    })
}

fn picker(m: &Model) -> &SnoozePicker {
    match &m.overlay {
        Some(Overlay::Snooze(p)) => p,
        other => panic!("no snooze picker: {other:?}"),
    }
}

/// #1001 (the ticket shown) snoozed for an hour with the first preset.
fn snoozed_an_hour() -> Model {
    let mut m = loaded_model();
    update(&mut m, key("Z"));
    update(&mut m, key("enter"));
    m
}

fn tick(m: &mut Model, after: SignedDuration) -> Vec<Effect> {
    let at = m.now + after;
    update(m, Msg::Tick(at))
}

/// A sync that brings `changed` (asked for by a tick past the refresh interval).
fn sync_brings(m: &mut Model, changed: Vec<Ticket>) -> Vec<Effect> {
    let fx = tick(m, SignedDuration::from_secs(61));
    let req = fx
        .iter()
        .find_map(|e| match e {
            Effect::Sync { req, .. } => Some(*req),
            _ => None,
        })
        .expect("a sync is due");
    let started = m.now;
    update(
        m,
        Msg::Synced {
            req,
            started,
            result: Ok(Some(changed)),
        },
    )
}

fn changed_1001(m: &Model, minutes: i64) -> Ticket {
    let mut t = m.snooze.tickets[&Id::from(1001)].ticket.clone();
    t.updated_at = m.now + SignedDuration::from_mins(minutes);
    t
}

fn message(author: u64, visibility: Visibility, at: Timestamp) -> Message {
    Message {
        id: Id::from(99),
        author: Some(crate::helpdesk::PartyRef {
            id: Id::from(author),
            name: "someone".into(),
            email: None,
        }),
        visibility,
        channel: Some(Channel::Email),
        created_at: at,
        body: "any news?".into(),
        attachments: vec![],
        stored_digest: None,
    }
}

#[test]
fn z_opens_a_picker_of_presets_for_the_ticket_shown() {
    let mut m = loaded_model();
    let fx = update(&mut m, key("Z"));
    assert!(fx.is_empty(), "opening writes nothing: {fx:?}");
    assert_eq!(m.mode(), Mode::Snooze);
    let p = picker(&m);
    assert_eq!(p.ticket.id, Id::from(1001));
    let labels: Vec<&str> = p.presets.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "In 1 hour",
            "In 4 hours",
            "Tomorrow at 09:00",
            "Next Monday at 09:00"
        ]
    );
    // 23 Nov 2026 is a Monday: tomorrow is Tuesday, next Monday a week on (UTC in tests).
    assert_eq!(p.presets[2].at.to_string(), "2026-11-24T09:00:00Z");
    assert_eq!(p.presets[3].at.to_string(), "2026-11-30T09:00:00Z");
    // The helpdesk's waiting status is offered in its own word (Zendesk: pending).
    assert_eq!(p.waiting.as_ref().map(|w| w.0.as_str()), Some("pending"));
    assert!(!p.on_helpdesk);
    update(&mut m, key("esc"));
    assert!(m.overlay.is_none());
    assert!(m.snooze.tickets.is_empty());
}

#[test]
fn a_snoozed_ticket_leaves_the_queue_and_is_kept_at_once() {
    let mut m = loaded_model();
    assert_eq!(ids_shown(&m)[0], "1001");
    update(&mut m, key("Z"));
    update(&mut m, key("down")); // in 4 hours
    let fx = update(&mut m, key("enter"));
    assert!(m.overlay.is_none());
    let s = &m.snooze.tickets[&Id::from(1001)];
    assert_eq!(s.until, now() + SignedDuration::from_hours(4));
    assert_eq!(s.set_at, now());
    let kept = saved(&fx).expect("written when set");
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].ticket.id, Id::from(1001));
    assert!(!ids_shown(&m).contains(&"1001".to_string()));
    // The selection goes on to the next ticket, and the panels follow it.
    assert_eq!(m.current().unwrap().id, Id::from(1002));
    assert!(
        m.log
            .notice
            .as_ref()
            .unwrap()
            .text
            .contains("Snoozed #1001")
    );
    // No write to the helpdesk unless asked.
    assert!(!fx.iter().any(|e| matches!(e, Effect::Update { .. })));
    // A filter and a reload keep it out.
    let req = {
        update(&mut m, key("R"));
        m.queue.req.unwrap()
    };
    update(
        &mut m,
        Msg::ViewPage {
            req,
            tickets: tickets(),
            loaded: 5,
            total: Some(5),
        },
    );
    update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(None),
        },
    );
    assert!(!ids_shown(&m).contains(&"1001".to_string()));
    update(&mut m, key("/"));
    typed(&mut m, "refund");
    assert!(ids_shown(&m).is_empty(), "{:?}", ids_shown(&m));
}

#[test]
fn a_typed_time_is_read_and_a_bad_one_says_why() {
    let mut m = loaded_model();
    update(&mut m, key("Z"));
    typed(&mut m, "soon");
    let fx = update(&mut m, key("enter"));
    assert!(saved(&fx).is_none());
    assert_eq!(m.mode(), Mode::Snooze, "the picker stays open");
    let n = m.log.notice.clone().unwrap();
    assert!(n.error && n.text.contains("Not a time: “soon”"), "{n:?}");
    for _ in 0..4 {
        update(&mut m, key("backspace"));
    }
    typed(&mut m, "15:30");
    update(&mut m, key("enter"));
    assert_eq!(
        m.snooze.tickets[&Id::from(1001)].until.to_string(),
        "2026-11-23T15:30:00Z"
    );
}

#[test]
fn a_snooze_wakes_on_time_with_an_alert_naming_the_ticket() {
    let mut m = snoozed_an_hour();
    let fx = tick(&mut m, SignedDuration::from_mins(59));
    assert!(saved(&fx).is_none());
    assert!(m.snooze.tickets.contains_key(&Id::from(1001)));
    assert!(!ids_shown(&m).contains(&"1001".to_string()));
    let fx = tick(&mut m, SignedDuration::from_mins(1));
    assert!(m.snooze.tickets.is_empty());
    assert_eq!(saved(&fx), Some(vec![]));
    assert!(ids_shown(&m).contains(&"1001".to_string()));
    let alert = m.alerts.shown.clone().unwrap();
    assert!(alert.contains("#1001 Refund not received"), "{alert}");
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::Alert { text } if text.contains("#1001")))
    );
    // The selection stays where the agent is.
    assert_eq!(m.current().unwrap().id, Id::from(1002));
}

#[test]
fn a_customer_message_wakes_a_snooze_early() {
    let mut m = snoozed_an_hour();
    let set_at = m.now;
    let changed = changed_1001(&m, 1);
    let fx = sync_brings(&mut m, vec![changed.clone()]);
    let check = fx
        .iter()
        .find(|e| matches!(e, Effect::CheckSnoozed { .. }))
        .expect("the conversation is read");
    assert_eq!(
        check,
        &Effect::CheckSnoozed {
            ticket: Id::from(1001),
            updated_at: changed.updated_at,
        }
    );
    // The requester (#7) wrote after the snooze.
    let fx = update(
        &mut m,
        Msg::SnoozeChecked {
            ticket: Id::from(1001),
            updated_at: changed.updated_at,
            result: Ok(vec![message(
                7,
                Visibility::Public,
                set_at + SignedDuration::from_secs(30),
            )]),
        },
    );
    assert!(m.snooze.tickets.is_empty());
    assert_eq!(saved(&fx), Some(vec![]));
    assert!(ids_shown(&m).contains(&"1001".to_string()));
    let alert = m.alerts.shown.clone().unwrap();
    assert!(
        alert.contains("#1001") && alert.contains("the customer wrote"),
        "{alert}"
    );
    assert!(fx.iter().any(|e| matches!(e, Effect::Alert { .. })));
}

#[test]
fn a_change_that_is_not_the_customer_writing_lets_it_sleep_and_is_checked_once() {
    let mut m = snoozed_an_hour();
    let set_at = m.now;
    let changed = changed_1001(&m, 1);
    sync_brings(&mut m, vec![changed.clone()]);
    // An agent's note, and the customer's message from before the snooze: no wake.
    let fx = update(
        &mut m,
        Msg::SnoozeChecked {
            ticket: Id::from(1001),
            updated_at: changed.updated_at,
            result: Ok(vec![
                message(
                    1,
                    Visibility::Internal,
                    set_at + SignedDuration::from_secs(30),
                ),
                message(7, Visibility::Public, set_at - SignedDuration::from_mins(5)),
            ]),
        },
    );
    assert!(m.alerts.shown.is_none());
    let kept = saved(&fx).expect("the change is noted as seen");
    assert_eq!(kept[0].seen, changed.updated_at);
    assert!(!ids_shown(&m).contains(&"1001".to_string()));
    // The same change again is not read again; a ticket not snoozed never is.
    let mut other = m
        .queue
        .tickets
        .iter()
        .find(|t| t.id.0 == "1002")
        .unwrap()
        .clone();
    other.updated_at = m.now + SignedDuration::from_mins(3);
    let fx = sync_brings(&mut m, vec![changed, other]);
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::CheckSnoozed { .. })),
        "{fx:?}"
    );
}

#[test]
fn the_snoozed_view_lists_snoozes_with_their_times_and_cancels_one() {
    let mut m = snoozed_an_hour();
    assert_eq!(m.queue.views.last().unwrap().name, "Snoozed");
    assert_eq!(m.queue.views.len(), 2);
    let fx = update(&mut m, key("]"));
    assert!(m.in_snoozed_view());
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::LoadView { .. })),
        "no request: {fx:?}"
    );
    assert_eq!(ids_shown(&m), ["1001"]);
    let t = m.current().unwrap().clone();
    assert_eq!(
        super::snooze::wakes(&m, &t).as_deref(),
        Some("11:00"),
        "its wake-up time"
    );
    // The same key cancels the snooze of the ticket shown.
    update(&mut m, key("Z"));
    assert!(m.overlay.is_none());
    assert!(m.snooze.tickets.is_empty());
    assert!(ids_shown(&m).is_empty());
    assert!(
        m.log
            .notice
            .as_ref()
            .unwrap()
            .text
            .contains("Snooze cancelled: #1001")
    );
    // Back in the helpdesk's view it is in the queue again.
    update(&mut m, key("["));
    assert!(!m.in_snoozed_view());
}

#[test]
fn unsnooze_cancels_in_any_view_and_says_when_there_is_nothing_to_cancel() {
    let mut m = loaded_model();
    update(&mut m, key("alt-z"));
    let n = m.log.notice.clone().unwrap();
    assert!(
        n.text.starts_with("#1001 ") && n.text.ends_with("is not snoozed"),
        "{n:?}"
    );
    // The ticket opened by number (pinned) is snoozed, then woken by the action.
    update(&mut m, key("Z"));
    update(&mut m, key("enter"));
    m.queue.pinned = Some(m.snooze.tickets[&Id::from(1001)].ticket.clone());
    let fx = update(&mut m, key("alt-z"));
    assert!(m.snooze.tickets.is_empty());
    assert_eq!(saved(&fx), Some(vec![]));
    assert!(ids_shown(&m).contains(&"1001".to_string()));
}

#[test]
fn the_helpdesk_waiting_status_goes_through_the_outbox_with_the_wake_up_time() {
    let mut m = loaded_model();
    update(&mut m, key("Z"));
    update(&mut m, key("tab"));
    assert!(picker(&m).on_helpdesk);
    typed(&mut m, "2h");
    let fx = update(&mut m, key("enter"));
    let until = now() + SignedDuration::from_hours(2);
    let patch = fx
        .iter()
        .find_map(|e| match e {
            Effect::Update { ticket, patch, .. } if ticket.0 == "1001" => Some(patch.clone()),
            _ => None,
        })
        .expect("a write");
    assert_eq!(patch.status.as_deref(), Some("pending"));
    assert_eq!(patch.pending_until, Some(until));
    assert!(patch.message.is_none());
    assert!(m.snooze.tickets[&Id::from(1001)].on_helpdesk);
    // It is on disk before the write goes.
    let saved_at = fx
        .iter()
        .position(|e| matches!(e, Effect::SaveSnoozes(_)))
        .unwrap();
    let update_at = fx
        .iter()
        .position(|e| matches!(e, Effect::Update { .. }))
        .unwrap();
    assert!(saved_at < update_at);
}

#[test]
fn the_model_starts_with_the_snoozes_kept_by_the_last_session() {
    let dir = tempfile::tempdir().unwrap();
    let store = SnoozeStore::new(dir.path(), "demo");
    // The last session snoozed #1003 until tomorrow.
    let ticket = tickets().into_iter().find(|t| t.id.0 == "1003").unwrap();
    store
        .save(&[Snooze {
            seen: ticket.updated_at,
            ticket,
            until: now() + SignedDuration::from_hours(20),
            set_at: now() - SignedDuration::from_hours(4),
            on_helpdesk: false,
        }])
        .unwrap();
    let kept = store.load().unwrap();
    let mut m = loaded_model_with(|m| {
        m.snooze.tickets = kept.into_iter().map(|s| (s.ticket.id.clone(), s)).collect();
    });
    assert!(!ids_shown(&m).contains(&"1003".to_string()));
    assert_eq!(m.queue.tickets.len(), 5, "loaded, not shown");
    // Nothing changed while tix was closed: nothing to check.
    let fx = tick(&mut m, SignedDuration::from_hours(20));
    assert!(ids_shown(&m).contains(&"1003".to_string()));
    assert!(m.alerts.shown.as_ref().unwrap().contains("#1003"));
    assert_eq!(saved(&fx), Some(vec![]));
}

#[test]
fn a_reload_that_shows_a_change_made_while_tix_was_closed_checks_it() {
    let mut ticket = tickets().into_iter().find(|t| t.id.0 == "1003").unwrap();
    let seen = ticket.updated_at;
    let snooze = Snooze {
        seen: seen - SignedDuration::from_hours(1),
        ticket: ticket.clone(),
        until: now() + SignedDuration::from_hours(20),
        set_at: seen - SignedDuration::from_hours(2),
        on_helpdesk: false,
    };
    ticket.updated_at = seen;
    let mut m = empty_model();
    m.snooze.tickets.insert(Id::from(1003), snooze);
    super::update::init(&mut m);
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
            tickets: tickets(),
            loaded: 5,
            total: Some(5),
        },
    );
    let fx = update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(None),
        },
    );
    assert!(fx.contains(&Effect::CheckSnoozed {
        ticket: Id::from(1003),
        updated_at: seen,
    }));
}

#[test]
fn a_snoozed_ticket_near_its_breach_does_not_alert_while_it_sleeps() {
    // #1001 and #1002 are past their targets, #1003 is 10 minutes away; #1001 and #1003 are
    // snoozed from the last session.
    let kept: Vec<Snooze> = tickets()
        .into_iter()
        .filter(|t| t.id.0 == "1001" || t.id.0 == "1003")
        .map(|ticket| Snooze {
            seen: ticket.updated_at,
            ticket,
            until: now() + SignedDuration::from_hours(3),
            set_at: now() - SignedDuration::from_hours(1),
            on_helpdesk: false,
        })
        .collect();
    let m = loaded_model_with(|m| {
        m.snooze.tickets = kept.into_iter().map(|s| (s.ticket.id.clone(), s)).collect();
    });
    let alert = m.alerts.shown.clone().unwrap_or_default();
    assert_eq!(alert, "#1002 breached its SLA (-10m)");
}

#[test]
fn a_bad_typed_time_says_why_in_the_agents_language() {
    let mut m = loaded_model();
    m.lang = crate::i18n::Lang::Ro;
    update(&mut m, key("Z"));
    typed(&mut m, "soon");
    update(&mut m, key("enter"));
    let n = m.log.notice.clone().unwrap();
    assert!(n.error && n.text.contains("Nu este o oră: „soon”"), "{n:?}");
}

#[test]
fn a_snooze_wakes_with_an_alert_in_the_agents_language() {
    let mut m = snoozed_an_hour();
    m.lang = crate::i18n::Lang::Et;
    tick(&mut m, SignedDuration::from_mins(60));
    let alert = m.alerts.shown.clone().unwrap();
    assert!(
        alert.starts_with("Edasilükkamine läbi: #1001 Refund not received"),
        "{alert}"
    );
}
