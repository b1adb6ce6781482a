//! The customer panel: who is asking, their organization and tier, and their other tickets.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{fit, truncate};
use super::{panel, status_style};
use crate::action::Action;
use crate::app::model::{Focus, Loaded, Model};
use crate::helpdesk::Tier;
use crate::layout::{self, CustomerLine};
use crate::privacy;

pub fn draw(f: &mut Frame, m: &Model, area: Rect) {
    let title = match (
        m.masked(),
        m.keymap.key_for(m.focus.context(), Action::Reveal),
    ) {
        (true, Some(k)) => crate::t!(m.lang, "customer-title-masked-key", key = k),
        (true, None) => crate::t!(m.lang, "customer-title-masked"),
        (false, _) => crate::t!(m.lang, "customer-title"),
    };
    // Cut to the border with an ellipsis: at 80 columns the longest title did not fit, and was
    // cut mid-word with nothing to say so.
    let title = format!(
        " {} ",
        truncate(&title, (area.width as usize).saturating_sub(4))
    );
    let block = panel(m, Line::from(title), Focus::Customer);
    let inner = block.inner(area);
    f.render_widget(block, area);
    let muted = m.theme.get("muted");
    let mut scroll = 0;
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
            let masked = m.masked();
            let header = layout::customer_header(c, tickets);
            let mut l: Vec<Line> = header
                .iter()
                .map(|part| match part {
                    CustomerLine::Name => Line::from(vec![
                        Span::styled(c.name.clone(), m.theme.get("author")),
                        Span::raw(" "),
                        Span::styled(format!("[{}]", c.tier.label()), tier_style),
                    ]),
                    CustomerLine::Email => {
                        let e = c.email.as_deref().unwrap_or_default();
                        Line::raw(if masked { privacy::email(e) } else { e.into() })
                    }
                    CustomerLine::Phone => {
                        let p = c.phone.as_deref().unwrap_or_default();
                        Line::raw(if masked { privacy::phone(p) } else { p.into() })
                    }
                    CustomerLine::Organization => Line::raw(format!(
                        "org: {}",
                        c.organization.as_ref().map_or("", |o| o.name.as_str())
                    )),
                    CustomerLine::Missing => {
                        let what: Vec<&str> = c.missing.iter().map(|m| m.label()).collect();
                        Line::styled(format!("not loaded: {}", what.join(", ")), muted)
                    }
                    CustomerLine::Counts => {
                        let open = tickets
                            .iter()
                            .filter(|t| t.status.category.is_unsolved())
                            .count();
                        let all = c
                            .lifetime_tickets
                            .map_or_else(|| "?".to_string(), |n| n.to_string());
                        Line::styled(
                            format!(
                                "{all} tickets in all · {open} open of the last {}",
                                tickets.len()
                            ),
                            muted,
                        )
                    }
                    CustomerLine::Rating => {
                        let rated = tickets.iter().find(|t| t.satisfaction.is_some());
                        let score = rated.and_then(|t| t.satisfaction.as_deref()).unwrap_or("");
                        let mark = if score == "good" { "☺" } else { "☹" };
                        let on = rated.map_or(String::new(), |t| format!(" (#{})", t.id));
                        Line::styled(format!("last rating: {mark} {score}{on}"), muted)
                    }
                })
                .collect();
            let current = m.current().map(|t| &t.id);
            let selected = (m.focus == Focus::Customer).then_some(m.customer_selected);
            for (i, t) in tickets.iter().enumerate() {
                let mark = if Some(&t.id) == current { "•" } else { " " };
                let mut line = Line::from(vec![
                    Span::raw(format!("{mark}#{} ", t.id)),
                    Span::styled(fit(&t.status.label, 8), status_style(m, t)),
                    Span::raw(m.subject_shown(t).into_owned()),
                ]);
                if selected == Some(i) {
                    line = line.style(m.theme.get("selection"));
                }
                l.push(line);
            }
            // Keep the selected ticket in sight, by the same geometry `update` uses for clicks.
            scroll = layout::customer_scroll(header.len(), selected, inner.height as usize);
            l
        }
    };
    f.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), inner);
}
