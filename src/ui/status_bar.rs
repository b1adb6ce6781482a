//! The status bar: profile, connection, requests in flight with progress, the last notice, key hints.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::text::{thousands, truncate};
use crate::action::Action;
use crate::app::model::{Connection, Mode, Model};
use crate::keymap::Context;

/// What the composer's keys do, said the same in its border and in the status bar.
pub const COMPOSE_HINTS: &[(Context, Action, &str)] = &[
    (Context::Compose, Action::Send, "send"),
    (Context::Compose, Action::Cancel, "keep draft"),
    (Context::Compose, Action::ExternalEditor, "editor"),
];

/// Key hints from the active keymap (`ctrl-s send`), so they stay true when keys are rebound;
/// an action with no key is left out.
pub fn hints(m: &Model, what: &[(Context, Action, &str)]) -> Vec<String> {
    what.iter()
        .filter_map(|(ctx, a, word)| Some(format!("{} {word}", m.keymap.key_for(*ctx, *a)?)))
        .collect()
}

pub fn draw(f: &mut Frame, m: &Model, area: Rect) {
    let bar = m.theme.get("status_bar");
    let mut spans = vec![];
    let place = if m.demo {
        format!(" tix · demo helpdesk ({}) ", m.backend)
    } else {
        format!(" tix · {} ({}) ", m.profile, m.backend)
    };
    spans.push(Span::raw(place));
    spans.push(match &m.connection {
        Connection::Connecting => Span::raw("· connecting "),
        Connection::Online => Span::raw("· online "),
        Connection::Offline { since, .. } => Span::styled(
            format!("· OFFLINE since {} ", super::local_time(m, *since)),
            m.theme.get("error"),
        ),
    });
    if m.outbox > 0 {
        spans.push(Span::raw(format!("· outbox {} ", m.outbox)));
    }
    if let Some(at) = m.cached_at {
        spans.push(Span::raw(format!(
            "· queue as saved {} ",
            super::local_time(m, at)
        )));
    }
    if let Some(at) = m.retry_at {
        let secs = at.duration_since(m.now).as_secs().max(0);
        spans.push(Span::raw(format!("· retry in {secs} s ")));
    }
    // The API budget only when it is running out (background work is slowed then).
    if let Some(b) = m.rate_budget.filter(|b| b.is_low()) {
        spans.push(Span::styled(
            format!("· API {}/{} ", b.remaining, b.limit),
            m.theme.get("sla_warn"),
        ));
    }
    if !m.in_flight.is_empty() {
        spans.push(Span::raw(format!("· ⟳ {} ", m.in_flight.len())));
    }
    if !m.marked.is_empty() {
        spans.push(Span::styled(
            format!("· {} selected ", m.marked.len()),
            m.theme.get("key_hint"),
        ));
    }
    if let Some(p) = crate::app::bulk::progress(m) {
        spans.push(Span::raw(format!("· {p} ")));
    }
    if let Some(p) = m.progress {
        let loaded = thousands(p.loaded as u64);
        spans.push(Span::raw(match p.total {
            Some(t) => format!("· loading {loaded} of {} ", thousands(t)),
            None => format!("· loading {loaded} "),
        }));
    }
    // The notice and the alert: cut to the room left, ending in a pointer to the message log
    // where they can be read whole.
    let mut said = vec![];
    if let Some(n) = &m.notice {
        let style = if n.error {
            m.theme.get("error")
        } else {
            Default::default()
        };
        said.push(Span::styled(format!("· {} ", n.text), style));
    }
    if let Some(a) = &m.alert {
        said.push(Span::styled(format!("· ⚠ {a} "), m.theme.get("sla_warn")));
    }
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let room = (area.width as usize).saturating_sub(used);
    let wanted: usize = said.iter().map(|s| s.width()).sum();
    if wanted > room {
        let more = m
            .keymap
            .key_for(Context::Global, Action::Messages)
            .map_or(String::new(), |k| format!(" {k} log "));
        let mut left = room.saturating_sub(more.chars().count());
        for s in said {
            if left == 0 {
                break;
            }
            let cut = truncate(&s.content, left);
            left = left.saturating_sub(super::text::width(&cut));
            spans.push(Span::styled(cut, s.style));
        }
        spans.push(Span::styled(more, m.theme.get("key_hint")));
    } else {
        spans.extend(said);
    }
    // Most useful first: as many as fit, so a narrow terminal still says where help is (at 80
    // columns all six did not fit, and none was shown).
    let all = match m.mode() {
        Mode::Compose => hints(m, COMPOSE_HINTS),
        _ => hints(
            m,
            &[
                (Context::Global, Action::Help, "help"),
                (Context::Global, Action::Quit, "quit"),
                (Context::Global, Action::Reply, "reply"),
                (Context::Global, Action::Note, "note"),
                (Context::Global, Action::Palette, "palette"),
                (Context::Global, Action::Canned, "canned"),
            ],
        ),
    };
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let room = (area.width as usize).saturating_sub(used);
    let mut hint = String::new();
    for h in all {
        let next = format!("{h}  ");
        if hint.len() + next.len() > room {
            break;
        }
        hint.push_str(&next);
    }
    if !hint.is_empty() {
        spans.push(Span::raw(" ".repeat(room - hint.len())));
        spans.push(Span::styled(hint, m.theme.get("key_hint")));
    }
    f.render_widget(Line::from(spans).style(bar), area);
}
