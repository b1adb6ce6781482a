//! The composer as `update` transitions: drafts, sending, field changes and escalation.

use super::fixtures::*;
use super::model::*;
use super::msg::{Effect, Msg};
use super::update::update;
use crate::helpdesk::{ErrorKind, HelpdeskError, Id, Visibility};

#[test]
fn reply_is_sent_as_a_public_message() {
    let mut m = loaded_model();
    let fx = send_reply(&mut m, "On it!");
    let [
        Effect::Update {
            req, ticket, patch, ..
        },
    ] = &fx[..]
    else {
        panic!("{fx:?}")
    };
    assert_eq!(ticket.0, "1001");
    let msg = patch.message.as_ref().unwrap();
    assert_eq!(msg.visibility, Visibility::Public);
    assert_eq!(msg.body, "On it!");
    assert!(m.composer.is_none());
    // Confirmed: the conversation is read again so the reply shows.
    let fx = update(
        &mut m,
        Msg::Updated {
            posted: None,
            req: *req,
            ticket: Id::from(1001),
            result: Ok(tickets()[0].clone()),
        },
    );
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::LoadConversation { ticket, .. } if ticket.0 == "1001"))
    );
    assert!(m.writes.drafts.is_empty());
}

/// Over a poor link the conversation is not read again after a reply: the write's answer carries
/// the message as the helpdesk stored it, and it is shown from there.
#[test]
fn a_reply_the_answer_carries_is_shown_without_reading_the_conversation_again() {
    let mut m = loaded_model();
    let before = match m.conversations.loaded.get(&Id::from(1001)) {
        Some(Loaded::Ready(msgs)) => msgs.len(),
        other => panic!("{other:?}"),
    };
    let fx = send_reply(&mut m, "On it!");
    let [Effect::Update { req, patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert!(patch.expected.is_some(), "a checked write");
    let stored = crate::helpdesk::Message {
        id: Id::from(9001),
        author: Some(crate::helpdesk::PartyRef {
            id: me().id,
            name: me().name.into(),
            email: me().email.map(Into::into),
        }),
        visibility: Visibility::Public,
        channel: None,
        created_at: m.now,
        body: "On it!".into(),
        attachments: vec![],
        stored_digest: None,
    };
    let fx = update(
        &mut m,
        Msg::Updated {
            req: *req,
            ticket: Id::from(1001),
            result: Ok(tickets()[0].clone()),
            posted: Some(stored.clone()),
        },
    );
    assert!(
        !fx.iter()
            .any(|e| matches!(e, Effect::LoadConversation { .. })),
        "{fx:?}"
    );
    let Some(Loaded::Ready(msgs)) = m.conversations.loaded.get(&Id::from(1001)) else {
        panic!()
    };
    assert_eq!(msgs.len(), before + 1);
    assert_eq!(msgs.last(), Some(&stored));
}

#[test]
fn a_failed_send_keeps_the_text() {
    let mut m = loaded_model();
    let fx = send_reply(&mut m, "Hello Ana");
    let [Effect::Update { req, .. }] = &fx[..] else {
        panic!()
    };
    update(
        &mut m,
        Msg::Updated {
            posted: None,
            req: *req,
            ticket: Id::from(1001),
            result: Err(HelpdeskError::new(ErrorKind::Network, "connection refused")),
        },
    );
    assert_eq!(
        m.writes.drafts[&(Id::from(1001), DraftKind::Reply)].text,
        "Hello Ana"
    );
    assert!(m.log.notice.as_ref().unwrap().error);
    assert!(matches!(m.link.connection, Connection::Offline { .. }));
    update(&mut m, key("r"));
    assert_eq!(m.composer.as_ref().unwrap().text(), "Hello Ana");
}

#[test]
fn esc_keeps_a_draft_per_ticket() {
    let mut m = loaded_model();
    update(&mut m, key("n"));
    assert_eq!(
        m.composer.as_ref().unwrap().visibility(),
        Visibility::Internal
    );
    typed(&mut m, "check with billing");
    update(&mut m, key("esc"));
    assert!(m.composer.is_none());
    assert_eq!(
        m.writes.drafts[&(Id::from(1001), DraftKind::Note)].text,
        "check with billing"
    );
    // Another ticket has its own (empty) composer.
    update(&mut m, key("j"));
    update(&mut m, key("r"));
    assert_eq!(m.composer.as_ref().unwrap().text(), "");
    update(&mut m, key("esc"));
    update(&mut m, key("k"));
    update(&mut m, key("n"));
    assert_eq!(m.composer.as_ref().unwrap().text(), "check with billing");
}

#[test]
fn empty_messages_are_not_sent() {
    let mut m = loaded_model();
    let fx = send_reply(&mut m, "   ");
    assert!(fx.is_empty());
    assert!(m.composer.is_some());
}

#[test]
fn canned_response_is_inserted_with_placeholders_filled() {
    let mut m = loaded_model();
    update(&mut m, key("c"));
    assert_eq!(m.focus, Focus::Canned);
    update(&mut m, key("enter"));
    let text = m.composer.as_ref().unwrap().text();
    assert_eq!(
        text,
        "Hi Ana,\n\nYour refund for ticket #1001 is on its way.\n\nAlex Morgan"
    );
    assert_eq!(m.mode(), Mode::Compose);
}

#[test]
fn bindings_with_arguments_set_fields_directly() {
    let user = "[queue]\n\"P\" = { action = \"ticket.set-status\", args = { status = \"pending\" } }\n\"M\" = { action = \"ticket.assign\", args = { assignee = \"me\" } }\n";
    let (km, problems) = crate::keymap::Keymap::load(None, Some(("keymap.toml", user)));
    assert!(problems.is_empty(), "{problems:?}");
    let mut m = loaded_model();
    m.keymap = km;
    let fx = update(&mut m, key("P"));
    let [Effect::Update { patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(patch.status.as_deref(), Some("pending"));
    assert_eq!(m.mode(), Mode::Normal, "no picker");
    let fx = update(&mut m, key("M"));
    let [Effect::Update { patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(patch.assignee, Some(Id::from(1)));
}

#[test]
fn every_change_in_the_composer_is_kept_on_disk() {
    let mut m = loaded_model();
    update(&mut m, key("r"));
    let fx = update(
        &mut m,
        Msg::Key(ratatui::crossterm::event::KeyEvent::new(
            ratatui::crossterm::event::KeyCode::Char('H'),
            ratatui::crossterm::event::KeyModifiers::SHIFT,
        )),
    );
    assert_eq!(saved(&fx), Some(Some("H".into())));
    let fx = update(&mut m, Msg::Paste("ello".into()));
    assert_eq!(saved(&fx), Some(Some("Hello".into())));
    // Moving the cursor changes nothing: nothing to save.
    let fx = update(&mut m, key("left"));
    assert_eq!(saved(&fx), None);
    let fx = update(&mut m, key("esc"));
    assert_eq!(saved(&fx), Some(Some("Hello".into())));
}

#[test]
fn sending_moves_the_draft_into_the_write_in_one_step() {
    let mut m = loaded_model();
    let fx = send_reply(&mut m, "Done");
    // One effect: the runner puts the write in the outbox and removes the reply's draft file.
    let [
        Effect::Update {
            req,
            from_draft: Some(DraftKind::Reply),
            ..
        },
    ] = &fx[..]
    else {
        panic!("{fx:?}")
    };
    assert!(
        !m.writes
            .drafts
            .contains_key(&(Id::from(1001), DraftKind::Reply))
    );
    let fx = update(
        &mut m,
        Msg::Updated {
            posted: None,
            req: *req,
            ticket: Id::from(1001),
            result: Ok(tickets()[0].clone()),
        },
    );
    assert_eq!(saved(&fx), None, "nothing left to forget");
}

#[test]
fn a_reply_and_a_note_on_one_ticket_keep_their_own_drafts() {
    let mut m = loaded_model();
    update(&mut m, key("r"));
    typed(&mut m, "Dear customer, public text.");
    update(&mut m, key("esc"));
    update(&mut m, key("n"));
    assert_eq!(
        m.composer.as_ref().unwrap().text(),
        "",
        "the reply stays out"
    );
    typed(&mut m, "INTERNAL: do not refund");
    update(&mut m, key("esc"));
    update(&mut m, key("r"));
    assert_eq!(
        m.composer.as_ref().unwrap().text(),
        "Dear customer, public text.",
        "the note stays out of the reply"
    );
    let fx = update(&mut m, key("ctrl-s"));
    let [Effect::Update { patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    let msg = patch.message.as_ref().unwrap();
    assert_eq!(msg.body, "Dear customer, public text.");
    assert_eq!(msg.visibility, Visibility::Public);
    // The note is still there, alone.
    update(&mut m, key("n"));
    assert_eq!(
        m.composer.as_ref().unwrap().text(),
        "INTERNAL: do not refund"
    );
}

#[test]
fn an_escalation_note_starts_empty_beside_a_reply_draft() {
    let mut m = loaded_model();
    update(
        &mut m,
        Msg::Groups(Ok(vec![crate::helpdesk::Group {
            id: Id::from(77),
            name: "Billing".into(),
        }])),
    );
    update(&mut m, key("r"));
    typed(&mut m, "Your SMS reply");
    update(&mut m, key("esc"));
    update(&mut m, key("E"));
    update(&mut m, key("enter"));
    let c = m.composer.as_ref().unwrap();
    assert!(c.escalation.is_some());
    assert_eq!(c.text(), "", "not the reply's text");
    update(&mut m, key("esc"));
    assert_eq!(
        m.writes.drafts[&(Id::from(1001), DraftKind::Reply)].text,
        "Your SMS reply"
    );
}

#[test]
fn escalation_is_one_write_with_a_required_note() {
    let mut m = loaded_model();
    update(
        &mut m,
        Msg::Groups(Ok(vec![crate::helpdesk::Group {
            id: Id::from(77),
            name: "Billing".into(),
        }])),
    );
    update(&mut m, key("E"));
    assert_eq!(m.mode(), Mode::Pick);
    update(&mut m, key("enter"));
    assert_eq!(m.mode(), Mode::Compose);
    let c = m.composer.as_ref().unwrap();
    assert_eq!(c.visibility(), Visibility::Internal);
    assert_eq!(c.escalation.as_ref().unwrap().label, "group: Billing");
    assert!(
        update(&mut m, key("ctrl-s")).is_empty(),
        "the note is required"
    );
    typed(&mut m, "Customer charged twice");
    let fx = update(&mut m, key("ctrl-s"));
    let [Effect::Update { patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(patch.group, Some(Id::from(77)));
    assert_eq!(
        patch.priority.as_deref(),
        Some("urgent"),
        "urgent stays urgent"
    );
    let note = patch.message.as_ref().unwrap();
    assert_eq!(note.visibility, Visibility::Internal);
    assert_eq!(
        note.body,
        "⚑ Escalated to group: Billing\n\nCustomer charged twice"
    );
    // From a high ticket, priority rises to urgent; from normal to high.
    update(&mut m, key("j"));
    update(&mut m, key("j"));
    update(&mut m, key("E"));
    update(&mut m, key("enter"));
    typed(&mut m, "x");
    let fx = update(&mut m, key("ctrl-s"));
    let [Effect::Update { patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(patch.priority.as_deref(), Some("high"), "#1003 was normal");
}

#[test]
fn a_text_response_that_sets_a_status_sends_it_with_the_text() {
    let mut m = loaded_model();
    let mut own = canned()[0].clone();
    own.kind = crate::helpdesk::CannedKind::Text;
    own.sets_status = Some("solved".into());
    m.canned.list = Loaded::Ready(vec![own]);
    update(&mut m, key("c"));
    update(&mut m, key("enter"));
    assert_eq!(m.mode(), Mode::Compose);
    let fx = update(&mut m, key("ctrl-s"));
    let [Effect::Update { patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(patch.status.as_deref(), Some("solved"));
    assert!(patch.message.is_some());
}

#[test]
fn a_macros_fields_stay_with_its_draft_when_the_composer_closes() {
    let mut m = macro_model();
    previewed(&mut m);
    update(&mut m, key("e"));
    typed(&mut m, " PS");
    let fx = update(&mut m, key("esc"));
    let [Effect::SaveDraft { draft: Some(d), .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(d.fields.status.as_deref(), Some("solved"), "on disk too");
    // Back to the ticket: the text and the macro's changes come back, and go out together.
    update(&mut m, key("r"));
    assert_eq!(
        m.composer.as_ref().unwrap().fields.status.as_deref(),
        Some("solved")
    );
    let fx = update(&mut m, key("ctrl-s"));
    let [Effect::Update { patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(patch.status.as_deref(), Some("solved"));
    assert!(patch.tags.is_some());
    assert!(patch.message.as_ref().unwrap().body.ends_with("PS"));
}

#[test]
fn canned_text_is_its_own_paragraph_after_a_draft_and_can_be_undone() {
    let mut m = loaded_model();
    // Into an empty composer, it is the text.
    update(&mut m, key("c"));
    update(&mut m, key("enter"));
    let canned = m.composer.as_ref().unwrap().text();
    assert!(canned.starts_with("Hi Ana,"), "{canned}");
    update(&mut m, key("ctrl-u"));
    update(&mut m, key("esc"));
    // Into a draft whose cursor sits mid-line, it goes after the draft, apart.
    update(&mut m, key("r"));
    typed(&mut m, "Second line typed before");
    update(&mut m, key("home"));
    update(&mut m, key("esc"));
    update(&mut m, key("c"));
    update(&mut m, key("enter"));
    let text = m.composer.as_ref().unwrap().text();
    assert_eq!(text, format!("Second line typed before\n\n{canned}"));
    // One undo takes the insertion back whole.
    update(&mut m, key("ctrl-u"));
    assert_eq!(
        m.composer.as_ref().unwrap().text(),
        "Second line typed before"
    );
}

#[test]
fn ctrl_c_in_the_composer_quits_and_keeps_the_text_as_a_draft() {
    let mut m = loaded_model();
    update(&mut m, key("r"));
    typed(&mut m, "Half a reply");
    let fx = update(&mut m, key("ctrl-c"));
    assert!(fx.contains(&Effect::Quit), "{fx:?}");
    assert!(m.quit);
    let kept = m
        .writes
        .drafts
        .get(&(Id::from(1001), DraftKind::Reply))
        .expect("the reply is kept as a draft");
    assert_eq!(kept.text, "Half a reply");
}

#[test]
fn confirmations_name_the_ticket_by_number_and_subject() {
    let mut m = loaded_model();
    update(&mut m, key("s"));
    update(&mut m, key("j"));
    let fx = update(&mut m, key("enter"));
    let said = |m: &Model| {
        m.log
            .notice
            .as_ref()
            .map(|n| n.text.clone())
            .unwrap_or_default()
    };
    assert!(
        said(&m).contains("#1001 Refund not received"),
        "{}",
        said(&m)
    );
    let Some(Effect::Update { req, .. }) = fx.first() else {
        panic!("{fx:?}")
    };
    let mut t = m.queue.tickets[0].clone();
    t.status.raw = "pending".into();
    update(
        &mut m,
        Msg::Updated {
            posted: None,
            req: *req,
            ticket: t.id.clone(),
            result: Ok(t),
        },
    );
    assert!(
        said(&m).starts_with("#1001 Refund not received") && said(&m).ends_with("updated"),
        "{}",
        said(&m)
    );
    update(&mut m, key("T"));
    typed(&mut m, "+refund");
    update(&mut m, key("enter"));
    update(&mut m, key("T"));
    update(&mut m, key("esc"));
    update(&mut m, key("r"));
    typed(&mut m, "Hello");
    update(&mut m, key("esc"));
    assert!(
        said(&m).contains("draft kept for #1001 Refund not received"),
        "{}",
        said(&m)
    );
}

/// The confirmed write, as the runner reports it: `ticket` comes back from the helpdesk.
fn confirm(m: &mut Model, fx: &[Effect], ticket: crate::helpdesk::Ticket) -> Vec<Effect> {
    let [Effect::Update { req, .. }] = fx else {
        panic!("{fx:?}")
    };
    update(
        m,
        Msg::Updated {
            posted: None,
            req: *req,
            ticket: ticket.id.clone(),
            result: Ok(ticket),
        },
    )
}

fn reads(fx: &[Effect]) -> Vec<&'static str> {
    fx.iter()
        .filter_map(|e| match e {
            Effect::LoadConversation { .. } => Some("conversation"),
            Effect::LoadCustomer { .. } => Some("customer"),
            Effect::LoadTicket { .. } => Some("ticket"),
            _ => None,
        })
        .collect()
}

#[test]
fn a_confirmed_status_change_reads_nothing_again() {
    // Over a slow link each read again cost the agent a round trip and kilobytes: a status
    // change adds no message, and the customer's list takes the new status from the answer.
    let mut m = loaded_model();
    update(&mut m, key("s"));
    update(&mut m, key("j"));
    let fx = update(&mut m, key("enter"));
    let mut done = tickets()[0].clone();
    done.status = crate::helpdesk::zendesk::status_of("pending");
    let fx = confirm(&mut m, &fx, done);
    assert_eq!(reads(&fx), Vec::<&str>::new(), "{fx:?}");
    assert!(matches!(
        m.conversations.loaded.get(&Id::from(1001)),
        Some(Loaded::Ready(_))
    ));
    let Some(Loaded::Ready((_, theirs))) = m.customers.loaded.get(&Id::from(7)) else {
        panic!("the customer is still shown")
    };
    let mine = theirs.iter().find(|t| t.id.0 == "1001").unwrap();
    assert_eq!(mine.status.raw, "pending");
}

#[test]
fn a_confirmed_reply_reads_the_conversation_again_behind_the_one_shown() {
    let mut m = loaded_model();
    let fx = send_reply(&mut m, "On it!");
    let fx = confirm(&mut m, &fx, tickets()[0].clone());
    assert_eq!(reads(&fx), vec!["conversation"], "{fx:?}");
    // The thread stays on screen (no "Loading…" flash, no full redraw) until the new one comes.
    let Some(Loaded::Ready(shown)) = m.conversations.loaded.get(&Id::from(1001)) else {
        panic!("the conversation is still shown")
    };
    assert_eq!(shown, &messages());
    assert!(
        !m.link.in_flight.is_empty(),
        "the status bar says a read is on its way"
    );
    let Some(req) = fx.iter().find_map(|e| match e {
        Effect::LoadConversation { req, .. } => Some(req),
        _ => None,
    }) else {
        panic!("{fx:?}")
    };
    let mut fresh = messages();
    fresh.truncate(1);
    update(
        &mut m,
        Msg::Conversation {
            req: *req,
            ticket: Id::from(1001),
            result: Ok(fresh.clone()),
            saved: None,
        },
    );
    assert!(
        matches!(m.conversations.loaded.get(&Id::from(1001)), Some(Loaded::Ready(f)) if *f == fresh)
    );
    assert!(m.link.in_flight.is_empty());
}

#[test]
fn the_agents_own_canned_responses_follow_the_helpdesks_and_stand_in_for_them() {
    let mut m = loaded_model();
    let remote = canned();
    let mut own = remote[0].clone();
    own.id = Id("local:mine.md".into());
    own.title = "Mine".into();
    m.canned.local = vec![own.clone()];
    update(&mut m, Msg::Canned(Ok(remote.clone())));
    let both = m.canned.list.ready().unwrap();
    assert_eq!(both.len(), remote.len() + 1);
    assert_eq!(both.last().unwrap().title, "Mine");
    let down = HelpdeskError::new(ErrorKind::Network, "connection refused");
    update(&mut m, Msg::Canned(Err(down.clone())));
    assert_eq!(m.canned.list.ready(), Some(&vec![own]));
    let said = m
        .log
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(said.contains("showing your own"), "{said}");
    m.canned.local.clear();
    update(&mut m, Msg::Canned(Err(down)));
    assert!(matches!(m.canned.list, Loaded::Failed(_)));
}

/// `update`'s notices are in the agent's language, the helpdesk's words (the subject) as they are.
#[test]
fn notices_speak_the_agents_language() {
    let mut m = loaded_model_with(|m| m.lang = crate::i18n::Lang::Ro);
    send_reply(&mut m, "Mulțumim!");
    let said = m.log.notice.as_ref().unwrap().text.clone();
    assert_eq!(
        said,
        "Se trimite răspunsul la #1001 Refund not received 💸…"
    );

    let mut m = empty_model();
    m.lang = crate::i18n::Lang::Et;
    update(&mut m, key("r"));
    let said = m.log.notice.as_ref().unwrap().text.clone();
    assert_eq!(said, "Ühtegi piletit pole valitud");
}
