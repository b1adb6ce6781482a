//! Plain mode's commands as changes to the model: what the keys reach in the panels, asked for by
//! name (`next`, `open 1475`, a line of a reply). The same concerns do the work, so drafts, the
//! outbox and every check of the full UI hold; no I/O and no clock reads here either.

use super::compose::{close_composer, editor_with, insert_text, open_composer, save_draft, send};
use super::filter::start_search;
use super::keys::step;
use super::model::*;
use super::msg::Effect;
use super::queue::{follow, go_to, load_more_if_near_end, load_view, show_view};
use super::update::notice;
use crate::helpdesk::Id;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// The ticket `delta` rows away in the queue, opened (`next` is 1, `prev` -1).
    Step(isize),
    /// A ticket by its number: the queue's row when it is there, else fetched.
    Open(Id),
    /// The composer on the open ticket's draft of this kind.
    Compose(DraftKind),
    /// A line typed into the composer, kept on disk as it comes.
    Line(String),
    Send,
    /// The composer closes; its text stays as the ticket's draft.
    KeepDraft,
    /// The composer closes and its text is thrown away.
    Discard,
    /// A field of a ticket: the backend's word and the label it shows.
    Set {
        ticket: Id,
        kind: PickKind,
        value: String,
        label: String,
    },
    /// A canned response's text into the reply (its placeholders filled).
    Canned(Id),
    View(Id),
    Search(String),
    Refresh,
    Quit,
}

pub fn command(m: &mut Model, c: Command) -> Vec<Effect> {
    match c {
        Command::Step(delta) => {
            m.focus = Focus::Queue;
            m.queue.selected = step(m.queue.selected, delta, m.queue.visible.len());
            // Whatever was open on its own (by number) gives way to the queue's row.
            m.queue.pinned = None;
            let mut effects = follow(m);
            effects.extend(load_more_if_near_end(m));
            effects
        }
        Command::Open(id) => go_to(m, id),
        Command::Compose(kind) => open_composer(m, kind, None),
        Command::Line(line) => {
            let Some(c) = m.composer.as_mut() else {
                return vec![];
            };
            let mut text = c.text();
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&line);
            c.editor = editor_with(&text);
            save_draft(m)
        }
        Command::Send => send(m),
        Command::KeepDraft => close_composer(m),
        Command::Discard => {
            if let Some(c) = m.composer.as_mut() {
                c.editor = editor_with("");
                c.fields = Default::default();
            }
            let named = m.composer.as_ref().map(|c| m.ticket_named(&c.ticket));
            let effects = close_composer(m);
            if let Some(named) = named {
                notice(
                    m,
                    &crate::t!(m.lang, "notice-draft-discarded", ticket = named),
                    false,
                );
            }
            effects
        }
        Command::Set {
            ticket,
            kind,
            value,
            label,
        } => super::compose::set_field(m, kind, ticket, value, &label),
        Command::Canned(id) => {
            let found = m
                .canned
                .list
                .ready()
                .and_then(|all| all.iter().find(|c| c.id == id))
                .cloned();
            match found {
                // Plain mode takes a macro's text only: its field changes are not previewed here.
                Some(c) => insert_text(m, &c),
                None => {
                    let id = id.to_string();
                    notice(
                        m,
                        &crate::t!(m.lang, "notice-no-canned-response", id = id),
                        true,
                    );
                    vec![]
                }
            }
        }
        Command::View(id) => show_view(m, &id),
        Command::Search(query) => start_search(m, query.trim()),
        Command::Refresh => match (m.queue.search.clone(), m.queue.view.clone()) {
            (Some(query), _) => start_search(m, &query),
            (None, Some(v)) => {
                notice(m, &crate::t!(m.lang, "notice-refreshing"), false);
                load_view(m, v.id)
            }
            (None, None) => vec![Effect::LoadViews],
        },
        Command::Quit => {
            // An open composer keeps its text as a draft, as on quitting the panels.
            let mut effects = close_composer(m);
            m.quit = true;
            effects.push(Effect::Quit);
            effects
        }
    }
}
