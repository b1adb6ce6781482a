//! Keys and the pointer as `update` transitions: focus, panels, sequences and clicks.

use super::fixtures::*;
use super::model::*;
use super::msg::{Effect, Msg};
use super::update::update;

#[test]
fn tab_cycles_focus_and_j_scrolls_the_focused_panel() {
    let mut m = loaded_model();
    update(&mut m, key("tab"));
    assert_eq!(m.focus, Focus::Conversation);
    update(&mut m, key("j"));
    assert_eq!(m.conversations.scroll, 1);
    assert_eq!(m.queue.selected, 0, "the queue did not move");
    update(&mut m, key("backtab"));
    assert_eq!(m.focus, Focus::Queue);
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
fn sequences_wait_for_their_second_key() {
    let (km, _) = crate::keymap::Keymap::load(Some("vim"), None);
    let mut m = loaded_model();
    m.keymap = km;
    update(&mut m, key("G"));
    assert_eq!(m.queue.selected, 4);
    update(&mut m, key("g"));
    assert_eq!(m.pending_keys.len(), 1, "waiting after the first g");
    assert_eq!(m.queue.selected, 4);
    update(&mut m, key("g"));
    assert!(m.pending_keys.is_empty());
    assert_eq!(m.queue.selected, 0);
    // A broken sequence is dropped, not run.
    update(&mut m, key("g"));
    update(&mut m, key("x"));
    assert!(m.pending_keys.is_empty());
    assert_eq!(m.queue.selected, 0);
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
    assert_eq!(m.conversations.scroll, 3);
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

#[test]
fn a_click_on_a_customer_ticket_selects_the_row_drawn_there() {
    use ratatui::crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mut m = loaded_model();
    m.size = (120, 40);
    let panel = crate::layout::panels(ratatui::layout::Rect::new(0, 0, 120, 40), false).customer;
    // The fixture's customer has email, phone and organization: 5 header lines, then tickets.
    let (c, tickets) = customer();
    let header = crate::layout::customer_header(&c, &tickets, false, usize::MAX).len();
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
    assert_eq!(m.customers.selected, 1);
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
    assert_eq!(m.customers.selected, 1);
}

/// `z` shows the quoted history of the ticket shown, and folds it again; another ticket starts
/// folded. Nothing is fetched for it.
#[test]
fn z_shows_and_folds_quoted_history_and_another_ticket_starts_folded() {
    let mut m = loaded_model();
    assert!(!m.conversations.quoted_shown, "folded by default");
    assert_eq!(update(&mut m, key("z")), vec![]);
    assert!(m.conversations.quoted_shown);
    update(&mut m, key("z"));
    assert!(!m.conversations.quoted_shown);
    update(&mut m, key("z"));
    update(&mut m, key("j"));
    assert_eq!(m.queue.selected, 1);
    assert!(
        !m.conversations.quoted_shown,
        "the next ticket shows its quotes folded"
    );
}

/// The meaning of a key is read from the model alone: the same key means a wait, then a run,
/// after the first key of a sequence, and text in a prompt.
#[test]
fn a_keys_meaning_follows_the_mode_and_the_keys_pending() {
    use super::keys::{Meaning, meaning};
    let g = crate::keymap::Key::parse("g").unwrap();
    let (km, _) = crate::keymap::Keymap::load(Some("vim"), None);
    let mut m = loaded_model();
    m.keymap = km;
    assert!(matches!(meaning(&m, g), Meaning::Pending));
    assert!(m.pending_keys.is_empty(), "meaning changes nothing");
    update(&mut m, key("g"));
    assert!(matches!(meaning(&m, g), Meaning::Run(_)));
    assert!(matches!(
        meaning(&m, crate::keymap::Key::parse("x").unwrap()),
        Meaning::Dropped
    ));
    update(&mut m, key("esc"));
    m.overlay = Some(Overlay::Help {
        query: String::new(),
        scroll: 0,
    });
    assert!(matches!(meaning(&m, g), Meaning::PromptText));
}
