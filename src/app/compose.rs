//! The composer: drafts, the external editor, sending, field changes, escalation and inserting
//! canned responses.

use super::alerts::record_write;
use super::model::*;
use super::msg::{Effect, ReqId};
use super::queue::{refresh_conversation, replace_ticket, show_view};
use super::update::{failed, next_req, notice};
use crate::canned;
use crate::helpdesk::{Id, NewMessage, Ticket, TicketPatch, Visibility};
use ratatui_textarea::TextArea;

pub(super) fn set_field(
    m: &mut Model,
    kind: PickKind,
    ticket: Id,
    value: String,
    label: &str,
) -> Vec<Effect> {
    match kind {
        PickKind::Escalate => return start_escalation(m, &value, label),
        PickKind::View => return show_view(m, &Id::from(value)),
        PickKind::Attachment => return vec![],
        _ => {}
    }
    let mut patch = TicketPatch::default();
    let l = m.lang;
    let what = match kind {
        PickKind::Status => {
            patch.status = Some(value);
            crate::t!(l, "field-status")
        }
        PickKind::Priority => {
            patch.priority = Some(value);
            crate::t!(l, "field-priority")
        }
        PickKind::Group => {
            patch.group = Some(Id::from(value));
            crate::t!(l, "field-group")
        }
        PickKind::Assignee | PickKind::Escalate | PickKind::View | PickKind::Attachment => {
            patch.assignee = Some(Id::from(value));
            crate::t!(l, "field-assignee")
        }
    };
    let plan = super::bulk::Plan {
        fields: patch.clone(),
        words: vec![format!("{what} → {label}")],
        ..Default::default()
    };
    if let Some(effects) = super::bulk::to_selection(m, plan) {
        return effects;
    }
    let named = m.ticket_named(&ticket);
    let said = crate::t!(
        l,
        "notice-setting-field",
        field = what.as_str(),
        ticket = named,
        value = label
    );
    notice(m, &said, false);
    let req = next_req(m, "update");
    m.writes.sending.insert(req, (ticket.clone(), None));
    let patch = super::collide::guard(m, req, &ticket, patch);
    super::bulk::track_single(m, req, &ticket, &patch);
    vec![Effect::Update {
        req,
        ticket,
        patch,
        from_draft: None,
    }]
}

/// The escalation target is chosen: a required internal note follows, sent with the rest.
fn start_escalation(m: &mut Model, value: &str, label: &str) -> Vec<Effect> {
    let (group, assignee) = match value.split_once(':') {
        Some(("group", id)) => (Some(Id::from(id.to_string())), None),
        Some((_, id)) => (None, Some(Id::from(id.to_string()))),
        None => (None, Some(Id::from(value.to_string()))),
    };
    let effects = open_composer(m, DraftKind::Escalation, None);
    if let Some(c) = m.composer.as_mut() {
        c.escalation = Some(Escalation {
            group,
            assignee,
            label: label.to_string(),
        });
    }
    let said = crate::t!(m.lang, "notice-escalating", target = label);
    notice(m, &said, false);
    effects
}

/// One priority level up (urgent stays urgent).
pub(super) fn raised(p: Option<&crate::helpdesk::Priority>) -> &'static str {
    match p.map(|p| p.rank).unwrap_or(0) {
        0 | 1 => "normal",
        2 => "high",
        _ => "urgent",
    }
}

/// A field set straight from a binding's arguments (`args = { status = "pending" }`).
pub(super) fn set_from_args(m: &mut Model, kind: PickKind, value: &str) -> Vec<Effect> {
    let Some(t) = m.current() else {
        notice(m, &crate::t!(m.lang, "notice-no-ticket"), true);
        return vec![];
    };
    let ticket = t.id.clone();
    let v = &m.vocabulary;
    // A status or priority in any word the vocabulary knows (`pending` in a keymap: the
    // backend's first pending status), written as the backend spells it.
    let (value, label) = match (kind, value) {
        (PickKind::Assignee, "me") => match &m.me {
            Some(me) => (me.id.to_string(), me.name.clone()),
            None => return vec![],
        },
        (PickKind::Status, w) if !v.statuses.is_empty() => match v.status(w) {
            Some(s) => (s.raw.to_string(), s.label.to_string()),
            None => {
                let valid = v.status_words();
                let word = format!("{w:?}");
                let said = crate::t!(m.lang, "notice-no-such-status", word = word, valid = valid);
                notice(m, &said, true);
                return vec![];
            }
        },
        (PickKind::Priority, w) if !v.priorities.is_empty() => match v.priority(w) {
            Some(p) => (p.raw.to_string(), p.label.to_string()),
            None => {
                let valid = v.priority_words();
                let word = format!("{w:?}");
                let said = crate::t!(
                    m.lang,
                    "notice-no-such-priority",
                    word = word,
                    valid = valid
                );
                notice(m, &said, true);
                return vec![];
            }
        },
        (PickKind::Status | PickKind::Priority, _) => {
            notice(m, &crate::t!(m.lang, "notice-statuses-unknown"), true);
            return vec![];
        }
        _ => (value.to_string(), value.to_string()),
    };
    set_field(m, kind, ticket, value, &label)
}

/// The composer's editor on `text`, the cursor at its end. A paragraph wraps at the panel's width
/// (words, or characters for a long URL) instead of scrolling sideways out of sight.
pub(super) fn editor_with(text: &str) -> TextArea<'static> {
    let mut editor = TextArea::from(text.split('\n').map(str::to_string));
    editor.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
    editor.move_cursor(ratatui_textarea::CursorMove::Bottom);
    editor.move_cursor(ratatui_textarea::CursorMove::End);
    editor
}

/// Opens the composer for the ticket shown, on that ticket's draft of `kind` (each kind has its
/// own: a note's text never shows in a reply).
pub(super) fn open_composer(m: &mut Model, kind: DraftKind, insert: Option<String>) -> Vec<Effect> {
    let Some(ticket) = m.current().map(|t| t.id.clone()) else {
        notice(m, &crate::t!(m.lang, "notice-no-ticket"), true);
        return vec![];
    };
    let mut effects = vec![];
    if m.composer
        .as_ref()
        .is_some_and(|c| c.ticket != ticket || c.kind != kind)
    {
        effects = close_composer(m);
    }
    let composer = m.composer.get_or_insert_with(|| {
        let (text, fields) = m
            .writes
            .drafts
            .remove(&(ticket.clone(), kind))
            .map(|d| (d.text, d.fields))
            .unwrap_or_default();
        let editor = editor_with(&text);
        Composer {
            ticket,
            kind,
            editor,
            escalation: None,
            fields,
        }
    });
    let inserted = insert.is_some();
    if let Some(text) = insert {
        insert_paragraph(&mut composer.editor, &text);
    }
    // The composer takes the keys: whatever was open over the panels closes.
    m.overlay = None;
    if inserted {
        effects.extend(save_draft(m));
    }
    effects
}

/// Inserted text (a canned response, a macro's comment) is the whole text of an empty composer,
/// and else a paragraph of its own after what is there: never spliced into a line. It is one
/// edit, so the editor's undo (ctrl-u) takes it back whole.
fn insert_paragraph(editor: &mut TextArea<'static>, text: &str) {
    let lines = editor.lines();
    if lines.iter().all(|l| l.trim().is_empty()) {
        editor.select_all();
        editor.cut();
        editor.insert_str(text);
        return;
    }
    let blank_lines_at_end = lines
        .iter()
        .rev()
        .take_while(|l| l.trim().is_empty())
        .count();
    editor.move_cursor(ratatui_textarea::CursorMove::Bottom);
    editor.move_cursor(ratatui_textarea::CursorMove::End);
    let gap = "\n".repeat(2usize.saturating_sub(blank_lines_at_end));
    editor.insert_str(format!("{gap}{text}"));
}

/// The agent's editor has closed: its text replaces the composer's (or the draft's, should the
/// composer have moved on meanwhile). An unchanged file is a cancel.
pub(super) fn edited(
    m: &mut Model,
    ticket: Id,
    kind: DraftKind,
    text: Option<String>,
) -> Vec<Effect> {
    let Some(text) = text else {
        notice(m, &crate::t!(m.lang, "notice-editor-unchanged"), false);
        return vec![];
    };
    // Editors end a file with a newline; the composer's text does not.
    let text = text.strip_suffix('\n').unwrap_or(&text).to_string();
    match m.composer.as_mut() {
        Some(c) if c.ticket == ticket && c.kind == kind => {
            c.editor = editor_with(&text);
            let named = m.ticket_named(&ticket);
            let said = crate::t!(m.lang, "notice-editor-text-in-composer", ticket = named);
            notice(m, &said, false);
            save_draft(m)
        }
        _ => {
            let fields = m
                .writes
                .drafts
                .get(&(ticket.clone(), kind))
                .map(|d| d.fields.clone())
                .unwrap_or_default();
            let d = Draft { kind, text, fields };
            m.writes.drafts.insert((ticket.clone(), kind), d.clone());
            let (named, kind_name) = (m.ticket_named(&ticket), kind.name());
            let said = crate::t!(
                m.lang,
                "notice-editor-text-kept",
                kind = kind_name,
                ticket = named
            );
            notice(m, &said, false);
            vec![Effect::SaveDraft {
                ticket,
                kind,
                draft: Some(d),
            }]
        }
    }
}

pub(super) fn close_composer(m: &mut Model) -> Vec<Effect> {
    let Some(c) = m.composer.take() else {
        return vec![];
    };
    let text = c.text();
    let draft = if text.trim().is_empty() {
        m.writes.drafts.remove(&(c.ticket.clone(), c.kind));
        if c.fields != TicketPatch::default() {
            let named = m.ticket_named(&c.ticket);
            let said = crate::t!(m.lang, "notice-macro-not-applied-to", ticket = named);
            notice(m, &said, false);
        }
        None
    } else {
        // A macro's field changes stay with its text, to go out when it is sent.
        let d = Draft {
            kind: c.kind,
            text,
            fields: c.fields,
        };
        m.writes
            .drafts
            .insert((c.ticket.clone(), c.kind), d.clone());
        let (named, kind) = (m.ticket_named(&c.ticket), c.kind.name());
        let said = crate::t!(m.lang, "notice-draft-kept", kind = kind, ticket = named);
        notice(m, &said, false);
        Some(d)
    };
    vec![Effect::SaveDraft {
        ticket: c.ticket,
        kind: c.kind,
        draft,
    }]
}

/// The composer's text changed: keep it on disk (the runner batches the writes).
pub(super) fn save_draft(m: &Model) -> Vec<Effect> {
    let Some(c) = &m.composer else {
        return vec![];
    };
    let text = c.text();
    let draft = (!text.trim().is_empty()).then_some(Draft {
        kind: c.kind,
        text,
        fields: c.fields.clone(),
    });
    vec![Effect::SaveDraft {
        ticket: c.ticket.clone(),
        kind: c.kind,
        draft,
    }]
}

pub(super) fn send(m: &mut Model) -> Vec<Effect> {
    let Some(c) = m.composer.as_ref() else {
        return vec![];
    };
    let text = c.text();
    if text.trim().is_empty() {
        notice(m, &crate::t!(m.lang, "notice-nothing-to-send"), true);
        return vec![];
    }
    let (ticket, kind, escalation) = (c.ticket.clone(), c.kind, c.escalation.clone());
    // An escalation with a selection: the same note, target and a raised priority to each
    // selected ticket, after a confirmation over the composer.
    if let Some(e) = escalation.as_ref().filter(|_| !m.bulk.marked.is_empty()) {
        let plan = super::bulk::Plan {
            fields: TicketPatch {
                message: Some(NewMessage {
                    visibility: Visibility::Internal,
                    body: format!("⚑ Escalated to {}\n\n{text}", e.label),
                }),
                group: e.group.clone(),
                assignee: e.assignee.clone(),
                ..TicketPatch::default()
            },
            words: {
                let group = e.label.as_str();
                vec![
                    crate::t!(m.lang, "bulk-escalate-to", group = group),
                    crate::t!(m.lang, "bulk-priority-up"),
                    crate::t!(m.lang, "bulk-the-internal-note"),
                ]
            },
            raise_priority: true,
            ..Default::default()
        };
        return super::bulk::to_selection(m, plan).unwrap_or_default();
    }
    let visibility = kind.visibility();
    let fields = c.fields.clone();
    let priority = escalation
        .as_ref()
        .map(|_| raised(m.current().and_then(|t| t.priority.as_ref())).to_string());
    m.composer = None;
    m.writes.drafts.remove(&(ticket.clone(), kind));
    let req = next_req(m, "send");
    let what = match visibility {
        Visibility::Public => "reply",
        Visibility::Internal => "note",
    };
    let named = m.ticket_named(&ticket);
    let said = crate::t!(
        m.lang,
        "notice-sending",
        kind = what,
        ticket = named.as_str()
    );
    notice(m, &said, false);
    m.writes.sending.insert(
        req,
        (
            ticket.clone(),
            Some(Draft {
                kind,
                text: text.clone(),
                fields: fields.clone(),
            }),
        ),
    );
    // An escalation is one write: the note (marked as such), the new owner and a raised priority.
    let body = match &escalation {
        Some(e) => format!("⚑ Escalated to {}\n\n{text}", e.label),
        None => text,
    };
    // A macro's changes taken into the composer go with the text; an escalation's win.
    let patch = TicketPatch {
        message: Some(NewMessage { visibility, body }),
        priority: priority.or(fields.priority),
        group: escalation
            .as_ref()
            .and_then(|e| e.group.clone())
            .or(fields.group),
        assignee: escalation.and_then(|e| e.assignee).or(fields.assignee),
        ..fields
    };
    let patch = super::collide::guard(m, req, &ticket, patch);
    let mut effects = vec![Effect::Update {
        req,
        ticket: ticket.clone(),
        patch,
        from_draft: Some(kind),
    }];
    // A workflow's reply: the path taken follows as its own internal note.
    if kind == DraftKind::Reply {
        effects.extend(super::workflow::after_reply(m, &ticket));
    }
    effects
}

pub(super) fn insert_canned(m: &mut Model) -> Vec<Effect> {
    match m.selected_canned().cloned() {
        Some(c) => use_canned(m, c),
        None => vec![],
    }
}

/// Text is inserted into the composer; an action (a Zendesk macro) is previewed first.
pub(super) fn use_canned(m: &mut Model, c: crate::helpdesk::CannedResponse) -> Vec<Effect> {
    // A backend without previews applies no macro here: its text is inserted.
    if c.kind == crate::helpdesk::CannedKind::Text || !m.can(|caps| caps.macro_preview) {
        return insert_text(m, &c);
    }
    let Some(ticket) = m.current().map(|t| t.id.clone()) else {
        notice(m, &crate::t!(m.lang, "notice-no-ticket"), true);
        return vec![];
    };
    if let Some(old) = m.macro_popup() {
        let old = old.req;
        m.link.in_flight.remove(&old);
    }
    let req = next_req(m, "macro");
    m.overlay = Some(Overlay::Macro(MacroPopup {
        req,
        ticket: ticket.clone(),
        canned: c.clone(),
        preview: Loaded::Loading,
    }));
    vec![Effect::PreviewMacro {
        req,
        ticket,
        canned: c.id,
    }]
}

/// Fills a canned response's placeholders and inserts it into the composer (opening one if needed).
pub(super) fn insert_text(m: &mut Model, c: &crate::helpdesk::CannedResponse) -> Vec<Effect> {
    let cx = canned::Context {
        ticket: m.current(),
        agent: m.me.as_ref(),
    };
    let text = canned::fill(c, &cx);
    let kind = m.composer.as_ref().map_or(DraftKind::Reply, |c| c.kind);
    let effects = open_composer(m, kind, Some(text));
    // A response that also sets a status (`status` in a canned/ file) sends it with the text.
    // Its word is the helpdesk's where the vocabulary knows it (`solved` is RT's `resolved`).
    let status = c.sets_status.as_deref().map(|w| {
        m.vocabulary
            .status(w)
            .map_or_else(|| w.to_string(), |s| s.raw.to_string())
    });
    if let (Some(status), Some(composer)) = (status, m.composer.as_mut()) {
        composer.fields.status = Some(status);
    }
    effects
}

/// A write could not be sent now: it waits in the outbox.
pub(super) fn queued(
    m: &mut Model,
    req: ReqId,
    ticket: Id,
    error: crate::helpdesk::HelpdeskError,
) -> Vec<Effect> {
    m.link.in_flight.remove(&req);
    // The outbox holds the text now (its draft left the disk when it went in); a collision on
    // its way out comes back as `Returned`.
    m.writes.sending.remove(&req);
    m.writes.guarded.remove(&req);
    m.writes.outbox += 1;
    super::bulk::queued(m, req);
    failed(m, &error);
    let named = m.ticket_named(&ticket);
    let why = error.to_string();
    let said = crate::t!(m.lang, "notice-write-waits", ticket = named, why = why);
    notice(m, &said, true);
    vec![]
}

/// A write from the outbox was handed back: its text goes back to the draft; one the ticket
/// changed under also opens the collision prompt.
pub(super) fn returned(
    m: &mut Model,
    ticket: Id,
    patch: TicketPatch,
    why: String,
    conflict: bool,
) -> Vec<Effect> {
    let mut effects = vec![];
    let kept = patch.message.as_ref().map(|msg| Draft {
        kind: DraftKind::of(msg.visibility),
        text: msg.body.clone(),
        fields: TicketPatch::default(),
    });
    if conflict {
        let whole = patch.clone();
        if let Some(msg) = patch.message.as_ref() {
            let kind = DraftKind::of(msg.visibility);
            if let Some(d) = kept.clone()
                && !m.writes.drafts.contains_key(&(ticket.clone(), kind))
            {
                m.writes.drafts.insert((ticket.clone(), kind), d.clone());
                effects.push(Effect::SaveDraft {
                    ticket: ticket.clone(),
                    kind,
                    draft: Some(d),
                });
            }
        }
        effects.extend(super::collide::returned(m, &ticket, whole, kept, &why));
        return effects;
    }
    if let Some(msg) = patch.message
        && !m
            .writes
            .drafts
            .contains_key(&(ticket.clone(), DraftKind::of(msg.visibility)))
    {
        let kind = DraftKind::of(msg.visibility);
        let d = Draft {
            kind,
            text: msg.body,
            fields: TicketPatch::default(),
        };
        m.writes.drafts.insert((ticket.clone(), kind), d.clone());
        effects.push(Effect::SaveDraft {
            ticket: ticket.clone(),
            kind,
            draft: Some(d),
        });
    }
    let named = m.ticket_named(&ticket);
    let said = crate::t!(
        m.lang,
        "notice-not-sent-back-in-draft",
        ticket = named,
        why = why
    );
    notice(m, &said, true);
    effects
}

/// A write was answered: confirmed, or its text is kept as a draft.
pub(super) fn updated(
    m: &mut Model,
    req: ReqId,
    ticket: Id,
    result: crate::helpdesk::Result<Ticket>,
    posted: Option<crate::helpdesk::Message>,
) -> Vec<Effect> {
    // One ticket of a bulk change: its report at the end says how it went.
    if super::bulk::answered(m, req, &ticket, &result) {
        return vec![];
    }
    m.link.in_flight.remove(&req);
    let sent = m.writes.sending.remove(&req);
    // A write this session did not send (from the outbox of an earlier one) may carry a message.
    let adds_message = sent.as_ref().is_none_or(|(_, d)| d.is_some());
    let draft = sent.and_then(|(_, d)| d);
    match result {
        Ok(t) => {
            let named = format!("#{} {}", t.id, m.subject_shown(&t));
            let said = crate::t!(m.lang, "notice-updated", ticket = named.as_str());
            notice(m, &said, false);
            // A write from the outbox that no request waited for is counted by its own
            // message (`OutboxDelivered`, which knows whether it was a reply).
            let counted = req == super::msg::OUTBOX_REQ;
            let mut recorded = record_write(m, &t, draft.as_ref(), counted);
            // A checked write went onto the ticket as the agent saw it: nothing came between.
            let checked = m.writes.guarded.contains_key(&req);
            super::collide::confirmed(m, req, &t);
            // The answer is the ticket as it is now: the queue and the customer's list take it
            // from there (no read again over a slow link).
            replace_ticket(m, t);
            // The sent text's draft left the disk when the write went into the outbox.
            let mut effects = vec![];
            // Show the confirmed message: from the write's answer where it carries it and the
            // conversation shown is the whole of it before this write; else read the
            // conversation again, behind the one shown.
            let shown = match posted {
                Some(msg) if adds_message && checked => show_posted(m, &ticket, msg),
                _ => false,
            };
            if adds_message && !shown {
                effects.extend(refresh_conversation(m, &ticket));
            }
            effects.append(&mut recorded);
            effects
        }
        Err(e) => {
            // Nothing typed is lost: the text goes back to the ticket's draft.
            let mut effects = vec![];
            let draft_kept = draft.clone();
            if let Some(d) = draft
                && !m.writes.drafts.contains_key(&(ticket.clone(), d.kind))
            {
                m.writes.drafts.insert((ticket.clone(), d.kind), d.clone());
                effects.push(Effect::SaveDraft {
                    ticket: ticket.clone(),
                    kind: d.kind,
                    draft: Some(d),
                });
            }
            // The ticket changed under a checked write: the agent is shown what, and decides.
            if e.kind == crate::helpdesk::ErrorKind::Conflict
                && let Some(more) = super::collide::refused(m, req, &ticket, draft_kept, &e)
            {
                effects.extend(more);
                return effects;
            }
            m.writes.guarded.remove(&req);
            failed(m, &e);
            let named = m.ticket_named(&ticket);
            let why = e.to_string();
            let what = crate::t!(m.lang, "notice-not-updated-kept", ticket = named, why = why);
            notice(m, &what, true);
            effects
        }
    }
}

/// The message a write added, at the end of the ticket's conversation in memory, if that is
/// loaded (it is then what the helpdesk holds: no read again over a slow link).
fn show_posted(m: &mut Model, ticket: &Id, msg: crate::helpdesk::Message) -> bool {
    if !matches!(m.conversations.loaded.get(ticket), Some(Loaded::Ready(_))) {
        return false;
    }
    let Some(Loaded::Ready(mut msgs)) = m.conversations.loaded.remove(ticket) else {
        return false;
    };
    if !msgs.iter().any(|x| x.id == msg.id) {
        msgs.push(msg);
    }
    m.set_conversation(ticket.clone(), Loaded::Ready(msgs));
    true
}

/// Pasted text goes into the composer (and nowhere else).
pub(super) fn paste(m: &mut Model, text: String) -> Vec<Effect> {
    match m.composer.as_mut() {
        Some(c) => {
            c.editor.insert_str(text);
            save_draft(m)
        }
        None => vec![],
    }
}
