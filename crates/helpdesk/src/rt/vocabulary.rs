//! Statuses and priorities in RT's words (its lifecycle, priority bands), read and written.

use super::*;

pub fn status_of(raw: &str) -> Status {
    let category = match raw.to_ascii_lowercase().as_str() {
        "new" => StatusCategory::New,
        "open" => StatusCategory::Open,
        "stalled" => StatusCategory::OnHold,
        "resolved" => StatusCategory::Solved,
        "rejected" | "deleted" => StatusCategory::Closed,
        _ => StatusCategory::Other,
    };
    Status {
        category,
        raw: Str::interned(raw),
        label: Str::interned(raw),
    }
}

/// RT's default lifecycle (REST2 in RT 5.0 does not list lifecycles) and priority bands.
pub fn rt_vocabulary() -> Vocabulary {
    Vocabulary {
        statuses: ["new", "open", "stalled", "resolved", "rejected", "deleted"]
            .into_iter()
            .map(status_of)
            .collect(),
        priorities: ["0", "25", "50", "100"]
            .into_iter()
            .filter_map(priority_of)
            .collect(),
    }
}

/// RT's numeric priority in bands (REST2 does not expose `PriorityAsString`).
pub fn priority_of(raw: &str) -> Option<Priority> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let Ok(n) = raw.parse::<i64>() else {
        return Some(Priority {
            level: None,
            raw: Str::interned(raw),
            label: Str::interned(raw),
            rank: 0,
        });
    };
    let (level, label, rank) = match n {
        i64::MIN..=24 => (PriorityLevel::Low, "low", 1),
        25..=49 => (PriorityLevel::Normal, "normal", 2),
        50..=74 => (PriorityLevel::High, "high", 3),
        _ => (PriorityLevel::Urgent, "urgent", 4),
    };
    Some(Priority {
        level: Some(level),
        raw: Str::interned(&n.to_string()),
        label: Str::interned(label),
        rank,
    })
}

/// The number to write for a priority: a number as is, or a band's word.
pub fn rt_priority(wanted: &str) -> Result<i64> {
    let w = wanted.trim().to_ascii_lowercase();
    if let Ok(n) = w.parse::<i64>() {
        return Ok(n);
    }
    match w.as_str() {
        "low" => Ok(0),
        "normal" | "medium" => Ok(25),
        "high" => Ok(50),
        "urgent" => Ok(100),
        _ => Err(invalid(format!(
            "RT priorities are numbers or low/normal/high/urgent, not {wanted:?}"
        ))),
    }
}

pub(super) fn sla_state(category: StatusCategory) -> SlaState {
    match category {
        StatusCategory::OnHold | StatusCategory::Pending => SlaState::Paused,
        StatusCategory::Solved | StatusCategory::Closed => SlaState::Achieved,
        _ => SlaState::Active,
    }
}
