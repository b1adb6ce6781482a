//! `update` as pure state transitions: (model, msg) → (model', effects).

use super::fixtures::*;
use super::model::*;
use super::msg::{Effect, Msg};
use super::update::{init, update};
use crate::helpdesk::{ErrorKind, HelpdeskError, Id, Visibility};

fn ids(m: &Model) -> Vec<String> {
    m.visible
        .iter()
        .map(|&i| m.tickets[i].id.0.clone())
        .collect()
}

#[test]
fn start_asks_for_identity_views_canned_and_agents() {
    let mut m = empty_model();
    assert_eq!(
        init(&mut m),
        vec![
            Effect::LoadMe,
            Effect::LoadViews,
            Effect::LoadCanned,
            Effect::LoadAgents,
            Effect::LoadGroups,
            Effect::LoadVocabulary
        ]
    );
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
        Effect::LoadCustomer { customer, .. }
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
fn tab_cycles_focus_and_j_scrolls_the_focused_panel() {
    let mut m = loaded_model();
    update(&mut m, key("tab"));
    assert_eq!(m.focus, Focus::Conversation);
    update(&mut m, key("j"));
    assert_eq!(m.conversation_scroll, 1);
    assert_eq!(m.selected, 0, "the queue did not move");
    update(&mut m, key("backtab"));
    assert_eq!(m.focus, Focus::Queue);
}

#[test]
fn filter_narrows_the_queue_as_you_type() {
    let mut m = loaded_model();
    update(&mut m, key("/"));
    assert_eq!(m.mode, Mode::Filter);
    typed(&mut m, "войти");
    assert_eq!(ids(&m), ["1002"]);
    assert_eq!(m.current().unwrap().id.0, "1002");
    update(&mut m, key("enter"));
    assert_eq!(m.mode, Mode::Normal);
    update(&mut m, key("/"));
    update(&mut m, key("esc"));
    assert_eq!(ids(&m).len(), 5);
}

fn send_reply(m: &mut Model, text: &str) -> Vec<Effect> {
    update(m, key("r"));
    typed(m, text);
    update(m, key("ctrl-s"))
}

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
            req: *req,
            ticket: Id::from(1001),
            result: Ok(tickets()[0].clone()),
        },
    );
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::LoadConversation { ticket, .. } if ticket.0 == "1001"))
    );
    assert!(m.drafts.is_empty());
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
            req: *req,
            ticket: Id::from(1001),
            result: Err(HelpdeskError::new(ErrorKind::Network, "connection refused")),
        },
    );
    assert_eq!(
        m.drafts[&(Id::from(1001), DraftKind::Reply)].text,
        "Hello Ana"
    );
    assert!(m.notice.as_ref().unwrap().error);
    assert!(matches!(m.connection, Connection::Offline { .. }));
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
        m.drafts[&(Id::from(1001), DraftKind::Note)].text,
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
    assert_eq!(m.mode, Mode::Compose);
}

#[test]
fn canned_list_filters() {
    let mut m = loaded_model();
    update(&mut m, key("c"));
    update(&mut m, key("/"));
    typed(&mut m, "passw");
    assert_eq!(m.selected_canned().unwrap().title, "Password reset");
}

#[test]
fn status_picker_sends_one_update() {
    let mut m = loaded_model();
    update(&mut m, key("s"));
    assert_eq!(m.mode, Mode::Pick);
    let p = m.picker.as_ref().unwrap();
    assert_eq!(
        p.options[p.selected].0, "open",
        "starts on the current status"
    );
    update(&mut m, key("j"));
    let fx = update(&mut m, key("enter"));
    let [Effect::Update { ticket, patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(ticket.0, "1001");
    assert_eq!(patch.status.as_deref(), Some("pending"));
    assert!(patch.message.is_none());
}

/// The first ticket (#1001, open) on an RT helpdesk: RT's lifecycle, as the RT adapter gives it.
fn rt_model() -> Model {
    let mut m = loaded_model();
    update(
        &mut m,
        Msg::Vocabulary(crate::helpdesk::rt::rt_vocabulary()),
    );
    m
}

fn patch_of(fx: &[Effect]) -> &crate::helpdesk::TicketPatch {
    match fx {
        [Effect::Update { patch, .. }] => patch,
        _ => panic!("{fx:?}"),
    }
}

#[test]
fn the_status_picker_offers_the_helpdesks_own_statuses_and_sends_its_word() {
    let mut m = rt_model();
    update(&mut m, key("s"));
    let p = m.picker.as_ref().unwrap();
    let offered: Vec<&str> = p.options.iter().map(|(raw, _)| raw.as_str()).collect();
    assert_eq!(
        offered,
        ["new", "open", "stalled", "resolved", "rejected", "deleted"]
    );
    assert_eq!(p.options[p.selected].0, "open", "starts on the status now");
    update(&mut m, key("j"));
    let fx = update(&mut m, key("enter"));
    assert_eq!(patch_of(&fx).status.as_deref(), Some("stalled"));
    // Priorities too: RT's numbers, the ticket's (urgent) found by its level.
    update(&mut m, key("p"));
    let p = m.picker.as_ref().unwrap();
    let offered: Vec<&str> = p.options.iter().map(|(_, label)| label.as_str()).collect();
    assert_eq!(offered, ["low", "normal", "high", "urgent"]);
    assert_eq!(p.options[p.current.unwrap()].0, "100");
    update(&mut m, key("k"));
    let fx = update(&mut m, key("enter"));
    assert_eq!(patch_of(&fx).priority.as_deref(), Some("50"));
}

#[test]
fn a_bindings_kind_of_status_is_the_helpdesks_first_of_that_kind() {
    let user = "[queue]\n\"P\" = { action = \"ticket.set-status\", args = { status = \"pending\" } }\n\"S\" = { action = \"ticket.set-status\", args = { status = \"solved\" } }\n\"B\" = { action = \"ticket.set-status\", args = { status = \"triage\" } }\n";
    let (km, problems) = crate::keymap::Keymap::load(None, Some(("keymap.toml", user)));
    assert!(problems.is_empty(), "{problems:?}");
    let mut m = rt_model();
    m.keymap = km;
    let fx = update(&mut m, key("P"));
    assert_eq!(patch_of(&fx).status.as_deref(), Some("stalled"));
    let fx = update(&mut m, key("S"));
    assert_eq!(patch_of(&fx).status.as_deref(), Some("resolved"));
    // A word the helpdesk does not know writes nothing and says what it knows.
    let fx = update(&mut m, key("B"));
    assert!(
        fx.iter().all(|e| !matches!(e, Effect::Update { .. })),
        "{fx:?}"
    );
    let said = m
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(
        said.contains("triage") && said.contains("stalled"),
        "{said}"
    );
}

#[test]
fn a_custom_status_is_named_by_its_label_and_written_by_its_id() {
    use crate::helpdesk::{Status, StatusCategory};
    let mut m = loaded_model();
    // #1001 was read before the list came: Zendesk says pending, its custom status 9001.
    m.tickets[0].status = Status {
        category: StatusCategory::Pending,
        raw: "9001".into(),
        label: "pending".into(),
    };
    let mut v = crate::helpdesk::zendesk::zendesk_vocabulary();
    v.statuses.insert(
        3,
        Status {
            category: StatusCategory::Pending,
            raw: "9001".into(),
            label: "Waiting on vendor".into(),
        },
    );
    update(&mut m, Msg::Vocabulary(v));
    assert_eq!(m.tickets[0].status.label, "Waiting on vendor");
    // The filter finds it by that name too.
    update(&mut m, key("/"));
    typed(&mut m, "vendor");
    assert_eq!(ids(&m), ["1001"]);
    update(&mut m, key("esc"));
    update(&mut m, key("esc"));
    update(&mut m, key("s"));
    let p = m.picker.as_ref().unwrap();
    assert_eq!(p.options[p.current.unwrap()].1, "Waiting on vendor");
    update(&mut m, key("k"));
    let fx = update(&mut m, key("enter"));
    assert_eq!(patch_of(&fx).status.as_deref(), Some("pending"));
    update(&mut m, key("s"));
    update(&mut m, key("j"));
    let fx = update(&mut m, key("enter"));
    assert_eq!(patch_of(&fx).status.as_deref(), Some("hold"));
}

#[test]
fn before_the_statuses_are_known_the_picker_says_so() {
    let mut m = loaded_model();
    m.vocabulary = Default::default();
    let fx = update(&mut m, key("s"));
    assert!(fx.is_empty() && m.picker.is_none());
    assert_eq!(m.mode, Mode::Normal);
}

#[test]
fn assignee_picker_offers_me_first() {
    let mut m = loaded_model();
    update(
        &mut m,
        Msg::Agents(Ok(vec![
            crate::helpdesk::Agent {
                id: Id::from(2),
                name: "Maria Ionescu".into(),
                email: None,
            },
            me(),
        ])),
    );
    update(&mut m, key("a"));
    let fx = update(&mut m, key("enter"));
    let [Effect::Update { patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(patch.assignee, Some(Id::from(1)));
}

#[test]
fn customer_panel_opens_other_tickets() {
    let mut m = loaded_model();
    update(&mut m, key("tab"));
    update(&mut m, key("tab"));
    assert_eq!(m.focus, Focus::Customer);
    update(&mut m, key("j"));
    update(&mut m, key("j"));
    // #640 is solved, so not in the queue: it is pinned in the conversation panel.
    let fx = update(&mut m, key("enter"));
    assert_eq!(m.current().unwrap().id.0, "640");
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::LoadConversation { ticket, .. } if ticket.0 == "640"))
    );
    assert_eq!(m.focus, Focus::Conversation);
}

#[test]
fn help_is_searchable_and_closes_on_esc_and_q_quits() {
    let mut m = loaded_model();
    update(&mut m, key("?"));
    assert_eq!(m.mode, Mode::Help);
    typed(&mut m, "reply");
    assert_eq!(m.help_query, "reply");
    assert!(!m.quit, "q typed into the search is text");
    update(&mut m, key("esc"));
    assert_eq!(m.mode, Mode::Normal);
    assert_eq!(update(&mut m, key("q")), vec![Effect::Quit]);
    assert!(m.quit);
}

#[test]
fn palette_runs_actions_and_inserts_canned_responses() {
    let mut m = loaded_model();
    update(&mut m, key(":"));
    assert_eq!(m.mode, Mode::Palette);
    typed(&mut m, "internal note");
    update(&mut m, key("enter"));
    assert_eq!(m.mode, Mode::Compose);
    assert_eq!(
        m.composer.as_ref().unwrap().visibility(),
        Visibility::Internal
    );
    update(&mut m, key("esc"));
    update(&mut m, key("ctrl-p"));
    typed(&mut m, "password reset");
    update(&mut m, key("enter"));
    assert_eq!(
        m.composer.as_ref().unwrap().text(),
        "Hi Ana, use the reset link."
    );
}

#[test]
fn sequences_wait_for_their_second_key() {
    let (km, _) = crate::keymap::Keymap::load(Some("vim"), None);
    let mut m = loaded_model();
    m.keymap = km;
    update(&mut m, key("G"));
    assert_eq!(m.selected, 4);
    update(&mut m, key("g"));
    assert_eq!(m.pending_keys.len(), 1, "waiting after the first g");
    assert_eq!(m.selected, 4);
    update(&mut m, key("g"));
    assert!(m.pending_keys.is_empty());
    assert_eq!(m.selected, 0);
    // A broken sequence is dropped, not run.
    update(&mut m, key("g"));
    update(&mut m, key("x"));
    assert!(m.pending_keys.is_empty());
    assert_eq!(m.selected, 0);
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
    assert_eq!(m.mode, Mode::Normal, "no picker");
    let fx = update(&mut m, key("M"));
    let [Effect::Update { patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(patch.assignee, Some(Id::from(1)));
}

#[test]
fn q_in_the_composer_is_text() {
    let mut m = loaded_model();
    update(&mut m, key("r"));
    typed(&mut m, "q");
    assert!(!m.quit);
    assert_eq!(m.composer.as_ref().unwrap().text(), "q");
}

#[test]
fn clicks_select_and_the_wheel_scrolls() {
    use ratatui::crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mouse = |kind, column, row| {
        Msg::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    let mut m = loaded_model();
    m.size = (120, 40);
    // Queue at the top left: border row 0, header row 1, tickets from row 2.
    let fx = update(
        &mut m,
        mouse(MouseEventKind::Down(MouseButton::Left), 10, 4),
    );
    assert_eq!(m.current().unwrap().id.0, "1003");
    assert!(!fx.is_empty(), "the panels follow");
    // A click in the conversation (right column) focuses it; the wheel scrolls it.
    update(
        &mut m,
        mouse(MouseEventKind::Down(MouseButton::Left), 100, 10),
    );
    assert_eq!(m.focus, Focus::Conversation);
    update(&mut m, mouse(MouseEventKind::ScrollDown, 100, 10));
    assert_eq!(m.conversation_scroll, 3);
    assert_eq!(m.current().unwrap().id.0, "1003");
}

#[test]
fn privacy_masks_until_revealed_for_this_ticket_only() {
    let mut m = loaded_model();
    assert!(m.masked());
    update(&mut m, key("v"));
    assert!(!m.masked());
    update(&mut m, key("j"));
    assert!(m.masked(), "another ticket stays masked");
    update(&mut m, key("k"));
    assert!(!m.masked());
    update(&mut m, key("v"));
    assert!(m.masked());
}

fn saved(fx: &[Effect]) -> Option<Option<String>> {
    fx.iter().rev().find_map(|e| match e {
        Effect::SaveDraft { draft, .. } => Some(draft.as_ref().map(|d| d.text.clone())),
        _ => None,
    })
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
    assert!(!m.drafts.contains_key(&(Id::from(1001), DraftKind::Reply)));
    let fx = update(
        &mut m,
        Msg::Updated {
            req: *req,
            ticket: Id::from(1001),
            result: Ok(tickets()[0].clone()),
        },
    );
    assert_eq!(saved(&fx), None, "nothing left to forget");
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
    let req = m.view_req.unwrap();
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
    let Effect::Alert { text, bell } = alerts[0] else {
        unreachable!()
    };
    assert_eq!(text, "3 tickets at or near SLA breach (first: #1001, -30m)");
    assert!(bell);
    assert!(m.alert.is_some());
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
    m.alert_settings.bell = false;
    update(&mut m, Msg::Tick(now()));
    update(&mut m, key("R"));
    let req = m.view_req.unwrap();
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
        Effect::Alert { text, bell } => Some((text.clone(), *bell)),
        _ => None,
    });
    assert_eq!(alert, Some(("new urgent/VIP: #2001".to_string(), false)));
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
        Msg::Groups(Ok(vec![crate::helpdesk::View {
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
        m.drafts[&(Id::from(1001), DraftKind::Reply)].text,
        "Your SMS reply"
    );
}

#[test]
fn escalation_is_one_write_with_a_required_note() {
    let mut m = loaded_model();
    update(
        &mut m,
        Msg::Groups(Ok(vec![crate::helpdesk::View {
            id: Id::from(77),
            name: "Billing".into(),
        }])),
    );
    update(&mut m, key("E"));
    assert_eq!(m.mode, Mode::Pick);
    update(&mut m, key("enter"));
    assert_eq!(m.mode, Mode::Compose);
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
        .insert(Id::from(1002), Loaded::Ready(vec![]));
    let fx = update(
        &mut m,
        Msg::Updated {
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
    let s = crate::metrics::summarize(&m.metrics, &m.tz);
    assert_eq!(s.handled, 1, "#1002 was answered; #1001 was only looked at");
    assert_eq!(
        s.average_handle_secs,
        Some(90),
        "looking still counts as handle time"
    );
    assert_eq!(s.fcr_rate, Some(1.0));
}

#[test]
fn low_bandwidth_mode_opens_on_enter_or_after_a_rest() {
    let mut m = empty_model();
    m.low_bandwidth = true;
    init(&mut m);
    update(
        &mut m,
        Msg::Views(Ok(vec![crate::helpdesk::View {
            id: Id::from(1),
            name: "v".into(),
        }])),
    );
    let req = m.view_req.unwrap();
    let fx = update(
        &mut m,
        Msg::ViewPage {
            req,
            tickets: tickets(),
            loaded: 5,
            total: Some(5),
        },
    );
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

/// `n` open tickets from id `first`, their clocks running out a minute apart (the view's order).
fn ordered(first: u64, n: u64) -> Vec<crate::helpdesk::Ticket> {
    (0..n)
        .map(|i| {
            let mut t = ticket(first + i, "Paged", "open", "normal", "email", 1);
            t.sla[0].due_at = Some(now() + jiff::SignedDuration::from_mins((first + i) as i64));
            t
        })
        .collect()
}

/// The loading page arrives (`tickets`), then the load ends with cursor `next`; the end's effects.
fn deliver(
    m: &mut Model,
    tickets: Vec<crate::helpdesk::Ticket>,
    next: Option<&str>,
) -> Vec<Effect> {
    let req = m.view_req.expect("a load in flight");
    let loaded = tickets.len();
    update(
        m,
        Msg::ViewPage {
            req,
            tickets,
            loaded,
            total: None,
        },
    );
    update(
        m,
        Msg::ViewDone {
            req,
            result: Ok(next.map(String::from)),
        },
    )
}

/// A model showing the top 50 tickets of a longer, ordered view; the next page's cursor is "p2".
fn windowed_model() -> Model {
    let mut m = empty_model();
    m.load_window = Some(50);
    // Two hours' warning: every ticket of the first two pages is near its breach.
    m.alert_settings.minutes = 120;
    init(&mut m);
    update(&mut m, Msg::Tick(now()));
    let fx = update(
        &mut m,
        Msg::Views(Ok(vec![crate::helpdesk::View {
            id: Id::from(1),
            name: "All unsolved".into(),
        }])),
    );
    let req = m.view_req.unwrap();
    assert!(
        matches!(
            &fx[..],
            [Effect::LoadView {
                from: None,
                want: Some(50),
                ..
            }]
        ),
        "only the window is asked for: {fx:?}"
    );
    let page = |tickets| Msg::ViewPage {
        req,
        tickets,
        loaded: 50,
        total: Some(1000),
    };
    update(&mut m, page(ordered(1, 50)));
    let fx = update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(Some("p2".into())),
        },
    );
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::LoadView { .. })),
        "the window fills the screen: nothing more yet: {fx:?}"
    );
    m
}

#[test]
fn an_ordered_view_loads_its_next_page_only_when_the_selection_nears_the_end() {
    let mut m = windowed_model();
    assert_eq!(m.more.as_deref(), Some("p2"));
    assert_eq!(m.view_total, Some(1000));
    let synced = m.synced_at;
    // Ten rows down, the last loaded row is within a screenful (40 rows): the next page is asked.
    let mut asked = vec![];
    for _ in 0..10 {
        asked.extend(update(&mut m, key("j")));
    }
    let loads: Vec<_> = asked
        .iter()
        .filter_map(|e| match e {
            Effect::LoadView { from, want, .. } => Some((from.clone(), *want)),
            _ => None,
        })
        .collect();
    assert_eq!(loads, vec![(Some("p2".to_string()), Some(1))]);
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
fn a_filter_walks_the_view_page_by_page_until_the_screen_is_full() {
    let mut m = windowed_model();
    // Nothing loaded matches: the next page is asked at once.
    let fx = {
        let mut fx = update(&mut m, key("/"));
        for c in "zzz".chars() {
            fx.extend(update(&mut m, key(&c.to_string())));
        }
        fx
    };
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::LoadView { from: Some(c), .. } if c == "p2")),
        "{fx:?}"
    );
    let fx = deliver(&mut m, ordered(51, 50), Some("p3"));
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::LoadView { from: Some(c), .. } if c == "p3")),
        "still no match: the walk goes on: {fx:?}"
    );
    let req = m.view_req.unwrap();
    let fx = update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(None),
        },
    );
    assert!(m.more.is_none());
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::LoadView { .. })),
        "the end"
    );
}

#[test]
fn a_refresh_of_a_window_asks_for_as_much_as_was_scrolled_through() {
    let mut m = windowed_model();
    let req = m.view_req;
    assert!(req.is_none());
    for _ in 0..10 {
        update(&mut m, key("j"));
    }
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
    for _ in 0..10 {
        update(&mut m, key("j"));
    }
    let mut page = ordered(51, 50);
    page[0].priority = ticket(51, "Paged", "open", "urgent", "email", 1).priority;
    let fx = deliver(&mut m, page, None);
    update(&mut m, Msg::Tick(now()));
    assert_eq!(m.alert, None, "nothing arrived: {fx:?}");
}

/// Enter on the macro in the canned panel: the preview is asked for; the popup shows at once.
fn choose_macro(m: &mut Model) -> super::msg::ReqId {
    update(m, key("c"));
    let fx = update(m, key("enter"));
    let [
        Effect::PreviewMacro {
            req,
            ticket,
            canned,
        },
    ] = &fx[..]
    else {
        panic!("{fx:?}")
    };
    assert_eq!((ticket.0.as_str(), canned.0.as_str()), ("1001", "1"));
    assert_eq!(m.mode, Mode::Macro);
    assert!(m.composer.is_none(), "a macro is not inserted as text");
    assert_eq!(
        m.macro_popup.as_ref().unwrap().preview,
        Loaded::Loading,
        "the UI does not wait"
    );
    *req
}

fn previewed(m: &mut Model) -> super::msg::ReqId {
    let req = choose_macro(m);
    let fx = update(
        m,
        Msg::MacroPreview {
            req,
            ticket: Id::from(1001),
            result: Ok(Some(macro_preview())),
        },
    );
    assert!(fx.is_empty());
    assert_eq!(
        m.macro_popup.as_ref().unwrap().preview,
        Loaded::Ready(macro_preview())
    );
    req
}

#[test]
fn a_macro_is_previewed_then_applied_as_one_update() {
    let mut m = macro_model();
    previewed(&mut m);
    // Keys of the panels behind do nothing while the preview is open.
    assert!(update(&mut m, key("j")).is_empty());
    assert_eq!(m.mode, Mode::Macro);
    let fx = update(&mut m, key("y"));
    let [
        Effect::Update {
            req, ticket, patch, ..
        },
    ] = &fx[..]
    else {
        panic!("{fx:?}")
    };
    assert_eq!(ticket.0, "1001");
    assert_eq!(patch.status.as_deref(), Some("solved"));
    assert_eq!(patch.group, Some(Id::from(31)));
    assert_eq!(
        patch.tags.as_deref(),
        Some(&["refund".to_string(), "refund_issued".to_string()][..])
    );
    assert_eq!(patch.priority, None, "unchanged fields are not sent");
    let msg = patch.message.as_ref().unwrap();
    assert_eq!(msg.visibility, Visibility::Public);
    assert!(msg.body.starts_with("Hi Ana,"));
    assert_eq!(m.mode, Mode::Normal);
    assert!(m.macro_popup.is_none());
    // A failed write gives the comment back as a draft, as for a typed reply.
    update(
        &mut m,
        Msg::Updated {
            req: *req,
            ticket: Id::from(1001),
            result: Err(HelpdeskError::new(ErrorKind::Conflict, "changed meanwhile")),
        },
    );
    assert!(
        m.drafts[&(Id::from(1001), DraftKind::Reply)]
            .text
            .starts_with("Hi Ana,")
    );
}

#[test]
fn enter_applies_too_and_esc_cancels_with_nothing_sent() {
    let mut m = macro_model();
    previewed(&mut m);
    assert!(matches!(
        &update(&mut m, key("enter"))[..],
        [Effect::Update { .. }]
    ));

    let mut m = macro_model();
    let req = previewed(&mut m);
    assert!(update(&mut m, key("esc")).is_empty());
    assert_eq!(m.mode, Mode::Normal);
    assert!(m.macro_popup.is_none());
    assert!(m.sending.is_empty() && m.composer.is_none());
    // A preview arriving after the cancel is dropped.
    let late = update(
        &mut m,
        Msg::MacroPreview {
            req,
            ticket: Id::from(1001),
            result: Ok(Some(macro_preview())),
        },
    );
    assert!(late.is_empty() && m.macro_popup.is_none());
}

#[test]
fn a_macro_still_loading_cannot_be_applied_and_a_failed_preview_sends_nothing() {
    let mut m = macro_model();
    let req = choose_macro(&mut m);
    assert!(update(&mut m, key("y")).is_empty());
    assert_eq!(m.mode, Mode::Macro);
    update(
        &mut m,
        Msg::MacroPreview {
            req,
            ticket: Id::from(1001),
            result: Err(HelpdeskError::new(ErrorKind::NotFound, "no such macro")),
        },
    );
    assert!(matches!(
        m.macro_popup.as_ref().unwrap().preview,
        Loaded::Failed(_)
    ));
    assert!(update(&mut m, key("y")).is_empty());
    update(&mut m, key("esc"));
    assert_eq!(m.mode, Mode::Normal);
}

#[test]
fn a_macros_comment_can_be_edited_and_its_fields_go_with_the_send() {
    let mut m = macro_model();
    previewed(&mut m);
    update(&mut m, key("e"));
    assert_eq!(m.mode, Mode::Compose);
    let c = m.composer.as_ref().unwrap();
    assert!(c.text().starts_with("Hi Ana,"));
    assert_eq!(c.fields.status.as_deref(), Some("solved"));
    assert!(c.fields.message.is_none());
    typed(&mut m, " PS: sorry!");
    let fx = update(&mut m, key("ctrl-s"));
    let [Effect::Update { patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(patch.status.as_deref(), Some("solved"));
    assert_eq!(patch.group, Some(Id::from(31)));
    assert!(patch.tags.is_some());
    assert!(patch.message.as_ref().unwrap().body.ends_with("PS: sorry!"));
}

#[test]
fn a_macro_without_a_preview_is_inserted_as_text_and_text_canned_responses_are_unchanged() {
    let mut m = macro_model();
    let req = choose_macro(&mut m);
    update(
        &mut m,
        Msg::MacroPreview {
            req,
            ticket: Id::from(1001),
            result: Ok(None),
        },
    );
    assert_eq!(m.mode, Mode::Compose);
    assert!(m.composer.as_ref().unwrap().text().starts_with("Hi Ana,"));
    // Without a preview, what the list knew of the macro (the status it sets) goes with the text.
    let fields = &m.composer.as_ref().unwrap().fields;
    assert_eq!(fields.status.as_deref(), Some("solved"));
    assert_eq!((fields.group.as_ref(), fields.tags.as_ref()), (None, None));
    // A text response (the second) goes straight into the composer.
    let mut m = macro_model();
    update(&mut m, key("c"));
    update(&mut m, key("j"));
    let fx = update(&mut m, key("enter"));
    assert!(!fx.iter().any(|e| matches!(e, Effect::PreviewMacro { .. })));
    assert_eq!(m.mode, Mode::Compose);
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
fn a_text_response_that_sets_a_status_sends_it_with_the_text() {
    let mut m = loaded_model();
    let mut own = canned()[0].clone();
    own.kind = crate::helpdesk::CannedKind::Text;
    own.sets_status = Some("solved".into());
    m.canned = Loaded::Ready(vec![own]);
    update(&mut m, key("c"));
    update(&mut m, key("enter"));
    assert_eq!(m.mode, Mode::Compose);
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
    let s = crate::metrics::summarize(&m.metrics, &jiff::tz::TimeZone::UTC);
    assert_eq!(s.handled, 2, "{:?}", m.metrics);
    assert_eq!(s.replies, 2);
}

#[test]
fn a_ticket_is_opened_by_its_number() {
    let mut m = loaded_model();
    // In the queue: selected there.
    update(&mut m, key("#"));
    assert_eq!(m.mode, Mode::Palette);
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

fn three_views() -> Vec<crate::helpdesk::View> {
    ["My open tickets", "Unowned open tickets", "All open"]
        .iter()
        .enumerate()
        .map(|(i, name)| crate::helpdesk::View {
            id: Id::from(10 + i as u64),
            name: name.to_string(),
        })
        .collect()
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
    assert_eq!(m.mode, Mode::Pick);
    assert_eq!(m.picker.as_ref().unwrap().selected, 0);
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
    // Cycling wraps around; a number jumps.
    assert_eq!(
        loaded_view(&update(&mut m, key("]"))).as_deref(),
        Some("12")
    );
    assert_eq!(
        loaded_view(&update(&mut m, key("]"))).as_deref(),
        Some("10")
    );
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
fn prompts_edit_like_a_shell_line_and_esc_drops_an_accepted_filter() {
    let mut m = loaded_model();
    update(&mut m, key("/"));
    typed(&mut m, "refund not");
    update(&mut m, key("ctrl-w"));
    assert_eq!(m.filter, "refund ");
    update(&mut m, key("ctrl-u"));
    assert_eq!(m.filter, "", "ctrl-u clears, it does not type a u");
    typed(&mut m, "Refund");
    update(&mut m, key("enter"));
    assert_eq!(m.mode, Mode::Normal);
    assert_eq!(ids(&m), vec!["1001"]);
    update(&mut m, key("esc"));
    assert_eq!(m.filter, "");
    assert_eq!(ids(&m).len(), 5, "the whole queue again");
    // The palette's query too.
    update(&mut m, key(":"));
    typed(&mut m, "send it");
    update(&mut m, key("ctrl-w"));
    assert_eq!(m.palette.query, "send ");
}

#[test]
fn pickers_show_the_value_now_jump_to_either_end_and_one_key_takes_the_ticket() {
    let mut m = loaded_model();
    update(&mut m, key("s"));
    let p = m.picker.as_ref().unwrap();
    let now = p.current.expect("the ticket's status is among the options");
    assert_eq!(p.options[now].0, m.current().unwrap().status.raw);
    assert_eq!(p.selected, now, "it starts on the value now");
    update(&mut m, key("G"));
    assert_eq!(
        m.picker.as_ref().unwrap().selected,
        m.picker.as_ref().unwrap().options.len() - 1
    );
    update(&mut m, key("g"));
    assert_eq!(m.picker.as_ref().unwrap().selected, 0);
    // A stray key applies nothing.
    assert!(update(&mut m, key("r")).is_empty());
    assert_eq!(m.mode, Mode::Pick);
    update(&mut m, key("esc"));
    // t: take it.
    let fx = update(&mut m, key("t"));
    let [Effect::Update { ticket, patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(ticket.0, "1001");
    assert_eq!(patch.assignee.as_ref(), Some(&me().id));
}

#[test]
fn tags_are_added_and_removed_in_one_write_of_the_set() {
    let mut m = loaded_model();
    m.tickets[0].tags = vec!["refund".into(), "spam".into()];
    update(&mut m, key("T"));
    assert_eq!(m.mode, Mode::Tags);
    typed(&mut m, "+vip -spam billing");
    let fx = update(&mut m, key("enter"));
    let [Effect::Update { ticket, patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(ticket.0, "1001");
    let want: Vec<String> = ["refund", "vip", "billing"].map(String::from).to_vec();
    assert_eq!(patch.tags.as_ref(), Some(&want));
    assert_eq!(m.mode, Mode::Normal);
    // Nothing to change: nothing written. Esc cancels.
    update(&mut m, key("T"));
    typed(&mut m, "+refund");
    assert!(update(&mut m, key("enter")).is_empty());
    update(&mut m, key("T"));
    typed(&mut m, "+x");
    assert!(update(&mut m, key("esc")).is_empty());
    assert_eq!(m.mode, Mode::Normal);
}

#[test]
fn the_assignee_picker_offers_nobody_last_and_marks_an_unassigned_ticket() {
    let mut m = loaded_model();
    let priya = crate::helpdesk::Agent {
        id: Id::from(2),
        name: "Priya Nair".into(),
        email: None,
    };
    update(&mut m, Msg::Agents(Ok(vec![me(), priya])));
    update(&mut m, key("a"));
    let p = m.picker.as_ref().unwrap();
    assert_eq!(p.options[0].0, me().id.0, "the agent themself first");
    assert_eq!(p.options.last().unwrap().1, "Nobody (unassign)");
    assert_eq!(
        p.current,
        Some(p.options.len() - 1),
        "#1001 is unassigned now"
    );
    assert_eq!(
        p.selected, 0,
        "an unassigned ticket starts on the agent's own name"
    );
    // Choosing the value it has now writes nothing.
    update(&mut m, key("G"));
    assert!(update(&mut m, key("enter")).is_empty());
    // Assigned, it can be emptied.
    m.tickets[0].assignee = Some(crate::helpdesk::PartyRef {
        id: Id::from(2),
        name: "Priya Nair".into(),
        email: None,
    });
    update(&mut m, key("a"));
    update(&mut m, key("G"));
    let fx = update(&mut m, key("enter"));
    let [Effect::Update { patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(
        patch.assignee,
        Some(Id(String::new())),
        "an empty id unassigns"
    );
}

#[test]
fn a_helpdesk_search_fills_the_queue_until_esc_goes_back_to_the_view() {
    let mut m = loaded_model();
    update(&mut m, key("S"));
    assert_eq!(m.mode, Mode::Search);
    typed(&mut m, "invoice");
    let fx = update(&mut m, key("enter"));
    let [Effect::Search { req, query }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(query, "invoice");
    let mut solved = tickets()[2].clone();
    solved.id = Id::from(900);
    solved.status = crate::helpdesk::zendesk::status_of("solved");
    update(
        &mut m,
        Msg::SearchDone {
            req: *req,
            result: Ok(vec![solved]),
        },
    );
    assert_eq!(
        ids(&m),
        vec!["900"],
        "the results, a solved ticket among them"
    );
    assert!(m.view.as_ref().unwrap().name.contains("invoice"));
    // R asks the search again, not a view.
    let fx = update(&mut m, key("R"));
    assert!(
        fx.iter().any(|e| matches!(e, Effect::Search { .. })),
        "{fx:?}"
    );
    // Esc: back to the view it replaced.
    let fx = update(&mut m, key("esc"));
    assert!(m.search.is_none());
    assert_eq!(m.view.as_ref().unwrap().name, "All unsolved");
    assert!(
        fx.iter().any(|e| matches!(e, Effect::LoadView { .. })),
        "{fx:?}"
    );
}

#[test]
fn a_filter_with_no_match_stops_its_walk_at_a_bound_and_offers_the_search() {
    let mut m = windowed_model();
    update(&mut m, key("/"));
    typed(&mut m, "zzz");
    // Page after page without a match, up to the bound.
    let mut next = 51;
    let mut pages = 0;
    while m.view_req.is_some() {
        let cursor = format!("p{}", pages + 3);
        deliver(&mut m, ordered(next, 50), Some(&cursor));
        next += 50;
        pages += 1;
        assert!(pages < 100, "the walk never stopped");
    }
    assert_eq!(pages, 40, "2,000 tickets looked through, then it stops");
    assert!(m.more.is_some(), "the view goes on, unread");
    let n = m.notice.as_ref().unwrap();
    assert!(n.text.contains("S searches the helpdesk"), "{}", n.text);
    // A new filter walks again, from where it is.
    update(&mut m, key("esc"));
    update(&mut m, key("/"));
    typed(&mut m, "yyy");
    assert!(m.view_req.is_some(), "a new walk");
}

#[test]
fn a_picker_filters_as_the_agent_types_and_enter_takes_the_one_shown() {
    let mut m = loaded_model();
    let agent = |id: u64, name: &str| crate::helpdesk::Agent {
        id: Id::from(id),
        name: name.into(),
        email: None,
    };
    update(
        &mut m,
        Msg::Agents(Ok(vec![
            me(),
            agent(2, "Maria Ionescu"),
            agent(3, "Ольга Кузнецова"),
            agent(4, "Priya Nair"),
        ])),
    );
    update(&mut m, key("a"));
    // j still moves before anything is typed.
    update(&mut m, key("j"));
    assert_eq!(m.picker.as_ref().unwrap().selected, 1);
    // Any other letter starts the filter; the selection follows what is shown.
    typed(&mut m, "Ольг");
    let p = m.picker.as_ref().unwrap();
    assert_eq!(p.filter.as_deref(), Some("Ольг"));
    let shown: Vec<&str> = p
        .visible()
        .iter()
        .map(|&i| p.options[i].1.as_str())
        .collect();
    assert_eq!(shown, ["Ольга Кузнецова"]);
    let fx = update(&mut m, key("enter"));
    let [Effect::Update { patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(patch.assignee, Some(Id::from(3)));
}

#[test]
fn a_picker_filter_with_no_match_takes_nothing_and_slash_types_list_keys() {
    let mut m = loaded_model();
    update(&mut m, key("s"));
    // `/` starts an empty filter, so j, k, g can be typed: "pending" holds a g.
    update(&mut m, key("/"));
    typed(&mut m, "ng");
    let p = m.picker.as_ref().unwrap();
    let shown: Vec<&str> = p
        .visible()
        .iter()
        .map(|&i| p.options[i].0.as_str())
        .collect();
    assert_eq!(shown, ["pending"]);
    update(&mut m, key("backspace"));
    update(&mut m, key("backspace"));
    typed(&mut m, "zzz");
    assert!(m.picker.as_ref().unwrap().visible().is_empty());
    assert!(
        update(&mut m, key("enter")).is_empty(),
        "nothing shown, nothing taken"
    );
    assert_eq!(m.mode, Mode::Pick);
    update(&mut m, key("esc"));
    assert_eq!(m.mode, Mode::Normal);
    assert!(m.picker.is_none());
}

#[test]
fn prompts_edit_like_a_shell_line() {
    let mut m = loaded_model();
    update(&mut m, key("/"));
    typed(&mut m, "refund order");
    // Ctrl-A, then type at the start; Ctrl-E back to the end; Alt-B a word back.
    update(&mut m, key("ctrl-a"));
    typed(&mut m, "x");
    assert_eq!(m.filter, "xrefund order");
    update(&mut m, key("ctrl-e"));
    typed(&mut m, "s");
    assert_eq!(m.filter, "xrefund orders");
    update(&mut m, key("alt-b"));
    update(&mut m, key("ctrl-w"));
    assert_eq!(m.filter, "orders");
    update(&mut m, key("alt-f"));
    typed(&mut m, "!");
    assert_eq!(m.filter, "orders!");
    // A prompt opened again starts with its cursor at the end.
    update(&mut m, key("enter"));
    update(&mut m, key("S"));
    typed(&mut m, "ab");
    update(&mut m, key("ctrl-a"));
    update(&mut m, key("esc"));
    update(&mut m, key("S"));
    typed(&mut m, "cd");
    assert_eq!(m.search_input, "cd");
}

/// The queue reloaded with these tickets (a refresh that completes).
fn reload_with(m: &mut Model, tickets: Vec<crate::helpdesk::Ticket>) {
    update(m, key("R"));
    let req = m.view_req.expect("a refresh asks for the view");
    let n = tickets.len();
    update(
        m,
        Msg::ViewPage {
            req,
            tickets,
            loaded: n,
            total: Some(n as u64),
        },
    );
    update(
        m,
        Msg::ViewDone {
            req,
            result: Ok(None),
        },
    );
}

#[test]
fn the_queue_filter_matches_tags_assignee_group_organization_and_priority() {
    let mut m = loaded_model();
    let mut ts = tickets();
    ts[1].tags = vec!["billing".into()];
    ts[2].assignee = Some(crate::helpdesk::PartyRef {
        id: Id::from(5),
        name: "Priya Nair".into(),
        email: None,
    });
    ts[3].group = Some("Logistics".into());
    ts[4].organization = Some("Nordwind OÜ".into());
    reload_with(&mut m, ts);
    for (typed_text, want) in [
        ("billing", "1002"),
        ("priya", "1003"),
        ("logistics", "1004"),
        ("nordwind", "1005"),
        ("urgent", "1001"),
    ] {
        update(&mut m, key("/"));
        typed(&mut m, typed_text);
        assert_eq!(ids(&m), [want], "filter {typed_text:?}");
        update(&mut m, key("esc"));
    }
}

#[test]
fn with_privacy_on_the_filter_does_not_match_what_is_masked() {
    let mut m = loaded_model();
    assert!(m.privacy, "privacy mode is the default");
    let mut ts = tickets();
    ts[2].subject = "Call me back on +40 721 555 019".into();
    reload_with(&mut m, ts.clone());
    for hidden in ["ana@example", "555 019"] {
        update(&mut m, key("/"));
        typed(&mut m, hidden);
        assert!(ids(&m).is_empty(), "{hidden:?} is masked on screen");
        update(&mut m, key("esc"));
    }
    // Without privacy mode the same filters find them.
    m.privacy = false;
    reload_with(&mut m, ts);
    update(&mut m, key("/"));
    typed(&mut m, "ana@example");
    assert!(!ids(&m).is_empty());
    update(&mut m, key("esc"));
    update(&mut m, key("/"));
    typed(&mut m, "555 019");
    assert_eq!(ids(&m), ["1003"]);
}

#[test]
fn the_tag_prompt_completes_from_the_helpdesk_tags_and_the_tickets_loaded() {
    let mut m = loaded_model();
    m.tickets[0].tags = vec!["refund".into(), "vip".into()];
    m.tickets[1].tags = vec!["login".into()];
    // The helpdesk's list is asked for once, when the prompt first opens.
    assert_eq!(update(&mut m, key("T")), vec![Effect::LoadTags]);
    update(
        &mut m,
        Msg::Tags(Ok(vec!["billing".into(), "bug".into(), "refund".into()])),
    );
    typed(&mut m, "+b");
    assert_eq!(super::overlays::tag_suggestions(&m), ["billing", "bug"]);
    update(&mut m, key("tab"));
    assert_eq!(m.tag_input, "+billing ");
    // A tag the ticket has is not offered to add; a loaded ticket's tag is.
    typed(&mut m, "l");
    assert_eq!(super::overlays::tag_suggestions(&m), ["login"]);
    update(&mut m, key("tab"));
    // With `-`, the ticket's own tags.
    typed(&mut m, "-");
    assert_eq!(super::overlays::tag_suggestions(&m), ["refund", "vip"]);
    typed(&mut m, "v");
    update(&mut m, key("tab"));
    assert_eq!(m.tag_input, "+billing +login -vip ");
    let fx = update(&mut m, key("enter"));
    let [Effect::Update { patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    let want: Vec<String> = ["refund", "billing", "login"].map(String::from).to_vec();
    assert_eq!(patch.tags.as_ref(), Some(&want));
    // Opened again: no second request.
    assert!(update(&mut m, key("T")).is_empty());
}

#[test]
fn without_the_helpdesk_tag_list_completion_uses_the_loaded_tickets() {
    let mut m = loaded_model();
    m.tickets[2].tags = vec!["invoice".into()];
    update(&mut m, key("T"));
    update(
        &mut m,
        Msg::Tags(Err(HelpdeskError::new(
            ErrorKind::Permission,
            "admins only",
        ))),
    );
    typed(&mut m, "inv");
    update(&mut m, key("tab"));
    assert_eq!(m.tag_input, "+invoice ");
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
        .drafts
        .get(&(Id::from(1001), DraftKind::Reply))
        .expect("the reply is kept as a draft");
    assert_eq!(kept.text, "Half a reply");
}

#[test]
fn the_view_picker_asks_for_counts_when_it_opens_and_again_when_they_are_stale() {
    let mut m = empty_model();
    init(&mut m);
    update(&mut m, Msg::Views(Ok(three_views())));
    let ids: Vec<Id> = three_views().into_iter().map(|v| v.id).collect();
    // Nothing at start: the counts are asked for when the agent opens the picker.
    assert_eq!(
        update(&mut m, key("V")),
        vec![Effect::LoadViewCounts(ids.clone())]
    );
    update(
        &mut m,
        Msg::ViewCount {
            view: Id::from(11),
            count: Some(6766),
        },
    );
    assert_eq!(m.view_counts.get(&Id::from(11)), Some(&6766));
    update(&mut m, key("esc"));
    // Fresh: shown again from what is known.
    assert!(update(&mut m, key("V")).is_empty());
    update(&mut m, key("esc"));
    // Five minutes on, asked again.
    let later = m
        .now
        .checked_add(jiff::SignedDuration::from_mins(6))
        .unwrap();
    update(&mut m, Msg::Tick(later));
    assert_eq!(update(&mut m, key("V")), vec![Effect::LoadViewCounts(ids)]);
}

#[test]
fn confirmations_name_the_ticket_by_number_and_subject() {
    let mut m = loaded_model();
    update(&mut m, key("s"));
    update(&mut m, key("j"));
    let fx = update(&mut m, key("enter"));
    let said = |m: &Model| {
        m.notice
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
    let mut t = m.tickets[0].clone();
    t.status.raw = "pending".into();
    update(
        &mut m,
        Msg::Updated {
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

#[test]
fn a_click_on_a_customer_ticket_selects_the_row_drawn_there() {
    use ratatui::crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mut m = loaded_model();
    m.size = (120, 40);
    let panel = crate::layout::panels(ratatui::layout::Rect::new(0, 0, 120, 40), false).customer;
    // The fixture's customer has email, phone and organization: 5 header lines, then tickets.
    let (c, tickets) = customer();
    let header = crate::layout::customer_header(&c, &tickets).len();
    assert_eq!(header, 5);
    let row = panel.y + 1 + header as u16 + 1; // the second ticket's line
    update(
        &mut m,
        Msg::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: panel.x + 3,
            row,
            modifiers: KeyModifiers::NONE,
        }),
    );
    assert_eq!(m.focus, Focus::Customer);
    assert_eq!(m.customer_selected, 1);
    // A click on the header selects nothing new.
    update(
        &mut m,
        Msg::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: panel.x + 3,
            row: panel.y + 1,
            modifiers: KeyModifiers::NONE,
        }),
    );
    assert_eq!(m.customer_selected, 1);
}

/// `z` shows the quoted history of the ticket shown, and folds it again; another ticket starts
/// folded. Nothing is fetched for it.
#[test]
fn z_shows_and_folds_quoted_history_and_another_ticket_starts_folded() {
    let mut m = loaded_model();
    assert!(!m.quoted_shown, "folded by default");
    assert_eq!(update(&mut m, key("z")), vec![]);
    assert!(m.quoted_shown);
    update(&mut m, key("z"));
    assert!(!m.quoted_shown);
    update(&mut m, key("z"));
    update(&mut m, key("j"));
    assert_eq!(m.selected, 1);
    assert!(!m.quoted_shown, "the next ticket shows its quotes folded");
}
