//! Reading a workflow file and checking it whole: every problem is reported with its place, not
//! only the first, so that `tix workflow check` lists all there is to fix in one run.

use std::collections::{HashMap, HashSet, VecDeque};

use serde::Deserialize;
use toml::Spanned;

use super::{Answer, Node, NodeKind, Outcome, When, Workflow};
use crate::config::{Lines, Problem};
use crate::helpdesk::Vocabulary;
use crate::t;

/// What names in a workflow are checked against; `None` leaves that kind unchecked (at start
/// the helpdesk's canned responses and statuses are not known yet: they are checked when used).
#[derive(Debug, Clone, Default)]
pub struct Known {
    /// Canned responses' titles.
    pub canned: Option<Vec<String>>,
    pub vocabulary: Option<Vocabulary>,
    /// Groups' names.
    pub groups: Option<Vec<String>>,
    /// The language problems are said in (the agent's).
    pub lang: crate::i18n::Lang,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    title: Spanned<String>,
    /// The language it is written in (`ro`): first in the list on a ticket whose requester
    /// speaks it.
    language: Option<String>,
    start: Option<Spanned<String>>,
    #[serde(default)]
    when: RawWhen,
    #[serde(default)]
    step: Vec<Spanned<RawStep>>,
    #[serde(default)]
    end: Vec<Spanned<RawEnd>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawWhen {
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    keywords: Vec<String>,
    #[serde(default)]
    channels: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: Spanned<String>,
    /// A question (with `answers`).
    ask: Option<String>,
    /// How the internal note words the question or instruction (itself when absent).
    short: Option<String>,
    #[serde(default)]
    answers: Vec<Spanned<RawAnswer>>,
    /// An instruction (with `next`).
    say: Option<String>,
    next: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnswer {
    answer: String,
    next: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEnd {
    id: Spanned<String>,
    outcome: Option<String>,
    canned: Option<Spanned<String>>,
    reply: Option<String>,
    status: Option<Spanned<String>>,
    priority: Option<Spanned<String>>,
    #[serde(default)]
    tags: Vec<String>,
    group: Option<Spanned<String>>,
    #[serde(default)]
    escalate: bool,
}

/// Answers are picked by number (1-9) or letter (a-i).
pub const MAX_ANSWERS: usize = 9;

/// The channels a ticket can come by (`Channel::label`).
const CHANNELS: [&str; 7] = ["email", "web", "phone", "chat", "social", "sms", "api"];

/// Only the problems of a file, for `tix workflow check`.
pub fn check(file: &str, text: &str, known: &Known) -> Vec<Problem> {
    parse(file, "", text, known).1
}

/// The workflow in `text` and its problems; `None` when any is an error (warnings do not stop it).
pub fn parse(
    file: &str,
    name: &str,
    text: &str,
    known: &Known,
) -> (Option<Workflow>, Vec<Problem>) {
    let lines = Lines::new(text);
    let raw: RawFile = match toml::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            let at = e.span().map_or(0, |s| s.start);
            return (None, vec![lines.problem(file, at, e.message().trim())]);
        }
    };
    let mut problems = vec![];
    let l = known.lang;
    let q = |s: &str| format!("{s:?}");
    let mut err = |at: usize, msg: String| problems.push(lines.problem(file, at, msg));

    // Ids first, so that targets can point forward.
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut spans = vec![];
    let ids = raw
        .step
        .iter()
        .map(|s| &s.get_ref().id)
        .chain(raw.end.iter().map(|e| &e.get_ref().id));
    for id in ids {
        let i = spans.len();
        spans.push(id.span().start);
        if id.get_ref().trim().is_empty() {
            err(id.span().start, t!(l, "wf-empty-id"));
        } else if let Some(&first) = index.get(id.get_ref()) {
            let (line, _) = lines.line_col(spans[first]);
            err(
                id.span().start,
                t!(l, "wf-defined-twice", id = q(id.get_ref()), line = line),
            );
        } else {
            index.insert(id.get_ref().clone(), i);
        }
    }
    if raw.step.is_empty() {
        err(raw.title.span().start, t!(l, "wf-needs-step"));
    }
    if raw.end.is_empty() {
        err(raw.title.span().start, t!(l, "wf-needs-end"));
    }
    if raw.title.get_ref().trim().is_empty() {
        err(raw.title.span().start, t!(l, "wf-empty-title"));
    }
    let target = |t: &Spanned<String>, err: &mut dyn FnMut(usize, String)| -> usize {
        match index.get(t.get_ref().trim()) {
            Some(&i) => i,
            None => {
                err(
                    t.span().start,
                    t!(l, "wf-unknown-step", id = q(t.get_ref())),
                );
                usize::MAX
            }
        }
    };

    let mut nodes = vec![];
    for s in &raw.step {
        let (at, s) = (s.span().start, s.get_ref());
        let id = s.id.get_ref().trim().to_string();
        let kind = match (&s.ask, &s.say) {
            (Some(_), Some(_)) | (None, None) => {
                err(at, t!(l, "wf-ask-or-say", id = q(&id)));
                NodeKind::Instruction {
                    text: String::new(),
                    short: String::new(),
                    next: usize::MAX,
                }
            }
            (Some(ask), None) => {
                if let Some(n) = &s.next {
                    err(n.span().start, t!(l, "wf-question-next", id = q(&id)));
                }
                if s.answers.is_empty() {
                    err(at, t!(l, "wf-no-answers", id = q(&id)));
                }
                if s.answers.len() > MAX_ANSWERS {
                    err(
                        s.answers[MAX_ANSWERS].span().start,
                        t!(l, "wf-too-many-answers", id = q(&id), max = MAX_ANSWERS),
                    );
                }
                let answers = s
                    .answers
                    .iter()
                    .map(|a| {
                        let (a_at, a) = (a.span().start, a.get_ref());
                        let next = match &a.next {
                            Some(n) => target(n, &mut err),
                            None => {
                                err(a_at, t!(l, "wf-answer-no-target", answer = q(&a.answer)));
                                usize::MAX
                            }
                        };
                        Answer {
                            text: line(&a.answer),
                            next,
                        }
                    })
                    .collect();
                NodeKind::Question {
                    text: line(ask),
                    short: line(s.short.as_deref().unwrap_or(ask)),
                    answers,
                }
            }
            (None, Some(say)) => {
                if let Some(a) = s.answers.first() {
                    err(a.span().start, t!(l, "wf-instruction-answers", id = q(&id)));
                }
                let next = match &s.next {
                    Some(n) => target(n, &mut err),
                    None => {
                        err(at, t!(l, "wf-instruction-no-target", id = q(&id)));
                        usize::MAX
                    }
                };
                NodeKind::Instruction {
                    text: line(say),
                    // A sentence's full stop would end the note's item before its `;`.
                    short: line(s.short.as_deref().unwrap_or(say))
                        .trim_end_matches('.')
                        .to_string(),
                    next,
                }
            }
        };
        nodes.push(Node { id, kind });
    }
    for e in &raw.end {
        let e = e.get_ref();
        let id = e.id.get_ref().trim().to_string();
        if let (Some(c), Some(titles)) = (&e.canned, &known.canned)
            && !titles.iter().any(|t| t == c.get_ref().trim())
        {
            err(
                c.span().start,
                t!(l, "wf-unknown-canned", name = q(c.get_ref())),
            );
        }
        if let Some(v) = &known.vocabulary {
            if let Some(s) = &e.status
                && v.status(s.get_ref()).is_none()
            {
                err(s.span().start, {
                    let words = v.status_words();
                    t!(l, "wf-unknown-status", name = q(s.get_ref()), words = words)
                });
            }
            if let Some(p) = &e.priority
                && v.priority(p.get_ref()).is_none()
            {
                err(p.span().start, {
                    let words = v.priority_words();
                    t!(
                        l,
                        "wf-unknown-priority",
                        name = q(p.get_ref()),
                        words = words
                    )
                });
            }
        }
        if let (Some(g), Some(groups)) = (&e.group, &known.groups)
            && !groups
                .iter()
                .any(|x| x.eq_ignore_ascii_case(g.get_ref().trim()))
        {
            err(
                g.span().start,
                t!(l, "wf-unknown-group", name = q(g.get_ref())),
            );
        }
        if e.escalate && e.group.is_none() {
            err(
                e.id.span().start,
                t!(l, "wf-escalates-no-group", id = q(&id)),
            );
        }
        if e.canned.is_none() && e.reply.is_none() {
            err(e.id.span().start, t!(l, "wf-end-no-reply", id = q(&id)));
        }
        nodes.push(Node {
            id: id.clone(),
            kind: NodeKind::End(Outcome {
                name: line(e.outcome.as_deref().unwrap_or(&id)),
                canned: e.canned.as_ref().map(|c| c.get_ref().trim().to_string()),
                reply: e.reply.as_ref().map(|r| crate::sanitize::text(r.trim())),
                status: e.status.as_ref().map(|s| s.get_ref().trim().to_string()),
                priority: e.priority.as_ref().map(|p| p.get_ref().trim().to_string()),
                tags: e.tags.iter().map(|t| t.trim().to_string()).collect(),
                group: e.group.as_ref().map(|g| g.get_ref().trim().to_string()),
                escalate: e.escalate,
            }),
        });
    }
    for c in &raw.when.channels {
        if !CHANNELS.contains(&c.get_ref().trim().to_lowercase().as_str()) {
            err(c.span().start, {
                let channels = CHANNELS.join(", ");
                t!(
                    l,
                    "wf-unknown-channel",
                    name = q(c.get_ref()),
                    channels = channels
                )
            });
        }
    }
    let start = match &raw.start {
        Some(s) => target(s, &mut err),
        None => 0,
    };
    // The graph is only walked when every target exists.
    let complete = !nodes.is_empty()
        && start != usize::MAX
        && nodes.iter().all(|n| successors(n).all(|i| i != usize::MAX));
    if complete {
        graph_problems(l, &nodes, start, &spans, &mut err);
    }
    let failed = problems.iter().any(|p| !p.warning);
    let wf = (!failed).then(|| Workflow {
        name: name.to_string(),
        title: line(raw.title.get_ref()),
        language: raw.language.map(|l| line(&l)).filter(|l| !l.is_empty()),
        when: When {
            tags: raw.when.tags,
            keywords: raw.when.keywords,
            channels: raw
                .when
                .channels
                .into_iter()
                .map(|c| c.into_inner().trim().to_lowercase())
                .collect(),
        },
        start,
        nodes,
    });
    (wf, problems)
}

/// Text of a file from anywhere is shown on screen: sanitized like a helpdesk's (as canned/ files
/// are), one line.
fn line(s: &str) -> String {
    crate::sanitize::line(s.trim())
}

fn successors(n: &Node) -> Box<dyn Iterator<Item = usize> + '_> {
    match &n.kind {
        NodeKind::Question { answers, .. } => Box::new(answers.iter().map(|a| a.next)),
        NodeKind::Instruction { next, .. } => Box::new(std::iter::once(*next)),
        NodeKind::End(_) => Box::new(std::iter::empty()),
    }
}

/// Steps the start never leads to, and steps from which no end can be reached (a cycle with no
/// way out: the agent would go round it for ever).
fn graph_problems(
    l: crate::i18n::Lang,
    nodes: &[Node],
    start: usize,
    spans: &[usize],
    err: &mut dyn FnMut(usize, String),
) {
    let mut reached = vec![false; nodes.len()];
    let mut queue = VecDeque::from([start]);
    reached[start] = true;
    while let Some(i) = queue.pop_front() {
        for j in successors(&nodes[i]) {
            if !reached[j] {
                reached[j] = true;
                queue.push_back(j);
            }
        }
    }
    // Walking the edges backwards from the ends finds every step that can finish.
    let mut preds: Vec<Vec<usize>> = vec![vec![]; nodes.len()];
    for (i, n) in nodes.iter().enumerate() {
        for j in successors(n) {
            preds[j].push(i);
        }
    }
    let mut finishes = vec![false; nodes.len()];
    let mut queue: VecDeque<usize> = (0..nodes.len())
        .filter(|&i| matches!(nodes[i].kind, NodeKind::End(_)))
        .collect();
    for &i in &queue {
        finishes[i] = true;
    }
    while let Some(i) = queue.pop_front() {
        for &p in &preds[i] {
            if !finishes[p] {
                finishes[p] = true;
                queue.push_back(p);
            }
        }
    }
    let mut reported = HashSet::new();
    for (i, n) in nodes.iter().enumerate() {
        if !reached[i] {
            err(spans[i], {
                let id = format!("{:?}", n.id);
                t!(l, "wf-unreachable", id = id)
            });
        } else if !finishes[i] && !reported.contains(&i) {
            // Name the loop: follow the first way on until a step comes round again.
            let mut seen = vec![i];
            let mut at = i;
            while let Some(next) = successors(&nodes[at]).next() {
                if seen.contains(&next) {
                    seen.push(next);
                    break;
                }
                seen.push(next);
                at = next;
            }
            reported.extend(seen.iter().copied());
            let path: Vec<&str> = seen.iter().map(|&k| nodes[k].id.as_str()).collect();
            err(spans[i], {
                let (id, path) = (format!("{:?}", n.id), path.join(" → "));
                t!(l, "wf-cycle", id = id, path = path)
            });
        }
    }
}
