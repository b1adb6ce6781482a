//! Statuses (the account's own too), priorities and sources in Freshdesk's numbers, read and
//! written.

use super::*;

/// Freshdesk's status integer in tix's terms; custom statuses get their label from the directory.
pub(super) fn status_of(n: u64, dir: &Directory) -> Status {
    let (category, label) = match n {
        2 => (StatusCategory::Open, "open".to_string()),
        3 => (StatusCategory::Pending, "pending".to_string()),
        4 => (StatusCategory::Solved, "resolved".to_string()),
        5 => (StatusCategory::Closed, "closed".to_string()),
        // Custom statuses are unresolved states the account defined ("Waiting on Customer").
        n if n > 5 => (
            StatusCategory::Pending,
            dir.statuses
                .get(&n)
                .cloned()
                .unwrap_or_else(|| format!("status {n}")),
        ),
        n => (StatusCategory::Other, format!("status {n}")),
    };
    Status {
        category,
        raw: Str::interned(&n.to_string()),
        label: Str::interned(&label),
    }
}

/// The status number to write: Freshdesk's number (the vocabulary's `raw`) as it is, or a
/// status's label as Freshdesk names it.
pub(super) fn fd_status(wanted: &str, dir: &Directory) -> Result<u64> {
    let w = wanted.trim();
    if let Ok(n) = w.parse::<u64>() {
        return Ok(n);
    }
    let v = freshdesk_vocabulary(dir);
    v.statuses
        .iter()
        .find(|s| s.label.eq_ignore_ascii_case(w))
        .and_then(|s| s.raw.parse().ok())
        .ok_or_else(|| {
            invalid(format!(
                "Freshdesk has no status {wanted:?} ({})",
                v.status_words()
            ))
        })
}

/// The account's statuses (the `status` field's choices of `/ticket_fields`, else the four
/// built in) and Freshdesk's four priorities.
pub(super) fn freshdesk_vocabulary(dir: &Directory) -> Vocabulary {
    let mut ids: Vec<u64> = dir.statuses.keys().copied().collect();
    ids.extend(
        [2, 3, 4, 5]
            .iter()
            .filter(|n| !dir.statuses.contains_key(n)),
    );
    ids.sort_unstable();
    Vocabulary {
        statuses: ids.into_iter().map(|n| status_of(n, dir)).collect(),
        priorities: (1..=4).map(priority_of).collect(),
    }
}

pub fn priority_of(n: u64) -> Priority {
    let (level, label) = match n {
        1 => (Some(PriorityLevel::Low), "low".to_string()),
        2 => (Some(PriorityLevel::Normal), "medium".to_string()),
        3 => (Some(PriorityLevel::High), "high".to_string()),
        4 => (Some(PriorityLevel::Urgent), "urgent".to_string()),
        n => (None, format!("priority {n}")),
    };
    Priority {
        level,
        raw: Str::interned(&n.to_string()),
        label: Str::interned(&label),
        rank: if level.is_some() { n as i32 } else { 0 },
    }
}

/// The priority number to write: 1–4 or low/normal (medium)/high/urgent.
pub fn fd_priority(wanted: &str) -> Result<u64> {
    let w = wanted.trim().to_ascii_lowercase();
    match w.as_str() {
        "1" | "low" => Ok(1),
        "2" | "normal" | "medium" => Ok(2),
        "3" | "high" => Ok(3),
        "4" | "urgent" => Ok(4),
        _ => Err(invalid(format!(
            "Freshdesk priorities are low, medium, high and urgent (1–4), not {wanted:?}"
        ))),
    }
}

/// A ticket's `source` as a channel.
pub fn channel_of(source: u64) -> Channel {
    match source {
        1 | 10 => Channel::Email,
        2 | 4 | 8 | 9 => Channel::Web,
        3 => Channel::Phone,
        7 | 12 => Channel::Chat,
        5 | 6 | 13 => Channel::Social,
        11 => Channel::Other("e-commerce".into()),
        n => Channel::Other(format!("source {n}")),
    }
}

/// The `source` to write for a channel (ticket creation), where Freshdesk has one.
pub fn fd_source(channel: &Channel) -> Option<u64> {
    match channel {
        Channel::Email => Some(1),
        Channel::Web => Some(2),
        Channel::Phone => Some(3),
        Channel::Chat => Some(7),
        _ => None,
    }
}

/// A conversation's `source` as a channel (`0` is a reply: by email when it has a sender address).
pub(super) fn conversation_channel(c: &wire::Conversation) -> Option<Channel> {
    match c.source? {
        0 | 8 => c.from_email.as_ref().map(|_| Channel::Email),
        5 | 7 => Some(Channel::Social),
        6 => Some(Channel::Web),
        9 => Some(Channel::Phone),
        11 => Some(Channel::Other("e-commerce".into())),
        _ => None,
    }
}

pub(super) fn status_labels(fields: &[wire::TicketField]) -> HashMap<u64, String> {
    let Some(choices) = fields
        .iter()
        .find(|f| f.name.as_deref() == Some("status"))
        .and_then(|f| f.choices.as_object())
    else {
        return HashMap::new();
    };
    choices
        .iter()
        .filter_map(|(id, labels)| {
            let id = id.trim().parse::<u64>().ok()?;
            let label = match labels {
                serde_json::Value::Array(l) => l.first()?.as_str()?.to_string(),
                serde_json::Value::String(s) => s.clone(),
                _ => return None,
            };
            Some((id, label))
        })
        .collect()
}
