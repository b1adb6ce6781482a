//! Canned responses: a searchable list and a preview with the placeholders filled in.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::panel;
use super::text::truncate;
use crate::app::model::{Focus, Loaded, Model};
use crate::canned::{Context, fill};

pub fn draw(f: &mut Frame, m: &Model, area: Rect) {
    let mut title = vec![Span::raw(format!(
        " {} ",
        crate::t!(m.lang, "canned-title")
    ))];
    title.extend(super::filter_span(m, &m.canned.filter, Focus::Canned));
    let block = panel(m, Line::from(title), Focus::Canned);
    let inner = block.inner(area);
    f.render_widget(block, area);
    let muted = m.theme.get("muted");
    match &m.canned.list {
        Loaded::Loading if m.canned.deferred => {
            let said = crate::t!(m.lang, "canned-on-demand");
            let wrapped = Paragraph::new(said).style(muted).wrap(Wrap { trim: true });
            f.render_widget(wrapped, inner);
            return;
        }
        Loaded::Loading => {
            f.render_widget(Line::styled(crate::t!(m.lang, "loading"), muted), inner);
            return;
        }
        Loaded::Failed(e) => {
            f.render_widget(Line::styled(e.clone(), m.theme.get("error")), inner);
            return;
        }
        Loaded::Ready(_) => {}
    }
    if m.capabilities.is_some_and(|c| !c.canned_responses)
        && m.canned.list.ready().is_some_and(Vec::is_empty)
    {
        let reason = crate::t!(m.lang, "canned-none", backend = m.backend);
        f.render_widget(Line::styled(reason, muted), inner);
        return;
    }
    let items = m.canned_visible();
    // The list's geometry is the one `update` uses for clicks.
    let list_h = crate::layout::canned_list(area).height;
    let [list_area, preview_area] =
        Layout::vertical([Constraint::Length(list_h), Constraint::Min(0)]).areas(inner);
    let first = crate::layout::page_start(m.canned.selected, list_h as usize);
    let cols = inner.width as usize;
    let lines: Vec<Line> = items
        .iter()
        .enumerate()
        .skip(first)
        .take(list_h as usize)
        .map(|(i, c)| {
            let label = match &c.folder {
                Some(folder) => format!("{folder} › {}", c.title),
                None => c.title.clone(),
            };
            let line = Line::raw(truncate(&label, cols));
            if i == m.canned.selected {
                line.style(m.theme.get("selection"))
            } else {
                line
            }
        })
        .collect();
    if items.is_empty() {
        f.render_widget(
            Line::styled(crate::t!(m.lang, "canned-no-match"), muted),
            list_area,
        );
    } else {
        f.render_widget(Paragraph::new(lines), list_area);
    }
    if let Some(c) = items.get(m.canned.selected) {
        let cx = Context {
            ticket: m.current(),
            agent: m.me.as_ref(),
        };
        let preview = fill(c, &cx);
        let mut lines = vec![Line::styled("─".repeat(cols), muted)];
        lines.extend(preview.lines().map(|l| Line::raw(l.to_string())));
        f.render_widget(
            Paragraph::new(lines).wrap(Wrap { trim: false }),
            preview_area,
        );
    }
}
