//! Overlays over the panels: pickers, the palette and prompts (help, tags, search), and the macro
//! preview.

use super::compose::{insert_text, open_composer, set_field, use_canned};
use super::filter::{refilter, start_search};
use super::keys::{act, move_by, step, step_of};
use super::line_edit;
use super::model::*;
use super::msg::{Effect, ReqId};
use super::queue::{go_to, show_view};
use super::update::{failed, next_req, notice};
use crate::action::Action;
use crate::helpdesk::{Id, TicketPatch};
use crate::keymap::{Binding, Context, Key, Lookup};
use crate::palette;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use std::collections::HashMap;

/// What the tag prompt holds (empty when it is not open).
pub fn tag_input(m: &Model) -> &str {
    match &m.overlay {
        Some(Overlay::Tags(input)) => input,
        _ => "",
    }
}

/// The tag being typed in the tag prompt: the word that ends at the cursor, with its sign.
fn tag_word(m: &Model) -> (usize, char, String) {
    let input = tag_input(m);
    let at = line_edit::clamp(input, m.prompt_cursor);
    let start = input[..at].rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let word = &input[start..at];
    match word.chars().next() {
        Some(sign @ ('+' | '-')) => (start, sign, word[1..].to_lowercase()),
        _ => (start, '+', word.to_lowercase()),
    }
}

/// Tags that complete the word being typed: for `-`, the ticket's own tags; else the
/// helpdesk's tags (most used first), then those of the tickets loaded, without the ones the
/// ticket has or the prompt already names.
pub fn tag_suggestions(m: &Model) -> Vec<String> {
    const SHOWN: usize = 8;
    let Some(t) = m.current() else {
        return vec![];
    };
    let (_, sign, prefix) = tag_word(m);
    let typed: Vec<&str> = tag_input(m)
        .split_whitespace()
        .map(|w| w.trim_start_matches(['+', '-']))
        .collect();
    let fits = |tag: &str| tag.starts_with(&prefix) && tag != prefix && !typed.contains(&tag);
    if sign == '-' {
        return t
            .tags
            .iter()
            .filter(|x| fits(x))
            .take(SHOWN)
            .map(|x| x.to_string())
            .collect();
    }
    let listed = m
        .helpdesk_tags
        .as_ref()
        .and_then(Loaded::ready)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for tag in m.queue.tickets.iter().flat_map(|t| &t.tags) {
        *seen.entry(tag.as_str()).or_default() += 1;
    }
    let mut loaded: Vec<(&str, usize)> = seen.into_iter().collect();
    loaded.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut out: Vec<String> = vec![];
    for tag in listed
        .iter()
        .map(String::as_str)
        .chain(loaded.into_iter().map(|(t, _)| t))
    {
        if out.len() == SHOWN {
            break;
        }
        if fits(tag) && !t.tags.iter().any(|x| x == tag) && !out.iter().any(|x| x == tag) {
            out.push(tag.to_string());
        }
    }
    out
}

/// Tab in the tag prompt: the word being typed becomes the first suggestion.
fn complete_tag(m: &mut Model) {
    let Some(first) = tag_suggestions(m).into_iter().next() else {
        return;
    };
    let (start, sign, _) = tag_word(m);
    let Some(Overlay::Tags(input)) = &mut m.overlay else {
        return;
    };
    let at = line_edit::clamp(input, m.prompt_cursor);
    let done = format!("{sign}{first} ");
    input.replace_range(start..at, &done);
    m.prompt_cursor = start + done.len();
}

/// What a key does in the attachment picker: `Some(false)` saves, `Some(true)` opens (a letter,
/// so only while nothing is typed into the filter), `None` is any other key.
pub(super) fn attachment_key(m: &Model, key: Key) -> Option<bool> {
    let p = m.picker().filter(|p| p.kind == PickKind::Attachment)?;
    match m.keymap.action(Context::Attachments, key)? {
        Action::AttachmentSave => Some(false),
        Action::AttachmentOpen if p.filter.is_none() => Some(true),
        _ => None,
    }
}

/// A key in a picker. Until the agent types, the keys that move in a list move in it (j/k, g/G,
/// Home/End, a view's number, q); any other printable key starts its filter (`/` starts it empty,
/// to type those letters too), and from then on printable keys type into the filter and only the
/// prompt's keys (arrows, Enter, Esc) act. No key but Enter applies a value.
pub(super) fn pick_key(m: &mut Model, key: Key, ev: KeyEvent) -> Vec<Effect> {
    let typing = m.picker().is_some_and(|p| p.filter.is_some());
    if let Lookup::Matched(b) = m.keymap.lookup(Context::Palette, &[key])
        && b.action.is_some()
    {
        let b = b.clone();
        return prompt_action(m, &b);
    }
    if !typing {
        let moves = |a: Action| {
            matches!(
                a,
                Action::Down
                    | Action::Up
                    | Action::Top
                    | Action::Bottom
                    | Action::Open
                    | Action::Quit
                    | Action::ViewN
            )
        };
        // The key that filters the focused list (`/`) starts the picker's filter empty.
        let filters = matches!(
            m.keymap.lookup(m.focus.context(), &[key]),
            Lookup::Matched(b) if b.action == Some(Action::Filter)
        );
        if filters {
            if let Some(p) = m.picker_mut() {
                p.filter = Some(String::new());
            }
            return vec![];
        }
        match m.keymap.lookup(Context::Global, &[key]) {
            Lookup::Matched(b) if b.action.is_some_and(moves) => {
                let b = b.clone();
                return prompt_action(m, &b);
            }
            _ => {}
        }
        use ratatui::crossterm::event::KeyModifiers;
        let plain = !ev
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        if !(plain && matches!(ev.code, KeyCode::Char(_))) {
            return vec![];
        }
        if let Some(p) = m.picker_mut() {
            p.filter = Some(String::new());
        }
    }
    prompt_text(m, ev)
}

/// A key bound in the [palette] table while a prompt (filter, palette, picker, help) is open.
pub(super) fn prompt_action(m: &mut Model, b: &Binding) -> Vec<Effect> {
    let Some(action) = b.action else {
        return vec![];
    };
    match (m.mode(), action) {
        (Mode::Help, Action::Help | Action::Dismiss | Action::Accept) => {
            m.close_overlay();
            vec![]
        }
        (Mode::Help, Action::Down | Action::Up) => {
            if let Some(Overlay::Help { scroll, .. }) = &mut m.overlay {
                *scroll = (*scroll as isize + step_of(action)).max(0) as usize;
            }
            vec![]
        }
        (Mode::Knowledge, a) => super::knowledge::list_action(m, a),
        (Mode::Search | Mode::Tags | Mode::Palette, Action::Dismiss) => {
            m.close_overlay();
            vec![]
        }
        (Mode::Search, Action::Accept) => match m.close_overlay() {
            Some(Overlay::Search(query)) => start_search(m, query.trim()),
            _ => vec![],
        },
        (Mode::Tags, Action::Accept) => match m.close_overlay() {
            Some(Overlay::Tags(input)) => change_tags(m, &input),
            _ => vec![],
        },
        (Mode::Filter, Action::Accept) => {
            m.close_overlay();
            vec![]
        }
        (Mode::Filter, Action::Dismiss) => {
            m.close_overlay();
            if m.focus == Focus::Canned {
                m.canned.filter.clear();
                m.canned.selected = 0;
                vec![]
            } else {
                m.queue.filter.clear();
                refilter(m)
            }
        }
        (Mode::Filter, Action::Down | Action::Up) => move_by(m, step_of(action)),
        (Mode::Palette, Action::Down | Action::Up) => {
            let n = palette_items(m).len();
            if let Some(Overlay::Palette(p)) = &mut m.overlay {
                p.selected = step(p.selected, step_of(action), n);
            }
            vec![]
        }
        (Mode::Palette, Action::Accept) => {
            let items = palette_items(m);
            let Some(Overlay::Palette(p)) = m.close_overlay() else {
                return vec![];
            };
            match items.get(p.selected).map(|i| i.target.clone()) {
                Some(palette::Target::Action(a)) => act(m, &Binding::of(a)),
                Some(palette::Target::Canned(i)) => {
                    let Some(c) = m.canned.list.ready().and_then(|all| all.get(i)).cloned() else {
                        return vec![];
                    };
                    use_canned(m, c)
                }
                Some(palette::Target::GoTo(id)) => go_to(m, id),
                None => vec![],
            }
        }
        (Mode::Pick, Action::Down | Action::Up) => {
            if let Some(p) = m.picker_mut() {
                p.move_by(step_of(action));
            }
            vec![]
        }
        (Mode::Pick, Action::Top | Action::Bottom) => {
            if let Some(p) = m.picker_mut() {
                p.move_by(if action == Action::Top {
                    isize::MIN
                } else {
                    isize::MAX
                });
            }
            vec![]
        }
        (Mode::Pick, Action::Dismiss | Action::Quit) => {
            m.close_overlay();
            vec![]
        }
        // In the view picker a view's number takes it at once.
        (Mode::Pick, Action::ViewN) if m.picker().is_some_and(|p| p.kind == PickKind::View) => {
            m.close_overlay();
            act(m, b)
        }
        (Mode::Pick, Action::Accept | Action::Open)
            if m.picker().is_some_and(|p| p.kind == PickKind::Attachment) =>
        {
            super::attach::chosen(m, false)
        }
        (Mode::Pick, Action::Accept | Action::Open) => {
            // Nothing shown matches what was typed: Enter takes nothing.
            let Some(chosen) = m.picker().and_then(Picker::chosen) else {
                return vec![];
            };
            let Some(Overlay::Pick(p)) = m.close_overlay() else {
                return vec![];
            };
            // With a selection the cursor's ticket is only one of those it goes to.
            if p.current == Some(chosen) && p.kind != PickKind::View && m.bulk.marked.is_empty() {
                notice(m, &crate::t!(m.lang, "notice-unchanged-value"), false);
                return vec![];
            }
            match (p.options.get(chosen).cloned(), p.ticket) {
                (Some((value, _)), None) => show_view(m, &Id::from(value)),
                (Some((value, label)), Some(ticket)) => set_field(m, p.kind, ticket, value, &label),
                (None, _) => vec![],
            }
        }
        _ => vec![],
    }
}

/// `+a -b c`: adds a and c, removes b, from the tags of the ticket shown; one write of the whole
/// set (the helpdesks take tags as a set).
fn change_tags(m: &mut Model, input: &str) -> Vec<Effect> {
    let Some(t) = m.current() else {
        return vec![];
    };
    let (ticket, before) = (t.id.clone(), t.tags.clone());
    // Typed in the workspace a bare word adds, as `+word` does.
    let mut changes = crate::helpdesk::TagChanges::default();
    for word in input.split_whitespace() {
        match word.strip_prefix('-') {
            Some(gone) => changes.remove.push(gone.to_string()),
            None => changes
                .add
                .push(word.strip_prefix('+').unwrap_or(word).to_string()),
        }
    }
    changes.add.retain(|t| !t.is_empty());
    changes.remove.retain(|t| !t.is_empty());
    let plan = super::bulk::Plan {
        words: super::bulk::tag_change_words(&changes),
        tags: changes.clone(),
        ..Default::default()
    };
    if let Some(effects) = super::bulk::to_selection(m, plan) {
        return effects;
    }
    let tags = changes.apply(&before);
    if tags == before {
        let named = m.ticket_named(&ticket);
        notice(
            m,
            &crate::t!(m.lang, "notice-tags-unchanged", ticket = named),
            false,
        );
        return vec![];
    }
    let (named, list) = (m.ticket_named(&ticket), tags.join(" "));
    notice(
        m,
        &crate::t!(m.lang, "notice-setting-tags", ticket = named, tags = list),
        false,
    );
    let req = next_req(m, "update");
    m.writes.sending.insert(req, (ticket.clone(), None));
    // The whole tag list is written: a colleague's tags added meanwhile must not vanish unseen.
    let patch = TicketPatch {
        tags: Some(tags.iter().map(|s| s.to_string()).collect()),
        ..TicketPatch::default()
    };
    let patch = super::collide::guard(m, req, &ticket, patch);
    super::bulk::track_single(m, req, &ticket, &patch);
    vec![Effect::Update {
        req,
        ticket,
        patch,
        from_draft: None,
    }]
}

/// Typing into a prompt's text (filter, palette query, help search, search, tags, a picker's
/// filter), with a shell's line editing.
pub(super) fn prompt_text(m: &mut Model, ev: KeyEvent) -> Vec<Effect> {
    let mode = m.mode();
    if mode == Mode::Tags && ev.code == KeyCode::Tab {
        complete_tag(m);
        return vec![];
    }
    let canned = m.focus == Focus::Canned;
    let text = match m.overlay.as_mut() {
        Some(Overlay::Filter) if canned => &mut m.canned.filter,
        Some(Overlay::Filter) => &mut m.queue.filter,
        Some(o) => match o.prompt_text() {
            Some(text) => text,
            None => return vec![],
        },
        None => return vec![],
    };
    if line_edit::edit(text, &mut m.prompt_cursor, ev) != line_edit::Edit::Changed {
        return vec![];
    }
    match m.overlay.as_mut() {
        Some(Overlay::Palette(p)) => {
            p.selected = 0;
            vec![]
        }
        Some(Overlay::Pick(p)) => {
            p.refilter();
            vec![]
        }
        Some(Overlay::Filter) if canned => {
            m.canned.selected = 0;
            vec![]
        }
        Some(Overlay::Filter) => refilter(m),
        Some(Overlay::Knowledge(_)) => super::knowledge::typed(m),
        _ => vec![],
    }
}

pub fn palette_items(m: &Model) -> Vec<palette::Item> {
    let canned = m.canned.list.ready().map(Vec::as_slice).unwrap_or_default();
    let query = match &m.overlay {
        Some(Overlay::Palette(p)) => p.query.as_str(),
        _ => "",
    };
    palette::items(query, &m.keymap, m.focus.context(), canned, m.lang)
}

pub(super) fn on_macro_preview(
    m: &mut Model,
    req: ReqId,
    ticket: Id,
    result: crate::helpdesk::Result<Option<crate::helpdesk::MacroPreview>>,
) -> Vec<Effect> {
    m.link.in_flight.remove(&req);
    let Some(Overlay::Macro(popup)) = m
        .overlay
        .as_mut()
        .filter(|o| matches!(o, Overlay::Macro(p) if p.req == req && p.ticket == ticket))
    else {
        return vec![]; // cancelled, or superseded by another macro
    };
    match result {
        Ok(Some(p)) => {
            popup.preview = Loaded::Ready(p);
            vec![]
        }
        // The backend has no preview after all: its text goes into the composer as before.
        Ok(None) => {
            let c = popup.canned.clone();
            m.close_overlay();
            insert_text(m, &c)
        }
        Err(e) => {
            popup.preview = Loaded::Failed(e.to_string());
            failed(m, &e);
            vec![]
        }
    }
}

/// A key in the macro preview: apply it whole, take its comment into the composer, or cancel.
pub(super) fn macro_key(m: &mut Model, action: Action) -> Vec<Effect> {
    let ready = m.macro_popup().and_then(|p| p.preview.ready().cloned());
    match action {
        Action::Dismiss | Action::Cancel | Action::Quit => {
            if let Some(Overlay::Macro(p)) = m.close_overlay() {
                m.link.in_flight.remove(&p.req);
                let text = crate::t!(
                    m.lang,
                    "notice-macro-not-applied",
                    title = p.canned.title.as_str()
                );
                notice(m, &text, false);
            }
            vec![]
        }
        Action::MacroApply | Action::Accept => {
            // Still loading, or failed: only cancel does anything.
            let Some(p) = ready else {
                return vec![];
            };
            let Some(Overlay::Macro(popup)) = m.close_overlay() else {
                return vec![];
            };
            if !m.bulk.marked.is_empty() {
                return macro_to_selection(m, &popup.canned.title, &p);
            }
            let ticket = p.ticket.clone();
            let req = next_req(m, "update");
            let (title, named) = (popup.canned.title.as_str(), m.ticket_named(&ticket));
            notice(
                m,
                &crate::t!(
                    m.lang,
                    "notice-applying-macro",
                    title = title,
                    ticket = named
                ),
                false,
            );
            // Like a sent reply: if the write fails, the comment comes back as a draft.
            let draft = p.message.as_ref().map(|msg| Draft {
                kind: DraftKind::of(msg.visibility),
                text: msg.body.clone(),
                fields: p.fields(),
            });
            m.writes.sending.insert(req, (ticket.clone(), draft));
            let patch = super::collide::guard(m, req, &ticket, p.patch());
            super::bulk::track_single(m, req, &ticket, &p.fields());
            vec![Effect::Update {
                req,
                ticket,
                patch,
                from_draft: None,
            }]
        }
        Action::MacroEdit => {
            let Some(p) = ready else {
                return vec![];
            };
            m.close_overlay();
            // The composer opens on the previewed ticket, whatever the selection did meanwhile.
            if m.current().map(|t| &t.id) != Some(&p.ticket) {
                notice(m, &crate::t!(m.lang, "notice-selection-moved"), true);
                return vec![];
            }
            let (kind, text) = match &p.message {
                Some(msg) => (DraftKind::of(msg.visibility), Some(msg.body.clone())),
                None => (DraftKind::Reply, None),
            };
            let effects = open_composer(m, kind, text);
            if let Some(c) = m.composer.as_mut() {
                c.fields = p.fields();
            }
            effects
        }
        _ => vec![],
    }
}

/// A macro on the selection: its field changes (tags as added and removed, against the previewed
/// ticket's), to every selected ticket. Its comment is not sent: the preview wrote it for one
/// customer.
fn macro_to_selection(
    m: &mut Model,
    title: &str,
    p: &crate::helpdesk::MacroPreview,
) -> Vec<Effect> {
    let mut fields = p.fields();
    let mut tags = crate::helpdesk::TagChanges::default();
    if let Some(after) = fields.tags.take() {
        let before = m
            .queue
            .tickets
            .iter()
            .find(|t| t.id == p.ticket)
            .map(|t| t.tags.clone())
            .unwrap_or_default();
        let has = |v: &[&str], t: &str| v.iter().any(|x| x.eq_ignore_ascii_case(t));
        let before_words: Vec<&str> = before.iter().map(|t| t.as_str()).collect();
        let after_words: Vec<&str> = after.iter().map(String::as_str).collect();
        tags.add = after
            .iter()
            .filter(|t| !has(&before_words, t))
            .map(|t| t.to_string())
            .collect();
        tags.remove = before
            .iter()
            .filter(|t| !has(&after_words, t))
            .map(|t| t.to_string())
            .collect();
    }
    let mut words = vec![crate::t!(m.lang, "bulk-macro", title = title)];
    use crate::helpdesk::PatchField;
    for c in &p.changes {
        let to = c.to.clone().unwrap_or_default();
        let said = match c.field {
            PatchField::Status => m.vocabulary.status(&to).map(|s| s.label.to_string()),
            PatchField::Priority => m.vocabulary.priority(&to).map(|p| p.label.to_string()),
            PatchField::Assignee => m
                .agents
                .iter()
                .chain(&m.me)
                .find(|a| a.id.0 == to)
                .map(|a| a.name.clone()),
            PatchField::Group => m
                .groups
                .iter()
                .find(|g| g.id.0 == to)
                .map(|g| g.name.clone()),
            PatchField::Tags => continue,
        };
        let field = format!("{:?}", c.field).to_lowercase();
        words.push(format!("{field} → {}", said.unwrap_or(to)));
    }
    words.extend(super::bulk::tag_change_words(&tags));
    if p.message.is_some() {
        words.push("its comment not sent (written for one customer)".into());
    }
    let plan = super::bulk::Plan {
        fields,
        tags,
        words,
        raise_priority: false,
    };
    super::bulk::to_selection(m, plan).unwrap_or_default()
}

/// The views of the helpdesk, the one shown selected.
/// How long the view picker's counts are shown before they are asked for again.
const VIEW_COUNTS_FRESH_SECS: i64 = 300;

pub(super) fn open_view_picker(m: &mut Model) -> Vec<Effect> {
    if m.queue.views.is_empty() {
        notice(m, &crate::t!(m.lang, "notice-views-unknown"), true);
        return vec![];
    }
    let options: Vec<(String, String)> = m
        .queue
        .views
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let n = if i < 9 {
                format!("{} ", i + 1)
            } else {
                "  ".into()
            };
            (v.id.to_string(), format!("{n}{}", v.name))
        })
        .collect();
    let selected = m
        .queue
        .view
        .as_ref()
        .and_then(|v| m.queue.views.iter().position(|x| x.id == v.id))
        .unwrap_or(0);
    m.overlay = Some(Overlay::Pick(Picker {
        kind: PickKind::View,
        ticket: None,
        options,
        selected,
        current: Some(selected),
        filter: None,
    }));
    // Counts when the picker opens (not at start: nothing extra until asked), again when stale.
    let stale = m
        .queue
        .view_counts_at
        .is_none_or(|at| m.now.duration_since(at).as_secs() >= VIEW_COUNTS_FRESH_SECS);
    if !stale {
        return vec![];
    }
    m.queue.view_counts_at = Some(m.now);
    vec![Effect::LoadViewCounts(
        m.queue
            .views
            .iter()
            .filter(|v| v.id.0 != super::snooze::SNOOZED_VIEW)
            .map(|v| v.id.clone())
            .collect(),
    )]
}

pub(super) fn open_picker(m: &mut Model, kind: PickKind) -> Vec<Effect> {
    let Some(t) = m.current() else {
        notice(m, &crate::t!(m.lang, "notice-no-ticket"), true);
        return vec![];
    };
    let v = &m.vocabulary;
    let (options, current) = match kind {
        PickKind::View => return open_view_picker(m),
        PickKind::Attachment => return super::attach::open_picker(m),
        PickKind::Status | PickKind::Priority if v.statuses.is_empty() => {
            notice(m, &crate::t!(m.lang, "notice-statuses-unknown"), true);
            return vec![];
        }
        // The helpdesk's own statuses and priorities, as it names them.
        PickKind::Status => (
            v.statuses
                .iter()
                .map(|s| (s.raw.to_string(), s.label.to_string()))
                .collect(),
            v.status_of(&t.status)
                .map(|i| v.statuses[i].raw.to_string()),
        ),
        PickKind::Priority => (
            v.priorities
                .iter()
                .map(|p| (p.raw.to_string(), p.label.to_string()))
                .collect::<Vec<_>>(),
            t.priority
                .as_ref()
                .and_then(|p| v.priority_of(p))
                .map(|i| v.priorities[i].raw.to_string()),
        ),
        PickKind::Group if m.groups.is_empty() => {
            notice(m, &crate::t!(m.lang, "notice-groups-unknown"), true);
            return vec![];
        }
        // The ticket names its group; the write names it by id.
        PickKind::Group => (
            m.groups
                .iter()
                .map(|g| (g.id.to_string(), g.name.clone()))
                .collect(),
            t.group.as_ref().and_then(|name| {
                m.groups
                    .iter()
                    .find(|g| &g.name == name)
                    .map(|g| g.id.to_string())
            }),
        ),
        PickKind::Escalate => (
            m.groups
                .iter()
                .map(|g| {
                    let name = g.name.as_str();
                    let label = crate::t!(m.lang, "escalate-to-group", name = name);
                    (format!("group:{}", g.id), label)
                })
                .chain(
                    m.agents
                        .iter()
                        .filter(|a| m.me.as_ref().is_none_or(|me| me.id != a.id))
                        .map(|a| (format!("agent:{}", a.id), a.name.clone())),
                )
                .collect(),
            None,
        ),
        PickKind::Assignee => {
            let mut agents = m.agents.clone();
            // The agent themself first: "take it" is the common case.
            if let Some(me) = &m.me {
                agents.retain(|a| a.id != me.id);
                agents.insert(0, me.clone());
            }
            // Last, "nobody": the field can be emptied (an empty id unassigns).
            let nobody = (String::new(), "Nobody (unassign)".to_string());
            (
                agents
                    .into_iter()
                    .map(|a| (a.id.to_string(), a.name))
                    .chain(std::iter::once(nobody))
                    .collect(),
                Some(
                    t.assignee
                        .as_ref()
                        .map_or(String::new(), |a| a.id.to_string()),
                ),
            )
        }
    };
    if options.is_empty() {
        notice(m, &crate::t!(m.lang, "notice-agents-unknown"), true);
        return vec![];
    }
    let current = current.and_then(|c| options.iter().position(|(v, _)| *v == c));
    // The selection starts on the value now, except on an empty assignee: then on the agent's
    // own name, the usual choice ("take it").
    let empty = current.is_some_and(|i| options[i].0.is_empty());
    let selected = current.filter(|_| !empty).unwrap_or(0);
    m.overlay = Some(Overlay::Pick(Picker {
        kind,
        ticket: Some(t.id.clone()),
        options,
        selected,
        current,
        filter: None,
    }));
    vec![]
}
