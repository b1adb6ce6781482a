//! Plain mode's commands as `update` transitions.

use super::fixtures::*;
use super::model::*;
use super::msg::{Effect, Msg};
use super::plain::Command;
use super::update::update;
use crate::helpdesk::Id;

fn plain(m: &mut Model, c: Command) -> Vec<Effect> {
    update(m, Msg::Plain(c))
}

#[test]
fn lines_typed_are_the_draft_on_disk_as_they_come_and_send_sends_them_whole() {
    let mut m = loaded_model();
    plain(&mut m, Command::Compose(DraftKind::Reply));
    let fx = plain(&mut m, Command::Line("Hello Ana,".into()));
    assert_eq!(saved(&fx), Some(Some("Hello Ana,".into())));
    plain(&mut m, Command::Line(String::new()));
    let fx = plain(&mut m, Command::Line("it is fixed.".into()));
    assert_eq!(saved(&fx), Some(Some("Hello Ana,\n\nit is fixed.".into())));
    let fx = plain(&mut m, Command::Send);
    let [Effect::Update { ticket, patch, .. }, ..] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(ticket, &Id::from(1001));
    assert_eq!(
        patch.message.as_ref().unwrap().body,
        "Hello Ana,\n\nit is fixed."
    );
    assert!(m.composer.is_none());
}

#[test]
fn a_composer_left_keeps_its_draft_and_a_discard_forgets_it() {
    let mut m = loaded_model();
    plain(&mut m, Command::Compose(DraftKind::Note));
    plain(&mut m, Command::Line("check the invoice".into()));
    plain(&mut m, Command::KeepDraft);
    assert_eq!(
        m.writes.drafts[&(Id::from(1001), DraftKind::Note)].text,
        "check the invoice"
    );
    // Opening it again starts from the draft.
    plain(&mut m, Command::Compose(DraftKind::Note));
    assert_eq!(m.composer.as_ref().unwrap().text(), "check the invoice");
    let fx = plain(&mut m, Command::Discard);
    assert_eq!(saved(&fx), Some(None));
    assert!(m.writes.drafts.is_empty() && m.composer.is_none());
}

#[test]
fn next_and_prev_open_the_neighbouring_ticket_and_stop_at_the_ends() {
    let mut m = loaded_model();
    let first = m.current().unwrap().id.clone();
    plain(&mut m, Command::Step(1));
    let second = m.current().unwrap().id.clone();
    assert_ne!(first, second);
    plain(&mut m, Command::Step(-1));
    plain(&mut m, Command::Step(-1));
    assert_eq!(m.current().unwrap().id, first);
}

#[test]
fn a_status_set_names_the_ticket_and_goes_out_as_a_write() {
    let mut m = loaded_model();
    let fx = plain(
        &mut m,
        Command::Set {
            ticket: Id::from(1001),
            kind: PickKind::Status,
            value: "pending".into(),
            label: "Pending".into(),
        },
    );
    let [Effect::Update { ticket, patch, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(ticket, &Id::from(1001));
    assert_eq!(patch.status.as_deref(), Some("pending"));
    assert!(m.log.notice.as_ref().unwrap().text.contains("#1001"));
}

#[test]
fn quitting_keeps_an_open_composer_as_a_draft() {
    let mut m = loaded_model();
    plain(&mut m, Command::Compose(DraftKind::Reply));
    plain(&mut m, Command::Line("half done".into()));
    let fx = plain(&mut m, Command::Quit);
    assert!(m.quit && fx.contains(&Effect::Quit));
    assert_eq!(saved(&fx), Some(Some("half done".into())));
}
