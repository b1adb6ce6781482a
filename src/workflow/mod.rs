//! Guided workflows: step-by-step troubleshooting kept as TOML files in `workflows/` of the config
//! dir. A workflow asks questions in order and ends in an outcome (a canned response, field
//! changes, an escalation) that goes to the composer for the agent to review and send.
//!
//! `parse` reads and checks a file (every problem with its FILE:LINE:COL), `load` reads the folder
//! (a bad file is skipped and listed, never fatal), `walk` follows a ticket's answers. All pure
//! but `load`, which reads the files.

pub mod parse;
#[cfg(test)]
mod tests;
pub mod walk;

pub use parse::{Known, check, parse};
pub use walk::Progress;

use std::path::Path;

use crate::config::Problem;
use crate::helpdesk::Ticket;

/// A checked workflow: every target exists, every step is reachable and can reach an end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workflow {
    /// The file's name without `.toml`: what a ticket's progress on disk refers to.
    pub name: String,
    pub title: String,
    /// The language it is written in (`language = "ro"`), where the file says.
    pub language: Option<String>,
    pub when: When,
    /// Index into `nodes` of the first step.
    pub start: usize,
    pub nodes: Vec<Node>,
}

/// When a workflow is suggested for a ticket: one of its tags or a keyword in the subject, on one
/// of the channels (any channel when none is named).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct When {
    pub tags: Vec<String>,
    pub keywords: Vec<String>,
    pub channels: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub id: String,
    pub kind: NodeKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NodeKind {
    /// A question and its answers; `short` is how the internal note words it.
    Question {
        text: String,
        short: String,
        answers: Vec<Answer>,
    },
    /// Something for the agent to do or say, then on to `next`; `short` is the note's words.
    Instruction {
        text: String,
        short: String,
        next: usize,
    },
    End(Outcome),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub text: String,
    pub next: usize,
}

/// What an end does, in the words of the file: field values are resolved against the backend's
/// vocabulary and the ticket when the end is reached.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    /// What the end means, for the path note ("APN settings sent").
    pub name: String,
    /// A canned response by title, filled like any canned response.
    pub canned: Option<String>,
    /// Reply text written in the workflow itself (after the canned response's, if both).
    pub reply: Option<String>,
    pub status: Option<String>,
    pub priority: Option<String>,
    /// `+tag` adds (a bare word too), `-tag` removes.
    pub tags: Vec<String>,
    /// A group by name.
    pub group: Option<String>,
    pub escalate: bool,
}

impl Workflow {
    /// Whether the workflow is meant for this ticket (a workflow that names no tag and no keyword
    /// is only started by hand).
    pub fn applies_to(&self, t: &Ticket) -> bool {
        let w = &self.when;
        let channel = w.channels.is_empty()
            || w.channels
                .iter()
                .any(|c| c.eq_ignore_ascii_case(t.channel.label()));
        let subject = t.subject.to_lowercase();
        let tag = w
            .tags
            .iter()
            .any(|x| t.tags.iter().any(|y| y.eq_ignore_ascii_case(x)));
        let keyword = w
            .keywords
            .iter()
            .any(|k| !k.trim().is_empty() && subject.contains(&k.trim().to_lowercase()));
        channel && (tag || keyword)
    }

    pub fn node(&self, id: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.id == id)
    }
}

/// Every workflow in `dir` (`*.toml`, sorted by name) and the problems of those that could not be
/// used: a file with errors is skipped, its problems listed. Canned responses and statuses are
/// checked against `known` (what is known at start; the helpdesk's own are checked when used).
pub fn load(dir: &Path, known: &Known) -> (Vec<Workflow>, Vec<Problem>) {
    let mut out = vec![];
    let mut problems = vec![];
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (out, problems);
    };
    let mut paths: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .filter(|p| {
            !p.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .starts_with('.')
        })
        .collect();
    paths.sort();
    for path in paths {
        let text = match crate::files::read_text(&path) {
            Ok(Some(t)) => t,
            Ok(None) => continue,
            Err(e) => {
                problems.push(e.problem());
                continue;
            }
        };
        let name = path.file_stem().unwrap_or_default().to_string_lossy();
        let (wf, found) = parse(&path.display().to_string(), &name, &text, known);
        problems.extend(found);
        out.extend(wf);
    }
    (out, problems)
}

/// The workflows shipped with tix (installed by `tix config init`, used by the demo), as
/// (file name, text).
pub const SHIPPED: &[(&str, &str)] = &[
    (
        "no-mobile-data.toml",
        include_str!("../../workflows/no-mobile-data.toml"),
    ),
    (
        "no-mobile-data.ro.toml",
        include_str!("../../workflows/no-mobile-data.ro.toml"),
    ),
    ("refund.toml", include_str!("../../workflows/refund.toml")),
    (
        "two-factor-reset.toml",
        include_str!("../../workflows/two-factor-reset.toml"),
    ),
];

/// The shipped workflows, parsed (for the demo, which has no config dir of its own to read).
pub fn shipped(known: &Known) -> (Vec<Workflow>, Vec<Problem>) {
    let mut out = vec![];
    let mut problems = vec![];
    for (file, text) in SHIPPED {
        let name = file.trim_end_matches(".toml");
        let (wf, found) = parse(file, name, text, known);
        out.extend(wf);
        problems.extend(found);
    }
    (out, problems)
}
