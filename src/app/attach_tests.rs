//! The attachment picker (`A`), its save and open keys, downloads' answers, and `O` (the web page),
//! as `update` transitions; and the picker and the listing drawn at 80x24.

use std::path::PathBuf;

use super::fixtures::*;
use super::model::*;
use super::msg::{Effect, Msg};
use super::update::update;
use crate::helpdesk::{Attachment, Id, Message};

fn contract() -> Attachment {
    Attachment {
        name: "contract.pdf".into(),
        size: Some(3_400_000),
        content_type: Some("application/pdf".into()),
        source: "https://tix-demo.example/attachments/token/640".into(),
    }
}

/// The queue's #1001 selected, and #640 opened from the customer's history (pinned) with a
/// conversation of its own that has one file.
fn pinned_640() -> Model {
    let mut m = loaded_model();
    update(&mut m, key("tab"));
    update(&mut m, key("tab"));
    update(&mut m, key("j"));
    update(&mut m, key("j"));
    update(&mut m, key("enter"));
    assert_eq!(m.current().unwrap().id.0, "640");
    let req = m.conversations.req.unwrap();
    let mut msgs: Vec<Message> = messages();
    msgs[0].attachments = vec![];
    msgs[1].attachments = vec![contract()];
    update(
        &mut m,
        Msg::Conversation {
            req,
            ticket: Id::from(640),
            result: Ok(msgs),
            saved: None,
        },
    );
    m
}

#[test]
fn a_lists_the_shown_tickets_attachments_and_enter_saves_the_chosen_one() {
    let mut m = loaded_model();
    update(&mut m, key("A"));
    assert_eq!(m.mode(), Mode::Pick);
    let p = m.picker().cloned().unwrap();
    assert_eq!(p.kind, PickKind::Attachment);
    assert_eq!(p.ticket, Some(Id::from(1001)));
    assert_eq!(
        p.options[..]
            .iter()
            .map(|(_, l)| l.as_str())
            .collect::<Vec<_>>(),
        ["receipt-88213.pdf  (48 kB, application/pdf)"]
    );
    let fx = update(&mut m, key("enter"));
    assert_eq!(m.mode(), Mode::Normal);
    let req = match &fx[..] {
        [
            Effect::Download {
                req,
                ticket,
                attachment,
                open: false,
            },
        ] if ticket.0 == "1001" && *attachment == messages()[0].attachments[0] => *req,
        other => panic!("{other:?}"),
    };
    assert!(m.link.in_flight.contains_key(&req));
    // Progress shows in the status bar; the end says where the file is.
    update(
        &mut m,
        Msg::Downloading {
            req,
            done: 20_000,
            total: Some(48_213),
        },
    );
    assert_eq!(
        m.log.notice.as_ref().unwrap().text,
        "Downloading receipt-88213.pdf: 20 kB of 48 kB…"
    );
    let path = PathBuf::from("/home/agent/Downloads/receipt-88213 (1).pdf");
    let fx = update(
        &mut m,
        Msg::Downloaded {
            req,
            result: Ok(path),
        },
    );
    assert!(fx.is_empty());
    assert!(!m.link.in_flight.contains_key(&req) && m.downloads.is_empty());
    let n = m.log.notice.clone().unwrap();
    assert!(!n.error);
    assert_eq!(
        n.text,
        "Saved receipt-88213.pdf as /home/agent/Downloads/receipt-88213 (1).pdf"
    );
}

#[test]
fn the_picker_and_its_download_name_the_ticket_shown_not_the_queues_selection() {
    let mut m = pinned_640();
    update(&mut m, key("A"));
    let p = m.picker().cloned().unwrap();
    assert_eq!(p.ticket, Some(Id::from(640)));
    assert_eq!(p.options[0].1, "contract.pdf  (3.4 MB, application/pdf)");
    let fx = update(&mut m, key("o"));
    let req = match &fx[..] {
        [
            Effect::Download {
                req,
                ticket,
                attachment,
                open: true,
            },
        ] if ticket.0 == "640" && *attachment == contract() => *req,
        other => panic!("{other:?}"),
    };
    // Once saved in the data dir, it is opened.
    let path = PathBuf::from("/data/attachments/contract.pdf");
    let fx = update(
        &mut m,
        Msg::Downloaded {
            req,
            result: Ok(path.clone()),
        },
    );
    assert_eq!(fx, [Effect::OpenFile(path)]);
}

#[test]
fn a_failed_download_says_why_and_which_ticket() {
    let mut m = pinned_640();
    update(&mut m, key("A"));
    let fx = update(&mut m, key("enter"));
    let [Effect::Download { req, .. }] = fx[..] else {
        panic!("{fx:?}")
    };
    update(
        &mut m,
        Msg::Downloaded {
            req,
            result: Err("Zendesk refused the file: HTTP 404".into()),
        },
    );
    let n = m.log.notice.clone().unwrap();
    assert!(n.error);
    assert!(
        n.text.starts_with("contract.pdf of #640 ") && n.text.ends_with("HTTP 404"),
        "{}",
        n.text
    );
}

#[test]
fn a_ticket_without_attachments_says_so_and_esc_closes_the_picker() {
    let mut m = loaded_model();
    update(&mut m, key("A"));
    update(&mut m, key("esc"));
    assert_eq!((m.mode(), m.picker().is_none()), (Mode::Normal, true));
    update(&mut m, key("j"));
    // #1002's conversation has not come yet.
    let fx = update(&mut m, key("A"));
    assert!(fx.is_empty() && m.picker().is_none());
    assert!(
        m.log
            .notice
            .as_ref()
            .unwrap()
            .text
            .contains("not loaded yet")
    );
    let req = m.conversations.req.unwrap();
    let mut msgs = messages();
    msgs[0].attachments.clear();
    update(
        &mut m,
        Msg::Conversation {
            req,
            ticket: Id::from(1002),
            result: Ok(msgs),
            saved: None,
        },
    );
    update(&mut m, key("A"));
    assert!(m.picker().is_none());
    let text = &m.log.notice.as_ref().unwrap().text;
    assert!(
        text.starts_with("#1002 ") && text.ends_with("has no attachments"),
        "{text}"
    );
}

#[test]
fn a_conversation_read_again_under_the_picker_downloads_nothing_it_did_not_list() {
    let mut m = pinned_640();
    update(&mut m, key("A"));
    // A refresh brings the conversation again, its files changed meanwhile.
    let mut msgs = messages();
    msgs[1].attachments = vec![Attachment {
        source: "https://tix-demo.example/attachments/token/other".into(),
        ..contract()
    }];
    m.set_conversation(Id::from(640), Loaded::Ready(msgs));
    let fx = update(&mut m, key("enter"));
    assert!(fx.is_empty(), "{fx:?}");
    assert!(m.log.notice.as_ref().unwrap().error);
}

#[test]
fn capital_o_opens_the_shown_tickets_web_page() {
    let mut m = pinned_640();
    let fx = update(&mut m, key("O"));
    assert_eq!(
        fx,
        [Effect::OpenWeb {
            ticket: Id::from(640)
        }]
    );
    // A backend without a web page, or an opener that fails, says so.
    update(
        &mut m,
        Msg::OpenFailed("tix does not know the web address of rt tickets".into()),
    );
    let n = m.log.notice.clone().unwrap();
    assert!(n.error && n.text.contains("does not know the web address"));
}

#[test]
fn the_attachment_picker_filters_as_typed_and_o_is_a_letter_while_typing() {
    let mut m = pinned_640();
    // Two files on #640: the contract and a photo.
    let req_msgs = m.conversations.loaded.get(&Id::from(640)).cloned();
    let Some(Loaded::Ready(mut msgs)) = req_msgs else {
        panic!("conversation loaded")
    };
    msgs[0].attachments = vec![Attachment {
        name: "photo.jpg".into(),
        size: Some(120_000),
        content_type: Some("image/jpeg".into()),
        source: "https://tix-demo.example/attachments/token/641".into(),
    }];
    m.set_conversation(Id::from(640), Loaded::Ready(msgs));
    update(&mut m, key("A"));
    assert_eq!(m.picker().unwrap().options.len(), 2);
    // Typing filters, and "o" is typed (pho…): it does not open.
    typed(&mut m, "pho");
    let p = m.picker().unwrap();
    assert_eq!(p.filter.as_deref(), Some("pho"));
    assert_eq!(p.visible().len(), 1);
    let fx = update(&mut m, key("enter"));
    let [
        Effect::Download {
            attachment, open, ..
        },
    ] = &fx[..]
    else {
        panic!("{fx:?}")
    };
    assert_eq!((attachment.name.as_str(), *open), ("photo.jpg", false));
    // Nothing typed: o opens the selection.
    update(&mut m, key("A"));
    let fx = update(&mut m, key("o"));
    assert!(
        matches!(&fx[..], [Effect::Download { open: true, .. }]),
        "{fx:?}"
    );
}
