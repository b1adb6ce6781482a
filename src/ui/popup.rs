//! Overlays: help (generated from the active keymap, so it is always true) and the value pickers.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::action::Action;
use crate::app::line_edit::with_caret;
use crate::app::model::{Model, PickKind};
use crate::app::overlays::palette_items;
use crate::keymap::{Context, Lookup};
use crate::ui::text::truncate;

/// Clears a popup's area, and the wide characters under it that begin just left of it: a
/// character whose second half lies under the popup's left edge would otherwise be sent whole,
/// and the terminal would draw it over the popup's left border (ratatui's diff skips the cell a
/// wide character covers). One on the right edge is cleared by `Clear` itself, since it begins
/// inside the area.
pub fn clear(f: &mut Frame, area: Rect) {
    use unicode_width::UnicodeWidthStr;
    let buf = f.buffer_mut();
    if area.x > buf.area.x {
        for y in area.top()..area.bottom().min(buf.area.bottom()) {
            let cell = &mut buf[(area.x - 1, y)];
            if cell.symbol().width() > 1 {
                cell.reset();
            }
        }
    }
    f.render_widget(Clear, area);
}

pub(super) fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let [r] = Layout::horizontal([Constraint::Length(w.min(area.width))])
        .flex(Flex::Center)
        .areas(area);
    let [r] = Layout::vertical([Constraint::Length(h.min(area.height))])
        .flex(Flex::Center)
        .areas(r);
    r
}

pub fn help(f: &mut Frame, m: &Model, typed: &str, scroll: usize) {
    let query = typed.to_lowercase();
    let l = m.lang;
    let mut lines = vec![Line::from(vec![
        Span::raw(format!(" {} ", crate::t!(l, "help-search"))),
        Span::styled(with_caret(typed, m.prompt_cursor), m.theme.get("key_hint")),
    ])];
    for ctx in Context::ALL {
        // One line per action: all its keys together.
        let mut groups: Vec<(&crate::keymap::Binding, Vec<String>)> = vec![];
        for b in m.keymap.bindings(ctx).iter().filter(|b| b.action.is_some()) {
            match groups
                .iter_mut()
                .find(|(g, _)| g.action == b.action && g.args == b.args && g.desc == b.desc)
            {
                Some((_, keys)) => keys.push(b.keys_label()),
                None => groups.push((b, vec![b.keys_label()])),
            }
        }
        let rows: Vec<Line> = groups
            .into_iter()
            .filter(|(b, keys)| {
                query.is_empty()
                    || [
                        keys.join(" "),
                        b.action.map_or("", Action::name).to_string(),
                        b.description(m.lang),
                    ]
                    .iter()
                    .any(|s| s.to_lowercase().contains(&query))
            })
            .map(|(b, keys)| {
                Line::from(vec![
                    Span::styled(
                        format!("  {:<18}", keys.join(", ")),
                        m.theme.get("key_hint"),
                    ),
                    Span::raw(format!("{:<22}", b.action.map_or("", Action::name))),
                    Span::styled(b.description(m.lang), m.theme.get("muted")),
                ])
            })
            .collect();
        if !rows.is_empty() {
            // In the agent's words, then the keymap's section, for rebinding.
            let words = context_words(l, ctx);
            let heading = if words == ctx.name() {
                words
            } else {
                format!("{words} [{}]", ctx.name())
            };
            lines.push(Line::styled(heading, m.theme.get("header")));
            lines.extend(rows);
        }
    }
    let area = centered(f.area(), 84, lines.len() as u16 + 2);
    let max_scroll = lines
        .len()
        .saturating_sub(area.height.saturating_sub(2) as usize);
    let scroll = scroll.min(max_scroll) as u16;
    clear(f, area);
    f.render_widget(
        Paragraph::new(lines)
            .scroll((scroll, 0))
            .block(Block::bordered().title(format!(" {} ", crate::t!(l, "help-title")))),
        area,
    );
}

pub fn palette(f: &mut Frame, m: &Model, p: &crate::app::model::PaletteState) {
    let items = palette_items(m);
    let area = centered(f.area(), 76, 16);
    let rows = area.height.saturating_sub(3) as usize;
    let first = p.selected / rows.max(1) * rows.max(1);
    let mut lines = vec![Line::from(vec![
        Span::styled(" > ", m.theme.get("key_hint")),
        Span::raw(with_caret(&p.query, m.prompt_cursor)),
    ])];
    for (i, item) in items.iter().enumerate().skip(first).take(rows) {
        let key = item.key.clone().unwrap_or_default();
        let width = area.width.saturating_sub(4) as usize;
        let label = truncate(&item.label, width.saturating_sub(key.len() + 2));
        let pad = width.saturating_sub(super::text::width(&label) + key.len());
        let line = Line::from(vec![
            Span::raw(format!(" {label}{}", " ".repeat(pad))),
            Span::styled(key, m.theme.get("key_hint")),
        ]);
        lines.push(if i == p.selected {
            line.style(m.theme.get("selection"))
        } else {
            line
        });
    }
    let l = m.lang;
    if items.is_empty() {
        let none = format!(" {}", crate::t!(l, "picker-no-match"));
        lines.push(Line::styled(none, m.theme.get("muted")));
    }
    let title = format!(" {} ", crate::t!(l, "palette-title"));
    clear(f, area);
    f.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(title)),
        area,
    );
}

/// Which-key: while a sequence is pending, what can follow and what it does.
pub fn which_key(f: &mut Frame, m: &Model) {
    let ctx = if m.mode() == crate::app::model::Mode::Compose {
        Context::Compose
    } else {
        m.focus.context()
    };
    let Lookup::Pending(next) = m.keymap.lookup(ctx, &m.pending_keys) else {
        return;
    };
    let typed = m.pending_keys.len();
    let lines: Vec<Line> = next
        .iter()
        .map(|b| {
            let rest: Vec<String> = b.keys[typed..].iter().map(ToString::to_string).collect();
            Line::from(vec![
                Span::styled(format!(" {:<8}", rest.join(" ")), m.theme.get("key_hint")),
                Span::raw(b.description(m.lang)),
            ])
        })
        .collect();
    let area = f.area();
    let h = (lines.len() as u16 + 2).min(area.height.saturating_sub(1));
    let w = 44.min(area.width);
    let rect = Rect::new(area.width - w, area.height.saturating_sub(h + 1), w, h);
    let typed: Vec<String> = m.pending_keys.iter().map(ToString::to_string).collect();
    clear(f, rect);
    f.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(format!(" {} … ", typed.join(" ")))),
        rect,
    );
}

pub fn problems(f: &mut Frame, m: &Model) {
    let mut lines: Vec<Line> = m
        .problems
        .iter()
        .map(|p| {
            let style = if p.warning {
                m.theme.get("sla_warn")
            } else {
                m.theme.get("error")
            };
            Line::styled(p.say(m.lang), style)
        })
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        crate::t!(m.lang, "problems-rest"),
        m.theme.get("muted"),
    ));
    let area = centered(
        f.area(),
        f.area().width.saturating_sub(4).min(110),
        lines.len() as u16 + 2,
    );
    clear(f, area);
    f.render_widget(
        Paragraph::new(lines)
            .wrap(ratatui::widgets::Wrap { trim: false })
            .block(Block::bordered().title(format!(" {} ", crate::t!(m.lang, "problems-title")))),
        area,
    );
}

/// A view's ticket count: the queue's own total for the view shown, else what the helpdesk said.
fn view_count(m: &Model, view: &str) -> Option<u64> {
    let shown = m.queue.view.as_ref().is_some_and(|v| v.id.0 == view) && m.queue.search.is_none();
    let total = if shown { m.queue.total } else { None };
    total.or_else(|| {
        m.queue
            .view_counts
            .get(&crate::helpdesk::Id::from(view.to_string()))
            .copied()
    })
}

pub fn picker(f: &mut Frame, m: &Model, p: &crate::app::model::Picker) {
    let l = m.lang;
    let what = match p.kind {
        PickKind::Status => crate::t!(l, "picker-status"),
        PickKind::Priority => crate::t!(l, "picker-priority"),
        PickKind::Assignee => crate::t!(l, "picker-assignee"),
        PickKind::Group => crate::t!(l, "picker-group"),
        PickKind::Escalate => crate::t!(l, "picker-escalate"),
        PickKind::View => crate::t!(l, "picker-views"),
        PickKind::Attachment => crate::t!(l, "picker-attachments"),
    };
    let what = what.as_str();
    let what_cols = unicode_width::UnicodeWidthStr::width(what);
    // A field picker over a selection acts on every selected ticket, and says so (and marks no
    // value as the one it has now: that is one ticket's).
    let bulk = !m.bulk.marked.is_empty()
        && matches!(
            p.kind,
            PickKind::Status
                | PickKind::Priority
                | PickKind::Assignee
                | PickKind::Group
                | PickKind::Escalate
        );
    // What was typed, then the options that hold it, scrolled so the selection is in sight.
    let mut lines: Vec<Line> = vec![];
    if let Some(typed) = &p.filter {
        lines.push(Line::styled(
            format!(" > {}", with_caret(typed, m.prompt_cursor)),
            m.theme.get("key_hint"),
        ));
    }
    let shown = p.visible();
    let rows = (f.area().height.saturating_sub(2 + lines.len() as u16) as usize).max(1);
    let at = shown.iter().position(|&i| i == p.selected).unwrap_or(0);
    let first = at / rows * rows;
    for &i in shown.iter().skip(first).take(rows) {
        // The value it has now, said in words as well as by the starting selection.
        let now = if p.current == Some(i) && !bulk {
            format!("  ({})", crate::t!(l, "picker-now"))
        } else {
            String::new()
        };
        let count = match p.kind {
            PickKind::View => view_count(m, &p.options[i].0)
                .map_or(String::new(), |n| format!(" ({})", m.lang.number(n))),
            _ => String::new(),
        };
        let l = Line::raw(format!(" {}{count}{now} ", p.options[i].1));
        lines.push(if i == p.selected {
            l.style(m.theme.get("selection"))
        } else {
            l
        });
    }
    if shown.is_empty() {
        lines.push(Line::styled(
            format!(" {} ", crate::t!(l, "picker-no-match")),
            m.theme.get("muted"),
        ));
    }
    let w = p
        .options
        .iter()
        .map(|(_, l)| l.chars().count() as u16 + 11 + if p.kind == PickKind::View { 10 } else { 0 })
        .max()
        .unwrap_or(10)
        .max(what_cols as u16 + 16);
    // The ticket it acts on, by number and subject: room for a short subject.
    let named = if bulk {
        let n = m.bulk.marked.len() as u64;
        crate::t!(
            m.lang,
            "picker-selection",
            count = m.lang.plural(n),
            n = m.lang.number(n)
        )
    } else {
        p.ticket
            .as_ref()
            .map_or_else(String::new, |t| m.ticket_named(t))
    };
    let joint = if bulk { 3 } else { 1 }; // the separator's width: " · " or " "
    let wanted =
        (what_cols + unicode_width::UnicodeWidthStr::width(named.as_str()) + 3 + joint).min(56);
    let w = w.max(wanted as u16);
    // As tall as all the options: the box keeps its size while typing narrows them.
    let typed_line = usize::from(p.filter.is_some());
    let h = (p.options.len().min(rows) + typed_line) as u16 + 2;
    let area = centered(f.area(), w, h);
    let room = (area.width as usize).saturating_sub(what_cols + 3 + joint);
    let title = match named.as_str() {
        "" => format!(" {what} "),
        _ => {
            let sep = if bulk { " · " } else { " " };
            format!(" {what}{sep}{} ", crate::ui::text::truncate(&named, room))
        }
    };
    let typing = p.filter.is_some();
    let mut hint = if typing {
        String::new()
    } else {
        format!(" {} ", crate::t!(l, "picker-type-to-filter"))
    };
    if p.kind == PickKind::Attachment {
        // Its own keys, as the keymap binds them.
        let key = |a: Action| {
            m.keymap
                .key_for(Context::Attachments, a)
                .unwrap_or_default()
        };
        let (save, open) = (key(Action::AttachmentSave), key(Action::AttachmentOpen));
        let keys = crate::t!(l, "attachments-keys", save = save, open = open);
        hint = if typing {
            format!(" {keys} ")
        } else {
            format!(" {keys} · {} ", crate::t!(l, "picker-type-to-filter"))
        };
    }
    clear(f, area);
    f.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .title(title)
                .title_bottom(Line::styled(hint, m.theme.get("muted"))),
        ),
        area,
    );
}

/// Today's numbers and replies per hour.
/// The search prompt: the helpdesk's own search, whose results replace the queue.
pub fn search(f: &mut Frame, m: &Model, input: &str) {
    let l = m.lang;
    let hint = format!(" {}", crate::t!(l, "search-hint"));
    let title = format!(" {} ", crate::t!(l, "search-title"));
    prompt_box(f, m, title, None, input, None, &hint);
}

/// The tag prompt: the ticket's tags now, and the changes typed (`+billing -spam`).
pub fn tags(f: &mut Frame, m: &Model, input: &str) {
    let Some(t) = m.current() else {
        return;
    };
    let l = m.lang;
    let now = if t.tags.is_empty() {
        crate::t!(l, "tags-none")
    } else {
        t.tags.join(" ")
    };
    let named = truncate(&m.ticket_named(&t.id), 60);
    let hint = format!(" {}", crate::t!(l, "tags-hint"));
    let title = format!(" {} ", crate::t!(l, "tags-title", ticket = named));
    let offered = crate::app::overlays::tag_suggestions(m);
    let completions = (!offered.is_empty()).then(|| format!(" tab: {}", offered.join(" · ")));
    prompt_box(
        f,
        m,
        title,
        Some(format!(" {}", crate::t!(l, "tags-now", tags = now))),
        input,
        completions,
        &hint,
    );
}

/// A one-line prompt in a box: an optional line of context, what is typed, and a hint.
fn prompt_box(
    f: &mut Frame,
    m: &Model,
    title: String,
    context: Option<String>,
    typed: &str,
    below: Option<String>,
    hint: &str,
) {
    let area = f.area();
    let w = area.width.saturating_sub(4).clamp(20, 72);
    let room = (w as usize).saturating_sub(4);
    let mut lines: Vec<Line> = context
        .map(|c| Line::styled(truncate(&c, room), m.theme.get("muted")))
        .into_iter()
        .collect();
    lines.push(Line::raw(format!(
        " > {}",
        with_caret(typed, m.prompt_cursor)
    )));
    if let Some(b) = below {
        lines.push(Line::styled(truncate(&b, room), m.theme.get("key_hint")));
    }
    lines.push(Line::styled(hint.to_string(), m.theme.get("key_hint")));
    let rect = centered(area, w, lines.len() as u16 + 2);
    clear(f, rect);
    f.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(truncate(&title, room + 2))),
        rect,
    );
}

/// The message log: the session's notices and errors, newest first, each wrapped whole.
pub fn messages(f: &mut Frame, m: &Model) {
    let area = f.area();
    let w = area.width.saturating_sub(4).clamp(20, 100);
    let h = area.height.saturating_sub(2).max(5);
    let rect = centered(area, w, h);
    let text_w = (w as usize).saturating_sub(10).max(10);
    let mut lines = vec![];
    if m.log.messages.is_empty() {
        lines.push(Line::styled(" nothing yet", m.theme.get("muted")));
    }
    for (at, n) in m.log.messages.iter().rev() {
        let time = at.to_zoned(m.tz.clone()).strftime("%H:%M:%S").to_string();
        let style = if n.error {
            m.theme.get("error")
        } else {
            ratatui::style::Style::default()
        };
        for (i, part) in crate::ui::text::wrap(&n.text, text_w)
            .into_iter()
            .enumerate()
        {
            let head = if i == 0 { time.as_str() } else { "" };
            lines.push(Line::styled(format!(" {head:<8} {part}"), style));
        }
        if lines.len() >= h as usize {
            break;
        }
    }
    clear(f, rect);
    f.render_widget(
        Paragraph::new(lines)
            .block(Block::bordered().title(format!(" {} ", crate::t!(m.lang, "messages-title")))),
        rect,
    );
}

pub fn metrics(f: &mut Frame, m: &Model) {
    use ratatui::widgets::Sparkline;
    let s = crate::metrics::summarize(&m.metrics.events, &m.tz);
    let secs = |v: Option<i64>| {
        v.map_or("-".to_string(), |s| {
            crate::duration::short(m.lang, jiff::SignedDuration::from_secs(s))
        })
    };
    let pct = |v: Option<f64>| v.map_or("-".to_string(), |r| format!("{:.0}%", r * 100.0));
    let l = m.lang;
    // Labels padded by display width: the values line up in every language.
    let row = |label: String, value: String| {
        let pad = 24usize.saturating_sub(super::text::width(&label));
        Line::from(format!(" {label}{} {value}", " ".repeat(pad)))
    };
    let lines = vec![
        row(crate::t!(l, "metrics-handled"), s.handled.to_string()),
        row(crate::t!(l, "metrics-replies"), s.replies.to_string()),
        row(
            crate::t!(l, "metrics-first-response"),
            secs(s.median_first_response_secs),
        ),
        row(
            crate::t!(l, "metrics-handle-time"),
            secs(s.average_handle_secs),
        ),
        row(crate::t!(l, "metrics-fcr"), pct(s.fcr_rate)),
        row(crate::t!(l, "metrics-csat"), pct(s.csat)),
        Line::raw(""),
        Line::styled(
            format!(" {}", crate::t!(l, "metrics-per-hour")),
            m.theme.get("muted"),
        ),
    ];
    let area = centered(f.area(), 52, lines.len() as u16 + 6);
    clear(f, area);
    let block = Block::bordered().title(format!(" {} ", crate::t!(l, "metrics-title")));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let [text, spark] =
        Layout::vertical([Constraint::Length(lines.len() as u16), Constraint::Min(1)]).areas(inner);
    f.render_widget(Paragraph::new(lines), text);
    let [spark] = Layout::horizontal([Constraint::Length(24)]).areas(Rect {
        x: spark.x + 1,
        ..spark
    });
    f.render_widget(
        Sparkline::default()
            .data(&s.replies_per_hour)
            .style(m.theme.get("key_hint")),
        spark,
    );
}

/// A keymap context as the help names it, in the agent's language.
fn context_words(l: crate::i18n::Lang, ctx: Context) -> String {
    match ctx {
        Context::Global => crate::t!(l, "context-global"),
        Context::Queue => crate::t!(l, "context-queue"),
        Context::Conversation => crate::t!(l, "context-conversation"),
        Context::Canned => crate::t!(l, "context-canned"),
        Context::Customer => crate::t!(l, "context-customer"),
        Context::Compose => crate::t!(l, "context-compose"),
        Context::Palette => crate::t!(l, "context-palette"),
        Context::Macro => crate::t!(l, "context-macro"),
        Context::Attachments => crate::t!(l, "context-attachments"),
        Context::Workflow => crate::t!(l, "context-workflow"),
        Context::Knowledge => crate::t!(l, "context-knowledge"),
        Context::Snooze => crate::t!(l, "context-snooze"),
        Context::Collision => crate::t!(l, "context-collision"),
    }
}
