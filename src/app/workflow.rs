//! Guided workflows on the open ticket: starting one (a suggested one first), answering, going
//! back, starting over, and at an end handing the outcome to the composer. Progress is kept per
//! ticket (`Effect::SaveWorkflow`, written before the next frame shows it); the path taken goes
//! out as its own internal note when the agent sends the reply.

use super::compose::{open_composer, raised};
use super::model::*;
use super::msg::Effect;
use super::update::{next_req, notice};
use crate::canned;
use crate::helpdesk::{CannedResponse, Id, NewMessage, PlaceholderSyntax, TicketPatch, Visibility};
use crate::workflow::{NodeKind, Outcome, Progress, Workflow};

/// The workflows for a ticket, as indices into `m.workflows.installed`: those that apply to it first (the
/// suggestions), then the others; in each group those in the requester's language first, then
/// file order.
pub fn for_ticket(m: &Model, ticket: &crate::helpdesk::Ticket) -> (Vec<usize>, usize) {
    let all = &m.workflows.installed;
    let (mut fit, mut rest): (Vec<usize>, Vec<usize>) =
        (0..all.len()).partition(|&i| all[i].applies_to(ticket));
    let theirs = |i: &usize| !m.in_requesters_language(ticket, all[*i].language.as_deref());
    fit.sort_by_key(theirs);
    rest.sort_by_key(theirs);
    let suggested = fit.len();
    fit.extend(rest);
    (fit, suggested)
}

/// A ticket's walk and its workflow, when the workflow is still installed.
pub fn walk_of<'a>(m: &'a Model, ticket: &Id) -> Option<(&'a Workflow, &'a Progress)> {
    let p = m.workflows.walks.get(ticket)?;
    let wf = m
        .workflows
        .installed
        .iter()
        .find(|w| w.name == p.workflow)?;
    Some((wf, p))
}

fn save(ticket: &Id, progress: Option<Progress>) -> Effect {
    Effect::SaveWorkflow {
        ticket: ticket.clone(),
        progress,
    }
}

/// W: the ticket's walk where it was, else the workflows to start (those that fit it first).
pub(super) fn open(m: &mut Model) -> Vec<Effect> {
    let Some(ticket) = m.current().map(|t| t.id.clone()) else {
        notice(m, &crate::t!(m.lang, "notice-no-ticket"), true);
        return vec![];
    };
    let effects = revalidate(m, &ticket);
    m.overlay = Some(Overlay::Workflow(WorkflowPopup { ticket }));
    effects
}

/// The ticket the workflow overlay is open on.
fn popup_ticket(m: &Model) -> Option<Id> {
    match &m.overlay {
        Some(Overlay::Workflow(p)) => Some(p.ticket.clone()),
        _ => None,
    }
}

fn close(m: &mut Model) {
    if matches!(m.overlay, Some(Overlay::Workflow(_))) {
        m.close_overlay();
    }
}

/// An answer key (1-9, a-i) in the overlay: starts the `n`th workflow of the list, or takes the
/// `n`th answer of the step.
pub(super) fn pick(m: &mut Model, n: usize) -> Vec<Effect> {
    let Some(ticket) = popup_ticket(m) else {
        return vec![];
    };
    if m.workflows.walks.contains_key(&ticket) {
        // An instruction is done with its own key, never with an answer's.
        let at_question = walk_of(m, &ticket).is_some_and(|(wf, p)| {
            p.position(wf)
                .is_some_and(|i| matches!(wf.nodes[i].kind, NodeKind::Question { .. }))
        });
        return if at_question {
            answer(m, &ticket, n)
        } else {
            vec![]
        };
    }
    let t = m
        .queue
        .tickets
        .iter()
        .chain(m.queue.pinned.as_ref())
        .find(|t| t.id == ticket)
        .cloned();
    let order = match &t {
        Some(t) => for_ticket(m, t).0,
        None => (0..m.workflows.installed.len()).collect(),
    };
    match order.get(n) {
        Some(&i) => start(m, &ticket, i),
        None => vec![],
    }
}

/// The overlay's own keys.
pub(super) fn action(m: &mut Model, a: crate::action::Action) -> Vec<Effect> {
    use crate::action::Action;
    let Some(ticket) = popup_ticket(m) else {
        return vec![];
    };
    match a {
        Action::Dismiss => {
            close(m);
            vec![]
        }
        Action::WorkflowNext => {
            let at_instruction = walk_of(m, &ticket).is_some_and(|(wf, p)| {
                p.position(wf)
                    .is_some_and(|i| matches!(wf.nodes[i].kind, NodeKind::Instruction { .. }))
            });
            if at_instruction {
                answer(m, &ticket, 0)
            } else {
                vec![]
            }
        }
        Action::WorkflowBack => back(m, &ticket),
        Action::WorkflowRestart => restart(m, &ticket),
        Action::WorkflowStop => stop(m, &ticket),
        _ => vec![],
    }
}

/// Starts workflow `index` (into `m.workflows.installed`) on a ticket, over any walk it had.
pub(super) fn start(m: &mut Model, ticket: &Id, index: usize) -> Vec<Effect> {
    let Some(wf) = m.workflows.installed.get(index) else {
        return vec![];
    };
    let p = Progress::new(wf);
    m.workflows.walks.insert(ticket.clone(), p.clone());
    vec![save(ticket, Some(p))]
}

/// Answer `choice` (0-based; 0 is an instruction's "done") at the ticket's current step; an
/// answer that leads to an end finishes the workflow.
pub(super) fn answer(m: &mut Model, ticket: &Id, choice: usize) -> Vec<Effect> {
    let Some((wf, p)) = walk_of(m, ticket) else {
        return vec![];
    };
    let (wf, mut p) = (wf.clone(), p.clone());
    if !p.choose(&wf, choice) {
        return vec![];
    }
    m.workflows.walks.insert(ticket.clone(), p.clone());
    let mut effects = vec![save(ticket, Some(p.clone()))];
    if p.ended(&wf) {
        effects.extend(finish(m, ticket, &wf, &p));
    }
    effects
}

pub(super) fn back(m: &mut Model, ticket: &Id) -> Vec<Effect> {
    let Some(p) = m.workflows.walks.get_mut(ticket) else {
        return vec![];
    };
    if !p.back() {
        notice(m, &crate::t!(m.lang, "notice-workflow-first-step"), false);
        return vec![];
    }
    let p = p.clone();
    vec![save(ticket, Some(p))]
}

pub(super) fn restart(m: &mut Model, ticket: &Id) -> Vec<Effect> {
    let Some(p) = m.workflows.walks.get_mut(ticket) else {
        return vec![];
    };
    p.restart();
    let p = p.clone();
    vec![save(ticket, Some(p))]
}

/// Forgets the ticket's walk (to pick another workflow, or none).
pub(super) fn stop(m: &mut Model, ticket: &Id) -> Vec<Effect> {
    if m.workflows.walks.remove(ticket).is_none() {
        return vec![];
    }
    notice(m, &crate::t!(m.lang, "notice-workflow-stopped"), false);
    vec![save(ticket, None)]
}

/// A walk whose workflow is gone, or whose file changed so that its path no longer fits, starts
/// over (said once, when it is opened).
pub(super) fn revalidate(m: &mut Model, ticket: &Id) -> Vec<Effect> {
    let Some(p) = m.workflows.walks.get(ticket) else {
        return vec![];
    };
    match m.workflows.installed.iter().find(|w| w.name == p.workflow) {
        None => {
            let name = p.workflow.clone();
            m.workflows.walks.remove(ticket);
            let name = format!("{name:?}");
            notice(
                m,
                &crate::t!(m.lang, "notice-workflow-gone", name = name),
                true,
            );
            vec![save(ticket, None)]
        }
        Some(wf) if p.position(wf).is_none() => {
            let title = wf.title.clone();
            let p = Progress::new(wf);
            m.workflows.walks.insert(ticket.clone(), p.clone());
            notice(
                m,
                &crate::t!(m.lang, "notice-workflow-changed", title = title),
                true,
            );
            vec![save(ticket, Some(p))]
        }
        Some(_) => vec![],
    }
}

/// The canned response an end names: by `Folder::Title` or by title.
fn find_canned<'a>(m: &'a Model, name: &str) -> Option<&'a CannedResponse> {
    let list = m.canned.list.ready()?;
    let full = |c: &CannedResponse| {
        c.folder
            .as_ref()
            .is_some_and(|f| format!("{f}::{}", c.title) == name)
    };
    list.iter()
        .find(|c| full(c))
        .or_else(|| list.iter().find(|c| c.title == name))
}

/// The end's outcome goes to the composer: its reply text (placeholders filled) and its field
/// changes, which go out with the reply when the agent sends it. Nothing is sent here.
fn finish(m: &mut Model, ticket: &Id, wf: &Workflow, p: &Progress) -> Vec<Effect> {
    let Some(at) = p.position(wf) else {
        return vec![];
    };
    let NodeKind::End(o) = &wf.nodes[at].kind else {
        return vec![];
    };
    let (text, fields, missing) = outcome(m, o);
    close(m);
    let mut effects = open_composer(m, DraftKind::Reply, Some(text));
    if let Some(c) = m.composer.as_mut() {
        // The end's changes win over any a macro left in the draft.
        let f = std::mem::take(&mut c.fields);
        c.fields = TicketPatch {
            status: fields.status.or(f.status),
            priority: fields.priority.or(f.priority),
            group: fields.group.or(f.group),
            tags: fields.tags.or(f.tags),
            ..f
        };
    }
    effects.extend(super::compose::save_draft(m));
    let named = m.ticket_named(ticket);
    match missing {
        Some(what) => notice(m, &format!("{}: {what}", wf.title), true),
        None => {
            let title = wf.title.as_str();
            let text = crate::t!(
                m.lang,
                "notice-workflow-reply-ready",
                title = title,
                ticket = named
            );
            notice(m, &text, false)
        }
    }
    effects
}

/// The reply text and field changes of an end, resolved for the ticket shown; and what could not
/// be found (a canned response or group the helpdesk does not have).
fn outcome(m: &Model, o: &Outcome) -> (String, TicketPatch, Option<String>) {
    let cx = canned::Context {
        ticket: m.current(),
        agent: m.me.as_ref(),
    };
    let mut missing = vec![];
    let mut parts = vec![];
    let mut sets_status = None;
    if let Some(name) = &o.canned {
        match find_canned(m, name) {
            Some(c) => {
                parts.push(canned::fill(c, &cx));
                sets_status = c.sets_status.clone();
            }
            None => {
                let name = format!("{name:?}");
                missing.push(crate::t!(m.lang, "wf-missing-canned", name = name))
            }
        }
    }
    if let Some(reply) = &o.reply {
        let own = CannedResponse {
            id: Id::from(String::new()),
            title: String::new(),
            folder: None,
            body: reply.clone(),
            syntax: PlaceholderSyntax::DoubleBrace,
            sets_status: None,
            kind: crate::helpdesk::CannedKind::Text,
            language: None,
        };
        parts.push(canned::fill(&own, &cx));
    }
    let v = &m.vocabulary;
    let status = o
        .status
        .clone()
        .or(sets_status)
        .map(|w| v.status(&w).map_or(w.clone(), |s| s.raw.to_string()));
    let current = m.current();
    let priority = o
        .priority
        .clone()
        .or_else(|| {
            o.escalate
                .then(|| raised(current.and_then(|t| t.priority.as_ref())).to_string())
        })
        .map(|w| v.priority(&w).map_or(w.clone(), |p| p.raw.to_string()));
    let group = o.group.as_ref().and_then(|g| {
        let found = m.groups.iter().find(|x| x.name.eq_ignore_ascii_case(g));
        if found.is_none() {
            let name = format!("{g:?}");
            missing.push(crate::t!(m.lang, "wf-missing-group", name = name));
        }
        found.map(|x| x.id.clone())
    });
    let tags = (!o.tags.is_empty()).then(|| {
        let mut changes = crate::helpdesk::TagChanges::default();
        for t in &o.tags {
            match t.strip_prefix('-') {
                Some(gone) => changes.remove.push(gone.to_string()),
                None => changes
                    .add
                    .push(t.strip_prefix('+').unwrap_or(t).to_string()),
            }
        }
        let now = current.map(|t| t.tags.clone()).unwrap_or_default();
        changes.apply(&now).iter().map(|t| t.to_string()).collect()
    });
    let fields = TicketPatch {
        status,
        priority,
        group,
        tags,
        ..TicketPatch::default()
    };
    let missing = (!missing.is_empty()).then(|| missing.join(", "));
    (parts.join("\n\n"), fields, missing)
}

/// The reply of a ticket whose workflow has ended is being sent: the path taken follows it as
/// its own internal note (never in the reply), and the walk is done.
pub(super) fn after_reply(m: &mut Model, ticket: &Id) -> Vec<Effect> {
    let Some((wf, p)) = walk_of(m, ticket) else {
        return vec![];
    };
    if !p.ended(wf) {
        return vec![];
    }
    let mut body = p.note(wf);
    if let Some(at) = p.position(wf)
        && let NodeKind::End(o) = &wf.nodes[at].kind
        && o.escalate
    {
        let to = o.group.as_deref().unwrap_or_default();
        body = format!("⚑ Escalated to {to}\n\n{body}");
    }
    m.workflows.walks.remove(ticket);
    let req = next_req(m, "send");
    m.writes.sending.insert(req, (ticket.clone(), None));
    vec![
        Effect::Update {
            req,
            ticket: ticket.clone(),
            patch: TicketPatch {
                message: Some(NewMessage {
                    visibility: Visibility::Internal,
                    body,
                }),
                ..TicketPatch::default()
            },
            from_draft: None,
        },
        save(ticket, None),
    ]
}
