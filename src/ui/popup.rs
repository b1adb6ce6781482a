//! Overlays: help (generated from the active keymap, so it is always true) and the value pickers.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::action::Action;
use crate::app::model::{Model, PickKind};
use crate::app::update::palette_items;
use crate::keymap::{Context, Lookup};
use crate::ui::text::truncate;

fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let [r] = Layout::horizontal([Constraint::Length(w.min(area.width))])
        .flex(Flex::Center)
        .areas(area);
    let [r] = Layout::vertical([Constraint::Length(h.min(area.height))])
        .flex(Flex::Center)
        .areas(r);
    r
}

pub fn help(f: &mut Frame, m: &Model) {
    let query = m.help_query.to_lowercase();
    let mut lines = vec![Line::from(vec![
        Span::raw(" search: "),
        Span::styled(format!("{}▏", m.help_query), m.theme.get("key_hint")),
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
                        b.description().to_string(),
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
                    Span::styled(b.description().to_string(), m.theme.get("muted")),
                ])
            })
            .collect();
        if !rows.is_empty() {
            lines.push(Line::styled(ctx.name().to_string(), m.theme.get("header")));
            lines.extend(rows);
        }
    }
    let area = centered(f.area(), 84, lines.len() as u16 + 2);
    let max_scroll = lines
        .len()
        .saturating_sub(area.height.saturating_sub(2) as usize);
    let scroll = m.help_scroll.min(max_scroll) as u16;
    f.render_widget(Clear, area);
    f.render_widget(
        Paragraph::new(lines)
            .scroll((scroll, 0))
            .block(Block::bordered().title(" Keys: type to search, ↑↓ scroll, esc closes ")),
        area,
    );
}

pub fn palette(f: &mut Frame, m: &Model) {
    let items = palette_items(m);
    let area = centered(f.area(), 76, 16);
    let rows = area.height.saturating_sub(3) as usize;
    let first = m.palette.selected / rows.max(1) * rows.max(1);
    let mut lines = vec![Line::from(vec![
        Span::styled(" > ", m.theme.get("key_hint")),
        Span::raw(format!("{}▏", m.palette.query)),
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
        lines.push(if i == m.palette.selected {
            line.style(m.theme.get("selection"))
        } else {
            line
        });
    }
    if items.is_empty() {
        lines.push(Line::styled(" nothing matches", m.theme.get("muted")));
    }
    f.render_widget(Clear, area);
    f.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(" Command palette ")),
        area,
    );
}

/// Which-key: while a sequence is pending, what can follow and what it does.
pub fn which_key(f: &mut Frame, m: &Model) {
    let ctx = if m.mode == crate::app::model::Mode::Compose {
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
                Span::raw(b.description().to_string()),
            ])
        })
        .collect();
    let area = f.area();
    let h = (lines.len() as u16 + 2).min(area.height.saturating_sub(1));
    let w = 44.min(area.width);
    let rect = Rect::new(area.width - w, area.height.saturating_sub(h + 1), w, h);
    let typed: Vec<String> = m.pending_keys.iter().map(ToString::to_string).collect();
    f.render_widget(Clear, rect);
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
            Line::styled(p.to_string(), style)
        })
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        "The rest loaded; fix the file and restart tix. Any key closes.",
        m.theme.get("muted"),
    ));
    let area = centered(
        f.area(),
        f.area().width.saturating_sub(4).min(110),
        lines.len() as u16 + 2,
    );
    f.render_widget(Clear, area);
    f.render_widget(
        Paragraph::new(lines)
            .wrap(ratatui::widgets::Wrap { trim: false })
            .block(Block::bordered().title(" Config problems ")),
        area,
    );
}

pub fn picker(f: &mut Frame, m: &Model) {
    let Some(p) = &m.picker else {
        return;
    };
    let what = match p.kind {
        PickKind::Status => "Status",
        PickKind::Priority => "Priority",
        PickKind::Assignee => "Assign to",
        PickKind::Escalate => "Escalate to",
    };
    let lines: Vec<Line> = p
        .options
        .iter()
        .enumerate()
        .map(|(i, (_, label))| {
            let l = Line::raw(format!(" {label} "));
            if i == p.selected {
                l.style(m.theme.get("selection"))
            } else {
                l
            }
        })
        .collect();
    let w = p
        .options
        .iter()
        .map(|(_, l)| l.chars().count() as u16 + 4)
        .max()
        .unwrap_or(10)
        .max(what.len() as u16 + 16);
    let area = centered(f.area(), w, lines.len() as u16 + 2);
    f.render_widget(Clear, area);
    f.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(format!(" {what} #{} ", p.ticket))),
        area,
    );
}

/// Today's numbers and replies per hour.
pub fn metrics(f: &mut Frame, m: &Model) {
    use ratatui::widgets::Sparkline;
    let s = crate::metrics::summarize(&m.metrics, &m.tz);
    let secs = |v: Option<i64>| {
        v.map_or("-".to_string(), |s| {
            super::short_duration(jiff::SignedDuration::from_secs(s))
        })
    };
    let pct = |v: Option<f64>| v.map_or("-".to_string(), |r| format!("{:.0}%", r * 100.0));
    let lines = vec![
        Line::from(format!(" handled today           {}", s.handled)),
        Line::from(format!(" replies                 {}", s.replies)),
        Line::from(format!(
            " median first response   {}",
            secs(s.median_first_response_secs)
        )),
        Line::from(format!(
            " average handle time     {}",
            secs(s.average_handle_secs)
        )),
        Line::from(format!(" first-contact resolved  {}", pct(s.fcr_rate))),
        Line::from(format!(" CSAT                    {}", pct(s.csat))),
        Line::raw(""),
        Line::styled(" replies per hour, 00–23", m.theme.get("muted")),
    ];
    let area = centered(f.area(), 52, lines.len() as u16 + 6);
    f.render_widget(Clear, area);
    let block = Block::bordered().title(" Today (any key closes) ");
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
