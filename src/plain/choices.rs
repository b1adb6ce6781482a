//! Plain mode's choices: a numbered question (status, priority, assignee, canned response, view)
//! asked, and the answer turned into the change it names.

use super::choice::{Answer, Choice};
use super::{Asking, Plain, Then, Wait, words};
use crate::app::model::PickKind;
use crate::app::msg::Msg;
use crate::app::plain::Command as Op;
use crate::helpdesk::Id;

impl Plain {
    pub(super) fn chosen(&mut self, answer: Answer, then: Then) {
        let picked = match answer {
            Answer::Picked(i) => Some(i),
            _ => None,
        };
        match then {
            Then::Send(kind) => match picked {
                Some(0) | None => self.apply(Msg::Plain(Op::Send)),
                Some(1) => {
                    let named = self
                        .model
                        .composer
                        .as_ref()
                        .map(|c| self.model.ticket_named(&c.ticket))
                        .unwrap_or_default();
                    self.say(words::compose_start(self.model.lang, kind.name(), &named));
                    self.asking = Asking::Lines { kind };
                }
                Some(2) => self.apply(Msg::Plain(Op::KeepDraft)),
                Some(_) => self.apply(Msg::Plain(Op::Discard)),
            },
            Then::Field {
                ticket,
                kind,
                values,
            } => match picked.and_then(|i| values.get(i).cloned()) {
                Some((value, label)) => self.apply(Msg::Plain(Op::Set {
                    ticket,
                    kind,
                    value,
                    label,
                })),
                None => {
                    let named = self.model.ticket_named(&ticket);
                    self.say(words::unchanged(self.model.lang, field_word(kind), &named));
                }
            },
            Then::View(ids) => {
                if let Some(id) = picked.and_then(|i| ids.get(i).cloned()) {
                    self.wait = Some(Wait::List);
                    self.apply(Msg::Plain(Op::View(id)));
                }
            }
            Then::Canned(ids) => {
                if let Some(id) = picked.and_then(|i| ids.get(i).cloned()) {
                    self.canned_chosen(id);
                }
            }
        }
    }

    /// `status`, `priority`: the word given, or a numbered choice of the helpdesk's own.
    pub(super) fn field(&mut self, kind: PickKind, arg: Option<String>) {
        let Some((ticket, named)) = self.current() else {
            return;
        };
        let v = &self.model.vocabulary;
        let t = self.model.current();
        let (values, now, question): (Vec<(String, String)>, String, String) = match kind {
            PickKind::Status => (
                v.statuses
                    .iter()
                    .map(|s| (s.raw.to_string(), s.label.to_string()))
                    .collect(),
                t.map(|t| t.status.label.to_string()).unwrap_or_default(),
                words::status_question(self.model.lang, &named),
            ),
            _ => (
                v.priorities
                    .iter()
                    .map(|p| (p.raw.to_string(), p.label.to_string()))
                    .collect(),
                t.and_then(|t| t.priority.as_ref())
                    .map_or_else(|| words::none_yet(self.model.lang), |p| p.label.to_string()),
                words::priority_question(self.model.lang, &named),
            ),
        };
        if values.is_empty() {
            return self.say(words::not_known_yet(self.model.lang, field_word(kind)));
        }
        if let Some(w) = arg {
            let found = match kind {
                PickKind::Status => v
                    .status(&w)
                    .map(|s| (s.raw.to_string(), s.label.to_string())),
                _ => v
                    .priority(&w)
                    .map(|p| (p.raw.to_string(), p.label.to_string())),
            };
            let valid = match kind {
                PickKind::Status => v.status_words(),
                _ => v.priority_words(),
            };
            return match found {
                Some((value, label)) => self.apply(Msg::Plain(Op::Set {
                    ticket,
                    kind,
                    value: value.to_string(),
                    label: label.to_string(),
                })),
                None => self.say(words::no_word(
                    self.model.lang,
                    field_word(kind),
                    &w,
                    &valid,
                )),
            };
        }
        self.ask(
            question,
            values.iter().map(|(_, l)| l.clone()).collect(),
            words::keep(self.model.lang, &now),
            Then::Field {
                ticket,
                kind,
                values,
            },
        );
    }

    pub(super) fn ask(
        &mut self,
        question: String,
        options: Vec<String>,
        default_words: String,
        then: Then,
    ) {
        let choice = Choice {
            question,
            options,
            default_words,
            default: None,
        };
        self.say(choice.line(self.model.lang));
        self.asking = Asking::Choose { choice, then };
    }

    /// `assign`: to me, or to one of the helpdesk's agents, by name or by a numbered choice.
    pub(super) fn assign(&mut self, arg: Option<String>) {
        let Some((ticket, named)) = self.current() else {
            return;
        };
        let m = &self.model;
        let mut values: Vec<(String, String)> = vec![];
        if let Some(me) = &m.me {
            values.push((me.id.to_string(), words::me(self.model.lang)));
        }
        for a in &m.agents {
            if m.me.as_ref().is_none_or(|me| me.id != a.id) {
                values.push((a.id.to_string(), a.name.clone()));
            }
        }
        if values.is_empty() {
            return self.say(words::not_known_yet(self.model.lang, "agent"));
        }
        let now = m.current().and_then(|t| t.assignee.as_ref()).map_or_else(
            || words::unassigned(self.model.lang),
            |a| a.name.to_string(),
        );
        if let Some(w) = arg {
            let lower = w.trim().to_lowercase();
            return match values.iter().find(|(_, l)| l.to_lowercase() == lower) {
                Some((value, label)) => {
                    let (value, label) = (value.clone(), label.clone());
                    self.apply(Msg::Plain(Op::Set {
                        ticket,
                        kind: PickKind::Assignee,
                        value,
                        label,
                    }))
                }
                None => {
                    let valid: Vec<&str> = values.iter().map(|(_, l)| l.as_str()).collect();
                    self.say(words::no_word(
                        self.model.lang,
                        "agent",
                        &w,
                        &valid.join(", "),
                    ))
                }
            };
        }
        self.ask(
            words::assign_question(self.model.lang, &named),
            values.iter().map(|(_, l)| l.clone()).collect(),
            words::keep(self.model.lang, &now),
            Then::Field {
                ticket,
                kind: PickKind::Assignee,
                values,
            },
        );
    }

    /// `canned`: a canned response's text into the reply, then the same send question.
    pub(super) fn canned(&mut self, arg: Option<String>) {
        let Some((_, named)) = self.current() else {
            return;
        };
        let m = &self.model;
        let mut all: Vec<&crate::helpdesk::CannedResponse> = m
            .canned
            .list
            .ready()
            .map(|l| l.iter().collect())
            .unwrap_or_default();
        // Those in the requester's language first, as in the panels.
        if let Some(t) = m.current() {
            all.sort_by_key(|c| !m.in_requesters_language(t, c.language.as_deref()));
        }
        let list: Vec<(Id, String)> = all
            .iter()
            .map(|c| (c.id.clone(), c.title.clone()))
            .collect();
        if list.is_empty() {
            return self.say(words::no_canned(self.model.lang));
        }
        if let Some(w) = arg {
            let found = by_number_or_name(&list, &w);
            return match found {
                Some((id, _)) => self.canned_chosen(id.clone()),
                None => self.say(words::no_word(
                    self.model.lang,
                    "canned",
                    &w,
                    &words::by_number(self.model.lang),
                )),
            };
        }
        let (ids, titles) = list.into_iter().unzip();
        self.ask(
            words::canned_question(self.model.lang, &named),
            titles,
            words::canned_default(self.model.lang),
            Then::Canned(ids),
        );
    }

    pub(super) fn canned_chosen(&mut self, id: Id) {
        self.apply(Msg::Plain(Op::Canned(id)));
        let Some(c) = &self.model.composer else {
            return;
        };
        let (kind, text) = (c.kind, c.text());
        let named = self.model.ticket_named(&c.ticket);
        self.say(words::draft_reads(self.model.lang, kind.name(), &named));
        self.page(text.lines().map(str::to_string).collect());
        self.end_lines(kind);
    }

    /// `view`: the views, numbered; a number or a name after it switches at once.
    pub(super) fn view(&mut self, arg: Option<String>) {
        let views: Vec<(Id, String)> = self
            .model
            .queue
            .views
            .iter()
            .map(|v| (v.id.clone(), v.name.clone()))
            .collect();
        if views.is_empty() {
            return self.say(words::no_views(self.model.lang));
        }
        if let Some(w) = arg {
            let found = by_number_or_name(&views, &w);
            return match found {
                Some((id, _)) => {
                    self.wait = Some(Wait::List);
                    self.apply(Msg::Plain(Op::View(id.clone())));
                }
                None => self.say(words::no_word(
                    self.model.lang,
                    "view",
                    &w,
                    &words::by_number(self.model.lang),
                )),
            };
        }
        let now = self.view_name();
        let (ids, names) = views.into_iter().unzip();
        self.ask(
            words::view_question(self.model.lang),
            names,
            words::keep(self.model.lang, &now),
            Then::View(ids),
        );
    }
}

fn field_word(kind: PickKind) -> &'static str {
    match kind {
        PickKind::Status => "status",
        PickKind::Priority => "priority",
        _ => "assignee",
    }
}

/// A choice typed after its command: its number in the list (from 1), else its name, any case.
fn by_number_or_name<'a>(list: &'a [(Id, String)], typed: &str) -> Option<&'a (Id, String)> {
    let typed = typed.trim();
    let by_number = typed
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| list.get(i));
    let lower = typed.to_lowercase();
    by_number.or_else(|| list.iter().find(|(_, name)| name.to_lowercase() == lower))
}
