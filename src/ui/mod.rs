//! Drawing: a pure function of the model. No I/O here, and nothing in here knows the backend.

pub mod canned;
pub mod changes;
pub mod conversation;
pub mod customer;
pub mod knowledge;
pub mod popup;
pub mod queue;
#[cfg(test)]
mod render_overlay_tests;
#[cfg(test)]
mod render_tests;
pub mod snooze;
pub mod status_bar;
pub mod text;

use jiff::Timestamp;
use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType};

use crate::app::model::{Focus, Mode, Model, Overlay};
use crate::helpdesk::{SlaState, StatusCategory, Ticket};

/// A list's filter in its panel's title (`/refund `), with the caret while the agent types into
/// that panel's filter; nothing when there is no filter.
pub fn filter_span(m: &Model, text: &str, panel: Focus) -> Option<Span<'static>> {
    let typing = m.mode() == Mode::Filter && m.focus == panel;
    if !typing && text.is_empty() {
        return None;
    }
    let shown = if typing {
        crate::app::line_edit::with_caret(text, m.prompt_cursor)
    } else {
        text.to_string()
    };
    Some(Span::styled(format!("/{shown} "), m.theme.get("key_hint")))
}

/// What drawing keeps from one frame to the next so as not to redo it (the current conversation
/// laid out for the panel). Owned beside the model by whoever draws; a cache, never state: a fresh
/// one draws the same screen.
#[derive(Default)]
pub struct Cache {
    pub conversation: Option<conversation::Layout>,
}

pub fn draw(f: &mut Frame, m: &Model, cache: &mut Cache) {
    let p = crate::layout::panels(f.area(), m.composer.is_some());
    let selected_row = queue::draw(f, m, p.queue);
    conversation::draw(f, m, &mut cache.conversation, p.conversation);
    if let Some(area) = p.composer {
        conversation::draw_composer(f, m, area);
    }
    match &m.kb.beside {
        Some((a, scroll)) => knowledge::beside(f, m, a, *scroll, p.customer),
        None => customer::draw(f, m, p.customer),
    }
    canned::draw(f, m, p.canned);
    status_bar::draw(f, m, p.status);
    match &m.overlay {
        Some(Overlay::Help { query, scroll }) => popup::help(f, m, query, *scroll),
        Some(Overlay::Pick(p)) => popup::picker(f, m, p),
        Some(Overlay::Palette(p)) => popup::palette(f, m, p),
        Some(Overlay::Problems) => popup::problems(f, m),
        Some(Overlay::Metrics) => popup::metrics(f, m),
        Some(Overlay::Messages) => popup::messages(f, m),
        Some(Overlay::Tags(input)) => popup::tags(f, m, input),
        Some(Overlay::Search(input)) => popup::search(f, m, input),
        Some(Overlay::Macro(p)) => changes::macro_preview(f, m, p),
        Some(Overlay::Workflow(p)) => changes::workflow(f, m, &p.ticket),
        Some(Overlay::Knowledge(k)) => knowledge::overlay(f, m, k),
        Some(Overlay::Snooze(p)) => snooze::picker(f, m, p),
        Some(Overlay::Confirm(c)) => changes::confirm(f, m, c),
        Some(Overlay::Collision(c)) => changes::collision(f, m, c),
        // The filter is typed in its panel's title.
        Some(Overlay::Filter) | None => {}
    }
    if !m.pending_keys.is_empty() {
        popup::which_key(f, m);
    }
    // The terminal's own cursor on the focused row: screen magnifiers and braille displays follow
    // it (a frame that places none hides it, as before, under overlays and the composer).
    if m.focus == Focus::Queue
        && m.overlay.is_none()
        && m.composer.is_none()
        && m.pending_keys.is_empty()
        && let Some(at) = selected_row
    {
        f.set_cursor_position(at);
    }
}

/// A panel's frame: title, and a brighter border when it has the focus.
pub fn panel<'a>(m: &Model, title: Line<'a>, focus: Focus) -> Block<'a> {
    let focused = m.focus == focus && m.mode() != Mode::Compose;
    let (border, title_style) = if focused {
        (m.theme.get("border_focused"), m.theme.get("title_focused"))
    } else {
        (m.theme.get("border"), m.theme.get("title"))
    };
    Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(border)
        .title(title.style(title_style))
}

pub fn status_style(m: &Model, t: &Ticket) -> Style {
    m.theme.get(match t.status.category {
        StatusCategory::New => "status_new",
        StatusCategory::Open => "status_open",
        StatusCategory::Pending => "status_pending",
        StatusCategory::OnHold => "status_hold",
        _ => "status_solved",
    })
}

/// The queue's right-hand column: the nearest SLA target as a countdown (with a role for colour and
/// a "!" when breached, so meaning survives without colour), else the ticket's age.
pub fn clock(m: &Model, t: &Ticket, now: Timestamp) -> Span<'static> {
    if let Some(target) = t.next_sla()
        && target.state == SlaState::Active
        && let Some(due) = target.due_at
    {
        let left = due.duration_since(now);
        let (role, mark) = if left.is_negative() {
            ("sla_breach", "!")
        } else if left.as_secs() < 3600 {
            ("sla_warn", "")
        } else {
            ("sla_ok", "")
        };
        return Span::styled(
            format!("{mark}{}", crate::duration::short(m.lang, left)),
            m.theme.get(role),
        );
    }
    // No running clock: how long since the last update, said so in words.
    let Some(updated) = crate::helpdesk::known(t.updated_at) else {
        return Span::styled("?", m.theme.get("muted"));
    };
    let age = now.duration_since(updated);
    Span::styled(
        crate::t!(
            m.lang,
            "clock-ago",
            age = crate::duration::short(m.lang, age)
        ),
        m.theme.get("muted"),
    )
}

/// A time as the agent's clock shows it; "unknown" for a time the helpdesk sent unreadable.
/// An attachment as the conversation lists it: `📎 receipt.pdf (12 kB, application/pdf)`.
pub fn attachment_line(a: &crate::helpdesk::Attachment) -> String {
    match crate::attachments::details(a) {
        d if d.is_empty() => format!("📎 {}", a.name),
        d => format!("📎 {} ({d})", a.name),
    }
}

/// A time as the agent reads it (a message's, the status bar's offline and saved times): in the agent's time zone,
/// 24-hour, and today's messages by the time alone (the day is plain); another day carries its
/// day and month in the language's words (`3 Dec 08:00`, `3 дек. 08:00`, `12月3日 08:00`), and
/// another year its year too.
pub fn message_time(m: &Model, t: Timestamp) -> String {
    m.lang.moment(t, m.now, &m.tz)
}
