//! The conversation: the thread of the current ticket, wrapped to the panel, internal notes marked.

use crate::i18n::Lang;
use crate::t;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{truncate, wrap, wrap_quoted};
use super::{message_time, panel, status_style};
use crate::action::Action;
use crate::app::model::{Focus, Loaded, Model};
use crate::helpdesk::{Id, Message, Visibility};
use crate::keymap::Context;

/// A long message shows this much at first (and each read-on this much more): whichever comes
/// first of `FOLD_BYTES` of text and `FOLD_LINES` lines. A 10 MB paste costs the screen no more
/// than 64 KB does.
pub const FOLD_BYTES: usize = 64 * 1024;
pub const FOLD_LINES: usize = 1000;

/// What a layout was built for; a change to any of these builds it again.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Key {
    ticket: Id,
    cols: usize,
    masked: bool,
    /// Whether quoted history is shown (else folded to a line).
    quoted: bool,
    /// `Model::conversations_changed` when it was built.
    changed: u64,
}

/// The messages of the current conversation laid out for one width: wrapped, masked when privacy
/// mode says so, and folded. Built once per (ticket, width, masking, conversation) and reused by
/// every frame; reading on wraps only the newly shown part. Drawing copies out the lines on
/// screen only.
pub struct Layout {
    key: Key,
    more: usize,
    messages: Vec<Laid>,
    /// How many times a layout was built from scratch, and how many bytes of message text were
    /// wrapped in all (tests and benchmarks read them).
    pub builds: u64,
    pub wrapped_bytes: usize,
}

/// One message's lines: a blank line and its heading, the body shown so far, a fold line while
/// some of it is not shown, its attachments.
///
/// Quoted history folds first: the body laid out is the message's with each quoted block put as one
/// line (`▸ 14 quoted lines`), and a long one folds by size after that, so `m` reads on through what
/// the customer wrote now. With quoted history shown (`z`), it is the whole body that `m` reads on in.
struct Laid {
    /// The body with its quoted history folded; `None` when that is the message's body itself.
    shown: Option<String>,
    /// Where the folded blocks' lines start in `shown`.
    markers: Vec<usize>,
    lines: Vec<Line<'static>>,
    /// Where the body's lines end in `lines` (the fold line, if any, is there).
    body_end: usize,
    /// Where in the body the part not shown yet starts.
    next: usize,
    folded: bool,
}

impl Layout {
    pub fn len(&self) -> usize {
        self.messages.iter().map(|l| l.lines.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Lines `from..from + n`, walking over whole messages before them.
    fn window(&self, mut from: usize, n: usize) -> Vec<Line<'static>> {
        let mut out = Vec::with_capacity(n);
        for l in &self.messages {
            if out.len() == n {
                break;
            }
            if from >= l.lines.len() {
                from -= l.lines.len();
                continue;
            }
            let take = (n - out.len()).min(l.lines.len() - from);
            out.extend_from_slice(&l.lines[from..from + take]);
            from = 0;
        }
        out
    }
}

/// Where the next part of a body shown starts from `from`: `(end, next)`, the part being
/// `body[from..end]` and the rest starting at `next`. Parts end at a line break (dropped, so the
/// parts wrap exactly as the whole does), else at a space after a non-digit (so no email address
/// or card number is split across two parts, each masked on its own), else anywhere.
fn part(body: &str, from: usize) -> (usize, usize) {
    let rest = &body[from..];
    let mut cut = rest.len().min(FOLD_BYTES);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let window = &rest[..cut];
    if let Some((i, _)) = window.match_indices('\n').nth(FOLD_LINES - 1) {
        return (from + i, from + i + 1);
    }
    if cut == rest.len() {
        return (body.len(), body.len());
    }
    if let Some(i) = window.rfind('\n') {
        return (from + i, from + i + 1);
    }
    let space = window.char_indices().rev().find(|&(i, c)| {
        c.is_whitespace()
            && window[..i]
                .chars()
                .next_back()
                .is_some_and(|p| !p.is_ascii_digit())
    });
    match space {
        Some((i, c)) if i > 0 => (from + i + c.len_utf8(), from + i + c.len_utf8()),
        _ => (from + cut, from + cut),
    }
}

/// `10_276_044` → "9.8 MB" (the decimal mark as the language writes it).
fn size(l: Lang, bytes: usize) -> String {
    let one_decimal = |x: f64| {
        let s = format!("{x:.1}");
        match l {
            Lang::En | Lang::Zh => s,
            _ => s.replace('.', ","),
        }
    };
    match bytes {
        0..1024 => t!(l, "size-bytes", count = l.plural(bytes as u64), n = bytes),
        1024..1_048_576 => t!(l, "size-kb", n = one_decimal(bytes as f64 / 1024.0)),
        _ => t!(l, "size-mb", n = one_decimal(bytes as f64 / 1_048_576.0)),
    }
}

fn body_prefix(note: bool) -> &'static str {
    // Notes carry a bar on the left, so they differ without colour too.
    if note { "┃ " } else { "" }
}

fn body_style(m: &Model, note: bool) -> Style {
    if note {
        m.theme.get("internal_note")
    } else {
        Style::default()
    }
}

/// The next part of a message's body, as lines pushed to `out`.
fn lay_part(
    m: &Model,
    msg: &Message,
    cols: usize,
    masked: bool,
    laid: &mut Laid,
    out: &mut Vec<Line<'static>>,
) {
    let note = msg.visibility == Visibility::Internal;
    let (prefix, style) = (body_prefix(note), body_style(m, note));
    let cols = cols.saturating_sub(prefix.len().min(2));
    let body = laid.shown.as_deref().unwrap_or(&msg.body);
    let (end, next) = part(body, laid.next);
    let mut lay = |text: &str, style: Style| {
        for l in wrap_quoted(text, cols) {
            out.push(Line::styled(format!("{prefix}{l}"), style));
        }
    };
    // Text between the folded quotes' lines, which are ours (nothing to mask) and look like a hint.
    let mut from = laid.next;
    let at = laid.markers.partition_point(|&a| a < from);
    for &marker in laid.markers[at..].iter().take_while(|&&a| a < end) {
        if marker > from {
            lay_text(&body[from..marker - 1], masked, &mut lay, style);
        }
        let line_end = body[marker..end].find('\n').map_or(end, |i| marker + i);
        lay(&body[marker..line_end], m.theme.get("key_hint"));
        from = line_end + 1;
    }
    if from <= end {
        lay_text(&body[from..end], masked, &mut lay, style);
    }
    laid.next = next;
    laid.folded = next < body.len();
}

/// Masking goes part by part too: a part ends between words, so nothing is split.
fn lay_text(text: &str, masked: bool, lay: &mut impl FnMut(&str, Style), style: Style) {
    if masked {
        lay(&crate::privacy::text(text), style);
    } else {
        lay(text, style);
    }
}

fn fold_line(m: &Model, msg: &Message, laid: &Laid) -> Line<'static> {
    let note = msg.visibility == Visibility::Internal;
    let l = m.lang;
    let key = match m.keymap.key_for(Context::Conversation, Action::More) {
        Some(k) => t!(l, "conversation-read-on-key", key = k),
        None => t!(
            l,
            "conversation-read-on-action",
            action = Action::More.name()
        ),
    };
    let left = size(
        l,
        laid.shown.as_ref().map_or(msg.body.len(), String::len) - laid.next,
    );
    Line::styled(
        format!(
            "{}▸ {} — {key}",
            body_prefix(note),
            t!(l, "conversation-more", size = left)
        ),
        m.theme.get("key_hint"),
    )
}

/// The line a folded block of quoted history shows as.
fn quoted_line(m: &Model, lines: usize) -> String {
    let l = m.lang;
    let key = match m.keymap.key_for(Context::Conversation, Action::Quoted) {
        Some(k) => t!(l, "conversation-show-key", key = k),
        None => t!(
            l,
            "conversation-show-action",
            action = Action::Quoted.name()
        ),
    };
    let n = lines as u64;
    let quoted = t!(
        l,
        "conversation-quoted-lines",
        count = l.plural(n),
        n = l.number(n)
    );
    format!("▸ {quoted} — {key}")
}

/// One message laid out from scratch, shown up to `more` read-ons.
fn lay_message(m: &Model, msg: &Message, key: &Key, more: usize, wrapped: &mut usize) -> Laid {
    let (cols, masked) = (key.cols, key.masked);
    let mut lines = vec![Line::raw("")];
    let note = msg.visibility == Visibility::Internal;
    let author = msg.author.as_ref().map_or("?", |a| a.name.as_str());
    let mut head = vec![];
    if note {
        head.push(Span::styled(
            format!("[{}] ", t!(m.lang, "conversation-internal-note")),
            m.theme.get("internal_note"),
        ));
    }
    head.push(Span::styled(author.to_string(), m.theme.get("author")));
    let mut when = format!(" · {}", message_time(m, msg.created_at));
    if let Some(c) = &msg.channel {
        when.push_str(&format!(" · {}", c.label()));
    }
    head.push(Span::styled(when, m.theme.get("muted")));
    lines.push(Line::from(head));
    let (shown, markers) = if key.quoted {
        (None, vec![])
    } else {
        match crate::quoted::fold(&msg.body, |n| quoted_line(m, n)) {
            (std::borrow::Cow::Owned(s), at) => (Some(s), at),
            (std::borrow::Cow::Borrowed(_), _) => (None, vec![]),
        }
    };
    let mut laid = Laid {
        shown,
        markers,
        lines: vec![],
        body_end: 0,
        next: 0,
        folded: false,
    };
    for _ in 0..=more {
        let before = laid.next;
        lay_part(m, msg, cols, masked, &mut laid, &mut lines);
        *wrapped += laid.next - before;
        if !laid.folded {
            break;
        }
    }
    laid.body_end = lines.len();
    if laid.folded {
        lines.push(fold_line(m, msg, &laid));
    }
    for a in &msg.attachments {
        lines.push(Line::styled(
            crate::ui::attachment_line(a),
            m.theme.get("muted"),
        ));
    }
    laid.lines = lines;
    laid
}

/// Reads on in every folded message until `more` read-ons are shown: only the new parts are
/// wrapped, and put in where each fold line was.
fn read_on(m: &Model, msgs: &[Message], layout: &mut Layout, more: usize) {
    let (cols, masked) = (layout.key.cols, layout.key.masked);
    for (msg, laid) in msgs.iter().zip(layout.messages.iter_mut()) {
        if !laid.folded {
            continue;
        }
        let mut new = vec![];
        for _ in layout.more..more {
            let before = laid.next;
            lay_part(m, msg, cols, masked, laid, &mut new);
            layout.wrapped_bytes += laid.next - before;
            if !laid.folded {
                break;
            }
        }
        let n = new.len();
        laid.lines.splice(laid.body_end..laid.body_end + 1, new);
        laid.body_end += n;
        if laid.folded {
            let fold = fold_line(m, msg, laid);
            laid.lines.insert(laid.body_end, fold);
        }
    }
    layout.more = more;
}

/// The one function that lays out a conversation's messages: kept in `slot` and reused while
/// the ticket, width, masking and messages stay the same.
pub fn layout<'a>(
    m: &Model,
    ticket: &Id,
    msgs: &[Message],
    cols: usize,
    slot: &'a mut Option<Layout>,
) -> &'a Layout {
    let key = Key {
        ticket: ticket.clone(),
        cols,
        masked: m.masked(),
        quoted: m.conversations.quoted_shown,
        changed: m.conversations.changed,
    };
    let more = m.conversations.more;
    let reuse = slot
        .as_ref()
        .is_some_and(|l| l.key == key && l.more <= more);
    let (builds, wrapped) = slot
        .as_ref()
        .map_or((0, 0), |l| (l.builds, l.wrapped_bytes));
    if !reuse {
        *slot = None;
    }
    let l = slot.get_or_insert_with(|| {
        let mut wrapped = wrapped;
        let messages = msgs
            .iter()
            .map(|msg| lay_message(m, msg, &key, more, &mut wrapped))
            .collect();
        Layout {
            key,
            more,
            messages,
            builds: builds + 1,
            wrapped_bytes: wrapped,
        }
    });
    if l.more < more {
        read_on(m, msgs, l, more);
    }
    l
}

/// The ticket's heading: subject, facts, a kept draft. Short: single-line fields are cut to a
/// display length where they enter (`helpdesk::sanitized`).
/// The ticket's guided workflow, where the agent looks: the one in progress (and its step), else
/// those that fit the ticket.
fn workflow_line(m: &Model, t: &crate::helpdesk::Ticket, cols: usize) -> Option<Line<'static>> {
    let key = m
        .keymap
        .key_for(
            crate::keymap::Context::Global,
            crate::action::Action::Workflow,
        )
        .unwrap_or_default();
    let l = m.lang;
    let title = |wf: &crate::workflow::Workflow| wf.title.clone();
    let text = match crate::app::workflow::walk_of(m, &t.id) {
        Some((wf, p)) if p.ended(wf) => {
            format!("▶ {}", t!(l, "workflow-line-done", title = title(wf)))
        }
        Some((wf, p)) => format!(
            "▶ {}",
            t!(
                l,
                "workflow-line-step",
                title = title(wf),
                step = p.step_number(),
                key = key.as_str()
            )
        ),
        // A solved or closed ticket needs none.
        None if matches!(
            t.status.category,
            crate::helpdesk::StatusCategory::Solved | crate::helpdesk::StatusCategory::Closed
        ) =>
        {
            return None;
        }
        None => {
            let (order, suggested) = crate::app::workflow::for_ticket(m, t);
            let first = &m.workflows.installed[*order.first().filter(|_| suggested > 0)?];
            let fits = match suggested {
                1 => t!(
                    l,
                    "workflow-line-fits",
                    title = title(first),
                    key = key.as_str()
                ),
                n => {
                    let more = n - 1;
                    t!(
                        l,
                        "workflow-line-fits-more",
                        title = title(first),
                        more = more,
                        key = key.as_str()
                    )
                }
            };
            format!("▶ {fits}")
        }
    };
    Some(Line::styled(truncate(&text, cols), m.theme.get("key_hint")))
}

fn heading(m: &Model, t: &crate::helpdesk::Ticket, cols: usize) -> Vec<Line<'static>> {
    let mut out = vec![];
    for l in wrap(&m.subject_shown(t), cols) {
        out.push(Line::styled(l, m.theme.get("title")));
    }
    let mut facts = vec![
        Span::styled(t.status.label.to_string(), status_style(m, t)),
        Span::raw(format!(" · {}", t.channel.label())),
    ];
    if let Some(p) = &t.priority {
        facts.push(Span::raw(format!(" · {}", p.label)));
    }
    if let Some(g) = &t.group {
        facts.push(Span::raw(format!(" · {g}")));
    }
    let assignee = t.assignee.as_ref().map_or_else(
        || t!(m.lang, "conversation-unassigned"),
        |a| a.name.to_string(),
    );
    facts.push(Span::raw(format!(" · {assignee}")));
    out.push(Line::from(facts));
    // Tags on a line of their own (a bounded number: they are labels, not text).
    if !t.tags.is_empty() {
        let shown: Vec<&str> = t.tags.iter().take(20).map(|t| t.as_str()).collect();
        let more = t.tags.len().saturating_sub(shown.len());
        let more = if more > 0 {
            format!(" +{more}")
        } else {
            String::new()
        };
        out.push(Line::styled(
            truncate(
                &format!(
                    "{}{more}",
                    t!(m.lang, "conversation-tags", tags = shown.join(" "))
                ),
                cols,
            ),
            m.theme.get("muted"),
        ));
    }
    out.extend(workflow_line(m, t, cols));
    for kind in crate::app::model::DraftKind::ALL {
        let Some(d) = m.writes.drafts.get(&(t.id.clone(), kind)) else {
            continue;
        };
        use crate::app::model::DraftKind;
        // The key that takes the draft up again, as the keymap binds it.
        let (action, kind_word) = match kind {
            DraftKind::Reply => (Action::Reply, t!(m.lang, "draft-kind-reply")),
            DraftKind::Note => (Action::Note, t!(m.lang, "draft-kind-note")),
            DraftKind::Escalation => (Action::Escalate, t!(m.lang, "draft-kind-escalation")),
        };
        let key = m
            .keymap
            .key_for(Context::Global, action)
            .unwrap_or_else(|| action.name().to_string());
        // Counted up to a bound: a huge draft costs the frame nothing.
        const COUNT: usize = 100_000;
        let n = d.text.chars().take(COUNT + 1).count();
        let n = if n > COUNT {
            format!("{}+", m.lang.number(COUNT as u64))
        } else {
            n.to_string()
        };
        out.push(Line::styled(
            format!(
                "✎ {}",
                t!(m.lang, "draft-kept", kind = kind_word, chars = n, key = key)
            ),
            m.theme.get("key_hint"),
        ));
    }
    out
}

pub fn draw(f: &mut Frame, m: &Model, slot: &mut Option<Layout>, area: Rect) {
    let title = match m.current() {
        Some(t) => format!(
            " {} ",
            crate::t!(
                m.lang,
                "conversation-title-ticket",
                id = truncate(&t.id.0, 24)
            )
        ),
        None => format!(" {} ", crate::t!(m.lang, "conversation-title")),
    };
    let block = panel(m, Line::from(title), Focus::Conversation);
    let inner = block.inner(area);
    f.render_widget(block, area);
    let (cols, rows) = (inner.width as usize, inner.height as usize);
    let Some(t) = m.current() else {
        f.render_widget(
            Line::styled(
                crate::t!(m.lang, "conversation-no-ticket"),
                m.theme.get("muted"),
            ),
            inner,
        );
        return;
    };
    let mut head = heading(m, t, cols);
    let body = match m.conversations.loaded.get(&t.id) {
        None | Some(Loaded::Loading) => {
            head.push(Line::raw(""));
            head.push(Line::styled(
                t!(m.lang, "conversation-loading"),
                m.theme.get("muted"),
            ));
            None
        }
        Some(Loaded::Failed(e)) => {
            head.push(Line::raw(""));
            head.push(Line::styled(truncate(e, cols), m.theme.get("error")));
            None
        }
        Some(Loaded::Ready(msgs)) => Some(layout(m, &t.id, msgs, cols, slot)),
    };
    let total = head.len() + body.map_or(0, Layout::len);
    let scroll = m.conversations.scroll.min(total.saturating_sub(rows));
    // Only the lines on screen are copied out, however long the thread.
    let mut visible: Vec<Line> = head.into_iter().skip(scroll).take(rows).collect();
    if let Some(b) = body {
        let from = scroll.saturating_sub(total - b.len());
        visible.extend(b.window(from, rows - visible.len()));
    }
    f.render_widget(Paragraph::new(visible), inner);
}

pub fn draw_composer(f: &mut Frame, m: &Model, area: Rect) {
    let Some(c) = &m.composer else {
        return;
    };
    let lang = m.lang;
    let ticket = m
        .queue
        .tickets
        .iter()
        .chain(m.queue.pinned.as_ref())
        .find(|t| t.id == c.ticket);
    // The number first, then what kind of text, then the subject: a narrow border cuts the
    // subject, never the ticket the text goes to.
    // As the queue shows it: masked in privacy mode.
    let subject = ticket
        .map(|t| m.subject_shown(t))
        .filter(|s| !s.trim().is_empty())
        .map_or_else(String::new, |s| format!("· {} ", s.trim()));
    let title = match c.visibility() {
        Visibility::Public => {
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
                    let more = if l.capped { "+" } else { "" };
                    let (units, segments) = (l.units as u64, l.segments as u64);
                    let units_count = lang.plural(units);
                    let segments_count = lang.plural(segments);
                    let units = format!("{}{more}", lang.number(units));
                    let segments = format!("{}{more}", lang.number(segments));
                    let said = t!(
                        lang,
                        "composer-sms",
                        units = units,
                        units_count = units_count,
                        segments = segments,
                        segments_count = segments_count
                    );
                    let kind = if l.unicode {
                        format!(", {}", t!(lang, "composer-sms-unicode"))
                    } else {
                        String::new()
                    };
                    format!(" · {said}{kind}")
                } else {
                    String::new()
                };
            let id = c.ticket.to_string();
            let reply = match ticket.and_then(|t| t.requester.as_ref()) {
                Some(r) => {
                    let to = r.name.as_str();
                    t!(lang, "composer-reply", ticket = id, to = to, via = via)
                }
                None => t!(lang, "composer-reply-unnamed", ticket = id, via = via),
            };
            format!(" {reply}{sms} ")
        }
        Visibility::Internal if c.escalation.is_some() => {
            let id = c.ticket.to_string();
            format!(" {} ", t!(lang, "composer-escalation-note", ticket = id))
        }
        Visibility::Internal => {
            let id = c.ticket.to_string();
            format!(" {} ", t!(lang, "composer-internal-note", ticket = id))
        }
    };
    // A macro's field changes taken into the composer, and a workflow's path note: say they go
    // with the text.
    let note = match crate::app::workflow::walk_of(m, &c.ticket) {
        Some((wf, p)) => c.kind == crate::app::model::DraftKind::Reply && p.ended(wf),
        None => false,
    };
    // The note first: a narrow border cuts the end of the title.
    let with = note
        .then(|| t!(lang, "composer-workflow-note"))
        .into_iter()
        .chain(crate::ui::changes::change_summary(m, &c.fields))
        .collect::<Vec<_>>()
        .join(", ");
    let title = if with.is_empty() {
        title
    } else {
        format!("{title}+ {with} ")
    };
    let title = format!("{title}{subject}");
    let hint = format!(
        " {} ",
        crate::ui::status_bar::hints(m, crate::ui::status_bar::COMPOSE_HINTS).join(" · ")
    );
    let style = match c.visibility() {
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
