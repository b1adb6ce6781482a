//! Key and pointer routing: what a key or a click means in the mode and panel it lands in,
//! and the actions bound to keys.

use super::compose::{close_composer, open_composer, save_draft, send, set_field, set_from_args};
use super::filter::refilter;
use super::model::*;
use super::msg::Effect;
use super::overlays::{
    attachment_key, macro_key, open_picker, open_view_picker, pick_key, prompt_action, prompt_text,
};
use super::queue::{cycle_view, follow, load_more_if_near_end, load_view, open, show_view};
use super::update::notice;
use crate::action::Action;
use crate::keymap::{Binding, Context, Key, Lookup};
use crate::layout;
use ratatui::crossterm::event::{KeyEvent, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

/// The customer panel as drawn now: its header lines, how far it is scrolled, its tickets.
fn customer_geometry(m: &Model, panel: Rect) -> Option<(usize, usize, usize)> {
    let Some(Loaded::Ready((c, tickets))) = m.current_customer() else {
        return None;
    };
    let height = layout::inner(panel).height as usize;
    let header = layout::customer_header(c, tickets, m.masked(), height).len();
    let selected = (m.focus == Focus::Customer).then_some(m.customers.selected);
    let scroll = layout::customer_scroll(header, selected, height);
    Some((header, scroll, tickets.len()))
}

/// Click focuses a panel and selects the row under the pointer; the wheel scrolls the panel under it.
pub(super) fn on_mouse(m: &mut Model, ev: MouseEvent) -> Vec<Effect> {
    if m.mode() != Mode::Normal {
        return vec![];
    }
    let area = Rect::new(0, 0, m.size.0, m.size.1);
    let p = layout::panels(area, m.composer.is_some());
    let at = Position::new(ev.column, ev.row);
    let Some((focus, rect)) = [
        (Focus::Queue, p.queue),
        (Focus::Conversation, p.conversation),
        (Focus::Customer, p.customer),
        (Focus::Canned, p.canned),
    ]
    .into_iter()
    .find(|(_, r)| r.contains(at)) else {
        return vec![];
    };
    match ev.kind {
        MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
            m.focus = focus;
            let d = if ev.kind == MouseEventKind::ScrollDown {
                3
            } else {
                -3
            };
            move_by(m, d)
        }
        MouseEventKind::Down(MouseButton::Left) => {
            // The customer panel's scroll as drawn before this click (it depends on the focus).
            let customer_scroll_was = customer_geometry(m, rect);
            m.focus = focus;
            // Rows start below the border (and, in the queue, the header).
            let row = ev.row.saturating_sub(rect.y + 1) as usize;
            match focus {
                Focus::Queue if row >= 1 => {
                    let rows = layout::queue_rows(m.size.0, m.size.1, m.composer.is_some()).max(1);
                    let target = m.queue.selected / rows * rows + row - 1;
                    if target < m.queue.visible.len() {
                        return move_by(m, target as isize - m.queue.selected as isize);
                    }
                    vec![]
                }
                Focus::Canned => {
                    let list_h = layout::canned_list(rect).height as usize;
                    let target = layout::page_start(m.canned.selected, list_h) + row;
                    if row < list_h && target < m.canned_visible().len() {
                        m.canned.selected = target;
                    }
                    vec![]
                }
                Focus::Customer => {
                    let Some((header, scroll, n)) = customer_scroll_was else {
                        return vec![];
                    };
                    match layout::customer_ticket_at(header, scroll, row) {
                        Some(i) if i < n => m.customers.selected = i,
                        _ => {}
                    }
                    vec![]
                }
                _ => vec![],
            }
        }
        _ => vec![],
    }
}

pub(super) fn on_key(m: &mut Model, ev: KeyEvent) -> Vec<Effect> {
    let before = m.mode();
    let effects = route_key(m, ev);
    if m.mode() != before {
        // A prompt opens with its cursor at the end of what it holds.
        m.prompt_cursor = usize::MAX;
    }
    effects
}

/// What a key means where it lands: in the overlay or prompt open, else in the focused panel.
pub(super) enum Meaning {
    /// A read-only overlay (problems, metrics, messages) closes.
    Close,
    /// An action of the macro preview.
    Macro(Action),
    /// An action of the collision prompt.
    Collision(Action),
    /// An action of the knowledge overlay's reading view.
    Knowledge(Action),
    /// A complete binding runs (the keys pending before it go).
    Run(Binding),
    /// The key continues a sequence: it waits for the next one.
    Pending,
    /// Nothing happens, and a sequence pending is dropped (a key unbound on purpose, a broken
    /// sequence, an unbound key outside the composer).
    Dropped,
    /// Nothing happens at all.
    Nothing,
    /// Text for the composer's editor.
    Type,
    /// The attachment picker's own keys: save, or open (`true`).
    Attachment { open: bool },
    /// A key for the picker open (it moves in the list or types into its filter).
    Pick,
    /// A binding of the prompt open (filter, palette, help, tags, search).
    PromptAction(Binding),
    /// Text for the prompt open.
    PromptText,
    /// An action of the workflow overlay.
    Workflow(Action),
    /// An answer key in the workflow overlay (0-based: 1 and a are 0).
    WorkflowPick(usize),
    /// An action of the snooze picker.
    Snooze(Action),
    /// A key of a bulk change's (or an undo's) confirmation: the [palette] table's accept or
    /// cancel.
    Confirm(Action),
}

/// The meaning of `key` in the model as it is: reads the model, changes nothing.
pub(super) fn meaning(m: &Model, key: Key) -> Meaning {
    match m.mode() {
        Mode::Problems | Mode::Metrics | Mode::Messages => Meaning::Close,
        // The preview's own keys only: nothing else may slip through to the panels behind it.
        Mode::Macro => match m.keymap.lookup(Context::Macro, &[key]) {
            Lookup::Matched(b) => match b.action {
                Some(a) => Meaning::Macro(a),
                None => Meaning::Nothing,
            },
            _ => Meaning::Nothing,
        },
        // The prompt's own keys only: nothing is sent, nor typed, behind it.
        Mode::Collision => match m.keymap.lookup(Context::Collision, &[key]) {
            Lookup::Matched(Binding {
                action: Some(a), ..
            }) => Meaning::Collision(*a),
            _ => Meaning::Nothing,
        },
        Mode::Compose => sequence(m, Context::Compose, key, Meaning::Type),
        Mode::Confirm => match m.keymap.lookup(Context::Palette, &[key]) {
            Lookup::Matched(Binding {
                action: Some(a), ..
            }) => Meaning::Confirm(*a),
            _ => Meaning::Nothing,
        },
        // Its own keys, then answers by number (1-9) or letter (a-i); nothing reaches the panels.
        Mode::Workflow => match m.keymap.lookup(Context::Workflow, &[key]) {
            Lookup::Matched(Binding {
                action: Some(a), ..
            }) => Meaning::Workflow(*a),
            _ => match answer_index(key) {
                Some(n) => Meaning::WorkflowPick(n),
                None => Meaning::Nothing,
            },
        },
        // The attachment picker's own keys (save; open while nothing is typed) first; it moves
        // and filters like any picker.
        Mode::Pick => match attachment_key(m, key) {
            Some(open) => Meaning::Attachment { open },
            None => Meaning::Pick,
        },
        // Reading an article: the [knowledge] table's keys only.
        Mode::Knowledge if m.overlay.as_ref().and_then(|o| o.typed()).is_none() => {
            match m.keymap.lookup(Context::Knowledge, &[key]) {
                Lookup::Matched(b) => match b.action {
                    Some(a) => Meaning::Knowledge(a),
                    None => Meaning::Nothing,
                },
                _ => Meaning::Nothing,
            }
        }
        // The snooze picker's own keys, then [palette]'s (move, accept, cancel); the rest types
        // the time.
        Mode::Snooze => match m.keymap.lookup(Context::Snooze, &[key]) {
            Lookup::Matched(Binding {
                action: Some(a), ..
            }) => Meaning::Snooze(*a),
            _ => match m.keymap.lookup(Context::Palette, &[key]) {
                Lookup::Matched(Binding {
                    action: Some(a), ..
                }) => Meaning::Snooze(*a),
                _ => Meaning::PromptText,
            },
        },
        Mode::Filter | Mode::Palette | Mode::Help | Mode::Tags | Mode::Search | Mode::Knowledge => {
            match m.keymap.lookup(Context::Palette, &[key]) {
                Lookup::Matched(b) if b.action.is_some() => Meaning::PromptAction(b.clone()),
                _ => Meaning::PromptText,
            }
        }
        Mode::Normal => sequence(m, m.focus.context(), key, Meaning::Dropped),
    }
}

/// A key after the pending sequence: a complete binding, a wait for more, or given up
/// (`unbound` when the key alone is bound to nothing).
fn sequence(m: &Model, ctx: Context, key: Key, unbound: Meaning) -> Meaning {
    let mut keys = m.pending_keys.clone();
    keys.push(key);
    match m.keymap.lookup(ctx, &keys) {
        Lookup::Matched(b) => match b.action {
            Some(_) => Meaning::Run(b.clone()),
            None => Meaning::Dropped, // unbound on purpose: swallow it
        },
        Lookup::Pending(_) => Meaning::Pending,
        // A broken sequence is dropped, not typed.
        Lookup::NotFound if keys.len() > 1 => Meaning::Dropped,
        Lookup::NotFound => unbound,
    }
}

/// Does what a key means.
fn route_key(m: &mut Model, ev: KeyEvent) -> Vec<Effect> {
    let key = Key::from_event(ev);
    let meaning = meaning(m, key);
    if m.mode() == Mode::Normal && m.pending_keys.is_empty() {
        // A key acknowledges the last notice and alert.
        m.log.notice = None;
        m.alerts.shown = None;
    }
    match meaning {
        Meaning::Pending => m.pending_keys.push(key),
        Meaning::Run(_) | Meaning::Dropped | Meaning::Type => m.pending_keys.clear(),
        _ => {}
    }
    match meaning {
        Meaning::Close => {
            m.close_overlay();
            vec![]
        }
        Meaning::Macro(a) => macro_key(m, a),
        Meaning::Collision(a) => super::collide::key(m, a),
        Meaning::Knowledge(a) => super::knowledge::reading_action(m, a),
        Meaning::Run(b) => act(m, &b),
        Meaning::Pending | Meaning::Dropped | Meaning::Nothing => vec![],
        Meaning::Type => {
            let changed = m.composer.as_mut().is_some_and(|c| c.editor.input(ev));
            if changed { save_draft(m) } else { vec![] }
        }
        Meaning::Attachment { open } => super::attach::chosen(m, open),
        Meaning::Pick => pick_key(m, key, ev),
        Meaning::PromptAction(b) => prompt_action(m, &b),
        Meaning::PromptText => prompt_text(m, ev),
        Meaning::Workflow(a) => super::workflow::action(m, a),
        Meaning::WorkflowPick(n) => super::workflow::pick(m, n),
        Meaning::Snooze(a) => super::snooze::action(m, a),
        Meaning::Confirm(a) => super::bulk::confirm_key(m, a),
    }
}

/// `1`-`9` and `a`-`i` (no modifier but shift) pick the answer of that number.
fn answer_index(key: Key) -> Option<usize> {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};
    let KeyCode::Char(c) = key.code else {
        return None;
    };
    if key
        .mods
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return None;
    }
    let max = crate::workflow::parse::MAX_ANSWERS;
    match c {
        '1'..='9' => Some(c as usize - '1' as usize),
        'a'..='z' => Some(c as usize - 'a' as usize),
        _ => None,
    }
    .filter(|&n| n < max)
}

pub(super) fn step_of(a: Action) -> isize {
    if a == Action::Down { 1 } else { -1 }
}

pub(super) fn act(m: &mut Model, b: &Binding) -> Vec<Effect> {
    let Some(action) = b.action else {
        return vec![];
    };
    match action {
        Action::Quit => {
            // A composer still open (behind a click elsewhere) keeps its text as a draft.
            let mut effects = if m.composer.is_some() {
                close_composer(m)
            } else {
                vec![]
            };
            m.quit = true;
            effects.push(Effect::Quit);
            effects
        }
        Action::Help => {
            m.overlay = Some(Overlay::Help {
                query: String::new(),
                scroll: 0,
            });
            vec![]
        }
        Action::Palette => {
            m.overlay = Some(Overlay::Palette(PaletteState::default()));
            vec![]
        }
        // The palette, ready for a number: typing 1200 offers "Open #1200".
        Action::GoTo => {
            m.overlay = Some(Overlay::Palette(PaletteState {
                query: "#".into(),
                ..PaletteState::default()
            }));
            vec![]
        }
        Action::Refresh => match m.queue.view.clone() {
            Some(v) => {
                notice(m, &crate::t!(m.lang, "notice-refreshing"), false);
                load_view(m, v.id)
            }
            None => vec![Effect::LoadViews],
        },
        Action::FocusNext | Action::FocusPrev => {
            let i = Focus::ORDER.iter().position(|f| *f == m.focus).unwrap_or(0);
            let n = Focus::ORDER.len();
            let step = if action == Action::FocusNext {
                1
            } else {
                n - 1
            };
            m.focus = Focus::ORDER[(i + step) % n];
            vec![]
        }
        Action::Down => move_by(m, 1),
        Action::Up => move_by(m, -1),
        Action::PageDown => move_by(m, page(m) as isize),
        Action::PageUp => move_by(m, -(page(m) as isize)),
        Action::Top => move_by(m, isize::MIN / 2),
        Action::Bottom => move_by(m, isize::MAX / 2),
        Action::Open => open(m),
        Action::Views => open_view_picker(m),
        Action::NextView => cycle_view(m, 1),
        Action::PrevView => cycle_view(m, -1),
        Action::ViewN => {
            let n = b.args.get("n").and_then(|n| n.parse::<usize>().ok());
            match n
                .and_then(|n| m.queue.views.get(n.checked_sub(1)?))
                .map(|v| v.id.clone())
            {
                Some(id) => show_view(m, &id),
                None => {
                    notice(m, &crate::t!(m.lang, "notice-no-such-view"), true);
                    vec![]
                }
            }
        }
        Action::Filter => {
            if !matches!(m.focus, Focus::Queue | Focus::Canned) {
                m.focus = Focus::Queue;
            }
            m.overlay = Some(Overlay::Filter);
            vec![]
        }
        Action::Reply => open_composer(m, DraftKind::Reply, None),
        Action::Note => open_composer(m, DraftKind::Note, None),
        Action::Canned => {
            m.focus = Focus::Canned;
            vec![]
        }
        Action::SetStatus => match b.args.get("status") {
            Some(v) => set_from_args(m, PickKind::Status, v),
            None => open_picker(m, PickKind::Status),
        },
        Action::SetPriority => match b.args.get("priority") {
            Some(v) => set_from_args(m, PickKind::Priority, v),
            None => open_picker(m, PickKind::Priority),
        },
        Action::Assign => match b.args.get("assignee") {
            Some(v) => set_from_args(m, PickKind::Assignee, v),
            None => open_picker(m, PickKind::Assignee),
        },
        Action::Escalate => open_picker(m, PickKind::Escalate),
        Action::SetGroup => open_picker(m, PickKind::Group),
        // "Take it": the one-key assignment of the ticket shown to the agent.
        Action::TakeIt => match (m.current().map(|t| t.id.clone()), m.me.clone()) {
            (Some(ticket), Some(me)) => {
                set_field(m, PickKind::Assignee, ticket, me.id.0.to_string(), &me.name)
            }
            (None, _) => {
                notice(m, &crate::t!(m.lang, "notice-no-ticket"), true);
                vec![]
            }
            (_, None) => {
                notice(m, &crate::t!(m.lang, "notice-me-unknown"), true);
                vec![]
            }
        },
        Action::Knowledge => super::knowledge::open(m),
        // Keys of the knowledge overlay's reading view only (handled in `route_key`).
        Action::KbInsertLink | Action::KbInsertExcerpt | Action::KbBeside => vec![],
        Action::Search => {
            m.overlay = Some(Overlay::Search(String::new()));
            vec![]
        }
        Action::Mark => super::bulk::toggle(m),
        Action::MarkRange => super::bulk::range(m),
        Action::MarkAll => super::bulk::all(m),
        Action::Undo => super::bulk::undo(m),
        // Esc in the queue clears a selection before anything else.
        Action::Dismiss if !m.bulk.marked.is_empty() && m.focus == Focus::Queue => {
            super::bulk::clear(m)
        }
        // Esc in the queue also leaves search results for the view they replaced.
        Action::Dismiss
            if m.queue.search.is_some() && m.queue.filter.is_empty() && m.focus == Focus::Queue =>
        {
            match m.queue.view_before_search.clone() {
                Some(v) => show_view(m, &v.id),
                None => vec![],
            }
        }
        Action::Attachments => super::attach::open_picker(m),
        Action::OpenWeb => super::attach::open_web(m),
        // Keys of the attachment picker only (handled in `on_key`).
        Action::AttachmentSave | Action::AttachmentOpen => vec![],
        Action::EditTags => {
            if m.current().is_none() {
                notice(m, &crate::t!(m.lang, "notice-no-ticket"), true);
                return vec![];
            }
            m.overlay = Some(Overlay::Tags(String::new()));
            // The helpdesk's tag list, once a session and only when asked: nothing extra on
            // the wire for an agent who never tags.
            if m.helpdesk_tags.is_none() {
                if !m.can(|c| c.tag_list) {
                    // Completion from the loaded tickets' tags alone.
                    m.helpdesk_tags = Some(Loaded::Ready(vec![]));
                    return vec![];
                }
                m.helpdesk_tags = Some(Loaded::Loading);
                return vec![Effect::LoadTags];
            }
            vec![]
        }
        Action::Messages => {
            m.overlay = Some(Overlay::Messages);
            vec![]
        }
        Action::Metrics => {
            m.overlay = Some(Overlay::Metrics);
            vec![]
        }
        Action::Reveal => {
            let current = m.current().map(|t| t.id.clone());
            if !m.privacy {
                notice(m, &crate::t!(m.lang, "notice-privacy-off"), false);
            } else if m.revealed.is_some() && m.revealed == current {
                m.revealed = None;
            } else {
                m.revealed = current;
            }
            vec![]
        }
        // Esc in the queue or the canned list drops a filter that was accepted with Enter.
        Action::Dismiss if !m.queue.filter.is_empty() && m.focus == Focus::Queue => {
            m.queue.filter.clear();
            refilter(m)
        }
        Action::Dismiss if !m.canned.filter.is_empty() && m.focus == Focus::Canned => {
            m.canned.filter.clear();
            m.canned.selected = 0;
            vec![]
        }
        Action::Send => send(m),
        Action::Cancel => close_composer(m),
        Action::ExternalEditor => match &m.composer {
            Some(c) => vec![Effect::EditExternally {
                ticket: c.ticket.clone(),
                kind: c.kind,
                text: c.text(),
            }],
            None => vec![],
        },
        // Long messages show folded; each press shows the next part of every folded one.
        Action::More => {
            m.conversations.more += 1;
            vec![]
        }
        // Quoted history shows folded; this shows it in every message of the ticket, or folds it.
        Action::Quoted => {
            m.conversations.quoted_shown = !m.conversations.quoted_shown;
            vec![]
        }
        Action::Accept | Action::Dismiss | Action::MacroApply | Action::MacroEdit => vec![],
        Action::CollisionSend | Action::CollisionEdit | Action::CollisionKeep => vec![],
        Action::Workflow => super::workflow::open(m),
        Action::Snooze => super::snooze::open(m),
        Action::Unsnooze => super::snooze::unsnooze(m),
        // A key of the snooze picker only (handled in `route_key`).
        Action::SnoozeHelpdesk => vec![],
        // Keys of the workflow overlay only (handled in `on_key`).
        Action::WorkflowNext
        | Action::WorkflowBack
        | Action::WorkflowRestart
        | Action::WorkflowStop => vec![],
    }
}

fn page(m: &Model) -> usize {
    let rows = layout::queue_rows(m.size.0, m.size.1, m.composer.is_some());
    rows.max(1)
}

pub(super) fn step(pos: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (pos as isize)
        .saturating_add(delta)
        .clamp(0, len as isize - 1) as usize
}

pub(super) fn move_by(m: &mut Model, delta: isize) -> Vec<Effect> {
    let mut effects = move_focused(m, delta);
    if m.focus == Focus::Queue {
        effects.extend(load_more_if_near_end(m));
    }
    effects
}

fn move_focused(m: &mut Model, delta: isize) -> Vec<Effect> {
    match m.focus {
        Focus::Queue => {
            let before = m.queue.selected;
            m.queue.selected = step(m.queue.selected, delta, m.queue.visible.len());
            if m.low_bandwidth {
                // The panels stay on the opened ticket: Enter (or a rest) opens the selection.
                if before != m.queue.selected {
                    m.queue.selection_moves += 1;
                    if let Some(ms) = m.follow_delay_ms {
                        return vec![Effect::RestTimer {
                            ms,
                            move_no: m.queue.selection_moves,
                        }];
                    }
                }
                return vec![];
            }
            if before != m.queue.selected || m.queue.pinned.is_some() {
                m.queue.pinned = None;
                return follow(m);
            }
        }
        Focus::Conversation => {
            m.conversations.scroll = if delta > isize::MAX / 4 {
                usize::MAX // the renderer clamps to the last screenful
            } else {
                (m.conversations.scroll as isize)
                    .saturating_add(delta)
                    .max(0) as usize
            };
        }
        Focus::Customer => {
            let n = m
                .current_customer()
                .and_then(Loaded::ready)
                .map_or(0, |(_, t)| t.len());
            m.customers.selected = step(m.customers.selected, delta, n);
            if delta > 0 && m.customers.selected + 1 >= n {
                return super::queue::more_customer_tickets(m);
            }
        }
        Focus::Canned => {
            let n = m.canned_visible().len();
            m.canned.selected = step(m.canned.selected, delta, n);
        }
    }
    vec![]
}
