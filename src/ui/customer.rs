//! The customer panel: who is asking, their organization and tier, and their other tickets.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::fit;
use super::{panel, status_style};
use crate::action::Action;
use crate::app::model::{Focus, Loaded, Model};
use crate::helpdesk::Tier;
use crate::privacy;

pub fn draw(f: &mut Frame, m: &Model, area: Rect) {
    let title = match (
        m.masked(),
        m.keymap.key_for(m.focus.context(), Action::Reveal),
    ) {
        (true, Some(k)) => format!(" Customer (masked: {k} reveals) "),
        (true, None) => " Customer (masked) ".to_string(),
        (false, _) => " Customer ".to_string(),
    };
    let block = panel(m, Line::from(title), Focus::Customer);
    let inner = block.inner(area);
    f.render_widget(block, area);
    let muted = m.theme.get("muted");
    let lines: Vec<Line> = match m.current_customer() {
        None => vec![Line::styled("No customer", muted)],
        Some(Loaded::Loading) => vec![Line::styled("Loading…", muted)],
        Some(Loaded::Failed(e)) => vec![Line::styled(e.clone(), m.theme.get("error"))],
        Some(Loaded::Ready((c, tickets))) => {
            let tier_style = if c.tier == Tier::Vip {
                m.theme.get("tier_vip")
            } else {
                muted
            };
            let mut l = vec![Line::from(vec![
                Span::styled(c.name.clone(), m.theme.get("author")),
                Span::raw(" "),
                Span::styled(format!("[{}]", c.tier.label()), tier_style),
            ])];
            let masked = m.masked();
            if let Some(e) = &c.email {
                l.push(Line::raw(if masked {
                    privacy::email(e)
                } else {
                    e.clone()
                }));
            }
            if let Some(p) = &c.phone {
                l.push(Line::raw(if masked {
                    privacy::phone(p)
                } else {
                    p.clone()
                }));
            }
            if let Some(o) = &c.organization {
                l.push(Line::raw(format!("org: {}", o.name)));
            }
            let open = tickets
                .iter()
                .filter(|t| t.status.category.is_unsolved())
                .count();
            l.push(Line::styled(
                format!(
                    "{} tickets in all · {open} open of the last {}",
                    c.lifetime_tickets,
                    tickets.len()
                ),
                muted,
            ));
            if let Some(rated) = tickets.iter().find(|t| t.satisfaction.is_some()) {
                let score = rated.satisfaction.as_deref().unwrap_or("");
                let mark = if score == "good" { "☺" } else { "☹" };
                l.push(Line::styled(
                    format!("last rating: {mark} {score} (#{})", rated.id),
                    muted,
                ));
            }
            let current = m.current().map(|t| &t.id);
            for (i, t) in tickets.iter().enumerate() {
                let mark = if Some(&t.id) == current { "•" } else { " " };
                let mut line = Line::from(vec![
                    Span::raw(format!("{mark}#{} ", t.id)),
                    Span::styled(fit(&t.status.label, 8), status_style(m, t)),
                    Span::raw(m.subject_shown(t).into_owned()),
                ]);
                if m.focus == Focus::Customer && i == m.customer_selected {
                    line = line.style(m.theme.get("selection"));
                }
                l.push(line);
            }
            l
        }
    };
    // Keep the selected ticket on screen.
    let header = 5usize;
    let h = inner.height as usize;
    let scroll = if m.focus == Focus::Customer && header + m.customer_selected >= h {
        header + m.customer_selected + 1 - h
    } else {
        0
    };
    f.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), inner);
}
