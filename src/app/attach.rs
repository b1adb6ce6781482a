//! The workspace's attachments and web page: the picker of the open ticket's attachments (`A`),
//! its save and open keys, the downloads' progress, and `O` (the ticket in the helpdesk's web
//! UI). Plain code like `update`: no I/O, the effects do it.

use super::model::{DownloadJob, Loaded, Model, Overlay, PickKind, Picker};
use super::msg::{Effect, ReqId};
use super::update::{next_req, notice};
use crate::attachments::{self, human_size};

/// `A`: a picker of the attachments of the ticket shown, in conversation order.
pub(super) fn open_picker(m: &mut Model) -> Vec<Effect> {
    let Some(id) = m.current().map(|t| t.id.clone()) else {
        notice(m, &crate::t!(m.lang, "notice-no-ticket"), true);
        return vec![];
    };
    if !m.can(|c| c.attachments) {
        let text = crate::t!(m.lang, "notice-no-attachments-here", backend = m.backend);
        notice(m, &text, true);
        return vec![];
    }
    let named = m.ticket_named(&id);
    let options: Vec<(String, String)> = match m.conversations.loaded.get(&id) {
        Some(Loaded::Ready(msgs)) => attachments::all(msgs)
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                let details = attachments::details(a);
                let label = if details.is_empty() {
                    a.name.clone()
                } else {
                    format!("{}  ({details})", a.name)
                };
                // Its place and its source: a conversation read again meanwhile may differ.
                (format!("{i}\t{}", a.source), label)
            })
            .collect(),
        _ => {
            let text = crate::t!(m.lang, "notice-conversation-not-loaded", ticket = named);
            notice(m, &text, true);
            return vec![];
        }
    };
    if options.is_empty() {
        notice(
            m,
            &crate::t!(m.lang, "notice-ticket-no-attachments", ticket = named),
            false,
        );
        return vec![];
    }
    m.overlay = Some(Overlay::Pick(Picker {
        kind: PickKind::Attachment,
        ticket: Some(id),
        options,
        selected: 0,
        current: None,
        filter: None,
    }));
    vec![]
}

/// Enter (save) or `o` (open) in the attachment picker: the download starts, the picker closes.
pub(super) fn chosen(m: &mut Model, open: bool) -> Vec<Effect> {
    // What was typed may hide the selection: then nothing is taken.
    let Some(chosen) = m.picker().and_then(Picker::chosen) else {
        return vec![];
    };
    let Some(Overlay::Pick(p)) = m.close_overlay() else {
        return vec![];
    };
    let (Some(ticket), Some((value, _))) = (p.ticket, p.options.get(chosen)) else {
        return vec![];
    };
    let (place, source) = value.split_once('\t').unwrap_or((value, ""));
    let file = match m.conversations.loaded.get(&ticket) {
        Some(Loaded::Ready(msgs)) => place
            .parse::<usize>()
            .ok()
            .and_then(|i| attachments::all(msgs).get(i).copied())
            .filter(|a| a.source == source)
            .cloned(),
        _ => None,
    };
    let Some(attachment) = file else {
        notice(m, &crate::t!(m.lang, "notice-attachment-gone"), true);
        return vec![];
    };
    let req = next_req(m, "download");
    let (name, named) = (attachment.name.as_str(), m.ticket_named(&ticket));
    let said = if open {
        crate::t!(
            m.lang,
            "notice-downloading-to-open",
            name = name,
            ticket = named
        )
    } else {
        crate::t!(
            m.lang,
            "notice-downloading-to-save",
            name = name,
            ticket = named
        )
    };
    notice(m, &said, false);
    m.downloads.insert(
        req,
        DownloadJob {
            ticket: ticket.clone(),
            name: attachment.name.clone(),
            open,
        },
    );
    vec![Effect::Download {
        req,
        ticket,
        attachment,
        open,
    }]
}

pub(super) fn progress(m: &mut Model, req: ReqId, done: u64, total: Option<u64>) -> Vec<Effect> {
    let Some(job) = m.downloads.get(&req) else {
        return vec![];
    };
    let (name, done) = (job.name.as_str(), human_size(done));
    let text = match total {
        Some(t) => {
            let total = human_size(t);
            crate::t!(
                m.lang,
                "notice-downloading-of",
                name = name,
                done = done,
                total = total
            )
        }
        None => crate::t!(m.lang, "notice-downloading", name = name, done = done),
    };
    // The status bar only: a line per step in the message log would bury the rest.
    m.log.notice = Some(super::model::Notice { text, error: false });
    vec![]
}

pub(super) fn done(
    m: &mut Model,
    req: ReqId,
    result: Result<std::path::PathBuf, String>,
) -> Vec<Effect> {
    m.link.in_flight.remove(&req);
    let Some(job) = m.downloads.remove(&req) else {
        return vec![];
    };
    match result {
        Ok(path) if job.open => {
            let (name, shown) = (job.name.as_str(), path.display().to_string());
            let said = crate::t!(m.lang, "notice-opening-file", name = name, path = shown);
            notice(m, &said, false);
            vec![Effect::OpenFile(path)]
        }
        Ok(path) => {
            let (name, shown) = (job.name.as_str(), path.display().to_string());
            let said = crate::t!(m.lang, "notice-saved-file", name = name, path = shown);
            notice(m, &said, false);
            vec![]
        }
        Err(why) => {
            let named = m.ticket_named(&job.ticket);
            let name = job.name.as_str();
            let said = crate::t!(
                m.lang,
                "notice-not-downloaded",
                name = name,
                ticket = named,
                why = why
            );
            notice(m, &said, true);
            vec![]
        }
    }
}

/// `O`: the ticket shown, in the helpdesk's web UI.
pub(super) fn open_web(m: &mut Model) -> Vec<Effect> {
    let Some(id) = m.current().map(|t| t.id.clone()) else {
        notice(m, &crate::t!(m.lang, "notice-no-ticket"), true);
        return vec![];
    };
    if !m.can(|c| c.web_pages) {
        let text = crate::t!(m.lang, "notice-no-web-address", backend = m.backend);
        notice(m, &text, true);
        return vec![];
    }
    let named = m.ticket_named(&id);
    notice(
        m,
        &crate::t!(m.lang, "notice-opening-web", ticket = named),
        false,
    );
    vec![Effect::OpenWeb { ticket: id }]
}
