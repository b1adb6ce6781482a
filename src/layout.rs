//! Where each panel goes and where the rows of its list are, for any terminal size: the one
//! geometry that drawing (`ui`) and `update` (page sizes, clicks, what Enter opens) both use.
//! It knows rectangles and counts of lines, nothing of how they look.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::helpdesk::{Customer, Ticket};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panels {
    pub queue: Rect,
    pub conversation: Rect,
    pub composer: Option<Rect>,
    pub customer: Rect,
    pub canned: Rect,
    pub status: Rect,
}

pub fn panels(area: Rect, composing: bool) -> Panels {
    let [main, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    let (queue, conv_col, customer, canned) = if area.width >= 160 {
        // Wide: queue | conversation | customer over canned.
        let [q, c, side] = Layout::horizontal([
            Constraint::Percentage(42),
            Constraint::Percentage(36),
            Constraint::Percentage(22),
        ])
        .areas(main);
        let [cu, ca] =
            Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(side);
        (q, c, cu, ca)
    } else if area.width >= 100 {
        // Medium: queue over (customer | canned) on the left, the conversation full height on the right.
        let [left, c] =
            Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)])
                .areas(main);
        let [q, bottom] =
            Layout::vertical([Constraint::Percentage(58), Constraint::Percentage(42)]).areas(left);
        let [cu, ca] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
            .areas(bottom);
        (q, c, cu, ca)
    } else {
        // Narrow (80x24): queue on top, conversation and a side column below.
        let [q, bottom] =
            Layout::vertical([Constraint::Percentage(42), Constraint::Percentage(58)]).areas(main);
        let [c, side] =
            Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)])
                .areas(bottom);
        let [cu, ca] =
            Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(side);
        (q, c, cu, ca)
    };
    let (conversation, composer) = if composing {
        let h = (conv_col.height / 2).clamp(5, 14);
        let [c, k] = Layout::vertical([Constraint::Min(3), Constraint::Length(h)]).areas(conv_col);
        (c, Some(k))
    } else {
        (conv_col, None)
    };
    Panels {
        queue,
        conversation,
        composer,
        customer,
        canned,
        status,
    }
}

/// Ticket rows the queue shows at once (inside the border, below the header).
pub fn queue_rows(width: u16, height: u16, composing: bool) -> usize {
    let p = panels(Rect::new(0, 0, width, height), composing);
    p.queue.height.saturating_sub(3) as usize
}

/// The most of a customer's tickets the customer panel can show at once: its inside less the
/// two header lines every customer has (the name and the counts).
pub fn customer_rows(width: u16, height: u16) -> usize {
    let p = panels(Rect::new(0, 0, width, height), false);
    (inner(p.customer).height as usize).saturating_sub(2).max(1)
}

/// The rectangle inside a panel's border.
pub fn inner(panel: Rect) -> Rect {
    Rect {
        x: panel.x.saturating_add(1),
        y: panel.y.saturating_add(1),
        width: panel.width.saturating_sub(2),
        height: panel.height.saturating_sub(2),
    }
}

/// The canned panel's list: the top half inside its border (the preview takes the rest).
pub fn canned_list(panel: Rect) -> Rect {
    let inner = inner(panel);
    Rect {
        height: (inner.height / 2).max(1).min(inner.height),
        ..inner
    }
}

/// The first row of a paged list of `rows` a screen that shows `selected`.
pub fn page_start(selected: usize, rows: usize) -> usize {
    selected / rows.max(1) * rows.max(1)
}

/// The lines of the customer panel above the customer's tickets, in the order drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CustomerLine {
    Name,
    Email,
    Phone,
    Organization,
    /// Lifetime tickets and how many are open.
    Counts,
    /// The last satisfaction rating, with the ticket it was given on.
    Rating,
    /// What could not be loaded (an optional lookup failed).
    Missing,
}

/// Which header lines the customer panel has: they come and go with what the helpdesk knows,
/// so the rows below them move (a fixed count opened the wrong ticket at 80x24). In a panel of
/// `height` lines that would show fewer than two of the customer's tickets (or not the line that
/// stands for them while they wait to be listed), masked contact lines (`a***@e****.ro`,
/// `+• ••• ••92`: little to go on) give way to the history, phone first.
pub fn customer_header(
    c: &Customer,
    tickets: &[Ticket],
    masked: bool,
    height: usize,
) -> Vec<CustomerLine> {
    let mut lines = vec![CustomerLine::Name];
    if c.email.is_some() {
        lines.push(CustomerLine::Email);
    }
    if c.phone.is_some() {
        lines.push(CustomerLine::Phone);
    }
    if c.organization.is_some() {
        lines.push(CustomerLine::Organization);
    }
    lines.push(CustomerLine::Counts);
    if tickets.iter().any(|t| t.satisfaction.is_some()) {
        lines.push(CustomerLine::Rating);
    }
    if !c.missing.is_empty() {
        lines.push(CustomerLine::Missing);
    }
    const HISTORY: usize = 2;
    // Their first tickets; or, while the tickets wait to be listed (low-bandwidth mode), the
    // line that says how to list them.
    let wanted = match tickets.len() {
        0 if c.lifetime_tickets.is_some_and(|n| n > 0) => 1,
        n => n.min(HISTORY),
    };
    for gives_way in [CustomerLine::Phone, CustomerLine::Email] {
        if masked && lines.len() + wanted > height {
            lines.retain(|l| *l != gives_way);
        }
    }
    lines
}

/// How many lines the customer panel scrolls so that the selected ticket is the last line in
/// sight once it would fall below the panel (`header` lines, then one line per ticket).
pub fn customer_scroll(header: usize, selected: Option<usize>, height: usize) -> usize {
    match selected {
        Some(s) if header + s >= height => header + s + 1 - height,
        _ => 0,
    }
}

/// How many of the customer's tickets are below the panel's last line: those listed but out of
/// sight, and those not listed yet (of `lifetime` in all, where the helpdesk counts them). None
/// while none are listed (low-bandwidth mode says how to list them instead).
pub fn customer_tickets_below(
    header: usize,
    scroll: usize,
    height: usize,
    listed: usize,
    lifetime: Option<u64>,
) -> u64 {
    if listed == 0 {
        return 0;
    }
    let seen = (scroll + height).saturating_sub(header).min(listed) as u64;
    lifetime
        .unwrap_or(0)
        .max(listed as u64)
        .saturating_sub(seen)
}

/// The customer's ticket drawn on a line of the panel's inside (0 is its top line), if any.
pub fn customer_ticket_at(header: usize, scroll: usize, line: usize) -> Option<usize> {
    (scroll + line).checked_sub(header)
}
