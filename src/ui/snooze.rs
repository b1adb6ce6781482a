//! The snooze picker: the ticket it snoozes, the presets with their times, the time typed, the
//! helpdesk toggle, and the wake-up time Enter would set (or why there is none).

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::popup::{centered, clear};
use super::text::truncate;
use crate::action::Action;
use crate::app::line_edit::with_caret;
use crate::app::model::{Model, SnoozePicker};
use crate::keymap::Context;
use crate::snooze::{shown, shown_long};

pub fn picker(f: &mut Frame, m: &Model, p: &SnoozePicker) {
    let area = f.area();
    let w = area.width.saturating_sub(4).clamp(20, 72);
    let room = (w as usize).saturating_sub(2);
    let tz = &m.snooze.clock.tz;
    let typing = !p.typed.trim().is_empty();
    let wake = p.wake_at(m.lang, m.now, &m.snooze.clock);
    let l = m.lang;
    let mut lines: Vec<Line> = vec![];
    for (i, preset) in p.presets.iter().enumerate() {
        let when = shown(l, preset.at, m.now, tz);
        // Padded by display width: a Chinese label is twice as wide as its characters.
        let pad =
            24usize.saturating_sub(unicode_width::UnicodeWidthStr::width(preset.label.as_str()));
        let label = format!(" {}{}{when}", preset.label, " ".repeat(pad.max(1)));
        let l = Line::raw(truncate(&label, room));
        // While a time is typed, it is the one set: the presets step back.
        lines.push(if typing {
            l.style(m.theme.get("muted"))
        } else if i == p.selected {
            l.style(m.theme.get("selection"))
        } else {
            l
        });
    }
    // The time typed, and what it reads as (or why it does not).
    let typed = format!(" > {}", with_caret(&p.typed, m.prompt_cursor));
    let mut row = vec![Span::styled(typed.clone(), m.theme.get("key_hint"))];
    let pad = 25usize.saturating_sub(unicode_width::UnicodeWidthStr::width(typed.as_str()));
    row.push(Span::raw(" ".repeat(pad.max(1))));
    match (&wake, typing) {
        (Ok(at), true) => row.push(Span::raw(shown(l, *at, m.now, tz))),
        (Err(why), true) => row.push(Span::styled(why.clone(), m.theme.get("error"))),
        (_, false) => row.push(Span::styled(
            crate::t!(l, "snooze-type-a-time"),
            m.theme.get("muted"),
        )),
    }
    lines.push(Line::from(row));
    lines.push(Line::raw(""));
    let key = m
        .keymap
        .key_for(Context::Snooze, Action::SnoozeHelpdesk)
        .unwrap_or_default();
    let toggle = match &p.waiting {
        Some((_, label)) => {
            let mark = if p.on_helpdesk { "[x]" } else { "[ ]" };
            let said = crate::t!(
                l,
                "snooze-on-helpdesk",
                status = label.as_str(),
                key = key.as_str()
            );
            format!(" {mark} {said}")
        }
        None => format!(" {}", crate::t!(l, "snooze-no-waiting-status")),
    };
    lines.push(Line::raw(truncate(&toggle, room)));
    lines.push(match &wake {
        Ok(at) => Line::raw(truncate(
            &format!(
                " {}",
                crate::t!(l, "snooze-wakes", when = shown_long(l, *at, tz))
            ),
            room,
        )),
        Err(why) => Line::styled(truncate(&format!(" {why}"), room), m.theme.get("error")),
    });
    let rect = centered(area, w, lines.len() as u16 + 2);
    let title = format!(
        " {} ",
        crate::t!(l, "snooze-title", ticket = m.ticket_named(&p.ticket.id))
    );
    // The keys as the keymap binds them (the picker takes [palette]'s accept and cancel).
    let key = |a| {
        m.keymap
            .key_for(Context::Palette, a)
            .unwrap_or_else(|| a.name().to_string())
    };
    let keys = crate::t!(
        l,
        "snooze-keys",
        accept = key(Action::Accept),
        cancel = key(Action::Dismiss)
    );
    clear(f, rect);
    f.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .title(truncate(&title, room))
                .title_bottom(Line::styled(format!(" {keys} "), m.theme.get("muted"))),
        ),
        rect,
    );
}
