//! Overlays that show what a change will do before it is made: a macro's preview, a bulk change's
//! confirmation, the collision prompt (what changed since the agent saw the ticket), and a guided
//! workflow's step.

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use super::popup::{centered, clear};
use crate::action::Action;
use crate::app::model::Model;
use crate::keymap::Context;
use crate::ui::text::truncate;

/// What a label for an agent or group id is: its name when known.
fn name_of(list: impl Iterator<Item = (String, String)>, id: Option<&str>, none: &str) -> String {
    let Some(id) = id else {
        return none.to_string();
    };
    list.into_iter()
        .find(|(i, _)| i == id)
        .map_or_else(|| format!("#{id}"), |(_, n)| n)
}

fn assignee_label(m: &Model, id: Option<&str>) -> String {
    let agents = m.agents.iter().map(|a| (a.id.to_string(), a.name.clone()));
    name_of(agents, id, &crate::t!(m.lang, "change-nobody"))
}

fn group_label(m: &Model, id: Option<&str>) -> String {
    let groups = m.groups.iter().map(|g| (g.id.to_string(), g.name.clone()));
    name_of(groups, id, &crate::t!(m.lang, "change-no-group"))
}

/// One line per changed field: "status open → solved", "tags + refund_issued".
pub fn change_lines(m: &Model, changes: &[crate::helpdesk::FieldChange]) -> Vec<String> {
    use crate::helpdesk::PatchField;
    let l = m.lang;
    let line = |field: String, from: String, to: String| {
        crate::t!(l, "change-field", field = field, from = from, to = to)
    };
    changes
        .iter()
        .map(|c| {
            let (from, to) = (c.from.as_deref(), c.to.as_deref());
            let plain =
                |v: Option<&str>| v.map_or_else(|| crate::t!(l, "change-none"), String::from);
            match c.field {
                PatchField::Status => line(crate::t!(l, "field-status"), plain(from), plain(to)),
                PatchField::Priority => {
                    line(crate::t!(l, "field-priority"), plain(from), plain(to))
                }
                PatchField::Assignee => line(
                    crate::t!(l, "field-assignee"),
                    assignee_label(m, from),
                    assignee_label(m, to),
                ),
                PatchField::Group => line(
                    crate::t!(l, "field-group"),
                    group_label(m, from),
                    group_label(m, to),
                ),
                PatchField::Tags => {
                    let before: Vec<&str> = from.unwrap_or("").split_whitespace().collect();
                    let after: Vec<&str> = to.unwrap_or("").split_whitespace().collect();
                    let added = after
                        .iter()
                        .filter(|t| !before.contains(t))
                        .map(|t| format!("+ {t}"));
                    let removed = before
                        .iter()
                        .filter(|t| !after.contains(t))
                        .map(|t| format!("− {t}"));
                    let tags = added.chain(removed).collect::<Vec<_>>().join(" ");
                    format!("{} {tags}", crate::t!(l, "field-tags"))
                }
            }
        })
        .collect()
}

/// The fields a composer sends with its text, in a few words (`None` when there are none).
pub fn change_summary(m: &Model, p: &crate::helpdesk::TicketPatch) -> Option<String> {
    let l = m.lang;
    let to = |field: String, to: String| crate::t!(l, "change-field-to", field = field, to = to);
    let mut parts = vec![];
    if let Some(s) = &p.status {
        parts.push(to(crate::t!(l, "field-status"), s.to_string()));
    }
    if let Some(s) = &p.priority {
        parts.push(to(crate::t!(l, "field-priority"), s.to_string()));
    }
    if let Some(a) = &p.assignee {
        parts.push(to(
            crate::t!(l, "field-assignee"),
            assignee_label(m, Some(&a.0)),
        ));
    }
    if let Some(g) = &p.group {
        parts.push(to(crate::t!(l, "field-group"), group_label(m, Some(&g.0))));
    }
    if p.tags.is_some() {
        parts.push(crate::t!(l, "field-tags"));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// A macro's preview: what it will change and the comment it adds, before anything is sent.
pub fn macro_preview(f: &mut Frame, m: &Model, p: &crate::app::model::MacroPopup) {
    use crate::app::model::Loaded;
    let area = f.area();
    let w = area.width.saturating_sub(4).min(84);
    let text_cols = w.saturating_sub(10) as usize;
    let muted = m.theme.get("muted");
    let l = m.lang;
    let mut lines: Vec<Line> = vec![];
    match &p.preview {
        Loaded::Loading => lines.push(Line::styled(
            format!(" {}", crate::t!(l, "macro-asking")),
            muted,
        )),
        Loaded::Failed(e) => {
            lines.push(Line::styled(
                format!(" {}", crate::t!(l, "macro-no-preview")),
                m.theme.get("error"),
            ));
            for l in super::text::wrap(e, text_cols) {
                lines.push(Line::raw(format!("   {l}")));
            }
        }
        Loaded::Ready(preview) => {
            lines.push(Line::raw(format!(" {}", crate::t!(l, "macro-will"))));
            for c in change_lines(m, &preview.changes) {
                lines.push(Line::raw(format!("  • {c}")));
            }
            match &preview.message {
                Some(msg) => {
                    let what = match msg.visibility {
                        crate::helpdesk::Visibility::Public => crate::t!(l, "macro-add-reply"),
                        crate::helpdesk::Visibility::Internal => crate::t!(l, "macro-add-note"),
                    };
                    lines.push(Line::raw(format!("  • {what}")));
                    for l in super::text::wrap(&msg.body, text_cols) {
                        lines.push(Line::styled(format!("      {l}"), muted));
                    }
                }
                None if preview.changes.is_empty() => {
                    let nothing = crate::t!(l, "macro-nothing");
                    lines.push(Line::raw(format!("  • {nothing}")));
                }
                None => {}
            }
        }
    }
    lines.push(Line::raw(""));
    let key = |a: Action| m.keymap.key_for(Context::Macro, a).unwrap_or_default();
    let keys = match &p.preview {
        Loaded::Ready(_) => {
            let (apply, edit, cancel) = (
                key(Action::MacroApply),
                key(Action::MacroEdit),
                key(Action::Dismiss),
            );
            let keys = crate::t!(l, "macro-keys", apply = apply, edit = edit, cancel = cancel);
            format!(" {keys}")
        }
        _ => {
            let close = key(Action::Dismiss);
            format!(" {}", crate::t!(l, "key-close", key = close))
        }
    };
    lines.push(Line::styled(keys, m.theme.get("key_hint")));
    let h = (lines.len() as u16 + 2).min(area.height);
    let rect = centered(area, w, h);
    let name = truncate(&p.canned.title, w.saturating_sub(16) as usize);
    let ticket = p.ticket.to_string();
    let title = format!(
        " {} ",
        crate::t!(l, "macro-title", name = name, ticket = ticket)
    );
    clear(f, rect);
    f.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(title)),
        rect,
    );
}

/// A bulk change or an undo, said before anything is sent: what changes, on which tickets, and
/// what is left alone.
pub fn confirm(f: &mut Frame, m: &Model, c: &crate::app::bulk::Confirm) {
    let area = f.area();
    let w = area.width.saturating_sub(4).min(90);
    let text_cols = (w as usize).saturating_sub(4).max(10);
    let muted = m.theme.get("muted");
    let mut lines: Vec<Line> = vec![];
    for l in super::text::wrap(&c.text, text_cols) {
        lines.push(Line::raw(format!(" {l}")));
    }
    for d in &c.detail {
        for (i, l) in super::text::wrap(d, text_cols.saturating_sub(3))
            .iter()
            .enumerate()
        {
            let head = if i == 0 { "  ! " } else { "    " };
            lines.push(Line::styled(format!("{head}{l}"), m.theme.get("sla_warn")));
        }
    }
    lines.push(Line::raw(""));
    // The tickets, as many as fit (the list is the agent's to check, not to scroll).
    let room = (area.height as usize)
        .saturating_sub(lines.len() + 5)
        .max(1);
    let n = c.writes.len();
    let shown = if n > room { room.saturating_sub(1) } else { n };
    for (_, item) in c.writes.iter().take(shown) {
        let named = m.ticket_named(&item.ticket);
        lines.push(Line::styled(
            format!("  {}", truncate(&named, text_cols)),
            muted,
        ));
    }
    let l = m.lang;
    if shown < n {
        let more = m.lang.number((n - shown) as u64);
        let more = crate::t!(l, "confirm-more", n = more);
        lines.push(Line::styled(format!("  {more}"), muted));
    }
    lines.push(Line::raw(""));
    let key = |a: Action| m.keymap.key_for(Context::Palette, a).unwrap_or_default();
    let (accept, dismiss) = (key(Action::Accept), key(Action::Dismiss));
    let keys = if c.undo {
        crate::t!(l, "confirm-keys-undo", accept = accept, dismiss = dismiss)
    } else {
        crate::t!(l, "confirm-keys-apply", accept = accept, dismiss = dismiss)
    };
    lines.push(Line::styled(format!(" {keys}"), m.theme.get("key_hint")));
    let h = (lines.len() as u16 + 2).min(area.height);
    let rect = centered(area, w, h);
    let title = if c.undo {
        crate::t!(l, "confirm-title-undo")
    } else {
        crate::t!(l, "confirm-title-bulk")
    };
    let title = format!(" {title} ");
    clear(f, rect);
    f.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(title)),
        rect,
    );
}

/// A write the ticket changed under: what changed (new messages in full, as the conversation
/// has them: sanitized at the gate), and the choice. Nothing was sent.
pub fn collision(f: &mut Frame, m: &Model, c: &crate::app::model::Collision) {
    let area = f.area();
    let w = area.width.saturating_sub(4).min(100);
    let cols = w.saturating_sub(4) as usize;
    let muted = m.theme.get("muted");
    let l = m.lang;
    use crate::app::model::DraftKind;
    let what = match c.draft.as_ref().map(|d| d.kind) {
        Some(DraftKind::Reply) => crate::t!(l, "collision-reply-not-sent"),
        Some(DraftKind::Note) => crate::t!(l, "collision-note-not-sent"),
        Some(DraftKind::Escalation) => crate::t!(l, "collision-escalation-not-sent"),
        None => crate::t!(l, "collision-change-not-applied"),
    };
    let what = format!(" {what}");
    let mut head = vec![Line::styled(what, m.theme.get("error"))];
    let mut body: Vec<Line> = vec![];
    for l in crate::app::collide::lines(m, c) {
        let style = if l.starts_with('•') || l.ends_with([':', '：']) {
            Style::default()
        } else {
            muted
        };
        if l.is_empty() {
            body.push(Line::raw(""));
            continue;
        }
        for part in super::text::wrap(&l, cols) {
            body.push(Line::styled(format!("  {part}"), style));
        }
    }
    let key = |a: Action| m.keymap.key_for(Context::Collision, a).unwrap_or_default();
    let ready = c.changes.ready().is_some();
    let (send, edit, keep) = (
        key(Action::CollisionSend),
        key(Action::CollisionEdit),
        key(Action::CollisionKeep),
    );
    let keys = match (&c.draft, ready) {
        (Some(_), true) => crate::t!(
            l,
            "collision-keys-text",
            send = send,
            edit = edit,
            keep = keep
        ),
        (Some(_), false) => crate::t!(l, "collision-keys-text-loading", edit = edit, keep = keep),
        (None, true) => crate::t!(l, "collision-keys-fields", send = send, keep = keep),
        (None, false) => crate::t!(l, "collision-keys-fields-loading", keep = keep),
    };
    let keys = format!(" {keys}");
    // Borders, the head line and a blank, a blank and the keys (6 rows), a row free above and
    // below: the rest scrolls.
    let room = area.height.saturating_sub(6 + 2) as usize;
    let h = (body.len().min(room) as u16 + 6).min(area.height);
    let scroll = c.scroll.min(body.len().saturating_sub(room));
    let more = body.len() > room + scroll;
    head.push(Line::raw(""));
    head.extend(body.into_iter().skip(scroll).take(room));
    head.push(Line::raw(""));
    let keys = if more || scroll > 0 {
        format!("{keys} · ↑↓ {}", crate::t!(l, "collision-scroll"))
    } else {
        keys
    };
    head.push(Line::styled(keys, m.theme.get("key_hint")));
    let rect = centered(area, w, h);
    let title = format!(
        " {} ",
        crate::t!(
            l,
            "collision-title",
            ticket = truncate(&c.named, w.saturating_sub(14) as usize)
        )
    );
    clear(f, rect);
    f.render_widget(
        Paragraph::new(head).block(Block::bordered().title(title)),
        rect,
    );
}

/// Answers are picked by number or by letter: `1 a`, `2 b`, …
fn answer_key(i: usize) -> String {
    format!("{} {}", i + 1, (b'a' + i as u8) as char)
}

/// A guided workflow on a ticket: the list to start one from (those that fit the ticket first),
/// or the step the ticket is at, with the path so far.
pub fn workflow(f: &mut Frame, m: &Model, ticket: &crate::helpdesk::Id) {
    use crate::workflow::NodeKind;
    let area = f.area();
    let w = area.width.saturating_sub(4).min(90);
    let cols = w.saturating_sub(4) as usize;
    let muted = m.theme.get("muted");
    let hint = m.theme.get("key_hint");
    let key = |a: Action| m.keymap.key_for(Context::Workflow, a).unwrap_or_default();
    let l = m.lang;
    let mut lines: Vec<Line> = vec![];
    let title;
    let id = ticket.to_string();
    match crate::app::workflow::walk_of(m, ticket) {
        None => {
            title = format!(" {} ", crate::t!(l, "workflows-title", ticket = id));
            let t = m
                .queue
                .tickets
                .iter()
                .chain(m.queue.pinned.as_ref())
                .find(|t| &t.id == ticket);
            let (order, suggested) = match t {
                Some(t) => crate::app::workflow::for_ticket(m, t),
                None => ((0..m.workflows.installed.len()).collect(), 0),
            };
            if order.is_empty() {
                let none = crate::t!(l, "workflows-none");
                for part in super::text::wrap(&none, cols.saturating_sub(1)) {
                    lines.push(Line::styled(format!(" {part}"), muted));
                }
            }
            for (n, &i) in order
                .iter()
                .enumerate()
                .take(crate::workflow::parse::MAX_ANSWERS)
            {
                if n == 0 && suggested > 0 {
                    let said = crate::t!(l, "workflows-suggested");
                    lines.push(Line::styled(format!(" {said}"), muted));
                } else if n == suggested {
                    let said = crate::t!(l, "workflows-other");
                    lines.push(Line::styled(format!(" {said}"), muted));
                }
                lines.push(Line::raw(format!(
                    "  {}  {}",
                    answer_key(n),
                    truncate(&m.workflows.installed[i].title, cols.saturating_sub(6))
                )));
            }
            lines.push(Line::raw(""));
            let n = order.len().min(crate::workflow::parse::MAX_ANSWERS);
            let pick = if n > 0 {
                let letter = ((b'a' + n as u8 - 1) as char).to_string();
                let start = crate::t!(l, "workflows-start", n = n, letter = letter);
                format!(" {start} · ")
            } else {
                " ".to_string()
            };
            let close = key(Action::Dismiss);
            let close = crate::t!(l, "key-close", key = close);
            lines.push(Line::styled(format!("{pick}{close}"), hint));
        }
        Some((wf, p)) => {
            let name = truncate(&wf.title, w.saturating_sub(16) as usize);
            title = format!(
                " {} ",
                crate::t!(l, "workflow-title", name = name, ticket = id)
            );
            let trail = p.trail(wf);
            let step = p.step_number();
            lines.push(Line::styled(
                format!(" {}", crate::t!(l, "workflow-step", n = step)),
                m.theme.get("title"),
            ));
            // The path so far, its last few steps (the note keeps it whole).
            const SHOWN: usize = 4;
            if trail.len() > SHOWN {
                let earlier = trail.len() - SHOWN;
                let earlier = crate::t!(l, "workflow-earlier", n = earlier);
                lines.push(Line::styled(format!("   {earlier}"), muted));
            }
            for t in trail.iter().skip(trail.len().saturating_sub(SHOWN)) {
                lines.push(Line::styled(
                    format!("   ✓ {}", truncate(t, cols.saturating_sub(5))),
                    muted,
                ));
            }
            lines.push(Line::raw(""));
            let at = p.position(wf).map(|i| &wf.nodes[i].kind);
            let mut keys = vec![];
            match at {
                Some(NodeKind::Question { text, answers, .. }) => {
                    for l in super::text::wrap(text, cols.saturating_sub(1)) {
                        lines.push(Line::raw(format!(" {l}")));
                    }
                    lines.push(Line::raw(""));
                    for (i, a) in answers.iter().enumerate() {
                        lines.push(Line::raw(format!(
                            "  {}  {}",
                            answer_key(i),
                            truncate(&a.text, cols.saturating_sub(6))
                        )));
                    }
                    let n = answers.len();
                    let letter = ((b'a' + n as u8 - 1) as char).to_string();
                    keys.push(crate::t!(l, "workflow-answer", n = n, letter = letter));
                }
                Some(NodeKind::Instruction { text, .. }) => {
                    for l in super::text::wrap(text, cols.saturating_sub(1)) {
                        lines.push(Line::raw(format!(" {l}")));
                    }
                    let done = key(Action::WorkflowNext);
                    keys.push(crate::t!(l, "workflow-key-done", key = done));
                }
                Some(NodeKind::End(o)) => {
                    let outcome = truncate(&o.name, cols.saturating_sub(7));
                    let done = crate::t!(l, "workflow-done", outcome = outcome);
                    lines.push(Line::raw(format!(" {done}")));
                    let ready = crate::t!(l, "workflow-reply-ready");
                    for part in super::text::wrap(&ready, cols.saturating_sub(1)) {
                        lines.push(Line::styled(format!(" {part}"), muted));
                    }
                }
                None => {}
            }
            lines.push(Line::raw(""));
            let (back, restart) = (key(Action::WorkflowBack), key(Action::WorkflowRestart));
            let (stop, close) = (key(Action::WorkflowStop), key(Action::Dismiss));
            keys.push(crate::t!(l, "workflow-key-back", key = back));
            keys.push(crate::t!(l, "workflow-key-restart", key = restart));
            keys.push(crate::t!(l, "workflow-key-stop", key = stop));
            keys.push(crate::t!(l, "key-close", key = close));
            for l in super::text::wrap(&keys.join(" · "), cols) {
                lines.push(Line::styled(format!(" {l}"), hint));
            }
        }
    }
    let h = (lines.len() as u16 + 2).min(area.height);
    let rect = centered(area, w, h);
    clear(f, rect);
    f.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(title)),
        rect,
    );
}
