//! Where each panel goes, for any terminal size. Shared by drawing and by `update` (page sizes).

use ratatui::layout::{Constraint, Layout, Rect};

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
