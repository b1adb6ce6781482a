//! States, priorities and channels in Zammad's words, read and written.

use super::*;

/// Zammad's default state types by id (1 new … 7 removed).
pub(super) fn default_state_type(id: u64) -> Option<&'static str> {
    Some(match id {
        1 => "new",
        2 => "open",
        3 => "pending reminder",
        4 => "pending action",
        5 => "closed",
        6 => "merged",
        7 => "removed",
        _ => return None,
    })
}

/// Zammad's default article types by id.
pub(super) fn default_article_type(id: u64) -> Option<&'static str> {
    Some(match id {
        1 => "email",
        2 => "sms",
        3 => "chat",
        4 => "fax",
        5 => "phone",
        6 => "twitter status",
        7 => "twitter direct-message",
        8 => "facebook feed post",
        9 => "facebook feed comment",
        10 => "note",
        11 => "web",
        12 => "telegram personal-message",
        _ => return None,
    })
}

pub(super) fn category_of(word: &str) -> Option<StatusCategory> {
    let w = word.trim().to_ascii_lowercase();
    Some(match w.as_str() {
        "new" => StatusCategory::New,
        "open" => StatusCategory::Open,
        "pending reminder" | "pending action" | "pending close" => StatusCategory::Pending,
        "closed" | "merged" | "removed" => StatusCategory::Closed,
        w if w.starts_with("pending") => StatusCategory::Pending,
        _ => return None,
    })
}

/// A state by its name and (when known) its state type.
pub fn status_of(name: &str, state_type: Option<&str>) -> Status {
    let category = state_type
        .and_then(category_of)
        .or_else(|| category_of(name))
        .unwrap_or(StatusCategory::Other);
    Status {
        category,
        raw: Str::interned(name),
        label: Str::interned(name),
    }
}

/// The state to write (a state's name, as the vocabulary gives it), and whether it is a pending
/// one (Zammad then wants a pending time).
pub(super) fn zammad_state(wanted: &str, dir: &Directory) -> Result<(String, bool)> {
    let w = wanted.trim().to_ascii_lowercase();
    let name = match dir
        .states
        .values()
        .find(|(n, _)| n.eq_ignore_ascii_case(&w))
    {
        Some((n, _)) => n.clone(),
        // Without the list, Zammad judges the name itself.
        None if dir.states.is_empty() || matches!(w.as_str(), "new" | "open" | "closed") => w,
        None => {
            let mut names: Vec<&str> = dir.states.values().map(|(n, _)| n.as_str()).collect();
            names.sort_unstable();
            return Err(invalid(format!(
                "Zammad has no state {wanted:?} ({})",
                names.join(", ")
            )));
        }
    };
    let kind = dir.state_type_of_name(&name);
    let pending = status_of(&name, kind).category == StatusCategory::Pending;
    Ok((name, pending))
}

/// Zammad's default states and priorities.
pub(super) fn zammad_vocabulary() -> Vocabulary {
    Vocabulary {
        statuses: [
            ("new", "new"),
            ("open", "open"),
            ("pending reminder", "pending reminder"),
            ("pending close", "pending action"),
            ("closed", "closed"),
        ]
        .into_iter()
        .map(|(name, kind)| status_of(name, Some(kind)))
        .collect(),
        priorities: ["1 low", "2 normal", "3 high"]
            .into_iter()
            .map(priority_of)
            .collect(),
    }
}

/// A priority by its name ("2 normal"): the level from its word, else its number.
pub fn priority_of(name: &str) -> Priority {
    let name = name.trim();
    let (number, word) = match name.split_once(' ') {
        Some((n, w)) if n.parse::<i32>().is_ok() => (n.parse::<i32>().ok(), w.trim()),
        _ => (name.parse::<i32>().ok(), name),
    };
    let by_word = match word.to_ascii_lowercase().as_str() {
        "low" | "very low" => Some(PriorityLevel::Low),
        "normal" | "medium" => Some(PriorityLevel::Normal),
        "high" => Some(PriorityLevel::High),
        "urgent" | "critical" | "very high" => Some(PriorityLevel::Urgent),
        _ => None,
    };
    let level = by_word.or(match number {
        Some(1) => Some(PriorityLevel::Low),
        Some(2) => Some(PriorityLevel::Normal),
        Some(3) => Some(PriorityLevel::High),
        Some(n) if n >= 4 => Some(PriorityLevel::Urgent),
        _ => None,
    });
    let rank = match level {
        Some(PriorityLevel::Low) => 1,
        Some(PriorityLevel::Normal) => 2,
        Some(PriorityLevel::High) => 3,
        Some(PriorityLevel::Urgent) => 4,
        None => number.unwrap_or(0),
    };
    Priority {
        level,
        raw: Str::interned(name),
        label: Str::interned(if word.is_empty() { name } else { word }),
        rank,
    }
}

/// The priority to write: an id, a priority's name, or a level word matched against the account's
/// priorities (urgent falls back to the highest one, as Zammad has no urgent by default).
pub(super) fn zammad_priority(
    wanted: &str,
    dir: &Directory,
) -> Result<(Option<String>, Option<u64>)> {
    let w = wanted.trim();
    if let Ok(id) = w.parse::<u64>() {
        return Ok((None, Some(id)));
    }
    let defaults = [
        (1, "1 low".to_string()),
        (2, "2 normal".to_string()),
        (3, "3 high".to_string()),
    ];
    let priorities: &[(u64, String)] = if dir.priorities.is_empty() {
        &defaults
    } else {
        &dir.priorities
    };
    if let Some((_, n)) = priorities.iter().find(|(_, n)| n.eq_ignore_ascii_case(w)) {
        return Ok((Some(n.clone()), None));
    }
    let level = match w.to_ascii_lowercase().as_str() {
        "low" => PriorityLevel::Low,
        "normal" | "medium" => PriorityLevel::Normal,
        "high" => PriorityLevel::High,
        "urgent" => PriorityLevel::Urgent,
        _ => {
            return Err(invalid(format!(
                "Zammad has no priority {wanted:?} ({})",
                priorities
                    .iter()
                    .map(|(_, n)| n.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
    };
    let found = priorities
        .iter()
        .find(|(_, n)| priority_of(n).level == Some(level))
        .or_else(|| {
            (level == PriorityLevel::Urgent)
                .then(|| priorities.iter().max_by_key(|(_, n)| priority_of(n).rank))
                .flatten()
        });
    match found {
        Some((_, n)) => Ok((Some(n.clone()), None)),
        None => Err(invalid(format!("Zammad has no {wanted} priority"))),
    }
}

/// An article or ticket type as a channel; `None` for notes.
pub fn channel_of(kind: &str) -> Option<Channel> {
    let k = kind.trim().to_ascii_lowercase();
    Some(match k.as_str() {
        "email" => Channel::Email,
        "web" => Channel::Web,
        "phone" => Channel::Phone,
        "chat" => Channel::Chat,
        "sms" => Channel::Sms,
        "note" => return None,
        k if ["twitter", "facebook", "telegram", "whatsapp", "instagram"]
            .iter()
            .any(|s| k.starts_with(s)) =>
        {
            Channel::Social
        }
        _ => Channel::Other(k),
    })
}
