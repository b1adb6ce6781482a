//! RT's shapes mapped to tix's model: cursors, TicketSQL, people and tickets.

use super::*;

/// `segment.page.size`, and `.rest` where the view's tickets after its first segment are
/// counted (how many of them the pages from here still hold), as `view_page` writes it.
pub(super) fn parse_cursor(c: &str) -> Option<(usize, u64, u64, Option<u64>)> {
    let mut parts = c.trim().split('.');
    let cursor = (
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        match parts.next() {
            Some(rest) => Some(rest.parse().ok()?),
            None => None,
        },
    );
    parts.next().is_none().then_some(cursor)
}

pub(super) fn write_cursor(segment: usize, page: u64, size: u64, rest: Option<u64>) -> String {
    match rest {
        Some(r) => format!("{segment}.{page}.{size}.{r}"),
        None => format!("{segment}.{page}.{size}"),
    }
}

/// The TicketSQL of a queue's view: its open tickets.
pub(super) fn queue_view(queue: &str) -> String {
    format!("Queue = {} AND Status = '__Active__'", quote(queue))
}

/// More pages after `page`? Uses `pages` when RT knows the total; when it does not (the user
/// cannot see every result, so pages can come back short), keeps going until a page is empty.
pub(super) fn has_more<T>(c: &wire::Collection<T>, page: u64) -> bool {
    match (c.total, c.pages) {
        (Some(_), Some(pages)) => page < pages,
        _ => !c.items.is_empty() && c.per_page.is_none_or(|p| p > 0),
    }
}

pub(super) fn first_line(s: &str) -> String {
    let line = s
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    // "... at /usr/share/request-tracker5/lib/RT/Tickets.pm line 3187."
    match line.find(" at /") {
        Some(i) => line[..i].trim().to_string(),
        None => line.to_string(),
    }
}

pub(super) fn is_number(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

pub(super) fn is_system_user(name: &str) -> bool {
    matches!(name, "RT_System" | "Nobody" | "")
}

pub(super) fn nonempty(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// RT's ISO-8601 UTC times; `1970-01-01T00:00:00Z` means "not set".
pub(super) fn rt_time(s: &str) -> Option<Timestamp> {
    let t: Timestamp = s.trim().parse().ok()?;
    (t != Timestamp::UNIX_EPOCH).then_some(t)
}

/// `text/plain; charset=utf-8` → `text/plain`.
pub(super) fn mime_type(ct: &str) -> String {
    ct.split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// The token's owner: RT auth tokens read `1-<user id>-<32 hex>` (RT::AuthToken::ParseAuthString).
pub(super) fn token_user(token: &str) -> Option<String> {
    let mut parts = token.trim().splitn(3, '-');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("1"), Some(uid), Some(_)) if is_number(uid) => Some(uid.to_string()),
        _ => None,
    }
}

/// `Requestor.id = 33` for a numeric id, else `Requestor.Name = 'alice@example.com'`.
pub(super) fn requestor_clause(customer: &Id) -> String {
    let c = customer.0.trim();
    if is_number(c) {
        format!("Requestor.id = {c}")
    } else {
        format!("Requestor.Name = {}", quote(c))
    }
}

/// TicketSQL for free text: every word (up to 8) must appear in the subject or a message (or, for
/// words with `@`, a requestor's address); a lone number or `#number` also matches that ticket.
pub fn search_sql(q: &str) -> Option<String> {
    let words: Vec<&str> = q.split_whitespace().take(8).collect();
    if words.is_empty() {
        return None;
    }
    let clauses: Vec<String> = words
        .iter()
        .map(|w| {
            let v = quote(w);
            let mut c = format!("Subject LIKE {v} OR Content LIKE {v}");
            if w.contains('@') {
                c.push_str(&format!(" OR Requestor.EmailAddress LIKE {v}"));
            }
            format!("( {c} )")
        })
        .collect();
    let text = clauses.join(" AND ");
    match words.as_slice() {
        [one] if is_number(one.trim_start_matches('#')) => {
            Some(format!("id = {} OR {text}", one.trim_start_matches('#')))
        }
        _ => Some(text),
    }
}

/// From a user custom field "Tier" (VIP, loyal, standard, new); Standard when absent.
pub(super) fn tier_of(custom_fields: &[wire::CustomFieldValues]) -> Tier {
    tier_field(custom_fields).unwrap_or(Tier::Standard)
}

/// The "Tier" user custom field, when it has a value.
pub(super) fn tier_field(custom_fields: &[wire::CustomFieldValues]) -> Option<Tier> {
    let value = custom_fields
        .iter()
        .find(|cf| cf.name.eq_ignore_ascii_case("tier"))
        .and_then(|cf| cf.first())?
        .to_ascii_lowercase();
    Some(match value.as_str() {
        "vip" => Tier::Vip,
        "loyal" => Tier::Loyal,
        "new" => Tier::New,
        _ => Tier::Standard,
    })
}

/// A user reference as a party; `None` for RT's "Nobody" (no owner).
pub(super) fn party(u: &wire::UserRef) -> Option<PartyRef> {
    let name = u
        .name
        .as_deref()
        .and_then(nonempty)
        .or_else(|| nonempty(&u.id))?;
    if name == "Nobody" {
        return None;
    }
    let real_name = u.real_name.as_deref().and_then(nonempty);
    Some(PartyRef {
        name: Str::interned(real_name.as_deref().unwrap_or(&name)),
        email: Str::interned_opt(u.email_address.as_deref().and_then(nonempty).as_deref()),
        id: Id::interned(&name),
    })
}

pub(super) fn agent_of(u: wire::User) -> Agent {
    let name = nonempty(&u.name).unwrap_or_else(|| u.id.clone());
    Agent {
        name: nonempty(&u.real_name).unwrap_or_else(|| name.clone()),
        email: nonempty(&u.email_address),
        id: Id::from(name),
    }
}

pub(super) fn ticket_of(t: wire::Ticket) -> Ticket {
    let status = status_of(&t.status);
    let sla = rt_time(&t.due)
        .map(|due| {
            vec![SlaTarget {
                metric: SlaMetric::Resolution,
                due_at: Some(due),
                state: sla_state(status.category),
            }]
        })
        .unwrap_or_default();
    let channel = t
        .custom_fields
        .iter()
        .find(|cf| cf.name.eq_ignore_ascii_case("channel"))
        .and_then(|cf| cf.first())
        .map(|v| crate::zendesk::channel_of(&v.to_ascii_lowercase()))
        .unwrap_or(Channel::Email);
    let created_at = rt_time(&t.created).unwrap_or(crate::UNKNOWN_TIME);
    Ticket {
        id: Id::from(t.id),
        subject: Str::from(t.subject),
        priority: priority_of(&t.priority),
        channel,
        requester: t.requestor.iter().find_map(party),
        requester_tier: t
            .requestor
            .iter()
            .find_map(|r| tier_field(&r.custom_fields)),
        organization: t
            .requestor
            .iter()
            .find_map(|r| r.organization.as_deref().and_then(nonempty))
            .map(|o| Str::interned(&o)),
        assignee: t.owner.as_ref().and_then(party),
        group: t
            .queue
            .and_then(|q| q.name)
            .and_then(|n| nonempty(&n))
            .map(|n| Str::interned(&n)),
        tags: vec![],
        created_at,
        updated_at: rt_time(&t.last_updated).unwrap_or(created_at),
        status,
        sla,
        // RT has no satisfaction ratings.
        satisfaction: None,
    }
}
