//! Walking a workflow for one ticket: the answers taken so far, which say where the agent is, and
//! the internal note that records the path. Kept on disk per ticket (`store::workflows`) as step
//! ids and answer numbers, so a changed file is noticed instead of resumed at the wrong step.

use serde::{Deserialize, Serialize};

use super::{NodeKind, Workflow};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// The workflow's name (its file name without `.toml`).
    pub workflow: String,
    /// Each step passed and the answer taken there (0 for an instruction's "done").
    pub path: Vec<Taken>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Taken {
    pub step: String,
    pub choice: usize,
}

impl Progress {
    pub fn new(wf: &Workflow) -> Progress {
        Progress {
            workflow: wf.name.clone(),
            path: vec![],
        }
    }

    /// The step the agent is at; `None` when the path no longer fits the workflow (its file
    /// changed since).
    pub fn position(&self, wf: &Workflow) -> Option<usize> {
        let mut at = wf.start;
        for t in &self.path {
            let n = wf.nodes.get(at)?;
            if n.id != t.step {
                return None;
            }
            at = match &n.kind {
                NodeKind::Question { answers, .. } => answers.get(t.choice)?.next,
                NodeKind::Instruction { next, .. } if t.choice == 0 => *next,
                _ => return None,
            };
        }
        Some(at)
    }

    /// Takes answer `choice` (0-based) at the current step; false when there is no such answer
    /// (or the walk is at an end).
    pub fn choose(&mut self, wf: &Workflow, choice: usize) -> bool {
        let Some(at) = self.position(wf) else {
            return false;
        };
        let n = &wf.nodes[at];
        let ok = match &n.kind {
            NodeKind::Question { answers, .. } => choice < answers.len(),
            NodeKind::Instruction { .. } => choice == 0,
            NodeKind::End(_) => false,
        };
        if ok {
            self.path.push(Taken {
                step: n.id.clone(),
                choice,
            });
        }
        ok
    }

    /// One step back; false at the first step.
    pub fn back(&mut self) -> bool {
        self.path.pop().is_some()
    }

    pub fn restart(&mut self) {
        self.path.clear();
    }

    /// The step number shown to the agent (1 for the first).
    pub fn step_number(&self) -> usize {
        self.path.len() + 1
    }

    /// Whether the walk has reached an end.
    pub fn ended(&self, wf: &Workflow) -> bool {
        self.position(wf)
            .is_some_and(|i| matches!(wf.nodes[i].kind, NodeKind::End(_)))
    }

    /// The path so far in the note's words: `restarted the phone? → yes`, `done: checked
    /// coverage`.
    pub fn trail(&self, wf: &Workflow) -> Vec<String> {
        let mut out = vec![];
        let mut at = wf.start;
        for t in &self.path {
            let Some(n) = wf.nodes.get(at) else { break };
            match &n.kind {
                NodeKind::Question { short, answers, .. } => {
                    let Some(a) = answers.get(t.choice) else {
                        break;
                    };
                    out.push(format!("{short} → {}", a.text));
                    at = a.next;
                }
                NodeKind::Instruction { short, next, .. } => {
                    out.push(format!("done: {short}"));
                    at = *next;
                }
                NodeKind::End(_) => break,
            }
        }
        out
    }

    /// The internal note recording the walk (at an end): what was asked, what the customer
    /// answered, how it ended; so the next agent and the supervisor see what was tried.
    pub fn note(&self, wf: &Workflow) -> String {
        let mut note = format!(
            "Workflow: {}\nAsked: {}",
            wf.title,
            self.trail(wf).join("; ")
        );
        if let Some(i) = self.position(wf)
            && let NodeKind::End(o) = &wf.nodes[i].kind
        {
            note.push_str(&format!("\nOutcome: {}", o.name));
            if o.escalate {
                note.push_str(" (escalated)");
            }
        }
        note
    }
}
