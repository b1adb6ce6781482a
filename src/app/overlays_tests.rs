//! Pickers, the palette, prompts (help, tags, search) and the macro preview, as transitions.

use super::fixtures::*;
use super::model::*;
use super::msg::{Effect, Msg};
use super::update::{init, update};
use crate::helpdesk::{ErrorKind, HelpdeskError, Id, Visibility};

#[test]
fn status_picker_sends_one_update() {
    let mut m = loaded_model();
    update(&mut m, key("s"));
    assert_eq!(m.mode(), Mode::Pick);
    let p = m.picker().unwrap();
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
    let p = m.picker().unwrap();
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
    let p = m.picker().unwrap();
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
        .log
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
    m.queue.tickets[0].status = Status {
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
    assert_eq!(m.queue.tickets[0].status.label, "Waiting on vendor");
    // The filter finds it by that name too.
    update(&mut m, key("/"));
    typed(&mut m, "vendor");
    assert_eq!(ids(&m), ["1001"]);
    update(&mut m, key("esc"));
    update(&mut m, key("esc"));
    update(&mut m, key("s"));
    let p = m.picker().unwrap();
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
    assert!(fx.is_empty() && m.picker().is_none());
    assert_eq!(m.mode(), Mode::Normal);
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
fn help_is_searchable_and_closes_on_esc_and_q_quits() {
    let mut m = loaded_model();
    update(&mut m, key("?"));
    assert_eq!(m.mode(), Mode::Help);
    typed(&mut m, "reply");
    assert_eq!(prompt_typed(&m), "reply");
    assert!(!m.quit, "q typed into the search is text");
    update(&mut m, key("esc"));
    assert_eq!(m.mode(), Mode::Normal);
    assert_eq!(update(&mut m, key("q")), vec![Effect::Quit]);
    assert!(m.quit);
}

#[test]
fn palette_runs_actions_and_inserts_canned_responses() {
    let mut m = loaded_model();
    update(&mut m, key(":"));
    assert_eq!(m.mode(), Mode::Palette);
    typed(&mut m, "internal note");
    update(&mut m, key("enter"));
    assert_eq!(m.mode(), Mode::Compose);
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
fn a_macro_is_previewed_then_applied_as_one_update() {
    let mut m = macro_model();
    previewed(&mut m);
    // Keys of the panels behind do nothing while the preview is open.
    assert!(update(&mut m, key("j")).is_empty());
    assert_eq!(m.mode(), Mode::Macro);
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
    assert_eq!(m.mode(), Mode::Normal);
    assert!(m.macro_popup().is_none());
    // A failed write gives the comment back as a draft, as for a typed reply.
    update(
        &mut m,
        Msg::Updated {
            posted: None,
            req: *req,
            ticket: Id::from(1001),
            result: Err(HelpdeskError::new(ErrorKind::Conflict, "changed meanwhile")),
        },
    );
    assert!(
        m.writes.drafts[&(Id::from(1001), DraftKind::Reply)]
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
    assert_eq!(m.mode(), Mode::Normal);
    assert!(m.macro_popup().is_none());
    assert!(m.writes.sending.is_empty() && m.composer.is_none());
    // A preview arriving after the cancel is dropped.
    let late = update(
        &mut m,
        Msg::MacroPreview {
            req,
            ticket: Id::from(1001),
            result: Ok(Some(macro_preview())),
        },
    );
    assert!(late.is_empty() && m.macro_popup().is_none());
}

#[test]
fn a_macro_still_loading_cannot_be_applied_and_a_failed_preview_sends_nothing() {
    let mut m = macro_model();
    let req = choose_macro(&mut m);
    assert!(update(&mut m, key("y")).is_empty());
    assert_eq!(m.mode(), Mode::Macro);
    update(
        &mut m,
        Msg::MacroPreview {
            req,
            ticket: Id::from(1001),
            result: Err(HelpdeskError::new(ErrorKind::NotFound, "no such macro")),
        },
    );
    assert!(matches!(
        m.macro_popup().unwrap().preview,
        Loaded::Failed(_)
    ));
    assert!(update(&mut m, key("y")).is_empty());
    update(&mut m, key("esc"));
    assert_eq!(m.mode(), Mode::Normal);
}

#[test]
fn a_macros_comment_can_be_edited_and_its_fields_go_with_the_send() {
    let mut m = macro_model();
    previewed(&mut m);
    update(&mut m, key("e"));
    assert_eq!(m.mode(), Mode::Compose);
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
    assert_eq!(m.mode(), Mode::Compose);
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
    assert_eq!(m.mode(), Mode::Compose);
}

#[test]
fn prompts_edit_like_a_shell_line_and_esc_drops_an_accepted_filter() {
    let mut m = loaded_model();
    update(&mut m, key("/"));
    typed(&mut m, "refund not");
    update(&mut m, key("ctrl-w"));
    assert_eq!(m.queue.filter, "refund ");
    update(&mut m, key("ctrl-u"));
    assert_eq!(m.queue.filter, "", "ctrl-u clears, it does not type a u");
    typed(&mut m, "Refund");
    update(&mut m, key("enter"));
    assert_eq!(m.mode(), Mode::Normal);
    assert_eq!(ids(&m), vec!["1001"]);
    update(&mut m, key("esc"));
    assert_eq!(m.queue.filter, "");
    assert_eq!(ids(&m).len(), 5, "the whole queue again");
    // The palette's query too.
    update(&mut m, key(":"));
    typed(&mut m, "send it");
    update(&mut m, key("ctrl-w"));
    assert_eq!(prompt_typed(&m), "send ");
}

#[test]
fn pickers_show_the_value_now_jump_to_either_end_and_one_key_takes_the_ticket() {
    let mut m = loaded_model();
    update(&mut m, key("s"));
    let p = m.picker().unwrap();
    let now = p.current.expect("the ticket's status is among the options");
    assert_eq!(p.options[now].0, m.current().unwrap().status.raw);
    assert_eq!(p.selected, now, "it starts on the value now");
    update(&mut m, key("G"));
    assert_eq!(
        m.picker().unwrap().selected,
        m.picker().unwrap().options.len() - 1
    );
    update(&mut m, key("g"));
    assert_eq!(m.picker().unwrap().selected, 0);
    // A stray key applies nothing.
    assert!(update(&mut m, key("r")).is_empty());
    assert_eq!(m.mode(), Mode::Pick);
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
    m.queue.tickets[0].tags = vec!["refund".into(), "spam".into()];
    update(&mut m, key("T"));
    assert_eq!(m.mode(), Mode::Tags);
    typed(&mut m, "+vip -spam billing");
    let fx = update(&mut m, key("enter"));
    let [Effect::Update { ticket, patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(ticket.0, "1001");
    let want: Vec<String> = ["refund", "vip", "billing"].map(String::from).to_vec();
    assert_eq!(patch.tags.as_ref(), Some(&want));
    assert_eq!(m.mode(), Mode::Normal);
    // Nothing to change: nothing written. Esc cancels.
    update(&mut m, key("T"));
    typed(&mut m, "+refund");
    assert!(update(&mut m, key("enter")).is_empty());
    update(&mut m, key("T"));
    typed(&mut m, "+x");
    assert!(update(&mut m, key("esc")).is_empty());
    assert_eq!(m.mode(), Mode::Normal);
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
    let p = m.picker().unwrap();
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
    m.queue.tickets[0].assignee = Some(crate::helpdesk::PartyRef {
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
        Some(Id::from(String::new())),
        "an empty id unassigns"
    );
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
    assert_eq!(m.picker().unwrap().selected, 1);
    // Any other letter starts the filter; the selection follows what is shown.
    typed(&mut m, "Ольг");
    let p = m.picker().unwrap();
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
    let p = m.picker().unwrap();
    let shown: Vec<&str> = p
        .visible()
        .iter()
        .map(|&i| p.options[i].0.as_str())
        .collect();
    assert_eq!(shown, ["pending"]);
    update(&mut m, key("backspace"));
    update(&mut m, key("backspace"));
    typed(&mut m, "zzz");
    assert!(m.picker().unwrap().visible().is_empty());
    assert!(
        update(&mut m, key("enter")).is_empty(),
        "nothing shown, nothing taken"
    );
    assert_eq!(m.mode(), Mode::Pick);
    update(&mut m, key("esc"));
    assert_eq!(m.mode(), Mode::Normal);
    assert!(m.picker().is_none());
}

#[test]
fn prompts_edit_like_a_shell_line() {
    let mut m = loaded_model();
    update(&mut m, key("/"));
    typed(&mut m, "refund order");
    // Ctrl-A, then type at the start; Ctrl-E back to the end; Alt-B a word back.
    update(&mut m, key("ctrl-a"));
    typed(&mut m, "x");
    assert_eq!(m.queue.filter, "xrefund order");
    update(&mut m, key("ctrl-e"));
    typed(&mut m, "s");
    assert_eq!(m.queue.filter, "xrefund orders");
    update(&mut m, key("alt-b"));
    update(&mut m, key("ctrl-w"));
    assert_eq!(m.queue.filter, "orders");
    update(&mut m, key("alt-f"));
    typed(&mut m, "!");
    assert_eq!(m.queue.filter, "orders!");
    // A prompt opened again starts with its cursor at the end.
    update(&mut m, key("enter"));
    update(&mut m, key("S"));
    typed(&mut m, "ab");
    update(&mut m, key("ctrl-a"));
    update(&mut m, key("esc"));
    update(&mut m, key("S"));
    typed(&mut m, "cd");
    assert_eq!(prompt_typed(&m), "cd");
}

#[test]
fn the_tag_prompt_completes_from_the_helpdesk_tags_and_the_tickets_loaded() {
    let mut m = loaded_model();
    m.queue.tickets[0].tags = vec!["refund".into(), "vip".into()];
    m.queue.tickets[1].tags = vec!["login".into()];
    // The helpdesk's list is asked for once, when the prompt first opens.
    assert_eq!(update(&mut m, key("T")), vec![Effect::LoadTags]);
    update(
        &mut m,
        Msg::Tags(Ok(vec!["billing".into(), "bug".into(), "refund".into()])),
    );
    typed(&mut m, "+b");
    assert_eq!(super::overlays::tag_suggestions(&m), ["billing", "bug"]);
    update(&mut m, key("tab"));
    assert_eq!(prompt_typed(&m), "+billing ");
    // A tag the ticket has is not offered to add; a loaded ticket's tag is.
    typed(&mut m, "l");
    assert_eq!(super::overlays::tag_suggestions(&m), ["login"]);
    update(&mut m, key("tab"));
    // With `-`, the ticket's own tags.
    typed(&mut m, "-");
    assert_eq!(super::overlays::tag_suggestions(&m), ["refund", "vip"]);
    typed(&mut m, "v");
    update(&mut m, key("tab"));
    assert_eq!(prompt_typed(&m), "+billing +login -vip ");
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
    m.queue.tickets[2].tags = vec!["invoice".into()];
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
    assert_eq!(prompt_typed(&m), "+invoice ");
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
    assert_eq!(m.queue.view_counts.get(&Id::from(11)), Some(&6766));
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
fn typing_in_a_picker_takes_the_option_that_starts_with_it() {
    let mut m = loaded_model();
    update(&mut m, key("s"));
    // #1001 is open; "p" also matches "open", but "pending" starts with it.
    typed(&mut m, "p");
    let p = m.picker().unwrap();
    assert_eq!(p.options[p.selected].0, "pending");
    let fx = update(&mut m, key("enter"));
    let [Effect::Update { patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(patch.status.as_deref(), Some("pending"));
}

#[test]
fn an_overlay_opened_over_the_composer_closes_back_to_it() {
    // Before overlays were one enum, Esc in a palette opened from the composer left the composer
    // drawn but deaf: keys went to the panels behind it.
    let user = "[compose]\n\"ctrl-p\" = \"app.palette\"\n";
    let (km, problems) = crate::keymap::Keymap::load(None, Some(("keymap.toml", user)));
    assert!(problems.is_empty(), "{problems:?}");
    let mut m = loaded_model();
    m.keymap = km;
    update(&mut m, key("r"));
    typed(&mut m, "Hello");
    update(&mut m, key("ctrl-p"));
    assert_eq!(m.mode(), Mode::Palette);
    update(&mut m, key("esc"));
    assert_eq!(m.mode(), Mode::Compose);
    typed(&mut m, " there");
    assert_eq!(m.composer.as_ref().unwrap().text(), "Hello there");
}
