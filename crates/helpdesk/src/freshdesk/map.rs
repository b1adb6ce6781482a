//! Freshdesk's shapes mapped to tix's model: tickets with their names, SLA targets, tiers, text and
//! placeholders.

use super::*;

/// An attachment as the conversation lists it; one without a name is left out.
pub(super) fn attachment_of(a: &wire::Attachment) -> Option<Attachment> {
    Some(Attachment {
        name: a.name.clone()?,
        size: a.size.or(a.file_size),
        content_type: a.content_type.clone(),
        source: a.attachment_url.clone().unwrap_or_default(),
    })
}

impl Freshdesk {
    pub(super) fn party(&self, id: u64, dir: &Directory) -> PartyRef {
        if let Some(a) = dir.agents.get(&id) {
            return PartyRef {
                id: a.id.clone(),
                name: Str::interned(&a.name),
                email: Str::interned_opt(a.email.as_deref()),
            };
        }
        let p = self.contact(id).unwrap_or_default();
        PartyRef {
            id: Id::interned(&id.to_string()),
            name: Str::interned(&p.name.unwrap_or_else(|| format!("contact {id}"))),
            email: Str::interned_opt(p.email.as_deref()),
        }
    }

    /// A wire ticket in tix's terms, with names from what the answer embedded, the directory and
    /// the caches.
    pub(super) fn map_ticket(&self, t: wire::Ticket, dir: &Directory) -> Ticket {
        if let Some(r) = &t.requester {
            self.remember_contact(
                r.id,
                Person {
                    name: nonempty(r.name.as_deref()),
                    email: nonempty(r.email.as_deref()),
                    ..Person::default()
                },
            );
        }
        if let Some(c) = &t.company
            && let Some(name) = nonempty(c.name.as_deref())
        {
            self.remember_company(c.id, name);
        }
        let requester_person = t.requester_id.and_then(|id| self.contact(id));
        let requester = t.requester_id.map(|id| {
            let p = requester_person.clone().unwrap_or_default();
            PartyRef {
                id: Id::interned(&id.to_string()),
                name: Str::interned(&p.name.unwrap_or_else(|| format!("contact {id}"))),
                email: Str::interned_opt(p.email.as_deref()),
            }
        });
        let status = status_of(t.status.unwrap_or(0), dir);
        let sla = sla_of(&t, status.category);
        let created_at = t.created_at.unwrap_or(crate::UNKNOWN_TIME);
        let company_id = t
            .company_id
            .or_else(|| requester_person.as_ref().and_then(|p| p.company_id));
        Ticket {
            id: Id::from(t.id),
            subject: Str::from(t.subject.unwrap_or_default()),
            priority: t.priority.map(priority_of),
            channel: t.source.map_or(Channel::Email, channel_of),
            requester_tier: requester_person.and_then(|p| p.tier),
            requester,
            assignee: t.responder_id.map(|a| self.party(a, dir)),
            group: t
                .group_id
                .and_then(|g| dir.group(g))
                .map(|g| Str::interned(&g)),
            organization: company_id
                .and_then(|c| self.company(c))
                .map(|o| Str::interned(&o)),
            tags: t.tags.iter().map(|tag| Str::interned(tag)).collect(),
            created_at,
            updated_at: t.updated_at.unwrap_or(created_at),
            status,
            sla,
            satisfaction: None,
        }
    }

    pub(super) async fn map_tickets(&self, tickets: Vec<wire::Ticket>) -> Vec<Ticket> {
        self.look_up_requesters(&tickets).await;
        let dir = self.directory().await;
        tickets
            .into_iter()
            .map(|t| self.map_ticket(t, &dir))
            .collect()
    }
}

pub(super) fn sla_of(t: &wire::Ticket, category: StatusCategory) -> Vec<SlaTarget> {
    let done = matches!(category, StatusCategory::Solved | StatusCategory::Closed);
    let state = if done {
        SlaState::Achieved
    } else if category == StatusCategory::Pending {
        SlaState::Paused
    } else {
        SlaState::Active
    };
    let mut out = Vec::new();
    if let (Some(due), Some(stats)) = (t.fr_due_by, t.stats.as_ref()) {
        out.push(SlaTarget {
            metric: SlaMetric::FirstResponse,
            due_at: Some(due),
            state: if stats.first_responded_at.is_some() || done {
                SlaState::Achieved
            } else {
                SlaState::Active
            },
        });
    }
    if let Some(due) = t.nr_due_by {
        out.push(SlaTarget {
            metric: SlaMetric::NextResponse,
            due_at: Some(due),
            state,
        });
    }
    if let Some(due) = t.due_by {
        out.push(SlaTarget {
            metric: SlaMetric::Resolution,
            due_at: Some(due),
            state,
        });
    }
    out
}

/// A contact's tier: the custom field `tier` (or `cf_tier`), else a tag; `None` when neither says.
pub(super) fn tier_of(
    custom_fields: &serde_json::Map<String, serde_json::Value>,
    tags: &[String],
) -> Option<Tier> {
    let word = |s: &str| match s.trim().to_ascii_lowercase().as_str() {
        "vip" => Some(Tier::Vip),
        "loyal" => Some(Tier::Loyal),
        "new" => Some(Tier::New),
        "standard" => Some(Tier::Standard),
        _ => None,
    };
    let field = custom_fields
        .iter()
        .find(|(k, _)| {
            let k = k.to_ascii_lowercase();
            k == "tier" || k == "cf_tier"
        })
        .and_then(|(_, v)| v.as_str())
        .and_then(word);
    field.or_else(|| {
        [Tier::Vip, Tier::Loyal, Tier::New]
            .into_iter()
            .find(|tier| tags.iter().any(|t| word(t) == Some(*tier)))
    })
}

/// "good" / "bad" from a rating's `default_question` (new surveys: 101..103 happy, -101..-103
/// unhappy, 100 neutral; classic: 1 happy, 2 neutral, 3 unhappy).
pub(super) fn score_of(
    ratings: &serde_json::Map<String, serde_json::Value>,
) -> Option<&'static str> {
    match ratings.get("default_question")?.as_i64()? {
        101..=103 | 1 => Some("good"),
        -103..=-101 | 3 => Some("bad"),
        _ => None,
    }
}

pub(super) fn agent_of(a: wire::AgentRecord) -> Agent {
    Agent {
        id: Id::from(a.id),
        name: nonempty(a.contact.name.as_deref()).unwrap_or_else(|| format!("agent {}", a.id)),
        email: nonempty(a.contact.email.as_deref()),
    }
}

/// Plain text as the HTML Freshdesk's `body` and `description` take.
pub fn text_to_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A body as plain text: the `*_text` twin when Freshdesk sent one, else the HTML rendered.
pub(super) fn plain(text: Option<&str>, html: Option<&str>) -> String {
    match (text.map(str::trim_end), html) {
        (Some(t), _) if !t.trim().is_empty() => t.to_string(),
        (_, Some(h)) => crate::html::to_text(h),
        _ => String::new(),
    }
}

/// Freshdesk placeholders that tix fills under another name.
pub(super) const PLACEHOLDERS: &[(&str, &str)] = &[
    ("ticket.requester.firstname", "ticket.requester.first_name"),
    ("ticket.requester.first_name", "ticket.requester.first_name"),
    ("ticket.requester.name", "ticket.requester.name"),
    ("ticket.requester.email", "ticket.requester.email"),
    ("ticket.id", "ticket.id"),
    ("ticket.subject", "ticket.subject"),
    ("ticket.status", "ticket.status"),
    // The ticket's agent: the agent sending the response, in practice.
    ("ticket.agent.name", "current_user.name"),
    ("ticket.agent.firstname", "current_user.first_name"),
    ("ticket.agent.email", "current_user.email"),
];

/// `{{ticket.requester.firstname}}` → `{{ticket.requester.first_name}}` and the like; unknown
/// placeholders stay as written (tix leaves them for the agent to fill).
pub fn translate_placeholders(body: &str) -> String {
    crate::placeholders::rewrite_placeholders(body, "{{", "}}", |name| {
        PLACEHOLDERS
            .iter()
            .find(|(fd, _)| *fd == name)
            .map(|(_, tix)| format!("{{{{{tix}}}}}"))
    })
}
