//! The knowledge overlay (search as you type, the ticket's suggestions, an article to read) and
//! an article kept open beside the conversation, in the customer panel's place.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::action::Action;
use crate::app::line_edit::with_caret;
use crate::app::model::{KbOverlay, Loaded, Model};
use crate::helpdesk::Article;
use crate::keymap::Context;
use crate::ui::text::{truncate, wrap};

/// The overlay's rectangle: most of the screen (an article wants room), centred.
fn area(f: &Frame) -> Rect {
    let a = f.area();
    let w = a.width.saturating_sub(4).min(100);
    let h = a.height.saturating_sub(2).min(30);
    Rect {
        x: a.x + (a.width - w) / 2,
        y: a.y + (a.height - h) / 2,
        width: w,
        height: h,
    }
}

pub fn overlay(f: &mut Frame, m: &Model, k: &KbOverlay) {
    let rect = area(f);
    super::popup::clear(f, rect);
    let l = m.lang;
    match &k.reading {
        Some(r) => {
            let title = match &r.article {
                Some(Loaded::Ready(a)) => a.title.clone(),
                _ => crate::t!(l, "kb-article"),
            };
            let inner = rect.width.saturating_sub(2) as usize;
            let lines = match &r.article {
                None | Some(Loaded::Loading) => {
                    let loading = format!(" {}", crate::t!(l, "kb-loading"));
                    vec![Line::styled(loading, m.theme.get("muted"))]
                }
                Some(Loaded::Failed(e)) => {
                    vec![Line::styled(format!(" {e}"), m.theme.get("error"))]
                }
                Some(Loaded::Ready(a)) => article_lines(m, a, r.scroll, inner),
            };
            let key = |a: Action| m.keymap.key_for(Context::Knowledge, a).unwrap_or_default();
            let (link, excerpt) = (key(Action::KbInsertLink), key(Action::KbInsertExcerpt));
            let (beside, back) = (key(Action::KbBeside), key(Action::Dismiss));
            let keys = crate::t!(
                l,
                "kb-reading-keys",
                link = link,
                excerpt = excerpt,
                beside = beside,
                back = back
            );
            let hint = format!(" {keys} ");
            let title = format!(" {} ", truncate(&title, inner.saturating_sub(4)));
            f.render_widget(
                Paragraph::new(lines).block(
                    Block::bordered()
                        .title(title)
                        .title_bottom(Line::styled(hint, m.theme.get("key_hint"))),
                ),
                rect,
            );
        }
        None => list(f, m, k, rect),
    }
}

fn list(f: &mut Frame, m: &Model, k: &KbOverlay, rect: Rect) {
    let inner = rect.width.saturating_sub(2) as usize;
    let mut lines = vec![Line::from(vec![
        Span::styled(
            format!(" {} ", crate::t!(m.lang, "help-search")),
            m.theme.get("key_hint"),
        ),
        Span::raw(with_caret(&k.query, m.prompt_cursor)),
    ])];
    if let Some(n) = &k.note {
        lines.push(Line::styled(
            format!(" {}", truncate(n, inner.saturating_sub(1))),
            m.theme.get("muted"),
        ));
    }
    // Two lines an article: its title (and section), then a line of its text.
    let rows = (rect.height as usize).saturating_sub(2 + lines.len()) / 2;
    let first = k.selected / rows.max(1) * rows.max(1);
    for (i, h) in k.hits.iter().enumerate().skip(first).take(rows) {
        let section = h
            .section
            .as_deref()
            .map(|s| format!("  · {s}"))
            .unwrap_or_default();
        let title = truncate(&format!(" {}{section}", h.title), inner);
        let title = Line::raw(title);
        lines.push(if i == k.selected {
            title.style(m.theme.get("selection"))
        } else {
            title
        });
        lines.push(Line::styled(
            format!("   {}", truncate(&h.snippet, inner.saturating_sub(3))),
            m.theme.get("muted"),
        ));
    }
    let hint = format!(" {} ", crate::t!(m.lang, "kb-list-keys"));
    f.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .title(format!(" {} ", crate::t!(m.lang, "kb-title")))
                .title_bottom(Line::styled(hint, m.theme.get("key_hint"))),
        ),
        rect,
    );
}

/// An article's lines from body line `scroll`, wrapped to `cols`: its section and link first
/// while at the top, headings (`## …`) marked.
fn article_lines(m: &Model, a: &Article, scroll: usize, cols: usize) -> Vec<Line<'static>> {
    let mut out = vec![];
    if scroll == 0 {
        let mut meta = vec![];
        if let Some(s) = &a.section {
            meta.push(s.clone());
        }
        if let Some(u) = &a.url {
            meta.push(u.clone());
        }
        if !meta.is_empty() {
            out.push(Line::styled(
                truncate(&format!(" {}", meta.join(" · ")), cols),
                m.theme.get("muted"),
            ));
        }
    }
    for line in a.body.lines().skip(scroll) {
        let style = if line.starts_with('#') {
            m.theme.get("header")
        } else {
            ratatui::style::Style::default()
        };
        let wrapped = wrap(line, cols.saturating_sub(2).max(1));
        if wrapped.is_empty() {
            out.push(Line::raw(""));
        }
        for w in wrapped {
            out.push(Line::styled(format!(" {w}"), style));
        }
    }
    out
}

/// The article kept beside the conversation, where the customer panel is.
pub fn beside(f: &mut Frame, m: &Model, a: &Article, scroll: usize, area: Rect) {
    let cols = area.width.saturating_sub(2) as usize;
    let title = format!(" {} ", truncate(&a.title, cols.saturating_sub(2)));
    let key = m
        .keymap
        .key_for(Context::Global, Action::Knowledge)
        .unwrap_or_default();
    // The key that closes it, as the keymap binds it (not a fixed letter).
    let beside = m
        .keymap
        .key_for(Context::Knowledge, Action::KbBeside)
        .unwrap_or_default();
    let hint = format!(
        " {} ",
        crate::t!(m.lang, "kb-beside-hint", open = key, beside = beside)
    );
    super::popup::clear(f, area);
    f.render_widget(
        Paragraph::new(article_lines(m, a, scroll, cols)).block(
            Block::bordered()
                .border_style(m.theme.get("border"))
                .title(Line::styled(title, m.theme.get("title")))
                .title_bottom(Line::styled(hint, m.theme.get("muted"))),
        ),
        area,
    );
}
