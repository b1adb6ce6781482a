//! Each panel rendered into ratatui's TestBackend at 120x40 and 80x24, compared with stored text
//! snapshots (src/ui/snapshots/), plus cell-level checks where style carries meaning.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;

use crate::app::fixtures::*;
use crate::app::model::Model;
use crate::app::update::update;

fn render(m: &Model, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| super::draw(f, m)).unwrap();
    t
}

fn row_text(t: &Terminal<TestBackend>, y: u16) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.width)
        .map(|x| buf[(x, y)].symbol().to_string())
        .collect()
}

fn find_row(t: &Terminal<TestBackend>, needle: &str) -> u16 {
    let h = t.backend().buffer().area.height;
    (0..h)
        .find(|&y| row_text(t, y).contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} not on screen"))
}

#[test]
fn workspace_120x40() {
    let m = loaded_model();
    insta::assert_snapshot!(render(&m, 120, 40).backend());
}

#[test]
fn workspace_80x24() {
    let m = loaded_model();
    insta::assert_snapshot!(render(&m, 80, 24).backend());
}

#[test]
fn workspace_200x60() {
    let m = loaded_model();
    insta::assert_snapshot!(render(&m, 200, 60).backend());
}

#[test]
fn composer_with_canned_response_120x40() {
    let mut m = loaded_model();
    update(&mut m, key("c"));
    update(&mut m, key("enter"));
    insta::assert_snapshot!(render(&m, 120, 40).backend());
}

#[test]
fn composer_80x24() {
    let mut m = loaded_model();
    update(&mut m, key("n"));
    typed(&mut m, "Escalate to billing");
    insta::assert_snapshot!(render(&m, 80, 24).backend());
}

#[test]
fn help_is_generated_from_the_keymap() {
    let mut m = loaded_model();
    update(&mut m, key("?"));
    let t = render(&m, 120, 40);
    insta::assert_snapshot!(t.backend());
    find_row(&t, "ticket.reply");
}

#[test]
fn loading_and_empty_states() {
    let m = empty_model();
    let t = render(&m, 80, 24);
    insta::assert_snapshot!(t.backend());
}

#[test]
fn selected_row_is_reversed_and_breach_is_marked() {
    let mut m = loaded_model();
    update(&mut m, key("j"));
    let t = render(&m, 120, 40);
    let y = find_row(&t, "┃#1002");
    let buf = t.backend().buffer();
    assert!(buf[(3, y)].modifier.contains(Modifier::REVERSED));
    let y1 = find_row(&t, "┃#1001");
    assert!(!buf[(3, y1)].modifier.contains(Modifier::REVERSED));
    // #1001's first-response target is 30 minutes past: breached, with a "!" as well as colour.
    assert!(row_text(&t, y1).contains("!-30m"), "{}", row_text(&t, y1));
}

#[test]
fn internal_notes_look_different_without_colour() {
    let mut m = loaded_model();
    m.theme = super::theme::Theme::parse(super::theme::DEFAULT, true).unwrap();
    let t = render(&m, 120, 40);
    let y = find_row(&t, "[internal note]");
    assert!(row_text(&t, y + 1).contains("┃ Warehouse"));
}
