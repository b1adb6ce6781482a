//! The status bar: profile, connection, requests in flight with progress, the last notice, key hints.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::text::truncate;
use crate::action::Action;
use crate::app::model::{Connection, Mode, Model};
use crate::i18n::Lang;
use crate::keymap::Context;
use crate::t;

/// A key hint: the key's context and action, and the word for what it does.
pub type Hint = (Context, Action, fn(Lang) -> String);

/// What the composer's keys do, said the same in its border and in the status bar.
pub const COMPOSE_HINTS: &[Hint] = &[
    (Context::Compose, Action::Send, |l| t!(l, "hint-send")),
    (Context::Compose, Action::Cancel, |l| {
        t!(l, "hint-keep-draft")
    }),
    (Context::Compose, Action::ExternalEditor, |l| {
        t!(l, "hint-editor")
    }),
];

/// Key hints from the active keymap (`ctrl-s send`), so they stay true when keys are rebound;
/// an action with no key is left out.
pub fn hints(m: &Model, what: &[Hint]) -> Vec<String> {
    what.iter()
        .filter_map(|(ctx, a, word)| {
            Some(format!("{} {}", m.keymap.key_for(*ctx, *a)?, word(m.lang)))
        })
        .collect()
}

pub fn draw(f: &mut Frame, m: &Model, area: Rect) {
    let bar = m.theme.get("status_bar");
    let l = m.lang;
    // Each piece ends in a space, so the next begins clear of it.
    let piece = |text: String| Span::raw(format!("{text} "));
    let mut spans = vec![];
    let place = if m.demo {
        t!(l, "status-demo", backend = m.backend)
    } else {
        t!(
            l,
            "status-profile",
            profile = m.profile.as_str(),
            backend = m.backend
        )
    };
    spans.push(Span::raw(format!(" {place} ")));
    spans.push(match &m.link.connection {
        Connection::Connecting => piece(t!(l, "status-connecting")),
        Connection::Online => piece(t!(l, "status-online")),
        Connection::Offline { since, .. } => Span::styled(
            format!(
                "{} ",
                t!(l, "status-offline", time = super::message_time(m, *since))
            ),
            m.theme.get("error"),
        ),
    });
    if m.writes.outbox > 0 {
        spans.push(piece(t!(
            l,
            "status-outbox",
            n = l.number(m.writes.outbox as u64)
        )));
    }
    if let Some(at) = m.sync.cached_at {
        spans.push(piece(t!(
            l,
            "status-cached",
            time = super::message_time(m, at)
        )));
    }
    if let Some(at) = m.sync.retry_at {
        let secs = at.duration_since(m.now).as_secs().max(0);
        spans.push(piece(t!(l, "status-retry", seconds = secs)));
    }
    // The API budget only when it is running out (background work is slowed then).
    if let Some(b) = m.link.rate_budget.filter(|b| b.is_low()) {
        spans.push(Span::styled(
            format!(
                "{} ",
                t!(l, "status-api", remaining = b.remaining, limit = b.limit)
            ),
            m.theme.get("sla_warn"),
        ));
    }
    if !m.link.in_flight.is_empty() {
        spans.push(Span::raw(format!("· ⟳ {} ", m.link.in_flight.len())));
    }
    if !m.bulk.marked.is_empty() {
        let n = l.number(m.bulk.marked.len() as u64);
        spans.push(Span::styled(
            format!("{} ", t!(l, "status-selected", n = n)),
            m.theme.get("key_hint"),
        ));
    }
    if let Some((undo, done, total)) = crate::app::bulk::progress(m) {
        let (done, total) = (l.number(done as u64), l.number(total as u64));
        spans.push(piece(if undo {
            t!(l, "status-undo", done = done, total = total)
        } else {
            t!(l, "status-bulk", done = done, total = total)
        }));
    }
    if let Some(p) = m.queue.progress {
        let loaded = l.number(p.loaded as u64);
        spans.push(piece(match p.total {
            Some(total) => t!(
                l,
                "status-loading-of",
                loaded = loaded.as_str(),
                total = l.number(total)
            ),
            None => t!(l, "status-loading", loaded = loaded.as_str()),
        }));
    }
    // The notice and the alert: cut to the room left, ending in a pointer to the message log
    // where they can be read whole.
    let mut said = vec![];
    if let Some(n) = &m.log.notice {
        let style = if n.error {
            m.theme.get("error")
        } else {
            Default::default()
        };
        said.push(Span::styled(format!("· {} ", n.text), style));
    }
    if let Some(a) = &m.alerts.shown {
        said.push(Span::styled(format!("· ⚠ {a} "), m.theme.get("sla_warn")));
    }
    // Most useful first: as many as fit, so a narrow terminal still says where help is (at 80
    // columns all six did not fit, and none was shown).
    let all = match m.mode() {
        Mode::Compose => hints(m, COMPOSE_HINTS),
        _ => hints(
            m,
            &[
                (Context::Global, Action::Help, |l| t!(l, "hint-help")),
                (Context::Global, Action::Quit, |l| t!(l, "hint-quit")),
                (Context::Global, Action::Reply, |l| t!(l, "hint-reply")),
                (Context::Global, Action::Note, |l| t!(l, "hint-note")),
                (Context::Global, Action::Palette, |l| t!(l, "hint-palette")),
                (Context::Global, Action::Canned, |l| t!(l, "hint-canned")),
            ],
        ),
    };
    // The first hint (where help is, or how to send) keeps its room beside any notice.
    let first_hint = all.first().map_or(0, |h| super::text::width(h) + 2);
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let mut room = (area.width as usize).saturating_sub(used + first_hint);
    let wanted: usize = said.iter().map(|s| s.width()).sum();
    if wanted > room {
        // A narrow terminal: the place without the backend's name, so that the alert keeps
        // more of its words.
        let short = if m.demo {
            t!(l, "status-demo-short")
        } else {
            t!(l, "status-profile-short", profile = m.profile.as_str())
        };
        let long = spans[0].width();
        spans[0] = Span::raw(format!(" {short} "));
        room += long.saturating_sub(spans[0].width());
    }
    if wanted > room {
        let more = m
            .keymap
            .key_for(Context::Global, Action::Messages)
            .map_or(String::new(), |k| {
                format!(" {} ", t!(l, "status-log", key = k))
            });
        let mut left = room.saturating_sub(super::text::width(&more));
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
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let room = (area.width as usize).saturating_sub(used);
    // Widths, not bytes: a Cyrillic or Chinese hint takes fewer columns than bytes.
    let width = super::text::width;
    let mut hint = String::new();
    for h in all {
        let next = format!("{h}  ");
        if width(&hint) + width(&next) > room {
            break;
        }
        hint.push_str(&next);
    }
    if !hint.is_empty() {
        spans.push(Span::raw(" ".repeat(room - width(&hint))));
        spans.push(Span::styled(hint, m.theme.get("key_hint")));
    }
    f.render_widget(Line::from(spans).style(bar), area);
}
