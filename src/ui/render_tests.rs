//! Each panel rendered into ratatui's TestBackend at 120x40 and 80x24, compared with stored text
//! snapshots (src/ui/snapshots/), plus cell-level checks where style carries meaning.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;

use crate::app::fixtures::*;
use crate::app::model::Model;
use crate::app::update::update;

pub(super) fn render(m: &Model, w: u16, h: u16) -> Terminal<TestBackend> {
    render_with(m, &mut super::Cache::default(), w, h)
}

/// A frame drawn with what earlier frames kept.
pub(super) fn render_with(
    m: &Model,
    cache: &mut super::Cache,
    w: u16,
    h: u16,
) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| super::draw(f, m, cache)).unwrap();
    t
}

pub(super) fn row_text(t: &Terminal<TestBackend>, y: u16) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.width)
        .map(|x| buf[(x, y)].symbol().to_string())
        .collect()
}

/// A row as the terminal shows it: a wide character once, not followed by its second cell.
pub(super) fn shown_text(t: &Terminal<TestBackend>, y: u16) -> String {
    let buf = t.backend().buffer();
    let mut out = String::new();
    let mut x = 0;
    while x < buf.area.width {
        let sym = buf[(x, y)].symbol();
        out.push_str(sym);
        x += unicode_width::UnicodeWidthStr::width(sym).max(1) as u16;
    }
    out
}

pub(super) fn find_row(t: &Terminal<TestBackend>, needle: &str) -> u16 {
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

/// A macro's preview over the workspace: what it changes and its comment, wrapped.
#[test]
fn macro_preview_popup_120x40() {
    let mut m = macro_model();
    update(&mut m, key("c"));
    let fx = update(&mut m, key("enter"));
    let [crate::app::msg::Effect::PreviewMacro { req, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    let req = *req;
    find_row(
        &render(&m, 120, 40),
        "Asking the helpdesk what this macro does",
    );
    update(
        &mut m,
        crate::app::msg::Msg::MacroPreview {
            req,
            ticket: crate::helpdesk::Id::from(1001),
            result: Ok(Some(macro_preview())),
        },
    );
    let t = render(&m, 120, 40);
    find_row(&t, "status open → solved");
    find_row(&t, "group no group → Billing");
    find_row(&t, "tags + refund_issued");
    find_row(&t, "add public reply:");
    find_row(&t, "enter apply · e edit the comment first · esc cancel");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn a_low_api_budget_shows_in_the_status_bar() {
    let mut m = loaded_model();
    let mut budget = crate::helpdesk::RateBudget {
        limit: 700,
        remaining: 300,
        reset_secs: None,
    };
    m.link.rate_budget = Some(budget);
    let t = render(&m, 120, 40);
    assert!(!row_text(&t, 39).contains("API "), "{}", row_text(&t, 39));
    budget.remaining = 12;
    m.link.rate_budget = Some(budget);
    find_row(&render(&m, 120, 40), "API 12/700");
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
    find_row(&t, "ticket.knowledge");
    find_row(&t, "ticket.workflow");
    // Further down the list, found by typing.
    typed(&mut m, "reply");
    find_row(&render(&m, 120, 40), "ticket.reply");
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
    let y = find_row(&t, "┃> #1002");
    let buf = t.backend().buffer();
    assert!(buf[(3, y)].modifier.contains(Modifier::REVERSED));
    let y1 = find_row(&t, "┃  #1001");
    assert!(!buf[(3, y1)].modifier.contains(Modifier::REVERSED));
    // #1001's first-response target is 30 minutes past: breached, with a "!" as well as colour.
    assert!(row_text(&t, y1).contains("!-30m"), "{}", row_text(&t, y1));
}

#[test]
fn internal_notes_look_different_without_colour() {
    let mut m = loaded_model();
    m.theme = crate::theme::Theme::parse(crate::theme::DEFAULT, true).unwrap();
    let t = render(&m, 120, 40);
    let y = find_row(&t, "[internal note]");
    assert!(row_text(&t, y + 1).contains("┃ Warehouse"));
}

#[test]
fn each_shipped_theme_renders() {
    use crate::theme::{ColorMode, Theme};
    for (name, _) in crate::theme::SHIPPED {
        let mut m = loaded_model();
        let dir = tempfile::tempdir().unwrap();
        let (theme, problems) = Theme::load(Some(name), dir.path(), ColorMode::TrueColor);
        assert!(problems.is_empty(), "{name}: {problems:?}");
        m.theme = theme;
        let t = render(&m, 80, 24);
        insta::assert_debug_snapshot!(format!("theme_{name}"), t.backend().buffer());
    }
}

/// A writer whose bytes the test can read back.
#[derive(Clone, Default)]
struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// What reaches a real terminal: crossterm's bytes for one frame.
fn terminal_bytes(m: &Model, w: u16, h: u16) -> Vec<u8> {
    use ratatui::backend::CrosstermBackend;
    use ratatui::layout::Rect;
    use ratatui::{TerminalOptions, Viewport};
    let out = Captured::default();
    let mut t = Terminal::with_options(
        CrosstermBackend::new(out.clone()),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
        },
    )
    .unwrap();
    t.draw(|f| super::draw(f, m, &mut super::Cache::default()))
        .unwrap();
    drop(t);
    out.0.lock().unwrap().clone()
}

#[test]
fn no_color_output_has_no_colour_escapes() {
    use crate::theme::{ColorMode, Theme};
    let mut m = loaded_model();
    let dir = tempfile::tempdir().unwrap();
    m.theme = Theme::load(None, dir.path(), ColorMode::NoColor).0;
    let bytes = String::from_utf8(terminal_bytes(&m, 120, 40)).unwrap();
    // crossterm writes colours as SGR 38;5 / 38;2 (fg) and 48;5 / 48;2 (bg).
    for colour in ["\x1b[38;5;", "\x1b[38;2;", "\x1b[48;5;", "\x1b[48;2;"] {
        let at = bytes
            .find(colour)
            .map(|i| &bytes[i.saturating_sub(40)..(i + 40).min(bytes.len())]);
        assert!(at.is_none(), "{colour:?} in NO_COLOR output: {at:?}");
    }
    assert!(bytes.contains("\x1b[7m"), "selection by reverse video");
    // And with colour on, colour escapes are there (the scan can fail).
    m.theme = Theme::load(None, dir.path(), ColorMode::TrueColor).0;
    let bytes = String::from_utf8(terminal_bytes(&m, 120, 40)).unwrap();
    assert!(bytes.contains("\x1b[38;5;") || bytes.contains("\x1b[38;2;"));
}

#[test]
fn palette_and_which_key_render() {
    let mut m = loaded_model();
    update(&mut m, key(":"));
    typed(&mut m, "stat");
    let t = render(&m, 120, 40);
    find_row(&t, "ticket.set-status");
    insta::assert_snapshot!("palette", t.backend());
    let (km, _) = crate::keymap::Keymap::load(Some("vim"), None);
    let mut m = loaded_model();
    m.keymap = km;
    update(&mut m, key("g"));
    let t = render(&m, 120, 40);
    find_row(&t, "Go to the first item");
}

#[test]
fn privacy_mode_masks_the_customer_panel() {
    let mut m = loaded_model();
    let t = render(&m, 120, 40);
    find_row(&t, "a**@e******.ro");
    find_row(&t, "+•• ••• ••• ••42");
    update(&mut m, key("v"));
    let t = render(&m, 120, 40);
    find_row(&t, "ana@example.ro");
}

#[test]
fn low_bandwidth_selection_is_a_marker() {
    let mut m = loaded_model();
    m.low_bandwidth = true;
    update(&mut m, key("j"));
    let t = render(&m, 120, 40);
    let y = find_row(&t, "> #1002");
    let buf = t.backend().buffer();
    assert!(
        !buf[(5, y)].modifier.contains(Modifier::REVERSED),
        "no full-row highlight"
    );
    insta::assert_snapshot!(t.backend());
}

#[test]
fn a_missing_capability_is_explained() {
    let mut m = loaded_model();
    m.backend = "rt";
    m.capabilities = Some(crate::helpdesk::Capabilities {
        views: true,
        canned_responses: false,
        organizations: false,
        sla: true,
        search: true,
        ordered_views: false,
        ..crate::helpdesk::Capabilities::NONE
    });
    m.canned.list = crate::app::model::Loaded::Ready(vec![]);
    find_row(&render(&m, 120, 40), "rt has no canned responses");
}

/// Pickers and the composer say which ticket they act on: its number and subject.
#[test]
fn pickers_and_the_composer_name_the_ticket() {
    let mut m = loaded_model();
    let subject = m.current().unwrap().subject.clone();
    update(&mut m, key("s"));
    let t = render(&m, 120, 40);
    let named = format!("#1001 {}", &subject[..10]);
    let title = row_text(&t, find_row(&t, "Status"));
    assert!(title.contains(&named), "{title}");
    update(&mut m, key("esc"));
    update(&mut m, key("n"));
    let t = render(&m, 80, 24);
    assert!(row_text(&t, find_row(&t, "Internal note")).contains("#1001"));
}

/// The composer's title shows the subject as the queue does: masked in privacy mode.
#[test]
fn the_composer_title_masks_the_subject_in_privacy_mode() {
    let mut m = loaded_model();
    let i = m.queue.visible[m.queue.selected];
    m.queue.tickets[i].subject = "ana.pop@example.com".into();
    update(&mut m, key("r"));
    let t = render(&m, 120, 40);
    let title = row_text(&t, find_row(&t, "Reply to"));
    assert!(title.contains("#1001"), "{title}");
    assert!(!title.contains("ana.pop@example.com"), "{title}");
    let masked = crate::privacy::text("ana.pop@example.com");
    assert!(title.contains(&masked[..8]), "{title}");
}

/// The composer's title is in the agent's language.
#[test]
fn the_composer_title_in_russian_and_chinese() {
    let mut m = loaded_model();
    m.lang = crate::i18n::Lang::Ru;
    update(&mut m, key("r"));
    let t = render(&m, 120, 40);
    assert!(row_text(&t, find_row(&t, "Ответ клиенту")).contains("#1001"));
    update(&mut m, key("esc"));
    m.lang = crate::i18n::Lang::Zh;
    update(&mut m, key("n"));
    let t = render(&m, 120, 40);
    let h = t.backend().buffer().area.height;
    let rows: Vec<String> = (0..h).map(|y| shown_text(&t, y)).collect();
    assert!(
        rows.iter().any(|r| r.contains("#1001 内部备注")),
        "{rows:#?}"
    );
}

/// A long paragraph in the composer wraps at the panel's width: its start and its end both show.
#[test]
fn the_composer_wraps_at_80x24() {
    let mut m = loaded_model();
    update(&mut m, key("r"));
    let paragraph = "Thank you for your patience while we looked into the refund for your order; \
                     the payment team has released it and it reaches your card within five days.";
    update(&mut m, crate::app::msg::Msg::Paste(paragraph.into()));
    let t = render(&m, 80, 24);
    find_row(&t, "Thank you for your");
    find_row(&t, "five days.");
}

/// In low-bandwidth mode the selection moves ahead of the conversation: the queue says which
/// ticket is open, and that is the one a reply goes to.
#[test]
fn the_queue_says_which_ticket_is_open_when_the_selection_moved_on() {
    let mut m = loaded_model();
    m.low_bandwidth = true;
    update(&mut m, key("enter"));
    update(&mut m, key("j"));
    let t = render(&m, 120, 40);
    assert!(
        row_text(&t, 0).contains("open: #1001"),
        "{}",
        row_text(&t, 0)
    );
    find_row(&t, "> #1002");
    find_row(&t, "○ #1001");
    update(&mut m, key("r"));
    assert_eq!(m.composer.as_ref().unwrap().ticket.0, "1001");
    let t = render(&m, 120, 40);
    find_row(&t, "#1001 Reply to");
}

/// A pasted log of about `bytes` bytes, one numbered line each, with an email address in it.
fn giant_body(bytes: usize) -> String {
    let mut out = String::from("Our log, sorry it is long. Write to ana@example.ro\n");
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(&format!(
            "{i:>8} INFO sync-worker: batch committed (500 rows)\n"
        ));
        i += 1;
    }
    out
}

/// The current ticket (#1001) with one message of `bytes` bytes.
fn giant_model(bytes: usize) -> Model {
    let mut m = loaded_model();
    let mut msg = messages()[0].clone();
    msg.body = giant_body(bytes);
    update(
        &mut m,
        crate::app::msg::Msg::Conversation {
            req: 0,
            ticket: crate::helpdesk::Id::from(1001),
            result: Ok(vec![msg]),
            saved: None,
        },
    );
    m
}

#[test]
fn a_ten_megabyte_body_shows_folded_and_reads_on() {
    let mut m = giant_model(10 * 1024 * 1024);
    update(&mut m, key("tab"));
    update(&mut m, key("G"));
    let t = render(&m, 120, 40);
    // The fold is where the first part ends: its last line, then what is left and the key.
    let fold = row_text(&t, find_row(&t, "MB more — press m to read on"));
    assert!(fold.contains("▸ 9.9 MB more"), "{fold}");
    find_row(&t, "     998 INFO");
    assert!(
        (0..40).all(|y| !row_text(&t, y).contains("     999 INFO")),
        "the next part is not shown yet"
    );
    // Reading on shows the next part, folded again after it.
    update(&mut m, key("m"));
    let t = render(&m, 120, 40);
    find_row(&t, "    1998 INFO");
    let fold = row_text(&t, find_row(&t, "MB more — press m to read on"));
    assert!(fold.contains("▸ 9.9 MB more"), "{fold}");
    assert!((0..40).all(|y| !row_text(&t, y).contains("    1999 INFO")));
    // Privacy mode masks the text shown.
    update(&mut m, key("g"));
    let t = render(&m, 120, 40);
    find_row(&t, "a**@e******.ro");
    // The key is listed in help.
    update(&mut m, key("?"));
    find_row(&render(&m, 120, 40), "conversation.more");
}

#[test]
fn a_short_body_has_no_fold() {
    let m = giant_model(2000);
    let t = render(&m, 120, 40);
    assert!((0..40).all(|y| !row_text(&t, y).contains("read on")));
}

#[test]
fn a_frame_with_a_ten_megabyte_body_lays_out_the_fold_once() {
    let mut m = giant_model(10 * 1024 * 1024);
    let mut cache = super::Cache::default();
    let stats = |c: &super::Cache| {
        let l = c.conversation.as_ref().expect("laid out");
        (l.builds, l.wrapped_bytes, l.len())
    };
    render_with(&m, &mut cache, 120, 40);
    let (builds, wrapped, lines) = stats(&cache);
    assert_eq!(builds, 1);
    assert!(wrapped <= super::conversation::FOLD_BYTES, "{wrapped}");
    // Its first part only (its lines wrap in two here); the whole would be ~390,000 lines.
    assert!(lines <= 2 * super::conversation::FOLD_LINES + 10, "{lines}");
    // Keys that scroll, and more frames, reuse it.
    update(&mut m, key("tab"));
    for k in ["j", "j", "ctrl-d", "G", "g"] {
        update(&mut m, key(k));
        render_with(&m, &mut cache, 120, 40);
    }
    assert_eq!(stats(&cache), (1, wrapped, lines));
    // Reading on wraps the next part only.
    update(&mut m, key("m"));
    render_with(&m, &mut cache, 120, 40);
    let (builds, more, _) = stats(&cache);
    assert_eq!(builds, 1);
    assert!(more - wrapped <= super::conversation::FOLD_BYTES);
    // Another width is another layout.
    render_with(&m, &mut cache, 200, 60);
    assert_eq!(stats(&cache).0, 2);
}

#[test]
fn an_absurd_id_is_cut_in_the_queue_and_the_subject_still_shows() {
    let mut m = loaded_model();
    let mut t = m.queue.tickets[0].clone();
    t.id = crate::helpdesk::Id::from("9".repeat(1000));
    m.queue.tickets[0] = t;
    let t = render(&m, 120, 40);
    let row = row_text(&t, find_row(&t, &format!("#{}… open", "9".repeat(14))));
    assert!(row.contains("Refu"), "{row}");
}

/// A popup whose left edge falls on the second half of a wide character: the terminal must show
/// the popup's left border there, not the character (whose cell would swallow the border).
#[test]
fn popups_over_wide_text_keep_their_left_border() {
    let mut checked = 0;
    for (open, title) in [("?", " Keys"), (":", " Command palette ")] {
        let mut m = loaded_model();
        for t in &mut m.queue.tickets {
            t.subject = "宽字符的主题行，覆盖整个队列。".repeat(4).into();
        }
        update(&mut m, key(open));
        // Wide enough that the centred popup's left edge falls on the queue's subjects.
        for w in 176..=200u16 {
            let t = render(&m, w, 40);
            let y = find_row(&t, title);
            let buf = t.backend().buffer();
            let title_x = (0..w)
                .find(|&x| row_text_from(&t, x, y).starts_with(title))
                .unwrap();
            let left = (0..title_x)
                .rev()
                .find(|&x| buf[(x, y)].symbol() == "┌")
                .unwrap();
            let mut screen = vt100::Parser::new(40, w, 0);
            screen.process(&terminal_bytes(&m, w, 40));
            let screen = screen.screen();
            for row in y..40 {
                let shown = screen.cell(row, left).map(|c| c.contents().to_string());
                let want = if row == y { "┌" } else { "│" };
                if buf[(left, row)].symbol() == "└" {
                    assert_eq!(
                        shown.as_deref(),
                        Some("└"),
                        "{open} at width {w}, row {row}"
                    );
                    break;
                }
                assert_eq!(
                    shown.as_deref(),
                    Some(want),
                    "{open} at width {w}, row {row}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 100);
}

/// The row's text from column `x` on.
fn row_text_from(t: &Terminal<TestBackend>, x: u16, y: u16) -> String {
    let buf = t.backend().buffer();
    (x..buf.area.width)
        .map(|x| buf[(x, y)].symbol().to_string())
        .collect()
}

/// Notices are not lost: the message log lists them, newest first, a long one whole at 80x24.
#[test]
fn the_message_log_keeps_every_notice_and_shows_a_long_one_whole() {
    let mut m = loaded_model();
    update(&mut m, key("r"));
    update(&mut m, key("esc")); // an empty composer closes without a draft
    update(
        &mut m,
        crate::app::msg::Msg::Failed(
            "could not save a draft: No space left on device (os error 28) while writing \
             drafts/work/1001.txt; the text is still in the composer"
                .into(),
        ),
    );
    update(&mut m, key("#"));
    update(&mut m, key("esc"));
    update(&mut m, key("L"));
    let t = render(&m, 80, 24);
    find_row(&t, "Messages");
    find_row(&t, "could not save a draft");
    find_row(&t, "still in the");
    find_row(&t, "         composer");
    update(&mut m, key("x"));
    assert_eq!(m.mode(), crate::app::model::Mode::Normal, "any key closes");
}

/// The conversation's header lists the ticket's tags.
#[test]
fn the_conversation_shows_the_tickets_tags() {
    let mut m = loaded_model();
    m.queue.tickets[0].tags = vec!["refund".into(), "vip".into()];
    let t = render(&m, 80, 24);
    find_row(&t, "tags: refund vip");
    // T opens the tag prompt on that ticket, with its tags now.
    update(&mut m, key("T"));
    typed(&mut m, "+billing");
    let t = render(&m, 80, 24);
    find_row(&t, "Tags of #1001");
    find_row(&t, "now: refund vip");
    find_row(&t, "> +billing");
}

#[test]
fn a_long_notice_at_80_columns_is_cut_and_points_to_the_message_log() {
    let mut m = loaded_model();
    m.log.notice = Some(crate::app::model::Notice {
        text: "Could not set status of #1001 Refund not received: the helpdesk refused \
               it (422): status solved needs an assignee first"
            .into(),
        error: true,
    });
    let t = render(&m, 80, 24);
    let bar = row_text(&t, 23);
    assert!(bar.contains("Could not set status"), "{bar}");
    assert!(bar.contains('…'), "cut where it does not fit: {bar}");
    // Says where to read it whole, and still where help is.
    assert!(
        bar.trim_end().ends_with("L log ? help"),
        "says where to read it whole: {bar}"
    );
    // A short one is shown whole, with the key hints.
    m.log.notice = Some(crate::app::model::Notice {
        text: "Reply sent".into(),
        error: false,
    });
    m.alerts.shown = None;
    let bar = row_text(&render(&m, 80, 24), 23);
    assert!(
        bar.contains("Reply sent") && !bar.contains("L log"),
        "{bar}"
    );
}

#[test]
fn the_view_picker_shows_each_views_count_where_known() {
    let mut m = loaded_model();
    // Before tix's own Snoozed view, which comes last.
    m.queue.views.insert(
        1,
        crate::helpdesk::View {
            id: crate::helpdesk::Id::from(2),
            name: "Unowned open tickets".into(),
        },
    );
    m.queue
        .view_counts
        .insert(crate::helpdesk::Id::from(2), 6766);
    update(&mut m, key("V"));
    let t = render(&m, 80, 24);
    find_row(&t, "2 Unowned open tickets (6,766)");
    // The view shown: the queue's own total.
    find_row(&t, "1 All unsolved (5)  (now)");
}

/// At 80x24 a customer with email, phone, organization and a rating has a 6-line header: the
/// row highlighted is the one Enter opens, however far the list has scrolled (a fixed 5-line
/// header once opened a ticket one row below the last one shown, and highlighted none).
#[test]
fn the_customer_row_highlighted_is_the_one_enter_opens_at_80x24_with_a_6_line_header() {
    use crate::app::model::{Focus, Loaded};
    let mut m = loaded_model();
    let (c, mut history) = customer();
    history[2].satisfaction = Some("good".into());
    for n in 0..12 {
        history.push(ticket(
            1100 + n,
            "Older question",
            "solved",
            "low",
            "email",
            7,
        ));
    }
    let header = crate::layout::customer_header(&c, &history, false, usize::MAX).len();
    assert_eq!(header, 6);
    m.customers.loaded.insert(
        crate::helpdesk::Id::from(7),
        Loaded::Ready((c, history.clone())),
    );
    update(&mut m, key("tab"));
    update(&mut m, key("tab"));
    assert_eq!(m.focus, Focus::Customer);
    for size in [(80, 24), (60, 20), (120, 40)] {
        for _ in 0..7 {
            update(&mut m, key("j"));
            let t = render(&m, size.0, size.1);
            let panel = crate::layout::panels(t.backend().buffer().area, false).customer;
            let inner = crate::layout::inner(panel);
            let buf = t.backend().buffer();
            let lit: Vec<String> = (inner.y..inner.bottom())
                .filter(|&y| buf[(inner.x + 1, y)].modifier.contains(Modifier::REVERSED))
                .map(|y| row_text(&t, y))
                .collect();
            let want = format!("#{} ", history[m.customers.selected].id);
            assert!(
                lit.len() == 1 && lit[0].contains(&want),
                "{size:?}: {want} highlighted, saw {lit:?}"
            );
        }
        update(&mut m, key("g"));
    }
    // Far down the list, at 80x24: Enter opens the row highlighted.
    m.size = (80, 24);
    for _ in 0..9 {
        update(&mut m, key("j"));
    }
    let t = render(&m, 80, 24);
    find_row(&t, &format!("#{} ", history[9].id));
    update(&mut m, key("enter"));
    assert_eq!(
        m.current().map(|t| t.id.clone()),
        Some(history[9].id.clone())
    );
}

#[test]
fn an_rt_ticket_is_resolved_in_the_queue_as_in_its_header() {
    let mut m = loaded_model();
    m.queue.tickets[0].status = crate::helpdesk::rt::status_of("resolved");
    m.queue.tickets[1].status = crate::helpdesk::Status {
        category: crate::helpdesk::StatusCategory::Pending,
        raw: "9001".into(),
        label: "Waiting on vendor".into(),
    };
    let t = render(&m, 120, 40);
    let y = find_row(&t, "#1001 resolved ");
    find_row(&t, "resolved · email");
    // A long label is cut to the column, by display width.
    find_row(&t, &format!("#{} Waiting o… ", m.queue.tickets[1].id));
    // Coloured by its kind: a solved ticket looks solved.
    let buf = t.backend().buffer();
    let x = (0..buf.area.width)
        .find(|&x| buf[(x, y)].symbol() == "r" && buf[(x + 1, y)].symbol() == "e")
        .unwrap();
    assert_eq!(buf[(x, y)].fg, m.theme.get("status_solved").fg.unwrap());
}

/// A reply above the mail it answers, as a mail client quotes it (the HTML one went through
/// `html::to_text`, which quotes a blockquote the same way).
fn quoting_model() -> Model {
    let mut m = loaded_model();
    let mut msgs = messages();
    msgs[0].body = "Still no refund, see below.\n\n\
        On Fri, 20 Nov 2026 at 10:02, Acme Support <support@acme.test> wrote:\n\
        > Hello Ana,\n\
        >\n\
        > the refund for order 88213 was sent today.\n\
        > It takes 3 to 5 working days.\n\
        >\n\
        > Acme Support"
        .into();
    update(
        &mut m,
        crate::app::msg::Msg::Conversation {
            req: 0,
            ticket: crate::helpdesk::Id::from(1001),
            result: Ok(msgs),
            saved: None,
        },
    );
    m
}

#[test]
fn quoted_history_shows_folded_and_z_shows_it() {
    let mut m = quoting_model();
    let t = render(&m, 80, 24);
    find_row(&t, "Still no refund, see below.");
    find_row(&t, "▸ 7 quoted lines — press z to show");
    let on_screen =
        |t: &Terminal<TestBackend>, s: &str| (0..24).any(|y| row_text(t, y).contains(s));
    assert!(!on_screen(&t, "was sent today"), "folded");
    assert!(
        !on_screen(&t, "Acme Support <support"),
        "the attribution folds with it"
    );
    // The note after it is not pushed off the screen.
    find_row(&t, "Warehouse confirms receipt");

    update(&mut m, key("z"));
    let t = render(&m, 80, 24);
    find_row(&t, "wrote:");
    find_row(&t, "> the refund for order 88213 was sent today.");
    assert!(!on_screen(&t, "quoted lines"));

    update(&mut m, key("z"));
    find_row(&render(&m, 80, 24), "▸ 7 quoted lines");
    // The help lists the key (searched for: the list is longer than a screen).
    update(&mut m, key("?"));
    typed(&mut m, "quoted");
    find_row(&render(&m, 120, 40), "conversation.quoted");
}

/// Folded quotes and the fold of a long body live together: the quote is one line, and `m` reads
/// on through what was written now.
#[test]
fn a_long_message_with_quoted_history_folds_both() {
    let mut m = loaded_model();
    let mut msg = messages()[0].clone();
    let quote = "> earlier mail\n".repeat(5000);
    msg.body = format!(
        "{}\nOn Mon, 2 Nov 2026, Acme wrote:\n{quote}",
        giant_body(200_000)
    );
    update(
        &mut m,
        crate::app::msg::Msg::Conversation {
            req: 0,
            ticket: crate::helpdesk::Id::from(1001),
            result: Ok(vec![msg]),
            saved: None,
        },
    );
    update(&mut m, key("tab"));
    update(&mut m, key("G"));
    let t = render(&m, 120, 40);
    find_row(&t, "more — press m to read on");
    for _ in 0..5 {
        update(&mut m, key("m"));
    }
    update(&mut m, key("G"));
    let t = render(&m, 120, 40);
    find_row(&t, "▸ 5,001 quoted lines — press z to show");
    assert!(
        (0..40).all(|y| !row_text(&t, y).contains("read on")),
        "all read"
    );
    assert!((0..40).all(|y| !row_text(&t, y).contains("> earlier mail")));
}

#[test]
fn at_80_columns_the_status_bar_still_says_where_help_is() {
    let mut m = loaded_model();
    m.alerts.shown = None;
    m.log.notice = None;
    let bar = row_text(&render(&m, 80, 24), 23);
    assert!(bar.contains("? help"), "{bar}");
    assert!(bar.contains("q quit"), "{bar}");
    let wide = row_text(&render(&m, 120, 40), 39);
    assert!(
        wide.contains("c canned"),
        "all of them where they fit: {wide}"
    );
}

/// The status bar says times as the conversation does: in the agent's language, today's by the
/// time alone (it said `2026-…` and, for an unknown time, "unknown" in English).
#[test]
fn the_status_bar_says_the_time_offline_in_the_agents_words() {
    use crate::app::model::Connection;
    let mut m = loaded_model();
    m.lang = crate::i18n::Lang::Ru;
    let since = m.now - jiff::SignedDuration::from_mins(5);
    m.link.connection = Connection::Offline {
        since,
        reason: "connection refused".into(),
    };
    let bar = row_text(&render(&m, 120, 40), 39);
    let time = since.to_zoned(m.tz.clone()).strftime("%H:%M").to_string();
    assert!(bar.contains(&time), "{bar}");
    assert!(!bar.contains("2026-"), "{bar}");
}

/// At 80x24 the customer panel has room for five lines: with privacy on, the masked address and
/// phone give way so that the customer's other tickets show (they filled it, and no history was in
/// sight); revealed (`v`), the address and phone come back and the history scrolls.
#[test]
fn the_customer_history_shows_at_80x24_when_contact_lines_are_masked() {
    let mut m = loaded_model();
    assert!(m.masked());
    let panel = crate::layout::panels(ratatui::layout::Rect::new(0, 0, 80, 24), false).customer;
    let t = render(&m, 80, 24);
    let inside: Vec<String> = (panel.y + 1..panel.bottom() - 1)
        .map(|y| row_text(&t, y))
        .collect();
    let history = inside
        .iter()
        .filter(|r| r.contains("#1005") || r.contains("#640"))
        .count();
    assert!(history >= 1, "history rows in sight: {inside:#?}");
    assert!(!inside.iter().any(|r| r.contains("@e")), "{inside:#?}");
    // Revealed: the contact lines are shown again.
    update(&mut m, key("v"));
    let t = render(&m, 80, 24);
    assert!(
        (panel.y + 1..panel.bottom() - 1).any(|y| row_text(&t, y).contains("ana@example.ro")),
        "revealed"
    );
}

/// The customer's open tickets are counted only where all their tickets are here: of a panel's
/// worth of their latest (the rest not asked for), a count read "3 open" for a customer with 14
/// open, and at 80x24 its "of the last 3" was cut off.
#[test]
fn the_customer_s_open_count_is_said_only_of_all_their_tickets() {
    let counts_line = |m: &Model| {
        let t = render(m, 120, 40);
        (0..40)
            .map(|y| row_text(&t, y))
            .find(|r| r.contains("in all"))
            .unwrap_or_default()
    };
    let mut m = loaded_model();
    // 14 in all, 3 of them here: no open count.
    let line = counts_line(&m);
    assert!(line.contains("14 tickets in all"), "{line}");
    assert!(!line.contains("open"), "{line}");
    // All of them here: the open count is theirs.
    let seven = crate::helpdesk::Id::from(7);
    if let Some(crate::app::model::Loaded::Ready((c, tickets))) = m.customers.loaded.get_mut(&seven)
    {
        c.lifetime_tickets = Some(tickets.len() as u64);
    }
    let line = counts_line(&m);
    assert!(line.contains("3 tickets in all · 2 open"), "{line}");
}

/// A customer's ticket whose status fills the status column ("resolved") keeps a space before
/// its subject: it read "#244 resolvedtixtui-unowned" on RT.
#[test]
fn a_customer_ticket_s_long_status_is_apart_from_its_subject() {
    let mut m = loaded_model();
    let seven = crate::helpdesk::Id::from(7);
    let Some(crate::app::model::Loaded::Ready((_, tickets))) = m.customers.loaded.get_mut(&seven)
    else {
        panic!("the customer is loaded");
    };
    let t = tickets.last_mut().unwrap();
    t.status.label = "resolved".into();
    let (id, subject) = (t.id.clone(), t.subject.to_string());
    let shown: String = subject.chars().take(6).collect();
    let screen = render(&m, 120, 40);
    let row = (0..40)
        .map(|y| row_text(&screen, y))
        .find(|r| r.contains(&format!("#{id} ")) && r.contains("resolved"))
        .expect("the customer's ticket row");
    assert!(row.contains(&format!("resolved {shown}")), "{row}");
}

/// A ticket without a priority says so in its column ("–"), not a blank a reader takes for a
/// rendering fault.
#[test]
fn a_ticket_without_a_priority_shows_a_dash() {
    let mut m = loaded_model();
    m.queue.tickets[0].priority = None;
    let subject = m.queue.tickets[0].subject.to_string();
    let t = render(&m, 80, 24);
    let row = shown_text(&t, find_row(&t, &subject[..12]));
    let id = format!("#{}", m.queue.tickets[0].id.0);
    let after_status = row.split(&id).nth(1).unwrap();
    let columns: Vec<&str> = after_status.split_whitespace().collect();
    assert_eq!(columns[1], "–", "{row}");
}

/// An empty view says where the others are, by the key the keymap gives ("My open tickets" is
/// empty on a fresh RT, and a newcomer saw only "No tickets").
#[test]
fn an_empty_view_points_to_the_other_views() {
    let mut m = loaded_model();
    m.queue.tickets.clear();
    m.queue.visible.clear();
    let t = render(&m, 80, 24);
    let row = row_text(&t, 2);
    assert!(
        row.contains("No tickets in this view · V other views"),
        "{row}"
    );
}

/// With all of a customer's tickets in the panel, their counts say how many are open in a few
/// words, whole at 80x24 ("15 tickets in all · 9 open o…" said "of the last 15" of 15).
#[test]
fn a_customers_counts_fit_a_narrow_panel() {
    use crate::app::model::Loaded;
    let mut m = loaded_model();
    let id = m.current().unwrap().requester.as_ref().unwrap().id.clone();
    let Some(Loaded::Ready((c, tickets))) = m.customers.loaded.get_mut(&id) else {
        panic!("the customer is loaded");
    };
    c.lifetime_tickets = Some(tickets.len() as u64);
    let (all, open) = (
        tickets.len(),
        tickets
            .iter()
            .filter(|t| t.status.category.is_unsolved())
            .count(),
    );
    let t = render(&m, 80, 24);
    let row = shown_text(&t, find_row(&t, "tickets in all"));
    let panel = row
        .rsplit("││")
        .next()
        .unwrap()
        .trim_end_matches('│')
        .trim_end();
    assert_eq!(
        panel,
        format!("{all} tickets in all · {open} open"),
        "{row}"
    );
}

/// Low-bandwidth mode: a customer shown without their tickets says how many they have and that
/// the panel lists them once focused, with the key; at 80x24 too, where a customer with an
/// email, a phone and an organization pushed that line below the panel (masked contact lines
/// give way to it, as they do to the tickets).
#[test]
fn low_bandwidth_customer_panel_says_its_tickets_come_on_focus() {
    let mut m = loaded_model();
    m.low_bandwidth = true;
    let id = m.current().unwrap().requester.clone().unwrap().id;
    if let Some(crate::app::model::Loaded::Ready((c, tickets))) = m.customers.loaded.get_mut(&id) {
        c.lifetime_tickets = Some(19);
        c.email = Some("noah.patel@northwind.example".into());
        c.phone = Some("+1 555 0192".into());
        c.organization = Some(crate::helpdesk::Organization {
            id: crate::helpdesk::Id::from(7),
            name: "Northwind Traders".into(),
            domains: vec![],
        });
        tickets.clear();
    } else {
        panic!("the fixture's customer is loaded");
    }
    m.customers.asked.insert(id, 0);
    assert!(m.masked());
    for (w, h) in [(120, 40), (80, 24)] {
        let t = render(&m, w, h);
        find_row(&t, "19 tickets in all");
        find_row(&t, "▸ listed when focused (tab)");
    }
}

/// A customer's ticket whose subject is wider than the panel ends in "…" where it is cut, as
/// the queue's subjects do ("#1026 Open    Cancel my sub" read as the whole subject at 80x24).
#[test]
fn a_customers_ticket_subject_cut_by_the_panel_says_so() {
    use crate::app::model::Loaded;
    let mut m = loaded_model();
    let id = m.current().unwrap().requester.as_ref().unwrap().id.clone();
    let Some(Loaded::Ready((_, tickets))) = m.customers.loaded.get_mut(&id) else {
        panic!("the customer is loaded");
    };
    let subject = "A subject far too long for the customer panel at eighty columns";
    tickets[0].subject = subject.into();
    let t = render(&m, 80, 24);
    let row = shown_text(&t, find_row(&t, "A subject far"));
    let panel = row.rsplit('│').nth(1).unwrap_or(&row);
    assert!(panel.trim_end().ends_with('…'), "{row}");
}

/// A queue subject wider than its column ends in "…" where it is cut, at each size (at 120x40,
/// beside the conversation, "Exportul CSV generează un f" read as the whole subject).
#[test]
fn a_queue_subject_cut_by_its_column_says_so() {
    let mut m = loaded_model();
    let subject = "A subject far too long for the queue's subject column at any of these sizes";
    let i = m.queue.visible[m.queue.selected];
    m.queue.tickets[i].subject = subject.into();
    for (w, h) in [(80, 24), (120, 40)] {
        let t = render(&m, w, h);
        let row = shown_text(&t, find_row(&t, "> #"));
        let cell = row.split("A subject far").nth(1).unwrap_or("");
        let cell = cell.split('┃').next().unwrap();
        assert!(
            cell.contains('…'),
            "{w}x{h}: the cut subject says so: {row}"
        );
    }
}

/// A customer's tickets that go on past the panel's bottom are counted on its bottom border
/// (at 80x24 the panel showed "19 tickets in all" and two of them, with no sign of the rest);
/// with all of them in sight it says nothing.
#[test]
fn a_customers_tickets_below_the_panel_are_counted_on_its_border() {
    use crate::app::model::Loaded;
    let mut m = loaded_model();
    let id = m.current().unwrap().requester.as_ref().unwrap().id.clone();
    let Some(Loaded::Ready((c, tickets))) = m.customers.loaded.get_mut(&id) else {
        panic!("the customer is loaded");
    };
    c.email = None;
    c.phone = None;
    c.organization = None;
    c.missing.clear();
    tickets.truncate(3);
    tickets.iter_mut().for_each(|t| t.satisfaction = None);
    assert_eq!(tickets.len(), 3);
    c.lifetime_tickets = Some(19);
    // 80x24: the name and the count, then the three listed; 16 more are the helpdesk's.
    let t = render(&m, 80, 24);
    let row = shown_text(&t, find_row(&t, "↓ 16 more"));
    assert!(row.ends_with("↓ 16 more ┘"), "{row}");
    let t = render(&m, 120, 40);
    find_row(&t, "↓ 16 more");
    // With the organization's line, one listed falls out of sight at 80x24 and counts too.
    let Some(Loaded::Ready((c, _))) = m.customers.loaded.get_mut(&id) else {
        unreachable!()
    };
    c.organization = Some(crate::helpdesk::Organization {
        id: crate::helpdesk::Id::from(7),
        name: "Northwind Traders".into(),
        domains: vec![],
    });
    let t = render(&m, 80, 24);
    find_row(&t, "↓ 17 more");
    // All of them here and in sight: nothing below.
    let Some(Loaded::Ready((c, _))) = m.customers.loaded.get_mut(&id) else {
        unreachable!()
    };
    c.lifetime_tickets = Some(3);
    let t = render(&m, 120, 40);
    assert!((0..40).all(|y| !shown_text(&t, y).contains("more ┘")));
}
