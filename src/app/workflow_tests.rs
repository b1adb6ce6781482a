//! Guided workflows as `update` transitions: starting, answering by number and letter, back,
//! restart, the end's reply and field changes in the composer, and the path note sent with it.

use super::fixtures::*;
use super::model::*;
use super::msg::Effect;
use super::update::update;
use crate::helpdesk::{Id, Visibility};
use crate::workflow::Progress;

fn saved_progress(fx: &[Effect]) -> Option<Option<Progress>> {
    fx.iter().rev().find_map(|e| match e {
        Effect::SaveWorkflow { ticket, progress } if ticket.0 == "1001" => Some(progress.clone()),
        _ => None,
    })
}

fn at(m: &Model) -> String {
    let p = &m.workflows.walks[&Id::from(1001)];
    let wf = m
        .workflows
        .installed
        .iter()
        .find(|w| w.name == p.workflow)
        .unwrap();
    wf.nodes[p.position(wf).unwrap()].id.clone()
}

#[test]
fn w_lists_the_workflows_that_fit_first_and_a_number_starts_one() {
    let mut m = with_workflows();
    let t = m.current().unwrap().clone();
    let (order, suggested) = super::workflow::for_ticket(&m, &t);
    assert_eq!(
        suggested, 1,
        "the refund ticket fits the refund workflow only"
    );
    assert_eq!(m.workflows.installed[order[0]].name, "refund");
    let fx = update(&mut m, key("W"));
    assert!(fx.is_empty(), "opening the list writes nothing: {fx:?}");
    assert!(m.workflows.walks.is_empty());
    let fx = update(&mut m, key("1"));
    let p = saved_progress(&fx).expect("saved").expect("kept");
    assert_eq!(p.workflow, "refund");
    assert_eq!(m.workflows.walks[&Id::from(1001)], p);
    assert_eq!(at(&m), "window");
}

#[test]
fn answers_by_number_or_letter_then_back_and_restart() {
    let mut m = with_workflows();
    update(&mut m, key("W"));
    update(&mut m, key("1"));
    let fx = update(&mut m, key("a"));
    assert_eq!(at(&m), "returned", "a is the first answer");
    assert_eq!(saved_progress(&fx).unwrap().unwrap().path.len(), 1);
    let fx = update(&mut m, key("2"));
    assert!(fx.is_empty(), "an instruction has no second answer");
    update(&mut m, key("enter"));
    assert_eq!(at(&m), "limit");
    assert_eq!(m.workflows.walks[&Id::from(1001)].step_number(), 3);
    let fx = update(&mut m, key("backspace"));
    assert_eq!(at(&m), "returned");
    assert_eq!(saved_progress(&fx).unwrap().unwrap().path.len(), 1);
    update(&mut m, key("enter"));
    let fx = update(&mut m, key("R"));
    assert_eq!(at(&m), "window");
    assert!(saved_progress(&fx).unwrap().unwrap().path.is_empty());
    update(&mut m, key("backspace"));
    assert_eq!(at(&m), "window", "nothing before the first step");
    let fx = update(&mut m, key("X"));
    assert_eq!(
        saved_progress(&fx),
        Some(None),
        "stopped: forgotten on disk"
    );
    assert!(m.workflows.walks.is_empty());
}

#[test]
fn an_end_fills_the_composer_and_the_path_goes_as_its_own_note_on_send() {
    let mut m = with_workflows();
    update(&mut m, key("W"));
    update(&mut m, key("1"));
    update(&mut m, key("1"));
    update(&mut m, key("enter"));
    let fx = update(&mut m, key("1"));
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::Update { .. })),
        "nothing is sent on its own: {fx:?}"
    );
    let c = m.composer.as_ref().expect("the reply is in the composer");
    assert_eq!(c.kind, DraftKind::Reply);
    assert_eq!(
        c.text(),
        "Hi Ana,\n\nYour refund for ticket #1001 is on its way.\n\nAlex Morgan"
    );
    // The canned response's status, the end's tags.
    assert_eq!(c.fields.status.as_deref(), Some("solved"));
    assert_eq!(
        c.fields.tags.as_deref(),
        Some(&["refund_issued".to_string()][..])
    );
    let fx = update(&mut m, key("ctrl-s"));
    let updates: Vec<_> = fx
        .iter()
        .filter_map(|e| match e {
            Effect::Update { patch, .. } => Some(patch),
            _ => None,
        })
        .collect();
    assert_eq!(updates.len(), 2, "{fx:?}");
    let reply = updates[0].message.as_ref().unwrap();
    assert_eq!(reply.visibility, Visibility::Public);
    assert!(
        !reply.body.contains("Asked:"),
        "the path is never in the reply"
    );
    assert_eq!(updates[0].status.as_deref(), Some("solved"));
    let note = updates[1].message.as_ref().unwrap();
    assert_eq!(note.visibility, Visibility::Internal);
    assert_eq!(
        note.body,
        "Workflow: Refund request\nAsked: within 30 days? → Yes; done: Check the return scan; \
         above the limit? → No\nOutcome: refund issued"
    );
    assert_eq!(updates[1].status, None, "the note changes no field");
    assert_eq!(saved_progress(&fx), Some(None), "the walk is done");
    assert!(m.workflows.walks.is_empty());
}

#[test]
fn an_escalating_end_sets_the_group_and_raises_the_priority() {
    let mut m = with_workflows();
    update(&mut m, key("W"));
    update(&mut m, key("1"));
    update(&mut m, key("1"));
    update(&mut m, key("enter"));
    update(&mut m, key("2"));
    let c = m.composer.as_ref().unwrap();
    assert_eq!(c.text(), "A manager will approve it today.");
    assert_eq!(c.fields.group, Some(Id::from(50)));
    assert_eq!(
        c.fields.priority.as_deref(),
        Some("urgent"),
        "urgent stays urgent"
    );
    let fx = update(&mut m, key("ctrl-s"));
    let note = fx
        .iter()
        .filter_map(|e| match e {
            Effect::Update { patch, .. } => patch.message.clone(),
            _ => None,
        })
        .nth(1)
        .unwrap();
    assert!(
        note.body
            .starts_with("⚑ Escalated to Billing\n\nWorkflow: Refund request\n"),
        "{}",
        note.body
    );
    assert!(
        note.body
            .ends_with("Outcome: sent for approval (escalated)")
    );
}

#[test]
fn an_inline_reply_fills_placeholders_and_sets_the_status_in_the_backends_word() {
    let mut m = with_workflows();
    update(&mut m, key("W"));
    update(&mut m, key("1"));
    update(&mut m, key("2"));
    let c = m.composer.as_ref().unwrap();
    assert_eq!(c.text(), "Sorry Ana, that order is too old.");
    assert_eq!(c.fields.status.as_deref(), Some("pending"));
}

#[test]
fn a_walk_kept_on_disk_resumes_at_its_step_and_a_stale_one_starts_over() {
    let mut m = with_workflows();
    let mut p = Progress::new(&m.workflows.installed[1]);
    assert!(p.choose(&m.workflows.installed[1], 0));
    m.workflows.walks.insert(Id::from(1001), p);
    update(&mut m, key("W"));
    assert_eq!(at(&m), "returned", "W opens the walk where it was");
    update(&mut m, key("enter"));
    assert_eq!(at(&m), "limit");
    update(&mut m, key("esc"));
    // The file changed meanwhile: the saved path no longer fits.
    m.workflows.walks.get_mut(&Id::from(1001)).unwrap().path[0].step = "gone".into();
    let fx = update(&mut m, key("W"));
    assert_eq!(at(&m), "window");
    assert!(saved_progress(&fx).unwrap().unwrap().path.is_empty());
    assert!(m.log.notice.as_ref().unwrap().text.contains("started over"));
}

/// The requester of #1001 speaks Romanian, as the helpdesk says.
fn requester_speaks(m: &mut Model, locale: &str) {
    if let Some(Loaded::Ready((c, _))) = m.customers.loaded.get_mut(&Id::from(7)) {
        c.locale = Some(locale.into());
    }
}

#[test]
fn workflows_in_the_requesters_language_come_first_among_those_that_fit_and_the_rest() {
    let mut m = with_workflows();
    for (name, text) in [("2fa-ro", TWO_FA), ("refund-ro", REFUND)] {
        let text = format!("language = \"ro\"\n{text}");
        let (wf, problems) = crate::workflow::parse(name, name, &text, &Default::default());
        assert!(problems.is_empty(), "{problems:?}");
        m.workflows.installed.push(wf.unwrap());
    }
    let names = |m: &Model| {
        let t = m.current().unwrap().clone();
        let (order, suggested) = super::workflow::for_ticket(m, &t);
        let names: Vec<String> = order
            .iter()
            .map(|&i| m.workflows.installed[i].name.clone())
            .collect();
        (names, suggested)
    };
    // No locale known: file order in each group.
    assert_eq!(
        names(&m),
        (
            vec![
                "refund".into(),
                "refund-ro".into(),
                "2fa".into(),
                "2fa-ro".into()
            ],
            2
        )
    );
    requester_speaks(&mut m, "ro-RO");
    assert_eq!(
        names(&m),
        (
            vec![
                "refund-ro".into(),
                "refund".into(),
                "2fa-ro".into(),
                "2fa".into()
            ],
            2
        )
    );
}

#[test]
fn canned_responses_in_the_requesters_language_come_first() {
    let mut m = loaded_model();
    let mut list = canned();
    list[1].language = Some("ro".into());
    update(&mut m, super::msg::Msg::Canned(Ok(list)));
    let titles =
        |m: &Model| -> Vec<String> { m.canned_visible().iter().map(|c| c.title.clone()).collect() };
    assert_eq!(titles(&m), ["Refund issued", "Password reset"]);
    requester_speaks(&mut m, "ro-RO");
    assert_eq!(titles(&m), ["Password reset", "Refund issued"]);
    // Another language is no match; a filter still applies first.
    requester_speaks(&mut m, "ru");
    assert_eq!(titles(&m), ["Refund issued", "Password reset"]);
    requester_speaks(&mut m, "ro");
    m.canned.filter = "refund".into();
    assert_eq!(titles(&m), ["Refund issued"]);
}
