//! No collisions, as `update` transitions: writes carry the ticket as the agent saw it, a
//! refused one shows what changed and waits for the agent's choice.

use super::fixtures::*;
use super::model::*;
use super::msg::{Effect, Msg, ReqId};
use super::update::update;
use crate::helpdesk::{
    ErrorKind, HelpdeskError, Id, Message, PartyRef, Ticket, TicketPatch, Timestamp, Visibility,
};

fn conflict() -> HelpdeskError {
    HelpdeskError::new(
        ErrorKind::Conflict,
        "ticket 1001 changed since you loaded it",
    )
}

fn the_write(fx: &[Effect]) -> (ReqId, TicketPatch) {
    fx.iter()
        .find_map(|e| match e {
            Effect::Update { req, patch, .. } => Some((*req, patch.clone())),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no write in {fx:?}"))
}

fn reload(fx: &[Effect]) -> ReqId {
    fx.iter()
        .find_map(|e| match e {
            Effect::LoadCollision { req, ticket } if ticket.0 == "1001" => Some(*req),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no reload in {fx:?}"))
}

/// Ticket 1001 after the customer wrote again and a colleague took it and set it pending.
pub(crate) fn changed_meanwhile() -> (Ticket, Vec<Message>) {
    let mut t = tickets()[0].clone();
    t.updated_at += jiff::SignedDuration::from_mins(3);
    t.status = crate::helpdesk::zendesk::status_of("pending");
    t.assignee = Some(PartyRef {
        id: Id::from(4242),
        name: "Bo Colleague".into(),
        email: None,
    });
    let mut msgs = messages();
    msgs.push(Message {
        id: Id::from(99),
        author: Some(PartyRef {
            id: Id::from(7),
            name: "Ana Popescu".into(),
            email: None,
        }),
        visibility: Visibility::Public,
        channel: None,
        created_at: t.updated_at,
        body: "Never mind the refund,\nI found it on my card statement.".into(),
        attachments: vec![],
        stored_digest: None,
    });
    (t, msgs)
}

fn collision(m: &Model) -> &Collision {
    match &m.overlay {
        Some(Overlay::Collision(c)) => c,
        o => panic!("no collision prompt: {o:?}"),
    }
}

/// A reply sent, refused as a conflict, and the ticket read again: the prompt as the agent
/// sees it.
pub(crate) fn collided_reply(m: &mut Model) -> ReqId {
    let fx = send_reply(m, "Your refund is on its way");
    let (req, _) = the_write(&fx);
    let fx = update(
        m,
        Msg::Updated {
            posted: None,
            req,
            ticket: Id::from(1001),
            result: Err(conflict()),
        },
    );
    let again = reload(&fx);
    update(
        m,
        Msg::Collided {
            req: again,
            ticket: Id::from(1001),
            result: Ok(changed_meanwhile()),
        },
    );
    again
}

#[test]
fn a_write_expects_the_ticket_as_its_conversation_was_shown() {
    let mut m = loaded_model();
    let seen: Timestamp = tickets()[0].updated_at;
    let (_, patch) = the_write(&send_reply(&mut m, "On it"));
    assert_eq!(patch.expected, Some(seen));
    // A field change from a picker too.
    update(&mut m, key("s"));
    update(&mut m, key("j"));
    let fx = update(&mut m, key("enter"));
    let (_, patch) = the_write(&fx);
    assert!(patch.status.is_some(), "{patch:?}");
    assert_eq!(patch.expected, Some(seen));
}

#[test]
fn a_confirmed_write_moves_what_the_next_one_expects() {
    let mut m = loaded_model();
    let (req, _) = the_write(&send_reply(&mut m, "On it"));
    let mut after = tickets()[0].clone();
    after.updated_at += jiff::SignedDuration::from_secs(5);
    update(
        &mut m,
        Msg::Updated {
            posted: None,
            req,
            ticket: Id::from(1001),
            result: Ok(after.clone()),
        },
    );
    let (_, patch) = the_write(&send_reply(&mut m, "And one more thing"));
    assert_eq!(patch.expected, Some(after.updated_at));
}

#[test]
fn a_colleagues_reply_while_typing_is_shown_and_nothing_is_sent() {
    let mut m = loaded_model();
    let fx = send_reply(&mut m, "Your refund is on its way");
    let (req, _) = the_write(&fx);
    let fx = update(
        &mut m,
        Msg::Updated {
            posted: None,
            req,
            ticket: Id::from(1001),
            result: Err(conflict()),
        },
    );
    // Read again, nothing sent; the text is the ticket's draft meanwhile.
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::Update { .. })),
        "{fx:?}"
    );
    let again = reload(&fx);
    assert_eq!(
        m.writes.drafts[&(Id::from(1001), DraftKind::Reply)].text,
        "Your refund is on its way"
    );
    assert!(collision(&m).changes.ready().is_none());
    // Send anyway waits for what changed: nothing goes out before the agent has seen it.
    let fx = update(&mut m, key("s"));
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::Update { .. })),
        "{fx:?}"
    );

    update(
        &mut m,
        Msg::Collided {
            req: again,
            ticket: Id::from(1001),
            result: Ok(changed_meanwhile()),
        },
    );
    let c = collision(&m);
    let ch = c.changes.ready().unwrap();
    assert_eq!(ch.messages.len(), 1, "only the message not seen");
    assert_eq!(ch.messages[0].id, Id::from(99));
    assert_eq!(
        ch.fields,
        ["status open → pending", "taken by Bo Colleague"],
        "{:?}",
        ch.fields
    );
    let lines = super::collide::lines(&m, c).join("\n");
    assert!(
        lines.contains("I found it on my card statement."),
        "{lines}"
    );
    assert!(c.named.starts_with("#1001 Refund"), "{}", c.named);
    // The conversation shows it too.
    assert!(matches!(
        m.conversations.loaded.get(&Id::from(1001)),
        Some(Loaded::Ready(msgs)) if msgs.iter().any(|x| x.id == Id::from(99))
    ));
    // Keys of the panels behind do nothing.
    let fx = update(&mut m, key("r"));
    assert!(fx.is_empty(), "{fx:?}");
    assert!(matches!(m.overlay, Some(Overlay::Collision(_))));
}

#[test]
fn send_anyway_sends_the_text_again_expecting_the_ticket_as_now_seen() {
    let mut m = loaded_model();
    collided_reply(&mut m);
    let fx = update(&mut m, key("s"));
    let (req, patch) = the_write(&fx);
    assert_eq!(patch.expected, Some(changed_meanwhile().0.updated_at));
    assert_eq!(
        patch.message.as_ref().unwrap().body,
        "Your refund is on its way"
    );
    assert!(m.overlay.is_none());
    assert!(m.writes.drafts.is_empty(), "the draft goes with the write");
    assert!(
        m.log.notice.as_ref().unwrap().text.contains("#1001 Refund"),
        "{:?}",
        m.log.notice
    );
    // Refused again (another change): the prompt again, never forced.
    let fx = update(
        &mut m,
        Msg::Updated {
            posted: None,
            req,
            ticket: Id::from(1001),
            result: Err(conflict()),
        },
    );
    reload(&fx);
    assert!(matches!(m.overlay, Some(Overlay::Collision(_))));
}

#[test]
fn edit_goes_back_to_the_composer_and_keep_leaves_a_draft() {
    let mut m = loaded_model();
    collided_reply(&mut m);
    let fx = update(&mut m, key("e"));
    assert!(!fx.iter().any(|e| matches!(e, Effect::Update { .. })));
    assert!(m.overlay.is_none());
    assert_eq!(
        m.composer.as_ref().unwrap().text(),
        "Your refund is on its way"
    );
    update(&mut m, key("esc"));

    let mut m = loaded_model();
    collided_reply(&mut m);
    let fx = update(&mut m, key("d"));
    assert!(!fx.iter().any(|e| matches!(e, Effect::Update { .. })));
    assert!(m.overlay.is_none() && m.composer.is_none());
    assert_eq!(
        m.writes.drafts[&(Id::from(1001), DraftKind::Reply)].text,
        "Your refund is on its way"
    );
    assert!(m.log.notice.as_ref().unwrap().text.contains("#1001"));
}

#[test]
fn a_field_change_that_collides_is_applied_anyway_or_dropped() {
    let mut m = loaded_model();
    update(&mut m, key("s"));
    update(&mut m, key("j"));
    let (req, sent) = the_write(&update(&mut m, key("enter")));
    let fx = update(
        &mut m,
        Msg::Updated {
            posted: None,
            req,
            ticket: Id::from(1001),
            result: Err(conflict()),
        },
    );
    let again = reload(&fx);
    update(
        &mut m,
        Msg::Collided {
            req: again,
            ticket: Id::from(1001),
            result: Ok(changed_meanwhile()),
        },
    );
    assert!(collision(&m).draft.is_none());
    // No text to edit.
    assert!(update(&mut m, key("e")).is_empty());
    let (_, patch) = the_write(&update(&mut m, key("s")));
    assert_eq!(patch.status, sent.status);
    assert_eq!(patch.expected, Some(changed_meanwhile().0.updated_at));

    let mut m = loaded_model();
    update(&mut m, key("s"));
    update(&mut m, key("j"));
    let (req, _) = the_write(&update(&mut m, key("enter")));
    update(
        &mut m,
        Msg::Updated {
            posted: None,
            req,
            ticket: Id::from(1001),
            result: Err(conflict()),
        },
    );
    let fx = update(&mut m, key("esc"));
    assert!(fx.is_empty(), "{fx:?}");
    assert!(m.overlay.is_none());
    assert!(m.log.notice.as_ref().unwrap().text.contains("dropped"));
}

#[test]
fn a_conflict_from_the_outbox_opens_the_same_prompt() {
    let mut m = loaded_model();
    let patch = TicketPatch {
        message: Some(crate::helpdesk::NewMessage {
            visibility: Visibility::Internal,
            body: "queued last session".into(),
        }),
        expected: Some(tickets()[0].updated_at),
        ..TicketPatch::default()
    };
    let fx = update(
        &mut m,
        Msg::Returned {
            ticket: Id::from(1001),
            patch,
            why: "ticket 1001 changed".into(),
            conflict: true,
        },
    );
    reload(&fx);
    assert_eq!(
        collision(&m).draft.as_ref().map(|d| d.kind),
        Some(DraftKind::Note)
    );
    assert_eq!(
        m.writes.drafts[&(Id::from(1001), DraftKind::Note)].text,
        "queued last session"
    );
}

/// Against the real demo helpdesk, through the real runner and outbox: the customer writes while
/// the agent types; the reply is refused, the prompt shows the customer's message, nothing has
/// been sent until the agent says send anyway.
#[tokio::test]
async fn on_the_demo_a_message_arriving_while_typing_is_shown_before_anything_is_sent() {
    let s = crate::demo::DemoServer::start(
        std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        crate::demo::DemoOptions {
            tickets: 20,
            ..crate::demo::DemoOptions::default()
        },
        jiff::Timestamp::now(),
    )
    .await
    .unwrap();
    let hd: crate::helpdesk::SharedHelpdesk = std::sync::Arc::new(
        crate::helpdesk::sanitized::Sanitized(crate::helpdesk::zendesk::Zendesk::new(
            &s.base_url,
            crate::helpdesk::zendesk::Auth::None,
        )),
    );
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let mut runner = super::effects::Runner::new(hd.clone(), tx, None);
    let dir = tempfile::tempdir().unwrap();
    runner.set_outbox(Some(crate::store::outbox::Outbox::new(dir.path(), "demo")));
    let mut next = async |pred: fn(&Msg) -> bool| loop {
        let got = tokio::time::timeout(std::time::Duration::from_secs(10), rx.recv()).await;
        match got {
            Ok(Some(msg)) if pred(&msg) => break msg,
            Ok(Some(_)) => continue,
            other => panic!("no answer: {other:?}"),
        }
    };

    // The workspace on the demo's first view, its first ticket open.
    let mut m = empty_model();
    super::update::init(&mut m);
    update(&mut m, Msg::Me(hd.me().await));
    update(&mut m, Msg::Vocabulary(hd.vocabulary().await.unwrap()));
    let views = hd.views().await.unwrap();
    update(&mut m, Msg::Views(Ok(views.clone())));
    let page = hd.view_tickets(&views[0].id, None).await.unwrap().items;
    let req = m.queue.req.unwrap();
    let n = page.len();
    update(
        &mut m,
        Msg::ViewPage {
            req,
            tickets: page,
            loaded: n,
            total: Some(n as u64),
        },
    );
    update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(None),
        },
    );
    let ticket = m.current().unwrap().id.clone();
    let conv = m.conversations.req.unwrap();
    let shown = hd.messages(&ticket).await.unwrap();
    let before = shown.len();
    update(
        &mut m,
        Msg::Conversation {
            req: conv,
            ticket: ticket.clone(),
            result: Ok(shown),
            saved: None,
        },
    );

    // The agent types; the customer writes meanwhile.
    update(&mut m, key("r"));
    typed(&mut m, "We have refunded you today.");
    let r = reqwest::Client::new()
        .post(format!("{}/demo/colleague/tickets/{ticket}", s.base_url))
        .json(&serde_json::json!({"from": "customer", "body": "Actually, please cancel instead!"}))
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success());

    let fx = update(&mut m, key("ctrl-s"));
    let write = fx
        .into_iter()
        .find(|e| matches!(e, Effect::Update { .. }))
        .unwrap();
    runner.run(write);
    let answer = next(|m| matches!(m, Msg::Updated { .. })).await;
    let fx = update(&mut m, answer);
    assert_eq!(
        hd.messages(&ticket).await.unwrap().len(),
        before + 1,
        "not sent"
    );
    let reload = fx
        .into_iter()
        .find(|e| matches!(e, Effect::LoadCollision { .. }))
        .expect("read again");
    runner.run(reload);
    let collided = next(|m| matches!(m, Msg::Collided { .. })).await;
    update(&mut m, collided);
    let c = collision(&m);
    let lines = super::collide::lines(&m, c).join("\n");
    assert!(
        lines.contains("Actually, please cancel instead!"),
        "{lines}"
    );
    assert_eq!(c.changes.ready().unwrap().messages.len(), 1, "{lines}");
    assert_eq!(
        hd.messages(&ticket).await.unwrap().len(),
        before + 1,
        "not sent"
    );

    // Send anyway: now it goes, once.
    let fx = update(&mut m, key("s"));
    let write = fx
        .into_iter()
        .find(|e| matches!(e, Effect::Update { .. }))
        .unwrap();
    runner.run(write);
    let answer = next(|m| matches!(m, Msg::Updated { .. })).await;
    let Msg::Updated { result, .. } = &answer else {
        unreachable!()
    };
    assert!(result.is_ok(), "{result:?}");
    update(&mut m, answer);
    let msgs = hd.messages(&ticket).await.unwrap();
    assert_eq!(msgs.len(), before + 2);
    assert_eq!(msgs.last().unwrap().body, "We have refunded you today.");
}

#[test]
fn the_prompts_times_are_in_the_agents_zone_as_the_conversation_shows_them() {
    let mut m = loaded_model();
    m.tz = jiff::tz::TimeZone::get("Europe/Bucharest").unwrap();
    collided_reply(&mut m);
    // Ana wrote at 09:33 UTC on 22 Nov, the day before the model's now: 11:33 in Bucharest.
    let lines = super::collide::lines(&m, collision(&m)).join("\n");
    assert!(
        lines.contains("Ana Popescu wrote at 22 Nov 11:33:"),
        "{lines}"
    );
}
