//! Overlays: help (generated from the active keymap, so it is always true) and the value pickers.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::app::model::{Model, PickKind};
use crate::keymap::Context;

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
    let mut lines = vec![];
    for ctx in Context::ALL {
        let b = m.keymap.bindings(ctx);
        if b.is_empty() {
            continue;
        }
        lines.push(Line::styled(ctx.name().to_string(), m.theme.get("header")));
        for (k, a) in b {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<10}", k.to_string()), m.theme.get("key_hint")),
                Span::raw(format!("{:<20}", a.name())),
                Span::styled(a.description().to_string(), m.theme.get("muted")),
            ]));
        }
    }
    let area = centered(f.area(), 72, lines.len() as u16 + 2);
    f.render_widget(Clear, area);
    f.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(" Keys (any key closes) ")),
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
