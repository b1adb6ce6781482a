//! Zammad's shapes mapped to tix's model: tickets with their names, SLA targets, people, text and
//! attachments.

use super::*;

impl Zammad {
    pub(super) fn map_ticket(&self, t: wire::Ticket, dir: &Directory) -> Ticket {
        let state_name = t
            .state
            .clone()
            .or_else(|| {
                t.state_id
                    .and_then(|s| dir.state(s))
                    .map(|(n, _)| n.clone())
            })
            .unwrap_or_else(|| format!("state {}", t.state_id.unwrap_or(0)));
        let state_type = t
            .state_id
            .and_then(|s| dir.state(s))
            .and_then(|(_, k)| k.clone())
            .or_else(|| dir.state_type_of_name(&state_name).map(str::to_string));
        let status = status_of(&state_name, state_type.as_deref());
        let priority = t
            .priority
            .clone()
            .or_else(|| {
                t.priority_id
                    .and_then(|p| dir.priority(p))
                    .map(str::to_string)
            })
            .map(|p| priority_of(&p));
        let channel = t
            .create_article_type
            .clone()
            .or_else(|| {
                t.create_article_type_id
                    .and_then(default_article_type)
                    .map(str::to_string)
            })
            .map_or(Channel::Other("unknown".into()), |k| {
                channel_of(&k).unwrap_or(Channel::Other(k))
            });
        let customer = t.customer_id.and_then(|c| self.cached_user(c));
        let requester = match (t.customer_id, &customer) {
            (_, Some(u)) => Some(party_of(u)),
            (Some(c), None) => Some(PartyRef {
                id: Id::interned(&c.to_string()),
                name: Str::interned(&t.customer.clone().unwrap_or_else(|| format!("user {c}"))),
                email: Str::interned_opt(t.customer.as_deref().filter(|l| l.contains('@'))),
            }),
            (None, None) => None,
        };
        let organization_id = t
            .organization_id
            .or_else(|| customer.as_ref().and_then(|u| u.organization_id));
        let org = organization_id.and_then(|o| self.cached_organization(o));
        let requester_tier = customer.as_ref().map(|u| tier_of(u, org.as_ref()));
        let assignee = match t.owner_id {
            Some(NOBODY) | None => None,
            Some(o) => Some(match self.cached_user(o) {
                Some(u) => party_of(&u),
                None => PartyRef {
                    id: Id::interned(&o.to_string()),
                    name: Str::interned(&t.owner.clone().unwrap_or_else(|| format!("user {o}"))),
                    email: Str::interned_opt(t.owner.as_deref().filter(|l| l.contains('@'))),
                },
            }),
        };
        let group = t
            .group
            .clone()
            .or_else(|| {
                let id = t.group_id?;
                self.groups.lock().ok()?.get(&id).cloned()
            })
            .map(|g| Str::interned(&g));
        let organization = t
            .organization
            .clone()
            .or_else(|| org.and_then(|o| o.name))
            .map(|o| Str::interned(&o));
        let sla = sla_of(&t, status.category);
        let created_at = t.created_at.unwrap_or(crate::UNKNOWN_TIME);
        Ticket {
            id: Id::from(t.id),
            subject: Str::from(t.title.unwrap_or_default()),
            status,
            priority,
            channel,
            requester,
            requester_tier,
            assignee,
            group,
            organization,
            tags: vec![],
            created_at,
            updated_at: t.updated_at.unwrap_or(created_at),
            sla,
            // Zammad has no satisfaction ratings.
            satisfaction: None,
        }
    }
}

pub(super) fn sla_of(t: &wire::Ticket, category: StatusCategory) -> Vec<SlaTarget> {
    let state = match category {
        StatusCategory::Solved | StatusCategory::Closed => SlaState::Achieved,
        StatusCategory::Pending | StatusCategory::OnHold => SlaState::Paused,
        _ => SlaState::Active,
    };
    let mut out = Vec::new();
    if let Some(due) = t.first_response_escalation_at {
        out.push(SlaTarget {
            metric: SlaMetric::FirstResponse,
            due_at: Some(due),
            state: if t.first_response_at.is_some() {
                SlaState::Achieved
            } else {
                state
            },
        });
    }
    for (due, metric) in [
        (t.update_escalation_at, SlaMetric::NextResponse),
        (t.close_escalation_at, SlaMetric::Resolution),
    ] {
        if let Some(due) = due {
            out.push(SlaTarget {
                metric,
                due_at: Some(due),
                state,
            });
        }
    }
    out
}

pub(super) fn full_name(u: &wire::User) -> Option<String> {
    let name = format!(
        "{} {}",
        u.firstname.as_deref().unwrap_or("").trim(),
        u.lastname.as_deref().unwrap_or("").trim()
    );
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_string())
}

pub(super) fn party_of(u: &wire::User) -> PartyRef {
    let name = full_name(u)
        .or_else(|| u.email.clone())
        .or_else(|| u.login.clone())
        .unwrap_or_else(|| format!("user {}", u.id));
    PartyRef {
        id: Id::interned(&u.id.to_string()),
        name: Str::interned(&name),
        email: Str::interned_opt(u.email.as_deref()),
    }
}

pub(super) fn agent_of(u: &wire::User) -> Agent {
    let p = party_of(u);
    Agent {
        id: p.id,
        name: p.name.to_string(),
        email: p.email.map(|s| s.to_string()),
    }
}

pub(super) fn tier_of(u: &wire::User, org: Option<&wire::Organization>) -> Tier {
    if u.vip || org.is_some_and(|o| o.vip) {
        Tier::Vip
    } else {
        Tier::Standard
    }
}

/// "Emma Taylor via <order@chrispresso.com>" → ("Emma Taylor", Some("order@chrispresso.com")).
pub(super) fn parse_from(from: &str) -> (String, Option<String>) {
    let from = from.trim();
    match (from.rfind('<'), from.rfind('>')) {
        (Some(l), Some(r)) if l < r => {
            let email = from[l + 1..r].trim().to_string();
            let name = from[..l].trim().trim_matches('"').trim();
            let name = name.strip_suffix(" via").unwrap_or(name).trim();
            let name = if name.is_empty() {
                email.clone()
            } else {
                name.to_string()
            };
            (name, (!email.is_empty()).then_some(email))
        }
        _ if from.contains('@') => (from.to_string(), Some(from.to_string())),
        _ => (from.to_string(), None),
    }
}

/// Zammad variables that tix fills under another name; pairs first, so that "first last" becomes
/// one full name.
pub(super) const PAIRS: &[(&str, &str)] = &[
    (
        "#{ticket.customer.firstname} #{ticket.customer.lastname}",
        "{{ticket.requester.name}}",
    ),
    (
        "#{user.firstname} #{user.lastname}",
        "{{current_user.name}}",
    ),
    (
        "#{ticket.owner.firstname} #{ticket.owner.lastname}",
        "{{current_user.name}}",
    ),
];
pub(super) const VARIABLES: &[(&str, &str)] = &[
    ("ticket.customer.firstname", "ticket.requester.first_name"),
    ("ticket.customer.fullname", "ticket.requester.name"),
    ("ticket.customer.email", "ticket.requester.email"),
    ("ticket.id", "ticket.id"),
    ("ticket.title", "ticket.title"),
    ("ticket.state.name", "ticket.status"),
    ("user.firstname", "current_user.first_name"),
    ("user.fullname", "current_user.name"),
    ("user.email", "current_user.email"),
    // The ticket's owner: the agent answering, in practice.
    ("ticket.owner.firstname", "current_user.first_name"),
    ("ticket.owner.fullname", "current_user.name"),
    ("ticket.owner.email", "current_user.email"),
];

/// `#{ticket.customer.firstname}` → `{{ticket.requester.first_name}}` and the like. Variables
/// tix cannot fill (`#{ticket.number}`, `#{config.fqdn}`, lone last names) stay as written for
/// the agent to see and fill.
pub fn translate_placeholders(body: &str) -> String {
    let mut text = body.to_string();
    for (from, to) in PAIRS {
        text = text.replace(from, to);
    }
    crate::placeholders::rewrite_placeholders(&text, "#{", "}", |name| {
        VARIABLES
            .iter()
            .find(|(z, _)| *z == name)
            .map(|(_, tix)| format!("{{{{{tix}}}}}"))
    })
}

pub(super) fn body_text(a: &wire::Article) -> String {
    let body = a.body.as_deref().unwrap_or("");
    if a.content_type
        .as_deref()
        .is_some_and(|c| c.to_ascii_lowercase().contains("html"))
    {
        crate::html::to_text(body)
    } else {
        body.trim_end().to_string()
    }
}

/// An article's file; its bytes are at `ticket_attachment/{ticket}/{article}/{id}`.
pub(super) fn attachment_of(
    ticket: u64,
    article: u64,
    f: &wire::ArticleAttachment,
) -> Option<Attachment> {
    let content_type = ["Content-Type", "Mime-Type"]
        .iter()
        .find_map(|k| f.preferences.get(*k).and_then(Value::as_str))
        .map(str::to_string);
    Some(Attachment {
        name: f.filename.clone()?,
        size: f.size,
        content_type,
        source: format!("ticket_attachment/{ticket}/{article}/{}", f.id?),
    })
}

pub(super) fn is_inline(a: &wire::ArticleAttachment) -> bool {
    a.preferences
        .get("Content-Disposition")
        .and_then(Value::as_str)
        .is_some_and(|d| d.eq_ignore_ascii_case("inline"))
}
