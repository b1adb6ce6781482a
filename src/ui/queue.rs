//! The queue: a virtualised table (only the rows on screen are built, so 100k tickets cost nothing).

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row, Table};

use super::text::truncate;
use super::{clock, panel, status_style};
use crate::action::Action;
use crate::app::model::{Focus, Model};
use crate::helpdesk::{Channel, Tier};
use crate::keymap::Context;
use crate::t;
use unicode_width::UnicodeWidthStr;

fn channel_short(c: &Channel) -> &str {
    match c {
        Channel::Social => "social",
        other => other.label(),
    }
}

/// The id column's widest: ids are never cut where they enter (they name the ticket), so an
/// absurd one is cut here.
const ID_COLS: usize = 16;
/// The status column's widest: the helpdesk's labels ("resolved", "Waiting on vendor") are cut
/// beyond it.
const STATUS_COLS: usize = 10;
/// Columns between the queue's columns.
const COLUMN_SPACING: u16 = 1;

/// Which columns the queue shows at a width, so that the subject gets the room: the channel
/// (also in the conversation's heading) only on a wide queue, the requester narrower on a
/// narrow one. Columns: gutter, id, status, priority, channel, requester, subject, clock.
struct Columns {
    shown: [bool; 8],
    requester: usize,
}

impl Columns {
    fn for_width(width: u16) -> Self {
        let wide = width >= 100;
        Columns {
            // The selection is marked with a character in a gutter as well as by colour (a
            // screen reader or a mono terminal has no colour); low-bandwidth mode marks it
            // there alone, without a full-row highlight: a step rewrites two cells, not two rows.
            shown: [true, true, true, true, wide, true, true, true],
            requester: match width {
                100.. => 18,
                70..100 => 14,
                _ => 12,
            },
        }
    }

    fn keep<T>(&self, cells: impl IntoIterator<Item = T>) -> Vec<T> {
        cells
            .into_iter()
            .zip(self.shown)
            .filter_map(|(c, shown)| shown.then_some(c))
            .collect()
    }
}

/// Draws the queue; where the selected row begins (for the terminal's cursor), when it is shown.
pub fn draw(f: &mut Frame, m: &Model, area: Rect) -> Option<Position> {
    let l = m.lang;
    let mut title = vec![Span::raw(format!(" {}", t!(l, "queue-title")))];
    if let Some(v) = &m.queue.view {
        title.push(Span::raw(format!(": {}", v.name)));
    }
    // While only the top of the view is loaded, the title says how much of it is here.
    let loaded = l.number(m.queue.tickets.len() as u64);
    let loaded = loaded.as_str();
    let shown = l.number(m.queue.visible.len() as u64);
    let shown = shown.as_str();
    let count = match (
        m.queue.filter.is_empty(),
        m.queue.more.is_some(),
        m.queue.total,
    ) {
        (true, false, _) => t!(l, "queue-count", loaded = loaded),
        (true, true, Some(total)) => {
            t!(
                l,
                "queue-count-of",
                loaded = loaded,
                total = l.number(total)
            )
        }
        (true, true, None) => t!(l, "queue-count-more", loaded = loaded),
        (false, false, _) => t!(l, "queue-count-filtered", shown = shown, loaded = loaded),
        (false, true, _) => {
            t!(
                l,
                "queue-count-filtered-loaded",
                shown = shown,
                loaded = loaded
            )
        }
    };
    title.push(Span::raw(format!(" {count} ")));
    if !m.bulk.marked.is_empty() {
        let n = l.number(m.bulk.marked.len() as u64);
        title.push(Span::styled(
            format!("{} ", t!(l, "status-selected", n = n)),
            m.theme.get("key_hint"),
        ));
    }
    title.extend(super::filter_span(m, &m.queue.filter, Focus::Queue));
    // The conversation holds another ticket than the selected row (opened from the customer's
    // history, or not yet followed in low-bandwidth mode): say which, since actions go to it.
    let open_elsewhere = m
        .queue
        .pinned
        .as_ref()
        .filter(|p| m.selected_in_queue().map(|t| &t.id) != Some(&p.id));
    if let Some(p) = open_elsewhere {
        title.push(Span::styled(
            format!("{} ", t!(l, "queue-open-elsewhere", id = p.id.0.as_str())),
            m.theme.get("key_hint"),
        ));
    }
    let block = panel(m, Line::from(title), Focus::Queue);
    let inner = block.inner(area);
    f.render_widget(block, area);

    let rows_fit = inner.height.saturating_sub(1) as usize;
    if m.queue.visible.is_empty() {
        let msg = if m.queue.progress.is_some() {
            t!(l, "queue-loading")
        } else if !m.queue.filter.is_empty() {
            t!(l, "queue-no-match")
        } else if m.in_snoozed_view() {
            t!(l, "queue-none-snoozed")
        } else {
            // Where the other views are, when a key leads there.
            match m.keymap.key_for(Context::Queue, Action::Views) {
                Some(key) => t!(l, "queue-empty-views", key = key),
                None => t!(l, "queue-empty"),
            }
        };
        f.render_widget(
            Line::styled(msg, m.theme.get("muted")),
            Rect {
                y: inner.y + 1,
                height: 1,
                ..inner
            },
        );
    }
    // Page-wise scrolling: the page holding the selection. A step within a page rewrites two rows
    // only, which keeps the terminal traffic low.
    let first = m
        .queue
        .selected
        .checked_div(rows_fit)
        .map_or(0, |page| page * rows_fit);
    let last = (first + rows_fit).min(m.queue.visible.len());
    let id_w = m
        .queue
        .visible
        .get(first..last)
        .unwrap_or_default()
        .iter()
        .map(|&i| m.queue.tickets[i].id.0.len() + 1)
        .max()
        .unwrap_or(5)
        .clamp(5, ID_COLS);
    // As wide as the longest status label on screen, in display columns.
    let status_w = m
        .queue
        .visible
        .get(first..last)
        .unwrap_or_default()
        .iter()
        .map(|&i| m.queue.tickets[i].status.label.width())
        .max()
        .unwrap_or(2)
        .clamp(2, STATUS_COLS);
    let cols = Columns::for_width(inner.width);
    // The Snoozed view says when each ticket wakes where the others show the SLA clock.
    let snoozed = m.in_snoozed_view();
    // With a selection, the gutter has room for both marks: the cursor's and the bulk one's.
    let gutter: u16 = if m.bulk.marked.is_empty() { 1 } else { 2 };
    let widths = [
        Constraint::Length(gutter),
        Constraint::Length(id_w as u16),
        Constraint::Length(status_w as u16),
        Constraint::Length(6),
        Constraint::Length(6),
        Constraint::Length(cols.requester as u16),
        Constraint::Min(10),
        Constraint::Length(if snoozed { 12 } else { 7 }),
    ];
    // The subject's room as the table lays out its columns (Flex::Start, its default): a
    // subject cut there ends in "…", as every other cut does.
    let kept = cols.keep(widths);
    let subject_at = cols.shown[..6].iter().filter(|&&s| s).count();
    let subject_w = Layout::horizontal(kept.clone())
        .flex(Flex::Start)
        .spacing(COLUMN_SPACING)
        .split(Rect::new(0, 0, inner.width, 1))[subject_at]
        .width as usize;
    let rows = (first..last).map(|pos| {
        let t = &m.queue.tickets[m.queue.visible[pos]];
        // A dash, not a blank, for a ticket without one.
        let prio = t.priority.as_ref().map_or("–", |p| p.label.as_str());
        let prio_style = match prio {
            "urgent" => m.theme.get("priority_urgent"),
            "high" => m.theme.get("priority_high"),
            _ => m.theme.get("muted"),
        };
        // VIP and long-standing customers are marked (a symbol, not only a colour).
        let mark = match t.requester_tier {
            Some(Tier::Vip) => "★",
            Some(Tier::Loyal) => "◆",
            _ => "",
        };
        let requester = format!(
            "{mark}{}",
            t.requester.as_ref().map_or("", |r| r.name.as_str())
        );
        let marked = m.bulk.marked.contains(&t.id);
        let cursor = if pos == m.queue.selected {
            ">"
        } else if open_elsewhere.is_some_and(|p| p.id == t.id) {
            "○" // the open ticket's row, when the selection has moved on
        } else {
            " "
        };
        // Selected for a bulk change: a mark, not only a colour.
        let marker = if marked {
            format!("{cursor}•")
        } else {
            cursor.to_string()
        };
        let cells = vec![
            Cell::from(marker),
            Cell::from(format!("#{}", truncate(&t.id.0, ID_COLS - 1))),
            Cell::from(Span::styled(
                truncate(&t.status.label, status_w),
                status_style(m, t),
            )),
            Cell::from(Span::styled(truncate(prio, 6), prio_style)),
            Cell::from(channel_short(&t.channel).to_string()),
            Cell::from(Span::styled(
                truncate(&requester, cols.requester),
                if mark.is_empty() {
                    Style::default()
                } else {
                    m.theme.get("tier_vip")
                },
            )),
            Cell::from(truncate(&m.subject_shown(t), subject_w)),
            Cell::from(
                Line::from(
                    match snoozed.then(|| crate::app::snooze::wakes(m, t)).flatten() {
                        Some(at) => Span::raw(at),
                        None => clock(m, t, m.clock_at.unwrap_or(m.now)),
                    },
                )
                .right_aligned(),
            ),
        ];
        let mut row = Row::new(cols.keep(cells));
        if marked {
            row = row.style(m.theme.get("key_hint").add_modifier(Modifier::BOLD));
        }
        if pos == m.queue.selected && !m.low_bandwidth {
            let mut s = m.theme.get("selection");
            if m.focus != Focus::Queue {
                s = s.add_modifier(Modifier::BOLD);
            }
            row = row.style(s);
        }
        row
    });
    let header_cells = [
        String::new(),
        t!(l, "column-id"),
        t!(l, "column-status"),
        t!(l, "column-priority"),
        t!(l, "column-channel"),
        t!(l, "column-requester"),
        t!(l, "column-subject"),
        if snoozed {
            t!(l, "column-wakes")
        } else {
            t!(l, "column-due")
        },
    ];
    let header = Row::new(cols.keep(header_cells)).style(m.theme.get("header"));
    let table = Table::new(rows, kept)
        .header(header)
        .flex(Flex::Start)
        .column_spacing(COLUMN_SPACING);
    f.render_widget(table, inner);
    // Below the header row, on the gutter's marker.
    (first..last).contains(&m.queue.selected).then(|| Position {
        x: inner.x,
        y: inner.y + 1 + (m.queue.selected - first) as u16,
    })
}
