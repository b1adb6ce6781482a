//! Alerts and the metrics recorded from what the agent does, as `update` transitions.

use super::fixtures::*;
use super::model::*;
use super::msg::{Effect, Msg};
use super::update::{init, update};
use crate::helpdesk::{Id, Visibility};

#[test]
fn alerts_fire_once_per_event() {
    // #1001 and #1002 are past their targets, #1003 is 10 minutes away: one alert for the batch
    // when the queue is complete.
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
    let alerts: Vec<_> = fx
        .iter()
        .filter(|e| matches!(e, Effect::Alert { .. }))
        .collect();
    assert_eq!(alerts.len(), 1, "{fx:?}");
    let Effect::Alert { text } = alerts[0] else {
        unreachable!()
    };
    assert_eq!(text, "3 tickets at or near SLA breach (first: #1001, -30m)");
    assert!(fx.contains(&Effect::Bell), "{fx:?}");
    assert!(m.alerts.shown.is_some());
    // The same state again: no new alert.
    let fx = update(
        &mut m,
        Msg::Tick(now() + jiff::SignedDuration::from_secs(5)),
    );
    assert!(!fx.iter().any(|e| matches!(e, Effect::Alert { .. })));
    // #1004 (30 min) enters the 15-minute window later: one alert for it.
    let fx = update(
        &mut m,
        Msg::Tick(now() + jiff::SignedDuration::from_secs(16 * 60)),
    );
    let text: Vec<_> = fx
        .iter()
        .filter_map(|e| match e {
            Effect::Alert { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(text, ["#1004 breaches its SLA in 14m"]);
}

#[test]
fn a_new_urgent_or_vip_ticket_alerts_and_quiet_mode_has_no_bell() {
    let mut m = loaded_model();
    m.alerts.settings.bell = false;
    update(&mut m, Msg::Tick(now()));
    update(&mut m, key("R"));
    let req = m.queue.req.unwrap();
    let mut fresh = tickets();
    let mut urgent = ticket(2001, "Site down", "new", "urgent", "phone", 10);
    urgent.sla.clear();
    fresh.push(urgent);
    update(
        &mut m,
        Msg::ViewPage {
            req,
            tickets: fresh,
            loaded: 6,
            total: Some(6),
        },
    );
    let fx = update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(None),
        },
    );
    let alert = fx.iter().find_map(|e| match e {
        Effect::Alert { text } => Some(text.clone()),
        _ => None,
    });
    assert_eq!(alert.as_deref(), Some("new urgent/VIP: #2001"));
    assert!(!fx.contains(&Effect::Bell), "quiet: no bell");
}

#[test]
fn handle_time_first_response_and_solving_are_recorded() {
    use crate::metrics::Event;
    let mut m = loaded_model();
    m.now = now() + jiff::SignedDuration::from_secs(90);
    let fx = update(&mut m, key("j"));
    assert!(fx.iter().any(|e| matches!(e, Effect::Record(Event::Handled { ticket, secs: 90, .. }) if ticket == "1001")), "{fx:?}");
    // #1002 has no cached agent reply: a confirmed public reply is its first response.
    let fx = send_reply(&mut m, "Hello");
    let [Effect::Update { req, .. }] = &fx[..] else {
        panic!()
    };
    let mut solved = tickets()[1].clone();
    solved.status = crate::helpdesk::zendesk::status_of("solved");
    m.conversations
        .loaded
        .insert(Id::from(1002), Loaded::Ready(vec![]));
    let fx = update(
        &mut m,
        Msg::Updated {
            posted: None,
            req: *req,
            ticket: Id::from(1002),
            result: Ok(solved),
        },
    );
    let created = tickets()[1].created_at;
    let frt = m.now.duration_since(created).as_secs();
    assert!(fx.iter().any(|e| matches!(e, Effect::Record(Event::Replied { first_response_secs: Some(s), .. }) if *s == frt)), "{fx:?}");
    assert!(
        fx.iter().any(|e| matches!(
            e,
            Effect::Record(Event::Solved {
                first_contact: true,
                ..
            })
        )),
        "{fx:?}"
    );
    let s = crate::metrics::summarize(&m.metrics.events, &m.tz);
    assert_eq!(s.handled, 1, "#1002 was answered; #1001 was only looked at");
    assert_eq!(
        s.average_handle_secs,
        Some(90),
        "looking still counts as handle time"
    );
    assert_eq!(s.fcr_rate, Some(1.0));
}

#[test]
fn a_ticket_counts_as_handled_when_written_to_not_when_viewed() {
    let mut m = loaded_model();
    // Looking through three tickets is not handling them.
    update(&mut m, key("j"));
    update(&mut m, key("j"));
    update(&mut m, key("k"));
    update(&mut m, key("k"));
    let fx = send_reply(&mut m, "On it");
    let [Effect::Update { req, .. }] = &fx[..] else {
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
    // A reply delivered from the outbox (queued in an earlier session) counts too.
    update(
        &mut m,
        Msg::OutboxDelivered {
            ticket: Id::from(1002),
            message: Some(Visibility::Public),
        },
    );
    let s = crate::metrics::summarize(&m.metrics.events, &jiff::tz::TimeZone::UTC);
    assert_eq!(s.handled, 2, "{:?}", m.metrics.events);
    assert_eq!(s.replies, 2);
}
