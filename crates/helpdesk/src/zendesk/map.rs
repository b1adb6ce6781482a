//! Zendesk's shapes mapped to tix's model: tickets named from their sideloads, SLA metrics, tiers,
//! attachments, agents, macros.

use super::*;

pub(super) fn metric_of(m: &str) -> SlaMetric {
    match m {
        "first_reply_time" => SlaMetric::FirstResponse,
        "next_reply_time" => SlaMetric::NextResponse,
        "requester_wait_time" | "agent_work_time" | "total_resolution_time" => {
            SlaMetric::Resolution
        }
        other => SlaMetric::Other(other.to_string()),
    }
}

pub(super) fn tier_of(tags: &[String]) -> Tier {
    let has = |t: &str| tags.iter().any(|x| x.eq_ignore_ascii_case(t));
    if has("vip") {
        Tier::Vip
    } else if has("loyal") {
        Tier::Loyal
    } else if has("new") {
        Tier::New
    } else {
        Tier::Standard
    }
}

/// Users read earlier in the session (sideloads, the agents, customers), so that an answer read
/// without the users sideload (a write's read-back, a customer's tickets: 150 to 300 bytes each
/// over a poor link) is still named, and their organizations, so that a customer sideloaded with
/// a view is not read again when their panel opens. Re-read users replace what was known of them.
/// Bounded: past `KNOWN_USERS` the end-users are forgotten all at once (then sideloads are asked
/// again where needed); the agents, whom most answers name, are kept.
#[derive(Default)]
pub(super) struct KnownUsers {
    users: HashMap<u64, wire::User>,
    organizations: HashMap<u64, wire::Organization>,
    /// Group names (an account has tens of groups, not thousands: all are kept).
    groups: HashMap<u64, Str>,
}

const KNOWN_USERS: usize = 10_000;

impl KnownUsers {
    pub(super) fn learn<'a>(&mut self, users: impl IntoIterator<Item = &'a wire::User>) {
        for u in users {
            if self.users.len() >= KNOWN_USERS && !self.users.contains_key(&u.id) {
                self.users
                    .retain(|_, u| matches!(u.role.as_str(), "agent" | "admin"));
                if self.users.len() >= KNOWN_USERS {
                    self.users.clear();
                }
            }
            self.users.insert(u.id, u.clone());
        }
    }

    pub(super) fn learn_organizations<'a>(
        &mut self,
        organizations: impl IntoIterator<Item = &'a wire::Organization>,
    ) {
        for o in organizations {
            if self.organizations.len() >= KNOWN_USERS && !self.organizations.contains_key(&o.id) {
                self.organizations.clear();
            }
            self.organizations.insert(o.id, o.clone());
        }
    }

    pub(super) fn learn_groups<'a>(&mut self, groups: impl IntoIterator<Item = &'a wire::Group>) {
        for g in groups {
            self.groups.insert(g.id, Str::interned(&g.name));
        }
    }

    /// A group's name read earlier in the session.
    pub(super) fn group(&self, id: u64) -> Option<Str> {
        self.groups.get(&id).cloned()
    }

    /// An organization read earlier in the session.
    pub(super) fn organization(&self, id: u64) -> Option<wire::Organization> {
        self.organizations.get(&id).cloned()
    }

    /// The user with their organization as `users/{id}.json?include=organizations` gives them,
    /// when both are known (a user without one needs none).
    pub(super) fn customer(&self, id: u64) -> Option<wire::UserEnvelope> {
        let user = self.users.get(&id)?;
        let organizations = match user.organization_id {
            Some(o) => vec![self.organizations.get(&o)?.clone()],
            None => vec![],
        };
        Some(wire::UserEnvelope {
            user: user.clone(),
            organizations,
        })
    }

    pub(super) fn is_empty(&self) -> bool {
        self.users.is_empty()
    }

    pub(super) fn knows(&self, id: u64) -> bool {
        self.users.contains_key(&id)
    }

    /// Gives `names` the known users among `ids` it lacks; the ids neither knows.
    pub(super) fn name(&self, names: &mut Names, ids: impl IntoIterator<Item = u64>) -> Vec<u64> {
        let mut unknown = vec![];
        for id in ids {
            if names.users.contains_key(&id) {
                continue;
            }
            match self.users.get(&id) {
                Some(u) => {
                    names.users.insert(id, u.clone());
                }
                None if !unknown.contains(&id) => unknown.push(id),
                None => {}
            }
        }
        unknown
    }
}

/// The people a ticket names: its requester and assignee.
pub(super) fn people_of(t: &wire::Ticket) -> impl Iterator<Item = u64> {
    std::iter::once(t.requester_id).chain(t.assignee_id)
}

/// Sideloaded users, groups and organizations, to turn ids into names.
#[derive(Default)]
pub(super) struct Names {
    pub(super) custom: std::sync::Arc<CustomStatuses>,
    pub(super) users: HashMap<u64, wire::User>,
    pub(super) groups: HashMap<u64, Str>,
    pub(super) orgs: HashMap<u64, Str>,
}

impl Names {
    pub(super) fn from_sideloads(
        users: impl IntoIterator<Item = wire::User>,
        groups: impl IntoIterator<Item = wire::Group>,
        orgs: impl IntoIterator<Item = wire::Organization>,
    ) -> Self {
        Names {
            custom: std::sync::Arc::default(),
            users: users.into_iter().map(|u| (u.id, u)).collect(),
            groups: groups
                .into_iter()
                .map(|g| (g.id, Str::interned(&g.name)))
                .collect(),
            orgs: orgs
                .into_iter()
                .map(|o| (o.id, Str::interned(&o.name)))
                .collect(),
        }
    }

    /// With the account's custom statuses, to name tickets' statuses.
    pub(super) fn with(self, custom: std::sync::Arc<CustomStatuses>) -> Self {
        Names { custom, ..self }
    }

    pub(super) fn party(&self, id: u64) -> PartyRef {
        match self.users.get(&id) {
            Some(u) => PartyRef {
                id: Id::interned(&id.to_string()),
                name: Str::interned(&u.name),
                email: Str::interned_opt(u.email.as_deref()),
            },
            None => PartyRef {
                id: Id::interned(&id.to_string()),
                name: Str::interned(&format!("user {id}")),
                email: None,
            },
        }
    }

    pub(super) fn ticket(&self, t: wire::Ticket) -> Ticket {
        let status = ticket_status(&t, &self.custom);
        Ticket {
            id: Id::from(t.id),
            subject: Str::from(t.subject),
            status,
            priority: t.priority.as_deref().map(priority_of),
            channel: channel_of(&t.via.channel),
            requester: Some(self.party(t.requester_id)),
            requester_tier: self.users.get(&t.requester_id).map(|u| tier_of(&u.tags)),
            assignee: t.assignee_id.map(|a| self.party(a)),
            group: t.group_id.and_then(|g| self.groups.get(&g).cloned()),
            organization: t.organization_id.and_then(|o| self.orgs.get(&o).cloned()),
            tags: t.tags.iter().map(|tag| Str::interned(tag)).collect(),
            created_at: t.created_at,
            updated_at: t.updated_at,
            sla: t
                .slas
                .map(|s| {
                    s.policy_metrics
                        .into_iter()
                        .map(|m| SlaTarget {
                            metric: metric_of(&m.metric),
                            due_at: m.breach_at,
                            state: match m.stage.as_str() {
                                "paused" => SlaState::Paused,
                                "achieved" => SlaState::Achieved,
                                _ => SlaState::Active,
                            },
                        })
                        .collect()
                })
                .unwrap_or_default(),
            // "offered"/"unoffered" are not ratings: only good and bad are kept.
            satisfaction: t
                .satisfaction_rating
                .map(|r| r.score)
                .filter(|s| s == "good" || s == "bad")
                .map(|s| Str::interned(&s)),
        }
    }

    /// A page's tickets with names from its sideloads. A ticket that could not be read is left
    /// out and counted in `skipped`; a sideloaded user, group or organization that could not be
    /// read only costs its name ("user 12").
    pub(super) fn tickets(
        page: wire::TicketsPage,
        custom: std::sync::Arc<CustomStatuses>,
    ) -> Page<Ticket> {
        let names = Names::from_sideloads(page.users, page.groups, page.organizations).with(custom);
        let next = if page.meta.has_more {
            page.meta.after_cursor
        } else {
            None
        };
        Page {
            skipped: page.tickets.skipped,
            items: page.tickets.into_iter().map(|t| names.ticket(t)).collect(),
            next,
            // Cursor pages carry no `count` (only offset pages do): the view's count is asked.
            total: None,
        }
    }
}

/// A comment as a message of the conversation, by `author`.
pub(super) fn message_of(c: wire::Comment, author: PartyRef) -> Message {
    Message {
        id: Id::from(c.id),
        author: Some(author),
        visibility: if c.public {
            Visibility::Public
        } else {
            Visibility::Internal
        },
        channel: c.via.map(|v| channel_of(&v.channel)),
        created_at: c.created_at,
        stored_digest: Some(text_digest(&c.body)),
        body: c.body,
        attachments: c.attachments.into_iter().map(attachment_of).collect(),
    }
}

pub(super) fn attachment_of(a: wire::Attachment) -> Attachment {
    Attachment {
        name: a.file_name,
        size: Some(a.size),
        content_type: a.content_type,
        source: a.content_url.unwrap_or_default(),
    }
}

pub(super) fn agent_of(u: wire::User) -> Agent {
    Agent {
        id: Id::from(u.id),
        name: u.name,
        email: u.email,
    }
}

/// A macro's reply text and the status it sets, from its action list. Macros are action canned
/// responses: the workspace previews them with the apply endpoint and writes what that returns.
pub(super) fn canned_of(m: wire::Macro) -> Option<CannedResponse> {
    let mut body = None;
    let mut sets_status = None;
    for a in &m.actions {
        match (a.field.as_str(), a.value.as_str()) {
            ("comment_value" | "comment_value_html", Some(v)) => body = Some(v.to_string()),
            ("status", Some(v)) => sets_status = Some(v.to_string()),
            _ => {}
        }
    }
    let (folder, title) = match m.title.rsplit_once("::") {
        Some((f, t)) => (Some(f.trim().to_string()), t.trim().to_string()),
        None => (None, m.title.clone()),
    };
    Some(CannedResponse {
        id: Id::from(m.id),
        title,
        folder,
        // A macro without a comment only sets fields: still worth listing, as it is applied whole.
        body: body.unwrap_or_default(),
        syntax: PlaceholderSyntax::DoubleBrace,
        language: None,
        sets_status,
        kind: CannedKind::Action,
    })
}
