//! The customer panel: who is asking, their organization and tier, and their other tickets.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{fit, truncate, width};
use super::{panel, status_style};
use crate::action::Action;
use crate::app::model::{Focus, Loaded, Model};
use crate::helpdesk::Tier;
use crate::layout::{self, CustomerLine};
use crate::privacy;
use crate::t;

pub fn draw(f: &mut Frame, m: &Model, area: Rect) {
    // The longest title that fits whole: with the key that reveals, else only "masked" (the key
    // is in help); a word cut in two says neither.
    let room = (area.width as usize).saturating_sub(4);
    let titles = match (
        m.masked(),
        m.keymap.key_for(m.focus.context(), Action::Reveal),
    ) {
        (true, Some(k)) => vec![
            t!(m.lang, "customer-title-masked-key", key = k),
            t!(m.lang, "customer-title-masked"),
        ],
        (true, None) => vec![t!(m.lang, "customer-title-masked")],
        (false, _) => vec![t!(m.lang, "customer-title")],
    };
    let fits = titles.iter().find(|t| super::text::width(t) <= room);
    let title = fits
        .cloned()
        .unwrap_or_else(|| truncate(&titles[titles.len() - 1], room));
    let title = format!(" {title} ");
    let mut block = panel(m, Line::from(title), Focus::Customer);
    let inner = block.inner(area);
    let muted = m.theme.get("muted");
    let l = m.lang;
    let mut scroll = 0;
    let mut below = 0;
    let lines: Vec<Line> = match m.current_customer() {
        None => vec![Line::styled(t!(l, "customer-none"), muted)],
        Some(Loaded::Loading) => vec![Line::styled(t!(l, "loading"), muted)],
        Some(Loaded::Failed(e)) => vec![Line::styled(e.clone(), m.theme.get("error"))],
        Some(Loaded::Ready((c, tickets))) => {
            let tier_style = if c.tier == Tier::Vip {
                m.theme.get("tier_vip")
            } else {
                muted
            };
            let masked = m.masked();
            let header = layout::customer_header(c, tickets, masked, inner.height as usize);
            let mut l: Vec<Line> = header
                .iter()
                .map(|part| match part {
                    CustomerLine::Name => Line::from(vec![
                        Span::styled(c.name.clone(), m.theme.get("author")),
                        Span::raw(" "),
                        Span::styled(format!("[{}]", tier(l, c.tier)), tier_style),
                    ]),
                    CustomerLine::Email => {
                        let e = c.email.as_deref().unwrap_or_default();
                        Line::raw(if masked { privacy::email(e) } else { e.into() })
                    }
                    CustomerLine::Phone => {
                        let p = c.phone.as_deref().unwrap_or_default();
                        Line::raw(if masked { privacy::phone(p) } else { p.into() })
                    }
                    CustomerLine::Organization => Line::raw(t!(
                        l,
                        "customer-org",
                        name = c.organization.as_ref().map_or("", |o| o.name.as_str())
                    )),
                    CustomerLine::Missing => {
                        let what: Vec<String> = c.missing.iter().map(|m| missing(l, *m)).collect();
                        Line::styled(t!(l, "customer-not-loaded", what = what.join(", ")), muted)
                    }
                    CustomerLine::Counts => {
                        let open = tickets
                            .iter()
                            .filter(|t| t.status.category.is_unsolved())
                            .count();
                        let (count, all) = match c.lifetime_tickets {
                            Some(n) => (l.plural(n), l.number(n)),
                            None => ("other", "?".to_string()),
                        };
                        // Of a panel's worth of their latest tickets an open count is not
                        // theirs: only the total. With all of them here, how many are open.
                        let all_here = c.lifetime_tickets == Some(tickets.len() as u64);
                        let said = if all_here {
                            t!(l, "customer-counts", count = count, all = all, open = open)
                        } else {
                            t!(l, "customer-counts-total", count = count, all = all)
                        };
                        Line::styled(said, muted)
                    }
                    CustomerLine::Rating => {
                        let rated = tickets.iter().find(|t| t.satisfaction.is_some());
                        let score = rated.and_then(|t| t.satisfaction.as_deref()).unwrap_or("");
                        let mark = if score == "good" { "☺" } else { "☹" };
                        let on = rated.map_or(String::new(), |t| format!(" (#{})", t.id));
                        let said = t!(l, "customer-rating", mark = mark, score = score);
                        Line::styled(format!("{said}{on}"), muted)
                    }
                })
                .collect();
            let current = m.current().map(|t| &t.id);
            let selected = (m.focus == Focus::Customer).then_some(m.customers.selected);
            // As wide as the widest status shown (at most 8), then a space: at 80x24 the
            // subject has the rest of a narrow panel.
            let status_w = tickets
                .iter()
                .map(|t| width(&t.status.label))
                .max()
                .unwrap_or(0)
                .min(8);
            for (i, t) in tickets.iter().enumerate() {
                let mark = if Some(&t.id) == current { "•" } else { " " };
                let number = format!("{mark}#{} ", t.id);
                // Cut where the panel ends, and say so, as the queue does.
                let room = (inner.width as usize).saturating_sub(width(&number) + status_w + 1);
                let mut line = Line::from(vec![
                    Span::raw(number),
                    Span::styled(fit(&t.status.label, status_w), status_style(m, t)),
                    Span::raw(" "),
                    Span::raw(truncate(&m.subject_shown(t), room)),
                ]);
                if selected == Some(i) {
                    line = line.style(m.theme.get("selection"));
                }
                l.push(line);
            }
            // Low-bandwidth mode lists them once the panel has the focus (see `follow`).
            let key = m.keymap.key_for(m.focus.context(), Action::FocusNext);
            let said = match (m.customer_tickets_deferred(), key) {
                (Some(true), _) => Some(t!(m.lang, "loading")),
                (Some(false), Some(key)) => Some(t!(m.lang, "customer-list-on-focus", key = key)),
                _ => None,
            };
            l.extend(said.map(|s| Line::styled(s, muted)));
            // Keep the selected ticket in sight, by the same geometry `update` uses for clicks.
            scroll = layout::customer_scroll(header.len(), selected, inner.height as usize);
            below = layout::customer_tickets_below(
                header.len(),
                scroll,
                inner.height as usize,
                tickets.len(),
                c.lifetime_tickets,
            );
            l
        }
    };
    // Their tickets go on past the panel's bottom: say how many (at 80x24 two show of 19).
    if below > 0 {
        let said = t!(l, "customer-more-below", n = l.number(below));
        block = block.title_bottom(Line::styled(format!(" {said} "), muted).right_aligned());
    }
    f.render_widget(block, area);
    f.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), inner);
}

/// tix's own word for a customer's value (the helpdesk's words are shown as they are).
fn tier(l: crate::i18n::Lang, tier: Tier) -> String {
    match tier {
        Tier::Vip => t!(l, "tier-vip"),
        Tier::Loyal => t!(l, "tier-loyal"),
        Tier::Standard => t!(l, "tier-standard"),
        Tier::New => t!(l, "tier-new"),
    }
}

/// A piece the helpdesk did not give, in the agent's words (`Missing::label` is English, for
/// logs and `--json`).
pub fn missing(l: crate::i18n::Lang, what: crate::helpdesk::Missing) -> String {
    match what {
        crate::helpdesk::Missing::TicketCount => t!(l, "missing-ticket-count"),
        crate::helpdesk::Missing::Organization => t!(l, "missing-organization"),
    }
}
