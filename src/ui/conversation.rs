//! The conversation: the thread of the current ticket, wrapped to the panel, internal notes marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{truncate, wrap};
use super::{local_time, panel, status_style};
use crate::app::model::{Focus, Loaded, Model};
use crate::helpdesk::Visibility;

/// The thread as styled lines, wrapped to `cols`.
pub fn lines(m: &Model, cols: usize) -> Vec<Line<'static>> {
    let Some(t) = m.current() else {
        return vec![Line::styled("No ticket selected", m.theme.get("muted"))];
    };
    let mut out = vec![];
    for l in wrap(&t.subject, cols) {
        out.push(Line::styled(l, m.theme.get("title")));
    }
    let mut facts = vec![
        Span::styled(t.status.label.clone(), status_style(m, t)),
        Span::raw(format!(" · {}", t.channel.label())),
    ];
    if let Some(p) = &t.priority {
        facts.push(Span::raw(format!(" · {}", p.label)));
    }
    if let Some(g) = &t.group {
        facts.push(Span::raw(format!(" · {g}")));
    }
    let assignee = t
        .assignee
        .as_ref()
        .map_or("unassigned", |a| a.name.as_str());
    facts.push(Span::raw(format!(" · {assignee}")));
    out.push(Line::from(facts));
    if let Some(d) = m.drafts.get(&t.id) {
        out.push(Line::styled(
            format!(
                "✎ draft kept ({} chars): r to continue",
                d.text.chars().count()
            ),
            m.theme.get("key_hint"),
        ));
    }
    match m.conversations.get(&t.id) {
        None | Some(Loaded::Loading) => {
            out.push(Line::raw(""));
            out.push(Line::styled(
                "Loading the conversation…",
                m.theme.get("muted"),
            ));
        }
        Some(Loaded::Failed(e)) => {
            out.push(Line::raw(""));
            out.push(Line::styled(truncate(e, cols), m.theme.get("error")));
        }
        Some(Loaded::Ready(msgs)) => {
            for msg in msgs {
                out.push(Line::raw(""));
                let note = msg.visibility == Visibility::Internal;
                let author = msg.author.as_ref().map_or("?", |a| a.name.as_str());
                let mut head = vec![];
                if note {
                    head.push(Span::styled(
                        "[internal note] ",
                        m.theme.get("internal_note"),
                    ));
                }
                head.push(Span::styled(author.to_string(), m.theme.get("author")));
                let mut when = format!(" · {}", local_time(m, msg.created_at));
                if let Some(c) = &msg.channel {
                    when.push_str(&format!(" · {}", c.label()));
                }
                head.push(Span::styled(when, m.theme.get("muted")));
                out.push(Line::from(head));
                // Notes carry a bar on the left, so they differ without colour too.
                let (prefix, body_style) = if note {
                    ("┃ ", m.theme.get("internal_note"))
                } else {
                    ("", Style::default())
                };
                let body = if m.masked() {
                    crate::privacy::text(&msg.body)
                } else {
                    msg.body.clone()
                };
                for l in wrap(&body, cols.saturating_sub(prefix.len().min(2))) {
                    out.push(Line::styled(format!("{prefix}{l}"), body_style));
                }
                for a in &msg.attachments {
                    out.push(Line::styled(format!("📎 {a}"), m.theme.get("muted")));
                }
            }
        }
    }
    out
}

pub fn draw(f: &mut Frame, m: &Model, area: Rect) {
    let title = match m.current() {
        Some(t) => format!(" Conversation #{} ", t.id),
        None => " Conversation ".to_string(),
    };
    let block = panel(m, Line::from(title), Focus::Conversation);
    let inner = block.inner(area);
    f.render_widget(block, area);
    let all = lines(m, inner.width as usize);
    let max_scroll = all.len().saturating_sub(inner.height as usize);
    let scroll = m.conversation_scroll.min(max_scroll);
    // Only the lines on screen are handed to the widget, however long the thread.
    let visible: Vec<Line> = all
        .into_iter()
        .skip(scroll)
        .take(inner.height as usize)
        .collect();
    f.render_widget(Paragraph::new(visible), inner);
}

pub fn draw_composer(f: &mut Frame, m: &Model, area: Rect) {
    let Some(c) = &m.composer else {
        return;
    };
    let ticket = m
        .tickets
        .iter()
        .chain(m.pinned.as_ref())
        .find(|t| t.id == c.ticket);
    let title = match c.visibility {
        Visibility::Public => {
            let to = ticket
                .and_then(|t| t.requester.as_ref())
                .map_or("the customer", |r| r.name.as_str());
            let via = ticket.map_or("email", |t| t.channel.label());
            // An SMS costs by the segment: say how many before it is sent.
            let sms =
                if ticket.is_some_and(|t| t.channel == crate::helpdesk::Channel::Sms) {
                    // The editor's lines as they will be joined, counted up to a bound.
                    let chars =
                        c.editor.lines().iter().enumerate().flat_map(|(i, l)| {
                            (i > 0).then_some('\n').into_iter().chain(l.chars())
                        });
                    let l = crate::sms::length_of(chars);
                    let kind = if l.unicode { ", unicode" } else { "" };
                    let s = if l.segments == 1 { "" } else { "s" };
                    let more = if l.capped { "+" } else { "" };
                    format!(
                        " · {}{more} chars, {}{more} segment{s}{kind}",
                        l.units, l.segments
                    )
                } else {
                    String::new()
                };
            format!(" Reply to {to} via {via}{sms} ")
        }
        Visibility::Internal => " Internal note (agents only) ".to_string(),
    };
    // A macro's field changes taken into the composer: say they go with the text.
    let title = match crate::ui::popup::change_summary(m, &c.fields) {
        Some(s) => format!("{}+ {s} ", title),
        None => title,
    };
    let hint = " ctrl-s send · esc keep draft ";
    let style = match c.visibility {
        Visibility::Public => m.theme.get("border_focused"),
        Visibility::Internal => m.theme.get("internal_note"),
    };
    let block = ratatui::widgets::Block::bordered()
        .border_style(style)
        .title(Line::from(title).style(style))
        .title_bottom(Line::from(hint).right_aligned());
    let inner = block.inner(area);
    f.render_widget(block, area);
    f.render_widget(&c.editor, inner);
}
