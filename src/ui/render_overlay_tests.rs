//! Rendered-buffer tests of the overlays (workflows, attachments, knowledge, snooze, bulk changes,
//! collisions, pickers over a selection) and of the workspace in each language.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::render_tests::{find_row, render, row_text, shown_text};
use crate::app::fixtures::*;
use crate::app::model::Model;
use crate::app::update::update;

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

/// What the collision prompt lists as changed, and the notice that opened it, are in the agent's
/// language; the values stay the helpdesk's.
#[test]
fn the_collision_prompt_says_what_changed_in_russian() {
    let mut m = loaded_model();
    m.lang = crate::i18n::Lang::Ru;
    crate::app::collide_tests::collided_reply(&mut m);
    let t = screen(&render(&m, 120, 40));
    assert!(t.contains("• статус open → pending"), "{t}");
    assert!(t.contains("• взял(а) Bo Colleague"), "{t}");
    assert!(t.contains("написал(а) (22 нояб. 09:33):"), "{t}");
    assert!(t.contains("I found it on my card statement."), "{t}");
    let notice = m
        .log
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(
        notice.contains("изменилась с тех пор, как вы её открыли"),
        "{notice}"
    );
    assert!(notice.contains("ваш ответ не отправлен"), "{notice}");
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

/// In a narrow terminal the alert has the room the place's long name took: at 80 columns "26
/// tickets at or near…" said neither what nor which ticket.
#[test]
fn a_narrow_status_bar_gives_the_alert_the_places_room() {
    let mut m = loaded_model();
    m.alerts.shown = Some("26 tickets at or near SLA breach (first: #1122, -47h)".into());
    let bar = row_text(&render(&m, 80, 24), 23);
    assert!(bar.contains("⚠ 26 tickets at or near SLA breach"), "{bar}");
    assert!(bar.starts_with(" tix · demo "), "{bar}");
    assert!(bar.contains("? help"), "{bar}");
    // With room, the place is said whole.
    let bar = row_text(&render(&m, 120, 40), 39);
    assert!(bar.contains("demo helpdesk (zendesk)"), "{bar}");
}

/// The whole text of a screen, a wide character once.
fn screen(t: &Terminal<TestBackend>) -> String {
    let h = t.backend().buffer().area.height;
    (0..h).map(|y| shown_text(t, y) + "\n").collect()
}

/// The pop-ups speak the agent's language: help (with the keymap's section beside each heading),
/// the palette, a bulk change's confirmation, the workflow list, the day's numbers.
#[test]
fn the_pop_ups_in_each_language() {
    use crate::i18n::Lang;
    let mut m = loaded_model();
    m.lang = Lang::Ro;
    update(&mut m, key("?"));
    let t = screen(&render(&m, 120, 40));
    assert!(t.contains("Taste: scrie ca să cauți"), "{t}");
    assert!(t.contains("peste tot [global]"), "{t}");

    let mut m = selected_queue();
    m.lang = Lang::Zh;
    update(&mut m, key("s"));
    typed(&mut m, "pend");
    update(&mut m, key("enter"));
    let t = screen(&render(&m, 120, 40));
    assert!(t.contains("批量修改"), "{t}");
    assert!(t.contains("应用"), "{t}");

    let mut m = with_workflows();
    m.lang = Lang::Et;
    update(&mut m, key("W"));
    let t = screen(&render(&m, 80, 24));
    assert!(t.contains("Töövood · #"), "{t}");
    assert!(t.contains("Sellele piletile sobivad:"), "{t}");

    let mut m = loaded_model();
    m.lang = Lang::Ru;
    m.overlay = Some(crate::app::model::Overlay::Metrics);
    let t = screen(&render(&m, 120, 40));
    assert!(t.contains("Сегодня"), "{t}");
    // Values line up: each label padded to the same display width.
    let col = |label: &str| {
        let row = t.lines().find(|l| l.contains(label)).unwrap();
        let at = row.find(label).unwrap() + label.len();
        let rest = &row[at..];
        let value_at = rest.len() - rest.trim_start().len();
        unicode_width::UnicodeWidthStr::width(&row[..at + value_at])
    };
    assert_eq!(col("обработано сегодня"), col("медиана первого ответа"));
}

/// The conversation's times in the agent's zone (Bucharest, UTC+2 in November), 24-hour: a
/// message of today by its time alone, one of another day with the day and month in the
/// language's words, one of another year with its year too.
#[test]
fn conversation_times_are_local_and_in_each_language() {
    use crate::i18n::Lang;
    let bucharest = jiff::tz::TimeZone::get("Europe/Bucharest").unwrap();
    let other_day = [
        (Lang::En, "20 Nov 10:00"),
        (Lang::Ro, "20 nov. 10:00"),
        (Lang::Ru, "20 нояб. 10:00"),
        (Lang::Zh, "11月20日 10:00"),
        (Lang::Et, "20. nov 10:00"),
    ];
    for (lang, shown) in other_day {
        let mut m = loaded_model_with(|m| {
            m.lang = lang;
            m.tz = bucharest.clone();
        });
        // The first message is 2026-11-20 08:00 UTC; the model's now is three days later.
        let t = render(&m, 120, 40);
        let row = shown_text(&t, find_row(&t, "Ana Popescu ·"));
        assert!(
            row.contains(&format!("Ana Popescu · {shown} ·")),
            "{lang:?}: {row}"
        );

        m.now = "2026-11-20T21:00:00Z".parse().unwrap();
        let t = render(&m, 120, 40);
        let row = shown_text(&t, find_row(&t, "Ana Popescu ·"));
        assert!(
            row.contains("Ana Popescu · 10:00 ·"),
            "{lang:?} today: {row}"
        );

        m.now = "2027-01-05T09:00:00Z".parse().unwrap();
        let t = render(&m, 120, 40);
        let row = shown_text(&t, find_row(&t, "Ana Popescu ·"));
        let date = shown.trim_end_matches(" 10:00");
        assert!(
            row.contains(date) && row.contains("2026") && row.contains("10:00 ·"),
            "{lang:?} last year: {row}"
        );
    }
}
