//! Each panel rendered into ratatui's TestBackend at 120x40 and 80x24, compared with stored text
//! snapshots (src/ui/snapshots/), plus cell-level checks where style carries meaning.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;

use crate::app::fixtures::*;
use crate::app::model::Model;
use crate::app::update::update;

fn render(m: &Model, w: u16, h: u16) -> Terminal<TestBackend> {
    render_with(m, &mut super::Cache::default(), w, h)
}

/// A frame drawn with what earlier frames kept.
fn render_with(m: &Model, cache: &mut super::Cache, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| super::draw(f, m, cache)).unwrap();
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
    t.id = crate::helpdesk::Id("9".repeat(1000));
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
            t.subject = "宽字符的主题行，覆盖整个队列。".repeat(4);
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
    let header = crate::layout::customer_header(&c, &history).len();
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

/// W on a ticket: the workflows that fit it first; its heading says one fits.
#[test]
fn workflow_list_80x24() {
    let mut m = with_workflows();
    let t = render(&m, 80, 24);
    find_row(&t, "▶ Workflow fits: Refund request (W)");
    update(&mut m, key("W"));
    insta::assert_snapshot!(render(&m, 80, 24).backend());
}

/// A workflow under way: the step number, the path so far, the question and its answers.
#[test]
fn workflow_step_80x24() {
    let mut m = with_workflows();
    for k in ["W", "1", "a", "enter"] {
        update(&mut m, key(k));
    }
    insta::assert_snapshot!(render(&m, 80, 24).backend());
}

#[test]
fn workflow_instruction_120x40() {
    let mut m = with_workflows();
    for k in ["W", "1", "1"] {
        update(&mut m, key(k));
    }
    insta::assert_snapshot!(render(&m, 120, 40).backend());
}

/// At the end the reply waits in the composer, which says the path note goes with it.
#[test]
fn workflow_end_composer_says_the_note_goes_with_the_reply() {
    let mut m = with_workflows();
    for k in ["W", "1", "1", "enter", "1"] {
        update(&mut m, key(k));
    }
    find_row(&render(&m, 80, 24), "▶ Workflow done: Refund request");
    let t = render(&m, 200, 60);
    let row = row_text(&t, find_row(&t, "Reply to"));
    assert!(row.contains("+ workflow note, status → solved"), "{row}");
}

fn screen_text(t: &Terminal<TestBackend>) -> String {
    let h = t.backend().buffer().area.height;
    (0..h)
        .map(|y| row_text(t, y))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_attachment_listing_and_the_picker_at_80x24() {
    let mut m = loaded_model();
    m.size = (80, 24);
    let s = screen_text(&render(&m, 80, 24));
    assert!(
        s.contains("receipt-88213.pdf (48 kB, application/pdf)"),
        "{s}"
    );
    update(&mut m, key("A"));
    let s = screen_text(&render(&m, 80, 24));
    assert!(s.contains("Attachments of #1001"), "{s}");
    assert!(
        s.contains("receipt-88213.pdf  (48 kB, application/pdf)"),
        "{s}"
    );
    assert!(s.contains("enter save · o open"), "{s}");
}

/// The loaded model with the knowledge overlay open on #1001's suggestions.
fn knowledge_model() -> Model {
    use crate::helpdesk::{ArticleHit, Id};
    let mut m = loaded_model();
    let req = m.kb.suggested.as_ref().unwrap().req;
    let hit = |id: &str, title: &str, snippet: &str| ArticleHit {
        id: Id(id.into()),
        title: title.into(),
        section: Some("Refunds".into()),
        snippet: snippet.into(),
        url: None,
    };
    update(
        &mut m,
        crate::app::msg::Msg::KbFound {
            req,
            result: Ok(crate::knowledge::Found {
                hits: vec![
                    hit(
                        "31",
                        "Refund requests: returned orders and cancelled subscriptions",
                        "A refund is issued when the warehouse scans the return.",
                    ),
                    hit(
                        "local:refunds/blender.md",
                        "Blenders: the return label",
                        "Print the label from the order page.",
                    ),
                ],
                note: None,
            }),
        },
    );
    update(&mut m, key("K"));
    m
}

#[test]
fn knowledge_overlay_80x24() {
    let m = knowledge_model();
    insta::assert_snapshot!(render(&m, 80, 24).backend());
}

#[test]
fn knowledge_article_80x24_and_beside_120x40() {
    use crate::helpdesk::{Article, Id};
    let mut m = knowledge_model();
    let fx = update(&mut m, key("enter"));
    let [crate::app::msg::Effect::KbArticle { req, .. }] = &fx[..] else {
        panic!("{fx:?}")
    };
    let article = Article {
        id: Id("31".into()),
        title: "Refund requests: returned orders and cancelled subscriptions".into(),
        section: Some("Refunds".into()),
        body: crate::html::article_to_text(
            "<h2>Returned orders</h2><p>A refund is issued when the warehouse scans the return. \
             If the customer returned the order more than 10 days ago and no refund shows, issue it \
             from <a href=\"https://help.example.com/orders\">the order page</a>.</p>\
             <h2>Subscriptions</h2><ul><li>A renewal cancelled before its date is refunded in full.</li>\
             <li>Cancel the renewal first, then refund.</li></ul><img alt=\"The Refund button\" src=\"x.png\">",
        ),
        html: false,
        url: Some("https://help.example.com/hc/en-us/articles/31".into()),
        updated_at: None,
    };
    update(
        &mut m,
        crate::app::msg::Msg::KbArticle {
            req: *req,
            result: Ok(article),
        },
    );
    let t = render(&m, 80, 24);
    find_row(&t, "## Returned orders");
    find_row(&t, "[image: The Refund button]");
    insta::assert_snapshot!(t.backend());
    update(&mut m, key("b"));
    let t = render(&m, 120, 40);
    find_row(&t, "Refund requests: returned");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn the_selected_row_is_marked_with_text_and_holds_the_hardware_cursor() {
    let mut m = loaded_model();
    update(&mut m, key("j"));
    let t = render(&m, 120, 40);
    // Not by colour alone: a `>` before the selected ticket, and only there.
    let y = find_row(&t, "> #1002");
    assert!(!row_text(&t, find_row(&t, "#1001")).contains('>'));
    // Screen magnifiers and braille displays follow the terminal's cursor: it stands on the row.
    assert!(t.backend().cursor_visible(), "the cursor is shown");
    let at = t.backend().cursor_position();
    assert_eq!(at.y, y, "the cursor is on the selected row");
    assert_eq!(row_text(&t, y).chars().nth(at.x as usize), Some('>'));
}

#[test]
fn without_ticking_clocks_the_queue_shows_the_time_of_the_last_action() {
    let mut m = loaded_model();
    let before = render(&m, 120, 40);
    let row = find_row(&before, "> #1001");
    m.clock_at = Some(m.now);
    m.now += jiff::SignedDuration::from_hours(5);
    assert_eq!(
        row_text(&render(&m, 120, 40), row),
        row_text(&before, row),
        "standing still"
    );
    m.clock_at = None;
    assert_ne!(row_text(&render(&m, 120, 40), row), row_text(&before, row));
}

/// #1001 snoozed for an hour, and the snooze picker open on #1002 with the helpdesk toggle on
/// and a time typed.
fn snooze_picker_model() -> Model {
    let mut m = loaded_model();
    update(&mut m, key("Z"));
    update(&mut m, key("enter"));
    update(&mut m, key("Z"));
    update(&mut m, key("tab"));
    typed(&mut m, "tomorrow 8:00");
    m
}

#[test]
fn snooze_picker_120x40() {
    let m = snooze_picker_model();
    let t = render(&m, 120, 40);
    find_row(&t, "Snooze #1002");
    find_row(&t, "Tomorrow at 09:00");
    find_row(&t, "[x] also set it pending on the helpdesk");
    find_row(&t, "Wakes Tue 24 Nov 08:00 (UTC)");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn snooze_picker_80x24() {
    let mut m = snooze_picker_model();
    // A time that cannot be read says why, where the wake-up time would be.
    for _ in 0.."tomorrow 8:00".len() {
        update(&mut m, key("backspace"));
    }
    typed(&mut m, "25:00");
    let t = render(&m, 80, 24);
    find_row(&t, "no such time “25:00”");
    insta::assert_snapshot!(t.backend());
}

fn snoozed_view_model() -> Model {
    let mut m = loaded_model();
    update(&mut m, key("Z"));
    update(&mut m, key("enter"));
    update(&mut m, key("j"));
    update(&mut m, key("Z"));
    typed(&mut m, "mon 10:00");
    update(&mut m, key("enter"));
    update(&mut m, key("]"));
    m
}

#[test]
fn snoozed_view_120x40() {
    let m = snoozed_view_model();
    let t = render(&m, 120, 40);
    find_row(&t, "Queue: Snoozed (2)");
    // Soonest to wake first, each with its wake-up time.
    let first = find_row(&t, "#1001 open");
    let second = find_row(&t, "#1003 pending");
    assert!(first < second);
    assert!(
        row_text(&t, first).contains("11:00"),
        "{}",
        row_text(&t, first)
    );
    assert!(
        row_text(&t, second).contains("30 Nov 10:00"),
        "{}",
        row_text(&t, second)
    );
    insta::assert_snapshot!(t.backend());
}

#[test]
fn snoozed_view_80x24() {
    let m = snoozed_view_model();
    insta::assert_snapshot!(render(&m, 80, 24).backend());
}

/// The workspace in each of tix's languages: panel titles, column heads and the status bar come
/// from that language's catalogue (the helpdesk's own text stays as written).
#[test]
fn workspace_120x40_in_each_language() {
    for lang in crate::i18n::Lang::ALL {
        let m = loaded_model_with(|m| m.lang = lang);
        let t = render(&m, 120, 40);
        insta::assert_snapshot!(format!("workspace_120x40_{}", lang.tag()), t.backend());
    }
}

/// A row as a terminal shows it: a wide character's second cell is not read again.
fn shown_text(t: &Terminal<TestBackend>, y: u16) -> String {
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

/// Chinese labels and a Chinese subject take two columns a character: every column of the queue
/// still starts where it does in English, and the row ends at the border.
#[test]
fn workspace_80x24_in_chinese_stays_aligned() {
    let mut m = loaded_model_with(|m| m.lang = crate::i18n::Lang::Zh);
    let subject = "无法登录账户，重置密码的邮件一直收不到，请尽快处理";
    m.queue.tickets[0].subject = subject.into();
    if let Some(r) = m.queue.tickets[0].requester.as_mut() {
        r.name = "王伟".into();
    }
    let t = render(&m, 80, 24);
    insta::assert_snapshot!(t.backend());
    let english_model = loaded_model();
    let english = render(&english_model, 80, 24);
    let rows: Vec<u16> = (2..7).collect();
    for &y in &rows {
        let zh = shown_text(&t, y);
        let en = shown_text(&english, y);
        assert_eq!(
            unicode_width::UnicodeWidthStr::width(zh.as_str()),
            80,
            "row {y}: {zh}"
        );
        // Each ticket's subject starts at the same column in both languages, whatever the
        // widths of the labels and names before it.
        let t = &m.queue.tickets[m.queue.visible[(y - 2) as usize]];
        let en_t = &english_model.queue.tickets[english_model.queue.visible[(y - 2) as usize]];
        let start = |row: &str, subject: &str| {
            let cut: String = subject.chars().take(4).collect();
            let at = row.find(&cut).unwrap_or_else(|| panic!("{cut} in {row}"));
            unicode_width::UnicodeWidthStr::width(&row[..at])
        };
        assert_eq!(
            start(&zh, &t.subject),
            start(&en, &en_t.subject),
            "row {y}: {zh} / {en}"
        );
        assert!(zh.ends_with('┃'), "row {y}: {zh}");
    }
    let first = shown_text(&t, 2);
    assert!(first.contains("王伟"), "{first}");
    assert!(
        first.contains("无法登录账户") && !first.contains(subject),
        "cut: {first}"
    );
}

/// Two tickets selected (one under the cursor, one not): the rows carry a `•`, the queue's title
/// and the status bar say how many.
fn selected_queue() -> crate::app::model::Model {
    let mut m = loaded_model();
    update(&mut m, key("x"));
    update(&mut m, key("j"));
    update(&mut m, key("j"));
    update(&mut m, key("x"));
    m
}

#[test]
fn the_selected_queue_at_120x40_and_80x24() {
    let m = selected_queue();
    let t = render(&m, 120, 40);
    find_row(&t, "2 selected");
    assert!(row_text(&t, find_row(&t, "#1001")).contains('•'));
    assert!(!row_text(&t, find_row(&t, "#1002")).contains('•'));
    // The cursor's mark and the selection's side by side: the row under the cursor is selected.
    let row = row_text(&t, find_row(&t, "#1003 pending"));
    assert!(row.contains(">• #1003"), "{row}");
    insta::assert_snapshot!("selected_queue_120x40", t.backend());
    insta::assert_snapshot!("selected_queue_80x24", render(&m, 80, 24).backend());
}

#[test]
fn the_bulk_confirmation_at_120x40_and_80x24() {
    let mut m = selected_queue();
    update(&mut m, key("s"));
    typed(&mut m, "pend");
    update(&mut m, key("enter"));
    let t = render(&m, 120, 40);
    find_row(&t, "2 tickets: status → pending");
    insta::assert_snapshot!("bulk_confirmation_120x40", t.backend());
    insta::assert_snapshot!("bulk_confirmation_80x24", render(&m, 80, 24).backend());
}

#[test]
fn the_collision_prompt_80x24_and_120x40() {
    let mut m = loaded_model();
    crate::app::collide_tests::collided_reply(&mut m);
    let small = render(&m, 80, 24);
    insta::assert_snapshot!("collision_80x24", small.backend());
    find_row(&small, "send anyway");
    let big = render(&m, 120, 40);
    insta::assert_snapshot!("collision_120x40", big.backend());
    find_row(&big, "I found it on my card statement.");
    find_row(&big, "taken by Bo Colleague");
}

/// With tickets selected, a field picker acts on all of them: its title says so, not the one
/// ticket under the cursor.
#[test]
fn a_picker_over_a_selection_names_the_selection() {
    let mut m = selected_queue();
    update(&mut m, key("s"));
    let t = render(&m, 120, 40);
    let y = find_row(&t, "Status · 2 selected tickets");
    assert!(!row_text(&t, y).contains("#1003"), "{}", row_text(&t, y));
    // The value one of them has now is not the selection's: no option is marked "(now)".
    assert!(
        (0..40).all(|y| !row_text(&t, y).contains("(now)")),
        "a value marked (now) over a selection"
    );
}

/// A picker speaks the agent's language around the helpdesk's own words.
#[test]
fn the_status_picker_in_russian() {
    let mut m = loaded_model_with(|m| m.lang = crate::i18n::Lang::Ru);
    update(&mut m, key("s"));
    let t = render(&m, 80, 24);
    find_row(&t, "Статус #1001");
    find_row(&t, "(сейчас)");
    find_row(&t, "введите для фильтра");
}

/// The snooze picker in Chinese: its words, the days named as Chinese names them, and the
/// presets' times in one column although the labels are wide.
#[test]
fn the_snooze_picker_in_chinese() {
    let mut m = loaded_model_with(|m| m.lang = crate::i18n::Lang::Zh);
    update(&mut m, key("Z"));
    let t = render(&m, 120, 40);
    // Rows as shown (a wide character's second cell not read again).
    let rows: Vec<String> = (0..40).map(|y| shown_text(&t, y)).collect();
    let find = |needle: &str| {
        rows.iter()
            .find(|r| r.contains(needle))
            .unwrap_or_else(|| panic!("{needle:?} not on screen:\n{}", rows.join("\n")))
            .clone()
    };
    find("暂缓 #1001");
    let tomorrow = find("明天 09:00");
    let hour = find("1 小时后");
    // The preset's time starts at the same column on both rows (display columns).
    let col = |row: &str, at: &str| {
        let i = row.find(at).unwrap();
        unicode_width::UnicodeWidthStr::width(&row[..i])
    };
    let in_an_hour = (m.now + jiff::SignedDuration::from_hours(1))
        .to_zoned(m.snooze.clock.tz.clone())
        .strftime("%H:%M")
        .to_string();
    assert_eq!(
        col(&tomorrow, "周"),
        col(&hour, &in_an_hour),
        "{tomorrow}\n{hour}"
    );
    find("或输入时间");
}

/// The collision prompt's frame and keys in Estonian (what changed is shown as written).
#[test]
fn the_collision_prompt_in_estonian() {
    let mut m = loaded_model_with(|m| m.lang = crate::i18n::Lang::Et);
    crate::app::collide_tests::collided_reply(&mut m);
    let t = render(&m, 120, 40);
    find_row(&t, "Muutunud: #1001");
    find_row(&t, "Sinu vastust ei saadetud.");
    find_row(&t, "s saada ikkagi · e muuda · d jäta mustandiks");
}

/// The customer panel's title says what it can whole: with the key that reveals where there is
/// room, else only that the details are masked (the key is in help), never a word cut in two.
#[test]
fn the_customer_title_fits_without_a_cut_word() {
    let m = loaded_model();
    find_row(&render(&m, 120, 40), "Customer (masked: v reveals)");
    let small = render(&m, 80, 24);
    let y = find_row(&small, "Customer (masked)");
    assert!(
        !row_text(&small, y).contains('…'),
        "{}",
        row_text(&small, y)
    );
}

/// However long the notice or the alert, the status bar keeps the key that says where help is
/// (at 80 columns a long alert took the whole bar).
#[test]
fn the_status_bar_keeps_the_help_key_beside_a_long_alert() {
    let mut m = loaded_model();
    m.alerts.shown = Some("61 tickets at or near SLA breach (first: #1307, 14m)".into());
    let t = render(&m, 80, 24);
    let bar = row_text(&t, 23);
    assert!(bar.contains("? help"), "{bar}");
    assert!(
        bar.contains("⚠ 61 tickets"),
        "the alert is still said: {bar}"
    );
}
